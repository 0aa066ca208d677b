// /api/v1/auth and /api/v1/users: sign-in with a PIN or a password, slow hashes, lockouts, tokens
// and their rotation, logout, forged tokens, the permission table and staff accounts.
#include "apitestbase.h"

#include <QPasswordDigestor>
#include <QScopeGuard>
#include <QTcpSocket>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;

class TestServerAuth : public ApiTestBase
{
    Q_OBJECT

private slots:
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
        const Reply both = m_api->post(u"/api/v1/auth/login"_s,
                                       {{u"username"_s, u"cashier1"_s}, {u"pin"_s, u"1000"_s}, {u"password"_s, true}});
        CHECK_STATUS(both, 400);
        QCOMPARE(both.errorField(), u"password"_s);
        const Reply extra = m_api->post(u"/api/v1/auth/login"_s,
                                        {{u"username"_s, u"cashier1"_s}, {u"pin"_s, u"1000"_s}, {u"role"_s, u"admin"_s}});
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

    // The hash is PBKDF2-HMAC-SHA256 to the letter: the standard's test vector (RFC 7914 §11), and
    // hashes made by the Qt routine the server used before still sign in (and the other way round).
    void secretHashesAreStandardPbkdf2()
    {
        QCOMPARE(server::pbkdf2Sha256("passwd", "salt", 1, 64).toHex(),
                 QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                            "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"));
        const QByteArray salt = "0123456789abcdef";
        const QByteArray before = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, "2468", salt, 1000, 32);
        const QString stored = u"pbkdf2-sha256$1000$%1$%2"_s.arg(QString::fromLatin1(salt.toBase64()),
                                                                 QString::fromLatin1(before.toBase64()));
        QVERIFY(server::verifySecret(u"2468"_s, stored));
        QVERIFY(!server::verifySecret(u"2469"_s, stored));
        const QStringList made = server::hashSecret(u"2468"_s, 1000).split(u'$');
        QCOMPARE(
            QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, "2468", QByteArray::fromBase64(made[2].toLatin1()), 1000, 32),
            QByteArray::fromBase64(made[3].toLatin1()));
        QVERIFY(!server::verifySecret(u"2468"_s, u"pbkdf2-sha256$1000$c2FsdA==$"_s)); // no hash: never a match
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

    // PINs are checked off the server's thread: a /health sent while four sign-ins are being
    // checked is answered before any of them (an order, not a time: bench/run has the figures).
    void healthIsAnsweredWhileSignInsAreHashing()
    {
        // A PIN five times as slow to check as usual (the check takes its strength from the hash).
        m_fx.server().state().config.passwordIterations = 600'000;
        Api m = staff(u"manager1"_s);
        CHECK_STATUS(m.postNew(u"/api/v1/users"_s, {{u"username"_s, u"slowpin"_s}, {u"role"_s, u"waiter"_s}, {u"pin"_s, u"4321"_s}}), 201);
        const QString hash = m_fx.server().database().scalar(u"SELECT pin_hash FROM users WHERE username = 'slowpin'"_s)->toString();
        QCOMPARE(server::hashIterations(hash), 600'000);

        QNetworkAccessManager nam; // one connection per request (up to six per host)
        QStringList answered;
        QList<QNetworkReply *> logins;
        for (int i = 0; i < 4; ++i) {
            QNetworkRequest req(QUrl(m_fx.url() + u"/api/v1/auth/login"_s));
            req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            QNetworkReply *r = nam.post(req, R"({"username":"slowpin","pin":"4321"})");
            connect(r, &QNetworkReply::finished, this, [&answered, i] { answered.append(u"login %1"_s.arg(i)); });
            logins.append(r);
        }
        // All four are being checked (the server says so while it goes on answering) …
        QTRY_VERIFY_WITH_TIMEOUT(m_api->get(u"/metrics"_s).body.contains("\ntavola_secret_work_in_flight 4\n"), 30'000);
        // … when /health is asked: it comes back first.
        QNetworkReply *health = nam.get(QNetworkRequest(QUrl(m_fx.url() + u"/health"_s)));
        connect(health, &QNetworkReply::finished, this, [&answered] { answered.append(u"health"_s); });
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 5, 60'000);
        QCOMPARE(answered.first(), u"health"_s);
        QCOMPARE(health->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        for (QNetworkReply *r : std::as_const(logins))
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(m_api->get(u"/metrics"_s).body.contains("\ntavola_secret_work_in_flight 0\n"));

        // On one connection answers keep the order of the requests, the sign-in's coming later.
        QTcpSocket socket;
        socket.connectToHost(QUrl(m_fx.url()).host(), quint16(QUrl(m_fx.url()).port()));
        QVERIFY(socket.waitForConnected(10'000));
        const QByteArray body = R"({"username":"slowpin","pin":"4321"})";
        socket.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body + "GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += socket.readAll()).count("HTTP/1.1 200") == 2 && got.contains("\"status\":\"ok\""), 60'000);
        QVERIFY2(got.indexOf("access_token") < got.indexOf("\"status\":\"ok\""), got.constData());
    }

    // Beyond `max_secret_work` sign-ins being hashed at once, the next is told to come back (429
    // with Retry-After) at once, not queued; those in progress succeed.
    void aFloodOfSignInsIsTurnedAwayNotQueued()
    {
        server::ServerConfig &config = m_fx.server().state().config;
        const auto restore = qScopeGuard([&config, was = config] {
            config.maxSecretWork = was.maxSecretWork;
            config.passwordIterations = was.passwordIterations;
        });
        config.passwordIterations = 3'000'000; // about a second to check
        Api m = staff(u"manager1"_s);
        CHECK_STATUS(m.postNew(u"/api/v1/users"_s, {{u"username"_s, u"slowpin2"_s}, {u"role"_s, u"waiter"_s}, {u"pin"_s, u"8642"_s}}), 201);
        config.maxSecretWork = 2;
        QNetworkAccessManager nam;
        auto signIn = [&nam, this] {
            QNetworkRequest req(QUrl(m_fx.url() + u"/api/v1/auth/login"_s));
            req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            return nam.post(req, R"({"username":"slowpin2","pin":"8642"})");
        };
        QNetworkReply *first = signIn();
        QNetworkReply *second = signIn();
        QTRY_VERIFY_WITH_TIMEOUT(m_api->get(u"/metrics"_s).body.contains("\ntavola_secret_work_in_flight 2\n"), 30'000);
        QNetworkReply *third = signIn();
        QTRY_VERIFY_WITH_TIMEOUT(third->isFinished(), 30'000);
        QCOMPARE(third->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
        QCOMPARE(third->rawHeader("Retry-After"), QByteArray("1"));
        QVERIFY(!first->isFinished() || !second->isFinished()); // turned away while they were still being checked
        QTRY_VERIFY_WITH_TIMEOUT(first->isFinished() && second->isFinished(), 60'000);
        QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }

    // Wrong PINs are counted in the database: a lockout earned on one server instance holds on
    // every other (a chain runs several behind one address).
    void lockoutsHoldOnEveryInstance()
    {
        auto second = startSecondInstance();
        QVERIFY(second);
        // A cashier guessing a manager's PIN on one instance is stopped on the other.
        Api w = staff(u"waiter1"_s);
        const QString orderId = openOrder(w, u"9"_s);
        const Reply added = addItems(w, orderId, {item(menuId(u"Pad thai with shrimp"_s), 2)});
        CHECK_STATUS(w.post(u"/api/v1/orders/%1/send"_s.arg(orderId)), 200);
        const QString voidPath = u"/api/v1/orders/%1/items/%2/void"_s.arg(
            orderId, added.object().value(u"items"_s).toArray().at(0).toObject().value(u"id"_s).toString());
        const QJsonObject why{{u"reason"_s, u"wrong dish"_s}};
        Api c = staff(u"cashier1"_s);
        for (int i = 0; i < 5; ++i)
            CHECK_STATUS(c.post(voidPath, why, {{"X-Manager-Pin", "1111"}}), 403);
        Api c2(second->url());
        c2.setToken(c.token());
        const Reply stopped = c2.post(voidPath, why, {{"X-Manager-Pin", "9000"}});
        CHECK_STATUS(stopped, 429);
        QCOMPARE(stopped.errorCode(), u"RATE_LIMITED"_s);

        // Failed sign-ins on one instance lock the account on the other.
        Api other(second->url());
        for (int i = 0; i < 5; ++i)
            CHECK_STATUS(m_api->post(u"/api/v1/auth/login"_s, {{u"username"_s, u"waiter1"_s}, {u"pin"_s, u"0000"_s}}), 401);
        const Reply limited = other.post(u"/api/v1/auth/login"_s, {{u"username"_s, u"waiter1"_s}, {u"pin"_s, u"2000"_s}});
        CHECK_STATUS(limited, 429);
        QVERIFY(limited.headers.value("retry-after").toInt() > 0);

        // A minute later both work again, on either instance.
        m_fx.server().state().advanceClock(61'000);
        second->state().advanceClock(61'000);
        CHECK_STATUS(other.post(u"/api/v1/auth/login"_s, {{u"username"_s, u"waiter1"_s}, {u"pin"_s, u"2000"_s}}), 200);
        CHECK_STATUS(c.post(voidPath, why, {{"X-Manager-Pin", "9000"}}), 200);
    }

    // Behind a trusted proxy the till's address comes from X-Real-IP; from anyone else the header
    // is ignored (a client cannot choose the address its failures count against).
    void aTrustedProxyNamesTheTill()
    {
        const auto login = [&](const QString &user, const QString &pin, const QByteArray &ip) {
            return m_api->post(u"/api/v1/auth/login"_s, {{u"username"_s, user}, {u"pin"_s, pin}}, {{"X-Real-IP", ip}});
        };
        // Not trusted: five failures "from 10.0.0.1" count against this machine's own address.
        for (int i = 0; i < 5; ++i)
            CHECK_STATUS(login(u"waiter1"_s, u"0000"_s, "10.0.0.1"), 401);
        CHECK_STATUS(login(u"cashier1"_s, u"1000"_s, "10.0.0.2"), 429);
        m_fx.server().state().advanceClock(61'000);
        // Trusted: they count against the till that made them.
        m_fx.server().state().config.trustedProxies = {QHostAddress(QHostAddress::LocalHost)};
        for (int i = 0; i < 5; ++i)
            CHECK_STATUS(login(u"waiter1"_s, u"0000"_s, "10.0.0.1"), 401);
        CHECK_STATUS(login(u"cashier1"_s, u"1000"_s, "10.0.0.2"), 200); // another till
        CHECK_STATUS(login(u"cashier1"_s, u"1000"_s, "10.0.0.1"), 429); // the same till, another user
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
        CHECK_STATUS(m_api->post(u"/api/v1/auth/logout"_s, {{u"refresh_token"_s, login.object().value(u"refresh_token"_s).toString()}}),
                     204);
        CHECK_STATUS(m_api->post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, login.object().value(u"refresh_token"_s).toString()}}),
                     401);
        // A logout body of the wrong type is refused; it does not end every session instead.
        const Reply other = m_api->post(u"/api/v1/auth/login"_s, {{u"username"_s, u"waiter1"_s}, {u"pin"_s, u"2000"_s}});
        const Reply mine = m_api->post(u"/api/v1/auth/login"_s, {{u"username"_s, u"waiter1"_s}, {u"pin"_s, u"2000"_s}});
        m_api->setToken(mine.object().value(u"access_token"_s).toString());
        const Reply typed = m_api->post(u"/api/v1/auth/logout"_s, {{u"refresh_token"_s, 123}});
        CHECK_STATUS(typed, 400);
        QCOMPARE(typed.errorField(), u"refresh_token"_s);
        CHECK_STATUS(m_api->post(u"/api/v1/auth/logout"_s, {{u"everything"_s, true}}), 400);
        CHECK_STATUS(m_api->post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, other.object().value(u"refresh_token"_s).toString()}}),
                     200);
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
        forged = parts[0] + u'.'
            + QString::fromLatin1(QJsonDocument(claims)
                                      .toJson(QJsonDocument::Compact)
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
            + u'.' + parts[2];
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

    // Every role × every endpoint: 403 exactly where docs/api.md's permission table says "no".
    // One server and one sign-in per role for the whole table (a PIN hash per row and role made
    // this the slowest test under the sanitizers); the rows fail validation or find nothing, so
    // they do not disturb each other, and logout comes last.
    void permissionMatrix()
    {
        struct Row
        {
            const char *name;
            QByteArray method;
            QString path;
            QStringList allowed; // "public" or roles
        };
        const QStringList all{u"waiter"_s, u"cashier"_s, u"kitchen"_s, u"manager"_s, u"admin"_s};
        const QStringList floor{u"waiter"_s, u"cashier"_s, u"manager"_s, u"admin"_s};
        const QStringList mgr{u"manager"_s, u"admin"_s};
        const QStringList tills{u"cashier"_s, u"manager"_s, u"admin"_s};
        const QStringList pub{u"public"_s};
        const QList<Row> rows{
            {"GET menu", "GET", u"/api/v1/menu"_s, pub},
            {"GET floor-plan", "GET", u"/api/v1/floor-plan"_s, all},
            {"PUT floor-plan", "PUT", u"/api/v1/floor-plan"_s, mgr},
            {"GET tables", "GET", u"/api/v1/tables"_s, all},
            {"PATCH table", "PATCH", u"/api/v1/tables/1"_s, floor},
            {"POST menu item", "POST", u"/api/v1/menu/items"_s, mgr},
            {"PUT menu item", "PUT", u"/api/v1/menu/items/1"_s, mgr},
            {"DELETE menu item", "DELETE", u"/api/v1/menu/items/999"_s, mgr},
            {"PATCH menu item (sold out)", "PATCH", u"/api/v1/menu/items/999"_s, floor},
            {"POST category", "POST", u"/api/v1/menu/categories"_s, mgr},
            {"PUT category", "PUT", u"/api/v1/menu/categories/1"_s, mgr},
            {"GET users", "GET", u"/api/v1/users"_s, mgr},
            {"POST users", "POST", u"/api/v1/users"_s, mgr},
            {"PATCH user", "PATCH", u"/api/v1/users/999"_s, mgr},
            {"POST queue", "POST", u"/api/v1/queue-tickets"_s, pub},
            {"GET queue list", "GET", u"/api/v1/queue-tickets"_s, all},
            {"POST queue call", "POST", u"/api/v1/queue-tickets/Z999/call"_s, floor},
            {"POST queue seat", "POST", u"/api/v1/queue-tickets/Z999/seat"_s, floor},
            {"POST queue cancel", "POST", u"/api/v1/queue-tickets/Z999/cancel"_s, floor},
            {"POST queue no-show", "POST", u"/api/v1/queue-tickets/Z999/no-show"_s, floor},
            {"POST orders", "POST", u"/api/v1/orders"_s, floor},
            {"GET orders", "GET", u"/api/v1/orders"_s, all},
            {"GET order", "GET", u"/api/v1/orders/999"_s, all},
            {"POST items", "POST", u"/api/v1/orders/999/items"_s, floor},
            {"POST send", "POST", u"/api/v1/orders/999/send"_s, floor},
            {"POST void", "POST", u"/api/v1/orders/999/items/1/void"_s, tills},
            {"POST discount", "POST", u"/api/v1/orders/999/discount"_s, mgr},
            {"POST checkout", "POST", u"/api/v1/orders/999/checkout"_s, floor},
            {"POST reopen", "POST", u"/api/v1/orders/999/reopen"_s, mgr},
            {"POST cancel", "POST", u"/api/v1/orders/999/cancel"_s, mgr},
            {"POST move", "POST", u"/api/v1/orders/999/move"_s, floor},
            {"GET kitchen", "GET", u"/api/v1/kitchen/tickets"_s, all},
            {"POST kitchen status", "POST", u"/api/v1/kitchen/tickets/999/status"_s, all},
            {"POST kitchen recall", "POST", u"/api/v1/kitchen/tickets/999/recall"_s, all},
            {"POST payments", "POST", u"/api/v1/payments"_s, tills},
            {"GET payment", "GET", u"/api/v1/payments/999"_s, tills},
            {"GET order payments", "GET", u"/api/v1/orders/999/payments"_s, tills},
            {"POST refund", "POST", u"/api/v1/payments/999/refund"_s, tills},
            {"GET audit-log", "GET", u"/api/v1/audit-log"_s, mgr},
            {"GET menu export", "GET", u"/api/v1/menu/export.csv"_s, mgr},
            {"POST menu import", "POST", u"/api/v1/menu/import?dry_run=true"_s, mgr},
            {"GET backups", "GET", u"/api/v1/admin/backups"_s, {u"admin"_s}},
            {"POST logout", "POST", u"/api/v1/auth/logout"_s, all},
        };

        Api admin(m_fx.url());
        admin.login(u"admin"_s, u"demo-admin"_s, false);
        QHash<QString, QString> tokens{{u"admin"_s, admin.token()}};
        for (auto it = demoPins().cbegin(); it != demoPins().cend(); ++it) {
            Api s(m_fx.url());
            tokens.insert(it.key().chopped(1), s.login(it.key(), it.value()));
        }
        const QHash<QByteArray, QByteArray> idem{{"Idempotency-Key", "perm-matrix"}};
        for (const Row &row : rows) {
            const QString where = QString::fromLatin1(row.name) + u": "_s;
            const Reply a = Api(m_fx.url()).request(row.method, row.path, {}, idem);
            if (row.allowed.contains(u"public"_s))
                QVERIFY2(a.status != 401 && a.status != 403, qPrintable(where + a.describe()));
            else
                QVERIFY2(a.status == 401, qPrintable(where + a.describe()));
            for (auto it = tokens.cbegin(); it != tokens.cend(); ++it) {
                Api s(m_fx.url());
                s.setToken(it.value());
                // A cashier voids with a manager's PIN (docs/api.md); the header changes nothing elsewhere.
                const Reply r = s.request(row.method, row.path, {},
                                          {{"Idempotency-Key", QUuid::createUuid().toByteArray()}, {"X-Manager-Pin", "9000"}});
                const bool expectAllowed = row.allowed.contains(u"public"_s) || row.allowed.contains(it.key());
                const QString who = where + it.key() + u": "_s + r.describe();
                if (expectAllowed)
                    QVERIFY2(r.status != 403 && r.status != 401, qPrintable(who));
                else
                    QVERIFY2(r.status == 403 && r.errorCode() == u"FORBIDDEN"_s, qPrintable(who));
            }
        }
    }

    void userManagement()
    {
        Api m = staff(u"manager1"_s);
        const Reply created = m.postNew(
            u"/api/v1/users"_s,
            {{u"username"_s, u"waiter2"_s}, {u"display_name"_s, u"Khun Ploy"_s}, {u"role"_s, u"waiter"_s}, {u"pin"_s, u"2222"_s}});
        CHECK_STATUS(created, 201);
        Api w2(m_fx.url());
        QVERIFY(!w2.login(u"waiter2"_s, u"2222"_s).isEmpty());
        CHECK_STATUS(
            m.postNew(u"/api/v1/users"_s, {{u"username"_s, u"boss"_s}, {u"role"_s, u"admin"_s}, {u"password"_s, u"long-enough-1"_s}}), 403);
        CHECK_STATUS(m.postNew(u"/api/v1/users"_s, {{u"username"_s, u"waiter2"_s}, {u"role"_s, u"waiter"_s}, {u"pin"_s, u"3333"_s}}), 400);
        CHECK_STATUS(m.postNew(u"/api/v1/users"_s, {{u"username"_s, u"x"_s}, {u"role"_s, u"waiter"_s}, {u"pin"_s, u"12"_s}}), 400);
        const QString id = created.object().value(u"id"_s).toString();
        CHECK_STATUS(w2.get(u"/api/v1/tables"_s), 200); // (the server now holds the account read)
        CHECK_STATUS(m.request("PATCH", u"/api/v1/users/"_s + id, {{u"active"_s, false}}), 200);
        CHECK_STATUS(w2.get(u"/api/v1/tables"_s), 401); // disabled accounts lose access at once
        Api admin(m_fx.url());
        admin.login(u"admin"_s, u"demo-admin"_s, false);
        CHECK_STATUS(
            admin.postNew(u"/api/v1/users"_s, {{u"username"_s, u"boss"_s}, {u"role"_s, u"admin"_s}, {u"password"_s, u"long-enough-1"_s}}),
            201);
    }
};

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_server_auth.moc"
