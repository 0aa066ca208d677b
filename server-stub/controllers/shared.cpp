// Data access shared by the controllers.
#include "controllers.h"
#include "storage/ratelimitrepository.h"
#include "storage/userrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tavola::server {

Status audit(RequestContext &ctx, const QString &action, const QString &entity, const QString &entityId, const QJsonValue &before,
             const QJsonValue &after)
{
    const QString actor = ctx.user ? ctx.user->username : ctx.http.path.endsWith(u"/payments/webhook"_s) ? u"gateway"_s : u"public"_s;
    return AuditRepository(ctx.db).insert(ctx.now, ctx.user ? ctx.user->id : 0, actor, action, entity, entityId, before, after,
                                          ctx.requestId);
}

Result<int> listLimit(const RequestContext &ctx, int fallback, int max)
{
    int limit = fallback;
    if (const QString text = ctx.http.query.queryItemValue(u"limit"_s); !text.isEmpty()) {
        bool ok = false;
        limit = text.toInt(&ok);
        if (!ok || limit < 1 || limit > max)
            return Error::validation(u"limit"_s, u"limit must be between 1 and %1"_s.arg(max));
    }
    return limit;
}

Status saveOrderHeader(RequestContext &ctx, const Order &o)
{
    return OrderRepository(ctx.db).saveHeader(o, ctx.now);
}

namespace {
using OpenChecks = QList<std::pair<QString, OrderStatus>>;

/// table.status_changed for a table in the state given, with its open checks.
Status announce(RequestContext &ctx, const QString &tableId, TableStatus status, const QString &orderId, int guests,
                const QDateTime &seatedAt, const OpenChecks &open)
{
    QJsonArray checks;
    for (const auto &[id, checkStatus] : open)
        checks.append(id);
    return ctx.events.emitEvent(u"table.status_changed"_s,
                                {{u"table_id"_s, tableId},
                                 {u"status"_s, enumName(status)},
                                 {u"order_id"_s, orderId.isEmpty() ? QJsonValue() : QJsonValue(orderId)},
                                 {u"order_ids"_s, checks},
                                 {u"guests"_s, guests},
                                 {u"seated_at"_s, timeToJson(seatedAt)}});
}

/// setTableState() for a table already read (and, when known, its open checks).
Status changeTable(RequestContext &ctx, const Table &table, TableStatus status, const QString &orderId, int guests,
                   const QDateTime &seatedAt, const OpenChecks *known)
{
    if (table.status != status) {
        if (auto s = checkTransition(table.status, status); !s)
            return s;
    }
    if (auto s = FloorPlanRepository(ctx.db).saveTableState(table.id, status, orderId, guests, seatedAt); !s)
        return s;
    if (table.status == status && table.orderId == orderId && table.guests == guests)
        return {};
    if (known)
        return announce(ctx, table.id, status, orderId, guests, seatedAt, *known);
    auto open = OrderRepository(ctx.db).openOnTable(table.id);
    if (!open)
        return open.error();
    return announce(ctx, table.id, status, orderId, guests, seatedAt, *open);
}
} // namespace

Status setTableState(RequestContext &ctx, const QString &tableId, TableStatus status, const QString &orderId, int guests,
                     const QDateTime &seatedAt)
{
    auto table = FloorPlanRepository(ctx.db).table(tableId);
    if (!table)
        return table.error();
    return changeTable(ctx, *table, status, orderId, guests, seatedAt, nullptr);
}

Status setTableState(RequestContext &ctx, const Table &table, TableStatus status, const QString &orderId, int guests,
                     const QDateTime &seatedAt)
{
    return changeTable(ctx, table, status, orderId, guests, seatedAt, nullptr);
}

Status announceTable(RequestContext &ctx, const QString &tableId)
{
    auto table = FloorPlanRepository(ctx.db).table(tableId);
    if (!table)
        return table.error();
    auto open = OrderRepository(ctx.db).openOnTable(tableId);
    if (!open)
        return open.error();
    return announce(ctx, tableId, table->status, table->orderId, table->guests, table->seatedAt, *open);
}

namespace {
QString managerPinKey(const RequestContext &ctx)
{
    return u"manager-pin:"_s + ctx.http.peer.toString();
}
} // namespace

SecretWork secretWorkFor(const RequestContext &ctx, const Route &route)
{
    SecretWork work = route.secretWork ? route.secretWork(ctx) : SecretWork();
    // A cashier's request with a manager's PIN (managerApproval): every manager's PIN is tried.
    const QString pin = QString::fromUtf8(ctx.http.header("x-manager-pin"));
    if (pin.isEmpty() || pin.size() > 12 || !ctx.user || ctx.user->role != Role::Cashier)
        return work;
    if (auto wait = RateLimitRepository(ctx.db).retryAfter(managerPinKey(ctx), ctx.state.config.loginFailuresPerMinute, toMs(ctx.now));
        !wait || *wait > 0)
        return work;
    if (auto managers = UserRepository(ctx.db).managerPinHashes()) {
        for (const auto &[username, pinHash] : *managers)
            work.verify(pin, pinHash);
    }
    return work;
}

Result<QString> managerApproval(RequestContext &ctx, const QString &what)
{
    if (ctx.isManager())
        return ctx.caller().username;
    const QString pin = QString::fromUtf8(ctx.http.header("x-manager-pin"));
    if (ctx.caller().role != Role::Cashier)
        return Error{ErrorCode::Forbidden, u"%1: only a manager, or a cashier with a manager's PIN"_s.arg(what), {}};
    if (pin.isEmpty())
        return Error{ErrorCode::Forbidden, u"%1 needs a manager: send a manager's PIN in X-Manager-Pin"_s.arg(what), {}};
    const QString key = managerPinKey(ctx);
    auto wait = RateLimitRepository(ctx.db).retryAfter(key, ctx.state.config.loginFailuresPerMinute, toMs(ctx.now));
    if (!wait)
        return wait.error();
    if (*wait > 0)
        return Error{ErrorCode::RateLimited, u"Too many wrong manager PINs; try again in %1 s"_s.arg(*wait), {}};
    auto managers = UserRepository(ctx.db).managerPinHashes();
    if (!managers)
        return managers.error();
    for (const auto &[username, pinHash] : *managers) {
        if (ctx.secrets.verified(pin, pinHash))
            return username;
    }
    // Counted although the request fails (and its transaction rolls back), on every instance.
    ctx.afterRollback.append([key, nowMs = toMs(ctx.now)](Database &db) { (void)RateLimitRepository(db).hit(key, nowMs); });
    return Error{ErrorCode::Forbidden, u"That is not a manager's PIN"_s, {}};
}

Status emitOrderUpdated(RequestContext &ctx, const Order &order)
{
    return ctx.events.emitEvent(u"order.updated"_s, order.toJson());
}

ApiResult answerOrderUpdated(RequestContext &ctx, const Order &order)
{
    const QJsonObject json = order.toJson();
    if (auto s = ctx.events.emitEvent(u"order.updated"_s, json); !s)
        return s.error();
    return ApiResult::ok(json);
}

Status syncTable(RequestContext &ctx, const QString &tableId, std::optional<TableStatus> ended)
{
    auto table = FloorPlanRepository(ctx.db).table(tableId);
    if (!table)
        return table.error();
    auto open = OrderRepository(ctx.db).openOnTable(tableId);
    if (!open)
        return open.error();
    if (open->isEmpty()) // the last check ended
        return changeTable(ctx, *table, ended.value_or(TableStatus::Vacant), {}, 0, {}, &*open);
    // SERVING while any check is being served, CHECKOUT once every check asked for the bill.
    bool anyServing = false, allCheckout = true;
    for (const auto &[id, status] : *open) {
        anyServing = anyServing || status == OrderStatus::Serving;
        allCheckout = allCheckout && status == OrderStatus::Checkout;
    }
    TableStatus next = allCheckout ? TableStatus::Checkout : anyServing ? TableStatus::Serving : table->status;
    if (next != table->status && !checkTransition(table->status, next))
        next = table->status;
    const int guests = table->guests > 0 ? table->guests : 1;
    const QString first = open->first().first;
    const QDateTime seatedAt = table->seatedAt.isValid() ? table->seatedAt : ctx.now;
    const bool sameState = next == table->status && first == table->orderId && guests == table->guests;
    if (auto s = changeTable(ctx, *table, next, first, guests, seatedAt, &*open); !s)
        return s;
    // The table looks the same but one of its checks ended: its list of checks changed.
    if (sameState && ended)
        return announce(ctx, tableId, next, first, guests, seatedAt, *open);
    return {};
}

Result<QString> nextPosNumber(RequestContext &ctx, const QString &series, const QString &prefix)
{
    const QString pos = ctx.state.config.posId;
    auto n = ctx.db.nextCounter(series + u':' + pos);
    if (!n)
        return n.error();
    return u"%1-%2%3"_s.arg(pos, prefix, QString::number(*n).rightJustified(6, u'0'));
}

Result<Order> refreshTotals(RequestContext &ctx, const QString &id)
{
    auto o = OrderRepository(ctx.db).load(id, ctx.state.shop.tax);
    if (!o)
        return o.error();
    if (auto s = saveOrderHeader(ctx, *o); !s)
        return s.error();
    return o;
}

Result<std::shared_ptr<const Menu>> wholeMenu(RequestContext &ctx)
{
    MenuRepository menus(ctx.db);
    auto version = menus.version();
    if (!version)
        return version.error();
    if (!ctx.state.menu || ctx.state.menu->version != *version) {
        auto menu = menus.load(true);
        if (!menu)
            return menu.error();
        ctx.state.menu = std::make_shared<const Menu>(std::move(*menu));
    }
    return ctx.state.menu;
}

Result<Order> openOrder(RequestContext &ctx, Order fresh, const Table *table)
{
    const QString tableName = table ? table->name : QString();
    const QString day = ctx.state.businessDay(ctx.now);
    if (fresh.number == 0) {
        auto number = ctx.db.nextCounter(u"order_number:"_s + day);
        if (!number)
            return number.error();
        fresh.number = *number;
    }
    auto id = OrderRepository(ctx.db).insert(fresh, day, ctx.caller().id, ctx.now);
    if (!id) {
        if (ctx.db.lastErrorWasUniqueViolation()) // another till opened this table a moment ago
            return Error{ErrorCode::TableOccupied, u"Table %1 already has an open order"_s.arg(tableName), {}};
        return id.error();
    }
    if (!fresh.tableId.isEmpty() && fresh.parentOrderId.isEmpty()) {
        const Status seated = table && table->id == fresh.tableId
            ? setTableState(ctx, *table, TableStatus::Seated, *id, fresh.guests, ctx.now)
            : setTableState(ctx, fresh.tableId, TableStatus::Seated, *id, fresh.guests, ctx.now);
        if (!seated)
            return seated.error();
    }
    auto order = OrderRepository(ctx.db).load(*id, ctx.state.shop.tax);
    if (!order)
        return order.error();
    if (auto s = audit(ctx, u"order.open"_s, u"order"_s, *id, {}, order->toJson()); !s)
        return s.error();
    if (auto s = ctx.events.emitEvent(u"order.status_changed"_s,
                                      {{u"order_id"_s, *id},
                                       {u"status"_s, u"OPEN"_s},
                                       {u"table_id"_s, fresh.tableId.isEmpty() ? QJsonValue() : QJsonValue(fresh.tableId)}});
        !s)
        return s.error();
    return order;
}

Status changeOrderStatus(RequestContext &ctx, Order &order, OrderStatus to)
{
    if (auto s = checkTransition(order.status, to); !s)
        return s;
    // A QR shown for the old bill must not be paid any more once the bill leaves CHECKOUT.
    if (order.status == OrderStatus::Checkout) {
        const QString reason = to == OrderStatus::Paid ? u"superseded"_s : u"order_"_s + enumName(to).toLower();
        if (auto s = failPendingPayments(ctx, order.id, reason); !s)
            return s;
    }
    order.status = to;
    if (auto s = saveOrderHeader(ctx, order); !s)
        return s;
    order.updatedAt = ctx.now; // (as saved: the caller may answer with this order)
    if (!order.tableId.isEmpty() && to != OrderStatus::Open) {
        // A paid or cancelled order frees the table (cleaning after a sale) unless other checks remain.
        std::optional<TableStatus> ended;
        if (to == OrderStatus::Paid || to == OrderStatus::Cancelled)
            ended = to == OrderStatus::Paid && ctx.state.shop.cleaningEnabled ? TableStatus::Cleaning : TableStatus::Vacant;
        if (auto s = syncTable(ctx, order.tableId, ended); !s)
            return s;
    }
    return ctx.events.emitEvent(u"order.status_changed"_s,
                                {{u"order_id"_s, order.id},
                                 {u"status"_s, enumName(to)},
                                 {u"table_id"_s, order.tableId.isEmpty() ? QJsonValue() : QJsonValue(order.tableId)}});
}

Result<QString> knownVersion(RequestContext &ctx, ServerState::CachedVersion &cached, const std::function<Result<QString>()> &read)
{
    if (ctx.db.isPostgres())
        return read();
    if (!ctx.state.cacheClock.isValid())
        ctx.state.cacheClock.start();
    const qint64 nowMs = ctx.state.cacheClock.elapsed();
    if (cached.readAtMs >= 0 && cached.writes == ctx.db.writeCount() && nowMs - cached.readAtMs < 1000)
        return cached.version;
    auto version = read();
    if (!version)
        return version.error();
    cached = {*version, ctx.db.writeCount(), nowMs};
    return version;
}

ApiResult cachedRead(RequestContext &ctx, const QString &name, const QString &version, const std::function<Result<QJsonValue>()> &make)
{
    const QByteArray etag = '"' + name.toLatin1() + '-' + version.toLatin1() + '"';
    const QList<std::pair<QByteArray, QByteArray>> headers{{"ETag", etag}, {"Cache-Control", "no-cache"}};
    for (const QByteArray &tag : ctx.http.header("if-none-match").split(',')) {
        const QByteArray t = tag.trimmed();
        if (t == etag || t == "W/" + etag || t == "*")
            return ApiResult{304, {}, {}, headers, QByteArray(), {}};
    }
    ServerState::CachedRead &cached = ctx.state.reads[name];
    if (cached.version != version || cached.json.isEmpty()) {
        auto data = make();
        if (!data)
            return data.error();
        cached.json = data->isArray() ? QJsonDocument(data->toArray()).toJson(QJsonDocument::Compact)
                                      : QJsonDocument(data->toObject()).toJson(QJsonDocument::Compact);
        cached.version = version;
    }
    ApiResult result;
    result.rawData = cached.json;
    result.headers = headers;
    return result;
}

} // namespace tavola::server
