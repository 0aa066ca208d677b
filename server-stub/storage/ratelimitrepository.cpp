#include "storage/ratelimitrepository.h"

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {
constexpr qint64 kWindowMs = 60'000;
}

Result<int> RateLimitRepository::retryAfter(const QString &key, int limit, qint64 nowMs)
{
    // The newest `limit` hits of the window: the oldest of them frees a slot when it leaves it.
    auto hits = m_db.column(u"SELECT at_ms FROM rate_hits WHERE hit_key = ? AND at_ms > ? ORDER BY at_ms DESC LIMIT ?"_s,
                            {key, nowMs - kWindowMs, limit});
    if (!hits)
        return hits.error();
    if (hits->size() < limit || limit <= 0)
        return 0;
    const qint64 freeAt = hits->last().toLongLong() + kWindowMs;
    return int(std::max<qint64>(1, (freeAt - nowMs + 999) / 1000));
}

Status RateLimitRepository::hit(const QString &key, qint64 nowMs)
{
    return m_db.run(u"INSERT INTO rate_hits (hit_key, at_ms) VALUES (?, ?)"_s, {key, nowMs});
}

Status RateLimitRepository::reset(const QString &key)
{
    return m_db.run(u"DELETE FROM rate_hits WHERE hit_key = ?"_s, {key});
}

Status RateLimitRepository::prune(qint64 nowMs)
{
    return m_db.run(u"DELETE FROM rate_hits WHERE at_ms <= ?"_s, {nowMs - kWindowMs});
}

} // namespace tavola::server
