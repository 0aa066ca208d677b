#include "promptpay.h"

#include <QDate>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tavola::promptpay {

namespace {

constexpr auto kCreditTransferAid = "A000000677010111"_L1;
constexpr auto kBillPaymentAid = "A000000677010112"_L1;

Error invalid(const QString &message)
{
    return Error{ErrorCode::ValidationFailed, message, {}};
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isReference(QStringView s)
{
    if (s.isEmpty() || s.size() > 20)
        return false;
    for (const QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z')))
            return false;
    }
    return true;
}

QString tlv(QStringView id, const QString &value)
{
    return id.toString() + QString::number(value.size()).rightJustified(2, u'0') + value;
}

/// Splits a TLV string into (id → value); ids must be unique and lengths must fit exactly.
Result<QList<std::pair<QString, QString>>> splitTlv(const QString &text, const QString &where)
{
    QList<std::pair<QString, QString>> out;
    qsizetype i = 0;
    while (i < text.size()) {
        if (i + 4 > text.size())
            return invalid(u"%1: truncated field at position %2"_s.arg(where).arg(i));
        const QString id = text.mid(i, 2);
        const QString lenText = text.mid(i + 2, 2);
        if (!allDigits(id) || !allDigits(lenText))
            return invalid(u"%1: malformed field header at position %2"_s.arg(where).arg(i));
        const int len = lenText.toInt();
        if (i + 4 + len > text.size())
            return invalid(u"%1: field %2 is longer than the payload"_s.arg(where, id));
        for (const auto &[seen, v] : out) {
            if (seen == id)
                return invalid(u"%1: field %2 appears twice"_s.arg(where, id));
        }
        out.append({id, text.mid(i + 4, len)});
        i += 4 + len;
    }
    return out;
}

QString find(const QList<std::pair<QString, QString>> &fields, QStringView id, bool *found = nullptr)
{
    for (const auto &[k, v] : fields) {
        if (k == id) {
            if (found)
                *found = true;
            return v;
        }
    }
    if (found)
        *found = false;
    return {};
}

Status checkTarget(const Payload &p)
{
    switch (p.type) {
    case TargetType::Mobile:
        if (p.target.size() != 13 || !p.target.startsWith(u"0066"_s) || !allDigits(p.target))
            return invalid(u"A PromptPay mobile target must be 0066 followed by 9 digits"_s);
        break;
    case TargetType::NationalId:
        if (p.target.size() != 13 || !allDigits(p.target))
            return invalid(u"A national or tax ID must be exactly 13 digits"_s);
        break;
    case TargetType::EWallet:
        if (p.target.size() != 15 || !allDigits(p.target))
            return invalid(u"An e-wallet ID must be exactly 15 digits"_s);
        break;
    case TargetType::BillPayment:
        if (p.target.size() != 15 || !allDigits(p.target))
            return invalid(u"A biller ID must be exactly 15 digits (tax ID + 2-digit suffix)"_s);
        if (!isReference(p.reference1))
            return invalid(u"Reference 1 must be 1 to 20 characters of A-Z and 0-9"_s);
        if (!p.reference2.isEmpty() && !isReference(p.reference2))
            return invalid(u"Reference 2 must be 1 to 20 characters of A-Z and 0-9"_s);
        break;
    }
    if (p.type != TargetType::BillPayment && (!p.reference1.isEmpty() || !p.reference2.isEmpty()))
        return invalid(u"References belong to a bill payment only"_s);
    if (p.amount && (p.amount->satang() <= 0 || p.amount->satang() > Money::kMaxSatang))
        return invalid(u"The amount of a dynamic QR must be between 0.01 and 9999999.99 baht"_s);
    if (p.additionalData.size() > 99)
        return invalid(u"Additional data is at most 99 characters"_s);
    return {};
}

} // namespace

quint16 crc16(QByteArrayView data)
{
    quint16 crc = 0xFFFF;
    for (const char ch : data) {
        crc ^= static_cast<quint16>(static_cast<quint8>(ch) << 8);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? static_cast<quint16>((crc << 1) ^ 0x1021) : static_cast<quint16>(crc << 1);
    }
    return crc;
}

Result<QString> build(const Payload &p)
{
    if (const Status s = checkTarget(p); !s)
        return s.error();
    QString merchant;
    QString merchantTag;
    switch (p.type) {
    case TargetType::Mobile:
        merchantTag = u"29"_s;
        merchant = tlv(u"00", kCreditTransferAid) + tlv(u"01", p.target);
        break;
    case TargetType::NationalId:
        merchantTag = u"29"_s;
        merchant = tlv(u"00", kCreditTransferAid) + tlv(u"02", p.target);
        break;
    case TargetType::EWallet:
        merchantTag = u"29"_s;
        merchant = tlv(u"00", kCreditTransferAid) + tlv(u"03", p.target);
        break;
    case TargetType::BillPayment:
        merchantTag = u"30"_s;
        merchant = tlv(u"00", kBillPaymentAid) + tlv(u"01", p.target) + tlv(u"02", p.reference1);
        if (!p.reference2.isEmpty())
            merchant += tlv(u"03", p.reference2);
        break;
    }
    QString out = tlv(u"00", u"01"_s) + tlv(u"01", p.isDynamic() ? u"12"_s : u"11"_s) + tlv(merchantTag, merchant) + tlv(u"53", u"764"_s);
    if (p.amount)
        out += tlv(u"54", p.amount->toString());
    out += tlv(u"58", u"TH"_s);
    if (!p.additionalData.isEmpty())
        out += tlv(u"62", p.additionalData);
    out += u"6304"_s;
    out += QString::number(crc16(out.toLatin1()), 16).toUpper().rightJustified(4, u'0');
    return out;
}

Result<Payload> parse(const QString &text)
{
    if (text.size() < 12 || text.size() > 512)
        return invalid(u"A PromptPay payload is between 12 and 512 characters"_s);
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return invalid(u"A PromptPay payload contains only printable ASCII"_s);
    }
    auto fields = splitTlv(text, u"payload"_s);
    if (!fields)
        return fields.error();
    const auto &f = fields.value();
    if (f.isEmpty() || f.front().first != u"00"_s || f.front().second != u"01"_s)
        return invalid(u"The payload must start with format indicator 000201"_s);
    if (f.back().first != u"63"_s || f.back().second.size() != 4)
        return invalid(u"The payload must end with a 4-digit CRC (tag 63)"_s);
    const QString expected = QString::number(crc16(text.left(text.size() - 4).toLatin1()), 16).toUpper().rightJustified(4, u'0');
    if (f.back().second.toUpper() != expected)
        return invalid(u"CRC mismatch: the payload says %1, its content gives %2"_s.arg(f.back().second, expected));

    Payload p;
    bool has29 = false;
    bool has30 = false;
    const QString t29 = find(f, u"29", &has29);
    const QString t30 = find(f, u"30", &has30);
    if (has29 == has30)
        return invalid(u"The payload must carry exactly one PromptPay account (tag 29 or 30)"_s);
    auto merchant = splitTlv(has29 ? t29 : t30, has29 ? u"tag 29"_s : u"tag 30"_s);
    if (!merchant)
        return merchant.error();
    const auto &m = merchant.value();
    const QString aid = find(m, u"00");
    if (has29) {
        if (aid != kCreditTransferAid)
            return invalid(u"Tag 29 must carry the PromptPay credit transfer AID A000000677010111"_s);
        bool mobile = false, id = false, wallet = false;
        const QString v1 = find(m, u"01", &mobile);
        const QString v2 = find(m, u"02", &id);
        const QString v3 = find(m, u"03", &wallet);
        if (int(mobile) + int(id) + int(wallet) != 1)
            return invalid(u"Tag 29 must carry exactly one of mobile, national ID or e-wallet"_s);
        p.type = mobile ? TargetType::Mobile : id ? TargetType::NationalId : TargetType::EWallet;
        p.target = mobile ? v1 : id ? v2 : v3;
    } else {
        if (aid != kBillPaymentAid)
            return invalid(u"Tag 30 must carry the PromptPay bill payment AID A000000677010112"_s);
        p.type = TargetType::BillPayment;
        p.target = find(m, u"01");
        p.reference1 = find(m, u"02");
        p.reference2 = find(m, u"03");
    }
    if (find(f, u"53") != u"764"_s)
        return invalid(u"The currency (tag 53) must be 764, Thai baht"_s);
    if (find(f, u"58") != u"TH"_s)
        return invalid(u"The country (tag 58) must be TH"_s);
    bool hasAmount = false;
    const QString amountText = find(f, u"54", &hasAmount);
    if (hasAmount) {
        auto amount = Money::parse(amountText);
        if (!amount)
            return invalid(u"The amount (tag 54) '%1' is not a baht amount"_s.arg(amountText));
        p.amount = amount.value();
    }
    const QString method = find(f, u"01");
    if (method != u"11"_s && method != u"12"_s)
        return invalid(u"The point of initiation (tag 01) must be 11 (static) or 12 (dynamic)"_s);
    if ((method == u"12"_s) != hasAmount)
        return invalid(method == u"12"_s ? u"A dynamic QR (tag 01 = 12) must carry an amount"_s
                                         : u"A static QR (tag 01 = 11) must not carry an amount"_s);
    p.additionalData = find(f, u"62");
    if (const Status s = checkTarget(p); !s)
        return s.error();
    return p;
}

Result<QString> normalizeMobile(const QString &input)
{
    QString digits;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (c == u' ' || c == u'-')
            continue;
        if (c == u'+' && digits.isEmpty() && i == input.indexOf(u'+'))
            continue;
        if (c < u'0' || c > u'9')
            return invalid(u"'%1' is not a phone number: only digits, spaces, dashes and a leading + are allowed"_s.arg(input.left(30)));
        digits += c;
    }
    const bool plus = input.trimmed().startsWith(u'+');
    QString national;
    if (!plus && digits.size() == 10 && digits.startsWith(u'0'))
        national = digits.mid(1);
    else if (digits.size() == 11 && digits.startsWith(u"66"_s))
        national = digits.mid(2);
    else
        return invalid(u"'%1' is not a Thai mobile number (0XXXXXXXXX or +66XXXXXXXXX)"_s.arg(input.left(30)));
    if (national.startsWith(u'0'))
        return invalid(u"'%1' is not a Thai mobile number (0XXXXXXXXX or +66XXXXXXXXX)"_s.arg(input.left(30)));
    return QString(u"0066"_s + national);
}

Result<Payload> targetFromInput(const QString &input)
{
    const QString trimmed = input.trimmed();
    QString digits;
    for (const QChar c : trimmed) {
        if (c.isDigit())
            digits += c;
    }
    Payload p;
    const bool looksLikePhone = trimmed.startsWith(u'+') || (digits.size() == 10 && digits.startsWith(u'0'))
        || (digits.size() == 11 && digits.startsWith(u"66"_s));
    if (allDigits(trimmed) && trimmed.size() == 13) {
        p.type = TargetType::NationalId;
        p.target = trimmed;
    } else if (allDigits(trimmed) && trimmed.size() == 15) {
        p.type = TargetType::EWallet;
        p.target = trimmed;
    } else if (looksLikePhone) {
        auto m = normalizeMobile(trimmed);
        if (!m)
            return m.error();
        p.type = TargetType::Mobile;
        p.target = m.value();
    } else {
        return invalid(
            u"'%1' is not a PromptPay ID: use a mobile number (0812345678), a 13-digit national or tax ID, or a 15-digit e-wallet ID"_s.arg(
                trimmed.left(30)));
    }
    return p;
}

Result<QString> buildForInput(const QString &input, std::optional<Money> amount)
{
    auto target = targetFromInput(input);
    if (!target)
        return target.error();
    Payload p = target.value();
    p.amount = amount;
    return build(p);
}

bool isThaiIdChecksumValid(const QString &id)
{
    if (id.size() != 13 || !allDigits(id))
        return false;
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (id.at(i).unicode() - u'0') * (13 - i);
    const int check = (11 - sum % 11) % 10;
    return check == id.at(12).unicode() - u'0';
}

namespace {
bool isSlipToken(QStringView s, qsizetype maxLength, bool allowUnderscore = false)
{
    if (s.isEmpty() || s.size() > maxLength)
        return false;
    return std::all_of(s.begin(), s.end(), [&](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (allowUnderscore && c == u'_');
    });
}

Status checkSlip(const Slip &s)
{
    if (s.kind == Slip::Kind::Bank) {
        if (s.sendingBank.size() != 3 || !allDigits(s.sendingBank))
            return invalid(u"The sending bank must be a 3-digit bank code"_s);
        if (!isSlipToken(s.transRef, 50))
            return invalid(u"The transaction reference must be 1 to 50 letters and digits"_s);
        return {};
    }
    if (!isSlipToken(s.eventType, 20, true))
        return invalid(u"The TrueMoney event type must be 1 to 20 letters, digits or _"_s);
    if (!isSlipToken(s.transactionId, 50))
        return invalid(u"The TrueMoney transaction id must be 1 to 50 letters and digits"_s);
    if (s.date.size() != 8 || !allDigits(s.date) || !QDate::fromString(s.date, u"ddMMyyyy"_s).isValid())
        return invalid(u"The TrueMoney date must be a real date written DDMMYYYY"_s);
    return {};
}

QString slipCrc(const QString &body, bool upper)
{
    const QString hex = QString::number(crc16(body.toLatin1()), 16).rightJustified(4, u'0');
    return upper ? hex.toUpper() : hex;
}
} // namespace

QJsonObject Slip::toJson() const
{
    if (kind == Kind::Bank)
        return {{u"type"_s, u"bank"_s}, {u"sending_bank"_s, sendingBank}, {u"trans_ref"_s, transRef}};
    return {{u"type"_s, u"truemoney"_s}, {u"event_type"_s, eventType}, {u"transaction_id"_s, transactionId}, {u"date"_s, date}};
}

Result<QString> buildSlip(const Slip &slip)
{
    if (auto ok = checkSlip(slip); !ok)
        return ok.error();
    QString body;
    if (slip.kind == Slip::Kind::Bank) {
        body = tlv(u"00", tlv(u"00", u"000001"_s) + tlv(u"01", slip.sendingBank) + tlv(u"02", slip.transRef)) + tlv(u"51", u"TH"_s);
    } else {
        body = tlv(u"00",
                   tlv(u"00", u"01"_s) + tlv(u"01", u"01"_s) + tlv(u"02", slip.eventType) + tlv(u"03", slip.transactionId)
                       + tlv(u"04", slip.date));
    }
    body += u"9104"_s;
    return QString(body + slipCrc(body, slip.kind == Slip::Kind::Bank));
}

Result<Slip> parseSlip(const QString &text)
{
    if (text.size() < 12 || text.size() > 512)
        return invalid(u"A slip QR is between 12 and 512 characters"_s);
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return invalid(u"A slip QR contains only printable ASCII"_s);
    }
    auto fields = splitTlv(text, u"slip"_s);
    if (!fields)
        return fields.error();
    const auto &f = fields.value();
    if (f.isEmpty() || f.back().first != u"91"_s || f.back().second.size() != 4)
        return invalid(u"A slip QR must end with a 4-digit CRC (tag 91)"_s);
    const QString expected = slipCrc(text.left(text.size() - 4), true);
    if (f.back().second.toUpper() != expected)
        return invalid(u"CRC mismatch: the slip says %1, its content gives %2"_s.arg(f.back().second, expected));
    if (f.front().first != u"00"_s)
        return invalid(u"A slip QR starts with its template (tag 00)"_s);
    auto inner = splitTlv(f.front().second, u"tag 00"_s);
    if (!inner)
        return inner.error();
    const auto &t = inner.value();
    auto tagsAre = [](const QList<std::pair<QString, QString>> &fs, QStringList ids) {
        if (fs.size() != ids.size())
            return false;
        for (const auto &[id, v] : fs) {
            if (!ids.removeOne(id))
                return false;
        }
        return true;
    };
    Slip slip;
    if (find(t, u"00") == u"000001"_s) {
        if (!tagsAre(t, {u"00"_s, u"01"_s, u"02"_s}))
            return invalid(u"A bank slip's template has exactly tags 00, 01 and 02"_s);
        if (f.size() != 3 || f[1].first != u"51"_s || f[1].second != u"TH"_s)
            return invalid(u"A bank slip QR is its template, 51 = TH and the CRC, in that order"_s);
        slip.kind = Slip::Kind::Bank;
        slip.sendingBank = find(t, u"01");
        slip.transRef = find(t, u"02");
    } else if (find(t, u"00") == u"01"_s && find(t, u"01") == u"01"_s) {
        if (!tagsAre(t, {u"00"_s, u"01"_s, u"02"_s, u"03"_s, u"04"_s}))
            return invalid(u"A TrueMoney slip's template has exactly tags 00 to 04"_s);
        if (f.size() != 2)
            return invalid(u"A TrueMoney slip QR is its template and the CRC"_s);
        slip.kind = Slip::Kind::TrueMoney;
        slip.eventType = find(t, u"02");
        slip.transactionId = find(t, u"03");
        slip.date = find(t, u"04");
    } else {
        return invalid(u"Not a slip verification QR (tag 00 must start 000001 for a bank or 01/01 for TrueMoney)"_s);
    }
    if (auto ok = checkSlip(slip); !ok)
        return ok.error();
    return slip;
}

namespace {

// The Kedmanee layout key by key: the US character of each key, then what it types in Thai.
constexpr std::pair<char16_t, char16_t> kKedmanee[] = {
    // unshifted
    {u'`', u'_'},
    {u'1', u'ๅ'},
    {u'2', u'/'},
    {u'3', u'-'},
    {u'4', u'ภ'},
    {u'5', u'ถ'},
    {u'6', u'ุ'},
    {u'7', u'ึ'},
    {u'8', u'ค'},
    {u'9', u'ต'},
    {u'0', u'จ'},
    {u'-', u'ข'},
    {u'=', u'ช'},
    {u'q', u'ๆ'},
    {u'w', u'ไ'},
    {u'e', u'ำ'},
    {u'r', u'พ'},
    {u't', u'ะ'},
    {u'y', u'ั'},
    {u'u', u'ี'},
    {u'i', u'ร'},
    {u'o', u'น'},
    {u'p', u'ย'},
    {u'[', u'บ'},
    {u']', u'ล'},
    {u'\\', u'ฃ'},
    {u'a', u'ฟ'},
    {u's', u'ห'},
    {u'd', u'ก'},
    {u'f', u'ด'},
    {u'g', u'เ'},
    {u'h', u'้'},
    {u'j', u'่'},
    {u'k', u'า'},
    {u'l', u'ส'},
    {u';', u'ว'},
    {u'\'', u'ง'},
    {u'z', u'ผ'},
    {u'x', u'ป'},
    {u'c', u'แ'},
    {u'v', u'อ'},
    {u'b', u'ิ'},
    {u'n', u'ื'},
    {u'm', u'ท'},
    {u',', u'ม'},
    {u'.', u'ใ'},
    {u'/', u'ฝ'},
    // shifted
    {u'~', u'%'},
    {u'!', u'+'},
    {u'@', u'๑'},
    {u'#', u'๒'},
    {u'$', u'๓'},
    {u'%', u'๔'},
    {u'^', u'ู'},
    {u'&', u'฿'},
    {u'*', u'๕'},
    {u'(', u'๖'},
    {u')', u'๗'},
    {u'_', u'๘'},
    {u'+', u'๙'},
    {u'Q', u'๐'},
    {u'W', u'"'},
    {u'E', u'ฎ'},
    {u'R', u'ฑ'},
    {u'T', u'ธ'},
    {u'Y', u'ํ'},
    {u'U', u'๊'},
    {u'I', u'ณ'},
    {u'O', u'ฯ'},
    {u'P', u'ญ'},
    {u'{', u'ฐ'},
    {u'}', u','},
    {u'|', u'ฅ'},
    {u'A', u'ฤ'},
    {u'S', u'ฆ'},
    {u'D', u'ฏ'},
    {u'F', u'โ'},
    {u'G', u'ฌ'},
    {u'H', u'็'},
    {u'J', u'๋'},
    {u'K', u'ษ'},
    {u'L', u'ศ'},
    {u':', u'ซ'},
    {u'"', u'.'},
    {u'Z', u'('},
    {u'X', u')'},
    {u'C', u'ฉ'},
    {u'V', u'ฮ'},
    {u'B', u'ฺ'},
    {u'N', u'์'},
    {u'M', u'?'},
    {u'<', u'ฒ'},
    {u'>', u'ฬ'},
    {u'?', u'ฦ'},
};

QString mapKeys(const QString &text, bool toThai)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        QChar mapped = c;
        for (const auto &[us, th] : kKedmanee) {
            if ((toThai ? us : th) == c.unicode()) {
                mapped = QChar(toThai ? th : us);
                break;
            }
        }
        out.append(mapped);
    }
    return out;
}

} // namespace

QString fromThaiKeyboard(const QString &typed)
{
    const bool thai = std::any_of(typed.begin(), typed.end(), [](QChar c) { return c.unicode() >= 0x0e00 && c.unicode() <= 0x0e7f; });
    return thai ? mapKeys(typed, false) : typed;
}

QString toThaiKeyboard(const QString &ascii)
{
    return mapKeys(ascii, true);
}

} // namespace tavola::promptpay
