#pragma once

#include "json.h"
#include "statemachine.h"

namespace tavola {

/// A walk-in waitlist ticket (docs/domain.md, "Queue tickets").
struct QueueTicket
{
    QString id; // the human code, "A007"
    QueueStatus status = QueueStatus::Waiting;
    int partySize = 1;
    QString name;
    QString phone; // personal data: masked for everyone but managers
    int position = 0;
    int etaMinutes = 0;
    QString statusUrl;
    QString tableId;
    QDateTime createdAt;
    QDateTime calledAt;
    QDateTime seatedAt;

    /// `maskPhone` false only for managers.
    QJsonObject toJson(bool maskPhone = true) const;
    static Result<QueueTicket> fromJson(const QJsonObject &json);
    bool operator==(const QueueTicket &) const = default;
};

/// "0812345678" → "08x-xxx-5678"; shorter or odd numbers keep at most the last 4 digits.
QString maskPhone(const QString &phone);
/// Ticket prefix by party size: A 1–2, B 3–4, C 5+ (docs/domain.md, "Queue tickets" defaults).
QChar queuePrefixFor(int partySize);
/// "A" + 7 → "A007".
QString queueTicketCode(QChar prefix, int number);

} // namespace tavola
