#include "storage/kitchenrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

/// How the kitchen names a delivery channel on its tickets.
QString channelLabel(const QString &channel)
{
    static const QHash<QString, QString> kLabels{
        {u"grab"_s, u"Grab"_s},           {u"lineman"_s, u"LINE MAN"_s},    {u"shopeefood"_s, u"ShopeeFood"_s},
        {u"robinhood"_s, u"Robinhood"_s}, {u"foodpanda"_s, u"foodpanda"_s}, {u"phone"_s, u"Phone"_s}};
    return kLabels.value(channel, channel);
}

} // namespace

Result<KitchenTicket> KitchenRepository::load(const QString &id)
{
    auto row = m_db.row(u"SELECT k.*, o.number AS order_number, o.pickup_code, o.channel, t.name AS table_name FROM kitchen_tickets k "
                        "JOIN orders o ON o.id = k.order_id LEFT JOIN dining_tables t ON t.id = o.table_id WHERE k.id = ?"_s,
                        {id.toLongLong()}, u"No kitchen ticket with id %1"_s.arg(id));
    if (!row)
        return row.error();
    KitchenTicket k;
    k.id = row->value(u"id"_s).toString();
    k.orderId = row->value(u"order_id"_s).toString();
    k.orderNumber = row->value(u"order_number"_s).toLongLong();
    k.tableName = row->value(u"table_name"_s).toString();
    if (k.tableName.isEmpty()) {
        // Takeaway and delivery: the pickup code the counter calls out, and who collects it.
        const QString pickup = row->value(u"pickup_code"_s).toString();
        const QString channel = row->value(u"channel"_s).toString();
        k.tableName = pickup.isEmpty() ? u"Takeaway"_s : channel.isEmpty() ? pickup : u"%1 · %2"_s.arg(pickup, channelLabel(channel));
    }
    k.station = row->value(u"station"_s).toString();
    k.status = enumFromName<KitchenStatus>(row->value(u"status"_s).toString()).value_or(KitchenStatus::New);
    k.isVoid = row->value(u"is_void"_s).toInt() != 0;
    k.createdAt = fromMs(row->value(u"created_at"_s));
    auto items = m_db.rows(u"SELECT name, qty, modifiers, note FROM kitchen_ticket_items WHERE ticket_id = ? ORDER BY id"_s,
                           {k.id.toLongLong()});
    if (!items)
        return items.error();
    for (const Row &i : *items) {
        QStringList mods;
        for (const auto &m : QJsonDocument::fromJson(i.value(u"modifiers"_s).toString().toUtf8()).array())
            mods << m.toString();
        k.items.append(KitchenTicketItem{i.value(u"name"_s).toString(), i.value(u"qty"_s).toInt(), mods, i.value(u"note"_s).toString()});
    }
    return k;
}

Result<QStringList> KitchenRepository::ids(const QString &station, const QStringList &statuses, qint64 afterId, int limit)
{
    QString sql = u"SELECT id FROM kitchen_tickets WHERE id > ?"_s;
    QVariantList binds{afterId};
    if (!station.isEmpty()) {
        sql += u" AND station = ?"_s;
        binds << station;
    }
    appendInList(u"status"_s, statuses, sql, binds);
    return m_db.column(sql + u" ORDER BY id LIMIT %1"_s.arg(limit), binds);
}

Result<QString> KitchenRepository::insertTicket(const QString &orderId, const QString &station, bool isVoid, const QDateTime &now)
{
    auto id = m_db.scalar(u"INSERT INTO kitchen_tickets (order_id, station, status, is_void, created_at, updated_at) "
                          "VALUES (?, ?, 'NEW', ?, ?, ?) RETURNING id"_s,
                          {orderId.toLongLong(), station, isVoid ? 1 : 0, toMs(now), toMs(now)});
    if (!id)
        return id.error();
    return id->toString();
}

Status KitchenRepository::insertItem(const QString &ticketId, const QString &lineId, const QString &name, int qty,
                                     const QStringList &modifiers, const QString &note)
{
    auto r = m_db.run(u"INSERT INTO kitchen_ticket_items (ticket_id, line_id, name, qty, modifiers, note) VALUES (?, ?, ?, ?, ?, ?)"_s,
                      {ticketId.toLongLong(), lineId.toLongLong(), name, qty,
                       QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(modifiers)).toJson(QJsonDocument::Compact)), note});
    if (!r)
        return r.error();
    return {};
}

Status KitchenRepository::setStatus(const QString &ticketId, KitchenStatus status, bool withLines, const QDateTime &now)
{
    if (auto r = m_db.exec(u"UPDATE kitchen_tickets SET status = ?, updated_at = ? WHERE id = ?"_s,
                           {enumName(status), toMs(now), ticketId.toLongLong()});
        !r)
        return r.error();
    if (!withLines)
        return {};
    if (auto r = m_db.exec(u"UPDATE order_lines SET kitchen_status = ? WHERE voided = 0 AND id IN "
                           "(SELECT line_id FROM kitchen_ticket_items WHERE ticket_id = ?)"_s,
                           {enumName(status), ticketId.toLongLong()});
        !r)
        return r.error();
    return {};
}

} // namespace tavola::server
