#include "storage/queuerepository.h"

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

QueueRepository::Record recordFromRow(const Row &r)
{
    QueueRepository::Record rec;
    rec.rowId = r.value(u"id"_s).toLongLong();
    rec.prefix = r.value(u"prefix"_s).toString();
    rec.businessDay = r.value(u"business_day"_s).toString();
    rec.secret = r.value(u"secret"_s).toString();
    QueueTicket &t = rec.ticket;
    t.id = r.value(u"code"_s).toString();
    t.status = enumFromName<QueueStatus>(r.value(u"status"_s).toString()).value_or(QueueStatus::Waiting);
    t.partySize = r.value(u"party_size"_s).toInt();
    t.name = r.value(u"name"_s).toString();
    t.phone = r.value(u"phone"_s).toString();
    t.tableId = r.value(u"table_id"_s).toString();
    t.createdAt = fromMs(r.value(u"created_at"_s));
    t.calledAt = fromMs(r.value(u"called_at"_s));
    t.seatedAt = fromMs(r.value(u"seated_at"_s));
    return rec;
}

} // namespace

Result<QList<QueueRepository::Record>> QueueRepository::records(const QString &sql, const QVariantList &binds)
{
    auto rows = m_db.rows(sql, binds);
    if (!rows)
        return rows.error();
    QList<Record> out;
    for (const Row &r : *rows)
        out.append(recordFromRow(r));
    return out;
}

Result<std::optional<QueueRepository::Record>> QueueRepository::byCode(const QString &code)
{
    auto found = records(u"SELECT * FROM queue_tickets WHERE code = ? ORDER BY id DESC LIMIT 1"_s, {code});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<QueueRepository::Record> QueueRepository::load(qint64 rowId)
{
    auto row = m_db.row(u"SELECT * FROM queue_tickets WHERE id = ?"_s, {rowId}, u"No queue ticket %1"_s.arg(rowId));
    if (!row)
        return row.error();
    return recordFromRow(*row);
}

Result<int> QueueRepository::waitingAhead(const Record &r)
{
    auto ahead = m_db.scalar(
        u"SELECT COUNT(*) FROM queue_tickets WHERE status = 'WAITING' AND prefix = ? AND business_day = ? AND id < ?"_s,
        {r.prefix, r.businessDay, r.rowId});
    if (!ahead)
        return ahead.error();
    return int(ahead->toLongLong());
}

Result<QList<QueueRepository::Record>> QueueRepository::waitingBehind(const Record &r)
{
    return records(u"SELECT * FROM queue_tickets WHERE status = 'WAITING' AND prefix = ? AND business_day = ? AND id > ? ORDER BY id"_s,
                   {r.prefix, r.businessDay, r.rowId});
}

Result<QList<QueueRepository::Record>> QueueRepository::ofDay(const QString &businessDay, const QStringList &statuses)
{
    QString sql = u"SELECT * FROM queue_tickets WHERE business_day = ?"_s;
    QVariantList binds{businessDay};
    appendInList(u"status"_s, statuses, sql, binds);
    return records(sql + u" ORDER BY prefix, id"_s, binds);
}

Result<qint64> QueueRepository::insert(const QString &code, const QString &businessDay, const QString &prefix, int partySize,
                                       const QString &name, const QString &phone, const QString &secret, const QDateTime &now)
{
    auto id = m_db.scalar(u"INSERT INTO queue_tickets (code, business_day, prefix, party_size, name, phone, secret, status, created_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, 'WAITING', ?) RETURNING id"_s,
                          {code, businessDay, prefix, partySize, name, phone, secret, toMs(now)});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status QueueRepository::markCalled(qint64 rowId, const QDateTime &now)
{
    return m_db.run(u"UPDATE queue_tickets SET status = 'CALLED', called_at = ? WHERE id = ?"_s, {toMs(now), rowId});
}

Status QueueRepository::markSeated(qint64 rowId, const QString &tableId, const QDateTime &now)
{
    return m_db.run(u"UPDATE queue_tickets SET status = 'SEATED', table_id = ?, seated_at = ? WHERE id = ?"_s, {tableId, toMs(now), rowId});
}

Status QueueRepository::markEnded(qint64 rowId, QueueStatus status, const QDateTime &now)
{
    return m_db.run(u"UPDATE queue_tickets SET status = ?, ended_at = ? WHERE id = ?"_s, {enumName(status), toMs(now), rowId});
}

} // namespace tavola::server
