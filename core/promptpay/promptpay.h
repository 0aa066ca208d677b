#pragma once

#include "domain/money.h"

#include <QString>

#include <optional>

namespace tavola::promptpay {

/// Whom the money goes to. Tag 29 (credit transfer) has one of mobile, national/tax ID or
/// e-wallet; tag 30 (bill payment) has a biller ID with one or two references.
enum class TargetType { Mobile, NationalId, EWallet, BillPayment };

struct Payload
{
    TargetType type = TargetType::Mobile;
    /// Tag 29: the account as it appears in the payload — mobile "0066812345678",
    /// national/tax ID 13 digits, e-wallet 15 digits. Tag 30: the 15-digit biller ID.
    QString target;
    QString reference1;          // tag 30 only, 1–20 of [A-Z0-9]
    QString reference2;          // tag 30, optional
    std::optional<Money> amount; // present ⇒ dynamic QR (tag 01 = 12)
    QString additionalData;      // raw value of tag 62, optional

    bool isDynamic() const { return amount.has_value(); }
    bool operator==(const Payload &) const = default;
};

/// CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor).
quint16 crc16(QByteArrayView data);

/// Builds the EMVCo payload, tags in ascending order, CRC last. Checks every field.
Result<QString> build(const Payload &payload);
/// Parses and checks a payload: structure, CRC, known PromptPay templates. Any tag order.
Result<Payload> parse(const QString &text);

/// Mobile input ("0812345678", "+66 81-234-5678", "66812345678") → "0066812345678".
Result<QString> normalizeMobile(const QString &input);
/// Reads a target the way a person types it: a phone number, 13-digit ID or 15-digit e-wallet.
Result<Payload> targetFromInput(const QString &input);
/// A static or dynamic payload for a typed target ("0812345678") and optional amount.
Result<QString> buildForInput(const QString &input, std::optional<Money> amount);

/// The Thai national ID check digit (the 13th digit) is right. Needs exactly 13 digits.
bool isThaiIdChecksumValid(const QString &id);

} // namespace tavola::promptpay
