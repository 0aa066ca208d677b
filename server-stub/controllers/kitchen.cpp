// /api/v1/kitchen/tickets — the kitchen display's list, bump and recall.
#include "controllers.h"

#include "domain/requests.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tavola::server {

Result<KitchenTicket> loadKitchenTicket(Database &db, const QString &id)
{
    auto row = db.row(u"SELECT k.*, o.number AS order_number, t.name AS table_name FROM kitchen_tickets k "
                      "JOIN orders o ON o.id = k.order_id LEFT JOIN dining_tables t ON t.id = o.table_id WHERE k.id = ?"_s,
                      {id.toLongLong()}, u"No kitchen ticket with id %1"_s.arg(id));
    if (!row)
        return row.error();
    KitchenTicket k;
    k.id = row->value(u"id"_s).toString();
    k.orderId = row->value(u"order_id"_s).toString();
    k.orderNumber = row->value(u"order_number"_s).toLongLong();
    k.tableName = row->value(u"table_name"_s).toString();
    if (k.tableName.isEmpty())
        k.tableName = u"Takeaway"_s;
    k.station = enumFromName<Station>(row->value(u"station"_s).toString()).value_or(Station::Kitchen);
    k.status = enumFromName<KitchenStatus>(row->value(u"status"_s).toString()).value_or(KitchenStatus::New);
    k.isVoid = row->value(u"is_void"_s).toInt() != 0;
    k.createdAt = fromMs(row->value(u"created_at"_s));
    auto items = db.rows(u"SELECT name, qty, modifiers, note FROM kitchen_ticket_items WHERE ticket_id = ? ORDER BY id"_s, {k.id.toLongLong()});
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

namespace {

ApiResult listTickets(RequestContext &ctx)
{
    QString sql = u"SELECT id FROM kitchen_tickets WHERE 1 = 1"_s;
    QVariantList binds;
    const QString station = ctx.http.query.queryItemValue(u"station"_s);
    if (!station.isEmpty()) {
        if (!enumFromName<Station>(station))
            return Error::validation(u"station"_s, u"station must be one of %1"_s.arg(enumChoices<Station>()));
        sql += u" AND station = ?"_s;
        binds << station;
    }
    QString status = ctx.http.query.queryItemValue(u"status"_s);
    if (status.isEmpty())
        status = u"NEW,PREPARING,READY"_s;
    if (auto st = appendStatusFilter<KitchenStatus>(status, sql, binds); !st)
        return st.error();
    // Oldest first, a page at a time: `after` (a ticket id) and `limit` (1–500, default 500). When
    // more tickets follow, X-Truncated: true and X-Next-After name where the next page starts.
    int limit = 500;
    if (const QString text = ctx.http.query.queryItemValue(u"limit"_s); !text.isEmpty()) {
        bool ok = false;
        limit = text.toInt(&ok);
        if (!ok || limit < 1 || limit > 500 || QString::number(limit) != text)
            return Error::validation(u"limit"_s, u"limit must be a whole number from 1 to 500"_s);
    }
    if (const QString after = ctx.http.query.queryItemValue(u"after"_s); !after.isEmpty()) {
        bool ok = false;
        const qint64 id = after.toLongLong(&ok);
        if (!ok || id < 0 || QString::number(id) != after)
            return Error::validation(u"after"_s, u"after must be a ticket id"_s);
        sql += u" AND id > ?"_s;
        binds << id;
    }
    sql += u" ORDER BY id LIMIT %1"_s.arg(limit + 1);
    auto rows = ctx.db.rows(sql, binds);
    if (!rows)
        return rows.error();
    const bool truncated = rows->size() > limit;
    QJsonArray out;
    QString last;
    for (qsizetype i = 0; i < std::min<qsizetype>(rows->size(), limit); ++i) {
        auto t = loadKitchenTicket(ctx.db, rows->at(i).value(u"id"_s).toString());
        if (!t)
            return t.error();
        last = t->id;
        out.append(t->toJson(ctx.now));
    }
    ApiResult result = ApiResult::ok(out);
    result.headers.append({QByteArray("X-Truncated"), QByteArray(truncated ? "true" : "false")});
    if (truncated)
        result.headers.append({QByteArray("X-Next-After"), last.toLatin1()});
    return result;
}

ApiResult moveTicket(RequestContext &ctx, std::optional<KitchenStatus> forced)
{
    auto ticket = loadKitchenTicket(ctx.db, ctx.param(u"id"_s));
    if (!ticket)
        return ticket.error();
    KitchenStatus to = KitchenStatus::Ready;
    if (forced) {
        to = *forced;
    } else {
        auto req = KitchenStatusRequest::fromJson(ctx.body);
        if (!req)
            return req.error();
        to = req->status;
    }
    if (auto s = checkTransition(ticket->status, to); !s)
        return s.error();
    if (auto r = ctx.db.exec(u"UPDATE kitchen_tickets SET status = ?, updated_at = ? WHERE id = ?"_s, {enumName(to), toMs(ctx.now), ticket->id.toLongLong()}); !r)
        return r.error();
    if (!ticket->isVoid) {
        if (auto r = ctx.db.exec(u"UPDATE order_lines SET kitchen_status = ? WHERE voided = 0 AND id IN "
                                 "(SELECT line_id FROM kitchen_ticket_items WHERE ticket_id = ?)"_s,
                                 {enumName(to), ticket->id.toLongLong()});
            !r)
            return r.error();
    }
    if (auto s = audit(ctx, forced ? u"kitchen.recall"_s : u"kitchen.status"_s, u"kitchen_ticket"_s, ticket->id,
                       QJsonObject{{u"status"_s, enumName(ticket->status)}}, QJsonObject{{u"status"_s, enumName(to)}});
        !s)
        return s.error();
    ticket->status = to;
    const QJsonObject json = ticket->toJson(ctx.now);
    if (auto s = ctx.events.emitEvent(u"kitchen.ticket_updated"_s, json); !s)
        return s.error();
    return ApiResult::ok(json);
}

} // namespace

void registerKitchenRoutes(Router &router)
{
    router.get(u"/api/v1/kitchen/tickets"_s, Permission::anyStaff(), listTickets);
    router.post(u"/api/v1/kitchen/tickets/{id}/status"_s, Permission::anyStaff(), Idempotency::Optional,
                [](RequestContext &ctx) { return moveTicket(ctx, std::nullopt); });
    router.post(u"/api/v1/kitchen/tickets/{id}/recall"_s, Permission::anyStaff(), Idempotency::Optional,
                [](RequestContext &ctx) { return moveTicket(ctx, KitchenStatus::Ready); });
}

} // namespace tavola::server
