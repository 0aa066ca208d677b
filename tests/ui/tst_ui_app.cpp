// The desktop app's main window, driven by finding widgets by object name and clicking them,
// against a real in-process tavola-server: sign in with the PIN pad, open a table, add dishes,
// send, take cash, take PromptPay paid through the sandbox (the QR on screen is decoded with
// zbarimg), see the table freed; a kitchen display receives and bumps the ticket; the queue board
// issues a ticket. Every screen is saved as a screenshot in Thai and English.
#include "appcontext.h"
#include "checkoutpage.h"
#include "floorplaneditor.h"
#include "floorplanview.h"
#include "kitchenboard.h"
#include "loginpage.h"
#include "mainwindow.h"
#include "orderpage.h"
#include "printqueueview.h"
#include "queueboard.h"
#include "settingspage.h"
#include "reportspage.h"
#include "shiftpage.h"
#include "serverharness.h"
#include "serverstate.h"
#include "storage/database.h"
#include "http/tlscert.h"
#include "certificatepins.h"
#include "testutil.h"
#include "tilldriver.h"
#include "theme.h"

#include <QApplication>
#include <QDateEdit>
#include <QImage>
#include <QProcess>
#include <QComboBox>
#include <QJsonArray>
#include <QFileInfo>
#include <QTableWidget>
#include <QGraphicsView>
#include <QMouseEvent>
#include <cmath>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTest>
#include <QToolButton>
#include <QListWidget>
#include <QSpinBox>
#include <QTranslator>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;
using namespace tavola::ui;

class TestUiApp : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;
    QTemporaryDir m_dir;
    QTranslator m_th;
    QString m_lang = u"en"_s;

    /// A till window; `outboxPath` names its local files (a fresh place by default, the same one to
    /// "restart" a till).
    Till openTill(const QString &role = {}, const QString &outboxPath = {})
    {
        return outboxPath.isEmpty() ? openFreshTill(m_fx.url(), m_dir, role) : test::openTill(m_fx.url(), outboxPath, role);
    }

    QString tableStatus(Till &t, const QString &tableId)
    {
        const Table *table = t.ctx->store.tables()->find(tableId);
        return table ? enumName(table->status) : QString();
    }

    void shoot(QWidget *w, const QString &name)
    {
        QApplication::processEvents();
        QTest::qWait(100);
        const QString dir = QStringLiteral(TAVOLA_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        QVERIFY(w->grab().save(u"%1/%2-%3.png"_s.arg(dir, name, m_lang)));
    }

    void setLanguage(const QString &lang)
    {
        m_lang = lang;
        QCoreApplication::removeTranslator(&m_th);
        if (lang == u"th"_s) {
            QVERIFY(m_th.load(u"tavola_th.qm"_s, QStringLiteral(TAVOLA_QM_DIR)));
            QCoreApplication::installTranslator(&m_th);
            QLocale::setDefault(QLocale(QLocale::Thai, QLocale::Thailand));
        } else {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
    }

    /// Data rows: the test runs in English and in Thai.
    static void bothLanguages()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("th") << u"th"_s;
    }

private slots:
    void initTestCase()
    {
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        QVERIFY(app);
        theme::apply(*app);
    }
    void init() { QVERIFY(m_fx.start()); }
    void cleanup() { m_fx.stop(); }

    void theWholeDayInBothLanguages_data()
    {
        bothLanguages();
    }

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
        QTRY_VERIFY_WITH_TIMEOUT(!till.window->orderPage()->orderRef().isEmpty() && !till.ctx->store.isPending(till.window->orderPage()->orderRef()), 10000);
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
            QCOMPARE(find<QWidget>(kitchen.window.get(), u"ticket-"_s + k.id) != nullptr, k.station == Station::Bar);
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
        QTRY_VERIFY(find<QPushButton>(till.window.get(), u"cash-300"_s) && find<QPushButton>(till.window.get(), u"cash-300"_s)->isVisible());
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

    void settingsCheckThePromptPayIdAndSaveTheShop_data()
    {
        bothLanguages();
    }

    void settingsCheckThePromptPayIdAndSaveTheShop()
    {
        QFETCH(QString, lang);
        setLanguage(lang);
        Till till = openTill();
        signIn(till, u"manager1"_s);
        click(till.window.get(), u"nav-settings"_s);
        QTRY_COMPARE(till.window->screen(), MainWindow::Screen::Settings);
        auto *id = find<QLineEdit>(till.window.get(), u"settings-promptpay_id"_s);
        QTRY_COMPARE(id->text(), u"0812345678"_s);
        auto *hint = find<QLabel>(till.window.get(), u"settings-promptpay-hint"_s);
        id->setText(u"12345"_s);
        const QString invalid = hint->text();
        id->setText(u"1234567890123"_s); // 13 digits, wrong check digit
        const QString doubtful = hint->text();
        id->setText(u"1101700230708"_s);
        const QString fine = hint->text();
        QVERIFY(invalid != doubtful && doubtful != fine && !fine.isEmpty());
        find<QLineEdit>(till.window.get(), u"settings-shop_name"_s)->setText(u"Baan Dim Sum"_s);
        click(till.window.get(), u"settings-save-shop"_s);
        Api m = staffApi(m_fx.url(), u"manager1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m.get(u"/api/v1/settings"_s).object().value(u"promptpay_id"_s).toString(), u"1101700230708"_s, 10000);
        QCOMPARE(m.get(u"/api/v1/settings"_s).object().value(u"shop_name"_s).toString(), u"Baan Dim Sum"_s);
        // A value the server refuses is explained and changes nothing.
        id->setText(u"12345"_s);
        click(till.window.get(), u"settings-save-shop"_s);
        QTRY_VERIFY(!find<QLabel>(till.window.get(), u"settings-message"_s)->text().isEmpty());
        QTRY_VERIFY(find<QLabel>(till.window.get(), u"settings-message"_s)->text().contains(u"promptpay"_s, Qt::CaseInsensitive));
        QCOMPARE(m.get(u"/api/v1/settings"_s).object().value(u"promptpay_id"_s).toString(), u"1101700230708"_s);
        id->setText(u"1101700230708"_s);
        shoot(till.window.get(), u"settings"_s);
    }

    void aManagerEditsTheFloorPlan_data()
    {
        bothLanguages();
    }

    void aManagerEditsTheFloorPlan()
    {
        QFETCH(QString, lang);
        setLanguage(lang);
        Till till = openTill();
        signIn(till, u"manager1"_s);
        click(till.window.get(), u"nav-editor"_s);
        QTRY_COMPARE(till.window->screen(), MainWindow::Screen::Editor);
        FloorPlanEditor *editor = till.window->floorPlanEditor();
        FloorPlanDocument *doc = editor->document();
        QCOMPARE(doc->plan().tables.size(), 18);
        const qint64 version = doc->plan().version;

        // Add a round table, undo, redo.
        click(till.window.get(), u"editor-add-round"_s);
        QCOMPARE(doc->plan().tables.size(), 19);
        const QString added = editor->selectedIds().value(0);
        QCOMPARE(doc->plan().table(added)->shape, TableShape::Round);
        click(till.window.get(), u"editor-undo"_s);
        QCOMPARE(doc->plan().tables.size(), 18);
        click(till.window.get(), u"editor-redo"_s);
        QCOMPARE(doc->plan().tables.size(), 19);

        // Drag table T1 with the mouse: one undo step, snapped to the grid.
        auto *canvas = find<QGraphicsView>(till.window.get(), u"editor-canvas"_s);
        const Table t1 = *doc->plan().table(u"1"_s);
        const QPoint from = canvas->mapFromScene(QPointF(t1.x + t1.w / 2, t1.y + t1.h / 2));
        const QPoint to = from + QPoint(60, 40);
        const int steps = doc->undoStack()->count();
        QTest::mousePress(canvas->viewport(), Qt::LeftButton, {}, from);
        for (int i = 1; i <= 6; ++i) {
            QMouseEvent move(QEvent::MouseMove, from + (to - from) * i / 6, canvas->viewport()->mapToGlobal(from + (to - from) * i / 6),
                             Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(canvas->viewport(), &move);
        }
        QTest::mouseRelease(canvas->viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        const Table moved = *doc->plan().table(u"1"_s);
        QVERIFY(moved.x > t1.x);
        QCOMPARE(std::fmod(moved.x, 10.0), 0.0);
        // A new zone, renamed, and T1 moved into it.
        find<QLineEdit>(till.window.get(), u"editor-zone-name"_s)->setText(u"Garden"_s);
        click(till.window.get(), u"editor-add-zone"_s);
        QCOMPARE(doc->plan().zones.size(), 3);
        const QString garden = doc->plan().zones.last().id;
        auto *zoneBox = find<QComboBox>(till.window.get(), u"editor-zone"_s);
        zoneBox->setCurrentIndex(zoneBox->findData(garden));
        find<QLineEdit>(till.window.get(), u"editor-zone-name"_s)->setText(u"Garden terrace"_s);
        click(till.window.get(), u"editor-rename-zone"_s);
        QCOMPARE(doc->plan().zones.last().name, u"Garden terrace"_s);
        // Rename it through the side panel.
        editor->select({u"1"_s});
        find<QLineEdit>(till.window.get(), u"editor-name"_s)->setText(u"Window 1"_s);
        zoneBox->setCurrentIndex(zoneBox->findData(garden));
        click(till.window.get(), u"editor-apply"_s);
        QCOMPARE(doc->plan().table(u"1"_s)->name, u"Window 1"_s);
        QCOMPARE(doc->plan().table(u"1"_s)->zoneId, garden);
        shoot(till.window.get(), u"editor"_s);

        // Save: the server has the new plan, the floor plan follows.
        click(till.window.get(), u"editor-save"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isModified(), 10000);
        QCOMPARE(doc->plan().version, version + 1);
        Api manager = staffApi(m_fx.url(), u"manager1"_s);
        const QJsonObject onServer = manager.get(u"/api/v1/floor-plan"_s).object();
        QCOMPARE(onServer.value(u"tables"_s).toArray().size(), 19);
        QCOMPARE(onServer.value(u"zones"_s).toArray().size(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(till.ctx->store.tables()->rowCount(), 19, 10000);

        // Someone else saves first: ours is refused, the server's plan is loaded, and we are told.
        QJsonObject theirs = onServer;
        QJsonArray tables = theirs.value(u"tables"_s).toArray();
        tables.removeLast();
        theirs.insert(u"tables"_s, tables);
        CHECK_STATUS(manager.request("PUT", u"/api/v1/floor-plan"_s, theirs), 200);
        click(till.window.get(), u"editor-add"_s);
        click(till.window.get(), u"editor-save"_s);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(till.window.get(), u"editor-message"_s)->text().contains(lang == u"th"_s ? u"โหลดผังล่าสุด"_s : u"reloaded"_s), 10000);
        QCOMPARE(doc->plan().tables.size(), 18);
        QCOMPARE(doc->plan().version, version + 2);
        QVERIFY(!doc->undoStack()->canUndo());
    }

    void searchModifiersNotesVoidDiscountAndMove()
    {
        setLanguage(u"en"_s);
        Till till = openTill();
        signIn(till, u"cashier1"_s);
        tapTable(till, u"6"_s);
        // Search finds a dish in any category.
        find<QLineEdit>(till.window.get(), u"menu-search"_s)->setText(u"pad thai"_s);
        const QString padThai = dishId(till, u"Pad thai with shrimp"_s);
        click(till.window.get(), u"menu-item-"_s + padThai);
        find<QLineEdit>(till.window.get(), u"menu-search"_s)->setText(u"ชาไทย"_s);
        click(till.window.get(), u"menu-item-"_s + dishId(till, u"Thai iced tea"_s));
        // Two of the pad thai, with an egg and a note.
        OrderPage *page = till.window->orderPage();
        page->selectLine(u"new:0"_s);
        click(till.window.get(), u"line-plus"_s);
        const Modifier *egg = nullptr;
        for (const Modifier &mod : till.ctx->store.menu().item(padThai)->modifiers)
            if (mod.name == u"Extra egg"_s)
                egg = &mod;
        QVERIFY(egg);
        click(till.window.get(), u"modifier-"_s + egg->id);
        QTest::keyClicks(find<QLineEdit>(till.window.get(), u"line-note"_s), u"less sweet sauce"_s);
        shoot(till.window.get(), u"order-modifiers"_s);
        click(till.window.get(), u"order-send"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!page->orderRef().isEmpty() && !till.ctx->store.isPending(page->orderRef()), 10000);
        Api m = staffApi(m_fx.url(), u"manager1"_s);
        auto serverOrder = [&] { return m.get(u"/api/v1/orders/"_s + till.ctx->outbox.resolve(page->orderRef())).object(); };
        QJsonObject o = serverOrder();
        const QJsonObject line = o.value(u"items"_s).toArray().at(0).toObject();
        QCOMPARE(line.value(u"qty"_s).toInt(), 2);
        QCOMPARE(line.value(u"note"_s).toString(), u"less sweet sauce"_s);
        QCOMPARE(line.value(u"modifiers"_s).toArray().size(), 1);
        QCOMPARE(o.value(u"subtotal"_s).toString(), u"243.00"_s); // 2 × (89 + 10) + 45

        // Void the tea with a manager's PIN and a reason.
        const QString teaLine = o.value(u"items"_s).toArray().at(1).toObject().value(u"id"_s).toString();
        QTRY_VERIFY(till.ctx->store.order(page->orderRef()) && till.ctx->store.order(page->orderRef())->items.size() == 2);
        page->selectLine(u"sent:"_s + teaLine);
        find<QLineEdit>(till.window.get(), u"void-reason"_s)->setText(u"guest changed mind"_s);
        find<QLineEdit>(till.window.get(), u"manager-pin"_s)->setText(u"1000"_s); // not a manager's
        click(till.window.get(), u"line-void"_s);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(till.window.get(), u"order-state"_s)->text().startsWith(u"⚠"_s), 10000);
        QVERIFY(!serverOrder().value(u"items"_s).toArray().at(1).toObject().value(u"voided"_s).toBool());
        page->selectLine(u"sent:"_s + teaLine);
        find<QLineEdit>(till.window.get(), u"void-reason"_s)->setText(u"guest changed mind"_s);
        find<QLineEdit>(till.window.get(), u"manager-pin"_s)->setText(u"9000"_s);
        click(till.window.get(), u"line-void"_s);
        QTRY_VERIFY_WITH_TIMEOUT(serverOrder().value(u"items"_s).toArray().at(1).toObject().value(u"voided"_s).toBool(), 10000);

        // Discounts are a manager's (docs/api.md): the cashier is told so; the manager's till gives 10 % off.
        QTRY_VERIFY(find<QLineEdit>(till.window.get(), u"manager-pin"_s)->text().isEmpty());
        find<QLineEdit>(till.window.get(), u"discount-percent"_s)->setText(u"10"_s);
        click(till.window.get(), u"order-discount"_s);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(till.window.get(), u"order-state"_s)->text().contains(u"manager"_s), 10000);
        Till office = openTill();
        signIn(office, u"manager1"_s);
        tapTable(office, u"6"_s);
        find<QLineEdit>(office.window.get(), u"discount-percent"_s)->setText(u"10"_s);
        click(office.window.get(), u"order-discount"_s);
        QTRY_COMPARE_WITH_TIMEOUT(serverOrder().value(u"discount"_s).toString(), u"19.80"_s, 10000);
        auto *move = find<QComboBox>(till.window.get(), u"move-table"_s);
        QTRY_VERIFY(move->findData(u"7"_s) >= 0);
        move->setCurrentIndex(move->findData(u"7"_s));
        click(till.window.get(), u"order-move"_s);
        QTRY_COMPARE_WITH_TIMEOUT(serverOrder().value(u"table_id"_s).toString(), u"7"_s, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(tableStatus(till, u"6"_s), u"VACANT"_s, 10000);

        // On the floor plan, drag the bill from table 7 to table 8.
        click(till.window.get(), u"order-back"_s);
        QTRY_COMPARE(till.window->screen(), MainWindow::Screen::Floor);
        QTRY_COMPARE_WITH_TIMEOUT(tableStatus(till, u"7"_s), u"SERVING"_s, 10000);
        FloorPlanView *view = till.window->floorPlan();
        const QPoint from = view->mapFromScene(view->item(u"7"_s)->sceneBoundingRect().center());
        const QPoint to = view->mapFromScene(view->item(u"8"_s)->sceneBoundingRect().center());
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        QMouseEvent drag(QEvent::MouseMove, to, view->viewport()->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drag);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
        QTRY_COMPARE_WITH_TIMEOUT(serverOrder().value(u"table_id"_s).toString(), u"8"_s, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(tableStatus(till, u"7"_s), u"VACANT"_s, 10000);
        QCOMPARE(till.window->screen(), MainWindow::Screen::Floor); // a drag is not a tap
    }

    void helpAndVersionNeedNoDisplay()
    {
        // A till set up over SSH, or a package's post-install check, asks before any screen exists.
        for (const QString &flag : {u"--help"_s, u"--version"_s}) {
            QProcess app;
            QProcessEnvironment env = tavola::test::childEnvironment();
            for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
                env.remove(name);
            app.setProcessEnvironment(env);
            app.start(QStringLiteral(TAVOLA_APP), {flag});
            QVERIFY(app.waitForFinished(30000));
            QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0, app.readAllStandardError().constData());
            const QString out = QString::fromUtf8(app.readAllStandardOutput());
            QVERIFY2(out.contains(flag == u"--help"_s ? u"--embedded-server"_s : u"tavola 0."_s), qPrintable(out));
        }
    }

    void theAppSavesAScreenshotOnceItsDataHasLoaded_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("signIn"); // how the display signs in at start
        QTest::newRow("http") << false << u"pin-option"_s;
        QTest::newRow("https") << true << u"pin-option"_s; // --tls-dir: a certificate is made, and the till trusts its own server
        // A kitchen display's PIN stays out of `ps`: from the environment, or from its config file.
        QTest::newRow("environment") << false << u"environment"_s;
        QTest::newRow("config-file") << false << u"config-file"_s;
    }
    void theAppSavesAScreenshotOnceItsDataHasLoaded()
    {
        QFETCH(bool, tls);
        QFETCH(QString, signIn);
        // The real executable, its own embedded server on SQLite and the demo café.
        QTemporaryDir data;
        QProcess app;
        QProcessEnvironment env = tavola::test::childEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, data.filePath(u"config"_s)); // the till's own config file
        const QString png = data.filePath(u"first.png"_s);
        QStringList args{u"--embedded-server"_s, u"--demo"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, data.path(),
                         u"--lang"_s, u"th"_s, u"--screenshot"_s, png};
        if (signIn == u"pin-option"_s) {
            args += QStringList{u"--user"_s, u"manager1"_s, u"--pin"_s, u"9000"_s};
        } else if (signIn == u"environment"_s) {
            args += QStringList{u"--user"_s, u"manager1"_s};
            env.insert(u"TAVOLA_PIN"_s, u"9000"_s);
        } else {
            QDir().mkpath(data.filePath(u"config/Tavola"_s));
            QFile conf(data.filePath(u"config/Tavola/tavola.conf"_s));
            QVERIFY(conf.open(QIODevice::WriteOnly));
            conf.write("[signin]\nuser=manager1\npin=9000\n");
        }
        app.setProcessEnvironment(env);
        if (tls)
            args += QStringList{u"--tls-dir"_s, data.filePath(u"tls"_s)};
        app.start(QStringLiteral(TAVOLA_APP), args);
        QVERIFY(app.waitForFinished(60000));
        const QByteArray said = app.readAllStandardOutput();
        QVERIFY2(said.contains(tls ? "embedded server on https://" : "embedded server on http://"), said.constData());
        QCOMPARE(QFileInfo::exists(data.filePath(u"tls/tavola.key"_s)), tls);
        QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0, app.readAllStandardError().right(2000).constData());
        QImage shot(png);
        QVERIFY(!shot.isNull());
        QVERIFY(shot.width() >= 800);
        // The floor plan, not the sign-in screen: the demo tables were drawn (pale green appears).
        bool vacantGreen = false;
        for (int y = 0; y < shot.height() && !vacantGreen; y += 4)
            for (int x = 0; x < shot.width() && !vacantGreen; x += 4)
                vacantGreen = shot.pixelColor(x, y) == QColor(0xe4, 0xf2, 0xe7);
        QVERIFY(vacantGreen);
    }

    void anUnsentOrderIsOfferedBackAfterARestart()
    {
        setLanguage(u"en"_s);
        const QString outboxPath = m_dir.filePath(u"till-restart/outbox.db"_s);
        {
            // The till takes two dishes for table 9, then dies before sending them.
            Till first = openTill({}, outboxPath);
            signIn(first, u"cashier1"_s);
            const QString padThai = dishId(first, u"Pad thai with shrimp"_s);
            first.window->orderPage()->showTable(u"9"_s);
            // One with an egg and a note (the draft keeps both), then two plain ones.
            first.window->orderPage()->addItem(padThai);
            first.window->orderPage()->selectLine(u"new:0"_s);
            for (const Modifier &mod : first.ctx->store.menu().item(padThai)->modifiers)
                if (mod.name == u"Extra egg"_s)
                    click(first.window.get(), u"modifier-"_s + mod.id);
            QTest::keyClicks(find<QLineEdit>(first.window.get(), u"line-note"_s), u"no peanuts"_s);
            first.window->orderPage()->addItem(padThai);
            first.window->orderPage()->addItem(padThai);
        }
        // Next start: the till offers the unfinished order back.
        Till till = openTill({}, outboxPath);
        signIn(till, u"cashier1"_s);
        MainWindow &window = *till.window;
        AppContext &ctx = *till.ctx;
        QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>(&window, u"draft-banner"_s)->isVisible(), 10000);
        QVERIFY(find<QLabel>(&window, u"draft-text"_s)->text().contains(u"T9"_s));
        shoot(&window, u"draft-offer"_s);
        click(&window, u"draft-resume"_s);
        QTRY_COMPARE(window.screen(), MainWindow::Screen::Order);
        QCOMPARE(window.orderPage()->tableId(), u"9"_s);
        QCOMPARE(find<QListWidget>(&window, u"order-lines"_s)->count(), 2);
        QVERIFY(find<QListWidget>(&window, u"order-lines"_s)->item(1)->text().startsWith(u"2 ×"_s));
        const QString withEgg = find<QListWidget>(&window, u"order-lines"_s)->item(0)->text();
        QVERIFY2(withEgg.startsWith(u"1 ×"_s) && withEgg.contains(u"Extra egg"_s) && withEgg.contains(u"no peanuts"_s), qPrintable(withEgg));
        // Sending clears the draft: nothing is offered next time.
        click(&window, u"order-send"_s);
        QTRY_VERIFY_WITH_TIMEOUT(ctx.outbox.drafts().isEmpty(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(ctx.outbox.pendingCount(), 0, 10000);
    }

    void aCashierOpensAndClosesTheirShift_data()
    {
        bothLanguages();
    }

    void aCashierOpensAndClosesTheirShift()
    {
        QFETCH(QString, lang);
        setLanguage(lang);
        Till till = openTill();
        signIn(till, u"cashier1"_s);
        click(till.window.get(), u"nav-shift"_s);
        QTRY_COMPARE(till.window->screen(), MainWindow::Screen::Shift);
        QTRY_VERIFY(find<QPushButton>(till.window.get(), u"shift-open"_s)->isVisible());
        find<QLineEdit>(till.window.get(), u"shift-cash"_s)->setText(u"1000"_s);
        click(till.window.get(), u"shift-open"_s);
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>(till.window.get(), u"shift-close"_s)->isVisible(), 10000);
        // A cash sale during the shift (97.90 for one pad thai with service).
        const QString order = billAtCheckout(m_fx.url(), u"2"_s);
        CHECK_STATUS(staffApi(m_fx.url(), u"cashier1"_s).postNew(u"/api/v1/payments"_s, {{u"order_id"_s, order}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"100.00"_s}}), 201);
        till.window->shiftPage()->load();
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(till.window.get(), u"shift-report"_s)->text().contains(u"฿1,097.90"_s), 10000); // expected cash
        shoot(till.window.get(), u"shift-x"_s);
        find<QLineEdit>(till.window.get(), u"shift-cash"_s)->setText(u"1095.00"_s);
        click(till.window.get(), u"shift-close"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(find<QLabel>(till.window.get(), u"shift-report"_s)->text().contains(u"-฿2.90"_s),
                                  qPrintable(find<QLabel>(till.window.get(), u"shift-message"_s)->text() + find<QLabel>(till.window.get(), u"shift-report"_s)->text().right(300)), 10000); // short
        shoot(till.window.get(), u"shift-z"_s);
        QVERIFY(find<QPushButton>(till.window.get(), u"shift-open"_s)->isVisible());
    }

    void aManagerReadsTheSalesReport_data()
    {
        bothLanguages();
    }

    void aManagerReadsTheSalesReport()
    {
        QFETCH(QString, lang);
        setLanguage(lang);
        // Two paid bills today: 97.90 cash and 195.80 card.
        Api c = staffApi(m_fx.url(), u"cashier1"_s);
        CHECK_STATUS(c.postNew(u"/api/v1/payments"_s, {{u"order_id"_s, billAtCheckout(m_fx.url(), u"1"_s)}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"100.00"_s}}), 201);
        CHECK_STATUS(c.postNew(u"/api/v1/payments"_s, {{u"order_id"_s, billAtCheckout(m_fx.url(), u"2"_s, 2)}, {u"method"_s, u"card"_s}, {u"approval_code"_s, u"A1"_s}}), 201);
        Till till = openTill();
        signIn(till, u"manager1"_s);
        auto *from = find<QDateEdit>(till.window.get(), u"reports-from"_s);
        auto *to = find<QDateEdit>(till.window.get(), u"reports-to"_s);
        const QDate day = QDate::fromString(m_fx.server().state().businessDay(m_fx.server().state().now()), Qt::ISODate);
        from->setDate(day);
        to->setDate(day);
        click(till.window.get(), u"nav-reports"_s);
        QTRY_COMPARE(till.window->screen(), MainWindow::Screen::Reports);
        auto *group = find<QComboBox>(till.window.get(), u"reports-group"_s);
        group->setCurrentIndex(group->findData(u"method"_s));
        auto *table = find<QTableWidget>(till.window.get(), u"reports-table"_s);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, 10000);
        QTRY_VERIFY(find<QLabel>(till.window.get(), u"reports-summary"_s)->text().contains(u"฿293.70"_s));
        group->setCurrentIndex(group->findData(u"item"_s));
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 10000);
        QTRY_COMPARE(table->item(0, 1)->text(), u"3"_s); // three pad thai
        QTRY_VERIFY(!find<QLabel>(till.window.get(), u"reports-queue"_s)->text().isEmpty());
        shoot(till.window.get(), u"reports"_s);
    }

    void aWrongPinSaysSoAndStaysOnTheLoginScreen()
    {
        setLanguage(u"en"_s);
        Till till = openTill();
        find<QLineEdit>(till.window.get(), u"username"_s)->setText(u"cashier1"_s);
        click(till.window.get(), u"pin-9"_s);
        click(till.window.get(), u"pin-9"_s);
        click(till.window.get(), u"pin-ok"_s);
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>(till.window.get(), u"login-error"_s)->text(), u"Wrong username or PIN."_s, 10000);
        QCOMPARE(till.window->screen(), MainWindow::Screen::Login);
    }

    void aTillAsksBeforeTrustingAServersCertificate()
    {
        setLanguage(u"en"_s);
        QTemporaryDir certs;
        auto made = server::makeSelfSignedCertificate(certs.path());
        QVERIFY(made);
        m_fx.stop();
        QVERIFY(m_fx.start([&](server::ServerConfig &c) {
            c.tlsCert = made->certPath;
            c.tlsKey = made->keyPath;
        }));
        Till till = openTill();
        const QString server = client::CertificatePins::serverOf(m_fx.url());
        till.ctx->pins.forget(server);
        // The first sign-in meets an unknown certificate: nothing is sent, the fingerprint is shown.
        find<QLineEdit>(till.window.get(), u"username"_s)->setText(u"cashier1"_s);
        for (const QChar c : demoPins().value(u"cashier1"_s))
            click(till.window.get(), u"pin-"_s + c);
        click(till.window.get(), u"pin-ok"_s);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = till.window->findChild<QMessageBox *>(u"certificate-trust"_s)) != nullptr, 10000);
        QVERIFY2(box->informativeText().contains(made->fingerprint), qPrintable(box->informativeText()));
        QCOMPARE(till.window->screen(), MainWindow::Screen::Login);
        shoot(box, u"certificate-trust"_s);
        click(box, u"certificate-trust-yes"_s);
        QCOMPARE(till.ctx->pins.pinned(server), made->fingerprint);
        // Trusted: signing in works over HTTPS and the event stream over WSS.
        signIn(till, u"cashier1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(till.window.get(), u"connection"_s)->text().contains(u"Online"_s), 10000);
        till.ctx->pins.forget(server);
    }

    void aServerThatCannotSaveIsSaidInTheStatusLine()
    {
        if (usingPostgres())
            QSKIP("the full disk is simulated with SQLite's max_page_count");
        setLanguage(u"en"_s);
        Till till = openTill();
        till.window->setHealthInterval(300);
        signIn(till, u"cashier1"_s);
        auto *status = find<QLabel>(till.window.get(), u"connection"_s);
        QTRY_VERIFY(status->text().contains(u"Online"_s));
        QVERIFY(!status->property("serverProblem").toBool());
        // The server's disk fills up: a write fails there, and the till says so in red.
        server::Database &db = m_fx.server().database();
        const qint64 pages = db.scalar(u"PRAGMA page_count"_s)->toLongLong();
        QVERIFY(db.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)).ok());
        Api w = staffApi(m_fx.url(), u"waiter1"_s);
        const QString order = w.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"5"_s}, {u"guests"_s, 2}}).object().value(u"id"_s).toString();
        const QString tea = dishId(till, u"Thai iced tea"_s);
        auto addTea = [&](int i) {
            return w.postNew(u"/api/v1/orders/%1/items"_s.arg(order),
                             {{u"items"_s, QJsonArray{QJsonObject{{u"menu_id"_s, tea}, {u"qty"_s, 1}, {u"note"_s, QString(190, QChar(u'a' + i % 26))}}}}});
        };
        QVERIFY(!order.isEmpty() && !tea.isEmpty());
        int written = 200;
        for (int i = 0; i < 400 && written == 200; ++i)
            written = addTea(i).status;
        QCOMPARE(written, 503);
        QTRY_VERIFY_WITH_TIMEOUT(status->property("serverProblem").toBool(), 10000);
        QVERIFY2(status->text().contains(u"disk is full"_s), qPrintable(status->text()));
        // Space again: the warning goes once a write succeeds.
        QVERIFY(db.exec(u"PRAGMA max_page_count = 1073741823"_s).ok());
        CHECK_STATUS(addTea(0), 200);
        QTRY_VERIFY_WITH_TIMEOUT(!status->property("serverProblem").toBool(), 10000);
        QVERIFY(!status->text().contains(u"disk"_s));
    }
};

QTEST_MAIN(TestUiApp)
#include "tst_ui_app.moc"
