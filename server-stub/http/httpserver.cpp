#include "httpserver.h"

#include "httpparser.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/socket.h>
#else
// Elsewhere every answer goes through Qt's queue (HttpConnection::writeOut).
#endif

Q_LOGGING_CATEGORY(lcHttp, "tavola.server.http")

using namespace Qt::StringLiterals;

namespace tavola::server {

/// One client connection: parses requests from the socket, answers them in order.
class HttpConnection : public QObject
{
public:
    HttpConnection(HttpServer *server, QTcpSocket *socket)
        : QObject(server),
          m_server(server),
          m_socket(socket),
          m_peer(socket->peerAddress())
    {
        socket->setParent(this);
        // One timer watches both the idle connection and the request's deadline, checking a few
        // times per timeout: restarting timers for every request cost more than a tenth of a
        // small request's time. A limit is acted on within a quarter of the shorter timeout.
        const HttpServer::Limits &limits = server->m_limits;
        m_idleLimitMs = limits.idleTimeoutMs;
        m_watch.setInterval(std::clamp(std::min(limits.idleTimeoutMs, limits.headerTimeoutMs) / 4, 20, 1000));
        connect(&m_watch, &QTimer::timeout, this, &HttpConnection::watch);
        m_slotHeld.start();
        connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
        connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError)
                qCDebug(lcHttp) << "socket error" << m_socket->errorString();
        });
        m_idleFrom.start();
        m_watch.start();
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
        if (m_socket->bytesAvailable() == 0 && !m_answering)
            m_socket->disconnectFromHost();
    }

private:
    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_watch.stop();
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
        writeOut(out);
        if (close) {
            m_closeAfterResponse = true;
            m_socket->disconnectFromHost();
        }
    }

    /// Writes `out` after what is queued. On Linux, a plain socket with nothing queued: straight to the
    /// kernel: Qt's own path (queue, switch the write notifier on, write on the next turn of the
    /// loop, switch it off) cost a fifth of a small request's time. What the kernel does not take
    /// at once is queued to Qt as before.
    void writeOut(const QByteArray &out)
    {
#ifdef Q_OS_LINUX
        if (!m_server->m_tls && m_socket->bytesToWrite() == 0 && m_socket->socketDescriptor() >= 0) {
            ssize_t sent;
            do {
                sent = ::send(int(m_socket->socketDescriptor()), out.constData(), std::size_t(out.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
            } while (sent < 0 && errno == EINTR);
            if (sent == out.size())
                return;
            if (sent > 0) {
                m_socket->write(out.constData() + sent, out.size() - sent);
                return;
            }
            // Nothing taken (the kernel's buffer is full, or the peer is gone): Qt queues it and
            // reports a broken connection its own way.
        }
#else
        // Qt's queue only.
#endif
        m_socket->write(out);
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
        m_deadlineMs = -1;
        m_idleLimitMs = 3000;
        m_idleFrom.start();
    }

    /// The watch: a request past its deadline is refused (408); a connection idle too long closes.
    void watch()
    {
        if (m_finished || !m_socket)
            return;
        if (m_deadlineMs >= 0) {
            if (m_requestStarted.elapsed() >= m_deadlineMs) {
                qCDebug(lcHttp) << "request from" << m_socket->peerAddress() << "too slow";
                refuse(408, u"The request took too long to arrive"_s);
            }
            return;
        }
        if (!m_answering && m_idleFrom.elapsed() >= m_idleLimitMs) {
            qCDebug(lcHttp) << "closing idle connection from" << m_socket->peerAddress();
            m_socket->abort();
        }
    }

    void onReadyRead()
    {
        if (m_answering)
            return; // the request in progress is answered first; the rest waits in the buffer
        QPointer<HttpConnection> self(this);
        m_inReadLoop = true;
        readRequests();
        if (self)
            m_inReadLoop = false;
    }

    void readRequests()
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
                if (m_deadlineMs < 0) {
                    // A request has begun: its head and then its body must arrive in time, however
                    // the bytes trickle in.
                    m_requestStarted.start();
                    m_deadlineMs = m_server->m_limits.headerTimeoutMs;
                }
                const QByteArray peeked = m_socket->peek(m_server->m_limits.maxHeaderBytes + 4);
                const HeadScan scan = scanHead(peeked, m_server->m_limits.maxHeaderBytes);
                if (scan.problem) {
                    refuse(scan.problem->status, scan.problem->message);
                    return;
                }
                if (scan.headLength < 0)
                    return;
                const qsizetype end = scan.headLength;
                ParsedHead parsed;
                if (auto problem = parseRequestHead(peeked.left(end), m_server->m_limits.maxBodyBytes, &parsed)) {
                    refuse(problem->status, problem->message);
                    return;
                }
                m_request = std::move(parsed.request);
                m_request.peer = m_peer;
                m_bodyLength = parsed.bodyLength;
                m_expectContinue = parsed.expectContinue;
                if (isUpgrade()) {
                    m_socket->read(end + 4); // the taker answers the handshake; frames may follow
                    takeOver();
                    return;
                }
                m_socket->read(end + 4); // consume the head; the body follows
                m_haveHeaders = true;
                const HttpServer::Limits &limits = m_server->m_limits;
                const qint64 bodyAllowanceMs = limits.minBytesPerSecond > 0 ? m_bodyLength * 1000 / limits.minBytesPerSecond : 0;
                m_deadlineMs = limits.requestTimeoutMs + bodyAllowanceMs;
                if (m_expectContinue && m_bodyLength > 0)
                    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            if (m_socket->bytesAvailable() < m_bodyLength)
                return;
            m_request.body = m_socket->read(m_bodyLength);
            m_haveHeaders = false;
            m_deadlineMs = -1;
            HttpRequest request = std::move(m_request);
            m_request = HttpRequest{};
            m_closeWhenAnswered = !request.keepAlive || m_server->m_closing;
            m_answering = true;
            if (!m_server->m_handler) {
                answer(HttpResponse{404, {}, {}});
                continue;
            }
            // The handler may answer before it returns or later; until then this connection reads
            // no further request (answers go out in order).
            QPointer<HttpConnection> self(this);
            const quint64 serial = ++m_serial;
            m_server->m_handler(request, [self, serial](HttpResponse response) {
                if (self && self->m_answering && self->m_serial == serial)
                    self->answer(std::move(response));
            });
            if (!self || m_answering)
                return; // gone, or the answer comes later (answer() resumes reading)
        }
    }

    /// The answer to the request in progress: sent, and the next request (perhaps already
    /// buffered) is read.
    void answer(HttpResponse response)
    {
        m_answering = false;
        if (m_finished || !m_socket)
            return;
        send(std::move(response), m_closeWhenAnswered || m_closeAfterResponse);
        m_slotHeld.start(); // answered: the wait for the next request starts now
        m_idleFrom.start();
        if (m_inReadLoop)
            return; // the loop that called the handler goes on by itself
        // Answered later: requests that arrived meanwhile wait in the socket's buffer.
        if (m_socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(
                this, [this] { onReadyRead(); }, Qt::QueuedConnection);
    }

    bool isUpgrade() const
    {
        return m_request.header("upgrade").toLower() == "websocket" && m_request.header("connection").toLower().contains("upgrade");
    }

    void takeOver()
    {
        HttpResponse response{426, {}, {}};
        if (m_server->m_upgrade) {
            disconnect(m_socket, nullptr, this, nullptr);
            m_socket->setParent(nullptr); // the taker owns it from here; this connection goes away
            if (m_server->m_upgrade(m_request, m_socket, &response)) {
                m_watch.stop();
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
    QTimer m_watch; // see watch()
    QElapsedTimer m_idleFrom; // since the connection came or its last answer went
    qint64 m_idleLimitMs = 0;
    qint64 m_deadlineMs = -1; // the request in progress must be complete by then (from m_requestStarted); -1: none
    QElapsedTimer m_requestStarted;
    QElapsedTimer m_slotHeld; // since the connection came or its last answer went
    bool m_answering = false; // a request was handed to the handler and is not answered yet
    bool m_inReadLoop = false;
    bool m_closeWhenAnswered = false; // the request in progress asked to close (or the server is closing)
    quint64 m_serial = 0; // which request a Reply belongs to
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
    // Emitted when a connection is ready to be served: for TLS, once its handshake is done.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::onNewConnection);
}

void HttpServer::setTlsConfiguration(const QSslConfiguration &tls)
{
    auto *server = new QSslServer(this);
    server->setSslConfiguration(tls);
    server->setHandshakeTimeout(m_limits.headerTimeoutMs);
    server->setMaxPendingConnections(m_server->maxPendingConnections());
    connect(server, &QSslServer::errorOccurred, this, [](QSslSocket *socket, QAbstractSocket::SocketError) {
        qCDebug(lcHttp) << "TLS handshake failed from" << socket->peerAddress() << socket->errorString();
    });
    connect(server, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::onNewConnection);
    delete m_server;
    m_server = server;
    m_tls = true;
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
    // A deep accept queue (Qt's default is 50; the kernel caps it at somaxconn): under a flood of
    // connections the kernel keeps every handshake for us to accept — and then to turn away or
    // evict by our own rules — instead of silently dropping a till's among them.
    m_server->setListenBacklogSize(4096);
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
