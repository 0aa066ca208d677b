// /api/v1/orders/{id}/tax-invoice and /api/v1/tax-invoices — full tax invoices on request for a
// paid order: the buyer checked (a Thai tax ID's check digit), a number from the POS ID's own
// gap-free series, one per order, cancelled (never deleted) when the order is refunded.
#include "controllers.h"
#include "domain/taxinvoice.h"
#include "storage/taxinvoicerepository.h"

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

ApiResult issueTaxInvoice(RequestContext &ctx)
{
    JsonReader r(ctx.body);
    const QJsonObject buyerJson = r.object(u"buyer"_s, Presence::Required);
    if (!r.ok())
        return r.error();
    auto buyer = TaxInvoiceBuyer::fromJson(buyerJson);
    if (!buyer)
        return buyer.error();
    OrderRepository orders(ctx.db);
    auto order = orders.loadLocked(ctx.param(u"id"_s), ctx.state.shop.tax);
    if (!order)
        return order.error();
    TaxInvoiceRepository invoices(ctx.db);
    auto existing = invoices.ofOrder(order->id);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error{ErrorCode::AlreadyIssued, u"Order %1 already has tax invoice %2"_s.arg(order->number).arg((*existing)->invoiceNumber),
                     (*existing)->toJson()};
    if (order->status != OrderStatus::Paid)
        return Error{ErrorCode::OrderLocked,
                     u"Order %1 is %2: a tax invoice is issued for a paid order"_s.arg(order->number).arg(enumName(order->status)),
                     QJsonObject{{u"status"_s, enumName(order->status)}}};
    auto refunded = orders.isRefunded(order->id);
    if (!refunded)
        return refunded.error();
    if (*refunded)
        return Error{ErrorCode::OrderLocked, u"Order %1 was refunded"_s.arg(order->number), QJsonObject{{u"refunded"_s, true}}};

    TaxInvoice invoice = TaxInvoice::forOrder(*order, ctx.state.shop.tax);
    const ShopSettings &shop = ctx.state.shop;
    invoice.seller = {shop.shopName, shop.shopNameTh, shop.taxId, shop.branch, shop.address};
    invoice.buyer = *buyer;
    invoice.issuedAt = ctx.now;
    auto number = nextPosNumber(ctx, u"tax_invoice"_s, u"TI-"_s); // POS01-TI-000001, a series of its own
    if (!number)
        return number.error();
    invoice.invoiceNumber = *number;
    if (auto s = invoices.insert(invoice, ctx.state.businessDay(ctx.now), ctx.caller().id); !s) {
        if (ctx.db.lastErrorWasUniqueViolation()) // another till, on another instance, at the same instant
            return Error{ErrorCode::AlreadyIssued, u"Order %1 has just been given a tax invoice on another till"_s.arg(order->number), {}};
        return s.error();
    }
    const QJsonObject json = invoice.toJson();
    if (auto s = audit(ctx, u"tax_invoice.issue"_s, u"tax_invoice"_s, invoice.invoiceNumber, {},
                       QJsonObject{{u"order_id"_s, order->id}, {u"receipt_number"_s, order->receiptNumber}, {u"buyer"_s, buyer->toJson()}});
        !s)
        return s.error();
    return ApiResult::ok(json, 201);
}

ApiResult listTaxInvoices(RequestContext &ctx)
{
    QString from, to;
    if (!ctx.http.query.queryItemValue(u"from"_s).isEmpty()) {
        auto day = businessDayParam(ctx, u"from"_s);
        if (!day)
            return day.error();
        from = *day;
    }
    if (!ctx.http.query.queryItemValue(u"to"_s).isEmpty()) {
        auto day = businessDayParam(ctx, u"to"_s);
        if (!day)
            return day.error();
        to = *day;
    }
    auto limit = listLimit(ctx, 200, 1000);
    if (!limit)
        return limit.error();
    const QString q = ctx.http.query.queryItemValue(u"q"_s, QUrl::FullyDecoded).trimmed().left(100);
    auto found = TaxInvoiceRepository(ctx.db).find(from, to, q, *limit);
    if (!found)
        return found.error();
    QJsonArray out;
    for (const TaxInvoice &t : *found)
        out.append(t.toJson());
    return ApiResult::ok(QJsonObject{{u"tax_invoices"_s, out}});
}

ApiResult getTaxInvoice(RequestContext &ctx)
{
    auto t = TaxInvoiceRepository(ctx.db).load(ctx.param(u"number"_s));
    if (!t)
        return t.error();
    return ApiResult::ok(t->toJson());
}

} // namespace

Status cancelTaxInvoice(RequestContext &ctx, const QString &orderId)
{
    TaxInvoiceRepository invoices(ctx.db);
    auto found = invoices.ofOrder(orderId);
    if (!found)
        return found.error();
    if (!*found || (*found)->status == TaxInvoice::Status::Cancelled)
        return {};
    TaxInvoice t = **found;
    t.status = TaxInvoice::Status::Cancelled;
    t.cancelledAt = ctx.now;
    if (auto s = invoices.save(t); !s)
        return s;
    return audit(ctx, u"tax_invoice.cancel"_s, u"tax_invoice"_s, t.invoiceNumber, QJsonObject{{u"status"_s, u"ISSUED"_s}},
                 QJsonObject{{u"status"_s, u"CANCELLED"_s}, {u"order_id"_s, orderId}, {u"reason"_s, u"refund"_s}});
}

void registerTaxInvoiceRoutes(Router &router)
{
    const Permission tills = Permission::only({Role::Cashier});
    router.post(u"/api/v1/orders/{id}/tax-invoice"_s, tills, Idempotency::Required, issueTaxInvoice);
    router.get(u"/api/v1/tax-invoices"_s, tills, listTaxInvoices);
    router.get(u"/api/v1/tax-invoices/{number}"_s, tills, getTaxInvoice);
}

} // namespace tavola::server
