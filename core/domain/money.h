#pragma once

#include "error.h"

#include <QMetaType>
#include <QString>

#include <compare>
#include <cstdint>

class QJsonValue;

namespace tavola {

/// An amount of Thai baht held as an integer number of satang (1 baht = 100 satang). Never a double.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromSatang(qint64 satang) { return Money(satang); }
    static constexpr Money fromBaht(qint64 baht) { return Money(baht * 100); }

    /// Parses the API's decimal string ("145.00", "145", "145.5"). Rejects signs unless
    /// allowNegative, exponents, more than two decimals, separators, whitespace and garbage.
    static Result<Money> parse(const QString &text, bool allowNegative = false);
    /// Parses a JSON value: it must be a string (a JSON number is refused, as docs/api.md requires).
    static Result<Money> fromJson(const QJsonValue &value, const QString &field, bool allowNegative = false);

    constexpr qint64 satang() const { return m_satang; }
    constexpr bool isZero() const { return m_satang == 0; }
    constexpr bool isNegative() const { return m_satang < 0; }

    /// "1234.56" — the API's form.
    QString toString() const;
    /// "฿1,234.56" — on screen and on receipts.
    QString toDisplayString() const;
    /// "1,234.56" — grouped, without the currency sign (receipt columns).
    QString toGroupedString() const;

    constexpr Money operator+(Money o) const { return Money(m_satang + o.m_satang); }
    constexpr Money operator-(Money o) const { return Money(m_satang - o.m_satang); }
    constexpr Money operator-() const { return Money(-m_satang); }
    constexpr Money operator*(qint64 n) const { return Money(m_satang * n); }
    constexpr Money &operator+=(Money o)
    {
        m_satang += o.m_satang;
        return *this;
    }
    constexpr Money &operator-=(Money o)
    {
        m_satang -= o.m_satang;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

    /// Largest amount the API accepts: 9,999,999.99 baht (also the PromptPay limit).
    static constexpr qint64 kMaxSatang = 999'999'999;

private:
    constexpr explicit Money(qint64 satang) : m_satang(satang) { }
    qint64 m_satang = 0;
};

/// round(value × numerator / denominator), half away from zero, exact for 64-bit inputs.
qint64 mulDivRound(qint64 value, qint64 numerator, qint64 denominator);

} // namespace tavola

Q_DECLARE_METATYPE(tavola::Money)
