#include "order.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace tavola {

Money OrderLine::lineTotal() const
{
    Money unit = unitPrice;
    for (const auto &m : modifiers)
        unit += m.price;
    return unit * qty;
}

QJsonObject OrderLine::toJson() const
{
    QJsonArray mods;
    for (const auto &m : modifiers)
        mods.append(QJsonObject{{u"id"_s, m.id}, {u"name"_s, m.name}, {u"price"_s, m.price.toString()}});
    QJsonObject o{{u"id"_s, id},
                  {u"menu_id"_s, menuId},
                  {u"name"_s, name},
                  {u"name_th"_s, nameTh},
                  {u"qty"_s, qty},
                  {u"unit_price"_s, unitPrice.toString()},
                  {u"modifiers"_s, mods},
                  {u"note"_s, note},
                  {u"line_total"_s, lineTotal().toString()},
                  {u"kitchen_status"_s, kitchenStatus ? enumName(*kitchenStatus) : u"PENDING"_s},
                  {u"voided"_s, voided}};
    if (voided)
        o.insert(u"void_reason"_s, voidReason);
    return o;
}

Result<OrderLine> OrderLine::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    OrderLine l;
    l.id = r.id(u"id"_s, Presence::Required);
    l.menuId = r.id(u"menu_id"_s, Presence::Required);
    l.name = r.string(u"name"_s, Presence::Required, 100);
    l.nameTh = r.string(u"name_th"_s, Presence::Optional, 100);
    l.qty = static_cast<int>(r.integer(u"qty"_s, Presence::Required, 1, 99));
    l.unitPrice = r.money(u"unit_price"_s, Presence::Required);
    l.modifiers = r.list<LineModifier>(u"modifiers"_s, Presence::Optional, 50, [](const QJsonObject &o) -> Result<LineModifier> {
        JsonReader m(o);
        LineModifier lm{m.id(u"id"_s, Presence::Required), m.string(u"name"_s, Presence::Required, 100),
                        m.money(u"price"_s, Presence::Required)};
        if (!m.ok())
            return m.error();
        return lm;
    });
    l.note = r.string(u"note"_s, Presence::Optional, 200);
    const QString ks = r.string(u"kitchen_status"_s, Presence::Optional, 20, u"PENDING"_s);
    if (r.ok() && ks != u"PENDING"_s) {
        l.kitchenStatus = enumFromName<KitchenStatus>(ks);
        if (!l.kitchenStatus)
            r.fail(u"kitchen_status"_s, u"kitchen_status must be PENDING or %1"_s.arg(enumChoices<KitchenStatus>()));
    }
    l.voided = r.boolean(u"voided"_s, Presence::Optional);
    l.voidReason = r.string(u"void_reason"_s, Presence::Optional, 200);
    if (r.ok() && json.contains(u"line_total"_s)) {
        const Money stated = r.money(u"line_total"_s, Presence::Required);
        if (r.ok() && stated != l.lineTotal())
            r.fail(u"line_total"_s, u"line_total %1 does not match qty × price (%2)"_s.arg(stated.toString(), l.lineTotal().toString()));
    }
    if (!r.ok())
        return r.error();
    return l;
}

OrderLine *Order::line(const QString &lineId)
{
    for (auto &l : items) {
        if (l.id == lineId)
            return &l;
    }
    return nullptr;
}

std::vector<Money> Order::countedLineTotals() const
{
    std::vector<Money> out;
    out.reserve(static_cast<std::size_t>(items.size()));
    for (const auto &l : items) {
        if (!l.voided)
            out.push_back(l.lineTotal());
    }
    return out;
}

void Order::recompute(const TaxSettings &settings)
{
    totals = computeTotals(countedLineTotals(), discount, settings);
}

Status Order::checkEditable() const
{
    if (status == OrderStatus::Open || status == OrderStatus::Serving)
        return {};
    return Error{ErrorCode::OrderLocked, u"Order %1 is %2 and can no longer be changed"_s.arg(QString::number(number), enumName(status)),
                 QJsonObject{{u"status"_s, enumName(status)}}};
}

Status Order::checkNothingPaid() const
{
    if (paidAmount.isZero() || status == OrderStatus::Paid)
        return {};
    return Error{ErrorCode::OrderLocked,
                 u"%1 of order %2 is already paid: refund those payments first"_s.arg(paidAmount.toString()).arg(number),
                 QJsonObject{{u"paid_amount"_s, paidAmount.toString()}}};
}

Status Order::checkDiscountable() const
{
    if (auto s = checkNothingPaid(); !s)
        return s;
    if (status == OrderStatus::Open || status == OrderStatus::Serving || status == OrderStatus::Checkout)
        return {};
    return Error{ErrorCode::OrderLocked, u"Order %1 is %2 and can no longer be discounted"_s.arg(number).arg(enumName(status)), {}};
}

Status Order::checkPayable() const
{
    if (status == OrderStatus::Paid)
        return Error{ErrorCode::AlreadyPaid, u"Order %1 is already paid (receipt %2)"_s.arg(number).arg(receiptNumber),
                     QJsonObject{{u"receipt_number"_s, receiptNumber}}};
    if (status != OrderStatus::Checkout)
        return Error{ErrorCode::OrderLocked,
                     u"Order %1 is %2: request the bill (checkout) before taking payment"_s.arg(number).arg(enumName(status)),
                     QJsonObject{{u"status"_s, enumName(status)}}};
    return {};
}

Status Order::checkMovable() const
{
    if (status == OrderStatus::Paid || status == OrderStatus::Cancelled)
        return Error{ErrorCode::OrderLocked, u"Order %1 is %2 and cannot move"_s.arg(number).arg(enumName(status)), {}};
    return {};
}

Money Order::balanceDue() const
{
    if (status == OrderStatus::Paid || status == OrderStatus::Cancelled)
        return Money();
    return totals.total - paidAmount;
}

QJsonObject Order::toJson() const
{
    QJsonArray lines;
    for (const auto &l : items)
        lines.append(l.toJson());
    QJsonObject o{{u"id"_s, id},
                  {u"number"_s, number},
                  {u"table_id"_s, tableId.isEmpty() ? QJsonValue() : QJsonValue(tableId)},
                  {u"is_takeaway"_s, isTakeaway},
                  {u"type"_s, enumName(type)},
                  {u"channel"_s, channel ? QJsonValue(enumName(*channel)) : QJsonValue()},
                  {u"channel_ref"_s, channelRef.isEmpty() ? QJsonValue() : QJsonValue(channelRef)},
                  {u"customer_name"_s, customerName.isEmpty() ? QJsonValue() : QJsonValue(customerName)},
                  {u"pickup_code"_s, pickupCode.isEmpty() ? QJsonValue() : QJsonValue(pickupCode)},
                  {u"parent_order_id"_s, parentOrderId.isEmpty() ? QJsonValue() : QJsonValue(parentOrderId)},
                  {u"paid_amount"_s, paidAmount.toString()},
                  {u"balance_due"_s, balanceDue().toString()},
                  {u"guests"_s, guests},
                  {u"status"_s, enumName(status)},
                  {u"items"_s, lines},
                  {u"subtotal"_s, totals.subtotal.toString()},
                  {u"service_charge"_s, totals.serviceCharge.toString()},
                  {u"vat"_s, totals.vat.toString()},
                  {u"discount"_s, totals.discount.toString()},
                  {u"total"_s, totals.total.toString()},
                  {u"created_at"_s, timeToJson(createdAt)},
                  {u"updated_at"_s, timeToJson(updatedAt)},
                  {u"paid_at"_s, timeToJson(paidAt)},
                  {u"receipt_number"_s, receiptNumber.isEmpty() ? QJsonValue() : QJsonValue(receiptNumber)}};
    if (!discount.isNone()) {
        o.insert(u"discount_type"_s, enumName(discount.type));
        o.insert(u"discount_value"_s, discount.valueString());
        o.insert(u"discount_reason"_s, discount.reason);
    }
    return o;
}

Result<Order> Order::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Order o;
    o.id = r.id(u"id"_s, Presence::Required);
    o.number = r.integer(u"number"_s, Presence::Required, 0, std::numeric_limits<qint32>::max());
    o.tableId = r.id(u"table_id"_s, Presence::Optional);
    o.isTakeaway = r.boolean(u"is_takeaway"_s, Presence::Optional);
    o.type = r.enumeration<OrderType>(u"type"_s, Presence::Optional, o.isTakeaway ? OrderType::Takeaway : OrderType::DineIn);
    if (r.has(u"channel"_s) && !json.value(u"channel"_s).isNull())
        o.channel = r.enumeration<Channel>(u"channel"_s, Presence::Required, Channel::Other);
    o.channelRef = r.string(u"channel_ref"_s, Presence::Optional, 40);
    o.customerName = r.string(u"customer_name"_s, Presence::Optional, 100);
    o.pickupCode = r.string(u"pickup_code"_s, Presence::Optional, 10);
    o.parentOrderId = r.id(u"parent_order_id"_s, Presence::Optional);
    o.paidAmount = r.money(u"paid_amount"_s, Presence::Optional);
    o.guests = static_cast<int>(r.integer(u"guests"_s, Presence::Optional, 0, 500));
    o.status = r.enumeration<OrderStatus>(u"status"_s, Presence::Required, OrderStatus::Open);
    o.items = r.list<OrderLine>(u"items"_s, Presence::Required, 1000, &OrderLine::fromJson);
    o.totals.subtotal = r.money(u"subtotal"_s, Presence::Required);
    o.totals.serviceCharge = r.money(u"service_charge"_s, Presence::Required);
    o.totals.vat = r.money(u"vat"_s, Presence::Required);
    o.totals.discount = r.money(u"discount"_s, Presence::Required);
    o.totals.total = r.money(u"total"_s, Presence::Required);
    o.totals.food = o.totals.subtotal - o.totals.discount;
    o.createdAt = r.time(u"created_at"_s, Presence::Optional);
    o.updatedAt = r.time(u"updated_at"_s, Presence::Optional);
    o.paidAt = r.time(u"paid_at"_s, Presence::Optional);
    o.receiptNumber = r.string(u"receipt_number"_s, Presence::Optional, 40);
    if (r.has(u"discount_type"_s)) {
        o.discount.type = r.enumeration<DiscountType>(u"discount_type"_s, Presence::Required, DiscountType::Amount);
        const QString value = r.string(u"discount_value"_s, Presence::Required, 20);
        o.discount.reason = r.string(u"discount_reason"_s, Presence::Optional, 200);
        if (r.ok()) {
            if (const Status st = o.discount.setValue(value); !st)
                r.fail(u"discount_value"_s, st.error().message);
        }
    }
    if (!r.ok())
        return r.error();
    // The server computes; a client checks that what it got adds up.
    Money sum;
    for (const Money m : o.countedLineTotals())
        sum += m;
    if (sum != o.totals.subtotal)
        return Error::validation(u"subtotal"_s,
                                 u"subtotal %1 is not the sum of the lines (%2)"_s.arg(o.totals.subtotal.toString(), sum.toString()));
    o.totals.net = o.totals.total - o.totals.vat;
    return o;
}

} // namespace tavola
