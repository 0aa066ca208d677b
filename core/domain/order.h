#pragma once

#include "json.h"
#include "statemachine.h"
#include "totals.h"

#include <QList>

#include <optional>

namespace tavola {

struct LineModifier
{
    QString id;
    QString name;
    Money price;
    bool operator==(const LineModifier &) const = default;
};

/// A line of an order. Name and prices are a snapshot taken when the item was added.
struct OrderLine
{
    QString id;
    QString menuId;
    QString name;
    QString nameTh;
    int qty = 1;
    Money unitPrice;
    QList<LineModifier> modifiers;
    QString note;
    std::optional<KitchenStatus> kitchenStatus; // empty until sent ("PENDING" on the wire)
    bool voided = false;
    QString voidReason;

    /// qty × (unit price + modifier prices); a voided line still reports it, but adds nothing.
    Money lineTotal() const;
    bool isSent() const { return kitchenStatus.has_value(); }
    QJsonObject toJson() const;
    static Result<OrderLine> fromJson(const QJsonObject &json);
    bool operator==(const OrderLine &) const = default;
};

struct Order
{
    QString id;
    qint64 number = 0;
    QString tableId;
    bool isTakeaway = false;
    int guests = 0;
    OrderStatus status = OrderStatus::Open;
    QList<OrderLine> items;
    Discount discount;
    Totals totals;
    QString receiptNumber;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime paidAt;

    OrderLine *line(const QString &lineId);
    /// Line totals of the lines that count (not voided).
    std::vector<Money> countedLineTotals() const;
    /// Recomputes `totals` from the lines, the discount and the shop's settings.
    void recompute(const TaxSettings &settings);
    /// Items can be added, voided and discounted while OPEN or SERVING; else ORDER_LOCKED.
    Status checkEditable() const;
    /// A discount may be given while OPEN, SERVING or CHECKOUT; else ORDER_LOCKED.
    Status checkDiscountable() const;
    /// Payment is taken in CHECKOUT only: ALREADY_PAID when paid, else ORDER_LOCKED.
    Status checkPayable() const;
    /// A paid or cancelled order stays where it was (ORDER_LOCKED).
    Status checkMovable() const;
    QJsonObject toJson() const;
    static Result<Order> fromJson(const QJsonObject &json);
    bool operator==(const Order &) const = default;
};

} // namespace tavola
