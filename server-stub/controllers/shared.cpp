// Data access shared by the controllers.
#include "controllers.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tavola::server {

Status audit(RequestContext &ctx, const QString &action, const QString &entity, const QString &entityId,
             const QJsonValue &before, const QJsonValue &after)
{
    auto text = [](const QJsonValue &v) -> QVariant {
        if (v.isUndefined() || v.isNull())
            return sqlNull();
        return v.isObject() ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
                            : QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    };
    auto r = ctx.db.exec(u"INSERT INTO audit_log (at, actor_id, actor_name, action, entity, entity_id, before_json, after_json, request_id) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                         {toMs(ctx.now), ctx.user ? QVariant(ctx.user->id) : sqlNull(),
                          ctx.user ? ctx.user->username : ctx.http.path.endsWith(u"/payments/webhook"_s) ? u"gateway"_s : u"public"_s, action, entity, entityId, text(before), text(after), ctx.requestId});
    if (!r)
        return r.error();
    return {};
}

Result<QList<Row>> newestRows(const RequestContext &ctx, QString sql, const QVariantList &binds, int fallback, int max)
{
    int limit = fallback;
    if (const QString text = ctx.http.query.queryItemValue(u"limit"_s); !text.isEmpty()) {
        bool ok = false;
        limit = text.toInt(&ok);
        if (!ok || limit < 1 || limit > max)
            return Error::validation(u"limit"_s, u"limit must be between 1 and %1"_s.arg(max));
    }
    sql += u" ORDER BY id DESC LIMIT %1"_s.arg(limit);
    return ctx.db.rows(sql, binds);
}

Result<Menu> loadMenu(Database &db, bool includeInactive)
{
    Menu menu;
    auto version = db.scalar(u"SELECT version FROM menu_meta WHERE id = 1"_s);
    if (!version)
        return version.error();
    menu.version = version->toLongLong();
    auto cats = db.rows(u"SELECT id, name, name_th, sort FROM categories ORDER BY sort, id"_s);
    if (!cats)
        return cats.error();
    for (const Row &r : *cats)
        menu.categories.append(Category{r.value(u"id"_s).toString(), r.value(u"name"_s).toString(),
                                        r.value(u"name_th"_s).toString(), r.value(u"sort"_s).toInt()});
    auto items = db.rows(includeInactive ? u"SELECT * FROM menu_items ORDER BY sort, id"_s
                                         : u"SELECT * FROM menu_items WHERE active = 1 ORDER BY sort, id"_s);
    if (!items)
        return items.error();
    auto mods = db.rows(u"SELECT id, item_id, name, name_th, price FROM modifiers WHERE active = 1 ORDER BY sort, id"_s);
    if (!mods)
        return mods.error();
    QHash<QString, QList<Modifier>> byItem;
    for (const Row &m : *mods)
        byItem[m.value(u"item_id"_s).toString()].append(Modifier{m.value(u"id"_s).toString(), m.value(u"name"_s).toString(),
                                                                   m.value(u"name_th"_s).toString(),
                                                                   Money::fromSatang(m.value(u"price"_s).toLongLong())});
    for (const Row &r : *items) {
        MenuItem i;
        i.id = r.value(u"id"_s).toString();
        i.categoryId = r.value(u"category_id"_s).toString();
        i.name = r.value(u"name"_s).toString();
        i.nameTh = r.value(u"name_th"_s).toString();
        i.price = Money::fromSatang(r.value(u"price"_s).toLongLong());
        i.available = r.value(u"available"_s).toInt() != 0 && r.value(u"active"_s).toInt() != 0;
        i.station = enumFromName<Station>(r.value(u"station"_s).toString()).value_or(Station::Kitchen);
        i.modifiers = byItem.value(i.id);
        menu.items.append(i);
    }
    return menu;
}

namespace {
Table tableFromRow(const Row &r)
{
    Table t;
    t.id = r.value(u"id"_s).toString();
    t.name = r.value(u"name"_s).toString();
    t.zoneId = r.value(u"zone_id"_s).toString();
    t.seats = r.value(u"seats"_s).toInt();
    t.shape = enumFromName<TableShape>(r.value(u"shape"_s).toString()).value_or(TableShape::Rect);
    t.x = r.value(u"x"_s).toDouble();
    t.y = r.value(u"y"_s).toDouble();
    t.w = r.value(u"w"_s).toDouble();
    t.h = r.value(u"h"_s).toDouble();
    t.rotation = r.value(u"rotation"_s).toDouble();
    t.status = enumFromName<TableStatus>(r.value(u"status"_s).toString()).value_or(TableStatus::Vacant);
    t.orderId = r.value(u"order_id"_s).toString();
    t.guests = r.value(u"guests"_s).toInt();
    t.seatedAt = fromMs(r.value(u"seated_at"_s));
    return t;
}
} // namespace

Result<FloorPlan> loadFloorPlan(Database &db)
{
    FloorPlan plan;
    auto version = db.scalar(u"SELECT version FROM floor_plan WHERE id = 1"_s);
    if (!version)
        return version.error();
    plan.version = version->toLongLong();
    auto zones = db.rows(u"SELECT id, name FROM zones ORDER BY sort, id"_s);
    if (!zones)
        return zones.error();
    for (const Row &z : *zones)
        plan.zones.append(Zone{z.value(u"id"_s).toString(), z.value(u"name"_s).toString()});
    auto tables = db.rows(u"SELECT * FROM dining_tables WHERE active = 1 ORDER BY sort, id"_s);
    if (!tables)
        return tables.error();
    for (const Row &r : *tables)
        plan.tables.append(tableFromRow(r));
    return plan;
}

Result<Table> loadTable(Database &db, const QString &id)
{
    auto row = db.row(u"SELECT * FROM dining_tables WHERE id = ? AND active = 1"_s, {id}, u"No table with id %1"_s.arg(id));
    if (!row)
        return row.error();
    return tableFromRow(*row);
}

Result<Order> loadOrder(Database &db, const QString &id, const TaxSettings &tax)
{
    bool numeric = false;
    id.toLongLong(&numeric);
    if (!numeric)
        return Error{ErrorCode::NotFound, u"No order with id %1"_s.arg(id.left(40)), {}};
    auto row = db.row(u"SELECT * FROM orders WHERE id = ?"_s, {id.toLongLong()}, u"No order with id %1"_s.arg(id));
    if (!row)
        return row.error();
    const Row &r = *row;
    Order o;
    o.id = r.value(u"id"_s).toString();
    o.number = r.value(u"number"_s).toLongLong();
    o.tableId = r.value(u"table_id"_s).toString();
    o.isTakeaway = r.value(u"is_takeaway"_s).toInt() != 0;
    o.guests = r.value(u"guests"_s).toInt();
    o.status = enumFromName<OrderStatus>(r.value(u"status"_s).toString()).value_or(OrderStatus::Open);
    if (const auto type = enumFromName<DiscountType>(r.value(u"discount_type"_s).toString())) {
        o.discount.type = *type;
        if (*type == DiscountType::Percent)
            o.discount.percentBasisPoints = r.value(u"discount_value"_s).toLongLong();
        else
            o.discount.amount = Money::fromSatang(r.value(u"discount_value"_s).toLongLong());
        o.discount.reason = r.value(u"discount_reason"_s).toString();
    }
    o.receiptNumber = r.value(u"receipt_number"_s).toString();
    o.createdAt = fromMs(r.value(u"created_at"_s));
    o.updatedAt = fromMs(r.value(u"updated_at"_s));
    o.paidAt = fromMs(r.value(u"paid_at"_s));
    auto lines = db.rows(u"SELECT * FROM order_lines WHERE order_id = ? ORDER BY id"_s, {o.id.toLongLong()});
    if (!lines)
        return lines.error();
    for (const Row &l : *lines) {
        OrderLine line;
        line.id = l.value(u"id"_s).toString();
        line.menuId = l.value(u"menu_id"_s).toString();
        line.name = l.value(u"name"_s).toString();
        line.nameTh = l.value(u"name_th"_s).toString();
        line.qty = l.value(u"qty"_s).toInt();
        line.unitPrice = Money::fromSatang(l.value(u"unit_price"_s).toLongLong());
        const QJsonArray mods = QJsonDocument::fromJson(l.value(u"modifiers"_s).toString().toUtf8()).array();
        for (const auto &m : mods) {
            const QJsonObject mo = m.toObject();
            line.modifiers.append(LineModifier{mo.value(u"id"_s).toString(), mo.value(u"name"_s).toString(),
                                               Money::fromSatang(mo.value(u"price"_s).toInteger())});
        }
        line.note = l.value(u"note"_s).toString();
        line.kitchenStatus = enumFromName<KitchenStatus>(l.value(u"kitchen_status"_s).toString());
        line.voided = l.value(u"voided"_s).toInt() != 0;
        line.voidReason = l.value(u"void_reason"_s).toString();
        o.items.append(line);
    }
    if (o.status == OrderStatus::Paid || o.status == OrderStatus::Cancelled) {
        // A closed bill keeps the totals it was closed with, whatever the settings are now.
        o.totals.subtotal = Money::fromSatang(r.value(u"subtotal"_s).toLongLong());
        o.totals.discount = Money::fromSatang(r.value(u"discount"_s).toLongLong());
        o.totals.serviceCharge = Money::fromSatang(r.value(u"service_charge"_s).toLongLong());
        o.totals.vat = Money::fromSatang(r.value(u"vat"_s).toLongLong());
        o.totals.total = Money::fromSatang(r.value(u"total"_s).toLongLong());
        o.totals.food = o.totals.subtotal - o.totals.discount;
        o.totals.net = o.totals.total - o.totals.vat;
    } else {
        o.recompute(tax);
    }
    return o;
}

Status saveOrderHeader(RequestContext &ctx, const Order &o)
{
    QVariant discountType = sqlNull();
    qint64 discountValue = 0;
    if (!o.discount.isNone()) {
        discountType = enumName(o.discount.type);
        discountValue = o.discount.type == DiscountType::Percent ? o.discount.percentBasisPoints : o.discount.amount.satang();
    }
    auto r = ctx.db.exec(u"UPDATE orders SET status = ?, table_id = ?, guests = ?, discount_type = ?, discount_value = ?, discount_reason = ?, "
                         "subtotal = ?, discount = ?, service_charge = ?, vat = ?, total = ?, updated_at = ? WHERE id = ?"_s,
                         {enumName(o.status), nullIfEmpty(o.tableId), o.guests,
                          discountType, discountValue, o.discount.reason, o.totals.subtotal.satang(), o.totals.discount.satang(),
                          o.totals.serviceCharge.satang(), o.totals.vat.satang(), o.totals.total.satang(), toMs(ctx.now),
                          o.id.toLongLong()});
    if (!r)
        return r.error();
    return {};
}

Status setTableState(RequestContext &ctx, const QString &tableId, TableStatus status, const QString &orderId, int guests,
                     const QDateTime &seatedAt)
{
    auto table = loadTable(ctx.db, tableId);
    if (!table)
        return table.error();
    if (table->status != status) {
        if (auto s = checkTransition(table->status, status); !s)
            return s;
    }
    auto r = ctx.db.exec(u"UPDATE dining_tables SET status = ?, order_id = ?, guests = ?, seated_at = ? WHERE id = ?"_s,
                         {enumName(status), nullIfEmpty(orderId), guests,
                          seatedAt.isValid() ? QVariant(toMs(seatedAt)) : sqlNull(), tableId});
    if (!r)
        return r.error();
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
    auto managers = ctx.db.rows(u"SELECT username, pin_hash FROM users WHERE role IN ('manager', 'admin') AND active = 1 AND pin_hash IS NOT NULL"_s);
    if (!managers)
        return managers.error();
    for (const Row &m : *managers) {
        if (verifySecret(pin, m.value(u"pin_hash"_s).toString()))
            return m.value(u"username"_s).toString();
    }
    ctx.state.limiter.hit(key, ctx.state.config.loginFailuresPerMinute, toMs(ctx.now));
    return Error{ErrorCode::Forbidden, u"That is not a manager's PIN"_s, {}};
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
        auto table = loadTable(ctx.db, order.tableId);
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
        case OrderStatus::Open:
            break;
        }
    }
    return ctx.events.emitEvent(u"order.status_changed"_s,
                                {{u"order_id"_s, order.id},
                                 {u"status"_s, enumName(to)},
                                 {u"table_id"_s, order.tableId.isEmpty() ? QJsonValue() : QJsonValue(order.tableId)}});
}

} // namespace tavola::server
