#pragma once

#include "domain/reports.h"
#include "storage/database.h"

#include <QJsonObject>

namespace tavola::server {

/// Till shifts and the figures their X and Z reports are made of.
class ShiftRepository
{
public:
    explicit ShiftRepository(Database &db) : m_db(db) { }

    /// A shift with the Z report frozen when it closed (empty while open).
    struct Record
    {
        Shift shift;
        QJsonObject zReport;
    };
    /// What the payments and orders of a shift add up to.
    struct Figures
    {
        QHash<QString, CountAmount> sales; // by method: payments taken in the shift that settled a bill
        QHash<QString, CountAmount> refunds; // by method: refunds paid out of the shift's drawer
        Money cashRounding;
        CountAmount discounts; // discounted orders and their discounts
        CountAmount voids; // voided lines of the shift's orders
        Money vat;
        Money serviceCharge;
        qint64 unsettledQrPayments = 0;
        CountAmount tips; // card and PromptPay tips taken in the shift
        QList<std::pair<QString, CountAmount>> tipsByStaff; // by who opened the bill (who served it)
    };

    /// The shift, or NOT_FOUND.
    Result<Record> load(const QString &id);
    /// The user's open shift id, or an empty string.
    Result<QString> openShiftOf(qint64 userId);
    /// The newest shifts, all or with `status` ("OPEN", "CLOSED").
    Result<QList<Record>> newest(const QString &status, int limit);
    /// Opens a shift for the cashier; returns its id.
    Result<QString> open(qint64 cashierId, const QString &cashierName, Money openingCash, const QDateTime &now);
    /// Closes an open shift with its counted and expected cash and its Z report.
    Status close(const QString &id, Money counted, Money expected, const QString &closedBy, const QJsonObject &zReport,
                 const QDateTime &now);
    Result<Figures> figures(const QString &id);

private:
    Database &m_db;
};

} // namespace tavola::server
