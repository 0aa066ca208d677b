#pragma once

#include "domain/staff.h"
#include "storage/database.h"

#include <QJsonValue>

namespace tavola::server {

/// Who did what and when: one row per change, never edited.
class AuditRepository
{
public:
    explicit AuditRepository(Database &db) : m_db(db) { }

    struct Filter
    {
        QDateTime from; // inclusive, when valid
        QDateTime to; // exclusive, when valid
        QString entity;
        QString actor;
        QString action;
    };

    /// `actorId` 0: not a signed-in user (the gateway, a guest, the system).
    Status insert(const QDateTime &at, qint64 actorId, const QString &actorName, const QString &action, const QString &entity,
                  const QString &entityId, const QJsonValue &before, const QJsonValue &after, const QString &requestId);
    /// The newest entries matching `filter`, at most `limit`.
    Result<QList<AuditEntry>> newest(const Filter &filter, int limit);

private:
    Database &m_db;
};

} // namespace tavola::server
