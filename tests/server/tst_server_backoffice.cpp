// The back office's server side. The menu as a spreadsheet: export, a dry run that changes nothing,
// an import that changes exactly what the file says, one bad line refusing the whole file; the
// sales report as CSV for the accountant.
// /api/v1/admin/backups and `tavola-server --restore`: a backup taken while orders keep arriving
// restores into a database that passes SQLite's integrity check and holds every order
// acknowledged before the backup was asked for; backups are kept N deep, scheduled ones are
// taken off the event loop, and only an admin may take them. On PostgreSQL the server says to
// use pg_dump (501).
#include "apitestbase.h"
#include "domain/csv.h"
#include "domain/menu.h"
#include "server.h"

#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;

// A 1×1 grey PNG, in base64 as the settings keep a receipt logo.
const QString kTinyPng = u"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgAB4iG8MwAAAABJRU5ErkJggg=="_s;

class TestServerBackOffice : public ApiTestBase
{
    Q_OBJECT

    QTemporaryDir m_work;

    Api admin()
    {
        Api a(m_fx.url());
        a.login(u"admin"_s, u"demo-admin"_s, false);
        return a;
    }

    /// Runs the real tavola-server binary; answers its exit code, its output in `output`.
    static int runServer(const QStringList &args, QString *output)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(TAVOLA_SERVER), args);
        if (!p.waitForFinished(60000))
            return -1;
        *output = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    /// The order ids in a SQLite file, after checking the file's integrity.
    static QSet<QString> ordersIn(const QString &path, QString *integrity)
    {
        QSet<QString> ids;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"backup-check"_s);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(u"PRAGMA integrity_check"_s);
                *integrity = q.next() ? q.value(0).toString() : u"no answer"_s;
                q.exec(u"SELECT id FROM orders"_s);
                while (q.next())
                    ids.insert(q.value(0).toString());
            }
        }
        QSqlDatabase::removeDatabase(u"backup-check"_s);
        return ids;
    }

private slots:
    void theMenuRoundTripsThroughASpreadsheet()
    {
        Api m = staff(u"manager1"_s);
        CHECK_STATUS(staff(u"cashier1"_s).get(u"/api/v1/menu/export.csv"_s), 403);
        const Reply exported = m.get(u"/api/v1/menu/export.csv"_s);
        CHECK_STATUS(exported, 200);
        QVERIFY(exported.headers.value("content-type").startsWith("text/csv"));
        QVERIFY(exported.body.startsWith("\xEF\xBB\xBF")); // Thai opens as Thai in a spreadsheet
        const auto rows = csv::parse(exported.body).value();
        QCOMPARE(rows.first(),
                 (QStringList{u"category"_s, u"category_th"_s, u"name"_s, u"name_th"_s, u"price"_s, u"station"_s, u"available"_s}));
        const QJsonObject menuBefore = Api(m_fx.url()).get(u"/api/v1/menu"_s).object();
        const int dishes = int(menuBefore.value(u"items"_s).toArray().size());
        QCOMPARE(rows.size(), dishes + 1);
        QVERIFY(rows.contains(QStringList{u"Rice and noodles"_s, u"ข้าวและเส้น"_s, u"Pad thai with shrimp"_s, u"ผัดไทยกุ้งสด"_s, u"89.00"_s,
                                          u"kitchen"_s, u"true"_s}));
        auto import = [&m](const QByteArray &body, bool dryRun) {
            return m.raw("POST", dryRun ? u"/api/v1/menu/import?dry_run=true"_s : u"/api/v1/menu/import"_s, body,
                         {{"Content-Type", "text/csv; charset=utf-8"}});
        };
        auto version = [this] { return Api(m_fx.url()).get(u"/api/v1/menu"_s).object().value(u"version"_s).toInteger(); };
        const qint64 v0 = version();

        // The file as exported changes nothing.
        const Reply same = import(exported.body, false);
        CHECK_STATUS(same, 200);
        QCOMPARE(same.object().value(u"unchanged"_s).toInt(), dishes);
        QVERIFY(same.object().value(u"created"_s).toArray().isEmpty() && same.object().value(u"updated"_s).toArray().isEmpty());
        QCOMPARE(version(), v0);

        // Edited in a spreadsheet: a price, a sold-out drink, a new dish in a new category.
        QList<QStringList> edited = rows.mid(1);
        for (QStringList &r : edited) {
            if (r[2] == u"Pad thai with shrimp"_s)
                r[4] = u"95"_s;
            if (r[2] == u"Thai iced tea"_s)
                r[6] = u"no"_s;
        }
        edited << QStringList{u"Specials"_s, u"เมนูพิเศษ"_s, u"Khao soi, chicken"_s, u"ข้าวซอยไก่"_s, u"120.00"_s, u"kitchen"_s, u"true"_s};
        const QByteArray file = csv::file(rows.first(), edited);
        const Reply dry = import(file, true);
        CHECK_STATUS(dry, 200);
        QVERIFY(dry.object().value(u"dry_run"_s).toBool());
        QCOMPARE(dry.object().value(u"categories_created"_s).toArray(), QJsonArray{u"Specials"_s});
        QCOMPARE(dry.object().value(u"created"_s).toArray().size(), 1);
        QCOMPARE(dry.object().value(u"created"_s).toArray().first().toObject().value(u"name"_s).toString(), u"Khao soi, chicken"_s);
        const QJsonArray changes = dry.object().value(u"updated"_s).toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(dry.object().value(u"unchanged"_s).toInt(), dishes - 2);
        for (const auto &c : changes) {
            const QJsonObject o = c.toObject();
            if (o.value(u"name"_s).toString() == u"Pad thai with shrimp"_s)
                QCOMPARE(o.value(u"changes"_s).toObject().value(u"price"_s).toArray(), (QJsonArray{u"89.00"_s, u"95.00"_s}));
            else
                QCOMPARE(o.value(u"changes"_s).toObject().value(u"available"_s).toArray(), (QJsonArray{true, false}));
        }
        // A dry run is only a look.
        QCOMPARE(version(), v0);
        QCOMPARE(Api(m_fx.url()).get(u"/api/v1/menu"_s).object(), menuBefore);

        const Reply applied = import(file, false);
        CHECK_STATUS(applied, 200);
        QCOMPARE(applied.object().value(u"updated"_s).toArray(), changes);
        QCOMPARE(version(), v0 + 1);
        const Reply again = m.get(u"/api/v1/menu/export.csv"_s);
        const auto after = csv::parse(again.body).value();
        QCOMPARE(after.size(), dishes + 2); // the header, every dish, the new one
        QVERIFY(after.contains(QStringList{u"Rice and noodles"_s, u"ข้าวและเส้น"_s, u"Pad thai with shrimp"_s, u"ผัดไทยกุ้งสด"_s, u"95.00"_s,
                                           u"kitchen"_s, u"true"_s}));
        QVERIFY(
            after.contains(QStringList{u"Drinks"_s, u"เครื่องดื่ม"_s, u"Thai iced tea"_s, u"ชาไทยเย็น"_s, u"45.00"_s, u"bar"_s, u"false"_s}));
        QVERIFY(after.contains(
            QStringList{u"Specials"_s, u"เมนูพิเศษ"_s, u"Khao soi, chicken"_s, u"ข้าวซอยไก่"_s, u"120.00"_s, u"kitchen"_s, u"true"_s}));
        // Read back, the exported file imports as no change at all.
        QCOMPARE(import(again.body, true).object().value(u"unchanged"_s).toInt(), dishes + 1);
        QCOMPARE(m.get(u"/api/v1/audit-log?action=menu.import"_s).object().value(u"entries"_s).toArray().size(), 1);

        // One bad line refuses the whole file and names the line.
        QList<QStringList> broken = edited;
        broken[0][4] = u"95"_s; // a good change...
        broken[1][4] = u"cheap"_s; // ...and a bad price on line 3
        const Reply bad = import(csv::file(rows.first(), broken), false);
        CHECK_STATUS(bad, 400);
        QCOMPARE(bad.errorCode(), u"VALIDATION_FAILED"_s);
        QCOMPARE(bad.json.value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"line"_s).toInt(), 3);
        QCOMPARE(version(), v0 + 1);
        const Reply noColumn = import("name,price\r\nTea,10\r\n", false);
        CHECK_STATUS(noColumn, 400);
        QVERIFY2(noColumn.body.contains("category"), noColumn.body.constData());
        QList<QStringList> twice = edited;
        twice << edited.first();
        CHECK_STATUS(import(csv::file(rows.first(), twice), true), 400);
        QCOMPARE(version(), v0 + 1);
    }

    void theSalesReportExportsAsCsv()
    {
        Api c = staff(u"cashier1"_s);
        Api w = staff(u"waiter1"_s);
        const QString order = openOrder(w, u"2"_s);
        CHECK_STATUS(addItems(w, order, {item(menuId(u"Pad thai with shrimp"_s), 2)}), 200);
        CHECK_STATUS(w.post(u"/api/v1/orders/%1/send"_s.arg(order)), 200);
        CHECK_STATUS(w.post(u"/api/v1/orders/%1/checkout"_s.arg(order)), 200);
        CHECK_STATUS(
            c.postNew(u"/api/v1/payments"_s, {{u"order_id"_s, order}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"200.00"_s}}), 201);
        Api m = staff(u"manager1"_s);
        const QString day = m_fx.server().state().businessDay(m_fx.server().state().now());
        const Reply r = m.get(u"/api/v1/reports/sales?from=%1&to=%1&group_by=item&format=csv"_s.arg(day));
        CHECK_STATUS(r, 200);
        QVERIFY(r.headers.value("content-type").startsWith("text/csv"));
        QVERIFY(r.headers.value("content-disposition").contains("sales-"));
        const auto rows = csv::parse(r.body).value();
        QCOMPARE(rows.first(),
                 (QStringList{u"group"_s, u"label"_s, u"count"_s, u"gross"_s, u"discounts"_s, u"service_charge"_s, u"vat"_s, u"net"_s,
                              u"total"_s}));
        QCOMPARE(rows.size(), 3); // the dish, then the totals
        QCOMPARE(rows[1][1], u"Pad thai with shrimp"_s);
        QCOMPARE(rows[1][2], u"2"_s);
        QCOMPARE(rows[1][3], u"178.00"_s);
        QCOMPARE(rows[2][0], u"total"_s);
        QCOMPARE(rows[2][8], u"195.80"_s); // 178 + 10 % service
        // The same figures as the JSON.
        const QJsonObject json = m.get(u"/api/v1/reports/sales?from=%1&to=%1&group_by=item"_s.arg(day)).object();
        QCOMPARE(json.value(u"totals"_s).toObject().value(u"total"_s).toString(), rows[2][8]);
        CHECK_STATUS(m.get(u"/api/v1/reports/sales?format=xml"_s), 400);
    }

    // Every shop setting is checked: a bad value is a 400 naming its field and changes nothing
    // (not even the other fields of the same request); a good one raises the version.
    void everySettingIsCheckedAndChangesNothingWhenWrong()
    {
        Api m = staff(u"manager1"_s);
        const QJsonObject before = m.get(u"/api/v1/settings"_s).object();
        const qint64 v0 = before.value(u"version"_s).toInteger();
        const QString longText(301, u'x');
        const QList<std::pair<QJsonObject, QString>> bad{
            {{{u"vat_percent"_s, u"31"_s}}, u"vat_percent"_s},
            {{{u"vat_percent"_s, u"-1"_s}}, u"vat_percent"_s},
            {{{u"vat_percent"_s, u"seven"_s}}, u"vat_percent"_s},
            {{{u"service_charge_percent"_s, u"30.5"_s}}, u"service_charge_percent"_s},
            {{{u"prices_include_vat"_s, u"yes"_s}}, u"prices_include_vat"_s},
            {{{u"cash_rounding"_s, u"0.10"_s}}, u"cash_rounding"_s},
            {{{u"cleaning_enabled"_s, 1}}, u"cleaning_enabled"_s},
            {{{u"shop_name"_s, QString(101, u'x')}}, u"shop_name"_s},
            {{{u"address"_s, longText}}, u"address"_s},
            {{{u"receipt_header"_s, longText}}, u"receipt_header"_s},
            {{{u"receipt_footer"_s, longText}}, u"receipt_footer"_s},
            {{{u"receipt_logo"_s, u"not base64!"_s}}, u"receipt_logo"_s},
            {{{u"receipt_logo"_s, QString::fromLatin1(QByteArray("GIF89a, not a PNG").toBase64())}}, u"receipt_logo"_s},
            {{{u"tax_id"_s, u"12345"_s}}, u"tax_id"_s},
            {{{u"tax_id"_s, u"0105561234561"_s}}, u"tax_id"_s}, // its check digit is 0
            {{{u"promptpay_id"_s, u"12"_s}}, u"promptpay_id"_s},
            {{{u"promptpay_biller_id"_s, u"123"_s}}, u"promptpay_biller_id"_s},
            {{{u"promptpay_staff_confirm"_s, u"waiter"_s}}, u"promptpay_staff_confirm"_s},
            {{{u"stations"_s, QJsonArray{}}}, u"stations"_s},
            {{{u"stations"_s, QJsonArray{QJsonObject{{u"id"_s, u"Grill Room"_s}, {u"name"_s, u"Grill"_s}}}}}, u"stations[0].id"_s},
            {{{u"stations"_s, QJsonArray{QJsonObject{{u"id"_s, u"grill"_s}, {u"name"_s, u""_s}}}}}, u"stations[0].name"_s},
            {{{u"stations"_s,
               QJsonArray{QJsonObject{{u"id"_s, u"bar"_s}, {u"name"_s, u"Bar"_s}},
                          QJsonObject{{u"id"_s, u"bar"_s}, {u"name"_s, u"Bar 2"_s}}}}},
             u"stations[1].id"_s},
            {{{u"station_printers"_s, QJsonObject{{u"grill"_s, u"tcp://10.0.0.9:9100"_s}}}}, u"station_printers"_s},
            {{{u"station_printers"_s, QJsonObject{{u"bar"_s, 9100}}}}, u"station_printers"_s},
            // Stations still cooking dishes cannot go.
            {{{u"stations"_s, QJsonArray{QJsonObject{{u"id"_s, u"kitchen"_s}, {u"name"_s, u"Kitchen"_s}}}}}, u"stations"_s},
        };
        for (const auto &[body, field] : bad) {
            QJsonObject request = body;
            request.insert(u"service_charge_percent"_s, u"5"_s); // a good change riding along
            if (body.contains(u"service_charge_percent"_s))
                request = body;
            const Reply r = m.request("PUT", u"/api/v1/settings"_s, request);
            QVERIFY2(r.status == 400, qPrintable(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)) + r.describe()));
            QVERIFY2(r.errorField() == field, qPrintable(r.errorField() + u" ≠ "_s + field + u": "_s + r.describe()));
        }
        QCOMPARE(m.get(u"/api/v1/settings"_s).object(), before);
        CHECK_STATUS(staff(u"cashier1"_s).request("PUT", u"/api/v1/settings"_s, {{u"vat_percent"_s, u"7"_s}}), 403);

        // A grill with its printer; the bar's printer; the kitchen keeps none (display only).
        const QJsonArray stations{QJsonObject{{u"id"_s, u"kitchen"_s}, {u"name"_s, u"Kitchen"_s}, {u"name_th"_s, u"ครัว"_s}},
                                  QJsonObject{{u"id"_s, u"grill"_s}, {u"name"_s, u"Grill"_s}, {u"name_th"_s, u"ย่าง"_s}},
                                  QJsonObject{{u"id"_s, u"bar"_s}, {u"name"_s, u"Bar"_s}, {u"name_th"_s, u"บาร์"_s}},
                                  QJsonObject{{u"id"_s, u"dimsum"_s}, {u"name"_s, u"Dim sum"_s}, {u"name_th"_s, u""_s}}};
        const QJsonObject printers{{u"grill"_s, u"tcp://10.0.0.21:9100"_s}, {u"bar"_s, u"tcp://10.0.0.22:9100"_s}};
        const Reply ok = m.request("PUT", u"/api/v1/settings"_s,
                                   {{u"stations"_s, stations},
                                    {u"station_printers"_s, printers},
                                    {u"vat_percent"_s, u"7"_s},
                                    {u"prices_include_vat"_s, false},
                                    {u"cash_rounding"_s, u"0.25"_s},
                                    {u"cleaning_enabled"_s, false},
                                    {u"receipt_header"_s, u"Open 10:00–22:00"_s},
                                    {u"receipt_logo"_s, kTinyPng}});
        CHECK_STATUS(ok, 200);
        const QJsonObject after = m.get(u"/api/v1/settings"_s).object();
        QCOMPARE(after.value(u"version"_s).toInteger(), v0 + 1);
        QCOMPARE(after.value(u"stations"_s).toArray(), stations);
        QCOMPARE(after.value(u"station_printers"_s).toObject(), printers);
        QCOMPARE(after.value(u"prices_include_vat"_s).toBool(), false);
        QCOMPARE(after.value(u"cash_rounding"_s).toString(), u"0.25"_s);
        QCOMPARE(after.value(u"receipt_header"_s).toString(), u"Open 10:00–22:00"_s);
        QCOMPARE(after.value(u"receipt_logo"_s).toString(), kTinyPng);
        // Kept across a restart (stored, not only in memory).
        QVERIFY(m_fx.restart());
        m = staff(u"manager1"_s);
        QCOMPARE(m.get(u"/api/v1/settings"_s).object(), after);
        // The audit log has the change.
        const QJsonArray audit = m.get(u"/api/v1/audit-log?action=settings.update"_s).object().value(u"entries"_s).toArray();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().toObject().value(u"after"_s).toObject().value(u"vat_percent"_s).toString(), u"7"_s);

        // A dish goes to a station of the shop's, by id; one it does not have is refused.
        const QString catId = m.get(u"/api/v1/menu"_s).object().value(u"categories"_s).toArray().at(0).toObject().value(u"id"_s).toString();
        const Reply grilled = m.postNew(
            u"/api/v1/menu/items"_s,
            {{u"category_id"_s, catId}, {u"name"_s, u"Grilled pork neck"_s}, {u"price"_s, u"120.00"_s}, {u"station_id"_s, u"grill"_s}});
        CHECK_STATUS(grilled, 201);
        QCOMPARE(grilled.object().value(u"station_id"_s).toString(), u"grill"_s);
        QCOMPARE(grilled.object().value(u"station"_s).toString(), u"grill"_s);
        const Reply smoker = m.postNew(
            u"/api/v1/menu/items"_s,
            {{u"category_id"_s, catId}, {u"name"_s, u"Smoked duck"_s}, {u"price"_s, u"150.00"_s}, {u"station_id"_s, u"smoker"_s}});
        CHECK_STATUS(smoker, 400);
        QCOMPARE(smoker.errorField(), u"station_id"_s);
        // The grill now cooks a dish: it cannot be removed.
        QJsonArray withoutGrill = stations;
        withoutGrill.removeAt(1);
        const Reply drop = m.request("PUT", u"/api/v1/settings"_s, {{u"stations"_s, withoutGrill}, {u"station_printers"_s, QJsonObject{}}});
        CHECK_STATUS(drop, 400);
        QVERIFY(drop.describe().contains(u"Grilled pork neck"_s));

        // Sent, the dish makes a grill ticket: the kitchen display lists it under the grill, and
        // the answer carries it for the sending till to print.
        Api w = staff(u"waiter1"_s);
        const QString order = openOrder(w, u"7"_s);
        CHECK_STATUS(addItems(w, order, {item(grilled.object().value(u"id"_s).toString(), 1), item(menuId(u"Thai iced tea"_s), 2)}), 200);
        const Reply sent = w.post(u"/api/v1/orders/%1/send"_s.arg(order));
        CHECK_STATUS(sent, 200);
        const QJsonArray tickets = sent.object().value(u"kitchen_tickets"_s).toArray();
        QCOMPARE(tickets.size(), 2);
        QSet<QString> ticketStations;
        for (const auto &t : tickets)
            ticketStations.insert(t.toObject().value(u"station"_s).toString());
        QCOMPARE(ticketStations, (QSet<QString>{u"grill"_s, u"bar"_s}));
        const Reply grillList = staff(u"kitchen1"_s).get(u"/api/v1/kitchen/tickets?station=grill"_s);
        CHECK_STATUS(grillList, 200);
        QCOMPARE(grillList.data().toArray().size(), 1);
        CHECK_STATUS(staff(u"kitchen1"_s).get(u"/api/v1/kitchen/tickets?station=smoker"_s), 400);
    }

    // Settings saved on one of two instances on one PostgreSQL database hold on the other at once
    // (totals with them), and a save on the other starts from them; a menu the other kept
    // serialised is read again after a change.
    void settingsSavedOnOneInstanceHoldOnEveryInstance()
    {
        if (!usingPostgres())
            QSKIP("several instances share a PostgreSQL database; this is the SQLite run");
        auto second = startSecondInstance();
        QVERIFY(second);
        server::TavolaServer &b = *second;
        Api onA = staff(u"manager1"_s);
        Api onB = staffApi(b.url(), u"manager1"_s);
        QCOMPARE(onB.get(u"/api/v1/settings"_s).object().value(u"service_charge_percent"_s).toString(), u"10"_s);
        // Saved on A: B totals with it as soon as the event reaches it, without a restart.
        CHECK_STATUS(onA.request("PUT", u"/api/v1/settings"_s, {{u"service_charge_percent"_s, u"5"_s}}), 200);
        QTRY_COMPARE(onB.get(u"/api/v1/settings"_s).object().value(u"service_charge_percent"_s).toString(), u"5"_s);
        const QString order = billAtCheckout(b.url(), u"9"_s);
        const QJsonObject bill = onB.get(u"/api/v1/orders/"_s + order).object();
        QCOMPARE(bill.value(u"service_charge"_s).toString(), u"4.45"_s);
        // A save on B of another field keeps A's service charge (B starts from the stored settings).
        const Reply saved = onB.request("PUT", u"/api/v1/settings"_s, {{u"receipt_footer"_s, u"See you soon"_s}});
        CHECK_STATUS(saved, 200);
        QCOMPARE(saved.object().value(u"service_charge_percent"_s).toString(), u"5"_s);
        QTRY_COMPARE(onA.get(u"/api/v1/settings"_s).object().value(u"receipt_footer"_s).toString(), u"See you soon"_s);
        QCOMPARE(onA.get(u"/api/v1/settings"_s).object().value(u"version"_s), saved.object().value(u"version"_s));
        // B's menu, read (and kept serialised) before a dish is sold out on A: B's next read has it.
        const QString dish = menuItemId(onB, u"Pad thai with shrimp"_s);
        QVERIFY(!dish.isEmpty());
        CHECK_STATUS(onA.request("PATCH", u"/api/v1/menu/items/"_s + dish, {{u"available"_s, false}}), 200);
        QCOMPARE(Menu::fromJson(onB.get(u"/api/v1/menu"_s).object()).value().item(dish)->available, false);
        b.stop();
    }

    // A dish's options in groups: a required spice level (exactly one) and up to two extras. An
    // order line that breaks a group's min or max is refused and adds nothing; a good one is
    // priced with its options. Editing the dish without its groups keeps them.
    void modifierGroupsAreEnforcedWhenItemsAreAdded()
    {
        Api m = staff(u"manager1"_s);
        const QString catId = m.get(u"/api/v1/menu"_s).object().value(u"categories"_s).toArray().at(0).toObject().value(u"id"_s).toString();
        const QJsonObject dish{
            {u"category_id"_s, catId},
            {u"name"_s, u"Som tam"_s},
            {u"price"_s, u"60.00"_s},
            {u"modifiers"_s, QJsonArray{QJsonObject{{u"name"_s, u"No peanuts"_s}}}},
            {u"modifier_groups"_s,
             QJsonArray{QJsonObject{{u"name"_s, u"Spice"_s},
                                    {u"name_th"_s, u"ความเผ็ด"_s},
                                    {u"min"_s, 1},
                                    {u"max"_s, 1},
                                    {u"options"_s, QJsonArray{QJsonObject{{u"name"_s, u"Mild"_s}}, QJsonObject{{u"name"_s, u"Hot"_s}}}}},
                        QJsonObject{{u"name"_s, u"Extras"_s},
                                    {u"min"_s, 0},
                                    {u"max"_s, 2},
                                    {u"options"_s,
                                     QJsonArray{QJsonObject{{u"name"_s, u"Crab"_s}, {u"price"_s, u"10.00"_s}},
                                                QJsonObject{{u"name"_s, u"Egg"_s}, {u"price"_s, u"10.00"_s}},
                                                QJsonObject{{u"name"_s, u"Pork"_s}, {u"price"_s, u"15.00"_s}}}}}}}};
        const Reply made = m.postNew(u"/api/v1/menu/items"_s, dish);
        CHECK_STATUS(made, 201);
        const QJsonObject item = made.object();
        QCOMPARE(item.value(u"modifier_groups"_s).toArray().size(), 2);
        QCOMPARE(item.value(u"modifiers"_s).toArray().size(), 6);
        QHash<QString, QString> option; // name → id
        for (const auto &v : item.value(u"modifiers"_s).toArray())
            option.insert(v.toObject().value(u"name"_s).toString(), v.toObject().value(u"id"_s).toString());
        // min above max is refused.
        QJsonObject wrong = dish;
        QJsonArray groups = wrong.value(u"modifier_groups"_s).toArray();
        QJsonObject spice = groups.at(0).toObject();
        spice.insert(u"min"_s, 2);
        groups.replace(0, spice);
        wrong.insert(u"modifier_groups"_s, groups);
        wrong.insert(u"name"_s, u"Som tam 2"_s);
        const Reply refused = m.postNew(u"/api/v1/menu/items"_s, wrong);
        CHECK_STATUS(refused, 400);
        QCOMPARE(refused.errorField(), u"modifier_groups[0].min"_s);

        Api w = staff(u"waiter1"_s);
        const QString order = openOrder(w, u"9"_s);
        const QString id = item.value(u"id"_s).toString();
        auto add = [&](const QStringList &mods) { return addItems(w, order, {this->item(id, 1, mods)}); };
        for (const QStringList &bad :
             {QStringList{}, QStringList{option[u"No peanuts"_s]}, QStringList{option[u"Mild"_s], option[u"Hot"_s]},
              QStringList{option[u"Hot"_s], option[u"Crab"_s], option[u"Egg"_s], option[u"Pork"_s]}}) {
            const Reply r = add(bad);
            QVERIFY2(r.status == 400, qPrintable(r.describe()));
            QCOMPARE(r.errorField(), u"items[0].modifier_ids"_s);
        }
        QVERIFY(w.get(u"/api/v1/orders/"_s + order).object().value(u"items"_s).toArray().isEmpty());
        const Reply good = add({option[u"Hot"_s], option[u"Crab"_s], option[u"Pork"_s], option[u"No peanuts"_s]});
        CHECK_STATUS(good, 200);
        QCOMPARE(good.object().value(u"items"_s).toArray().first().toObject().value(u"line_total"_s).toString(), u"85.00"_s);

        // A new price alone keeps the groups and every option's id (sent lines name them).
        const Reply priced = m.request("PUT", u"/api/v1/menu/items/"_s + id,
                                       {{u"category_id"_s, catId}, {u"name"_s, u"Som tam"_s}, {u"price"_s, u"65.00"_s}});
        CHECK_STATUS(priced, 200);
        QCOMPARE(priced.object().value(u"modifier_groups"_s).toArray(), item.value(u"modifier_groups"_s).toArray());
        QCOMPARE(priced.object().value(u"modifiers"_s).toArray(), item.value(u"modifiers"_s).toArray());
    }

    void onlyAnAdminBacksUpAndPostgresSaysPgDump()
    {
        CHECK_STATUS(staff(u"manager1"_s).postNew(u"/api/v1/admin/backups"_s, {}), 403);
        CHECK_STATUS(staff(u"manager1"_s).get(u"/api/v1/admin/backups"_s), 403);
        Api a = admin();
        if (usingPostgres()) {
            const Reply r = a.postNew(u"/api/v1/admin/backups"_s, {});
            QCOMPARE(r.status, 501);
            QCOMPARE(r.errorCode(), u"NOT_SUPPORTED"_s);
            QVERIFY2(r.body.contains("pg_dump"), r.body.constData());
            QCOMPARE(a.get(u"/api/v1/admin/backups"_s).status, 501);
            // Nor does --restore write into PostgreSQL: that is pg_restore's.
            QString out;
            QVERIFY(runServer({u"--restore"_s, m_work.filePath(u"any.db"_s), u"--db"_s, m_fx.config().database}, &out) != 0);
            QVERIFY2(out.contains(u"pg_restore"_s), qPrintable(out));
            return;
        }
        const Reply r = a.postNew(u"/api/v1/admin/backups"_s, {});
        QCOMPARE(r.status, 201);
        QVERIFY(r.object().value(u"bytes"_s).toInteger() > 0);
        QVERIFY(QFileInfo::exists(r.object().value(u"file"_s).toString()));
        // Audited.
        const QJsonArray log = a.get(u"/api/v1/audit-log?action=backup.create"_s).object().value(u"entries"_s).toArray();
        QCOMPARE(log.size(), 1);
    }

    void aBackupUnderABurstOfOrdersRestoresWithEveryAcknowledgedOrder()
    {
        if (usingPostgres())
            QSKIP("SQLite backups (PostgreSQL: pg_dump)");
        const QString token = staff(u"cashier1"_s).token();
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        QStringList acknowledged; // orders whose 201 came back, in order
        int failed = 0;
        auto fire = [&](int n) {
            for (int i = 0; i < n; ++i) {
                QNetworkReply *reply = postAsync(nam, m_fx.url() + u"/api/v1/orders"_s, token, QUuid::createUuid().toByteArray(),
                                                 {{u"type"_s, u"takeaway"_s}, {u"customer_name"_s, u"Burst %1"_s.arg(i)}});
                connect(reply, &QNetworkReply::finished, this, [&, reply] {
                    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
                    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
                        acknowledged << json.value(u"data"_s).toObject().value(u"id"_s).toString();
                    else
                        ++failed;
                });
                replies << reply;
            }
        };
        fire(40);
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged.size() >= 10, 20000);
        fire(40); // still arriving while the backup is taken
        const QStringList before = acknowledged;
        const Reply backup = admin().postNew(u"/api/v1/admin/backups"_s, {});
        CHECK_STATUS(backup, 201);
        QTRY_COMPARE_WITH_TIMEOUT(acknowledged.size() + failed, 80, 30000);
        QCOMPARE(failed, 0);
        qDeleteAll(replies);

        // Restored into a new database with the real binary, then read like the server would.
        const QString restored = m_work.filePath(u"restored.db"_s);
        const QString url = u"sqlite://"_s + restored;
        QString out;
        QCOMPARE(runServer({u"--restore"_s, backup.object().value(u"file"_s).toString(), u"--db"_s, url}, &out), 0);
        QVERIFY2(out.contains(u"restored"_s), qPrintable(out));
        QString integrity;
        const QSet<QString> inBackup = ordersIn(restored, &integrity);
        QCOMPARE(integrity, u"ok"_s);
        for (const QString &id : before)
            QVERIFY2(inBackup.contains(id), qPrintable(u"order %1 was acknowledged before the backup but is not in it"_s.arg(id)));
        const QSet<QString> all(acknowledged.cbegin(), acknowledged.cend());
        const QSet<QString> live = ordersIn(QUrl(m_fx.config().database).path(), &integrity);
        QVERIFY(inBackup.size() <= live.size());
        QVERIFY(inBackup.size() >= before.size());
        for (const QString &id : inBackup)
            QVERIFY2(live.contains(id), qPrintable(id)); // nothing that never was

        // A database that holds data is not overwritten by accident; --force does it.
        QVERIFY(runServer({u"--restore"_s, backup.object().value(u"file"_s).toString(), u"--db"_s, url}, &out) != 0);
        QVERIFY2(out.contains(u"--force"_s), qPrintable(out));
        QCOMPARE(runServer({u"--restore"_s, backup.object().value(u"file"_s).toString(), u"--db"_s, url, u"--force"_s}, &out), 0);
        // Nor is a file that is not a backup restored.
        QFile junk(m_work.filePath(u"junk.db"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a database at all");
        junk.close();
        QVERIFY(runServer({u"--restore"_s, junk.fileName(), u"--db"_s, u"sqlite://"_s + m_work.filePath(u"other.db"_s)}, &out) != 0);
        QVERIFY(!QFileInfo::exists(m_work.filePath(u"other.db"_s)));

        // The restored database serves: a server started on it lists the acknowledged orders.
        m_fx.stop();
        QVERIFY(m_fx.start([&](server::ServerConfig &c) {
            c.database = url;
            c.demo = false;
        }));
        const QJsonArray orders =
            staff(u"cashier1"_s).get(u"/api/v1/orders?type=takeaway&limit=200"_s).object().value(u"orders"_s).toArray();
        QCOMPARE(orders.size(), inBackup.size());
    }

    void backupsAreKeptNDeepAndTheScheduleRunsOffTheEventLoop()
    {
        if (usingPostgres())
            QSKIP("SQLite backups (PostgreSQL: pg_dump)");
        const QString dir = m_work.filePath(u"kept"_s);
        m_fx.stop();
        QVERIFY(m_fx.start([&](server::ServerConfig &c) {
            c.backupDir = dir;
            c.backupKeep = 2;
        }));
        Api a = admin();
        QStringList files;
        for (int i = 0; i < 3; ++i) {
            const Reply r = a.postNew(u"/api/v1/admin/backups"_s, {});
            CHECK_STATUS(r, 201);
            files << r.object().value(u"file"_s).toString();
            QVERIFY(files.last().startsWith(dir));
        }
        QCOMPARE(QSet<QString>(files.cbegin(), files.cend()).size(), 3); // each its own file
        const QJsonArray listed = a.get(u"/api/v1/admin/backups"_s).object().value(u"backups"_s).toArray();
        QCOMPARE(listed.size(), 2);
        QVERIFY(!QFileInfo::exists(files.first())); // the oldest went
        QCOMPARE(QDir(dir).entryList({u"*.partial"_s}, QDir::Files).size(), 0);

        // The scheduled backup: on a thread of its own while the server keeps answering.
        m_fx.server().backUpInBackground();
        QVERIFY(m_fx.server().backupRunning());
        CHECK_STATUS(Api(m_fx.url()).get(u"/health"_s), 200);
        QTRY_VERIFY_WITH_TIMEOUT(!m_fx.server().backupRunning(), 20000);
        const QJsonArray after = a.get(u"/api/v1/admin/backups"_s).object().value(u"backups"_s).toArray();
        QCOMPARE(after.size(), 2);
        // The newest is the scheduled one; the last on demand is kept beside it, the one before went.
        QCOMPARE(after.last().toObject().value(u"file"_s).toString(), files.last());
        QVERIFY(after.first().toObject().value(u"file"_s).toString() != files.last());
        QVERIFY(!QFileInfo::exists(files[1]));
    }
};

QTEST_MAIN(TestServerBackOffice)
#include "tst_server_backoffice.moc"
