// Data access shared by the controllers.
#include "controllers.h"
#include "storage/userrepository.h"

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

Status setTableState(RequestContext &ctx, const QString &tableId, TableStatus status, const QString &orderId, int guests,
                     const QDateTime &seatedAt)
{
    FloorPlanRepository tables(ctx.db);
    auto table = tables.table(tableId);
    if (!table)
        return table.error();
    if (table->status != status) {
        if (auto s = checkTransition(table->status, status); !s)
            return s;
    }
    if (auto s = tables.saveTableState(tableId, status, orderId, guests, seatedAt); !s)
        return s;
    if (table->status == status && table->orderId == orderId && table->guests == guests)
        return {};
    return ctx.events.emitEvent(u"table.status_changed"_s,
                                {{u"table_id"_s, tableId},
                                 {u"status"_s, enumName(status)},
                                 {u"order_id"_s, orderId.isEmpty() ? QJsonValue() : QJsonValue(orderId)},
                                 {u"guests"_s, guests},
                                 {u"seated_at"_s, timeToJson(seatedAt)}});
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
    const QString key = u"manager-pin:"_s + ctx.http.peer.toString();
    if (const int wait = ctx.state.limiter.retryAfter(key, ctx.state.config.loginFailuresPerMinute, toMs(ctx.now)); wait > 0)
        return Error{ErrorCode::RateLimited, u"Too many wrong manager PINs; try again in %1 s"_s.arg(wait), {}};
    auto managers = UserRepository(ctx.db).managerPinHashes();
    if (!managers)
        return managers.error();
    for (const auto &[username, pinHash] : *managers) {
        if (verifySecret(pin, pinHash))
            return username;
    }
    ctx.state.limiter.hit(key, ctx.state.config.loginFailuresPerMinute, toMs(ctx.now));
    return Error{ErrorCode::Forbidden, u"That is not a manager's PIN"_s, {}};
}

Status emitOrderUpdated(RequestContext &ctx, const Order &order)
{
    return ctx.events.emitEvent(u"order.updated"_s, order.toJson());
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
    if (!order.tableId.isEmpty()) {
        auto table = FloorPlanRepository(ctx.db).table(order.tableId);
        if (!table)
            return table.error();
        switch (to) {
        case OrderStatus::Serving:
            if (auto s = setTableState(ctx, order.tableId, TableStatus::Serving, order.id, order.guests, table->seatedAt); !s)
                return s;
            break;
        case OrderStatus::Checkout:
            if (auto s = setTableState(ctx, order.tableId, TableStatus::Checkout, order.id, order.guests, table->seatedAt); !s)
                return s;
            break;
        case OrderStatus::Paid: {
            const TableStatus next = ctx.state.shop.cleaningEnabled ? TableStatus::Cleaning : TableStatus::Vacant;
            if (auto s = setTableState(ctx, order.tableId, next, {}, 0, {}); !s)
                return s;
            break;
        }
        case OrderStatus::Cancelled:
            if (auto s = setTableState(ctx, order.tableId, TableStatus::Vacant, {}, 0, {}); !s)
                return s;
            break;
        case OrderStatus::Open: break;
        }
    }
    return ctx.events.emitEvent(u"order.status_changed"_s,
                                {{u"order_id"_s, order.id},
                                 {u"status"_s, enumName(to)},
                                 {u"table_id"_s, order.tableId.isEmpty() ? QJsonValue() : QJsonValue(order.tableId)}});
}

} // namespace tavola::server
