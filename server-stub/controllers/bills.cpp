// /api/v1/orders/{id}/split, /merge and /items/move — the bill follows the guests: a table pays in
// several checks, two tables join, a dish goes to the next table. Each is one transaction: lines
// move whole or by quantity (keeping their price snapshot, options, note and kitchen status), the
// totals of every order touched are recomputed, audited, and `order.updated` is sent for each.
#include "controllers.h"
#include "domain/requests.h"
#include "storage/floorplanrepository.h"

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

/// Money already taken, or a status that no longer allows it: lines cannot leave or join it.
Status checkLinesCanMove(const Order &o)
{
    if (auto s = o.checkMovable(); !s)
        return s;
    return o.checkNothingPaid();
}

/// The lines and quantities `parts` name, checked against the order: every line exists and is not
/// voided, and no line gives more than it has. `taken` adds up what every call took.
Result<QList<std::pair<OrderLine, int>>> pickLines(const Order &o, const QList<LinePart> &parts, QHash<QString, int> &taken)
{
    QList<std::pair<OrderLine, int>> out;
    for (const LinePart &p : parts) {
        const OrderLine *line = nullptr;
        for (const OrderLine &l : o.items) {
            if (l.id == p.itemId)
                line = &l;
        }
        if (!line || line->voided)
            return Error::validation(u"items"_s, u"Order %1 has no line %2 to move"_s.arg(o.number).arg(p.itemId.left(20)));
        taken[line->id] += p.qty;
        if (taken[line->id] > line->qty)
            return Error::validation(u"items"_s, u"%1 has %2, not %3"_s.arg(line->name).arg(line->qty).arg(taken[line->id]));
        out.append({*line, p.qty});
    }
    return out;
}

/// Moves the picked lines to `toOrderId`; `remaining` tracks each source line's quantity as parts
/// of it leave.
Status moveLines(RequestContext &ctx, const QList<std::pair<OrderLine, int>> &lines, const QString &toOrderId,
                 QHash<QString, int> &remaining)
{
    for (auto [line, qty] : lines) {
        line.qty = remaining.value(line.id, line.qty);
        if (auto s = OrderRepository(ctx.db).moveLine(line, qty, toOrderId); !s)
            return s;
        remaining[line.id] = line.qty - qty;
    }
    return {};
}

/// A QR shown for the old total must not be paid once lines leave or join the bill.
Status billChanged(RequestContext &ctx, const Order &o)
{
    return o.status == OrderStatus::Checkout ? failPendingPayments(ctx, o.id, u"superseded"_s) : Status{};
}

/// The order's status as its lines now say: a check that got lines already sent is being served.
Status followLines(RequestContext &ctx, Order &o)
{
    const bool sent = std::any_of(o.items.begin(), o.items.end(), [](const OrderLine &l) { return !l.voided && l.isSent(); });
    if (o.status == OrderStatus::Open && sent)
        return changeOrderStatus(ctx, o, OrderStatus::Serving);
    return {};
}

/// Cancels an order its lines left (merged, or every line moved); its table follows its checks.
Status closeEmpty(RequestContext &ctx, const QString &orderId, const QString &reason)
{
    auto emptied = refreshTotals(ctx, orderId);
    if (!emptied)
        return emptied.error();
    const OrderStatus from = emptied->status;
    if (auto s = changeOrderStatus(ctx, *emptied, OrderStatus::Cancelled); !s)
        return s;
    if (auto s = audit(ctx, u"order.cancel"_s, u"order"_s, orderId, QJsonObject{{u"status"_s, enumName(from)}},
                       QJsonObject{{u"status"_s, u"CANCELLED"_s}, {u"reason"_s, reason}});
        !s)
        return s;
    return emitOrderUpdated(ctx, *emptied);
}

QJsonArray partsJson(const QList<std::pair<OrderLine, int>> &lines)
{
    QJsonArray out;
    for (const auto &[line, qty] : lines)
        out.append(QJsonObject{{u"item_id"_s, line.id}, {u"name"_s, line.name}, {u"qty"_s, qty}});
    return out;
}

ApiResult splitOrder(RequestContext &ctx)
{
    auto req = SplitRequest::fromJson(ctx.body);
    if (!req)
        return req.error();
    OrderRepository orders(ctx.db);
    auto order = orders.loadLocked(ctx.param(u"id"_s), ctx.state.shop.tax);
    if (!order)
        return order.error();
    if (auto s = checkLinesCanMove(*order); !s)
        return s.error();
    QHash<QString, int> taken;
    QList<QList<std::pair<OrderLine, int>>> parts;
    for (const QList<LinePart> &part : std::as_const(req->parts)) {
        auto lines = pickLines(*order, part, taken);
        if (!lines)
            return lines.error();
        parts.append(*lines);
    }
    int left = 0;
    for (const OrderLine &l : order->items)
        left += l.voided ? 0 : l.qty - taken.value(l.id);
    if (left <= 0)
        return Error::validation(u"parts"_s, u"The original check must keep at least one line"_s);
    if (auto s = billChanged(ctx, *order); !s)
        return s.error();

    QHash<QString, int> remaining;
    QJsonArray created;
    QJsonArray auditParts;
    for (const auto &lines : std::as_const(parts)) {
        // A check of the same kind at the same place, its parent named; a takeaway's keeps the bag's code.
        Order check;
        check.tableId = order->tableId;
        check.type = order->type;
        check.channel = order->channel;
        check.channelRef = order->channelRef;
        check.customerName = order->customerName;
        check.pickupCode = order->pickupCode;
        check.parentOrderId = order->id;
        auto opened = openOrder(ctx, check, nullptr);
        if (!opened)
            return opened.error();
        if (auto s = moveLines(ctx, lines, opened->id, remaining); !s)
            return s.error();
        auto child = refreshTotals(ctx, opened->id);
        if (!child)
            return child.error();
        // The check is as far along as the bill it came from.
        for (const OrderStatus step : {OrderStatus::Serving, OrderStatus::Checkout}) {
            if (child->status != order->status && (step == OrderStatus::Serving || order->status == OrderStatus::Checkout)) {
                if (auto s = changeOrderStatus(ctx, *child, step); !s)
                    return s.error();
            }
        }
        if (auto s = emitOrderUpdated(ctx, *child); !s)
            return s.error();
        created.append(child->toJson());
        auditParts.append(QJsonObject{{u"order_id"_s, child->id}, {u"items"_s, partsJson(lines)}});
    }
    auto parent = refreshTotals(ctx, order->id);
    if (!parent)
        return parent.error();
    if (auto s = audit(ctx, u"order.split"_s, u"order"_s, order->id, QJsonObject{{u"total"_s, order->totals.total.toString()}},
                       QJsonObject{{u"total"_s, parent->totals.total.toString()}, {u"parts"_s, auditParts}});
        !s)
        return s.error();
    if (auto s = emitOrderUpdated(ctx, *parent); !s)
        return s.error();
    if (!parent->tableId.isEmpty()) { // every till learns the table now holds several checks
        if (auto s = announceTable(ctx, parent->tableId); !s)
            return s.error();
    }
    return ApiResult::ok(QJsonObject{{u"order"_s, parent->toJson()}, {u"new_orders"_s, created}}, 201);
}

ApiResult mergeOrder(RequestContext &ctx)
{
    JsonReader r(ctx.body);
    const QString otherId = r.id(u"order_id"_s, Presence::Required);
    if (!r.ok())
        return r.error();
    const QString id = ctx.param(u"id"_s);
    if (otherId == id)
        return Error::validation(u"order_id"_s, u"An order cannot be merged into itself"_s);
    OrderRepository orders(ctx.db);
    // Locked in id order, so two merges the other way round cannot deadlock.
    for (const QString &lockId : id.toLongLong() < otherId.toLongLong() ? QStringList{id, otherId} : QStringList{otherId, id}) {
        if (auto s = orders.lock(lockId); !s)
            return s.error();
    }
    auto order = orders.load(id, ctx.state.shop.tax);
    if (!order)
        return order.error();
    auto other = orders.load(otherId, ctx.state.shop.tax);
    if (!other)
        return other.error();
    for (const Order *o : {&*order, &*other}) {
        if (auto s = checkLinesCanMove(*o); !s)
            return s.error();
        if (auto s = billChanged(ctx, *o); !s)
            return s.error();
    }
    if (auto s = orders.moveAllLines(other->id, order->id); !s)
        return s.error();
    const QString reason = u"merged into #%1"_s.arg(order->number);
    if (auto s = closeEmpty(ctx, other->id, reason); !s)
        return s.error();
    auto merged = refreshTotals(ctx, order->id);
    if (!merged)
        return merged.error();
    if (auto s = followLines(ctx, *merged); !s)
        return s.error();
    if (auto s = audit(ctx, u"order.merge"_s, u"order"_s, order->id, QJsonObject{{u"total"_s, order->totals.total.toString()}},
                       QJsonObject{{u"merged_order_id"_s, other->id}, {u"total"_s, merged->totals.total.toString()}});
        !s)
        return s.error();
    return answerOrderUpdated(ctx, *merged);
}

ApiResult moveItems(RequestContext &ctx)
{
    auto req = MoveItemsRequest::fromJson(ctx.body);
    if (!req)
        return req.error();
    OrderRepository orders(ctx.db);
    const QString id = ctx.param(u"id"_s);
    if (req->toOrderId == id)
        return Error::validation(u"to_order_id"_s, u"The lines are already on this order"_s);
    QStringList locks{id};
    if (!req->toOrderId.isEmpty())
        locks.append(req->toOrderId);
    std::sort(locks.begin(), locks.end(), [](const QString &a, const QString &b) { return a.toLongLong() < b.toLongLong(); });
    for (const QString &lockId : std::as_const(locks)) {
        if (auto s = orders.lock(lockId); !s)
            return s.error();
    }
    auto source = orders.load(id, ctx.state.shop.tax);
    if (!source)
        return source.error();
    if (auto s = checkLinesCanMove(*source); !s)
        return s.error();
    QHash<QString, int> taken;
    auto lines = pickLines(*source, req->items, taken);
    if (!lines)
        return lines.error();
    if (auto s = billChanged(ctx, *source); !s)
        return s.error();

    QString targetId = req->toOrderId;
    if (!targetId.isEmpty()) {
        auto target = orders.load(targetId, ctx.state.shop.tax);
        if (!target)
            return target.error();
        if (auto s = checkLinesCanMove(*target); !s)
            return s.error();
        if (auto s = billChanged(ctx, *target); !s)
            return s.error();
    } else {
        // A vacant table: the lines open its order.
        auto table = FloorPlanRepository(ctx.db).table(req->toTableId);
        if (!table)
            return table.error();
        if (!table->orderId.isEmpty() || (table->status != TableStatus::Vacant && table->status != TableStatus::Seated))
            return Error{ErrorCode::TableOccupied, u"Table %1 is not free"_s.arg(table->name), QJsonObject{{u"table_id"_s, table->id}}};
        Order fresh;
        fresh.tableId = table->id;
        fresh.guests = 1;
        auto opened = openOrder(ctx, fresh, &*table);
        if (!opened)
            return opened.error();
        targetId = opened->id;
    }
    QHash<QString, int> remaining;
    if (auto s = moveLines(ctx, *lines, targetId, remaining); !s)
        return s.error();
    auto target = refreshTotals(ctx, targetId);
    if (!target)
        return target.error();
    if (auto s = followLines(ctx, *target); !s)
        return s.error();
    auto rest = refreshTotals(ctx, source->id);
    if (!rest)
        return rest.error();
    const bool emptied = std::none_of(rest->items.begin(), rest->items.end(), [](const OrderLine &l) { return !l.voided; });
    if (emptied) {
        if (auto s = closeEmpty(ctx, rest->id, u"moved"_s); !s)
            return s.error();
        rest = orders.load(source->id, ctx.state.shop.tax);
        if (!rest)
            return rest.error();
    } else if (auto s = emitOrderUpdated(ctx, *rest); !s) {
        return s.error();
    }
    if (auto s = audit(ctx, u"order.items.move"_s, u"order"_s, source->id, {},
                       QJsonObject{{u"to_order_id"_s, targetId}, {u"items"_s, partsJson(*lines)}});
        !s)
        return s.error();
    if (auto s = emitOrderUpdated(ctx, *target); !s)
        return s.error();
    return ApiResult::ok(QJsonObject{{u"order"_s, rest->toJson()}, {u"to_order"_s, target->toJson()}});
}

} // namespace

void registerBillRoutes(Router &router)
{
    const Permission staff = Permission::only({Role::Waiter, Role::Cashier});
    router.post(u"/api/v1/orders/{id}/split"_s, staff, Idempotency::Required, splitOrder);
    router.post(u"/api/v1/orders/{id}/merge"_s, staff, Idempotency::Required, mergeOrder);
    router.post(u"/api/v1/orders/{id}/items/move"_s, staff, Idempotency::Required, moveItems);
}

} // namespace tavola::server
