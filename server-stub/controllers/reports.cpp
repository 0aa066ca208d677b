// /api/v1/reports/sales, /api/v1/reports/queue and /api/v1/audit-log (manager). Every figure is
// aggregated in SQL over indexed columns (see bench/bench_reports.cpp for a million lines).
#include "domain/reports.h"

#include "controllers.h"
#include "domain/json.h"
#include "domain/staff.h"
#include "storage/reportqueries.h"
#include "storage/userrepository.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

/// One report row: the amounts docs/api.md names, plus `total` (what customers were charged).
/// net = total − VAT: sales excluding VAT, whether prices include VAT or not.
SalesReport::Row salesRow(const QString &key, const QString &label, const ReportQueries::SalesSums &s)
{
    return {key, label, s.count, s.gross, s.discounts, s.service, s.vat, s.total - s.vat, s.total};
}

ApiResult salesReport(RequestContext &ctx)
{
    auto period = reportPeriod(ctx);
    if (!period)
        return period.error();
    const QString groupBy = ctx.http.query.queryItemValue(u"group_by"_s).isEmpty() ? u"day"_s
                                                                                   : ctx.http.query.queryItemValue(u"group_by"_s);
    static const QStringList kGroups{u"day"_s, u"hour"_s, u"item"_s, u"category"_s, u"method"_s, u"staff"_s, u"channel"_s};
    if (!kGroups.contains(groupBy))
        return Error::validation(u"group_by"_s, u"group_by must be one of %1"_s.arg(kGroups.join(u", "_s)));
    ReportQueries queries(ctx.db);
    auto groups = queries.sales(groupBy, period->first, period->second);
    if (!groups)
        return groups.error();
    QHash<QString, QString> labels;
    if (groupBy == u"category"_s) {
        auto menu = MenuRepository(ctx.db).load(true);
        if (!menu)
            return menu.error();
        for (const Category &c : menu->categories)
            labels.insert(c.id, c.name);
    } else if (groupBy == u"staff"_s) {
        auto users = UserRepository(ctx.db).all();
        if (!users)
            return users.error();
        for (const User &u : *users)
            labels.insert(u.id, u.username);
    }
    SalesReport report;
    report.from = QDate::fromString(period->first, Qt::ISODate);
    report.to = QDate::fromString(period->second, Qt::ISODate);
    report.groupBy = groupBy;
    ReportQueries::SalesSums total;
    for (const auto &g : *groups) {
        QString key = g.key;
        QString label = key;
        if (groupBy == u"item"_s)
            label = g.label;
        else if (groupBy == u"category"_s)
            label = labels.value(key, key);
        else if (groupBy == u"staff"_s)
            label = key = labels.value(key, key);
        report.rows.append(salesRow(key, label, g));
        total = {{},
                 {},
                 total.count + g.count,
                 total.gross + g.gross,
                 total.discounts + g.discounts,
                 total.service + g.service,
                 total.vat + g.vat,
                 total.total + g.total};
    }
    // Order-level groups partition the sales, so their sum is the total; line groups share
    // amounts out per line, so the total comes from the orders themselves.
    if (groupBy == u"item"_s || groupBy == u"category"_s) {
        auto totals = queries.salesTotal(period->first, period->second);
        if (!totals)
            return totals.error();
        total = *totals;
    }
    auto refunds = queries.refunds(period->first, period->second);
    if (!refunds)
        return refunds.error();
    report.totals = salesRow(u"total"_s, u"Total"_s, total);
    report.refunds = *refunds;
    const QString format = ctx.http.query.queryItemValue(u"format"_s);
    if (format == u"csv"_s) { // for the accountant's spreadsheet
        ApiResult r;
        r.rawBody = report.toCsv();
        r.contentType = "text/csv; charset=utf-8";
        r.headers = {{"Content-Disposition", u"attachment; filename=\"%1\""_s.arg(report.csvFileName()).toUtf8()}};
        return r;
    }
    if (!format.isEmpty() && format != u"json"_s)
        return Error::validation(u"format"_s, u"format is json (the default) or csv"_s);
    return ApiResult::ok(report.toJson());
}

ApiResult queueReport(RequestContext &ctx)
{
    auto period = reportPeriod(ctx);
    if (!period)
        return period.error();
    ReportQueries queries(ctx.db);
    QueueReport report;
    report.from = QDate::fromString(period->first, Qt::ISODate);
    report.to = QDate::fromString(period->second, Qt::ISODate);
    auto all = queries.queue(period->first, period->second, {});
    if (!all)
        return all.error();
    report.all = *all;
    for (const QString &prefix : {u"A"_s, u"B"_s, u"C"_s}) {
        auto s = queries.queue(period->first, period->second, prefix);
        if (!s)
            return s.error();
        report.byPrefix.append(*s);
    }
    return ApiResult::ok(report.toJson());
}

ApiResult auditLog(RequestContext &ctx)
{
    AuditRepository::Filter filter;
    const auto &q = ctx.http.query;
    for (const auto &[key, out] : {std::pair{u"from"_s, &filter.from}, std::pair{u"to"_s, &filter.to}}) {
        const QString value = q.queryItemValue(key);
        if (value.isEmpty())
            continue;
        // A date means the whole day (UTC): to=2026-01-31 includes the 31st.
        QDateTime t = QDateTime(QDate::fromString(value, Qt::ISODate), QTime(0, 0), QTimeZone::utc());
        if (t.isValid() && key == u"to"_s)
            t = t.addDays(1);
        if (!t.isValid()) {
            const auto parsed = parseTime(value);
            if (!parsed)
                return Error::validation(key, u"%1 must be a date like 2026-01-31 or an RFC 3339 time"_s.arg(key));
            t = *parsed;
        }
        *out = t;
    }
    filter.entity = q.queryItemValue(u"entity"_s);
    filter.actor = q.queryItemValue(u"actor"_s);
    filter.action = q.queryItemValue(u"action"_s);
    auto limit = listLimit(ctx, 500, 5000);
    if (!limit)
        return limit.error();
    auto entries = AuditRepository(ctx.db).newest(filter, *limit);
    if (!entries)
        return entries.error();
    QJsonArray out;
    for (const AuditEntry &e : *entries)
        out.append(e.toJson());
    return ApiResult::ok(QJsonObject{{u"entries"_s, out}});
}

} // namespace

Result<QString> businessDayParam(const RequestContext &ctx, const QString &key)
{
    const QString value = ctx.http.query.queryItemValue(key);
    if (!value.isEmpty() && (value.size() != 10 || !QDate::fromString(value, Qt::ISODate).isValid()))
        return Error::validation(key, u"%1 must be a business day like 2026-01-31"_s.arg(key));
    return value;
}

Result<std::pair<QString, QString>> reportPeriod(const RequestContext &ctx)
{
    const QString today = ctx.state.businessDay(ctx.now);
    std::pair<QString, QString> period{today, today};
    for (const auto &[key, out] : {std::pair{u"from"_s, &period.first}, std::pair{u"to"_s, &period.second}}) {
        auto day = businessDayParam(ctx, key);
        if (!day)
            return day.error();
        if (!day->isEmpty())
            *out = *day;
    }
    if (ctx.http.query.queryItemValue(u"to"_s).isEmpty() && !ctx.http.query.queryItemValue(u"from"_s).isEmpty())
        period.second = std::max(period.first, today);
    if (period.first > period.second)
        return Error::validation(u"from"_s, u"from (%1) is after to (%2)"_s.arg(period.first, period.second));
    if (QDate::fromString(period.first, Qt::ISODate).daysTo(QDate::fromString(period.second, Qt::ISODate)) > 366)
        return Error::validation(u"to"_s, u"A report covers at most 366 days"_s);
    return period;
}

void registerReportRoutes(Router &router)
{
    const Permission managers = Permission::only({Role::Manager});
    router.get(u"/api/v1/reports/sales"_s, managers, salesReport);
    router.get(u"/api/v1/reports/queue"_s, managers, queueReport);
    router.get(u"/api/v1/audit-log"_s, managers, auditLog);
}

} // namespace tavola::server
