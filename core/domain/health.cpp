#include "health.h"

using namespace Qt::StringLiterals;

namespace tavola {

QJsonObject ServerHealth::toJson() const
{
    QJsonObject o{{u"status"_s, ok() ? u"ok"_s : u"degraded"_s},
                  {u"database"_s, enumName(database)},
                  {u"uptime"_s, uptimeSeconds},
                  {u"version"_s, version},
                  {u"timestamp"_s, timeToJson(timestamp)}};
    if (!reason.isEmpty())
        o.insert(u"reason"_s, reason);
    return o;
}

Result<ServerHealth> ServerHealth::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ServerHealth h;
    h.database = r.enumeration<Database>(u"database"_s, Presence::Required, Database::Connected);
    h.uptimeSeconds = r.integer(u"uptime"_s, Presence::Optional, 0, std::numeric_limits<qint64>::max());
    h.version = r.string(u"version"_s, Presence::Optional, 40);
    h.timestamp = r.time(u"timestamp"_s, Presence::Optional);
    h.reason = r.string(u"reason"_s, Presence::Optional, 500);
    if (!r.ok())
        return r.error();
    return h;
}

} // namespace tavola
