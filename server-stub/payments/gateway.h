#pragma once

#include "domain/error.h"
#include "domain/money.h"

#include <QDateTime>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace tavola::server {

class Database;
class ServerState;
struct HttpRequest;

/// A QR charge the server asks the gateway for: one unique reference, the exact amount.
struct GatewayCharge
{
    QString reference; // 1–20 of [A-Z0-9]
    Money amount;
    QDateTime expiresAt;
};

/// What the gateway says happened to a reference (its callback or its inquiry API).
struct GatewayPayment
{
    enum class State { Requested, Paid, Expired, Cancelled };
    State state = State::Requested;
    QString event;         // webhook event name, e.g. "payment.succeeded"
    QString reference;
    QString transactionId; // the gateway's id of the money transfer; each is applied once
    Money amount;          // what the customer actually paid
    QDateTime paidAt;
};

/// The seam to a PromptPay acquirer (KBank, SCB, Opn, …). The server owns the payment's state;
/// the gateway issues QR payloads, authenticates its callbacks and answers inquiries.
/// docs/payments.md explains how to add a real adapter.
class PaymentGateway
{
public:
    virtual ~PaymentGateway() = default;
    /// Short name stored with each payment ("sandbox").
    virtual QString name() const = 0;
    /// Registers the charge and returns the EMVCo payload the customer scans.
    virtual Result<QString> createCharge(const GatewayCharge &charge) = 0;
    /// Checks the callback's signature over the raw body and reads it. A forged or unsigned
    /// callback is UNAUTHENTICATED; a signed but unreadable one VALIDATION_FAILED.
    virtual Result<GatewayPayment> verifyWebhook(const HttpRequest &request) = 0;
    /// The inquiry API: the state of a reference, asked when a webhook seems lost.
    virtual Result<GatewayPayment> inquire(const QString &reference) = 0;
    /// The charge will not be paid through us any more (paid otherwise, order reopened).
    virtual Status cancel(const QString &reference) = 0;
};

/// The built-in simulator (`payments.sandbox=true`). It keeps its books in the server's database
/// (table sandbox_charges) so it survives restarts, and calls the server's webhook over HTTP
/// with an HMAC-SHA256 signature, exactly as a bank would.
class SandboxGateway : public QObject, public PaymentGateway
{
    Q_OBJECT

public:
    SandboxGateway(Database &db, ServerState &state, QObject *parent = nullptr);
    ~SandboxGateway() override;

    QString name() const override { return QStringLiteral("sandbox"); }
    Result<QString> createCharge(const GatewayCharge &charge) override;
    Result<GatewayPayment> verifyWebhook(const HttpRequest &request) override;
    Result<GatewayPayment> inquire(const QString &reference) override;
    Status cancel(const QString &reference) override;

    /// The customer pays `reference` (with `amount`, possibly wrong) in their banking app. Runs in
    /// the caller's transaction; returns the webhook body to deliver once that commits.
    Result<GatewayPayment> pay(const QString &reference, std::optional<Money> amount);
    /// The signed callback for a payment, as the bank sends it.
    QByteArray webhookBody(const GatewayPayment &payment) const;
    static QByteArray signature(const QByteArray &body, const QByteArray &secret);
    /// POSTs the body to `url` with its signature; retries a few times (2 s apart) on failure.
    void deliver(const QString &url, const QByteArray &body, int attemptsLeft = 5);
    /// Webhooks delivered and answered 2xx (for tests and /metrics).
    int delivered() const { return m_delivered; }

private:
    Database &m_db;
    ServerState &m_state;
    QNetworkAccessManager *m_nam;
    int m_delivered = 0;
};

/// The gateway for a configuration (today: the sandbox, or none).
std::unique_ptr<PaymentGateway> makeGateway(Database &db, ServerState &state);

} // namespace tavola::server
