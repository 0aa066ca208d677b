// Bills paid the way Thai tables pay, through the main window: a table of six splits its bill
// evenly three ways and pays two parts in cash and one by card with a tip; the till shows what is
// paid so far and what is still due after every tender, and prints one receipt listing them all.
#include "guitestbase.h"

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;
using namespace tavola::ui;

class TestUiBills : public GuiTestBase
{
    Q_OBJECT

private slots:
    void aTableOfSixSplitsTheBillThreeWays()
    {
        setLanguage(u"en"_s);
        Till till = openTill();
        const QString printerFile = m_dir.filePath(u"split-receipt.bin"_s);
        till.ctx->setPrinter(u"file://"_s + printerFile, u"escpos-80-text"_s, false);
        signIn(till, u"cashier1"_s);
        tapTable(till, u"3"_s);
        for (int i = 0; i < 6; ++i)
            tapDish(till, u"Pad thai with shrimp"_s);
        click(till.window.get(), u"order-bill"_s);
        QTRY_COMPARE_WITH_TIMEOUT(till.window->screen(), MainWindow::Screen::Checkout, 10000);
        OrderPage *page = till.window->orderPage();
        QTRY_VERIFY_WITH_TIMEOUT(!till.ctx->store.isPending(page->orderRef()), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!client::Outbox::isLocal(till.ctx->outbox.resolve(page->orderRef())), 10000);
        const QString orderId = till.ctx->outbox.resolve(page->orderRef());
        QCOMPARE(till.ctx->store.order(orderId)->totals.total.toString(), u"587.40"_s); // 6 × 89 + 10 % service

        QWidget *w = till.window.get();
        auto *due = find<QLabel>(w, u"checkout-due"_s);
        auto *part = find<QLineEdit>(w, u"checkout-part"_s);
        auto *message = find<QLabel>(w, u"checkout-message"_s);
        // More than is due is refused at the till, before anything reaches the server.
        part->setText(u"600"_s);
        click(w, u"method-card"_s);
        find<QLineEdit>(w, u"card-approval"_s)->setText(u"A1"_s);
        click(w, u"card-pay"_s);
        QTRY_VERIFY2(message->text().contains(u"more than"_s), qPrintable(message->text()));
        part->clear();
        click(w, u"method-cash"_s);

        // Split evenly three ways: each part is a third of the bill.
        QVERIFY(find<QWidget>(w, u"checkout-parts"_s)->isVisible());
        click(w, u"split-more"_s);
        click(w, u"split-more"_s);
        QCOMPARE(find<QLabel>(w, u"split-parts"_s)->text(), u"3"_s);
        QCOMPARE(part->text(), u"195.80"_s);
        QVERIFY2(due->text().contains(u"195.80"_s) && due->text().contains(u"587.40"_s), qPrintable(due->text()));
        shoot(w, u"checkout-split"_s);

        // Part one: cash, ฿200 given.
        click(w, u"cash-200"_s);
        QVERIFY2(find<QLabel>(w, u"cash-change"_s)->text().contains(u"4.20"_s), qPrintable(find<QLabel>(w, u"cash-change"_s)->text()));
        click(w, u"cash-pay"_s);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"next part"_s), 10000);
        QVERIFY2(message->text().contains(u"4.20"_s), qPrintable(message->text())); // the change of this part
        auto *paidSoFar = find<QLabel>(w, u"checkout-paid-so-far"_s);
        QTRY_VERIFY_WITH_TIMEOUT(paidSoFar->text().contains(u"Paid so far ฿195.80 of ฿587.40"_s), 10000);
        QCOMPARE(find<QLabel>(w, u"split-parts"_s)->text(), u"2"_s);
        QCOMPARE(part->text(), u"195.80"_s);
        QVERIFY(!find<QWidget>(w, u"checkout-paid"_s)->isVisible());

        // Part two: cash, exact.
        click(w, u"cash-exact"_s);
        QCOMPARE(find<QLineEdit>(w, u"cash-received"_s)->text(), u"195.80"_s);
        click(w, u"cash-pay"_s);
        QTRY_VERIFY_WITH_TIMEOUT(paidSoFar->text().contains(u"Paid so far ฿391.60"_s), 10000);
        QCOMPARE(find<QLabel>(w, u"split-parts"_s)->text(), u"1"_s);
        QVERIFY(part->text().isEmpty()); // the last part: all that is left

        // Part three: card, with a ฿20 tip on top.
        click(w, u"method-card"_s);
        QVERIFY(find<QLineEdit>(w, u"checkout-tip"_s)->isVisible());
        find<QLineEdit>(w, u"checkout-tip"_s)->setText(u"20"_s);
        QVERIFY2(due->text().contains(u"215.80"_s), qPrintable(due->text())); // what the terminal charges
        find<QLineEdit>(w, u"card-approval"_s)->setText(u"A77"_s);
        shoot(w, u"checkout-split-card-tip"_s);
        click(w, u"card-pay"_s);
        QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>(w, u"checkout-paid"_s)->isVisible(), 10000);
        QVERIFY2(find<QLabel>(w, u"checkout-paid-receipt"_s)->text().contains(u"POS01-"_s),
                 qPrintable(find<QLabel>(w, u"checkout-paid-receipt"_s)->text()));
        QVERIFY(!due->text().contains(u"Not enough"_s) && !message->text().contains(u"more needed"_s));
        // The paid bill does not go on showing what the first two parts had paid, nor offers to
        // split or pay in parts what is no longer due.
        QVERIFY2(paidSoFar->text().isEmpty(), qPrintable(paidSoFar->text()));
        QVERIFY(!find<QWidget>(w, u"checkout-parts"_s)->isVisible());
        QVERIFY(!find<QPushButton>(w, u"split-more"_s)->isVisible());
        QCOMPARE(w->height(), 800); // nothing grew the window past the screen
        shoot(w, u"checkout-split-paid"_s);

        // The server has three tenders adding up to the bill, the tip beside them.
        Api m = staffApi(m_fx.url(), u"manager1"_s);
        const QJsonObject order = m.get(u"/api/v1/orders/"_s + orderId).object();
        QCOMPARE(order.value(u"status"_s).toString(), u"PAID"_s);
        QCOMPARE(order.value(u"total"_s).toString(), u"587.40"_s);
        const QJsonArray payments = m.get(u"/api/v1/orders/%1/payments"_s.arg(orderId)).object().value(u"payments"_s).toArray();
        QCOMPARE(payments.size(), 3);
        QStringList methods;
        for (const auto &v : payments) {
            QCOMPARE(v.toObject().value(u"amount"_s).toString(), u"195.80"_s);
            methods << v.toObject().value(u"method"_s).toString();
        }
        QCOMPARE(methods, (QStringList{u"cash"_s, u"cash"_s, u"card"_s}));
        QCOMPARE(payments.last().toObject().value(u"tip"_s).toString(), u"20.00"_s);

        // One receipt for the bill, listing each tender and the tip.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(printerFile).size() > 100, 15000);
        QFile printed(printerFile);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        const QByteArray bytes = printed.readAll();
        QCOMPARE(bytes.count(order.value(u"receipt_number"_s).toString().toLatin1()), 2); // its number and its barcode
        QCOMPARE(bytes.count("(195.80)"), 2); // each cash part: what it paid, then what was handed over
        QVERIFY(bytes.contains("200.00"));
        QVERIFY(bytes.contains("A77"));
        QVERIFY(bytes.contains("20.00"));
        QVERIFY(bytes.contains("4.20")); // the first part's change
    }

    void aGuestPaysTheirDishOnASeparateCheck()
    {
        setLanguage(u"en"_s);
        Till till = openTill();
        signIn(till, u"cashier1"_s);
        QWidget *w = till.window.get();
        tapTable(till, u"5"_s);
        tapDish(till, u"Pad thai with shrimp"_s);
        tapDish(till, u"Pad thai with shrimp"_s);
        tapDish(till, u"Thai iced tea"_s);
        click(w, u"order-send"_s);
        QTRY_COMPARE_WITH_TIMEOUT(till.ctx->outbox.pendingCount(), 0, 10000);
        OrderPage *page = till.window->orderPage();
        QTRY_VERIFY_WITH_TIMEOUT(!client::Outbox::isLocal(till.ctx->outbox.resolve(page->orderRef())), 10000);
        const QString first = till.ctx->outbox.resolve(page->orderRef());
        QTRY_COMPARE_WITH_TIMEOUT(till.ctx->store.order(first)->items.size(), 2, 10000);
        // One of the pad thais goes on a check of its own.
        QString pad;
        for (const OrderLine &l : till.ctx->store.order(first)->items)
            if (l.name == u"Pad thai with shrimp"_s)
                pad = l.id;
        page->selectLine(u"sent:"_s + pad);
        click(w, u"line-split"_s);
        QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>(w, u"order-checks"_s)->isVisible(), 10000);
        const QStringList checks = till.ctx->store.tables()->find(u"5"_s)->orderIds;
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.first(), first);
        const QString second = checks.last();
        QTRY_VERIFY_WITH_TIMEOUT(till.ctx->store.order(second) && till.ctx->store.order(second)->totals.total.toString() == u"97.90"_s,
                                 10000);
        QTRY_COMPARE_WITH_TIMEOUT(till.ctx->store.order(first)->totals.total.toString(), u"147.40"_s, 10000); // 89 + 45 + 10 %
        shoot(w, u"order-checks"_s);

        // The new check is billed and paid on its own; the table stays taken for the other.
        click(w, u"order-check-"_s + second);
        QCOMPARE(till.ctx->outbox.resolve(page->orderRef()), second);
        click(w, u"order-bill"_s);
        QTRY_COMPARE_WITH_TIMEOUT(till.window->screen(), MainWindow::Screen::Checkout, 10000);
        click(w, u"cash-exact"_s);
        click(w, u"cash-pay"_s);
        QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>(w, u"checkout-paid"_s)->isVisible(), 10000);
        click(w, u"checkout-finish"_s);
        QTRY_VERIFY_WITH_TIMEOUT(till.ctx->store.tables()->find(u"5"_s)->orderIds == QStringList{first}, 10000);
        QVERIFY(till.ctx->store.tables()->find(u"5"_s)->status != TableStatus::Cleaning);
        // Then the first.
        tapTable(till, u"5"_s);
        QCOMPARE(till.ctx->outbox.resolve(page->orderRef()), first);
        QVERIFY(!find<QWidget>(w, u"order-checks"_s)->isVisible());
        click(w, u"order-bill"_s);
        QTRY_COMPARE_WITH_TIMEOUT(till.window->screen(), MainWindow::Screen::Checkout, 10000);
        click(w, u"cash-exact"_s);
        click(w, u"cash-pay"_s);
        QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>(w, u"checkout-paid"_s)->isVisible(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(till.ctx->store.tables()->find(u"5"_s)->status, TableStatus::Cleaning, 10000);
        Api m = staffApi(m_fx.url(), u"manager1"_s);
        QCOMPARE(m.get(u"/api/v1/orders/"_s + first).object().value(u"status"_s).toString(), u"PAID"_s);
        QCOMPARE(m.get(u"/api/v1/orders/"_s + second).object().value(u"status"_s).toString(), u"PAID"_s);
    }

    // The split screen: dishes tapped or dragged onto checks, one of a line at a time or whole
    // lines; then another table's bill dragged onto this one on the floor plan (asked first), and
    // a dish sent on to a third table.
    void aTableSplitsOnTheSplitScreenJoinsAnotherAndMovesADish()
    {
        setLanguage(u"en"_s);
        Till till = openTill();
        signIn(till, u"cashier1"_s);
        QWidget *w = till.window.get();
        OrderPage *page = till.window->orderPage();
        tapTable(till, u"6"_s);
        for (const QString &dish :
             {u"Pad thai with shrimp"_s, u"Pad thai with shrimp"_s, u"Thai iced tea"_s, u"Thai iced tea"_s, u"Crab fried rice"_s})
            tapDish(till, dish);
        QVERIFY(!find<QWidget>(w, u"order-split"_s)->isVisible()); // nothing sent yet: nothing to split
        click(w, u"order-send"_s);
        QTRY_COMPARE_WITH_TIMEOUT(till.ctx->outbox.pendingCount(), 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!client::Outbox::isLocal(till.ctx->outbox.resolve(page->orderRef())), 10000);
        const QString first = till.ctx->outbox.resolve(page->orderRef());
        QTRY_COMPARE_WITH_TIMEOUT(till.ctx->store.order(first)->items.size(), 3, 10000);
        QHash<QString, QString> line; // dish → line id
        for (const OrderLine &l : till.ctx->store.order(first)->items)
            line.insert(l.name, l.id);

        QTRY_VERIFY(find<QWidget>(w, u"order-split"_s)->isVisible());
        click(w, u"order-split"_s);
        QCOMPARE(till.window->screen(), MainWindow::Screen::Split);
        SplitPage *split = till.window->splitPage();
        QCOMPARE(split->checkCount(), 2);
        auto *thisBill = find<QListWidget>(w, u"split-list-0"_s);
        QCOMPARE(thisBill->count(), 3);
        QVERIFY(find<QListWidget>(w, u"split-list-1"_s)->count() == 0);
        auto rowOf = [](QListWidget *list, const QString &lineId) -> QListWidgetItem * {
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->data(Qt::UserRole).toString() == lineId)
                    return list->item(i);
            return nullptr;
        };
        // "Move here" before choosing a dish says what to do.
        click(w, u"split-here-1"_s);
        QVERIFY2(find<QLabel>(w, u"split-message"_s)->text().contains(u"Tap a dish first"_s),
                 qPrintable(find<QLabel>(w, u"split-message"_s)->text()));
        // A pad thai by tapping it, then "Move here" on check 2: one of the two moves.
        QListWidgetItem *pad = rowOf(thisBill, line[u"Pad thai with shrimp"_s]);
        QVERIFY(pad);
        QTest::mouseClick(thisBill->viewport(), Qt::LeftButton, {}, thisBill->visualItemRect(pad).center());
        click(w, u"split-here-1"_s);
        QCOMPARE(split->check(0).value(line[u"Pad thai with shrimp"_s]), 1);
        QCOMPARE(split->check(1).value(line[u"Pad thai with shrimp"_s]), 1);
        // An iced tea dropped onto check 2 (what a drag from the bill's column delivers).
        auto drop = [](QListWidget *onto, int from, const QString &lineId) {
            QMimeData mime;
            mime.setData(u"application/x-tavola-split-line"_s, u"%1:%2"_s.arg(from).arg(lineId).toUtf8());
            QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(onto->viewport(), &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent event(QPointF(20, 20), Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(onto->viewport(), &event);
            QVERIFY(event.isAccepted());
        };
        drop(find<QListWidget>(w, u"split-list-1"_s), 0, line[u"Thai iced tea"_s]);
        QTRY_COMPARE(split->check(1).value(line[u"Thai iced tea"_s]), 1);
        QTRY_COMPARE(find<QListWidget>(w, u"split-list-1"_s)->count(), 2);
        QCOMPARE(find<QLabel>(w, u"split-total-1"_s)->text(), u"Total ฿147.40"_s); // (89 + 45) + 10 % service
        // A third check takes the crab fried rice as a whole line.
        click(w, u"split-add"_s);
        QCOMPARE(split->checkCount(), 3);
        click(w, u"split-whole"_s);
        drop(find<QListWidget>(w, u"split-list-2"_s), 0, line[u"Crab fried rice"_s]);
        QTRY_COMPARE(find<QListWidget>(w, u"split-list-2"_s)->count(), 1);
        QCOMPARE(find<QLabel>(w, u"split-total-2"_s)->text(), u"Total ฿108.90"_s);
        QCOMPARE(find<QLabel>(w, u"split-total-0"_s)->text(), u"Total ฿147.40"_s);
        QVERIFY(find<QPushButton>(w, u"split-confirm"_s)->text().startsWith(u"Split into 3 check"_s));
        shoot(w, u"split"_s);
        click(w, u"split-confirm"_s);
        QTRY_COMPARE_WITH_TIMEOUT(till.window->screen(), MainWindow::Screen::Order, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(till.ctx->store.tables()->find(u"6"_s)->orderIds.size(), 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>(w, u"order-checks"_s)->isVisible(), 10000);
        const QStringList checks = till.ctx->store.tables()->find(u"6"_s)->orderIds;
        QCOMPARE(checks.first(), first);
        Api m = staffApi(m_fx.url(), u"manager1"_s);
        QStringList totals;
        for (const QString &id : checks)
            totals << m.get(u"/api/v1/orders/"_s + id).object().value(u"total"_s).toString();
        QCOMPARE(totals, (QStringList{u"147.40"_s, u"147.40"_s, u"108.90"_s}));

        // Table 8 orders a dessert; on the floor, its bill is dragged onto table 6: asked first.
        click(w, u"order-back"_s);
        tapTable(till, u"8"_s);
        tapDish(till, u"Mango sticky rice"_s);
        click(w, u"order-send"_s);
        QTRY_COMPARE_WITH_TIMEOUT(till.ctx->outbox.pendingCount(), 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!client::Outbox::isLocal(till.ctx->outbox.resolve(page->orderRef())), 10000);
        const QString eight = till.ctx->outbox.resolve(page->orderRef());
        click(w, u"order-back"_s);
        QTRY_COMPARE_WITH_TIMEOUT(till.ctx->store.tables()->find(u"8"_s)->orderId, eight, 10000);
        FloorPlanView *view = till.window->floorPlan();
        auto dragTable = [&](const QString &fromTable, const QString &toTable) {
            const QPoint from = view->mapFromScene(view->item(fromTable)->sceneBoundingRect().center());
            const QPoint to = view->mapFromScene(view->item(toTable)->sceneBoundingRect().center());
            QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
            QMouseEvent move(QEvent::MouseMove, to, view->viewport()->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(view->viewport(), &move);
            QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
        };
        // Said no to: nothing changes.
        dragTable(u"8"_s, u"6"_s);
        QTRY_VERIFY(w->findChild<QMessageBox *>(u"merge-confirm"_s));
        auto *ask = w->findChild<QMessageBox *>(u"merge-confirm"_s);
        QVERIFY2(ask->text().contains(u"table T8"_s) && ask->text().contains(u"table T6"_s), qPrintable(ask->text()));
        ask->findChild<QPushButton *>(u"merge-no"_s)->click();
        QTRY_VERIFY(!w->findChild<QMessageBox *>(u"merge-confirm"_s));
        QCOMPARE(m.get(u"/api/v1/orders/"_s + eight).object().value(u"status"_s).toString(), u"SERVING"_s);
        // Said yes to: table 8's dessert joins table 6's first check, table 8 is free.
        dragTable(u"8"_s, u"6"_s);
        QTRY_VERIFY(w->findChild<QMessageBox *>(u"merge-confirm"_s));
        w->findChild<QMessageBox *>(u"merge-confirm"_s)->findChild<QPushButton *>(u"merge-yes"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(m.get(u"/api/v1/orders/"_s + eight).object().value(u"status"_s).toString(), u"CANCELLED"_s, 10000);
        QCOMPARE(m.get(u"/api/v1/orders/"_s + first).object().value(u"total"_s).toString(), u"245.30"_s); // + 89 + 10 %
        QTRY_VERIFY_WITH_TIMEOUT(till.ctx->store.tables()->find(u"8"_s)->orderId.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(w, u"connection"_s)->text().contains(u"joined on table T6"_s), 10000);

        // The dessert was meant for table 9 after all: that one line goes there.
        tapTable(till, u"6"_s);
        QCOMPARE(till.ctx->outbox.resolve(page->orderRef()), first);
        QTRY_VERIFY_WITH_TIMEOUT(till.ctx->store.order(first)->items.size() == 3, 10000);
        QString mango;
        for (const OrderLine &l : till.ctx->store.order(first)->items)
            if (l.name == u"Mango sticky rice"_s)
                mango = l.id;
        QVERIFY(!mango.isEmpty());
        page->selectLine(u"sent:"_s + mango);
        shoot(w, u"order-line-move"_s);
        auto *to = find<QComboBox>(w, u"move-table"_s);
        QVERIFY(to->findData(u"9"_s) >= 0);
        to->setCurrentIndex(to->findData(u"9"_s));
        click(w, u"line-move"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!till.ctx->store.tables()->find(u"9"_s)->orderId.isEmpty(), 10000);
        const QJsonObject nine = m.get(u"/api/v1/orders/"_s + till.ctx->store.tables()->find(u"9"_s)->orderId).object();
        QCOMPARE(nine.value(u"items"_s).toArray().size(), 1);
        QCOMPARE(nine.value(u"items"_s).toArray().first().toObject().value(u"name"_s).toString(), u"Mango sticky rice"_s);
        QCOMPARE(m.get(u"/api/v1/orders/"_s + first).object().value(u"total"_s).toString(), u"147.40"_s);
        QCOMPARE(till.ctx->outbox.resolve(page->orderRef()), first); // the page stays on table 6
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(w, u"order-state"_s)->text().contains(u"Moved to table T9"_s), 10000);
    }

    void aCompanyGuestGetsAFullTaxInvoiceOnPaperAndAsPdf()
    {
        setLanguage(u"en"_s);
        const QString orderId = billAtCheckout(m_fx.url(), u"4"_s, 2);
        Api c = staffApi(m_fx.url(), u"cashier1"_s);
        const Reply paid = c.postNew(u"/api/v1/payments"_s,
                                     {{u"order_id"_s, orderId}, {u"method"_s, u"card"_s}, {u"approval_code"_s, u"A1"_s}});
        CHECK_STATUS(paid, 201);
        const QString receipt = paid.object().value(u"receipt_number"_s).toString();

        Till till = openTill();
        const QString printerFile = m_dir.filePath(u"tax-invoice.bin"_s);
        till.ctx->setPrinter(u"file://"_s + printerFile, u"escpos-80-text"_s, false);
        signIn(till, u"cashier1"_s);
        QWidget *w = till.window.get();
        click(w, u"nav-history"_s);
        QTRY_COMPARE(till.window->screen(), MainWindow::Screen::History);
        find<QLineEdit>(w, u"history-search"_s)->setText(receipt);
        click(w, u"history-find"_s);
        QTRY_VERIFY_WITH_TIMEOUT(find<QAbstractButton>(w, u"history-tax-invoice"_s)->isEnabled(), 10000);
        click(w, u"history-tax-invoice"_s);
        QTRY_VERIFY(find<QWidget>(w, u"history-invoice-form"_s)->isVisible());

        // The tax ID is checked as it is typed.
        auto *taxId = find<QLineEdit>(w, u"history-invoice-taxid"_s);
        auto *check = find<QLabel>(w, u"history-invoice-taxid-check"_s);
        find<QLineEdit>(w, u"history-invoice-name"_s)->setText(u"บริษัท ตัวอย่าง จำกัด"_s);
        QTest::keyClicks(taxId, u"010555123"_s);
        QVERIFY2(check->text().contains(u"9 of 13"_s), qPrintable(check->text()));
        QTest::keyClicks(taxId, u"4568"_s); // one digit wrong
        QVERIFY2(check->text().contains(u"Not a valid"_s), qPrintable(check->text()));
        find<QLineEdit>(w, u"history-invoice-address"_s)->setText(u"1 ถนนสีลม บางรัก กรุงเทพฯ 10500"_s);
        click(w, u"history-invoice-issue"_s);
        auto *message = find<QLabel>(w, u"history-invoice-message"_s);
        QVERIFY2(message->text().contains(u"not valid"_s), qPrintable(message->text()));
        QCOMPARE(m_fx.server().database().scalar(u"SELECT COUNT(*) FROM tax_invoices"_s)->toInt(), 0); // nothing sent
        taxId->setText(u"0105551234567"_s);
        QVERIFY2(check->text().contains(u"Valid"_s), qPrintable(check->text()));
        shoot(w, u"history-tax-invoice-form"_s);
        click(w, u"history-invoice-issue"_s);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"POS01-TI-000001"_s), 10000);
        QVERIFY(till.window->historyPage()->taxInvoice().has_value());

        // On paper: the 80 mm invoice with the number, both tax IDs and the receipt it replaces.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(printerFile).size() > 100, 15000);
        QFile printed(printerFile);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        const QByteArray bytes = printed.readAll();
        for (const QByteArray &must :
             {QByteArray("POS01-TI-000001"), QByteArray("0105551234567"), receipt.toLatin1(), QByteArray("Tax Invoice")})
            QVERIFY2(bytes.contains(must), must.constData());

        // As a PDF for the guest's accountant.
        const QString pdf = m_dir.filePath(u"POS01-TI-000001.pdf"_s);
        QVERIFY(find<QAbstractButton>(w, u"history-invoice-pdf"_s)->isEnabled());
        QCOMPARE(till.window->historyPage()->saveTaxInvoicePdf(pdf).value(), pdf);
        QByteArray text;
        QCOMPARE(test::runProcess(u"pdftotext"_s, {pdf, u"-"_s}, &text), 0);
        QVERIFY(text.contains("POS01-TI-000001") && text.contains("0105551234567") && text.contains(receipt.toLatin1()));
        QCOMPARE(test::runProcess(
                     u"pdftoppm"_s,
                     {u"-r"_s, u"60"_s, u"-png"_s, u"-singlefile"_s, pdf, QStringLiteral(TAVOLA_SCREENSHOT_DIR) + u"/tax-invoice-a4"_s}),
                 0);
        shoot(w, u"history-tax-invoice-issued"_s);

        // Asked again (another tap, another till): the same invoice, reprinted as a copy.
        click(w, u"history-invoice-back"_s);
        QVERIFY2(find<QAbstractButton>(w, u"history-tax-invoice"_s)->text().contains(u"POS01-TI-000001"_s),
                 qPrintable(find<QAbstractButton>(w, u"history-tax-invoice"_s)->text()));
        click(w, u"history-tax-invoice"_s);
        click(w, u"history-invoice-issue"_s);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"Copy"_s), 10000);
        QCOMPARE(m_fx.server().database().scalar(u"SELECT COUNT(*) FROM tax_invoices"_s)->toInt(), 1);
    }

    void aGrabOrderIsTakenAndItsPickupCodeShowsInTheKitchen()
    {
        setLanguage(u"en"_s);
        Till till = openTill();
        signIn(till, u"cashier1"_s);
        QWidget *w = till.window.get();
        click(w, u"floor-new-delivery"_s);
        QTRY_COMPARE(till.window->screen(), MainWindow::Screen::Order);
        QVERIFY(find<QWidget>(w, u"order-delivery"_s)->isVisible());
        auto *channel = find<QComboBox>(w, u"order-channel"_s);
        channel->setCurrentIndex(channel->findData(u"grab"_s));
        QCOMPARE(channel->currentText(), u"Grab"_s);
        find<QLineEdit>(w, u"order-channel-ref"_s)->setText(u"GF-123"_s);
        find<QLineEdit>(w, u"order-customer"_s)->setText(u"Khun Nok"_s);
        tapDish(till, u"Pad thai with shrimp"_s);
        tapDish(till, u"Thai iced tea"_s);
        shoot(w, u"order-delivery"_s);
        click(w, u"order-send"_s);
        QTRY_COMPARE_WITH_TIMEOUT(till.ctx->outbox.pendingCount(), 0, 10000);
        OrderPage *page = till.window->orderPage();
        const QString orderId = till.ctx->outbox.resolve(page->orderRef());
        Api m = staffApi(m_fx.url(), u"manager1"_s);
        const QJsonObject order = m.get(u"/api/v1/orders/"_s + orderId).object();
        QCOMPARE(order.value(u"type"_s).toString(), u"delivery"_s);
        QCOMPARE(order.value(u"channel"_s).toString(), u"grab"_s);
        QCOMPARE(order.value(u"channel_ref"_s).toString(), u"GF-123"_s);
        QCOMPARE(order.value(u"customer_name"_s).toString(), u"Khun Nok"_s);
        QCOMPARE(order.value(u"pickup_code"_s).toString(), u"D001"_s);
        QCOMPARE(order.value(u"table_id"_s).toString(), QString());
        auto *title = find<QLabel>(w, u"order-title"_s);
        QTRY_VERIFY2(title->text().contains(u"D001 · Grab"_s), qPrintable(title->text()));

        // The kitchen sees which bag it is.
        Till kitchen = openTill(u"kitchen"_s);
        signIn(kitchen, u"kitchen1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(kitchen.ctx->store.kitchenTickets()->rowCount() >= 1, 10000);
        const KitchenTicket ticket = kitchen.ctx->store.kitchenTickets()->items().first();
        QCOMPARE(ticket.tableName, u"D001 · Grab"_s);
        QTRY_VERIFY(find<QWidget>(kitchen.window.get(), u"ticket-"_s + ticket.id));
        bool shown = false;
        for (QLabel *l : find<QWidget>(kitchen.window.get(), u"ticket-"_s + ticket.id)->findChildren<QLabel *>())
            shown = shown || l->text().startsWith(u"D001 · Grab"_s);
        QVERIFY(shown);
        shoot(kitchen.window.get(), u"kitchen-delivery"_s);

        // Back at the counter the order waits under its code; the rider pays on the platform.
        click(w, u"order-back"_s);
        QTRY_VERIFY(find<QAbstractButton>(w, u"counter-order-"_s + orderId));
        QCOMPARE(find<QAbstractButton>(w, u"counter-order-"_s + orderId)->text(), u"D001 · Grab"_s);
        shoot(w, u"floor-counter"_s);
        click(w, u"counter-order-"_s + orderId);
        QTRY_COMPARE(till.window->screen(), MainWindow::Screen::Order);
        QCOMPARE(page->orderRef(), orderId);
        click(w, u"order-bill"_s);
        QTRY_COMPARE_WITH_TIMEOUT(till.window->screen(), MainWindow::Screen::Checkout, 10000);
        click(w, u"cash-exact"_s);
        click(w, u"cash-pay"_s);
        QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>(w, u"checkout-paid"_s)->isVisible(), 10000);
        click(w, u"checkout-finish"_s);
        QTRY_VERIFY(!find<QAbstractButton>(w, u"counter-order-"_s + orderId)); // done: off the counter
    }
};

QTEST_MAIN(TestUiBills)
#include "tst_ui_bills.moc"
