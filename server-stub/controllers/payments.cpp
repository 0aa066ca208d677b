// /api/v1/payments — cash and card tenders. A paid order, its payment, its receipt number, the
// table's new status, the audit row and the events are one transaction.
#include "controllers.h"

#include "domain/payment.h"
#include "domain/requests.h"

#include <QJsonDocument>
#include <QTimeZone>

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

ApiResult refundPayment(RequestContext &ctx)
{
    auto approver = managerApproval(ctx, u"A refund"_s);
    if (!approver)
        return approver.error();
    auto req = ReasonRequest::fromJson(ctx.body);
    if (!req)
        return req.error();
    auto p = loadPayment(ctx.db, ctx.param(u"id"_s));
    if (!p)
        return p.error();
    if (auto s = checkTransition(p->status, PaymentStatus::Refunded); !s)
        return s.error();
    const QJsonObject before = p->toJson();
    // The receipt number stays with the refunded sale: numbers are never reused or deleted.
    if (auto r = ctx.db.exec(u"UPDATE payments SET status = 'REFUNDED' WHERE id = ?"_s, {p->id.toLongLong()}); !r)
        return r.error();
    p->status = PaymentStatus::Refunded;
    QJsonObject after = p->toJson();
    after.insert(u"reason"_s, req->reason);
    after.insert(u"approved_by"_s, *approver);
    if (auto s = audit(ctx, u"payment.refund"_s, u"payment"_s, p->id, before, after); !s)
        return s.error();
    return ApiResult::ok(p->toJson());
}

ApiResult auditLog(RequestContext &ctx)
{
    QString sql = u"SELECT id, at, actor_name, action, entity, entity_id, before_json, after_json, request_id FROM audit_log WHERE 1 = 1"_s;
    QVariantList binds;
    const auto &q = ctx.http.query;
    for (const auto &[key, op] : {std::pair{u"from"_s, u">="_s}, std::pair{u"to"_s, u"<"_s}}) {
        const QString value = q.queryItemValue(key);
        if (value.isEmpty())
            continue;
        // A date means the whole day (UTC): to=2026-01-31 includes the 31st.
        QDateTime t = QDateTime(QDate::fromString(value, Qt::ISODate), QTime(0, 0), QTimeZone::utc());
        if (t.isValid() && key == u"to"_s)
            t = t.addDays(1);
        if (!t.isValid()) {
            const auto parsed = parseTime(value);
            if (!parsed)
                return Error::validation(key, u"%1 must be a date like 2026-01-31 or an RFC 3339 time"_s.arg(key));
            t = *parsed;
        }
        sql += u" AND at %1 ?"_s.arg(op);
        binds << toMs(t);
    }
    if (const QString entity = q.queryItemValue(u"entity"_s); !entity.isEmpty()) {
        sql += u" AND entity = ?"_s;
        binds << entity;
    }
    if (const QString actor = q.queryItemValue(u"actor"_s); !actor.isEmpty()) {
        sql += u" AND actor_name = ?"_s;
        binds << actor;
    }
    const auto limit = queryLimit(ctx, 500, 5000);
    if (!limit)
        return limit.error();
    sql += u" ORDER BY id DESC LIMIT %1"_s.arg(*limit);
    auto rows = ctx.db.rows(sql, binds);
    if (!rows)
        return rows.error();
    auto json = [](const QVariant &v) -> QJsonValue {
        return v.isNull() || v.toString().isEmpty() ? QJsonValue() : QJsonValue(QJsonDocument::fromJson(v.toString().toUtf8()).object());
    };
    QJsonArray out;
    for (const Row &r : *rows)
        out.append(QJsonObject{{u"id"_s, r.value(u"id"_s).toString()},
                               {u"at"_s, formatTime(fromMs(r.value(u"at"_s)))},
                               {u"actor"_s, r.value(u"actor_name"_s).toString()},
                               {u"action"_s, r.value(u"action"_s).toString()},
                               {u"entity"_s, r.value(u"entity"_s).toString()},
                               {u"entity_id"_s, r.value(u"entity_id"_s).toString()},
                               {u"before"_s, json(r.value(u"before_json"_s))},
                               {u"after"_s, json(r.value(u"after_json"_s))},
                               {u"request_id"_s, r.value(u"request_id"_s).toString()}});
    return ApiResult::ok(QJsonObject{{u"entries"_s, out}});
}

} // namespace

void registerPaymentRoutes(Router &router)
{
    const Permission tills = Permission::only({Role::Cashier});
    router.post(u"/api/v1/payments"_s, tills, Idempotency::Required, createPayment);
    router.get(u"/api/v1/payments/{id}"_s, tills, getPayment);
    router.get(u"/api/v1/orders/{id}/payments"_s, tills, orderPayments);
    router.post(u"/api/v1/payments/{id}/refund"_s, tills, Idempotency::Optional, refundPayment);
    router.get(u"/api/v1/audit-log"_s, Permission::only({Role::Manager}), auditLog);
}

} // namespace tavola::server
