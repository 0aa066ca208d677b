#include "storage/shiftrepository.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

ShiftRepository::Record shiftFromRow(const Row &r)
{
    auto money = [&](const QString &column) -> std::optional<Money> {
        const QVariant v = r.value(column);
        return v.isNull() ? std::nullopt : std::optional(Money::fromSatang(v.toLongLong()));
    };
    Shift shift;
    shift.id = r.value(u"id"_s).toString();
    shift.cashierId = r.value(u"cashier_id"_s).toString();
    shift.cashier = r.value(u"cashier_name"_s).toString();
    shift.status = enumFromName<Shift::Status>(r.value(u"status"_s).toString()).value_or(Shift::Status::Open);
    shift.openingCash = money(u"opening_cash"_s).value_or(Money());
    shift.openedAt = fromMs(r.value(u"opened_at"_s));
    shift.closedAt = fromMs(r.value(u"closed_at"_s));
    shift.countedCash = money(u"counted_cash"_s);
    shift.expectedCash = money(u"expected_cash"_s);
    if (shift.status == Shift::Status::Closed) {
        shift.closedBy = r.value(u"closed_by"_s).toString();
        shift.overShort = Money::fromSatang(r.value(u"counted_cash"_s).toLongLong() - r.value(u"expected_cash"_s).toLongLong());
    }
    return {shift, QJsonDocument::fromJson(r.value(u"z_report"_s).toString().toUtf8()).object()};
}

CountAmount countAmount(const Row &r, const QString &count, const QString &amount)
{
    return {r.value(count).toLongLong(), Money::fromSatang(r.value(amount).toLongLong())};
}

} // namespace

Result<ShiftRepository::Record> ShiftRepository::load(const QString &id)
{
    bool numeric = false;
    const qint64 n = id.toLongLong(&numeric);
    if (!numeric)
        return Error{ErrorCode::NotFound, u"No shift with id %1"_s.arg(id.left(40)), {}};
    auto row = m_db.row(u"SELECT * FROM shifts WHERE id = ?"_s, {n}, u"No shift with id %1"_s.arg(id));
    if (!row)
        return row.error();
    return shiftFromRow(*row);
}

Result<QString> ShiftRepository::openShiftOf(qint64 userId)
{
    auto id = m_db.scalar(u"SELECT id FROM shifts WHERE cashier_id = ? AND status = 'OPEN'"_s, {userId});
    if (!id)
        return id.error();
    return id->isNull() ? QString() : id->toString();
}

Result<QList<ShiftRepository::Record>> ShiftRepository::newest(const QString &status, int limit)
{
    QString sql = u"SELECT * FROM shifts WHERE 1 = 1"_s;
    QVariantList binds;
    if (!status.isEmpty()) {
        sql += u" AND status = ?"_s;
        binds << status;
    }
    auto rows = m_db.rows(sql + u" ORDER BY id DESC LIMIT %1"_s.arg(limit), binds);
    if (!rows)
        return rows.error();
    QList<Record> out;
    for (const Row &r : *rows)
        out.append(shiftFromRow(r));
    return out;
}

Result<QString> ShiftRepository::open(qint64 cashierId, const QString &cashierName, Money openingCash, const QDateTime &now)
{
    auto id = m_db.scalar(
        u"INSERT INTO shifts (cashier_id, cashier_name, status, opening_cash, opened_at) VALUES (?, ?, 'OPEN', ?, ?) RETURNING id"_s,
        {cashierId, cashierName, openingCash.satang(), toMs(now)});
    if (!id)
        return id.error();
    return id->toString();
}

Status ShiftRepository::close(const QString &id, Money counted, Money expected, const QString &closedBy, const QJsonObject &zReport,
                              const QDateTime &now)
{
    return m_db.run(u"UPDATE shifts SET status = 'CLOSED', counted_cash = ?, expected_cash = ?, closed_at = ?, closed_by = ?, z_report = ? "
                    "WHERE id = ? AND status = 'OPEN'"_s,
                    {counted.satang(), expected.satang(), toMs(now), closedBy,
                     QString::fromUtf8(QJsonDocument(zReport).toJson(QJsonDocument::Compact)), id.toLongLong()});
}

Result<ShiftRepository::Figures> ShiftRepository::figures(const QString &shiftId)
{
    const qint64 id = shiftId.toLongLong();
    Figures f;
    // Sales: payments taken in this shift that settled a bill (a later refund is its own line).
    auto byMethod = m_db.rows(
        u"SELECT method, COUNT(*) AS n, COALESCE(SUM(amount), 0) AS amount, COALESCE(SUM(cash_rounding), 0) AS rounding "
        "FROM payments WHERE shift_id = ? AND status IN ('PAID', 'REFUNDED') GROUP BY method"_s,
        {id});
    if (!byMethod)
        return byMethod.error();
    qint64 rounding = 0;
    for (const Row &r : *byMethod) {
        f.sales.insert(r.value(u"method"_s).toString(), countAmount(r, u"n"_s, u"amount"_s));
        rounding += r.value(u"rounding"_s).toLongLong();
    }
    f.cashRounding = Money::fromSatang(rounding);
    auto refunds = m_db.rows(u"SELECT method, COUNT(*) AS n, COALESCE(SUM(amount), 0) AS amount FROM payments "
                             "WHERE refund_shift_id = ? AND status = 'REFUNDED' GROUP BY method"_s,
                             {id});
    if (!refunds)
        return refunds.error();
    for (const Row &r : *refunds)
        f.refunds.insert(r.value(u"method"_s).toString(), countAmount(r, u"n"_s, u"amount"_s));
    auto orders = m_db.row(
        u"SELECT COUNT(*) AS n, COALESCE(SUM(o.vat), 0) AS vat, COALESCE(SUM(o.service_charge), 0) AS service, "
        "COALESCE(SUM(CASE WHEN o.discount > 0 THEN 1 ELSE 0 END), 0) AS discounted, COALESCE(SUM(o.discount), 0) AS discount "
        "FROM orders o JOIN payments p ON p.order_id = o.id WHERE p.shift_id = ? AND p.status IN ('PAID', 'REFUNDED') "
        "AND p.partial = 0"_s, // a bill paid in several tenders counts once, with the tender that settled it
        {id}, {});
    if (!orders)
        return orders.error();
    f.discounts = countAmount(*orders, u"discounted"_s, u"discount"_s);
    f.vat = Money::fromSatang(orders->value(u"vat"_s).toLongLong());
    f.serviceCharge = Money::fromSatang(orders->value(u"service"_s).toLongLong());
    auto voids = m_db.row(
        u"SELECT COUNT(*) AS n, COALESCE(SUM(l.line_total), 0) AS amount FROM order_lines l "
        "JOIN payments p ON p.order_id = l.order_id WHERE p.shift_id = ? AND p.status IN ('PAID', 'REFUNDED') AND p.partial = 0 "
        "AND l.voided = 1"_s,
        {id}, {});
    if (!voids)
        return voids.error();
    f.voids = countAmount(*voids, u"n"_s, u"amount"_s);
    auto open = m_db.scalar(u"SELECT COUNT(*) FROM payments WHERE shift_id = ? AND status IN ('PENDING', 'FLAGGED')"_s, {id});
    if (!open)
        return open.error();
    f.unsettledQrPayments = open->toLongLong();
    auto tips = m_db.rows(u"SELECT u.display_name AS staff, COUNT(*) AS n, SUM(p.tip) AS amount FROM payments p "
                          "JOIN orders o ON o.id = p.order_id JOIN users u ON u.id = o.created_by "
                          "WHERE p.shift_id = ? AND p.status = 'PAID' AND p.tip > 0 GROUP BY u.display_name ORDER BY u.display_name"_s,
                          {id});
    if (!tips)
        return tips.error();
    for (const Row &r : *tips) {
        const CountAmount c = countAmount(r, u"n"_s, u"amount"_s);
        f.tipsByStaff.append({r.value(u"staff"_s).toString(), c});
        f.tips = {f.tips.count + c.count, f.tips.amount + c.amount};
    }
    return f;
}

} // namespace tavola::server
