#include "storage/taxinvoicerepository.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tavola::server {

Status TaxInvoiceRepository::insert(const TaxInvoice &t, const QString &businessDay, qint64 issuedBy)
{
    return m_db.run(u"INSERT INTO tax_invoices (invoice_number, order_id, receipt_number, business_day, buyer_name, buyer_tax_id, status, "
                    "document, issued_by, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {t.invoiceNumber, t.orderId.toLongLong(), nullIfEmpty(t.receiptNumber), businessDay, t.buyer.name,
                     nullIfEmpty(t.buyer.taxId), enumName(t.status),
                     QString::fromUtf8(QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact)), issuedBy, toMs(t.issuedAt)});
}

Result<QList<TaxInvoice>> TaxInvoiceRepository::select(const QString &where, const QVariantList &binds)
{
    auto rows = m_db.rows(u"SELECT document, status, cancelled_at FROM tax_invoices WHERE "_s + where, binds);
    if (!rows)
        return rows.error();
    QList<TaxInvoice> out;
    for (const Row &r : *rows) {
        auto t = TaxInvoice::fromJson(QJsonDocument::fromJson(r.value(u"document"_s).toString().toUtf8()).object());
        if (!t)
            return Error{ErrorCode::Internal, u"A stored tax invoice cannot be read: %1"_s.arg(t.error().message), {}};
        t->status = enumFromName<TaxInvoice::Status>(r.value(u"status"_s).toString()).value_or(TaxInvoice::Status::Issued);
        t->cancelledAt = fromMs(r.value(u"cancelled_at"_s));
        out.append(*t);
    }
    return out;
}

Result<std::optional<TaxInvoice>> TaxInvoiceRepository::ofOrder(const QString &orderId)
{
    auto found = select(u"order_id = ?"_s, {orderId.toLongLong()});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<TaxInvoice> TaxInvoiceRepository::load(const QString &invoiceNumber)
{
    auto found = select(u"invoice_number = ?"_s, {invoiceNumber.toUpper()});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{ErrorCode::NotFound, u"No tax invoice %1"_s.arg(invoiceNumber.left(40)), {}};
    return found->first();
}

Result<QList<TaxInvoice>> TaxInvoiceRepository::find(const QString &fromDay, const QString &toDay, const QString &text, int limit)
{
    QString where = u"1 = 1"_s;
    QVariantList binds;
    if (!fromDay.isEmpty()) {
        where += u" AND business_day >= ?"_s;
        binds << fromDay;
    }
    if (!toDay.isEmpty()) {
        where += u" AND business_day <= ?"_s;
        binds << toDay;
    }
    if (!text.isEmpty()) {
        where += u" AND (invoice_number = ? OR receipt_number = ? OR buyer_tax_id = ? OR LOWER(buyer_name) LIKE ?)"_s;
        binds << text.toUpper() << text.toUpper() << normalizeTaxId(text) << QString(u"%"_s + text.toLower() + u"%"_s);
    }
    return select(where + u" ORDER BY id DESC LIMIT %1"_s.arg(limit), binds);
}

Status TaxInvoiceRepository::save(const TaxInvoice &t)
{
    return m_db.run(u"UPDATE tax_invoices SET status = ?, cancelled_at = ? WHERE invoice_number = ?"_s,
                    {enumName(t.status), t.cancelledAt.isValid() ? QVariant(toMs(t.cancelledAt)) : sqlNull(), t.invoiceNumber});
}

} // namespace tavola::server
