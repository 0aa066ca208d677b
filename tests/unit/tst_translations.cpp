#include "testutil.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString source;
    QString translation;
    bool finished = false;
};

// context + "\x1f" + source → message
QHash<QString, Message> readTs(const QString &path)
{
    QHash<QString, Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Message msg;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name"_s) {
            context = xml.readElementText();
        } else if (xml.name() == u"message"_s) {
            msg = Message{};
        } else if (xml.name() == u"source"_s) {
            msg.source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            const auto type = xml.attributes().value(u"type"_s);
            msg.finished = type.isEmpty();
            if (type == u"vanished"_s || type == u"obsolete"_s)
                continue;
            msg.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out.insert(context + u'\x1f' + msg.source, msg);
        }
    }
    return out;
}

QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured();
    out.sort();
    out.removeDuplicates(); // plural forms repeat %n
    return out;
}

} // namespace

// Fails when a user-visible string (anything in tr()) has no finished Thai or English translation.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyStringIsTranslated()
    {
        QTemporaryDir dir;
        const QString scanned = dir.filePath(u"scan_th.ts"_s);
        const QString src = QStringLiteral(TAVOLA_SOURCE_DIR);
        QByteArray out, err;
        const int rc = tavola::test::runProcess(
            QStringLiteral(TAVOLA_LUPDATE),
            {u"-recursive"_s, src + u"/app"_s, src + u"/ui"_s, src + u"/core"_s, u"-locations"_s, u"none"_s, u"-ts"_s, scanned}, &out, &err,
            120000);
        QVERIFY2(rc == 0, err.constData());
        const auto inCode = readTs(scanned);
        QVERIFY2(inCode.size() > 10, "lupdate found (almost) no strings: the scan is broken");

        for (const auto &lang : {u"th"_s, u"en"_s}) {
            const auto catalogue = readTs(src + u"/translations/tavola_"_s + lang + u".ts"_s);
            QStringList problems;
            for (auto it = inCode.cbegin(); it != inCode.cend(); ++it) {
                const auto found = catalogue.constFind(it.key());
                if (found == catalogue.cend())
                    problems << u"not in tavola_%1.ts: "_s.arg(lang) + it.value().source;
                else if (!found->finished || found->translation.isEmpty())
                    problems << u"unfinished in tavola_%1.ts: "_s.arg(lang) + it.value().source;
                else if (placeholders(found->translation) != placeholders(found->source))
                    problems << u"placeholders differ in tavola_%1.ts: "_s.arg(lang) + it.value().source;
                else if (lang == u"th"_s && !found->translation.contains(QRegularExpression(u"[\u0E00-\u0E7F]"_s))
                         && found->translation != found->source)
                    problems << u"Thai translation has no Thai: "_s + it.value().source;
            }
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        }
    }

    void thaiCatalogueIsEmbeddedAndUsed()
    {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TAVOLA_LANG"_s, u"th"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TAVOLA_CLI), {u"--help"_s});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(u"วิธีใช้"_s), qPrintable(text));

        env.insert(u"TAVOLA_LANG"_s, u"en"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TAVOLA_CLI), {u"--help"_s});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(u"Usage:"_s));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
