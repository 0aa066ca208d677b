#include "queueticket.h"

using namespace Qt::StringLiterals;

namespace tavola {

QString maskPhone(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.isEmpty())
        return {};
    if (digits.size() == 10)
        return digits.left(2) + u"x-xxx-"_s + digits.right(4);
    if (digits.size() <= 4)
        return QString(digits.size(), u'x');
    const qsizetype keepFront = digits.size() >= 8 ? 2 : 0;
    return digits.left(keepFront) + QString(digits.size() - keepFront - 4, u'x') + digits.right(4);
}

QChar queuePrefixFor(int partySize)
{
    if (partySize <= 2)
        return u'A';
    if (partySize <= 4)
        return u'B';
    return u'C';
}

QString queueTicketCode(QChar prefix, int number)
{
    return QString(prefix) + QString::number(number).rightJustified(3, u'0');
}

QJsonObject QueueTicket::toJson(bool mask) const
{
    QJsonObject o{{u"ticket_id"_s, id},
                  {u"status"_s, enumName(status)},
                  {u"party_size"_s, partySize},
                  {u"name"_s, name},
                  {u"phone"_s, phone.isEmpty() ? QJsonValue() : QJsonValue(mask ? maskPhone(phone) : phone)},
                  {u"position"_s, position},
                  {u"eta_minutes"_s, etaMinutes},
                  {u"created_at"_s, timeToJson(createdAt)},
                  {u"called_at"_s, timeToJson(calledAt)},
                  {u"seated_at"_s, timeToJson(seatedAt)},
                  {u"table_id"_s, tableId.isEmpty() ? QJsonValue() : QJsonValue(tableId)}};
    if (!statusUrl.isEmpty())
        o.insert(u"status_url"_s, statusUrl);
    return o;
}

Result<QueueTicket> QueueTicket::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    QueueTicket t;
    t.id = r.id(u"ticket_id"_s, Presence::Required);
    t.status = r.enumeration<QueueStatus>(u"status"_s, Presence::Required, QueueStatus::Waiting);
    t.partySize = static_cast<int>(r.integer(u"party_size"_s, Presence::Optional, 1, 50, 1));
    t.name = r.string(u"name"_s, Presence::Optional, 100);
    t.phone = r.string(u"phone"_s, Presence::Optional, 30);
    t.position = static_cast<int>(r.integer(u"position"_s, Presence::Optional, 0, 100000));
    t.etaMinutes = static_cast<int>(r.integer(u"eta_minutes"_s, Presence::Optional, 0, 100000));
    t.statusUrl = r.string(u"status_url"_s, Presence::Optional, 500);
    t.tableId = r.id(u"table_id"_s, Presence::Optional);
    t.createdAt = r.time(u"created_at"_s, Presence::Optional);
    t.calledAt = r.time(u"called_at"_s, Presence::Optional);
    t.seatedAt = r.time(u"seated_at"_s, Presence::Optional);
    if (!r.ok())
        return r.error();
    return t;
}

} // namespace tavola
