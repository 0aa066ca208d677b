#pragma once

#include "domain/reports.h"
#include "storage/database.h"

namespace tavola::server {

/// The sales and queue reports' aggregates, computed in SQL over indexed columns (see
/// bench/bench_reports.cpp for a million lines). Periods are business days, both inclusive.
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
    };

    /// Sales grouped by day, hour (the shop's local hour of payment, `utcOffsetMinutes`), item,
    /// category, method or staff (the user id).
    Result<QList<SalesSums>> sales(const QString &groupBy, const QString &from, const QString &to, int utcOffsetMinutes);
    /// The period's sales as a whole.
    Result<SalesSums> salesTotal(const QString &from, const QString &to);
    /// The period's refunded orders.
    Result<CountAmount> refunds(const QString &from, const QString &to);
    /// Queue tickets of the period, all or those of one prefix.
    Result<QueueReport::Stats> queue(const QString &from, const QString &to, const QString &prefix);

private:
    Database &m_db;
};

} // namespace tavola::server
