#pragma once

#include "api.h"
#include "http/websocket.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <optional>

class QTcpSocket;

namespace tavola::server {

class Database;
class ServerState;

/// Who receives an event.
enum class Audience {
    Staff, // every signed-in role
    Cashier, // cashier, manager, admin (payments)
    All, // staff and public queue pages (menu)
};

/// Realtime events: written to the `events` table inside the transaction that caused them, and
/// sent to the WebSocket clients only after that transaction commits. Their seq increases by one
/// and survives restarts: on PostgreSQL it comes from a transactional counter (several instances
/// write); on SQLite, where this server is the only writer, it is counted here from the newest
/// event (read from the database once, and again after anything rolled back), and the counter
/// only keeps the newest seq for when every event has been pruned.
class EventHub : public QObject
{
    Q_OBJECT

public:
    EventHub(Database &db, ServerState &state, QObject *parent = nullptr);
    ~EventHub() override;

    /// Records an event in the current transaction. `queueTicket` also sends it to that
    /// ticket's public status page.
    Status emitEvent(const QString &type, const QJsonObject &data, Audience audience = Audience::Staff, const QString &queueTicket = {});
    /// After commit: sends the recorded events. After rollback: forgets them.
    void publishPending();
    void discardPending();
    /// The newest seq given to an event (committed or, inside a transaction, in it).
    Result<qint64> newestSeq();
    /// Group commit: how many are recorded and waiting, and forgetting those recorded after the
    /// first `count` (one request of the group rolled back).
    qsizetype pendingCount() const { return m_pending.size(); }
    void discardPendingFrom(qsizetype count)
    {
        m_pending.resize(std::min(count, m_pending.size()));
        m_nextSeq.reset(); // (read again: the events rolled back gave their seqs back)
    }

    /// Answers a valid WebSocket handshake (its head already read) and takes the socket, for a
    /// signed-in user or for the public status page of one queue ticket.
    void accept(const HttpRequest &handshake, QTcpSocket *socket, std::optional<AuthUser> user, const QString &queueTicket);
    int clientCount() const;
    void closeAll();
    /// The user signed out: closes their sockets of that sign-in (`session`), or all of them
    /// when `session` is empty. Close code 4004.
    void endSessions(qint64 userId, const QString &session);
    /// Reads the user again: a disabled or deleted account's sockets close (4003); a changed
    /// role filters their events from the next one on.
    void revalidateUser(qint64 userId);
    /// Deletes events older than the retention period.
    void prune();
    /// PostgreSQL: listen for events committed by other server instances (LISTEN/NOTIFY).
    void startFanOut();

private:
    struct Pending
    {
        qint64 seq;
        QString type;
        QString topic;
        Audience audience;
        QString queueTicket;
        QByteArray frame;
    };
    struct Client
    {
        std::optional<AuthUser> user;
        QString queueTicket;
        QSet<QString> topics; // empty: everything the audience allows
        qint64 lastSeenMs = 0;
    };

    void onMessage(WebSocketConnection *ws, const QString &message);
    /// A socket whose access token has expired closes (4001) unless the client sent a fresh token
    /// over it ({"type":"auth","access_token":...}).
    void dropExpired();
    void closeClient(WebSocketConnection *ws, int code, const QString &reason);
    void closeClients(const std::function<bool(const Client &)> &which, int code, const QString &reason);
    void reauthenticate(WebSocketConnection *ws, Client &c, const QString &token);
    void onTick();
    bool wants(const Client &c, const Pending &e) const;
    void send(WebSocketConnection *ws, Client &c, const Pending &e);
    void resume(WebSocketConnection *ws, Client &c, qint64 afterSeq);
    static QString topicOf(const QString &type);
    /// An event row of the events table (resume, fan-out from other instances).
    static Pending pendingFromRow(const QVariantMap &row);
    void deliver(const Pending &e);
    /// Sends every committed event after m_lastPublished, in seq order, from the database.
    void catchUpFromDatabase();
    void watchdog();

    Database &m_db;
    ServerState &m_state;
    QHash<WebSocketConnection *, Client> m_clients;
    QList<Pending> m_pending;
    QTimer m_tick;
    QTimer m_watchdog;
    qint64 m_lastPublished = 0;
    std::optional<qint64> m_nextSeq; // SQLite: the next event's seq, once known
    bool m_fanOut = false;
};

} // namespace tavola::server
