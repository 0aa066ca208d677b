// /api/v1/floor-plan and /api/v1/tables.
#include "controllers.h"
#include "domain/requests.h"
#include "storage/floorplanrepository.h"
#include "storage/orderrepository.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

ApiResult getPlan(RequestContext &ctx)
{
    FloorPlanRepository plans(ctx.db);
    auto version = knownVersion(ctx, ctx.state.floorVersion, [&] { return plans.readVersion(); });
    if (!version)
        return version.error();
    return cachedRead(ctx, u"floor"_s, *version, [&]() -> Result<QJsonValue> {
        auto plan = plans.load();
        if (!plan)
            return plan.error();
        return QJsonValue(plan->toJson());
    });
}

ApiResult putPlan(RequestContext &ctx)
{
    auto incoming = FloorPlan::fromJson(ctx.body);
    if (!incoming)
        return incoming.error();
    auto current = FloorPlanRepository(ctx.db).load();
    if (!current)
        return current.error();
    if (incoming->version != current->version)
        return Error{ErrorCode::VersionConflict,
                     u"The floor plan was changed elsewhere (version %1, yours %2); reload it and edit again"_s.arg(current->version)
                         .arg(incoming->version),
                     QJsonObject{{u"current_version"_s, current->version}}};
    QSet<QString> keep;
    for (const Table &t : incoming->tables)
        keep.insert(t.id);
    for (const Table &t : current->tables) {
        if (!keep.contains(t.id) && !t.orderId.isEmpty())
            return Error{ErrorCode::TableOccupied, u"Table %1 has an open order and cannot be removed"_s.arg(t.name),
                         QJsonObject{{u"table_id"_s, t.id}}};
    }
    const qint64 version = current->version + 1;
    if (auto s = FloorPlanRepository(ctx.db).replace(*incoming, version); !s)
        return s.error();
    if (auto s = audit(ctx, u"floor_plan.save"_s, u"floor_plan"_s, u"1"_s, QJsonObject{{u"version"_s, current->version}},
                       QJsonObject{{u"version"_s, version}, {u"tables"_s, incoming->tables.size()}, {u"zones"_s, incoming->zones.size()}});
        !s)
        return s.error();
    if (auto s = ctx.events.emitEvent(u"floor_plan.updated"_s, {{u"version"_s, version}}); !s)
        return s.error();
    auto saved = FloorPlanRepository(ctx.db).load();
    if (!saved)
        return saved.error();
    return ApiResult::ok(saved->toJson());
}

ApiResult listTables(RequestContext &ctx)
{
    auto plan = FloorPlanRepository(ctx.db).load();
    if (!plan)
        return plan.error();
    auto checks = OrderRepository(ctx.db).openByTable(); // a table with split checks holds them all
    if (!checks)
        return checks.error();
    QJsonArray out;
    for (Table t : plan->tables) {
        t.orderIds = checks->value(t.id);
        out.append(t.toStatusJson());
    }
    return ApiResult::ok(QJsonObject{{u"tables"_s, out}});
}

ApiResult patchTable(RequestContext &ctx)
{
    auto req = TableStatusRequest::fromJson(ctx.body);
    if (!req)
        return req.error();
    auto table = FloorPlanRepository(ctx.db).table(ctx.param(u"id"_s));
    if (!table)
        return table.error();
    if (!table->orderId.isEmpty())
        return Error{ErrorCode::TableOccupied, u"Table %1 has an open order; its status follows the order"_s.arg(table->name),
                     QJsonObject{{u"order_id"_s, table->orderId}}};
    if (table->status == req->status)
        return ApiResult::ok(table->toStatusJson());
    if (auto s = checkTransition(table->status, req->status); !s)
        return s.error();
    if (auto s = setTableState(ctx, *table, req->status, {}, 0, {}); !s)
        return s.error();
    if (auto s = audit(ctx, u"table.status"_s, u"table"_s, table->id, QJsonObject{{u"status"_s, enumName(table->status)}},
                       QJsonObject{{u"status"_s, enumName(req->status)}});
        !s)
        return s.error();
    // The table as saved: free, without an order (it had none), its guests gone.
    Table after = *table;
    after.status = req->status;
    after.orderId.clear();
    after.guests = 0;
    after.seatedAt = {};
    return ApiResult::ok(after.toStatusJson());
}

} // namespace

void registerFloorPlanRoutes(Router &router)
{
    router.get(u"/api/v1/floor-plan"_s, Permission::anyStaff(), getPlan);
    router.put(u"/api/v1/floor-plan"_s, Permission::only({Role::Manager}), putPlan);
    router.get(u"/api/v1/tables"_s, Permission::anyStaff(), listTables);
    router.patch(u"/api/v1/tables/{id}"_s, Permission::only({Role::Waiter, Role::Cashier}), patchTable);
}

} // namespace tavola::server
