#pragma once

#include "json.h"
#include "order.h"

namespace tavola {

/// A Thai tax ID or national ID as a person types it: spaces and dashes dropped.
QString normalizeTaxId(const QString &typed);
/// The 13-digit Thai tax ID / national ID check (docs/domain.md, "Full tax invoice"):
/// d13 = (11 − (Σ d_i × (14 − i)) mod 11) mod 10. `typed` is normalized first.
bool isValidThaiTaxId(const QString &typed);

/// Who a full tax invoice is made out to. A company gives its 13-digit tax ID and its branch
/// (`00000` head office, else the branch number); a private person may give neither.
struct TaxInvoiceBuyer
{
    QString name;
    QString taxId; // empty or 13 digits with a valid check digit
    QString branch = QStringLiteral("00000");
    QString address;
    QJsonObject toJson() const;
    /// Tidies what was typed (trimmed, the tax ID without spaces and dashes, an empty branch is
    /// the head office) and checks every field; an error names `buyer.<field>`.
    static Result<TaxInvoiceBuyer> checked(TaxInvoiceBuyer buyer);
    /// Reads and checks a request's buyer.
    static Result<TaxInvoiceBuyer> fromJson(const QJsonObject &json);
    bool operator==(const TaxInvoiceBuyer &) const = default;
};

/// The seller as printed on the invoice when it was issued (the shop's settings may change later).
struct TaxInvoiceSeller
{
    QString name;
    QString nameTh;
    QString taxId;
    QString branch; // "00000" or the branch number (empty: head office)
    QString address;
    QJsonObject toJson() const;
    static TaxInvoiceSeller fromJson(const QJsonObject &json);
    bool operator==(const TaxInvoiceSeller &) const = default;
};

/// A full tax invoice (ใบกำกับภาษีเต็มรูป), issued on request for a paid order, in place of its
/// abbreviated receipt. Its own gap-free series per POS ID: "POS01-TI-000001".
struct TaxInvoice
{
    enum class Status { Issued, Cancelled };
    struct Line
    {
        QString name;
        QString nameTh;
        int qty = 0;
        Money unitPrice; // with its options
        Money amount;
        bool operator==(const Line &) const = default;
    };

    QString invoiceNumber;
    QString orderId;
    QString receiptNumber;
    TaxInvoiceBuyer buyer;
    TaxInvoiceSeller seller;
    QDateTime issuedAt;
    QList<Line> lines;
    Money subtotal;
    Money discount;
    Money serviceCharge;
    Money vat;
    Money total;
    bool pricesIncludeVat = true;
    qint64 vatBasisPoints = 700;
    Status status = Status::Issued;
    QDateTime cancelledAt;

    /// The value before VAT (total − VAT), shown beside the VAT amount.
    Money net() const { return total - vat; }
    /// The invoice for `order` as it was paid (its lines without voids, its totals).
    static TaxInvoice forOrder(const Order &order, const TaxSettings &tax);
    QJsonObject toJson() const;
    static Result<TaxInvoice> fromJson(const QJsonObject &json);
    bool operator==(const TaxInvoice &) const = default;
};

template<>
struct EnumNames<TaxInvoice::Status>
{
    static constexpr std::array names{std::pair{TaxInvoice::Status::Issued, QLatin1StringView("ISSUED")},
                                      std::pair{TaxInvoice::Status::Cancelled, QLatin1StringView("CANCELLED")}};
};

} // namespace tavola
