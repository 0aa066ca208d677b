#pragma once

#include "domain/floorplan.h"
#include "storage/database.h"

namespace tavola::server {

/// The floor plan: zones, tables with their geometry and their live state, and the plan's version.
class FloorPlanRepository
{
public:
    explicit FloorPlanRepository(Database &db) : m_db(db) { }

    /// The active tables and the zones, in plan order.
    Result<FloorPlan> load();
    /// What the floor plan as read is made at: its version and its tables' state version.
    Result<QString> readVersion();
    /// An active table, or NOT_FOUND.
    Result<Table> table(const QString &id);
    /// Writes a table's live state (no transition check: the caller decides).
    Status saveTableState(const QString &tableId, TableStatus status, const QString &orderId, int guests, const QDateTime &seatedAt);
    /// Replaces zones and table geometry with `plan` at `version`; the live state of tables that
    /// stay is kept, tables not in the plan are retired.
    Status replace(const FloorPlan &plan, qint64 version);

private:
    Database &m_db;
};

} // namespace tavola::server
