// /api/v1/orders — open, add items, send to the kitchen, void, discount, checkout, reopen,
// cancel, move. Every change: one transaction with its audit row and events.
#include "controllers.h"
#include "domain/requests.h"

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

Result<Order> orderFor(RequestContext &ctx)
{
    return OrderRepository(ctx.db).load(ctx.param(u"id"_s), ctx.state.shop.tax);
}

ApiResult orderResult(RequestContext &ctx, const QString &id, int status = 200)
{
    auto o = OrderRepository(ctx.db).load(id, ctx.state.shop.tax);
    if (!o)
        return o.error();
    return ApiResult::ok(o->toJson(), status);
}

TableStatus tableStatusFor(OrderStatus s)
{
    switch (s) {
    case OrderStatus::Serving: return TableStatus::Serving;
    case OrderStatus::Checkout: return TableStatus::Checkout;
    default: return TableStatus::Seated;
    }
}

ApiResult createOrder(RequestContext &ctx)
{
    auto req = CreateOrderRequest::fromJson(ctx.body);
    if (!req)
        return req.error();
    std::optional<Table> table;
    if (!req->isTakeaway) {
        auto t = FloorPlanRepository(ctx.db).table(req->tableId);
        if (!t)
            return t.error();
        if (!t->orderId.isEmpty())
            return Error{ErrorCode::TableOccupied, u"Table %1 already has an open order"_s.arg(t->name),
                         QJsonObject{{u"order_id"_s, t->orderId}, {u"table_id"_s, t->id}}};
        if (t->status != TableStatus::Seated) {
            if (auto s = checkTransition(t->status, TableStatus::Seated); !s)
                return s.error();
        }
        if (auto s = t->checkGuests(req->guests); !s)
            return s.error();
        table = *t;
    }
    const QString day = ctx.state.businessDay(ctx.now);
    Order fresh;
    fresh.tableId = table ? table->id : QString();
    fresh.type = req->type;
    fresh.channel = req->channel;
    fresh.channelRef = req->channelRef;
    fresh.customerName = req->customerName;
    fresh.guests = req->guests;
    if (req->type != OrderType::DineIn) {
        // Takeaway T001…, delivery D001…: called out at the counter and written on the bag.
        const QString prefix = req->type == OrderType::Takeaway ? u"T"_s : u"D"_s;
        auto n = ctx.db.nextCounter(u"pickup:%1:%2"_s.arg(day, prefix));
        if (!n)
            return n.error();
        fresh.pickupCode = prefix + QString::number(*n).rightJustified(3, u'0');
    }
    auto order = openOrder(ctx, fresh, table ? &*table : nullptr);
    if (!order)
        return order.error();
    return ApiResult::ok(order->toJson(), 201);
}

/// The order history: filters `status`, `type`, `table_id`, `from`/`to` (business days), `q` (a
/// receipt number, order number, pickup code, channel ref or table name), paged newest first with
/// `limit` and `before` (the last id of the previous page).
ApiResult listOrders(RequestContext &ctx)
{
    const QUrlQuery &query = ctx.http.query;
    OrderRepository::HistoryQuery q;
    auto statuses = parseStatusList<OrderStatus>(query.queryItemValue(u"status"_s));
    if (!statuses)
        return statuses.error();
    q.statuses = *statuses;
    auto limit = listLimit(ctx, 200, 1000);
    if (!limit)
        return limit.error();
    q.limit = *limit;
    q.tableId = query.queryItemValue(u"table_id"_s);
    q.type = query.queryItemValue(u"type"_s);
    if (!q.type.isEmpty() && !enumFromName<OrderType>(q.type))
        return Error::validation(u"type"_s, u"type must be one of %1"_s.arg(enumChoices<OrderType>()));
    for (const auto &[key, out] : {std::pair{u"from"_s, &q.fromDay}, std::pair{u"to"_s, &q.toDay}}) {
        auto day = businessDayParam(ctx, key);
        if (!day)
            return day.error();
        *out = *day;
    }
    q.text = query.queryItemValue(u"q"_s).trimmed().left(60);
    if (const QString before = query.queryItemValue(u"before"_s); !before.isEmpty()) {
        bool ok = false;
        q.beforeId = before.toLongLong(&ok);
        if (!ok || q.beforeId <= 0 || QString::number(q.beforeId) != before)
            return Error::validation(u"before"_s, u"before must be an order id"_s);
    }
    auto ids = OrderRepository(ctx.db).history(q);
    if (!ids)
        return ids.error();
    QJsonArray out;
    for (const QString &id : *ids) {
        auto o = OrderRepository(ctx.db).load(id, ctx.state.shop.tax);
        if (!o)
            return o.error();
        out.append(o->toJson());
    }
    return ApiResult::ok(QJsonObject{{u"orders"_s, out}});
}

ApiResult getOrder(RequestContext &ctx)
{
    auto o = orderFor(ctx);
    if (!o)
        return o.error();
    return ApiResult::ok(o->toJson());
}

ApiResult addItems(RequestContext &ctx)
{
    auto order = orderFor(ctx);
    if (!order)
        return order.error();
    auto req = AddItemsRequest::fromJson(ctx.body);
    if (!req)
        return req.error();
    if (auto s = order->checkEditable(); !s)
        return s.error();
    auto menu = wholeMenu(ctx);
    if (!menu)
        return menu.error();
    for (qsizetype i = 0; i < req->items.size(); ++i) {
        const AddItemRequest &add = req->items[i];
        const MenuItem *item = (*menu)->item(add.menuId);
        const QString at = u"items[%1]"_s.arg(i);
        if (!item)
            return Error::validation(at + u".menu_id"_s, u"No menu item with id %1"_s.arg(add.menuId));
        if (!item->available)
            return Error{ErrorCode::ItemUnavailable, u"%1 is not available right now"_s.arg(item->name),
                         QJsonObject{{u"menu_id"_s, item->id}, {u"field"_s, QString(at + u".menu_id"_s)}}};
        QList<Modifier> mods;
        Money unit = item->price;
        for (qsizetype k = 0; k < add.modifierIds.size(); ++k) {
            const Modifier *m = item->modifier(add.modifierIds[k]);
            if (!m)
                return Error::validation(u"%1.modifier_ids[%2]"_s.arg(at).arg(k),
                                         u"Modifier %1 does not belong to %2"_s.arg(add.modifierIds[k], item->name));
            mods.append(*m);
            unit = unit + m->price;
        }
        // Each group's choices: a required one chosen, no more than its max.
        if (auto s = item->checkChoices(add.modifierIds, at + u".modifier_ids"_s); !s)
            return s.error();
        if (auto s = OrderRepository(ctx.db).insertLine(order->id, *item, add, mods, unit, ctx.now); !s)
            return s.error();
    }
    auto updated = refreshTotals(ctx, order->id);
    if (!updated)
        return updated.error();
    if (auto s = audit(ctx, u"order.items.add"_s, u"order"_s, order->id, QJsonObject{{u"total"_s, order->totals.total.toString()}},
                       QJsonObject{{u"items"_s, ctx.body.value(u"items"_s)}, {u"total"_s, updated->totals.total.toString()}});
        !s)
        return s.error();
    return answerOrderUpdated(ctx, *updated);
}

/// Creates one kitchen ticket per station for `lines` and emits kitchen.ticket_created. Returns
/// the tickets: the answer carries them as `kitchen_tickets`, so the till that sent (or voided)
/// prints each on its station's printer, with or without a kitchen display.
Result<QJsonArray> createKitchenTickets(RequestContext &ctx, const Order &order, const QList<const OrderLine *> &lines, bool isVoid)
{
    QJsonArray created;
    OrderRepository orders(ctx.db);
    KitchenRepository kitchen(ctx.db);
    QMap<QString, QList<const OrderLine *>> byStation;
    for (const OrderLine *l : lines) {
        auto station = orders.lineStation(l->id);
        if (!station)
            return station.error();
        byStation[*station].append(l);
    }
    for (auto it = byStation.cbegin(); it != byStation.cend(); ++it) {
        auto ticketId = kitchen.insertTicket(order.id, it.key(), isVoid, ctx.now);
        if (!ticketId)
            return ticketId.error();
        for (const OrderLine *l : it.value()) {
            QStringList mods;
            for (const auto &m : l->modifiers)
                mods << m.name;
            if (auto s = kitchen.insertItem(*ticketId, l->id, l->name, l->qty, mods, l->note); !s)
                return s.error();
            if (!isVoid) {
                if (auto s = orders.markLineSent(l->id); !s)
                    return s.error();
            }
        }
        auto ticket = kitchen.load(*ticketId);
        if (!ticket)
            return ticket.error();
        const QJsonObject json = ticket->toJson(ctx.now);
        if (auto s = ctx.events.emitEvent(u"kitchen.ticket_created"_s, json); !s)
            return s.error();
        created.append(json);
    }
    return created;
}

/// An order's answer with the kitchen tickets the request made.
ApiResult withTickets(ApiResult result, const QJsonArray &tickets)
{
    if (result.error || !result.data.isObject() || tickets.isEmpty())
        return result;
    QJsonObject o = result.data.toObject();
    o.insert(u"kitchen_tickets"_s, tickets);
    result.data = o;
    return result;
}

ApiResult sendToKitchen(RequestContext &ctx)
{
    auto order = orderFor(ctx);
    if (!order)
        return order.error();
    if (auto s = order->checkEditable(); !s)
        return s.error();
    QList<const OrderLine *> unsent;
    for (const OrderLine &l : order->items) {
        if (!l.voided && !l.isSent())
            unsent.append(&l);
    }
    if (unsent.isEmpty() && order->status == OrderStatus::Open)
        return Error::validation(u"items"_s, u"Order %1 has no items to send to the kitchen yet"_s.arg(order->number));
    auto tickets = createKitchenTickets(ctx, *order, unsent, false);
    if (!tickets)
        return tickets.error();
    if (order->status == OrderStatus::Open) {
        if (auto s = changeOrderStatus(ctx, *order, OrderStatus::Serving); !s)
            return s.error();
    }
    if (auto s = audit(ctx, u"order.send"_s, u"order"_s, order->id, {}, QJsonObject{{u"lines"_s, unsent.size()}}); !s)
        return s.error();
    // The lines sent are NEW in the kitchen now (createKitchenTickets saved it): the order as
    // changed is the order as saved, without reading it again.
    for (const OrderLine *sent : unsent) {
        if (OrderLine *line = order->line(sent->id))
            line->kitchenStatus = KitchenStatus::New;
    }
    return withTickets(answerOrderUpdated(ctx, *order), *tickets);
}

ApiResult voidItem(RequestContext &ctx)
{
    auto approver = managerApproval(ctx, u"Voiding an item"_s);
    if (!approver)
        return approver.error();
    auto order = orderFor(ctx);
    if (!order)
        return order.error();
    auto req = ReasonRequest::fromJson(ctx.body);
    if (!req)
        return req.error();
    if (auto s = order->checkEditable(); !s)
        return s.error();
    if (auto s = order->checkNothingPaid(); !s)
        return s.error();
    OrderLine *line = order->line(ctx.param(u"item_id"_s));
    if (!line)
        return Error{ErrorCode::NotFound, u"Order %1 has no item %2"_s.arg(order->number).arg(ctx.param(u"item_id"_s)), {}};
    if (line->voided)
        return Error{ErrorCode::InvalidTransition, u"%1 is already voided"_s.arg(line->name), {}};
    const QJsonObject before = line->toJson();
    if (auto s = OrderRepository(ctx.db).voidLine(line->id, req->reason); !s)
        return s.error();
    QJsonArray tickets;
    if (line->isSent() && line->kitchenStatus != KitchenStatus::Served) {
        auto made = createKitchenTickets(ctx, *order, {line}, true);
        if (!made)
            return made.error();
        tickets = *made;
    }
    auto updated = refreshTotals(ctx, order->id);
    if (!updated)
        return updated.error();
    if (auto s = audit(
            ctx, u"order.item.void"_s, u"order_line"_s, line->id, before,
            QJsonObject{{u"voided"_s, true}, {u"reason"_s, req->reason}, {u"approved_by"_s, *approver}, {u"order_id"_s, order->id}});
        !s)
        return s.error();
    return withTickets(answerOrderUpdated(ctx, *updated), tickets);
}

ApiResult discountOrder(RequestContext &ctx)
{
    auto order = orderFor(ctx);
    if (!order)
        return order.error();
    auto req = DiscountRequest::fromJson(ctx.body);
    if (!req)
        return req.error();
    if (auto s = order->checkDiscountable(); !s)
        return s.error();
    if (req->discount.type == DiscountType::Amount && req->discount.amount > order->totals.subtotal)
        return Error::validation(u"value"_s,
                                 u"The discount %1 is more than the bill's subtotal %2"_s.arg(req->discount.amount.toString(),
                                                                                              order->totals.subtotal.toString()));
    const QJsonObject before{{u"discount"_s, order->totals.discount.toString()}, {u"total"_s, order->totals.total.toString()}};
    order->discount = req->discount;
    order->recompute(ctx.state.shop.tax);
    if (auto s = saveOrderHeader(ctx, *order); !s)
        return s.error();
    if (auto s = audit(ctx, u"order.discount"_s, u"order"_s, order->id, before,
                       QJsonObject{{u"type"_s, enumName(req->discount.type)},
                                   {u"value"_s, req->discount.valueString()},
                                   {u"reason"_s, req->discount.reason},
                                   {u"discount"_s, order->totals.discount.toString()},
                                   {u"total"_s, order->totals.total.toString()}});
        !s)
        return s.error();
    return answerOrderUpdated(ctx, *order);
}

ApiResult statusAction(RequestContext &ctx, OrderStatus to, const QString &action, bool needsReason)
{
    auto order = orderFor(ctx);
    if (!order)
        return order.error();
    QString reason;
    if (needsReason) {
        auto req = ReasonRequest::fromJson(ctx.body);
        if (!req)
            return req.error();
        reason = req->reason;
    }
    const OrderStatus from = order->status;
    if (to == OrderStatus::Checkout && from == OrderStatus::Serving) {
        for (const OrderLine &l : order->items) {
            if (!l.voided && !l.isSent())
                return Error{ErrorCode::OrderLocked,
                             u"%1 has not been sent to the kitchen yet; send or void it before the bill"_s.arg(l.name),
                             QJsonObject{{u"item_id"_s, l.id}}};
        }
    }
    QJsonArray tickets;
    if (to == OrderStatus::Cancelled) {
        if (auto s = order->checkNothingPaid(); !s)
            return s.error();
        // The kitchen stops making what was sent and not yet served.
        QList<const OrderLine *> cooking;
        for (const OrderLine &l : order->items) {
            if (!l.voided && l.isSent() && l.kitchenStatus != KitchenStatus::Served)
                cooking.append(&l);
        }
        auto made = createKitchenTickets(ctx, *order, cooking, true);
        if (!made)
            return made.error();
        tickets = *made;
    }
    if (auto s = changeOrderStatus(ctx, *order, to); !s)
        return s.error();
    if (auto s = audit(ctx, action, u"order"_s, order->id, QJsonObject{{u"status"_s, enumName(from)}},
                       reason.isEmpty() ? QJsonObject{{u"status"_s, enumName(to)}}
                                        : QJsonObject{{u"status"_s, enumName(to)}, {u"reason"_s, reason}});
        !s)
        return s.error();
    // The order as changed is the order as saved; a cancelled one is read again, as a closed bill
    // is read with the totals it was closed with.
    return withTickets(to == OrderStatus::Cancelled ? orderResult(ctx, order->id) : ApiResult::ok(order->toJson()), tickets);
}

ApiResult moveOrder(RequestContext &ctx)
{
    auto order = orderFor(ctx);
    if (!order)
        return order.error();
    auto req = TableIdRequest::fromJson(ctx.body);
    if (!req)
        return req.error();
    if (auto s = order->checkMovable(); !s)
        return s.error();
    if (req->tableId == order->tableId)
        return orderResult(ctx, order->id);
    auto target = FloorPlanRepository(ctx.db).table(req->tableId);
    if (!target)
        return target.error();
    if (!target->orderId.isEmpty() || target->status != TableStatus::Vacant)
        return Error{ErrorCode::TableOccupied, u"Table %1 is not free"_s.arg(target->name),
                     QJsonObject{{u"table_id"_s, target->id}, {u"status"_s, enumName(target->status)}}};
    const QString from = order->tableId;
    QDateTime seatedAt = ctx.now;
    if (!from.isEmpty()) {
        auto old = FloorPlanRepository(ctx.db).table(from);
        if (!old)
            return old.error();
        seatedAt = old->seatedAt.isValid() ? old->seatedAt : ctx.now;
        if (auto s = setTableState(ctx, from, TableStatus::Vacant, {}, 0, {}); !s)
            return s.error();
    }
    order->tableId = target->id;
    order->isTakeaway = false;
    if (auto s = saveOrderHeader(ctx, *order); !s)
        return s.error();
    if (auto s = setTableState(ctx, target->id, tableStatusFor(order->status), order->id, order->guests, seatedAt); !s)
        return s.error();
    if (auto s = audit(ctx, u"order.move"_s, u"order"_s, order->id, QJsonObject{{u"table_id"_s, from}},
                       QJsonObject{{u"table_id"_s, target->id}});
        !s)
        return s.error();
    auto updated = OrderRepository(ctx.db).load(order->id, ctx.state.shop.tax);
    if (!updated)
        return updated.error();
    return answerOrderUpdated(ctx, *updated);
}

} // namespace

void registerOrderRoutes(Router &router)
{
    const Permission floor = Permission::only({Role::Waiter, Role::Cashier});
    const Permission managers = Permission::only({Role::Manager});
    router.post(u"/api/v1/orders"_s, floor, Idempotency::Required, createOrder);
    router.get(u"/api/v1/orders"_s, Permission::anyStaff(), listOrders);
    router.get(u"/api/v1/orders/{id}"_s, Permission::anyStaff(), getOrder);
    router.post(u"/api/v1/orders/{id}/items"_s, floor, Idempotency::Required, addItems);
    router.post(u"/api/v1/orders/{id}/send"_s, floor, Idempotency::Optional, sendToKitchen);
    router.post(u"/api/v1/orders/{id}/items/{item_id}/void"_s, Permission::only({Role::Cashier, Role::Manager}), Idempotency::Optional,
                voidItem);
    router.post(u"/api/v1/orders/{id}/discount"_s, managers, Idempotency::Optional, discountOrder);
    router.post(u"/api/v1/orders/{id}/checkout"_s, floor, Idempotency::Optional,
                [](RequestContext &ctx) { return statusAction(ctx, OrderStatus::Checkout, u"order.checkout"_s, false); });
    router.post(u"/api/v1/orders/{id}/reopen"_s, managers, Idempotency::Optional,
                [](RequestContext &ctx) { return statusAction(ctx, OrderStatus::Serving, u"order.reopen"_s, false); });
    router.post(u"/api/v1/orders/{id}/cancel"_s, managers, Idempotency::Optional,
                [](RequestContext &ctx) { return statusAction(ctx, OrderStatus::Cancelled, u"order.cancel"_s, true); });
    router.post(u"/api/v1/orders/{id}/move"_s, floor, Idempotency::Optional, moveOrder);
}

} // namespace tavola::server
