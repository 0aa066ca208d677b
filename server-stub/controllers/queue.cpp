// /api/v1/queue-tickets — the walk-in waitlist (docs/domain.md, "Queue tickets"), and the public status page /q/{code}.
#include "controllers.h"

#include "domain/requests.h"

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
    auto avg = ctx.db.scalar(u"SELECT AVG(paid_at - created_at) FROM (SELECT paid_at, created_at FROM orders WHERE status = 'PAID' "
                             "AND guests BETWEEN ? AND ? AND paid_at > ? ORDER BY paid_at DESC LIMIT 50) recent"_s,
                             {low, high, toMs(ctx.now) - 7LL * 24 * 3600 * 1000});
    if (!avg || avg->isNull())
        return ctx.state.shop.defaultTurnMinutes;
    return std::max(1, int(avg->toDouble() / 60000.0 + 0.5));
}

Result<QueueTicket> ticketFromRow(RequestContext &ctx, const Row &r, bool withUrl)
{
    QueueTicket t;
    t.id = r.value(u"code"_s).toString();
    t.status = enumFromName<QueueStatus>(r.value(u"status"_s).toString()).value_or(QueueStatus::Waiting);
    t.partySize = r.value(u"party_size"_s).toInt();
    t.name = r.value(u"name"_s).toString();
    t.phone = r.value(u"phone"_s).toString();
    t.tableId = r.value(u"table_id"_s).toString();
    t.createdAt = fromMs(r.value(u"created_at"_s));
    t.calledAt = fromMs(r.value(u"called_at"_s));
    t.seatedAt = fromMs(r.value(u"seated_at"_s));
    if (withUrl)
        t.statusUrl = u"/q/%1?t=%2"_s.arg(t.id, r.value(u"secret"_s).toString());
    if (t.status == QueueStatus::Waiting) {
        auto ahead = ctx.db.scalar(u"SELECT COUNT(*) FROM queue_tickets WHERE status = 'WAITING' AND prefix = ? AND business_day = ? AND id < ?"_s,
                                   {r.value(u"prefix"_s), r.value(u"business_day"_s), r.value(u"id"_s)});
        if (!ahead)
            return ahead.error();
        t.position = int(ahead->toLongLong());
        t.etaMinutes = t.position * turnMinutes(ctx, r.value(u"prefix"_s).toString().at(0));
    }
    return t;
}

/// The newest ticket with this code (codes restart every business day).
Result<Row> ticketRow(RequestContext &ctx, const QString &code)
{
    auto rows = ctx.db.rows(u"SELECT * FROM queue_tickets WHERE code = ? ORDER BY id DESC LIMIT 1"_s, {code});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{ErrorCode::NotFound, u"No queue ticket %1"_s.arg(code.left(10)), {}};
    return rows->first();
}

Status emitTicket(RequestContext &ctx, const QueueTicket &t)
{
    return ctx.events.emitEvent(u"queue.updated"_s, t.toJson(true), Audience::Staff, t.id);
}

/// After a ticket leaves the waiting list, the ones behind it move up: tell them.
Status emitPositionsMoved(RequestContext &ctx, const Row &left)
{
    auto rows = ctx.db.rows(u"SELECT * FROM queue_tickets WHERE status = 'WAITING' AND prefix = ? AND business_day = ? AND id > ? ORDER BY id"_s,
                            {left.value(u"prefix"_s), left.value(u"business_day"_s), left.value(u"id"_s)});
    if (!rows)
        return rows.error();
    for (const Row &r : *rows) {
        auto t = ticketFromRow(ctx, r, false);
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
        if (const int wait = ctx.state.limiter.hit(key, ctx.state.config.queueTicketsPerMinute, toMs(ctx.now)); wait > 0) {
            ++ctx.state.metrics.rateLimited;
            ApiResult r = ApiResult::fail(Error{ErrorCode::RateLimited, u"Too many tickets from this device; try again in %1 s"_s.arg(wait), {}});
            r.headers.append({"Retry-After", QByteArray::number(wait)});
            return r;
        }
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
    auto id = ctx.db.scalar(u"INSERT INTO queue_tickets (code, business_day, prefix, party_size, name, phone, secret, status, created_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, 'WAITING', ?) RETURNING id"_s,
                            {code, day, QString(prefix), req->partySize, req->name, req->phone, randomToken(12), toMs(ctx.now)});
    if (!id)
        return id.error();
    auto row = ctx.db.row(u"SELECT * FROM queue_tickets WHERE id = ?"_s, {*id}, {});
    if (!row)
        return row.error();
    auto ticket = ticketFromRow(ctx, *row, true);
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
    auto row = ticketRow(ctx, ctx.param(u"id"_s));
    const QString secret = ctx.http.query.queryItemValue(u"t"_s);
    if (!ctx.user) {
        // Public access needs the ticket's secret; an unknown ticket looks the same as a wrong secret.
        if (!row || !constantTimeEquals(row->value(u"secret"_s).toString().toUtf8(), secret.toUtf8()))
            return Error{ErrorCode::NotFound, u"No queue ticket %1 with that link"_s.arg(ctx.param(u"id"_s).left(10)), {}};
    }
    if (!row)
        return row.error();
    auto ticket = ticketFromRow(ctx, *row, ctx.user.has_value());
    if (!ticket)
        return ticket.error();
    return ApiResult::ok(ticket->toJson(!ctx.isManager()));
}

ApiResult listTickets(RequestContext &ctx)
{
    QString status = ctx.http.query.queryItemValue(u"status"_s);
    if (status.isEmpty())
        status = u"WAITING,CALLED"_s;
    QString sql = u"SELECT * FROM queue_tickets WHERE business_day = ?"_s;
    QVariantList binds{ctx.state.businessDay(ctx.now)};
    if (auto st = appendStatusFilter<QueueStatus>(status, sql, binds); !st)
        return st.error();
    auto rows = ctx.db.rows(sql + u" ORDER BY prefix, id"_s, binds);
    if (!rows)
        return rows.error();
    QJsonArray out;
    for (const Row &r : *rows) {
        auto t = ticketFromRow(ctx, r, true);
        if (!t)
            return t.error();
        out.append(t->toJson(!ctx.isManager()));
    }
    return ApiResult::ok(QJsonObject{{u"tickets"_s, out}});
}

ApiResult moveTicket(RequestContext &ctx, QueueStatus to)
{
    auto row = ticketRow(ctx, ctx.param(u"id"_s));
    if (!row)
        return row.error();
    const auto from = enumFromName<QueueStatus>(row->value(u"status"_s).toString()).value_or(QueueStatus::Waiting);
    if (auto s = checkTransition(from, to); !s)
        return s.error();
    const qint64 id = row->value(u"id"_s).toLongLong();
    QJsonObject extra;
    if (to == QueueStatus::Seated) {
        auto req = TableIdRequest::fromJson(ctx.body);
        if (!req)
            return req.error();
        auto table = loadTable(ctx.db, req->tableId);
        if (!table)
            return table.error();
        if (!table->orderId.isEmpty() || (table->status != TableStatus::Vacant && table->status != TableStatus::Cleaning))
            return Error{ErrorCode::TableOccupied, u"Table %1 is not free"_s.arg(table->name), QJsonObject{{u"table_id"_s, table->id}}};
        // Seating opens the table: an order for the party, so the waiter can start taking it.
        const QString day = ctx.state.businessDay(ctx.now);
        auto number = ctx.db.nextCounter(u"order_number:"_s + day);
        if (!number)
            return number.error();
        const int guests = row->value(u"party_size"_s).toInt();
        auto orderId = ctx.db.scalar(u"INSERT INTO orders (number, business_day, table_id, is_takeaway, guests, status, created_by, created_at, updated_at) "
                                     "VALUES (?, ?, ?, 0, ?, 'OPEN', ?, ?, ?) RETURNING id"_s,
                                     {*number, day, table->id, guests, ctx.caller().id, toMs(ctx.now), toMs(ctx.now)});
        if (!orderId)
            return ctx.db.lastErrorWasUniqueViolation() ? ApiResult(Error{ErrorCode::TableOccupied, u"Table %1 is not free"_s.arg(table->name), {}})
                                                        : ApiResult(orderId.error());
        if (auto s = setTableState(ctx, table->id, TableStatus::Seated, orderId->toString(), guests, ctx.now); !s)
            return s.error();
        if (auto s = ctx.events.emitEvent(u"order.status_changed"_s,
                                          {{u"order_id"_s, orderId->toString()}, {u"status"_s, u"OPEN"_s}, {u"table_id"_s, table->id}});
            !s)
            return s.error();
        if (auto r = ctx.db.exec(u"UPDATE queue_tickets SET status = 'SEATED', table_id = ?, seated_at = ? WHERE id = ?"_s,
                                 {table->id, toMs(ctx.now), id});
            !r)
            return r.error();
        extra.insert(u"order_id"_s, orderId->toString());
    } else if (to == QueueStatus::Called) {
        if (auto r = ctx.db.exec(u"UPDATE queue_tickets SET status = 'CALLED', called_at = ? WHERE id = ?"_s, {toMs(ctx.now), id}); !r)
            return r.error();
    } else if (auto r = ctx.db.exec(u"UPDATE queue_tickets SET status = ?, ended_at = ? WHERE id = ?"_s, {enumName(to), toMs(ctx.now), id}); !r) {
        return r.error();
    }
    auto after = ctx.db.row(u"SELECT * FROM queue_tickets WHERE id = ?"_s, {id}, {});
    if (!after)
        return after.error();
    auto ticket = ticketFromRow(ctx, *after, true);
    if (!ticket)
        return ticket.error();
    if (auto s = audit(ctx, u"queue."_s + enumName(to).toLower(), u"queue_ticket"_s, ticket->id,
                       QJsonObject{{u"status"_s, enumName(from)}}, QJsonObject{{u"status"_s, enumName(to)}});
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
