#pragma once
// The figures the server reports — a till shift with its X/Z report, sales by a grouping, the
// waitlist — as types with one JSON codec each, written by the server and read by the apps
// (docs/api.md, "Shifts and reports").

#include "json.h"

#include <QDate>

namespace tavola {

/// How many, for how much ({"count","amount"}).
struct CountAmount
{
    qint64 count = 0;
    Money amount;

    QJsonObject toJson() const;
    static Result<CountAmount> fromJson(const QJsonObject &json);
    bool operator==(const CountAmount &) const = default;
};

/// A cashier's till session: opening cash, and once closed what was counted.
struct Shift
{
    enum class Status { Open, Closed };
    QString id;
    QString cashierId;
    QString cashier; // username
    Status status = Status::Open;
    Money openingCash;
    QDateTime openedAt;
    QDateTime closedAt;
    std::optional<Money> countedCash; // closed
    std::optional<Money> expectedCash; // closed
    QString closedBy; // closed
    std::optional<Money> overShort; // closed: counted − expected

    QJsonObject toJson() const;
    static Result<Shift> fromJson(const QJsonObject &json);
    bool operator==(const Shift &) const = default;
};

template<>
struct EnumNames<Shift::Status>
{
    static constexpr std::array names{std::pair{Shift::Status::Open, QLatin1StringView("OPEN")},
                                      std::pair{Shift::Status::Closed, QLatin1StringView("CLOSED")}};
};

/// The X report (a shift still open, live) or the Z report (frozen when it closed).
struct ShiftReport
{
    struct Method
    {
        QString method; // cash | promptpay | card
        qint64 count = 0;
        Money amount;
        CountAmount refunds;
        Money net;
        bool operator==(const Method &) const = default;
    };
    struct Cash
    {
        Money opening;
        Money sales;
        Money refunds;
        Money expected;
        std::optional<Money> counted; // Z
        std::optional<Money> overShort; // Z
        bool operator==(const Cash &) const = default;
    };

    bool z = false; // "type": "Z" or "X"
    QDateTime generatedAt;
    CountAmount sales;
    QList<Method> byMethod;
    CountAmount refunds;
    Money net;
    CountAmount discounts;
    CountAmount voids;
    Money vat;
    Money serviceCharge;
    Money cashRounding;
    qint64 unsettledQrPayments = 0;
    CountAmount tips; // outside the sales: card and PromptPay tips, owed to the staff
    struct StaffTips
    {
        QString staff;
        CountAmount tips;
        bool operator==(const StaffTips &) const = default;
    };
    QList<StaffTips> tipsByStaff;
    Cash cash;
    std::optional<Shift> shift; // the shift it reports on (added when served)

    QJsonObject toJson() const;
    static Result<ShiftReport> fromJson(const QJsonObject &json);
    bool operator==(const ShiftReport &) const = default;
};

/// Sales between two business days, grouped by one dimension.
struct SalesReport
{
    struct Row
    {
        QString key;
        QString label;
        qint64 count = 0; // orders, or quantity sold for item and category
        Money gross;
        Money discounts;
        Money serviceCharge;
        Money vat;
        Money net;
        Money total;
        bool operator==(const Row &) const = default;
    };

    QDate from;
    QDate to;
    QString groupBy; // item | category | hour | day | method | staff | …
    QList<Row> rows;
    Row totals;
    CountAmount refunds;

    /// The rows and then the totals as a spreadsheet (csv.h): group, label, count, gross,
    /// discounts, service_charge, vat, net, total.
    QByteArray toCsv() const;
    /// The file the CSV is saved as: "sales-2026-06-01-2026-06-30-by-method.csv".
    QString csvFileName() const;
    QJsonObject toJson() const;
    static Result<SalesReport> fromJson(const QJsonObject &json);
    bool operator==(const SalesReport &) const = default;
};

/// The waitlist between two business days: tickets, seated, no-shows and waits.
struct QueueReport
{
    struct Stats
    {
        qint64 tickets = 0;
        qint64 seated = 0;
        qint64 noShows = 0;
        qint64 cancelled = 0;
        qint64 stillWaiting = 0;
        std::optional<double> averageWaitMinutes; // none seated: no figure
        std::optional<double> p90WaitMinutes;
        QString prefix; // by party size: A, B, C (empty for all)
        bool operator==(const Stats &) const = default;
    };

    QDate from;
    QDate to;
    Stats all;
    QList<Stats> byPrefix;

    QJsonObject toJson() const;
    static Result<QueueReport> fromJson(const QJsonObject &json);
    bool operator==(const QueueReport &) const = default;
};

} // namespace tavola
