#include "money.h"

#include <QJsonValue>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace tavola {

namespace {
QString invalid(const QString &text)
{
    return u"'%1' is not an amount in baht with at most two decimals, like \"145.00\""_s.arg(text.left(40));
}
} // namespace

Result<Money> Money::parse(const QString &text, bool allowNegative)
{
    const Error bad = Error::validation(QString(), invalid(text));
    if (text.isEmpty() || text.size() > 20)
        return bad;
    qsizetype i = 0;
    bool negative = false;
    if (text.at(0) == u'-') {
        if (!allowNegative)
            return Error::validation(QString(), u"'%1' is negative; an amount here must be zero or more"_s.arg(text.left(40)));
        negative = true;
        i = 1;
    }
    qint64 whole = 0;
    int wholeDigits = 0;
    for (; i < text.size() && text.at(i) != u'.'; ++i) {
        const QChar c = text.at(i);
        if (c < u'0' || c > u'9')
            return bad;
        whole = whole * 10 + (c.unicode() - u'0');
        if (++wholeDigits > 13)
            return bad;
    }
    if (wholeDigits == 0)
        return bad;
    qint64 fraction = 0;
    if (i < text.size()) { // at '.'
        ++i;
        const qsizetype decimals = text.size() - i;
        if (decimals < 1 || decimals > 2)
            return bad;
        for (; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c < u'0' || c > u'9')
                return bad;
            fraction = fraction * 10 + (c.unicode() - u'0');
        }
        if (decimals == 1)
            fraction *= 10;
    }
    const qint64 satang = whole * 100 + fraction;
    if (satang > kMaxSatang)
        return Error::validation(QString(), u"'%1' is larger than the largest amount allowed (9999999.99)"_s.arg(text.left(40)));
    return Money(negative ? -satang : satang);
}

Result<Money> Money::fromJson(const QJsonValue &value, const QString &field, bool allowNegative)
{
    if (!value.isString())
        return Error::validation(field, u"%1 must be a string amount like \"145.00\""_s.arg(field));
    auto r = parse(value.toString(), allowNegative);
    if (!r)
        return Error::validation(field, u"%1: %2"_s.arg(field, r.error().message));
    return r;
}

QString Money::toString() const
{
    const qint64 a = std::llabs(m_satang);
    return (m_satang < 0 ? u"-"_s : QString()) + QString::number(a / 100) + u'.' + QString::number(a % 100).rightJustified(2, u'0');
}

QString Money::toGroupedString() const
{
    const qint64 a = std::llabs(m_satang);
    QString whole = QString::number(a / 100);
    for (qsizetype pos = whole.size() - 3; pos > 0; pos -= 3)
        whole.insert(pos, u',');
    return (m_satang < 0 ? u"-"_s : QString()) + whole + u'.' + QString::number(a % 100).rightJustified(2, u'0');
}

QString Money::toDisplayString() const
{
    const QString grouped = toGroupedString();
    if (m_satang < 0)
        return u"-\u0E3F"_s + grouped.mid(1);
    return u"\u0E3F"_s + grouped;
}

qint64 mulDivRound(qint64 value, qint64 numerator, qint64 denominator)
{
    // Work on magnitudes, split value = q·den + r so that only small products are formed:
    // value·num/den = q·num + r·num/den, exact and portable (no 128-bit integers on MSVC).
    bool negative = (value < 0) != (numerator < 0);
    if (denominator < 0)
        negative = !negative;
    const auto v = static_cast<quint64>(value < 0 ? -value : value);
    const auto n = static_cast<quint64>(numerator < 0 ? -numerator : numerator);
    const auto d = static_cast<quint64>(denominator < 0 ? -denominator : denominator);
    const quint64 q = v / d;
    const quint64 r = v % d;
    const quint64 rn = r * n; // r < d, so this stays small for percentage-sized factors
    const quint64 rounded = q * n + rn / d + ((rn % d) * 2 >= d ? 1 : 0);
    const auto result = static_cast<qint64>(rounded);
    return negative ? -result : result;
}

} // namespace tavola
