#include "payment.h"

using namespace Qt::StringLiterals;

namespace tavola {

QJsonObject Payment::toJson() const
{
    QJsonObject o{{u"payment_id"_s, id},
                  {u"order_id"_s, orderId},
                  {u"method"_s, enumName(method)},
                  {u"status"_s, enumName(status)},
                  {u"amount"_s, amount.toString()},
                  {u"created_at"_s, timeToJson(createdAt)},
                  {u"paid_at"_s, timeToJson(paidAt)},
                  {u"receipt_number"_s, receiptNumber.isEmpty() ? QJsonValue() : QJsonValue(receiptNumber)}};
    if (partial)
        o.insert(u"partial"_s, true);
    if (!tip.isZero())
        o.insert(u"tip"_s, tip.toString());
    if (!shiftId.isEmpty())
        o.insert(u"shift_id"_s, shiftId);
    if (!flagReason.isEmpty())
        o.insert(u"flag_reason"_s, flagReason);
    if (receivedAmount)
        o.insert(u"received_amount"_s, receivedAmount->toString());
    if (refundedAt.isValid()) {
        o.insert(u"refunded_at"_s, timeToJson(refundedAt));
        o.insert(u"refund_reason"_s, refundReason);
    }
    switch (method) {
    case PaymentMethod::Cash:
        o.insert(u"amount_received"_s, amountReceived.toString());
        o.insert(u"change"_s, change.toString());
        o.insert(u"cash_rounding"_s, cashRounding.toString());
        break;
    case PaymentMethod::PromptPay:
        o.insert(u"confirmation"_s, confirmation.isEmpty() ? u"gateway"_s : confirmation);
        if (!slipRef.isEmpty()) {
            o.insert(u"slip_bank"_s, slipBank);
            o.insert(u"slip_ref"_s, slipRef);
        }
        o.insert(u"qr_payload"_s, qrPayload);
        o.insert(u"reference"_s, reference);
        o.insert(u"expires_at"_s, timeToJson(expiresAt));
        break;
    case PaymentMethod::Card: o.insert(u"approval_code"_s, approvalCode); break;
    }
    return o;
}

Result<Payment> Payment::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Payment p;
    p.id = r.id(u"payment_id"_s, Presence::Required);
    p.orderId = r.id(u"order_id"_s, Presence::Optional);
    p.method = r.enumeration<PaymentMethod>(u"method"_s, Presence::Optional, PaymentMethod::Cash);
    p.status = r.enumeration<PaymentStatus>(u"status"_s, Presence::Required, PaymentStatus::Pending);
    p.amount = r.money(u"amount"_s, Presence::Required);
    p.amountReceived = r.money(u"amount_received"_s, Presence::Optional);
    p.change = r.money(u"change"_s, Presence::Optional);
    p.cashRounding = r.money(u"cash_rounding"_s, Presence::Optional, true);
    p.receiptNumber = r.string(u"receipt_number"_s, Presence::Optional, 40);
    p.qrPayload = r.string(u"qr_payload"_s, Presence::Optional, 512);
    p.reference = r.string(u"reference"_s, Presence::Optional, 40);
    p.approvalCode = r.string(u"approval_code"_s, Presence::Optional, 40);
    p.createdAt = r.time(u"created_at"_s, Presence::Optional);
    p.paidAt = r.time(u"paid_at"_s, Presence::Optional);
    p.shiftId = r.id(u"shift_id"_s, Presence::Optional);
    p.flagReason = r.string(u"flag_reason"_s, Presence::Optional, 40);
    p.receivedAmount = r.optionalMoney(u"received_amount"_s);
    p.refundedAt = r.time(u"refunded_at"_s, Presence::Optional);
    p.confirmation = r.string(u"confirmation"_s, Presence::Optional, 10);
    if (p.confirmation == u"gateway"_s)
        p.confirmation.clear(); // the default, as toJson writes it
    p.slipBank = r.string(u"slip_bank"_s, Presence::Optional, 3);
    p.slipRef = r.string(u"slip_ref"_s, Presence::Optional, 50);
    p.refundReason = r.string(u"refund_reason"_s, Presence::Optional, 500);
    p.expiresAt = r.time(u"expires_at"_s, Presence::Optional);
    p.partial = r.boolean(u"partial"_s, Presence::Optional, false);
    p.tip = r.money(u"tip"_s, Presence::Optional);
    if (!r.ok())
        return r.error();
    return p;
}

} // namespace tavola
