#pragma once

#include "json.h"
#include "statemachine.h"

#include <QList>

namespace tavola {

enum class TableShape { Rect, Round };
template<>
struct EnumNames<TableShape>
{
    static constexpr std::array names{std::pair{TableShape::Rect, QLatin1StringView("rect")},
                                      std::pair{TableShape::Round, QLatin1StringView("round")}};
};

struct Zone
{
    QString id;
    QString name;

    QJsonObject toJson() const;
    static Result<Zone> fromJson(const QJsonObject &json);
    bool operator==(const Zone &) const = default;
};

/// A table on the floor plan. Geometry is in plan units (1 unit = 1 cm), x/y the top-left
/// corner before rotation, rotation in degrees clockwise about the centre.
struct Table
{
    QString id;
    QString name;
    QString zoneId;
    int seats = 2;
    TableShape shape = TableShape::Rect;
    double x = 0;
    double y = 0;
    double w = 80;
    double h = 80;
    double rotation = 0;
    // Live state, owned by the server; ignored when a plan is saved.
    TableStatus status = TableStatus::Vacant;
    QString orderId;
    QStringList orderIds; // every open check on the table (split checks), oldest first
    int guests = 0;
    QDateTime seatedAt;

    /// The full floor-plan form of docs/api.md.
    QJsonObject toJson() const;
    /// The short form of GET /tables: id, name, status, order_id, guests, seats, seated_at.
    QJsonObject toStatusJson() const;
    static Result<Table> fromJson(const QJsonObject &json);
    /// Reads the short form (GET /tables, table.status_changed).
    static Result<Table> fromStatusJson(const QJsonObject &json);
    /// At most three guests per seat (a party squeezing in); else VALIDATION_FAILED on `guests`.
    Status checkGuests(int party) const;
    bool operator==(const Table &) const = default;
};

struct FloorPlan
{
    qint64 version = 0;
    QList<Zone> zones;
    QList<Table> tables;

    const Table *table(const QString &id) const;
    Table *table(const QString &id);
    QJsonObject toJson() const;
    /// Reads and checks a plan: unique ids and names, every table in a known zone.
    static Result<FloorPlan> fromJson(const QJsonObject &json);
    bool operator==(const FloorPlan &) const = default;
};

} // namespace tavola
