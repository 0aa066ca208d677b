// The print queue: nothing lost when the printer is off or the till restarts (label print).
#include "fakeprinter.h"
#include "printing/printqueue.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::printing;
using tavola::test::FakePrinter;

namespace {

PrintQueue::RetryPolicy fast()
{
    PrintQueue::RetryPolicy p;
    p.firstDelayMs = 100;
    p.maxDelayMs = 400;
    p.maxAttempts = 1000;
    p.sendTimeoutMs = 2000;
    return p;
}

} // namespace

class TestPrintQueue : public QObject
{
    Q_OBJECT

private slots:
    void printsAJob()
    {
        QTemporaryDir dir;
        FakePrinter printer;
        QVERIFY(printer.listen());
        PrintQueue q(dir.filePath(u"print.db"_s));
        QVERIFY(q.open().ok());
        q.setRetryPolicy(fast());
        q.start();
        const qint64 id = q.enqueue(printer.uri(), u"Receipt POS01-000001"_s, QByteArray("\x1B\x40receipt", 9)).value();
        QTRY_COMPARE_WITH_TIMEOUT(q.job(id)->state, PrintQueue::JobState::Done, 10000);
        QTRY_COMPARE(printer.received, QByteArray("\x1B\x40receipt", 9));
        QCOMPARE(q.job(id)->attempts, 1);
        QCOMPARE(q.job(id)->title, u"Receipt POS01-000001"_s);
    }

    void survivesARestartWithThePrinterDownAndPrintsExactlyOnce()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"print.db"_s);
        const quint16 port = test::unusedPort();
        const QString uri = u"tcp://127.0.0.1:%1"_s.arg(port);
        const QByteArray bytes = QByteArray("\x1B\x40", 2) + QByteArray(20000, 'k') + QByteArray("\x1D\x56\x42\x00", 4);
        qint64 id = 0;
        {
            PrintQueue q(db);
            QVERIFY(q.open().ok());
            q.setRetryPolicy(fast());
            q.start();
            id = q.enqueue(uri, u"Kitchen T7 #42"_s, bytes).value();
            // The printer is off: the job stays queued, with the reason, and keeps being retried.
            QTRY_VERIFY_WITH_TIMEOUT(q.job(id)->attempts >= 2, 10000);
            const auto j = q.job(id).value();
            QVERIFY(j.state == PrintQueue::JobState::Queued || j.state == PrintQueue::JobState::Printing);
            QVERIFY2(q.job(id)->lastError.contains(u"refused"_s), qPrintable(q.job(id)->lastError));
        } // the till is switched off

        FakePrinter printer; // the printer comes back on
        QVERIFY(printer.listen(port));
        PrintQueue again(db);
        QVERIFY(again.open().ok());
        again.setRetryPolicy(fast());
        QCOMPARE(again.jobs().size(), 1);
        again.start();
        QTRY_COMPARE_WITH_TIMEOUT(again.job(id)->state, PrintQueue::JobState::Done, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(printer.received.size(), bytes.size(), 10000);
        QTest::qWait(800); // a few retry periods: nothing more arrives
        QCOMPARE(printer.received, bytes);
        QCOMPARE(printer.connections, 1);
    }

    void paperOutKeepsTheJobQueuedUntilANewRoll()
    {
        QTemporaryDir dir;
        FakePrinter printer;
        printer.paperOut = true;
        QVERIFY(printer.listen());
        PrintQueue q(dir.filePath(u"print.db"_s));
        QVERIFY(q.open().ok());
        q.setRetryPolicy(fast());
        q.start();
        const qint64 id = q.enqueue(printer.uri(), u"Receipt"_s, "paid").value();
        QTRY_VERIFY_WITH_TIMEOUT(q.job(id)->lastError.contains(u"out of paper"_s), 10000);
        QVERIFY(printer.received.isEmpty());
        printer.paperOut = false; // a new roll
        QTRY_COMPARE_WITH_TIMEOUT(q.job(id)->state, PrintQueue::JobState::Done, 10000);
        QCOMPARE(printer.received, QByteArray("paid"));
    }

    void cancelAndReprint()
    {
        QTemporaryDir dir;
        PrintQueue q(dir.filePath(u"print.db"_s));
        QVERIFY(q.open().ok());
        q.setRetryPolicy(fast());
        const qint64 dead = q.enqueue(u"tcp://127.0.0.1:%1"_s.arg(test::unusedPort()), u"Bill T3"_s, "bill").value();
        QVERIFY(q.cancel(dead).ok());
        QCOMPARE(q.job(dead)->state, PrintQueue::JobState::Cancelled);
        QVERIFY(!q.cancel(dead).ok()); // cancelled already
        QCOMPARE(q.cancel(424242).error().code, ErrorCode::NotFound);

        FakePrinter printer;
        QVERIFY(printer.listen());
        const qint64 first = q.enqueue(printer.uri(), u"Receipt"_s, "one").value();
        q.start();
        QTRY_COMPARE_WITH_TIMEOUT(q.job(first)->state, PrintQueue::JobState::Done, 10000);
        const qint64 copy = q.reprint(first).value();
        QVERIFY(copy != first);
        QTRY_COMPARE_WITH_TIMEOUT(q.job(copy)->state, PrintQueue::JobState::Done, 10000);
        QTRY_COMPARE(printer.received, QByteArray("oneone"));
        QVERIFY(!q.cancel(copy).ok()); // done jobs are history
        QCOMPARE(q.job(dead)->state, PrintQueue::JobState::Cancelled); // never printed
    }

    void givesUpAfterTheLimitAndCanBeRetried()
    {
        QTemporaryDir dir;
        PrintQueue q(dir.filePath(u"print.db"_s));
        QVERIFY(q.open().ok());
        auto policy = fast();
        policy.maxAttempts = 2;
        q.setRetryPolicy(policy);
        q.start();
        const qint64 id = q.enqueue(u"file:///nonexistent-dir/lp0"_s, u"Receipt"_s, "x").value();
        QTRY_COMPARE_WITH_TIMEOUT(q.job(id)->state, PrintQueue::JobState::Failed, 10000);
        QCOMPARE(q.job(id)->attempts, 2);
        QVERIFY(q.job(id)->lastError.contains(u"/nonexistent-dir/lp0"_s));
        QSignalSpy changed(&q, &PrintQueue::jobChanged);
        QVERIFY(q.retryNow(id).ok());
        QVERIFY(!changed.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(q.job(id)->state, PrintQueue::JobState::Failed, 10000);
    }

    void aJobCutOffMidPrintIsQueuedAgainNotLost()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"print.db"_s);
        qint64 id = 0;
        {
            PrintQueue q(db);
            QVERIFY(q.open().ok());
            id = q.enqueue(u"tcp://127.0.0.1:1"_s, u"Receipt"_s, "x").value();
        }
        {
            // Simulate the crash window: the file says "printing".
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(u"UPDATE print_jobs SET state = 'printing'"_s);
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        PrintQueue q(db);
        QVERIFY(q.open().ok());
        QCOMPARE(q.job(id)->state, PrintQueue::JobState::Queued);
    }
};

QTEST_GUILESS_MAIN(TestPrintQueue)
#include "tst_printqueue.moc"
