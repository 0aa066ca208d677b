// Taking an order at the till beyond the basics: search, options and notes, void with a manager's
// PIN, discount, moving to another table, and an unsent order offered back after a restart.
#include "guitestbase.h"

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
        QVERIFY2(withEgg.startsWith(u"1 ×"_s) && withEgg.contains(u"Extra egg"_s) && withEgg.contains(u"no peanuts"_s), qPrintable(withEgg));
        // Sending clears the draft: nothing is offered next time.
        click(&window, u"order-send"_s);
        QTRY_VERIFY_WITH_TIMEOUT(ctx.outbox.drafts().isEmpty(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(ctx.outbox.pendingCount(), 0, 10000);
    }
};

QTEST_MAIN(TestUiOrdering)
#include "tst_ui_ordering.moc"
