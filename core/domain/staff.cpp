#include "staff.h"

using namespace Qt::StringLiterals;

namespace tavola {

QJsonObject User::toJson() const
{
    return {{u"id"_s, id}, {u"username"_s, username}, {u"display_name"_s, displayName}, {u"role"_s, enumName(role)}, {u"active"_s, active}};
}

Result<User> User::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    User u;
    u.id = r.id(u"id"_s, Presence::Required);
    u.username = r.string(u"username"_s, Presence::Required, 100);
    u.displayName = r.string(u"display_name"_s, Presence::Optional, 100);
    u.role = r.enumeration<Role>(u"role"_s, Presence::Required, Role::Waiter);
    u.active = r.boolean(u"active"_s, Presence::Optional, true);
    if (!r.ok())
        return r.error();
    return u;
}

QJsonObject UserChanges::toJson() const
{
    QJsonObject o;
    if (username)
        o.insert(u"username"_s, *username);
    if (displayName)
        o.insert(u"display_name"_s, *displayName);
    if (role)
        o.insert(u"role"_s, enumName(*role));
    if (active)
        o.insert(u"active"_s, *active);
    if (pin)
        o.insert(u"pin"_s, *pin);
    if (password)
        o.insert(u"password"_s, *password);
    return o;
}

QJsonObject AuditEntry::toJson() const
{
    return {{u"id"_s, id},
            {u"at"_s, timeToJson(at)},
            {u"actor"_s, actor},
            {u"action"_s, action},
            {u"entity"_s, entity},
            {u"entity_id"_s, entityId},
            {u"before"_s, before.isEmpty() ? QJsonValue() : QJsonValue(before)},
            {u"after"_s, after.isEmpty() ? QJsonValue() : QJsonValue(after)},
            {u"request_id"_s, requestId}};
}

Result<AuditEntry> AuditEntry::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    AuditEntry e;
    e.id = r.id(u"id"_s, Presence::Required);
    e.at = r.time(u"at"_s, Presence::Required);
    e.actor = r.string(u"actor"_s, Presence::Optional, 100);
    e.action = r.string(u"action"_s, Presence::Required, 100);
    e.entity = r.string(u"entity"_s, Presence::Optional, 100);
    e.entityId = r.string(u"entity_id"_s, Presence::Optional, 100);
    e.before = json.value(u"before"_s).toObject();
    e.after = json.value(u"after"_s).toObject();
    e.requestId = r.string(u"request_id"_s, Presence::Optional, 100);
    if (!r.ok())
        return r.error();
    return e;
}

QString AuditEntry::summary() const
{
    const QJsonObject &o = after.isEmpty() ? before : after;
    QStringList parts;
    for (const QString &key : {u"reason"_s, u"amount"_s, u"total"_s, u"value"_s, u"method"_s, u"confirmation"_s, u"name"_s, u"username"_s,
                               u"role"_s, u"available"_s, u"price"_s, u"receipt_number"_s}) {
        const QJsonValue v = o.value(key);
        if (v.isString() || v.isDouble() || v.isBool())
            parts << u"%1: %2"_s.arg(key, v.isBool() ? (v.toBool() ? u"yes"_s : u"no"_s) : v.toVariant().toString());
    }
    return parts.join(u" · "_s);
}

} // namespace tavola
