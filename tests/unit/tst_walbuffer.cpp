// The WAL write buffer (core/sqlite/walbuffer.h): commits written through it are whole and
// visible at once, to another connection in this process and to another process reading the file
// with its own SQLite, in both sync modes, for small commits and for one larger than the buffer.
#include "sqlite/sqlitefile.h"
#include "sqlite/walbuffer.h"

#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using tavola::sqlite::File;

namespace {

/// Rows and bytes in `t` as another process sees the file (python3's own SQLite, no shared VFS).
QString seenByAnotherProcess(const QString &path)
{
    QProcess py;
    py.start(u"python3"_s,
             {u"-c"_s,
              u"import sqlite3, sys\n"
              "c = sqlite3.connect(sys.argv[1])\n"
              "n, b = c.execute('SELECT COUNT(*), COALESCE(SUM(LENGTH(v)), 0) FROM t').fetchone()\n"
              "ok = c.execute('PRAGMA integrity_check').fetchone()[0]\n"
              "print(n, b, ok)\n"_s,
              path});
    if (!py.waitForFinished(30000) || py.exitCode() != 0)
        return u"python3 failed: "_s + QString::fromUtf8(py.readAllStandardError());
    return QString::fromUtf8(py.readAllStandardOutput()).trimmed();
}

QString seenHere(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT COUNT(*), COALESCE(SUM(LENGTH(v)), 0) FROM t"_s) || !q.next())
        return q.lastError().text();
    return u"%1 %2 ok"_s.arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong());
}

/// Opens the new file `path` on `writer` with `synchronous` and creates the test's table t. What
/// went wrong, or empty.
QString openWithTable(File &writer, const QString &path, const QString &synchronous)
{
    QString error;
    if (!writer.open(path, false, &error))
        return error;
    QSqlQuery w(writer.database());
    if (!w.exec(u"PRAGMA synchronous="_s + synchronous) || !w.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB NOT NULL)"_s))
        return w.lastError().text();
    return {};
}

} // namespace

class TestWalBuffer : public QObject
{
    Q_OBJECT

private slots:
    // (First: nothing in this process has installed the buffer yet.)
    void openingAFileInstallsIt()
    {
        QVERIFY(!tavola::sqlite::walWriteBufferInstalled());
        QTemporaryDir dir;
        File file(u"first"_s);
        QString error;
        QVERIFY2(file.open(dir.filePath(u"first.db"_s), false, &error), qPrintable(error));
        // Linux builds have SQLite's headers and share the system's SQLite with Qt's driver: every
        // file Tavola opens (the server's database, the outbox, the print queue) goes through it.
        QVERIFY(tavola::sqlite::walWriteBufferInstalled());
        QVERIFY(tavola::sqlite::installWalWriteBuffer());
    }

    void commitsAreWholeAndVisibleAtOnce_data()
    {
        QTest::addColumn<QString>("synchronous");
        QTest::newRow("FULL (syncs every commit)") << u"FULL"_s;
        // NORMAL does not sync the log at a commit: the frames reach the file when the commit is
        // published to other connections, not when the log is synced.
        QTest::newRow("NORMAL (syncs at checkpoints)") << u"NORMAL"_s;
    }

    void commitsAreWholeAndVisibleAtOnce()
    {
        QFETCH(QString, synchronous);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"wal.db"_s);
        File writer(u"tst-writer"_s);
        QString error = openWithTable(writer, path, synchronous);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSqlQuery w(writer.database());

        File reader(u"tst-reader"_s);
        QVERIFY2(reader.open(path, false, &error), qPrintable(error));
        QSqlDatabase &r = reader.database();

        qint64 rows = 0;
        qint64 bytes = 0;
        auto commitRows = [&](int n, int size) {
            QVERIFY(writer.database().transaction());
            for (int i = 0; i < n; ++i) {
                QVERIFY(File::run(w, u"INSERT INTO t (v) VALUES (?)"_s, {QByteArray(size, char('a' + (rows + i) % 26))}));
            }
            QVERIFY(writer.database().commit());
            rows += n;
            bytes += qint64(n) * size;
        };

        // Small commits, one after another, each seen whole the moment it is committed.
        for (int c = 0; c < 30; ++c) {
            commitRows(3, 3000);
            QCOMPARE(seenHere(r), u"%1 %2 ok"_s.arg(rows).arg(bytes));
        }
        QCOMPARE(seenByAnotherProcess(path), u"%1 %2 ok"_s.arg(rows).arg(bytes));

        // One commit of about 3 MB: several times the buffer, written in pieces.
        commitRows(1000, 3000);
        QCOMPARE(seenHere(r), u"%1 %2 ok"_s.arg(rows).arg(bytes));
        QCOMPARE(seenByAnotherProcess(path), u"%1 %2 ok"_s.arg(rows).arg(bytes));

        // A rolled-back transaction leaves nothing, and the next commit is whole.
        QVERIFY(writer.database().transaction());
        QVERIFY(File::run(w, u"INSERT INTO t (v) VALUES (?)"_s, {QByteArray(5000, 'z')}));
        QVERIFY(writer.database().rollback());
        commitRows(2, 100);
        QCOMPARE(seenHere(r), u"%1 %2 ok"_s.arg(rows).arg(bytes));

        // A checkpoint copies the log into the database: everything is still there after it, and
        // after the file is closed and opened again.
        QVERIFY(w.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        commitRows(5, 700);
        QCOMPARE(seenByAnotherProcess(path), u"%1 %2 ok"_s.arg(rows).arg(bytes));
        w = QSqlQuery();
        writer.close();
        reader.close();
        File again(u"tst-again"_s);
        QVERIFY2(again.open(path, false, &error), qPrintable(error));
        QCOMPARE(seenHere(again.database()), u"%1 %2 ok"_s.arg(rows).arg(bytes));
    }

    void aCommitThatCannotBeWrittenFails()
    {
#ifdef Q_OS_UNIX
        // The disk fills up under a commit. Its log is not synced at the commit (NORMAL), and it
        // is smaller than the buffer, so only the buffer's own write can fail: the commit must
        // fail with it, and every reader must go on seeing the data as it was.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"full.db"_s);
        File writer(u"tst-full"_s);
        QString error = openWithTable(writer, path, u"NORMAL"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSqlQuery w(writer.database());
        QVERIFY(File::run(w, u"INSERT INTO t (v) VALUES (?)"_s, {QByteArray(1000, 'a')}));
        File reader(u"tst-full-reader"_s);
        QVERIFY2(reader.open(path, false, &error), qPrintable(error));
        QCOMPARE(seenHere(reader.database()), u"1 1000 ok"_s);

        // Files may not grow past the log's size now plus 40 kB (the size limit of a full disk).
        const qint64 walBytes = QFileInfo(path + u"-wal"_s).size();
        QVERIFY(walBytes > 0);
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = saved;
        limited.rlim_cur = rlim_t(walBytes + 40 * 1024);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        const bool committed = writer.database().transaction()
            && File::run(w, u"INSERT INTO t (v) VALUES (?)"_s, {QByteArray(200 * 1024, 'b')}) && writer.database().commit();
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
        std::signal(SIGXFSZ, oldHandler);
        if (!committed)
            writer.database().rollback();

        QVERIFY2(!committed, "a commit whose log could not be written reported success");
        QCOMPARE(seenHere(reader.database()), u"1 1000 ok"_s);
        QCOMPARE(seenByAnotherProcess(path), u"1 1000 ok"_s);
        // With room again, the next commit goes through whole.
        QVERIFY(File::run(w, u"INSERT INTO t (v) VALUES (?)"_s, {QByteArray(200 * 1024, 'c')}));
        QCOMPARE(seenHere(reader.database()), u"2 205800 ok"_s);
        QCOMPARE(seenByAnotherProcess(path), u"2 205800 ok"_s);
#else
        QSKIP("the full disk is simulated with a POSIX file size limit (RLIMIT_FSIZE)");
#endif
    }
};

QTEST_GUILESS_MAIN(TestWalBuffer)
#include "tst_walbuffer.moc"
