#include "testutil.h"

#include "domain/clock.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace tavola::test {

void useTestClock()
{
    if (!clock::isTestClock())
        clock::setTestClock(QDateTime::fromString(QStringLiteral(TAVOLA_TEST_CLOCK), Qt::ISODate));
}

QProcessEnvironment childEnvironment()
{
    useTestClock();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TAVOLA_TEST_CLOCK"_s, clock::nowUtc().toString(Qt::ISODateWithMs));
    return env;
}

int runProcess(const QString &program, const QStringList &args, QByteArray *out, QByteArray *err, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(childEnvironment());
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return -1;
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString zbarDecode(const QString &imagePath)
{
    QByteArray out;
    const int rc = runProcess(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, imagePath}, &out);
    if (rc != 0)
        return {};
    if (out.endsWith('\n'))
        out.chop(1);
    return QString::fromUtf8(out);
}

QString zbarDecode(const QImage &image)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"qr.png"_s);
    if (!image.save(path, "PNG"))
        return {};
    return zbarDecode(path);
}

} // namespace tavola::test
