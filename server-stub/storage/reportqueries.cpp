#include "storage/reportqueries.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

// A sale is a PAID order that was not refunded (refunds are reported on their own). How it was
// paid and by whom is kept on the order; the sold lines carry their share of the order's
// discount, service charge, VAT and total (integer satang per line, so item sums may differ from
// the orders' by a few satang).
const auto kSold = u"o.status = 'PAID' AND o.refunded = 0"_s;

/// Which orders a contribution covers: a condition on orders `o` and the same on order lines.
struct Scope
{
    QString orders;
    QString lines;
    QVariantList binds;
    static Scope order(const QString &id) { return {u"o.id = ?"_s, u"order_id = ?"_s, {id.toLongLong()}}; }
    static Scope all() { return {u"1 = 1"_s, u"1 = 1"_s, {}}; }
    static Scope period(const QString &from, const QString &to)
    {
        return {u"o.business_day >= ? AND o.business_day <= ?"_s, u"sale_day >= ? AND sale_day <= ?"_s, {from, to}};
    }
};

/// The sums of the sales `scope` covers per business day and key of `group`, as rows
/// (d, k, label, n, gross, discounts, service, vat, total) with their binds.
std::pair<QString, QVariantList> salesByDay(const QString &group, const Scope &scope, int utcOffsetMinutes)
{
    const QString sums = u"SUM(o.subtotal) AS gross, SUM(o.discount) AS discounts, SUM(o.service_charge) AS service, "
                         "SUM(o.vat) AS vat, SUM(o.total) AS total"_s;
    if (group == u"item"_s || group == u"category"_s) {
        const QString key = group == u"item"_s ? u"menu_id"_s : u"category_id"_s;
        return {u"SELECT sale_day AS d, CAST(%1 AS TEXT) AS k, MAX(name) AS label, SUM(qty) AS n, SUM(line_total) AS gross, "
                "SUM(sale_discount) AS discounts, SUM(sale_service) AS service, SUM(sale_vat) AS vat, SUM(sale_total) AS total "
                "FROM order_lines WHERE sale_day IS NOT NULL AND %2 GROUP BY sale_day, %1"_s.arg(key, scope.lines),
                scope.binds};
    }
    if (group == u"method"_s) {
        // A bill paid with one tender counts under its method; a bill paid with several is shared
        // out by what each tender paid of its total.
        auto share = [](const QString &column) {
            return u"SUM(CASE WHEN o.total > 0 THEN o.%1 * (p.amount - p.cash_rounding) / o.total ELSE o.%1 END)"_s.arg(column);
        };
        return {u"SELECT d, k, '' AS label, SUM(n) AS n, SUM(gross) AS gross, SUM(discounts) AS discounts, SUM(service) AS service, "
                "SUM(vat) AS vat, SUM(total) AS total FROM ("
                "SELECT o.business_day AS d, o.paid_method AS k, COUNT(*) AS n, %2 FROM orders o WHERE %1 AND %3 AND o.tenders = 1 "
                "GROUP BY o.business_day, o.paid_method UNION ALL "
                "SELECT o.business_day AS d, p.method AS k, COUNT(*) AS n, %4 AS gross, %5 AS discounts, %6 AS service, %7 AS vat, "
                "%8 AS total FROM orders o JOIN payments p ON p.order_id = o.id AND p.status = 'PAID' WHERE %1 AND %3 AND o.tenders > 1 "
                "GROUP BY o.business_day, p.method) tenders GROUP BY d, k"_s.arg(kSold, sums, scope.orders, share(u"subtotal"_s),
                                                                                 share(u"discount"_s), share(u"service_charge"_s),
                                                                                 share(u"vat"_s), share(u"total"_s)),
                scope.binds + scope.binds};
    }
    if (group == u"refund"_s)
        return {u"SELECT o.business_day AS d, '' AS k, '' AS label, COUNT(*) AS n, 0 AS gross, 0 AS discounts, 0 AS service, "
                "0 AS vat, SUM(o.total) AS total FROM orders o WHERE o.status = 'PAID' AND o.refunded = 1 AND %1 "
                "GROUP BY o.business_day"_s.arg(scope.orders),
                scope.binds};
    static const QHash<QString, QString> kKeys{
        {u"day"_s, u"o.business_day"_s}, {u"staff"_s, u"o.paid_by"_s}, {u"channel"_s, u"COALESCE(o.channel, o.type)"_s}};
    const QString key = group == u"hour"_s ? u"((o.paid_at + %1) / 3600000) % 24"_s.arg(qint64(utcOffsetMinutes) * 60000)
                                           : kKeys.value(group);
    return {u"SELECT o.business_day AS d, CAST(%1 AS TEXT) AS k, '' AS label, COUNT(*) AS n, %2 FROM orders o "
            "WHERE %3 AND %4 GROUP BY o.business_day, %1"_s.arg(key, sums, kSold, scope.orders),
            scope.binds};
}

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

/// Report order: items and categories by what they sold, hours and staff by number, the rest by key.
void sortGroups(const QString &group, QList<ReportQueries::SalesSums> &out)
{
    std::stable_sort(out.begin(), out.end(), [&](const ReportQueries::SalesSums &a, const ReportQueries::SalesSums &b) {
        if (group == u"item"_s || group == u"category"_s)
            return a.total > b.total || (a.total == b.total && a.key < b.key);
        if (group == u"hour"_s || group == u"staff"_s)
            return a.key.toLongLong() < b.key.toLongLong();
        return a.key < b.key;
    });
    if (group == u"hour"_s) {
        for (auto &g : out)
            g.key = u"%1"_s.arg(g.key.toInt(), 2, 10, QChar(u'0'));
    }
}

const QStringList kRollupGroups{u"day"_s, u"hour"_s, u"item"_s, u"category"_s, u"method"_s, u"staff"_s, u"channel"_s};

} // namespace

const QStringList &ReportQueries::groups()
{
    return kRollupGroups;
}

namespace {

/// The groups of `sql` (rows per key with the sums' columns), in report order.
Result<QList<ReportQueries::SalesSums>> groupsOf(Database &db, const QString &groupBy, const QString &from, const QVariantList &binds)
{
    auto rows = db.rows(u"SELECT k, MAX(label) AS label, SUM(n) AS n, SUM(gross) AS gross, SUM(discounts) AS discounts, "
                        "SUM(service) AS service, SUM(vat) AS vat, SUM(total) AS total FROM %1 GROUP BY k HAVING SUM(n) <> 0"_s.arg(from),
                        binds);
    if (!rows)
        return rows.error();
    QList<ReportQueries::SalesSums> out;
    for (const Row &r : *rows)
        out.append(sums(r));
    sortGroups(groupBy, out);
    return out;
}

} // namespace

Result<QList<ReportQueries::SalesSums>> ReportQueries::sales(const QString &groupBy, const QString &from, const QString &to)
{
    if (!kRollupGroups.contains(groupBy))
        return Error::validation(u"group_by"_s, u"Unknown group %1"_s.arg(groupBy.left(20)));
    return groupsOf(m_db, groupBy, u"sales_rollup WHERE dimension = ? AND business_day >= ? AND business_day <= ?"_s, {groupBy, from, to});
}

Result<QList<ReportQueries::SalesSums>> ReportQueries::salesFromLines(const QString &groupBy, const QString &from, const QString &to,
                                                                      int utcOffsetMinutes)
{
    if (!kRollupGroups.contains(groupBy))
        return Error::validation(u"group_by"_s, u"Unknown group %1"_s.arg(groupBy.left(20)));
    const auto [byDay, binds] = salesByDay(groupBy, Scope::period(from, to), utcOffsetMinutes);
    return groupsOf(m_db, groupBy, u"(%1) s"_s.arg(byDay), binds);
}

Result<ReportQueries::SalesSums> ReportQueries::salesTotal(const QString &from, const QString &to)
{
    auto totals = m_db.row(u"SELECT COALESCE(SUM(n), 0) AS n, COALESCE(SUM(gross), 0) AS gross, COALESCE(SUM(discounts), 0) AS discounts, "
                           "COALESCE(SUM(service), 0) AS service, COALESCE(SUM(vat), 0) AS vat, COALESCE(SUM(total), 0) AS total "
                           "FROM sales_rollup WHERE dimension = 'day' AND business_day >= ? AND business_day <= ?"_s,
                           {from, to}, {});
    if (!totals)
        return totals.error();
    return sums(*totals);
}

Result<CountAmount> ReportQueries::refunds(const QString &from, const QString &to)
{
    auto refunds = m_db.row(u"SELECT COALESCE(SUM(n), 0) AS n, COALESCE(SUM(total), 0) AS amount FROM sales_rollup "
                            "WHERE dimension = 'refund' AND business_day >= ? AND business_day <= ?"_s,
                            {from, to}, {});
    if (!refunds)
        return refunds.error();
    return CountAmount{refunds->value(u"n"_s).toLongLong(), Money::fromSatang(refunds->value(u"amount"_s).toLongLong())};
}

Status ReportQueries::addToRollup(const QString &group, const QString &byDay, const QVariantList &binds, int sign)
{
    // One statement per dimension: the contribution's rows added to the running sums.
    QVariantList all{group, sign, sign, sign, sign, sign, sign};
    all += binds;
    return m_db.run(u"INSERT INTO sales_rollup (dimension, business_day, k, label, n, gross, discounts, service, vat, total) "
                    "SELECT CAST(? AS TEXT), s.d, COALESCE(s.k, ''), COALESCE(s.label, ''), ? * s.n, ? * s.gross, ? * s.discounts, "
                    "? * s.service, ? * s.vat, ? * s.total FROM (%1) s WHERE 1 = 1 "
                    "ON CONFLICT (dimension, business_day, k) DO UPDATE SET "
                    "label = CASE WHEN excluded.label > sales_rollup.label THEN excluded.label ELSE sales_rollup.label END, "
                    "n = sales_rollup.n + excluded.n, gross = sales_rollup.gross + excluded.gross, "
                    "discounts = sales_rollup.discounts + excluded.discounts, service = sales_rollup.service + excluded.service, "
                    "vat = sales_rollup.vat + excluded.vat, total = sales_rollup.total + excluded.total"_s.arg(byDay),
                    all);
}

Status ReportQueries::addSale(const QString &orderId, int utcOffsetMinutes)
{
    for (const QString &group : kRollupGroups) {
        const auto [byDay, binds] = salesByDay(group, Scope::order(orderId), utcOffsetMinutes);
        if (auto s = addToRollup(group, byDay, binds, 1); !s)
            return s;
    }
    return {};
}

Status ReportQueries::addRefund(const QString &orderId, bool before, int utcOffsetMinutes)
{
    if (!before) {
        const auto [byDay, binds] = salesByDay(u"refund"_s, Scope::order(orderId), utcOffsetMinutes);
        return addToRollup(u"refund"_s, byDay, binds, 1);
    }
    for (const QString &group : kRollupGroups) {
        const auto [byDay, binds] = salesByDay(group, Scope::order(orderId), utcOffsetMinutes);
        if (auto s = addToRollup(group, byDay, binds, -1); !s)
            return s;
    }
    return {};
}

Status ReportQueries::rebuildRollups(int utcOffsetMinutes)
{
    return m_db.transaction([&]() -> Status {
        if (auto s = m_db.run(u"DELETE FROM sales_rollup"_s); !s)
            return s;
        const QStringList every = QStringList(kRollupGroups) << u"refund"_s;
        for (const QString &group : every) {
            const auto [byDay, binds] = salesByDay(group, Scope::all(), utcOffsetMinutes);
            if (auto s = addToRollup(group, byDay, binds, 1); !s)
                return s;
        }
        return {};
    });
}

Status ReportQueries::rebuildRollupsIfMissing(int utcOffsetMinutes)
{
    auto rollups = m_db.scalar(u"SELECT COUNT(*) FROM sales_rollup"_s);
    if (!rollups)
        return rollups.error();
    auto paid = m_db.scalar(u"SELECT COUNT(*) FROM orders WHERE status = 'PAID'"_s);
    if (!paid)
        return paid.error();
    if (rollups->toLongLong() > 0 || paid->toLongLong() == 0)
        return {};
    return rebuildRollups(utcOffsetMinutes);
}

Result<QStringList> ReportQueries::rollupRows()
{
    auto rows = m_db.rows(u"SELECT dimension, business_day, k, label, n, gross, discounts, service, vat, total FROM sales_rollup "
                          "WHERE n <> 0 OR gross <> 0 OR discounts <> 0 OR service <> 0 OR vat <> 0 OR total <> 0"_s);
    if (!rows)
        return rows.error();
    QStringList out;
    for (const Row &r : *rows) {
        QStringList cells;
        for (const QString &c : {u"dimension"_s, u"business_day"_s, u"k"_s, u"label"_s, u"n"_s, u"gross"_s, u"discounts"_s, u"service"_s,
                                 u"vat"_s, u"total"_s})
            cells << r.value(c).toString();
        out << cells.join(u'|');
    }
    out.sort();
    return out;
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
