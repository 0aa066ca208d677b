#include "realtimeclient.h"

#include "apiclient.h"
#include "certificatepins.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcRealtime, "tavola.client.realtime")

using namespace Qt::StringLiterals;

namespace tavola::client {

RealtimeClient::RealtimeClient(ApiClient *api, QObject *parent) : QObject(parent), m_api(api)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &RealtimeClient::connectNow);
    // The server answers HTTP again (the outbox or a health check reached it): reconnect now
    // rather than at the end of a back-off that grew during the outage.
    connect(m_api, &ApiClient::reachabilityChanged, this, [this](bool reachable) {
        if (reachable && m_running && m_state == State::Reconnecting && m_reconnect.isActive()) {
            m_reconnect.stop();
            connectNow();
        }
    });
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        if (!m_socket || m_state != State::Online)
            return;
        if (QDateTime::currentMSecsSinceEpoch() - m_lastHeardMs > 2 * m_keepAliveMs) {
            qCInfo(lcRealtime) << "the event stream went silent; reconnecting";
            dropConnection();
            return;
        }
        m_socket->ping();
    });
}

RealtimeClient::~RealtimeClient()
{
    stop();
}

void RealtimeClient::setTopics(const QStringList &topics)
{
    m_topics = topics;
    if (m_socket && m_state == State::Online && !topics.isEmpty())
        m_socket->sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{u"type"_s, u"subscribe"_s}, {u"topics"_s, QJsonArray::fromStringList(topics)}})
                                  .toJson(QJsonDocument::Compact)));
}

void RealtimeClient::setReconnectDelays(int minMs, int maxMs)
{
    m_minDelayMs = std::max(1, minMs);
    m_maxDelayMs = std::max(m_minDelayMs, maxMs);
}

void RealtimeClient::setKeepAlive(int intervalMs)
{
    m_keepAliveMs = std::max(100, intervalMs);
    m_keepAlive.setInterval(m_keepAliveMs);
}

void RealtimeClient::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged(s);
}

void RealtimeClient::start()
{
    if (m_running)
        return;
    m_running = true;
    m_failures = 0;
    m_keepAlive.setInterval(m_keepAliveMs);
    connectNow();
}

void RealtimeClient::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_keepAlive.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    setState(State::Offline);
}

void RealtimeClient::dropConnection()
{
    if (m_socket)
        m_socket->abort(); // emits disconnected → reconnect
}

void RealtimeClient::connectNow()
{
    if (!m_running)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    setState(m_failures == 0 && m_state == State::Offline ? State::Connecting : State::Reconnecting);
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    QWebSocket *ws = m_socket;
    connect(ws, &QWebSocket::connected, this, [this, ws] {
        m_failures = 0;
        m_refreshTried = false;
        m_lastHeardMs = QDateTime::currentMSecsSinceEpoch();
        setState(State::Online);
        m_keepAlive.start();
        if (m_lastSeq > 0)
            ws->sendTextMessage(QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"type"_s, u"resume"_s}, {u"after_seq"_s, m_lastSeq}}).toJson(QJsonDocument::Compact)));
        if (!m_topics.isEmpty())
            setTopics(m_topics);
    });
    connect(ws, &QWebSocket::textMessageReceived, this, &RealtimeClient::onText);
    connect(ws, &QWebSocket::pong, this, [this] { m_lastHeardMs = QDateTime::currentMSecsSinceEpoch(); });
    connect(ws, &QWebSocket::disconnected, this, [this, ws] {
        if (ws != m_socket)
            return;
        m_keepAlive.stop();
        // A refused upgrade (401) usually means the access token expired, and the server closes
        // a live socket whose token expired with 4001: refresh it once, then reconnect.
        const bool expired = ws->closeCode() == static_cast<QWebSocketProtocol::CloseCode>(4001);
        if ((m_state != State::Online || expired) && !m_refreshTried && !m_api->session().refreshToken.isEmpty()) {
            m_refreshTried = true;
            m_api->refreshNow();
        }
        scheduleReconnect();
    });
    connect(ws, &QWebSocket::sslErrors, this, [this, ws](const QList<QSslError> &errors) {
        if (m_api->certificatePins() && m_api->certificatePins()->accept(CertificatePins::serverOf(m_api->baseUrl()), errors))
            ws->ignoreSslErrors(errors);
    });
    const QString base = m_api->baseUrl();
    const QString wsBase = base.startsWith(u"https:"_s) ? u"wss"_s + base.mid(5) : u"ws"_s + base.mid(4);
    QUrl url(wsBase + u"/api/v1/events"_s);
    QNetworkRequest req(url);
    if (!m_api->session().accessToken.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_api->session().accessToken.toLatin1());
    ws->open(req);
}

void RealtimeClient::scheduleReconnect()
{
    if (!m_running)
        return;
    setState(State::Reconnecting);
    ++m_failures;
    const int base = std::min(m_maxDelayMs, m_minDelayMs << std::min(m_failures - 1, 16));
    const int delay = base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1));
    m_reconnect.start(delay);
}

void RealtimeClient::onText(const QString &message)
{
    m_lastHeardMs = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject msg = QJsonDocument::fromJson(message.toUtf8()).object();
    const QString type = msg.value(u"type"_s).toString();
    if (type == u"resync_required"_s) {
        if (msg.contains(u"last_seq"_s))
            m_lastSeq = msg.value(u"last_seq"_s).toInteger();
        emit resyncRequired();
        return;
    }
    const qint64 seq = msg.value(u"seq"_s).toInteger();
    if (seq <= 0)
        return; // hello, pong, subscribed, error
    if (seq <= m_lastSeq)
        return; // already seen (a resume overlapping live delivery)
    m_lastSeq = seq;
    emit eventReceived(type, seq, msg.value(u"data"_s).toObject());
}

} // namespace tavola::client
