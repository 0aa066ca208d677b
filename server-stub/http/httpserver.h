#pragma once

#include "httptypes.h"

#include <QList>
#include <QObject>

#include <functional>

class QSslConfiguration;
class QTcpServer;
class QTcpSocket;

namespace tavola::server {

class HttpConnection;

/// A small, bounded HTTP/1.1 server on QTcpServer (the approach of qBittorrent's web UI).
/// Bounds what QHttpServer 6.4 does not: bodies over the limit get 413 before they are read,
/// idle and `Connection: close` / HTTP/1.0 clients are closed, requests on one connection are
/// answered in order, and a client that disconnects mid-request is never written to after it
/// left. An answer may come later (`setAsyncHandler`): the connection then reads no further request
/// until it is given, while every other connection is served meanwhile. WebSocket upgrades are handed to `upgradeHandler` with the
/// handshake's head read and parsed (anything behind it still in the socket).
///
/// Slow clients cannot hold it: a request must bring its headers within `headerTimeoutMs` and
/// its whole body within `requestTimeoutMs` of its first byte (trickling bytes does not restart
/// the clock; 408 and close), framing is strict (CRLF line ends, exactly Content-Length bytes),
/// and at the connection limit a new client is still served: the connection that has kept its
/// slot longest without a complete request is closed to make room. One address may hold at most
/// `maxConnectionsPerAddress`; beyond that its own longest-waiting connection gives way, so an
/// attacker's sockets never crowd out another machine, and a till behind the same NAT still gets in.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    /// Sends the answer to a request; call it once, on the server's thread. A call after the client
    /// left does nothing.
    using Reply = std::function<void(HttpResponse)>;
    using AsyncHandler = std::function<void(const HttpRequest &, Reply)>;
    /// Returns true when it took the socket (a WebSocket handshake); else `response` is sent.
    using UpgradeHandler = std::function<bool(const HttpRequest &, QTcpSocket *, HttpResponse *response)>;
    /// A response for transport-level refusals (413, 400, 431) in the API's envelope.
    using ErrorFactory = std::function<HttpResponse(int status, const QString &message)>;

    struct Limits
    {
        qint64 maxBodyBytes = 1024 * 1024;
        qint64 maxHeaderBytes = 32 * 1024;
        int idleTimeoutMs = 60'000; // a kept-alive connection with no request in progress
        int headerTimeoutMs = 5'000; // from a request's first byte to the end of its headers
        int requestTimeoutMs = 15'000; // from a request's first byte to the end of its body
        int maxConnections = 1000;
        int maxConnectionsPerAddress = 256; // one machine (or one NAT) cannot take every slot
        qint64 minBytesPerSecond = 16 * 1024; // a large body gets requestTimeoutMs plus its size at this rate
    };

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    /// Every request answered through `Reply`, at once or later (slow work done elsewhere).
    void setAsyncHandler(AsyncHandler handler) { m_handler = std::move(handler); }
    void setUpgradeHandler(UpgradeHandler handler) { m_upgrade = std::move(handler); }
    void setErrorFactory(ErrorFactory factory) { m_errors = std::move(factory); }
    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }

    /// HTTPS and WSS on the same port: every connection starts with a TLS handshake (which must
    /// finish within the header deadline). Call before listen().
    void setTlsConfiguration(const QSslConfiguration &tls);
    bool isTls() const { return m_tls; }
    bool listen(const QHostAddress &address, quint16 port);
    quint16 serverPort() const;
    QHostAddress serverAddress() const;
    QString errorString() const;
    /// Stops accepting; closes idle connections at once and the others after their answer.
    void close();
    int connectionCount() const;

private:
    friend class HttpConnection;
    void onNewConnection();
    /// Closes the connection that has waited longest for a request to complete (or for one to
    /// start); false when every connection is in the middle of being answered.
    /// `peer` set: only among that address's connections.
    bool evictOne(const QHostAddress &peer = {});

    QTcpServer *m_server = nullptr;
    AsyncHandler m_handler;
    UpgradeHandler m_upgrade;
    ErrorFactory m_errors;
    Limits m_limits;
    QList<HttpConnection *> m_live; // connections still owned by this server
    bool m_closing = false;
    bool m_tls = false;
};

} // namespace tavola::server
