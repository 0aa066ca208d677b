#pragma once

#include "domain/kitchenticket.h"
#include "storage/database.h"

namespace tavola::server {

/// Kitchen tickets: what each station was asked to make (or to stop making), and its progress.
class KitchenRepository
{
public:
    explicit KitchenRepository(Database &db) : m_db(db) { }

    Result<KitchenTicket> load(const QString &id);
    /// Ticket ids in order, after `afterId` (0: from the start), at most `limit`; filtered by
    /// station (any when empty) and statuses (any when empty).
    Result<QStringList> ids(const QString &station, const QStringList &statuses, qint64 afterId, int limit);
    /// A NEW ticket for `station`; returns its id.
    Result<QString> insertTicket(const QString &orderId, const QString &station, bool isVoid, const QDateTime &now);
    Status insertItem(const QString &ticketId, const QString &lineId, const QString &name, int qty, const QStringList &modifiers,
                      const QString &note);
    /// Moves the ticket to `status`; with `withLines`, its order lines too (not voided ones).
    Status setStatus(const QString &ticketId, KitchenStatus status, bool withLines, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace tavola::server
