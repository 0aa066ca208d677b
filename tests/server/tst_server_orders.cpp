// /api/v1/orders: the order from opening to the bill with its totals, adding items and their
// validation, price snapshots, voids that need a manager, discounts and moving to another table.
#include "apitestbase.h"
#include "eventclient.h"

#include <QNetworkAccessManager>
#include <QTcpSocket>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;

class TestServerOrders : public ApiTestBase
{
    Q_OBJECT

private slots:
    void fullOrderFlowWithTotals()
    {
        Api w = staff(u"waiter1"_s);
        const QString orderId = openOrder(w, u"3"_s, 2);
        QVERIFY(!orderId.isEmpty());
        QCOMPARE(tableStatus(u"3"_s), u"SEATED"_s);
        const Reply busy = w.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"3"_s}, {u"guests"_s, 2}});
        CHECK_STATUS(busy, 409);
        QCOMPARE(busy.errorCode(), u"TABLE_OCCUPIED"_s);

        const QString harGow = menuId(u"Shrimp dumplings (har gow)"_s); // 69.00
        const QString tea = menuId(u"Thai iced tea"_s); // 45.00, "Extra pearls" +10
        QString pearls;
        for (const auto &v : Api(m_fx.url()).get(u"/api/v1/menu"_s).object().value(u"items"_s).toArray()) {
            if (v.toObject().value(u"id"_s).toString() == tea) {
                for (const auto &m : v.toObject().value(u"modifiers"_s).toArray())
                    if (m.toObject().value(u"name"_s).toString() == u"Extra pearls"_s)
                        pearls = m.toObject().value(u"id"_s).toString();
            }
        }
        QVERIFY(!pearls.isEmpty());
        const Reply added = addItems(w, orderId, {item(harGow, 2), item(tea, 1, {pearls}, u"less ice"_s)});
        CHECK_STATUS(added, 200);
        const QJsonObject o = added.object();
        // 2 × 69 + (45 + 10) = 193.00; service 10 % = 19.30; total 212.30 incl. VAT 13.89.
        QCOMPARE(o.value(u"subtotal"_s).toString(), u"193.00"_s);
        QCOMPARE(o.value(u"service_charge"_s).toString(), u"19.30"_s);
        QCOMPARE(o.value(u"total"_s).toString(), u"212.30"_s);
        QCOMPARE(o.value(u"vat"_s).toString(), u"13.89"_s);
        const QJsonArray lines = o.value(u"items"_s).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1).toObject().value(u"line_total"_s).toString(), u"55.00"_s);
        QCOMPARE(lines.at(1).toObject().value(u"note"_s).toString(), u"less ice"_s);
        QCOMPARE(lines.at(0).toObject().value(u"kitchen_status"_s).toString(), u"PENDING"_s);

        CHECK_STATUS(w.post(u"/api/v1/orders/%1/checkout"_s.arg(orderId)), 409); // OPEN → CHECKOUT is not allowed
        m_fx.server().state().advanceClock(60 * 1000); // (so the change's time is not the order's)
        const Reply sent = w.post(u"/api/v1/orders/%1/send"_s.arg(orderId));
        CHECK_STATUS(sent, 200);
        QCOMPARE(sent.object().value(u"status"_s).toString(), u"SERVING"_s);
        QCOMPARE(sent.object().value(u"items"_s).toArray().at(0).toObject().value(u"kitchen_status"_s).toString(), u"NEW"_s);
        QCOMPARE(tableStatus(u"3"_s), u"SERVING"_s);
        // The answer is the order as it was saved: what reading it back gives, field for field.
        auto asRead = [&] { return w.get(u"/api/v1/orders/"_s + orderId).object(); };
        QJsonObject sentOrder = sent.object();
        sentOrder.remove(u"kitchen_tickets"_s);
        QCOMPARE(sentOrder, asRead());

        Api k = staff(u"kitchen1"_s);
        const QJsonArray dimsum = k.get(u"/api/v1/kitchen/tickets?station=dimsum"_s).data().toArray();
        const QJsonArray bar = k.get(u"/api/v1/kitchen/tickets?station=bar"_s).data().toArray();
        QCOMPARE(dimsum.size(), 1);
        QCOMPARE(bar.size(), 1);
        QCOMPARE(dimsum.at(0).toObject().value(u"items"_s).toArray().at(0).toObject().value(u"qty"_s).toInt(), 2);
        QCOMPARE(bar.at(0).toObject().value(u"items"_s).toArray().at(0).toObject().value(u"modifiers"_s).toArray().at(0).toString(),
                 u"Extra pearls"_s);
        QCOMPARE(dimsum.at(0).toObject().value(u"table_name"_s).toString(), u"T3"_s);

        m_fx.server().state().advanceClock(60 * 1000);
        const Reply checkout = w.post(u"/api/v1/orders/%1/checkout"_s.arg(orderId));
        CHECK_STATUS(checkout, 200);
        QCOMPARE(checkout.object().value(u"status"_s).toString(), u"CHECKOUT"_s);
        QCOMPARE(tableStatus(u"3"_s), u"CHECKOUT"_s);
        QCOMPARE(checkout.object(), asRead());
        const Reply locked = addItems(w, orderId, {item(harGow, 1)});
        CHECK_STATUS(locked, 409);
        QCOMPARE(locked.errorCode(), u"ORDER_LOCKED"_s);

        CHECK_STATUS(w.post(u"/api/v1/orders/%1/reopen"_s.arg(orderId)), 403);
        Api m = staff(u"manager1"_s);
        const Reply reopened = m.post(u"/api/v1/orders/%1/reopen"_s.arg(orderId));
        CHECK_STATUS(reopened, 200);
        QCOMPARE(reopened.object().value(u"status"_s).toString(), u"SERVING"_s);
        CHECK_STATUS(m.post(u"/api/v1/orders/%1/reopen"_s.arg(orderId)), 409); // SERVING → SERVING via reopen

        CHECK_STATUS(m.post(u"/api/v1/orders/%1/cancel"_s.arg(orderId), {}), 400); // reason required
        const Reply cancelled = m.post(u"/api/v1/orders/%1/cancel"_s.arg(orderId), {{u"reason"_s, u"guests left"_s}});
        CHECK_STATUS(cancelled, 200);
        QCOMPARE(cancelled.object().value(u"status"_s).toString(), u"CANCELLED"_s);
        QCOMPARE(tableStatus(u"3"_s), u"VACANT"_s);
        // The stations are told to stop: VOID tickets for what was sent and not served.
        int voids = 0;
        for (const auto &t : k.get(u"/api/v1/kitchen/tickets"_s).data().toArray())
            voids += t.toObject().value(u"void"_s).toBool() && t.toObject().value(u"order_id"_s).toString() == orderId;
        QCOMPARE(voids, 2); // dim sum and bar
        const Reply again = m.post(u"/api/v1/orders/%1/cancel"_s.arg(orderId), {{u"reason"_s, u"twice"_s}});
        CHECK_STATUS(again, 409);
        QCOMPARE(again.errorCode(), u"ORDER_LOCKED"_s);

        // The audit log has the story.
        auto audit = m_fx.server().database().rows(u"SELECT action FROM audit_log WHERE entity = 'order' AND entity_id = ? ORDER BY id"_s,
                                                   {orderId});
        QStringList actions;
        for (const auto &r : *audit)
            actions << r.value(u"action"_s).toString();
        QCOMPARE(actions,
                 (QStringList{u"order.open"_s, u"order.items.add"_s, u"order.send"_s, u"order.checkout"_s, u"order.reopen"_s,
                              u"order.cancel"_s}));
    }

    void addItemsValidation()
    {
        Api w = staff(u"waiter1"_s);
        const QString orderId = openOrder(w, u"4"_s);
        const QString harGow = menuId(u"Shrimp dumplings (har gow)"_s);
        Reply r = addItems(w, orderId, {item(harGow, 0)});
        CHECK_STATUS(r, 400);
        QCOMPARE(r.errorField(), u"items[0].qty"_s);
        r = addItems(w, orderId, {item(harGow, 1), item(harGow, 100)});
        QCOMPARE(r.errorField(), u"items[1].qty"_s);
        r = addItems(w, orderId, {item(u"99999"_s, 1)});
        CHECK_STATUS(r, 400);
        QCOMPARE(r.errorField(), u"items[0].menu_id"_s);
        r = addItems(w, orderId, {item(harGow, 1, {u"99999"_s})});
        QCOMPARE(r.errorField(), u"items[0].modifier_ids[0]"_s);
        // All or nothing: one bad item leaves the order empty.
        r = addItems(w, orderId, {item(harGow, 1), item(u"99999"_s, 1)});
        CHECK_STATUS(r, 400);
        QCOMPARE(w.get(u"/api/v1/orders/"_s + orderId).object().value(u"items"_s).toArray().size(), 0);
        // Idempotency-Key is required here.
        r = w.post(u"/api/v1/orders/%1/items"_s.arg(orderId), {{u"items"_s, QJsonArray{item(harGow, 1)}}});
        CHECK_STATUS(r, 400);
        QCOMPARE(r.errorField(), u"Idempotency-Key"_s);
        // Malformed JSON.
        r = w.raw("POST", u"/api/v1/orders/%1/items"_s.arg(orderId), "{\"items\": [", {{"Idempotency-Key", "x1"}});
        CHECK_STATUS(r, 400);
        QCOMPARE(r.errorCode(), u"MALFORMED_JSON"_s);
        CHECK_STATUS(w.get(u"/api/v1/orders/424242"_s), 404);
        CHECK_STATUS(w.get(u"/api/v1/orders/abc"_s), 404);
    }

    void unavailableItemsAndPriceSnapshots()
    {
        Api m = staff(u"manager1"_s);
        const QString tea = menuId(u"Thai iced tea"_s);
        QJsonObject teaItem;
        for (const auto &v : m.get(u"/api/v1/menu"_s).object().value(u"items"_s).toArray())
            if (v.toObject().value(u"id"_s).toString() == tea)
                teaItem = v.toObject();
        Api w = staff(u"waiter1"_s);
        const QString orderId = openOrder(w, u"5"_s);
        CHECK_STATUS(addItems(w, orderId, {item(tea, 1)}), 200);

        teaItem[u"price"_s] = u"55.00"_s;
        teaItem[u"available"_s] = false;
        const Reply put = m.request("PUT", u"/api/v1/menu/items/"_s + tea, teaItem);
        CHECK_STATUS(put, 200);
        QCOMPARE(put.object().value(u"price"_s).toString(), u"55.00"_s);
        // The order keeps the price it was sold at.
        QCOMPARE(
            w.get(u"/api/v1/orders/"_s + orderId).object().value(u"items"_s).toArray().at(0).toObject().value(u"unit_price"_s).toString(),
            u"45.00"_s);
        const Reply unavailable = addItems(w, orderId, {item(tea, 1)});
        CHECK_STATUS(unavailable, 409);
        QCOMPARE(unavailable.errorCode(), u"ITEM_UNAVAILABLE"_s);
    }

    // The one-tap sold out: anyone on the floor (not the kitchen display), told to every till,
    // audited; orders racing it are either taken before it or refused, never after it.
    void soldOutIsOneTapAndRacingOrdersAreRefusedAfterIt()
    {
        const QString pad = menuId(u"Pad thai with shrimp"_s);
        const QString path = u"/api/v1/menu/items/"_s + pad;
        CHECK_STATUS(staff(u"kitchen1"_s).request("PATCH", path, {{u"available"_s, false}}), 403);
        Api w = staff(u"waiter1"_s);
        const Reply bad = w.request("PATCH", path, {{u"available"_s, u"no"_s}});
        CHECK_STATUS(bad, 400);
        QCOMPARE(bad.errorCode(), u"VALIDATION_FAILED"_s);
        CHECK_STATUS(w.request("PATCH", u"/api/v1/menu/items/987654"_s, {{u"available"_s, false}}), 404);

        // Ten tables ordering the dish while a waiter marks it sold out in the middle of them.
        QStringList orders;
        for (int t = 1; t <= 10; ++t)
            orders << openOrder(w, QString::number(t));
        const QString token = w.token();
        QNetworkAccessManager nam;
        QList<QNetworkReply *> adds;
        auto addOne = [&](const QString &orderId) {
            adds << postAsync(nam, m_fx.url() + u"/api/v1/orders/%1/items"_s.arg(orderId), token, QUuid::createUuid().toByteArray(),
                              {{u"items"_s, QJsonArray{item(pad, 1)}}});
        };
        for (int i = 0; i < 5; ++i)
            addOne(orders[i]);
        QNetworkRequest patch{QUrl(m_fx.url() + path)};
        patch.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        patch.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *soldOut = nam.sendCustomRequest(patch, "PATCH", R"({"available": false})");
        for (int i = 5; i < 10; ++i)
            addOne(orders[i]);
        QTRY_VERIFY_WITH_TIMEOUT(soldOut->isFinished() && std::all_of(adds.cbegin(), adds.cend(), [](auto *r) { return r->isFinished(); }),
                                 20000);
        QCOMPARE(soldOut->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        int taken = 0;
        for (QNetworkReply *r : std::as_const(adds)) {
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QVERIFY2(status == 200 || status == 409, qPrintable(QString::number(status)));
            if (status == 409)
                QVERIFY(r->readAll().contains("ITEM_UNAVAILABLE"));
            taken += status == 200;
        }
        // What the server holds agrees with what each till was told.
        int lines = 0;
        for (const QString &id : orders)
            lines += int(w.get(u"/api/v1/orders/"_s + id).object().value(u"items"_s).toArray().size());
        QCOMPARE(lines, taken);
        const Reply late = addItems(w, orders[0], {item(pad, 1)});
        CHECK_STATUS(late, 409);
        QCOMPARE(late.errorCode(), u"ITEM_UNAVAILABLE"_s);
        qDeleteAll(adds);
        delete soldOut;

        // Once is enough: marking it again changes nothing and logs nothing more.
        Api c = staff(u"cashier1"_s);
        CHECK_STATUS(c.request("PATCH", path, {{u"available"_s, false}}), 200);
        Api m = staff(u"manager1"_s);
        QCOMPARE(m.get(u"/api/v1/audit-log?action=menu.item.sold_out"_s).object().value(u"entries"_s).toArray().size(), 1);
        // Back on: orders take it again.
        const Reply back = c.request("PATCH", path, {{u"available"_s, true}});
        CHECK_STATUS(back, 200);
        QVERIFY(back.object().value(u"available"_s).toBool());
        CHECK_STATUS(addItems(w, orders[0], {item(pad, 1)}), 200);
    }

    void voidNeedsAManager()
    {
        Api w = staff(u"waiter1"_s);
        const QString orderId = openOrder(w, u"9"_s);
        const QString harGow = menuId(u"Shrimp dumplings (har gow)"_s);
        const Reply added = addItems(w, orderId, {item(harGow, 2), item(menuId(u"Pad thai with shrimp"_s), 1)});
        CHECK_STATUS(w.post(u"/api/v1/orders/%1/send"_s.arg(orderId)), 200);
        const QString lineId = added.object().value(u"items"_s).toArray().at(0).toObject().value(u"id"_s).toString();
        const QString voidPath = u"/api/v1/orders/%1/items/%2/void"_s.arg(orderId, lineId);

        Api c = staff(u"cashier1"_s);
        CHECK_STATUS(c.post(voidPath, {{u"reason"_s, u"wrong dish"_s}}), 403);
        CHECK_STATUS(c.post(voidPath, {{u"reason"_s, u"wrong dish"_s}}, {{"X-Manager-Pin", "1000"}}), 403); // the cashier's own PIN
        const Reply voided = c.post(voidPath, {{u"reason"_s, u"wrong dish"_s}}, {{"X-Manager-Pin", "9000"}});
        CHECK_STATUS(voided, 200);
        const QJsonObject o = voided.object();
        QCOMPARE(o.value(u"items"_s).toArray().at(0).toObject().value(u"voided"_s).toBool(), true);
        QCOMPARE(o.value(u"subtotal"_s).toString(), u"89.00"_s); // only the pad thai counts
        CHECK_STATUS(c.post(voidPath, {{u"reason"_s, u"again"_s}}, {{"X-Manager-Pin", "9000"}}), 409);
        // The dim sum station gets a VOID ticket.
        Api k = staff(u"kitchen1"_s);
        bool sawVoid = false;
        for (const auto &t : k.get(u"/api/v1/kitchen/tickets?station=dimsum"_s).data().toArray())
            sawVoid = sawVoid || t.toObject().value(u"void"_s).toBool();
        QVERIFY(sawVoid);
        auto audit = m_fx.server().database().rows(u"SELECT after_json FROM audit_log WHERE action = 'order.item.void'"_s);
        QCOMPARE(audit->size(), 1);
        QVERIFY(audit->first().value(u"after_json"_s).toString().contains(u"manager1"_s));
    }

    void discounts()
    {
        Api w = staff(u"waiter1"_s);
        const QString orderId = openOrder(w, u"10"_s);
        addItems(w, orderId, {item(menuId(u"Pad thai with shrimp"_s), 2)}); // 178.00
        Api m = staff(u"manager1"_s);
        const Reply pct = m.post(u"/api/v1/orders/%1/discount"_s.arg(orderId),
                                 {{u"type"_s, u"percent"_s}, {u"value"_s, u"10"_s}, {u"reason"_s, u"regular"_s}});
        CHECK_STATUS(pct, 200);
        // 178 − 17.80 = 160.20; service 16.02; total 176.22.
        QCOMPARE(pct.object().value(u"discount"_s).toString(), u"17.80"_s);
        QCOMPARE(pct.object().value(u"total"_s).toString(), u"176.22"_s);
        const Reply tooMuch = m.post(u"/api/v1/orders/%1/discount"_s.arg(orderId),
                                     {{u"type"_s, u"amount"_s}, {u"value"_s, u"500.00"_s}, {u"reason"_s, u"x"_s}});
        CHECK_STATUS(tooMuch, 400);
        QCOMPARE(tooMuch.errorField(), u"value"_s);
        const Reply badValue = m.post(u"/api/v1/orders/%1/discount"_s.arg(orderId),
                                      {{u"type"_s, u"percent"_s}, {u"value"_s, 10}, {u"reason"_s, u"x"_s}});
        CHECK_STATUS(badValue, 400);
    }

    /// Changes that arrive together share one commit (SQLite group commit), yet each stands
    /// alone: the one that fails leaves no trace — not its lines, not its events, not its
    /// Idempotency-Key — and the others are kept and announced in order.
    void changesArrivingTogetherShareACommitButFailAlone()
    {
        if (usingPostgres())
            QSKIP("group commit is SQLite's; on PostgreSQL every change commits alone");
        Api w = staff(u"waiter1"_s);
        QStringList orders;
        for (int t = 1; t <= 4; ++t)
            orders << openOrder(w, QString::number(t));
        const QString tea = menuId(u"Thai iced tea"_s);
        const QString harGow = menuId(u"Shrimp dumplings (har gow)"_s);
        QVERIFY(!tea.isEmpty() && !harGow.isEmpty());
        EventClient events;
        QVERIFY(events.open(m_fx.url(), w.token()));

        // Four tills, each on its own connection, send at the same moment. The fourth asks for a
        // modifier of another dish after a good line: it fails once its first line is written.
        auto body = [&](int i) -> QByteArray {
            QJsonArray items{item(tea, 1)};
            if (i == 3)
                items.append(item(harGow, 1, {u"no-such-modifier"_s}));
            return QJsonDocument(QJsonObject{{u"items"_s, items}}).toJson(QJsonDocument::Compact);
        };
        auto request = [&](int i) -> QByteArray {
            const QByteArray b = body(i);
            return "POST /api/v1/orders/" + orders[i].toLatin1()
                + "/items HTTP/1.1\r\nHost: t\r\nConnection: close\r\n"
                  "Content-Type: application/json\r\nAuthorization: Bearer "
                + w.token().toLatin1() + "\r\nIdempotency-Key: together-" + QByteArray::number(i)
                + "\r\nContent-Length: " + QByteArray::number(b.size()) + "\r\n\r\n" + b;
        };
        std::vector<std::unique_ptr<QTcpSocket>> tills;
        const QUrl url(m_fx.url());
        for (int i = 0; i < 4; ++i) {
            tills.push_back(std::make_unique<QTcpSocket>());
            tills.back()->connectToHost(url.host(), quint16(url.port()));
            QVERIFY(tills.back()->waitForConnected(5000));
        }
        QTRY_VERIFY(m_fx.server().httpConnectionCount() >= 4);
        const server::Metrics &metrics = m_fx.server().state().metrics;
        const qint64 commitsBefore = metrics.groupCommits, answersBefore = metrics.groupAnswers;
        for (int i = 0; i < 4; ++i) {
            tills[i]->write(request(i));
            tills[i]->flush(); // on the wire now, so the server finds all four together
        }
        QList<QByteArray> answers(4);
        QVERIFY(QTest::qWaitFor(
            [&] {
                bool all = true;
                for (int i = 0; i < 4; ++i) {
                    answers[i] += tills[i]->readAll();
                    all = all && tills[i]->state() == QAbstractSocket::UnconnectedState;
                }
                return all;
            },
            10000));
        for (int i = 0; i < 3; ++i)
            QVERIFY2(answers[i].startsWith("HTTP/1.1 200"), answers[i].constData());
        QVERIFY2(answers[3].startsWith("HTTP/1.1 400"), answers[3].constData());
        QVERIFY(answers[3].contains("VALIDATION_FAILED"));
        // Fewer commits than answers: at least two of them waited for one shared commit.
        QCOMPARE(metrics.groupAnswers - answersBefore, 4);
        QVERIFY2(metrics.groupCommits - commitsBefore < 4, qPrintable(QString::number(metrics.groupCommits - commitsBefore)));

        // The three are kept; the fourth's first line went with its failure.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(w.get(u"/api/v1/orders/"_s + orders[i]).object().value(u"items"_s).toArray().size(), i < 3 ? 1 : 0);
        // Announced: the three, in order, with no gap in seq where the fourth's events were.
        QVERIFY(events.waitFor(u"order.updated"_s, 3));
        QSet<QString> updated;
        for (const QJsonObject &e : events.events(u"order.updated"_s))
            updated.insert(e.value(u"data"_s).toObject().value(u"id"_s).toString());
        QCOMPARE(updated, (QSet<QString>{orders[0], orders[1], orders[2]}));
        const QList<qint64> seqs = events.seqs();
        for (qsizetype i = 1; i < seqs.size(); ++i)
            QCOMPARE(seqs[i], seqs[i - 1] + 1);
        // Its Idempotency-Key was not kept either: the same request is simply refused again, and
        // with the mistake fixed it goes through.
        const Reply again = w.post(u"/api/v1/orders/%1/items"_s.arg(orders[3]), QJsonDocument::fromJson(body(3)).object(),
                                   {{"Idempotency-Key", "together-3"}});
        CHECK_STATUS(again, 400);
        QCOMPARE(again.errorCode(), u"VALIDATION_FAILED"_s);
        CHECK_STATUS(addItems(w, orders[3], {item(tea, 1)}), 200);
    }

    void moveOrder()
    {
        Api w = staff(u"waiter1"_s);
        const QString orderId = openOrder(w, u"11"_s, 3);
        addItems(w, orderId, {item(menuId(u"Pad thai with shrimp"_s), 1)});
        w.post(u"/api/v1/orders/%1/send"_s.arg(orderId));
        const QString other = openOrder(w, u"12"_s);
        const Reply taken = w.post(u"/api/v1/orders/%1/move"_s.arg(orderId), {{u"table_id"_s, u"12"_s}});
        CHECK_STATUS(taken, 409);
        QCOMPARE(taken.errorCode(), u"TABLE_OCCUPIED"_s);
        const Reply moved = w.post(u"/api/v1/orders/%1/move"_s.arg(orderId), {{u"table_id"_s, u"13"_s}});
        CHECK_STATUS(moved, 200);
        QCOMPARE(moved.object().value(u"table_id"_s).toString(), u"13"_s);
        QCOMPARE(tableStatus(u"11"_s), u"VACANT"_s);
        QCOMPARE(tableStatus(u"13"_s), u"SERVING"_s);
        QVERIFY(!other.isEmpty());
    }

    // Takeaway and delivery (a Grab rider, a phone order): no table, a pickup code per type and
    // business day, the channel and its order code kept, the code on the kitchen ticket.
    void takeawayAndDeliveryGetPickupCodes()
    {
        Api c = staff(u"cashier1"_s);
        const Reply t1 = c.postNew(u"/api/v1/orders"_s, {{u"type"_s, u"takeaway"_s}, {u"customer_name"_s, u"Khun Noi"_s}});
        CHECK_STATUS(t1, 201);
        QCOMPARE(t1.object().value(u"type"_s).toString(), u"takeaway"_s);
        QCOMPARE(t1.object().value(u"pickup_code"_s).toString(), u"T001"_s);
        QCOMPARE(t1.object().value(u"customer_name"_s).toString(), u"Khun Noi"_s);
        QVERIFY(t1.object().value(u"table_id"_s).isNull());
        QVERIFY(t1.object().value(u"is_takeaway"_s).toBool());
        const Reply legacy = c.postNew(u"/api/v1/orders"_s, {{u"is_takeaway"_s, true}});
        CHECK_STATUS(legacy, 201);
        QCOMPARE(legacy.object().value(u"type"_s).toString(), u"takeaway"_s);
        QCOMPARE(legacy.object().value(u"pickup_code"_s).toString(), u"T002"_s);
        const Reply grab = c.postNew(u"/api/v1/orders"_s,
                                     {{u"type"_s, u"delivery"_s}, {u"channel"_s, u"grab"_s}, {u"channel_ref"_s, u"GF-8841"_s}});
        CHECK_STATUS(grab, 201);
        const QJsonObject g = grab.object();
        QCOMPARE(g.value(u"pickup_code"_s).toString(), u"D001"_s);
        QCOMPARE(g.value(u"channel"_s).toString(), u"grab"_s);
        QCOMPARE(g.value(u"channel_ref"_s).toString(), u"GF-8841"_s);
        QCOMPARE(g.value(u"balance_due"_s).toString(), u"0.00"_s);
        QCOMPARE(openOrder(c, u"2"_s).isEmpty(), false); // dine-in still needs and gets its table
        const Reply dineIn = c.get(u"/api/v1/orders?table_id=2"_s);
        QCOMPARE(dineIn.object().value(u"orders"_s).toArray().at(0).toObject().value(u"type"_s).toString(), u"dine_in"_s);
        QVERIFY(dineIn.object().value(u"orders"_s).toArray().at(0).toObject().value(u"pickup_code"_s).isNull());

        // Refused: a table on a takeaway, none on a dine-in, no channel on a delivery, a channel
        // elsewhere, an unknown type or channel, a code too long.
        const QList<std::pair<QJsonObject, QString>> bad{
            {{{u"type"_s, u"takeaway"_s}, {u"table_id"_s, u"4"_s}}, u"table_id"_s},
            {{{u"type"_s, u"dine_in"_s}}, u"table_id"_s},
            {{{u"type"_s, u"delivery"_s}}, u"channel"_s},
            {{{u"type"_s, u"takeaway"_s}, {u"channel"_s, u"grab"_s}}, u"channel"_s},
            {{{u"type"_s, u"drive_through"_s}}, u"type"_s},
            {{{u"type"_s, u"delivery"_s}, {u"channel"_s, u"uber"_s}}, u"channel"_s},
            {{{u"type"_s, u"delivery"_s}, {u"channel"_s, u"lineman"_s}, {u"channel_ref"_s, QString(41, u'X')}}, u"channel_ref"_s},
            {{{u"is_takeaway"_s, true}, {u"type"_s, u"dine_in"_s}}, u"type"_s}};
        for (const auto &[body, field] : bad) {
            const Reply r = c.postNew(u"/api/v1/orders"_s, body);
            CHECK_STATUS(r, 400);
            QCOMPARE(r.errorField(), field);
        }

        // The kitchen sees the pickup code and who collects it.
        const QString grabId = g.value(u"id"_s).toString();
        CHECK_STATUS(addItems(c, grabId, {item(menuId(u"Pad thai with shrimp"_s), 1)}), 200);
        CHECK_STATUS(c.post(u"/api/v1/orders/%1/send"_s.arg(grabId)), 200);
        Api k = staff(u"kitchen1"_s);
        QStringList names;
        for (const auto &v : k.get(u"/api/v1/kitchen/tickets"_s).data().toArray())
            names << v.toObject().value(u"table_name"_s).toString();
        QVERIFY2(names.contains(u"D001 · Grab"_s), qPrintable(names.join(u", "_s)));
    }

    // Yesterday's receipt found again: by receipt number, order number, pickup code, channel ref
    // or table name, filtered by type and business day, newest first, a page at a time.
    void theHistoryFindsAnOrderByWhatTheGuestHasInHand()
    {
        Api c = staff(u"cashier1"_s);
        const QString dish = menuId(u"Thai iced tea"_s);
        auto pay = [&](const QString &orderId) {
            CHECK_STATUS(addItems(c, orderId, {item(dish, 1)}), 200);
            CHECK_STATUS(c.post(u"/api/v1/orders/%1/send"_s.arg(orderId)), 200);
            CHECK_STATUS(c.post(u"/api/v1/orders/%1/checkout"_s.arg(orderId)), 200);
            const Reply p = c.postNew(u"/api/v1/payments"_s,
                                      {{u"order_id"_s, orderId}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"100"_s}});
            CHECK_STATUS(p, 201);
        };
        const QString atTable = openOrder(c, u"9"_s);
        pay(atTable);
        const QString grab = c.postNew(u"/api/v1/orders"_s,
                                       {{u"type"_s, u"delivery"_s}, {u"channel"_s, u"grab"_s}, {u"channel_ref"_s, u"GF-1234"_s}})
                                 .object()
                                 .value(u"id"_s)
                                 .toString();
        pay(grab);
        const QString takeaway = c.postNew(u"/api/v1/orders"_s, {{u"type"_s, u"takeaway"_s}}).object().value(u"id"_s).toString();
        const QString receipt = c.get(u"/api/v1/orders/"_s + atTable).object().value(u"receipt_number"_s).toString();
        QVERIFY(!receipt.isEmpty());
        auto found = [&](const QString &query) {
            const Reply r = c.get(u"/api/v1/orders?"_s + query);
            QStringList ids;
            for (const auto &v : r.object().value(u"orders"_s).toArray())
                ids << v.toObject().value(u"id"_s).toString();
            return ids;
        };
        QCOMPARE(found(u"q="_s + receipt), QStringList{atTable});
        QCOMPARE(found(u"q="_s + receipt.toLower()), QStringList{atTable});
        QCOMPARE(found(u"q=GF-1234"_s), QStringList{grab});
        QCOMPARE(found(u"q=d001"_s), QStringList{grab});
        QCOMPARE(found(u"q=T9"_s), QStringList{atTable});
        QCOMPARE(found(u"q=%1"_s.arg(c.get(u"/api/v1/orders/"_s + takeaway).object().value(u"number"_s).toInt())), QStringList{takeaway});
        QCOMPARE(found(u"q=nothing-like-this"_s), QStringList{});
        QCOMPARE(found(u"type=delivery"_s), QStringList{grab});
        QCOMPARE(found(u"type=takeaway&status=OPEN"_s), QStringList{takeaway});
        QCOMPARE(found(u"from=2020-01-01&to=2020-12-31"_s), QStringList{});
        QCOMPARE(found(u"from=2026-06-15&to=2026-06-15"_s).size(), 3); // the test clock's business day
        QCOMPARE(found(u"status=PAID"_s), (QStringList{grab, atTable}));
        // Paging: newest first, then the page before the last id seen.
        QCOMPARE(found(u"limit=2"_s), (QStringList{takeaway, grab}));
        QCOMPARE(found(u"limit=2&before="_s + grab), QStringList{atTable});
        for (const QString &q : {u"type=bus"_s, u"from=yesterday"_s, u"to=2026-13-01"_s, u"before=abc"_s, u"before=0"_s})
            CHECK_STATUS(c.get(u"/api/v1/orders?"_s + q), 400);
    }
};

QTEST_GUILESS_MAIN(TestServerOrders)
#include "tst_server_orders.moc"
