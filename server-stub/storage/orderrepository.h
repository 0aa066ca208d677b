#pragma once

#include "domain/menu.h"
#include "domain/order.h"
#include "domain/payment.h"
#include "domain/requests.h"
#include "storage/database.h"

namespace tavola::server {

/// Orders and their lines.
class OrderRepository
{
public:
    explicit OrderRepository(Database &db) : m_db(db) { }

    /// The order with its lines; open orders are priced with `tax`, closed ones keep their totals.
    Result<Order> load(const QString &id, const TaxSettings &tax);
    /// What the order history asks for; an empty field does not filter.
    struct HistoryQuery
    {
        QStringList statuses;
        QString tableId;
        QString type; // dine_in | takeaway | delivery
        QString fromDay, toDay; // business days, inclusive
        QString text; // a receipt number, order number, pickup code, channel ref or table name
        qint64 beforeId = 0; // the last id of the previous page
        int limit = 200;
    };
    /// Moves `qty` of a line to another order: the whole line, or a copy with that quantity (same
    /// unit price, options, note and kitchen status) while the line keeps the rest.
    Status moveLine(const OrderLine &line, int qty, const QString &toOrderId);
    /// Moves every line of one order to another.
    Status moveAllLines(const QString &fromOrderId, const QString &toOrderId);
    /// The open orders (checks) on a table, oldest first: (id, status).
    Result<QList<std::pair<QString, OrderStatus>>> openOnTable(const QString &tableId);
    /// Every table's open orders, oldest first.
    Result<QHash<QString, QStringList>> openByTable();
    /// Whether the paid order was refunded.
    Result<bool> isRefunded(const QString &id);
    /// Holds the order's row until the transaction ends (PostgreSQL; SQLite writes one at a time).
    Status lock(const QString &id);
    /// The order, its row held first (lock) so no other transaction changes it before this one ends.
    Result<Order> loadLocked(const QString &id, const TaxSettings &tax);
    /// The ids of the orders matching `query`, newest first.
    Result<QStringList> history(const HistoryQuery &query);
    /// A new OPEN order (`order`'s number, table, type, channel, names, pickup code and guests);
    /// returns its id. A second open order for a table is a unique violation.
    Result<QString> insert(const Order &order, const QString &businessDay, qint64 createdBy, const QDateTime &now);
    /// Writes the order's status, table, takeaway flag, guests, discount and totals (not its lines).
    Status saveHeader(const Order &order, const QDateTime &now);
    /// A line for `item` with the chosen modifiers, priced at `unit` each (item plus modifiers).
    Status insertLine(const QString &orderId, const MenuItem &item, const AddItemRequest &add, const QList<Modifier> &modifiers, Money unit,
                      const QDateTime &now);
    Status voidLine(const QString &lineId, const QString &reason);
    /// The station a line was sent to (its menu item's, when ordered).
    Result<QString> lineStation(const QString &lineId);
    /// Marks the lines sent to the kitchen (kitchen status NEW).
    Status markLineSent(const QString &lineId);
    /// Records the settling payment on the order and each sold line's share of its amounts (for
    /// the item and category reports).
    Status recordSale(const Order &order, const Payment &payment);
    /// A refunded order leaves the sales reports.
    Status recordRefund(const QString &orderId);
    /// Orders not yet paid or cancelled.
    Result<qint64> countOpen();
    /// Average milliseconds from opening to payment of the last 50 orders for `minGuests`..`maxGuests`
    /// paid since `since`; null when there are none.
    Result<std::optional<double>> averageTurnMs(int minGuests, int maxGuests, const QDateTime &since);

private:
    Database &m_db;
};

} // namespace tavola::server
