#include "totals.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tavola {

QString Discount::valueString() const
{
    return type == DiscountType::Percent ? formatPercent(percentBasisPoints) : amount.toString();
}

Status Discount::setValue(const QString &value)
{
    if (type == DiscountType::Percent) {
        auto p = parsePercent(value);
        if (!p)
            return p.error();
        percentBasisPoints = p.value();
    } else {
        auto m = Money::parse(value);
        if (!m)
            return m.error();
        amount = m.value();
    }
    return {};
}

Totals computeTotals(const std::vector<Money> &lineTotals, const Discount &discount, const TaxSettings &settings)
{
    Totals t;
    for (const Money line : lineTotals)
        t.subtotal += line;

    if (discount.type == DiscountType::Percent)
        t.discount = Money::fromSatang(mulDivRound(t.subtotal.satang(), discount.percentBasisPoints, 10000));
    else
        t.discount = discount.amount;
    t.discount = std::clamp(t.discount, Money(), std::max(t.subtotal, Money()));
    t.food = t.subtotal - t.discount;

    t.serviceCharge = Money::fromSatang(mulDivRound(t.food.satang(), settings.serviceChargeBasisPoints, 10000));
    const Money taxable = t.food + t.serviceCharge;
    const qint64 vat = settings.vatBasisPoints;
    if (settings.pricesIncludeVat) {
        t.total = taxable;
        t.vat = Money::fromSatang(mulDivRound(taxable.satang(), vat, 10000 + vat));
        t.net = t.total - t.vat;
    } else {
        t.vat = Money::fromSatang(mulDivRound(taxable.satang(), vat, 10000));
        t.net = taxable;
        t.total = taxable + t.vat;
    }
    return t;
}

QList<Money> quickCashAmounts(Money due)
{
    QList<Money> out{due};
    if (due.satang() <= 0)
        return out;
    for (const qint64 step : {50'00, 100'00, 500'00, 1000'00}) {
        const qint64 up = (due.satang() + step - 1) / step * step;
        const Money m = Money::fromSatang(up);
        if (up > due.satang() && !out.contains(m))
            out.append(m);
    }
    return out;
}

QList<Money> splitEvenly(Money amount, int parts)
{
    parts = std::max(parts, 1);
    const qint64 share = amount.satang() / parts;
    QList<Money> out(parts, Money::fromSatang(share));
    out[0] = Money::fromSatang(amount.satang() - share * (parts - 1));
    return out;
}

CashDue cashDue(Money total, CashRounding rounding)
{
    qint64 step = 1;
    switch (rounding) {
    case CashRounding::None: step = 1; break;
    case CashRounding::Quarter: step = 25; break;
    case CashRounding::Baht: step = 100; break;
    }
    const Money due = Money::fromSatang(mulDivRound(total.satang(), 1, step) * step);
    return {due, due - total};
}

Result<qint64> parsePercent(const QString &text, qint64 maxBasisPoints)
{
    const auto m = Money::parse(text); // same grammar: digits with up to two decimals
    if (!m || m->satang() > maxBasisPoints)
        return Error::validation(QString(),
                                 u"'%1' is not a percentage between 0 and %2"_s.arg(text.left(20), formatPercent(maxBasisPoints)));
    return m->satang();
}

QString formatPercent(qint64 basisPoints)
{
    QString s = Money::fromSatang(basisPoints).toString();
    while (s.endsWith(u'0') && s.contains(u'.'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

} // namespace tavola
