// /api/v1/kitchen/tickets — the kitchen display's list, bump and recall.
#include "controllers.h"
#include "domain/requests.h"

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

ApiResult listTickets(RequestContext &ctx)
{
    const QString station = ctx.http.query.queryItemValue(u"station"_s);
    if (!station.isEmpty() && !ctx.state.shop.station(station))
        return Error::validation(u"station"_s, u"%1 is not one of the shop's stations (settings.stations)"_s.arg(station));
    QString status = ctx.http.query.queryItemValue(u"status"_s);
    if (status.isEmpty())
        status = u"NEW,PREPARING,READY"_s;
    auto statuses = parseStatusList<KitchenStatus>(status);
    if (!statuses)
        return statuses.error();
    // Oldest first, a page at a time: `after` (a ticket id) and `limit` (1–500, default 500). When
    // more tickets follow, X-Truncated: true and X-Next-After name where the next page starts.
    int limit = 500;
    if (const QString text = ctx.http.query.queryItemValue(u"limit"_s); !text.isEmpty()) {
        bool ok = false;
        limit = text.toInt(&ok);
        if (!ok || limit < 1 || limit > 500 || QString::number(limit) != text)
            return Error::validation(u"limit"_s, u"limit must be a whole number from 1 to 500"_s);
    }
    qint64 afterId = 0;
    if (const QString after = ctx.http.query.queryItemValue(u"after"_s); !after.isEmpty()) {
        bool ok = false;
        afterId = after.toLongLong(&ok);
        if (!ok || afterId < 0 || QString::number(afterId) != after)
            return Error::validation(u"after"_s, u"after must be a ticket id"_s);
    }
    KitchenRepository kitchen(ctx.db);
    auto ids = kitchen.ids(station, *statuses, afterId, limit + 1);
    if (!ids)
        return ids.error();
    const bool truncated = ids->size() > limit;
    QJsonArray out;
    QString last;
    for (qsizetype i = 0; i < std::min<qsizetype>(ids->size(), limit); ++i) {
        auto t = kitchen.load(ids->at(i));
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
    KitchenRepository kitchen(ctx.db);
    auto ticket = kitchen.load(ctx.param(u"id"_s));
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
    if (auto s = kitchen.setStatus(ticket->id, to, !ticket->isVoid, ctx.now); !s)
        return s.error();
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
