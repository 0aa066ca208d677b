// tavola-server REST contract over real HTTP on loopback, on SQLite or PostgreSQL.
#include "serverharness.h"
#include "serverstate.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;


class TestServerApi : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;
    std::unique_ptr<Api> m_api;

    Api staff(const QString &user) { return staffApi(m_fx.url(), user); }

    QString openOrder(Api &a, const QString &tableId, int guests = 2)
    {
        const Reply r = a.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, tableId}, {u"guests"_s, guests}});
        return r.status == 201 ? r.object().value(u"id"_s).toString() : QString();
    }

    Reply addItems(Api &a, const QString &orderId, const QJsonArray &items)
    {
        return a.postNew(u"/api/v1/orders/%1/items"_s.arg(orderId), {{u"items"_s, items}});
    }

    static QJsonObject item(const QString &menuId, int qty, const QStringList &mods = {}, const QString &note = {})
    {
        QJsonObject o{{u"menu_id"_s, menuId}, {u"qty"_s, qty}, {u"modifier_ids"_s, QJsonArray::fromStringList(mods)}};
        if (!note.isEmpty())
            o.insert(u"note"_s, note);
        return o;
    }

    /// Finds a demo menu item by English name.
    QString menuId(const QString &name)
    {
        const Reply r = Api(m_fx.url()).get(u"/api/v1/menu"_s);
        for (const auto &v : r.object().value(u"items"_s).toArray()) {
            if (v.toObject().value(u"name"_s).toString() == name)
                return v.toObject().value(u"id"_s).toString();
        }
        return {};
    }

    QString tableStatus(const QString &tableId)
    {
        Api a = staff(u"waiter1"_s);
        for (const auto &v : a.get(u"/api/v1/tables"_s).object().value(u"tables"_s).toArray()) {
            if (v.toObject().value(u"id"_s).toString() == tableId)
                return v.toObject().value(u"status"_s).toString();
        }
        return {};
    }

private slots:
    void init()
    {
        QVERIFY(m_fx.start());
        m_api = std::make_unique<Api>(m_fx.url());
    }

    void cleanup()
    {
        m_api.reset();
        m_fx.stop();
    }

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

    void loginWithPasswordAndPin()
    {
        const Reply pw = m_api->post(u"/api/v1/auth/login"_s, {{u"username"_s, u"manager1"_s}, {u"password"_s, u"demo-manager"_s}});
        CHECK_STATUS(pw, 200);
        const QJsonObject d = pw.object();
        QCOMPARE(d.value(u"expires_in"_s).toInt(), 900);
        QVERIFY(!d.value(u"refresh_token"_s).toString().isEmpty());
        QCOMPARE(d.value(u"user"_s).toObject().value(u"role"_s).toString(), u"manager"_s);
        QCOMPARE(d.value(u"user"_s).toObject().value(u"username"_s).toString(), u"manager1"_s);
        // The token is a JWT whose claims say who and for whom.
        const QList<QByteArray> parts = d.value(u"access_token"_s).toString().toLatin1().split('.');
        QCOMPARE(parts.size(), 3);
        const QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
        for (const auto &k : {"sub", "role", "exp", "iat", "iss", "aud"})
            QVERIFY2(claims.contains(QLatin1String(k)), k);
        QCOMPARE(claims.value(u"exp"_s).toInteger() - claims.value(u"iat"_s).toInteger(), 900);

        const Reply pin = m_api->post(u"/api/v1/auth/login"_s, {{u"username"_s, u"cashier1"_s}, {u"pin"_s, u"1000"_s}});
        CHECK_STATUS(pin, 200);
        const Reply bad = m_api->post(u"/api/v1/auth/login"_s, {{u"username"_s, u"cashier1"_s}, {u"pin"_s, u"9999"_s}});
        CHECK_STATUS(bad, 401);
        QCOMPARE(bad.errorCode(), u"UNAUTHENTICATED"_s);
        const Reply nobody = m_api->post(u"/api/v1/auth/login"_s, {{u"username"_s, u"ghost"_s}, {u"password"_s, u"whatever1"_s}});
        CHECK_STATUS(nobody, 401);
        const Reply noUser = m_api->post(u"/api/v1/auth/login"_s, {{u"pin"_s, u"1000"_s}});
        CHECK_STATUS(noUser, 400);
        QCOMPARE(noUser.errorField(), u"username"_s);
        // A correct PIN does not excuse an ill-typed or unknown field beside it.
        const Reply both = m_api->post(u"/api/v1/auth/login"_s, {{u"username"_s, u"cashier1"_s}, {u"pin"_s, u"1000"_s}, {u"password"_s, true}});
        CHECK_STATUS(both, 400);
        QCOMPARE(both.errorField(), u"password"_s);
        const Reply extra = m_api->post(u"/api/v1/auth/login"_s, {{u"username"_s, u"cashier1"_s}, {u"pin"_s, u"1000"_s}, {u"role"_s, u"admin"_s}});
        CHECK_STATUS(extra, 400);
        QCOMPARE(extra.errorField(), u"role"_s);
        const Reply typed = m_api->post(u"/api/v1/auth/login"_s, {{u"username"_s, u"cashier1"_s}, {u"pin"_s, 1000}});
        CHECK_STATUS(typed, 400);
    }

    void passwordsAreStoredAsSlowHashes()
    {
        auto rows = m_fx.server().database().rows(u"SELECT password_hash, pin_hash FROM users"_s);
        QVERIFY(rows.ok());
        QVERIFY(rows->size() >= 5);
        for (const auto &r : *rows) {
            const QString pw = r.value(u"password_hash"_s).toString();
            QVERIFY(pw.startsWith(u"pbkdf2-sha256$"_s));
            QVERIFY(server::hashIterations(pw) >= 100000);
            QVERIFY(!pw.contains(u"demo-"_s));
        }
    }

    void failedLoginsAreRateLimited()
    {
        for (int i = 0; i < 5; ++i)
            CHECK_STATUS(m_api->post(u"/api/v1/auth/login"_s, {{u"username"_s, u"waiter1"_s}, {u"pin"_s, u"0000"_s}}), 401);
        const Reply limited = m_api->post(u"/api/v1/auth/login"_s, {{u"username"_s, u"waiter1"_s}, {u"pin"_s, u"2000"_s}});
        CHECK_STATUS(limited, 429);
        QCOMPARE(limited.errorCode(), u"RATE_LIMITED"_s);
        QVERIFY(limited.headers.value("retry-after").toInt() > 0);
        // After a minute it works again.
        m_fx.server().state().advanceClock(61'000);
        CHECK_STATUS(m_api->post(u"/api/v1/auth/login"_s, {{u"username"_s, u"waiter1"_s}, {u"pin"_s, u"2000"_s}}), 200);
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

    void tokensExpireAndRefreshRotates()
    {
        const Reply login = m_api->post(u"/api/v1/auth/login"_s, {{u"username"_s, u"cashier1"_s}, {u"pin"_s, u"1000"_s}});
        const QString refresh1 = login.object().value(u"refresh_token"_s).toString();
        m_api->setToken(login.object().value(u"access_token"_s).toString());
        CHECK_STATUS(m_api->get(u"/api/v1/tables"_s), 200);

        m_fx.server().state().advanceClock(16 * 60 * 1000);
        const Reply expired = m_api->get(u"/api/v1/tables"_s);
        CHECK_STATUS(expired, 401);
        QCOMPARE(expired.errorCode(), u"UNAUTHENTICATED"_s);

        const Reply r1 = m_api->post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, refresh1}});
        CHECK_STATUS(r1, 200);
        const QString refresh2 = r1.object().value(u"refresh_token"_s).toString();
        QVERIFY(refresh2 != refresh1);
        m_api->setToken(r1.object().value(u"access_token"_s).toString());
        CHECK_STATUS(m_api->get(u"/api/v1/tables"_s), 200);

        // Reusing the old token revokes the whole family: the new one stops working too.
        CHECK_STATUS(m_api->post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, refresh1}}), 401);
        CHECK_STATUS(m_api->post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, refresh2}}), 401);
    }

    void logoutRevokesTheRefreshToken()
    {
        const Reply login = m_api->post(u"/api/v1/auth/login"_s, {{u"username"_s, u"waiter1"_s}, {u"pin"_s, u"2000"_s}});
        m_api->setToken(login.object().value(u"access_token"_s).toString());
        CHECK_STATUS(m_api->post(u"/api/v1/auth/logout"_s, {{u"refresh_token"_s, login.object().value(u"refresh_token"_s).toString()}}), 204);
        CHECK_STATUS(m_api->post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, login.object().value(u"refresh_token"_s).toString()}}), 401);
        // A logout body of the wrong type is refused; it does not end every session instead.
        const Reply other = m_api->post(u"/api/v1/auth/login"_s, {{u"username"_s, u"waiter1"_s}, {u"pin"_s, u"2000"_s}});
        const Reply mine = m_api->post(u"/api/v1/auth/login"_s, {{u"username"_s, u"waiter1"_s}, {u"pin"_s, u"2000"_s}});
        m_api->setToken(mine.object().value(u"access_token"_s).toString());
        const Reply typed = m_api->post(u"/api/v1/auth/logout"_s, {{u"refresh_token"_s, 123}});
        CHECK_STATUS(typed, 400);
        QCOMPARE(typed.errorField(), u"refresh_token"_s);
        CHECK_STATUS(m_api->post(u"/api/v1/auth/logout"_s, {{u"everything"_s, true}}), 400);
        CHECK_STATUS(m_api->post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, other.object().value(u"refresh_token"_s).toString()}}), 200);
    }

    void looseInputIsRefused()
    {
        Api m = staff(u"manager1"_s);
        // Names are one line of printable text.
        const QString catId = m.get(u"/api/v1/menu"_s).object().value(u"categories"_s).toArray().at(0).toObject().value(u"id"_s).toString();
        for (const QString &name : {u"Pad\u0000thai"_s, u"Pad\nthai"_s, u"Pad\tthai"_s, u"\u007f"_s}) {
            const Reply r = m.postNew(u"/api/v1/menu/items"_s, {{u"category_id"_s, catId}, {u"name"_s, name}, {u"price"_s, u"10.00"_s}, {u"station"_s, u"kitchen"_s}});
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

    void forgedAndMissingTokens()
    {
        CHECK_STATUS(m_api->get(u"/api/v1/tables"_s), 401);
        Api w = staff(u"waiter1"_s);
        QString forged = w.token();
        const QList<QString> parts = forged.split(u'.');
        // Claim to be admin with the waiter's signature.
        QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding)).object();
        claims[u"role"_s] = u"admin"_s;
        forged = parts[0] + u'.' + QString::fromLatin1(QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) + u'.' + parts[2];
        w.setToken(forged);
        CHECK_STATUS(w.get(u"/api/v1/users"_s), 401);
        w.setToken(u"not-a-jwt"_s);
        CHECK_STATUS(w.get(u"/api/v1/tables"_s), 401);
        // The real token with characters outside base64url added or inserted is not the token.
        const QString real = staff(u"waiter1"_s).token();
        w.setToken(real);
        CHECK_STATUS(w.get(u"/api/v1/tables"_s), 200);
        const qsizetype mid = real.lastIndexOf(u'.') + 5;
        for (const QString &bent : QStringList{real + u"=="_s, real + u"***"_s, real + u"!!"_s, real.left(mid) + u"***"_s + real.mid(mid),
                                    real.left(mid) + u"!!"_s + real.mid(mid), real.left(10) + u"=="_s + real.mid(10)}) {
            w.setToken(bent);
            QVERIFY2(w.get(u"/api/v1/tables"_s).status == 401, qPrintable(bent));
        }
    }

    void pathIdsHaveOneSpelling()
    {
        // "+1", "01", " 1" and "1\0" are not order 1: 404, never another spelling of it.
        Api w = staff(u"waiter1"_s);
        const QString id = w.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"2"_s}, {u"guests"_s, 2}}).object().value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        CHECK_STATUS(w.get(u"/api/v1/orders/"_s + id), 200);
        for (const QString &spelling : QStringList{u"+"_s + id, u"0"_s + id, u"%20"_s + id, id + u"%00"_s, id + u"%20"_s, u"-"_s + id, id + u".0"_s}) {
            const Reply r = w.raw("GET", u"/api/v1/orders/"_s + spelling, {});
            QVERIFY2(r.status == 404, qPrintable(spelling + u" → "_s + r.describe()));
        }
        // Codes stay codes.
        const QString ticket = Api(m_fx.url()).post(u"/api/v1/queue-tickets"_s, {{u"party_size"_s, 2}}).object().value(u"ticket_id"_s).toString();
        CHECK_STATUS(w.get(u"/api/v1/queue-tickets/"_s + ticket), 200);
    }

    // Every role × every endpoint: 403 exactly where docs/api.md's permission table says "no".
    void permissionMatrix_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("allowed"); // "public" or roles
        const QStringList all{u"waiter"_s, u"cashier"_s, u"kitchen"_s, u"manager"_s, u"admin"_s};
        const QStringList floor{u"waiter"_s, u"cashier"_s, u"manager"_s, u"admin"_s};
        const QStringList mgr{u"manager"_s, u"admin"_s};
        auto row = [](const char *name, const char *m, const char *p, const QStringList &a) { QTest::newRow(name) << QByteArray(m) << QString::fromLatin1(p) << a; };
        row("GET menu", "GET", "/api/v1/menu", {u"public"_s});
        row("GET floor-plan", "GET", "/api/v1/floor-plan", all);
        row("PUT floor-plan", "PUT", "/api/v1/floor-plan", mgr);
        row("GET tables", "GET", "/api/v1/tables", all);
        row("PATCH table", "PATCH", "/api/v1/tables/1", floor);
        row("POST menu item", "POST", "/api/v1/menu/items", mgr);
        row("PUT menu item", "PUT", "/api/v1/menu/items/1", mgr);
        row("DELETE menu item", "DELETE", "/api/v1/menu/items/999", mgr);
        row("POST category", "POST", "/api/v1/menu/categories", mgr);
        row("PUT category", "PUT", "/api/v1/menu/categories/1", mgr);
        row("GET users", "GET", "/api/v1/users", mgr);
        row("POST users", "POST", "/api/v1/users", mgr);
        row("PATCH user", "PATCH", "/api/v1/users/999", mgr);
        row("POST queue", "POST", "/api/v1/queue-tickets", {u"public"_s});
        row("GET queue list", "GET", "/api/v1/queue-tickets", all);
        row("POST queue call", "POST", "/api/v1/queue-tickets/Z999/call", floor);
        row("POST queue seat", "POST", "/api/v1/queue-tickets/Z999/seat", floor);
        row("POST queue cancel", "POST", "/api/v1/queue-tickets/Z999/cancel", floor);
        row("POST queue no-show", "POST", "/api/v1/queue-tickets/Z999/no-show", floor);
        row("POST orders", "POST", "/api/v1/orders", floor);
        row("GET orders", "GET", "/api/v1/orders", all);
        row("GET order", "GET", "/api/v1/orders/999", all);
        row("POST items", "POST", "/api/v1/orders/999/items", floor);
        row("POST send", "POST", "/api/v1/orders/999/send", floor);
        row("POST void", "POST", "/api/v1/orders/999/items/1/void", {u"cashier"_s, u"manager"_s, u"admin"_s});
        row("POST discount", "POST", "/api/v1/orders/999/discount", mgr);
        row("POST checkout", "POST", "/api/v1/orders/999/checkout", floor);
        row("POST reopen", "POST", "/api/v1/orders/999/reopen", mgr);
        row("POST cancel", "POST", "/api/v1/orders/999/cancel", mgr);
        row("POST move", "POST", "/api/v1/orders/999/move", floor);
        row("GET kitchen", "GET", "/api/v1/kitchen/tickets", all);
        row("POST kitchen status", "POST", "/api/v1/kitchen/tickets/999/status", all);
        row("POST kitchen recall", "POST", "/api/v1/kitchen/tickets/999/recall", all);
        row("POST logout", "POST", "/api/v1/auth/logout", all);
        const QStringList tills{u"cashier"_s, u"manager"_s, u"admin"_s};
        row("POST payments", "POST", "/api/v1/payments", tills);
        row("GET payment", "GET", "/api/v1/payments/999", tills);
        row("GET order payments", "GET", "/api/v1/orders/999/payments", tills);
        row("POST refund", "POST", "/api/v1/payments/999/refund", tills);
        row("GET audit-log", "GET", "/api/v1/audit-log", mgr);
    }
    void permissionMatrix()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QStringList, allowed);
        Api anon(m_fx.url());
        const QHash<QByteArray, QByteArray> idem{{"Idempotency-Key", "perm-matrix"}};
        const Reply a = anon.request(method, path, {}, idem);
        if (allowed.contains(u"public"_s))
            QVERIFY2(a.status != 401 && a.status != 403, qPrintable(a.describe()));
        else
            QVERIFY2(a.status == 401, qPrintable(a.describe()));
        Api admin(m_fx.url());
        admin.login(u"admin"_s, u"demo-admin"_s, false);
        QHash<QString, QString> tokens{{u"admin"_s, admin.token()}};
        for (auto it = demoPins().cbegin(); it != demoPins().cend(); ++it) {
            Api s(m_fx.url());
            tokens.insert(it.key().chopped(1), s.login(it.key(), it.value()));
        }
        for (auto it = tokens.cbegin(); it != tokens.cend(); ++it) {
            Api s(m_fx.url());
            s.setToken(it.value());
            // A cashier voids with a manager's PIN (docs/api.md); the header changes nothing elsewhere.
            const Reply r = s.request(method, path, {}, {{"Idempotency-Key", QUuid::createUuid().toByteArray()}, {"X-Manager-Pin", "9000"}});
            const bool expectAllowed = allowed.contains(u"public"_s) || allowed.contains(it.key());
            if (expectAllowed)
                QVERIFY2(r.status != 403 && r.status != 401, qPrintable(it.key() + u": "_s + r.describe()));
            else
                QVERIFY2(r.status == 403 && r.errorCode() == u"FORBIDDEN"_s, qPrintable(it.key() + u": "_s + r.describe()));
        }
    }

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
        const QString tea = menuId(u"Thai iced tea"_s);                 // 45.00, "Extra pearls" +10
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
        const Reply sent = w.post(u"/api/v1/orders/%1/send"_s.arg(orderId));
        CHECK_STATUS(sent, 200);
        QCOMPARE(sent.object().value(u"status"_s).toString(), u"SERVING"_s);
        QCOMPARE(sent.object().value(u"items"_s).toArray().at(0).toObject().value(u"kitchen_status"_s).toString(), u"NEW"_s);
        QCOMPARE(tableStatus(u"3"_s), u"SERVING"_s);

        Api k = staff(u"kitchen1"_s);
        const QJsonArray dimsum = k.get(u"/api/v1/kitchen/tickets?station=dimsum"_s).data().toArray();
        const QJsonArray bar = k.get(u"/api/v1/kitchen/tickets?station=bar"_s).data().toArray();
        QCOMPARE(dimsum.size(), 1);
        QCOMPARE(bar.size(), 1);
        QCOMPARE(dimsum.at(0).toObject().value(u"items"_s).toArray().at(0).toObject().value(u"qty"_s).toInt(), 2);
        QCOMPARE(bar.at(0).toObject().value(u"items"_s).toArray().at(0).toObject().value(u"modifiers"_s).toArray().at(0).toString(), u"Extra pearls"_s);
        QCOMPARE(dimsum.at(0).toObject().value(u"table_name"_s).toString(), u"T3"_s);

        const Reply checkout = w.post(u"/api/v1/orders/%1/checkout"_s.arg(orderId));
        CHECK_STATUS(checkout, 200);
        QCOMPARE(checkout.object().value(u"status"_s).toString(), u"CHECKOUT"_s);
        QCOMPARE(tableStatus(u"3"_s), u"CHECKOUT"_s);
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
        auto audit = m_fx.server().database().rows(u"SELECT action FROM audit_log WHERE entity = 'order' AND entity_id = ? ORDER BY id"_s, {orderId});
        QStringList actions;
        for (const auto &r : *audit)
            actions << r.value(u"action"_s).toString();
        QCOMPARE(actions, (QStringList{u"order.open"_s, u"order.items.add"_s, u"order.send"_s, u"order.checkout"_s, u"order.reopen"_s, u"order.cancel"_s}));
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
        QCOMPARE(w.get(u"/api/v1/orders/"_s + orderId).object().value(u"items"_s).toArray().at(0).toObject().value(u"unit_price"_s).toString(), u"45.00"_s);
        const Reply unavailable = addItems(w, orderId, {item(tea, 1)});
        CHECK_STATUS(unavailable, 409);
        QCOMPARE(unavailable.errorCode(), u"ITEM_UNAVAILABLE"_s);
    }

    void menuManagement()
    {
        Api m = staff(u"manager1"_s);
        const Reply cat = m.postNew(u"/api/v1/menu/categories"_s, {{u"name"_s, u"Specials"_s}, {u"name_th"_s, u"เมนูพิเศษ"_s}, {u"sort"_s, 9}});
        CHECK_STATUS(cat, 201);
        const QString catId = cat.object().value(u"id"_s).toString();
        const qint64 before = m.get(u"/api/v1/menu"_s).object().value(u"version"_s).toInteger();
        const Reply created = m.postNew(u"/api/v1/menu/items"_s, {{u"category_id"_s, catId}, {u"name"_s, u"Durian puffs"_s},
                                                                 {u"name_th"_s, u"พัฟทุเรียน"_s}, {u"price"_s, u"79.00"_s}, {u"station"_s, u"dimsum"_s},
                                                                 {u"modifiers"_s, QJsonArray{QJsonObject{{u"name"_s, u"Extra"_s}, {u"price"_s, u"10.00"_s}}}}});
        CHECK_STATUS(created, 201);
        const QString id = created.object().value(u"id"_s).toString();
        QCOMPARE(created.object().value(u"modifiers"_s).toArray().size(), 1);
        QVERIFY(m.get(u"/api/v1/menu"_s).object().value(u"version"_s).toInteger() > before);
        const Reply badPrice = m.postNew(u"/api/v1/menu/items"_s, {{u"category_id"_s, catId}, {u"name"_s, u"X"_s}, {u"price"_s, 79}});
        CHECK_STATUS(badPrice, 400);
        QCOMPARE(badPrice.errorField(), u"price"_s);
        const Reply badCat = m.postNew(u"/api/v1/menu/items"_s, {{u"category_id"_s, u"777"_s}, {u"name"_s, u"X"_s}, {u"price"_s, u"1.00"_s}});
        QCOMPARE(badCat.errorField(), u"category_id"_s);
        CHECK_STATUS(m.request("DELETE", u"/api/v1/menu/items/"_s + id), 204);
        for (const auto &v : m.get(u"/api/v1/menu"_s).object().value(u"items"_s).toArray())
            QVERIFY(v.toObject().value(u"id"_s).toString() != id);
        CHECK_STATUS(m.request("DELETE", u"/api/v1/menu/items/424242"_s), 404);
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
            replies << postAsync(nam, m_fx.url() + u"/api/v1/orders"_s, w.token(), "burst-key", {{u"table_id"_s, u"8"_s}, {u"guests"_s, 6}});
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
        const Reply pct = m.post(u"/api/v1/orders/%1/discount"_s.arg(orderId), {{u"type"_s, u"percent"_s}, {u"value"_s, u"10"_s}, {u"reason"_s, u"regular"_s}});
        CHECK_STATUS(pct, 200);
        // 178 − 17.80 = 160.20; service 16.02; total 176.22.
        QCOMPARE(pct.object().value(u"discount"_s).toString(), u"17.80"_s);
        QCOMPARE(pct.object().value(u"total"_s).toString(), u"176.22"_s);
        const Reply tooMuch = m.post(u"/api/v1/orders/%1/discount"_s.arg(orderId), {{u"type"_s, u"amount"_s}, {u"value"_s, u"500.00"_s}, {u"reason"_s, u"x"_s}});
        CHECK_STATUS(tooMuch, 400);
        QCOMPARE(tooMuch.errorField(), u"value"_s);
        const Reply badValue = m.post(u"/api/v1/orders/%1/discount"_s.arg(orderId), {{u"type"_s, u"percent"_s}, {u"value"_s, 10}, {u"reason"_s, u"x"_s}});
        CHECK_STATUS(badValue, 400);
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

    void manualTableStatus()
    {
        Api w = staff(u"waiter1"_s);
        Reply r = w.request("PATCH", u"/api/v1/tables/1"_s, {{u"status"_s, u"CLEANING"_s}});
        CHECK_STATUS(r, 200);
        QCOMPARE(r.object().value(u"status"_s).toString(), u"CLEANING"_s);
        CHECK_STATUS(w.request("PATCH", u"/api/v1/tables/1"_s, {{u"status"_s, u"VACANT"_s}}), 200);
        r = w.request("PATCH", u"/api/v1/tables/1"_s, {{u"status"_s, u"SERVING"_s}});
        CHECK_STATUS(r, 400);
        QCOMPARE(r.errorField(), u"status"_s);
        openOrder(w, u"2"_s);
        r = w.request("PATCH", u"/api/v1/tables/2"_s, {{u"status"_s, u"CLEANING"_s}});
        CHECK_STATUS(r, 409);
        QCOMPARE(r.errorCode(), u"TABLE_OCCUPIED"_s);
        CHECK_STATUS(w.request("PATCH", u"/api/v1/tables/nope"_s, {{u"status"_s, u"CLEANING"_s}}), 404);
    }

    void floorPlanSaveAndConflicts()
    {
        Api m = staff(u"manager1"_s);
        QJsonObject plan = m.get(u"/api/v1/floor-plan"_s).object();
        const qint64 version = plan.value(u"version"_s).toInteger();
        QJsonArray tables = plan.value(u"tables"_s).toArray();
        QJsonObject t1 = tables.at(0).toObject();
        t1[u"x"_s] = 333.5;
        t1[u"rotation"_s] = 90;
        tables[0] = t1;
        tables.append(QJsonObject{{u"id"_s, u"new-1"_s}, {u"name"_s, u"T99"_s}, {u"zone_id"_s, u"terrace"_s}, {u"seats"_s, 4},
                                  {u"shape"_s, u"round"_s}, {u"x"_s, 10}, {u"y"_s, 900}, {u"w"_s, 90}, {u"h"_s, 90}, {u"rotation"_s, 0}});
        plan[u"tables"_s] = tables;
        const Reply saved = m.request("PUT", u"/api/v1/floor-plan"_s, plan);
        CHECK_STATUS(saved, 200);
        QCOMPARE(saved.object().value(u"version"_s).toInteger(), version + 1);
        QCOMPARE(saved.object().value(u"tables"_s).toArray().at(0).toObject().value(u"x"_s).toDouble(), 333.5);
        QCOMPARE(saved.object().value(u"tables"_s).toArray().size(), tables.size());

        const Reply stale = m.request("PUT", u"/api/v1/floor-plan"_s, plan); // still the old version
        CHECK_STATUS(stale, 409);
        QCOMPARE(stale.errorCode(), u"VERSION_CONFLICT"_s);

        Api w = staff(u"waiter1"_s);
        openOrder(w, u"new-1"_s);
        QJsonObject latest = saved.object();
        QJsonArray without;
        for (const auto &t : latest.value(u"tables"_s).toArray())
            if (t.toObject().value(u"id"_s).toString() != u"new-1"_s)
                without.append(t);
        latest[u"tables"_s] = without;
        const Reply occupied = m.request("PUT", u"/api/v1/floor-plan"_s, latest);
        CHECK_STATUS(occupied, 409);
        QCOMPARE(occupied.errorCode(), u"TABLE_OCCUPIED"_s);

        QJsonObject broken = saved.object();
        QJsonArray bt = broken.value(u"tables"_s).toArray();
        QJsonObject b0 = bt.at(0).toObject();
        b0[u"zone_id"_s] = u"mars"_s;
        bt[0] = b0;
        broken[u"tables"_s] = bt;
        const Reply invalid = m.request("PUT", u"/api/v1/floor-plan"_s, broken);
        CHECK_STATUS(invalid, 400);
        QCOMPARE(invalid.errorField(), u"tables[0].zone_id"_s);
    }

    void queueTickets()
    {
        Api pub(m_fx.url());
        const Reply a1 = pub.post(u"/api/v1/queue-tickets"_s, {{u"party_size"_s, 2}, {u"name"_s, u"Somsri"_s}, {u"phone"_s, u"081-234-5678"_s}});
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
        QCOMPARE(w.get(u"/api/v1/orders/"_s + orderId).object().value(u"items"_s).toArray().at(0).toObject().value(u"kitchen_status"_s).toString(), u"READY"_s);
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
            const Reply r = k.get(u"/api/v1/kitchen/tickets?station=kitchen&limit=2"_s + (after.isEmpty() ? QString() : u"&after="_s + after));
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

    void userManagement()
    {
        Api m = staff(u"manager1"_s);
        const Reply created = m.postNew(u"/api/v1/users"_s, {{u"username"_s, u"waiter2"_s}, {u"display_name"_s, u"Khun Ploy"_s},
                                                           {u"role"_s, u"waiter"_s}, {u"pin"_s, u"2222"_s}});
        CHECK_STATUS(created, 201);
        Api w2(m_fx.url());
        QVERIFY(!w2.login(u"waiter2"_s, u"2222"_s).isEmpty());
        CHECK_STATUS(m.postNew(u"/api/v1/users"_s, {{u"username"_s, u"boss"_s}, {u"role"_s, u"admin"_s}, {u"password"_s, u"long-enough-1"_s}}), 403);
        CHECK_STATUS(m.postNew(u"/api/v1/users"_s, {{u"username"_s, u"waiter2"_s}, {u"role"_s, u"waiter"_s}, {u"pin"_s, u"3333"_s}}), 400);
        CHECK_STATUS(m.postNew(u"/api/v1/users"_s, {{u"username"_s, u"x"_s}, {u"role"_s, u"waiter"_s}, {u"pin"_s, u"12"_s}}), 400);
        const QString id = created.object().value(u"id"_s).toString();
        CHECK_STATUS(m.request("PATCH", u"/api/v1/users/"_s + id, {{u"active"_s, false}}), 200);
        CHECK_STATUS(w2.get(u"/api/v1/tables"_s), 401); // disabled accounts lose access at once
        Api admin(m_fx.url());
        admin.login(u"admin"_s, u"demo-admin"_s, false);
        CHECK_STATUS(admin.postNew(u"/api/v1/users"_s, {{u"username"_s, u"boss"_s}, {u"role"_s, u"admin"_s}, {u"password"_s, u"long-enough-1"_s}}), 201);
    }

    void restartKeepsEverythingAcknowledged()
    {
        Api w = staff(u"waiter1"_s);
        const QString orderId = openOrder(w, u"16"_s);
        CHECK_STATUS(addItems(w, orderId, {item(menuId(u"Pad thai with shrimp"_s), 2)}), 200);
        const qint64 seqBefore = m_fx.server().database().scalar(u"SELECT value FROM counters WHERE name = 'event_seq'"_s)->toLongLong();
        QVERIFY(m_fx.restart());
        Api again = staff(u"waiter1"_s);
        const QJsonObject o = again.get(u"/api/v1/orders/"_s + orderId).object();
        QCOMPARE(o.value(u"items"_s).toArray().size(), 1);
        QCOMPARE(o.value(u"subtotal"_s).toString(), u"178.00"_s);
        QCOMPARE(tableStatus(u"16"_s), u"SEATED"_s);
        // The old token still works: the signing key survived the restart.
        CHECK_STATUS(w.get(u"/api/v1/tables"_s), 200);
        again.post(u"/api/v1/orders/%1/send"_s.arg(orderId));
        const qint64 seqAfter = m_fx.server().database().scalar(u"SELECT value FROM counters WHERE name = 'event_seq'"_s)->toLongLong();
        QVERIFY(seqAfter > seqBefore);
    }

    void metricsInPrometheusFormat()
    {
        m_api->get(u"/api/v1/menu"_s);
        const Reply r = m_api->get(u"/metrics"_s);
        CHECK_STATUS(r, 200);
        QVERIFY(r.headers.value("content-type").startsWith("text/plain"));
        for (const char *name : {"tavola_http_requests_total{route=\"GET /api/v1/menu\",status=\"200\"}", "tavola_http_request_duration_seconds_bucket",
                                 "tavola_open_orders", "tavola_websocket_clients", "tavola_idempotent_replays_total", "tavola_rate_limited_total"})
            QVERIFY2(r.body.contains(name), name);
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server_api.moc"
