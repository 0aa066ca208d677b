#include "storage/idempotencyrepository.h"

using namespace Qt::StringLiterals;

namespace tavola::server {

Result<std::optional<IdempotencyRepository::Stored>> IdempotencyRepository::find(qint64 userId, const QString &key)
{
    auto rows = m_db.rows(u"SELECT request_hash, status, response FROM idempotency_keys WHERE user_id = ? AND idem_key = ?"_s,
                          {userId, key});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Stored>();
    const Row &r = rows->first();
    return std::optional(
        Stored{r.value(u"request_hash"_s).toString(), r.value(u"status"_s).toInt(), r.value(u"response"_s).toString().toUtf8()});
}

Result<bool> IdempotencyRepository::reserve(qint64 userId, const QString &key, const QString &requestHash, const QDateTime &now)
{
    auto claimed = m_db.scalar(u"INSERT INTO idempotency_keys (user_id, idem_key, request_hash, status, response, created_at) "
                               "VALUES (?, ?, ?, 0, '', ?) ON CONFLICT (user_id, idem_key) DO NOTHING RETURNING 1"_s,
                               {userId, key, requestHash, toMs(now)});
    if (!claimed)
        return claimed.error();
    return claimed->isValid() && !claimed->isNull();
}

Status IdempotencyRepository::complete(qint64 userId, const QString &key, int status, const QByteArray &response)
{
    return m_db.run(u"UPDATE idempotency_keys SET status = ?, response = ? WHERE user_id = ? AND idem_key = ?"_s,
                    {status, QString::fromUtf8(response), userId, key});
}

Status IdempotencyRepository::purge(const QDateTime &before)
{
    return m_db.run(u"DELETE FROM idempotency_keys WHERE created_at < ?"_s, {toMs(before)});
}

} // namespace tavola::server
