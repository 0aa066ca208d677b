// tavola-cli receipt / print-test, driven as a user would.
#include "fakeprinter.h"
#include "promptpay/promptpay.h"
#include "receipt/builders.h"
#include "receipt/renderer.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tavola;

class TestCliReceipt : public QObject
{
    Q_OBJECT

    static int cli(const QStringList &args, QByteArray *err = nullptr)
    {
        return test::runProcess(QStringLiteral(TAVOLA_CLI), args, nullptr, err);
    }

private slots:
    void pngAndPdfPreviews()
    {
        QTemporaryDir dir;
        QCOMPARE(cli({u"receipt"_s, u"--sample"_s, u"prebill"_s, u"--format"_s, u"png"_s, u"--out"_s, dir.filePath(u"p.png"_s)}), 0);
        QCOMPARE(test::zbarDecode(dir.filePath(u"p.png"_s)), receipt::samplePromptPayPayload());
        QCOMPARE(cli({u"receipt"_s, u"--sample"_s, u"queue"_s, u"--format"_s, u"pdf"_s, u"--out"_s, dir.filePath(u"q.pdf"_s)}), 0);
        QCOMPARE(test::runProcess(u"pdftoppm"_s,
                                  {u"-r"_s, u"203"_s, u"-png"_s, u"-singlefile"_s, dir.filePath(u"q.pdf"_s), dir.filePath(u"q"_s)}),
                 0);
        QCOMPARE(test::zbarDecode(dir.filePath(u"q.png"_s)), receipt::sampleQueueUrl());
    }

    void escPosOutputIsReproducible()
    {
        QTemporaryDir dir;
        for (const QString &profile : {u"escpos-80-raster"_s, u"escpos-58-raster"_s}) {
            const QString a = dir.filePath(u"a.bin"_s), b = dir.filePath(u"b.bin"_s);
            QCOMPARE(cli({u"receipt"_s, u"--sample"_s, u"receipt"_s, u"--profile"_s, profile, u"--out"_s, a}), 0);
            QCOMPARE(cli({u"receipt"_s, u"--sample"_s, u"receipt"_s, u"--profile"_s, profile, u"--out"_s, b}), 0);
            QFile fa(a), fb(b);
            QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
            const QByteArray bytes = fa.readAll();
            QCOMPARE(bytes, fb.readAll());
            QCOMPARE(receipt::decodeEscPosRaster(bytes).value().width(), profile.contains(u"80"_s) ? 576 : 384);
        }
    }

    void sendsToARealTcpPrinter()
    {
        test::FakePrinter printer;
        QVERIFY(printer.listen());
        QProcess p;
        p.start(QStringLiteral(TAVOLA_CLI), {u"print-test"_s, u"--printer"_s, printer.uri(), u"--profile"_s, u"escpos-58-raster"_s});
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 30000);
        QCOMPARE(p.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(printer.received.endsWith(QByteArray("\x1D\x56\x42\x00", 4)), 10000);
        const QImage page = receipt::decodeEscPosRaster(printer.received).value();
        QCOMPARE(page.width(), 384);
        const QStringList symbols = test::zbarDecode(page).split(u'\n');
        QVERIFY2(symbols.contains(u"Tavola test page escpos-58-raster"_s), qPrintable(symbols.join(u" | "_s)));
        QVERIFY2(symbols.contains(u"TAVOLA-1234"_s), qPrintable(symbols.join(u" | "_s)));
    }

    void aDeadPrinterFailsClearlyAndQuickly()
    {
        const quint16 port = test::unusedPort();
        QByteArray err;
        QCOMPARE(cli({u"receipt"_s, u"--sample"_s, u"kitchen"_s, u"--printer"_s, u"tcp://127.0.0.1:%1"_s.arg(port)}, &err), 1);
        QVERIFY2(err.contains("refused"), err.constData());
    }

    void badUsage()
    {
        QByteArray err;
        QCOMPARE(cli({u"receipt"_s, u"--sample"_s, u"menu"_s, u"--out"_s, u"/tmp/x"_s}, &err), 2);
        QVERIFY(err.contains("prebill"));
        QCOMPARE(cli({u"receipt"_s, u"--sample"_s, u"receipt"_s, u"--profile"_s, u"laser"_s, u"--out"_s, u"/tmp/x"_s}, &err), 2);
        QVERIFY(err.contains("escpos-80-raster"));
        QCOMPARE(cli({u"receipt"_s, u"--sample"_s, u"receipt"_s}, &err), 2);
    }
};

QTEST_MAIN(TestCliReceipt)
#include "tst_cli_receipt.moc"
