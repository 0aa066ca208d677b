// The desktop app's main window through a whole day, driven by finding widgets by object name and
// clicking them, against a real in-process tavola-server: sign in with the PIN pad, open a table,
// add dishes, send, take cash, take PromptPay paid through the sandbox (the QR on screen is decoded
// with zbarimg), see the table freed; a kitchen display receives and bumps the ticket; the queue
// board issues a ticket. Every screen is saved as a screenshot in Thai and English.
#include "guitestbase.h"

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;
using namespace tavola::ui;

class TestUiApp : public GuiTestBase
{
    Q_OBJECT

private slots:
    void theWholeDayInBothLanguages_data() { bothLanguages(); }

    void theWholeDayInBothLanguages()
    {
        QFETCH(QString, lang);
        setLanguage(lang);
        Till till = openTill();
        shoot(till.window.get(), u"login"_s);
        signIn(till, u"cashier1"_s);
        QCOMPARE(till.window->screen(), MainWindow::Screen::Floor);
        QTRY_VERIFY(find<QLabel>(till.window.get(), u"connection"_s)->text().contains(lang == u"th"_s ? u"ออนไลน์"_s : u"Online"_s));

        // Table 3: two pad thai and a tea, sent to the kitchen.
        tapTable(till, u"3"_s);
        tapDish(till, u"Pad thai with shrimp"_s);
        tapDish(till, u"Pad thai with shrimp"_s);
        tapDish(till, u"Thai iced tea"_s);
        shoot(till.window.get(), u"order-new"_s);
        click(till.window.get(), u"order-send"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            !till.window->orderPage()->orderRef().isEmpty() && !till.ctx->store.isPending(till.window->orderPage()->orderRef()), 10000);
        const Order *order = till.ctx->store.order(till.window->orderPage()->orderRef());
        QVERIFY(order);
        QCOMPARE(order->items.size(), 2);
        QCOMPARE(order->totals.subtotal.toString(), u"223.00"_s); // 2 × 89 + 45
        shoot(till.window.get(), u"order"_s);

        // The kitchen display receives the ticket and bumps it; the bar's display prints new tickets.
        Till kitchen = openTill(u"kitchen"_s);
        kitchen.ctx->setPrinter(u"file://"_s + m_dir.filePath(u"kitchen-%1.bin"_s.arg(lang)), u"escpos-80-raster"_s);
        kitchen.ctx->setPrintKitchenTickets(true);
        signIn(kitchen, u"kitchen1"_s);
        QCOMPARE(kitchen.window->screen(), MainWindow::Screen::Kitchen);
        QTRY_VERIFY_WITH_TIMEOUT(kitchen.ctx->store.kitchenTickets()->rowCount() >= 1, 10000);
        const QString ticket = kitchen.ctx->store.kitchenTickets()->items().first().id;
        QTRY_VERIFY(find<QPushButton>(kitchen.window.get(), u"bump-"_s + ticket));
        shoot(kitchen.window.get(), u"kitchen"_s);
        // The bar's screen shows only the bar's ticket.
        auto *station = find<QComboBox>(kitchen.window.get(), u"kitchen-station"_s);
        station->setCurrentIndex(station->findData(u"bar"_s));
        for (const KitchenTicket &k : kitchen.ctx->store.kitchenTickets()->items())
            QCOMPARE(find<QWidget>(kitchen.window.get(), u"ticket-"_s + k.id) != nullptr, k.station == u"bar"_s);
        station->setCurrentIndex(0);
        QTRY_VERIFY(find<QPushButton>(kitchen.window.get(), u"bump-"_s + ticket));
        // Tickets already there at sign-in are not printed again…
        QCOMPARE(kitchen.ctx->printQueue->jobs().size(), 0);
        click(kitchen.window.get(), u"bump-"_s + ticket);
        QTRY_COMPARE_WITH_TIMEOUT(kitchen.ctx->store.kitchenTickets()->find(ticket)->status, KitchenStatus::Preparing, 10000);

        // This till prints receipts (to a file standing in for the USB printer).
        const QString printerFile = m_dir.filePath(u"receipts-%1.bin"_s.arg(lang));
        till.ctx->setPrinter(u"file://"_s + printerFile, u"escpos-80-raster"_s, true); // with a cash drawer

        // …a new send is: one more dish for table 3 prints its kitchen ticket.
        tapDish(till, u"Thai iced tea"_s);
        click(till.window.get(), u"order-send"_s);
        QTRY_COMPARE_WITH_TIMEOUT(kitchen.ctx->printQueue->jobs().size(), 1, 10000);
        QVERIFY(kitchen.ctx->printQueue->jobs().first().title.contains(u"T3"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!till.ctx->store.isPending(till.window->orderPage()->orderRef()), 10000);
        kitchen.ctx->setPrinter({}, u"escpos-80-raster"_s);
        kitchen.ctx->setPrintKitchenTickets(false);

        // The bill, paid in cash.
        click(till.window.get(), u"order-bill"_s);
        QTRY_COMPARE(till.window->screen(), MainWindow::Screen::Checkout);
        QTRY_COMPARE_WITH_TIMEOUT(till.ctx->store.order(till.window->orderPage()->orderRef())->status, OrderStatus::Checkout, 10000);
        QTRY_VERIFY(find<QLabel>(till.window.get(), u"checkout-due"_s)->text().contains(u"294.80"_s)); // 268.00 + 10 % service
        // Quick cash follows the bill: exact, then ฿300, ฿500, ฿1,000 (docs/domain.md).
        QTRY_VERIFY(find<QPushButton>(till.window.get(), u"cash-300"_s)
                    && find<QPushButton>(till.window.get(), u"cash-300"_s)->isVisible());
        QVERIFY(!find<QPushButton>(till.window.get(), u"cash-100"_s));
        click(till.window.get(), u"cash-key-1"_s);
        QTRY_VERIFY(find<QLabel>(till.window.get(), u"cash-change"_s)->text().contains(u"293.80"_s)); // ฿1 received: 293.80 more
        click(till.window.get(), u"cash-500"_s);
        QTRY_VERIFY(find<QLabel>(till.window.get(), u"cash-change"_s)->text().contains(u"205.20"_s));
        shoot(till.window.get(), u"checkout-cash"_s);
        click(till.window.get(), u"cash-pay"_s);
        // Paid: the change in large type, the receipt number, the next step; no tender left to tap.
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(till.window.get(), u"checkout-paid-receipt"_s)->text().contains(u"POS01-000001"_s), 10000);
        QVERIFY(find<QLabel>(till.window.get(), u"checkout-paid-change"_s)->text().contains(u"205.20"_s));
        QVERIFY(find<QLabel>(till.window.get(), u"checkout-paid-change"_s)->isVisible());
        QVERIFY(find<QPushButton>(till.window.get(), u"checkout-finish"_s)->isVisible());
        QVERIFY(!find<QPushButton>(till.window.get(), u"cash-pay"_s)->isVisible());
        QVERIFY(!find<QPushButton>(till.window.get(), u"method-card"_s)->isEnabled());
        QVERIFY(!find<QLabel>(till.window.get(), u"checkout-due"_s)->text().contains(u"294.80"_s));
        shoot(till.window.get(), u"checkout-paid"_s);
        // The receipt went through the print queue to the printer as ESC/POS.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(printerFile).size() > 1000, 15000);
        QFile printed(printerFile);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        const QByteArray bytes = printed.readAll();
        QVERIFY(bytes.startsWith("\x1b\x40"));
        QCOMPARE(bytes.count(QByteArray("\x1b\x70\x00\x32\xfa", 5)), 1); // cash opens the drawer
        QCOMPARE(till.ctx->printQueue->jobs().first().title.contains(u"POS01-000001"_s), true);
        click(till.window.get(), u"checkout-finish"_s);
        QTRY_COMPARE(till.window->screen(), MainWindow::Screen::Floor);
        QTRY_COMPARE_WITH_TIMEOUT(tableStatus(till, u"3"_s), u"CLEANING"_s, 10000);

        // Table 4 pays with PromptPay: the QR on screen scans, the sandbox bank pays, the screen
        // turns to paid by itself.
        tapTable(till, u"4"_s);
        tapDish(till, u"Thai iced tea"_s);
        click(till.window.get(), u"order-bill"_s);
        QTRY_COMPARE(till.window->screen(), MainWindow::Screen::Checkout);
        QTRY_COMPARE_WITH_TIMEOUT(till.ctx->store.order(till.window->orderPage()->orderRef())->status, OrderStatus::Checkout, 10000);
        QTRY_VERIFY(!till.ctx->store.isPending(till.window->orderPage()->orderRef()));
        click(till.window.get(), u"method-promptpay"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!till.window->checkoutPage()->promptPayPaymentId().isEmpty(), 10000);
        auto *qr = find<QLabel>(till.window.get(), u"promptpay-qr"_s);
        QTRY_VERIFY(!qr->pixmap().isNull());
        QVERIFY(qr->pixmap().width() >= 300); // scannable across the counter
        const QString scanned = zbarDecode(qr->pixmap().toImage());
        QVERIFY2(scanned.startsWith(u"000201010212"_s), qPrintable(scanned));
        QVERIFY(scanned.contains(u"540549.50"_s)); // 45.00 + 10 % service
        shoot(till.window.get(), u"checkout-promptpay"_s);
        Api cashier = staffApi(m_fx.url(), u"cashier1"_s);
        CHECK_STATUS(cashier.post(u"/api/v1/sandbox/payments/%1/pay"_s.arg(till.window->checkoutPage()->promptPayPaymentId())), 202);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(till.window.get(), u"checkout-paid-receipt"_s)->text().contains(u"POS01-000002"_s), 15000);
        click(till.window.get(), u"checkout-finish"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tableStatus(till, u"4"_s), u"CLEANING"_s, 10000);
        shoot(till.window.get(), u"floor"_s);
        // PromptPay's receipt printed too, without opening the drawer.
        QTRY_COMPARE_WITH_TIMEOUT(till.ctx->printQueue->jobs().size(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(till.ctx->printQueue->jobs().first().state == printing::PrintQueue::JobState::Done, 10000);
        QFile again(printerFile);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll().count(QByteArray("\x1b\x70\x00\x32\xfa", 5)), 1);

        // The queue board issues a ticket.
        click(till.window.get(), u"nav-queue"_s);
        find<QSpinBox>(till.window.get(), u"queue-party"_s)->setValue(3);
        click(till.window.get(), u"queue-issue"_s);
        QTRY_COMPARE_WITH_TIMEOUT(till.ctx->store.queue()->rowCount(), 1, 10000);
        QTRY_COMPARE(find<QListWidget>(till.window.get(), u"queue-list"_s)->count(), 1);
        shoot(till.window.get(), u"queue"_s);
        // The guest's ticket printed with its QR.
        QTRY_COMPARE_WITH_TIMEOUT(till.ctx->printQueue->jobs().size(), 3, 10000);
        QVERIFY(till.ctx->printQueue->jobs().first().title.contains(u"B001"_s));

        // The print queue shows both receipts; a reprint adds a job.
        click(till.window.get(), u"nav-printing"_s);
        QTRY_COMPARE(till.window->screen(), MainWindow::Screen::Printing);
        auto *jobs = find<QTableWidget>(till.window.get(), u"printqueue-jobs"_s);
        QTRY_COMPARE(jobs->rowCount(), 3);
        jobs->selectRow(2);
        click(till.window.get(), u"printqueue-reprint"_s);
        QTRY_COMPARE(jobs->rowCount(), 4);
        shoot(till.window.get(), u"printqueue"_s);
    }
};

QTEST_MAIN(TestUiApp)
#include "tst_ui_app.moc"
