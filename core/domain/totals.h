#pragma once

#include "enums.h"
#include "money.h"

#include <QList>

#include <vector>

namespace tavola {

enum class CashRounding { None, Quarter, Baht };
template<>
struct EnumNames<CashRounding>
{
    static constexpr std::array names{std::pair{CashRounding::None, QLatin1StringView("none")},
                                      std::pair{CashRounding::Quarter, QLatin1StringView("0.25")},
                                      std::pair{CashRounding::Baht, QLatin1StringView("1.00")}};
};

/// The shop settings that decide totals (docs/domain.md, "Money and totals"). Percentages are in basis points
/// (hundredths of a percent), so 7 % is 700 and a 12.5 % discount is 1250.
struct TaxSettings
{
    bool pricesIncludeVat = true;
    int vatBasisPoints = 700;
    int serviceChargeBasisPoints = 0;
    CashRounding cashRounding = CashRounding::None;
    bool operator==(const TaxSettings &) const = default;
};

enum class DiscountType { Percent, Amount };
template<>
struct EnumNames<DiscountType>
{
    static constexpr std::array names{std::pair{DiscountType::Percent, QLatin1StringView("percent")},
                                      std::pair{DiscountType::Amount, QLatin1StringView("amount")}};
};

/// A discount on the whole bill: a percentage (basis points) or a fixed amount.
struct Discount
{
    DiscountType type = DiscountType::Amount;
    qint64 percentBasisPoints = 0; // for Percent
    Money amount; // for Amount
    QString reason;

    bool isNone() const { return type == DiscountType::Amount ? amount.isZero() : percentBasisPoints == 0; }
    /// "10" or "12.5" for a percentage, "50.00" for an amount: the API's `value`.
    QString valueString() const;
    /// Reads the API's `value` for this discount's type (percentage or baht amount).
    Status setValue(const QString &value);
    bool operator==(const Discount &) const = default;
};

struct Totals
{
    Money subtotal; // sum of line totals
    Money discount; // taken off the subtotal
    Money food; // subtotal − discount
    Money serviceCharge; // on the discounted food amount
    Money vat; // the VAT contained in (inclusive) or added to (exclusive) the bill
    Money total; // what the guest pays by card or PromptPay
    Money net; // total − VAT: the amount before tax

    bool operator==(const Totals &) const = default;
};

/// Computes a bill from its line totals, each rounded once at the step that produces it
/// (half-up to the satang): lines → subtotal → discount → service charge → VAT.
Totals computeTotals(const std::vector<Money> &lineTotals, const Discount &discount, const TaxSettings &settings);

/// What a cash tender pays: the total rounded to the shop's cash step, and the rounding line.
struct CashDue
{
    Money due;
    Money rounding; // due − total, positive or negative
};
CashDue cashDue(Money total, CashRounding rounding);

/// The quick-cash buttons for an amount due (docs/domain.md, "Quick cash"): the exact amount, then
/// the amount rounded up to the next 50, 100, 500 and 1,000 baht, without duplicates and without
/// any that is not above the amount due. ฿125.40 → 125.40, 150, 200, 500, 1,000.
QList<Money> quickCashAmounts(Money due);

/// "Split evenly N ways" (docs/domain.md, "Bills"): N equal parts that add up to `amount`, the odd
/// satang on the first. ฿100.00 in 3 → 33.34, 33.33, 33.33. `parts` below 1 counts as 1.
QList<Money> splitEvenly(Money amount, int parts);

/// A percentage like "10", "7.5" or "12.25" in basis points; rejects anything else.
Result<qint64> parsePercent(const QString &text, qint64 maxBasisPoints = 10000);
QString formatPercent(qint64 basisPoints);

} // namespace tavola
