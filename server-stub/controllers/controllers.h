#pragma once

#include "api.h"
#include "domain/floorplan.h"
#include "domain/kitchenticket.h"
#include "domain/menu.h"
#include "domain/order.h"
#include "domain/queueticket.h"
#include "realtime/eventhub.h"
#include "serverstate.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/floorplanrepository.h"
#include "storage/kitchenrepository.h"
#include "storage/menurepository.h"
#include "storage/orderrepository.h"

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
void registerTaxInvoiceRoutes(Router &router);
void registerBillRoutes(Router &router);
void registerShiftRoutes(Router &router);
void registerReportRoutes(Router &router);
void registerSettingsRoutes(Router &router);
void registerDisplayRoutes(Router &router);
void registerBackupRoutes(Router &router);
void registerMenuCsvRoutes(Router &router);

// Shared steps used by several controllers. All run on the request's transaction.
/// Writes the order's header (status, table, discount, totals; not its lines) at the request's time.
Status saveOrderHeader(RequestContext &ctx, const Order &order);
/// Moves a table to a new status through the table state machine and emits the event.
Status setTableState(RequestContext &ctx, const QString &tableId, TableStatus status, const QString &orderId, int guests,
                     const QDateTime &seatedAt);
/// The same for a table the request has just read (it is not read again).
Status setTableState(RequestContext &ctx, const Table &table, TableStatus status, const QString &orderId, int guests,
                     const QDateTime &seatedAt);
/// Moves an order through the order state machine, updates its table, emits events.
Status changeOrderStatus(RequestContext &ctx, Order &order, OrderStatus to);
/// `table.status_changed` with the table as it is now and all its open checks (`order_ids`).
Status announceTable(RequestContext &ctx, const QString &tableId);
/// The table follows its open checks after one changed status: otherwise it holds the oldest,
/// SERVING while any check is served, CHECKOUT once all asked for the bill. `ended` is what the
/// table becomes when the check that changed was paid or cancelled and none is left (cleaning or
/// vacant); while others remain, the ended check is announced even if the table looks the same.
Status syncTable(RequestContext &ctx, const QString &tableId, std::optional<TableStatus> ended);
/// The next number of a gap-free series per POS ID: "<POS ID>-<prefix><6+ digits>" from the
/// counter "<series>:<POS ID>", taken inside the transaction (a rollback gives it back).
Result<QString> nextPosNumber(RequestContext &ctx, const QString &series, const QString &prefix);
/// Re-reads the order, recomputes and stores its totals.
Result<Order> refreshTotals(RequestContext &ctx, const QString &id);
/// The whole menu (inactive items too) at its current version, read once per version.
Result<std::shared_ptr<const Menu>> wholeMenu(RequestContext &ctx);
/// Opens `fresh` (numbered if it has no number yet): stored, its table seated unless it is a split
/// check, audited, `order.status_changed`. A table taken meanwhile is TABLE_OCCUPIED. `table` is
/// its table as the request read it (not read again), or null.
Result<Order> openOrder(RequestContext &ctx, Order fresh, const Table *table);
/// `order.updated` with the order as it is now.
Status emitOrderUpdated(RequestContext &ctx, const Order &order);
/// `order.updated` with the order's JSON, and the order's JSON as the answer (made once for both).
ApiResult answerOrderUpdated(RequestContext &ctx, const Order &order);
/// A manager, or a cashier with a manager's PIN in X-Manager-Pin (rate limited); returns the
/// approving manager's username. `what` names the action in the refusal ("Voiding items").
Result<QString> managerApproval(RequestContext &ctx, const QString &what);
/// The PIN and password work `route` will ask of `ctx` (its own, and a manager's PIN sent by a
/// cashier), to be done ahead off the server's thread; read only, nothing is written.
SecretWork secretWorkFor(const RequestContext &ctx, const Route &route);
/// Cancels the order's PENDING QR payments (FAILED with `reason`) here and at the gateway.
Status failPendingPayments(RequestContext &ctx, const QString &orderId, const QString &reason);
/// A refunded order's full tax invoice becomes CANCELLED (audited); none is fine.
Status cancelTaxInvoice(RequestContext &ctx, const QString &orderId);
/// The user's open till shift id, or an empty string.
Result<QString> openShiftOf(Database &db, qint64 userId);
/// PENDING QR payments past their expiry become EXPIRED (audited as "system").
Status expireStalePayments(Database &db, const QDateTime &now);
/// A business day from the query string ("2026-01-31"), empty when absent; VALIDATION_FAILED on `key`.
Result<QString> businessDayParam(const RequestContext &ctx, const QString &key);
/// Parses the report period: `from`/`to` business days ("2026-01-31", inclusive), today's by default.
Result<std::pair<QString, QString>> reportPeriod(const RequestContext &ctx);
Status audit(RequestContext &ctx, const QString &action, const QString &entity, const QString &entityId, const QJsonValue &before = {},
             const QJsonValue &after = {});
/// A read served from its serialised form while `version` (what the data is made from: a
/// version read from the database, so every instance sees a change) stays the same; `make`
/// builds it again otherwise. Answers 304 with no body when the request's If-None-Match holds
/// the ETag ("<name>-<version>").
ApiResult cachedRead(RequestContext &ctx, const QString &name, const QString &version, const std::function<Result<QJsonValue>()> &make);
/// A version read from the database by `read` (the menu's, the floor plan's), kept in `cached`: on
/// SQLite asked again only once this server has written something (Database::writeCount), or a
/// second later for a command-line tool's change; on PostgreSQL every time (other instances write).
Result<QString> knownVersion(RequestContext &ctx, ServerState::CachedVersion &cached, const std::function<Result<QString>()> &read);
/// The menu changed: a new menu version, told to every till as `menu.updated` (menu.cpp).
Status bumpMenuVersion(RequestContext &ctx);
/// The statuses of a comma-separated list from the query string (e.g. "OPEN,SERVING"); an
/// unknown status is VALIDATION_FAILED on field `status`.
template<typename E>
Result<QStringList> parseStatusList(const QString &list)
{
    QStringList out;
    for (const QString &s : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!enumFromName<E>(s.trimmed()))
            return Error::validation(QStringLiteral("status"),
                                     QStringLiteral("status must be one or more of %1, comma separated").arg(enumChoices<E>()));
        out << s.trimmed();
    }
    return out;
}
/// How many rows a list query returns: the `limit` query parameter, `fallback` when absent, else
/// 1..max (VALIDATION_FAILED otherwise).
Result<int> listLimit(const RequestContext &ctx, int fallback, int max);

/// The request body parsed by a codec, or the API error.
template<typename T>
Result<T> parseBody(const RequestContext &ctx, Result<T> (*parse)(const QJsonObject &))
{
    return parse(ctx.body);
}

/// Seeds the demo café (menu, floor plan, users, settings) into an empty database.
Status seedDemo(Database &db, ServerState &state);

} // namespace tavola::server
