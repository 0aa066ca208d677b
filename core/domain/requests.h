#pragma once

#include "json.h"
#include "menu.h"
#include "order.h"
#include "payment.h"
#include "statemachine.h"
#include "totals.h"

namespace tavola {

// Request bodies of docs/api.md. The server parses them (fromJson validates and returns the API's
// error with details.field); clients build them (toJson). One definition, one meaning.

struct CreateOrderRequest
{
    QString tableId;
    int guests = 0;
    bool isTakeaway = false; // takeaway or delivery (no table)
    OrderType type = OrderType::DineIn;
    std::optional<Channel> channel; // delivery only, required there
    QString channelRef;
    QString customerName;
    QJsonObject toJson() const;
    static Result<CreateOrderRequest> fromJson(const QJsonObject &json);
};

/// A search of the order history (GET /orders): what the guest has in hand (a receipt number,
/// pickup code, rider's order code, order number or table), the order type, business days.
struct OrderQuery
{
    QString text;
    std::optional<OrderType> type;
    QString statuses; // "PAID,CANCELLED"; empty: any
    QDate from; // business days, inclusive; invalid: no bound
    QDate to;
    QString beforeId; // the last id of the previous page
    int limit = 50;

    /// The query string's items (empty ones left out).
    QList<std::pair<QString, QString>> toQueryItems() const;
};

struct AddItemRequest
{
    QString menuId;
    int qty = 1;
    QStringList modifierIds;
    QString note;

    /// The line this adds, priced as the server prices it: the dish's name and price (from `item`,
    /// when the menu has it) and those of the chosen options that belong to the dish. A till's
    /// estimate until the server answers.
    OrderLine toLine(const MenuItem *item) const;
};

struct AddItemsRequest
{
    QList<AddItemRequest> items;
    QJsonObject toJson() const;
    static Result<AddItemsRequest> fromJson(const QJsonObject &json);
};

struct ReasonRequest
{
    QString reason;
    QJsonObject toJson() const;
    /// `required`: void, cancel and refund need a reason.
    static Result<ReasonRequest> fromJson(const QJsonObject &json, bool required = true);
};

struct DiscountRequest
{
    Discount discount;
    QJsonObject toJson() const;
    static Result<DiscountRequest> fromJson(const QJsonObject &json);
};

struct TableIdRequest
{
    QString tableId;
    QJsonObject toJson() const;
    static Result<TableIdRequest> fromJson(const QJsonObject &json);
};

struct TableStatusRequest
{
    TableStatus status = TableStatus::Vacant;
    QJsonObject toJson() const;
    static Result<TableStatusRequest> fromJson(const QJsonObject &json);
};

struct QueueTicketRequest
{
    int partySize = 1;
    QString name;
    QString phone;
    QJsonObject toJson() const;
    static Result<QueueTicketRequest> fromJson(const QJsonObject &json);
};

struct KitchenStatusRequest
{
    KitchenStatus status = KitchenStatus::Preparing;
    QJsonObject toJson() const;
    static Result<KitchenStatusRequest> fromJson(const QJsonObject &json);
};

struct PaymentRequest
{
    QString orderId;
    PaymentMethod method = PaymentMethod::Cash;
    Money amountReceived; // cash
    QString approvalCode; // card
    QString confirmation; // promptpay: empty (the gateway), "slip" or "staff"
    QString slipPayload; // confirmation slip: the QR read from the guest's transfer slip
    std::optional<Money> amount; // part of the bill; none: the whole balance due
    Money tip; // card / PromptPay: on top of the amount, outside the bill
    QJsonObject toJson() const;
    static Result<PaymentRequest> fromJson(const QJsonObject &json);
};

/// A quantity of one order line, for split checks and moving items.
struct LinePart
{
    QString itemId;
    int qty = 1;
};

/// POST /orders/{id}/split: each part becomes a check of its own.
struct SplitRequest
{
    QList<QList<LinePart>> parts;
    QJsonObject toJson() const;
    static Result<SplitRequest> fromJson(const QJsonObject &json);
};

/// POST /orders/{id}/items/move: lines (or part of a line's quantity) to another open order, or
/// to a vacant table.
struct MoveItemsRequest
{
    QList<LinePart> items;
    QString toOrderId;
    QString toTableId;
    QJsonObject toJson() const;
    static Result<MoveItemsRequest> fromJson(const QJsonObject &json);
};

} // namespace tavola
