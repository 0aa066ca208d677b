#include "promptpay/promptpay.h"
#include "qr/qrcode.h"
#include "testutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tavola;

class TestQr : public QObject
{
    Q_OBJECT

private slots:
    void scansBackExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("latin") << u"Tavola queue A007"_s;
        QTest::newRow("url") << u"http://192.168.1.20:8080/q/A007?t=k3JxQ9vB"_s;
        QTest::newRow("thai") << u"ขอบคุณที่ใช้บริการ ร้านติ่มซำ"_s;
        QTest::newRow("thai marks") << u"ก๊วยเตี๋ยว น้ำใส ไม่ใส่ผงชูรส"_s;
        QTest::newRow("promptpay") << promptpay::buildForInput(u"0812345678"_s, Money::fromSatang(14500)).value();
        QTest::newRow("long") << u"x"_s.repeated(600);
    }
    void scansBackExactly()
    {
        QFETCH(QString, text);
        const auto m = qr::encode(text);
        QVERIFY(m.ok());
        const QImage img = m->toImage(4);
        QCOMPARE(test::zbarDecode(img), text);
    }

    void geometry()
    {
        const auto m = qr::encode(u"A"_s).value();
        QCOMPARE(m.size(), 21); // version 1
        QCOMPARE((m.size() - 17) % 4, 0);
        const QImage img = m.toImage(3, 4);
        QCOMPARE(img.width(), (21 + 8) * 3);
        QCOMPARE(img.height(), img.width());
        // Quiet zone is light, the finder pattern's corner is dark.
        QCOMPARE(img.pixelIndex(0, 0), 0);
        QCOMPARE(img.pixelIndex(4 * 3, 4 * 3), 1);
        QVERIFY(m.dark(0, 0) && m.dark(6, 6) && !m.dark(7, 7));
        QCOMPARE(qr::scaleToFit(m, 290), 10);
    }

    void higherCorrectionIsBigger()
    {
        const QString text = u"Tavola — dim sum café, table 12, order 42"_s;
        QVERIFY(qr::encode(text, qr::ErrorCorrection::High)->size() > qr::encode(text, qr::ErrorCorrection::Low)->size());
    }

    void refusesWhatCannotBeEncoded()
    {
        QCOMPARE(qr::encode(QString()).error().code, ErrorCode::ValidationFailed);
        QVERIFY(!qr::encode(QByteArray(3000, 'x')).ok());
    }
};

QTEST_GUILESS_MAIN(TestQr)
#include "tst_qr.moc"
