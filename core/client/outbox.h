#pragma once

#include "domain/error.h"
#include "domain/money.h"
#include "domain/requests.h"
#include "sqlite/sqlitefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>

#include <optional>

namespace tavola::client {

class ApiClient;

/// The till's write-ahead log of order actions, in a local SQLite file (WAL, synchronous=FULL).
/// Every order action is stored with its Idempotency-Key *before* it is sent, then sent in order;
/// when the server cannot be reached the actions wait ("saving…") and are replayed with the same
/// keys when it is back, so the server applies each exactly once — also after the app was killed
/// at any moment. An order opened offline has a local reference ("local:…") until the server
/// gives it an id; later actions on it are rewritten then. A refusal (table taken, dish
/// unavailable) marks that action FAILED with the error for the cashier, and the actions that
/// depend on it with it; the others go on.
///
/// Actions belong to the user who made them and are only sent under that user's session (the
/// server scopes idempotency keys per user).
class Outbox : public QObject
{
    Q_OBJECT

public:
    enum class Kind { OpenOrder, AddItems, SendToKitchen, Checkout, CashPayment };
    enum class State { Pending, Done, Failed };

    struct Action
    {
        qint64 id = 0;
        Kind kind = Kind::OpenOrder;
        QString orderRef; // server id, or "local:<uuid>" before the server gave one
        QJsonObject body; // the request body (its order_id may be a local reference)
        QString idempotencyKey;
        QString username;
        State state = State::Pending;
        std::optional<Error> error;
        int attempts = 0;
        QJsonObject result; // the server's answer when done
        QDateTime createdAt;
    };

    explicit Outbox(ApiClient *api, QObject *parent = nullptr);
    ~Outbox() override;

    /// Opens (creates) the outbox file, e.g. <app data>/outbox.db.
    Status open(const QString &path);
    void close();

    // Order actions: stored first, then sent in order. They return the action id.
    /// Returns the new order's reference ("local:…"); resolve() gives the server id later.
    Result<QString> openOrder(const CreateOrderRequest &request);
    Result<qint64> addItems(const QString &orderRef, const AddItemsRequest &request);
    Result<qint64> sendToKitchen(const QString &orderRef);
    Result<qint64> checkout(const QString &orderRef);
    /// Cash for the order: all of its balance, or only `part` of it (one of several tenders).
    Result<qint64> payCash(const QString &orderRef, Money received, std::optional<Money> part = std::nullopt);
    /// PromptPay (and card terminals) need the server at the moment of payment: this is the
    /// error to show when it cannot be reached.
    static Error needsServer();

    /// The server's id for a reference ("local:…" → "123"), or the reference itself.
    QString resolve(const QString &orderRef) const;
    static bool isLocal(const QString &orderRef) { return orderRef.startsWith(QLatin1String("local:")); }
    QList<Action> actions(bool includeDone = false) const;
    std::optional<Action> action(qint64 id) const;
    int pendingCount() const;
    /// The orders with actions still to send: their references and, once known, server ids.
    QSet<QString> pendingOrders() const;
    /// Actions the server refused: they wait for the cashier (retry or discard).
    int failedCount() const;
    /// Drops a failed or pending action (the cashier gave up on it), with its dependants.
    Status discard(qint64 actionId);
    /// Sends a failed action again (e.g. after the conflict was resolved on the server).
    Status retry(qint64 actionId);
    /// Sends what is pending now (also done on every enqueue, on reconnection and by a timer).
    void flush();
    /// Retry delay after the server could not be reached (doubles up to 30 s).
    void setRetryDelay(int ms) { m_retryMs = ms; }
    bool isBusy() const { return m_inFlight; }

    // Drafts: an order being edited (lines not sent yet), kept so a restart can offer it back.
    Status saveDraft(const QString &key, const QJsonObject &draft);
    Status clearDraft(const QString &key);
    QList<std::pair<QString, QJsonObject>> drafts() const;
    /// The order page's unsent lines for a table (`table:<id>`), typed: modifiers and notes kept.
    Status saveCart(const QString &tableId, const AddItemsRequest &cart);
    Status clearCart(const QString &tableId) { return clearDraft(cartKey(tableId)); }
    /// Every table's unsent cart, oldest first; a draft that is not a cart is left out.
    QList<std::pair<QString, AddItemsRequest>> carts() const;
    static QString cartKey(const QString &tableId) { return QLatin1StringView(kCartPrefix) + tableId; }
    static constexpr const char *kCartPrefix = "table:";

signals:
    void actionAdded(qint64 id);
    void actionDone(qint64 id, const QJsonObject &result);
    void actionFailed(qint64 id, const tavola::Error &error);
    void pendingCountChanged(int count);
    /// Everything pending was sent (or failed): nothing waits for the server.
    void drained();

private:
    Result<qint64> enqueue(Kind kind, const QString &orderRef, const QJsonObject &body);
    void sendNext();
    void markDone(const Action &a, const QJsonObject &result);
    void markFailed(const Action &a, const Error &error);
    void scheduleRetry();
    std::optional<Action> nextPending() const;
    static Action actionFromQuery(const QSqlQuery &q);
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {}) const;

    ApiClient *m_api;
    sqlite::File m_file{QStringLiteral("tavola-outbox")};
    QSqlDatabase m_db; // m_file's connection while open
    bool m_inFlight = false;
    int m_retryMs = 1000;
    int m_failures = 0;
    QTimer m_retry;
};

} // namespace tavola::client
