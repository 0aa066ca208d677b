// /api/v1/shifts and /api/v1/reports/shift/{id} — a cashier's till session: opening cash, the
// payments taken while it is open, an X report any time and a Z report when it is closed.
#include "controllers.h"
#include "domain/json.h"
#include "domain/payment.h"
#include "domain/reports.h"
#include "storage/shiftrepository.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

/// The shift's figures, straight from the payments that belong to it. `counted` closes it (Z).
Result<ShiftReport> computeReport(RequestContext &ctx, const Shift &shift, std::optional<Money> counted)
{
    auto f = ShiftRepository(ctx.db).figures(shift.id);
    if (!f)
        return f.error();
    ShiftReport report;
    CountAmount sales, refunds;
    for (const PaymentMethod m : {PaymentMethod::Cash, PaymentMethod::PromptPay, PaymentMethod::Card}) {
        const CountAmount sold = f->sales.value(enumName(m));
        const CountAmount refunded = f->refunds.value(enumName(m));
        report.byMethod.append({enumName(m), sold.count, sold.amount, refunded, sold.amount - refunded.amount});
    }
    for (const CountAmount &c : std::as_const(f->sales))
        sales = {sales.count + c.count, sales.amount + c.amount};
    for (const CountAmount &c : std::as_const(f->refunds))
        refunds = {refunds.count + c.count, refunds.amount + c.amount};
    const Money cashSales = f->sales.value(u"cash"_s).amount;
    const Money cashRefunds = f->refunds.value(u"cash"_s).amount;
    const Money expected = shift.openingCash + cashSales - cashRefunds;
    report.cash = {shift.openingCash, cashSales, cashRefunds,
                   expected,          counted,   counted ? std::optional(*counted - expected) : std::nullopt};
    report.z = counted || shift.status == Shift::Status::Closed;
    report.generatedAt = ctx.now;
    report.sales = sales;
    report.refunds = refunds;
    report.net = sales.amount - refunds.amount;
    report.discounts = f->discounts;
    report.voids = f->voids;
    report.vat = f->vat;
    report.serviceCharge = f->serviceCharge;
    report.cashRounding = f->cashRounding;
    report.unsettledQrPayments = f->unsettledQrPayments;
    report.tips = f->tips;
    for (const auto &[staff, tips] : f->tipsByStaff)
        report.tipsByStaff.append({staff, tips});
    return report;
}

/// X report for an open shift (live), the stored Z report for a closed one.
Result<QJsonObject> shiftReport(RequestContext &ctx, const ShiftRepository::Record &record)
{
    if (record.shift.status == Shift::Status::Closed) {
        QJsonObject z = record.zReport;
        z.insert(u"shift"_s, record.shift.toJson());
        return z;
    }
    auto report = computeReport(ctx, record.shift, std::nullopt);
    if (!report)
        return report.error();
    QJsonObject json = report->toJson();
    json.insert(u"shift"_s, record.shift.toJson());
    return json;
}

ApiResult shiftReportFor(RequestContext &ctx, const QString &shiftId)
{
    auto shift = ShiftRepository(ctx.db).load(shiftId);
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
    ShiftRepository shifts(ctx.db);
    auto current = shifts.openShiftOf(ctx.caller().id);
    if (!current)
        return current.error();
    if (!current->isEmpty())
        return Error{ErrorCode::InvalidTransition, u"You already have an open shift (%1): close it before opening another"_s.arg(*current),
                     QJsonObject{{u"shift_id"_s, *current}}};
    auto id = shifts.open(ctx.caller().id, ctx.caller().username, opening, ctx.now);
    if (!id)
        return id.error();
    auto record = shifts.load(*id);
    if (!record)
        return record.error();
    const QJsonObject json = record->shift.toJson();
    if (auto s = audit(ctx, u"shift.open"_s, u"shift"_s, *id, {}, json); !s)
        return s.error();
    return ApiResult::ok(json, 201);
}

ApiResult closeShift(RequestContext &ctx)
{
    JsonReader r(ctx.body);
    const Money counted = r.money(u"counted_cash"_s, Presence::Required);
    if (!r.ok())
        return r.error();
    ShiftRepository shifts(ctx.db);
    auto record = shifts.load(ctx.param(u"id"_s));
    if (!record)
        return record.error();
    const Shift &shift = record->shift;
    if (shift.cashierId.toLongLong() != ctx.caller().id && !ctx.isManager())
        return Error{ErrorCode::Forbidden, u"Only %1 or a manager may close this shift"_s.arg(shift.cashier), {}};
    if (shift.status != Shift::Status::Open)
        return Error{ErrorCode::InvalidTransition, u"Shift %1 is already closed"_s.arg(ctx.param(u"id"_s)), {}};
    auto report = computeReport(ctx, shift, counted);
    if (!report)
        return report.error();
    // The Z report is frozen with the shift: reprinting it later gives the same figures.
    QJsonObject json = report->toJson();
    if (auto s = shifts.close(shift.id, counted, report->cash.expected, ctx.caller().username, json, ctx.now); !s)
        return s.error();
    auto closed = shifts.load(shift.id);
    if (!closed)
        return closed.error();
    json.insert(u"shift"_s, closed->shift.toJson());
    if (auto s = audit(ctx, u"shift.close"_s, u"shift"_s, shift.id, shift.toJson(), json); !s)
        return s.error();
    return ApiResult::ok(json);
}

ApiResult currentShift(RequestContext &ctx)
{
    auto id = ShiftRepository(ctx.db).openShiftOf(ctx.caller().id);
    if (!id)
        return id.error();
    if (id->isEmpty())
        return Error{ErrorCode::NotFound, u"You have no open shift"_s, {}};
    return shiftReportFor(ctx, *id);
}

ApiResult listShifts(RequestContext &ctx)
{
    const QString status = ctx.http.query.queryItemValue(u"status"_s);
    if (!status.isEmpty() && status != u"OPEN"_s && status != u"CLOSED"_s)
        return Error::validation(u"status"_s, u"status must be OPEN or CLOSED"_s);
    auto limit = listLimit(ctx, 100, 1000);
    if (!limit)
        return limit.error();
    auto shifts = ShiftRepository(ctx.db).newest(status, *limit);
    if (!shifts)
        return shifts.error();
    QJsonArray out;
    for (const auto &r : *shifts)
        out.append(r.shift.toJson());
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
