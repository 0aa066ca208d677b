#include "floorplan.h"

#include <QJsonArray>
#include <QSet>

#include <limits>

using namespace Qt::StringLiterals;

namespace tavola {

QJsonObject Zone::toJson() const
{
    return {{u"id"_s, id}, {u"name"_s, name}};
}

Result<Zone> Zone::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Zone z;
    z.id = r.id(u"id"_s, Presence::Required);
    z.name = r.text(u"name"_s, Presence::Required, 60);
    if (!r.ok())
        return r.error();
    return z;
}

QJsonObject Table::toJson() const
{
    return {{u"id"_s, id},
            {u"name"_s, name},
            {u"zone_id"_s, zoneId},
            {u"seats"_s, seats},
            {u"shape"_s, enumName(shape)},
            {u"x"_s, x},
            {u"y"_s, y},
            {u"w"_s, w},
            {u"h"_s, h},
            {u"rotation"_s, rotation},
            {u"status"_s, enumName(status)},
            {u"order_id"_s, orderId.isEmpty() ? QJsonValue() : QJsonValue(orderId)},
            {u"guests"_s, guests},
            {u"seated_at"_s, timeToJson(seatedAt)}};
}

Status Table::checkGuests(int party) const
{
    if (party > seats * 3)
        return Error::validation(u"guests"_s, u"%1 guests do not fit at table %2 (%3 seats)"_s.arg(party).arg(name).arg(seats));
    return {};
}

QJsonObject Table::toStatusJson() const
{
    return {{u"id"_s, id},
            {u"name"_s, name},
            {u"status"_s, enumName(status)},
            {u"order_id"_s, orderId.isEmpty() ? QJsonValue() : QJsonValue(orderId)},
            {u"order_ids"_s, QJsonArray::fromStringList(orderIds)},
            {u"guests"_s, guests},
            {u"seats"_s, seats},
            {u"seated_at"_s, timeToJson(seatedAt)}};
}

Result<Table> Table::fromStatusJson(const QJsonObject &json)
{
    JsonReader r(json);
    Table t;
    t.id = r.id(u"id"_s, Presence::Required);
    t.name = r.string(u"name"_s, Presence::Optional, 40);
    t.status = r.enumeration<TableStatus>(u"status"_s, Presence::Required, TableStatus::Vacant);
    t.orderId = r.id(u"order_id"_s, Presence::Optional);
    t.orderIds = r.idList(u"order_ids"_s, Presence::Optional, 100);
    t.guests = static_cast<int>(r.integer(u"guests"_s, Presence::Optional, 0, 500));
    t.seats = static_cast<int>(r.integer(u"seats"_s, Presence::Optional, 0, 500, 2));
    t.seatedAt = r.time(u"seated_at"_s, Presence::Optional);
    if (!r.ok())
        return r.error();
    return t;
}

Result<Table> Table::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Table t;
    t.id = r.id(u"id"_s, Presence::Required);
    t.name = r.text(u"name"_s, Presence::Required, 20);
    t.zoneId = r.id(u"zone_id"_s, Presence::Required);
    t.seats = static_cast<int>(r.integer(u"seats"_s, Presence::Required, 1, 50));
    t.shape = r.enumeration<TableShape>(u"shape"_s, Presence::Optional, TableShape::Rect);
    t.x = r.number(u"x"_s, Presence::Required, -100000, 100000);
    t.y = r.number(u"y"_s, Presence::Required, -100000, 100000);
    t.w = r.number(u"w"_s, Presence::Required, 10, 5000);
    t.h = r.number(u"h"_s, Presence::Required, 10, 5000);
    t.rotation = r.number(u"rotation"_s, Presence::Optional, -360, 360);
    t.status = r.enumeration<TableStatus>(u"status"_s, Presence::Optional, TableStatus::Vacant);
    t.orderId = r.id(u"order_id"_s, Presence::Optional);
    t.orderIds = r.idList(u"order_ids"_s, Presence::Optional, 100);
    t.guests = static_cast<int>(r.integer(u"guests"_s, Presence::Optional, 0, 500));
    t.seatedAt = r.time(u"seated_at"_s, Presence::Optional);
    if (!r.ok())
        return r.error();
    return t;
}

const Table *FloorPlan::table(const QString &id) const
{
    for (const auto &t : tables) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

Table *FloorPlan::table(const QString &id)
{
    return const_cast<Table *>(std::as_const(*this).table(id));
}

QJsonObject FloorPlan::toJson() const
{
    QJsonArray zs;
    for (const auto &z : zones)
        zs.append(z.toJson());
    QJsonArray ts;
    for (const auto &t : tables)
        ts.append(t.toJson());
    return {{u"version"_s, version}, {u"zones"_s, zs}, {u"tables"_s, ts}};
}

Result<FloorPlan> FloorPlan::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    FloorPlan plan;
    plan.version = r.integer(u"version"_s, Presence::Required, 0, std::numeric_limits<qint32>::max());
    plan.zones = r.list<Zone>(u"zones"_s, Presence::Required, 100, &Zone::fromJson);
    plan.tables = r.list<Table>(u"tables"_s, Presence::Required, 1000, &Table::fromJson);
    if (!r.ok())
        return r.error();

    QSet<QString> zoneIds;
    for (qsizetype i = 0; i < plan.zones.size(); ++i) {
        if (zoneIds.contains(plan.zones[i].id))
            return Error::validation(u"zones[%1].id"_s.arg(i), u"Zone id %1 is used twice"_s.arg(plan.zones[i].id));
        zoneIds.insert(plan.zones[i].id);
    }
    QSet<QString> tableIds;
    QSet<QString> tableNames;
    for (qsizetype i = 0; i < plan.tables.size(); ++i) {
        const Table &t = plan.tables[i];
        if (tableIds.contains(t.id))
            return Error::validation(u"tables[%1].id"_s.arg(i), u"Table id %1 is used twice"_s.arg(t.id));
        if (tableNames.contains(t.name.toCaseFolded()))
            return Error::validation(u"tables[%1].name"_s.arg(i), u"Table name %1 is used twice"_s.arg(t.name));
        if (!zoneIds.contains(t.zoneId))
            return Error::validation(u"tables[%1].zone_id"_s.arg(i), u"Table %1 is in unknown zone %2"_s.arg(t.name, t.zoneId));
        tableIds.insert(t.id);
        tableNames.insert(t.name.toCaseFolded());
    }
    return plan;
}

} // namespace tavola
