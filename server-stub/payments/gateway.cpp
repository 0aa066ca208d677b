#include "gateway.h"

#include "auth/auth.h"
#include "domain/json.h"
#include "http/httptypes.h"
#include "promptpay/promptpay.h"
#include "serverstate.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

Q_LOGGING_CATEGORY(lcGateway, "tavola.server.gateway")

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

GatewayPayment::State stateFromName(const QString &s)
{
    if (s == u"PAID"_s)
        return GatewayPayment::State::Paid;
    if (s == u"EXPIRED"_s)
        return GatewayPayment::State::Expired;
    if (s == u"CANCELLED"_s)
        return GatewayPayment::State::Cancelled;
    return GatewayPayment::State::Requested;
}

} // namespace

SandboxGateway::SandboxGateway(Database &db, ServerState &state, QObject *parent)
    : QObject(parent),
      m_db(db),
      m_state(state),
      m_nam(new QNetworkAccessManager(this))
{
}

SandboxGateway::~SandboxGateway() = default;

Result<QString> SandboxGateway::createCharge(const GatewayCharge &charge)
{
    // Tag 30 (bill payment) when the shop has a biller ID, as bank merchant APIs issue it; else
    // tag 29 to the shop's PromptPay ID, with the reference in tag 62 (reference label, 05).
    promptpay::Payload payload;
    const QString biller = m_state.shop.promptpayBillerId.trimmed();
    if (!biller.isEmpty()) {
        payload.type = promptpay::TargetType::BillPayment;
        payload.target = biller;
        payload.reference1 = charge.reference;
    } else {
        if (m_state.shop.promptpayId.trimmed().isEmpty())
            return Error::validation(u"method"_s, u"PromptPay is not set up: enter the shop's PromptPay ID or biller ID in the settings"_s);
        auto target = promptpay::targetFromInput(m_state.shop.promptpayId);
        if (!target)
            return Error{ErrorCode::Internal, u"The shop's PromptPay ID is not valid: %1"_s.arg(target.error().message), {}};
        payload = *target;
        payload.additionalData = u"05%1%2"_s.arg(charge.reference.size(), 2, 10, QChar(u'0')).arg(charge.reference);
    }
    payload.amount = charge.amount;
    auto qr = promptpay::build(payload);
    if (!qr)
        return qr.error();
    if (auto r = m_db.exec(
            u"INSERT INTO sandbox_charges (reference, amount, status, expires_at, created_at) VALUES (?, ?, 'REQUESTED', ?, ?)"_s,
            {charge.reference, charge.amount.satang(), toMs(charge.expiresAt), toMs(m_state.now())});
        !r)
        return r.error();
    return *qr;
}

QByteArray SandboxGateway::signature(const QByteArray &body, const QByteArray &secret)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

Result<GatewayPayment> SandboxGateway::verifyWebhook(const HttpRequest &request)
{
    const QByteArray given = request.header("x-signature").trimmed().toLower();
    const QByteArray expected = signature(request.body, m_state.webhookSecret.toUtf8());
    if (given.isEmpty() || !constantTimeEquals(given, expected))
        return Error{ErrorCode::Unauthenticated, u"The webhook signature is missing or wrong"_s, {}};
    auto body = parseJsonObject(request.body);
    if (!body)
        return body.error();
    JsonReader r(*body);
    GatewayPayment p;
    p.event = r.string(u"event"_s, Presence::Required, 60);
    p.reference = r.string(u"reference"_s, Presence::Required, 40);
    p.transactionId = r.text(u"transaction_id"_s, Presence::Required, 80); // never empty: it is the duplicate key
    p.amount = r.money(u"amount"_s, Presence::Required);
    p.paidAt = r.time(u"paid_at"_s, Presence::Optional);
    if (!r.ok())
        return r.error();
    p.state = p.event == u"payment.succeeded"_s ? GatewayPayment::State::Paid : GatewayPayment::State::Requested;
    return p;
}

Result<GatewayPayment> SandboxGateway::inquire(const QString &reference)
{
    auto row = m_db.row(u"SELECT * FROM sandbox_charges WHERE reference = ?"_s, {reference},
                        u"The gateway does not know reference %1"_s.arg(reference));
    if (!row)
        return row.error();
    GatewayPayment p;
    p.reference = reference;
    p.state = stateFromName(row->value(u"status"_s).toString());
    if (p.state == GatewayPayment::State::Requested && toMs(m_state.now()) >= row->value(u"expires_at"_s).toLongLong())
        p.state = GatewayPayment::State::Expired;
    p.transactionId = row->value(u"transaction_id"_s).toString();
    p.amount = Money::fromSatang(row->value(u"paid_amount"_s).toLongLong());
    p.paidAt = fromMs(row->value(u"paid_at"_s));
    if (p.state == GatewayPayment::State::Paid)
        p.event = u"payment.succeeded"_s;
    return p;
}

Status SandboxGateway::cancel(const QString &reference)
{
    if (auto r = m_db.exec(u"UPDATE sandbox_charges SET status = 'CANCELLED' WHERE reference = ? AND status = 'REQUESTED'"_s, {reference});
        !r)
        return r.error();
    return {};
}

Result<GatewayPayment> SandboxGateway::pay(const QString &reference, std::optional<Money> amount)
{
    auto row = m_db.row(u"SELECT * FROM sandbox_charges WHERE reference = ?"_s, {reference},
                        u"The gateway does not know reference %1"_s.arg(reference));
    if (!row)
        return row.error();
    const QString status = row->value(u"status"_s).toString();
    // An expired QR can still be paid here: it simulates a customer whose banking app accepted a
    // stale code, which the server must flag rather than lose.
    if (status == u"PAID"_s)
        return Error{ErrorCode::InvalidTransition, u"The gateway already received money for %1"_s.arg(reference), {}};
    if (status == u"CANCELLED"_s)
        return Error{ErrorCode::InvalidTransition, u"The QR for %1 was cancelled"_s.arg(reference), {}};
    GatewayPayment p;
    p.state = GatewayPayment::State::Paid;
    p.event = u"payment.succeeded"_s;
    p.reference = reference;
    p.amount = amount.value_or(Money::fromSatang(row->value(u"amount"_s).toLongLong()));
    p.paidAt = m_state.now();
    static const QString alphabet = u"ABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    p.transactionId = u"SBX"_s;
    for (int i = 0; i < 16; ++i)
        p.transactionId += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    if (auto r = m_db.exec(
            u"UPDATE sandbox_charges SET status = 'PAID', transaction_id = ?, paid_amount = ?, paid_at = ? WHERE reference = ?"_s,
            {p.transactionId, p.amount.satang(), toMs(p.paidAt), reference});
        !r)
        return r.error();
    return p;
}

QByteArray SandboxGateway::webhookBody(const GatewayPayment &payment) const
{
    return QJsonDocument(QJsonObject{{u"event"_s, payment.event},
                                     {u"reference"_s, payment.reference},
                                     {u"amount"_s, payment.amount.toString()},
                                     {u"paid_at"_s, formatTime(payment.paidAt)},
                                     {u"transaction_id"_s, payment.transactionId}})
        .toJson(QJsonDocument::Compact);
}

void SandboxGateway::deliver(const QString &url, const QByteArray &body, int attemptsLeft)
{
    QNetworkRequest req{QUrl(url)};
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    req.setRawHeader("X-Signature", signature(body, m_state.webhookSecret.toUtf8()));
    req.setTransferTimeout(10000);
    QNetworkReply *reply = m_nam->post(req, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, body, attemptsLeft] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300) {
            ++m_delivered;
            return;
        }
        qCWarning(lcGateway).noquote()
            << u"webhook delivery failed (HTTP %1, %2); %3 attempts left"_s.arg(status).arg(reply->errorString()).arg(attemptsLeft - 1);
        // A 4xx other than a busy server will not get better by retrying.
        if (attemptsLeft > 1 && (status == 0 || status == 409 || status == 429 || status >= 500))
            QTimer::singleShot(2000, this, [this, url, body, attemptsLeft] { deliver(url, body, attemptsLeft - 1); });
    });
}

Result<SlipCheck> SandboxSlipVerifier::verify(const QString &bank, const QString &reference, Money expected, const QString &receiver)
{
    auto rows = m_db.rows(u"SELECT amount, receiver FROM sandbox_slips WHERE bank = ? AND reference = ?"_s, {bank, reference});
    if (!rows)
        return rows.error();
    SlipCheck check;
    if (rows->isEmpty()) {
        check.message = u"The bank knows no transfer with this slip's reference"_s;
        return check;
    }
    const Row &r = rows->first();
    check.amount = Money::fromSatang(r.value(u"amount"_s).toLongLong());
    if (r.value(u"receiver"_s).toString() != receiver) {
        check.message = u"This transfer went to another account, not this shop's PromptPay"_s;
        return check;
    }
    if (check.amount != expected) {
        check.outcome = SlipCheck::Outcome::AmountMismatch;
        check.message = u"The transfer was %1, the bill is %2"_s.arg(check.amount.toString(), expected.toString());
        return check;
    }
    check.outcome = SlipCheck::Outcome::Verified;
    return check;
}

Result<QString> SandboxSlipVerifier::issue(Money amount, const QString &receiver, const QDateTime &now)
{
    // A fresh SCB-style reference: "014" + 13 of [0-9A-Z].
    static constexpr char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString reference = u"014"_s;
    for (int i = 0; i < 13; ++i)
        reference += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]);
    promptpay::Slip slip;
    slip.sendingBank = u"014"_s;
    slip.transRef = reference;
    auto payload = promptpay::buildSlip(slip);
    if (!payload)
        return payload.error();
    if (auto r = m_db.exec(u"INSERT INTO sandbox_slips (bank, reference, amount, receiver, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                           {slip.sendingBank, reference, amount.satang(), receiver, toMs(now)});
        !r)
        return r.error();
    return *payload;
}

std::unique_ptr<SlipVerifier> makeSlipVerifier(Database &db, ServerState &state)
{
    if (state.config.slipVerifier == u"sandbox"_s)
        return std::make_unique<SandboxSlipVerifier>(db);
    return nullptr;
}

std::unique_ptr<PaymentGateway> makeGateway(Database &db, ServerState &state)
{
    if (state.config.paymentsSandbox)
        return std::make_unique<SandboxGateway>(db, state);
    return nullptr;
}

} // namespace tavola::server
