#include "storage/floorplanrepository.h"

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

// Read on every table change and floor-plan read: the columns named once, read by position.
enum TableColumn { TId, TName, TZoneId, TSeats, TShape, TX, TY, TW, TH, TRotation, TStatus, TOrderId, TGuests, TSeatedAt };
const QString tableColumns = u"SELECT id, name, zone_id, seats, shape, x, y, w, h, rotation, status, order_id, guests, seated_at "
                             "FROM dining_tables "_s;

Table tableFrom(const sqlite::Rows &r)
{
    Table t;
    t.id = r.value(TId).toString();
    t.name = r.value(TName).toString();
    t.zoneId = r.value(TZoneId).toString();
    t.seats = r.value(TSeats).toInt();
    t.shape = enumFromName<TableShape>(r.value(TShape).toString()).value_or(TableShape::Rect);
    t.x = r.value(TX).toDouble();
    t.y = r.value(TY).toDouble();
    t.w = r.value(TW).toDouble();
    t.h = r.value(TH).toDouble();
    t.rotation = r.value(TRotation).toDouble();
    t.status = enumFromName<TableStatus>(r.value(TStatus).toString()).value_or(TableStatus::Vacant);
    t.orderId = r.value(TOrderId).toString();
    t.guests = r.value(TGuests).toInt();
    t.seatedAt = fromMs(r.value(TSeatedAt));
    return t;
}

} // namespace

Result<QString> FloorPlanRepository::readVersion()
{
    // Asked before every floor-plan read: the two numbers straight from the statement, no Row.
    auto row = m_db.firstRow(u"SELECT version, state_version FROM floor_plan WHERE id = 1"_s);
    if (!row)
        return row.error();
    if (row->size() != 2)
        return Error{ErrorCode::NotFound, u"No floor plan"_s, {}};
    return QString(row->at(0).toString() + u'.' + row->at(1).toString());
}

Result<FloorPlan> FloorPlanRepository::load()
{
    FloorPlan plan;
    auto version = m_db.scalar(u"SELECT version FROM floor_plan WHERE id = 1"_s);
    if (!version)
        return version.error();
    plan.version = version->toLongLong();
    auto zones = m_db.rows(u"SELECT id, name FROM zones ORDER BY sort, id"_s);
    if (!zones)
        return zones.error();
    for (const Row &z : *zones)
        plan.zones.append(Zone{z.value(u"id"_s).toString(), z.value(u"name"_s).toString()});
    if (auto s = m_db.eachRow(tableColumns + u"WHERE active = 1 ORDER BY sort, id"_s, {},
                              [&plan](const sqlite::Rows &r) { plan.tables.append(tableFrom(r)); });
        !s)
        return s.error();
    return plan;
}

Result<Table> FloorPlanRepository::table(const QString &id)
{
    std::optional<Table> found;
    if (auto s = m_db.eachRow(tableColumns + u"WHERE id = ? AND active = 1"_s, {id},
                              [&found](const sqlite::Rows &r) { found = tableFrom(r); });
        !s)
        return s.error();
    if (!found)
        return Error{ErrorCode::NotFound, u"No table with id %1"_s.arg(id), {}};
    return *found;
}

Status FloorPlanRepository::saveTableState(const QString &tableId, TableStatus status, const QString &orderId, int guests,
                                           const QDateTime &seatedAt)
{
    if (auto r = m_db.run(
            u"UPDATE dining_tables SET status = ?, order_id = ?, guests = ?, seated_at = ? WHERE id = ?"_s,
            {enumName(status), nullIfEmpty(orderId), guests, seatedAt.isValid() ? QVariant(toMs(seatedAt)) : sqlNull(), tableId});
        !r)
        return r;
    return m_db.run(u"UPDATE floor_plan SET state_version = state_version + 1 WHERE id = 1"_s);
}

Status FloorPlanRepository::replace(const FloorPlan &plan, qint64 version)
{
    // A table name may have been used by a removed table: names only clash among active tables.
    if (auto r = m_db.exec(u"DELETE FROM zones"_s); !r)
        return r.error();
    for (qsizetype i = 0; i < plan.zones.size(); ++i) {
        const Zone &z = plan.zones[i];
        if (auto r = m_db.exec(u"INSERT INTO zones (id, name, sort) VALUES (?, ?, ?)"_s, {z.id, z.name, int(i)}); !r)
            return r.error();
    }
    if (auto r = m_db.exec(u"UPDATE dining_tables SET active = 0"_s); !r)
        return r.error();
    for (qsizetype i = 0; i < plan.tables.size(); ++i) {
        const Table &t = plan.tables[i];
        // Geometry and seats come from the plan; live state (status, order, guests) stays.
        auto r = m_db.exec(
            u"INSERT INTO dining_tables (id, name, zone_id, seats, shape, x, y, w, h, rotation, status, guests, active, sort) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'VACANT', 0, 1, ?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, zone_id = excluded.zone_id, seats = excluded.seats, "
            "shape = excluded.shape, x = excluded.x, y = excluded.y, w = excluded.w, h = excluded.h, "
            "rotation = excluded.rotation, active = 1, sort = excluded.sort"_s,
            {t.id, t.name, t.zoneId, t.seats, enumName(t.shape), t.x, t.y, t.w, t.h, t.rotation, int(i)});
        if (!r)
            return r.error();
    }
    if (auto r = m_db.exec(u"UPDATE floor_plan SET version = ? WHERE id = 1"_s, {version}); !r)
        return r.error();
    return {};
}

} // namespace tavola::server
