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
};

QTEST_MAIN(TestUiBills)
#include "tst_ui_bills.moc"
