#pragma once

#include "api.h"
#include "domain/floorplan.h"
#include "domain/kitchenticket.h"
#include "domain/menu.h"
#include "domain/order.h"
#include "domain/queueticket.h"
#include "realtime/eventhub.h"
#include "serverstate.h"
#include "storage/database.h"

namespace tavola::server {

// Route registration, one function per resource (see controllers/*.cpp).
void registerServiceRoutes(Router &router);
void registerAuthRoutes(Router &router);
void registerUserRoutes(Router &router);
void registerFloorPlanRoutes(Router &router);
void registerMenuRoutes(Router &router);
void registerQueueRoutes(Router &router);
void registerOrderRoutes(Router &router);
void registerKitchenRoutes(Router &router);
void registerPaymentRoutes(Router &router);
void registerShiftRoutes(Router &router);
void registerReportRoutes(Router &router);
void registerSettingsRoutes(Router &router);
void registerDisplayRoutes(Router &router);

// Shared data access used by several controllers. All run on the request's transaction.
Result<Menu> loadMenu(Database &db, bool includeInactive = false);
Result<FloorPlan> loadFloorPlan(Database &db);
Result<Table> loadTable(Database &db, const QString &id);
Result<Order> loadOrder(Database &db, const QString &id, const TaxSettings &tax);
Result<KitchenTicket> loadKitchenTicket(Database &db, const QString &id);
/// Writes the order's status, totals and discount (not its lines).
Status saveOrderHeader(RequestContext &ctx, const Order &order);
/// Moves a table to a new status through the table state machine and emits the event.
Status setTableState(RequestContext &ctx, const QString &tableId, TableStatus status, const QString &orderId,
                     int guests, const QDateTime &seatedAt);
/// Moves an order through the order state machine, updates its table, emits events.
Status changeOrderStatus(RequestContext &ctx, Order &order, OrderStatus to);
/// A manager, or a cashier with a manager's PIN in X-Manager-Pin (rate limited); returns the
/// approving manager's username. `what` names the action in the refusal ("Voiding items").
Result<QString> managerApproval(RequestContext &ctx, const QString &what);
/// Cancels the order's PENDING QR payments (FAILED with `reason`) here and at the gateway.
Status failPendingPayments(RequestContext &ctx, const QString &orderId, const QString &reason);
/// The user's open till shift id, or an empty string.
Result<QString> openShiftOf(Database &db, qint64 userId);
/// PENDING QR payments past their expiry become EXPIRED (audited as "system").
Status expireStalePayments(Database &db, const QDateTime &now);
/// Parses the report period: `from`/`to` business days ("2026-01-31", inclusive), today's by default.
Result<std::pair<QString, QString>> reportPeriod(const RequestContext &ctx);
Status audit(RequestContext &ctx, const QString &action, const QString &entity, const QString &entityId,
             const QJsonValue &before = {}, const QJsonValue &after = {});
/// Appends " AND status IN (?, …)" for a comma-separated list of statuses from the query string
/// (e.g. "OPEN,SERVING"); an unknown status is VALIDATION_FAILED on field `status`.
template<typename E>
Status appendStatusFilter(const QString &list, QString &sql, QVariantList &binds)
{
    QStringList marks;
    for (const QString &s : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!enumFromName<E>(s.trimmed()))
            return Error::validation(QStringLiteral("status"),
                                     QStringLiteral("status must be one or more of %1, comma separated").arg(enumChoices<E>()));
        marks << QStringLiteral("?");
        binds << s.trimmed();
    }
    if (!marks.isEmpty())
        sql += QStringLiteral(" AND status IN (%1)").arg(marks.join(QStringLiteral(", ")));
    return {};
}
/// The newest rows of a list query (`sql` is filtered but not ordered), as many as the `limit`
/// query parameter asks: `fallback` when absent, else 1..max (VALIDATION_FAILED otherwise).
Result<QList<Row>> newestRows(const RequestContext &ctx, QString sql, const QVariantList &binds, int fallback, int max);

/// The request body parsed by a codec, or the API error.
template<typename T>
Result<T> parseBody(const RequestContext &ctx, Result<T> (*parse)(const QJsonObject &))
{
    return parse(ctx.body);
}

/// Seeds the demo café (menu, floor plan, users, settings) into an empty database.
Status seedDemo(Database &db, ServerState &state);

} // namespace tavola::server
