#pragma once

#include "json.h"
#include "statemachine.h"

namespace tavola {

enum class PaymentMethod { Cash, PromptPay, Card };
template<>
struct EnumNames<PaymentMethod>
{
    static constexpr std::array names{std::pair{PaymentMethod::Cash, QLatin1StringView("cash")},
                                      std::pair{PaymentMethod::PromptPay, QLatin1StringView("promptpay")},
                                      std::pair{PaymentMethod::Card, QLatin1StringView("card")}};
};

struct Payment
{
    QString id;
    QString orderId;
    PaymentMethod method = PaymentMethod::Cash;
    PaymentStatus status = PaymentStatus::Pending;
    Money amount; // what the order costs (cash: after cash rounding)
    Money amountReceived; // cash
    Money change; // cash
    Money cashRounding; // cash: the rounding line
    QString receiptNumber;
    QString qrPayload; // promptpay
    QString reference; // promptpay
    QString approvalCode; // card
    QDateTime createdAt;
    QDateTime paidAt;
    QDateTime expiresAt; // promptpay
    QString shiftId; // the till shift it belongs to (empty: taken outside any shift)
    QString flagReason; // FLAGGED/FAILED: "amount_mismatch", "late_payment", "superseded", …
    std::optional<Money> receivedAmount; // promptpay: what the gateway reported, when it differs
    QDateTime refundedAt;
    QString refundReason;
    QString confirmation; // promptpay: gateway | slip | staff
    QString slipBank; // confirmation slip: the sending bank's code
    QString slipRef; // confirmation slip: the transfer's reference
    bool partial = false; // PAID but not the last tender: the order still has a balance due
    Money tip; // card / PromptPay: outside the order's total and VAT

    /// What this tender pays of the order's total: cash rounding is its own line, not the bill.
    Money towardsTotal() const { return amount - cashRounding; }

    /// The API's shape: method-specific fields only for that method.
    QJsonObject toJson() const;
    static Result<Payment> fromJson(const QJsonObject &json);
    bool operator==(const Payment &) const = default;
};

} // namespace tavola
