// Cash and card payments over real HTTP, on SQLite or PostgreSQL (labels server, pg).
#include "serverharness.h"
#include "serverstate.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;

class TestServerPayments : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;

    Api staff(const QString &user) { return staffApi(m_fx.url(), user); }

    QString billAtCheckout(const QString &tableId, int qty = 1) { return test::billAtCheckout(m_fx.url(), tableId, qty); }

    QString tableStatus(const QString &tableId)
    {
        for (const auto &v : staff(u"waiter1"_s).get(u"/api/v1/tables"_s).object().value(u"tables"_s).toArray())
            if (v.toObject().value(u"id"_s).toString() == tableId)
                return v.toObject().value(u"status"_s).toString();
        return {};
    }

private slots:
    void init() { QVERIFY(m_fx.start()); }
    void cleanup() { m_fx.stop(); }

    void cashWithChange()
    {
        const QString orderId = billAtCheckout(u"3"_s, 2); // 178.00 + 10 % service = 195.80
        Api c = staff(u"cashier1"_s);
        const Reply r = c.postNew(u"/api/v1/payments"_s,
                                  {{u"order_id"_s, orderId}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"200.00"_s}});
        CHECK_STATUS(r, 201);
        const QJsonObject p = r.object();
        QCOMPARE(p.value(u"status"_s).toString(), u"PAID"_s);
        QCOMPARE(p.value(u"amount"_s).toString(), u"195.80"_s);
        QCOMPARE(p.value(u"amount_received"_s).toString(), u"200.00"_s);
        QCOMPARE(p.value(u"change"_s).toString(), u"4.20"_s);
        QCOMPARE(p.value(u"cash_rounding"_s).toString(), u"0.00"_s);
        QCOMPARE(p.value(u"receipt_number"_s).toString(), u"POS01-000001"_s);
        QVERIFY(!p.value(u"paid_at"_s).toString().isEmpty());
        const QJsonObject order = c.get(u"/api/v1/orders/"_s + orderId).object();
        QCOMPARE(order.value(u"status"_s).toString(), u"PAID"_s);
        QCOMPARE(order.value(u"receipt_number"_s).toString(), u"POS01-000001"_s);
        QVERIFY(!order.value(u"paid_at"_s).isNull());
        QCOMPARE(tableStatus(u"3"_s), u"CLEANING"_s);
        const Reply fetched = c.get(u"/api/v1/payments/"_s + p.value(u"payment_id"_s).toString());
        CHECK_STATUS(fetched, 200);
        QCOMPARE(fetched.object().value(u"change"_s).toString(), u"4.20"_s);
        QCOMPARE(c.get(u"/api/v1/orders/%1/payments"_s.arg(orderId)).object().value(u"payments"_s).toArray().size(), 1);
        auto audit = m_fx.server().database().rows(u"SELECT action FROM audit_log WHERE action = 'payment.create'"_s);
        QCOMPARE(audit->size(), 1);
    }

    void cashRoundingIsItsOwnLine()
    {
        // docs/domain.md, "Money and totals" example 2: exclusive VAT, service 10 %, cash rounding to 1.00.
        auto &tax = m_fx.server().state().shop.tax;
        tax.pricesIncludeVat = false;
        tax.cashRounding = CashRounding::Baht;
        Api w = staff(u"waiter1"_s);
        const QString orderId =
            w.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"4"_s}, {u"guests"_s, 2}}).object().value(u"id"_s).toString();
        // Food 145.00: 1 × pork siu mai (55) + 2 × Thai iced tea (45).
        const QString siuMai = menuItemId(w, u"Pork siu mai"_s);
        const QString tea = menuItemId(w, u"Thai iced tea"_s);
        w.postNew(u"/api/v1/orders/%1/items"_s.arg(orderId),
                  {{u"items"_s,
                    QJsonArray{QJsonObject{{u"menu_id"_s, siuMai}, {u"qty"_s, 1}}, QJsonObject{{u"menu_id"_s, tea}, {u"qty"_s, 2}}}}});
        w.post(u"/api/v1/orders/%1/send"_s.arg(orderId));
        const QJsonObject bill = w.post(u"/api/v1/orders/%1/checkout"_s.arg(orderId)).object();
        QCOMPARE(bill.value(u"total"_s).toString(), u"170.67"_s);
        QCOMPARE(bill.value(u"vat"_s).toString(), u"11.17"_s);
        Api c = staff(u"cashier1"_s);
        const Reply r = c.postNew(u"/api/v1/payments"_s,
                                  {{u"order_id"_s, orderId}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"171.00"_s}});
        CHECK_STATUS(r, 201);
        QCOMPARE(r.object().value(u"amount"_s).toString(), u"171.00"_s);
        QCOMPARE(r.object().value(u"cash_rounding"_s).toString(), u"0.33"_s);
        QCOMPARE(r.object().value(u"change"_s).toString(), u"0.00"_s);
        // The bill keeps its exact total and VAT.
        QCOMPARE(c.get(u"/api/v1/orders/"_s + orderId).object().value(u"vat"_s).toString(), u"11.17"_s);
    }

    void insufficientCashAndBadAmounts()
    {
        const QString orderId = billAtCheckout(u"5"_s);
        Api c = staff(u"cashier1"_s);
        Reply r = c.postNew(u"/api/v1/payments"_s,
                            {{u"order_id"_s, orderId}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"50.00"_s}});
        CHECK_STATUS(r, 422);
        QCOMPARE(r.errorCode(), u"INSUFFICIENT_AMOUNT"_s);
        QCOMPARE(r.json.value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"amount_due"_s).toString(), u"97.90"_s);
        r = c.postNew(u"/api/v1/payments"_s, {{u"order_id"_s, orderId}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, 100.0}});
        CHECK_STATUS(r, 400);
        QCOMPARE(r.errorField(), u"amount_received"_s);
        r = c.postNew(u"/api/v1/payments"_s, {{u"order_id"_s, orderId}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"100.001"_s}});
        CHECK_STATUS(r, 400);
        // Nothing was paid, and no receipt number was used up.
        QCOMPARE(c.get(u"/api/v1/orders/"_s + orderId).object().value(u"status"_s).toString(), u"CHECKOUT"_s);
        r = c.postNew(u"/api/v1/payments"_s, {{u"order_id"_s, orderId}, {u"method"_s, u"card"_s}, {u"approval_code"_s, u"A12345"_s}});
        CHECK_STATUS(r, 201);
        QCOMPARE(r.object().value(u"receipt_number"_s).toString(), u"POS01-000001"_s);
        QCOMPARE(r.object().value(u"approval_code"_s).toString(), u"A12345"_s);
        QCOMPARE(r.object().value(u"amount"_s).toString(), u"97.90"_s);
    }

    void onlyAnOrderAtCheckoutCanBePaid()
    {
        Api w = staff(u"waiter1"_s);
        const QString open = w.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"6"_s}, {u"guests"_s, 2}}).object().value(u"id"_s).toString();
        Api c = staff(u"cashier1"_s);
        const Reply r = c.postNew(u"/api/v1/payments"_s,
                                  {{u"order_id"_s, open}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"10.00"_s}});
        CHECK_STATUS(r, 409);
        QCOMPARE(r.errorCode(), u"ORDER_LOCKED"_s);
        CHECK_STATUS(
            c.postNew(u"/api/v1/payments"_s, {{u"order_id"_s, u"999999"_s}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"1.00"_s}}),
            404);
        CHECK_STATUS(c.post(u"/api/v1/payments"_s, {{u"order_id"_s, open}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"1.00"_s}}),
                     400); // no key
        CHECK_STATUS(w.postNew(u"/api/v1/payments"_s, {{u"order_id"_s, open}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"1.00"_s}}),
                     403); // waiter
    }

    void aSecondPaymentIsRefusedAndARetryReplays()
    {
        const QString orderId = billAtCheckout(u"7"_s);
        Api c = staff(u"cashier1"_s);
        const QJsonObject body{{u"order_id"_s, orderId}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"100.00"_s}};
        const Reply first = c.post(u"/api/v1/payments"_s, body, {{"Idempotency-Key", "pay-1"}});
        CHECK_STATUS(first, 201);
        const Reply retry = c.post(u"/api/v1/payments"_s, body, {{"Idempotency-Key", "pay-1"}});
        CHECK_STATUS(retry, 201);
        QCOMPARE(retry.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(retry.body, first.body);
        const Reply second = c.post(u"/api/v1/payments"_s, body, {{"Idempotency-Key", "pay-2"}});
        CHECK_STATUS(second, 409);
        QCOMPARE(second.errorCode(), u"ALREADY_PAID"_s);
        auto n = m_fx.server().database().scalar(u"SELECT COUNT(*) FROM payments"_s);
        QCOMPARE(n->toInt(), 1);
    }

    void twelveConcurrentIdenticalRequestsMakeOnePayment()
    {
        const QString orderId = billAtCheckout(u"8"_s);
        Api c = staff(u"cashier1"_s);
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        const QJsonObject body{{u"order_id"_s, orderId}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"500.00"_s}};
        for (int i = 0; i < 12; ++i)
            replies << postAsync(nam, m_fx.url() + u"/api/v1/payments"_s, c.token(), "burst-pay", body);
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }), 30000);
        QSet<QString> receipts;
        for (QNetworkReply *r : replies) {
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            receipts.insert(
                QJsonDocument::fromJson(r->readAll()).object().value(u"data"_s).toObject().value(u"receipt_number"_s).toString());
            r->deleteLater();
        }
        QCOMPARE(receipts.size(), 1);
        QCOMPARE(m_fx.server().database().scalar(u"SELECT COUNT(*) FROM payments"_s)->toInt(), 1);
    }

    void refundsNeedAManagerAndKeepTheReceiptNumber()
    {
        const QString orderId = billAtCheckout(u"13"_s);
        Api c = staff(u"cashier1"_s);
        const QString paymentId = c.postNew(u"/api/v1/payments"_s,
                                            {{u"order_id"_s, orderId}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"100.00"_s}})
                                      .object()
                                      .value(u"payment_id"_s)
                                      .toString();
        const QString path = u"/api/v1/payments/%1/refund"_s.arg(paymentId);
        CHECK_STATUS(c.post(path, {{u"reason"_s, u"cold food"_s}}), 403);
        CHECK_STATUS(c.post(path, {{u"reason"_s, u"cold food"_s}}, {{"X-Manager-Pin", "1000"}}), 403);
        CHECK_STATUS(c.post(path, {}, {{"X-Manager-Pin", "9000"}}), 400); // a reason is required
        const Reply refunded = c.post(path, {{u"reason"_s, u"cold food"_s}}, {{"X-Manager-Pin", "9000"}});
        CHECK_STATUS(refunded, 200);
        QCOMPARE(refunded.object().value(u"status"_s).toString(), u"REFUNDED"_s);
        QCOMPARE(refunded.object().value(u"receipt_number"_s).toString(), u"POS01-000001"_s);
        const Reply twice = c.post(path, {{u"reason"_s, u"again"_s}}, {{"X-Manager-Pin", "9000"}});
        CHECK_STATUS(twice, 409);
        QCOMPARE(twice.errorCode(), u"INVALID_TRANSITION"_s);
        CHECK_STATUS(staff(u"waiter1"_s).post(path, {{u"reason"_s, u"x"_s}}), 403);

        // The audit log tells who, what and why.
        Api m = staff(u"manager1"_s);
        const Reply log = m.get(u"/api/v1/audit-log?entity=payment&actor=cashier1"_s);
        CHECK_STATUS(log, 200);
        const QJsonArray entries = log.object().value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 2); // refund, then create (newest first)
        const QJsonObject refund = entries.at(0).toObject();
        QCOMPARE(refund.value(u"action"_s).toString(), u"payment.refund"_s);
        QCOMPARE(refund.value(u"before"_s).toObject().value(u"status"_s).toString(), u"PAID"_s);
        QCOMPARE(refund.value(u"after"_s).toObject().value(u"status"_s).toString(), u"REFUNDED"_s);
        QCOMPARE(refund.value(u"after"_s).toObject().value(u"reason"_s).toString(), u"cold food"_s);
        QCOMPARE(refund.value(u"after"_s).toObject().value(u"approved_by"_s).toString(), u"manager1"_s);
        QVERIFY(!refund.value(u"request_id"_s).toString().isEmpty());
        QCOMPARE(m.get(u"/api/v1/audit-log?entity=payment&from=2000-01-01&to=2000-01-02"_s).object().value(u"entries"_s).toArray().size(),
                 0);
        const QString today = m_fx.server().state().now().date().toString(Qt::ISODate); // audit dates are UTC days
        QCOMPARE(m.get(u"/api/v1/audit-log?entity=payment&from=%1&to=%1"_s.arg(today)).object().value(u"entries"_s).toArray().size(), 2);
        CHECK_STATUS(m.get(u"/api/v1/audit-log?from=yesterday"_s), 400);
        CHECK_STATUS(c.get(u"/api/v1/audit-log"_s), 403);
    }

    void receiptNumbersAreConsecutiveAndSurviveRestarts()
    {
        QStringList numbers;
        Api c = staff(u"cashier1"_s);
        for (const QString &table : {u"9"_s, u"10"_s, u"11"_s}) {
            const QString orderId = billAtCheckout(table);
            numbers << c.postNew(u"/api/v1/payments"_s,
                                 {{u"order_id"_s, orderId}, {u"method"_s, u"card"_s}, {u"approval_code"_s, u"OK1"_s}})
                           .object()
                           .value(u"receipt_number"_s)
                           .toString();
        }
        QVERIFY(m_fx.restart());
        Api again = staff(u"cashier1"_s);
        const QString orderId = billAtCheckout(u"12"_s);
        numbers << again
                       .postNew(u"/api/v1/payments"_s, {{u"order_id"_s, orderId}, {u"method"_s, u"card"_s}, {u"approval_code"_s, u"OK1"_s}})
                       .object()
                       .value(u"receipt_number"_s)
                       .toString();
        QCOMPARE(numbers, (QStringList{u"POS01-000001"_s, u"POS01-000002"_s, u"POS01-000003"_s, u"POS01-000004"_s}));
    }
};

QTEST_GUILESS_MAIN(TestServerPayments)
#include "tst_server_payments.moc"
