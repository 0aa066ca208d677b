#include "storage/auditrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tavola::server {

Status AuditRepository::insert(const QDateTime &at, qint64 actorId, const QString &actorName, const QString &action, const QString &entity,
                               const QString &entityId, const QJsonValue &before, const QJsonValue &after, const QString &requestId)
{
    auto text = [](const QJsonValue &v) -> QVariant {
        if (v.isUndefined() || v.isNull())
            return sqlNull();
        return v.isObject() ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
                            : QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    };
    auto r = m_db.run(
        u"INSERT INTO audit_log (at, actor_id, actor_name, action, entity, entity_id, before_json, after_json, request_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {toMs(at), actorId ? QVariant(actorId) : sqlNull(), actorName, action, entity, entityId, text(before), text(after), requestId});
    if (!r)
        return r.error();
    return {};
}

Result<QList<AuditEntry>> AuditRepository::newest(const Filter &f, int limit)
{
    QString sql = u"SELECT id, at, actor_name, action, entity, entity_id, before_json, after_json, request_id FROM audit_log WHERE 1 = 1"_s;
    QVariantList binds;
    if (f.from.isValid()) {
        sql += u" AND at >= ?"_s;
        binds << toMs(f.from);
    }
    if (f.to.isValid()) {
        sql += u" AND at < ?"_s;
        binds << toMs(f.to);
    }
    for (const auto &[column, value] :
         {std::pair{u"entity"_s, f.entity}, std::pair{u"actor_name"_s, f.actor}, std::pair{u"action"_s, f.action}}) {
        if (value.isEmpty())
            continue;
        if (column == u"action"_s && value.endsWith(u".*"_s)) { // a kind: "payment.confirm.*", "menu.*"
            QString prefix = value.chopped(1);
            prefix.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
            sql += u" AND action LIKE ? ESCAPE '\\'"_s;
            binds << QString(prefix + u"%"_s);
            continue;
        }
        sql += u" AND %1 = ?"_s.arg(column);
        binds << value;
    }
    auto rows = m_db.rows(sql + u" ORDER BY id DESC LIMIT %1"_s.arg(limit), binds);
    if (!rows)
        return rows.error();
    auto json = [](const QVariant &v) { return QJsonDocument::fromJson(v.toString().toUtf8()).object(); };
    QList<AuditEntry> out;
    for (const Row &r : *rows) {
        AuditEntry e;
        e.id = r.value(u"id"_s).toString();
        e.at = fromMs(r.value(u"at"_s));
        e.actor = r.value(u"actor_name"_s).toString();
        e.action = r.value(u"action"_s).toString();
        e.entity = r.value(u"entity"_s).toString();
        e.entityId = r.value(u"entity_id"_s).toString();
        e.before = json(r.value(u"before_json"_s));
        e.after = json(r.value(u"after_json"_s));
        e.requestId = r.value(u"request_id"_s).toString();
        out.append(e);
    }
    return out;
}

} // namespace tavola::server
