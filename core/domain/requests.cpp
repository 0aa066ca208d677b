#include "requests.h"

#include "promptpay/promptpay.h"

using namespace Qt::StringLiterals;

namespace tavola {

QJsonObject CreateOrderRequest::toJson() const
{
    QJsonObject o{{u"type"_s, enumName(type)}, {u"guests"_s, guests}};
    if (type == OrderType::DineIn)
        o.insert(u"table_id"_s, tableId);
    if (channel)
        o.insert(u"channel"_s, enumName(*channel));
    if (!channelRef.isEmpty())
        o.insert(u"channel_ref"_s, channelRef);
    if (!customerName.isEmpty())
        o.insert(u"customer_name"_s, customerName);
    return o;
}

Result<CreateOrderRequest> CreateOrderRequest::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    CreateOrderRequest req;
    // `is_takeaway: true` is the older spelling of `type: "takeaway"`.
    const bool legacyTakeaway = r.boolean(u"is_takeaway"_s, Presence::Optional);
    req.type = r.enumeration<OrderType>(u"type"_s, Presence::Optional, legacyTakeaway ? OrderType::Takeaway : OrderType::DineIn);
    if (r.ok() && legacyTakeaway && req.type == OrderType::DineIn)
        r.fail(u"type"_s, u"is_takeaway contradicts type dine_in"_s);
    req.isTakeaway = req.type != OrderType::DineIn;
    req.tableId = r.id(u"table_id"_s, req.isTakeaway ? Presence::Optional : Presence::Required);
    req.guests = static_cast<int>(r.integer(u"guests"_s, Presence::Optional, 0, 50, req.isTakeaway ? 0 : 1));
    if (r.ok() && req.isTakeaway && !req.tableId.isEmpty())
        r.fail(u"table_id"_s, u"A %1 order has no table_id"_s.arg(enumName(req.type)));
    if (req.type == OrderType::Delivery)
        req.channel = r.enumeration<Channel>(u"channel"_s, Presence::Required, Channel::Other);
    else if (r.ok() && r.has(u"channel"_s))
        r.fail(u"channel"_s, u"Only a delivery order has a channel"_s);
    req.channelRef = r.text(u"channel_ref"_s, Presence::Optional, 40);
    if (r.ok() && !req.channelRef.isEmpty() && req.type != OrderType::Delivery)
        r.fail(u"channel_ref"_s, u"Only a delivery order has a channel_ref"_s);
    req.customerName = r.text(u"customer_name"_s, Presence::Optional, 100);
    if (!r.ok())
        return r.error();
    return req;
}

QList<std::pair<QString, QString>> OrderQuery::toQueryItems() const
{
    return {{u"q"_s, text.trimmed()},
            {u"type"_s, type ? enumName(*type) : QString()},
            {u"status"_s, statuses},
            {u"from"_s, from.isValid() ? from.toString(Qt::ISODate) : QString()},
            {u"to"_s, to.isValid() ? to.toString(Qt::ISODate) : QString()},
            {u"before"_s, beforeId},
            {u"limit"_s, QString::number(limit)}};
}

OrderLine AddItemRequest::toLine(const MenuItem *item) const
{
    OrderLine line;
    line.menuId = menuId;
    line.name = item ? item->name : menuId;
    line.nameTh = item ? item->nameTh : QString();
    line.unitPrice = item ? item->price : Money();
    line.qty = qty;
    line.note = note;
    for (const QString &id : modifierIds) {
        if (const Modifier *m = item ? item->modifier(id) : nullptr)
            line.modifiers.append(LineModifier{m->id, m->name, m->price});
    }
    return line;
}

QJsonObject AddItemsRequest::toJson() const
{
    QJsonArray arr;
    for (const auto &i : items) {
        QJsonObject o{{u"menu_id"_s, i.menuId}, {u"qty"_s, i.qty}, {u"modifier_ids"_s, QJsonArray::fromStringList(i.modifierIds)}};
        if (!i.note.isEmpty())
            o.insert(u"note"_s, i.note);
        arr.append(o);
    }
    return {{u"items"_s, arr}};
}

Result<AddItemsRequest> AddItemsRequest::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    AddItemsRequest req;
    req.items = r.list<AddItemRequest>(u"items"_s, Presence::Required, 100, [](const QJsonObject &o) -> Result<AddItemRequest> {
        JsonReader i(o);
        AddItemRequest item;
        item.menuId = i.id(u"menu_id"_s, Presence::Required);
        item.qty = static_cast<int>(i.integer(u"qty"_s, Presence::Required, 1, 99));
        item.modifierIds = i.idList(u"modifier_ids"_s, Presence::Optional, 20);
        item.note = i.string(u"note"_s, Presence::Optional, 200).trimmed();
        if (!i.ok())
            return i.error();
        return item;
    });
    if (r.ok() && req.items.isEmpty())
        r.fail(u"items"_s, u"items must list at least one item"_s);
    if (!r.ok())
        return r.error();
    return req;
}

QJsonObject ReasonRequest::toJson() const
{
    return {{u"reason"_s, reason}};
}

Result<ReasonRequest> ReasonRequest::fromJson(const QJsonObject &json, bool required)
{
    JsonReader r(json);
    ReasonRequest req{r.text(u"reason"_s, required ? Presence::Required : Presence::Optional, 200)};
    if (!r.ok())
        return r.error();
    return req;
}

QJsonObject DiscountRequest::toJson() const
{
    return {{u"type"_s, enumName(discount.type)}, {u"value"_s, discount.valueString()}, {u"reason"_s, discount.reason}};
}

Result<DiscountRequest> DiscountRequest::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    DiscountRequest req;
    req.discount.type = r.enumeration<DiscountType>(u"type"_s, Presence::Required, DiscountType::Amount);
    const QString value = r.string(u"value"_s, Presence::Required, 20);
    req.discount.reason = r.text(u"reason"_s, Presence::Required, 200);
    if (r.ok()) {
        if (const Status st = req.discount.setValue(value); !st)
            r.fail(u"value"_s, u"value: "_s + st.error().message);
    }
    if (!r.ok())
        return r.error();
    return req;
}

QJsonObject TableIdRequest::toJson() const
{
    return {{u"table_id"_s, tableId}};
}

Result<TableIdRequest> TableIdRequest::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    TableIdRequest req{r.id(u"table_id"_s, Presence::Required)};
    if (!r.ok())
        return r.error();
    return req;
}

QJsonObject TableStatusRequest::toJson() const
{
    return {{u"status"_s, enumName(status)}};
}

Result<TableStatusRequest> TableStatusRequest::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    TableStatusRequest req;
    req.status = r.enumeration<TableStatus>(u"status"_s, Presence::Required, TableStatus::Vacant);
    if (r.ok() && req.status != TableStatus::Cleaning && req.status != TableStatus::Vacant)
        r.fail(u"status"_s, u"status can only be set to CLEANING or VACANT by hand"_s);
    if (!r.ok())
        return r.error();
    return req;
}

QJsonObject QueueTicketRequest::toJson() const
{
    QJsonObject o{{u"party_size"_s, partySize}};
    if (!name.isEmpty())
        o.insert(u"name"_s, name);
    if (!phone.isEmpty())
        o.insert(u"phone"_s, phone);
    return o;
}

Result<QueueTicketRequest> QueueTicketRequest::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    QueueTicketRequest req;
    req.partySize = static_cast<int>(r.integer(u"party_size"_s, Presence::Required, 1, 50));
    req.name = r.string(u"name"_s, Presence::Optional, 60).trimmed();
    req.phone = r.string(u"phone"_s, Presence::Optional, 20).trimmed();
    if (r.ok() && !req.phone.isEmpty()) {
        int digits = 0;
        for (const QChar c : req.phone) {
            if (c.isDigit())
                ++digits;
            else if (c != u' ' && c != u'-' && c != u'+')
                digits = -100;
        }
        if (digits < 9 || digits > 12)
            r.fail(u"phone"_s, u"phone must be a phone number like 081-234-5678"_s);
    }
    if (!r.ok())
        return r.error();
    return req;
}

QJsonObject KitchenStatusRequest::toJson() const
{
    return {{u"status"_s, enumName(status)}};
}

Result<KitchenStatusRequest> KitchenStatusRequest::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    KitchenStatusRequest req;
    req.status = r.enumeration<KitchenStatus>(u"status"_s, Presence::Required, KitchenStatus::Preparing);
    if (r.ok() && req.status == KitchenStatus::New)
        r.fail(u"status"_s, u"status must be PREPARING, READY or SERVED"_s);
    if (!r.ok())
        return r.error();
    return req;
}

QJsonObject PaymentRequest::toJson() const
{
    QJsonObject o{{u"order_id"_s, orderId}, {u"method"_s, enumName(method)}};
    if (method == PaymentMethod::Cash)
        o.insert(u"amount_received"_s, amountReceived.toString());
    if (method == PaymentMethod::Card)
        o.insert(u"approval_code"_s, approvalCode);
    if (!confirmation.isEmpty())
        o.insert(u"confirmation"_s, confirmation);
    if (!slipPayload.isEmpty())
        o.insert(u"slip_payload"_s, slipPayload);
    if (amount)
        o.insert(u"amount"_s, amount->toString());
    if (!tip.isZero())
        o.insert(u"tip"_s, tip.toString());
    return o;
}

Result<PaymentRequest> PaymentRequest::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    PaymentRequest req;
    req.orderId = r.id(u"order_id"_s, Presence::Required);
    req.method = r.enumeration<PaymentMethod>(u"method"_s, Presence::Required, PaymentMethod::Cash);
    if (r.ok() && req.method == PaymentMethod::Cash)
        req.amountReceived = r.money(u"amount_received"_s, Presence::Required);
    if (r.ok() && req.method == PaymentMethod::Card) {
        req.approvalCode = r.text(u"approval_code"_s, Presence::Required, 40);
        for (const QChar c : req.approvalCode) {
            if (!c.isLetterOrNumber() || c.unicode() > 127) {
                r.fail(u"approval_code"_s, u"approval_code must be letters and digits"_s);
                break;
            }
        }
    }
    if (r.ok() && json.contains(u"confirmation"_s)) {
        req.confirmation = r.string(u"confirmation"_s, Presence::Required, 10);
        if (r.ok() && req.method != PaymentMethod::PromptPay)
            r.fail(u"confirmation"_s, u"confirmation is for PromptPay payments only"_s);
        else if (r.ok() && req.confirmation == u"gateway"_s)
            req.confirmation.clear();
        else if (r.ok() && req.confirmation != u"slip"_s && req.confirmation != u"staff"_s)
            r.fail(u"confirmation"_s, u"confirmation must be gateway, slip or staff"_s);
    }
    req.amount = r.optionalMoney(u"amount"_s);
    if (r.ok() && req.amount && req.amount->satang() <= 0)
        r.fail(u"amount"_s, u"amount must be more than zero"_s);
    req.tip = r.money(u"tip"_s, Presence::Optional);
    if (r.ok() && !req.tip.isZero() && req.method == PaymentMethod::Cash)
        r.fail(u"tip"_s, u"A tip is taken on a card or PromptPay payment; a cash tip is the guest's change"_s);
    if (r.ok() && req.confirmation == u"slip"_s) {
        req.slipPayload = r.text(u"slip_payload"_s, Presence::Required, 512);
        if (r.ok()) {
            if (auto slip = promptpay::parseSlip(req.slipPayload); !slip)
                r.fail(u"slip_payload"_s, u"slip_payload is not a slip verification QR: %1"_s.arg(slip.error().message));
        }
    }
    if (!r.ok())
        return r.error();
    return req;
}

namespace {

QList<LinePart> lineParts(JsonReader &r, const QString &key)
{
    QList<LinePart> out;
    r.forEachObject(key, Presence::Required, 200, [&](JsonReader &e, qsizetype) {
        LinePart p;
        p.itemId = e.id(u"item_id"_s, Presence::Required);
        p.qty = int(e.integer(u"qty"_s, Presence::Optional, 1, 99, 1));
        out.append(p);
    });
    if (r.ok() && out.isEmpty())
        r.fail(key, u"%1 must name at least one line"_s.arg(r.path(key)));
    return out;
}

QJsonArray linePartsJson(const QList<LinePart> &parts)
{
    QJsonArray out;
    for (const LinePart &p : parts)
        out.append(QJsonObject{{u"item_id"_s, p.itemId}, {u"qty"_s, p.qty}});
    return out;
}

} // namespace

QJsonObject SplitRequest::toJson() const
{
    QJsonArray out;
    for (const QList<LinePart> &part : parts)
        out.append(QJsonObject{{u"items"_s, linePartsJson(part)}});
    return QJsonObject{{u"parts"_s, out}};
}

QJsonObject MoveItemsRequest::toJson() const
{
    QJsonObject json{{u"items"_s, linePartsJson(items)}};
    if (!toOrderId.isEmpty())
        json.insert(u"to_order_id"_s, toOrderId);
    if (!toTableId.isEmpty())
        json.insert(u"to_table_id"_s, toTableId);
    return json;
}

Result<SplitRequest> SplitRequest::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    SplitRequest req;
    r.forEachObject(u"parts"_s, Presence::Required, 20,
                    [&](JsonReader &part, qsizetype) { req.parts.append(lineParts(part, u"items"_s)); });
    if (r.ok() && req.parts.isEmpty())
        r.fail(u"parts"_s, u"parts must hold at least one part"_s);
    if (!r.ok())
        return r.error();
    return req;
}

Result<MoveItemsRequest> MoveItemsRequest::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    MoveItemsRequest req;
    req.items = lineParts(r, u"items"_s);
    req.toOrderId = r.id(u"to_order_id"_s, Presence::Optional);
    req.toTableId = r.id(u"to_table_id"_s, Presence::Optional);
    if (r.ok() && req.toOrderId.isEmpty() == req.toTableId.isEmpty())
        r.fail(u"to_order_id"_s, u"Give either to_order_id or to_table_id"_s);
    if (!r.ok())
        return r.error();
    return req;
}

} // namespace tavola
