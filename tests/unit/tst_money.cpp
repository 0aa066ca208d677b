#include "domain/money.h"

#include <QJsonValue>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tavola;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parsesApiAmounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("satang");
        QTest::newRow("two decimals") << u"145.00"_s << qint64(14500);
        QTest::newRow("whole baht") << u"145"_s << qint64(14500);
        QTest::newRow("one decimal") << u"145.5"_s << qint64(14550);
        QTest::newRow("satang") << u"0.01"_s << qint64(1);
        QTest::newRow("zero") << u"0.00"_s << qint64(0);
        QTest::newRow("leading zeros") << u"007.50"_s << qint64(750);
        QTest::newRow("largest") << u"9999999.99"_s << qint64(999999999);
    }
    void parsesApiAmounts()
    {
        QFETCH(QString, text);
        QFETCH(qint64, satang);
        const auto m = Money::parse(text);
        QVERIFY2(m.ok(), qPrintable(text));
        QCOMPARE(m->satang(), satang);
    }

    void rejectsBadAmounts_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"",   "1.234", "1e2", "1E2",  "-1.00", "+1.00", "1,000.00", " 1.00",       "1.00 ", "1.",
                                ".5", "abc",   "12a", "1..0", "0x10",  "NaN",   "Infinity", "10000000.00", "١٢٣",   "๑๒๓"})
            QTest::newRow(bad[0] ? bad : "empty") << QString::fromUtf8(bad);
    }
    void rejectsBadAmounts()
    {
        QFETCH(QString, text);
        const auto m = Money::parse(text);
        QVERIFY2(!m.ok(), qPrintable(text));
        QCOMPARE(m.error().code, ErrorCode::ValidationFailed);
        QVERIFY(!m.error().message.isEmpty());
    }

    void negativeOnlyWhenAllowed()
    {
        QVERIFY(!Money::parse(u"-0.33"_s).ok());
        const auto m = Money::parse(u"-0.33"_s, true);
        QVERIFY(m.ok());
        QCOMPARE(m->satang(), -33);
        QCOMPARE(m->toString(), u"-0.33"_s);
    }

    void jsonNumbersAreRefused()
    {
        const auto number = Money::fromJson(QJsonValue(145.0), u"price"_s);
        QVERIFY(!number.ok());
        QCOMPARE(number.error().code, ErrorCode::ValidationFailed);
        QCOMPARE(number.error().field(), u"price"_s);
        const auto str = Money::fromJson(QJsonValue(u"145.00"_s), u"price"_s);
        QVERIFY(str.ok());
        QCOMPARE(str->satang(), 14500);
        const auto bad = Money::fromJson(QJsonValue(u"1.001"_s), u"amount_received"_s);
        QCOMPARE(bad.error().field(), u"amount_received"_s);
    }

    void formats_data()
    {
        QTest::addColumn<qint64>("satang");
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("display");
        QTest::newRow("simple") << qint64(14500) << u"145.00"_s << u"฿145.00"_s;
        QTest::newRow("grouped") << qint64(123456) << u"1234.56"_s << u"฿1,234.56"_s;
        QTest::newRow("millions") << qint64(999999999) << u"9999999.99"_s << u"฿9,999,999.99"_s;
        QTest::newRow("satang") << qint64(5) << u"0.05"_s << u"฿0.05"_s;
        QTest::newRow("zero") << qint64(0) << u"0.00"_s << u"฿0.00"_s;
        QTest::newRow("negative") << qint64(-123456) << u"-1234.56"_s << u"-฿1,234.56"_s;
        QTest::newRow("thousand exactly") << qint64(100000) << u"1000.00"_s << u"฿1,000.00"_s;
    }
    void formats()
    {
        QFETCH(qint64, satang);
        QFETCH(QString, api);
        QFETCH(QString, display);
        const Money m = Money::fromSatang(satang);
        QCOMPARE(m.toString(), api);
        QCOMPARE(m.toDisplayString(), display);
    }

    void formatThenParseIsIdentity()
    {
        auto *rng = QRandomGenerator::global();
        for (int i = 0; i < 5000; ++i) {
            const Money m = Money::fromSatang(rng->bounded(qint64(0), qint64(Money::kMaxSatang + 1)));
            QCOMPARE(Money::parse(m.toString()).value(), m);
        }
    }

    void mulDivRoundsHalfAwayFromZero()
    {
        QCOMPARE(mulDivRound(15950, 7, 107), 1043); // 1043.45… → 1043
        QCOMPARE(mulDivRound(14500, 7, 107), 949); // 948.60… → 949
        QCOMPARE(mulDivRound(15950, 700, 10000), 1117); // 1116.5 → 1117 (half up)
        QCOMPARE(mulDivRound(5, 1, 2), 3); // 2.5 → 3
        QCOMPARE(mulDivRound(-5, 1, 2), -3); // −2.5 → −3
        QCOMPARE(mulDivRound(4, 1, 2), 2);
        QCOMPARE(mulDivRound(7, -1, 2), -4);
        QCOMPARE(mulDivRound(7, 1, -2), -4);
        QCOMPARE(mulDivRound(999999999999, 10000, 10700), 934579439251); // no overflow
    }

    void arithmetic()
    {
        const Money a = Money::fromBaht(60);
        QCOMPARE((a * 2 + Money::fromBaht(25)).toString(), u"145.00"_s);
        QVERIFY(Money::fromSatang(1) > Money());
        QVERIFY((Money() - Money::fromSatang(1)).isNegative());
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
