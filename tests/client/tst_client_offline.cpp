// The outbox against a real tavola-server that goes away: 50 order actions taken while it is
// down are applied exactly once, in order, when it is back; a replaying process SIGKILLed mid-way
// and started again still applies each once; a conflict comes back as an error for that action
// (and the actions that depend on it) while the rest goes through; drafts survive a restart.
// Labels client, offline.
#include "apiclient.h"
#include "clientstore.h"
#include "clienttest.h"
#include "errortext.h"
#include "outbox.h"
#include "serverharness.h"
#include "storage/database.h"
#include "testutil.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::client;
using namespace tavola::test;

class TestClientOffline : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;
    QTemporaryDir m_dir;

    std::unique_ptr<ApiClient> signedIn(const QString &user)
    {
        auto api = std::make_unique<ApiClient>();
        api->setBaseUrl(m_fx.url());
        (void)AWAIT(AuthSession, api->loginWithPin(user, demoPins().value(user), nullptr, cb));
        return api;
    }

    QString menuId(const QString &name)
    {
        Api a = staffApi(m_fx.url(), u"waiter1"_s);
        return menuItemId(a, name);
    }

    static QString teaId(const ClientStore &store)
    {
        for (const MenuItem &m : store.menu().items)
            if (m.name == u"Thai iced tea"_s)
                return m.id;
        return {};
    }

    qint64 count(const QString &sql) { return m_fx.server().database().scalar(sql)->toLongLong(); }

    /// Ten bills of five actions each: open, add items, send, request the bill, pay cash.
    void takeFiftyActions(Outbox &outbox, const QString &padThai)
    {
        for (int t = 1; t <= 10; ++t) {
            CreateOrderRequest open;
            open.tableId = QString::number(t);
            open.guests = 2;
            auto ref = outbox.openOrder(open);
            QVERIFY(ref.ok());
            AddItemsRequest add;
            add.items.append(AddItemRequest{padThai, t, {}, {}});
            QVERIFY(outbox.addItems(*ref, add).ok());
            QVERIFY(outbox.sendToKitchen(*ref).ok());
            QVERIFY(outbox.checkout(*ref).ok());
            QVERIFY(outbox.payCash(*ref, Money::fromSatang(200000)).ok());
        }
    }

    /// Each of the ten bills exists once, with its items once, paid once, and its actions were
    /// applied in the order they were taken.
    void verifyFiftyAppliedOnce()
    {
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 10);
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders WHERE status = 'PAID'"_s), 10);
        QCOMPARE(count(u"SELECT COUNT(*) FROM order_lines"_s), 10);
        QCOMPARE(count(u"SELECT COUNT(*) FROM payments"_s), 10);
        QCOMPARE(count(u"SELECT SUM(qty) FROM order_lines"_s), 55); // 1 + 2 + … + 10
        auto rows = m_fx.server().database().rows(u"SELECT entity_id, action FROM audit_log WHERE action IN "
                                                  "('order.open', 'order.items.add', 'order.send', 'order.checkout') ORDER BY id"_s);
        QHash<QString, QStringList> perOrder;
        for (const auto &r : *rows)
            perOrder[r.value(u"entity_id"_s).toString()].append(r.value(u"action"_s).toString());
        QCOMPARE(perOrder.size(), 10);
        for (const QStringList &actions : perOrder)
            QCOMPARE(actions, (QStringList{u"order.open"_s, u"order.items.add"_s, u"order.send"_s, u"order.checkout"_s}));
        // Receipt numbers 1..10, no gaps, none twice.
        QCOMPARE(count(u"SELECT COUNT(DISTINCT receipt_number) FROM payments"_s), 10);
    }

private slots:
    void init()
    {
        QVERIFY(m_fx.start());
        QVERIFY(m_dir.isValid());
    }
    void cleanup() { m_fx.stop(); }

    void fiftyActionsWhileTheServerIsDownAreAppliedOnceInOrder()
    {
        const QString padThai = menuId(u"Pad thai with shrimp"_s);
        auto api = signedIn(u"cashier1"_s);
        Outbox outbox(api.get());
        outbox.setRetryDelay(200);
        QVERIFY(outbox.open(m_dir.filePath(u"outbox-a.db"_s)).ok());
        ClientStore store(api.get(), nullptr, &outbox);
        store.reload();
        QTRY_VERIFY(store.isLoaded());

        m_fx.stopKeepingPort();
        takeFiftyActions(outbox, padThai);
        QCOMPARE(outbox.pendingCount(), 50);
        // The till shows the bills at once, marked as still saving.
        QCOMPARE(store.orders()->rowCount(), 10);
        const QString firstRef = store.orders()->items().first().id;
        QVERIFY(Outbox::isLocal(firstRef));
        QVERIFY(store.isPending(firstRef));
        QCOMPARE(store.order(firstRef)->items.size(), 1);
        QTest::qWait(600); // a few failed attempts meanwhile
        QCOMPARE(outbox.pendingCount(), 50);

        QVERIFY(m_fx.startAgain());
        QTRY_COMPARE_WITH_TIMEOUT(outbox.pendingCount(), 0, 60000);
        verifyFiftyAppliedOnce();
        QVERIFY(!Outbox::isLocal(outbox.resolve(firstRef)));
        QVERIFY(!store.isPending(firstRef));
        for (const Outbox::Action &a : outbox.actions(true))
            QCOMPARE(a.state, Outbox::State::Done);
        // Flushing again sends nothing twice.
        outbox.flush();
        QTest::qWait(200);
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 10);
    }

    void offlineBillsArePricedLikeTheServerPricesThem_data()
    {
        QTest::addColumn<bool>("vatIncluded");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("rounding");
        QTest::addColumn<bool>("discount");
        for (const bool vatIncluded : {true, false})
            for (const QString &service : {u"0"_s, u"10"_s})
                for (const QString &rounding : {u"none"_s, u"0.25"_s})
                    for (const bool discount : {false, true})
                        QTest::addRow("vat %s, service %s%%, cash rounding %s%s", vatIncluded ? "included" : "added", qPrintable(service),
                                      qPrintable(rounding), discount ? ", 10% discount" : "")
                            << vatIncluded << service << rounding << discount;
    }
    void offlineBillsArePricedLikeTheServerPricesThem()
    {
        // The bill a till shows while the server is away is the bill the server will hold: same
        // settings, same totals path (computeTotals, cashDue), options included.
        QFETCH(bool, vatIncluded);
        QFETCH(QString, service);
        QFETCH(QString, rounding);
        QFETCH(bool, discount);
        Api manager = staffApi(m_fx.url(), u"manager1"_s);
        CHECK_STATUS(manager.request(
                         "PUT", u"/api/v1/settings"_s,
                         {{u"prices_include_vat"_s, vatIncluded}, {u"service_charge_percent"_s, service}, {u"cash_rounding"_s, rounding}}),
                     200);
        auto api = signedIn(u"cashier1"_s);
        Outbox outbox(api.get());
        outbox.setRetryDelay(200);
        QVERIFY(outbox.open(m_dir.filePath(u"outbox-prices-%1.db"_s.arg(QUuid::createUuid().toString(QUuid::Id128)))).ok());
        ClientStore store(api.get(), nullptr, &outbox);
        store.reload();
        QTRY_VERIFY(store.isLoaded());
        QCOMPARE(store.settings().tax.serviceChargeBasisPoints, service == u"10"_s ? 1000 : 0);

        // Online: a pad thai with an egg on table 5 (and the manager's discount).
        const QString padThai = menuId(u"Pad thai with shrimp"_s);
        QString egg;
        for (const Modifier &m : store.menu().item(padThai)->modifiers)
            if (m.name == u"Extra egg"_s)
                egg = m.id;
        QVERIFY(!egg.isEmpty());
        CreateOrderRequest open;
        open.tableId = u"5"_s;
        open.guests = 2;
        auto ref = outbox.openOrder(open);
        QVERIFY(ref.ok());
        AddItemsRequest first;
        first.items.append(AddItemRequest{padThai, 1, {egg}, {}});
        QVERIFY(outbox.addItems(*ref, first).ok());
        QTRY_COMPARE_WITH_TIMEOUT(outbox.pendingCount(), 0, 20000);
        const QString orderId = outbox.resolve(*ref);
        if (discount) {
            CHECK_STATUS(manager.post(u"/api/v1/orders/%1/discount"_s.arg(orderId),
                                      {{u"type"_s, u"percent"_s}, {u"value"_s, u"10"_s}, {u"reason"_s, u"regular"_s}}),
                         200);
            store.reload();
            QTRY_VERIFY(store.isLoaded() && !store.order(orderId)->discount.isNone());
        }

        // Offline: three iced teas (with an egg on another pad thai) are rung up.
        m_fx.stopKeepingPort();
        AddItemsRequest more;
        more.items.append(AddItemRequest{padThai, 1, {egg}, u"no peanuts"_s});
        more.items.append(AddItemRequest{teaId(store), 3, {}, {}});
        QVERIFY(outbox.addItems(orderId, more).ok());
        const Totals offline = store.order(orderId)->totals;
        const CashDue offlineCash = cashDue(offline.total, store.settings().tax.cashRounding);

        // Back online: the server's bill and its cash payment match what the till showed.
        QVERIFY(m_fx.startAgain());
        QTRY_COMPARE_WITH_TIMEOUT(outbox.pendingCount(), 0, 30000);
        const QJsonObject server = manager.get(u"/api/v1/orders/"_s + orderId).object();
        QCOMPARE(server.value(u"subtotal"_s).toString(), offline.subtotal.toString());
        QCOMPARE(server.value(u"service_charge"_s).toString(), offline.serviceCharge.toString());
        QCOMPARE(server.value(u"vat"_s).toString(), offline.vat.toString());
        QCOMPARE(server.value(u"total"_s).toString(), offline.total.toString());
        Api cashier = staffApi(m_fx.url(), u"cashier1"_s);
        CHECK_STATUS(cashier.post(u"/api/v1/orders/%1/send"_s.arg(orderId)), 200);
        CHECK_STATUS(cashier.post(u"/api/v1/orders/%1/checkout"_s.arg(orderId)), 200);
        const Reply paid = cashier.postNew(u"/api/v1/payments"_s,
                                           {{u"order_id"_s, orderId}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"2000.00"_s}});
        CHECK_STATUS(paid, 201);
        QCOMPARE(paid.object().value(u"amount"_s).toString(), offlineCash.due.toString());
        QCOMPARE(paid.object().value(u"cash_rounding"_s).toString(), offlineCash.rounding.toString());
    }

    void aReplayKilledMidwayStillAppliesEachActionOnce()
    {
        const QString padThai = menuId(u"Pad thai with shrimp"_s);
        const QString path = m_dir.filePath(u"outbox-b.db"_s);
        {
            auto api = signedIn(u"cashier1"_s);
            Outbox outbox(api.get());
            QVERIFY(outbox.open(path).ok());
            m_fx.stopKeepingPort();
            takeFiftyActions(outbox, padThai);
            QCOMPARE(outbox.pendingCount(), 50);
        } // the till closes with everything pending
        QVERIFY(m_fx.startAgain());

        const QStringList args{m_fx.url(), path, u"cashier1"_s, u"1000"_s};
        QProcess first;
        first.setProcessEnvironment(childEnvironment());
        first.start(QStringLiteral(OUTBOX_REPLAYER), args);
        QVERIFY(first.waitForStarted());
        // Killed once some, but not all, actions have reached the server.
        QTRY_VERIFY_WITH_TIMEOUT(count(u"SELECT COUNT(*) FROM audit_log WHERE action LIKE 'order.%' OR action = 'payment.create'"_s) >= 7,
                                 30000);
        first.kill();
        QTRY_VERIFY_WITH_TIMEOUT(first.state() == QProcess::NotRunning, 10000);
        const qint64 appliedBeforeKill = count(
            u"SELECT COUNT(*) FROM audit_log WHERE action LIKE 'order.%' OR action = 'payment.create'"_s);
        qInfo("%lld of 50 actions applied when the replayer was killed", appliedBeforeKill);
        QVERIFY(appliedBeforeKill < 50);

        QProcess second;
        second.setProcessEnvironment(childEnvironment());
        second.start(QStringLiteral(OUTBOX_REPLAYER), args);
        // The server runs in this process: wait with the event loop running.
        QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 60000);
        QVERIFY2(second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0,
                 qPrintable(u"exit %1: %2 %3"_s.arg(second.exitCode())
                                .arg(QString::fromUtf8(second.readAllStandardOutput()),
                                     QString::fromUtf8(second.readAllStandardError().right(3000)))));
        verifyFiftyAppliedOnce();
    }

    void aConflictIsAnErrorForThatActionAndTheRestGoesOn()
    {
        const QString padThai = menuId(u"Pad thai with shrimp"_s);
        auto api = signedIn(u"cashier1"_s);
        Outbox outbox(api.get());
        // No retry of its own: the other till must seat table 12 first (a slow sign-in under a
        // sanitizer once outlasted a 3 s retry and the replay won the table); flush() sends.
        outbox.setRetryDelay(3'600'000);
        QVERIFY(outbox.open(m_dir.filePath(u"outbox-c.db"_s)).ok());
        QSignalSpy failed(&outbox, &Outbox::actionFailed);

        m_fx.stopKeepingPort();
        CreateOrderRequest open;
        open.tableId = u"12"_s;
        open.guests = 2;
        auto taken = outbox.openOrder(open);
        AddItemsRequest add;
        add.items.append(AddItemRequest{padThai, 1, {}, {}});
        QVERIFY(outbox.addItems(*taken, add).ok());
        open.tableId = u"13"_s;
        auto free = outbox.openOrder(open);
        QVERIFY(outbox.addItems(*free, add).ok());
        QTest::qWait(300); // the first attempt fails: the server is down

        // Meanwhile another till seated table 12 on the server.
        QVERIFY(m_fx.startAgain());
        Api other = staffApi(m_fx.url(), u"waiter1"_s);
        CHECK_STATUS(other.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"12"_s}, {u"guests"_s, 4}}), 201);

        outbox.flush();
        QTRY_COMPARE_WITH_TIMEOUT(outbox.pendingCount(), 0, 30000);
        // Table 12: its open was refused, and its items with it; the cashier is told why.
        QCOMPARE(failed.count(), 2);
        const Error e = failed.at(0).at(1).value<Error>();
        QCOMPARE(e.code, ErrorCode::TableOccupied);
        QCOMPARE(ErrorText::forError(e), u"This table already has an open bill."_s);
        const QList<Outbox::Action> left = outbox.actions();
        QCOMPARE(left.size(), 2);
        for (const Outbox::Action &a : left) {
            QCOMPARE(a.state, Outbox::State::Failed);
            QCOMPARE(a.orderRef, *taken);
        }
        // Table 13 went through.
        QVERIFY(!Outbox::isLocal(outbox.resolve(*free)));
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders WHERE table_id = '13'"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM order_lines"_s), 1);

        // The cashier frees table 12 and sends the bill again: it goes through once.
        auto manager = staffApi(m_fx.url(), u"manager1"_s);
        const QString otherOrder =
            manager.get(u"/api/v1/orders?status=OPEN"_s).object().value(u"orders"_s).toArray().at(0).toObject().value(u"id"_s).toString();
        QVERIFY(!otherOrder.isEmpty());
        for (const auto &o : manager.get(u"/api/v1/orders?status=OPEN"_s).object().value(u"orders"_s).toArray())
            if (o.toObject().value(u"table_id"_s).toString() == u"12"_s)
                CHECK_STATUS(manager.post(u"/api/v1/orders/%1/cancel"_s.arg(o.toObject().value(u"id"_s).toString()),
                                          {{u"reason"_s, u"seated twice"_s}}),
                             200);
        QVERIFY(outbox.retry(left.first().id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(outbox.pendingCount(), 0, 30000);
        QVERIFY(!Outbox::isLocal(outbox.resolve(*taken)));
        QCOMPARE(count(u"SELECT COUNT(*) FROM order_lines"_s), 2);
        // Discarding a failed action removes it for good.
        QVERIFY(outbox.actions().isEmpty());
    }

    void draftsAreOfferedBackAfterARestart()
    {
        auto api = signedIn(u"cashier1"_s);
        const QString path = m_dir.filePath(u"outbox-d.db"_s);
        {
            Outbox outbox(api.get());
            QVERIFY(outbox.open(path).ok());
            QVERIFY(outbox
                        .saveDraft(u"table:5"_s,
                                   {{u"table_id"_s, u"5"_s}, {u"lines"_s, QJsonArray{QJsonObject{{u"menu_id"_s, u"1"_s}, {u"qty"_s, 2}}}}})
                        .ok());
        }
        Outbox reopened(api.get());
        QVERIFY(reopened.open(path).ok());
        const auto drafts = reopened.drafts();
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().first, u"table:5"_s);
        QCOMPARE(drafts.first().second.value(u"table_id"_s).toString(), u"5"_s);
        QVERIFY(reopened.clearDraft(u"table:5"_s).ok());
        QVERIFY(reopened.drafts().isEmpty());
        // PromptPay cannot be taken offline, and the cashier is told so.
        QCOMPARE(Outbox::needsServer().code, ErrorCode::Unavailable);
        QVERIFY(Outbox::needsServer().message.contains(u"PromptPay"_s));
    }
};

QTEST_GUILESS_MAIN(TestClientOffline)
#include "tst_client_offline.moc"
