#pragma once

#include "storage/database.h"

namespace tavola::server {

/// The stored responses of requests sent with an Idempotency-Key, per user and key.
class IdempotencyRepository
{
public:
    explicit IdempotencyRepository(Database &db) : m_db(db) { }

    struct Stored
    {
        QString requestHash;
        int status = 0; // 0 while the first request is still running
        QByteArray response;
    };

    Result<std::optional<Stored>> find(qint64 userId, const QString &key);
    /// Claims the key inside the request's transaction: true. False when the key is taken — by an
    /// earlier request, or by a concurrent duplicate (on another instance too), which this one
    /// waits for until it commits.
    Result<bool> reserve(qint64 userId, const QString &key, const QString &requestHash, const QDateTime &now);
    Status complete(qint64 userId, const QString &key, int status, const QByteArray &response);
    /// Forgets keys older than `before`.
    Status purge(const QDateTime &before);

private:
    Database &m_db;
};

} // namespace tavola::server
