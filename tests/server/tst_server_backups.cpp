// /api/v1/admin/backups and `tavola-server --restore`: a backup taken while orders keep arriving
// restores into a database that passes SQLite's integrity check and holds every order
// acknowledged before the backup was asked for; backups are kept N deep, scheduled ones are
// taken off the event loop, and only an admin may take them. On PostgreSQL the server says to
// use pg_dump (501).
#include "apitestbase.h"
#include "server.h"

#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;

class TestServerBackups : public ApiTestBase
{
    Q_OBJECT

    QTemporaryDir m_work;

    Api admin()
    {
        Api a(m_fx.url());
        a.login(u"admin"_s, u"demo-admin"_s, false);
        return a;
    }

    /// Runs the real tavola-server binary; answers its exit code, its output in `output`.
    static int runServer(const QStringList &args, QString *output)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(TAVOLA_SERVER), args);
        if (!p.waitForFinished(60000))
            return -1;
        *output = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    /// The order ids in a SQLite file, after checking the file's integrity.
    static QSet<QString> ordersIn(const QString &path, QString *integrity)
    {
        QSet<QString> ids;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"backup-check"_s);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(u"PRAGMA integrity_check"_s);
                *integrity = q.next() ? q.value(0).toString() : u"no answer"_s;
                q.exec(u"SELECT id FROM orders"_s);
                while (q.next())
                    ids.insert(q.value(0).toString());
            }
        }
        QSqlDatabase::removeDatabase(u"backup-check"_s);
        return ids;
    }

private slots:
    void onlyAnAdminBacksUpAndPostgresSaysPgDump()
    {
        CHECK_STATUS(staff(u"manager1"_s).postNew(u"/api/v1/admin/backups"_s, {}), 403);
        CHECK_STATUS(staff(u"manager1"_s).get(u"/api/v1/admin/backups"_s), 403);
        Api a = admin();
        if (usingPostgres()) {
            const Reply r = a.postNew(u"/api/v1/admin/backups"_s, {});
            QCOMPARE(r.status, 501);
            QCOMPARE(r.errorCode(), u"NOT_SUPPORTED"_s);
            QVERIFY2(r.body.contains("pg_dump"), r.body.constData());
            QCOMPARE(a.get(u"/api/v1/admin/backups"_s).status, 501);
            // Nor does --restore write into PostgreSQL: that is pg_restore's.
            QString out;
            QVERIFY(runServer({u"--restore"_s, m_work.filePath(u"any.db"_s), u"--db"_s, m_fx.config().database}, &out) != 0);
            QVERIFY2(out.contains(u"pg_restore"_s), qPrintable(out));
            return;
        }
        const Reply r = a.postNew(u"/api/v1/admin/backups"_s, {});
        QCOMPARE(r.status, 201);
        QVERIFY(r.object().value(u"bytes"_s).toInteger() > 0);
        QVERIFY(QFileInfo::exists(r.object().value(u"file"_s).toString()));
        // Audited.
        const QJsonArray log = a.get(u"/api/v1/audit-log?action=backup.create"_s).object().value(u"entries"_s).toArray();
        QCOMPARE(log.size(), 1);
    }

    void aBackupUnderABurstOfOrdersRestoresWithEveryAcknowledgedOrder()
    {
        if (usingPostgres())
            QSKIP("SQLite backups (PostgreSQL: pg_dump)");
        const QString token = staff(u"cashier1"_s).token();
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        QStringList acknowledged; // orders whose 201 came back, in order
        int failed = 0;
        auto fire = [&](int n) {
            for (int i = 0; i < n; ++i) {
                QNetworkReply *reply = postAsync(nam, m_fx.url() + u"/api/v1/orders"_s, token, QUuid::createUuid().toByteArray(),
                                                 {{u"type"_s, u"takeaway"_s}, {u"customer_name"_s, u"Burst %1"_s.arg(i)}});
                connect(reply, &QNetworkReply::finished, this, [&, reply] {
                    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
                    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
                        acknowledged << json.value(u"data"_s).toObject().value(u"id"_s).toString();
                    else
                        ++failed;
                });
                replies << reply;
            }
        };
        fire(40);
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged.size() >= 10, 20000);
        fire(40); // still arriving while the backup is taken
        const QStringList before = acknowledged;
        const Reply backup = admin().postNew(u"/api/v1/admin/backups"_s, {});
        CHECK_STATUS(backup, 201);
        QTRY_COMPARE_WITH_TIMEOUT(acknowledged.size() + failed, 80, 30000);
        QCOMPARE(failed, 0);
        qDeleteAll(replies);

        // Restored into a new database with the real binary, then read like the server would.
        const QString restored = m_work.filePath(u"restored.db"_s);
        const QString url = u"sqlite://"_s + restored;
        QString out;
        QCOMPARE(runServer({u"--restore"_s, backup.object().value(u"file"_s).toString(), u"--db"_s, url}, &out), 0);
        QVERIFY2(out.contains(u"restored"_s), qPrintable(out));
        QString integrity;
        const QSet<QString> inBackup = ordersIn(restored, &integrity);
        QCOMPARE(integrity, u"ok"_s);
        for (const QString &id : before)
            QVERIFY2(inBackup.contains(id), qPrintable(u"order %1 was acknowledged before the backup but is not in it"_s.arg(id)));
        const QSet<QString> all(acknowledged.cbegin(), acknowledged.cend());
        const QSet<QString> live = ordersIn(QUrl(m_fx.config().database).path(), &integrity);
        QVERIFY(inBackup.size() <= live.size());
        QVERIFY(inBackup.size() >= before.size());
        for (const QString &id : inBackup)
            QVERIFY2(live.contains(id), qPrintable(id)); // nothing that never was

        // A database that holds data is not overwritten by accident; --force does it.
        QVERIFY(runServer({u"--restore"_s, backup.object().value(u"file"_s).toString(), u"--db"_s, url}, &out) != 0);
        QVERIFY2(out.contains(u"--force"_s), qPrintable(out));
        QCOMPARE(runServer({u"--restore"_s, backup.object().value(u"file"_s).toString(), u"--db"_s, url, u"--force"_s}, &out), 0);
        // Nor is a file that is not a backup restored.
        QFile junk(m_work.filePath(u"junk.db"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a database at all");
        junk.close();
        QVERIFY(runServer({u"--restore"_s, junk.fileName(), u"--db"_s, u"sqlite://"_s + m_work.filePath(u"other.db"_s)}, &out) != 0);
        QVERIFY(!QFileInfo::exists(m_work.filePath(u"other.db"_s)));

        // The restored database serves: a server started on it lists the acknowledged orders.
        m_fx.stop();
        QVERIFY(m_fx.start([&](server::ServerConfig &c) {
            c.database = url;
            c.demo = false;
        }));
        const QJsonArray orders =
            staff(u"cashier1"_s).get(u"/api/v1/orders?type=takeaway&limit=200"_s).object().value(u"orders"_s).toArray();
        QCOMPARE(orders.size(), inBackup.size());
    }

    void backupsAreKeptNDeepAndTheScheduleRunsOffTheEventLoop()
    {
        if (usingPostgres())
            QSKIP("SQLite backups (PostgreSQL: pg_dump)");
        const QString dir = m_work.filePath(u"kept"_s);
        m_fx.stop();
        QVERIFY(m_fx.start([&](server::ServerConfig &c) {
            c.backupDir = dir;
            c.backupKeep = 2;
        }));
        Api a = admin();
        QStringList files;
        for (int i = 0; i < 3; ++i) {
            const Reply r = a.postNew(u"/api/v1/admin/backups"_s, {});
            CHECK_STATUS(r, 201);
            files << r.object().value(u"file"_s).toString();
            QVERIFY(files.last().startsWith(dir));
        }
        QCOMPARE(QSet<QString>(files.cbegin(), files.cend()).size(), 3); // each its own file
        const QJsonArray listed = a.get(u"/api/v1/admin/backups"_s).object().value(u"backups"_s).toArray();
        QCOMPARE(listed.size(), 2);
        QVERIFY(!QFileInfo::exists(files.first())); // the oldest went
        QCOMPARE(QDir(dir).entryList({u"*.partial"_s}, QDir::Files).size(), 0);

        // The scheduled backup: on a thread of its own while the server keeps answering.
        m_fx.server().backUpInBackground();
        QVERIFY(m_fx.server().backupRunning());
        CHECK_STATUS(Api(m_fx.url()).get(u"/health"_s), 200);
        QTRY_VERIFY_WITH_TIMEOUT(!m_fx.server().backupRunning(), 20000);
        const QJsonArray after = a.get(u"/api/v1/admin/backups"_s).object().value(u"backups"_s).toArray();
        QCOMPARE(after.size(), 2);
        // The newest is the scheduled one; the last on demand is kept beside it, the one before went.
        QCOMPARE(after.last().toObject().value(u"file"_s).toString(), files.last());
        QVERIFY(after.first().toObject().value(u"file"_s).toString() != files.last());
        QVERIFY(!QFileInfo::exists(files[1]));
    }
};

QTEST_MAIN(TestServerBackups)
#include "tst_server_backups.moc"
