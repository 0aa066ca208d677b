// /api/v1/payments — cash, card and PromptPay tenders, the gateway's webhook, inquiries, the
// sandbox gateway and refunds. A paid order, its payment, its receipt number, the table's new
// status, the audit row and the events are one transaction.
#include "controllers.h"
#include "domain/payment.h"
#include "domain/requests.h"
#include "promptpay/promptpay.h"
#include "storage/paymentrepository.h"
#include "storage/reportqueries.h"
#include "storage/shiftrepository.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcPayments, "tavola.server.payments")

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

constexpr qint64 kQrLifetimeMs = 15 * 60 * 1000; // docs/domain.md, "PromptPay QR": 10–15 minutes
constexpr qint64 kInquiryAfterMs = 5 * 1000; // docs/api.md: a PENDING payment older than 5 s

/// "POS01-000123": per POS ID, consecutive, taken inside the payment's transaction so a rolled
/// back payment gives its number back and a committed one never shares it.
Result<QString> nextReceiptNumber(RequestContext &ctx)
{
    return nextPosNumber(ctx, u"receipt"_s, {});
}

/// A PromptPay reference: "TV" and 10 of [A-Z0-9] (fits tag 30's reference 1, ≤ 20).
QString newReference()
{
    static const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"_s;
    QString ref = u"TV"_s;
    for (int i = 0; i < 10; ++i)
        ref += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return ref;
}

/// The paid payment settles its order: order PAID with the receipt number, table freed, other
/// pending QR payments cancelled, audit and `payment.paid`.
Status settleOrder(RequestContext &ctx, Order &order, const Payment &p, const QString &action)
{
    if (auto s = changeOrderStatus(ctx, order, OrderStatus::Paid); !s)
        return s;
    // The sold lines get their share of the order's amounts, for the item and category reports.
    if (auto s = OrderRepository(ctx.db).recordSale(order, p); !s)
        return s;
    // And the reports' running sums, in the same transaction.
    if (auto s = ReportQueries(ctx.db).addSale(order.id, ctx.state.shop.utcOffsetMinutes); !s)
        return s;
    const QJsonObject json = p.toJson();
    if (auto s = audit(ctx, action, u"payment"_s, p.id, {}, json); !s)
        return s;
    return ctx.events.emitEvent(u"payment.paid"_s, json, Audience::Cashier);
}

Status setPaymentStatus(RequestContext &ctx, Payment &p, PaymentStatus to, const QString &reason, const QString &action);

/// A PAID tender that leaves a balance due: the order stays in CHECKOUT with what is paid so far;
/// a QR still shown for more than the new balance can no longer be paid.
Status takePart(RequestContext &ctx, Order &order, const Payment &p, const QString &action)
{
    order.paidAmount += p.towardsTotal();
    auto pending = PaymentRepository(ctx.db).ofOrder(order.id, true);
    if (!pending)
        return pending.error();
    for (Payment other : *pending) {
        if (other.id != p.id && other.amount > order.balanceDue()) {
            if (auto s = setPaymentStatus(ctx, other, PaymentStatus::Failed, u"superseded"_s, u"payment.cancel"_s); !s)
                return s;
        }
    }
    const QJsonObject json = p.toJson();
    if (auto s = audit(ctx, action, u"payment"_s, p.id, {}, json); !s)
        return s;
    if (auto s = ctx.events.emitEvent(u"payment.paid"_s, json, Audience::Cashier); !s)
        return s;
    return emitOrderUpdated(ctx, order);
}

/// The tender `p` was just PAID: it either completes the order's total (receipt, order PAID) or is
/// one part of several.
Status applyTender(RequestContext &ctx, Order &order, const Payment &p, const QString &action)
{
    return p.partial ? takePart(ctx, order, p, action) : settleOrder(ctx, order, p, action);
}

/// Whether `p` is the last tender of the bill; the last one takes the order's receipt number.
Status numberIfSettling(RequestContext &ctx, const Order &order, Payment &p)
{
    p.partial = p.towardsTotal() < order.balanceDue();
    if (p.partial)
        return {};
    auto receipt = nextReceiptNumber(ctx);
    if (!receipt)
        return receipt.error();
    p.receiptNumber = *receipt;
    return {};
}

Status setPaymentStatus(RequestContext &ctx, Payment &p, PaymentStatus to, const QString &reason, const QString &action)
{
    if (auto s = checkTransition(p.status, to); !s)
        return s;
    const QJsonObject before = p.toJson();
    p.status = to;
    p.flagReason = reason;
    if (auto s = PaymentRepository(ctx.db).saveStatus(p); !s)
        return s;
    return audit(ctx, action, u"payment"_s, p.id, before, p.toJson());
}

/// Money arrived that cannot settle the bill as it is: a manager must look at it.
Status flagPayment(RequestContext &ctx, Payment &p, const QString &reason, Money received)
{
    if (received != p.amount)
        p.receivedAmount = received;
    if (auto s = setPaymentStatus(ctx, p, PaymentStatus::Flagged, reason, u"payment.flag"_s); !s)
        return s;
    qCWarning(lcPayments).noquote() << u"payment %1 flagged: %2"_s.arg(p.id, reason);
    return ctx.events.emitEvent(u"payment.flagged"_s, p.toJson(), Audience::Cashier);
}

/// A PENDING QR past its expiry becomes EXPIRED (checked lazily here and swept periodically).
Status expireIfDue(RequestContext &ctx, Payment &p)
{
    if (p.status != PaymentStatus::Pending || !p.expiresAt.isValid() || ctx.now < p.expiresAt)
        return {};
    return setPaymentStatus(ctx, p, PaymentStatus::Expired, {}, u"payment.expire"_s);
}

/// Applies money the gateway reports for a reference (its webhook or its inquiry), once per
/// transaction id. Returns what happened: paid, flagged, duplicate, unknown_reference,
/// extra_payment.
Result<QString> applyGatewayPayment(RequestContext &ctx, const GatewayPayment &g, const QString &source)
{
    // One at a time across every instance (a row lock, held to the end of the transaction): the
    // same notice delivered twice at once to two instances is applied once, the second finding it
    // done ("duplicate") instead of failing on the transaction id's unique key.
    if (auto lock = ctx.db.nextCounter(u"gateway_payments"_s); !lock)
        return lock.error();
    PaymentRepository payments(ctx.db);
    auto seen = payments.gatewayOutcome(g.transactionId);
    if (!seen)
        return seen.error();
    if (*seen)
        return u"duplicate"_s;
    const QJsonObject notice{{u"reference"_s, g.reference},
                             {u"amount"_s, g.amount.toString()},
                             {u"transaction_id"_s, g.transactionId},
                             {u"paid_at"_s, timeToJson(g.paidAt)},
                             {u"source"_s, source}};
    auto found = payments.byReference(g.reference);
    if (!found)
        return found.error();
    QString outcome;
    QString paymentId;
    if (!*found) {
        outcome = u"unknown_reference"_s;
        if (auto s = audit(ctx, u"payment.webhook.unknown_reference"_s, u"gateway_transaction"_s, g.transactionId, {}, notice); !s)
            return s.error();
    } else {
        Payment p = **found;
        paymentId = p.id;
        if (auto s = expireIfDue(ctx, p); !s)
            return s.error();
        if (auto s = payments.setTransactionId(p.id, g.transactionId); !s)
            return s.error();
        switch (p.status) {
        case PaymentStatus::Pending: {
            auto order = OrderRepository(ctx.db).loadLocked(p.orderId, ctx.state.shop.tax);
            if (!order)
                return order.error();
            if (g.amount != p.amount + p.tip) {
                outcome = u"flagged"_s;
                if (auto s = flagPayment(ctx, p, u"amount_mismatch"_s, g.amount); !s)
                    return s.error();
            } else if (!order->checkPayable()) {
                outcome = u"flagged"_s;
                if (auto s = flagPayment(ctx, p, u"order_not_payable"_s, g.amount); !s)
                    return s.error();
            } else if (p.amount > order->balanceDue()) {
                // Another tender paid part of the bill after this QR was shown.
                outcome = u"flagged"_s;
                if (auto s = flagPayment(ctx, p, u"exceeds_balance"_s, g.amount); !s)
                    return s.error();
            } else {
                outcome = u"paid"_s;
                if (auto s = numberIfSettling(ctx, *order, p); !s)
                    return s.error();
                p.status = PaymentStatus::Paid;
                p.paidAt = ctx.now; // our clock: the receipt's date and the shift it counts in
                if (auto s = payments.savePaid(p); !s)
                    return s.error();
                if (auto s = applyTender(ctx, *order, p, u"payment.paid"_s); !s)
                    return s.error();
            }
            break;
        }
        case PaymentStatus::Expired:
        case PaymentStatus::Failed:
            // The customer paid a QR we no longer expected (expired, or the bill was settled
            // another way): the money is real, so a manager refunds or applies it.
            outcome = u"flagged"_s;
            if (auto s = flagPayment(ctx, p, p.status == PaymentStatus::Expired ? u"late_payment"_s : u"paid_after_cancel"_s, g.amount); !s)
                return s.error();
            break;
        case PaymentStatus::Paid:
        case PaymentStatus::Flagged:
        case PaymentStatus::Refunded:
            // A second transfer for a QR that already has one.
            outcome = u"extra_payment"_s;
            if (auto s = audit(ctx, u"payment.webhook.extra_payment"_s, u"payment"_s, p.id, {}, notice); !s)
                return s.error();
            break;
        }
    }
    if (auto s = payments.recordGatewayTransaction(g.transactionId, g.reference, g.amount, source, outcome, paymentId, ctx.now); !s)
        return s.error();
    return outcome;
}

ApiResult createPromptPay(RequestContext &ctx, Order &order, Money part, Money tip)
{
    PaymentGateway *gateway = ctx.state.gateway.get();
    if (!gateway)
        return Error::validation(
            u"confirmation"_s,
            u"No payment gateway is configured: confirm PromptPay at the till with \"confirmation\":\"slip\" (the guest's transfer slip) or \"staff\""_s);
    // The same pending QR again (a second tap, another till), unless it expired or the bill changed.
    PaymentRepository payments(ctx.db);
    auto pending = payments.ofOrder(order.id, true);
    if (!pending)
        return pending.error();
    for (Payment p : *pending) {
        if (auto s = expireIfDue(ctx, p); !s)
            return s.error();
        if (p.status != PaymentStatus::Pending)
            continue;
        if (p.method == PaymentMethod::PromptPay && p.amount == part && p.tip == tip)
            return ApiResult::ok(p.toJson(), 202);
        if (auto s = failPendingPayments(ctx, order.id, u"superseded"_s); !s)
            return s.error();
        break;
    }
    auto shift = ShiftRepository(ctx.db).openShiftOf(ctx.caller().id);
    if (!shift)
        return shift.error();
    Payment p;
    p.orderId = order.id;
    p.method = PaymentMethod::PromptPay;
    p.status = PaymentStatus::Pending;
    p.amount = part; // PromptPay charges the exact amount, never rounded (docs/domain.md, "Money and totals")
    p.tip = tip;
    p.createdAt = ctx.now;
    p.expiresAt = ctx.now.addMSecs(kQrLifetimeMs);
    p.shiftId = *shift;
    for (int attempt = 0; p.reference.isEmpty() && attempt < 8; ++attempt) {
        const QString candidate = newReference();
        auto taken = payments.referenceTaken(candidate);
        if (!taken)
            return taken.error();
        if (!*taken)
            p.reference = candidate;
    }
    if (p.reference.isEmpty())
        return Error{ErrorCode::Internal, u"Could not find a free payment reference"_s, {}};
    auto qr = gateway->createCharge({p.reference, p.amount + p.tip, p.expiresAt});
    if (!qr)
        return qr.error();
    p.qrPayload = *qr;
    auto id = payments.insert(p, ctx.caller().id, gateway->name());
    if (!id)
        return id.error();
    p.id = *id;
    const QJsonObject json = p.toJson();
    if (auto s = audit(ctx, u"payment.create"_s, u"payment"_s, p.id, {}, json); !s)
        return s.error();
    if (auto s = ctx.events.emitEvent(u"payment.pending"_s, json, Audience::Cashier); !s)
        return s.error();
    return ApiResult::ok(json, 202);
}

/// PromptPay confirmed at the till (no gateway): the guest paid the shop's own QR from any bank
/// app and the cashier either scanned the transfer slip's verification QR — a (bank, reference)
/// pays once, ever, which the database enforces across instances — or a member of staff saw the
/// money arrive (a manager, or a cashier when the shop allows it, else a manager's PIN).
ApiResult createPromptPayAtTill(RequestContext &ctx, Order &order, const PaymentRequest &req, Money part)
{
    Payment p;
    p.orderId = order.id;
    p.method = PaymentMethod::PromptPay;
    p.status = PaymentStatus::Paid;
    p.amount = part;
    p.tip = req.tip;
    p.createdAt = ctx.now;
    p.paidAt = ctx.now;
    p.confirmation = req.confirmation;
    QString confirmedBy = ctx.caller().username;
    if (req.confirmation == u"slip"_s) {
        const promptpay::Slip slip = promptpay::parseSlip(req.slipPayload).value(); // checked by the request codec
        if (slip.kind == promptpay::Slip::Kind::Bank) {
            p.slipBank = slip.sendingBank;
            p.slipRef = slip.transRef;
        } else {
            p.slipBank = u"TMN"_s; // TrueMoney wallet
            p.slipRef = slip.transactionId;
        }
        if (SlipVerifier *verifier = ctx.state.slipVerifier.get()) {
            auto check = verifier->verify(p.slipBank, p.slipRef, p.amount + p.tip, ctx.state.shop.promptpayId);
            if (!check)
                return check.error();
            if (check->outcome == SlipCheck::Outcome::NotVerified)
                return Error{ErrorCode::SlipNotVerified, check->message, QJsonObject{{u"field"_s, u"slip_payload"_s}}};
            if (check->outcome == SlipCheck::Outcome::AmountMismatch)
                return Error{ErrorCode::SlipAmountMismatch, check->message,
                             QJsonObject{{u"field"_s, u"slip_payload"_s},
                                         {u"slip_amount"_s, check->amount.toString()},
                                         {u"amount_due"_s, (p.amount + p.tip).toString()}}};
        }
        auto used = PaymentRepository(ctx.db).slipUse(p.slipBank, p.slipRef);
        if (!used)
            return used.error();
        if (*used) {
            const auto &[receipt, at] = **used;
            return Error{ErrorCode::SlipAlreadyUsed, u"This slip already paid receipt %1 at %2"_s.arg(receipt, formatTime(at)),
                         QJsonObject{{u"field"_s, u"slip_payload"_s}, {u"receipt_number"_s, receipt}, {u"paid_at"_s, formatTime(at)}}};
        }
    } else {
        const bool cashierMay = ctx.state.shop.promptpayStaffConfirm == u"cashier"_s && ctx.caller().role == Role::Cashier;
        if (!cashierMay) {
            auto approver = managerApproval(ctx, u"Confirming a PromptPay payment without a slip"_s);
            if (!approver)
                return approver.error();
            confirmedBy = *approver;
        }
    }
    auto shift = ShiftRepository(ctx.db).openShiftOf(ctx.caller().id);
    if (!shift)
        return shift.error();
    p.shiftId = *shift;
    if (auto s = numberIfSettling(ctx, order, p); !s)
        return s.error();
    auto id = PaymentRepository(ctx.db).insert(p, ctx.caller().id, {}, confirmedBy);
    if (!id) {
        if (ctx.db.lastErrorWasUniqueViolation()) // another till, on another instance, at the same instant
            return Error{ErrorCode::SlipAlreadyUsed, u"This slip has just paid another bill"_s,
                         QJsonObject{{u"field"_s, u"slip_payload"_s}}};
        return id.error();
    }
    p.id = *id;
    if (auto s = audit(ctx, u"payment.confirm."_s + p.confirmation, u"payment"_s, p.id, {},
                       QJsonObject{{u"confirmed_by"_s, confirmedBy},
                                   {u"slip_bank"_s, p.slipBank},
                                   {u"slip_ref"_s, p.slipRef},
                                   {u"amount"_s, p.amount.toString()}});
        !s)
        return s.error();
    if (auto s = applyTender(ctx, order, p, u"payment.create"_s); !s)
        return s.error();
    return ApiResult::ok(p.toJson(), 201);
}

/// The sandbox verifier's stand-in for a guest's banking app: a transfer of `amount` to the shop,
/// and the verification QR its slip would carry.
ApiResult sandboxSlip(RequestContext &ctx)
{
    auto *sandbox = dynamic_cast<SandboxSlipVerifier *>(ctx.state.slipVerifier.get());
    if (!sandbox)
        return Error{ErrorCode::NotFound, u"The sandbox slip verifier is off (payments.slip_verifier=sandbox)"_s, {}};
    JsonReader r(ctx.body);
    const Money amount = r.money(u"amount"_s, Presence::Required);
    if (!r.ok())
        return r.error();
    if (amount.satang() <= 0)
        return Error::validation(u"amount"_s, u"amount must be more than zero"_s);
    auto payload = sandbox->issue(amount, ctx.state.shop.promptpayId, ctx.now);
    if (!payload)
        return payload.error();
    return ApiResult::ok(QJsonObject{{u"slip_payload"_s, *payload}}, 201);
}

ApiResult createPayment(RequestContext &ctx)
{
    auto req = PaymentRequest::fromJson(ctx.body);
    if (!req)
        return req.error();
    // Two tills taking tenders for one bill take turns: neither can take more than the balance.
    auto order = OrderRepository(ctx.db).loadLocked(req->orderId, ctx.state.shop.tax);
    if (!order)
        return order.error();
    if (auto s = order->checkPayable(); !s)
        return s.error();
    // The part of the bill this tender pays: by default all that is left.
    const Money balance = order->balanceDue();
    const Money part = req->amount.value_or(balance);
    if (part > balance)
        return Error{ErrorCode::AmountExceedsBalance,
                     u"%1 is more than the %2 still due on order %3"_s.arg(part.toString(), balance.toString()).arg(order->number),
                     QJsonObject{{u"field"_s, u"amount"_s}, {u"balance_due"_s, balance.toString()}}};
    if (req->method == PaymentMethod::PromptPay && !req->confirmation.isEmpty())
        return createPromptPayAtTill(ctx, *order, *req, part);
    if (req->method == PaymentMethod::PromptPay)
        return createPromptPay(ctx, *order, part, req->tip);

    auto shift = ShiftRepository(ctx.db).openShiftOf(ctx.caller().id);
    if (!shift)
        return shift.error();
    Payment p;
    p.orderId = order->id;
    p.method = req->method;
    p.status = PaymentStatus::Paid;
    p.paidAt = ctx.now;
    p.createdAt = ctx.now;
    p.shiftId = *shift;
    if (req->method == PaymentMethod::Cash) {
        // Cash rounding is its own line and never touches VAT (docs/domain.md, "Money and totals"),
        // and only a cash tender that settles the whole remaining balance is rounded.
        const CashDue due = part == balance ? cashDue(part, ctx.state.shop.tax.cashRounding) : CashDue{part, Money()};
        if (req->amountReceived < due.due)
            return Error{ErrorCode::InsufficientAmount,
                         u"%1 received is less than the %2 due"_s.arg(req->amountReceived.toString(), due.due.toString()),
                         QJsonObject{{u"field"_s, u"amount_received"_s}, {u"amount_due"_s, due.due.toString()}}};
        p.amount = due.due;
        p.cashRounding = due.rounding;
        p.amountReceived = req->amountReceived;
        p.change = req->amountReceived - due.due;
    } else {
        p.amount = part;
        p.tip = req->tip;
        p.approvalCode = req->approvalCode;
    }
    if (auto s = numberIfSettling(ctx, *order, p); !s)
        return s.error();
    auto id = PaymentRepository(ctx.db).insert(p, ctx.caller().id);
    if (!id)
        return id.error();
    p.id = *id;
    if (auto s = applyTender(ctx, *order, p, u"payment.create"_s); !s)
        return s.error();
    return ApiResult::ok(p.toJson(), 201);
}

ApiResult getPayment(RequestContext &ctx)
{
    auto p = PaymentRepository(ctx.db).load(ctx.param(u"id"_s));
    if (!p)
        return p.error();
    if (p->status == PaymentStatus::Pending) {
        if (auto s = expireIfDue(ctx, *p); !s)
            return s.error();
        PaymentGateway *gateway = ctx.state.gateway.get();
        // A lost webhook must not leave the bill unpaid: ask the gateway's inquiry.
        if (p->status == PaymentStatus::Pending && gateway && p->createdAt.msecsTo(ctx.now) >= kInquiryAfterMs) {
            auto inquiry = gateway->inquire(p->reference);
            if (!inquiry) {
                qCWarning(lcPayments).noquote() << u"inquiry for %1 failed: %2"_s.arg(p->reference, inquiry.error().message);
            } else if (inquiry->state == GatewayPayment::State::Paid) {
                if (auto r = applyGatewayPayment(ctx, *inquiry, u"inquiry"_s); !r)
                    return r.error();
            }
            p = PaymentRepository(ctx.db).load(p->id);
            if (!p)
                return p.error();
        }
    }
    return ApiResult::ok(p->toJson());
}

ApiResult orderPayments(RequestContext &ctx)
{
    auto order = OrderRepository(ctx.db).load(ctx.param(u"id"_s), ctx.state.shop.tax);
    if (!order)
        return order.error();
    auto payments = PaymentRepository(ctx.db).ofOrder(order->id);
    if (!payments)
        return payments.error();
    QJsonArray out;
    for (const Payment &p : *payments)
        out.append(p.toJson());
    return ApiResult::ok(QJsonObject{{u"payments"_s, out}});
}

ApiResult paymentWebhook(RequestContext &ctx)
{
    PaymentGateway *gateway = ctx.state.gateway.get();
    if (!gateway)
        return Error{ErrorCode::NotFound, u"No payment gateway is configured on this server"_s, {}};
    auto notice = gateway->verifyWebhook(ctx.http);
    if (!notice)
        return notice.error();
    if (notice->state != GatewayPayment::State::Paid)
        return ApiResult::ok(QJsonObject{{u"result"_s, u"ignored"_s}});
    auto outcome = applyGatewayPayment(ctx, *notice, u"webhook"_s);
    if (!outcome)
        return outcome.error();
    return ApiResult::ok(QJsonObject{{u"result"_s, *outcome}});
}

ApiResult sandboxPay(RequestContext &ctx)
{
    auto *sandbox = dynamic_cast<SandboxGateway *>(ctx.state.gateway.get());
    if (!sandbox)
        return Error{ErrorCode::NotFound, u"The sandbox gateway is off (payments.sandbox=false)"_s, {}};
    auto p = PaymentRepository(ctx.db).load(ctx.param(u"id"_s));
    if (!p)
        return p.error();
    if (p->method != PaymentMethod::PromptPay)
        return Error::validation(u"id"_s, u"Only PromptPay payments go through the gateway"_s);
    JsonReader r(ctx.body);
    const std::optional<Money> amount = r.optionalMoney(u"amount"_s);
    const bool deliver = r.boolean(u"deliver_webhook"_s, Presence::Optional, true);
    if (!r.ok())
        return r.error();
    auto paid = sandbox->pay(p->reference, amount);
    if (!paid)
        return paid.error();
    if (deliver) {
        // Like a bank: the callback arrives over HTTP after the customer paid (after commit).
        ctx.afterCommit.append([sandbox, url = QString(ctx.state.selfUrl + u"/api/v1/payments/webhook"_s),
                                body = sandbox->webhookBody(*paid)] { sandbox->deliver(url, body); });
    }
    return ApiResult::ok(QJsonObject{{u"transaction_id"_s, paid->transactionId},
                                     {u"reference"_s, paid->reference},
                                     {u"amount"_s, paid->amount.toString()},
                                     {u"webhook"_s, deliver ? u"sent"_s : u"withheld"_s}},
                         202);
}

ApiResult refundPayment(RequestContext &ctx)
{
    auto approver = managerApproval(ctx, u"A refund"_s);
    if (!approver)
        return approver.error();
    auto req = ReasonRequest::fromJson(ctx.body);
    if (!req)
        return req.error();
    PaymentRepository payments(ctx.db);
    auto asked = payments.load(ctx.param(u"id"_s));
    if (!asked)
        return asked.error();
    if (auto s = checkTransition(asked->status, PaymentStatus::Refunded); !s)
        return s.error();
    auto order = OrderRepository(ctx.db).loadLocked(asked->orderId, ctx.state.shop.tax);
    if (!order)
        return order.error();
    // Refunding a paid bill refunds every tender it was paid with; a part paid on a bill still
    // open is given back on its own and the balance due grows again.
    QList<Payment> refunds{*asked};
    if (order->status == OrderStatus::Paid) {
        auto all = payments.ofOrder(order->id);
        if (!all)
            return all.error();
        refunds.clear();
        for (const Payment &p : *all) {
            if (p.status == PaymentStatus::Paid)
                refunds.append(p);
        }
    }
    // The money leaves the refunding cashier's drawer if they have a shift open, else the
    // drawer of the sale's shift.
    auto shift = ShiftRepository(ctx.db).openShiftOf(ctx.caller().id);
    if (!shift)
        return shift.error();
    Payment answer = *asked;
    for (Payment &p : refunds) {
        const QJsonObject before = p.toJson();
        // The receipt number stays with the refunded sale: numbers are never reused or deleted.
        p.status = PaymentStatus::Refunded;
        p.refundedAt = ctx.now;
        p.refundReason = req->reason;
        if (auto s = payments.saveRefund(p, shift->isEmpty() ? p.shiftId : *shift); !s)
            return s.error();
        QJsonObject after = p.toJson();
        after.insert(u"reason"_s, req->reason);
        after.insert(u"approved_by"_s, *approver);
        if (auto s = audit(ctx, u"payment.refund"_s, u"payment"_s, p.id, before, after); !s)
            return s.error();
        if (p.id == answer.id)
            answer = p;
    }
    if (order->status == OrderStatus::Paid) {
        ReportQueries reports(ctx.db);
        if (auto s = reports.addRefund(order->id, true, ctx.state.shop.utcOffsetMinutes); !s)
            return s.error();
        if (auto s = OrderRepository(ctx.db).recordRefund(order->id); !s)
            return s.error();
        if (auto s = reports.addRefund(order->id, false, ctx.state.shop.utcOffsetMinutes); !s)
            return s.error();
        if (auto s = cancelTaxInvoice(ctx, order->id); !s)
            return s.error();
    } else {
        order->paidAmount -= asked->towardsTotal();
        if (auto s = emitOrderUpdated(ctx, *order); !s)
            return s.error();
    }
    return ApiResult::ok(answer.toJson());
}

} // namespace

Status failPendingPayments(RequestContext &ctx, const QString &orderId, const QString &reason)
{
    auto pending = PaymentRepository(ctx.db).ofOrder(orderId, true);
    if (!pending)
        return pending.error();
    for (Payment p : *pending) {
        if (auto s = setPaymentStatus(ctx, p, PaymentStatus::Failed, reason, u"payment.cancel"_s); !s)
            return s;
        if (ctx.state.gateway && !p.reference.isEmpty()) {
            if (auto s = ctx.state.gateway->cancel(p.reference); !s)
                qCWarning(lcPayments).noquote() << u"could not cancel %1 at the gateway: %2"_s.arg(p.reference, s.error().message);
        }
    }
    return {};
}

Status expireStalePayments(Database &db, const QDateTime &now)
{
    return db.transaction([&]() { return PaymentRepository(db).expireStale(now); });
}

void registerPaymentRoutes(Router &router)
{
    const Permission tills = Permission::only({Role::Cashier});
    router.post(u"/api/v1/payments"_s, tills, Idempotency::Required, createPayment);
    // A read that may settle a payment through the gateway's inquiry: one transaction.
    router.add(Route{"GET", u"/api/v1/payments/{id}"_s, tills, Idempotency::None, true, getPayment, {}, {}});
    router.get(u"/api/v1/orders/{id}/payments"_s, tills, orderPayments);
    router.post(u"/api/v1/payments/{id}/refund"_s, tills, Idempotency::Optional, refundPayment);
    router.post(u"/api/v1/payments/webhook"_s, Permission::publicAccess(), Idempotency::None, paymentWebhook);
    router.post(u"/api/v1/sandbox/payments/{id}/pay"_s, Permission::anyStaff(), Idempotency::Optional, sandboxPay);
    router.post(u"/api/v1/sandbox/slips"_s, Permission::anyStaff(), Idempotency::Optional, sandboxSlip);
}

} // namespace tavola::server
