#pragma once

#include "server.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace tavola::test {

/// Which database the suite runs on: SQLite (default) or PostgreSQL when TAVOLA_TEST_BACKEND=pg
/// (scripts/test starts a throwaway cluster and sets TAVOLA_TEST_PG_URL).
bool usingPostgres();
/// A new, empty database: a SQLite file in `dir`, or a freshly created PostgreSQL database.
QString freshDatabaseUrl(const QTemporaryDir &dir);

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonValue data() const { return json.value(QStringLiteral("data")); }
    QJsonObject object() const { return data().toObject(); }
    QString errorCode() const { return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(); }
    QString errorField() const;
    QString describe() const; // for failure messages
};

/// A small synchronous HTTP client over QNetworkAccessManager (the event loop keeps running,
/// so an in-process server answers).
class Api
{
public:
    explicit Api(QString baseUrl);
    Reply request(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                  const QHash<QByteArray, QByteArray> &headers = {});
    Reply raw(const QByteArray &method, const QString &path, const QByteArray &body, const QHash<QByteArray, QByteArray> &headers = {});
    Reply get(const QString &path) { return request("GET", path); }
    Reply post(const QString &path, const QJsonObject &body = {}, const QHash<QByteArray, QByteArray> &headers = {});
    /// POST with a fresh Idempotency-Key.
    Reply postNew(const QString &path, const QJsonObject &body = {});

    /// Signs in with a PIN (or password) and uses the token from now on. Returns the token.
    QString login(const QString &username, const QString &pinOrPassword, bool isPin = true);
    void setToken(const QString &token) { m_token = token; }
    const QString &token() const { return m_token; }
    const QString &baseUrl() const { return m_base; }

private:
    QString m_base;
    QString m_token;
    std::unique_ptr<QNetworkAccessManager> m_nam = std::make_unique<QNetworkAccessManager>();
};

/// An in-process tavola-server on 127.0.0.1 with a free port, a fresh database and the demo café.
class ServerFixture
{
public:
    ServerFixture();
    ~ServerFixture();
    /// `tweak` may change the configuration before start (limits, timeouts, demo off).
    bool start(const std::function<void(server::ServerConfig &)> &tweak = {});
    /// Stops and starts again on the same database and port.
    bool restart();
    /// Stops listening but keeps the database and port for startAgain() (a server "outage").
    void stopKeepingPort();
    bool startAgain();
    void stop();
    QString url() const { return m_server ? m_server->url() : QString(); }
    server::TavolaServer &server() { return *m_server; }
    server::ServerConfig &config() { return m_config; }

private:
    QTemporaryDir m_dir;
    server::ServerConfig m_config;
    std::unique_ptr<server::TavolaServer> m_server;
};

/// Checks a reply's HTTP status, showing the body on failure. Evaluates `reply` once (it is
/// often the request itself).
#define CHECK_STATUS(reply, expected)                                                                                                      \
    do {                                                                                                                                   \
        const ::tavola::test::Reply checked_ = (reply);                                                                                    \
        QVERIFY2(checked_.status == (expected), qPrintable(checked_.describe()));                                                          \
    } while (false)

/// Starts a JSON POST with a bearer token and an Idempotency-Key without waiting for it, for
/// bursts of concurrent requests; the reply belongs to `nam`.
QNetworkReply *postAsync(QNetworkAccessManager &nam, const QString &url, const QString &token, const QByteArray &idempotencyKey,
                         const QJsonObject &body);

/// An Api on `baseUrl` signed in as a demo user with their PIN.
Api staffApi(const QString &baseUrl, const QString &user);

/// The id of the demo menu item called `name` (English name), or an empty string.
QString menuItemId(Api &api, const QString &name);
/// A demo order with `qty` × "Pad thai with shrimp" (89.00), sent to the kitchen and at
/// CHECKOUT, opened by waiter1: on table `tableId`, or a takeaway order when it is empty.
QString billAtCheckout(const QString &baseUrl, const QString &tableId, int qty = 1);

/// Demo logins (PINs).
inline const QHash<QString, QString> &demoPins()
{
    static const QHash<QString, QString> pins{{QStringLiteral("manager1"), QStringLiteral("9000")},
                                              {QStringLiteral("cashier1"), QStringLiteral("1000")},
                                              {QStringLiteral("waiter1"), QStringLiteral("2000")},
                                              {QStringLiteral("kitchen1"), QStringLiteral("3000")}};
    return pins;
}

} // namespace tavola::test
