// A chain for real: scripts/cluster starts a throwaway PostgreSQL, three tavola-server processes
// started at the same moment on the empty database, and nginx in front of them
// (deploy/nginx/tavola.conf). Tills talk to nginx or to one instance; every change reaches every
// till in seq order, across a PostgreSQL restart too; lockouts hold on every instance; a bank's
// webhook delivered to two instances at once is applied once.
#include "eventclient.h"
#include "serverharness.h"

#include <QDir>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tavola::test;

namespace {

/// Runs scripts/cluster with `arguments`; its output, or a failure message in `*error`.
QString runCluster(const QStringList &arguments, QString *error)
{
    QProcess p;
    p.start(u"" TAVOLA_CLUSTER_SCRIPT ""_s, arguments);
    if (!p.waitForFinished(300'000)) {
        *error = u"scripts/cluster %1 did not finish"_s.arg(arguments.join(u' '));
        return {};
    }
    if (p.exitCode() != 0)
        *error = u"scripts/cluster %1 failed: %2"_s.arg(arguments.join(u' '), QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestCluster : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_front; // nginx
    QStringList m_instances;
    QString m_database;
    bool m_up = false;

    /// Signed in as a demo user; a sign-in that meets PostgreSQL restarting is tried again, as
    /// the app does.
    static Api signedIn(const QString &baseUrl, const QString &user)
    {
        Api a(baseUrl);
        for (int tries = 0; tries < 50 && a.login(user, demoPins().value(user)).isEmpty(); ++tries)
            QTest::qWait(200);
        return a;
    }

    /// Opens an order on `table` through `baseUrl`; a request that meets PostgreSQL restarting
    /// gets 503 and is sent again, as a till's outbox does.
    int openTable(const QString &baseUrl, const QString &table)
    {
        Api w = signedIn(baseUrl, u"waiter1"_s);
        Reply r;
        for (int tries = 0; tries < 100; ++tries) {
            r = w.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, table}, {u"guests"_s, 2}});
            if (r.status != 503 && r.status != 0)
                break;
            QTest::qWait(200);
        }
        if (r.status != 201)
            qWarning("opening table %s on %s: %s", qPrintable(table), qPrintable(baseUrl), qPrintable(r.describe()));
        return r.status;
    }

    /// The same events, in the same order, with no seq missing, on every client.
    static bool sameContiguousEvents(const QList<EventClient *> &clients, QString *why)
    {
        const QList<qint64> first = clients.first()->seqs();
        for (qsizetype i = 1; i < first.size(); ++i) {
            if (first[i] != first[i - 1] + 1) {
                *why = u"seq %1 follows %2"_s.arg(first[i]).arg(first[i - 1]);
                return false;
            }
        }
        for (const EventClient *c : clients) {
            if (c->seqs() != first) {
                *why = u"clients saw different events"_s;
                return false;
            }
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                  | QFile::ExeOther); // the postgres user's, when we are root
        const QString port = QString::number(freePort());
        QString error;
        const QString said = runCluster({u"up"_s, u"--instances"_s, u"3"_s, u"--port"_s, port, u"--dir"_s, m_dir.filePath(u"cluster"_s),
                                         u"--server"_s, u"" TAVOLA_SERVER ""_s},
                                        &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_up = true;
        static const QRegularExpression line(u"^tavola cluster on (\\S+) \\(instances: ([^;]+); database: (\\S+)\\)$"_s);
        const auto m = line.match(said.split(u'\n').last());
        QVERIFY2(m.hasMatch(), qPrintable(said));
        m_front = m.captured(1);
        QCOMPARE(m_front, u"http://127.0.0.1:"_s + port);
        m_instances = m.captured(2).split(u' ');
        m_database = m.captured(3);
        QCOMPARE(m_instances.size(), 3);
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_dir.autoRemove()) {
            m_dir.setAutoRemove(false); // the instances', nginx's and PostgreSQL's logs
            qWarning("the cluster's logs are kept in %s", qPrintable(m_dir.filePath(u"cluster"_s)));
        }
    }

    void cleanupTestCase()
    {
        if (m_up) {
            QString error;
            runCluster({u"down"_s, u"--dir"_s, m_dir.filePath(u"cluster"_s)}, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    // The three started together on an empty database: it was migrated once, and the demo café,
    // the secrets and the first administrator exist once.
    void startingTogetherSetsUpOnce()
    {
        for (const QString &url : std::as_const(m_instances))
            CHECK_STATUS(Api(url).get(u"/health"_s), 200);
        const QUrl db(m_database);
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QPSQL"_s, u"cluster-check"_s);
        sql.setHostName(db.host());
        sql.setPort(db.port());
        sql.setUserName(db.userName());
        sql.setDatabaseName(db.path().mid(1));
        QVERIFY(sql.open());
        const auto count = [&](const QString &query) {
            QSqlQuery q(sql);
            return q.exec(query) && q.next() ? q.value(0).toInt() : -1;
        };
        const int migrations = int(QDir(u":/migrations"_s).entryList({u"*.sql"_s}).size());
        QVERIFY(migrations >= 12);
        QCOMPARE(count(u"SELECT COUNT(*) FROM schema_migrations"_s), migrations);
        QCOMPARE(count(u"SELECT COUNT(*) FROM users WHERE username = 'manager1'"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM secrets WHERE name = 'jwt_key'"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM users WHERE role = 'admin'"_s), 1);
        sql.close();
        // One signing key: a token from one instance is good on the others.
        Api a(m_instances[0]);
        QVERIFY(!a.login(u"manager1"_s, u"9000"_s).isEmpty());
        for (const QString &url : std::as_const(m_instances)) {
            Api other(url);
            other.setToken(a.token());
            CHECK_STATUS(other.get(u"/api/v1/users"_s), 200);
        }
    }

    // Tills on every instance and one through nginx (a WebSocket through the proxy) see every
    // change, wherever it was made, in one seq order; and again after PostgreSQL restarts.
    void changesReachEveryTillInOrderAcrossARestart()
    {
        Api cashier(m_front);
        QVERIFY(!cashier.login(u"cashier1"_s, u"1000"_s).isEmpty());
        const QStringList where = QStringList(m_instances) << m_front;
        QList<EventClient *> clients;
        auto cleanup = qScopeGuard([&] { qDeleteAll(clients); });
        for (const QString &url : where) {
            clients.append(new EventClient);
            QVERIFY2(clients.last()->open(url, cashier.token()), qPrintable(url));
            QVERIFY(clients.last()->waitForType(u"hello"_s));
        }
        // A change on each instance and one through nginx.
        QStringList tables{u"1"_s, u"2"_s, u"3"_s, u"4"_s};
        for (int i = 0; i < where.size(); ++i)
            QCOMPARE(openTable(where[i], tables[i]), 201);
        for (EventClient *c : std::as_const(clients))
            QVERIFY(c->waitFor(u"order.status_changed"_s, 4));
        QString why;
        QVERIFY2(sameContiguousEvents(clients, &why), qPrintable(why));

        QString error;
        runCluster({u"db-restart"_s, u"--dir"_s, m_dir.filePath(u"cluster"_s)}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QElapsedTimer back;
        back.start();
        tables = {u"5"_s, u"6"_s, u"7"_s, u"8"_s};
        for (int i = 0; i < where.size(); ++i)
            QCOMPARE(openTable(where[i], tables[i]), 201);
        for (EventClient *c : std::as_const(clients))
            QVERIFY(c->waitFor(u"order.status_changed"_s, 8));
        qInfo("after the restart, four changes reached all four tills within %lld ms", back.elapsed());
        QVERIFY2(sameContiguousEvents(clients, &why), qPrintable(why));
    }

    // The bank delivers the same notice to two instances at the same moment: both answer 200, one
    // applies it and the other says "duplicate"; the bill is paid once.
    void oneWebhookOnTwoInstancesAtOnceIsAppliedOnce()
    {
        Api cashier = signedIn(m_front, u"cashier1"_s);
        QVERIFY(!cashier.token().isEmpty());
        QNetworkAccessManager nam;
        for (const QString &table : {u"9"_s, u"10"_s, u"11"_s}) {
            const QString orderId = billAtCheckout(m_front, table);
            const Reply started = cashier.postNew(u"/api/v1/payments"_s, {{u"order_id"_s, orderId}, {u"method"_s, u"promptpay"_s}});
            CHECK_STATUS(started, 202);
            const QJsonObject p = started.object();
            const QByteArray body = QJsonDocument(QJsonObject{{u"event"_s, u"payment.succeeded"_s},
                                                              {u"reference"_s, p.value(u"reference"_s).toString()},
                                                              {u"amount"_s, p.value(u"amount"_s).toString()},
                                                              {u"paid_at"_s, u"2026-01-21T12:00:00Z"_s},
                                                              {u"transaction_id"_s, QString(u"BANK-"_s + table)}})
                                        .toJson(QJsonDocument::Compact);
            const QByteArray signature = "sha256="
                + QMessageAuthenticationCode::hash(body, "demo-webhook-secret", QCryptographicHash::Sha256).toHex();
            QList<QNetworkReply *> replies;
            for (const QString &url : {m_instances[0], m_instances[1]}) {
                QNetworkRequest req(QUrl(url + u"/api/v1/payments/webhook"_s));
                req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
                req.setRawHeader("X-Signature", signature);
                replies.append(nam.post(req, body));
            }
            QTRY_VERIFY_WITH_TIMEOUT(replies[0]->isFinished() && replies[1]->isFinished(), 30'000);
            QStringList results;
            for (QNetworkReply *r : std::as_const(replies)) {
                const QByteArray answer = r->readAll();
                QVERIFY2(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200, answer.constData());
                results.append(QJsonDocument::fromJson(answer).object().value(u"data"_s).toObject().value(u"result"_s).toString());
                r->deleteLater();
            }
            results.sort();
            QCOMPARE(results, (QStringList{u"duplicate"_s, u"paid"_s}));
            QCOMPARE(cashier.get(u"/api/v1/orders/"_s + orderId).object().value(u"status"_s).toString(), u"PAID"_s);
            const Reply audit = staffApi(m_front, u"manager1"_s).get(u"/api/v1/audit-log?action=payment.paid"_s);
            CHECK_STATUS(audit, 200);
            int paidTimes = 0;
            for (const auto &e : audit.object().value(u"entries"_s).toArray())
                paidTimes += e.toObject().value(u"entity_id"_s).toString() == p.value(u"payment_id"_s).toString() ? 1 : 0;
            QCOMPARE(paidTimes, 1);
        }
    }

    // Failed sign-ins on one instance lock the account on every instance and through nginx, which
    // passes the till's address on (X-Real-IP from a trusted proxy).
    void aLockoutHoldsOnEveryInstance()
    {
        Api first(m_instances[0]);
        for (int i = 0; i < 5; ++i)
            CHECK_STATUS(first.post(u"/api/v1/auth/login"_s, {{u"username"_s, u"kitchen1"_s}, {u"pin"_s, u"0000"_s}}), 401);
        for (const QString &url : {m_instances[1], m_instances[2], m_front}) {
            const Reply r = Api(url).post(u"/api/v1/auth/login"_s, {{u"username"_s, u"kitchen1"_s}, {u"pin"_s, u"3000"_s}});
            QVERIFY2(r.status == 429, qPrintable(url + u": "_s + r.describe()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
