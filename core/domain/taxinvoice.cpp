#include "taxinvoice.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tavola {

QString normalizeTaxId(const QString &typed)
{
    QString out;
    for (const QChar c : typed) {
        if (c != u' ' && c != u'-')
            out += c;
    }
    return out;
}

bool isValidThaiTaxId(const QString &typed)
{
    const QString id = normalizeTaxId(typed);
    if (id.size() != 13)
        return false;
    int sum = 0;
    for (int i = 0; i < 13; ++i) {
        const QChar c = id.at(i);
        if (c < u'0' || c > u'9')
            return false;
        if (i < 12)
            sum += (c.unicode() - u'0') * (13 - i); // d_i × (14 − i), i counted from 1
    }
    return (11 - sum % 11) % 10 == id.at(12).unicode() - u'0';
}

QJsonObject TaxInvoiceBuyer::toJson() const
{
    return {{u"name"_s, name}, {u"tax_id"_s, taxId}, {u"branch"_s, branch}, {u"address"_s, address}};
}

Result<TaxInvoiceBuyer> TaxInvoiceBuyer::checked(TaxInvoiceBuyer b)
{
    auto invalid = [](const QString &field, const QString &message) { return Error::validation(u"buyer."_s + field, message); };
    auto control = [](QChar c, bool lineBreakAllowed) {
        return (c.unicode() < 0x20 && !(lineBreakAllowed && c == u'\n')) || (c.unicode() >= 0x7f && c.unicode() < 0xa0);
    };
    b.name = b.name.trimmed();
    if (b.name.isEmpty() || b.name.size() > 300)
        return invalid(u"name"_s, u"buyer.name must be 1 to 300 characters"_s);
    if (std::any_of(b.name.begin(), b.name.end(), [&](QChar c) { return control(c, false); }))
        return invalid(u"name"_s, u"buyer.name must not contain control characters"_s);
    // An address is printed on several lines: line breaks are allowed, nothing else invisible.
    b.address = b.address.trimmed();
    if (b.address.isEmpty() || b.address.size() > 300)
        return invalid(u"address"_s, u"buyer.address must be 1 to 300 characters"_s);
    if (std::any_of(b.address.begin(), b.address.end(), [&](QChar c) { return control(c, true); }))
        return invalid(u"address"_s, u"buyer.address must not contain control characters"_s);
    b.taxId = normalizeTaxId(b.taxId.trimmed());
    if (!b.taxId.isEmpty() && !isValidThaiTaxId(b.taxId))
        return invalid(u"tax_id"_s, u"buyer.tax_id must be 13 digits with a valid check digit"_s);
    b.branch = b.branch.trimmed();
    if (b.branch.isEmpty())
        b.branch = u"00000"_s;
    if (b.branch.size() != 5 || !std::all_of(b.branch.begin(), b.branch.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return invalid(u"branch"_s, u"buyer.branch must be 5 digits: 00000 for the head office"_s);
    return b;
}

Result<TaxInvoiceBuyer> TaxInvoiceBuyer::fromJson(const QJsonObject &json)
{
    JsonReader r(json, u"buyer"_s);
    TaxInvoiceBuyer b;
    b.name = r.string(u"name"_s, Presence::Required, 300);
    b.address = r.string(u"address"_s, Presence::Required, 300);
    b.taxId = r.string(u"tax_id"_s, Presence::Optional, 40);
    b.branch = r.string(u"branch"_s, Presence::Optional, 5);
    if (!r.ok())
        return r.error();
    return checked(b);
}

QJsonObject TaxInvoiceSeller::toJson() const
{
    return {{u"name"_s, name}, {u"name_th"_s, nameTh}, {u"tax_id"_s, taxId}, {u"branch"_s, branch}, {u"address"_s, address}};
}

TaxInvoiceSeller TaxInvoiceSeller::fromJson(const QJsonObject &json)
{
    return {json.value(u"name"_s).toString(), json.value(u"name_th"_s).toString(), json.value(u"tax_id"_s).toString(),
            json.value(u"branch"_s).toString(), json.value(u"address"_s).toString()};
}

TaxInvoice TaxInvoice::forOrder(const Order &order, const TaxSettings &tax)
{
    TaxInvoice t;
    t.orderId = order.id;
    t.receiptNumber = order.receiptNumber;
    for (const OrderLine &l : order.items) {
        if (l.voided)
            continue;
        const Money amount = l.lineTotal();
        t.lines.append({l.name, l.nameTh, l.qty, l.qty > 0 ? Money::fromSatang(amount.satang() / l.qty) : amount, amount});
    }
    t.subtotal = order.totals.subtotal;
    t.discount = order.totals.discount;
    t.serviceCharge = order.totals.serviceCharge;
    t.vat = order.totals.vat;
    t.total = order.totals.total;
    t.pricesIncludeVat = tax.pricesIncludeVat;
    t.vatBasisPoints = tax.vatBasisPoints;
    return t;
}

QJsonObject TaxInvoice::toJson() const
{
    QJsonArray items;
    for (const Line &l : lines)
        items.append(QJsonObject{{u"name"_s, l.name},
                                 {u"name_th"_s, l.nameTh},
                                 {u"qty"_s, l.qty},
                                 {u"unit_price"_s, l.unitPrice.toString()},
                                 {u"amount"_s, l.amount.toString()}});
    QJsonObject o{{u"invoice_number"_s, invoiceNumber},
                  {u"order_id"_s, orderId},
                  {u"receipt_number"_s, receiptNumber},
                  {u"buyer"_s, buyer.toJson()},
                  {u"seller"_s, seller.toJson()},
                  {u"issued_at"_s, timeToJson(issuedAt)},
                  {u"lines"_s, items},
                  {u"subtotal"_s, subtotal.toString()},
                  {u"discount"_s, discount.toString()},
                  {u"service_charge"_s, serviceCharge.toString()},
                  {u"net"_s, net().toString()},
                  {u"vat"_s, vat.toString()},
                  {u"vat_percent"_s, formatPercent(vatBasisPoints)},
                  {u"prices_include_vat"_s, pricesIncludeVat},
                  {u"total"_s, total.toString()},
                  {u"status"_s, enumName(status)}};
    if (cancelledAt.isValid())
        o.insert(u"cancelled_at"_s, timeToJson(cancelledAt));
    return o;
}

Result<TaxInvoice> TaxInvoice::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    TaxInvoice t;
    t.invoiceNumber = r.string(u"invoice_number"_s, Presence::Required, 40);
    t.orderId = r.id(u"order_id"_s, Presence::Required);
    t.receiptNumber = r.string(u"receipt_number"_s, Presence::Optional, 40);
    auto buyer = TaxInvoiceBuyer::fromJson(r.object(u"buyer"_s, Presence::Required));
    if (r.ok() && !buyer)
        return buyer.error();
    if (buyer)
        t.buyer = *buyer;
    t.seller = TaxInvoiceSeller::fromJson(r.object(u"seller"_s, Presence::Optional));
    t.issuedAt = r.time(u"issued_at"_s, Presence::Required);
    t.lines = r.list<Line>(u"lines"_s, Presence::Required, 1000, [](const QJsonObject &o) -> Result<Line> {
        JsonReader l(o);
        Line line;
        line.name = l.string(u"name"_s, Presence::Required, 200);
        line.nameTh = l.string(u"name_th"_s, Presence::Optional, 200);
        line.qty = int(l.integer(u"qty"_s, Presence::Required, 0, 100000));
        line.unitPrice = l.money(u"unit_price"_s, Presence::Required);
        line.amount = l.money(u"amount"_s, Presence::Required);
        if (!l.ok())
            return l.error();
        return line;
    });
    t.subtotal = r.money(u"subtotal"_s, Presence::Required);
    t.discount = r.money(u"discount"_s, Presence::Required);
    t.serviceCharge = r.money(u"service_charge"_s, Presence::Required);
    t.vat = r.money(u"vat"_s, Presence::Required);
    t.total = r.money(u"total"_s, Presence::Required);
    t.pricesIncludeVat = r.boolean(u"prices_include_vat"_s, Presence::Optional, true);
    if (auto bp = parsePercent(r.string(u"vat_percent"_s, Presence::Optional, 10, u"7"_s)))
        t.vatBasisPoints = *bp;
    t.status = r.enumeration<TaxInvoice::Status>(u"status"_s, Presence::Required, TaxInvoice::Status::Issued);
    t.cancelledAt = r.time(u"cancelled_at"_s, Presence::Optional);
    if (!r.ok())
        return r.error();
    return t;
}

} // namespace tavola
