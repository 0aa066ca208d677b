#pragma once

#include "storage/database.h"

namespace tavola::server {

/// Sliding one-minute windows per key, in the database: the limits every server instance shares
/// (sign-in lockouts, manager PINs, queue tickets). The same rules as RateLimiter.
class RateLimitRepository
{
public:
    explicit RateLimitRepository(Database &db) : m_db(db) { }

    /// Seconds to wait before `key` is below `limit` hits in the last minute again (0: now).
    Result<int> retryAfter(const QString &key, int limit, qint64 nowMs);
    /// Records a hit.
    Status hit(const QString &key, qint64 nowMs);
    Status reset(const QString &key);
    /// Forgets hits older than a minute.
    Status prune(qint64 nowMs);

private:
    Database &m_db;
};

} // namespace tavola::server
