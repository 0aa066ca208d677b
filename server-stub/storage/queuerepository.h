#pragma once

#include "domain/queueticket.h"
#include "storage/database.h"

namespace tavola::server {

/// Walk-in queue tickets. Codes ("A012") restart every business day; a ticket's secret is what
/// its public status link carries.
class QueueRepository
{
public:
    explicit QueueRepository(Database &db) : m_db(db) { }

    struct Record
    {
        qint64 rowId = 0;
        QString prefix;
        QString businessDay;
        QString secret;
        QueueTicket ticket; // without position, wait and link
    };

    /// The newest ticket with this code.
    Result<std::optional<Record>> byCode(const QString &code);
    Result<Record> load(qint64 rowId);
    /// How many tickets of the same prefix and day wait before this one.
    Result<int> waitingAhead(const Record &record);
    /// The tickets of the same prefix and day still waiting behind this one, in order.
    Result<QList<Record>> waitingBehind(const Record &record);
    /// The day's tickets with these statuses (all when empty), by prefix and then in order.
    Result<QList<Record>> ofDay(const QString &businessDay, const QStringList &statuses);
    /// A WAITING ticket; returns its row id.
    Result<qint64> insert(const QString &code, const QString &businessDay, const QString &prefix, int partySize, const QString &name,
                          const QString &phone, const QString &secret, const QDateTime &now);
    Status markCalled(qint64 rowId, const QDateTime &now);
    Status markSeated(qint64 rowId, const QString &tableId, const QDateTime &now);
    /// CANCELLED or NO_SHOW.
    Status markEnded(qint64 rowId, QueueStatus status, const QDateTime &now);

private:
    Result<QList<Record>> records(const QString &sql, const QVariantList &binds);
    Database &m_db;
};

} // namespace tavola::server
