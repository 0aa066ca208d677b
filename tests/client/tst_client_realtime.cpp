// RealtimeClient and ClientStore against a real in-process tavola-server: events arrive, a dropped
// link is restored and the missed events are replayed in order, a server restart is survived,
// resync_required reloads the snapshots, and every model passes QAbstractItemModelTester.
#include "apiclient.h"
#include "clientstore.h"
#include "clienttest.h"
#include "realtimeclient.h"
#include "serverharness.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::client;
using namespace tavola::test;

class TestClientRealtime : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;

    struct Till
    {
        ApiClient api;
        RealtimeClient realtime{&api};
        QList<std::pair<QString, qint64>> events;

        Till(const QString &url, const QString &user)
        {
            api.setBaseUrl(url);
            (void)AWAIT(AuthSession, api.loginWithPin(user, demoPins().value(user), nullptr, cb));
            realtime.setReconnectDelays(100, 400);
            QObject::connect(&realtime, &RealtimeClient::eventReceived, &api, [this](const QString &type, qint64 seq, const QJsonObject &) {
                events.append({type, seq});
            });
        }
    };

    /// A change on the server that staff hear about: a walk-in takes a queue ticket.
    void walkIn(int partySize = 2) { CHECK_STATUS(Api(m_fx.url()).post(u"/api/v1/queue-tickets"_s, {{u"party_size"_s, partySize}}), 201); }

    qint64 serverSeq() { return m_fx.server().database().scalar(u"SELECT MAX(seq) FROM events"_s)->toLongLong(); }

private slots:
    void init() { QVERIFY(m_fx.start()); }
    void cleanup() { m_fx.stop(); }

    void eventsArriveAndAMissedStretchIsReplayedInOrder()
    {
        Till till(m_fx.url(), u"cashier1"_s);
        QSignalSpy states(&till.realtime, &RealtimeClient::stateChanged);
        till.realtime.start();
        QTRY_COMPARE(till.realtime.state(), RealtimeClient::State::Online);
        walkIn();
        QTRY_VERIFY(!till.events.isEmpty());
        QCOMPARE(till.events.first().first, u"queue.updated"_s);

        // The link drops (Wi-Fi); three changes happen meanwhile.
        till.realtime.setReconnectDelays(1500, 3000);
        const qint64 before = till.realtime.lastSeq();
        till.realtime.dropConnection();
        QTRY_COMPARE(till.realtime.state(), RealtimeClient::State::Reconnecting);
        walkIn(1);
        walkIn(3);
        walkIn(6);
        const qint64 last = serverSeq();
        QVERIFY(last >= before + 3);
        // Back online: every missed event arrives, in order, each once.
        QTRY_COMPARE_WITH_TIMEOUT(till.realtime.state(), RealtimeClient::State::Online, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(till.realtime.lastSeq(), last, 10000);
        QList<qint64> seqs;
        for (const auto &[type, seq] : till.events)
            seqs.append(seq);
        for (qsizetype i = 1; i < seqs.size(); ++i)
            QCOMPARE(seqs[i], seqs[i - 1] + 1);
        QCOMPARE(seqs.last(), last);
        QVERIFY(states.count() >= 3); // connecting/online, reconnecting, online
    }

    void aServerRestartIsSurvived()
    {
        Till till(m_fx.url(), u"cashier1"_s);
        till.realtime.start();
        QTRY_COMPARE(till.realtime.state(), RealtimeClient::State::Online);
        m_fx.stopKeepingPort();
        QTRY_COMPARE(till.realtime.state(), RealtimeClient::State::Reconnecting);
        QVERIFY(m_fx.startAgain());
        QTRY_COMPARE_WITH_TIMEOUT(till.realtime.state(), RealtimeClient::State::Online, 10000);
        walkIn();
        QTRY_VERIFY(!till.events.isEmpty());
        till.realtime.stop();
        QCOMPARE(till.realtime.state(), RealtimeClient::State::Offline);
    }

    void theStoreFollowsTheServerAndItsModelsAreSound()
    {
        Till till(m_fx.url(), u"cashier1"_s);
        ClientStore store(&till.api, &till.realtime);
        QAbstractItemModelTester t1(store.tables(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(store.menuItems(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(store.orders(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(store.kitchenTickets(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t5(store.queue(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&store, &ClientStore::loaded);
        till.realtime.start();
        store.reload();
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(store.tables()->rowCount(), 18);
        QCOMPARE(store.menuItems()->rowCount(), 32);
        QCOMPARE(store.orders()->rowCount(), 0);
        const int statusRole = store.tables()->roleFor("status");
        QTRY_COMPARE(till.realtime.state(), RealtimeClient::State::Online);

        // Another till opens a bill, sends it and a guest takes a queue ticket.
        const QString orderId = billAtCheckout(m_fx.url(), u"5"_s);
        QTRY_COMPARE(store.orders()->rowCount(), 1);
        QTRY_COMPARE(store.tables()->data(store.tables()->index(store.tables()->indexOf(u"5"_s)), statusRole).toString(), u"CHECKOUT"_s);
        QTRY_COMPARE(store.order(orderId)->status, OrderStatus::Checkout);
        QTRY_VERIFY(store.kitchenTickets()->rowCount() >= 1);
        Api(m_fx.url()).post(u"/api/v1/queue-tickets"_s, {{u"party_size"_s, 3}});
        QTRY_COMPARE(store.queue()->rowCount(), 1);
        QCOMPARE(store.queue()->items().first().id, u"B001"_s);
        // Paid: the bill leaves the open orders, the table is being cleaned.
        Api c = staffApi(m_fx.url(), u"cashier1"_s);
        c.postNew(u"/api/v1/payments"_s, {{u"order_id"_s, orderId}, {u"method"_s, u"card"_s}, {u"approval_code"_s, u"A1"_s}});
        QTRY_COMPARE(store.orders()->rowCount(), 0);
        QTRY_COMPARE(store.tables()->data(store.tables()->index(store.tables()->indexOf(u"5"_s)), statusRole).toString(), u"CLEANING"_s);

        // Too far behind (a seq the server never had): the store reloads everything.
        QSignalSpy resync(&till.realtime, &RealtimeClient::resyncRequired);
        till.realtime.setLastSeq(1'000'000);
        till.realtime.dropConnection();
        QTRY_COMPARE_WITH_TIMEOUT(resync.count(), 1, 10000);
        QTRY_COMPARE(loaded.count(), 2);
        QVERIFY(till.realtime.lastSeq() < 1'000'000);
    }
};

QTEST_GUILESS_MAIN(TestClientRealtime)
#include "tst_client_realtime.moc"
