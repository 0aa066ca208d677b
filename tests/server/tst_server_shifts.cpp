// Till shifts with X and Z reports, sales and queue reports, and receipt numbers under concurrent
// payments, over real HTTP on SQLite or PostgreSQL (labels server, pg).
#include "serverharness.h"
#include "serverstate.h"
#include "storage/database.h"
#include "storage/reportqueries.h"
#include "testutil.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;

namespace {

qint64 satang(const QJsonValue &v)
{
    auto m = Money::parse(v.toString());
    return m ? m->satang() : -1;
}

} // namespace

class TestServerShifts : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;

    Api staff(const QString &user) { return staffApi(m_fx.url(), user); }

    QString pay(Api &c, const QString &orderId, const QString &method, const QString &extra = {})
    {
        QJsonObject body{{u"order_id"_s, orderId}, {u"method"_s, method}};
        if (method == u"cash"_s)
            body.insert(u"amount_received"_s, extra.isEmpty() ? u"500.00"_s : extra);
        if (method == u"card"_s)
            body.insert(u"approval_code"_s, u"APP1"_s);
        const Reply r = c.postNew(u"/api/v1/payments"_s, body);
        if (r.status != 201)
            qWarning("payment failed: %s", qPrintable(r.describe()));
        return r.object().value(u"payment_id"_s).toString();
    }

    /// The plan of `sql` with `binds`, one line per step.
    static QStringList explain(server::Database &db, const QString &sql, const QVariantList &binds)
    {
        QStringList out;
        if (!db.isPostgres()) {
            auto rows = db.rows(u"EXPLAIN QUERY PLAN "_s + sql, binds);
            if (rows) {
                for (const auto &r : *rows)
                    out << r.value(u"detail"_s).toString();
            }
            return out;
        }
        // PostgreSQL cannot prepare EXPLAIN: the values go into the text.
        QString text;
        qsizetype next = 0;
        bool quoted = false;
        for (const QChar ch : sql) {
            if (ch == u'\'')
                quoted = !quoted;
            if (ch == u'?' && !quoted && next < binds.size()) {
                const QVariant &v = binds.at(next++);
                text += v.typeId() == QMetaType::QString ? u"'"_s + v.toString().replace(u"'"_s, u"''"_s) + u"'"_s : v.toString();
            } else {
                text += ch;
            }
        }
        (void)db.run(u"SET enable_seqscan = off"_s);
        auto rows = db.rows(u"EXPLAIN "_s + text);
        (void)db.run(u"SET enable_seqscan = on"_s);
        if (rows) {
            for (const auto &r : *rows)
                out << r.value(u"QUERY PLAN"_s).toString();
        }
        return out;
    }

    qint64 dbSum(const QString &sql) { return m_fx.server().database().scalar(sql)->toLongLong(); }

private slots:
    void init() { QVERIFY(m_fx.start()); }
    void cleanup() { m_fx.stop(); }

    void oneOpenShiftPerCashier()
    {
        Api c = staff(u"cashier1"_s);
        CHECK_STATUS(c.get(u"/api/v1/shifts/current"_s), 404);
        const Reply opened = c.post(u"/api/v1/shifts/open"_s, {{u"opening_cash"_s, u"1000.00"_s}});
        CHECK_STATUS(opened, 201);
        QCOMPARE(opened.object().value(u"status"_s).toString(), u"OPEN"_s);
        QCOMPARE(opened.object().value(u"opening_cash"_s).toString(), u"1000.00"_s);
        QCOMPARE(opened.object().value(u"cashier"_s).toString(), u"cashier1"_s);
        const Reply twice = c.post(u"/api/v1/shifts/open"_s, {{u"opening_cash"_s, u"5.00"_s}});
        CHECK_STATUS(twice, 409);
        QCOMPARE(twice.json.value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"shift_id"_s),
                 opened.object().value(u"id"_s));
        CHECK_STATUS(c.post(u"/api/v1/shifts/open"_s, {{u"opening_cash"_s, u"-1.00"_s}}), 400);
        CHECK_STATUS(c.post(u"/api/v1/shifts/open"_s, {}), 400);
        CHECK_STATUS(staff(u"waiter1"_s).post(u"/api/v1/shifts/open"_s, {{u"opening_cash"_s, u"0.00"_s}}), 403);
        // Another cashier's shift is theirs to close (or a manager's).
        Api m = staff(u"manager1"_s);
        const QString managerShift = m.post(u"/api/v1/shifts/open"_s, {{u"opening_cash"_s, u"0.00"_s}}).object().value(u"id"_s).toString();
        CHECK_STATUS(c.post(u"/api/v1/shifts/%1/close"_s.arg(managerShift), {{u"counted_cash"_s, u"0.00"_s}}), 403);
        CHECK_STATUS(
            m.post(u"/api/v1/shifts/%1/close"_s.arg(opened.object().value(u"id"_s).toString()), {{u"counted_cash"_s, u"1000.00"_s}}), 200);
        CHECK_STATUS(
            m.post(u"/api/v1/shifts/%1/close"_s.arg(opened.object().value(u"id"_s).toString()), {{u"counted_cash"_s, u"1000.00"_s}}), 409);
        CHECK_STATUS(m.post(u"/api/v1/shifts/999999/close"_s, {{u"counted_cash"_s, u"0.00"_s}}), 404);
        const QJsonArray open = m.get(u"/api/v1/shifts?status=OPEN"_s).object().value(u"shifts"_s).toArray();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).toObject().value(u"id"_s).toString(), managerShift);
        // Once closed, the cashier may open a new one.
        CHECK_STATUS(c.post(u"/api/v1/shifts/open"_s, {{u"opening_cash"_s, u"800.00"_s}}), 201);
    }

    void theZReportAddsUpToThePayments()
    {
        Api c = staff(u"cashier1"_s);
        Api m = staff(u"manager1"_s);
        const QString shiftId = c.post(u"/api/v1/shifts/open"_s, {{u"opening_cash"_s, u"1000.00"_s}}).object().value(u"id"_s).toString();

        // Cash 97.90 (change from 100), cash 195.80, card 97.90, PromptPay 97.90 via the gateway.
        const QString cash1 = pay(c, billAtCheckout(m_fx.url(), u"1"_s), u"cash"_s, u"100.00"_s);
        pay(c, billAtCheckout(m_fx.url(), u"2"_s, 2), u"cash"_s);
        pay(c, billAtCheckout(m_fx.url(), u"3"_s), u"card"_s);
        const QString qrOrder = billAtCheckout(m_fx.url(), u"4"_s);
        const QString qr = c.postNew(u"/api/v1/payments"_s, {{u"order_id"_s, qrOrder}, {u"method"_s, u"promptpay"_s}})
                               .object()
                               .value(u"payment_id"_s)
                               .toString();
        CHECK_STATUS(c.post(u"/api/v1/sandbox/payments/%1/pay"_s.arg(qr)), 202);
        QTRY_COMPARE_WITH_TIMEOUT(c.get(u"/api/v1/payments/"_s + qr).object().value(u"status"_s).toString(), u"PAID"_s, 10000);
        // A discounted bill (10 %) and a bill with a voided line, both paid by card.
        const QString discounted = billAtCheckout(m_fx.url(), u"5"_s);
        CHECK_STATUS(m.post(u"/api/v1/orders/%1/discount"_s.arg(discounted),
                            {{u"type"_s, u"percent"_s}, {u"value"_s, u"10"_s}, {u"reason"_s, u"regular"_s}}),
                     200);
        pay(c, discounted, u"card"_s);
        Api w = staff(u"waiter1"_s);
        const QString voided =
            w.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"6"_s}, {u"guests"_s, 2}}).object().value(u"id"_s).toString();
        const QJsonObject withLines = w.postNew(u"/api/v1/orders/%1/items"_s.arg(voided),
                                                {{u"items"_s,
                                                  QJsonArray{
                                                      QJsonObject{{u"menu_id"_s, menuItemId(w, u"Pad thai with shrimp"_s)}, {u"qty"_s, 1}},
                                                      QJsonObject{{u"menu_id"_s, menuItemId(w, u"Thai iced tea"_s)}, {u"qty"_s, 1}}}}})
                                          .object();
        const QString teaLine = withLines.value(u"items"_s).toArray().at(1).toObject().value(u"id"_s).toString();
        CHECK_STATUS(c.post(u"/api/v1/orders/%1/items/%2/void"_s.arg(voided, teaLine), {{u"reason"_s, u"wrong drink"_s}},
                            {{"X-Manager-Pin", "9000"}}),
                     200);
        w.post(u"/api/v1/orders/%1/send"_s.arg(voided));
        w.post(u"/api/v1/orders/%1/checkout"_s.arg(voided));
        pay(c, voided, u"card"_s);
        // The first cash sale is refunded from this drawer.
        CHECK_STATUS(c.post(u"/api/v1/payments/%1/refund"_s.arg(cash1), {{u"reason"_s, u"wrong table"_s}}, {{"X-Manager-Pin", "9000"}}),
                     200);

        const QJsonObject x = c.get(u"/api/v1/shifts/current"_s).object();
        QCOMPARE(x.value(u"type"_s).toString(), u"X"_s);

        const Reply closed = c.post(u"/api/v1/shifts/%1/close"_s.arg(shiftId), {{u"counted_cash"_s, u"1190.00"_s}});
        CHECK_STATUS(closed, 200);
        const QJsonObject z = closed.object();
        QCOMPARE(z.value(u"type"_s).toString(), u"Z"_s);
        const QString shiftFilter = u" FROM payments WHERE shift_id = %1 AND status IN ('PAID', 'REFUNDED')"_s.arg(shiftId);
        QCOMPARE(z.value(u"sales"_s).toObject().value(u"count"_s).toInt(), 6);
        QCOMPARE(satang(z.value(u"sales"_s).toObject().value(u"amount"_s)), dbSum(u"SELECT SUM(amount)"_s + shiftFilter));
        qint64 byMethodSum = 0;
        QHash<QString, QJsonObject> methods;
        for (const auto &v : z.value(u"by_method"_s).toArray()) {
            methods.insert(v.toObject().value(u"method"_s).toString(), v.toObject());
            byMethodSum += satang(v.toObject().value(u"amount"_s));
        }
        QCOMPARE(byMethodSum, satang(z.value(u"sales"_s).toObject().value(u"amount"_s)));
        for (const QString &method : {u"cash"_s, u"card"_s, u"promptpay"_s})
            QCOMPARE(satang(methods.value(method).value(u"amount"_s)),
                     dbSum(u"SELECT COALESCE(SUM(amount), 0)"_s + shiftFilter + u" AND method = '%1'"_s.arg(method)));
        QCOMPARE(methods.value(u"cash"_s).value(u"count"_s).toInt(), 2);
        QCOMPARE(methods.value(u"card"_s).value(u"count"_s).toInt(), 3);
        QCOMPARE(methods.value(u"promptpay"_s).value(u"count"_s).toInt(), 1);
        QCOMPARE(methods.value(u"cash"_s).value(u"amount"_s).toString(), u"293.70"_s);
        QCOMPARE(z.value(u"refunds"_s).toObject().value(u"amount"_s).toString(), u"97.90"_s);
        QCOMPARE(z.value(u"discounts"_s).toObject().value(u"count"_s).toInt(), 1);
        QCOMPARE(z.value(u"discounts"_s).toObject().value(u"amount"_s).toString(), u"8.90"_s);
        QCOMPARE(z.value(u"voids"_s).toObject().value(u"count"_s).toInt(), 1);
        QCOMPARE(z.value(u"voids"_s).toObject().value(u"amount"_s).toString(), u"45.00"_s);
        // Drawer: 1000.00 + 293.70 cash sales − 97.90 refunded = 1195.80 expected; 1190.00 counted.
        const QJsonObject cash = z.value(u"cash"_s).toObject();
        QCOMPARE(cash.value(u"expected"_s).toString(), u"1195.80"_s);
        QCOMPARE(cash.value(u"counted"_s).toString(), u"1190.00"_s);
        QCOMPARE(cash.value(u"over_short"_s).toString(), u"-5.80"_s);
        QCOMPARE(z.value(u"shift"_s).toObject().value(u"over_short"_s).toString(), u"-5.80"_s);

        // The Z report is frozen: later sales outside the shift do not change it.
        pay(c, billAtCheckout(m_fx.url(), u"7"_s), u"cash"_s);
        const Reply later = m.get(u"/api/v1/reports/shift/"_s + shiftId);
        CHECK_STATUS(later, 200);
        QCOMPARE(later.object().value(u"sales"_s), z.value(u"sales"_s));
        QCOMPARE(later.object().value(u"cash"_s), z.value(u"cash"_s));
        CHECK_STATUS(c.get(u"/api/v1/reports/shift/"_s + shiftId), 403);
        QCOMPARE(dbSum(u"SELECT COUNT(*) FROM payments WHERE shift_id IS NULL"_s), 1);
    }

    void salesReportByEveryGrouping()
    {
        Api c = staff(u"cashier1"_s);
        Api m = staff(u"manager1"_s);
        const QString a = billAtCheckout(m_fx.url(), u"1"_s, 2); // 2 × pad thai
        const QString b = billAtCheckout(m_fx.url(), u"2"_s, 1); // 1 × pad thai
        const QString refunded = billAtCheckout(m_fx.url(), u"3"_s, 1);
        pay(c, a, u"cash"_s);
        pay(c, b, u"card"_s);
        const QString back = pay(c, refunded, u"card"_s);
        CHECK_STATUS(m.post(u"/api/v1/payments/%1/refund"_s.arg(back), {{u"reason"_s, u"complaint"_s}}), 200);
        const QJsonObject oa = m.get(u"/api/v1/orders/"_s + a).object();
        const QJsonObject ob = m.get(u"/api/v1/orders/"_s + b).object();
        auto both = [&](const QString &field) { return satang(oa.value(field)) + satang(ob.value(field)); };

        const Reply byDay = m.get(u"/api/v1/reports/sales?group_by=day"_s);
        CHECK_STATUS(byDay, 200);
        const QJsonArray days = byDay.object().value(u"rows"_s).toArray();
        QCOMPARE(days.size(), 1);
        const QJsonObject day = days.at(0).toObject();
        QCOMPARE(day.value(u"key"_s).toString(), m_fx.server().state().businessDay(m_fx.server().state().now()));
        QCOMPARE(day.value(u"count"_s).toInt(), 2);
        QCOMPARE(satang(day.value(u"gross"_s)), both(u"subtotal"_s));
        QCOMPARE(satang(day.value(u"service_charge"_s)), both(u"service_charge"_s));
        QCOMPARE(satang(day.value(u"vat"_s)), both(u"vat"_s));
        QCOMPARE(satang(day.value(u"total"_s)), both(u"total"_s));
        QCOMPARE(satang(day.value(u"net"_s)), both(u"total"_s) - both(u"vat"_s));
        QCOMPARE(day.value(u"discounts"_s).toString(), u"0.00"_s);
        QCOMPARE(byDay.object().value(u"totals"_s).toObject().value(u"total"_s), day.value(u"total"_s));
        QCOMPARE(byDay.object().value(u"refunds"_s).toObject().value(u"count"_s).toInt(), 1);

        QHash<QString, QJsonObject> methods;
        for (const auto &v : m.get(u"/api/v1/reports/sales?group_by=method"_s).object().value(u"rows"_s).toArray())
            methods.insert(v.toObject().value(u"key"_s).toString(), v.toObject());
        QCOMPARE(methods.size(), 2);
        QCOMPARE(satang(methods.value(u"cash"_s).value(u"total"_s)), satang(oa.value(u"total"_s)));
        QCOMPARE(satang(methods.value(u"card"_s).value(u"total"_s)), satang(ob.value(u"total"_s)));

        const QJsonArray items = m.get(u"/api/v1/reports/sales?group_by=item"_s).object().value(u"rows"_s).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(u"label"_s).toString(), u"Pad thai with shrimp"_s);
        QCOMPARE(items.at(0).toObject().value(u"count"_s).toInt(), 3);
        QCOMPARE(items.at(0).toObject().value(u"gross"_s).toString(), u"267.00"_s);
        const QJsonArray categories = m.get(u"/api/v1/reports/sales?group_by=category"_s).object().value(u"rows"_s).toArray();
        QCOMPARE(categories.size(), 1);
        QVERIFY(!categories.at(0).toObject().value(u"label"_s).toString().isEmpty());
        QVERIFY(categories.at(0).toObject().value(u"label"_s) != categories.at(0).toObject().value(u"key"_s));
        const QJsonArray staffRows = m.get(u"/api/v1/reports/sales?group_by=staff"_s).object().value(u"rows"_s).toArray();
        QCOMPARE(staffRows.size(), 1);
        QCOMPARE(staffRows.at(0).toObject().value(u"key"_s).toString(), u"cashier1"_s);
        qint64 hourCount = 0;
        for (const auto &v : m.get(u"/api/v1/reports/sales?group_by=hour"_s).object().value(u"rows"_s).toArray()) {
            QVERIFY(QRegularExpression(u"^([01][0-9]|2[0-3])$"_s).match(v.toObject().value(u"key"_s).toString()).hasMatch());
            hourCount += v.toObject().value(u"count"_s).toInt();
        }
        QCOMPARE(hourCount, 2);
        // A period with no sales is empty, not an error.
        const Reply past = m.get(u"/api/v1/reports/sales?from=2020-01-01&to=2020-01-31"_s);
        CHECK_STATUS(past, 200);
        QCOMPARE(past.object().value(u"rows"_s).toArray().size(), 0);
        QCOMPARE(past.object().value(u"totals"_s).toObject().value(u"total"_s).toString(), u"0.00"_s);
        // Bad input.
        CHECK_STATUS(m.get(u"/api/v1/reports/sales?group_by=week"_s), 400);
        CHECK_STATUS(m.get(u"/api/v1/reports/sales?from=yesterday"_s), 400);
        const Reply reversed = m.get(u"/api/v1/reports/sales?from=2026-02-01&to=2026-01-01"_s);
        CHECK_STATUS(reversed, 400);
        QCOMPARE(reversed.errorField(), u"from"_s);
        CHECK_STATUS(c.get(u"/api/v1/reports/sales"_s), 403);
    }

    // Every sales report reads rollups kept in each payment's and refund's transaction; they equal
    // what the orders and lines give, for every grouping, and a rebuild from the lines (the
    // server's --rebuild-reports) gives the same rows as the running totals.
    void reportsReadRollupsThatEqualTheLines()
    {
        Api c = staff(u"cashier1"_s);
        Api m = staff(u"manager1"_s);
        server::ServerState &state = m_fx.server().state();
        const QString firstDay = state.businessDay(state.now());
        pay(c, billAtCheckout(m_fx.url(), u"1"_s, 2), u"cash"_s);
        pay(c, billAtCheckout(m_fx.url(), QString(), 1), u"card"_s); // a takeaway
        // One bill in two tenders: cash for part, card for the rest.
        const QString split = billAtCheckout(m_fx.url(), u"2"_s, 3);
        CHECK_STATUS(
            c.postNew(u"/api/v1/payments"_s,
                      {{u"order_id"_s, split}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"100.00"_s}, {u"amount"_s, u"100.00"_s}}),
            201);
        pay(c, split, u"card"_s);
        // The next business day: a sale, and one refunded.
        state.advanceClock(24LL * 3600 * 1000);
        c = staff(u"cashier1"_s); // the tokens of yesterday have expired
        m = staff(u"manager1"_s);
        pay(c, billAtCheckout(m_fx.url(), u"3"_s, 4), u"cash"_s);
        const QString back = pay(c, billAtCheckout(m_fx.url(), u"4"_s, 1), u"card"_s);
        CHECK_STATUS(m.post(u"/api/v1/payments/%1/refund"_s.arg(back), {{u"reason"_s, u"complaint"_s}}), 200);
        const QString lastDay = state.businessDay(state.now());
        QVERIFY(lastDay != firstDay);

        server::ReportQueries reports(m_fx.server().database());
        const int offset = state.shop.utcOffsetMinutes;
        for (const auto &[from, to] : {std::pair{firstDay, lastDay}, std::pair{firstDay, firstDay}, std::pair{lastDay, lastDay}}) {
            for (const QString &group : server::ReportQueries::groups()) {
                const auto rolled = reports.sales(group, from, to);
                const auto counted = reports.salesFromLines(group, from, to, offset);
                QVERIFY(rolled && counted);
                QVERIFY2(!rolled->isEmpty(), qPrintable(group));
                QVERIFY2(*rolled == *counted, qPrintable(u"%1 %2..%3"_s.arg(group, from, to)));
            }
        }
        // The reports over the API read the same: two days, the refund apart.
        const QJsonObject byDay = m.get(u"/api/v1/reports/sales?group_by=day&from=%1&to=%2"_s.arg(firstDay, lastDay)).object();
        QCOMPARE(byDay.value(u"rows"_s).toArray().size(), 2);
        QCOMPARE(byDay.value(u"totals"_s).toObject().value(u"count"_s).toInt(), 4);
        QCOMPARE(byDay.value(u"refunds"_s).toObject().value(u"count"_s).toInt(), 1);

        const auto running = reports.rollupRows();
        QVERIFY(running && running->size() > 10);
        QVERIFY(reports.rebuildRollups(offset).ok());
        QCOMPARE(*reports.rollupRows(), *running);
        // The same from the command line, while the server runs.
        QByteArray out, err;
        QCOMPARE(runProcess(u"" TAVOLA_SERVER ""_s, {u"--db"_s, m_fx.config().database, u"--rebuild-reports"_s}, &out, &err), 0);
        QVERIFY2(out.contains("rebuilt the sales reports"), QByteArray(out + err).constData());
        QCOMPARE(*reports.rollupRows(), *running);
    }

    // Every report and list query is planned on an index: none reads a large table from end to
    // end (EXPLAIN QUERY PLAN on SQLite; on PostgreSQL EXPLAIN with sequential scans priced out),
    // and no newest-first page sorts everything it matched (SQLite).
    void reportAndListQueriesUseIndexes()
    {
        Api c = staff(u"cashier1"_s);
        Api m = staff(u"manager1"_s);
        pay(c, billAtCheckout(m_fx.url(), u"1"_s, 2), u"cash"_s);
        CHECK_STATUS(staff(u"waiter1"_s).postNew(u"/api/v1/queue-tickets"_s, {{u"party_size"_s, 2}}), 201);
        server::Database &db = m_fx.server().database();
        QList<std::pair<QString, QVariantList>> log;
        db.setStatementLog(&log);
        QStringList paths;
        for (const QString &group : server::ReportQueries::groups())
            paths << u"/api/v1/reports/sales?group_by="_s + group;
        paths << u"/api/v1/reports/queue"_s << u"/api/v1/audit-log"_s << u"/api/v1/audit-log?action=payment.paid"_s
              << u"/api/v1/audit-log?actor=manager1"_s << u"/api/v1/audit-log?entity=order"_s << u"/api/v1/orders"_s
              << u"/api/v1/orders?status=PAID"_s << u"/api/v1/kitchen/tickets"_s << u"/api/v1/queue-tickets"_s << u"/api/v1/shifts"_s
              << u"/api/v1/tax-invoices"_s;
        for (const QString &path : std::as_const(paths))
            CHECK_STATUS(m.get(path), 200);
        db.setStatementLog(nullptr);

        static const QStringList large{u"orders"_s,           u"order_lines"_s,   u"payments"_s,        u"events"_s,
                                       u"audit_log"_s,        u"queue_tickets"_s, u"kitchen_tickets"_s, u"sales_rollup"_s,
                                       u"idempotency_keys"_s, u"shifts"_s,        u"tax_invoices"_s,    u"gateway_transactions"_s};
        static const QRegularExpression aliases(u"\\b(?:FROM|JOIN)\\s+(\\w+)(?:\\s+(?:AS\\s+)?(\\w+))?"_s,
                                                QRegularExpression::CaseInsensitiveOption);
        QStringList scans;
        int planned = 0;
        for (const auto &[sql, binds] : std::as_const(log)) {
            // The newest n rows of a table, unfiltered: read from the end of its key, n rows.
            static const QRegularExpression newest(u"WHERE 1 = 1 ORDER BY id DESC LIMIT \\d+$"_s);
            if (!sql.trimmed().startsWith(u"SELECT"_s, Qt::CaseInsensitive) || newest.match(sql.trimmed()).hasMatch())
                continue;
            QHash<QString, QString> tableOf; // alias or name → table
            for (auto it = aliases.globalMatch(sql); it.hasNext();) {
                const auto match = it.next();
                tableOf.insert(match.captured(1).toLower(), match.captured(1).toLower());
                if (!match.captured(2).isEmpty())
                    tableOf.insert(match.captured(2).toLower(), match.captured(1).toLower());
            }
            // A newest-first page reads its n rows in order, rather than sorting all it matched.
            static const QRegularExpression page(u"ORDER BY id DESC LIMIT \\d+$"_s);
            const bool isPage = page.match(sql.trimmed()).hasMatch();
            for (const QString &line : explain(db, sql, binds)) {
                ++planned;
                if (isPage && line.contains(u"TEMP B-TREE FOR ORDER BY"_s) && !db.isPostgres())
                    scans << u"%1\n    %2"_s.arg(line.trimmed(), sql.left(300));
                static const QRegularExpression scan(u"^(?:SCAN|Seq Scan on) (\\w+)"_s);
                const auto found = scan.match(line.trimmed().remove(u"-> "_s));
                if (found.hasMatch() && large.contains(tableOf.value(found.captured(1).toLower())))
                    scans << u"%1\n    %2"_s.arg(line.trimmed(), sql.left(300));
            }
        }
        QVERIFY(planned > 20);
        QVERIFY2(scans.isEmpty(), qPrintable(u"full scans of large tables:\n"_s + scans.join(u"\n"_s)));
    }

    void queueReportWaitsAndNoShows()
    {
        Api pub(m_fx.url());
        for (int i = 0; i < 3; ++i)
            CHECK_STATUS(pub.post(u"/api/v1/queue-tickets"_s, {{u"party_size"_s, 2}}), 201);
        CHECK_STATUS(pub.post(u"/api/v1/queue-tickets"_s, {{u"party_size"_s, 4}}), 201);
        Api w = staff(u"waiter1"_s);
        m_fx.server().state().advanceClock(10 * 60 * 1000);
        CHECK_STATUS(w.post(u"/api/v1/queue-tickets/A001/seat"_s, {{u"table_id"_s, u"14"_s}}), 200);
        m_fx.server().state().advanceClock(20 * 60 * 1000);
        w.login(u"waiter1"_s, u"2000"_s); // the access token expired meanwhile
        CHECK_STATUS(w.post(u"/api/v1/queue-tickets/A002/seat"_s, {{u"table_id"_s, u"15"_s}}), 200);
        CHECK_STATUS(w.post(u"/api/v1/queue-tickets/A003/no-show"_s), 200);
        const Reply r = staff(u"manager1"_s).get(u"/api/v1/reports/queue"_s);
        CHECK_STATUS(r, 200);
        const QJsonObject q = r.object();
        QCOMPARE(q.value(u"tickets"_s).toInt(), 4);
        QCOMPARE(q.value(u"seated"_s).toInt(), 2);
        QCOMPARE(q.value(u"no_shows"_s).toInt(), 1);
        QCOMPARE(q.value(u"still_waiting"_s).toInt(), 1);
        QCOMPARE(q.value(u"average_wait_minutes"_s).toDouble(), 20.0); // 10 and 30 minutes
        QCOMPARE(q.value(u"p90_wait_minutes"_s).toDouble(), 30.0);
        const QJsonObject a = q.value(u"by_prefix"_s).toArray().at(0).toObject();
        QCOMPARE(a.value(u"prefix"_s).toString(), u"A"_s);
        QCOMPARE(a.value(u"tickets"_s).toInt(), 3);
        CHECK_STATUS(w.get(u"/api/v1/reports/queue"_s), 403);
    }

    void receiptNumbersStayGapFreeUnderTwentyConcurrentPayments()
    {
        QStringList orders;
        for (int i = 0; i < 20; ++i)
            orders << billAtCheckout(m_fx.url(), QString());
        Api c = staff(u"cashier1"_s);
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (const QString &orderId : orders) {
            const QJsonObject body{{u"order_id"_s, orderId}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"100.00"_s}};
            replies << postAsync(nam, m_fx.url() + u"/api/v1/payments"_s, c.token(), "burst-" + orderId.toLatin1(), body);
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }), 60000);
        QStringList numbers;
        for (QNetworkReply *r : replies) {
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            numbers << QJsonDocument::fromJson(r->readAll()).object().value(u"data"_s).toObject().value(u"receipt_number"_s).toString();
            r->deleteLater();
        }
        numbers.sort();
        QStringList expected;
        for (int i = 1; i <= 20; ++i)
            expected << u"POS01-%1"_s.arg(i, 6, 10, QChar(u'0'));
        QCOMPARE(numbers, expected);
    }
};

QTEST_GUILESS_MAIN(TestServerShifts)
#include "tst_server_shifts.moc"
