#pragma once

#include "json.h"

namespace tavola {

/// What a till's customer display shows the guest: the order as it is rung up, the PromptPay QR
/// with its amount and deadline during checkout, then "paid" with the change. The till makes it;
/// a display on the till's second screen draws it directly, one on its own machine reads it from
/// the server (`PUT`/`GET /api/v1/customer-displays/{till}`, event `display.updated`).
struct CustomerView
{
    enum class Stage { Idle, Order, PromptPay, Paid };

    struct Line
    {
        QString name;
        QString nameTh;
        int qty = 1;
        Money amount; // the line's price × qty, modifiers included
        bool operator==(const Line &) const = default;
    };

    Stage stage = Stage::Idle;
    QString table; // "T5", a takeaway's pickup code, …
    QList<Line> lines;
    Money total;
    Money serviceCharge;
    Money vat;
    QString qrPayload; // PromptPay: the QR to scan
    Money qrAmount; // PromptPay: what the QR asks for
    QDateTime qrExpiresAt; // PromptPay from a gateway: the QR's deadline (invalid: none)
    Money change; // Paid by cash
    QString method; // Paid: cash | promptpay | card

    QJsonObject toJson() const;
    /// Strict: a stage the display does not know, a line without a name, more than 200 lines or
    /// a QR longer than 512 characters are a VALIDATION_FAILED.
    static Result<CustomerView> fromJson(const QJsonObject &json);
    bool operator==(const CustomerView &) const = default;
};

template<>
struct EnumNames<CustomerView::Stage>
{
    static constexpr std::array names{std::pair{CustomerView::Stage::Idle, QLatin1StringView("idle")},
                                      std::pair{CustomerView::Stage::Order, QLatin1StringView("order")},
                                      std::pair{CustomerView::Stage::PromptPay, QLatin1StringView("promptpay")},
                                      std::pair{CustomerView::Stage::Paid, QLatin1StringView("paid")}};
};

} // namespace tavola
