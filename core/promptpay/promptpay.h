#pragma once

#include "domain/money.h"

#include <QJsonObject>
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
    QString reference1; // tag 30 only, 1–20 of [A-Z0-9]
    QString reference2; // tag 30, optional
    std::optional<Money> amount; // present ⇒ dynamic QR (tag 01 = 12)
    QString additionalData; // raw value of tag 62, optional

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

/// What the verification QR on a transfer slip says (DOMAIN: "Bank slip verification QR").
/// It proves only what it claims; a bank's slip-verification API confirms the transfer.
struct Slip
{
    enum class Kind { Bank, TrueMoney };
    Kind kind = Kind::Bank;
    QString sendingBank; // bank: 3-digit bank code ("014" SCB)
    QString transRef; // bank: the transaction reference, 1–50 letters and digits
    QString eventType; // TrueMoney: e.g. "P2P"
    QString transactionId; // TrueMoney
    QString date; // TrueMoney: DDMMYYYY, a real date

    /// {"type":"bank","sending_bank","trans_ref"} or {"type":"truemoney","event_type","transaction_id","date"}.
    QJsonObject toJson() const;
    bool operator==(const Slip &) const = default;
};

/// Parses a slip's verification QR strictly: printable ASCII, exact TLV lengths, no unknown or
/// repeated tags, the bank template (00: 00=000001, 01 bank, 02 ref; 51=TH) or the TrueMoney one
/// (00: 00=01, 01=01, 02 event, 03 id, 04 date), and tag 91 last with a CRC that matches (hex in
/// either case).
Result<Slip> parseSlip(const QString &text);
/// The payload for a slip (upper-case CRC for banks, lower-case for TrueMoney, as their apps print).
Result<QString> buildSlip(const Slip &slip);

/// What a keyboard-wedge scanner meant to type when the till's keyboard layout is Thai
/// (Kedmanee): the scanner sends US key codes, the system turns them into Thai letters ("ๅ" for
/// 1, "ฤ" for A). Text without a Thai character comes back as it is.
QString fromThaiKeyboard(const QString &typed);
/// The reverse: what a scanner types for `ascii` while the layout is Thai (for tests).
QString toThaiKeyboard(const QString &ascii);

/// The Thai national ID check digit (the 13th digit) is right. Needs exactly 13 digits.
bool isThaiIdChecksumValid(const QString &id);

} // namespace tavola::promptpay
