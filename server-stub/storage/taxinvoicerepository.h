#pragma once

#include "domain/taxinvoice.h"
#include "storage/database.h"

namespace tavola::server {

/// Full tax invoices: stored as issued, cancelled by a refund, never deleted.
class TaxInvoiceRepository
{
public:
    explicit TaxInvoiceRepository(Database &db) : m_db(db) { }

    /// Stores a new invoice. A second one for the order is a unique violation.
    Status insert(const TaxInvoice &invoice, const QString &businessDay, qint64 issuedBy);
    /// The order's invoice, if it has one.
    Result<std::optional<TaxInvoice>> ofOrder(const QString &orderId);
    /// The invoice with this number, or NOT_FOUND.
    Result<TaxInvoice> load(const QString &invoiceNumber);
    /// Invoices issued between two business days (inclusive; empty: no bound), newest first;
    /// `text` matches the invoice or receipt number, the buyer's tax ID or part of their name.
    Result<QList<TaxInvoice>> find(const QString &fromDay, const QString &toDay, const QString &text, int limit);
    /// Writes a status change (a refund cancels).
    Status save(const TaxInvoice &invoice);

private:
    Result<QList<TaxInvoice>> select(const QString &where, const QVariantList &binds);
    Database &m_db;
};

} // namespace tavola::server
