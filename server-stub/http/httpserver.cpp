#include "httpserver.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

Q_LOGGING_CATEGORY(lcHttp, "tavola.server.http")

using namespace Qt::StringLiterals;

namespace tavola::server {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool HttpRequest::isLoopback() const
{
    return peer.isLoopback() || peer.toString().startsWith(u"::ffff:127."_s);
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0) {
            v = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 422: return "Unprocessable Entity";
    case 426: return "Upgrade Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

/// One client connection: parses requests from the socket, answers them in order.
class HttpConnection : public QObject
{
public:
    HttpConnection(HttpServer *server, QTcpSocket *socket)
        : QObject(server), m_server(server), m_socket(socket), m_peer(socket->peerAddress())
    {
        socket->setParent(this);
        m_idle.setSingleShot(true);
        m_idle.setInterval(server->m_limits.idleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, this, [this] {
            qCDebug(lcHttp) << "closing idle connection from" << m_socket->peerAddress();
            m_socket->abort();
        });
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            qCDebug(lcHttp) << "request from" << m_socket->peerAddress() << "too slow";
            refuse(408, u"The request took too long to arrive"_s);
        });
        m_slotHeld.start();
        connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
        connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError)
                qCDebug(lcHttp) << "socket error" << m_socket->errorString();
        });
        m_idle.start();
        server->m_live.append(this);
    }

    ~HttpConnection() override
    {
        if (m_server)
            m_server->m_live.removeOne(this);
    }
    /// The server is going away: it deletes this connection itself.
    void detach() { m_server = nullptr; }

    /// How long this connection has held its slot without being answered (-1 while a request is
    /// being answered, or once it is closing): the eviction order at the connection limit.
    qint64 waitingMs() const
    {
        if (m_finished || !m_socket || m_closeAfterResponse || m_answering)
            return -1;
        return m_slotHeld.elapsed();
    }
    QHostAddress peer() const { return m_peer; }
    void evict()
    {
        qCDebug(lcHttp) << "at the connection limit: closing" << m_socket->peerAddress();
        m_socket->abort();
    }

    void closeWhenIdle()
    {
        if (m_finished || !m_socket)
            return;
        m_closeAfterResponse = true;
        if (m_socket->bytesAvailable() == 0)
            m_socket->disconnectFromHost();
    }

private:
    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_idle.stop();
        m_deadline.stop();
        if (m_server)
            m_server->m_live.removeOne(this);
        deleteLater();
    }

    void send(HttpResponse response, bool close)
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + HttpResponse::reasonPhrase(response.status) + "\r\n";
        if (response.header("content-type").isEmpty() && !response.body.isEmpty())
            response.setHeader("Content-Type", "application/json; charset=utf-8");
        response.setHeader("Content-Length", QByteArray::number(response.body.size()));
        if (close)
            response.setHeader("Connection", "close");
        for (const auto &[k, v] : response.headers)
            out += k + ": " + v + "\r\n";
        out += "\r\n";
        out += response.body;
        m_socket->write(out);
        if (close) {
            m_closeAfterResponse = true;
            m_socket->disconnectFromHost();
        }
    }

    void refuse(int status, const QString &message)
    {
        HttpResponse r = m_server->m_errors ? m_server->m_errors(status, message) : HttpResponse{status, {}, {}};
        r.setHeader("Connection", "close");
        send(std::move(r), false);
        // Closing now, with the client still sending, would make the kernel answer with a reset
        // that can destroy the response in flight. Discard what still comes (bounded) and let the
        // client, told "Connection: close", hang up first.
        m_closeAfterResponse = true;
        m_draining = true;
        m_deadline.stop();
        m_idle.setInterval(3000);
        m_idle.start();
    }

    void onReadyRead()
    {
        if (m_draining) {
            m_drained += m_socket->read(m_socket->bytesAvailable()).size();
            if (m_drained > 16 * m_server->m_limits.maxBodyBytes)
                m_socket->abort();
            return;
        }
        while (!m_closeAfterResponse && m_socket->state() == QAbstractSocket::ConnectedState) {
            if (!m_haveHeaders) {
                if (m_socket->bytesAvailable() == 0)
                    return; // between requests: only the idle timer runs
                if (!m_deadline.isActive()) {
                    // A request has begun: its head and then its body must arrive in time, however
                    // the bytes trickle in.
                    m_idle.stop();
                    m_requestStarted.start();
                    m_deadline.start(m_server->m_limits.headerTimeoutMs);
                }
                const QByteArray peeked = m_socket->peek(m_server->m_limits.maxHeaderBytes + 4);
                const qsizetype end = peeked.indexOf("\r\n\r\n");
                const qsizetype bareLf = peeked.indexOf("\n\n");
                if (bareLf >= 0 && (end < 0 || bareLf < end)) {
                    refuse(400, u"Header lines must end with CRLF"_s);
                    return;
                }
                if (end < 0) {
                    if (peeked.size() > m_server->m_limits.maxHeaderBytes)
                        refuse(431, u"The request headers are too large"_s);
                    return;
                }
                if (!parseHead(peeked.left(end)))
                    return;
                if (isUpgrade()) {
                    m_socket->read(end + 4); // the taker answers the handshake; frames may follow
                    takeOver();
                    return;
                }
                m_socket->read(end + 4); // consume the head; the body follows
                m_haveHeaders = true;
                const HttpServer::Limits &limits = m_server->m_limits;
                const qint64 bodyAllowanceMs = limits.minBytesPerSecond > 0 ? m_bodyLength * 1000 / limits.minBytesPerSecond : 0;
                m_deadline.start(int(std::clamp<qint64>(limits.requestTimeoutMs + bodyAllowanceMs - m_requestStarted.elapsed(), 1, INT_MAX)));
                if (m_expectContinue && m_bodyLength > 0)
                    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            if (m_socket->bytesAvailable() < m_bodyLength)
                return;
            m_request.body = m_socket->read(m_bodyLength);
            m_haveHeaders = false;
            m_deadline.stop();
            HttpRequest request = std::move(m_request);
            m_request = HttpRequest{};
            const bool close = !request.keepAlive || m_server->m_closing;
            // A synchronous answer: the socket is alive right now, whatever happens next.
            QPointer<QTcpSocket> guard(m_socket);
            m_answering = true;
            HttpResponse response = m_server->m_handler ? m_server->m_handler(request) : HttpResponse{404, {}, {}};
            if (!guard)
                return;
            m_answering = false;
            send(std::move(response), close);
            m_slotHeld.start(); // answered: the wait for the next request starts now
            m_idle.start();
        }
    }

    bool parseHead(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            if (!lines[i].endsWith('\r')) {
                refuse(400, u"Header lines must end with CRLF"_s);
                return false;
            }
        }
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
            refuse(400, u"Malformed request line"_s);
            return false;
        }
        m_request = HttpRequest{};
        m_request.method = requestLine[0];
        const QUrl url = QUrl::fromEncoded(requestLine[1], QUrl::StrictMode);
        if (!url.isValid() || !requestLine[1].startsWith('/')) {
            refuse(400, u"Malformed request target"_s);
            return false;
        }
        m_request.path = url.path();
        m_request.query = QUrlQuery(url);
        m_request.peer = m_socket->peerAddress();
        const bool http10 = requestLine[2] == "HTTP/1.0";
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            if (line.isEmpty())
                continue;
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                refuse(400, u"Malformed header line"_s);
                return false;
            }
            m_request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
        const QByteArray connection = m_request.header("connection").toLower();
        m_request.keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
        m_expectContinue = m_request.header("expect").toLower() == "100-continue";
        if (!m_request.header("transfer-encoding").isEmpty()) {
            refuse(411, u"Chunked request bodies are not supported; send Content-Length"_s);
            return false;
        }
        const QByteArray lengthText = m_request.header("content-length");
        bool ok = true;
        m_bodyLength = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
        if (!ok || m_bodyLength < 0) {
            refuse(400, u"Malformed Content-Length"_s);
            return false;
        }
        if (m_bodyLength > m_server->m_limits.maxBodyBytes) {
            refuse(413, u"The request body is larger than %1 bytes"_s.arg(m_server->m_limits.maxBodyBytes));
            return false;
        }
        return true;
    }

    bool isUpgrade() const
    {
        return m_request.header("upgrade").toLower() == "websocket"
               && m_request.header("connection").toLower().contains("upgrade");
    }

    void takeOver()
    {
        HttpResponse response{426, {}, {}};
        if (m_server->m_upgrade) {
            disconnect(m_socket, nullptr, this, nullptr);
            m_socket->setParent(nullptr); // the taker owns it from here; this connection goes away
            if (m_server->m_upgrade(m_request, m_socket, &response)) {
                m_idle.stop();
                m_finished = true;
                m_server->m_live.removeOne(this);
                m_socket = nullptr;
                deleteLater();
                return;
            }
            m_socket->setParent(this);
            connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
        }
        send(std::move(response), true);
    }

    HttpServer *m_server;
    QTcpSocket *m_socket;
    QHostAddress m_peer;
    QTimer m_idle;
    QTimer m_deadline;           // the request in progress must be complete before it fires
    QElapsedTimer m_requestStarted;
    QElapsedTimer m_slotHeld;    // since the connection came or its last answer went
    bool m_answering = false;
    HttpRequest m_request;
    qint64 m_bodyLength = 0;
    bool m_haveHeaders = false;
    bool m_expectContinue = false;
    bool m_closeAfterResponse = false;
    bool m_finished = false;
    bool m_draining = false;
    qint64 m_drained = 0;
};

HttpServer::HttpServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer()
{
    // Connections are QObject children, which ~QObject would delete after m_live is gone.
    const QList<HttpConnection *> live = std::exchange(m_live, {});
    for (HttpConnection *c : live) {
        c->detach();
        delete c;
    }
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    m_closing = false;
    return m_server->listen(address, port);
}

quint16 HttpServer::serverPort() const
{
    return m_server->serverPort();
}

QHostAddress HttpServer::serverAddress() const
{
    return m_server->serverAddress();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

int HttpServer::connectionCount() const
{
    return static_cast<int>(m_live.size());
}

void HttpServer::close()
{
    m_closing = true;
    m_server->close();
    for (HttpConnection *c : std::as_const(m_live))
        c->closeWhenIdle();
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        const QHostAddress peer = socket->peerAddress();
        const auto fromPeer = std::count_if(m_live.cbegin(), m_live.cend(), [&](const HttpConnection *c) { return c->peer() == peer; });
        if (m_closing || (fromPeer >= m_limits.maxConnectionsPerAddress && !evictOne(peer))
            || (m_live.size() >= m_limits.maxConnections && !evictOne())) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        new HttpConnection(this, socket);
    }
}

bool HttpServer::evictOne(const QHostAddress &peer)
{
    HttpConnection *oldest = nullptr;
    qint64 longest = -1;
    for (HttpConnection *c : std::as_const(m_live)) {
        if (!peer.isNull() && c->peer() != peer)
            continue;
        const qint64 waited = c->waitingMs();
        if (waited > longest) {
            longest = waited;
            oldest = c;
        }
    }
    if (!oldest)
        return false;
    m_live.removeOne(oldest); // its slot is free now; the socket's disconnect finishes it
    oldest->evict();
    return true;
}

} // namespace tavola::server
