#include "promptpay/promptpay.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tavola;

// Drives the real tavola-cli binary as a user would.
class TestCli : public QObject
{
    Q_OBJECT

    static int cli(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        return test::runProcess(QStringLiteral(TAVOLA_CLI), args, out, err);
    }

private slots:
    void promptpayPrintsThePayloadAlone_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("vector");
        QTest::newRow("static") << QStringList{u"--target"_s, u"0812345678"_s}
                                << u"00020101021129370016A000000677010111011300668123456785802TH530376463045D82"_s;
        QTest::newRow("dynamic") << QStringList{u"--target"_s, u"081-234-5678"_s, u"--amount"_s, u"1234.56"_s}
                                 << u"00020101021229370016A000000677010111011300668123456785802TH530376454071234.566304D937"_s;
        QTest::newRow("id") << QStringList{u"--target"_s, u"1234567890123"_s, u"--amount"_s, u"59.50"_s}
                            << u"00020101021229370016A000000677010111021312345678901235802TH5303764540559.506304A724"_s;
        QTest::newRow("ewallet") << QStringList{u"--amount"_s, u"20"_s, u"--target"_s, u"004999000288505"_s}
                                 << u"00020101021229390016A00000067701011103150049990002885055802TH5303764540520.006304C1AA"_s;
    }
    void promptpayPrintsThePayloadAlone()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, vector);
        QByteArray out, err;
        QCOMPARE(cli(QStringList{u"promptpay"_s} + args, &out, &err), 0);
        QVERIFY(out.endsWith('\n'));
        QCOMPARE(out.count('\n'), 1);
        QVERIFY2(err.isEmpty(), err.constData());
        const QString payload = QString::fromLatin1(out.trimmed());
        QCOMPARE(promptpay::parse(payload).value(), promptpay::parse(vector).value());
    }

    void slipParsePrintsWhatTheSlipSays()
    {
        QByteArray out, err;
        QCOMPARE(cli({u"slip"_s, u"--parse"_s, u"00370006000001010301402160141234567890ABC5102TH91045AEE"_s}, &out, &err), 0);
        QCOMPARE(out,
                 QByteArray(R"({"sending_bank":"014","trans_ref":"0141234567890ABC","type":"bank"})"
                            "\n"));
        // A TrueMoney slip, its CRC in lower case as the wallet prints it.
        const QString wallet = promptpay::buildSlip({promptpay::Slip::Kind::TrueMoney, {}, {}, u"P2P"_s, u"50031234567"_s, u"25012024"_s})
                                   .value();
        out.clear();
        QCOMPARE(cli({u"slip"_s, u"--parse"_s, wallet}, &out, &err), 0);
        QCOMPARE(out,
                 QByteArray(R"({"date":"25012024","event_type":"P2P","transaction_id":"50031234567","type":"truemoney"})"
                            "\n"));
        // A changed character: exit 1 and the reason on stderr, nothing on stdout.
        out.clear();
        err.clear();
        QCOMPARE(cli({u"slip"_s, u"--parse"_s, u"00370006000001010301402160141234567890ABD5102TH91045AEE"_s}, &out, &err), 1);
        QVERIFY(out.isEmpty());
        QVERIFY2(err.contains("CRC"), err.constData());
        QCOMPARE(cli({u"slip"_s}, &out, &err), 2);
    }

    void promptpayBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("bad phone") << QStringList{u"--target"_s, u"12345"_s} << 1;
        QTest::newRow("float exponent") << QStringList{u"--target"_s, u"0812345678"_s, u"--amount"_s, u"1e3"_s} << 1;
        QTest::newRow("three decimals") << QStringList{u"--target"_s, u"0812345678"_s, u"--amount"_s, u"1.005"_s} << 1;
        QTest::newRow("zero amount") << QStringList{u"--target"_s, u"0812345678"_s, u"--amount"_s, u"0"_s} << 1;
        QTest::newRow("no target") << QStringList{u"--amount"_s, u"10"_s} << 2;
        QTest::newRow("unknown option") << QStringList{u"--colour"_s, u"red"_s} << 2;
        QTest::newRow("bad biller ref") << QStringList{u"--biller"_s, u"010555500012301"_s, u"--ref1"_s, u"a b"_s} << 1;
    }
    void promptpayBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QByteArray out, err;
        QCOMPARE(cli(QStringList{u"promptpay"_s} + args, &out, &err), code);
        QVERIFY(out.isEmpty());
        QVERIFY(err.startsWith("tavola-cli: "));
        QVERIFY(err.size() > 20);
    }

    void billPayment()
    {
        QByteArray out;
        QCOMPARE(cli({u"promptpay"_s, u"--biller"_s, u"010555500012301"_s, u"--ref1"_s, u"INV42"_s, u"--amount"_s, u"145.00"_s}, &out), 0);
        const auto p = promptpay::parse(QString::fromLatin1(out.trimmed())).value();
        QCOMPARE(p.type, promptpay::TargetType::BillPayment);
        QCOMPARE(p.reference1, u"INV42"_s);
        QCOMPARE(p.amount->toString(), u"145.00"_s);
    }

    void qrWritesAScannablePng_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("latin") << u"Table 12"_s;
        QTest::newRow("thai") << u"ร้านติ่มซำ โต๊ะ ๑๒"_s;
    }
    void qrWritesAScannablePng()
    {
        QFETCH(QString, text);
        QTemporaryDir dir;
        const QString png = dir.filePath(u"out.png"_s);
        QCOMPARE(cli({u"qr"_s, u"--text"_s, text, u"--out"_s, png}), 0);
        QCOMPARE(test::zbarDecode(png), text);
    }

    void qrErrors()
    {
        QByteArray err;
        QCOMPARE(cli({u"qr"_s, u"--text"_s, u"x"_s}, nullptr, &err), 2);
        QVERIFY(err.contains("--out"));
        QCOMPARE(cli({u"qr"_s, u"--text"_s, u"x"_s, u"--out"_s, u"/nonexistent-dir/x.png"_s}, nullptr, &err), 1);
        QVERIFY(err.contains("nonexistent-dir"));
    }

    void helpForEveryCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("top") << QStringList{u"--help"_s} << QByteArray("promptpay");
        QTest::newRow("promptpay") << QStringList{u"promptpay"_s, u"--help"_s} << QByteArray("--amount");
        QTest::newRow("qr") << QStringList{u"qr"_s, u"--help"_s} << QByteArray("--out");
    }
    void helpForEveryCommand()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, mentions);
        QByteArray out;
        QCOMPARE(cli(args, &out), 0);
        QVERIFY2(out.contains(mentions), out.constData());
    }

    void unknownCommand()
    {
        QByteArray err;
        QCOMPARE(cli({u"frobnicate"_s}, nullptr, &err), 2);
        QVERIFY(err.contains("frobnicate"));
        QCOMPARE(cli({}, nullptr, &err), 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
