#include "storage/paymentrepository.h"

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

Payment paymentFromRow(const Row &r)
{
    Payment p;
    p.id = r.value(u"id"_s).toString();
    p.orderId = r.value(u"order_id"_s).toString();
    p.method = enumFromName<PaymentMethod>(r.value(u"method"_s).toString()).value_or(PaymentMethod::Cash);
    p.status = enumFromName<PaymentStatus>(r.value(u"status"_s).toString()).value_or(PaymentStatus::Pending);
    p.amount = Money::fromSatang(r.value(u"amount"_s).toLongLong());
    p.amountReceived = Money::fromSatang(r.value(u"amount_received"_s).toLongLong());
    p.change = Money::fromSatang(r.value(u"change_amount"_s).toLongLong());
    p.cashRounding = Money::fromSatang(r.value(u"cash_rounding"_s).toLongLong());
    p.receiptNumber = r.value(u"receipt_number"_s).toString();
    p.reference = r.value(u"reference"_s).toString();
    p.qrPayload = r.value(u"qr_payload"_s).toString();
    p.approvalCode = r.value(u"approval_code"_s).toString();
    p.createdAt = fromMs(r.value(u"created_at"_s));
    p.paidAt = fromMs(r.value(u"paid_at"_s));
    p.expiresAt = fromMs(r.value(u"expires_at"_s));
    p.shiftId = r.value(u"shift_id"_s).isNull() ? QString() : r.value(u"shift_id"_s).toString();
    p.flagReason = r.value(u"flag_reason"_s).toString();
    if (!r.value(u"received_amount"_s).isNull())
        p.receivedAmount = Money::fromSatang(r.value(u"received_amount"_s).toLongLong());
    p.refundedAt = fromMs(r.value(u"refunded_at"_s));
    p.refundReason = r.value(u"refund_reason"_s).toString();
    p.confirmation = r.value(u"confirmation"_s).toString();
    p.slipBank = r.value(u"slip_bank"_s).toString();
    p.slipRef = r.value(u"slip_ref"_s).toString();
    p.partial = r.value(u"partial"_s).toInt() != 0;
    p.tip = Money::fromSatang(r.value(u"tip"_s).toLongLong());
    return p;
}

Result<QList<Payment>> payments(Database &db, const QString &sql, const QVariantList &binds)
{
    auto rows = db.rows(sql, binds);
    if (!rows)
        return rows.error();
    QList<Payment> out;
    for (const Row &r : *rows)
        out.append(paymentFromRow(r));
    return out;
}

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(toMs(t)) : sqlNull();
}

} // namespace

Result<Payment> PaymentRepository::load(const QString &id)
{
    bool numeric = false;
    const qint64 n = id.toLongLong(&numeric);
    if (!numeric)
        return Error{ErrorCode::NotFound, u"No payment with id %1"_s.arg(id.left(40)), {}};
    auto row = m_db.row(u"SELECT * FROM payments WHERE id = ?"_s, {n}, u"No payment with id %1"_s.arg(id));
    if (!row)
        return row.error();
    return paymentFromRow(*row);
}

Result<std::optional<Payment>> PaymentRepository::byReference(const QString &reference)
{
    auto found = payments(m_db, u"SELECT * FROM payments WHERE reference = ? AND method = 'promptpay'"_s, {reference});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<QList<Payment>> PaymentRepository::ofOrder(const QString &orderId, bool pendingOnly)
{
    return payments(m_db,
                    pendingOnly ? u"SELECT * FROM payments WHERE order_id = ? AND status = 'PENDING' ORDER BY id"_s
                                : u"SELECT * FROM payments WHERE order_id = ? ORDER BY id"_s,
                    {orderId.toLongLong()});
}

Result<bool> PaymentRepository::referenceTaken(const QString &reference)
{
    auto n = m_db.scalar(u"SELECT COUNT(*) FROM payments WHERE reference = ?"_s, {reference});
    if (!n)
        return n.error();
    return n->toLongLong() != 0;
}

Result<QString> PaymentRepository::insert(const Payment &p, qint64 createdBy, const QString &gateway, const QString &confirmedBy)
{
    auto id = m_db.scalar(
        u"INSERT INTO payments (order_id, method, status, amount, amount_received, change_amount, cash_rounding, "
        "receipt_number, reference, qr_payload, approval_code, gateway, shift_id, created_by, created_at, paid_at, "
        "expires_at, confirmation, slip_bank, slip_ref, partial, tip, confirmed_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT id FROM users WHERE username = ?)) "
        "RETURNING id"_s,
        {p.orderId.toLongLong(),      enumName(p.method),
         enumName(p.status),          p.amount.satang(),
         p.amountReceived.satang(),   p.change.satang(),
         p.cashRounding.satang(),     nullIfEmpty(p.receiptNumber),
         nullIfEmpty(p.reference),    nullIfEmpty(p.qrPayload),
         nullIfEmpty(p.approvalCode), nullIfEmpty(gateway),
         numericIdOrNull(p.shiftId),  createdBy,
         toMs(p.createdAt),           timeOrNull(p.paidAt),
         timeOrNull(p.expiresAt),     nullIfEmpty(p.confirmation),
         nullIfEmpty(p.slipBank),     nullIfEmpty(p.slipRef),
         p.partial ? 1 : 0,           p.tip.satang(),
         nullIfEmpty(confirmedBy)});
    if (!id)
        return id.error();
    return id->toString();
}

Result<std::optional<std::pair<QString, QDateTime>>> PaymentRepository::slipUse(const QString &bank, const QString &reference)
{
    auto used = m_db.rows(u"SELECT receipt_number, paid_at FROM payments WHERE slip_bank = ? AND slip_ref = ?"_s, {bank, reference});
    if (!used)
        return used.error();
    if (used->isEmpty())
        return std::optional<std::pair<QString, QDateTime>>();
    const Row &first = used->first();
    return std::optional(std::pair{first.value(u"receipt_number"_s).toString(), fromMs(first.value(u"paid_at"_s))});
}

Status PaymentRepository::saveStatus(const Payment &p)
{
    return m_db.run(u"UPDATE payments SET status = ?, flag_reason = ?, received_amount = ? WHERE id = ?"_s,
                    {enumName(p.status), nullIfEmpty(p.flagReason), p.receivedAmount ? QVariant(p.receivedAmount->satang()) : sqlNull(),
                     p.id.toLongLong()});
}

Status PaymentRepository::savePaid(const Payment &p)
{
    return m_db.run(u"UPDATE payments SET status = 'PAID', receipt_number = ?, paid_at = ?, partial = ? WHERE id = ?"_s,
                    {nullIfEmpty(p.receiptNumber), toMs(p.paidAt), p.partial ? 1 : 0, p.id.toLongLong()});
}

Status PaymentRepository::setTransactionId(const QString &paymentId, const QString &transactionId)
{
    return m_db.run(u"UPDATE payments SET transaction_id = COALESCE(transaction_id, ?) WHERE id = ?"_s,
                    {transactionId, paymentId.toLongLong()});
}

Status PaymentRepository::saveRefund(const Payment &p, const QString &refundShiftId)
{
    return m_db.run(u"UPDATE payments SET status = 'REFUNDED', refunded_at = ?, refund_reason = ?, refund_shift_id = ? WHERE id = ?"_s,
                    {toMs(p.refundedAt), p.refundReason, numericIdOrNull(refundShiftId), p.id.toLongLong()});
}

Result<std::optional<QString>> PaymentRepository::gatewayOutcome(const QString &transactionId)
{
    auto seen = m_db.scalar(u"SELECT outcome FROM gateway_transactions WHERE transaction_id = ?"_s, {transactionId});
    if (!seen)
        return seen.error();
    return seen->isNull() ? std::nullopt : std::optional(seen->toString());
}

Status PaymentRepository::recordGatewayTransaction(const QString &transactionId, const QString &reference, Money amount,
                                                   const QString &source, const QString &outcome, const QString &paymentId,
                                                   const QDateTime &now)
{
    return m_db.run(u"INSERT INTO gateway_transactions (transaction_id, reference, amount, source, outcome, payment_id, received_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                    {transactionId, reference, amount.satang(), source, outcome, numericIdOrNull(paymentId), toMs(now)});
}

Status PaymentRepository::expireStale(const QDateTime &now)
{
    const qint64 t = toMs(now);
    if (auto s = m_db.run(u"INSERT INTO audit_log (at, actor_name, action, entity, entity_id, after_json) "
                          "SELECT ?, 'system', 'payment.expire', 'payment', CAST(id AS TEXT), '{\"status\":\"EXPIRED\"}' "
                          "FROM payments WHERE status = 'PENDING' AND expires_at <= ?"_s,
                          {t, t});
        !s)
        return s;
    return m_db.run(u"UPDATE payments SET status = 'EXPIRED' WHERE status = 'PENDING' AND expires_at <= ?"_s, {t});
}

Result<QList<std::pair<QString, qint64>>> PaymentRepository::countByStatus()
{
    auto rows = m_db.rows(u"SELECT status, COUNT(*) AS n FROM payments GROUP BY status"_s);
    if (!rows)
        return rows.error();
    QList<std::pair<QString, qint64>> out;
    for (const Row &r : *rows)
        out.append({r.value(u"status"_s).toString(), r.value(u"n"_s).toLongLong()});
    return out;
}

} // namespace tavola::server
