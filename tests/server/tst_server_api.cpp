// The REST contract across resources, over real HTTP on loopback (SQLite or PostgreSQL): health and
// envelopes, the demo data, strict input and path ids, idempotency, the general rate limit,
// metrics, and a restart that keeps every acknowledged change.
#include "api.h"
#include "apitestbase.h"

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;

class TestServerApi : public ApiTestBase
{
    Q_OBJECT

private slots:
    void healthAndEnvelopes()
    {
        const Reply h = m_api->get(u"/health"_s);
        CHECK_STATUS(h, 200);
        QCOMPARE(h.json.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(h.json.value(u"database"_s).toString(), u"connected"_s);
        QVERIFY(h.json.contains(u"uptime"_s) && h.json.contains(u"version"_s) && h.json.contains(u"timestamp"_s));

        const Reply menu = m_api->get(u"/api/v1/menu"_s);
        CHECK_STATUS(menu, 200);
        QCOMPARE(menu.json.value(u"success"_s).toBool(), true);
        QVERIFY(!menu.json.value(u"metadata"_s).toObject().value(u"timestamp"_s).toString().isEmpty());
        QVERIFY(!menu.headers.value("x-request-id").isEmpty());

        const Reply echoed = m_api->request("GET", u"/api/v1/menu"_s, {}, {{"X-Request-Id", "abc-123"}});
        QCOMPARE(echoed.headers.value("x-request-id"), QByteArray("abc-123"));

        const Reply missing = m_api->get(u"/api/v1/nothing-here"_s);
        CHECK_STATUS(missing, 404);
        QCOMPARE(missing.errorCode(), u"NOT_FOUND"_s);
        QCOMPARE(missing.json.value(u"error"_s).toObject().value(u"http_status"_s).toInt(), 404);

        const Reply wrongMethod = m_api->request("DELETE", u"/api/v1/menu"_s);
        CHECK_STATUS(wrongMethod, 405);
        QCOMPARE(wrongMethod.errorCode(), u"METHOD_NOT_ALLOWED"_s);
        QVERIFY(wrongMethod.headers.value("allow").contains("GET"));
    }

    // The menu, the floor plan and the settings carry an ETag: asked again with If-None-Match,
    // the server answers 304 without a body until they change; a change (a dish sold out, a table
    // seated, a setting saved) gives the new content and a new ETag at once.
    void readsAnswerNotModifiedUntilTheyChange()
    {
        Api manager = staff(u"manager1"_s);
        const auto tagOf = [&](const QString &path) {
            const Reply r = manager.get(path);
            return std::pair{r.headers.value("etag"), r};
        };
        const auto askAgain = [&](const QString &path, const QByteArray &etag) {
            return manager.request("GET", path, {}, {{"If-None-Match", etag}});
        };
        const QString padThai = menuId(u"Pad thai with shrimp"_s);
        struct Case
        {
            QString path;
            std::function<void()> change;
            std::function<bool(const Reply &)> changed;
        };
        const QList<Case> cases{
            {u"/api/v1/menu"_s,
             [&] {
                 CHECK_STATUS(manager.request("PATCH", u"/api/v1/menu/items/"_s + padThai, {{u"available"_s, false}}), 200);
             },
             [&](const Reply &r) {
                 for (const auto &v : r.object().value(u"items"_s).toArray())
                     if (v.toObject().value(u"id"_s).toString() == padThai)
                         return !v.toObject().value(u"available"_s).toBool();
                 return false;
             }},
            {u"/api/v1/floor-plan"_s, [&] { QVERIFY(!openOrder(manager, u"5"_s).isEmpty()); },
             [&](const Reply &r) {
                 for (const auto &v : r.object().value(u"tables"_s).toArray())
                     if (v.toObject().value(u"id"_s).toString() == u"5"_s)
                         return v.toObject().value(u"status"_s).toString() == u"SEATED"_s;
                 return false;
             }},
            {u"/api/v1/settings"_s,
             [&] {
                 CHECK_STATUS(manager.request("PUT", u"/api/v1/settings"_s, {{u"receipt_footer"_s, u"Come again"_s}}), 200);
             },
             [&](const Reply &r) { return r.object().value(u"receipt_footer"_s).toString() == u"Come again"_s; }},
        };
        // The kept bytes are enveloped exactly as any other answer is.
        const QJsonObject sample{{u"name"_s, u"ผัดไทย"_s}, {u"price"_s, u"89.00"_s}, {u"tags"_s, QJsonArray{1, 2}}};
        const QDateTime at = QDateTime::fromSecsSinceEpoch(1781500000, Qt::UTC);
        QCOMPARE(server::successEnvelopeAround(QJsonDocument(sample).toJson(QJsonDocument::Compact), at),
                 QJsonDocument(server::successEnvelope(sample, at)).toJson(QJsonDocument::Compact));
        for (const Case &c : cases) {
            const auto [etag, first] = tagOf(c.path);
            QVERIFY2(!etag.isEmpty(), qPrintable(c.path));
            QCOMPARE(tagOf(c.path).first, etag); // the same content, the same tag
            QCOMPARE(tagOf(c.path).second.object(), first.object());
            const Reply same = askAgain(c.path, etag);
            QVERIFY2(same.status == 304, qPrintable(c.path + u": "_s + same.describe()));
            QVERIFY(same.body.isEmpty());
            QCOMPARE(same.headers.value("etag"), etag);
            QVERIFY(!c.changed(first));
            c.change();
            const Reply fresh = askAgain(c.path, etag);
            QVERIFY2(fresh.status == 200, qPrintable(c.path + u": "_s + fresh.describe()));
            QVERIFY2(c.changed(fresh), qPrintable(c.path));
            QVERIFY(fresh.headers.value("etag") != etag);
            QCOMPARE(fresh.json.value(u"success"_s).toBool(), true);
            QVERIFY(!fresh.json.value(u"metadata"_s).toObject().value(u"timestamp"_s).toString().isEmpty());
        }
    }

    void demoDataIsACafe()
    {
        const QJsonObject menu = m_api->get(u"/api/v1/menu"_s).object();
        QVERIFY(menu.value(u"categories"_s).toArray().size() >= 5);
        const QJsonArray items = menu.value(u"items"_s).toArray();
        QVERIFY(items.size() >= 30);
        QSet<QString> stations;
        for (const auto &v : items) {
            const QJsonObject i = v.toObject();
            QVERIFY(!i.value(u"name_th"_s).toString().isEmpty());
            QVERIFY(Money::parse(i.value(u"price"_s).toString()).ok());
            stations.insert(i.value(u"station"_s).toString());
        }
        QCOMPARE(stations, (QSet<QString>{u"kitchen"_s, u"dimsum"_s, u"bar"_s}));
        Api w = staff(u"waiter1"_s);
        const QJsonObject plan = w.get(u"/api/v1/floor-plan"_s).object();
        QCOMPARE(plan.value(u"zones"_s).toArray().size(), 2);
        QVERIFY(plan.value(u"tables"_s).toArray().size() >= 16);
        // Restarting with --demo never seeds twice.
        QVERIFY(m_fx.restart());
        QCOMPARE(Api(m_fx.url()).get(u"/api/v1/menu"_s).object().value(u"items"_s).toArray().size(), items.size());
    }

    void looseInputIsRefused()
    {
        Api m = staff(u"manager1"_s);
        // Names are one line of printable text.
        const QString catId = m.get(u"/api/v1/menu"_s).object().value(u"categories"_s).toArray().at(0).toObject().value(u"id"_s).toString();
        for (const QString &name : {u"Pad\u0000thai"_s, u"Pad\nthai"_s, u"Pad\tthai"_s, u"\u007f"_s}) {
            const Reply r = m.postNew(
                u"/api/v1/menu/items"_s,
                {{u"category_id"_s, catId}, {u"name"_s, name}, {u"price"_s, u"10.00"_s}, {u"station"_s, u"kitchen"_s}});
            CHECK_STATUS(r, 400);
            QCOMPARE(r.errorField(), u"name"_s);
        }
        // The shop's name cannot be blanked; another setting in the same request changes nothing.
        const Reply blank = m.request("PUT", u"/api/v1/settings"_s, {{u"shop_name"_s, u"   "_s}, {u"service_charge_percent"_s, u"5"_s}});
        CHECK_STATUS(blank, 400);
        QCOMPARE(blank.errorField(), u"shop_name"_s);
        QCOMPARE(m.get(u"/api/v1/settings"_s).object().value(u"service_charge_percent"_s).toString(), u"10"_s);
        // The event stream is a WebSocket: a plain GET is told to upgrade.
        const Reply plain = m.get(u"/api/v1/events"_s);
        CHECK_STATUS(plain, 426);
        QCOMPARE(plain.headers.value("upgrade"), QByteArray("websocket"));
        QVERIFY(plain.json.contains(u"error"_s));
    }

    void pathIdsHaveOneSpelling()
    {
        // "+1", "01", " 1" and "1\0" are not order 1: 404, never another spelling of it.
        Api w = staff(u"waiter1"_s);
        const QString id = w.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"2"_s}, {u"guests"_s, 2}}).object().value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        CHECK_STATUS(w.get(u"/api/v1/orders/"_s + id), 200);
        for (const QString &spelling :
             QStringList{u"+"_s + id, u"0"_s + id, u"%20"_s + id, id + u"%00"_s, id + u"%20"_s, u"-"_s + id, id + u".0"_s}) {
            const Reply r = w.raw("GET", u"/api/v1/orders/"_s + spelling, {});
            QVERIFY2(r.status == 404, qPrintable(spelling + u" → "_s + r.describe()));
        }
        // Codes stay codes.
        const QString ticket =
            Api(m_fx.url()).post(u"/api/v1/queue-tickets"_s, {{u"party_size"_s, 2}}).object().value(u"ticket_id"_s).toString();
        CHECK_STATUS(w.get(u"/api/v1/queue-tickets/"_s + ticket), 200);
    }

    void idempotentReplayAndReuse()
    {
        Api w = staff(u"waiter1"_s);
        const QHash<QByteArray, QByteArray> key{{"Idempotency-Key", "order-key-1"}};
        const QJsonObject body{{u"table_id"_s, u"6"_s}, {u"guests"_s, 3}};
        const Reply first = w.post(u"/api/v1/orders"_s, body, key);
        CHECK_STATUS(first, 201);
        QVERIFY(!first.headers.contains("idempotent-replayed"));
        const Reply second = w.post(u"/api/v1/orders"_s, body, key);
        CHECK_STATUS(second, 201);
        QCOMPARE(second.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(second.body, first.body);
        const Reply alias = w.post(u"/api/v1/orders"_s, body, {{"X-Idempotency-Key", "order-key-1"}});
        QCOMPARE(alias.headers.value("idempotent-replayed"), QByteArray("true"));
        const Reply reused = w.post(u"/api/v1/orders"_s, {{u"table_id"_s, u"7"_s}, {u"guests"_s, 3}}, key);
        CHECK_STATUS(reused, 422);
        QCOMPARE(reused.errorCode(), u"IDEMPOTENCY_KEY_REUSED"_s);
        const Reply missing = w.post(u"/api/v1/orders"_s, body);
        CHECK_STATUS(missing, 400);
        QCOMPARE(w.get(u"/api/v1/orders?table_id=6"_s).object().value(u"orders"_s).toArray().size(), 1);
        // Keys are per user: the same key from another user is a new request.
        Api c = staff(u"cashier1"_s);
        const Reply other = c.post(u"/api/v1/orders"_s, {{u"table_id"_s, u"7"_s}, {u"guests"_s, 1}}, key);
        CHECK_STATUS(other, 201);
    }

    void concurrentDuplicatesExecuteOnce()
    {
        Api w = staff(u"waiter1"_s);
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 16; ++i)
            replies << postAsync(nam, m_fx.url() + u"/api/v1/orders"_s, w.token(), "burst-key",
                                 {{u"table_id"_s, u"8"_s}, {u"guests"_s, 6}});
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }), 30000);
        QSet<QString> ids;
        for (QNetworkReply *r : replies) {
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QVERIFY2(status == 201 || status == 409, qPrintable(QString::number(status)));
            const QJsonObject j = QJsonDocument::fromJson(r->readAll()).object();
            if (status == 201)
                ids.insert(j.value(u"data"_s).toObject().value(u"id"_s).toString());
            else
                QCOMPARE(j.value(u"error"_s).toObject().value(u"code"_s).toString(), u"REQUEST_IN_PROGRESS"_s);
            r->deleteLater();
        }
        QCOMPARE(ids.size(), 1);
        auto count = m_fx.server().database().scalar(u"SELECT COUNT(*) FROM orders WHERE table_id = '8'"_s);
        QCOMPARE(count->toInt(), 1);
    }

    void generalRateLimitPerUser()
    {
        m_fx.server().state().config.rateLimitPerMinute = 5;
        Api w = staff(u"waiter1"_s);
        for (int i = 0; i < 5; ++i)
            CHECK_STATUS(w.get(u"/api/v1/tables"_s), 200);
        const Reply r = w.get(u"/api/v1/tables"_s);
        CHECK_STATUS(r, 429);
        QVERIFY(r.headers.value("retry-after").toInt() >= 1);
        // Another user still gets through.
        Api c = staff(u"cashier1"_s);
        CHECK_STATUS(c.get(u"/api/v1/tables"_s), 200);
    }

    /// The newest event's seq.
    qint64 newestSeq() { return m_fx.server().database().scalar(u"SELECT MAX(seq) FROM events"_s)->toLongLong(); }

    void eventSeqsGoOnAfterEveryEventIsPruned()
    {
        // The next event's seq follows the newest one's, even when pruning took every event and
        // the server restarted: a client that saw seq n never sees n again.
        Api w = staff(u"waiter1"_s);
        CHECK_STATUS(w.request("PATCH", u"/api/v1/tables/18"_s, {{u"status"_s, u"CLEANING"_s}}), 200);
        const qint64 before = newestSeq();
        QVERIFY(before > 0);
        const qint64 old = qint64(m_fx.config().eventRetentionMinutes + 5) * 60'000;
        QVERIFY(m_fx.server().database().exec(u"UPDATE events SET created_at = created_at - ?"_s, {old}));
        QVERIFY(m_fx.restart()); // (it prunes what is older than the retention as it starts)
        QCOMPARE(m_fx.server().database().scalar(u"SELECT COUNT(*) FROM events"_s)->toInt(), 0);
        Api again = staff(u"waiter1"_s);
        CHECK_STATUS(again.request("PATCH", u"/api/v1/tables/18"_s, {{u"status"_s, u"VACANT"_s}}), 200);
        QCOMPARE(newestSeq(), before + 1);
    }

    void restartKeepsEverythingAcknowledged()
    {
        Api w = staff(u"waiter1"_s);
        const QString orderId = openOrder(w, u"16"_s);
        CHECK_STATUS(addItems(w, orderId, {item(menuId(u"Pad thai with shrimp"_s), 2)}), 200);
        const qint64 seqBefore = newestSeq();
        QVERIFY(m_fx.restart());
        Api again = staff(u"waiter1"_s);
        const QJsonObject o = again.get(u"/api/v1/orders/"_s + orderId).object();
        QCOMPARE(o.value(u"items"_s).toArray().size(), 1);
        QCOMPARE(o.value(u"subtotal"_s).toString(), u"178.00"_s);
        QCOMPARE(tableStatus(u"16"_s), u"SEATED"_s);
        // The old token still works: the signing key survived the restart.
        CHECK_STATUS(w.get(u"/api/v1/tables"_s), 200);
        again.post(u"/api/v1/orders/%1/send"_s.arg(orderId));
        const qint64 seqAfter = newestSeq();
        QVERIFY(seqAfter > seqBefore);
    }

    void metricsInPrometheusFormat()
    {
        m_api->get(u"/api/v1/menu"_s);
        const Reply r = m_api->get(u"/metrics"_s);
        CHECK_STATUS(r, 200);
        QVERIFY(r.headers.value("content-type").startsWith("text/plain"));
        for (const char *name :
             {"tavola_http_requests_total{route=\"GET /api/v1/menu\",status=\"200\"}", "tavola_http_request_duration_seconds_bucket",
              "tavola_open_orders", "tavola_websocket_clients", "tavola_idempotent_replays_total", "tavola_rate_limited_total"})
            QVERIFY2(r.body.contains(name), name);
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server_api.moc"
