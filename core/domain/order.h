#pragma once

#include "json.h"
#include "statemachine.h"
#include "totals.h"

#include <QList>

#include <optional>

namespace tavola {

/// Where the guests eat: at a table, or they take it away, or a rider delivers it.
enum class OrderType { DineIn, Takeaway, Delivery };
template<>
struct EnumNames<OrderType>
{
    static constexpr std::array names{std::pair{OrderType::DineIn, QLatin1StringView("dine_in")},
                                      std::pair{OrderType::Takeaway, QLatin1StringView("takeaway")},
                                      std::pair{OrderType::Delivery, QLatin1StringView("delivery")}};
};

/// Who brings a delivery order: a platform's rider, or the shop itself for a phone order.
enum class Channel { Grab, LineMan, ShopeeFood, Robinhood, Foodpanda, Phone, Other };
template<>
struct EnumNames<Channel>
{
    static constexpr std::array names{std::pair{Channel::Grab, QLatin1StringView("grab")},
                                      std::pair{Channel::LineMan, QLatin1StringView("lineman")},
                                      std::pair{Channel::ShopeeFood, QLatin1StringView("shopeefood")},
                                      std::pair{Channel::Robinhood, QLatin1StringView("robinhood")},
                                      std::pair{Channel::Foodpanda, QLatin1StringView("foodpanda")},
                                      std::pair{Channel::Phone, QLatin1StringView("phone")},
                                      std::pair{Channel::Other, QLatin1StringView("other")}};
};

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
    OrderType type = OrderType::DineIn;
    bool isTakeaway = false; // the older name for "not at a table": takeaway or delivery
    std::optional<Channel> channel; // delivery
    QString channelRef; // the platform's own order code
    QString customerName;
    QString pickupCode; // "T001", "D001": takeaway and delivery, per business day
    QString parentOrderId; // a check split off this order
    Money paidAmount; // paid so far
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
    /// ORDER_LOCKED once part of the bill is paid: lowering or cancelling it needs a refund first.
    Status checkNothingPaid() const;
    /// What is still to pay (nothing once paid or cancelled).
    Money balanceDue() const;
    QJsonObject toJson() const;
    static Result<Order> fromJson(const QJsonObject &json);
    bool operator==(const Order &) const = default;
};

} // namespace tavola
