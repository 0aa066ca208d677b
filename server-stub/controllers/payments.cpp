// /api/v1/payments — cash and card tenders. A paid order, its payment, its receipt number, the
// table's new status, the audit row and the events are one transaction.
#include "controllers.h"

#include "domain/payment.h"
#include "domain/requests.h"

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

Payment paymentFromRow(const Row &r)
{
    Payment p;
    p.id = r.value(u"id"_s).toString();
    p.orderId = r.value(u"order_id"_s).toString();
    p.method = enumFromName<PaymentMethod>(r.value(u"method"_s).toString()).value_or(PaymentMethod::Cash);
    p.status = enumFromName<PaymentStatus>(r.value(u"status"_s).toString()).value_or(PaymentStatus::Pending);
    p.amount = Money::fromSatang(r.value(u"amount"_s).toLongLong());
    p.amountReceived = Money::fromSatang(r.value(u"amount_received"_s).toLongLong());
    p.change = Money::fromSatang(r.value(u"change_amount"_s).toLongLong());
    p.cashRounding = Money::fromSatang(r.value(u"cash_rounding"_s).toLongLong());
    p.receiptNumber = r.value(u"receipt_number"_s).toString();
    p.reference = r.value(u"reference"_s).toString();
    p.qrPayload = r.value(u"qr_payload"_s).toString();
    p.approvalCode = r.value(u"approval_code"_s).toString();
    p.createdAt = fromMs(r.value(u"created_at"_s));
    p.paidAt = fromMs(r.value(u"paid_at"_s));
    p.expiresAt = fromMs(r.value(u"expires_at"_s));
    return p;
}

Result<Payment> loadPayment(Database &db, const QString &id)
{
    bool numeric = false;
    const qint64 n = id.toLongLong(&numeric);
    if (!numeric)
        return Error{ErrorCode::NotFound, u"No payment with id %1"_s.arg(id.left(40)), {}};
    auto row = db.row(u"SELECT * FROM payments WHERE id = ?"_s, {n}, u"No payment with id %1"_s.arg(id));
    if (!row)
        return row.error();
    return paymentFromRow(*row);
}

/// "POS01-000123": per POS ID, consecutive, taken inside the payment's transaction so a rolled
/// back payment gives its number back and a committed one never shares it.
Result<QString> nextReceiptNumber(RequestContext &ctx)
{
    const QString pos = ctx.state.config.posId;
    auto n = ctx.db.nextCounter(u"receipt:"_s + pos);
    if (!n)
        return n.error();
    return u"%1-%2"_s.arg(pos, QString::number(*n).rightJustified(6, u'0'));
}

ApiResult createPayment(RequestContext &ctx)
{
    auto req = PaymentRequest::fromJson(ctx.body);
    if (!req)
        return req.error();
    if (req->method == PaymentMethod::PromptPay)
        return Error::validation(u"method"_s, u"PromptPay is not available on this server yet: take cash or card"_s);
    auto order = loadOrder(ctx.db, req->orderId, ctx.state.shop.tax);
    if (!order)
        return order.error();
    if (order->status == OrderStatus::Paid)
        return Error{ErrorCode::AlreadyPaid, u"Order %1 is already paid (receipt %2)"_s.arg(order->number).arg(order->receiptNumber),
                     QJsonObject{{u"receipt_number"_s, order->receiptNumber}}};
    if (order->status != OrderStatus::Checkout)
        return Error{ErrorCode::OrderLocked, u"Order %1 is %2: request the bill (checkout) before taking payment"_s.arg(order->number).arg(enumName(order->status)),
                     QJsonObject{{u"status"_s, enumName(order->status)}}};

    Payment p;
    p.orderId = order->id;
    p.method = req->method;
    p.status = PaymentStatus::Paid;
    p.paidAt = ctx.now;
    p.createdAt = ctx.now;
    if (req->method == PaymentMethod::Cash) {
        // Cash rounding is its own line and never touches VAT (DOMAIN.md §1).
        const CashDue due = cashDue(order->totals.total, ctx.state.shop.tax.cashRounding);
        if (req->amountReceived < due.due)
            return Error{ErrorCode::InsufficientAmount,
                         u"%1 received is less than the %2 due"_s.arg(req->amountReceived.toString(), due.due.toString()),
                         QJsonObject{{u"field"_s, u"amount_received"_s}, {u"amount_due"_s, due.due.toString()}}};
        p.amount = due.due;
        p.cashRounding = due.rounding;
        p.amountReceived = req->amountReceived;
        p.change = req->amountReceived - due.due;
    } else {
        p.amount = order->totals.total;
        p.approvalCode = req->approvalCode;
    }
    auto receipt = nextReceiptNumber(ctx);
    if (!receipt)
        return receipt.error();
    p.receiptNumber = *receipt;
    auto id = ctx.db.scalar(u"INSERT INTO payments (order_id, method, status, amount, amount_received, change_amount, cash_rounding, "
                            "receipt_number, approval_code, created_by, created_at, paid_at) VALUES (?, ?, 'PAID', ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                            "RETURNING id"_s,
                            {order->id.toLongLong(), enumName(p.method), p.amount.satang(), p.amountReceived.satang(), p.change.satang(),
                             p.cashRounding.satang(), p.receiptNumber, nullIfEmpty(p.approvalCode), ctx.caller().id, toMs(ctx.now),
                             toMs(ctx.now)});
    if (!id)
        return id.error();
    p.id = id->toString();
    if (auto s = changeOrderStatus(ctx, *order, OrderStatus::Paid); !s)
        return s.error();
    if (auto r = ctx.db.exec(u"UPDATE orders SET receipt_number = ?, paid_at = ? WHERE id = ?"_s,
                             {p.receiptNumber, toMs(ctx.now), order->id.toLongLong()});
        !r)
        return r.error();
    const QJsonObject json = p.toJson();
    if (auto s = audit(ctx, u"payment.create"_s, u"payment"_s, p.id, {}, json); !s)
        return s.error();
    if (auto s = ctx.events.emitEvent(u"payment.paid"_s, json, Audience::Cashier); !s)
        return s.error();
    return ApiResult::ok(json, 201);
}

ApiResult getPayment(RequestContext &ctx)
{
    auto p = loadPayment(ctx.db, ctx.param(u"id"_s));
    if (!p)
        return p.error();
    return ApiResult::ok(p->toJson());
}

ApiResult orderPayments(RequestContext &ctx)
{
    auto order = loadOrder(ctx.db, ctx.param(u"id"_s), ctx.state.shop.tax);
    if (!order)
        return order.error();
    auto rows = ctx.db.rows(u"SELECT * FROM payments WHERE order_id = ? ORDER BY id"_s, {order->id.toLongLong()});
    if (!rows)
        return rows.error();
    QJsonArray out;
    for (const Row &r : *rows)
        out.append(paymentFromRow(r).toJson());
    return ApiResult::ok(QJsonObject{{u"payments"_s, out}});
}

} // namespace

void registerPaymentRoutes(Router &router)
{
    const Permission tills = Permission::only({Role::Cashier});
    router.post(u"/api/v1/payments"_s, tills, Idempotency::Required, createPayment);
    router.get(u"/api/v1/payments/{id}"_s, tills, getPayment);
    router.get(u"/api/v1/orders/{id}/payments"_s, tills, orderPayments);
}

} // namespace tavola::server
