#pragma once

#include "domain/kitchenticket.h"
#include "domain/order.h"
#include "domain/payment.h"
#include "domain/queueticket.h"
#include "domain/reports.h"
#include "domain/settings.h"
#include "domain/taxinvoice.h"
#include "receiptdocument.h"

namespace tavola::receipt {

/// Shop data printed on documents (docs/domain.md, "Receipts"). `language` "th" or "en" is the shop's
/// receipt language, independent of the language of the till's screens.
struct ShopInfo
{
    QString name;
    QString nameTh;
    QString taxId;
    QString branch;
    QString address;
    QString posId;
    QString header; // the shop's own lines under its name and address
    QByteArray logo; // PNG printed above the shop's name
    QString footer;
    QMap<QString, QString> stationNames; // station id → the name a kitchen ticket prints
    QString language = QStringLiteral("th");
    TaxSettings tax;
    int utcOffsetMinutes = 7 * 60;

    /// The shop data the settings hold, printed in the shop's receipt language (Thai).
    static ShopInfo from(const ShopSettings &settings);
};

struct ReceiptContext
{
    ShopInfo shop;
    QString tableName; // "T7", or empty for takeaway
    QString staffName; // cashier or waiter
    QDateTime printedAt;
};

/// The pre-bill printed at CHECKOUT: not a tax invoice; the PromptPay QR for the exact total.
ReceiptDocument buildPreBill(const Order &order, const ReceiptContext &ctx, const QString &promptPayPayload);
/// The paid receipt: an abbreviated tax invoice with every field Revenue Code s.86/6 asks for.
/// `copy` marks a reprint ("สำเนา / COPY"). `tenders` are the payments that paid it, oldest first
/// (one receipt per order, listing each tender: method, amount, change, slip or approval); the
/// one that settled the bill carries the receipt number. Tips are shown below the total.
ReceiptDocument buildReceipt(const Order &order, const QList<Payment> &tenders, const ReceiptContext &ctx, bool copy);
inline ReceiptDocument buildReceipt(const Order &order, const Payment &payment, const ReceiptContext &ctx, bool copy)
{
    return buildReceipt(order, QList<Payment>{payment}, ctx, copy);
}
/// A full tax invoice on the receipt printer (docs/domain.md, "Full tax invoice"): every field the
/// Revenue Code asks for, in Thai with English beside it; `copy` marks a reprint; a cancelled one
/// says so.
ReceiptDocument buildTaxInvoice(const TaxInvoice &invoice, const ReceiptContext &ctx, bool copy);
/// "สำนักงานใหญ่" for the head office (00000 or empty), else "สาขาที่ 00001".
QString branchText(const QString &branch);
/// A kitchen ticket for one station: large items, modifiers and notes; VOID tickets stand out.
ReceiptDocument buildKitchenTicket(const KitchenTicket &ticket, const ReceiptContext &ctx);
/// A queue ticket: the number large, party size, position and a QR of the live status page.
/// The shift's X report (open) or Z report (closed) on the receipt printer: sales by method,
/// refunds, discounts, voids, VAT, tips, and the drawer (expected, counted, over/short).
ReceiptDocument buildShiftReport(const ShiftReport &report, const ReceiptContext &ctx);
ReceiptDocument buildQueueTicket(const QueueTicket &ticket, const QString &statusUrl, const ReceiptContext &ctx);

/// A test page showing what the profile can do: its widths, a ruler of columns, Thai text,
/// bold and sizes, a raster block and a QR code.
ReceiptDocument buildTestPage(const QString &profileName, int dots, int columns, int paperMm, const QString &mode);

/// Fixed demo documents with a fixed timestamp, for `tavola-cli receipt --sample` and tests:
/// "prebill", "receipt", "kitchen", "queue". Byte-for-byte reproducible.
Result<ReceiptDocument> sampleDocument(const QString &name, const QString &language = QStringLiteral("th"));
/// The PromptPay payload printed on the sample pre-bill.
QString samplePromptPayPayload();
/// The status URL printed on the sample queue ticket.
QString sampleQueueUrl();

} // namespace tavola::receipt
