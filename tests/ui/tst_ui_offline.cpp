// Honest offline, through the window: the server goes away in the middle of a table's service.
// What works offline (ordering, sending, the bill, cash) goes on through the outbox; what needs
// the server (void, discount, move, card, PromptPay, reports…) is disabled and says why. When the
// server is back, the order and the cash payment reach it once.
#include "orderpage.h"
#include "tilldriver.h"

#include <QLabel>
#include <QListWidget>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;
using tavola::ui::MainWindow;

class TestUiOffline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerFixture m_fx;

    static bool shows(QWidget *root, const QString &name, const QString &text)
    {
        auto *label = find<QLabel>(root, name);
        return label && label->isVisible() && label->text().contains(text);
    }

private slots:
    void init() { QVERIFY(m_fx.start()); }
    void cleanup() { m_fx.stop(); }

    void anOrderAndCashTakenOfflineReachTheServerOnce()
    {
        Till till = openFreshTill(m_fx.url(), m_dir);
        MainWindow &window = *till.window;
        ui::AppContext &ctx = *till.ctx;
        signIn(till, u"cashier1"_s);

        // Online: table T3 orders a pad thai, sent to the kitchen.
        tapTable(till, u"3"_s);
        QVERIFY(find<QAbstractButton>(&window, u"order-discount"_s)->isEnabled());
        QVERIFY(!find<QLabel>(&window, u"order-needs-server"_s)->isVisible());
        tapDish(till, u"Pad thai with shrimp"_s);
        click(&window, u"order-send"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ctx.outbox.pendingCount(), 0, 10000);
        const QString orderId = window.orderPage()->orderRef();
        QVERIFY(!client::Outbox::isLocal(orderId));

        // The server goes away mid-service.
        m_fx.stopKeepingPort();
        QTRY_VERIFY_WITH_TIMEOUT(!ctx.online(), 10000);
        // What needs the server is disabled, and says so.
        QTRY_VERIFY(shows(&window, u"order-needs-server"_s, ui::AppContext::needsServerText()));
        for (const QString &name : {u"order-discount"_s, u"order-move"_s, u"line-void"_s})
            QVERIFY2(!find<QAbstractButton>(&window, name)->isEnabled(), qPrintable(name));

        // The guests order a drink more; it is sent and the bill asked for, all offline.
        tapDish(till, u"Thai iced tea"_s);
        QVERIFY(find<QAbstractButton>(&window, u"order-send"_s)->isEnabled());
        click(&window, u"order-send"_s);
        QTRY_COMPARE(find<QListWidget>(&window, u"order-lines"_s)->count(), 2);
        click(&window, u"order-bill"_s);
        QTRY_COMPARE(window.screen(), MainWindow::Screen::Checkout);
        // Card and PromptPay need the server; cash is taken.
        QVERIFY(shows(&window, u"checkout-needs-server"_s, ui::AppContext::needsServerText()));
        QVERIFY(!find<QAbstractButton>(&window, u"method-card"_s)->isEnabled());
        QVERIFY(!find<QAbstractButton>(&window, u"method-promptpay"_s)->isEnabled());
        const Order *localOrder = ctx.store.order(window.orderPage()->orderRef());
        QVERIFY(localOrder);
        const Order localCopy = *localOrder;
        const Order *local = &localCopy;
        const Money due = cashDue(local->totals.total, ctx.shop().tax.cashRounding).due;
        find<QLineEdit>(&window, u"cash-received"_s)->setText(u"500"_s);
        click(&window, u"cash-pay"_s);
        QTRY_VERIFY(find<QWidget>(&window, u"checkout-paid"_s)->isVisible());
        QVERIFY2(find<QLabel>(&window, u"checkout-paid-change"_s)->text().contains((Money::fromSatang(50000) - due).toString()),
                 qPrintable(find<QLabel>(&window, u"checkout-paid-change"_s)->text()));
        QVERIFY(ctx.outbox.pendingCount() > 0);
        click(&window, u"checkout-finish"_s);
        QTRY_COMPARE(window.screen(), MainWindow::Screen::Floor);

        // A new table is seated, orders, asks for the bill and pays cash, all while offline.
        tapTable(till, u"5"_s);
        tapDish(till, u"Pad thai with shrimp"_s);
        click(&window, u"order-bill"_s); // sends what is new first
        QTRY_COMPARE(window.screen(), MainWindow::Screen::Checkout);
        QVERIFY(client::Outbox::isLocal(window.orderPage()->orderRef()));
        click(&window, u"cash-exact"_s);
        click(&window, u"cash-pay"_s);
        QTRY_VERIFY(find<QWidget>(&window, u"checkout-paid"_s)->isVisible());
        click(&window, u"checkout-finish"_s);
        QTRY_COMPARE(window.screen(), MainWindow::Screen::Floor);

        // Screens that only work with the server say so instead of failing.
        click(&window, u"nav-shift"_s);
        QTRY_COMPARE(window.screen(), MainWindow::Screen::Shift);
        QVERIFY(shows(&window, u"needs-server"_s, ui::AppContext::needsServerText()));
        click(&window, u"nav-floor"_s);

        // The server is back: the outbox delivers everything, once.
        QVERIFY(m_fx.startAgain());
        QTRY_VERIFY_WITH_TIMEOUT(ctx.online(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(ctx.outbox.pendingCount(), 0, 20000);
        QCOMPARE(ctx.outbox.failedCount(), 0);
        QVERIFY(!find<QLabel>(&window, u"needs-server"_s)->isVisible());

        Api api = staffApi(m_fx.url(), u"manager1"_s);
        const Reply orders = api.get(u"/api/v1/orders?table_id=3&limit=1000"_s);
        CHECK_STATUS(orders, 200);
        const QJsonArray list = orders.object().value(u"orders"_s).toArray();
        QCOMPARE(list.size(), 1); // one order, not one per retry
        const QJsonObject order = list.first().toObject();
        QCOMPARE(order.value(u"id"_s).toString(), orderId);
        QCOMPARE(order.value(u"status"_s).toString(), u"PAID"_s);
        QVERIFY(!order.value(u"receipt_number"_s).toString().isEmpty());
        int lines = 0;
        for (const QJsonValue &l : order.value(u"items"_s).toArray())
            lines += l.toObject().value(u"qty"_s).toInt();
        QCOMPARE(lines, 2); // the pad thai and the tea, each once
        // One cash payment for each order, for what the till said was due.
        const Reply day = api.get(u"/api/v1/reports/sales?group_by=method"_s);
        CHECK_STATUS(day, 200);
        int cashPayments = 0;
        for (const QJsonValue &row : day.object().value(u"rows"_s).toArray())
            if (row.toObject().value(u"key"_s).toString() == u"cash"_s)
                cashPayments += row.toObject().value(u"count"_s).toInt();
        QVERIFY2(cashPayments == 2, qPrintable(day.describe())); // T3 and T5, each once
        QCOMPARE(order.value(u"total"_s).toString(), local->totals.total.toString());
        const QJsonArray t5 = api.get(u"/api/v1/orders?table_id=5&limit=1000"_s).object().value(u"orders"_s).toArray();
        QCOMPARE(t5.size(), 1);
        QCOMPARE(t5.first().toObject().value(u"status"_s).toString(), u"PAID"_s);
        QCOMPARE(t5.first().toObject().value(u"items"_s).toArray().size(), 1);
        // The table is free for the next guests, on the till too.
        QTRY_VERIFY2_WITH_TIMEOUT(
            ctx.store.tables()->find(u"3"_s)->orderId.isEmpty(),
            qPrintable(u"till: order %1, table %2, realtime %3 / server: %4"_s
                           .arg(ctx.store.tables()->find(u"3"_s)->orderId, enumName(ctx.store.tables()->find(u"3"_s)->status))
                           .arg(int(ctx.realtime.state()))
                           .arg(QString::fromUtf8(api.get(u"/api/v1/tables"_s).body.left(300)))),
            10000);
    }
};

QTEST_MAIN(TestUiOffline)
#include "tst_ui_offline.moc"
