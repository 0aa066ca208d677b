// Bills paid the way Thai tables pay, over real HTTP on SQLite or PostgreSQL (labels server, pg):
// several tenders on one bill, tips, the balance due, refunds of every tender, and the reports
// and shift figures that count them.
#include "apitestbase.h"

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;

class TestServerBills : public ApiTestBase
{
    Q_OBJECT

    QJsonObject order(const QString &id) { return staff(u"cashier1"_s).get(u"/api/v1/orders/"_s + id).object(); }

    QJsonArray payments(const QString &orderId)
    {
        return staff(u"cashier1"_s).get(u"/api/v1/orders/%1/payments"_s.arg(orderId)).object().value(u"payments"_s).toArray();
    }

    static QJsonObject cash(const QString &orderId, const QString &received, const QString &amount = {})
    {
        QJsonObject o{{u"order_id"_s, orderId}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, received}};
        if (!amount.isEmpty())
            o.insert(u"amount"_s, amount);
        return o;
    }

    static QJsonObject card(const QString &orderId, const QString &amount, const QString &tip = {})
    {
        QJsonObject o{{u"order_id"_s, orderId}, {u"method"_s, u"card"_s}, {u"approval_code"_s, u"A1"_s}};
        if (!amount.isEmpty())
            o.insert(u"amount"_s, amount);
        if (!tip.isEmpty())
            o.insert(u"tip"_s, tip);
        return o;
    }

    qint64 count(const QString &sql) { return m_fx.server().database().scalar(sql)->toLongLong(); }

    /// The sum of a report's rows' `field`.
    static QString sumOf(const QJsonArray &rows, const QString &field)
    {
        Money sum;
        for (const auto &v : rows)
            sum = sum + Money::parse(v.toObject().value(field).toString()).value();
        return sum.toString();
    }

private slots:
    void aTableOfSixPaysInThreeTenders()
    {
        // 6 × pad thai 89.00 = 534.00 + 10 % service = 587.40
        const QString id = billAtCheckout(m_fx.url(), u"3"_s, 6);
        Api c = staff(u"cashier1"_s);
        CHECK_STATUS(c.postNew(u"/api/v1/shifts/open"_s, {{u"opening_cash"_s, u"1000.00"_s}}), 201);

        Reply r = c.postNew(u"/api/v1/payments"_s, cash(id, u"200.00"_s, u"195.80"_s));
        CHECK_STATUS(r, 201);
        QCOMPARE(r.object().value(u"status"_s).toString(), u"PAID"_s);
        QCOMPARE(r.object().value(u"partial"_s).toBool(), true);
        QCOMPARE(r.object().value(u"amount"_s).toString(), u"195.80"_s);
        QCOMPARE(r.object().value(u"change"_s).toString(), u"4.20"_s);
        QVERIFY(r.object().value(u"receipt_number"_s).isNull());
        QJsonObject o = order(id);
        QCOMPARE(o.value(u"status"_s).toString(), u"CHECKOUT"_s);
        QCOMPARE(o.value(u"paid_amount"_s).toString(), u"195.80"_s);
        QCOMPARE(o.value(u"balance_due"_s).toString(), u"391.60"_s);
        QCOMPARE(tableStatus(u"3"_s), u"CHECKOUT"_s);

        r = c.postNew(u"/api/v1/payments"_s, card(id, u"195.80"_s, u"20.00"_s));
        CHECK_STATUS(r, 201);
        QCOMPARE(r.object().value(u"partial"_s).toBool(), true);
        QCOMPARE(r.object().value(u"tip"_s).toString(), u"20.00"_s);
        QCOMPARE(order(id).value(u"balance_due"_s).toString(), u"195.80"_s);

        // The last part: no amount means "the rest".
        r = c.postNew(u"/api/v1/payments"_s, cash(id, u"200.00"_s));
        CHECK_STATUS(r, 201);
        QCOMPARE(r.object().value(u"partial"_s).toBool(false), false);
        QCOMPARE(r.object().value(u"amount"_s).toString(), u"195.80"_s);
        QCOMPARE(r.object().value(u"receipt_number"_s).toString(), u"POS01-000001"_s);
        o = order(id);
        QCOMPARE(o.value(u"status"_s).toString(), u"PAID"_s);
        QCOMPARE(o.value(u"receipt_number"_s).toString(), u"POS01-000001"_s);
        QCOMPARE(o.value(u"paid_amount"_s).toString(), u"587.40"_s);
        QCOMPARE(o.value(u"balance_due"_s).toString(), u"0.00"_s);
        QCOMPARE(o.value(u"total"_s).toString(), u"587.40"_s); // the tip is not in the bill
        QCOMPARE(tableStatus(u"3"_s), u"CLEANING"_s);
        const QJsonArray all = payments(id);
        QCOMPARE(all.size(), 3);
        QCOMPARE(sumOf(all, u"amount"_s), u"587.40"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM payments WHERE receipt_number IS NOT NULL"_s), 1);

        // The shift: three tenders by method, the tip beside them owed to the waiter who served.
        const QJsonObject x = c.get(u"/api/v1/shifts/current"_s).object(); // the cashier's X report
        QCOMPARE(x.value(u"sales"_s).toObject().value(u"amount"_s).toString(), u"587.40"_s);
        QCOMPARE(x.value(u"vat"_s).toString(), order(id).value(u"vat"_s).toString()); // the bill's VAT, once
        QCOMPARE(x.value(u"cash"_s).toObject().value(u"expected"_s).toString(), u"1391.60"_s);
        QCOMPARE(x.value(u"tips"_s).toObject().value(u"amount"_s).toString(), u"20.00"_s);
        const QJsonArray tips = x.value(u"tips_by_staff"_s).toArray();
        QCOMPARE(tips.size(), 1);
        QCOMPARE(tips.first().toObject().value(u"amount"_s).toString(), u"20.00"_s);
        QVERIFY(!tips.first().toObject().value(u"staff"_s).toString().isEmpty());

        // The sales report by method shares the bill out by what each tender paid.
        const QJsonObject sales =
            staff(u"manager1"_s).get(u"/api/v1/reports/sales?from=2026-06-15&to=2026-06-15&group_by=method"_s).object();
        QJsonObject byMethod;
        for (const auto &v : sales.value(u"rows"_s).toArray())
            byMethod.insert(v.toObject().value(u"key"_s).toString(), v.toObject());
        QCOMPARE(byMethod.value(u"cash"_s).toObject().value(u"total"_s).toString(), u"391.60"_s);
        QCOMPARE(byMethod.value(u"cash"_s).toObject().value(u"count"_s).toInt(), 2);
        QCOMPARE(byMethod.value(u"card"_s).toObject().value(u"total"_s).toString(), u"195.80"_s);
        QCOMPARE(sumOf(sales.value(u"rows"_s).toArray(), u"total"_s), u"587.40"_s);
    }

    void aPaymentAboveTheBalanceIsRefusedAndChangesNothing()
    {
        const QString id = billAtCheckout(m_fx.url(), u"4"_s, 2); // 195.80
        Api c = staff(u"cashier1"_s);
        CHECK_STATUS(c.postNew(u"/api/v1/payments"_s, card(id, u"100.00"_s)), 201);
        Reply r = c.postNew(u"/api/v1/payments"_s, card(id, u"95.81"_s));
        CHECK_STATUS(r, 422);
        QCOMPARE(r.errorCode(), u"AMOUNT_EXCEEDS_BALANCE"_s);
        QCOMPARE(r.errorField(), u"amount"_s);
        QCOMPARE(r.json.value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"balance_due"_s).toString(), u"95.80"_s);
        // Cash above the amount is change, not an error.
        r = c.postNew(u"/api/v1/payments"_s, cash(id, u"500.00"_s, u"95.81"_s));
        QCOMPARE(r.errorCode(), u"AMOUNT_EXCEEDS_BALANCE"_s);
        r = c.postNew(u"/api/v1/payments"_s, card(id, u"0.00"_s));
        CHECK_STATUS(r, 400);
        QCOMPARE(r.errorField(), u"amount"_s);
        r = c.postNew(u"/api/v1/payments"_s, card(id, u"-5.00"_s));
        CHECK_STATUS(r, 400);
        QJsonObject tipOnCash = cash(id, u"100.00"_s);
        tipOnCash.insert(u"tip"_s, u"5.00"_s);
        r = c.postNew(u"/api/v1/payments"_s, tipOnCash);
        CHECK_STATUS(r, 400);
        QCOMPARE(r.errorField(), u"tip"_s);
        QCOMPARE(payments(id).size(), 1);
        QCOMPARE(order(id).value(u"balance_due"_s).toString(), u"95.80"_s);
        // A bill with money on it cannot be lowered or cancelled before that money is refunded.
        Api m = staff(u"manager1"_s);
        r = m.postNew(u"/api/v1/orders/%1/discount"_s.arg(id),
                      {{u"type"_s, u"percent"_s}, {u"value"_s, u"10"_s}, {u"reason"_s, u"regular"_s}});
        CHECK_STATUS(r, 409);
        QCOMPARE(r.errorCode(), u"ORDER_LOCKED"_s);
        r = m.postNew(u"/api/v1/orders/%1/cancel"_s.arg(id), {{u"reason"_s, u"left"_s}});
        CHECK_STATUS(r, 409);
        QCOMPARE(order(id).value(u"status"_s).toString(), u"CHECKOUT"_s);
    }

    void cashRoundingOnlyOnTheTenderThatSettles()
    {
        m_fx.server().state().shop.tax.cashRounding = CashRounding::Quarter;
        const QString id = billAtCheckout(m_fx.url(), u"5"_s, 2); // 195.80
        Api c = staff(u"cashier1"_s);
        Reply r = c.postNew(u"/api/v1/payments"_s, cash(id, u"100.00"_s, u"100.10"_s));
        QCOMPARE(r.errorCode(), u"INSUFFICIENT_AMOUNT"_s);
        r = c.postNew(u"/api/v1/payments"_s, cash(id, u"100.10"_s, u"100.10"_s));
        CHECK_STATUS(r, 201);
        QCOMPARE(r.object().value(u"cash_rounding"_s).toString(), u"0.00"_s);
        QCOMPARE(r.object().value(u"amount"_s).toString(), u"100.10"_s);
        // 95.70 left → 95.75 in cash, the 0.05 its own line; the bill's total is untouched.
        r = c.postNew(u"/api/v1/payments"_s, cash(id, u"100.00"_s));
        CHECK_STATUS(r, 201);
        QCOMPARE(r.object().value(u"amount"_s).toString(), u"95.75"_s);
        QCOMPARE(r.object().value(u"cash_rounding"_s).toString(), u"0.05"_s);
        QCOMPARE(r.object().value(u"change"_s).toString(), u"4.25"_s);
        QCOMPARE(order(id).value(u"status"_s).toString(), u"PAID"_s);
        QCOMPARE(order(id).value(u"total"_s).toString(), u"195.80"_s);
    }

    void refundingAPaidBillRefundsEveryTender()
    {
        const QString id = billAtCheckout(m_fx.url(), u"6"_s, 2); // 195.80
        Api c = staff(u"cashier1"_s);
        const QString first = c.postNew(u"/api/v1/payments"_s, card(id, u"95.80"_s)).object().value(u"payment_id"_s).toString();
        // A part given back while the bill is open raises the balance again.
        Api m = staff(u"manager1"_s);
        Reply r = m.postNew(u"/api/v1/payments/%1/refund"_s.arg(first), {{u"reason"_s, u"wrong card"_s}});
        CHECK_STATUS(r, 200);
        QCOMPARE(r.object().value(u"status"_s).toString(), u"REFUNDED"_s);
        QCOMPARE(order(id).value(u"balance_due"_s).toString(), u"195.80"_s);
        QCOMPARE(order(id).value(u"status"_s).toString(), u"CHECKOUT"_s);
        // Paid again in two tenders; refunding the bill (through either) refunds both.
        CHECK_STATUS(c.postNew(u"/api/v1/payments"_s, card(id, u"95.80"_s, u"10.00"_s)), 201);
        const QString last = c.postNew(u"/api/v1/payments"_s, cash(id, u"100.00"_s)).object().value(u"payment_id"_s).toString();
        QCOMPARE(order(id).value(u"status"_s).toString(), u"PAID"_s);
        r = m.postNew(u"/api/v1/payments/%1/refund"_s.arg(last), {{u"reason"_s, u"guest complaint"_s}});
        CHECK_STATUS(r, 200);
        const QJsonArray all = payments(id);
        QCOMPARE(all.size(), 3);
        for (const auto &v : all)
            QCOMPARE(v.toObject().value(u"status"_s).toString(), u"REFUNDED"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'payment.refund'"_s), 3);
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders WHERE refunded = 1"_s), 1);
        // Twice is refused and changes nothing.
        r = m.postNew(u"/api/v1/payments/%1/refund"_s.arg(last), {{u"reason"_s, u"again"_s}});
        CHECK_STATUS(r, 409);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'payment.refund'"_s), 3);
    }

    void aQrShownForMoreThanIsLeftCannotBePaid()
    {
        const QString id = billAtCheckout(m_fx.url(), u"7"_s, 2); // 195.80
        Api c = staff(u"cashier1"_s);
        // A QR for half the bill with a tip, paid through the sandbox bank: a partial tender.
        Reply qr = c.postNew(u"/api/v1/payments"_s,
                             {{u"order_id"_s, id}, {u"method"_s, u"promptpay"_s}, {u"amount"_s, u"97.90"_s}, {u"tip"_s, u"5.00"_s}});
        CHECK_STATUS(qr, 202);
        QCOMPARE(qr.object().value(u"amount"_s).toString(), u"97.90"_s);
        const QString qrId = qr.object().value(u"payment_id"_s).toString();
        CHECK_STATUS(c.postNew(u"/api/v1/sandbox/payments/%1/pay"_s.arg(qrId), {{u"deliver_webhook"_s, false}}), 202);
        QTRY_COMPARE_WITH_TIMEOUT(c.get(u"/api/v1/payments/"_s + qrId).object().value(u"status"_s).toString(), u"PAID"_s, 20000);
        QCOMPARE(c.get(u"/api/v1/payments/"_s + qrId).object().value(u"partial"_s).toBool(), true);
        QCOMPARE(order(id).value(u"balance_due"_s).toString(), u"97.90"_s);
        // A QR for the rest, then the guest pays cash instead: the QR can no longer be paid.
        qr = c.postNew(u"/api/v1/payments"_s, {{u"order_id"_s, id}, {u"method"_s, u"promptpay"_s}});
        CHECK_STATUS(qr, 202);
        QCOMPARE(qr.object().value(u"amount"_s).toString(), u"97.90"_s);
        const QString second = qr.object().value(u"payment_id"_s).toString();
        CHECK_STATUS(c.postNew(u"/api/v1/payments"_s, cash(id, u"50.00"_s, u"50.00"_s)), 201);
        QCOMPARE(c.get(u"/api/v1/payments/"_s + second).object().value(u"status"_s).toString(), u"FAILED"_s);
        QCOMPARE(order(id).value(u"balance_due"_s).toString(), u"47.90"_s);
    }

    void concurrentTendersNeverTakeMoreThanTheTotal()
    {
        const QString id = billAtCheckout(m_fx.url(), u"8"_s, 2); // 195.80: four parts of 48.95
        Api c = staff(u"cashier1"_s);
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 10; ++i)
            replies << postAsync(nam, m_fx.url() + u"/api/v1/payments"_s, c.token(), QUuid::createUuid().toByteArray(QUuid::WithoutBraces),
                                 card(id, u"48.95"_s));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }), 60000);
        int created = 0;
        for (QNetworkReply *r : replies) {
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QVERIFY2(status == 201 || status == 422 || status == 409, qPrintable(QString::number(status)));
            created += status == 201;
            r->deleteLater();
        }
        QCOMPARE(created, 4);
        QCOMPARE(sumOf(payments(id), u"amount"_s), u"195.80"_s);
        QCOMPARE(order(id).value(u"status"_s).toString(), u"PAID"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM payments WHERE receipt_number IS NOT NULL"_s), 1);
    }

    void twentySettlingPaymentsAtOnceTakeConsecutiveReceipts()
    {
        QStringList orders;
        for (int i = 0; i < 20; ++i)
            orders << billAtCheckout(m_fx.url(), {}); // takeaway bills
        Api c = staff(u"cashier1"_s);
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (const QString &id : std::as_const(orders))
            replies << postAsync(nam, m_fx.url() + u"/api/v1/payments"_s, c.token(), QUuid::createUuid().toByteArray(QUuid::WithoutBraces),
                                 cash(id, u"100.00"_s));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }), 60000);
        QStringList receipts;
        for (QNetworkReply *r : replies) {
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            receipts << QJsonDocument::fromJson(r->readAll()).object().value(u"data"_s).toObject().value(u"receipt_number"_s).toString();
            r->deleteLater();
        }
        receipts.sort();
        for (int i = 0; i < 20; ++i)
            QCOMPARE(receipts.at(i), u"POS01-%1"_s.arg(i + 1, 6, 10, QChar(u'0')));
    }

    void aCompanyGetsAFullTaxInvoice()
    {
        const QString id = billAtCheckout(m_fx.url(), u"10"_s, 2); // 195.80
        Api c = staff(u"cashier1"_s);
        const QJsonObject buyer{{u"name"_s, u"บริษัท ตัวอย่าง จำกัด"_s},
                                {u"tax_id"_s, u"0105-55123-456-7"_s}, // typed with dashes
                                {u"address"_s, u"1 ถนนสีลม\nบางรัก กรุงเทพฯ 10500"_s}};
        // Only a paid bill gets one.
        Reply r = c.postNew(u"/api/v1/orders/%1/tax-invoice"_s.arg(id), {{u"buyer"_s, buyer}});
        CHECK_STATUS(r, 409);
        QCOMPARE(r.errorCode(), u"ORDER_LOCKED"_s);
        CHECK_STATUS(c.postNew(u"/api/v1/payments"_s, cash(id, u"200.00"_s)), 201);
        const QString receipt = order(id).value(u"receipt_number"_s).toString();

        // The buyer is checked field by field, and nothing is numbered for a refusal.
        auto refused = [&](QJsonObject b, const QString &field) {
            const Reply bad = c.postNew(u"/api/v1/orders/%1/tax-invoice"_s.arg(id), {{u"buyer"_s, b}});
            QVERIFY2(bad.status == 400, qPrintable(bad.describe()));
            QCOMPARE(bad.errorCode(), u"VALIDATION_FAILED"_s);
            QCOMPARE(bad.errorField(), field);
        };
        QJsonObject b = buyer;
        b.insert(u"tax_id"_s, u"0105551234568"_s); // wrong check digit
        refused(b, u"buyer.tax_id"_s);
        b.insert(u"tax_id"_s, u"010555123456"_s); // 12 digits
        refused(b, u"buyer.tax_id"_s);
        b = buyer;
        b.remove(u"name"_s);
        refused(b, u"buyer.name"_s);
        b = buyer;
        b.insert(u"address"_s, u"   "_s);
        refused(b, u"buyer.address"_s);
        b = buyer;
        b.insert(u"branch"_s, u"12"_s);
        refused(b, u"buyer.branch"_s);
        CHECK_STATUS(c.post(u"/api/v1/orders/%1/tax-invoice"_s.arg(id), {{u"buyer"_s, buyer}}), 400); // no Idempotency-Key

        r = c.postNew(u"/api/v1/orders/%1/tax-invoice"_s.arg(id), {{u"buyer"_s, buyer}});
        CHECK_STATUS(r, 201);
        const QJsonObject inv = r.object();
        QCOMPARE(inv.value(u"invoice_number"_s).toString(), u"POS01-TI-000001"_s);
        QCOMPARE(inv.value(u"status"_s).toString(), u"ISSUED"_s);
        QCOMPARE(inv.value(u"receipt_number"_s).toString(), receipt);
        QCOMPARE(inv.value(u"buyer"_s).toObject().value(u"tax_id"_s).toString(), u"0105551234567"_s);
        QCOMPARE(inv.value(u"buyer"_s).toObject().value(u"branch"_s).toString(), u"00000"_s);
        QCOMPARE(inv.value(u"total"_s).toString(), u"195.80"_s);
        QCOMPARE(inv.value(u"vat"_s).toString(), order(id).value(u"vat"_s).toString());
        QCOMPARE(Money::parse(inv.value(u"net"_s).toString()).value() + Money::parse(inv.value(u"vat"_s).toString()).value(),
                 Money::parse(u"195.80"_s).value());
        QCOMPARE(inv.value(u"lines"_s).toArray().size(), 1);
        QCOMPARE(inv.value(u"lines"_s).toArray().first().toObject().value(u"qty"_s).toInt(), 2);
        QVERIFY(!inv.value(u"seller"_s).toObject().value(u"tax_id"_s).toString().isEmpty());

        // One per order: a second is refused with the first in the details.
        r = c.postNew(u"/api/v1/orders/%1/tax-invoice"_s.arg(id), {{u"buyer"_s, buyer}});
        CHECK_STATUS(r, 409);
        QCOMPARE(r.errorCode(), u"ALREADY_ISSUED"_s);
        QCOMPARE(r.json.value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"invoice_number"_s).toString(),
                 u"POS01-TI-000001"_s);

        // Found by number, tax ID, part of the name or the receipt number.
        CHECK_STATUS(c.get(u"/api/v1/tax-invoices/POS01-TI-000001"_s), 200);
        CHECK_STATUS(c.get(u"/api/v1/tax-invoices/POS01-TI-999999"_s), 404);
        for (const QString &q :
             {u"0105551234567"_s, u"%E0%B8%95%E0%B8%B1%E0%B8%A7%E0%B8%AD%E0%B8%A2%E0%B9%88%E0%B8%B2%E0%B8%87"_s, receipt})
            QCOMPARE(c.get(u"/api/v1/tax-invoices?q="_s + q).object().value(u"tax_invoices"_s).toArray().size(), 1);
        QCOMPARE(c.get(u"/api/v1/tax-invoices?q=nobody"_s).object().value(u"tax_invoices"_s).toArray().size(), 0);
        QCOMPARE(c.get(u"/api/v1/tax-invoices?from=2026-06-15&to=2026-06-15"_s).object().value(u"tax_invoices"_s).toArray().size(), 1);
        CHECK_STATUS(c.get(u"/api/v1/tax-invoices?from=yesterday"_s), 400);
        CHECK_STATUS(staff(u"waiter1"_s).get(u"/api/v1/tax-invoices"_s), 403);

        // A refund cancels it; it is kept, and the order cannot get another.
        const QString paymentId = payments(id).first().toObject().value(u"payment_id"_s).toString();
        CHECK_STATUS(staff(u"manager1"_s).postNew(u"/api/v1/payments/%1/refund"_s.arg(paymentId), {{u"reason"_s, u"wrong bill"_s}}), 200);
        const QJsonObject cancelled = c.get(u"/api/v1/tax-invoices/POS01-TI-000001"_s).object();
        QCOMPARE(cancelled.value(u"status"_s).toString(), u"CANCELLED"_s);
        QVERIFY(!cancelled.value(u"cancelled_at"_s).toString().isEmpty());
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action IN ('tax_invoice.issue', 'tax_invoice.cancel')"_s), 2);
        QCOMPARE(count(u"SELECT COUNT(*) FROM tax_invoices"_s), 1);
    }

    void twentyTaxInvoicesAtOnceTakeConsecutiveNumbers()
    {
        Api c = staff(u"cashier1"_s);
        QStringList orders;
        for (int i = 0; i < 20; ++i) {
            const QString id = billAtCheckout(m_fx.url(), {});
            CHECK_STATUS(c.postNew(u"/api/v1/payments"_s, cash(id, u"100.00"_s)), 201);
            orders << id;
        }
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        const QJsonObject buyer{{u"name"_s, u"Khun Dao"_s}, {u"address"_s, u"Chiang Mai"_s}}; // a private person: no tax ID
        for (const QString &id : std::as_const(orders))
            replies << postAsync(nam, m_fx.url() + u"/api/v1/orders/%1/tax-invoice"_s.arg(id), c.token(),
                                 QUuid::createUuid().toByteArray(QUuid::WithoutBraces), {{u"buyer"_s, buyer}});
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }), 60000);
        QStringList numbers;
        for (QNetworkReply *r : replies) {
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            numbers << QJsonDocument::fromJson(r->readAll()).object().value(u"data"_s).toObject().value(u"invoice_number"_s).toString();
            r->deleteLater();
        }
        numbers.sort();
        for (int i = 0; i < 20; ++i)
            QCOMPARE(numbers.at(i), u"POS01-TI-%1"_s.arg(i + 1, 6, 10, QChar(u'0')));
    }

    /// A table's order, sent to the kitchen: `items` as (English name, qty).
    QString servedOrder(const QString &tableId, const QList<std::pair<QString, int>> &items)
    {
        Api w = staff(u"waiter1"_s);
        const QString id = openOrder(w, tableId, 6);
        QJsonArray lines;
        for (const auto &[name, qty] : items)
            lines.append(item(menuId(name), qty));
        if (addItems(w, id, lines).status != 200 || w.post(u"/api/v1/orders/%1/send"_s.arg(id)).status != 200)
            return {};
        return id;
    }

    /// The order's line ids by English name.
    QHash<QString, QString> lineIds(const QString &orderId)
    {
        QHash<QString, QString> ids;
        for (const auto &v : order(orderId).value(u"items"_s).toArray())
            ids.insert(v.toObject().value(u"name"_s).toString(), v.toObject().value(u"id"_s).toString());
        return ids;
    }

    static QJsonObject part(const QList<std::pair<QString, int>> &lines)
    {
        QJsonArray items;
        for (const auto &[id, qty] : lines)
            items.append(QJsonObject{{u"item_id"_s, id}, {u"qty"_s, qty}});
        return {{u"items"_s, items}};
    }

    QJsonObject tableJson(const QString &tableId)
    {
        for (const auto &v : staff(u"waiter1"_s).get(u"/api/v1/tables"_s).object().value(u"tables"_s).toArray())
            if (v.toObject().value(u"id"_s).toString() == tableId)
                return v.toObject();
        return {};
    }

    void aTableOfSixPaysInThreeChecks()
    {
        const QString id = servedOrder(u"3"_s, {{u"Pad thai with shrimp"_s, 6}, {u"Thai iced tea"_s, 3}});
        const auto ids = lineIds(id);
        const QString pad = ids.value(u"Pad thai with shrimp"_s), tea = ids.value(u"Thai iced tea"_s);
        const qint64 tickets = count(u"SELECT COUNT(*) FROM kitchen_tickets"_s);
        Api w = staff(u"waiter1"_s);
        const Reply r = w.postNew(u"/api/v1/orders/%1/split"_s.arg(id),
                                  {{u"parts"_s, QJsonArray{part({{pad, 2}, {tea, 1}}), part({{pad, 2}, {tea, 1}})}}});
        CHECK_STATUS(r, 201);
        const QJsonArray checks = r.object().value(u"new_orders"_s).toArray();
        QCOMPARE(checks.size(), 2);
        QStringList all{id};
        for (const auto &v : checks) {
            const QJsonObject c = v.toObject();
            all << c.value(u"id"_s).toString();
            QCOMPARE(c.value(u"parent_order_id"_s).toString(), id);
            QCOMPARE(c.value(u"table_id"_s).toString(), u"3"_s);
            QCOMPARE(c.value(u"status"_s).toString(), u"SERVING"_s);
            QCOMPARE(c.value(u"total"_s).toString(), u"245.30"_s); // 2 × 89 + 45 + 10 % service
            for (const auto &l : c.value(u"items"_s).toArray())
                QCOMPARE(l.toObject().value(u"kitchen_status"_s).toString(), u"NEW"_s); // still cooking, not sent again
        }
        QCOMPARE(r.object().value(u"order"_s).toObject().value(u"total"_s).toString(), u"245.30"_s);
        QCOMPARE(count(u"SELECT COALESCE(SUM(qty), 0) FROM order_lines WHERE name = 'Pad thai with shrimp'"_s), 6);
        QCOMPARE(count(u"SELECT COUNT(*) FROM kitchen_tickets"_s), tickets); // the kitchen is not asked again
        QJsonObject t = tableJson(u"3"_s);
        QCOMPARE(t.value(u"order_id"_s).toString(), id);
        QCOMPARE(t.value(u"order_ids"_s).toArray().size(), 3);
        CHECK_STATUS(w.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"3"_s}, {u"guests"_s, 2}}), 409); // still occupied

        // Each check is billed and paid on its own: two in cash, one by card with a tip.
        Api c = staff(u"cashier1"_s);
        QSet<QString> receipts;
        for (int i = 0; i < 3; ++i) {
            CHECK_STATUS(w.post(u"/api/v1/orders/%1/checkout"_s.arg(all[i])), 200);
            const Reply paid = c.postNew(u"/api/v1/payments"_s, i < 2 ? cash(all[i], u"300.00"_s) : card(all[i], {}, u"30.00"_s));
            CHECK_STATUS(paid, 201);
            receipts.insert(paid.object().value(u"receipt_number"_s).toString());
            // The table stays taken while a check is open (the others are still eating), then is cleaned.
            QCOMPARE(tableJson(u"3"_s).value(u"status"_s).toString(), i < 2 ? u"SERVING"_s : u"CLEANING"_s);
        }
        QCOMPARE(receipts.size(), 3);
        QVERIFY(tableJson(u"3"_s).value(u"order_id"_s).isNull());
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'order.split'"_s), 1);
    }

    void aSplitThatCannotBeIsRefusedAndChangesNothing()
    {
        const QString id = servedOrder(u"4"_s, {{u"Pad thai with shrimp"_s, 2}});
        const QString pad = lineIds(id).value(u"Pad thai with shrimp"_s);
        Api w = staff(u"waiter1"_s);
        auto refused = [&](const QJsonObject &body, int status, const QString &code) {
            const Reply r = w.postNew(u"/api/v1/orders/%1/split"_s.arg(id), body);
            QVERIFY2(r.status == status, qPrintable(r.describe()));
            QCOMPARE(r.errorCode(), code);
        };
        refused({{u"parts"_s, QJsonArray{part({{pad, 2}})}}}, 400, u"VALIDATION_FAILED"_s); // nothing left on the original
        refused({{u"parts"_s, QJsonArray{part({{pad, 3}})}}}, 400, u"VALIDATION_FAILED"_s); // more than the line has
        refused({{u"parts"_s, QJsonArray{part({{pad, 1}}), part({{pad, 1}})}}}, 400, u"VALIDATION_FAILED"_s);
        refused({{u"parts"_s, QJsonArray{part({{u"999999"_s, 1}})}}}, 400, u"VALIDATION_FAILED"_s);
        refused({{u"parts"_s, QJsonArray{}}}, 400, u"VALIDATION_FAILED"_s);
        CHECK_STATUS(w.post(u"/api/v1/orders/%1/split"_s.arg(id), {{u"parts"_s, QJsonArray{part({{pad, 1}})}}}), 400); // no key
        CHECK_STATUS(w.post(u"/api/v1/orders/%1/checkout"_s.arg(id)), 200);
        CHECK_STATUS(staff(u"cashier1"_s).postNew(u"/api/v1/payments"_s, card(id, u"10.00"_s)), 201);
        refused({{u"parts"_s, QJsonArray{part({{pad, 1}})}}}, 409, u"ORDER_LOCKED"_s); // money taken
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 1);
        QCOMPARE(count(u"SELECT SUM(qty) FROM order_lines"_s), 2);
    }

    void twoTablesJoinAndADishMovesToTheNextTable()
    {
        const QString four = servedOrder(u"4"_s, {{u"Pad thai with shrimp"_s, 2}});
        const QString five = servedOrder(u"5"_s, {{u"Thai iced tea"_s, 1}});
        Api w = staff(u"waiter1"_s);
        CHECK_STATUS(w.postNew(u"/api/v1/orders/%1/merge"_s.arg(four), {{u"order_id"_s, four}}), 400);
        Reply r = w.postNew(u"/api/v1/orders/%1/merge"_s.arg(four), {{u"order_id"_s, five}});
        CHECK_STATUS(r, 200);
        QCOMPARE(r.object().value(u"items"_s).toArray().size(), 2);
        QCOMPARE(r.object().value(u"subtotal"_s).toString(), u"223.00"_s);
        QCOMPARE(order(five).value(u"status"_s).toString(), u"CANCELLED"_s);
        QCOMPARE(tableJson(u"5"_s).value(u"status"_s).toString(), u"VACANT"_s);
        auto reason = m_fx.server().database().scalar(
            u"SELECT after_json FROM audit_log WHERE action = 'order.cancel' AND entity_id = ?"_s.arg(QString()), {five});
        QVERIFY(reason->toString().contains(u"merged into #"_s));

        // One pad thai to table 6 (vacant): it opens table 6's order, still cooking.
        const QString pad = lineIds(four).value(u"Pad thai with shrimp"_s);
        r = w.postNew(u"/api/v1/orders/%1/items/move"_s.arg(four),
                      {{u"items"_s, QJsonArray{QJsonObject{{u"item_id"_s, pad}, {u"qty"_s, 1}}}}, {u"to_table_id"_s, u"6"_s}});
        CHECK_STATUS(r, 200);
        const QJsonObject six = r.object().value(u"to_order"_s).toObject();
        QCOMPARE(six.value(u"table_id"_s).toString(), u"6"_s);
        QCOMPARE(six.value(u"status"_s).toString(), u"SERVING"_s);
        QCOMPARE(six.value(u"subtotal"_s).toString(), u"89.00"_s);
        QCOMPARE(r.object().value(u"order"_s).toObject().value(u"subtotal"_s).toString(), u"134.00"_s);
        QCOMPARE(tableJson(u"6"_s).value(u"order_id"_s).toString(), six.value(u"id"_s).toString());
        // To an occupied table by table: refused; to its order: fine.
        const QString tea = lineIds(four).value(u"Thai iced tea"_s);
        const QJsonArray teaLine{QJsonObject{{u"item_id"_s, tea}}};
        r = w.postNew(u"/api/v1/orders/%1/items/move"_s.arg(four), {{u"items"_s, teaLine}, {u"to_table_id"_s, u"6"_s}});
        QCOMPARE(r.errorCode(), u"TABLE_OCCUPIED"_s);
        CHECK_STATUS(w.postNew(u"/api/v1/orders/%1/items/move"_s.arg(four), {{u"items"_s, teaLine}}), 400); // no destination
        CHECK_STATUS(w.postNew(u"/api/v1/orders/%1/items/move"_s.arg(four),
                               {{u"items"_s, teaLine}, {u"to_order_id"_s, six.value(u"id"_s).toString()}}),
                     200);
        // The last line leaves: the order is cancelled and its table freed.
        const QJsonArray rest{QJsonObject{{u"item_id"_s, pad}, {u"qty"_s, 1}}};
        CHECK_STATUS(
            w.postNew(u"/api/v1/orders/%1/items/move"_s.arg(four), {{u"items"_s, rest}, {u"to_order_id"_s, six.value(u"id"_s).toString()}}),
            200);
        QCOMPARE(order(four).value(u"status"_s).toString(), u"CANCELLED"_s);
        QCOMPARE(tableJson(u"4"_s).value(u"status"_s).toString(), u"VACANT"_s);
        QCOMPARE(order(six.value(u"id"_s).toString()).value(u"subtotal"_s).toString(), u"223.00"_s);
        QCOMPARE(count(u"SELECT SUM(qty) FROM order_lines"_s), 3);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action IN ('order.merge', 'order.items.move')"_s), 4);
    }

    void splitsMovesAndPaymentsRacingLoseNothing()
    {
        const QString eight = servedOrder(u"8"_s, {{u"Pad thai with shrimp"_s, 10}});
        const QString nine = servedOrder(u"9"_s, {{u"Thai iced tea"_s, 1}});
        const QString pad = lineIds(eight).value(u"Pad thai with shrimp"_s);
        Api w = staff(u"waiter1"_s);
        CHECK_STATUS(w.post(u"/api/v1/orders/%1/checkout"_s.arg(eight)), 200);
        Api c = staff(u"cashier1"_s);
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        auto key = [] { return QUuid::createUuid().toByteArray(QUuid::WithoutBraces); };
        const QJsonArray one{QJsonObject{{u"item_id"_s, pad}, {u"qty"_s, 1}}};
        for (int i = 0; i < 4; ++i) {
            replies << postAsync(nam, m_fx.url() + u"/api/v1/orders/%1/items/move"_s.arg(eight), w.token(), key(),
                                 {{u"items"_s, one}, {u"to_order_id"_s, nine}});
            replies << postAsync(nam, m_fx.url() + u"/api/v1/orders/%1/split"_s.arg(eight), w.token(), key(),
                                 {{u"parts"_s, QJsonArray{QJsonObject{{u"items"_s, one}}}}});
            replies << postAsync(nam, m_fx.url() + u"/api/v1/payments"_s, c.token(), key(), card(eight, u"100.00"_s));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }), 60000);
        for (QNetworkReply *r : replies) {
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QVERIFY2(status == 200 || status == 201 || status == 409 || status == 422, qPrintable(QString::number(status)));
            r->deleteLater();
        }
        // Every pad thai is on exactly one live order, and no bill took more than its total.
        QCOMPARE(count(u"SELECT SUM(l.qty) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                       "WHERE l.name = 'Pad thai with shrimp' AND o.status <> 'CANCELLED'"_s),
                 10);
        const qint64 paid = count(u"SELECT COALESCE(SUM(amount), 0) FROM payments WHERE order_id = %1 AND status = 'PAID'"_s.arg(eight));
        const QJsonObject after = order(eight);
        QVERIFY(paid <= Money::parse(after.value(u"total"_s).toString()).value().satang());
        QCOMPARE(Money::parse(after.value(u"paid_amount"_s).toString()).value().satang(), paid);
    }

    void salesByChannel()
    {
        Api w = staff(u"waiter1"_s);
        const QString dineIn = billAtCheckout(m_fx.url(), u"9"_s);
        const Reply grab = w.postNew(u"/api/v1/orders"_s,
                                     {{u"type"_s, u"delivery"_s}, {u"channel"_s, u"grab"_s}, {u"channel_ref"_s, u"GF-1"_s}});
        CHECK_STATUS(grab, 201);
        const QString grabId = grab.object().value(u"id"_s).toString();
        CHECK_STATUS(addItems(w, grabId, {item(menuId(u"Pad thai with shrimp"_s), 1)}), 200);
        CHECK_STATUS(w.post(u"/api/v1/orders/%1/send"_s.arg(grabId)), 200);
        CHECK_STATUS(w.post(u"/api/v1/orders/%1/checkout"_s.arg(grabId)), 200);
        Api c = staff(u"cashier1"_s);
        CHECK_STATUS(c.postNew(u"/api/v1/payments"_s, cash(dineIn, u"100.00"_s)), 201);
        CHECK_STATUS(c.postNew(u"/api/v1/payments"_s, card(grabId, {})), 201);
        const Reply r = staff(u"manager1"_s).get(u"/api/v1/reports/sales?from=2026-06-15&to=2026-06-15&group_by=channel"_s);
        CHECK_STATUS(r, 200);
        QStringList keys;
        for (const auto &v : r.object().value(u"rows"_s).toArray())
            keys << v.toObject().value(u"key"_s).toString();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"dine_in"_s, u"grab"_s}));
        QCOMPARE(sumOf(r.object().value(u"rows"_s).toArray(), u"total"_s),
                 r.object().value(u"totals"_s).toObject().value(u"total"_s).toString());
    }
};

QTEST_GUILESS_MAIN(TestServerBills)
#include "tst_server_bills.moc"
