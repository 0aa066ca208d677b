#pragma once

#include "json.h"
#include "menu.h"
#include "statemachine.h"

#include <QStringList>

namespace tavola {

struct KitchenTicketItem
{
    QString name;
    int qty = 1;
    QStringList modifiers;
    QString note;
    bool operator==(const KitchenTicketItem &) const = default;
};

/// What one station has to cook for one send of an order. A void ticket tells the station
/// to stop making items that were voided after they were sent.
struct KitchenTicket
{
    QString id;
    QString orderId;
    qint64 orderNumber = 0;
    QString tableName;
    QString station = QStringLiteral("kitchen"); // a station id of the shop's settings
    KitchenStatus status = KitchenStatus::New;
    bool isVoid = false;
    QList<KitchenTicketItem> items;
    QDateTime createdAt;

    /// `now` gives age_seconds (a Clock seam: tests pass a fixed time).
    QJsonObject toJson(const QDateTime &now) const;
    static Result<KitchenTicket> fromJson(const QJsonObject &json);
    bool operator==(const KitchenTicket &) const = default;
};

} // namespace tavola
