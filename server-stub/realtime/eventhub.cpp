#include "eventhub.h"

#include "domain/json.h"
#include "serverstate.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcEvents, "tavola.server.events")

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {
QString audienceName(Audience a)
{
    switch (a) {
    case Audience::Staff: return u"staff"_s;
    case Audience::Cashier: return u"cashier"_s;
    case Audience::All: return u"all"_s;
    }
    return u"staff"_s;
}

Audience audienceFromName(const QString &s)
{
    if (s == u"cashier"_s)
        return Audience::Cashier;
    if (s == u"all"_s)
        return Audience::All;
    return Audience::Staff;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

EventHub::EventHub(Database &db, ServerState &state, QObject *parent) : QObject(parent), m_db(db), m_state(state)
{
    m_tick.setInterval(std::max(1, m_state.config.pingIntervalSeconds) * 1000);
    connect(&m_tick, &QTimer::timeout, this, &EventHub::onTick);
    m_tick.start();
}

EventHub::~EventHub()
{
    closeAll();
}

EventHub::Pending EventHub::pendingFromRow(const QVariantMap &r)
{
    const QString audience = r.value(u"audience"_s).toString(); // "staff" or "staff:A007"
    return Pending{r.value(u"seq"_s).toLongLong(), r.value(u"type"_s).toString(),
                   r.value(u"topic"_s).toString(), audienceFromName(audience.section(u':', 0, 0)),
                   audience.section(u':', 1),      r.value(u"data"_s).toString().toUtf8()};
}

QString EventHub::topicOf(const QString &type)
{
    return type.section(u'.', 0, 0);
}

Status EventHub::emitEvent(const QString &type, const QJsonObject &data, Audience audience, const QString &queueTicket)
{
    Result<qint64> seq = 0;
    if (m_db.isPostgres()) {
        seq = m_db.nextCounter(u"event_seq"_s);
    } else {
        if (!m_nextSeq) {
            auto newest = newestSeq();
            if (!newest)
                return newest.error();
            m_nextSeq = *newest + 1;
        }
        seq = *m_nextSeq;
    }
    if (!seq)
        return seq.error();
    const QDateTime now = m_state.now();
    const QJsonObject event{{u"type"_s, type}, {u"seq"_s, *seq}, {u"ts"_s, formatTime(now)}, {u"data"_s, data}};
    const QByteArray frame = compact(event);
    const QString audienceText = queueTicket.isEmpty() ? audienceName(audience) : audienceName(audience) + u':' + queueTicket;
    if (auto r = m_db.run(u"INSERT INTO events (seq, type, topic, audience, data, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                          {*seq, type, topicOf(type), audienceText, QString::fromUtf8(frame), toMs(now)});
        !r)
        return r.error();
    if (m_nextSeq)
        ++*m_nextSeq;
    m_pending.append(Pending{*seq, type, topicOf(type), audience, queueTicket, frame});
    if (m_fanOut) { // delivered to every listening instance when the transaction commits
        if (auto r = m_db.run(u"SELECT pg_notify('tavola_events', ?)"_s, {QString::number(*seq)}); !r)
            return r.error();
    }
    return {};
}

void EventHub::discardPending()
{
    m_pending.clear();
    m_nextSeq.reset();
}

Result<qint64> EventHub::newestSeq()
{
    if (m_db.isPostgres()) {
        auto v = m_db.scalar(u"SELECT value FROM counters WHERE name = 'event_seq'"_s);
        if (!v)
            return v.error();
        return v->toLongLong();
    }
    // The newest event, or the counter when pruning took every event (prune() keeps it).
    auto v = m_db.scalar(u"SELECT MAX(COALESCE((SELECT MAX(seq) FROM events), 0), "
                         "COALESCE((SELECT value FROM counters WHERE name = 'event_seq'), 0))"_s);
    if (!v)
        return v.error();
    return v->toLongLong();
}

void EventHub::publishPending()
{
    const QList<Pending> events = std::exchange(m_pending, {});
    if (m_fanOut) {
        // Another instance may have committed events just before ours: read them all from the
        // database in seq order, so every client sees one order whatever instance it is on.
        catchUpFromDatabase();
        return;
    }
    for (const Pending &e : events)
        deliver(e);
}

void EventHub::deliver(const Pending &e)
{
    if (e.seq <= m_lastPublished)
        return;
    m_lastPublished = e.seq;
    // Settings saved on another server instance: total, print and check with them from now on.
    if (e.type == u"settings.updated"_s && !m_db.inTransaction()) {
        if (auto s = m_state.loadSettings(m_db); !s)
            qCWarning(lcEvents) << "cannot reload the settings:" << s.error().message;
    }
    dropExpired();
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it)
        send(it.key(), it.value(), e);
}

void EventHub::dropExpired()
{
    const qint64 now = m_state.now().toSecsSinceEpoch();
    closeClients([now](const Client &c) { return c.user && c.user->expiresAt > 0 && now >= c.user->expiresAt; }, 4001,
                 u"The access token expired: refresh it and connect again (or send {\"type\":\"auth\"})"_s);
}

void EventHub::closeClients(const std::function<bool(const Client &)> &which, int code, const QString &reason)
{
    // Collected first: closing removes from m_clients, which must not change under its iterator.
    QList<WebSocketConnection *> closing;
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        if (which(it.value()))
            closing.append(it.key());
    }
    for (WebSocketConnection *ws : std::as_const(closing))
        closeClient(ws, code, reason);
}

void EventHub::closeClient(WebSocketConnection *ws, int code, const QString &reason)
{
    if (!m_clients.remove(ws))
        return;
    qCInfo(lcEvents) << "closing websocket" << code << reason;
    ws->close(quint16(code), reason); // deleted when the peer has hung up (or in two seconds)
}

void EventHub::endSessions(qint64 userId, const QString &session)
{
    closeClients([&](const Client &c) { return c.user && c.user->id == userId && (session.isEmpty() || c.user->session == session); }, 4004,
                 u"Signed out"_s);
}

void EventHub::revalidateUser(qint64 userId)
{
    auto row = m_db.rows(u"SELECT role, active FROM users WHERE id = ?"_s, {userId});
    const bool gone = !row || row->isEmpty() || row->first().value(u"active"_s).toInt() == 0;
    const auto role = gone ? std::nullopt : roleFromName(row->first().value(u"role"_s).toString());
    if (!role) {
        closeClients([userId](const Client &c) { return c.user && c.user->id == userId; }, 4003, u"The account was disabled"_s);
        return;
    }
    for (Client &c : m_clients) {
        if (c.user && c.user->id == userId)
            c.user->role = *role; // events are filtered by the new role from now on
    }
}

void EventHub::reauthenticate(WebSocketConnection *ws, Client &c, const QString &token)
{
    auto claimed = m_state.tokens.verify(token, m_state.now());
    if (!claimed || !c.user || claimed->id != c.user->id) {
        closeClient(ws, 4001, u"That access token is not valid for this socket"_s);
        return;
    }
    c.user->expiresAt = claimed->expiresAt;
    c.user->session = claimed->session;
    revalidateUser(claimed->id); // disabled meanwhile? a new role?
    if (m_clients.contains(ws))
        ws->sendTextMessage(compact(
            {{u"type"_s, u"authenticated"_s}, {u"expires_at"_s, formatTime(QDateTime::fromSecsSinceEpoch(claimed->expiresAt, Qt::UTC))}}));
}

void EventHub::catchUpFromDatabase()
{
    auto rows = m_db.rows(u"SELECT seq, type, topic, audience, data FROM events WHERE seq > ? ORDER BY seq LIMIT 10000"_s,
                          {m_lastPublished});
    if (!rows)
        return;
    for (const Row &r : *rows) {
        deliver(pendingFromRow(r));
    }
}

void EventHub::startFanOut()
{
    if (!m_db.isPostgres())
        return;
    auto last = newestSeq();
    m_lastPublished = last ? *last : 0;
    QSqlDriver *driver = m_db.connection().driver();
    connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
        if (name == u"tavola_events"_s && !m_db.inTransaction())
            catchUpFromDatabase();
    });
    m_fanOut = driver->subscribeToNotification(u"tavola_events"_s);
    if (!m_fanOut)
        qCWarning(lcEvents) << "cannot LISTEN for events from other server instances";
    // A PostgreSQL restart drops the subscription silently: check often (a `SELECT 1` on the open
    // connection), so it is renewed, and what was committed meanwhile delivered, within a fifth
    // of a second of the database accepting connections again.
    m_watchdog.setInterval(200);
    connect(&m_watchdog, &QTimer::timeout, this, &EventHub::watchdog);
    m_watchdog.start();
}

void EventHub::watchdog()
{
    if (m_db.inTransaction())
        return;
    QSqlDriver *driver = m_db.connection().driver();
    const bool alive = m_db.ping(); // reconnects when the connection was lost
    if (!alive) {
        m_fanOut = false;
        return;
    }
    if (!m_fanOut || !driver->subscribedToNotifications().contains(u"tavola_events"_s)) {
        qCInfo(lcEvents) << "renewing the LISTEN subscription";
        m_fanOut = driver->subscribeToNotification(u"tavola_events"_s);
    }
    // Anything committed while we were not listening, or whose notice came during a transaction.
    if (m_fanOut)
        catchUpFromDatabase();
}

bool EventHub::wants(const Client &c, const Pending &e) const
{
    if (!c.user) // a public queue status page: its own ticket, and menu changes
        return (!e.queueTicket.isEmpty() && e.queueTicket == c.queueTicket) || e.audience == Audience::All;
    if (e.audience == Audience::Cashier) {
        const Role r = c.user->role;
        if (r != Role::Cashier && r != Role::Manager && r != Role::Admin)
            return false;
    }
    if (!c.topics.isEmpty() && !c.topics.contains(e.topic))
        return false;
    // A till's customer-display updates go only to the displays that follow tills (topic
    // "display"), not to every till and kitchen screen.
    if (c.topics.isEmpty() && e.topic == u"display"_s)
        return false;
    return true;
}

void EventHub::send(WebSocketConnection *ws, Client &c, const Pending &e)
{
    if (wants(c, e))
        ws->sendTextMessage(e.frame);
}

void EventHub::accept(const HttpRequest &handshake, QTcpSocket *socket, std::optional<AuthUser> user, const QString &queueTicket)
{
    auto *ws = new WebSocketConnection(handshake, socket, this);
    Client c;
    c.user = std::move(user);
    c.queueTicket = queueTicket;
    c.lastSeenMs = QDateTime::currentMSecsSinceEpoch();
    m_clients.insert(ws, c);
    connect(ws, &WebSocketConnection::textMessageReceived, this, [this, ws](const QString &m) { onMessage(ws, m); });
    connect(ws, &WebSocketConnection::pong, this, [this, ws] {
        if (auto it = m_clients.find(ws); it != m_clients.end())
            it->lastSeenMs = QDateTime::currentMSecsSinceEpoch();
    });
    connect(ws, &WebSocketConnection::disconnected, this, [this, ws] {
        m_clients.remove(ws);
        ws->deleteLater();
    });
    ws->sendTextMessage(compact({{u"type"_s, u"hello"_s}, {u"ts"_s, formatTime(m_state.now())}}));
}

void EventHub::onMessage(WebSocketConnection *ws, const QString &message)
{
    dropExpired(); // before any reference into m_clients is taken
    auto it = m_clients.find(ws);
    if (it == m_clients.end())
        return;
    Client &c = it.value();
    c.lastSeenMs = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject msg = QJsonDocument::fromJson(message.toUtf8()).object();
    const QString type = msg.value(u"type"_s).toString();
    if (type == u"resume"_s) {
        resume(ws, c, msg.value(u"after_seq"_s).toInteger(-1));
    } else if (type == u"subscribe"_s) {
        c.topics.clear();
        for (const auto &t : msg.value(u"topics"_s).toArray()) {
            QString topic = t.toString();
            if (topic == u"tables"_s)
                topic = u"table"_s;
            else if (topic.endsWith(u's') && topic != u"floor_plans"_s)
                topic.chop(1); // "orders" → "order", "payments" → "payment"
            else if (topic == u"floor_plans"_s)
                topic = u"floor_plan"_s;
            c.topics.insert(topic);
        }
        ws->sendTextMessage(compact({{u"type"_s, u"subscribed"_s}, {u"topics"_s, QJsonArray::fromStringList(c.topics.values())}}));
    } else if (type == u"ping"_s) {
        ws->sendTextMessage(compact({{u"type"_s, u"pong"_s}}));
    } else if (type == u"auth"_s) {
        reauthenticate(ws, c, msg.value(u"access_token"_s).toString());
    } else {
        ws->sendTextMessage(
            compact({{u"type"_s, u"error"_s}, {u"message"_s, u"Unknown message type; use resume, subscribe, ping or auth"_s}}));
    }
}

void EventHub::resume(WebSocketConnection *ws, Client &c, qint64 afterSeq)
{
    if (afterSeq < 0) {
        ws->sendTextMessage(compact({{u"type"_s, u"error"_s}, {u"message"_s, u"resume needs after_seq"_s}}));
        return;
    }
    auto oldest = m_db.scalar(u"SELECT MIN(seq) FROM events"_s);
    auto newest = newestSeq();
    if (!oldest || !newest) {
        ws->sendTextMessage(compact({{u"type"_s, u"resync_required"_s}}));
        return;
    }
    const qint64 last = *newest;
    const qint64 first = oldest->isNull() ? last + 1 : oldest->toLongLong();
    if (afterSeq > last || afterSeq + 1 < first) {
        // Too old (pruned) or from another database: the client reloads its snapshot.
        ws->sendTextMessage(compact({{u"type"_s, u"resync_required"_s}, {u"last_seq"_s, last}}));
        return;
    }
    // The replay runs to its end before any other event can be published (one thread), so
    // live events simply follow it.
    auto rows = m_db.rows(u"SELECT seq, type, topic, audience, data FROM events WHERE seq > ? ORDER BY seq"_s, {afterSeq});
    if (rows) {
        for (const Row &r : *rows) {
            send(ws, c, pendingFromRow(r));
        }
    }
}

void EventHub::onTick()
{
    dropExpired();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 timeout = qint64(m_state.config.clientTimeoutSeconds) * 1000;
    const QList<WebSocketConnection *> sockets = m_clients.keys();
    for (WebSocketConnection *ws : sockets) {
        if (now - m_clients.value(ws).lastSeenMs > timeout) {
            qCInfo(lcEvents) << "dropping silent websocket client" << ws->peerAddress().toString();
            m_clients.remove(ws);
            ws->abort();
            ws->deleteLater();
        } else {
            ws->ping();
        }
    }
}

int EventHub::clientCount() const
{
    return static_cast<int>(m_clients.size());
}

void EventHub::closeAll()
{
    const QList<WebSocketConnection *> sockets = m_clients.keys();
    m_clients.clear();
    for (WebSocketConnection *ws : sockets) {
        ws->close(1001, u"server shutting down"_s);
        ws->deleteLater();
    }
}

void EventHub::prune()
{
    const qint64 cutoff = toMs(m_state.now()) - qint64(m_state.config.eventRetentionMinutes) * 60'000;
    if (!m_db.isPostgres()) {
        // SQLite counts seqs from the newest event: the counter keeps it first, for when every
        // event goes (and with it what seq the next one gets).
        if (auto r = m_db.run(u"INSERT INTO counters (name, value) VALUES ('event_seq', (SELECT COALESCE(MAX(seq), 0) FROM events)) "
                              "ON CONFLICT (name) DO UPDATE SET value = MAX(counters.value, excluded.value)"_s);
            !r)
            return;
    }
    (void)m_db.exec(u"DELETE FROM events WHERE created_at < ?"_s, {cutoff});
}

} // namespace tavola::server
