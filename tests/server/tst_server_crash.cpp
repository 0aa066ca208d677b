// The real tavola-server executable is killed with SIGKILL in the middle of a burst of payments
// and started again on the same database: every payment it acknowledged is there, nothing is
// half-written, receipt numbers have no gap, and retrying with the same keys finishes the rest
// without charging anything twice. SQLite or PostgreSQL (labels server, pg).
#include "serverharness.h"
#include "testutil.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;

namespace {

/// tavola-server as a child process; `url()` once it listens.
class ServerProcess
{
public:
    bool start(const QString &database)
    {
        QProcessEnvironment env = tavola::test::childEnvironment();
        env.insert(u"TAVOLA_RATE_LIMIT_PER_MINUTE"_s, u"100000"_s);
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(TAVOLA_SERVER), {u"--demo"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, database});
        if (!m_process.waitForStarted())
            return false;
        if (!QTest::qWaitFor([&] { return m_process.canReadLine() || m_process.state() != QProcess::Running; }, 60000))
            return false;
        const QString first = QString::fromUtf8(m_process.readLine()).trimmed();
        if (!first.startsWith(u"tavola-server listening on "_s)) {
            qWarning("unexpected first line: %s / %s", qPrintable(first), m_process.readAllStandardError().constData());
            return false;
        }
        m_url = first.section(u' ', 3);
        return true;
    }
    void killHard()
    {
        m_process.kill(); // SIGKILL: no shutdown code runs
        m_process.waitForFinished(10000);
    }
    void stop()
    {
        if (m_process.state() == QProcess::Running) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                killHard();
        }
    }
    ~ServerProcess() { stop(); }
    QString url() const { return m_url; }

private:
    QProcess m_process;
    QString m_url;
};

struct Sent
{
    QString orderId;
    QByteArray key;
    QNetworkReply *reply = nullptr;
};

} // namespace

class TestServerCrash : public QObject
{
    Q_OBJECT

    static QNetworkReply *postPayment(QNetworkAccessManager &nam, const QString &url, const QString &token, const Sent &s)
    {
        return test::postAsync(nam, url + u"/api/v1/payments"_s, token, s.key,
                               {{u"order_id"_s, s.orderId}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"100.00"_s}});
    }

private slots:
    void killedMidBurstLosesNothingAcknowledged()
    {
        QTemporaryDir dir;
        const QString database = freshDatabaseUrl(dir);
        auto server = std::make_unique<ServerProcess>();
        QVERIFY(server->start(database));
        constexpr int kOrders = 40;
        QList<Sent> sent;
        for (int i = 0; i < kOrders; ++i)
            sent.append({billAtCheckout(server->url(), QString()), "crash-" + QByteArray::number(i), nullptr});
        Api cashier = staffApi(server->url(), u"cashier1"_s);

        // The burst: all at once; the server dies as soon as the first answers come back.
        QNetworkAccessManager nam;
        for (Sent &s : sent)
            s.reply = postPayment(nam, server->url(), cashier.token(), s);
        QVERIFY(QTest::qWaitFor([&] { return std::any_of(sent.begin(), sent.end(), [](const Sent &s) { return s.reply->isFinished(); }); },
                                30000));
        server->killHard();
        QTest::qWait(50);
        QHash<QString, QJsonObject> acknowledged; // order id → the 201 body
        for (const Sent &s : sent) {
            const int status = s.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (s.reply->isFinished() && status >= 200 && status < 300)
                acknowledged.insert(s.orderId, QJsonDocument::fromJson(s.reply->readAll()).object().value(u"data"_s).toObject());
            s.reply->abort();
            s.reply->deleteLater();
        }
        QVERIFY(!acknowledged.isEmpty());
        qInfo("%lld of %d payments were acknowledged before the kill", qint64(acknowledged.size()), kOrders);

        server = std::make_unique<ServerProcess>();
        QVERIFY(server->start(database));
        Api c = staffApi(server->url(), u"cashier1"_s);
        // Every acknowledged payment is there, whole: payment PAID, order PAID, same receipt.
        QSet<QString> receipts;
        int paidOrders = 0;
        for (const Sent &s : sent) {
            const QJsonObject order = c.get(u"/api/v1/orders/"_s + s.orderId).object();
            const QJsonArray payments = c.get(u"/api/v1/orders/%1/payments"_s.arg(s.orderId)).object().value(u"payments"_s).toArray();
            const QString status = order.value(u"status"_s).toString();
            if (acknowledged.contains(s.orderId)) {
                QCOMPARE(status, u"PAID"_s);
                QCOMPARE(order.value(u"receipt_number"_s).toString(), acknowledged.value(s.orderId).value(u"receipt_number"_s).toString());
            }
            // Nothing half-written: a paid order has exactly one paid payment with its receipt
            // number; an unpaid one has none.
            if (status == u"PAID"_s) {
                ++paidOrders;
                QCOMPARE(payments.size(), 1);
                QCOMPARE(payments.at(0).toObject().value(u"status"_s).toString(), u"PAID"_s);
                QCOMPARE(payments.at(0).toObject().value(u"receipt_number"_s), order.value(u"receipt_number"_s));
                receipts.insert(order.value(u"receipt_number"_s).toString());
            } else {
                QCOMPARE(status, u"CHECKOUT"_s);
                QCOMPARE(payments.size(), 0);
            }
        }
        QCOMPARE(receipts.size(), paidOrders);

        // The tills retry with the same keys: replays for what was done, the rest now done.
        QNetworkAccessManager nam2;
        for (Sent &s : sent)
            s.reply = postPayment(nam2, server->url(), c.token(), s);
        QVERIFY(QTest::qWaitFor([&] { return std::all_of(sent.begin(), sent.end(), [](const Sent &s) { return s.reply->isFinished(); }); },
                                60000));
        QStringList numbers;
        for (const Sent &s : sent) {
            QCOMPARE(s.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            const QJsonObject data = QJsonDocument::fromJson(s.reply->readAll()).object().value(u"data"_s).toObject();
            if (acknowledged.contains(s.orderId)) {
                QCOMPARE(s.reply->rawHeader("Idempotent-Replayed"), QByteArray("true"));
                QCOMPARE(data, acknowledged.value(s.orderId));
            }
            numbers << data.value(u"receipt_number"_s).toString();
            s.reply->deleteLater();
        }
        // Forty bills, forty consecutive receipt numbers: none lost to the crash, none twice.
        numbers.sort();
        QStringList expected;
        for (int i = 1; i <= kOrders; ++i)
            expected << u"POS01-%1"_s.arg(i, 6, 10, QChar(u'0'));
        QCOMPARE(numbers, expected);
    }
};

QTEST_GUILESS_MAIN(TestServerCrash)
#include "tst_server_crash.moc"
