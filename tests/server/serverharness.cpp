#include "serverharness.h"

#include "testutil.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tavola::test {

bool usingPostgres()
{
    return qEnvironmentVariable("TAVOLA_TEST_BACKEND") == u"pg"_s;
}

QString freshDatabaseUrl(const QTemporaryDir &dir)
{
    if (!usingPostgres())
        return u"sqlite://"_s + dir.filePath(u"tavola-%1.db"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(8)));
    const QString admin = qEnvironmentVariable("TAVOLA_TEST_PG_URL");
    if (admin.isEmpty())
        qFatal("TAVOLA_TEST_BACKEND=pg needs TAVOLA_TEST_PG_URL (scripts/test starts a cluster and sets it)");
    const QUrl url(admin);
    const QString name = u"t_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"harness-admin"_s);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            qFatal("cannot reach the test PostgreSQL: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(u"CREATE DATABASE "_s + name))
            qFatal("CREATE DATABASE failed: %s", qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"harness-admin"_s);
    QUrl out = url;
    out.setPath(u"/"_s + name);
    return out.toString();
}

QString Reply::errorField() const
{
    return json.value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"field"_s).toString();
}

QString Reply::describe() const
{
    return u"HTTP %1 %2"_s.arg(status).arg(QString::fromUtf8(body.left(600)));
}

Api::Api(QString baseUrl) : m_base(std::move(baseUrl))
{
    m_nam->setAutoDeleteReplies(false);
}

Reply Api::raw(const QByteArray &method, const QString &path, const QByteArray &body, const QHash<QByteArray, QByteArray> &headers)
{
    QNetworkRequest req(QUrl(m_base + path));
    req.setTransferTimeout(60000);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        req.setRawHeader(it.key(), it.value());
    std::unique_ptr<QNetworkReply> reply(m_nam->sendCustomRequest(req, method, body));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    for (const auto &[k, v] : reply->rawHeaderPairs())
        r.headers.insert(k.toLower(), v);
    return r;
}

Reply Api::request(const QByteArray &method, const QString &path, const QJsonObject &body, const QHash<QByteArray, QByteArray> &headers)
{
    const bool hasBody = method == "POST" || method == "PUT" || method == "PATCH";
    return raw(method, path, hasBody ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray(), headers);
}

Reply Api::post(const QString &path, const QJsonObject &body, const QHash<QByteArray, QByteArray> &headers)
{
    return request("POST", path, body, headers);
}

Reply Api::postNew(const QString &path, const QJsonObject &body)
{
    return post(path, body, {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
}

QString Api::login(const QString &username, const QString &secret, bool isPin)
{
    m_token.clear();
    const Reply r = post(u"/api/v1/auth/login"_s, {{u"username"_s, username}, {isPin ? u"pin"_s : u"password"_s, secret}});
    m_token = r.object().value(u"access_token"_s).toString();
    return m_token;
}

QNetworkReply *postAsync(QNetworkAccessManager &nam, const QString &url, const QString &token, const QByteArray &idempotencyKey,
                         const QJsonObject &body)
{
    QNetworkRequest req{QUrl(url)};
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    req.setRawHeader("Idempotency-Key", idempotencyKey);
    return nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Api staffApi(const QString &baseUrl, const QString &user)
{
    Api a(baseUrl);
    a.login(user, demoPins().value(user));
    return a;
}

QString menuItemId(Api &api, const QString &name)
{
    for (const auto &v : api.get(u"/api/v1/menu"_s).object().value(u"items"_s).toArray()) {
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject().value(u"id"_s).toString();
    }
    return {};
}

QString billAtCheckout(const QString &baseUrl, const QString &tableId, int qty)
{
    Api w = staffApi(baseUrl, u"waiter1"_s);
    const QJsonObject create = tableId.isEmpty() ? QJsonObject{{u"is_takeaway"_s, true}}
                                                 : QJsonObject{{u"table_id"_s, tableId}, {u"guests"_s, 2}};
    const QString id = w.postNew(u"/api/v1/orders"_s, create).object().value(u"id"_s).toString();
    const QString padThai = menuItemId(w, u"Pad thai with shrimp"_s);
    w.postNew(u"/api/v1/orders/%1/items"_s.arg(id), {{u"items"_s, QJsonArray{QJsonObject{{u"menu_id"_s, padThai}, {u"qty"_s, qty}}}}});
    w.post(u"/api/v1/orders/%1/send"_s.arg(id));
    w.post(u"/api/v1/orders/%1/checkout"_s.arg(id));
    return id;
}

ServerFixture::ServerFixture()
{
    useTestClock();
}

ServerFixture::~ServerFixture()
{
    stop();
}

bool ServerFixture::start(const std::function<void(server::ServerConfig &)> &tweak)
{
    m_config = server::ServerConfig{};
    m_config.host = QHostAddress(QHostAddress::LocalHost);
    m_config.port = 0;
    m_config.database = freshDatabaseUrl(m_dir);
    m_config.demo = true;
    m_config.paymentsSandbox = true;
    m_config.rateLimitPerMinute = 100000; // the rate-limit tests lower it themselves
    m_config.queueTicketsPerMinute = 100000;
    m_config.backupEveryHours = 0; // no scheduled backups behind the tests' backs (tst_server_backups asks)
    if (tweak)
        tweak(m_config);
    m_server = std::make_unique<server::TavolaServer>(m_config);
    const Status s = m_server->start();
    if (!s)
        qWarning("server did not start: %s", qPrintable(s.error().message));
    return s.ok();
}

bool ServerFixture::restart()
{
    const quint16 port = m_server->port();
    stop();
    m_config.port = port;
    m_server = std::make_unique<server::TavolaServer>(m_config);
    return m_server->start().ok();
}

void ServerFixture::stopKeepingPort()
{
    m_config.port = m_server->port();
    stop();
}

bool ServerFixture::startAgain()
{
    m_server = std::make_unique<server::TavolaServer>(m_config);
    return m_server->start().ok();
}

void ServerFixture::stop()
{
    if (m_server) {
        m_server->stop();
        m_server.reset();
    }
}

} // namespace tavola::test
