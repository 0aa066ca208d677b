#pragma once

#include "error.h"
#include "totals.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>

namespace tavola {

/// A kitchen station (docs/api.md, "Back office"): where a dish is cooked, which kitchen display
/// shows it and which printer prints its ticket.
struct KitchenStation
{
    QString id; // lower-case letters, digits, '-' and '_': "kitchen", "grill"
    QString name;
    QString nameTh;
    bool operator==(const KitchenStation &) const = default;
};

/// A backup of the embedded database (POST/GET /api/v1/admin/backups).
struct BackupFile
{
    QString file; // absolute path on the server's machine
    qint64 bytes = 0;
    QDateTime createdAt;
    QJsonObject toJson() const; // {"file","bytes","created_at"}
    static Result<BackupFile> fromJson(const QJsonObject &json);
};

/// The shop's settings (docs/api.md, "Settings"): what decides totals, what receipts print, the
/// PromptPay target and the business day. One codec for the server, the tills and the database.
struct ShopSettings
{
    TaxSettings tax;
    bool cleaningEnabled = true; // paid tables go to CLEANING (else straight to VACANT)
    int utcOffsetMinutes = 7 * 60; // Asia/Bangkok
    int dayStartMinutes = 4 * 60; // the business day (order and queue numbers) starts at 04:00
    int defaultTurnMinutes = 15; // queue ETA per party ahead without history
    QString shopName;
    QString shopNameTh;
    QString taxId;
    QString branch; // "สำนักงานใหญ่" or a branch number
    QString address;
    QString promptpayId;
    QString promptpayBillerId; // 15 digits: tag 30 bill payment QR instead of tag 29
    QString promptpayStaffConfirm = QStringLiteral("manager"); // who may confirm a PromptPay payment by eye: manager | cashier
    QString receiptHeader; // printed under the shop's name and address
    QString receiptLogo; // a PNG (base64, at most 64 KB) printed above the shop's name
    QString receiptFooter;
    QList<KitchenStation> stations = defaultStations();
    QMap<QString, QString> stationPrinters; // station id → printer address ("tcp://10.0.0.21:9100")
    QString posId; // the server's POS ID (configuration, read-only here)
    qint64 version = 0; // raised by every save (server-owned, read-only)
    bool promptpayGateway = false; // the server confirms PromptPay through a bank gateway (configuration, read-only):
                                   // without one the till confirms it by the guest's slip or by staff

    /// The API's object (field names of docs/api.md), with `promptpay_id_warning` when a 13-digit
    /// PromptPay ID's check digit looks wrong.
    QJsonObject toJson() const;
    /// Reads the fields present in `json` over `base`, each validated (VAT and service charge
    /// 0–30 %, a tax ID of 13 digits, a PromptPay ID or a 15-digit biller ID, lengths); the first
    /// problem is a VALIDATION_FAILED naming its field. The server's read-only fields (`pos_id`,
    /// `promptpay_gateway`) and the warning are ignored unless `readPosId` (a till reading the
    /// server's answer).
    static Result<ShopSettings> fromJson(const QJsonObject &json, const ShopSettings &base, bool readPosId = false);
    static Result<ShopSettings> fromJson(const QJsonObject &json);

    /// The stored form: one text value per setting (booleans "true"/"false"), without the POS ID.
    QMap<QString, QString> toStorage() const;
    static Result<ShopSettings> fromStorage(const QMap<QString, QString> &values);

    QDate businessDay(const QDateTime &instant) const;
    const KitchenStation *station(const QString &id) const;
    /// The receipt logo's PNG bytes (empty without one).
    QByteArray logoPng() const;
    static QList<KitchenStation> defaultStations();
    bool operator==(const ShopSettings &) const = default;
};

} // namespace tavola
