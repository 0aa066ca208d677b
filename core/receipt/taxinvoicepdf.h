#pragma once

#include "domain/taxinvoice.h"

#include <QByteArray>

namespace tavola::receipt {

/// A full tax invoice as an A4 PDF (vector text, Thai fonts embedded): seller and buyer with their
/// tax IDs and branches, number and date, each item with quantity, unit price and amount, discount,
/// service charge, the value before VAT, the VAT and the total, and the line that it replaces the
/// abbreviated invoice. `copy` marks a reprint; a cancelled invoice says so across the page.
/// `utcOffsetMinutes` is the shop's time zone for the date.
QByteArray taxInvoicePdf(const TaxInvoice &invoice, int utcOffsetMinutes, bool copy = false);

} // namespace tavola::receipt
