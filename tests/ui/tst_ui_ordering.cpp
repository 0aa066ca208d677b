// Taking an order at the till beyond the basics: search, options and notes, void with a manager's
// PIN, discount, moving to another table, and an unsent order offered back after a restart.
#include "guitestbase.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;
using namespace tavola::ui;

class TestUiOrdering : public GuiTestBase
{
    Q_OBJECT

private slots:
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
        QVERIFY2(withEgg.startsWith(u"1 ×"_s) && withEgg.contains(u"Extra egg"_s) && withEgg.contains(u"no peanuts"_s),
                 qPrintable(withEgg));
        // Sending clears the draft: nothing is offered next time.
        click(&window, u"order-send"_s);
        QTRY_VERIFY_WITH_TIMEOUT(ctx.outbox.drafts().isEmpty(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(ctx.outbox.pendingCount(), 0, 10000);
    }

    // A shop that rounds cash to the quarter baht: the till asks the rounded amount for cash, with
    // the rounding said, and the exact total for PromptPay; the server records the same.
    void cashIsRoundedAtTheTillAndPromptPayIsExact()
    {
        setLanguage(u"en"_s);
        Api m = staffApi(m_fx.url(), u"manager1"_s);
        CHECK_STATUS(m.request("PUT", u"/api/v1/settings"_s,
                               {{u"prices_include_vat"_s, false},
                                {u"vat_percent"_s, u"7"_s},
                                {u"service_charge_percent"_s, u"0"_s},
                                {u"cash_rounding"_s, u"0.25"_s}}),
                     200);
        Till till = openTill();
        signIn(till, u"cashier1"_s);
        QTRY_COMPARE(till.ctx->shop().tax.cashRounding, CashRounding::Quarter);
        tapTable(till, u"7"_s);
        tapDish(till, u"Pork siu mai"_s);
        tapDish(till, u"Thai iced tea"_s);
        tapDish(till, u"Thai iced tea"_s);
        click(till.window.get(), u"order-bill"_s);
        QTRY_COMPARE_WITH_TIMEOUT(till.window->screen(), MainWindow::Screen::Checkout, 10000);
        OrderPage *page = till.window->orderPage();
        QTRY_VERIFY_WITH_TIMEOUT(!till.ctx->store.isPending(page->orderRef()), 10000);
        const Money total = till.ctx->store.order(page->orderRef())->totals.total;
        QCOMPARE(total.toString(), u"155.15"_s); // 145 + 7 % VAT
        const CashDue cash = cashDue(total, CashRounding::Quarter);
        QVERIFY(!cash.rounding.isZero());
        auto *due = find<QLabel>(till.window.get(), u"checkout-due"_s);
        QTRY_VERIFY2(due->text().contains(cash.due.toString()) && due->text().contains(cash.rounding.toString()), qPrintable(due->text()));
        click(till.window.get(), u"method-promptpay"_s);
        QTRY_VERIFY2(due->text().contains(total.toString()) && !due->text().contains(cash.due.toString()), qPrintable(due->text()));
        shoot(till.window.get(), u"checkout-rounding-promptpay"_s);
        click(till.window.get(), u"method-cash"_s);
        QTRY_VERIFY(due->text().contains(cash.due.toString()));
        click(till.window.get(), u"cash-exact"_s);
        QCOMPARE(find<QLineEdit>(till.window.get(), u"cash-received"_s)->text(), cash.due.toString());
        click(till.window.get(), u"cash-pay"_s);
        QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>(till.window.get(), u"checkout-paid"_s)->isVisible(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(till.ctx->outbox.pendingCount(), 0, 10000);
        const QString orderId = till.ctx->outbox.resolve(page->orderRef());
        // Showing PromptPay asked the gateway for a QR of the exact total; the cash payment then
        // settled the bill with the rounded amount and the QR was withdrawn.
        QJsonObject qr, paid;
        for (const auto &v : m.get(u"/api/v1/orders/%1/payments"_s.arg(orderId)).object().value(u"payments"_s).toArray())
            (v.toObject().value(u"method"_s).toString() == u"promptpay"_s ? qr : paid) = v.toObject();
        QCOMPARE(qr.value(u"amount"_s).toString(), total.toString());
        QVERIFY(qr.value(u"qr_payload"_s).toString().contains(u"5406155.15"_s)); // tag 54: the amount in the QR
        QCOMPARE(qr.value(u"status"_s).toString(), u"FAILED"_s);
        QCOMPARE(paid.value(u"method"_s).toString(), u"cash"_s);
        QCOMPARE(paid.value(u"status"_s).toString(), u"PAID"_s);
        QCOMPARE(paid.value(u"amount"_s).toString(), cash.due.toString());
        QCOMPARE(paid.value(u"cash_rounding"_s).toString(), cash.rounding.toString());
    }

    // The till's own disk refuses a write (here another program holds the outbox's lock): the
    // cashier sees that the order is not saved on this till, and it is saved again once it can be.
    void aFailedWriteOnTheTillIsShown()
    {
        setLanguage(u"en"_s);
        const QString outbox = m_dir.filePath(u"locked-till/outbox.db"_s);
        Till till = openTill({}, outbox);
        signIn(till, u"cashier1"_s);
        tapTable(till, u"8"_s);
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-program"_s);
            other.setDatabaseName(outbox);
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));
            tapDish(till, u"Thai iced tea"_s);
            auto *state = find<QLabel>(till.window.get(), u"order-state"_s);
            QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(u"Not saved on this till"_s), 15000);
            QVERIFY2(!state->text().contains(u"server"_s), qPrintable(state->text())); // it is the till's own storage
            auto *status = find<QLabel>(till.window.get(), u"connection"_s);
            QVERIFY2(status->text().contains(u"Not saved on this till"_s) && !status->text().contains(u"All saved"_s),
                     qPrintable(status->text()));
            QCOMPARE(till.window->width(), 1280); // the warning wraps; the window stays the till's width
            shoot(till.window.get(), u"order-not-saved"_s);
            QVERIFY(lock.exec(u"ROLLBACK"_s));
            other.close();
        }
        QSqlDatabase::removeDatabase(u"other-program"_s);
        tapDish(till, u"Thai iced tea"_s);
        const auto carts = till.ctx->outbox.carts();
        QCOMPARE(carts.size(), 1);
        QCOMPARE(carts.first().first, u"8"_s);
        QCOMPARE(carts.first().second.items.value(0).qty, 2);
        QVERIFY(!find<QLabel>(till.window.get(), u"order-state"_s)->text().startsWith(u"Not saved"_s));
        QVERIFY(!find<QLabel>(till.window.get(), u"connection"_s)->text().contains(u"Not saved"_s));
    }
};

QTEST_MAIN(TestUiOrdering)
#include "tst_ui_ordering.moc"
