// What managers and cashiers do besides serving: the shop's settings (PromptPay ID checked as
// typed), the floor plan editor, a cashier's shift from opening cash to the Z report, and the
// sales report.
#include "domain/csv.h"
#include "fakeprinter.h"
#include "firstrundialog.h"
#include "guitestbase.h"
#include "menueditorpage.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QPainter>
#include <QPointer>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;
using namespace tavola::ui;

class TestUiBackOffice : public GuiTestBase
{
    Q_OBJECT

private slots:
    void settingsCheckThePromptPayIdAndSaveTheShop_data() { bothLanguages(); }

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

    void aManagerEditsTheFloorPlan_data() { bothLanguages(); }

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
        QTRY_VERIFY_WITH_TIMEOUT(
            find<QLabel>(till.window.get(), u"editor-message"_s)->text().contains(lang == u"th"_s ? u"โหลดผังล่าสุด"_s : u"reloaded"_s),
            10000);
        QCOMPARE(doc->plan().tables.size(), 18);
        QCOMPARE(doc->plan().version, version + 2);
        QVERIFY(!doc->undoStack()->canUndo());
    }

    void aCashierOpensAndClosesTheirShift_data() { bothLanguages(); }

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
        CHECK_STATUS(
            staffApi(m_fx.url(), u"cashier1"_s)
                .postNew(u"/api/v1/payments"_s, {{u"order_id"_s, order}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"100.00"_s}}),
            201);
        // A card bill with a ฿20 tip: owed to the staff, not in the drawer.
        CHECK_STATUS(staffApi(m_fx.url(), u"cashier1"_s)
                         .postNew(u"/api/v1/payments"_s,
                                  {{u"order_id"_s, billAtCheckout(m_fx.url(), u"3"_s)},
                                   {u"method"_s, u"card"_s},
                                   {u"approval_code"_s, u"A9"_s},
                                   {u"tip"_s, u"20.00"_s}}),
                     201);
        till.window->shiftPage()->load();
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(till.window.get(), u"shift-report"_s)->text().contains(u"฿1,097.90"_s),
                                 10000); // expected cash
        const QString report = find<QLabel>(till.window.get(), u"shift-report"_s)->text();
        const QString tipsLine = lang == u"th"_s ? u"ทิป · 1 รายการ"_s : u"Tips · 1 payment"_s;
        QVERIFY2(report.contains(tipsLine) && report.contains(u"฿20.00"_s), qPrintable(report));
        shoot(till.window.get(), u"shift-x"_s);
        find<QLineEdit>(till.window.get(), u"shift-cash"_s)->setText(u"1095.00"_s);
        click(till.window.get(), u"shift-close"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(find<QLabel>(till.window.get(), u"shift-report"_s)->text().contains(u"-฿2.90"_s),
                                  qPrintable(find<QLabel>(till.window.get(), u"shift-message"_s)->text()
                                             + find<QLabel>(till.window.get(), u"shift-report"_s)->text().right(300)),
                                  10000); // short
        shoot(till.window.get(), u"shift-z"_s);
        // The Z report on the receipt printer (a network printer played by a TCP socket).
        FakePrinter printer;
        QVERIFY(printer.listen());
        till.ctx->setPrinter(printer.uri(), u"escpos-80-text"_s);
        click(till.window.get(), u"shift-print"_s);
        QTRY_VERIFY_WITH_TIMEOUT(printer.received.contains(QByteArray("\x1D\x56", 2)), 15000);
        QVERIFY(printer.received.contains("1,095.00")); // counted
        QVERIFY(printer.received.contains("-2.90")); // short
        QVERIFY(find<QPushButton>(till.window.get(), u"shift-open"_s)->isVisible());
    }

    void aManagerReadsTheSalesReport_data() { bothLanguages(); }

    void aManagerReadsTheSalesReport()
    {
        QFETCH(QString, lang);
        setLanguage(lang);
        // Two paid bills today: 97.90 cash and 195.80 card.
        Api c = staffApi(m_fx.url(), u"cashier1"_s);
        CHECK_STATUS(
            c.postNew(u"/api/v1/payments"_s,
                      {{u"order_id"_s, billAtCheckout(m_fx.url(), u"1"_s)}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"100.00"_s}}),
            201);
        CHECK_STATUS(
            c.postNew(u"/api/v1/payments"_s,
                      {{u"order_id"_s, billAtCheckout(m_fx.url(), u"2"_s, 2)}, {u"method"_s, u"card"_s}, {u"approval_code"_s, u"A1"_s}}),
            201);
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
        QCOMPARE(table->item(0, 0)->text(), lang == u"th"_s ? u"ผัดไทยกุ้งสด"_s : u"Pad thai with shrimp"_s);
        group->setCurrentIndex(group->findData(u"channel"_s)); // all of it eaten in
        QTRY_COMPARE_WITH_TIMEOUT(table->item(0, 0)->text(), lang == u"th"_s ? u"ทานที่ร้าน"_s : u"dine-in"_s, 10000);
        QCOMPARE(table->rowCount(), 1);
        QTRY_VERIFY(!find<QLabel>(till.window.get(), u"reports-queue"_s)->text().isEmpty());
        shoot(till.window.get(), u"reports"_s);
        // The month for the accountant: the table on screen as a spreadsheet file.
        group->setCurrentIndex(group->findData(u"method"_s));
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, 10000);
        QVERIFY(find<QPushButton>(till.window.get(), u"reports-export-csv"_s)->isEnabled());
        const QString file = m_dir.filePath(u"sales-%1.csv"_s.arg(lang));
        const auto saved = till.window->reportsPage()->saveCsv(file);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto rows = csv::parse(f.readAll()).value();
        QCOMPARE(rows.size(), 4); // header, cash, card, totals
        QCOMPARE(rows.last()[0], u"total"_s);
        QCOMPARE(rows.last()[8], u"293.70"_s);
        QStringList methods{rows[1][0], rows[2][0]};
        methods.sort();
        QCOMPARE(methods, (QStringList{u"card"_s, u"cash"_s}));

        // The chart above the table reads the same: a bar per method, 97.90 and 195.80.
        QChart *chart = till.window->reportsPage()->chart();
        QCOMPARE(chart->series().size(), 1);
        auto *bars = qobject_cast<QBarSeries *>(chart->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 1);
        QList<double> values;
        for (int i = 0; i < bars->barSets().first()->count(); ++i)
            values << bars->barSets().first()->at(i);
        std::sort(values.begin(), values.end());
        QCOMPARE(values, (QList<double>{97.90, 195.80}));
        // As a PDF: the figures are text in it.
        const QString pdf = m_dir.filePath(u"sales-%1.pdf"_s.arg(lang));
        QVERIFY(till.window->reportsPage()->savePdf(pdf));
        QByteArray text;
        QCOMPARE(runProcess(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}, &text), 0);
        QVERIFY2(text.contains("293.70") && text.contains("195.80"), text.constData());
        // "This month": from the 1st to today, the same two bills.
        auto *period = find<QComboBox>(till.window.get(), u"reports-period"_s);
        period->setCurrentIndex(period->findData(u"month"_s));
        QCOMPARE(from->date(), QDate(day.year(), day.month(), 1));
        QCOMPARE(to->date(), day);
        QTRY_VERIFY(find<QLabel>(till.window.get(), u"reports-summary"_s)->text().contains(u"฿293.70"_s));
        period->setCurrentIndex(period->findData(u"yesterday"_s));
        QCOMPARE(from->date(), day.addDays(-1));
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 0, 10000);
        bars = qobject_cast<QBarSeries *>(chart->series().value(0));
        QVERIFY(bars && bars->barSets().first()->count() == 0); // an empty chart, not the last one's bars
    }

    // The owner's menu from the app: a category and a dish added, a price changed and seen on
    // another till at once, categories put in order by dragging, a spreadsheet imported after a
    // preview that changes nothing, and the menu exported.
    void aManagerEditsTheMenuAndAnotherTillSeesIt_data() { bothLanguages(); }

    void aManagerEditsTheMenuAndAnotherTillSeesIt()
    {
        QFETCH(QString, lang);
        setLanguage(lang);
        Till till = openTill();
        signIn(till, u"manager1"_s);
        Till other = openTill();
        signIn(other, u"waiter1"_s);
        QWidget *w = till.window.get();
        click(w, u"nav-settings"_s);
        QTRY_COMPARE(till.window->screen(), MainWindow::Screen::Settings);
        click(w, u"settings-menu"_s);
        QTRY_COMPARE(till.window->screen(), MainWindow::Screen::MenuEditor);
        MenuEditorPage *editor = till.window->menuEditorPage();
        auto *items = find<QTableWidget>(w, u"menu-items"_s);
        QTRY_VERIFY(items->rowCount() > 0);

        // 89.00 → 95.00 for pad thai; the waiter's till shows the new price within the event.
        const QString padThai = dishId(till, u"Pad thai with shrimp"_s);
        QTRY_VERIFY(editor->selectItem(padThai));
        QCOMPARE(find<QLineEdit>(w, u"menu-item-price"_s)->text(), u"89.00"_s);
        find<QLineEdit>(w, u"menu-item-price"_s)->setText(u"95"_s);
        click(w, u"menu-item-save"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(other.ctx->store.menu().item(padThai)->price.toString() == u"95.00"_s,
                                  qPrintable(find<QLabel>(w, u"menu-message"_s)->text()), 10000);
        shoot(w, u"menu-editor"_s);

        // A new category, then a dish in it with two options.
        auto *categories = find<QListWidget>(w, u"menu-categories"_s);
        const int categoryCount = categories->count();
        find<QLineEdit>(w, u"menu-category-name"_s)->setText(u"Grill"_s);
        find<QLineEdit>(w, u"menu-category-name-th"_s)->setText(u"ของย่าง"_s);
        click(w, u"menu-category-add"_s);
        QTRY_COMPARE(categories->currentItem() ? categories->currentItem()->text() : QString(), lang == u"th"_s ? u"ของย่าง"_s : u"Grill"_s);
        click(w, u"menu-item-new"_s);
        find<QLineEdit>(w, u"menu-item-name"_s)->setText(u"Grilled pork neck"_s);
        find<QLineEdit>(w, u"menu-item-name-th"_s)->setText(u"คอหมูย่าง"_s);
        find<QLineEdit>(w, u"menu-item-price"_s)->setText(u"120"_s);
        find<QLineEdit>(w, u"menu-item-options"_s)->setText(u"Sticky rice +10, Extra jaew"_s);
        click(w, u"menu-item-save"_s);
        QTRY_COMPARE_WITH_TIMEOUT(dishId(other, u"Grilled pork neck"_s).isEmpty(), false, 10000);
        const MenuItem *pork = other.ctx->store.menu().item(dishId(other, u"Grilled pork neck"_s));
        QCOMPARE(pork->price.toString(), u"120.00"_s);
        QCOMPARE(pork->modifiers.size(), 2);
        QCOMPARE(pork->modifiers.at(0).price.toString(), u"10.00"_s);
        QCOMPARE(other.ctx->store.menu().category(pork->categoryId)->name, u"Grill"_s);
        // Its choices: a doneness that must be chosen, up to two sauces.
        QTRY_VERIFY(editor->selectItem(dishId(till, u"Grilled pork neck"_s))); // once its own list has it too
        find<QLineEdit>(w, u"menu-item-groups"_s)
            ->setText(u"Doneness/ความสุก*: Medium/กลาง | Well done; Sauces [0-2]: Jaew | Sriracha +5 | Tamarind"_s);
        click(w, u"menu-item-save"_s);
        QTRY_COMPARE_WITH_TIMEOUT(other.ctx->store.menu().item(dishId(other, u"Grilled pork neck"_s))->modifierGroups.size(), 2, 10000);
        const MenuItem *grouped = other.ctx->store.menu().item(dishId(other, u"Grilled pork neck"_s));
        QCOMPARE(grouped->modifierGroups.at(0).name, u"Doneness"_s);
        QCOMPARE(grouped->modifierGroups.at(0).nameTh, u"ความสุก"_s);
        QCOMPARE(grouped->options(grouped->modifierGroups.at(0).id).at(0).nameTh, u"กลาง"_s);
        QCOMPARE(grouped->modifierGroups.at(0).min, 1);
        QCOMPARE(grouped->modifierGroups.at(1).max, 2);
        QCOMPARE(grouped->options(grouped->modifierGroups.at(1).id).at(1).price.toString(), u"5.00"_s);
        QCOMPARE(grouped->modifiers.size(), 7); // and the two free options
        // Shown again as typed; saved again unchanged, every option keeps its id.
        QTRY_COMPARE(find<QLineEdit>(w, u"menu-item-groups"_s)->text(),
                     u"Doneness/ความสุก*: Medium/กลาง | Well done; Sauces [0-2]: Jaew | Sriracha +5.00 | Tamarind"_s);
        const QList<Modifier> ids = grouped->modifiers;
        const QString porkId = grouped->id; // (the other till's menu is replaced on every change)
        find<QLabel>(w, u"menu-message"_s)->clear();
        click(w, u"menu-item-save"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!find<QLabel>(w, u"menu-message"_s)->text().isEmpty(), 10000); // the server answered
        Api reader(m_fx.url());
        const Menu menuNow = Menu::fromJson(reader.get(u"/api/v1/menu"_s).object()).value();
        QVERIFY(menuNow.item(porkId));
        QCOMPARE(menuNow.item(porkId)->modifiers, ids);
        // A dish without a price is refused on the till, before the server.
        click(w, u"menu-item-new"_s);
        find<QLineEdit>(w, u"menu-item-name"_s)->setText(u"Mystery"_s);
        click(w, u"menu-item-save"_s);
        QVERIFY(find<QLabel>(w, u"menu-message"_s)->text().startsWith(u"⚠"_s));

        // The new category dragged to the top: the order screen's first tab.
        QTRY_COMPARE(categories->count(), categoryCount + 1);
        editor->moveCategory(categories->count() - 1, 0);
        Api api(m_fx.url());
        QTRY_COMPARE_WITH_TIMEOUT(
            api.get(u"/api/v1/menu"_s).object().value(u"categories"_s).toArray().at(0).toObject().value(u"name"_s).toString(), u"Grill"_s,
            10000);

        // A dish dragged from the bottom of its category to the top: the other till lists it first.
        QVERIFY(editor->selectItem(padThai));
        QTRY_VERIFY(items->rowCount() > 2);
        const QString last = items->item(items->rowCount() - 1, 0)->data(Qt::UserRole).toString();
        editor->moveItem(items->rowCount() - 1, 0);
        QCOMPARE(items->item(0, 0)->data(Qt::UserRole).toString(), last);
        const QString padThaiCategory = other.ctx->store.menu().item(padThai)->categoryId;
        const auto firstIn = [&other](const QString &category) {
            for (const MenuItem &i : other.ctx->store.menu().items)
                if (i.categoryId == category)
                    return i.id;
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(firstIn(padThaiCategory), last, 10000);

        // A spreadsheet: previewed (nothing changes), then applied.
        const qint64 version = api.get(u"/api/v1/menu"_s).object().value(u"version"_s).toInteger();
        const QString file = m_dir.filePath(u"menu-%1.csv"_s.arg(lang));
        QVERIFY(editor->exportCsv(file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto rows = csv::parse(f.readAll()).value();
        QVERIFY(rows.contains(
            QStringList{u"Grill"_s, u"ของย่าง"_s, u"Grilled pork neck"_s, u"คอหมูย่าง"_s, u"120.00"_s, u"kitchen"_s, u"true"_s}));
        for (QStringList &r : rows)
            if (r.value(2) == u"Grilled pork neck"_s)
                r[4] = u"135.00"_s;
        rows << QStringList{u"Grill"_s, u"ของย่าง"_s, u"Grilled squid"_s, u"ปลาหมึกย่าง"_s, u"150"_s, u"kitchen"_s, u"true"_s};
        editor->previewImport(csv::file(rows.first(), rows.mid(1)));
        auto *changes = find<QListWidget>(w, u"menu-import-changes"_s);
        QTRY_COMPARE_WITH_TIMEOUT(changes->count(), 2, 10000);
        QVERIFY(find<QWidget>(w, u"menu-import-preview"_s)->isVisible());
        QCOMPARE(api.get(u"/api/v1/menu"_s).object().value(u"version"_s).toInteger(), version);
        shoot(w, u"menu-import"_s);
        click(w, u"menu-import-apply"_s);
        QTRY_COMPARE_WITH_TIMEOUT(dishId(other, u"Grilled squid"_s).isEmpty(), false, 10000);
        QTRY_COMPARE(other.ctx->store.menu().item(dishId(other, u"Grilled pork neck"_s))->price.toString(), u"135.00"_s);
        QVERIFY(!find<QWidget>(w, u"menu-import-preview"_s)->isVisible());

        // The squid taken off the menu, after a question ("Keep it" changes nothing).
        QTRY_VERIFY(editor->selectItem(dishId(till, u"Grilled squid"_s)));
        click(w, u"menu-item-delete"_s);
        QTRY_VERIFY(w->findChild<QMessageBox *>(u"menu-remove-confirm"_s));
        w->findChild<QMessageBox *>(u"menu-remove-confirm"_s)->findChild<QPushButton *>(u"menu-remove-no"_s)->click();
        QTRY_VERIFY(!w->findChild<QMessageBox *>(u"menu-remove-confirm"_s));
        QVERIFY(!dishId(other, u"Grilled squid"_s).isEmpty());
        click(w, u"menu-item-delete"_s);
        QTRY_VERIFY(w->findChild<QMessageBox *>(u"menu-remove-confirm"_s));
        w->findChild<QMessageBox *>(u"menu-remove-confirm"_s)->findChild<QPushButton *>(u"menu-remove-yes"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(dishId(other, u"Grilled squid"_s).isEmpty(), 10000);
    }

    // A new owner on an empty database (no demo): the app asks for the first account, and
    // everything else is done in the app — shop and taxes, a category and a dish, a table, a
    // cashier — until the cashier signs in and sells the dish at that table.
    void aNewOwnerSetsUpTheShopFromAnEmptyDatabase()
    {
        setLanguage(u"en"_s);
        m_fx.stop();
        QVERIFY(!m_fx.start([](server::ServerConfig &c) { c.demo = false; })); // nobody to sign in: the app asks
        FirstRunDialog welcome;
        find<QLineEdit>(&welcome, u"firstrun-username"_s)->setText(u"owner"_s);
        find<QLineEdit>(&welcome, u"firstrun-password"_s)->setText(u"short"_s);
        find<QLineEdit>(&welcome, u"firstrun-pin"_s)->setText(u"4321"_s);
        click(&welcome, u"firstrun-create"_s);
        QVERIFY(find<QLabel>(&welcome, u"firstrun-message"_s)->text().contains(u"8 characters"_s));
        QCOMPARE(welcome.result(), int(QDialog::Rejected));
        find<QLineEdit>(&welcome, u"firstrun-password"_s)->setText(u"baan-thai-2026"_s);
        find<QLineEdit>(&welcome, u"firstrun-repeat"_s)->setText(u"baan-thai-2026"_s);
        click(&welcome, u"firstrun-create"_s);
        QCOMPARE(welcome.result(), int(QDialog::Accepted));
        m_fx.stop();
        QVERIFY(m_fx.start([&welcome](server::ServerConfig &c) {
            c.demo = false;
            c.adminUsername = welcome.username();
            c.adminPassword = welcome.password();
            c.adminPin = welcome.pin();
        }));

        Till till = openTill();
        signIn(till, u"owner"_s, u"4321"_s);
        QWidget *w = till.window.get();
        // The shop and its taxes.
        click(w, u"nav-settings"_s);
        QTRY_COMPARE(till.window->screen(), MainWindow::Screen::Settings);
        find<QLineEdit>(w, u"settings-shop_name"_s)->setText(u"Baan Somtam"_s);
        find<QLineEdit>(w, u"settings-tax_id"_s)->setText(u"0105561234560"_s);
        find<QCheckBox>(w, u"settings-prices-include-vat"_s)->setChecked(true);
        find<QDoubleSpinBox>(w, u"settings-vat"_s)->setValue(7);
        find<QDoubleSpinBox>(w, u"settings-service"_s)->setValue(0);
        QImage logo(300, 100, QImage::Format_RGB32);
        logo.fill(Qt::white);
        QPainter(&logo).fillRect(50, 20, 200, 60, QColor(0x20, 0x20, 0x60));
        find<SettingsPage>(w, u"settings"_s)->setLogo(logo);
        QVERIFY(!find<QLabel>(w, u"settings-logo-preview"_s)->pixmap().isNull()); // seen as it will print
        click(w, u"settings-save-shop"_s);
        Api api = Api(m_fx.url());
        api.login(u"owner"_s, u"4321"_s);
        QTRY_COMPARE_WITH_TIMEOUT(api.get(u"/api/v1/settings"_s).object().value(u"shop_name"_s).toString(), u"Baan Somtam"_s, 10000);
        const QImage saved = QImage::fromData(
            QByteArray::fromBase64(api.get(u"/api/v1/settings"_s).object().value(u"receipt_logo"_s).toString().toLatin1()));
        QCOMPARE(saved.size(), QSize(300, 100));
        // The owner (an administrator) backs the shop up from the same page.
        QVERIFY(find<QWidget>(w, u"settings-backups"_s)->isVisibleTo(w));
        click(w, u"settings-backup-now"_s);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(w, u"settings-backups"_s)->text().contains(u"tavola-"_s), 20000);
        const QString listed = find<QLabel>(w, u"settings-backups"_s)->text();
        const QString file = listed.section(u'\n', 1, 1).section(u" · "_s, -1).trimmed(); // date · size · file
        QVERIFY2(QFileInfo(file).size() > 0, qPrintable(listed));
        // A category and a dish.
        click(w, u"settings-menu"_s);
        QTRY_COMPARE(till.window->screen(), MainWindow::Screen::MenuEditor);
        find<QLineEdit>(w, u"menu-category-name"_s)->setText(u"Salads"_s);
        click(w, u"menu-category-add"_s);
        QTRY_COMPARE(find<QListWidget>(w, u"menu-categories"_s)->count(), 1);
        find<QLineEdit>(w, u"menu-item-name"_s)->setText(u"Som tam"_s);
        find<QLineEdit>(w, u"menu-item-name-th"_s)->setText(u"ส้มตำ"_s);
        find<QLineEdit>(w, u"menu-item-price"_s)->setText(u"60"_s);
        click(w, u"menu-item-save"_s);
        QTRY_COMPARE_WITH_TIMEOUT(find<QTableWidget>(w, u"menu-items"_s)->rowCount(), 1, 10000);
        // A cashier.
        click(w, u"menu-back"_s);
        click(w, u"settings-staff"_s);
        QTRY_COMPARE(till.window->screen(), MainWindow::Screen::Staff);
        find<QLineEdit>(w, u"staff-username"_s)->setText(u"noi"_s);
        find<QLineEdit>(w, u"staff-name"_s)->setText(u"Noi"_s);
        auto *role = find<QComboBox>(w, u"staff-role"_s);
        role->setCurrentIndex(role->findData(int(Role::Cashier)));
        find<QLineEdit>(w, u"staff-pin"_s)->setText(u"5555"_s);
        click(w, u"staff-add"_s);
        QTRY_COMPARE_WITH_TIMEOUT(find<QTableWidget>(w, u"staff-list"_s)->rowCount(), 2, 10000);
        // A table on the empty floor plan.
        click(w, u"nav-editor"_s);
        QTRY_COMPARE(till.window->screen(), MainWindow::Screen::Editor);
        click(w, u"editor-add"_s);
        click(w, u"editor-save"_s);
        QTRY_COMPARE_WITH_TIMEOUT(api.get(u"/api/v1/floor-plan"_s).object().value(u"tables"_s).toArray().size(), 1, 10000);
        const QString tableId =
            api.get(u"/api/v1/floor-plan"_s).object().value(u"tables"_s).toArray().first().toObject().value(u"id"_s).toString();

        // The cashier signs in on another till and sells a som tam at that table.
        Till front = openTill();
        signIn(front, u"noi"_s, u"5555"_s);
        QTRY_VERIFY(front.window->floorPlan()->item(tableId));
        tapTable(front, tableId);
        tapDish(front, u"Som tam"_s);
        click(front.window.get(), u"order-send"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            api.get(u"/api/v1/tables"_s).object().value(u"tables"_s).toArray().first().toObject().value(u"status"_s).toString(),
            u"SERVING"_s, 10000);
        const QString order =
            api.get(u"/api/v1/tables"_s).object().value(u"tables"_s).toArray().first().toObject().value(u"order_id"_s).toString();
        const QJsonObject sold = api.get(u"/api/v1/orders/"_s + order).object();
        QCOMPARE(sold.value(u"total"_s).toString(), u"60.00"_s);
        QCOMPARE(sold.value(u"vat"_s).toString(), u"3.93"_s); // 7 % inside 60.00
    }

    // A dish with a required choice: the till does not send it until the spice level is chosen,
    // and a group of one choice works as radio buttons.
    void aRequiredChoiceIsAskedBeforeTheDishIsSent()
    {
        setLanguage(u"en"_s);
        Api m = staffApi(m_fx.url(), u"manager1"_s);
        const QString catId = m.get(u"/api/v1/menu"_s).object().value(u"categories"_s).toArray().at(0).toObject().value(u"id"_s).toString();
        const Reply made = m.postNew(
            u"/api/v1/menu/items"_s,
            {{u"category_id"_s, catId},
             {u"name"_s, u"Som tam"_s},
             {u"price"_s, u"60.00"_s},
             {u"modifier_groups"_s,
              QJsonArray{
                  QJsonObject{{u"name"_s, u"Spice"_s},
                              {u"min"_s, 1},
                              {u"max"_s, 1},
                              {u"options"_s, QJsonArray{QJsonObject{{u"name"_s, u"Mild"_s}}, QJsonObject{{u"name"_s, u"Hot"_s}}}}}}}});
        CHECK_STATUS(made, 201);
        QHash<QString, QString> option;
        for (const auto &v : made.object().value(u"modifiers"_s).toArray())
            option.insert(v.toObject().value(u"name"_s).toString(), v.toObject().value(u"id"_s).toString());
        Till till = openTill();
        signIn(till, u"waiter1"_s);
        QWidget *w = till.window.get();
        QTRY_VERIFY(!dishId(till, u"Som tam"_s).isEmpty());
        tapTable(till, u"10"_s);
        tapDish(till, u"Som tam"_s);
        click(w, u"order-send"_s);
        QTRY_VERIFY(find<QLabel>(w, u"order-state"_s)->text().contains(u"Spice"_s));
        QVERIFY(find<QLabel>(w, u"modifier-group-g1"_s)); // the group's name beside its options
        QCOMPARE(tableStatus(till, u"10"_s), u"VACANT"_s); // nothing went to the server
        click(w, u"modifier-"_s + option[u"Hot"_s]);
        click(w, u"modifier-"_s + option[u"Mild"_s]); // one choice: Mild replaces Hot
        QVERIFY(find<QPushButton>(w, u"modifier-"_s + option[u"Mild"_s])->isChecked());
        QVERIFY(!find<QPushButton>(w, u"modifier-"_s + option[u"Hot"_s])->isChecked());
        shoot(w, u"order-required-choice"_s);
        click(w, u"order-send"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m.get(u"/api/v1/tables"_s).object().value(u"tables"_s).toArray().isEmpty()
                                     && tableStatus(till, u"10"_s) == u"SERVING"_s,
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!client::Outbox::isLocal(till.ctx->store.tables()->find(u"10"_s)->orderId), 10000);
        const QString order = till.ctx->store.tables()->find(u"10"_s)->orderId;
        QTRY_COMPARE_WITH_TIMEOUT(m.get(u"/api/v1/orders/"_s + order).object().value(u"items"_s).toArray().size(), 1, 10000);
        const QJsonArray lines = m.get(u"/api/v1/orders/"_s + order).object().value(u"items"_s).toArray();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().toObject().value(u"modifiers"_s).toArray().first().toObject().value(u"name"_s).toString(), u"Mild"_s);
    }

    // Stations and their printers set up in the settings: the till that sends an order prints the
    // grill's ticket on the grill's printer and the bar's on the bar's, each once, with no kitchen
    // display running; a station without a printer prints nothing; a void prints a VOID ticket.
    void eachStationsTicketPrintsOnItsOwnPrinterOnce()
    {
        setLanguage(u"en"_s);
        FakePrinter grill;
        FakePrinter bar;
        QVERIFY(grill.listen());
        QVERIFY(bar.listen());
        Till manager = openTill();
        signIn(manager, u"manager1"_s);
        QWidget *w = manager.window.get();
        click(w, u"nav-settings"_s);
        auto *stations = find<QTableWidget>(w, u"settings-stations"_s);
        QTRY_COMPARE(stations->rowCount(), 3);
        click(w, u"settings-station-add"_s);
        QCOMPARE(stations->rowCount(), 4);
        const QStringList cells{u"grill"_s, u"Grill"_s, u"ย่าง"_s, grill.uri()};
        for (int c = 0; c < 4; ++c)
            stations->item(3, c)->setText(cells.at(c));
        for (int r = 0; r < 3; ++r)
            if (stations->item(r, 0)->text() == u"bar"_s)
                stations->item(r, 3)->setText(bar.uri());
        // VAT and service charge from the same page.
        find<QDoubleSpinBox>(w, u"settings-service"_s)->setValue(0);
        click(w, u"settings-save-shop"_s);
        click(w, u"settings-save-stations"_s);
        Api m = staffApi(m_fx.url(), u"manager1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m.get(u"/api/v1/settings"_s).object().value(u"station_printers"_s).toObject().size(), 2, 10000);
        QTRY_COMPARE(m.get(u"/api/v1/settings"_s).object().value(u"service_charge_percent"_s).toString(), u"0"_s);
        shoot(w, u"settings-stations"_s);
        // The pad thai is cooked at the grill from now on (the menu editor).
        click(w, u"settings-menu"_s);
        QTRY_COMPARE(manager.window->screen(), MainWindow::Screen::MenuEditor);
        QTRY_VERIFY(manager.window->menuEditorPage()->selectItem(dishId(manager, u"Pad thai with shrimp"_s)));
        auto *station = find<QComboBox>(w, u"menu-item-station"_s);
        QTRY_VERIFY(station->findData(u"grill"_s) >= 0);
        station->setCurrentIndex(station->findData(u"grill"_s));
        click(w, u"menu-item-save"_s);
        QTRY_COMPARE_WITH_TIMEOUT(Api(m_fx.url()).get(u"/api/v1/menu"_s).object().value(u"items"_s).toArray().size() > 0, true, 5000);

        // Another till, signed in before: the new stations reach it live (settings.updated).
        Till waiter = openTill();
        signIn(waiter, u"waiter1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(waiter.ctx->shop().stationPrinters.value(u"grill"_s), grill.uri(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(waiter.ctx->store.menu().item(dishId(waiter, u"Pad thai with shrimp"_s))->station, u"grill"_s, 10000);
        waiter.ctx->setPrinter({}, u"escpos-80-text"_s); // no receipt printer of its own
        tapTable(waiter, u"4"_s);
        tapDish(waiter, u"Pad thai with shrimp"_s);
        tapDish(waiter, u"Thai iced tea"_s);
        tapDish(waiter, u"Crab fried rice"_s); // the kitchen: no printer, display only
        click(waiter.window.get(), u"order-send"_s);
        auto cuts = [](const FakePrinter &p) { return int(p.received.count(QByteArray("\x1D\x56", 2))); };
        QTRY_COMPARE_WITH_TIMEOUT(cuts(grill), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(cuts(bar), 1, 15000);
        QVERIFY(grill.received.contains("Pad thai with shrimp"));
        QVERIFY(!grill.received.contains("iced tea"));
        QVERIFY(bar.received.contains("Thai iced tea"));
        QVERIFY(!bar.received.contains("Crab"));
        // Nothing more is queued: two jobs, both done, nothing for the kitchen.
        auto allPrinted = [&waiter] {
            const auto jobs = waiter.ctx->printQueue->jobs();
            return std::all_of(jobs.begin(), jobs.end(),
                               [](const printing::PrintQueue::Job &j) { return j.state == printing::PrintQueue::JobState::Done; });
        };
        QTRY_VERIFY(allPrinted());
        QCOMPARE(waiter.ctx->printQueue->jobs().size(), 2);
        QCOMPARE(cuts(grill), 1);

        // The iced tea voided on the manager's till: it prints the bar a VOID ticket.
        manager.ctx->setPrinter({}, u"escpos-80-text"_s);
        const Order *order = nullptr;
        QTRY_VERIFY((order = waiter.ctx->store.order(waiter.ctx->store.tables()->find(u"4"_s)->orderId)) != nullptr);
        QString tea;
        for (const OrderLine &l : order->items)
            if (l.name == u"Thai iced tea"_s)
                tea = l.id;
        std::optional<Result<Order>> voided;
        manager.ctx->api.voidItem(order->id, tea, u"guest changed mind"_s, u"9000"_s, manager.window.get(),
                                  [&voided](Result<Order> r) { voided = r; });
        QTRY_VERIFY_WITH_TIMEOUT(voided.has_value(), 10000);
        QVERIFY2(voided->ok(), qPrintable(voided->ok() ? QString() : voided->error().message));
        QTRY_COMPARE_WITH_TIMEOUT(cuts(bar), 2, 15000);
        QVERIFY(bar.received.mid(bar.received.indexOf(QByteArray("\x1D\x56", 2)) + 2).contains("Thai iced tea"));
        QCOMPARE(cuts(grill), 1);
    }

    // A dish held down on one till is sold out on every till: greyed there, a tap says so and
    // adds nothing; held again, it is back on the menu everywhere.
    void aDishHeldDownIsSoldOutOnEveryTill()
    {
        setLanguage(u"en"_s);
        Till front = openTill();
        signIn(front, u"cashier1"_s);
        Till floor = openTill();
        signIn(floor, u"waiter1"_s);
        tapTable(front, u"4"_s);
        tapTable(floor, u"5"_s);
        const QString pad = dishId(front, u"Pad thai with shrimp"_s);
        auto dishButton = [&pad](Till &t) {
            auto *tabs = find<QTabBar>(t.window.get(), u"categories"_s);
            for (int i = 0; i < tabs->count() && !t.window->findChild<QToolButton *>(u"menu-item-"_s + pad); ++i)
                tabs->setCurrentIndex(i);
            return find<QToolButton>(t.window.get(), u"menu-item-"_s + pad);
        };
        auto hold = [](QToolButton *b) {
            QPointer<QToolButton> held(b);
            QTest::mousePress(b, Qt::LeftButton);
            QTest::qWait(900); // a finger held on the dish
            if (held) // (the menu may have been drawn again under the finger)
                QTest::mouseRelease(held, Qt::LeftButton);
        };
        QToolButton *onFloor = dishButton(floor);
        QVERIFY(!onFloor->property("soldOut").toBool());

        hold(dishButton(front));
        QVERIFY(front.window->orderPage()->guestView().lines.isEmpty()); // the hold added nothing
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(front.window.get(), u"order-state"_s)->text().contains(u"sold out on every till"_s), 10000);
        // The other till greys it (its buttons are drawn again from the new menu).
        QTRY_VERIFY_WITH_TIMEOUT(dishButton(floor)->property("soldOut").toBool(), 10000);
        QVERIFY(dishButton(floor)->text().contains(u"Sold out"_s));
        shoot(floor.window.get(), u"order-sold-out"_s);
        QTest::mouseClick(dishButton(floor), Qt::LeftButton);
        QVERIFY(floor.window->orderPage()->guestView().lines.isEmpty());
        QVERIFY2(find<QLabel>(floor.window.get(), u"order-state"_s)->text().contains(u"is sold out"_s),
                 qPrintable(find<QLabel>(floor.window.get(), u"order-state"_s)->text()));
        Api m = staffApi(m_fx.url(), u"manager1"_s);
        bool available = true;
        for (const auto &v : m.get(u"/api/v1/menu"_s).object().value(u"items"_s).toArray())
            if (v.toObject().value(u"id"_s).toString() == pad)
                available = v.toObject().value(u"available"_s).toBool();
        QVERIFY(!available);
        QCOMPARE(m.get(u"/api/v1/audit-log?action=menu.item.sold_out"_s).object().value(u"entries"_s).toArray().size(), 1);

        // The waiter puts it back when the kitchen has more: both tills take it again.
        hold(dishButton(floor));
        QTRY_VERIFY_WITH_TIMEOUT(!dishButton(front)->property("soldOut").toBool(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!dishButton(floor)->property("soldOut").toBool(), 10000);
        QTest::mouseClick(dishButton(front), Qt::LeftButton);
        QCOMPARE(front.window->orderPage()->guestView().lines.size(), 1);
    }

    // The manager takes on a cashier: added with a PIN on the staff screen, she signs in on
    // another till; a manager cannot make an administrator; switched off, she cannot sign in.
    void aManagerAddsACashierWhoThenSignsIn()
    {
        setLanguage(u"en"_s);
        Till office = openTill();
        signIn(office, u"manager1"_s);
        QWidget *w = office.window.get();
        click(w, u"nav-settings"_s);
        QTRY_COMPARE(office.window->screen(), MainWindow::Screen::Settings);
        click(w, u"settings-staff"_s);
        QCOMPARE(office.window->screen(), MainWindow::Screen::Staff);
        auto *list = find<QTableWidget>(w, u"staff-list"_s);
        QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() >= 5, 10000); // the demo's staff
        auto *role = find<QComboBox>(w, u"staff-role"_s);
        QCOMPARE(role->findData(int(Role::Admin)), -1); // a manager does not make administrators
        QVERIFY(role->findData(int(Role::Cashier)) >= 0);

        // A PIN too short is refused at the till.
        find<QLineEdit>(w, u"staff-username"_s)->setText(u"ploy"_s);
        find<QLineEdit>(w, u"staff-name"_s)->setText(u"Khun Ploy"_s);
        role->setCurrentIndex(role->findData(int(Role::Cashier)));
        QTest::keyClicks(find<QLineEdit>(w, u"staff-pin"_s), u"12a"_s); // digits only
        QCOMPARE(find<QLineEdit>(w, u"staff-pin"_s)->text(), u"12"_s);
        click(w, u"staff-add"_s);
        QVERIFY(find<QLabel>(w, u"staff-message"_s)->text().contains(u"PIN of 4 to 8 digits"_s));
        find<QLineEdit>(w, u"staff-pin"_s)->setText(u"4826"_s);
        click(w, u"staff-add"_s);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(w, u"staff-message"_s)->text().contains(u"Khun Ploy can sign in now"_s), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!list->findItems(u"ploy"_s, Qt::MatchExactly).isEmpty(), 10000);
        shoot(w, u"staff"_s);

        // She signs in on the front till with her PIN and works as a cashier.
        Till front = openTill();
        find<QLineEdit>(front.window.get(), u"username"_s)->setText(u"ploy"_s);
        for (const QChar c : u"4826"_s)
            click(front.window.get(), u"pin-"_s + c);
        click(front.window.get(), u"pin-ok"_s);
        QTRY_COMPARE_WITH_TIMEOUT(front.window->screen(), MainWindow::Screen::Floor, 10000);
        QCOMPARE(front.ctx->role(), std::optional(Role::Cashier));
        click(front.window.get(), u"nav-signout"_s);
        QTRY_COMPARE_WITH_TIMEOUT(front.window->screen(), MainWindow::Screen::Login, 10000);

        // She leaves: the manager switches her account off, and the PIN no longer opens a till.
        list->setCurrentCell(list->row(list->findItems(u"ploy"_s, Qt::MatchExactly).first()), 0);
        QCOMPARE(office.window->staffPage()->selected()->username, u"ploy"_s);
        QCOMPARE(find<QPushButton>(w, u"staff-active"_s)->text(), u"Switch the account off"_s);
        click(w, u"staff-active"_s);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(w, u"staff-message"_s)->text().contains(u"can no longer sign in"_s), 10000);
        find<QLineEdit>(front.window.get(), u"username"_s)->setText(u"ploy"_s);
        for (const QChar c : u"4826"_s)
            click(front.window.get(), u"pin-"_s + c);
        click(front.window.get(), u"pin-ok"_s);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(front.window.get(), u"login-error"_s)->text().contains(u"Wrong username or PIN"_s), 10000);
        QCOMPARE(front.window->screen(), MainWindow::Screen::Login);
    }

    // The owner checks who gave a discount and who marked a dish sold out: the audit log by kind
    // and by person.
    void aManagerReadsWhoDidWhatInTheAuditLog()
    {
        setLanguage(u"en"_s);
        Api waiter = staffApi(m_fx.url(), u"waiter1"_s);
        const QString pad = menuItemId(waiter, u"Pad thai with shrimp"_s);
        const QString order =
            waiter.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"6"_s}, {u"guests"_s, 2}}).object().value(u"id"_s).toString();
        CHECK_STATUS(waiter.postNew(u"/api/v1/orders/%1/items"_s.arg(order),
                                    {{u"items"_s, QJsonArray{QJsonObject{{u"menu_id"_s, pad}, {u"qty"_s, 2}}}}}),
                     200);
        Api manager = staffApi(m_fx.url(), u"manager1"_s);
        CHECK_STATUS(manager.post(u"/api/v1/orders/%1/discount"_s.arg(order),
                                  {{u"type"_s, u"percent"_s}, {u"value"_s, u"10"_s}, {u"reason"_s, u"regular guest"_s}}),
                     200);
        CHECK_STATUS(
            waiter.request("PATCH", u"/api/v1/menu/items/"_s + menuItemId(waiter, u"Mango sticky rice"_s), {{u"available"_s, false}}), 200);

        Till office = openTill();
        signIn(office, u"manager1"_s);
        QWidget *w = office.window.get();
        click(w, u"nav-settings"_s);
        QTRY_COMPARE(office.window->screen(), MainWindow::Screen::Settings);
        click(w, u"settings-audit"_s);
        QCOMPARE(office.window->screen(), MainWindow::Screen::Audit);
        auto *list = find<QTableWidget>(w, u"audit-list"_s);
        QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() >= 3, 10000);
        auto *kind = find<QComboBox>(w, u"audit-kind"_s);
        kind->setCurrentIndex(kind->findData(u"order.discount"_s));
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 1, 10000);
        QTRY_COMPARE(list->item(0, 2)->text(), u"discount"_s);
        QCOMPARE(list->item(0, 1)->text(), u"manager1"_s);
        QVERIFY2(list->item(0, 4)->text().contains(u"regular guest"_s), qPrintable(list->item(0, 4)->text()));
        shoot(w, u"audit"_s);
        // The waiter's doings on the menu: the sold out, found by the kind "Menu" (every menu change).
        auto *person = find<QComboBox>(w, u"audit-person"_s);
        QTRY_VERIFY(person->findData(u"waiter1"_s) >= 0);
        person->setCurrentIndex(person->findData(u"waiter1"_s));
        kind->setCurrentIndex(kind->findData(u"menu.*"_s));
        QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() == 1 && list->item(0, 2)->text() == u"sold out"_s, 10000);
        QCOMPARE(list->item(0, 1)->text(), u"waiter1"_s);
        kind->setCurrentIndex(kind->findData(u"order.discount"_s));
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 0, 10000); // the waiter gave none
        QVERIFY(find<QLabel>(w, u"audit-message"_s)->text().contains(u"Nothing"_s));
    }

    // The guest is back with their receipt: the cashier finds the bill by its number, reprints it
    // marked COPY and refunds it with a manager's PIN; a Grab order is found by the rider's code.
    void aCashierFindsAReceiptReprintsAndRefundsIt()
    {
        setLanguage(u"en"_s);
        Api w = staffApi(m_fx.url(), u"waiter1"_s);
        Api c = staffApi(m_fx.url(), u"cashier1"_s);
        const QString orderId =
            w.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"3"_s}, {u"guests"_s, 2}}).object().value(u"id"_s).toString();
        QString tea;
        for (const auto &v : Api(m_fx.url()).get(u"/api/v1/menu"_s).object().value(u"items"_s).toArray())
            if (v.toObject().value(u"name"_s).toString() == u"Thai iced tea"_s)
                tea = v.toObject().value(u"id"_s).toString();
        CHECK_STATUS(w.postNew(u"/api/v1/orders/%1/items"_s.arg(orderId),
                               {{u"items"_s, QJsonArray{QJsonObject{{u"menu_id"_s, tea}, {u"qty"_s, 2}}}}}),
                     200);
        CHECK_STATUS(w.post(u"/api/v1/orders/%1/send"_s.arg(orderId)), 200);
        CHECK_STATUS(w.post(u"/api/v1/orders/%1/checkout"_s.arg(orderId)), 200);
        const Reply paid = c.postNew(u"/api/v1/payments"_s,
                                     {{u"order_id"_s, orderId}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"200"_s}});
        CHECK_STATUS(paid, 201);
        const QString receipt = paid.object().value(u"receipt_number"_s).toString();
        CHECK_STATUS(
            c.postNew(u"/api/v1/orders"_s, {{u"type"_s, u"delivery"_s}, {u"channel"_s, u"grab"_s}, {u"channel_ref"_s, u"GF-77"_s}}), 201);

        Till till = openTill();
        const QString printerFile = m_dir.filePath(u"history-receipts.bin"_s);
        till.ctx->setPrinter(u"file://"_s + printerFile, u"escpos-80-text"_s, false);
        signIn(till, u"cashier1"_s);
        click(till.window.get(), u"nav-history"_s);
        QTRY_COMPARE(till.window->screen(), MainWindow::Screen::History);
        auto *list = find<QTableWidget>(till.window.get(), u"history-list"_s);
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 2, 10000); // today's orders
        find<QLineEdit>(till.window.get(), u"history-search"_s)->setText(receipt.toLower());
        click(till.window.get(), u"history-find"_s);
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(find<QAbstractButton>(till.window.get(), u"history-reprint"_s)->isEnabled(), 10000);
        QVERIFY(find<QLabel>(till.window.get(), u"history-detail"_s)->text().contains(receipt));
        click(till.window.get(), u"history-reprint"_s);
        QTRY_VERIFY(find<QLabel>(till.window.get(), u"history-message"_s)->text().contains(u"Copy of "_s + receipt));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(printerFile).size() > 100, 15000);
        QFile printed(printerFile);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        const QByteArray bytes = printed.readAll();
        QVERIFY(bytes.contains("\xCA\xD3\xE0\xB9\xD2")); // "สำเนา" (copy) in the printer's Thai code page, TIS-620
        QVERIFY(bytes.contains(receipt.toLatin1()));
        shoot(till.window.get(), u"history"_s);

        // The refund needs a reason and a manager's PIN.
        click(till.window.get(), u"history-refund"_s);
        QTRY_VERIFY(find<QLabel>(till.window.get(), u"history-message"_s)->text().contains(u"reason"_s));
        find<QLineEdit>(till.window.get(), u"history-refund-reason"_s)->setText(u"tea was cold"_s);
        find<QLineEdit>(till.window.get(), u"history-refund-pin"_s)->setText(u"1000"_s); // the cashier's own
        click(till.window.get(), u"history-refund"_s);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(till.window.get(), u"history-message"_s)->text().startsWith(u"⚠"_s), 10000);
        QCOMPARE(c.get(u"/api/v1/orders/%1/payments"_s.arg(orderId))
                     .object()
                     .value(u"payments"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"status"_s)
                     .toString(),
                 u"PAID"_s);
        find<QLineEdit>(till.window.get(), u"history-refund-pin"_s)->setText(u"9000"_s);
        click(till.window.get(), u"history-refund"_s);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(till.window.get(), u"history-message"_s)->text().startsWith(u"Refunded"_s), 10000);
        QCOMPARE(c.get(u"/api/v1/orders/%1/payments"_s.arg(orderId))
                     .object()
                     .value(u"payments"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"status"_s)
                     .toString(),
                 u"REFUNDED"_s);
        QTRY_VERIFY(!find<QAbstractButton>(till.window.get(), u"history-refund"_s)->isEnabled());

        // The rider's code finds the Grab order and says where it goes.
        find<QLineEdit>(till.window.get(), u"history-search"_s)->setText(u"GF-77"_s);
        click(till.window.get(), u"history-find"_s);
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 1, 10000);
        QTRY_VERIFY(list->item(0, 2) && list->item(0, 2)->text().startsWith(u"D001"_s));
    }
};

QTEST_MAIN(TestUiBackOffice)
#include "tst_ui_backoffice.moc"
