#include "reports.h"

#include "csv.h"

using namespace Qt::StringLiterals;

namespace tavola {

namespace {

QJsonValue optionalMoneyJson(const std::optional<Money> &m)
{
    return m ? QJsonValue(m->toString()) : QJsonValue();
}

QJsonValue optionalNumberJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QDate dateOf(JsonReader &r, const QString &key)
{
    const QString text = r.string(key, Presence::Required, 10);
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (r.ok() && !d.isValid())
        r.fail(key, u"%1 must be a date like 2026-01-21"_s.arg(r.path(key)));
    return d;
}

CountAmount countAmount(JsonReader &r, const QString &key)
{
    CountAmount out;
    const QJsonObject o = r.object(key, Presence::Required);
    if (!r.ok())
        return out;
    auto parsed = CountAmount::fromJson(o);
    if (!parsed) {
        r.fail(key, u"%1: %2"_s.arg(r.path(key), parsed.error().message));
        return out;
    }
    return *parsed;
}

} // namespace

QJsonObject CountAmount::toJson() const
{
    return {{u"count"_s, count}, {u"amount"_s, amount.toString()}};
}

Result<CountAmount> CountAmount::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    CountAmount c;
    c.count = r.integer(u"count"_s, Presence::Required, 0, std::numeric_limits<qint64>::max());
    c.amount = r.money(u"amount"_s, Presence::Required, true);
    if (!r.ok())
        return r.error();
    return c;
}

QJsonObject Shift::toJson() const
{
    const bool closed = status == Status::Closed;
    QJsonObject o{{u"id"_s, id},
                  {u"cashier_id"_s, cashierId},
                  {u"cashier"_s, cashier},
                  {u"status"_s, enumName(status)},
                  {u"opening_cash"_s, openingCash.toString()},
                  {u"opened_at"_s, timeToJson(openedAt)},
                  {u"closed_at"_s, timeToJson(closedAt)},
                  {u"counted_cash"_s, optionalMoneyJson(countedCash)},
                  {u"expected_cash"_s, optionalMoneyJson(expectedCash)},
                  {u"closed_by"_s, closed ? QJsonValue(closedBy) : QJsonValue()}};
    if (closed)
        o.insert(u"over_short"_s, optionalMoneyJson(overShort));
    return o;
}

Result<Shift> Shift::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Shift s;
    s.id = r.id(u"id"_s, Presence::Required);
    s.cashierId = r.id(u"cashier_id"_s, Presence::Optional);
    s.cashier = r.string(u"cashier"_s, Presence::Optional, 100);
    s.status = r.enumeration<Status>(u"status"_s, Presence::Required, Status::Open);
    s.openingCash = r.money(u"opening_cash"_s, Presence::Required);
    s.openedAt = r.time(u"opened_at"_s, Presence::Optional);
    s.closedAt = r.time(u"closed_at"_s, Presence::Optional);
    s.countedCash = r.optionalMoney(u"counted_cash"_s);
    s.expectedCash = r.optionalMoney(u"expected_cash"_s);
    s.closedBy = r.string(u"closed_by"_s, Presence::Optional, 100);
    s.overShort = r.optionalMoney(u"over_short"_s, true);
    if (!r.ok())
        return r.error();
    return s;
}

QJsonObject ShiftReport::toJson() const
{
    QJsonArray methods;
    for (const Method &m : byMethod)
        methods.append(QJsonObject{{u"method"_s, m.method},
                                   {u"count"_s, m.count},
                                   {u"amount"_s, m.amount.toString()},
                                   {u"refunds"_s, m.refunds.toJson()},
                                   {u"net"_s, m.net.toString()}});
    QJsonObject o{{u"type"_s, z ? u"Z"_s : u"X"_s},
                  {u"generated_at"_s, timeToJson(generatedAt)},
                  {u"sales"_s, sales.toJson()},
                  {u"by_method"_s, methods},
                  {u"refunds"_s, refunds.toJson()},
                  {u"net"_s, net.toString()},
                  {u"discounts"_s, discounts.toJson()},
                  {u"voids"_s, voids.toJson()},
                  {u"vat"_s, vat.toString()},
                  {u"service_charge"_s, serviceCharge.toString()},
                  {u"cash_rounding"_s, cashRounding.toString()},
                  {u"unsettled_qr_payments"_s, unsettledQrPayments},
                  {u"tips"_s, tips.toJson()},
                  {u"tips_by_staff"_s,
                   [this] {
                       QJsonArray staff;
                       for (const StaffTips &t : tipsByStaff) {
                           QJsonObject row = t.tips.toJson();
                           row.insert(u"staff"_s, t.staff);
                           staff.append(row);
                       }
                       return staff;
                   }()},
                  {u"cash"_s,
                   QJsonObject{{u"opening"_s, cash.opening.toString()},
                               {u"sales"_s, cash.sales.toString()},
                               {u"refunds"_s, cash.refunds.toString()},
                               {u"expected"_s, cash.expected.toString()},
                               {u"counted"_s, optionalMoneyJson(cash.counted)},
                               {u"over_short"_s, optionalMoneyJson(cash.overShort)}}}};
    if (shift)
        o.insert(u"shift"_s, shift->toJson());
    return o;
}

Result<ShiftReport> ShiftReport::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ShiftReport s;
    const QString type = r.string(u"type"_s, Presence::Required, 1);
    if (r.ok() && type != u"X"_s && type != u"Z"_s)
        r.fail(u"type"_s, u"type must be X or Z"_s);
    s.z = type == u"Z"_s;
    s.generatedAt = r.time(u"generated_at"_s, Presence::Optional);
    s.sales = countAmount(r, u"sales"_s);
    s.byMethod = r.list<Method>(u"by_method"_s, Presence::Required, 20, [](const QJsonObject &o) -> Result<Method> {
        JsonReader m(o);
        Method out;
        out.method = m.string(u"method"_s, Presence::Required, 40);
        out.count = m.integer(u"count"_s, Presence::Required, 0, std::numeric_limits<qint64>::max());
        out.amount = m.money(u"amount"_s, Presence::Required, true);
        out.refunds = countAmount(m, u"refunds"_s);
        out.net = m.money(u"net"_s, Presence::Required, true);
        if (!m.ok())
            return m.error();
        return out;
    });
    s.refunds = countAmount(r, u"refunds"_s);
    s.net = r.money(u"net"_s, Presence::Required, true);
    s.discounts = countAmount(r, u"discounts"_s);
    s.voids = countAmount(r, u"voids"_s);
    s.vat = r.money(u"vat"_s, Presence::Required, true);
    s.serviceCharge = r.money(u"service_charge"_s, Presence::Optional, true);
    s.cashRounding = r.money(u"cash_rounding"_s, Presence::Optional, true);
    s.unsettledQrPayments = r.integer(u"unsettled_qr_payments"_s, Presence::Optional, 0, std::numeric_limits<qint64>::max());
    if (r.has(u"tips"_s))
        s.tips = countAmount(r, u"tips"_s); // Z reports frozen before tips existed have none
    s.tipsByStaff = r.list<StaffTips>(u"tips_by_staff"_s, Presence::Optional, 500, [](const QJsonObject &o) -> Result<StaffTips> {
        JsonReader t(o);
        StaffTips out;
        out.staff = t.string(u"staff"_s, Presence::Required, 200);
        out.tips.count = t.integer(u"count"_s, Presence::Required, 0, std::numeric_limits<qint64>::max());
        out.tips.amount = t.money(u"amount"_s, Presence::Required);
        if (!t.ok())
            return t.error();
        return out;
    });
    JsonReader cash(r.object(u"cash"_s, Presence::Required), r.path(u"cash"_s));
    s.cash.opening = cash.money(u"opening"_s, Presence::Required, true);
    s.cash.sales = cash.money(u"sales"_s, Presence::Optional, true);
    s.cash.refunds = cash.money(u"refunds"_s, Presence::Optional, true);
    s.cash.expected = cash.money(u"expected"_s, Presence::Required, true);
    s.cash.counted = cash.optionalMoney(u"counted"_s);
    s.cash.overShort = cash.optionalMoney(u"over_short"_s, true);
    r.merge(cash);
    if (r.ok() && r.has(u"shift"_s)) {
        auto shift = Shift::fromJson(r.object(u"shift"_s, Presence::Required));
        if (!shift)
            return shift.error();
        s.shift = *shift;
    }
    if (!r.ok())
        return r.error();
    return s;
}

namespace {

QJsonObject salesRowJson(const SalesReport::Row &row)
{
    return {{u"key"_s, row.key},
            {u"label"_s, row.label},
            {u"count"_s, row.count},
            {u"gross"_s, row.gross.toString()},
            {u"discounts"_s, row.discounts.toString()},
            {u"service_charge"_s, row.serviceCharge.toString()},
            {u"vat"_s, row.vat.toString()},
            {u"net"_s, row.net.toString()},
            {u"total"_s, row.total.toString()}};
}

Result<SalesReport::Row> salesRowFromJson(const QJsonObject &o)
{
    JsonReader r(o);
    SalesReport::Row row;
    row.key = r.string(u"key"_s, Presence::Required, 200);
    row.label = r.string(u"label"_s, Presence::Optional, 200, row.key);
    row.count = r.integer(u"count"_s, Presence::Required, 0, std::numeric_limits<qint64>::max());
    row.gross = r.money(u"gross"_s, Presence::Required, true);
    row.discounts = r.money(u"discounts"_s, Presence::Required, true);
    row.serviceCharge = r.money(u"service_charge"_s, Presence::Required, true);
    row.vat = r.money(u"vat"_s, Presence::Required, true);
    row.net = r.money(u"net"_s, Presence::Required, true);
    row.total = r.money(u"total"_s, Presence::Required, true);
    if (!r.ok())
        return r.error();
    return row;
}

} // namespace

QJsonObject SalesReport::toJson() const
{
    QJsonArray out;
    for (const Row &row : rows)
        out.append(salesRowJson(row));
    return {{u"from"_s, from.toString(Qt::ISODate)}, {u"to"_s, to.toString(Qt::ISODate)}, {u"group_by"_s, groupBy}, {u"rows"_s, out},
            {u"totals"_s, salesRowJson(totals)},     {u"refunds"_s, refunds.toJson()}};
}

Result<SalesReport> SalesReport::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    SalesReport s;
    s.from = dateOf(r, u"from"_s);
    s.to = dateOf(r, u"to"_s);
    s.groupBy = r.string(u"group_by"_s, Presence::Required, 40);
    s.rows = r.list<Row>(u"rows"_s, Presence::Required, 100000, salesRowFromJson);
    if (r.ok()) {
        auto totals = salesRowFromJson(r.object(u"totals"_s, Presence::Required));
        if (!totals)
            return totals.error();
        s.totals = *totals;
    }
    s.refunds = countAmount(r, u"refunds"_s);
    if (!r.ok())
        return r.error();
    return s;
}

namespace {

QJsonObject statsJson(const QueueReport::Stats &s)
{
    QJsonObject o{{u"tickets"_s, s.tickets},
                  {u"seated"_s, s.seated},
                  {u"no_shows"_s, s.noShows},
                  {u"cancelled"_s, s.cancelled},
                  {u"still_waiting"_s, s.stillWaiting},
                  {u"average_wait_minutes"_s, optionalNumberJson(s.averageWaitMinutes)},
                  {u"p90_wait_minutes"_s, optionalNumberJson(s.p90WaitMinutes)}};
    if (!s.prefix.isEmpty())
        o.insert(u"prefix"_s, s.prefix);
    return o;
}

Result<QueueReport::Stats> statsFromJson(const QJsonObject &o)
{
    JsonReader r(o);
    QueueReport::Stats s;
    constexpr qint64 most = std::numeric_limits<qint64>::max();
    s.tickets = r.integer(u"tickets"_s, Presence::Required, 0, most);
    s.seated = r.integer(u"seated"_s, Presence::Required, 0, most);
    s.noShows = r.integer(u"no_shows"_s, Presence::Required, 0, most);
    s.cancelled = r.integer(u"cancelled"_s, Presence::Optional, 0, most);
    s.stillWaiting = r.integer(u"still_waiting"_s, Presence::Optional, 0, most);
    // A wait is null when nobody was seated.
    auto optionalNumber = [&](const QString &key) -> std::optional<double> {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        return r.number(key, Presence::Required, 0, 1e9);
    };
    s.averageWaitMinutes = optionalNumber(u"average_wait_minutes"_s);
    s.p90WaitMinutes = optionalNumber(u"p90_wait_minutes"_s);
    s.prefix = r.string(u"prefix"_s, Presence::Optional, 4);
    if (!r.ok())
        return r.error();
    return s;
}

} // namespace

QJsonObject QueueReport::toJson() const
{
    QJsonObject o = statsJson(all);
    QJsonArray prefixes;
    for (const Stats &s : byPrefix)
        prefixes.append(statsJson(s));
    o.insert(u"from"_s, from.toString(Qt::ISODate));
    o.insert(u"to"_s, to.toString(Qt::ISODate));
    o.insert(u"by_prefix"_s, prefixes);
    return o;
}

Result<QueueReport> QueueReport::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    QueueReport q;
    q.from = dateOf(r, u"from"_s);
    q.to = dateOf(r, u"to"_s);
    q.byPrefix = r.list<Stats>(u"by_prefix"_s, Presence::Optional, 26, statsFromJson);
    if (!r.ok())
        return r.error();
    auto all = statsFromJson(json);
    if (!all)
        return all.error();
    q.all = *all;
    return q;
}

QString SalesReport::csvFileName() const
{
    return u"sales-%1-%2-by-%3.csv"_s.arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), groupBy);
}

QByteArray SalesReport::toCsv() const
{
    QList<QStringList> out;
    auto add = [&out](const Row &r) {
        out << QStringList{r.key,
                           r.label,
                           QString::number(r.count),
                           r.gross.toString(),
                           r.discounts.toString(),
                           r.serviceCharge.toString(),
                           r.vat.toString(),
                           r.net.toString(),
                           r.total.toString()};
    };
    for (const Row &r : rows)
        add(r);
    add(totals);
    return csv::file({u"group"_s, u"label"_s, u"count"_s, u"gross"_s, u"discounts"_s, u"service_charge"_s, u"vat"_s, u"net"_s, u"total"_s},
                     out);
}

} // namespace tavola
