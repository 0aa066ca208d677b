#include "outbox.h"

#include "apiclient.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

Q_LOGGING_CATEGORY(lcOutbox, "tavola.client.outbox")

using namespace Qt::StringLiterals;

namespace tavola::client {

namespace {

const std::array<std::pair<Outbox::Kind, QLatin1StringView>, 5> kKinds{{{Outbox::Kind::OpenOrder, "open_order"_L1},
                                                                        {Outbox::Kind::AddItems, "add_items"_L1},
                                                                        {Outbox::Kind::SendToKitchen, "send"_L1},
                                                                        {Outbox::Kind::Checkout, "checkout"_L1},
                                                                        {Outbox::Kind::CashPayment, "pay_cash"_L1}}};

QString kindName(Outbox::Kind k)
{
    for (const auto &[kind, name] : kKinds)
        if (kind == k)
            return name;
    return {};
}

Outbox::Kind kindFromName(const QString &s)
{
    for (const auto &[kind, name] : kKinds)
        if (name == s)
            return kind;
    return Outbox::Kind::OpenOrder;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// Worth sending again later: the server was unreachable or busy, or the session must be renewed.
bool isTransient(const Error &e)
{
    return e.code == ErrorCode::Unavailable || e.code == ErrorCode::RequestInProgress || e.code == ErrorCode::RateLimited
        || e.code == ErrorCode::Unauthenticated;
}

} // namespace

Outbox::Outbox(ApiClient *api, QObject *parent) : QObject(parent), m_api(api)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &Outbox::flush);
    // A new session or the server answering again: send what waits.
    connect(api, &ApiClient::sessionChanged, this, &Outbox::flush);
    connect(api, &ApiClient::reachabilityChanged, this, [this](bool reachable) {
        if (reachable)
            flush();
    });
}

Outbox::~Outbox()
{
    close();
}

Status Outbox::open(const QString &path)
{
    close();
    QString error;
    if (!m_file.open(path, true, &error))
        return Error{ErrorCode::Internal, u"Cannot open the outbox %1: %2"_s.arg(path, error), {}};
    m_db = m_file.database();
    for (const QString &sql :
         {u"CREATE TABLE IF NOT EXISTS actions (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
          "order_ref TEXT NOT NULL, body TEXT NOT NULL, idem_key TEXT NOT NULL, username TEXT NOT NULL, "
          "status TEXT NOT NULL, error_code TEXT, error_message TEXT, blocked_by INTEGER, attempts INTEGER NOT NULL DEFAULT 0, "
          "result TEXT, created_at INTEGER NOT NULL, done_at INTEGER)"_s,
          u"CREATE INDEX IF NOT EXISTS actions_status ON actions (status, username, id)"_s,
          u"CREATE TABLE IF NOT EXISTS id_map (local_ref TEXT PRIMARY KEY, server_id TEXT NOT NULL)"_s,
          u"CREATE TABLE IF NOT EXISTS drafts (key TEXT PRIMARY KEY, data TEXT NOT NULL, updated_at INTEGER NOT NULL)"_s}) {
        if (auto r = exec(sql); !r)
            return r.error();
    }
    return {};
}

void Outbox::close()
{
    m_retry.stop();
    m_db = QSqlDatabase();
    m_file.close();
}

Result<QSqlQuery> Outbox::exec(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(m_db);
    if (!sqlite::File::run(q, sql, binds))
        return Error{ErrorCode::Internal, u"Outbox: %1"_s.arg(q.lastError().text()), {}};
    return q;
}

Error Outbox::needsServer()
{
    return Error{ErrorCode::Unavailable, tr("PromptPay needs the server: take cash, or wait until the connection is back."), {}};
}

Result<qint64> Outbox::enqueue(Kind kind, const QString &orderRef, const QJsonObject &body)
{
    if (!m_db.isOpen())
        return Error{ErrorCode::Internal, u"The outbox is not open"_s, {}};
    auto q = exec(
        u"INSERT INTO actions (kind, order_ref, body, idem_key, username, status, created_at) VALUES (?, ?, ?, ?, ?, 'PENDING', ?)"_s,
        {kindName(kind), orderRef, compact(body), QUuid::createUuid().toString(QUuid::WithoutBraces), m_api->session().username,
         QDateTime::currentMSecsSinceEpoch()});
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    emit actionAdded(id);
    emit pendingCountChanged(pendingCount());
    flush();
    return id;
}

Result<QString> Outbox::openOrder(const CreateOrderRequest &request)
{
    const QString ref = u"local:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto id = enqueue(Kind::OpenOrder, ref, request.toJson());
    if (!id)
        return id.error();
    return ref;
}

Result<qint64> Outbox::addItems(const QString &orderRef, const AddItemsRequest &request)
{
    return enqueue(Kind::AddItems, orderRef, request.toJson());
}

Result<qint64> Outbox::sendToKitchen(const QString &orderRef)
{
    return enqueue(Kind::SendToKitchen, orderRef, {});
}

Result<qint64> Outbox::checkout(const QString &orderRef)
{
    return enqueue(Kind::Checkout, orderRef, {});
}

Result<qint64> Outbox::payCash(const QString &orderRef, Money received, std::optional<Money> part)
{
    QJsonObject body{{u"method"_s, u"cash"_s}, {u"amount_received"_s, received.toString()}};
    if (part)
        body.insert(u"amount"_s, part->toString());
    return enqueue(Kind::CashPayment, orderRef, body);
}

QString Outbox::resolve(const QString &orderRef) const
{
    if (!isLocal(orderRef))
        return orderRef;
    auto q = exec(u"SELECT server_id FROM id_map WHERE local_ref = ?"_s, {orderRef});
    if (q && q->next())
        return q->value(0).toString();
    return orderRef;
}

Outbox::Action Outbox::actionFromQuery(const QSqlQuery &q)
{
    Action a;
    a.id = q.value(u"id"_s).toLongLong();
    a.kind = kindFromName(q.value(u"kind"_s).toString());
    a.orderRef = q.value(u"order_ref"_s).toString();
    a.body = QJsonDocument::fromJson(q.value(u"body"_s).toString().toUtf8()).object();
    a.idempotencyKey = q.value(u"idem_key"_s).toString();
    a.username = q.value(u"username"_s).toString();
    const QString status = q.value(u"status"_s).toString();
    a.state = status == u"DONE"_s ? State::Done : status == u"FAILED"_s ? State::Failed : State::Pending;
    if (!q.value(u"error_code"_s).isNull()) {
        Error e;
        errorCodeFromName(q.value(u"error_code"_s).toString(), &e.code);
        e.message = q.value(u"error_message"_s).toString();
        a.error = e;
    }
    a.attempts = q.value(u"attempts"_s).toInt();
    a.result = QJsonDocument::fromJson(q.value(u"result"_s).toString().toUtf8()).object();
    a.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(u"created_at"_s).toLongLong(), QTimeZone::utc());
    return a;
}

QList<Outbox::Action> Outbox::actions(bool includeDone) const
{
    QList<Action> out;
    auto q = exec(u"SELECT * FROM actions %1 ORDER BY id"_s.arg(includeDone ? QString() : u"WHERE status <> 'DONE'"_s));
    while (q && q->next())
        out.append(actionFromQuery(*q));
    return out;
}

std::optional<Outbox::Action> Outbox::action(qint64 id) const
{
    auto q = exec(u"SELECT * FROM actions WHERE id = ?"_s, {id});
    if (!q || !q->next())
        return std::nullopt;
    return actionFromQuery(*q);
}

int Outbox::pendingCount() const
{
    auto q = exec(u"SELECT COUNT(*) FROM actions WHERE status = 'PENDING'"_s);
    return q && q->next() ? q->value(0).toInt() : 0;
}

int Outbox::failedCount() const
{
    auto q = exec(u"SELECT COUNT(*) FROM actions WHERE status = 'FAILED'"_s);
    return q && q->next() ? q->value(0).toInt() : 0;
}

QSet<QString> Outbox::pendingOrders() const
{
    QSet<QString> out;
    auto q = exec(u"SELECT a.order_ref, m.server_id FROM actions a LEFT JOIN id_map m ON m.local_ref = a.order_ref "
                  "WHERE a.status = 'PENDING'"_s);
    while (q && q->next()) {
        out.insert(q->value(0).toString());
        if (!q->value(1).isNull())
            out.insert(q->value(1).toString());
    }
    return out;
}

std::optional<Outbox::Action> Outbox::nextPending() const
{
    auto q = exec(u"SELECT * FROM actions WHERE status = 'PENDING' AND username = ? ORDER BY id LIMIT 1"_s, {m_api->session().username});
    if (!q || !q->next())
        return std::nullopt;
    return actionFromQuery(*q);
}

void Outbox::flush()
{
    if (m_inFlight || !m_db.isOpen() || !m_api->isSignedIn())
        return;
    m_retry.stop();
    sendNext();
}

void Outbox::sendNext()
{
    const auto next = nextPending();
    if (!next) {
        m_failures = 0;
        emit drained();
        return;
    }
    const Action a = *next;
    const QString orderId = resolve(a.orderRef);
    if (a.kind != Kind::OpenOrder && isLocal(orderId)) {
        // Its order was never opened on the server (the open failed and was discarded): it cannot go.
        markFailed(a, Error{ErrorCode::NotFound, tr("The order this belongs to was not saved."), {}});
        sendNext();
        return;
    }
    QString path;
    QJsonObject body = a.body;
    switch (a.kind) {
    case Kind::OpenOrder: path = u"/api/v1/orders"_s; break;
    case Kind::AddItems: path = u"/api/v1/orders/%1/items"_s.arg(orderId); break;
    case Kind::SendToKitchen: path = u"/api/v1/orders/%1/send"_s.arg(orderId); break;
    case Kind::Checkout: path = u"/api/v1/orders/%1/checkout"_s.arg(orderId); break;
    case Kind::CashPayment:
        path = u"/api/v1/payments"_s;
        body.insert(u"order_id"_s, orderId);
        break;
    }
    if (auto r = exec(u"UPDATE actions SET attempts = attempts + 1 WHERE id = ?"_s, {a.id}); !r)
        qCWarning(lcOutbox).noquote() << r.error().message;
    m_inFlight = true;
    CallOptions options;
    options.idempotencyKey = a.idempotencyKey; // the same key on every attempt, across restarts
    options.maxAttempts = 1; // the outbox retries on its own schedule
    m_api->call("POST", path, body, options, this, [this, a](Result<QJsonValue> r) {
        m_inFlight = false;
        if (r) {
            m_failures = 0;
            markDone(a, r->toObject());
            sendNext();
            return;
        }
        if (isTransient(r.error()) || (r.error().code == ErrorCode::Internal && a.attempts < 5)) {
            qCInfo(lcOutbox).noquote() << u"action %1 waits: %2"_s.arg(a.id).arg(r.error().message);
            scheduleRetry();
            return;
        }
        markFailed(a, r.error());
        sendNext();
    });
}

void Outbox::scheduleRetry()
{
    ++m_failures;
    m_retry.start(std::min(30000, m_retryMs << std::min(m_failures - 1, 10)));
}

void Outbox::markDone(const Action &a, const QJsonObject &result)
{
    // The answer, the new id mapping and DONE are written together: a crash before this commit
    // replays the action with the same key and the server answers the same again.
    m_db.transaction();
    bool ok = exec(u"UPDATE actions SET status = 'DONE', result = ?, error_code = NULL, error_message = NULL, done_at = ? WHERE id = ?"_s,
                   {compact(result), QDateTime::currentMSecsSinceEpoch(), a.id})
                  .ok();
    if (ok && a.kind == Kind::OpenOrder)
        ok = exec(u"INSERT OR REPLACE INTO id_map (local_ref, server_id) VALUES (?, ?)"_s, {a.orderRef, result.value(u"id"_s).toString()})
                 .ok();
    if (ok)
        m_db.commit();
    else
        m_db.rollback();
    emit actionDone(a.id, result);
    emit pendingCountChanged(pendingCount());
}

void Outbox::markFailed(const Action &a, const Error &error)
{
    qCWarning(lcOutbox).noquote() << u"action %1 (%2) refused: %3"_s.arg(a.id).arg(kindName(a.kind), error.message);
    (void)exec(u"UPDATE actions SET status = 'FAILED', error_code = ?, error_message = ? WHERE id = ?"_s,
               {errorCodeName(error.code), error.message, a.id});
    emit actionFailed(a.id, error);
    if (a.kind == Kind::OpenOrder) {
        // What was to happen on that order cannot happen either.
        auto q = exec(u"SELECT id FROM actions WHERE order_ref = ? AND status = 'PENDING' AND id <> ?"_s, {a.orderRef, a.id});
        QList<qint64> blocked;
        while (q && q->next())
            blocked.append(q->value(0).toLongLong());
        const Error dependency{error.code, tr("The order could not be opened: %1").arg(error.message), {}};
        for (const qint64 id : blocked) {
            (void)exec(u"UPDATE actions SET status = 'FAILED', error_code = ?, error_message = ?, blocked_by = ? WHERE id = ?"_s,
                       {errorCodeName(error.code), dependency.message, a.id, id});
            emit actionFailed(id, dependency);
        }
    }
    emit pendingCountChanged(pendingCount());
}

Status Outbox::discard(qint64 actionId)
{
    if (auto r = exec(u"DELETE FROM actions WHERE (id = ? OR blocked_by = ?) AND status <> 'DONE'"_s, {actionId, actionId}); !r)
        return r.error();
    emit pendingCountChanged(pendingCount());
    return {};
}

Status Outbox::retry(qint64 actionId)
{
    if (auto r = exec(u"UPDATE actions SET status = 'PENDING', error_code = NULL, error_message = NULL, blocked_by = NULL "
                      "WHERE (id = ? OR blocked_by = ?) AND status = 'FAILED'"_s,
                      {actionId, actionId});
        !r)
        return r.error();
    emit pendingCountChanged(pendingCount());
    flush();
    return {};
}

Status Outbox::saveDraft(const QString &key, const QJsonObject &draft)
{
    if (auto r = exec(u"INSERT OR REPLACE INTO drafts (key, data, updated_at) VALUES (?, ?, ?)"_s,
                      {key, compact(draft), QDateTime::currentMSecsSinceEpoch()});
        !r)
        return r.error();
    return {};
}

Status Outbox::clearDraft(const QString &key)
{
    if (auto r = exec(u"DELETE FROM drafts WHERE key = ?"_s, {key}); !r)
        return r.error();
    return {};
}

QList<std::pair<QString, QJsonObject>> Outbox::drafts() const
{
    QList<std::pair<QString, QJsonObject>> out;
    auto q = exec(u"SELECT key, data FROM drafts ORDER BY updated_at"_s);
    while (q && q->next())
        out.append({q->value(0).toString(), QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object()});
    return out;
}

Status Outbox::saveCart(const QString &tableId, const AddItemsRequest &cart)
{
    QJsonObject draft = cart.toJson();
    draft.insert(u"table_id"_s, tableId);
    return saveDraft(cartKey(tableId), draft);
}

QList<std::pair<QString, AddItemsRequest>> Outbox::carts() const
{
    QList<std::pair<QString, AddItemsRequest>> out;
    for (const auto &[key, draft] : drafts()) {
        const QLatin1StringView prefix(kCartPrefix);
        if (!key.startsWith(prefix))
            continue;
        if (auto cart = AddItemsRequest::fromJson(draft))
            out.append({key.mid(prefix.size()), *cart});
    }
    return out;
}

} // namespace tavola::client
