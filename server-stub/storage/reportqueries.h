#pragma once

#include "domain/reports.h"
#include "storage/database.h"

namespace tavola::server {

/// The sales and queue reports. Sales are read from rollups: per business day, dimension (day,
/// hour, item, category, method, staff, channel, and refunds) and key, the sums kept up to date in
/// the transaction of each sale and refund (addSale, addRefund), so a report over any period reads
/// a few rows per day, not the order lines (bench/bench_reports.cpp: a million lines). They can be
/// rebuilt from the lines (rebuildRollups; `tavola-server --rebuild-reports`). Periods are business
/// days, both inclusive.
class ReportQueries
{
public:
    explicit ReportQueries(Database &db) : m_db(db) { }

    /// One group of sales: its key (and the item's name for `item`) and the sums.
    struct SalesSums
    {
        QString key;
        QString label;
        qint64 count = 0;
        Money gross;
        Money discounts;
        Money service;
        Money vat;
        Money total;
        bool operator==(const SalesSums &) const = default;
    };

    static const QStringList &groups(); // day, hour, item, category, method, staff, channel

    /// Sales grouped by day, hour (the shop's local hour of payment), item, category, method or
    /// staff (the user id), from the rollups.
    Result<QList<SalesSums>> sales(const QString &groupBy, const QString &from, const QString &to);
    /// The same computed from the orders and their lines (what the rollups must equal).
    Result<QList<SalesSums>> salesFromLines(const QString &groupBy, const QString &from, const QString &to, int utcOffsetMinutes);
    /// The period's sales as a whole.
    Result<SalesSums> salesTotal(const QString &from, const QString &to);
    /// The period's refunded orders.
    Result<CountAmount> refunds(const QString &from, const QString &to);
    /// Queue tickets of the period, all or those of one prefix.
    Result<QueueReport::Stats> queue(const QString &from, const QString &to, const QString &prefix);

    /// A settled order (PAID, its lines' shares recorded) added to the rollups.
    Status addSale(const QString &orderId, int utcOffsetMinutes);
    /// A refund: the order's sale taken out of the rollups (call before the order is marked
    /// refunded) — `before` true — and counted as a refund (after) — `before` false.
    Status addRefund(const QString &orderId, bool before, int utcOffsetMinutes);
    /// Every rollup made again from the orders and their lines, in one transaction.
    Status rebuildRollups(int utcOffsetMinutes);
    /// rebuildRollups when there are sales but no rollups yet (the first start after an upgrade).
    Status rebuildRollupsIfMissing(int utcOffsetMinutes);
    /// The rollup rows that are not all zero, sorted: to compare running totals with a rebuild.
    Result<QStringList> rollupRows();

private:
    Status addToRollup(const QString &group, const QString &byDay, const QVariantList &binds, int sign);
    Database &m_db;
};

} // namespace tavola::server
