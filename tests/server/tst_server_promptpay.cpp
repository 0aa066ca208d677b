// PromptPay through the sandbox gateway over real HTTP: the dynamic QR, the signed webhook the
// gateway sends to the server, replays, wrong amounts, unknown references, expiry, late money
// and the inquiry that finds a lost webhook. SQLite or PostgreSQL (labels server, pg).
#include "controllers/controllers.h"
#include "promptpay/promptpay.h"
#include "serverharness.h"
#include "serverstate.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;

class TestServerPromptPay : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;

    Api staff(const QString &user) { return staffApi(m_fx.url(), user); }

    Reply startPromptPay(Api &c, const QString &orderId)
    {
        return c.postNew(u"/api/v1/payments"_s, {{u"order_id"_s, orderId}, {u"method"_s, u"promptpay"_s}});
    }

    QString paymentStatus(Api &c, const QString &paymentId)
    {
        return c.get(u"/api/v1/payments/"_s + paymentId).object().value(u"status"_s).toString();
    }

    QString orderStatus(Api &c, const QString &orderId)
    {
        return c.get(u"/api/v1/orders/"_s + orderId).object().value(u"status"_s).toString();
    }

    /// A webhook as the bank sends it, signed with `secret` (the demo secret by default).
    Reply sendWebhook(const QJsonObject &body, const QByteArray &secret = "demo-webhook-secret")
    {
        const QByteArray raw = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const QByteArray sig = "sha256=" + QMessageAuthenticationCode::hash(raw, secret, QCryptographicHash::Sha256).toHex();
        Api anonymous(m_fx.url());
        return anonymous.raw("POST", u"/api/v1/payments/webhook"_s, raw, {{"Content-Type", "application/json"}, {"X-Signature", sig}});
    }

    static QJsonObject succeeded(const QString &reference, const QString &amount, const QString &transactionId)
    {
        return {{u"event"_s, u"payment.succeeded"_s},
                {u"reference"_s, reference},
                {u"amount"_s, amount},
                {u"paid_at"_s, u"2026-01-21T12:00:00Z"_s},
                {u"transaction_id"_s, transactionId}};
    }

    qint64 count(const QString &sql) { return m_fx.server().database().scalar(sql)->toLongLong(); }

private slots:
    void init() { QVERIFY(m_fx.start()); }
    void cleanup() { m_fx.stop(); }

    void pendingWithTheExactTotalAndTheSameQrOnASecondTap()
    {
        const QString orderId = billAtCheckout(m_fx.url(), u"3"_s, 2); // 178.00 + 10 % service = 195.80
        Api c = staff(u"cashier1"_s);
        const Reply r = startPromptPay(c, orderId);
        CHECK_STATUS(r, 202);
        const QJsonObject p = r.object();
        QCOMPARE(p.value(u"status"_s).toString(), u"PENDING"_s);
        QCOMPARE(p.value(u"amount"_s).toString(), u"195.80"_s);
        const QString reference = p.value(u"reference"_s).toString();
        QVERIFY(QRegularExpression(u"^[A-Z0-9]{1,20}$"_s).match(reference).hasMatch());
        const QDateTime expires = QDateTime::fromString(p.value(u"expires_at"_s).toString(), Qt::ISODate);
        const qint64 minutes = m_fx.server().state().now().secsTo(expires) / 60;
        QVERIFY2(minutes >= 14 && minutes <= 15, qPrintable(p.value(u"expires_at"_s).toString()));
        // The payload is a dynamic PromptPay QR for exactly the bill, to the demo shop's number.
        auto parsed = promptpay::parse(p.value(u"qr_payload"_s).toString());
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->type, promptpay::TargetType::Mobile);
        QCOMPARE(parsed->target, u"0066812345678"_s);
        QCOMPARE(parsed->amount->toString(), u"195.80"_s);
        QVERIFY(parsed->additionalData.contains(reference));
        // Still unpaid: the order waits at CHECKOUT.
        QCOMPARE(orderStatus(c, orderId), u"CHECKOUT"_s);

        // Another tap (new key) shows the same QR rather than a second charge.
        const Reply again = startPromptPay(c, orderId);
        CHECK_STATUS(again, 202);
        QCOMPARE(again.object().value(u"payment_id"_s), p.value(u"payment_id"_s));
        QCOMPARE(again.object().value(u"reference"_s).toString(), reference);
        QCOMPARE(count(u"SELECT COUNT(*) FROM payments"_s), 1);

        // Once it expired, the next request makes a fresh QR with a new reference.
        m_fx.server().state().advanceClock(16 * 60 * 1000);
        c.login(u"cashier1"_s, u"1000"_s); // the access token expired meanwhile
        const Reply fresh = startPromptPay(c, orderId);
        CHECK_STATUS(fresh, 202);
        QVERIFY(fresh.object().value(u"payment_id"_s) != p.value(u"payment_id"_s));
        QVERIFY(fresh.object().value(u"reference"_s).toString() != reference);
        QCOMPARE(paymentStatus(c, p.value(u"payment_id"_s).toString()), u"EXPIRED"_s);
    }

    void billPaymentQrWhenTheShopHasABillerId()
    {
        m_fx.server().state().shop.promptpayBillerId = u"010556012345601"_s;
        const QString orderId = billAtCheckout(m_fx.url(), u"4"_s);
        Api c = staff(u"cashier1"_s);
        const Reply r = startPromptPay(c, orderId);
        CHECK_STATUS(r, 202);
        auto parsed = promptpay::parse(r.object().value(u"qr_payload"_s).toString());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->type, promptpay::TargetType::BillPayment);
        QCOMPARE(parsed->target, u"010556012345601"_s);
        QCOMPARE(parsed->reference1, r.object().value(u"reference"_s).toString());
        QCOMPARE(parsed->amount->toString(), u"97.90"_s);
    }

    void theSandboxPaysAndItsSignedWebhookSettlesTheBill()
    {
        const QString orderId = billAtCheckout(m_fx.url(), u"5"_s);
        Api c = staff(u"cashier1"_s);
        const QJsonObject p = startPromptPay(c, orderId).object();
        const QString paymentId = p.value(u"payment_id"_s).toString();
        const Reply pay = c.post(u"/api/v1/sandbox/payments/%1/pay"_s.arg(paymentId));
        CHECK_STATUS(pay, 202);
        QCOMPARE(pay.object().value(u"webhook"_s).toString(), u"sent"_s);
        // The gateway calls the server back over HTTP; the till sees PAID.
        QTRY_COMPARE_WITH_TIMEOUT(paymentStatus(c, paymentId), u"PAID"_s, 10000);
        const QJsonObject paid = c.get(u"/api/v1/payments/"_s + paymentId).object();
        QCOMPARE(paid.value(u"receipt_number"_s).toString(), u"POS01-000001"_s);
        QCOMPARE(orderStatus(c, orderId), u"PAID"_s);
        QCOMPARE(c.get(u"/api/v1/orders/"_s + orderId).object().value(u"receipt_number"_s).toString(), u"POS01-000001"_s);
        // It was the webhook (not the inquiry) that did it, and the table is being cleaned.
        QCOMPARE(count(u"SELECT COUNT(*) FROM gateway_transactions WHERE source = 'webhook' AND outcome = 'paid'"_s), 1);
        bool cleaning = false;
        for (const auto &t : c.get(u"/api/v1/tables"_s).object().value(u"tables"_s).toArray())
            cleaning |= t.toObject().value(u"id"_s).toString() == u"5"_s && t.toObject().value(u"status"_s).toString() == u"CLEANING"_s;
        QVERIFY(cleaning);
        // Paying the same QR twice at the gateway is refused there.
        CHECK_STATUS(c.post(u"/api/v1/sandbox/payments/%1/pay"_s.arg(paymentId)), 409);
    }

    void badSignaturesAreRefusedAndChangeNothing()
    {
        const QString orderId = billAtCheckout(m_fx.url(), u"6"_s);
        Api c = staff(u"cashier1"_s);
        const QJsonObject p = startPromptPay(c, orderId).object();
        const QJsonObject body = succeeded(p.value(u"reference"_s).toString(), p.value(u"amount"_s).toString(), u"T-forged"_s);
        const Reply forged = sendWebhook(body, "not-the-secret");
        CHECK_STATUS(forged, 401);
        QCOMPARE(forged.errorCode(), u"UNAUTHENTICATED"_s);
        Api anonymous(m_fx.url());
        CHECK_STATUS(anonymous.raw("POST", u"/api/v1/payments/webhook"_s, QJsonDocument(body).toJson(QJsonDocument::Compact),
                                   {{"Content-Type", "application/json"}}),
                     401);
        // A signature over a different body does not carry over.
        const QByteArray raw = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const QByteArray other = QByteArray(raw).replace("T-forged", "T-forged2");
        const QByteArray sig = "sha256=" + QMessageAuthenticationCode::hash(raw, "demo-webhook-secret", QCryptographicHash::Sha256).toHex();
        CHECK_STATUS(
            anonymous.raw("POST", u"/api/v1/payments/webhook"_s, other, {{"Content-Type", "application/json"}, {"X-Signature", sig}}), 401);
        QCOMPARE(paymentStatus(c, p.value(u"payment_id"_s).toString()), u"PENDING"_s);
        QCOMPARE(orderStatus(c, orderId), u"CHECKOUT"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM gateway_transactions"_s), 0);
        // A signed webhook without a transaction id is refused: the id is what makes a replay a
        // replay, so an empty one must not become everybody's "duplicate".
        for (const QString &blank : {QString(), u"   "_s}) {
            const Reply noId = sendWebhook(succeeded(p.value(u"reference"_s).toString(), p.value(u"amount"_s).toString(), blank),
                                           "demo-webhook-secret");
            CHECK_STATUS(noId, 400);
            QCOMPARE(noId.errorField(), u"transaction_id"_s);
        }
        QCOMPARE(paymentStatus(c, p.value(u"payment_id"_s).toString()), u"PENDING"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM gateway_transactions"_s), 0);
    }

    void aReplayedWebhookHasNoSecondEffect()
    {
        const QString first = billAtCheckout(m_fx.url(), u"7"_s);
        Api c = staff(u"cashier1"_s);
        const QJsonObject p = startPromptPay(c, first).object();
        const QJsonObject body = succeeded(p.value(u"reference"_s).toString(), p.value(u"amount"_s).toString(), u"T-1001"_s);
        const Reply once = sendWebhook(body);
        CHECK_STATUS(once, 200);
        QCOMPARE(once.object().value(u"result"_s).toString(), u"paid"_s);
        for (int i = 0; i < 3; ++i) {
            const Reply again = sendWebhook(body);
            CHECK_STATUS(again, 200);
            QCOMPARE(again.object().value(u"result"_s).toString(), u"duplicate"_s);
        }
        QCOMPARE(count(u"SELECT COUNT(*) FROM payments WHERE status = 'PAID'"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'payment.paid'"_s), 1);
        // The next bill gets the next receipt number: the replays used none.
        const QString second = billAtCheckout(m_fx.url(), u"8"_s);
        const Reply card = c.postNew(u"/api/v1/payments"_s,
                                     {{u"order_id"_s, second}, {u"method"_s, u"card"_s}, {u"approval_code"_s, u"A1"_s}});
        QCOMPARE(card.object().value(u"receipt_number"_s).toString(), u"POS01-000002"_s);
    }

    void aWrongAmountIsFlaggedAndTheBillStaysUnpaid()
    {
        const QString orderId = billAtCheckout(m_fx.url(), u"9"_s);
        Api c = staff(u"cashier1"_s);
        const QJsonObject p = startPromptPay(c, orderId).object();
        const QString paymentId = p.value(u"payment_id"_s).toString();
        CHECK_STATUS(c.post(u"/api/v1/sandbox/payments/%1/pay"_s.arg(paymentId), {{u"amount"_s, u"9.79"_s}}), 202);
        QTRY_COMPARE_WITH_TIMEOUT(paymentStatus(c, paymentId), u"FLAGGED"_s, 10000);
        const QJsonObject flagged = c.get(u"/api/v1/payments/"_s + paymentId).object();
        QCOMPARE(flagged.value(u"flag_reason"_s).toString(), u"amount_mismatch"_s);
        QCOMPARE(flagged.value(u"received_amount"_s).toString(), u"9.79"_s);
        QVERIFY(flagged.value(u"receipt_number"_s).isNull());
        QCOMPARE(orderStatus(c, orderId), u"CHECKOUT"_s);
        const QJsonArray log =
            staff(u"manager1"_s).get(u"/api/v1/audit-log?entity=payment&action=payment.flag"_s).object().value(u"entries"_s).toArray();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.at(0).toObject().value(u"actor"_s).toString(), u"gateway"_s);
        QCOMPARE(log.at(0).toObject().value(u"after"_s).toObject().value(u"status"_s).toString(), u"FLAGGED"_s);
        // The bill can still be settled another way.
        CHECK_STATUS(
            c.postNew(u"/api/v1/payments"_s, {{u"order_id"_s, orderId}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"100.00"_s}}),
            201);
    }

    void anUnknownReferenceIsAcknowledgedAndAudited()
    {
        const Reply r = sendWebhook(succeeded(u"NOSUCHREF123"_s, u"10.00"_s, u"T-unknown"_s));
        CHECK_STATUS(r, 200);
        QCOMPARE(r.object().value(u"result"_s).toString(), u"unknown_reference"_s);
        const QJsonArray log = staff(u"manager1"_s)
                                   .get(u"/api/v1/audit-log?action=payment.webhook.unknown_reference"_s)
                                   .object()
                                   .value(u"entries"_s)
                                   .toArray();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.at(0).toObject().value(u"after"_s).toObject().value(u"reference"_s).toString(), u"NOSUCHREF123"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM payments"_s), 0);
        // A malformed but signed callback is a clear 400.
        const Reply bad = sendWebhook({{u"event"_s, u"payment.succeeded"_s}, {u"reference"_s, u"X"_s}, {u"amount"_s, 10}});
        CHECK_STATUS(bad, 400);
    }

    void moneyAfterExpiryIsFlaggedForAManager()
    {
        const QString orderId = billAtCheckout(m_fx.url(), u"10"_s);
        Api c = staff(u"cashier1"_s);
        const QString paymentId = startPromptPay(c, orderId).object().value(u"payment_id"_s).toString();
        m_fx.server().state().advanceClock(15 * 60 * 1000 + 1000);
        c.login(u"cashier1"_s, u"1000"_s); // the access token expired meanwhile
        QCOMPARE(paymentStatus(c, paymentId), u"EXPIRED"_s);
        // The customer's app paid the stale QR anyway.
        CHECK_STATUS(c.post(u"/api/v1/sandbox/payments/%1/pay"_s.arg(paymentId)), 202);
        QTRY_COMPARE_WITH_TIMEOUT(paymentStatus(c, paymentId), u"FLAGGED"_s, 10000);
        QCOMPARE(c.get(u"/api/v1/payments/"_s + paymentId).object().value(u"flag_reason"_s).toString(), u"late_payment"_s);
        QCOMPARE(orderStatus(c, orderId), u"CHECKOUT"_s);
    }

    void theSweepExpiresQrsNobodyAsksAbout()
    {
        const QString orderId = billAtCheckout(m_fx.url(), u"11"_s);
        Api c = staff(u"cashier1"_s);
        const QString paymentId = startPromptPay(c, orderId).object().value(u"payment_id"_s).toString();
        auto &state = m_fx.server().state();
        QVERIFY(server::expireStalePayments(m_fx.server().database(), state.now()).ok());
        QCOMPARE(count(u"SELECT COUNT(*) FROM payments WHERE status = 'PENDING'"_s), 1);
        QVERIFY(server::expireStalePayments(m_fx.server().database(), state.now().addSecs(16 * 60)).ok());
        QCOMPARE(count(u"SELECT COUNT(*) FROM payments WHERE status = 'EXPIRED'"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'payment.expire' AND actor_name = 'system'"_s), 1);
        Q_UNUSED(paymentId);
    }

    void aLostWebhookIsFoundByTheInquiry()
    {
        const QString orderId = billAtCheckout(m_fx.url(), u"12"_s);
        Api c = staff(u"cashier1"_s);
        const QJsonObject p = startPromptPay(c, orderId).object();
        const QString paymentId = p.value(u"payment_id"_s).toString();
        const Reply pay = c.post(u"/api/v1/sandbox/payments/%1/pay"_s.arg(paymentId), {{u"deliver_webhook"_s, false}});
        CHECK_STATUS(pay, 202);
        QCOMPARE(pay.object().value(u"webhook"_s).toString(), u"withheld"_s);
        // Within 5 s the server trusts its own state and waits for the webhook.
        QCOMPARE(paymentStatus(c, paymentId), u"PENDING"_s);
        m_fx.server().state().advanceClock(6000);
        // Older than 5 s: the server asks the gateway, which says it was paid.
        const QJsonObject found = c.get(u"/api/v1/payments/"_s + paymentId).object();
        QCOMPARE(found.value(u"status"_s).toString(), u"PAID"_s);
        QCOMPARE(found.value(u"receipt_number"_s).toString(), u"POS01-000001"_s);
        QCOMPARE(orderStatus(c, orderId), u"PAID"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM gateway_transactions WHERE source = 'inquiry'"_s), 1);
        // When the webhook finally arrives it changes nothing.
        const Reply late = sendWebhook(succeeded(p.value(u"reference"_s).toString(), p.value(u"amount"_s).toString(),
                                                 pay.object().value(u"transaction_id"_s).toString()));
        CHECK_STATUS(late, 200);
        QCOMPARE(late.object().value(u"result"_s).toString(), u"duplicate"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'payment.paid'"_s), 1);
    }

    void reopeningTheBillCancelsItsQrAndLateMoneyIsFlagged()
    {
        const QString orderId = billAtCheckout(m_fx.url(), u"13"_s);
        Api c = staff(u"cashier1"_s);
        const QJsonObject p = startPromptPay(c, orderId).object();
        const QString paymentId = p.value(u"payment_id"_s).toString();
        CHECK_STATUS(staff(u"manager1"_s).post(u"/api/v1/orders/%1/reopen"_s.arg(orderId), {{u"reason"_s, u"one more dish"_s}}), 200);
        const QJsonObject failed = c.get(u"/api/v1/payments/"_s + paymentId).object();
        QCOMPARE(failed.value(u"status"_s).toString(), u"FAILED"_s);
        QCOMPARE(failed.value(u"flag_reason"_s).toString(), u"order_serving"_s);
        // The gateway will not take money for it any more…
        CHECK_STATUS(c.post(u"/api/v1/sandbox/payments/%1/pay"_s.arg(paymentId)), 409);
        // …and if a bank pays it anyway, a manager sees it.
        const Reply r = sendWebhook(succeeded(p.value(u"reference"_s).toString(), p.value(u"amount"_s).toString(), u"T-after-cancel"_s));
        CHECK_STATUS(r, 200);
        QCOMPARE(r.object().value(u"result"_s).toString(), u"flagged"_s);
        QCOMPARE(paymentStatus(c, paymentId), u"FLAGGED"_s);
        QCOMPARE(orderStatus(c, orderId), u"SERVING"_s);
    }

    /// Waits for concurrent requests and counts their answers by "<status> <error code>".
    static QHash<QString, int> tally(const QList<QNetworkReply *> &replies)
    {
        QHash<QString, int> out;
        if (!QTest::qWaitFor([&] { return std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }); },
                             30000))
            return out;
        for (QNetworkReply *r : replies) {
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QString code = QJsonDocument::fromJson(r->readAll()).object().value(u"error"_s).toObject().value(u"code"_s).toString();
            ++out[u"%1 %2"_s.arg(status).arg(code).trimmed()];
            r->deleteLater();
        }
        return out;
    }

    void concurrentTendersWithDifferentKeysPayOnce()
    {
        const QString orderId = billAtCheckout(m_fx.url(), u"14"_s);
        Api c = staff(u"cashier1"_s);
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        const QJsonObject body{{u"order_id"_s, orderId}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"100.00"_s}};
        for (int i = 0; i < 8; ++i)
            replies << postAsync(nam, m_fx.url() + u"/api/v1/payments"_s, c.token(), "till-" + QByteArray::number(i), body);
        QCOMPARE(tally(replies), (QHash<QString, int>{{u"201"_s, 1}, {u"409 ALREADY_PAID"_s, 7}}));
        QCOMPARE(count(u"SELECT COUNT(*) FROM payments"_s), 1);
    }

    void aManagerSetsThePromptPayTargetInTheSettings()
    {
        Api w = staff(u"waiter1"_s);
        const Reply read = w.get(u"/api/v1/settings"_s);
        CHECK_STATUS(read, 200);
        QCOMPARE(read.object().value(u"promptpay_id"_s).toString(), u"0812345678"_s);
        QCOMPARE(read.object().value(u"pos_id"_s).toString(), u"POS01"_s);
        QCOMPARE(read.object().value(u"promptpay_gateway"_s), QJsonValue(true)); // the sandbox bank confirms
        CHECK_STATUS(w.request("PUT", u"/api/v1/settings"_s, {{u"shop_name"_s, u"x"_s}}), 403);
        Api m = staff(u"manager1"_s);
        Reply bad = m.request("PUT", u"/api/v1/settings"_s, {{u"promptpay_id"_s, u"12345"_s}});
        CHECK_STATUS(bad, 400);
        QCOMPARE(bad.errorField(), u"promptpay_id"_s);
        bad = m.request("PUT", u"/api/v1/settings"_s, {{u"vat_percent"_s, u"50"_s}});
        CHECK_STATUS(bad, 400);
        QCOMPARE(bad.errorField(), u"vat_percent"_s);
        bad = m.request("PUT", u"/api/v1/settings"_s, {{u"promptpay_biller_id"_s, u"0105560123456"_s}});
        CHECK_STATUS(bad, 400);
        // The shop's tax ID goes on every receipt: a mistyped one (its check digit) is refused,
        // and so are the service charge and a VAT rate outside 0–30 %.
        bad = m.request("PUT", u"/api/v1/settings"_s, {{u"tax_id"_s, u"0105561234567"_s}});
        CHECK_STATUS(bad, 400);
        QCOMPARE(bad.errorField(), u"tax_id"_s);
        bad = m.request("PUT", u"/api/v1/settings"_s, {{u"service_charge_percent"_s, u"31"_s}});
        CHECK_STATUS(bad, 400);
        QCOMPARE(bad.errorField(), u"service_charge_percent"_s);
        bad = m.request("PUT", u"/api/v1/settings"_s, {{u"vat_percent"_s, u"-1"_s}});
        CHECK_STATUS(bad, 400);
        QCOMPARE(m.get(u"/api/v1/settings"_s).object().value(u"tax_id"_s).toString(), u"0105561234560"_s); // the demo's, unchanged
        CHECK_STATUS(m.request("PUT", u"/api/v1/settings"_s, {{u"tax_id"_s, u"0105551234567"_s}}), 200);
        QCOMPARE(m.get(u"/api/v1/settings"_s).object().value(u"promptpay_id"_s).toString(), u"0812345678"_s); // unchanged
        // A national ID with a wrong check digit is kept, with a warning for the settings screen.
        const Reply warned = m.request("PUT", u"/api/v1/settings"_s, {{u"promptpay_id"_s, u"1234567890123"_s}});
        CHECK_STATUS(warned, 200);
        QVERIFY(warned.object().contains(u"promptpay_id_warning"_s));
        const Reply ok = m.request("PUT", u"/api/v1/settings"_s,
                                   {{u"promptpay_id"_s, u"1101700230708"_s}, {u"shop_name"_s, u"Baan Dim Sum"_s}});
        CHECK_STATUS(ok, 200);
        QVERIFY(!ok.object().contains(u"promptpay_id_warning"_s));
        QCOMPARE(ok.object().value(u"shop_name"_s).toString(), u"Baan Dim Sum"_s);
        // The next QR pays that ID.
        const QString orderId = billAtCheckout(m_fx.url(), u"16"_s);
        Api c = staff(u"cashier1"_s);
        auto parsed = promptpay::parse(startPromptPay(c, orderId).object().value(u"qr_payload"_s).toString());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->type, promptpay::TargetType::NationalId);
        QCOMPARE(parsed->target, u"1101700230708"_s);
        // And it survives a restart; the change is in the audit log.
        QVERIFY(m_fx.restart());
        QCOMPARE(staff(u"waiter1"_s).get(u"/api/v1/settings"_s).object().value(u"shop_name"_s).toString(), u"Baan Dim Sum"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'settings.update'"_s), 3); // the warned ID, the tax ID, the good ID
    }

    void withoutAGatewayPromptPayIsAClearError()
    {
        m_fx.stop();
        QVERIFY(m_fx.start([](server::ServerConfig &c) { c.paymentsSandbox = false; }));
        const QString orderId = billAtCheckout(m_fx.url(), u"15"_s);
        Api c = staff(u"cashier1"_s);
        const Reply r = startPromptPay(c, orderId);
        CHECK_STATUS(r, 400);
        QCOMPARE(r.errorField(), u"confirmation"_s); // confirm it at the till instead
        QCOMPARE(c.get(u"/api/v1/settings"_s).object().value(u"promptpay_gateway"_s), QJsonValue(false)); // the till knows it
        CHECK_STATUS(c.post(u"/api/v1/sandbox/payments/1/pay"_s), 404);
        QCOMPARE(orderStatus(c, orderId), u"CHECKOUT"_s);
    }

    Reply confirmAtTill(Api &c, const QString &orderId, const QJsonObject &extra, const QHash<QByteArray, QByteArray> &headers = {})
    {
        QJsonObject body{{u"order_id"_s, orderId}, {u"method"_s, u"promptpay"_s}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        QHash<QByteArray, QByteArray> h = headers;
        h.insert("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        return c.post(u"/api/v1/payments"_s, body, h);
    }

    void aTransferSlipPaysOneBillEver()
    {
        m_fx.stop();
        QVERIFY(m_fx.start([](server::ServerConfig &c) { c.paymentsSandbox = false; })); // no gateway: the default path
        const QString slip = u"00370006000001010301402160141234567890ABC5102TH91045AEE"_s; // bank 014, ref 0141234567890ABC
        Api c = staff(u"cashier1"_s);
        const QString first = billAtCheckout(m_fx.url(), u"15"_s);
        const Reply paid = confirmAtTill(c, first, {{u"confirmation"_s, u"slip"_s}, {u"slip_payload"_s, slip}});
        CHECK_STATUS(paid, 201);
        const QJsonObject p = paid.object();
        QCOMPARE(p.value(u"status"_s).toString(), u"PAID"_s);
        QCOMPARE(p.value(u"confirmation"_s).toString(), u"slip"_s);
        QCOMPARE(p.value(u"slip_bank"_s).toString(), u"014"_s);
        QCOMPARE(p.value(u"slip_ref"_s).toString(), u"0141234567890ABC"_s);
        const QString receipt = p.value(u"receipt_number"_s).toString();
        QVERIFY(receipt.startsWith(u"POS01-"_s));
        QCOMPARE(orderStatus(c, first), u"PAID"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'payment.confirm.slip'"_s), 1);

        // The same slip for another bill: refused, naming the receipt it paid; nothing changes.
        const QString second = billAtCheckout(m_fx.url(), u"16"_s);
        const Reply reused = confirmAtTill(c, second, {{u"confirmation"_s, u"slip"_s}, {u"slip_payload"_s, slip}});
        CHECK_STATUS(reused, 409);
        QCOMPARE(reused.errorCode(), u"SLIP_ALREADY_USED"_s);
        QCOMPARE(reused.json.value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"receipt_number"_s).toString(), receipt);
        QVERIFY(reused.json.value(u"error"_s).toObject().value(u"message"_s).toString().contains(receipt));
        QCOMPARE(orderStatus(c, second), u"CHECKOUT"_s);
        // A slip QR with a changed character, or none at all: a clear 400 on slip_payload.
        const Reply forged = confirmAtTill(
            c, second, {{u"confirmation"_s, u"slip"_s}, {u"slip_payload"_s, QString(slip).replace(u"ABC"_s, u"ABD"_s)}});
        CHECK_STATUS(forged, 400);
        QCOMPARE(forged.errorField(), u"slip_payload"_s);
        CHECK_STATUS(confirmAtTill(c, second, {{u"confirmation"_s, u"slip"_s}}), 400);
        // The database itself refuses a second row for the slip (what another instance would hit).
        server::Database &db = m_fx.server().database();
        QVERIFY(!db.exec(u"INSERT INTO payments (order_id, method, status, amount, created_at, slip_bank, slip_ref) "
                         "VALUES (?, 'promptpay', 'PAID', 1, 0, '014', '0141234567890ABC')"_s,
                         {second.toLongLong()})
                     .ok());
        QCOMPARE(count(u"SELECT COUNT(*) FROM payments WHERE slip_ref = '0141234567890ABC'"_s), 1);
    }

    void oneSlipAtTwoInstancesAtOncePaysOnce()
    {
        if (!usingPostgres())
            QSKIP("several instances share a PostgreSQL database; this is the SQLite run");
        m_fx.stop();
        QVERIFY(m_fx.start([](server::ServerConfig &c) { c.paymentsSandbox = false; }));
        server::ServerConfig second = m_fx.config();
        second.port = 0;
        server::TavolaServer b(second);
        QVERIFY(b.start().ok());
        // Two tills on two instances, two bills, one slip scanned at both at the same moment.
        const QString slip = u"00370006000001010301402160141234567890ABC5102TH91045AEE"_s;
        const QString billA = billAtCheckout(m_fx.url(), u"15"_s);
        const QString billB = billAtCheckout(m_fx.url(), u"16"_s);
        Api onA = staff(u"cashier1"_s);
        Api onB(b.url());
        onB.login(u"cashier1"_s, u"1000"_s);
        QNetworkAccessManager nam;
        const auto body = [&](const QString &order) {
            return QJsonObject{
                {u"order_id"_s, order}, {u"method"_s, u"promptpay"_s}, {u"confirmation"_s, u"slip"_s}, {u"slip_payload"_s, slip}};
        };
        QList<QNetworkReply *> replies{postAsync(nam, m_fx.url() + u"/api/v1/payments"_s, onA.token(), "till-a", body(billA)),
                                       postAsync(nam, b.url() + u"/api/v1/payments"_s, onB.token(), "till-b", body(billB))};
        QCOMPARE(tally(replies), (QHash<QString, int>{{u"201"_s, 1}, {u"409 SLIP_ALREADY_USED"_s, 1}}));
        QCOMPARE(count(u"SELECT COUNT(*) FROM payments WHERE slip_ref = '0141234567890ABC'"_s), 1);
        QCOMPARE(QSet<QString>({orderStatus(onA, billA), orderStatus(onA, billB)}), QSet<QString>({u"PAID"_s, u"CHECKOUT"_s}));
        b.stop();
    }

    void aSlipVerifierChecksTheTransferWithTheBank()
    {
        m_fx.stop();
        QVERIFY(m_fx.start([](server::ServerConfig &c) {
            c.paymentsSandbox = false;
            c.slipVerifier = u"sandbox"_s;
        }));
        Api c = staff(u"cashier1"_s);
        const QString order = billAtCheckout(m_fx.url(), u"15"_s);
        const QString total = c.get(u"/api/v1/orders/"_s + order).object().value(u"total"_s).toString();
        QVERIFY(!total.isEmpty());
        auto slipFor = [&](const QString &amount) {
            return c.postNew(u"/api/v1/sandbox/slips"_s, {{u"amount"_s, amount}}).object().value(u"slip_payload"_s).toString();
        };
        // A well-formed slip the bank never saw (a fake): refused, the bill stays open.
        const Reply fake = confirmAtTill(
            c, order, {{u"confirmation"_s, u"slip"_s}, {u"slip_payload"_s, u"00370006000001010301402160141234567890ABC5102TH91045AEE"_s}});
        CHECK_STATUS(fake, 422);
        QCOMPARE(fake.errorCode(), u"SLIP_NOT_VERIFIED"_s);
        // A real transfer of the wrong amount.
        const QString short1 = slipFor(u"1.00"_s);
        QVERIFY(promptpay::parseSlip(short1));
        const Reply wrong = confirmAtTill(c, order, {{u"confirmation"_s, u"slip"_s}, {u"slip_payload"_s, short1}});
        CHECK_STATUS(wrong, 422);
        QCOMPARE(wrong.errorCode(), u"SLIP_AMOUNT_MISMATCH"_s);
        QCOMPARE(orderStatus(c, order), u"CHECKOUT"_s);
        // The transfer of the bill's amount to this shop: paid.
        const Reply paid = confirmAtTill(c, order, {{u"confirmation"_s, u"slip"_s}, {u"slip_payload"_s, slipFor(total)}});
        CHECK_STATUS(paid, 201);
        QCOMPARE(orderStatus(c, order), u"PAID"_s);
        // Without the sandbox verifier there is no such route.
        m_fx.stop();
        QVERIFY(m_fx.start([](server::ServerConfig &cfg) { cfg.paymentsSandbox = false; }));
        CHECK_STATUS(staff(u"cashier1"_s).postNew(u"/api/v1/sandbox/slips"_s, {{u"amount"_s, u"10.00"_s}}), 404);
    }

    void staffConfirmationNeedsAManagerUnlessTheShopLetsCashiers()
    {
        m_fx.stop();
        QVERIFY(m_fx.start([](server::ServerConfig &c) { c.paymentsSandbox = false; }));
        Api cashier = staff(u"cashier1"_s);
        const QJsonObject byEye{{u"confirmation"_s, u"staff"_s}};
        const QString a = billAtCheckout(m_fx.url(), u"15"_s);
        CHECK_STATUS(confirmAtTill(cashier, a, byEye), 403);
        CHECK_STATUS(confirmAtTill(cashier, a, byEye, {{"X-Manager-Pin", "1234"}}), 403);
        QCOMPARE(orderStatus(cashier, a), u"CHECKOUT"_s);
        const Reply approved = confirmAtTill(cashier, a, byEye, {{"X-Manager-Pin", "9000"}});
        CHECK_STATUS(approved, 201);
        QCOMPARE(approved.object().value(u"confirmation"_s).toString(), u"staff"_s);
        auto audit = m_fx.server().database().rows(u"SELECT after_json FROM audit_log WHERE action = 'payment.confirm.staff'"_s);
        QVERIFY(audit && audit->size() == 1);
        QVERIFY(audit->first().value(u"after_json"_s).toString().contains(u"manager1"_s));
        // A manager confirms without a PIN.
        const QString b = billAtCheckout(m_fx.url(), u"16"_s);
        Api manager = staff(u"manager1"_s);
        CHECK_STATUS(confirmAtTill(manager, b, byEye), 201);
        // The shop lets cashiers confirm by eye: no PIN needed any more.
        CHECK_STATUS(manager.request("PUT", u"/api/v1/settings"_s, {{u"promptpay_staff_confirm"_s, u"cashier"_s}}), 200);
        CHECK_STATUS(manager.request("PUT", u"/api/v1/settings"_s, {{u"promptpay_staff_confirm"_s, u"waiter"_s}}), 400);
        const QString c = billAtCheckout(m_fx.url(), u"17"_s);
        CHECK_STATUS(confirmAtTill(cashier, c, byEye), 201);
        // Only PromptPay is confirmed this way.
        const QString d = billAtCheckout(m_fx.url(), u"18"_s);
        QJsonObject cash{
            {u"order_id"_s, d}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"500.00"_s}, {u"confirmation"_s, u"staff"_s}};
        const Reply wrong = cashier.postNew(u"/api/v1/payments"_s, cash);
        CHECK_STATUS(wrong, 400);
        QCOMPARE(wrong.errorField(), u"confirmation"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerPromptPay)
#include "tst_server_promptpay.moc"
