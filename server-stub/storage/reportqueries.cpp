#include "storage/reportqueries.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

// A sale is a PAID order that was not refunded (refunds are reported on their own). How it was
// paid and by whom is kept on the order, so each query reads one covering index (orders_report)
// over the period's business days, and the lines' index for items.
const auto kSales = u"o.status = 'PAID' AND o.refunded = 0 AND o.business_day >= ? AND o.business_day <= ?"_s;

ReportQueries::SalesSums sums(const Row &r)
{
    auto amount = [&r](const QString &column) { return Money::fromSatang(r.value(column).toLongLong()); };
    return {r.value(u"k"_s).toString(),
            r.value(u"label"_s).toString(),
            r.value(u"n"_s).toLongLong(),
            amount(u"gross"_s),
            amount(u"discounts"_s),
            amount(u"service"_s),
            amount(u"vat"_s),
            amount(u"total"_s)};
}

} // namespace

Result<QList<ReportQueries::SalesSums>> ReportQueries::sales(const QString &groupBy, const QString &from, const QString &to,
                                                             int utcOffsetMinutes)
{
    QString sql;
    if (groupBy == u"item"_s || groupBy == u"category"_s) {
        // Sold lines carry their share of the order's discount, service charge, VAT and total
        // (integer satang per line, so the sums may differ from the orders' by a few satang).
        const QString key = groupBy == u"item"_s ? u"menu_id"_s : u"category_id"_s;
        sql = u"SELECT %1 AS k, MAX(name) AS label, SUM(qty) AS n, SUM(line_total) AS gross, SUM(sale_discount) AS discounts, "
              "SUM(sale_service) AS service, SUM(sale_vat) AS vat, SUM(sale_total) AS total FROM order_lines "
              "WHERE sale_day >= ? AND sale_day <= ? GROUP BY %1 ORDER BY total DESC"_s.arg(key);
    } else if (groupBy == u"method"_s) {
        // A bill paid with one tender counts under its method; a bill paid with several is shared
        // out by what each tender paid of its total.
        auto share = [](const QString &column) {
            return u"SUM(CASE WHEN o.total > 0 THEN o.%1 * (p.amount - p.cash_rounding) / o.total ELSE o.%1 END)"_s.arg(column);
        };
        sql = u"SELECT k, SUM(n) AS n, SUM(gross) AS gross, SUM(discounts) AS discounts, SUM(service) AS service, SUM(vat) AS vat, "
              "SUM(total) AS total FROM ("
              "SELECT o.paid_method AS k, COUNT(*) AS n, SUM(o.subtotal) AS gross, SUM(o.discount) AS discounts, "
              "SUM(o.service_charge) AS service, SUM(o.vat) AS vat, SUM(o.total) AS total FROM orders o WHERE %1 AND o.tenders = 1 "
              "GROUP BY o.paid_method UNION ALL "
              "SELECT p.method AS k, COUNT(*) AS n, %2 AS gross, %3 AS discounts, %4 AS service, %5 AS vat, %6 AS total "
              "FROM orders o JOIN payments p ON p.order_id = o.id AND p.status = 'PAID' WHERE %1 AND o.tenders > 1 GROUP BY p.method"
              ") tenders GROUP BY k ORDER BY k"_s.arg(kSales, share(u"subtotal"_s), share(u"discount"_s), share(u"service_charge"_s),
                                                      share(u"vat"_s), share(u"total"_s));
        auto rows = m_db.rows(sql, {from, to, from, to});
        if (!rows)
            return rows.error();
        QList<SalesSums> out;
        for (const Row &r : *rows)
            out.append(sums(r));
        return out;
    } else {
        static const QHash<QString, QString> kKeys{{u"day"_s, u"o.business_day"_s},
                                                   {u"method"_s, u"o.paid_method"_s},
                                                   {u"staff"_s, u"o.paid_by"_s},
                                                   {u"channel"_s, u"COALESCE(o.channel, o.type)"_s}};
        const QString key = groupBy == u"hour"_s ? u"((o.paid_at + %1) / 3600000) % 24"_s.arg(qint64(utcOffsetMinutes) * 60000)
                                                 : kKeys.value(groupBy);
        if (key.isEmpty())
            return Error::validation(u"group_by"_s, u"Unknown group %1"_s.arg(groupBy.left(20)));
        sql = u"SELECT %1 AS k, COUNT(*) AS n, SUM(o.subtotal) AS gross, SUM(o.discount) AS discounts, SUM(o.service_charge) AS service, "
              "SUM(o.vat) AS vat, SUM(o.total) AS total FROM orders o WHERE %2 GROUP BY %1 ORDER BY %1"_s.arg(key, kSales);
    }
    auto rows = m_db.rows(sql, {from, to});
    if (!rows)
        return rows.error();
    QList<SalesSums> out;
    for (const Row &r : *rows) {
        SalesSums s = sums(r);
        if (groupBy == u"hour"_s)
            s.key = u"%1"_s.arg(r.value(u"k"_s).toInt(), 2, 10, QChar(u'0'));
        out.append(s);
    }
    return out;
}

Result<ReportQueries::SalesSums> ReportQueries::salesTotal(const QString &from, const QString &to)
{
    auto totals = m_db.row(u"SELECT COUNT(*) AS n, COALESCE(SUM(o.subtotal), 0) AS gross, COALESCE(SUM(o.discount), 0) AS discounts, "
                           "COALESCE(SUM(o.service_charge), 0) AS service, COALESCE(SUM(o.vat), 0) AS vat, "
                           "COALESCE(SUM(o.total), 0) AS total FROM orders o WHERE "_s
                               + kSales,
                           {from, to}, {});
    if (!totals)
        return totals.error();
    return sums(*totals);
}

Result<CountAmount> ReportQueries::refunds(const QString &from, const QString &to)
{
    auto refunds = m_db.row(u"SELECT COUNT(*) AS n, COALESCE(SUM(o.total), 0) AS amount FROM orders o "
                            "WHERE o.status = 'PAID' AND o.refunded = 1 AND o.business_day >= ? AND o.business_day <= ?"_s,
                            {from, to}, {});
    if (!refunds)
        return refunds.error();
    return CountAmount{refunds->value(u"n"_s).toLongLong(), Money::fromSatang(refunds->value(u"amount"_s).toLongLong())};
}

Result<QueueReport::Stats> ReportQueries::queue(const QString &from, const QString &to, const QString &prefix)
{
    // Wait = from taking the ticket to being seated, for parties that were seated.
    const QString where = u"WHERE business_day >= ? AND business_day <= ?"_s + (prefix.isEmpty() ? QString() : u" AND prefix = ?"_s);
    QVariantList binds{from, to};
    if (!prefix.isEmpty())
        binds << prefix;
    auto row = m_db.row(u"SELECT COUNT(*) AS n, "
                        "COALESCE(SUM(CASE WHEN status = 'SEATED' THEN 1 ELSE 0 END), 0) AS seated, "
                        "COALESCE(SUM(CASE WHEN status = 'NO_SHOW' THEN 1 ELSE 0 END), 0) AS no_shows, "
                        "COALESCE(SUM(CASE WHEN status = 'CANCELLED' THEN 1 ELSE 0 END), 0) AS cancelled, "
                        "COALESCE(SUM(CASE WHEN status IN ('WAITING', 'CALLED') THEN 1 ELSE 0 END), 0) AS waiting, "
                        "AVG(CASE WHEN status = 'SEATED' THEN seated_at - created_at END) AS avg_wait FROM queue_tickets "_s
                            + where,
                        binds, {});
    if (!row)
        return row.error();
    const qint64 seated = row->value(u"seated"_s).toLongLong();
    std::optional<double> p90;
    if (seated > 0) {
        // The 90th percentile by the nearest-rank method: the ⌈0.9·n⌉-th shortest wait.
        const qint64 rank = (seated * 9 + 9) / 10;
        auto v = m_db.scalar(u"SELECT seated_at - created_at AS w FROM queue_tickets "_s + where
                                 + u" AND status = 'SEATED' ORDER BY w LIMIT 1 OFFSET %1"_s.arg(rank - 1),
                             binds);
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
}

} // namespace tavola::server
