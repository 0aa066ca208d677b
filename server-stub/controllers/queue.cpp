// /api/v1/queue-tickets — the walk-in waitlist (docs/domain.md, "Queue tickets"), and the public status page /q/{code}.
#include "controllers.h"
#include "domain/requests.h"
#include "storage/queuerepository.h"
#include "storage/ratelimitrepository.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

const Permission kFrontOfHouse = Permission::only({Role::Waiter, Role::Cashier});

/// Average minutes a table of this party's size stayed occupied recently (order opened → paid).
int turnMinutes(RequestContext &ctx, QChar prefix)
{
    const int low = prefix == u'A' ? 1 : prefix == u'B' ? 3 : 5;
    const int high = prefix == u'A' ? 2 : prefix == u'B' ? 4 : 1000;
    auto avg = OrderRepository(ctx.db).averageTurnMs(low, high, ctx.now.addDays(-7));
    if (!avg || !*avg)
        return ctx.state.shop.defaultTurnMinutes;
    return std::max(1, int(**avg / 60000.0 + 0.5));
}

/// The ticket as staff and guests see it: with its place in the queue while waiting, and its
/// status link when `withUrl`.
Result<QueueTicket> ticketFrom(RequestContext &ctx, const QueueRepository::Record &r, bool withUrl)
{
    QueueTicket t = r.ticket;
    if (withUrl)
        t.statusUrl = u"/q/%1?t=%2"_s.arg(t.id, r.secret);
    if (t.status == QueueStatus::Waiting) {
        auto ahead = QueueRepository(ctx.db).waitingAhead(r);
        if (!ahead)
            return ahead.error();
        t.position = *ahead;
        t.etaMinutes = t.position * turnMinutes(ctx, r.prefix.at(0));
    }
    return t;
}

/// The newest ticket with this code (codes restart every business day).
Result<QueueRepository::Record> ticketRecord(RequestContext &ctx, const QString &code)
{
    auto found = QueueRepository(ctx.db).byCode(code);
    if (!found)
        return found.error();
    if (!*found)
        return Error{ErrorCode::NotFound, u"No queue ticket %1"_s.arg(code.left(10)), {}};
    return **found;
}

Status emitTicket(RequestContext &ctx, const QueueTicket &t)
{
    return ctx.events.emitEvent(u"queue.updated"_s, t.toJson(true), Audience::Staff, t.id);
}

/// After a ticket leaves the waiting list, the ones behind it move up: tell them.
Status emitPositionsMoved(RequestContext &ctx, const QueueRepository::Record &left)
{
    auto behind = QueueRepository(ctx.db).waitingBehind(left);
    if (!behind)
        return behind.error();
    for (const auto &r : *behind) {
        auto t = ticketFrom(ctx, r, false);
        if (!t)
            return t.error();
        if (auto s = emitTicket(ctx, *t); !s)
            return s;
    }
    return {};
}

ApiResult createTicket(RequestContext &ctx)
{
    const QString key = u"queue:"_s + ctx.http.peer.toString();
    if (!ctx.user) {
        // Counted in the database: the limit holds across server instances.
        RateLimitRepository limits(ctx.db);
        auto wait = limits.retryAfter(key, ctx.state.config.queueTicketsPerMinute, toMs(ctx.now));
        if (!wait)
            return wait.error();
        if (*wait > 0) {
            ++ctx.state.metrics.rateLimited;
            ApiResult r = ApiResult::fail(
                Error{ErrorCode::RateLimited, u"Too many tickets from this device; try again in %1 s"_s.arg(*wait), {}});
            r.headers.append({"Retry-After", QByteArray::number(*wait)});
            return r;
        }
        if (auto s = limits.hit(key, toMs(ctx.now)); !s)
            return s.error();
    }
    auto req = QueueTicketRequest::fromJson(ctx.body);
    if (!req)
        return req.error();
    const QString day = ctx.state.businessDay(ctx.now);
    const QChar prefix = queuePrefixFor(req->partySize);
    auto number = ctx.db.nextCounter(u"queue:%1:%2"_s.arg(day, QString(prefix)));
    if (!number)
        return number.error();
    const QString code = queueTicketCode(prefix, int(*number));
    QueueRepository queue(ctx.db);
    auto id = queue.insert(code, day, QString(prefix), req->partySize, req->name, req->phone, randomToken(12), ctx.now);
    if (!id)
        return id.error();
    auto record = queue.load(*id);
    if (!record)
        return record.error();
    auto ticket = ticketFrom(ctx, *record, true);
    if (!ticket)
        return ticket.error();
    if (auto s = audit(ctx, u"queue.create"_s, u"queue_ticket"_s, code, {}, QJsonObject{{u"party_size"_s, req->partySize}}); !s)
        return s.error();
    if (auto s = emitTicket(ctx, *ticket); !s)
        return s.error();
    return ApiResult::ok(ticket->toJson(!ctx.isManager()), 201);
}

ApiResult getTicket(RequestContext &ctx)
{
    auto row = ticketRecord(ctx, ctx.param(u"id"_s));
    const QString secret = ctx.http.query.queryItemValue(u"t"_s);
    if (!ctx.user) {
        // Public access needs the ticket's secret; an unknown ticket looks the same as a wrong secret.
        if (!row || !constantTimeEquals(row->secret.toUtf8(), secret.toUtf8()))
            return Error{ErrorCode::NotFound, u"No queue ticket %1 with that link"_s.arg(ctx.param(u"id"_s).left(10)), {}};
    }
    if (!row)
        return row.error();
    auto ticket = ticketFrom(ctx, *row, ctx.user.has_value());
    if (!ticket)
        return ticket.error();
    return ApiResult::ok(ticket->toJson(!ctx.isManager()));
}

ApiResult listTickets(RequestContext &ctx)
{
    QString status = ctx.http.query.queryItemValue(u"status"_s);
    if (status.isEmpty())
        status = u"WAITING,CALLED"_s;
    auto statuses = parseStatusList<QueueStatus>(status);
    if (!statuses)
        return statuses.error();
    auto records = QueueRepository(ctx.db).ofDay(ctx.state.businessDay(ctx.now), *statuses);
    if (!records)
        return records.error();
    QJsonArray out;
    for (const auto &r : *records) {
        auto t = ticketFrom(ctx, r, true);
        if (!t)
            return t.error();
        out.append(t->toJson(!ctx.isManager()));
    }
    return ApiResult::ok(QJsonObject{{u"tickets"_s, out}});
}

ApiResult moveTicket(RequestContext &ctx, QueueStatus to)
{
    auto row = ticketRecord(ctx, ctx.param(u"id"_s));
    if (!row)
        return row.error();
    const QueueStatus from = row->ticket.status;
    if (auto s = checkTransition(from, to); !s)
        return s.error();
    const qint64 id = row->rowId;
    QueueRepository queue(ctx.db);
    QJsonObject extra;
    if (to == QueueStatus::Seated) {
        auto req = TableIdRequest::fromJson(ctx.body);
        if (!req)
            return req.error();
        auto table = FloorPlanRepository(ctx.db).table(req->tableId);
        if (!table)
            return table.error();
        if (!table->orderId.isEmpty() || (table->status != TableStatus::Vacant && table->status != TableStatus::Cleaning))
            return Error{ErrorCode::TableOccupied, u"Table %1 is not free"_s.arg(table->name), QJsonObject{{u"table_id"_s, table->id}}};
        // Seating opens the table: an order for the party, so the waiter can start taking it.
        const QString day = ctx.state.businessDay(ctx.now);
        auto number = ctx.db.nextCounter(u"order_number:"_s + day);
        if (!number)
            return number.error();
        const int guests = row->ticket.partySize;
        Order fresh;
        fresh.number = *number;
        fresh.tableId = table->id;
        fresh.guests = guests;
        auto orderId = OrderRepository(ctx.db).insert(fresh, day, ctx.caller().id, ctx.now);
        if (!orderId)
            return ctx.db.lastErrorWasUniqueViolation()
                ? ApiResult(Error{ErrorCode::TableOccupied, u"Table %1 is not free"_s.arg(table->name), {}})
                : ApiResult(orderId.error());
        if (auto s = setTableState(ctx, table->id, TableStatus::Seated, *orderId, guests, ctx.now); !s)
            return s.error();
        if (auto s = ctx.events.emitEvent(u"order.status_changed"_s,
                                          {{u"order_id"_s, *orderId}, {u"status"_s, u"OPEN"_s}, {u"table_id"_s, table->id}});
            !s)
            return s.error();
        if (auto s = queue.markSeated(id, table->id, ctx.now); !s)
            return s.error();
        extra.insert(u"order_id"_s, *orderId);
    } else if (to == QueueStatus::Called) {
        if (auto s = queue.markCalled(id, ctx.now); !s)
            return s.error();
    } else if (auto s = queue.markEnded(id, to, ctx.now); !s) {
        return s.error();
    }
    auto after = queue.load(id);
    if (!after)
        return after.error();
    auto ticket = ticketFrom(ctx, *after, true);
    if (!ticket)
        return ticket.error();
    if (auto s = audit(ctx, u"queue."_s + enumName(to).toLower(), u"queue_ticket"_s, ticket->id, QJsonObject{{u"status"_s, enumName(from)}},
                       QJsonObject{{u"status"_s, enumName(to)}});
        !s)
        return s.error();
    if (auto s = emitTicket(ctx, *ticket); !s)
        return s.error();
    if (from == QueueStatus::Waiting) {
        if (auto s = emitPositionsMoved(ctx, *after); !s)
            return s.error();
    }
    QJsonObject out = ticket->toJson(!ctx.isManager());
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        out.insert(it.key(), it.value());
    return ApiResult::ok(out);
}

/// The guest's language from their browser's Accept-Language ("en-US,en;q=0.9,th;q=0.8"): the
/// supported language with the highest weight, the earlier on a tie; Thai when none is named.
QByteArray pageLanguage(const QByteArray &acceptLanguage)
{
    QByteArray best = "th";
    double bestWeight = 0;
    for (const QByteArray &part : acceptLanguage.split(',')) {
        const QList<QByteArray> fields = part.split(';');
        const QByteArray language = fields.first().trimmed().toLower().split('-').first();
        if (language != "th" && language != "en")
            continue;
        double weight = 1;
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const QByteArray f = fields[i].trimmed();
            if (f.startsWith("q=")) {
                bool ok = false;
                weight = f.mid(2).toDouble(&ok);
                if (!ok || weight < 0 || weight > 1)
                    weight = 0;
            }
        }
        if (weight > bestWeight) {
            best = language;
            bestWeight = weight;
        }
    }
    return best;
}

ApiResult statusPage(RequestContext &ctx)
{
    QFile f(u":/web/queue-status.html"_s);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Internal, u"The status page is missing from this build"_s, {}};
    // The page opens in the phone's language (the buttons still switch it).
    QByteArray page = f.readAll();
    const QByteArray opening = QByteArray("<html lang=\"") + pageLanguage(ctx.http.header("accept-language")) + "\">";
    page.replace("<html lang=\"th\">", opening);
    return ApiResult(200, {}, {}, {{"Cache-Control", "no-store"}, {"Vary", "Accept-Language"}}, page, "text/html; charset=utf-8");
}

} // namespace

void registerQueueRoutes(Router &router)
{
    router.post(u"/api/v1/queue-tickets"_s, Permission::publicAccess(), Idempotency::Optional, createTicket);
    router.get(u"/api/v1/queue-tickets"_s, Permission::anyStaff(), listTickets);
    router.get(u"/api/v1/queue-tickets/{id}"_s, Permission::publicAccess(), getTicket);
    router.post(u"/api/v1/queue-tickets/{id}/call"_s, kFrontOfHouse, Idempotency::Optional,
                [](RequestContext &ctx) { return moveTicket(ctx, QueueStatus::Called); });
    router.post(u"/api/v1/queue-tickets/{id}/seat"_s, kFrontOfHouse, Idempotency::Optional,
                [](RequestContext &ctx) { return moveTicket(ctx, QueueStatus::Seated); });
    router.post(u"/api/v1/queue-tickets/{id}/cancel"_s, kFrontOfHouse, Idempotency::Optional,
                [](RequestContext &ctx) { return moveTicket(ctx, QueueStatus::Cancelled); });
    router.post(u"/api/v1/queue-tickets/{id}/no-show"_s, kFrontOfHouse, Idempotency::Optional,
                [](RequestContext &ctx) { return moveTicket(ctx, QueueStatus::NoShow); });
    router.get(u"/q/{id}"_s, Permission::publicAccess(), statusPage);
}

} // namespace tavola::server
