// /api/v1/shifts and /api/v1/reports/shift/{id} — a cashier's till session: opening cash, the
// payments taken while it is open, an X report any time and a Z report when it is closed.
#include "controllers.h"

#include "domain/json.h"
#include "domain/payment.h"
#include "domain/reports.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

QJsonObject shiftFromRow(const Row &r)
{
    auto money = [&](const QString &column) -> std::optional<Money> {
        const QVariant v = r.value(column);
        return v.isNull() ? std::nullopt : std::optional(Money::fromSatang(v.toLongLong()));
    };
    Shift shift;
    shift.id = r.value(u"id"_s).toString();
    shift.cashierId = r.value(u"cashier_id"_s).toString();
    shift.cashier = r.value(u"cashier_name"_s).toString();
    shift.status = enumFromName<Shift::Status>(r.value(u"status"_s).toString()).value_or(Shift::Status::Open);
    shift.openingCash = money(u"opening_cash"_s).value_or(Money());
    shift.openedAt = fromMs(r.value(u"opened_at"_s));
    shift.closedAt = fromMs(r.value(u"closed_at"_s));
    shift.countedCash = money(u"counted_cash"_s);
    shift.expectedCash = money(u"expected_cash"_s);
    if (shift.status == Shift::Status::Closed) {
        shift.closedBy = r.value(u"closed_by"_s).toString();
        shift.overShort = Money::fromSatang(r.value(u"counted_cash"_s).toLongLong() - r.value(u"expected_cash"_s).toLongLong());
    }
    return shift.toJson();
}

Result<Row> loadShift(Database &db, const QString &id)
{
    bool numeric = false;
    const qint64 n = id.toLongLong(&numeric);
    if (!numeric)
        return Error{ErrorCode::NotFound, u"No shift with id %1"_s.arg(id.left(40)), {}};
    return db.row(u"SELECT * FROM shifts WHERE id = ?"_s, {n}, u"No shift with id %1"_s.arg(id));
}

CountAmount countAmount(qint64 count, qint64 satang)
{
    return {count, Money::fromSatang(satang)};
}

/// The shift's figures, straight from the payments that belong to it. `counted` closes it (Z).
Result<QJsonObject> computeReport(RequestContext &ctx, const Row &shift, std::optional<Money> counted)
{
    const qint64 id = shift.value(u"id"_s).toLongLong();
    // Sales: payments taken in this shift that settled a bill (a later refund is its own line).
    auto byMethod = ctx.db.rows(u"SELECT method, COUNT(*) AS n, COALESCE(SUM(amount), 0) AS amount, COALESCE(SUM(cash_rounding), 0) AS rounding "
                                "FROM payments WHERE shift_id = ? AND status IN ('PAID', 'REFUNDED') GROUP BY method"_s,
                                {id});
    if (!byMethod)
        return byMethod.error();
    auto refunds = ctx.db.rows(u"SELECT method, COUNT(*) AS n, COALESCE(SUM(amount), 0) AS amount FROM payments "
                               "WHERE refund_shift_id = ? AND status = 'REFUNDED' GROUP BY method"_s,
                               {id});
    if (!refunds)
        return refunds.error();
    auto orders = ctx.db.row(u"SELECT COUNT(*) AS n, COALESCE(SUM(o.vat), 0) AS vat, COALESCE(SUM(o.service_charge), 0) AS service, "
                             "COALESCE(SUM(CASE WHEN o.discount > 0 THEN 1 ELSE 0 END), 0) AS discounted, COALESCE(SUM(o.discount), 0) AS discount "
                             "FROM orders o JOIN payments p ON p.order_id = o.id WHERE p.shift_id = ? AND p.status IN ('PAID', 'REFUNDED')"_s,
                             {id}, {});
    if (!orders)
        return orders.error();
    auto voids = ctx.db.row(u"SELECT COUNT(*) AS n, COALESCE(SUM(l.line_total), 0) AS amount FROM order_lines l "
                            "JOIN payments p ON p.order_id = l.order_id WHERE p.shift_id = ? AND p.status IN ('PAID', 'REFUNDED') AND l.voided = 1"_s,
                            {id}, {});
    if (!voids)
        return voids.error();
    auto open = ctx.db.row(u"SELECT COUNT(*) AS n FROM payments WHERE shift_id = ? AND status IN ('PENDING', 'FLAGGED')"_s, {id}, {});
    if (!open)
        return open.error();

    QHash<QString, std::pair<qint64, qint64>> sales, refunded;
    qint64 salesCount = 0, salesAmount = 0, rounding = 0, refundCount = 0, refundAmount = 0;
    for (const Row &r : *byMethod) {
        sales[r.value(u"method"_s).toString()] = {r.value(u"n"_s).toLongLong(), r.value(u"amount"_s).toLongLong()};
        salesCount += r.value(u"n"_s).toLongLong();
        salesAmount += r.value(u"amount"_s).toLongLong();
        rounding += r.value(u"rounding"_s).toLongLong();
    }
    for (const Row &r : *refunds) {
        refunded[r.value(u"method"_s).toString()] = {r.value(u"n"_s).toLongLong(), r.value(u"amount"_s).toLongLong()};
        refundCount += r.value(u"n"_s).toLongLong();
        refundAmount += r.value(u"amount"_s).toLongLong();
    }
    ShiftReport report;
    for (const PaymentMethod m : {PaymentMethod::Cash, PaymentMethod::PromptPay, PaymentMethod::Card}) {
        const auto [n, amount] = sales.value(enumName(m));
        const auto [rn, ramount] = refunded.value(enumName(m));
        report.byMethod.append({enumName(m), n, Money::fromSatang(amount), countAmount(rn, ramount), Money::fromSatang(amount - ramount)});
    }
    const qint64 opening = shift.value(u"opening_cash"_s).toLongLong();
    const qint64 cashSales = sales.value(u"cash"_s).second;
    const qint64 cashRefunds = refunded.value(u"cash"_s).second;
    const qint64 expected = opening + cashSales - cashRefunds;
    report.cash = {Money::fromSatang(opening), Money::fromSatang(cashSales), Money::fromSatang(cashRefunds), Money::fromSatang(expected),
                   counted, counted ? std::optional(Money::fromSatang(counted->satang() - expected)) : std::nullopt};
    report.z = counted || shift.value(u"status"_s).toString() == u"CLOSED"_s;
    report.generatedAt = ctx.now;
    report.sales = countAmount(salesCount, salesAmount);
    report.refunds = countAmount(refundCount, refundAmount);
    report.net = Money::fromSatang(salesAmount - refundAmount);
    report.discounts = countAmount(orders->value(u"discounted"_s).toLongLong(), orders->value(u"discount"_s).toLongLong());
    report.voids = countAmount(voids->value(u"n"_s).toLongLong(), voids->value(u"amount"_s).toLongLong());
    report.vat = Money::fromSatang(orders->value(u"vat"_s).toLongLong());
    report.serviceCharge = Money::fromSatang(orders->value(u"service"_s).toLongLong());
    report.cashRounding = Money::fromSatang(rounding);
    report.unsettledQrPayments = open->value(u"n"_s).toLongLong();
    return report.toJson();
}

/// X report for an open shift (live), the stored Z report for a closed one.
Result<QJsonObject> shiftReport(RequestContext &ctx, const Row &shift)
{
    if (shift.value(u"status"_s).toString() == u"CLOSED"_s) {
        QJsonObject z = QJsonDocument::fromJson(shift.value(u"z_report"_s).toString().toUtf8()).object();
        z.insert(u"shift"_s, shiftFromRow(shift));
        return z;
    }
    auto report = computeReport(ctx, shift, std::nullopt);
    if (!report)
        return report;
    report->insert(u"shift"_s, shiftFromRow(shift));
    return report;
}

ApiResult shiftReportFor(RequestContext &ctx, const QString &shiftId)
{
    auto shift = loadShift(ctx.db, shiftId);
    if (!shift)
        return shift.error();
    auto report = shiftReport(ctx, *shift);
    if (!report)
        return report.error();
    return ApiResult::ok(*report);
}

ApiResult openShift(RequestContext &ctx)
{
    JsonReader r(ctx.body);
    const Money opening = r.money(u"opening_cash"_s, Presence::Required);
    if (!r.ok())
        return r.error();
    auto current = openShiftOf(ctx.db, ctx.caller().id);
    if (!current)
        return current.error();
    if (!current->isEmpty())
        return Error{ErrorCode::InvalidTransition, u"You already have an open shift (%1): close it before opening another"_s.arg(*current),
                     QJsonObject{{u"shift_id"_s, *current}}};
    auto id = ctx.db.scalar(u"INSERT INTO shifts (cashier_id, cashier_name, status, opening_cash, opened_at) VALUES (?, ?, 'OPEN', ?, ?) RETURNING id"_s,
                            {ctx.caller().id, ctx.caller().username, opening.satang(), toMs(ctx.now)});
    if (!id)
        return id.error();
    auto row = loadShift(ctx.db, id->toString());
    if (!row)
        return row.error();
    const QJsonObject json = shiftFromRow(*row);
    if (auto s = audit(ctx, u"shift.open"_s, u"shift"_s, id->toString(), {}, json); !s)
        return s.error();
    return ApiResult::ok(json, 201);
}

ApiResult closeShift(RequestContext &ctx)
{
    JsonReader r(ctx.body);
    const Money counted = r.money(u"counted_cash"_s, Presence::Required);
    if (!r.ok())
        return r.error();
    auto shift = loadShift(ctx.db, ctx.param(u"id"_s));
    if (!shift)
        return shift.error();
    if (shift->value(u"cashier_id"_s).toLongLong() != ctx.caller().id && !ctx.isManager())
        return Error{ErrorCode::Forbidden, u"Only %1 or a manager may close this shift"_s.arg(shift->value(u"cashier_name"_s).toString()), {}};
    if (shift->value(u"status"_s).toString() != u"OPEN"_s)
        return Error{ErrorCode::InvalidTransition, u"Shift %1 is already closed"_s.arg(ctx.param(u"id"_s)), {}};
    auto report = computeReport(ctx, *shift, counted);
    if (!report)
        return report.error();
    const qint64 expected = Money::parse(report->value(u"cash"_s).toObject().value(u"expected"_s).toString())->satang();
    // The Z report is frozen with the shift: reprinting it later gives the same figures.
    if (auto u = ctx.db.exec(u"UPDATE shifts SET status = 'CLOSED', counted_cash = ?, expected_cash = ?, closed_at = ?, closed_by = ?, z_report = ? "
                             "WHERE id = ? AND status = 'OPEN'"_s,
                             {counted.satang(), expected, toMs(ctx.now), ctx.caller().username,
                              QString::fromUtf8(QJsonDocument(*report).toJson(QJsonDocument::Compact)), shift->value(u"id"_s)});
        !u)
        return u.error();
    auto closed = loadShift(ctx.db, ctx.param(u"id"_s));
    if (!closed)
        return closed.error();
    report->insert(u"shift"_s, shiftFromRow(*closed));
    if (auto s = audit(ctx, u"shift.close"_s, u"shift"_s, ctx.param(u"id"_s), shiftFromRow(*shift), *report); !s)
        return s.error();
    return ApiResult::ok(*report);
}

ApiResult currentShift(RequestContext &ctx)
{
    auto id = openShiftOf(ctx.db, ctx.caller().id);
    if (!id)
        return id.error();
    if (id->isEmpty())
        return Error{ErrorCode::NotFound, u"You have no open shift"_s, {}};
    return shiftReportFor(ctx, *id);
}

ApiResult listShifts(RequestContext &ctx)
{
    QString sql = u"SELECT * FROM shifts WHERE 1 = 1"_s;
    QVariantList binds;
    const QString status = ctx.http.query.queryItemValue(u"status"_s);
    if (!status.isEmpty()) {
        if (status != u"OPEN"_s && status != u"CLOSED"_s)
            return Error::validation(u"status"_s, u"status must be OPEN or CLOSED"_s);
        sql += u" AND status = ?"_s;
        binds << status;
    }
    auto rows = newestRows(ctx, sql, binds, 100, 1000);
    if (!rows)
        return rows.error();
    QJsonArray out;
    for (const Row &r : *rows)
        out.append(shiftFromRow(r));
    return ApiResult::ok(QJsonObject{{u"shifts"_s, out}});
}

ApiResult getShiftReport(RequestContext &ctx)
{
    return shiftReportFor(ctx, ctx.param(u"id"_s));
}

} // namespace

void registerShiftRoutes(Router &router)
{
    const Permission tills = Permission::only({Role::Cashier});
    router.post(u"/api/v1/shifts/open"_s, tills, Idempotency::Optional, openShift);
    router.post(u"/api/v1/shifts/{id}/close"_s, tills, Idempotency::Optional, closeShift);
    router.get(u"/api/v1/shifts/current"_s, tills, currentShift);
    router.get(u"/api/v1/shifts"_s, Permission::only({Role::Manager}), listShifts);
    router.get(u"/api/v1/reports/shift/{id}"_s, Permission::only({Role::Manager}), getShiftReport);
}

} // namespace tavola::server
