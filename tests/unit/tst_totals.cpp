#include "domain/totals.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tavola;

namespace {
Money baht(const char *text)
{
    return Money::parse(QString::fromLatin1(text), true).value();
}
} // namespace

class TestTotals : public QObject
{
    Q_OBJECT

private slots:
    // docs/domain.md, "Money and totals", worked example 1.
    void inclusiveWithoutServiceCharge()
    {
        const Totals t = computeTotals({baht("60.00") * 2, baht("25.00")}, {}, TaxSettings{});
        QCOMPARE(t.subtotal, baht("145.00"));
        QCOMPARE(t.serviceCharge, baht("0.00"));
        QCOMPARE(t.total, baht("145.00"));
        QCOMPARE(t.vat, baht("9.49"));
        QCOMPARE(t.net, baht("135.51"));
    }

    // Worked example 2.
    void exclusiveWithServiceChargeAndCashRounding()
    {
        TaxSettings s;
        s.pricesIncludeVat = false;
        s.serviceChargeBasisPoints = 1000;
        s.cashRounding = CashRounding::Baht;
        const Totals t = computeTotals({baht("145.00")}, {}, s);
        QCOMPARE(t.serviceCharge, baht("14.50"));
        QCOMPARE(t.vat, baht("11.17"));
        QCOMPARE(t.total, baht("170.67"));
        const CashDue cash = cashDue(t.total, s.cashRounding);
        QCOMPARE(cash.due, baht("171.00"));
        QCOMPARE(cash.rounding, baht("0.33"));
        // Rounding never touches VAT, and card/PromptPay pay the exact total.
        QCOMPARE(t.vat, baht("11.17"));
        QCOMPARE(cashDue(t.total, CashRounding::None).due, t.total);
    }

    // Worked example 3.
    void inclusiveWithServiceCharge()
    {
        TaxSettings s;
        s.serviceChargeBasisPoints = 1000;
        const Totals t = computeTotals({baht("145.00")}, {}, s);
        QCOMPARE(t.serviceCharge, baht("14.50"));
        QCOMPARE(t.total, baht("159.50"));
        QCOMPARE(t.vat, baht("10.43"));
    }

    void serviceChargeIsOnTheDiscountedFood()
    {
        TaxSettings s;
        s.serviceChargeBasisPoints = 1000;
        Discount d;
        d.type = DiscountType::Percent;
        d.percentBasisPoints = 1000; // 10 %
        const Totals t = computeTotals({baht("200.00")}, d, s);
        QCOMPARE(t.discount, baht("20.00"));
        QCOMPARE(t.food, baht("180.00"));
        QCOMPARE(t.serviceCharge, baht("18.00"));
        QCOMPARE(t.total, baht("198.00"));
        QCOMPARE(t.vat, baht("12.95")); // 198 × 7/107 = 12.953…
    }

    void amountDiscountIsCappedAtTheSubtotal()
    {
        Discount d;
        d.amount = baht("500.00");
        const Totals t = computeTotals({baht("120.00")}, d, TaxSettings{});
        QCOMPARE(t.discount, baht("120.00"));
        QCOMPARE(t.total, Money());
        QCOMPARE(t.vat, Money());
    }

    void percentDiscountRoundsHalfUp()
    {
        Discount d;
        d.type = DiscountType::Percent;
        d.percentBasisPoints = 1250; // 12.5 %
        const Totals t = computeTotals({baht("0.99")}, d, TaxSettings{});
        QCOMPARE(t.discount, baht("0.12")); // 0.12375 → 0.12
        const Totals t2 = computeTotals({baht("1.00")}, d, TaxSettings{});
        QCOMPARE(t2.discount, baht("0.13")); // 0.125 → 0.13
    }

    void cashRoundingSteps_data()
    {
        QTest::addColumn<QString>("total");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("due");
        QTest::newRow("none") << u"170.67"_s << int(CashRounding::None) << u"170.67"_s;
        QTest::newRow("quarter down") << u"170.62"_s << int(CashRounding::Quarter) << u"170.50"_s;
        QTest::newRow("quarter 0.12 down") << u"170.12"_s << int(CashRounding::Quarter) << u"170.00"_s;
        QTest::newRow("quarter 0.13 up") << u"170.13"_s << int(CashRounding::Quarter) << u"170.25"_s;
        QTest::newRow("quarter up") << u"170.63"_s << int(CashRounding::Quarter) << u"170.75"_s;
        QTest::newRow("baht down") << u"170.49"_s << int(CashRounding::Baht) << u"170.00"_s;
        QTest::newRow("baht half up") << u"170.50"_s << int(CashRounding::Baht) << u"171.00"_s;
        QTest::newRow("exact") << u"171.00"_s << int(CashRounding::Baht) << u"171.00"_s;
    }
    void cashRoundingSteps()
    {
        QFETCH(QString, total);
        QFETCH(int, mode);
        QFETCH(QString, due);
        const Money t = Money::parse(total).value();
        const CashDue c = cashDue(t, CashRounding(mode));
        QCOMPARE(c.due.toString(), due);
        QCOMPARE(c.due - c.rounding, t);
    }

    void quickCashButtons_data()
    {
        QTest::addColumn<QString>("due");
        QTest::addColumn<QString>("buttons");
        QTest::newRow("the rule's example") << u"125.40"_s << u"125.40 150.00 200.00 500.00 1000.00"_s;
        QTest::newRow("on a 50: no duplicate of the exact amount") << u"150.00"_s << u"150.00 200.00 500.00 1000.00"_s;
        QTest::newRow("on a 100") << u"100.00"_s << u"100.00 500.00 1000.00"_s;
        QTest::newRow("a satang above a 100") << u"100.01"_s << u"100.01 150.00 200.00 500.00 1000.00"_s;
        QTest::newRow("next 50 and 100 are the same") << u"294.80"_s << u"294.80 300.00 500.00 1000.00"_s;
        QTest::newRow("on a 1000") << u"1000.00"_s << u"1000.00"_s;
        QTest::newRow("on a 100 above 1000") << u"1200.00"_s << u"1200.00 1500.00 2000.00"_s;
        QTest::newRow("above a 1000") << u"1201.00"_s << u"1201.00 1250.00 1300.00 1500.00 2000.00"_s;
        QTest::newRow("small") << u"19.00"_s << u"19.00 50.00 100.00 500.00 1000.00"_s;
        QTest::newRow("nothing due") << u"0.00"_s << u"0.00"_s;
    }
    void quickCashButtons()
    {
        QFETCH(QString, due);
        QFETCH(QString, buttons);
        QStringList got;
        for (const Money &m : quickCashAmounts(Money::parse(due).value()))
            got << m.toString();
        QCOMPARE(got.join(u' '), buttons);
    }

    void splitEvenlyPutsTheOddSatangFirst()
    {
        auto parts = [](const char *amount, int n) {
            QStringList out;
            for (const Money &m : splitEvenly(Money::parse(QString::fromLatin1(amount)).value(), n))
                out << m.toString();
            return out.join(u' ');
        };
        QCOMPARE(parts("100.00", 3), u"33.34 33.33 33.33"_s);
        QCOMPARE(parts("587.40", 3), u"195.80 195.80 195.80"_s);
        QCOMPARE(parts("0.05", 4), u"0.02 0.01 0.01 0.01"_s);
        QCOMPARE(parts("10.00", 1), u"10.00"_s);
        QCOMPARE(parts("10.00", 0), u"10.00"_s);
        // Paying the first part and splitting the rest the same way gives the same parts.
        QCOMPARE(parts("66.66", 2), u"33.33 33.33"_s);
        for (int n = 1; n <= 12; ++n) {
            Money sum;
            for (const Money &m : splitEvenly(Money::fromSatang(123457), n))
                sum = sum + m;
            QCOMPARE(sum, Money::fromSatang(123457));
        }
    }

    // Randomized: the parts of a bill always add up, whatever the settings.
    void partsAlwaysAddUp()
    {
        auto *rng = QRandomGenerator::global();
        for (int i = 0; i < 20000; ++i) {
            std::vector<Money> lines;
            const int n = rng->bounded(1, 12);
            for (int k = 0; k < n; ++k)
                lines.push_back(Money::fromSatang(rng->bounded(1, 200000)) * rng->bounded(1, 10));
            TaxSettings s;
            s.pricesIncludeVat = rng->bounded(2) == 0;
            s.vatBasisPoints = rng->bounded(2) ? 700 : rng->bounded(0, 2500);
            s.serviceChargeBasisPoints = rng->bounded(3) == 0 ? 0 : rng->bounded(0, 2000);
            Discount d;
            if (rng->bounded(2)) {
                d.type = DiscountType::Percent;
                d.percentBasisPoints = rng->bounded(0, 10001);
            } else {
                d.amount = Money::fromSatang(rng->bounded(0, 50000));
            }
            const Totals t = computeTotals(lines, d, s);
            QCOMPARE(t.food, t.subtotal - t.discount);
            QVERIFY(t.discount >= Money() && t.discount <= t.subtotal);
            QCOMPARE(t.vat + t.net, t.total);
            if (s.pricesIncludeVat) {
                QCOMPARE(t.total, t.food + t.serviceCharge);
                // VAT is the rounded tax share of the total.
                QCOMPARE(t.vat.satang(), mulDivRound(t.total.satang(), s.vatBasisPoints, 10000 + s.vatBasisPoints));
            } else {
                QCOMPARE(t.total, t.food + t.serviceCharge + t.vat);
                QCOMPARE(t.vat.satang(), mulDivRound(t.net.satang(), s.vatBasisPoints, 10000));
            }
            QVERIFY(t.vat >= Money());
        }
    }

    void parsesPercentages()
    {
        QCOMPARE(parsePercent(u"10"_s).value(), 1000);
        QCOMPARE(parsePercent(u"7.5"_s).value(), 750);
        QCOMPARE(parsePercent(u"100"_s).value(), 10000);
        QVERIFY(!parsePercent(u"100.01"_s).ok());
        QVERIFY(!parsePercent(u"-5"_s).ok());
        QVERIFY(!parsePercent(u"1e1"_s).ok());
        QCOMPARE(formatPercent(750), u"7.5"_s);
        QCOMPARE(formatPercent(1000), u"10"_s);
        QCOMPARE(formatPercent(1225), u"12.25"_s);
    }
};

QTEST_GUILESS_MAIN(TestTotals)
#include "tst_totals.moc"
