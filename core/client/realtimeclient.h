#pragma once

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>

class QWebSocket;

namespace tavola::client {

class ApiClient;

/// The server's event stream (GET /api/v1/events as a WebSocket). Reconnects with backoff and
/// jitter; remembers the last `seq` and sends `resume` so missed events arrive in order; asks the
/// owner to reload snapshots on `resync_required`; pings the server and treats a silent link as
/// lost. Uses the ApiClient's base URL and access token (refreshing it when the upgrade is
/// refused).
class RealtimeClient : public QObject
{
    Q_OBJECT

public:
    enum class State { Offline, Connecting, Online, Reconnecting };
    Q_ENUM(State)

    explicit RealtimeClient(ApiClient *api, QObject *parent = nullptr);
    ~RealtimeClient() override;

    void start();
    void stop();
    State state() const { return m_state; }
    qint64 lastSeq() const { return m_lastSeq; }
    /// Where to resume from (e.g. after loading a snapshot that is current up to `seq`).
    void setLastSeq(qint64 seq) { m_lastSeq = seq; }
    /// Narrows the stream (docs/api.md topics, e.g. {"kitchen"}); sent on every (re)connection.
    void setTopics(const QStringList &topics);
    /// Reconnect delays: the first retry after `minMs`, doubling up to `maxMs` (with jitter).
    void setReconnectDelays(int minMs, int maxMs);
    /// Client-side keepalive: a ping every `intervalMs`; no answer within another interval drops the link.
    void setKeepAlive(int intervalMs);
    /// Aborts the link as a network failure would; reconnection follows (diagnostics, tests).
    void dropConnection();

signals:
    void stateChanged(tavola::client::RealtimeClient::State state);
    void eventReceived(const QString &type, qint64 seq, const QJsonObject &data);
    /// Events were missed beyond what the server keeps: reload every snapshot over REST.
    void resyncRequired();

private:
    void connectNow();
    void scheduleReconnect();
    void setState(State s);
    void onText(const QString &message);

    ApiClient *m_api;
    QWebSocket *m_socket = nullptr;
    State m_state = State::Offline;
    bool m_running = false;
    qint64 m_lastSeq = 0;
    QStringList m_topics;
    int m_minDelayMs = 500;
    int m_maxDelayMs = 30000;
    int m_failures = 0;
    bool m_refreshTried = false;
    QTimer m_reconnect;
    QTimer m_keepAlive;
    qint64 m_lastHeardMs = 0;
    int m_keepAliveMs = 20000;
};

} // namespace tavola::client
