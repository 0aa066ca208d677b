// /api/v1/reports/sales, /api/v1/reports/queue and /api/v1/audit-log (manager). Every figure is
// aggregated in SQL over indexed columns (see bench/bench_reports.cpp for a million lines).
#include "controllers.h"

#include "domain/json.h"
#include "domain/reports.h"
#include "domain/staff.h"

#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

/// One report row: the amounts docs/api.md names, plus `total` (what customers were charged).
/// net = total − VAT: sales excluding VAT, whether prices include VAT or not.
SalesReport::Row salesRow(const QString &key, const QString &label, const Row &r)
{
    auto amount = [&r](const QString &column) { return Money::fromSatang(r.value(column).toLongLong()); };
    return {key,
            label,
            r.value(u"n"_s).toLongLong(),
            amount(u"gross"_s),
            amount(u"discounts"_s),
            amount(u"service"_s),
            amount(u"vat"_s),
            Money::fromSatang(r.value(u"total"_s).toLongLong() - r.value(u"vat"_s).toLongLong()),
            amount(u"total"_s)};
}

ApiResult salesReport(RequestContext &ctx)
{
    auto period = reportPeriod(ctx);
    if (!period)
        return period.error();
    const QString groupBy = ctx.http.query.queryItemValue(u"group_by"_s).isEmpty() ? u"day"_s : ctx.http.query.queryItemValue(u"group_by"_s);
    static const QStringList kGroups{u"day"_s, u"hour"_s, u"item"_s, u"category"_s, u"method"_s, u"staff"_s};
    if (!kGroups.contains(groupBy))
        return Error::validation(u"group_by"_s, u"group_by must be one of %1"_s.arg(kGroups.join(u", "_s)));

    // A sale is a PAID order that was not refunded (refunds are reported on their own). How it
    // was paid and by whom is kept on the order, so each query reads one covering index
    // (orders_report) over the period's business days, and the lines' index for items.
    const QString sales = u"o.status = 'PAID' AND o.refunded = 0 AND o.business_day >= ? AND o.business_day <= ?"_s;
    const QVariantList binds{period->first, period->second};
    const bool byLine = groupBy == u"item"_s || groupBy == u"category"_s;
    QString sql;
    if (byLine) {
        // Sold lines carry their share of the order's discount, service charge, VAT and total
        // (integer satang per line, so the sums may differ from the orders' by a few satang).
        const QString key = groupBy == u"item"_s ? u"menu_id"_s : u"category_id"_s;
        sql = u"SELECT %1 AS k, MAX(name) AS label, SUM(qty) AS n, SUM(line_total) AS gross, SUM(sale_discount) AS discounts, "
              "SUM(sale_service) AS service, SUM(sale_vat) AS vat, SUM(sale_total) AS total FROM order_lines "
              "WHERE sale_day >= ? AND sale_day <= ? GROUP BY %1 ORDER BY total DESC"_s.arg(key);
    } else {
        static const QHash<QString, QString> kKeys{{u"day"_s, u"o.business_day"_s},
                                                  {u"method"_s, u"o.paid_method"_s},
                                                  {u"staff"_s, u"o.paid_by"_s}};
        // group_by=hour: the shop's local hour of payment.
        const QString key = groupBy == u"hour"_s
                                ? u"((o.paid_at + %1) / 3600000) % 24"_s.arg(qint64(ctx.state.shop.utcOffsetMinutes) * 60000)
                                : kKeys.value(groupBy);
        sql = u"SELECT %1 AS k, COUNT(*) AS n, SUM(o.subtotal) AS gross, SUM(o.discount) AS discounts, SUM(o.service_charge) AS service, "
              "SUM(o.vat) AS vat, SUM(o.total) AS total FROM orders o WHERE %2 GROUP BY %1 ORDER BY %1"_s.arg(key, sales);
    }
    auto rows = ctx.db.rows(sql, binds);
    if (!rows)
        return rows.error();
    QHash<QString, QString> labels;
    if (groupBy == u"category"_s) {
        auto menu = loadMenu(ctx.db, true);
        if (!menu)
            return menu.error();
        for (const Category &c : menu->categories)
            labels.insert(c.id, c.name);
    } else if (groupBy == u"staff"_s) {
        auto users = ctx.db.rows(u"SELECT id, username FROM users"_s);
        if (!users)
            return users.error();
        for (const Row &u : *users)
            labels.insert(u.value(u"id"_s).toString(), u.value(u"username"_s).toString());
    }
    SalesReport report;
    report.from = QDate::fromString(period->first, Qt::ISODate);
    report.to = QDate::fromString(period->second, Qt::ISODate);
    report.groupBy = groupBy;
    qint64 sums[6] = {};
    for (const Row &r : *rows) {
        QString key = r.value(u"k"_s).toString();
        QString label = key;
        if (groupBy == u"hour"_s)
            label = key = u"%1"_s.arg(r.value(u"k"_s).toInt(), 2, 10, QChar(u'0'));
        else if (groupBy == u"item"_s)
            label = r.value(u"label"_s).toString();
        else if (groupBy == u"category"_s)
            label = labels.value(key, key);
        else if (groupBy == u"staff"_s)
            label = key = labels.value(key, key);
        report.rows.append(salesRow(key, label, r));
        int i = 0;
        for (const QString &column : {u"n"_s, u"gross"_s, u"discounts"_s, u"service"_s, u"vat"_s, u"total"_s})
            sums[i++] += r.value(column).toLongLong();
    }
    // Order-level groups partition the sales, so their sum is the total; line groups share
    // amounts out per line, so the total comes from the orders themselves.
    Row totalsRow{{u"n"_s, sums[0]}, {u"gross"_s, sums[1]}, {u"discounts"_s, sums[2]},
                  {u"service"_s, sums[3]}, {u"vat"_s, sums[4]}, {u"total"_s, sums[5]}};
    if (byLine) {
        auto totals = ctx.db.row(u"SELECT COUNT(*) AS n, COALESCE(SUM(o.subtotal), 0) AS gross, COALESCE(SUM(o.discount), 0) AS discounts, "
                                 "COALESCE(SUM(o.service_charge), 0) AS service, COALESCE(SUM(o.vat), 0) AS vat, "
                                 "COALESCE(SUM(o.total), 0) AS total FROM orders o WHERE "_s + sales,
                                 binds, {});
        if (!totals)
            return totals.error();
        totalsRow = *totals;
    }
    auto refunds = ctx.db.row(u"SELECT COUNT(*) AS n, COALESCE(SUM(o.total), 0) AS amount FROM orders o "
                              "WHERE o.status = 'PAID' AND o.refunded = 1 AND o.business_day >= ? AND o.business_day <= ?"_s,
                              binds, {});
    if (!refunds)
        return refunds.error();
    report.totals = salesRow(u"total"_s, u"Total"_s, totalsRow);
    report.refunds = {refunds->value(u"n"_s).toLongLong(), Money::fromSatang(refunds->value(u"amount"_s).toLongLong())};
    return ApiResult::ok(report.toJson());
}

ApiResult queueReport(RequestContext &ctx)
{
    auto period = reportPeriod(ctx);
    if (!period)
        return period.error();
    const QVariantList binds{period->first, period->second};
    // Wait = from taking the ticket to being seated, for parties that were seated.
    auto stats = [&](const QString &prefix) -> Result<QueueReport::Stats> {
        const QString where = u"WHERE business_day >= ? AND business_day <= ?"_s + (prefix.isEmpty() ? QString() : u" AND prefix = ?"_s);
        QVariantList b = binds;
        if (!prefix.isEmpty())
            b << prefix;
        auto row = ctx.db.row(u"SELECT COUNT(*) AS n, "
                              "COALESCE(SUM(CASE WHEN status = 'SEATED' THEN 1 ELSE 0 END), 0) AS seated, "
                              "COALESCE(SUM(CASE WHEN status = 'NO_SHOW' THEN 1 ELSE 0 END), 0) AS no_shows, "
                              "COALESCE(SUM(CASE WHEN status = 'CANCELLED' THEN 1 ELSE 0 END), 0) AS cancelled, "
                              "COALESCE(SUM(CASE WHEN status IN ('WAITING', 'CALLED') THEN 1 ELSE 0 END), 0) AS waiting, "
                              "AVG(CASE WHEN status = 'SEATED' THEN seated_at - created_at END) AS avg_wait FROM queue_tickets "_s + where,
                              b, {});
        if (!row)
            return row.error();
        const qint64 seated = row->value(u"seated"_s).toLongLong();
        std::optional<double> p90;
        if (seated > 0) {
            // The 90th percentile by the nearest-rank method: the ⌈0.9·n⌉-th shortest wait.
            const qint64 rank = (seated * 9 + 9) / 10;
            auto v = ctx.db.scalar(u"SELECT seated_at - created_at AS w FROM queue_tickets "_s + where +
                                       u" AND status = 'SEATED' ORDER BY w LIMIT 1 OFFSET %1"_s.arg(rank - 1),
                                   b);
            if (!v)
                return v.error();
            p90 = std::round(v->toDouble() / 6000.0) / 10.0;
        }
        const QVariant avg = row->value(u"avg_wait"_s);
        return QueueReport::Stats{row->value(u"n"_s).toLongLong(),
                                  seated,
                                  row->value(u"no_shows"_s).toLongLong(),
                                  row->value(u"cancelled"_s).toLongLong(),
                                  row->value(u"waiting"_s).toLongLong(),
                                  avg.isNull() ? std::nullopt : std::optional(std::round(avg.toDouble() / 6000.0) / 10.0),
                                  p90,
                                  prefix};
    };
    QueueReport report;
    report.from = QDate::fromString(period->first, Qt::ISODate);
    report.to = QDate::fromString(period->second, Qt::ISODate);
    auto all = stats({});
    if (!all)
        return all.error();
    report.all = *all;
    for (const QString &prefix : {u"A"_s, u"B"_s, u"C"_s}) {
        auto s = stats(prefix);
        if (!s)
            return s.error();
        report.byPrefix.append(*s);
    }
    return ApiResult::ok(report.toJson());
}

ApiResult auditLog(RequestContext &ctx)
{
    QString sql = u"SELECT id, at, actor_name, action, entity, entity_id, before_json, after_json, request_id FROM audit_log WHERE 1 = 1"_s;
    QVariantList binds;
    const auto &q = ctx.http.query;
    for (const auto &[key, op] : {std::pair{u"from"_s, u">="_s}, std::pair{u"to"_s, u"<"_s}}) {
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
        sql += u" AND at %1 ?"_s.arg(op);
        binds << toMs(t);
    }
    if (const QString entity = q.queryItemValue(u"entity"_s); !entity.isEmpty()) {
        sql += u" AND entity = ?"_s;
        binds << entity;
    }
    if (const QString actor = q.queryItemValue(u"actor"_s); !actor.isEmpty()) {
        sql += u" AND actor_name = ?"_s;
        binds << actor;
    }
    if (const QString action = q.queryItemValue(u"action"_s); !action.isEmpty()) {
        sql += u" AND action = ?"_s;
        binds << action;
    }
    auto rows = newestRows(ctx, sql, binds, 500, 5000);
    if (!rows)
        return rows.error();
    auto json = [](const QVariant &v) { return QJsonDocument::fromJson(v.toString().toUtf8()).object(); };
    QJsonArray out;
    for (const Row &r : *rows) {
        AuditEntry e;
        e.id = r.value(u"id"_s).toString();
        e.at = fromMs(r.value(u"at"_s));
        e.actor = r.value(u"actor_name"_s).toString();
        e.action = r.value(u"action"_s).toString();
        e.entity = r.value(u"entity"_s).toString();
        e.entityId = r.value(u"entity_id"_s).toString();
        e.before = json(r.value(u"before_json"_s));
        e.after = json(r.value(u"after_json"_s));
        e.requestId = r.value(u"request_id"_s).toString();
        out.append(e.toJson());
    }
    return ApiResult::ok(QJsonObject{{u"entries"_s, out}});
}

} // namespace

Result<std::pair<QString, QString>> reportPeriod(const RequestContext &ctx)
{
    const QString today = ctx.state.businessDay(ctx.now);
    std::pair<QString, QString> period{today, today};
    for (const auto &[key, out] : {std::pair{u"from"_s, &period.first}, std::pair{u"to"_s, &period.second}}) {
        const QString value = ctx.http.query.queryItemValue(key);
        if (value.isEmpty())
            continue;
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (!d.isValid() || value.size() != 10)
            return Error::validation(key, u"%1 must be a business day like 2026-01-31"_s.arg(key));
        *out = value;
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
