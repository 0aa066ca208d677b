#include "storage/orderrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

// An order is read on almost every request: its columns are named once and read by position
// (no map of every column per row).
enum OrderColumn {
    OId,
    ONumber,
    OTableId,
    OIsTakeaway,
    OType,
    OChannel,
    OChannelRef,
    OCustomerName,
    OPickupCode,
    OParentOrderId,
    OGuests,
    OStatus,
    ODiscountType,
    ODiscountValue,
    ODiscountReason,
    OReceiptNumber,
    OCreatedAt,
    OUpdatedAt,
    OPaidAt,
    OSubtotal,
    ODiscount,
    OServiceCharge,
    OVat,
    OTotal,
    OrderColumns
};
const QString selectOrder =
    u"SELECT id, number, table_id, is_takeaway, type, channel, channel_ref, customer_name, pickup_code, parent_order_id, guests, "
    "status, discount_type, discount_value, discount_reason, receipt_number, created_at, updated_at, paid_at, subtotal, discount, "
    "service_charge, vat, total FROM orders WHERE id = ?"_s;

enum LineColumn { LId, LMenuId, LName, LNameTh, LQty, LUnitPrice, LModifiers, LNote, LKitchenStatus, LVoided, LVoidReason };
const QString selectLines = u"SELECT id, menu_id, name, name_th, qty, unit_price, modifiers, note, kitchen_status, voided, void_reason "
                            "FROM order_lines WHERE order_id = ? ORDER BY id"_s;

OrderLine lineFrom(const sqlite::Rows &l)
{
    OrderLine line;
    line.id = l.value(LId).toString();
    line.menuId = l.value(LMenuId).toString();
    line.name = l.value(LName).toString();
    line.nameTh = l.value(LNameTh).toString();
    line.qty = l.value(LQty).toInt();
    line.unitPrice = Money::fromSatang(l.value(LUnitPrice).toLongLong());
    const QJsonArray mods = QJsonDocument::fromJson(l.value(LModifiers).toString().toUtf8()).array();
    for (const auto &m : mods) {
        const QJsonObject mo = m.toObject();
        line.modifiers.append(LineModifier{mo.value(u"id"_s).toString(), mo.value(u"name"_s).toString(),
                                           Money::fromSatang(mo.value(u"price"_s).toInteger())});
    }
    line.note = l.value(LNote).toString();
    line.kitchenStatus = enumFromName<KitchenStatus>(l.value(LKitchenStatus).toString());
    line.voided = l.value(LVoided).toInt() != 0;
    line.voidReason = l.value(LVoidReason).toString();
    return line;
}

} // namespace

Result<Order> OrderRepository::load(const QString &id, const TaxSettings &tax)
{
    bool numeric = false;
    id.toLongLong(&numeric);
    if (!numeric)
        return Error{ErrorCode::NotFound, u"No order with id %1"_s.arg(id.left(40)), {}};
    auto row = m_db.firstRow(selectOrder, {id.toLongLong()});
    if (!row)
        return row.error();
    if (row->size() != OrderColumns)
        return Error{ErrorCode::NotFound, u"No order with id %1"_s.arg(id), {}};
    const QVariantList &r = *row;
    Order o;
    o.id = r[OId].toString();
    o.number = r[ONumber].toLongLong();
    o.tableId = r[OTableId].toString();
    o.isTakeaway = r[OIsTakeaway].toInt() != 0;
    o.type = enumFromName<OrderType>(r[OType].toString()).value_or(o.isTakeaway ? OrderType::Takeaway : OrderType::DineIn);
    o.channel = enumFromName<Channel>(r[OChannel].toString());
    o.channelRef = r[OChannelRef].toString();
    o.customerName = r[OCustomerName].toString();
    o.pickupCode = r[OPickupCode].toString();
    o.parentOrderId = r[OParentOrderId].isNull() ? QString() : r[OParentOrderId].toString();
    o.guests = r[OGuests].toInt();
    o.status = enumFromName<OrderStatus>(r[OStatus].toString()).value_or(OrderStatus::Open);
    if (const auto type = enumFromName<DiscountType>(r[ODiscountType].toString())) {
        o.discount.type = *type;
        if (*type == DiscountType::Percent)
            o.discount.percentBasisPoints = r[ODiscountValue].toLongLong();
        else
            o.discount.amount = Money::fromSatang(r[ODiscountValue].toLongLong());
        o.discount.reason = r[ODiscountReason].toString();
    }
    o.receiptNumber = r[OReceiptNumber].toString();
    o.createdAt = fromMs(r[OCreatedAt]);
    o.updatedAt = fromMs(r[OUpdatedAt]);
    o.paidAt = fromMs(r[OPaidAt]);
    if (auto s = m_db.eachRow(selectLines, {o.id.toLongLong()}, [&o](const sqlite::Rows &q) { o.items.append(lineFrom(q)); }); !s)
        return s.error();
    if (o.status == OrderStatus::Paid || o.status == OrderStatus::Cancelled) {
        // A closed bill keeps the totals it was closed with, whatever the settings are now.
        o.totals.subtotal = Money::fromSatang(r[OSubtotal].toLongLong());
        o.totals.discount = Money::fromSatang(r[ODiscount].toLongLong());
        o.totals.serviceCharge = Money::fromSatang(r[OServiceCharge].toLongLong());
        o.totals.vat = Money::fromSatang(r[OVat].toLongLong());
        o.totals.total = Money::fromSatang(r[OTotal].toLongLong());
        o.totals.food = o.totals.subtotal - o.totals.discount;
        o.totals.net = o.totals.total - o.totals.vat;
        if (o.status == OrderStatus::Paid)
            o.paidAmount = o.totals.total;
    } else {
        o.recompute(tax);
        // Tenders taken so far (several tenders, split evenly): the rest is the balance due.
        auto paid = m_db.scalar(u"SELECT COALESCE(SUM(amount - cash_rounding), 0) FROM payments WHERE order_id = ? AND status = 'PAID'"_s,
                                {o.id.toLongLong()});
        if (!paid)
            return paid.error();
        o.paidAmount = Money::fromSatang(paid->toLongLong());
    }
    return o;
}

Status OrderRepository::moveLine(const OrderLine &line, int qty, const QString &toOrderId)
{
    if (qty >= line.qty)
        return m_db.run(u"UPDATE order_lines SET order_id = ? WHERE id = ?"_s, {toOrderId.toLongLong(), line.id.toLongLong()});
    // Part of the quantity: a copy of the line takes it (line_total is unit × qty, so it divides exactly).
    if (auto s = m_db.run(u"INSERT INTO order_lines (order_id, menu_id, name, name_th, qty, unit_price, modifiers, note, station, "
                          "kitchen_status, voided, void_reason, created_at, line_total, category_id) "
                          "SELECT ?, menu_id, name, name_th, ?, unit_price, modifiers, note, station, kitchen_status, voided, void_reason, "
                          "created_at, line_total / qty * ?, category_id FROM order_lines WHERE id = ?"_s,
                          {toOrderId.toLongLong(), qty, qty, line.id.toLongLong()});
        !s)
        return s;
    return m_db.run(u"UPDATE order_lines SET line_total = line_total / qty * (qty - ?), qty = qty - ? WHERE id = ?"_s,
                    {qty, qty, line.id.toLongLong()});
}

Status OrderRepository::moveAllLines(const QString &fromOrderId, const QString &toOrderId)
{
    return m_db.run(u"UPDATE order_lines SET order_id = ? WHERE order_id = ?"_s, {toOrderId.toLongLong(), fromOrderId.toLongLong()});
}

Result<QList<std::pair<QString, OrderStatus>>> OrderRepository::openOnTable(const QString &tableId)
{
    auto rows = m_db.rows(u"SELECT id, status FROM orders WHERE table_id = ? AND status IN ('OPEN','SERVING','CHECKOUT') ORDER BY id"_s,
                          {tableId});
    if (!rows)
        return rows.error();
    QList<std::pair<QString, OrderStatus>> out;
    for (const Row &r : *rows)
        out.append({r.value(u"id"_s).toString(), enumFromName<OrderStatus>(r.value(u"status"_s).toString()).value_or(OrderStatus::Open)});
    return out;
}

Result<QHash<QString, QStringList>> OrderRepository::openByTable()
{
    auto rows = m_db.rows(
        u"SELECT table_id, id FROM orders WHERE status IN ('OPEN','SERVING','CHECKOUT') AND table_id IS NOT NULL ORDER BY id"_s);
    if (!rows)
        return rows.error();
    QHash<QString, QStringList> out;
    for (const Row &r : *rows)
        out[r.value(u"table_id"_s).toString()].append(r.value(u"id"_s).toString());
    return out;
}

Result<bool> OrderRepository::isRefunded(const QString &id)
{
    auto v = m_db.scalar(u"SELECT refunded FROM orders WHERE id = ?"_s, {id.toLongLong()});
    if (!v)
        return v.error();
    return v->toInt() != 0;
}

Status OrderRepository::lock(const QString &id)
{
    // SQLite's writers are already one at a time (BEGIN IMMEDIATE); PostgreSQL locks the row
    // until the transaction ends, so two tills paying one bill take turns reading its balance.
    if (!m_db.isPostgres())
        return {};
    bool numeric = false;
    const qint64 n = id.toLongLong(&numeric);
    if (!numeric)
        return {};
    return m_db.run(u"SELECT id FROM orders WHERE id = ? FOR UPDATE"_s, {n});
}

Result<Order> OrderRepository::loadLocked(const QString &id, const TaxSettings &tax)
{
    if (auto s = lock(id); !s)
        return s.error();
    return load(id, tax);
}

Result<QStringList> OrderRepository::history(const HistoryQuery &q)
{
    QString sql = u"SELECT id FROM orders WHERE 1 = 1"_s;
    QVariantList binds;
    appendInList(u"status"_s, q.statuses, sql, binds);
    auto where = [&](const QString &condition, const QVariantList &values) {
        sql += u" AND "_s + condition;
        binds += values;
    };
    if (!q.tableId.isEmpty())
        where(u"table_id = ?"_s, {q.tableId});
    if (!q.type.isEmpty())
        where(u"type = ?"_s, {q.type});
    if (!q.fromDay.isEmpty())
        where(u"business_day >= ?"_s, {q.fromDay});
    if (!q.toDay.isEmpty())
        where(u"business_day <= ?"_s, {q.toDay});
    if (q.beforeId > 0)
        where(u"id < ?"_s, {q.beforeId});
    if (!q.text.isEmpty()) {
        bool numeric = false;
        const qint64 number = q.text.toLongLong(&numeric);
        const QString upper = q.text.toUpper();
        where(u"(receipt_number = ? OR pickup_code = ? OR channel_ref = ? OR number = ? "
              "OR table_id IN (SELECT id FROM dining_tables WHERE LOWER(name) = LOWER(?)))"_s,
              {upper, upper, q.text, numeric ? number : -1, q.text});
    }
    return m_db.column(sql + u" ORDER BY id DESC LIMIT %1"_s.arg(q.limit), binds);
}

Result<QString> OrderRepository::insert(const Order &o, const QString &businessDay, qint64 createdBy, const QDateTime &now)
{
    auto id = m_db.scalar(u"INSERT INTO orders (number, business_day, table_id, is_takeaway, type, channel, channel_ref, customer_name, "
                          "pickup_code, parent_order_id, guests, status, created_by, created_at, updated_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?) RETURNING id"_s,
                          {o.number, businessDay, nullIfEmpty(o.tableId), o.type != OrderType::DineIn ? 1 : 0, enumName(o.type),
                           o.channel ? QVariant(enumName(*o.channel)) : sqlNull(), nullIfEmpty(o.channelRef), nullIfEmpty(o.customerName),
                           nullIfEmpty(o.pickupCode), numericIdOrNull(o.parentOrderId), o.guests, createdBy, toMs(now), toMs(now)});
    if (!id)
        return id.error();
    return id->toString();
}

Status OrderRepository::saveHeader(const Order &o, const QDateTime &now)
{
    QVariant discountType = sqlNull();
    qint64 discountValue = 0;
    if (!o.discount.isNone()) {
        discountType = enumName(o.discount.type);
        discountValue = o.discount.type == DiscountType::Percent ? o.discount.percentBasisPoints : o.discount.amount.satang();
    }
    auto r = m_db.run(
        u"UPDATE orders SET status = ?, table_id = ?, is_takeaway = ?, guests = ?, discount_type = ?, discount_value = ?, "
        "discount_reason = ?, subtotal = ?, discount = ?, service_charge = ?, vat = ?, total = ?, updated_at = ? WHERE id = ?"_s,
        {enumName(o.status), nullIfEmpty(o.tableId), o.isTakeaway ? 1 : 0, o.guests, discountType, discountValue, o.discount.reason,
         o.totals.subtotal.satang(), o.totals.discount.satang(), o.totals.serviceCharge.satang(), o.totals.vat.satang(),
         o.totals.total.satang(), toMs(now), o.id.toLongLong()});
    if (!r)
        return r.error();
    return {};
}

Status OrderRepository::insertLine(const QString &orderId, const MenuItem &item, const AddItemRequest &add,
                                   const QList<Modifier> &modifiers, Money unit, const QDateTime &now)
{
    QJsonArray mods;
    for (const Modifier &m : modifiers)
        mods.append(QJsonObject{{u"id"_s, m.id}, {u"name"_s, m.name}, {u"price"_s, m.price.satang()}});
    // line_total and category_id are snapshots for the sales reports (computed in SQL).
    auto r = m_db.run(u"INSERT INTO order_lines (order_id, menu_id, name, name_th, qty, unit_price, modifiers, note, station, "
                      "line_total, category_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                      {orderId.toLongLong(), item.id, item.name, item.nameTh, add.qty, item.price.satang(),
                       QString::fromUtf8(QJsonDocument(mods).toJson(QJsonDocument::Compact)), add.note, item.station,
                       unit.satang() * add.qty, item.categoryId, toMs(now)});
    if (!r)
        return r.error();
    return {};
}

Status OrderRepository::voidLine(const QString &lineId, const QString &reason)
{
    if (auto r = m_db.run(u"UPDATE order_lines SET voided = 1, void_reason = ? WHERE id = ?"_s, {reason, lineId.toLongLong()}); !r)
        return r.error();
    return {};
}

Result<QString> OrderRepository::lineStation(const QString &lineId)
{
    auto station = m_db.scalar(u"SELECT station FROM order_lines WHERE id = ?"_s, {lineId.toLongLong()});
    if (!station)
        return station.error();
    return station->toString();
}

Status OrderRepository::markLineSent(const QString &lineId)
{
    if (auto u = m_db.run(u"UPDATE order_lines SET kitchen_status = 'NEW' WHERE id = ?"_s, {lineId.toLongLong()}); !u)
        return u.error();
    return {};
}

Status OrderRepository::recordSale(const Order &order, const Payment &p)
{
    if (auto r = m_db.run(
            u"UPDATE orders SET receipt_number = ?, paid_at = ?, paid_method = ?, "
            "paid_by = (SELECT created_by FROM payments WHERE id = ?), "
            "tenders = (SELECT COUNT(*) FROM payments WHERE order_id = ? AND status = 'PAID') WHERE id = ?"_s,
            {p.receiptNumber, toMs(p.paidAt), enumName(p.method), p.id.toLongLong(), order.id.toLongLong(), order.id.toLongLong()});
        !r)
        return r.error();
    if (order.totals.subtotal.satang() <= 0)
        return {};
    const qint64 sub = order.totals.subtotal.satang();
    if (auto r = m_db.run(u"UPDATE order_lines SET sale_day = (SELECT business_day FROM orders WHERE id = ?), "
                          "sale_discount = line_total * ? / ?, sale_service = line_total * ? / ?, sale_vat = line_total * ? / ?, "
                          "sale_total = line_total * ? / ? WHERE order_id = ? AND voided = 0"_s,
                          {order.id.toLongLong(), order.totals.discount.satang(), sub, order.totals.serviceCharge.satang(), sub,
                           order.totals.vat.satang(), sub, order.totals.total.satang(), sub, order.id.toLongLong()});
        !r)
        return r.error();
    return {};
}

Status OrderRepository::recordRefund(const QString &orderId)
{
    if (auto r = m_db.run(u"UPDATE orders SET refunded = 1 WHERE id = ?"_s, {orderId.toLongLong()}); !r)
        return r.error();
    if (auto r = m_db.run(u"UPDATE order_lines SET sale_day = NULL WHERE order_id = ?"_s, {orderId.toLongLong()}); !r)
        return r.error();
    return {};
}

Result<qint64> OrderRepository::countOpen()
{
    auto n = m_db.scalar(u"SELECT COUNT(*) FROM orders WHERE status IN ('OPEN','SERVING','CHECKOUT')"_s);
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<std::optional<double>> OrderRepository::averageTurnMs(int minGuests, int maxGuests, const QDateTime &since)
{
    auto avg = m_db.scalar(u"SELECT AVG(paid_at - created_at) FROM (SELECT paid_at, created_at FROM orders WHERE status = 'PAID' "
                           "AND guests BETWEEN ? AND ? AND paid_at > ? ORDER BY paid_at DESC LIMIT 50) recent"_s,
                           {minGuests, maxGuests, toMs(since)});
    if (!avg)
        return avg.error();
    return avg->isNull() ? std::nullopt : std::optional(avg->toDouble());
}

} // namespace tavola::server
