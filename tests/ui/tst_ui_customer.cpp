// PromptPay in a shop without a bank contract, at the till's window: the shop's own QR for the
// bill (decoded with zbarimg), the guest's transfer slip scanned (typed by a keyboard-wedge
// scanner, Enter at the end — through the Thai keyboard layout too), the same slip refused on the
// next bill naming the receipt it paid, and a manager confirming a transfer without a slip. The
// customer display follows: beside the till (a second window) and on another machine through the
// server. The waiting area's TV shows the number called, chimes, and counts the parties waiting.
// The guests' screens are saved (customer-display-*.png, queue-display.png).
#include "checkoutpage.h"
#include "customerdisplay.h"
#include "orderpage.h"
#include "promptpay/promptpay.h"
#include "queuedisplay.h"
#include "testutil.h"
#include "theme.h"
#include "tilldriver.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;
using namespace tavola::ui;

class TestUiCustomer : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;
    QTemporaryDir m_dir;

    Till till(const QString &role = {}) { return openFreshTill(m_fx.url(), m_dir, role); }

    static void shoot(QWidget *w, const QString &name)
    {
        QApplication::processEvents();
        QTest::qWait(100);
        const QString dir = QStringLiteral(TAVOLA_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        QVERIFY(w->grab().save(u"%1/%2.png"_s.arg(dir, name)));
    }

    static QString text(QWidget *root, const QString &name)
    {
        auto *l = find<QLabel>(root, name);
        return l ? l->text() : QString();
    }

    /// A table's order rung up and billed: the till ends on the checkout.
    void billTable(Till &t, const QString &table, const QStringList &dishes)
    {
        tapTable(t, table);
        for (const QString &d : dishes)
            tapDish(t, d);
        click(t.window.get(), u"order-bill"_s);
        QTRY_COMPARE(t.window->screen(), MainWindow::Screen::Checkout);
        QTRY_COMPARE_WITH_TIMEOUT(t.ctx->store.order(t.window->orderPage()->orderRef())->status, OrderStatus::Checkout, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!t.ctx->store.isPending(t.window->orderPage()->orderRef()), 10000);
    }

    /// What a scanner does: the slip's text typed into the focused field, then Enter.
    static void scan(Till &t, const QString &typed)
    {
        auto *field = find<QLineEdit>(t.window.get(), u"promptpay-slip"_s);
        QVERIFY(field && field->isVisible());
        QTRY_VERIFY(field->hasFocus()); // the cashier need not touch it before scanning
        for (const QChar c : typed) { // key by key, Thai letters too (as the layout delivers them)
            QTest::sendKeyEvent(QTest::Press, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
        QTest::keyClick(field, Qt::Key_Return);
    }

    static QString slip(const QString &ref)
    {
        promptpay::Slip s;
        s.kind = promptpay::Slip::Kind::Bank;
        s.sendingBank = u"014"_s;
        s.transRef = ref;
        return promptpay::buildSlip(s).value();
    }

private slots:
    void initTestCase()
    {
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        QVERIFY(app);
        theme::apply(*app);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QStandardPaths::setTestModeEnabled(true); // the till's own settings go to a test location
        QSettings().clear();
    }
    void cleanup() { m_fx.stop(); }

    void aShopWithoutABankContractTakesPromptPayBySlip()
    {
        QVERIFY(m_fx.start([](server::ServerConfig &c) { c.paymentsSandbox = false; })); // no gateway
        Till t = till();
        t.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(t.window.get()));
        CustomerDisplay *guest = t.window->openCustomerDisplay(nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(guest));
        QVERIFY(t.window->isActiveWindow()); // the guest's screen does not take the till's keyboard
        QVERIFY(guest->loadSecondLanguage(QStringLiteral(TAVOLA_QM_DIR) + u"/tavola_th.qm"_s));
        signIn(t, u"cashier1"_s);
        QVERIFY(!t.ctx->shop().promptpayGateway);
        QCOMPARE(guest->property("stage").toString(), u"idle"_s);
        // The shop's logo above its name, and pictures in turn.
        QImage logo(300, 120, QImage::Format_RGB32);
        logo.fill(QColor(0xb3, 0x38, 0x2c));
        QVERIFY(logo.save(m_dir.filePath(u"logo.png"_s)));
        guest->setLogo(m_dir.filePath(u"logo.png"_s));
        QVERIFY(!find<QLabel>(guest, u"customer-display-logo"_s)->pixmap().isNull());
        QDir().mkpath(m_dir.filePath(u"pictures"_s));
        QVERIFY(logo.scaled(800, 400).save(m_dir.filePath(u"pictures/1.png"_s)));
        guest->setImageFolder(m_dir.filePath(u"pictures"_s));
        QVERIFY(!find<QLabel>(guest, u"customer-display-image"_s)->pixmap().isNull());
        QVERIFY(text(guest, u"customer-display-shop"_s).contains(u"Tavola"_s));
        shoot(guest, u"customer-display-idle"_s);

        // The guest watches the order being rung up, in Thai and English.
        tapTable(t, u"3"_s);
        tapDish(t, u"Pad thai with shrimp"_s);
        tapDish(t, u"Pad thai with shrimp"_s);
        tapDish(t, u"Thai iced tea"_s);
        QTRY_COMPARE(guest->property("stage").toString(), u"order"_s);
        QTRY_VERIFY(text(guest, u"customer-display-lines"_s).contains(u"Pad thai with shrimp"_s));
        QVERIFY(text(guest, u"customer-display-lines"_s).contains(u"ผัดไทย"_s));
        QVERIFY(text(guest, u"customer-display-total"_s).contains(u"245.30"_s)); // 223.00 + 10 % service
        QVERIFY(text(guest, u"customer-display-total"_s).contains(u"ยอดรวม"_s));
        shoot(guest, u"customer-display-order"_s);
        click(t.window.get(), u"order-bill"_s);
        QTRY_COMPARE(t.window->screen(), MainWindow::Screen::Checkout);
        QTRY_COMPARE_WITH_TIMEOUT(t.ctx->store.order(t.window->orderPage()->orderRef())->status, OrderStatus::Checkout, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!t.ctx->store.isPending(t.window->orderPage()->orderRef()), 10000);

        // PromptPay: the shop's own QR for the bill, on the till and large on the guest's screen.
        click(t.window.get(), u"method-promptpay"_s);
        auto *qr = find<QLabel>(t.window.get(), u"promptpay-qr"_s);
        QTRY_VERIFY(!qr->pixmap().isNull());
        const QString expected = promptpay::buildForInput(u"0812345678"_s, Money::fromSatang(24530)).value();
        QCOMPARE(zbarDecode(qr->pixmap().toImage()), expected);
        QTRY_COMPARE(guest->property("stage").toString(), u"promptpay"_s);
        QCOMPARE(zbarDecode(find<QLabel>(guest, u"customer-display-qr"_s)->pixmap().toImage()), expected);
        QVERIFY(text(guest, u"customer-display-qr-amount"_s).contains(u"245.30"_s));
        shoot(t.window.get(), u"checkout-promptpay-at-till"_s);
        shoot(guest, u"customer-display-promptpay"_s);

        // Not a slip: said plainly, nothing paid.
        scan(t, u"https://example.com/menu"_s);
        QTRY_VERIFY(text(t.window.get(), u"checkout-message"_s).contains(u"not a transfer slip"_s));
        QVERIFY(!find<QWidget>(t.window.get(), u"checkout-paid"_s)->isVisible());

        // The guest's slip, scanned while the till's keyboard is on the Thai layout: paid.
        const QString first = slip(u"0141234567890ABC"_s);
        scan(t, promptpay::toThaiKeyboard(first));
        QTRY_VERIFY_WITH_TIMEOUT(text(t.window.get(), u"checkout-paid-receipt"_s).contains(u"POS01-000001"_s), 10000);
        QVERIFY(text(t.window.get(), u"checkout-paid-change"_s).contains(u"PromptPay"_s));
        QTRY_COMPARE(guest->property("stage").toString(), u"paid"_s);
        QVERIFY(text(guest, u"customer-display-paid"_s).contains(u"thank you"_s));
        QVERIFY(text(guest, u"customer-display-paid"_s).contains(u"ขอบคุณ"_s));
        shoot(guest, u"customer-display-paid"_s);
        click(t.window.get(), u"checkout-finish"_s);
        QTRY_COMPARE(guest->property("stage").toString(), u"idle"_s);

        // The same slip on the next bill: refused, naming the receipt it paid and when.
        billTable(t, u"4"_s, {u"Thai iced tea"_s});
        click(t.window.get(), u"method-promptpay"_s);
        scan(t, first);
        QTRY_VERIFY_WITH_TIMEOUT(text(t.window.get(), u"checkout-message"_s).contains(u"already paid receipt POS01-000001 at"_s), 10000);
        QVERIFY(!find<QWidget>(t.window.get(), u"checkout-paid"_s)->isVisible());
        shoot(t.window.get(), u"checkout-slip-reused"_s);

        // No slip: the cashier needs a manager's PIN — a cashier's own PIN does not do.
        auto *pin = find<QLineEdit>(t.window.get(), u"promptpay-manager-pin"_s);
        QVERIFY(pin->isVisible());
        click(t.window.get(), u"promptpay-staff"_s);
        QTRY_VERIFY(text(t.window.get(), u"checkout-message"_s).contains(u"manager enters their PIN"_s));
        pin->setText(demoPins().value(u"cashier1"_s));
        click(t.window.get(), u"promptpay-staff"_s);
        QTRY_VERIFY_WITH_TIMEOUT(text(t.window.get(), u"checkout-message"_s).contains(u"manager"_s, Qt::CaseInsensitive), 10000);
        QVERIFY(!find<QWidget>(t.window.get(), u"checkout-paid"_s)->isVisible());
        pin->setText(demoPins().value(u"manager1"_s));
        click(t.window.get(), u"promptpay-staff"_s);
        QTRY_VERIFY_WITH_TIMEOUT(text(t.window.get(), u"checkout-paid-receipt"_s).contains(u"POS01-000002"_s), 10000);
        Api manager = staffApi(m_fx.url(), u"manager1"_s);
        const QJsonArray payments =
            manager.get(u"/api/v1/orders/%1/payments"_s.arg(t.window->orderPage()->orderRef())).object().value(u"payments"_s).toArray();
        QCOMPARE(payments.first().toObject().value(u"confirmation"_s).toString(), u"staff"_s);
    }

    void aCustomerDisplayOnAnotherMachineFollowsItsTill()
    {
        QVERIFY(m_fx.start());
        Till t = till();
        t.window->setTillName(u"front"_s);
        signIn(t, u"cashier1"_s);

        // The display machine: its own context, signed in as a staff account, following "front".
        AppContext ctx(m_fx.url(), m_dir.filePath(u"display/outbox.db"_s));
        CustomerDisplay display(&ctx);
        display.resize(1024, 600);
        display.show();
        bool signedIn = false;
        ctx.api.loginWithPin(u"waiter1"_s, demoPins().value(u"waiter1"_s), &display, [&](Result<client::AuthSession> r) {
            QVERIFY(r);
            display.follow(u"front"_s);
            ctx.startSession();
            signedIn = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(signedIn, 10000);

        tapTable(t, u"5"_s);
        tapDish(t, u"Thai iced tea"_s);
        tapDish(t, u"Thai iced tea"_s);
        QTRY_COMPARE_WITH_TIMEOUT(display.property("stage").toString(), u"order"_s, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(text(&display, u"customer-display-lines"_s).contains(u"2 ×"_s), 10000);
        QVERIFY(text(&display, u"customer-display-header"_s).contains(u"T5"_s));

        click(t.window.get(), u"order-bill"_s);
        QTRY_COMPARE(t.window->screen(), MainWindow::Screen::Checkout);
        QTRY_COMPARE_WITH_TIMEOUT(t.ctx->store.order(t.window->orderPage()->orderRef())->status, OrderStatus::Checkout, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!t.ctx->store.isPending(t.window->orderPage()->orderRef()), 10000);
        // With the sandbox gateway: the bank's QR and its countdown reach the guest.
        click(t.window.get(), u"method-promptpay"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!t.window->checkoutPage()->promptPayPaymentId().isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(display.property("stage").toString(), u"promptpay"_s, 10000);
        QTRY_VERIFY(text(&display, u"customer-display-countdown"_s).contains(u"left"_s));
        QCOMPARE(zbarDecode(find<QLabel>(&display, u"customer-display-qr"_s)->pixmap().toImage()), display.view().qrPayload);
        // The guest pays cash after all.
        click(t.window.get(), u"method-cash"_s);
        QTRY_COMPARE_WITH_TIMEOUT(display.property("stage").toString(), u"order"_s, 10000);
        find<QLineEdit>(t.window.get(), u"cash-received"_s)->setText(u"500"_s);
        click(t.window.get(), u"cash-pay"_s);
        QTRY_COMPARE_WITH_TIMEOUT(display.property("stage").toString(), u"paid"_s, 10000);
        QTRY_VERIFY(text(&display, u"customer-display-change"_s).contains(u"401.00"_s)); // 500 − (2 × 45 + 10 %)

        // A display that starts late shows the till's screen at once.
        CustomerDisplay late(&ctx);
        late.follow(u"front"_s);
        QTRY_COMPARE_WITH_TIMEOUT(late.property("stage").toString(), u"paid"_s, 10000);
    }

    void aManagerSaysWhereTheCustomerDisplayGoes()
    {
        QVERIFY(m_fx.start());
        Till t = till();
        signIn(t, u"manager1"_s);
        click(t.window.get(), u"nav-settings"_s);
        auto *where = find<QComboBox>(t.window.get(), u"settings-customer-screen"_s);
        QCOMPARE(where->currentData().toString(), u"auto"_s); // a second screen when there is one
        where->setCurrentIndex(where->findData(u"off"_s));
        auto *name = find<QLineEdit>(t.window.get(), u"settings-till-name"_s);
        QTest::keyClicks(name, u"front desk"_s); // a space is not part of a till's name
        QCOMPARE(name->text(), u"frontdesk"_s);
        click(t.window.get(), u"settings-save-till"_s);
        QSettings till;
        QCOMPARE(till.value(u"customer_display/screen"_s).toString(), u"off"_s);
        QCOMPARE(till.value(u"till/name"_s).toString(), u"frontdesk"_s);
    }

    void theWaitingAreaSeesTheNumberCalled()
    {
        QVERIFY(m_fx.start());
        Api pub(m_fx.url());
        for (const int party : {2, 1, 4, 6})
            CHECK_STATUS(pub.post(u"/api/v1/queue-tickets"_s, {{u"party_size"_s, party}}), 201); // A001 A002 B001 C001
        Till tv = till(u"queue-display"_s);
        tv.window->resize(1366, 768);
        QVERIFY(tv.window->queueDisplay()->loadSecondLanguage(QStringLiteral(TAVOLA_QM_DIR) + u"/tavola_th.qm"_s));
        signIn(tv, u"waiter1"_s);
        QCOMPARE(tv.window->screen(), MainWindow::Screen::QueueDisplay);
        QueueDisplay *board = tv.window->queueDisplay();
        board->setSound(false); // the count is what the test hears
        QTRY_VERIFY(text(board, u"queue-display-waiting-A"_s).contains(u"40pt'>2<"_s));
        QVERIFY(text(board, u"queue-display-waiting-B"_s).contains(u"40pt'>1<"_s));
        QVERIFY(text(board, u"queue-display-waiting-C"_s).contains(u"40pt'>1<"_s));
        QVERIFY(text(board, u"queue-display-title"_s).contains(u"Now calling"_s));
        QVERIFY(text(board, u"queue-display-title"_s).contains(u"กำลังเรียกคิว"_s));
        QCOMPARE(board->chimes(), 0);

        // The host calls A001: it fills the screen, with a chime; then B001, and A001 moves down.
        Api host = staffApi(m_fx.url(), u"waiter1"_s);
        CHECK_STATUS(host.post(u"/api/v1/queue-tickets/A001/call"_s), 200);
        QTRY_COMPARE_WITH_TIMEOUT(text(board, u"queue-display-now"_s), u"A001"_s, 10000);
        QCOMPARE(board->chimes(), 1);
        QTRY_VERIFY(text(board, u"queue-display-waiting-A"_s).contains(u"40pt'>1<"_s));
        QTest::qWait(1100); // called a second later
        CHECK_STATUS(host.post(u"/api/v1/queue-tickets/B001/call"_s), 200);
        QTRY_COMPARE_WITH_TIMEOUT(text(board, u"queue-display-now"_s), u"B001"_s, 10000);
        QCOMPARE(board->chimes(), 2);
        QVERIFY(text(board, u"queue-display-before"_s).contains(u"A001"_s));
        QTRY_VERIFY(text(board, u"queue-display-waiting-B"_s).contains(u"40pt'>0<"_s));
        // Seated: no longer called.
        CHECK_STATUS(host.post(u"/api/v1/queue-tickets/A001/seat"_s, {{u"table_id"_s, u"7"_s}}), 200);
        QTRY_VERIFY_WITH_TIMEOUT(!text(board, u"queue-display-before"_s).contains(u"A001"_s), 10000);
        QCOMPARE(board->chimes(), 2);
        QVERIFY(!find<QWidget>(tv.window.get(), u"nav-floor"_s)->isVisible()); // a guest's screen: no staff buttons
        QVERIFY2(tv.window->height() <= 768, qPrintable(QString::number(tv.window->height()))); // fits a 1366×768 TV
        shoot(tv.window.get(), u"queue-display"_s);
    }
};

QTEST_MAIN(TestUiCustomer)
#include "tst_ui_customer.moc"
