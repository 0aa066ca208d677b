// Golden files: every sample document in every built-in profile (ESC/POS bytes) and as PNG.
// A change to layout, fonts or encoding shows up here first. To accept an intended change:
//   TAVOLA_UPDATE_GOLDEN=1 ctest -R tst_golden    (then review and commit tests/print/golden/)
#include "receipt/builders.h"
#include "receipt/renderer.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tavola::receipt;

class TestGolden : public QObject
{
    Q_OBJECT

    static bool compareOrUpdate(const QString &name, const QByteArray &actual)
    {
        const QString path = QStringLiteral(TAVOLA_GOLDEN_DIR) + u'/' + name;
        if (qEnvironmentVariableIsSet("TAVOLA_UPDATE_GOLDEN")) {
            QDir().mkpath(QStringLiteral(TAVOLA_GOLDEN_DIR));
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(actual) == actual.size();
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            qWarning("missing golden file %s", qPrintable(path));
            return false;
        }
        if (f.readAll() == actual)
            return true;
        QFile out(QDir::currentPath() + u"/actual-"_s + name);
        if (out.open(QIODevice::WriteOnly))
            out.write(actual);
        qWarning("%s differs from the golden file; the actual output is in %s", qPrintable(name), qPrintable(out.fileName()));
        return false;
    }

private slots:
    void escPosBytes_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("profile");
        for (const QString &s : {u"prebill"_s, u"receipt"_s, u"kitchen"_s, u"queue"_s})
            for (const PrinterProfile &p : PrinterProfile::builtIn())
                QTest::newRow(qPrintable(s + u'-' + p.name)) << s << p.name;
    }
    void escPosBytes()
    {
        QFETCH(QString, sample);
        QFETCH(QString, profile);
        const PrinterProfile p = PrinterProfile::byName(profile).value();
        QVERIFY(compareOrUpdate(u"%1-%2.bin"_s.arg(sample, profile), encodeEscPos(sampleDocument(sample).value(), p)));
    }

    void pngPreviews_data()
    {
        QTest::addColumn<QString>("sample");
        for (const QString &s : {u"prebill"_s, u"receipt"_s, u"kitchen"_s, u"queue"_s})
            QTest::newRow(qPrintable(s)) << s;
    }
    void pngPreviews()
    {
        QFETCH(QString, sample);
        QByteArray png;
        QBuffer b(&png);
        b.open(QIODevice::WriteOnly);
        QVERIFY(ReceiptPainter(576, 48).rasterize(sampleDocument(sample).value()).save(&b, "PNG"));
        QVERIFY(compareOrUpdate(sample + u".png"_s, png));
    }
};

QTEST_MAIN(TestGolden)
#include "tst_golden.moc"
