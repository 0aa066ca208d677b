// /api/v1/queue-tickets and /api/v1/kitchen/tickets: the walk-in queue with its per-device limit,
// and the kitchen list with bump, recall and paging.
#include "apitestbase.h"

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;

class TestServerQueue : public ApiTestBase
{
    Q_OBJECT

private slots:
    void queueTickets()
    {
        Api pub(m_fx.url());
        const Reply a1 = pub.post(u"/api/v1/queue-tickets"_s,
                                  {{u"party_size"_s, 2}, {u"name"_s, u"Somsri"_s}, {u"phone"_s, u"081-234-5678"_s}});
        CHECK_STATUS(a1, 201);
        QCOMPARE(a1.object().value(u"ticket_id"_s).toString(), u"A001"_s);
        QCOMPARE(a1.object().value(u"status"_s).toString(), u"WAITING"_s);
        QCOMPARE(a1.object().value(u"position"_s).toInt(), 0);
        QCOMPARE(a1.object().value(u"phone"_s).toString(), u"08x-xxx-5678"_s);
        const QString url1 = a1.object().value(u"status_url"_s).toString();
        QVERIFY(url1.startsWith(u"/q/A001?t="_s));
        const Reply a2 = pub.post(u"/api/v1/queue-tickets"_s, {{u"party_size"_s, 1}});
        QCOMPARE(a2.object().value(u"ticket_id"_s).toString(), u"A002"_s);
        QCOMPARE(a2.object().value(u"position"_s).toInt(), 1);
        QCOMPARE(a2.object().value(u"eta_minutes"_s).toInt(), 15);
        const Reply b1 = pub.post(u"/api/v1/queue-tickets"_s, {{u"party_size"_s, 4}});
        QCOMPARE(b1.object().value(u"ticket_id"_s).toString(), u"B001"_s);
        QCOMPARE(b1.object().value(u"position"_s).toInt(), 0);
        QCOMPARE(pub.post(u"/api/v1/queue-tickets"_s, {{u"party_size"_s, 5}}).object().value(u"ticket_id"_s).toString(), u"C001"_s);
        CHECK_STATUS(pub.post(u"/api/v1/queue-tickets"_s, {{u"party_size"_s, 0}}), 400);
        CHECK_STATUS(pub.post(u"/api/v1/queue-tickets"_s, {{u"party_size"_s, 51}}), 400);

        // Public status needs the ticket's secret.
        const QString secret = url1.section(u"t="_s, 1);
        CHECK_STATUS(pub.get(u"/api/v1/queue-tickets/A001"_s), 404);
        CHECK_STATUS(pub.get(u"/api/v1/queue-tickets/A001?t=wrong"_s), 404);
        const Reply mine = pub.get(u"/api/v1/queue-tickets/A001?t="_s + secret);
        CHECK_STATUS(mine, 200);
        QCOMPARE(mine.object().value(u"phone"_s).toString(), u"08x-xxx-5678"_s);
        const Reply page = pub.get(url1);
        CHECK_STATUS(page, 200);
        QVERIFY(page.headers.value("content-type").startsWith("text/html"));
        QVERIFY(page.body.contains("WebSocket"));

        // Staff see masked phones, managers the number.
        Api w = staff(u"waiter1"_s);
        QCOMPARE(w.get(u"/api/v1/queue-tickets/A001"_s).object().value(u"phone"_s).toString(), u"08x-xxx-5678"_s);
        Api m = staff(u"manager1"_s);
        QCOMPARE(m.get(u"/api/v1/queue-tickets/A001"_s).object().value(u"phone"_s).toString(), u"081-234-5678"_s);
        QCOMPARE(w.get(u"/api/v1/queue-tickets?status=WAITING"_s).object().value(u"tickets"_s).toArray().size(), 4);

        CHECK_STATUS(w.post(u"/api/v1/queue-tickets/A001/call"_s), 200);
        QCOMPARE(w.get(u"/api/v1/queue-tickets/A002"_s).object().value(u"position"_s).toInt(), 0); // moved up
        const Reply seat = w.post(u"/api/v1/queue-tickets/A001/seat"_s, {{u"table_id"_s, u"14"_s}});
        CHECK_STATUS(seat, 200);
        QCOMPARE(seat.object().value(u"status"_s).toString(), u"SEATED"_s);
        QCOMPARE(tableStatus(u"14"_s), u"SEATED"_s);
        const QString orderId = seat.object().value(u"order_id"_s).toString();
        QCOMPARE(w.get(u"/api/v1/orders/"_s + orderId).object().value(u"guests"_s).toInt(), 2);
        const Reply twice = w.post(u"/api/v1/queue-tickets/A001/call"_s);
        CHECK_STATUS(twice, 409);
        QCOMPARE(twice.errorCode(), u"INVALID_TRANSITION"_s);
        const Reply busyTable = w.post(u"/api/v1/queue-tickets/A002/seat"_s, {{u"table_id"_s, u"14"_s}});
        CHECK_STATUS(busyTable, 409);
        CHECK_STATUS(w.post(u"/api/v1/queue-tickets/A002/no-show"_s), 200);
        CHECK_STATUS(w.post(u"/api/v1/queue-tickets/B001/cancel"_s), 200);
        CHECK_STATUS(w.post(u"/api/v1/queue-tickets/B001/no-show"_s), 409);
        CHECK_STATUS(w.post(u"/api/v1/queue-tickets/Z999/call"_s), 404);
    }

    void queueCreationIsRateLimitedPerAddress()
    {
        m_fx.server().state().config.queueTicketsPerMinute = 3;
        Api pub(m_fx.url());
        for (int i = 0; i < 3; ++i)
            CHECK_STATUS(pub.post(u"/api/v1/queue-tickets"_s, {{u"party_size"_s, 2}}), 201);
        const Reply r = pub.post(u"/api/v1/queue-tickets"_s, {{u"party_size"_s, 2}});
        CHECK_STATUS(r, 429);
        QVERIFY(!r.headers.value("retry-after").isEmpty());
    }

    void kitchenBumpAndRecall()
    {
        Api w = staff(u"waiter1"_s);
        const QString orderId = openOrder(w, u"15"_s);
        addItems(w, orderId, {item(menuId(u"Pad thai with shrimp"_s), 1)});
        w.post(u"/api/v1/orders/%1/send"_s.arg(orderId));
        Api k = staff(u"kitchen1"_s);
        const QJsonArray tickets = k.get(u"/api/v1/kitchen/tickets?station=kitchen&status=NEW"_s).data().toArray();
        QCOMPARE(tickets.size(), 1);
        const QString id = tickets.at(0).toObject().value(u"id"_s).toString();
        const QString path = u"/api/v1/kitchen/tickets/%1/status"_s.arg(id);
        CHECK_STATUS(k.post(path, {{u"status"_s, u"SERVED"_s}}), 409); // NEW → SERVED skips steps
        CHECK_STATUS(k.post(path, {{u"status"_s, u"PREPARING"_s}}), 200);
        CHECK_STATUS(k.post(path, {{u"status"_s, u"READY"_s}}), 200);
        QCOMPARE(w.get(u"/api/v1/orders/"_s + orderId)
                     .object()
                     .value(u"items"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"kitchen_status"_s)
                     .toString(),
                 u"READY"_s);
        CHECK_STATUS(k.post(path, {{u"status"_s, u"SERVED"_s}}), 200);
        QCOMPARE(k.get(u"/api/v1/kitchen/tickets?station=kitchen"_s).data().toArray().size(), 0);
        const Reply recalled = k.post(u"/api/v1/kitchen/tickets/%1/recall"_s.arg(id));
        CHECK_STATUS(recalled, 200);
        QCOMPARE(recalled.object().value(u"status"_s).toString(), u"READY"_s);
        CHECK_STATUS(k.post(path, {{u"status"_s, u"BURNT"_s}}), 400);
        CHECK_STATUS(k.get(u"/api/v1/kitchen/tickets?station=grill"_s), 400);
    }

    void theKitchenListPagesOldestFirstAndSaysWhenItIsCut()
    {
        // Five tables send; the kitchen reads two at a time and gets all five, the newest
        // included (the list once kept the 500 oldest and dropped the rest without a word).
        Api w = staff(u"waiter1"_s);
        const QString padThai = menuId(u"Pad thai with shrimp"_s);
        for (const QString &table : {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}) {
            const QString orderId = openOrder(w, table);
            addItems(w, orderId, {item(padThai, 1)});
            CHECK_STATUS(w.post(u"/api/v1/orders/%1/send"_s.arg(orderId)), 200);
        }
        Api k = staff(u"kitchen1"_s);
        QStringList seen;
        QString after;
        QList<QByteArray> truncated;
        for (int page = 0; page < 5; ++page) {
            const Reply r = k.get(u"/api/v1/kitchen/tickets?station=kitchen&limit=2"_s
                                  + (after.isEmpty() ? QString() : u"&after="_s + after));
            CHECK_STATUS(r, 200);
            truncated << r.headers.value("x-truncated");
            for (const QJsonValue &t : r.data().toArray())
                seen << t.toObject().value(u"id"_s).toString();
            if (r.headers.value("x-truncated") != "true")
                break;
            after = QString::fromLatin1(r.headers.value("x-next-after"));
            QCOMPARE(after, seen.last());
        }
        QCOMPARE(truncated, (QList<QByteArray>{"true", "true", "false"}));
        QCOMPARE(seen.size(), 5);
        QStringList sorted = seen;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.toLongLong() < b.toLongLong(); });
        QCOMPARE(seen, sorted); // oldest first
        QCOMPARE(k.get(u"/api/v1/kitchen/tickets?station=kitchen"_s).headers.value("x-truncated"), QByteArray("false"));
        for (const QString &bad : {u"limit=0"_s, u"limit=501"_s, u"limit=two"_s, u"after=-1"_s, u"after=01"_s})
            CHECK_STATUS(k.get(u"/api/v1/kitchen/tickets?"_s + bad), 400);
    }
};

QTEST_GUILESS_MAIN(TestServerQueue)
#include "tst_server_queue.moc"
