#pragma once

#include "domain/payment.h"
#include "storage/database.h"

namespace tavola::server {

/// Payments (tenders taken for orders) and the gateway transactions applied to them.
class PaymentRepository
{
public:
    explicit PaymentRepository(Database &db) : m_db(db) { }

    /// The payment, or NOT_FOUND.
    Result<Payment> load(const QString &id);
    /// The PromptPay payment with this reference.
    Result<std::optional<Payment>> byReference(const QString &reference);
    /// The order's payments, oldest first; with `pendingOnly`, those still PENDING.
    Result<QList<Payment>> ofOrder(const QString &orderId, bool pendingOnly = false);
    Result<bool> referenceTaken(const QString &reference);
    /// Stores a new payment; `gateway` names the gateway of a QR, `confirmedBy` the username of
    /// whoever confirmed a PromptPay at the till. Returns the id. A reused reference or slip is a
    /// unique violation.
    Result<QString> insert(const Payment &p, qint64 createdBy, const QString &gateway = {}, const QString &confirmedBy = {});
    /// The receipt and time of the payment a bank slip (bank, reference) already paid.
    Result<std::optional<std::pair<QString, QDateTime>>> slipUse(const QString &bank, const QString &reference);
    /// Writes status, flag reason and the amount received.
    Status saveStatus(const Payment &p);
    /// PAID with its receipt number and time.
    Status savePaid(const Payment &p);
    /// Remembers the gateway transaction that paid it (the first one).
    Status setTransactionId(const QString &paymentId, const QString &transactionId);
    /// REFUNDED at `p.refundedAt` with its reason, out of the drawer of `refundShiftId`.
    Status saveRefund(const Payment &p, const QString &refundShiftId);
    /// How a gateway transaction was applied, if it was.
    Result<std::optional<QString>> gatewayOutcome(const QString &transactionId);
    Status recordGatewayTransaction(const QString &transactionId, const QString &reference, Money amount, const QString &source,
                                    const QString &outcome, const QString &paymentId, const QDateTime &now);
    /// PENDING payments past their expiry become EXPIRED, each with an audit row by "system".
    Status expireStale(const QDateTime &now);
    /// (status, count) of all payments.
    Result<QList<std::pair<QString, qint64>>> countByStatus();

private:
    Database &m_db;
};

} // namespace tavola::server
