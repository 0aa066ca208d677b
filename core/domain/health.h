#pragma once
// What GET /health says: whether the server can take sales now (docs/api.md, "Health").

#include "json.h"

namespace tavola {

struct ServerHealth
{
    enum class Database { Connected, Degraded, Disconnected };
    Database database = Database::Connected;
    qint64 uptimeSeconds = 0;
    QString version;
    QDateTime timestamp;
    QString reason; // degraded: why (a full disk, a read-only file)

    /// Sales are being saved.
    bool ok() const { return database == Database::Connected; }
    /// {"status": "ok" | "degraded", "database", "uptime", "version", "timestamp", "reason"?}
    QJsonObject toJson() const;
    static Result<ServerHealth> fromJson(const QJsonObject &json);
    bool operator==(const ServerHealth &) const = default;
};

template<>
struct EnumNames<ServerHealth::Database>
{
    static constexpr std::array names{std::pair{ServerHealth::Database::Connected, QLatin1StringView("connected")},
                                      std::pair{ServerHealth::Database::Degraded, QLatin1StringView("degraded")},
                                      std::pair{ServerHealth::Database::Disconnected, QLatin1StringView("disconnected")}};
};

} // namespace tavola
