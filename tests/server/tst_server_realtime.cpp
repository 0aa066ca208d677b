// WebSocket events, transport hardening and the tavola-server process, on SQLite or PostgreSQL.
#include "domain/clock.h"
#include "domain/json.h"
#include "eventclient.h"
#include "serverharness.h"
#include "serverstate.h"
#include "storage/database.h"
#include "testutil.h"

#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>
#include <QWebSocket>
#include <QtEndian>

#include <optional>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;
using tavola::test::runProcess;

namespace {

QByteArray rawExchange(quint16 port, const QByteArray &request, int waitMs = 5000)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000))
        return {};
    s.write(request);
    QByteArray out;
    (void)QTest::qWaitFor(
        [&] {
            out += s.readAll();
            return s.state() == QAbstractSocket::UnconnectedState || out.contains("\r\n\r\n");
        },
        waitMs);
    QTest::qWait(50);
    out += s.readAll();
    return out;
}

/// A raw WebSocket over a plain socket, to send what a real client library never would.
struct RawWebSocket
{
    QTcpSocket s;
    QByteArray in;

    /// Returns the handshake's answer head ("HTTP/1.1 101 ..." when upgraded).
    QByteArray open(quint16 port, const QByteArray &token, const QByteArray &key = "dGhlIHNhbXBsZSBub25jZQ==")
    {
        s.connectToHost(QHostAddress::LocalHost, port);
        if (!s.waitForConnected(5000))
            return {};
        QByteArray req = "GET /api/v1/events HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                         "Sec-WebSocket-Version: 13\r\n";
        if (!key.isEmpty())
            req += "Sec-WebSocket-Key: " + key + "\r\n";
        req += "Authorization: Bearer " + token + "\r\n\r\n";
        s.write(req);
        (void)QTest::qWaitFor(
            [&] {
                in += s.readAll();
                return in.contains("\r\n\r\n") || s.state() == QAbstractSocket::UnconnectedState;
            },
            10000);
        const qsizetype end = in.indexOf("\r\n\r\n");
        const QByteArray head = in.left(end);
        in.remove(0, end + 4);
        return head;
    }
    static QByteArray frame(quint8 opcode, const QByteArray &payload, bool masked)
    {
        QByteArray f;
        f.append(char(0x80 | opcode));
        f.append(char((masked ? 0x80 : 0) | payload.size())); // short payloads only
        const char mask[4] = {0x11, 0x22, 0x33, 0x44};
        if (masked)
            f.append(mask, 4);
        for (qsizetype i = 0; i < payload.size(); ++i)
            f.append(masked ? char(payload[i] ^ mask[i % 4]) : payload[i]);
        return f;
    }
    /// Reads server frames until one of `opcode` arrives; its payload.
    std::optional<QByteArray> next(quint8 opcode)
    {
        std::optional<QByteArray> found;
        (void)QTest::qWaitFor(
            [&] {
                in += s.readAll();
                while (in.size() >= 2) {
                    const int len = quint8(in[1]) & 0x7F; // the server's frames here are short
                    if (len > 125 || in.size() < 2 + len)
                        break;
                    const quint8 op = quint8(in[0]) & 0x0F;
                    const QByteArray payload = in.mid(2, len);
                    in.remove(0, 2 + len);
                    if (op == opcode) {
                        found = payload;
                        return true;
                    }
                }
                return s.state() == QAbstractSocket::UnconnectedState;
            },
            10000);
        return found;
    }
    bool closed()
    {
        return QTest::qWaitFor([&] { return s.state() == QAbstractSocket::UnconnectedState; }, 10000);
    }
};

} // namespace

class TestServerRealtime : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;

    Api staff(const QString &user) { return staffApi(m_fx.url(), user); }

private slots:
    void init() { QVERIFY(m_fx.start()); }
    void cleanup() { m_fx.stop(); }

    void eventsArriveAfterTheChange()
    {
        Api w = staff(u"waiter1"_s);
        EventClient c;
        QVERIFY(c.open(m_fx.url(), w.token()));
        QVERIFY(c.waitForType(u"hello"_s));
        const Reply r = w.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"2"_s}, {u"guests"_s, 2}});
        QCOMPARE(r.status, 201);
        QVERIFY(c.waitFor(u"table.status_changed"_s));
        QVERIFY(c.waitFor(u"order.status_changed"_s));
        const QJsonObject e = c.events(u"table.status_changed"_s).first();
        QCOMPARE(e.value(u"data"_s).toObject().value(u"table_id"_s).toString(), u"2"_s);
        QCOMPARE(e.value(u"data"_s).toObject().value(u"status"_s).toString(), u"SEATED"_s);
        QCOMPARE(e.value(u"data"_s).toObject().value(u"order_id"_s).toString(), r.object().value(u"id"_s).toString());
        // Since when the party sits, so a floor plan shows the minutes without reloading.
        const auto seatedAt = parseTime(e.value(u"data"_s).toObject().value(u"seated_at"_s).toString());
        QVERIFY(seatedAt);
        QVERIFY(std::abs(seatedAt->secsTo(clock::nowUtc())) < 60);
        QVERIFY(!e.value(u"ts"_s).toString().isEmpty());
        // seq increases by one per event.
        const auto all = c.events();
        for (qsizetype i = 1; i < all.size(); ++i)
            QCOMPARE(all[i].value(u"seq"_s).toInteger(), all[i - 1].value(u"seq"_s).toInteger() + 1);
    }

    void failedRequestsEmitNothing()
    {
        Api w = staff(u"waiter1"_s);
        EventClient c;
        QVERIFY(c.open(m_fx.url(), w.token()));
        QVERIFY(c.waitForType(u"hello"_s));
        w.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"2"_s}, {u"guests"_s, 2}});
        QVERIFY(c.waitFor(u"order.status_changed"_s));
        const qsizetype before = c.events().size();
        // All-or-nothing add with a bad item: no event, and the seq counter did not move.
        const QString orderId =
            w.get(u"/api/v1/orders?table_id=2"_s).object().value(u"orders"_s).toArray().at(0).toObject().value(u"id"_s).toString();
        const Reply bad = w.postNew(
            u"/api/v1/orders/%1/items"_s.arg(orderId),
            {{u"items"_s,
              QJsonArray{QJsonObject{{u"menu_id"_s, u"1"_s}, {u"qty"_s, 1}}, QJsonObject{{u"menu_id"_s, u"9999"_s}, {u"qty"_s, 1}}}}});
        QCOMPARE(bad.status, 400);
        w.post(u"/api/v1/orders/%1/send"_s.arg(orderId)); // fails: nothing to send
        QTest::qWait(200);
        QCOMPARE(c.events().size(), before);
        const Reply good = w.postNew(u"/api/v1/orders/%1/items"_s.arg(orderId),
                                     {{u"items"_s, QJsonArray{QJsonObject{{u"menu_id"_s, u"1"_s}, {u"qty"_s, 1}}}}});
        QCOMPARE(good.status, 200);
        QVERIFY(c.waitFor(u"order.updated"_s));
        QCOMPARE(c.events().last().value(u"seq"_s).toInteger(), c.events()[before - 1].value(u"seq"_s).toInteger() + 1);
    }

    void resumeReplaysMissedEventsInOrder()
    {
        Api w = staff(u"waiter1"_s);
        EventClient first;
        QVERIFY(first.open(m_fx.url(), w.token()));
        w.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"3"_s}, {u"guests"_s, 2}});
        QVERIFY(first.waitFor(u"order.status_changed"_s));
        const qint64 lastSeen = first.events().last().value(u"seq"_s).toInteger();
        first.ws.close();
        (void)QTest::qWaitFor([&] { return first.ws.state() == QAbstractSocket::UnconnectedState; }, 5000);

        // Missed while away: two orders opened.
        w.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"4"_s}, {u"guests"_s, 2}});
        w.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"5"_s}, {u"guests"_s, 2}});

        EventClient again;
        QVERIFY(again.open(m_fx.url(), w.token()));
        again.send({{u"type"_s, u"resume"_s}, {u"after_seq"_s, lastSeen}});
        QVERIFY(again.waitFor(u"order.status_changed"_s, 2));
        const auto replayed = again.events();
        QCOMPARE(replayed.first().value(u"seq"_s).toInteger(), lastSeen + 1);
        for (qsizetype i = 1; i < replayed.size(); ++i)
            QCOMPARE(replayed[i].value(u"seq"_s).toInteger(), replayed[i - 1].value(u"seq"_s).toInteger() + 1);
        QStringList tables;
        for (const auto &e : again.events(u"table.status_changed"_s))
            tables << e.value(u"data"_s).toObject().value(u"table_id"_s).toString();
        QCOMPARE(tables, (QStringList{u"4"_s, u"5"_s}));

        // Live events keep flowing after the replay.
        w.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"6"_s}, {u"guests"_s, 2}});
        QVERIFY(again.waitFor(u"order.status_changed"_s, 3));
    }

    void resumeTooOldAsksForResync()
    {
        Api w = staff(u"waiter1"_s);
        w.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"3"_s}, {u"guests"_s, 2}});
        // Events older than the retention are pruned; a client that far behind must reload.
        m_fx.server().state().advanceClock(qint64(m_fx.config().eventRetentionMinutes + 5) * 60'000);
        (void)m_fx.server().database().exec(u"DELETE FROM events WHERE created_at < ?"_s,
                                            {server::toMs(m_fx.server().state().now()) - 60'000});
        w.login(u"waiter1"_s, u"2000"_s); // the old token expired with the clock move
        w.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"4"_s}, {u"guests"_s, 2}});
        EventClient c;
        QVERIFY(c.open(m_fx.url(), w.token()));
        c.send({{u"type"_s, u"resume"_s}, {u"after_seq"_s, 0}});
        QVERIFY(c.waitForType(u"resync_required"_s));
    }

    QString userId(Api &manager, const QString &username)
    {
        for (const QJsonValue &u : manager.get(u"/api/v1/users"_s).object().value(u"users"_s).toArray())
            if (u.toObject().value(u"username"_s).toString() == username)
                return u.toObject().value(u"id"_s).toString();
        return {};
    }
    static bool closedWith(EventClient &c, int code)
    {
        return QTest::qWaitFor([&] { return c.ws.state() == QAbstractSocket::UnconnectedState; }, 10000) && c.ws.closeCode() == code;
    }
    /// Something every staff socket hears: a table's status changes.
    void touchTable(const QString &table, const QString &status)
    {
        CHECK_STATUS(staff(u"waiter1"_s).request("PATCH", u"/api/v1/tables/"_s + table, {{u"status"_s, status}}), 200);
    }

    void aSocketClosesWhenItsTokenExpiresUnlessRenewed()
    {
        EventClient expiring;
        QVERIFY(expiring.open(m_fx.url(), staff(u"waiter1"_s).token()));
        EventClient renewed;
        QVERIFY(renewed.open(m_fx.url(), staff(u"waiter1"_s).token()));
        QVERIFY(expiring.waitForType(u"hello"_s) && renewed.waitForType(u"hello"_s));
        m_fx.server().state().advanceClock(10 * 60 * 1000);
        renewed.send({{u"type"_s, u"auth"_s}, {u"access_token"_s, staff(u"waiter1"_s).token()}});
        QVERIFY(renewed.waitForType(u"authenticated"_s));
        m_fx.server().state().advanceClock(6 * 60 * 1000); // the first tokens are 16 minutes old
        touchTable(u"8"_s, u"CLEANING"_s);
        QVERIFY(closedWith(expiring, 4001));
        QVERIFY(renewed.waitFor(u"table.status_changed"_s));
        QCOMPARE(renewed.ws.state(), QAbstractSocket::ConnectedState);
        // Someone else's token does not renew a socket.
        renewed.send({{u"type"_s, u"auth"_s}, {u"access_token"_s, staff(u"cashier1"_s).token()}});
        QVERIFY(closedWith(renewed, 4001));
    }

    void aSocketClosesWhenItsUserIsDisabledOrSignsOut()
    {
        Api m = staff(u"manager1"_s);
        Api w = staff(u"waiter1"_s);
        EventClient disabled;
        QVERIFY(disabled.open(m_fx.url(), w.token()));
        EventClient otherUser;
        QVERIFY(otherUser.open(m_fx.url(), staff(u"cashier1"_s).token()));
        QVERIFY(disabled.waitForType(u"hello"_s) && otherUser.waitForType(u"hello"_s));
        CHECK_STATUS(m.request("PATCH", u"/api/v1/users/"_s + userId(m, u"waiter1"_s), {{u"active"_s, false}}), 200);
        QVERIFY(closedWith(disabled, 4003));
        QCOMPARE(otherUser.ws.state(), QAbstractSocket::ConnectedState);

        // Signing out of one till ends that till's socket, not the same user's other till.
        Api tillA(m_fx.url());
        const QString refreshA = tillA.post(u"/api/v1/auth/login"_s, {{u"username"_s, u"cashier1"_s}, {u"pin"_s, u"1000"_s}})
                                     .object()
                                     .value(u"refresh_token"_s)
                                     .toString();
        tillA.setToken(
            Api(m_fx.url()).post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, refreshA}}).object().value(u"access_token"_s).toString());
        Api tillB = staff(u"cashier1"_s);
        EventClient a;
        QVERIFY(a.open(m_fx.url(), tillA.token()));
        EventClient b;
        QVERIFY(b.open(m_fx.url(), tillB.token()));
        QVERIFY(a.waitForType(u"hello"_s) && b.waitForType(u"hello"_s));
        QVERIFY(!tillA.token().isEmpty());
        CHECK_STATUS(tillA.post(u"/api/v1/auth/logout"_s, {}), 204); // every sign-in of cashier1
        QVERIFY(closedWith(a, 4004));
        QVERIFY(closedWith(b, 4004));
        QVERIFY(closedWith(otherUser, 4004)); // cashier1 too
    }

    void aDemotedUserStopsHearingWhatTheirNewRoleMayNot()
    {
        // A cashier hears payments; demoted to kitchen, the next payment is not theirs to hear.
        Api m = staff(u"manager1"_s);
        EventClient c;
        QVERIFY(c.open(m_fx.url(), staff(u"cashier1"_s).token()));
        QVERIFY(c.waitForType(u"hello"_s));
        auto payCash = [&](const QString &table) {
            const QString order = billAtCheckout(m_fx.url(), table);
            CHECK_STATUS(
                m.postNew(u"/api/v1/payments"_s, {{u"order_id"_s, order}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"500.00"_s}}),
                201);
        };
        payCash(u"1"_s);
        QVERIFY(c.waitFor(u"payment.paid"_s));
        CHECK_STATUS(m.request("PATCH", u"/api/v1/users/"_s + userId(m, u"cashier1"_s), {{u"role"_s, u"kitchen"_s}}), 200);
        payCash(u"2"_s);
        const int tableEvents = int(c.events(u"table.status_changed"_s).size());
        touchTable(u"9"_s, u"CLEANING"_s); // a staff event after the payment: it arrives, the payment did not
        QVERIFY(c.waitFor(u"table.status_changed"_s, tableEvents + 1));
        QCOMPARE(c.events(u"payment.paid"_s).size(), 1);
        QCOMPARE(c.ws.state(), QAbstractSocket::ConnectedState);
    }

    void subscribeNarrowsTopics()
    {
        Api k = staff(u"kitchen1"_s);
        EventClient c;
        QVERIFY(c.open(m_fx.url(), k.token()));
        c.send({{u"type"_s, u"subscribe"_s}, {u"topics"_s, QJsonArray{u"kitchen"_s}}});
        QVERIFY(c.waitForType(u"subscribed"_s));
        Api w = staff(u"waiter1"_s);
        const QString orderId =
            w.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"3"_s}, {u"guests"_s, 2}}).object().value(u"id"_s).toString();
        w.postNew(u"/api/v1/orders/%1/items"_s.arg(orderId),
                  {{u"items"_s, QJsonArray{QJsonObject{{u"menu_id"_s, u"1"_s}, {u"qty"_s, 2}}}}});
        w.post(u"/api/v1/orders/%1/send"_s.arg(orderId));
        QVERIFY(c.waitFor(u"kitchen.ticket_created"_s));
        QTest::qWait(100);
        for (const auto &e : c.events())
            QVERIFY2(e.value(u"type"_s).toString().startsWith(u"kitchen."_s), qPrintable(e.value(u"type"_s).toString()));
    }

    void aCustomerDisplayFollowsItsTill()
    {
        // A display on its own machine subscribes to "display"; a till publishes what its guest sees.
        Api display = staff(u"waiter1"_s);
        EventClient c;
        QVERIFY(c.open(m_fx.url(), display.token()));
        c.send({{u"type"_s, u"subscribe"_s}, {u"topics"_s, QJsonArray{u"display"_s}}});
        QVERIFY(c.waitForType(u"subscribed"_s));
        EventClient everything; // a till listening to everything is not sent other tills' guest screens
        Api other = staff(u"cashier1"_s);
        QVERIFY(everything.open(m_fx.url(), other.token()));
        Api till = staff(u"cashier1"_s);
        CHECK_STATUS(till.get(u"/api/v1/customer-displays/front"_s), 404); // nothing shown yet
        const QJsonObject view{
            {u"stage"_s, u"order"_s},
            {u"table"_s, u"T3"_s},
            {u"lines"_s,
             QJsonArray{QJsonObject{{u"name"_s, u"Pad thai"_s}, {u"name_th"_s, u"ผัดไทย"_s}, {u"qty"_s, 2}, {u"amount"_s, u"178.00"_s}}}},
            {u"total"_s, u"195.80"_s}};
        CHECK_STATUS(till.request("PUT", u"/api/v1/customer-displays/front"_s, view), 200);
        QVERIFY(c.waitFor(u"display.updated"_s));
        const QJsonObject data = c.events(u"display.updated"_s).first().value(u"data"_s).toObject();
        QCOMPARE(data.value(u"till"_s).toString(), u"front"_s);
        QCOMPARE(data.value(u"lines"_s).toArray().first().toObject().value(u"name_th"_s).toString(), u"ผัดไทย"_s);
        const Reply got = display.get(u"/api/v1/customer-displays/front"_s);
        CHECK_STATUS(got, 200);
        QCOMPARE(got.object().value(u"total"_s).toString(), u"195.80"_s);
        // A QR stage without its QR, an unknown stage, a bad till name: refused, nothing changes.
        QCOMPARE(till.request("PUT", u"/api/v1/customer-displays/front"_s, {{u"stage"_s, u"promptpay"_s}}).errorField(), u"qr_payload"_s);
        CHECK_STATUS(till.request("PUT", u"/api/v1/customer-displays/front"_s, {{u"stage"_s, u"dancing"_s}}), 400);
        CHECK_STATUS(till.request("PUT", u"/api/v1/customer-displays/front%20desk"_s, view), 404);
        CHECK_STATUS(till.request("PUT", u"/api/v1/customer-displays/front"_s,
                                  {{u"stage"_s, u"order"_s}, {u"lines"_s, QJsonArray{QJsonObject{{u"qty"_s, 1}}}}}),
                     400);
        QCOMPARE(display.get(u"/api/v1/customer-displays/front"_s).object().value(u"total"_s).toString(), u"195.80"_s);
        CHECK_STATUS(Api(m_fx.url()).get(u"/api/v1/customer-displays/front"_s), 401);
        QTest::qWait(100);
        QVERIFY(everything.events(u"display.updated"_s).isEmpty());
    }

    void scaleOutAcrossInstances()
    {
        if (!usingPostgres())
            QSKIP("several instances share a PostgreSQL database; this is the SQLite run");
        server::ServerConfig second = m_fx.config();
        second.port = 0;
        server::TavolaServer b(second);
        QVERIFY(b.start().ok());
        Api onB(b.url());
        onB.login(u"cashier1"_s, u"1000"_s);
        EventClient c;
        QVERIFY(c.open(b.url(), onB.token()));
        QVERIFY(c.waitForType(u"hello"_s));
        // The change happens on instance A; the client connected to B sees it, in seq order.
        Api onA = staff(u"waiter1"_s);
        QCOMPARE(onA.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"7"_s}, {u"guests"_s, 2}}).status, 201);
        QVERIFY(c.waitFor(u"order.status_changed"_s));
        QCOMPARE(c.events(u"table.status_changed"_s).first().value(u"data"_s).toObject().value(u"table_id"_s).toString(), u"7"_s);
        // And the other way round, with one sequence across both.
        QCOMPARE(onB.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"8"_s}, {u"guests"_s, 2}}).status, 201);
        QVERIFY(c.waitFor(u"order.status_changed"_s, 2));
        const auto all = c.events();
        for (qsizetype i = 1; i < all.size(); ++i)
            QCOMPARE(all[i].value(u"seq"_s).toInteger(), all[i - 1].value(u"seq"_s).toInteger() + 1);
        // The one-open-order-per-table rule holds across instances too.
        const Reply clash = onB.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"7"_s}, {u"guests"_s, 2}});
        QCOMPARE(clash.status, 409);
        b.stop();
    }

    // PostgreSQL restarts under two instances: each renews its subscription by itself, and a
    // client on B gets the change made on A afterwards, with no seq missed. (The delay is printed:
    // a fifth of a second at most after the database is back.)
    void eventsResumeAfterPostgresRestarts()
    {
        if (!usingPostgres())
            QSKIP("PostgreSQL's LISTEN/NOTIFY; this is the SQLite run");
        // A cluster of its own: the suite's shared one must not restart under the other tests.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile::setPermissions(dir.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                  | QFile::ExeOther); // the postgres user's, when we are root
        const QString pgDir = dir.filePath(u"pg"_s);
        QProcess cluster;
        cluster.start(u"" TAVOLA_PG_CLUSTER ""_s, {u"start"_s, pgDir});
        QVERIFY(cluster.waitForFinished(120'000));
        QVERIFY2(cluster.exitCode() == 0, cluster.readAllStandardError().constData());
        auto stopCluster = qScopeGuard([&] { QProcess::execute(u"" TAVOLA_PG_CLUSTER ""_s, {u"stop"_s, pgDir}); });
        server::ServerConfig config = m_fx.config();
        config.port = 0;
        config.database = QString::fromUtf8(cluster.readAllStandardOutput()).trimmed();
        server::TavolaServer a(config);
        QVERIFY(a.start().ok());
        server::TavolaServer b(config);
        QVERIFY(b.start().ok());
        Api onB(b.url());
        QVERIFY(!onB.login(u"cashier1"_s, u"1000"_s).isEmpty());
        EventClient c;
        QVERIFY(c.open(b.url(), onB.token()));
        QVERIFY(c.waitForType(u"hello"_s));
        Api onA = staffApi(a.url(), u"waiter1"_s);
        QCOMPARE(onA.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"7"_s}, {u"guests"_s, 2}}).status, 201);
        QVERIFY(c.waitFor(u"order.status_changed"_s));

        QCOMPARE(QProcess::execute(u"" TAVOLA_PG_CLUSTER ""_s, {u"restart"_s, pgDir}), 0); // returns once it accepts connections
        QElapsedTimer back;
        back.start();
        // A request that meets the dropped connection gets 503 and reconnects; a till tries again.
        Reply opened;
        for (int tries = 0;
             tries < 100 && (opened = onA.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"8"_s}, {u"guests"_s, 2}})).status != 201;
             ++tries) {
            qInfo("try %d: %s", tries, qPrintable(opened.describe().left(300)));
            QTest::qWait(200);
        }
        QVERIFY2(opened.status == 201, qPrintable(opened.describe()));
        QVERIFY(c.waitFor(u"order.status_changed"_s, 2));
        qInfo("the change made on A reached B's client %lld ms after PostgreSQL was back", back.elapsed());
        const auto all = c.events();
        for (qsizetype i = 1; i < all.size(); ++i)
            QCOMPARE(all[i].value(u"seq"_s).toInteger(), all[i - 1].value(u"seq"_s).toInteger() + 1);
        a.stop();
        b.stop();
    }

    void unauthenticatedSocketsAreRefused()
    {
        EventClient c;
        QVERIFY(!c.open(m_fx.url(), QString()));
        EventClient forged;
        QVERIFY(!forged.open(m_fx.url(), u"abc.def.ghi"_s));
        // A plain GET on the events path is not a WebSocket.
        Api w = staff(u"waiter1"_s);
        const Reply plain = w.get(u"/api/v1/events"_s);
        QVERIFY2(plain.status == 426 || plain.status == 404 || plain.status == 405, qPrintable(plain.describe()));
    }

    void queueStatusPageSocketSeesOnlyItsTicket()
    {
        Api pub(m_fx.url());
        const QJsonObject a1 = pub.post(u"/api/v1/queue-tickets"_s, {{u"party_size"_s, 2}}).object();
        const QJsonObject a2 = pub.post(u"/api/v1/queue-tickets"_s, {{u"party_size"_s, 2}}).object();
        const QString secret2 = a2.value(u"status_url"_s).toString().section(u"t="_s, 1);
        EventClient page;
        QVERIFY(!page.open(m_fx.url(), QString(), u"?queue_ticket=A002&t=wrong"_s));
        EventClient page2;
        QVERIFY(page2.open(m_fx.url(), QString(), u"?queue_ticket=A002&t="_s + secret2));
        Api w = staff(u"waiter1"_s);
        w.post(u"/api/v1/queue-tickets/A001/call"_s); // A002 moves up: it hears about it
        QVERIFY(page2.waitFor(u"queue.updated"_s));
        const QJsonObject moved = page2.events(u"queue.updated"_s).first().value(u"data"_s).toObject();
        QCOMPARE(moved.value(u"ticket_id"_s).toString(), u"A002"_s);
        QCOMPARE(moved.value(u"position"_s).toInt(), 0);
        w.post(u"/api/v1/queue-tickets/A002/call"_s);
        QVERIFY(page2.waitFor(u"queue.updated"_s, 2));
        for (const auto &e : page2.events())
            QCOMPARE(e.value(u"data"_s).toObject().value(u"ticket_id"_s).toString(), u"A002"_s);
        QCOMPARE(page2.events(u"queue.updated"_s).last().value(u"data"_s).toObject().value(u"status"_s).toString(), u"CALLED"_s);
        QVERIFY(a1.contains(u"ticket_id"_s));
    }

    void theStatusPageOpensInThePhonesLanguage()
    {
        Api pub(m_fx.url());
        const QString url = pub.post(u"/api/v1/queue-tickets"_s, {{u"party_size"_s, 2}}).object().value(u"status_url"_s).toString();
        QVERIFY(url.startsWith(u"/q/"_s));
        const auto langOf = [&](const QByteArray &accept) {
            QHash<QByteArray, QByteArray> h;
            if (!accept.isEmpty())
                h.insert("Accept-Language", accept);
            const Reply r = pub.request("GET", url, {}, h);
            const int at = r.body.indexOf("<html lang=\"");
            return at < 0 ? QByteArray() : r.body.mid(at + 12, 2);
        };
        QCOMPARE(langOf("th-TH,th;q=0.9,en-US;q=0.8,en;q=0.7"), QByteArray("th")); // a Thai phone
        QCOMPARE(langOf("en-GB,en;q=0.9"), QByteArray("en")); // a tourist's
        QCOMPARE(langOf("fr-FR,fr;q=0.9,en;q=0.5,th;q=0.4"), QByteArray("en")); // the best we speak
        QCOMPARE(langOf("en;q=0.2, th"), QByteArray("th")); // weights, not order
        QCOMPARE(langOf("de, zh;q=0.8"), QByteArray("th")); // neither: the shop's Thai
        // No Accept-Language at all (QNetworkAccessManager always sends one: a raw request).
        const QByteArray bare = rawExchange(m_fx.server().port(),
                                            "GET " + url.toLatin1() + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QVERIFY2(bare.contains("<html lang=\"th\">"), bare.left(300).constData());
        QCOMPARE(langOf("en;q=abc, th;q=0.1"), QByteArray("th")); // a broken weight counts for nothing
        const Reply page = pub.request("GET", url, {}, {{"Accept-Language", "en"}});
        QCOMPARE(page.headers.value("vary"), QByteArray("Accept-Language"));
    }

    void silentClientsAreDropped()
    {
        m_fx.stop();
        QVERIFY(m_fx.start([](server::ServerConfig &c) {
            c.pingIntervalSeconds = 1;
            c.clientTimeoutSeconds = 2;
        }));
        Api w = staff(u"waiter1"_s);
        // A raw socket that completes the handshake and then never answers pings.
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_fx.server().port());
        QVERIFY(s.waitForConnected(5000));
        s.write("GET /api/v1/events HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nAuthorization: Bearer "
                + w.token().toLatin1() + "\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&] { return s.bytesAvailable() > 0 || s.waitForReadyRead(100); }, 5000));
        QVERIFY(s.readAll().startsWith("HTTP/1.1 101"));
        QVERIFY(QTest::qWaitFor([&] { return s.state() == QAbstractSocket::UnconnectedState; }, 10000));
    }

    void oversizedBodiesGet413BeforeTheyAreRead()
    {
        const QByteArray head =
            "POST /api/v1/queue-tickets HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2000000\r\n\r\n";
        const QByteArray out = rawExchange(m_fx.server().port(), head);
        QVERIFY2(out.startsWith("HTTP/1.1 413"), out.constData());
        QVERIFY(out.contains("PAYLOAD_TOO_LARGE"));
        // And with the body actually streaming in: still a clean 413.
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_fx.server().port());
        QVERIFY(s.waitForConnected(5000));
        s.write(head);
        s.write(QByteArray(512 * 1024, 'x'));
        QByteArray got;
        (void)QTest::qWaitFor(
            [&] {
                got += s.readAll();
                return got.contains("\r\n\r\n");
            },
            5000);
        QVERIFY2(got.startsWith("HTTP/1.1 413"), got.constData());
        QCOMPARE(Api(m_fx.url()).get(u"/health"_s).status, 200);
    }

    void malformedRequests()
    {
        QVERIFY(rawExchange(m_fx.server().port(), "GARBAGE\r\n\r\n").startsWith("HTTP/1.1 400"));
        const QByteArray bad = "POST /api/v1/queue-tickets HTTP/1.1\r\nHost: x\r\nContent-Length: 7\r\n\r\n{oops!}";
        const QByteArray out = rawExchange(m_fx.server().port(), bad);
        QVERIFY2(out.startsWith("HTTP/1.1 400"), out.constData());
        QVERIFY(out.contains("MALFORMED_JSON"));
        QVERIFY(rawExchange(m_fx.server().port(), "GET /api/v1/menu HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .startsWith("HTTP/1.1 411"));
        // Content-Length is one header of plain decimal digits: a sign, a space inside or a second
        // copy (the start of request smuggling behind a proxy) is refused.
        for (const QByteArray &length : {QByteArray("+2"), QByteArray("2 2"), QByteArray("0x2"), QByteArray("2\r\nContent-Length: 2")}) {
            const QByteArray reply = rawExchange(m_fx.server().port(),
                                                 "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: " + length + "\r\n\r\n{}");
            QVERIFY2(reply.startsWith("HTTP/1.1 400") && reply.contains("Content-Length"), reply.constData());
        }
    }

    void clientsThatDisconnectMidRequest()
    {
        for (int i = 0; i < 20; ++i) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, m_fx.server().port());
            QVERIFY(s.waitForConnected(5000));
            if (i % 2 == 0) // half a body, then gone
                s.write("POST /api/v1/queue-tickets HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"party_size\":");
            else // a whole request, gone before the answer
                s.write("POST /api/v1/queue-tickets HTTP/1.1\r\nHost: x\r\nContent-Length: 16\r\n\r\n{\"party_size\":2}");
            s.flush();
            s.abort();
        }
        QTest::qWait(200);
        QCOMPARE(Api(m_fx.url()).get(u"/health"_s).status, 200);
        // The complete requests that arrived were applied once each; nothing half-written.
        Api w = staff(u"waiter1"_s);
        const QJsonArray tickets = w.get(u"/api/v1/queue-tickets?status=WAITING"_s).object().value(u"tickets"_s).toArray();
        QVERIFY(tickets.size() <= 10);
        for (const auto &t : tickets)
            QCOMPARE(t.toObject().value(u"party_size"_s).toInt(), 2);
    }

    void connectionHandling()
    {
        // Keep-alive: two requests on one connection, answered in order.
        const QByteArray two = "GET /health HTTP/1.1\r\nHost: x\r\n\r\nGET /api/v1/nope HTTP/1.1\r\nHost: x\r\n\r\n";
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_fx.server().port());
        QVERIFY(s.waitForConnected(5000));
        s.write(two);
        QByteArray got;
        QVERIFY(QTest::qWaitFor(
            [&] {
                got += s.readAll();
                return got.count("HTTP/1.1 ") >= 2;
            },
            5000));
        QVERIFY(got.indexOf("HTTP/1.1 200") < got.indexOf("HTTP/1.1 404"));
        QCOMPARE(s.state(), QAbstractSocket::ConnectedState);
        // Connection: close is honoured.
        s.write("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QVERIFY(QTest::qWaitFor(
            [&] {
                s.readAll();
                return s.state() == QAbstractSocket::UnconnectedState;
            },
            5000));
        // HTTP/1.0 closes after the answer.
        const QByteArray old = rawExchange(m_fx.server().port(), "GET /health HTTP/1.0\r\n\r\n");
        QVERIFY(old.startsWith("HTTP/1.1 200"));
    }

    void idleConnectionsAreClosed()
    {
        m_fx.stop();
        QVERIFY(m_fx.start([](server::ServerConfig &c) { c.idleTimeoutSeconds = 1; }));
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_fx.server().port());
        QVERIFY(s.waitForConnected(5000));
        QVERIFY(QTest::qWaitFor([&] { return s.state() == QAbstractSocket::UnconnectedState; }, 10000));
    }

    void slowRequestsAreCutOffWhateverTheyTrickle()
    {
        // Real elapsed time: a request gets 1 s for its headers and 2 s in all here (5 s and 15 s
        // by default), and sending a byte now and then does not restart that clock.
        m_fx.stop();
        QVERIFY(m_fx.start([](server::ServerConfig &c) {
            c.headerTimeoutSeconds = 1;
            c.requestTimeoutSeconds = 2;
        }));
        const quint16 port = m_fx.server().port();
        auto open = [port](QTcpSocket &s) {
            s.connectToHost(QHostAddress::LocalHost, port);
            return s.waitForConnected(5000);
        };
        // Headers trickled a byte every 300 ms: 408 and closed, long before an idle timeout.
        QTcpSocket trickle;
        QVERIFY(open(trickle));
        QByteArray got;
        const QByteArray head = "GET /health HTTP/1.1\r\nHost: x\r\n";
        for (qsizetype i = 0; i < head.size() && trickle.state() == QAbstractSocket::ConnectedState; ++i) {
            trickle.write(head.mid(i, 1));
            QTest::qWait(300);
            got += trickle.readAll();
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                got += trickle.readAll();
                return trickle.state() == QAbstractSocket::UnconnectedState;
            },
            10000));
        QVERIFY2(got.startsWith("HTTP/1.1 408"), got.constData());
        // A body shorter than its Content-Length: 408 once the request's time is up.
        QTcpSocket shortBody;
        QVERIFY(open(shortBody));
        shortBody.write(
            "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"username\"");
        got.clear();
        QVERIFY(QTest::qWaitFor(
            [&] {
                got += shortBody.readAll();
                return shortBody.state() == QAbstractSocket::UnconnectedState;
            },
            10000));
        QVERIFY2(got.startsWith("HTTP/1.1 408"), got.constData());
        // Bare LF line ends are refused at once.
        const QByteArray lf = rawExchange(port, "GET /health HTTP/1.1\nHost: x\n\n");
        QVERIFY2(lf.startsWith("HTTP/1.1 400"), lf.constData());
        const QByteArray mixed = rawExchange(port, "GET /health HTTP/1.1\r\nHost: x\nAccept: */*\r\n\r\n");
        QVERIFY2(mixed.startsWith("HTTP/1.1 400"), mixed.constData());
        // A well-formed request is still answered, and kept alive.
        QVERIFY(rawExchange(port, "GET /health HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 200"));
        // A large body that keeps the minimum rate (16 KiB/s by default) gets the time its size
        // needs: 48 KiB over about 3 s, past the 2 s request deadline, is read and answered.
        QTcpSocket upload;
        QVERIFY(open(upload));
        const QByteArray body = R"({"username":"nobody","pin":"0000")" + QByteArray(48 * 1024, ' ') + "}";
        upload.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n");
        for (qsizetype sent = 0; sent < body.size(); sent += body.size() / 6 + 1) {
            upload.write(body.mid(sent, body.size() / 6 + 1));
            QTest::qWait(500);
        }
        got.clear();
        QVERIFY(QTest::qWaitFor(
            [&] {
                got += upload.readAll();
                return got.contains("\r\n\r\n");
            },
            10000));
        QVERIFY2(got.startsWith("HTTP/1.1 401"), got.constData());
    }

    void aThousandSlowSocketsDoNotLockOutTheTills()
    {
        // An attacker opens 1,000 connections, twice what this server allows, each with a request
        // begun. The deadlines are long here so that the slots stay taken (the test above shows
        // the deadlines themselves): a till that signs in and reads the tables is still served.
        m_fx.stop();
        QVERIFY(m_fx.start([](server::ServerConfig &c) {
            c.maxConnections = 500;
            c.maxConnectionsPerAddress = 100'000; // the global limit, from one address here
            c.headerTimeoutSeconds = 600;
            c.requestTimeoutSeconds = 600;
        }));
        const quint16 port = m_fx.server().port();
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        for (int i = 0; i < 1000; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            s->connectToHost(QHostAddress::LocalHost, port);
            slow.push_back(std::move(s));
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(slow.begin(), slow.end(), [](const auto &s) { return s->state() == QAbstractSocket::ConnectedState; });
            },
            120000));
        for (auto &s : slow)
            s->write("G"); // a request begun, never finished
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.server().httpConnectionCount(), 500, 120000); // a bound, not a speed: slow under faketime
        // Every attacker socket has reached the server (the kernel may hold some back under load).
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::count_if(slow.begin(), slow.end(), [](const auto &s) { return s->state() == QAbstractSocket::ConnectedState; })
                    <= 500;
            },
            120000));
        // The till is served although every slot was taken.
        Api till(m_fx.url());
        QVERIFY(!till.login(u"cashier1"_s, u"1000"_s).isEmpty());
        CHECK_STATUS(till.get(u"/api/v1/tables"_s), 200);
        CHECK_STATUS(Api(m_fx.url()).get(u"/health"_s), 200);
        // The server never holds more than its limit: the attacker's oldest sockets made room.
        QVERIFY(m_fx.server().httpConnectionCount() <= 500);
    }

    void clientFramesMustBeMaskedAndWellFormed()
    {
        const QByteArray token = staff(u"waiter1"_s).token().toLatin1();
        const quint16 port = m_fx.server().port();
        // A proper client: masked frames are answered.
        RawWebSocket good;
        QVERIFY(good.open(port, token).startsWith("HTTP/1.1 101"));
        QVERIFY(good.next(0x1).has_value()); // hello
        good.s.write(RawWebSocket::frame(0x1, R"({"type":"ping"})", true));
        const auto pong = good.next(0x1);
        QVERIFY(pong.has_value());
        QCOMPARE(QJsonDocument::fromJson(*pong).object().value(u"type"_s).toString(), u"pong"_s);
        // An unmasked frame: closed with 1002 (protocol error), nothing answered.
        RawWebSocket unmasked;
        QVERIFY(unmasked.open(port, token).startsWith("HTTP/1.1 101"));
        QVERIFY(unmasked.next(0x1).has_value());
        unmasked.s.write(RawWebSocket::frame(0x1, R"({"type":"ping"})", false));
        const auto close = unmasked.next(0x8);
        QVERIFY(close.has_value());
        QCOMPARE(qFromBigEndian<quint16>(close->constData()), quint16(1002));
        QVERIFY(unmasked.closed());
        // Reserved bits, a binary message and bad UTF-8: each closes with its code.
        const QList<std::pair<QByteArray, quint16>> bad{
            {QByteArray(1, char(0xC1)) + RawWebSocket::frame(0x1, "{}", true).mid(1), 1002}, // RSV1
            {RawWebSocket::frame(0x2, "\x01\x02", true), 1003},
            {RawWebSocket::frame(0x1, "\xC3\x28", true), 1007},
        };
        for (const auto &[bytes, code] : bad) {
            RawWebSocket c;
            QVERIFY(c.open(port, token).startsWith("HTTP/1.1 101"));
            QVERIFY(c.next(0x1).has_value());
            c.s.write(bytes);
            const auto got = c.next(0x8);
            QVERIFY2(got.has_value(), bytes.toHex().constData());
            QCOMPARE(qFromBigEndian<quint16>(got->constData()), code);
        }
        // A handshake without its key is refused before any upgrade.
        RawWebSocket keyless;
        const QByteArray refused = keyless.open(port, token, QByteArray());
        QVERIFY2(refused.startsWith("HTTP/1.1 400"), refused.constData());
    }

    void oneAddressCannotTakeEverySlot()
    {
        // 1,000 slow sockets from 127.0.0.2 against a cap of 100 per address: the server holds at
        // most 100 of them, and tills on 127.0.0.1 (and one behind the attacker's address) are served.
        m_fx.stop();
        QVERIFY(m_fx.start([](server::ServerConfig &c) {
            c.maxConnectionsPerAddress = 100;
            c.headerTimeoutSeconds = 600;
            c.requestTimeoutSeconds = 600;
        }));
        const quint16 port = m_fx.server().port();
        const QHostAddress attacker(u"127.0.0.2"_s);
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        for (int i = 0; i < 1000; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            QVERIFY(s->bind(attacker));
            s->connectToHost(QHostAddress::LocalHost, port);
            slow.push_back(std::move(s));
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(slow.begin(), slow.end(), [](const auto &s) { return s->state() != QAbstractSocket::ConnectingState; });
            },
            120000));
        for (auto &s : slow) {
            if (s->state() == QAbstractSocket::ConnectedState)
                s->write("G");
        }
        // Every attacker socket has reached the server (the kernel's accept queue may hold some
        // back under load): only the cap's worth stay open, the rest were closed for newer ones.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::count_if(slow.begin(), slow.end(), [](const auto &s) { return s->state() == QAbstractSocket::ConnectedState; })
                    <= 100;
            },
            60000));
        QVERIFY2(m_fx.server().httpConnectionCount() <= 100, qPrintable(QString::number(m_fx.server().httpConnectionCount())));
        Api till(m_fx.url());
        QVERIFY(!till.login(u"cashier1"_s, u"1000"_s).isEmpty());
        CHECK_STATUS(till.get(u"/api/v1/tables"_s), 200);
        // A till behind the same address still gets in: the attacker's longest-waiting socket gives way.
        QTcpSocket sameNat;
        QVERIFY(sameNat.bind(attacker));
        sameNat.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(sameNat.waitForConnected(5000));
        sameNat.write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray got;
        QVERIFY(QTest::qWaitFor(
            [&] {
                got += sameNat.readAll();
                return got.contains("\r\n\r\n");
            },
            10000));
        QVERIFY2(got.startsWith("HTTP/1.1 200"), got.constData());
        QVERIFY(m_fx.server().httpConnectionCount() <= 102);
    }

    void aFullDiskIsSaidPlainly()
    {
        if (usingPostgres())
            QSKIP("simulated with SQLite's max_page_count; PostgreSQL's disk_full (53100) maps to the same answer");
        Api w = staffApi(m_fx.url(), u"waiter1"_s);
        const QString order =
            w.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"3"_s}, {u"guests"_s, 2}}).object().value(u"id"_s).toString();
        const QString tea = menuItemId(w, u"Thai iced tea"_s);
        QVERIFY(!order.isEmpty() && !tea.isEmpty());
        // The database may not grow any more: as if the disk were full.
        server::Database &db = m_fx.server().database();
        const qint64 pages = db.scalar(u"PRAGMA page_count"_s)->toLongLong();
        QVERIFY(db.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)).ok());
        Reply full;
        for (int i = 0; i < 400 && full.status != 503; ++i) {
            full = w.postNew(
                u"/api/v1/orders/%1/items"_s.arg(order),
                {{u"items"_s,
                  QJsonArray{QJsonObject{{u"menu_id"_s, tea}, {u"qty"_s, 1}, {u"note"_s, QString(190, QChar(u'a' + i % 26))}}}}});
            QVERIFY2(full.status == 200 || full.status == 503, qPrintable(full.describe()));
        }
        // Said as what it is (not "unreachable"), with a time to come back.
        CHECK_STATUS(full, 503);
        QCOMPARE(full.errorCode(), u"STORAGE_FULL"_s);
        QVERIFY(!full.headers.value("retry-after").isEmpty());
        const Reply health = Api(m_fx.url()).get(u"/health"_s);
        QCOMPARE(health.status, 503);
        QCOMPARE(health.json.value(u"database"_s).toString(), u"degraded"_s);
        QVERIFY2(health.json.value(u"reason"_s).toString().contains(u"full"_s), health.body.constData());
        // Space again: writes go through and the server is healthy.
        QVERIFY(db.exec(u"PRAGMA max_page_count = 1073741823"_s).ok());
        CHECK_STATUS(
            w.postNew(u"/api/v1/orders/%1/items"_s.arg(order), {{u"items"_s, QJsonArray{QJsonObject{{u"menu_id"_s, tea}, {u"qty"_s, 1}}}}}),
            200);
        const Reply healthy = Api(m_fx.url()).get(u"/health"_s);
        QCOMPARE(healthy.status, 200);
        QCOMPARE(healthy.json.value(u"database"_s).toString(), u"connected"_s);
    }

    void healthSaysWhenTheDatabaseIsGone()
    {
        m_fx.server().database().close();
        if (usingPostgres()) {
            // A wrong port makes reconnection fail for real.
            auto &db = m_fx.server().database().connection();
            db.setPort(1);
        } else {
            m_fx.server().database().connection().setDatabaseName(u"/nonexistent-dir/x/tavola.db"_s);
        }
        const Reply h = Api(m_fx.url()).get(u"/health"_s);
        QCOMPARE(h.status, 503);
        QCOMPARE(h.json.value(u"database"_s).toString(), u"disconnected"_s);
    }

    void theExecutable()
    {
        QTemporaryDir dir;
        QProcess p;
        QProcessEnvironment env = tavola::test::childEnvironment();
        env.insert(u"TAVOLA_RATE_LIMIT_PER_MINUTE"_s, u"1000"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TAVOLA_SERVER), {u"--demo"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, freshDatabaseUrl(dir)});
        QVERIFY(p.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return p.canReadLine(); }, 30000));
        const QString first = QString::fromUtf8(p.readLine()).trimmed();
        QVERIFY2(first.startsWith(u"tavola-server listening on http://127.0.0.1:"_s), qPrintable(first));
        const QString url = first.section(u' ', 3);
        QCOMPARE(Api(url).get(u"/health"_s).status, 200);
        // Secrets are never logged.
#ifdef Q_OS_UNIX
        ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
#else
        QSKIP("stops the server with SIGTERM, a POSIX signal (Windows uses the console control handler)");
#endif
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QByteArray logs = p.readAllStandardError() + p.readAllStandardOutput();
        QVERIFY(!logs.contains("demo-manager"));

        QByteArray err;
        QCOMPARE(runProcess(QStringLiteral(TAVOLA_SERVER), {u"--listen"_s, u"nonsense"_s}, nullptr, &err), 2);
        QVERIFY(err.contains("HOST:PORT"));
        QCOMPARE(runProcess(QStringLiteral(TAVOLA_SERVER), {u"--db"_s, u"mysql://x"_s, u"--listen"_s, u"127.0.0.1:0"_s}, nullptr, &err), 1);
        QVERIFY(err.contains("sqlite"));
        // Outside demo mode an empty database needs a first administrator.
        QCOMPARE(
            runProcess(QStringLiteral(TAVOLA_SERVER), {u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, freshDatabaseUrl(dir)}, nullptr, &err),
            1);
        QVERIFY(err.contains("admin"));
    }
};

QTEST_GUILESS_MAIN(TestServerRealtime)
#include "tst_server_realtime.moc"
