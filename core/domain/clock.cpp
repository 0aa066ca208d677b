#include "clock.h"

#include <QElapsedTimer>
#include <QMutex>

namespace tavola {

namespace {

struct TestClock
{
    QMutex mutex;
    bool initialised = false;
    QDateTime anchor; // invalid: the system clock
    QElapsedTimer elapsed;

    void anchorAt(const QDateTime &instant)
    {
        anchor = instant.isValid() ? instant.toUTC() : QDateTime();
        elapsed.start();
        initialised = true;
    }
    void initialiseFromEnvironment()
    {
        if (initialised)
            return;
        const QByteArray env = qgetenv("TAVOLA_TEST_CLOCK");
        anchorAt(env.isEmpty() ? QDateTime() : QDateTime::fromString(QString::fromLatin1(env), Qt::ISODateWithMs));
        if (!env.isEmpty() && !anchor.isValid())
            qFatal("TAVOLA_TEST_CLOCK=%s is not an ISO 8601 instant", env.constData());
    }
};

TestClock &testClock()
{
    static TestClock c;
    return c;
}

} // namespace

namespace clock {

QDateTime nowUtc()
{
    TestClock &c = testClock();
    QMutexLocker lock(&c.mutex);
    c.initialiseFromEnvironment();
    if (!c.anchor.isValid())
        return QDateTime::currentDateTimeUtc();
    return c.anchor.addMSecs(c.elapsed.elapsed());
}

qint64 nowMs()
{
    return nowUtc().toMSecsSinceEpoch();
}

void setTestClock(const QDateTime &instant)
{
    TestClock &c = testClock();
    QMutexLocker lock(&c.mutex);
    c.anchorAt(instant);
}

bool isTestClock()
{
    TestClock &c = testClock();
    QMutexLocker lock(&c.mutex);
    c.initialiseFromEnvironment();
    return c.anchor.isValid();
}

} // namespace clock

QDate businessDay(const QDateTime &instant, int utcOffsetMinutes, int dayStartMinutes)
{
    return instant.toUTC().addSecs(qint64(utcOffsetMinutes - dayStartMinutes) * 60).date();
}

} // namespace tavola
