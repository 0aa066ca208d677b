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
    QString event; // webhook event name, e.g. "payment.succeeded"
    QString reference;
    QString transactionId; // the gateway's id of the money transfer; each is applied once
    Money amount; // what the customer actually paid
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

/// What a bank's slip-verification API says about a transfer slip.
struct SlipCheck
{
    enum class Outcome { Verified, NotVerified, AmountMismatch };
    Outcome outcome = Outcome::NotVerified;
    Money amount; // what the slip's transfer was for, when the bank knows it
    QString message; // why not, in a sentence for the cashier's screen
};

/// The seam to a bank's slip-verification API (docs/payments.md): given the slip's (bank,
/// reference) it says whether that transfer really went to this shop's account, and for how much.
/// Without one a slip proves only what its QR says (the reuse check still holds).
class SlipVerifier
{
public:
    virtual ~SlipVerifier() = default;
    virtual QString name() const = 0;
    /// `expected` is the amount due; `receiver` the shop's PromptPay ID.
    virtual Result<SlipCheck> verify(const QString &bank, const QString &reference, Money expected, const QString &receiver) = 0;
};

/// Stands in for a bank's verifier (`payments.slip_verifier=sandbox`): it knows the slips it issued
/// through POST /api/v1/sandbox/slips (table sandbox_slips) and no others.
class SandboxSlipVerifier : public SlipVerifier
{
public:
    explicit SandboxSlipVerifier(Database &db) : m_db(db) { }
    QString name() const override { return QStringLiteral("sandbox"); }
    Result<SlipCheck> verify(const QString &bank, const QString &reference, Money expected, const QString &receiver) override;
    /// A guest's transfer of `amount` to `receiver`: the QR printed on its slip. Runs in the
    /// caller's transaction.
    Result<QString> issue(Money amount, const QString &receiver, const QDateTime &now);

private:
    Database &m_db;
};

std::unique_ptr<SlipVerifier> makeSlipVerifier(Database &db, ServerState &state);

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
