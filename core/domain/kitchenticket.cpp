#include "kitchenticket.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace tavola {

QJsonObject KitchenTicket::toJson(const QDateTime &now) const
{
    QJsonArray its;
    for (const auto &i : items)
        its.append(QJsonObject{
            {u"name"_s, i.name}, {u"qty"_s, i.qty}, {u"modifiers"_s, QJsonArray::fromStringList(i.modifiers)}, {u"note"_s, i.note}});
    const qint64 age = createdAt.isValid() ? std::max<qint64>(0, createdAt.secsTo(now)) : 0;
    return {{u"id"_s, id},
            {u"order_id"_s, orderId},
            {u"order_number"_s, orderNumber},
            {u"table_name"_s, tableName},
            {u"station"_s, station},
            {u"status"_s, enumName(status)},
            {u"void"_s, isVoid},
            {u"items"_s, its},
            {u"created_at"_s, timeToJson(createdAt)},
            {u"age_seconds"_s, age}};
}

Result<KitchenTicket> KitchenTicket::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    KitchenTicket t;
    t.id = r.id(u"id"_s, Presence::Required);
    t.orderId = r.id(u"order_id"_s, Presence::Required);
    t.orderNumber = r.integer(u"order_number"_s, Presence::Optional, 0, std::numeric_limits<qint32>::max());
    t.tableName = r.string(u"table_name"_s, Presence::Optional, 40);
    t.station = r.string(u"station"_s, Presence::Required, 30);
    t.status = r.enumeration<KitchenStatus>(u"status"_s, Presence::Required, KitchenStatus::New);
    t.isVoid = r.boolean(u"void"_s, Presence::Optional);
    t.items = r.list<KitchenTicketItem>(u"items"_s, Presence::Required, 500, [](const QJsonObject &o) -> Result<KitchenTicketItem> {
        JsonReader i(o);
        KitchenTicketItem item{i.string(u"name"_s, Presence::Required, 100),
                               static_cast<int>(i.integer(u"qty"_s, Presence::Required, 1, 99)),
                               i.stringList(u"modifiers"_s, Presence::Optional), i.string(u"note"_s, Presence::Optional, 200)};
        if (!i.ok())
            return i.error();
        return item;
    });
    t.createdAt = r.time(u"created_at"_s, Presence::Optional);
    if (!r.ok())
        return r.error();
    return t;
}

} // namespace tavola
