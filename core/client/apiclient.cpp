#include "apiclient.h"

#include "certificatepins.h"
#include "domain/json.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcApi, "tavola.client.api")

using namespace Qt::StringLiterals;

namespace tavola::client {

Result<AuthSession> AuthSession::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    AuthSession s;
    s.accessToken = r.string(u"access_token"_s, Presence::Required, 4096);
    s.refreshToken = r.string(u"refresh_token"_s, Presence::Required, 400);
    s.expiresIn = static_cast<int>(r.integer(u"expires_in"_s, Presence::Optional, 0, 10'000'000));
    const QJsonObject user = r.object(u"user"_s, Presence::Optional);
    if (!r.ok())
        return r.error();
    s.userId = user.value(u"id"_s).toString();
    s.username = user.value(u"username"_s).toString();
    s.displayName = user.value(u"display_name"_s).toString();
    s.role = user.value(u"role"_s).toString();
    return s;
}

struct ApiClient::Pending
{
    QByteArray method;
    QString path;
    QByteArray body;
    CallOptions options;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback<QJsonValue> done;
    int attempt = 0;
    bool usedToken = false;
    bool refreshed = false;
    bool authCall = false; // login/refresh: no bearer token, no refresh on 401
    bool certificateRefused = false; // the TLS handshake met a certificate that is not trusted

    bool retriable() const { return method == "GET" || method == "HEAD" || !options.idempotencyKey.isEmpty(); }
};

ApiClient::ApiClient(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this)) { }

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QString &url)
{
    m_baseUrl = url;
    while (m_baseUrl.endsWith(u'/'))
        m_baseUrl.chop(1);
    m_tagged.clear(); // another server's tags mean nothing here
}

void ApiClient::setSession(const AuthSession &session)
{
    m_session = session;
    emit sessionChanged();
}

void ApiClient::clearSession()
{
    m_session = {};
    emit sessionChanged();
}

void ApiClient::setReachable(bool reachable)
{
    if (m_reachable == int(reachable))
        return;
    m_reachable = int(reachable);
    emit reachabilityChanged(reachable);
}

void ApiClient::call(const QByteArray &method, const QString &path, const QJsonObject &body, const CallOptions &options, QObject *context,
                     Callback<QJsonValue> done)
{
    auto p = std::make_shared<Pending>();
    p->method = method;
    p->path = path;
    p->body = !options.rawBody.isNull()                             ? options.rawBody
        : (method == "GET" || method == "DELETE") && body.isEmpty() ? QByteArray()
                                                                    : QJsonDocument(body).toJson(QJsonDocument::Compact);
    p->options = options;
    p->context = context;
    p->hasContext = context != nullptr;
    p->done = std::move(done);
    p->authCall = path == u"/api/v1/auth/login"_s || path == u"/api/v1/auth/refresh"_s;
    if (m_refreshing && !p->authCall) {
        m_waitingForToken.append(p); // sent with the new token
        return;
    }
    send(p);
}

void ApiClient::send(const std::shared_ptr<Pending> &call)
{
    ++call->attempt;
    QNetworkRequest req(QUrl(m_baseUrl + call->path));
    req.setHeader(QNetworkRequest::ContentTypeHeader, call->options.contentType);
    req.setTransferTimeout(call->options.timeoutMs);
    call->usedToken = !call->authCall && !m_session.accessToken.isEmpty();
    if (call->usedToken)
        req.setRawHeader("Authorization", "Bearer " + m_session.accessToken.toLatin1());
    if (!call->options.idempotencyKey.isEmpty())
        req.setRawHeader("Idempotency-Key", call->options.idempotencyKey.toLatin1());
    for (auto it = call->options.headers.constBegin(); it != call->options.headers.constEnd(); ++it)
        req.setRawHeader(it.key(), it.value());
    if (call->method == "GET") {
        if (const auto tagged = m_tagged.constFind(call->path); tagged != m_tagged.constEnd())
            req.setRawHeader("If-None-Match", tagged->etag);
    }
    QNetworkReply *reply = call->body.isNull() ? m_nam->sendCustomRequest(req, call->method)
                                               : m_nam->sendCustomRequest(req, call->method, call->body);
    call->certificateRefused = false;
    guardTls(reply, &call->certificateRefused);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finish(call, reply); });
}

void ApiClient::guardTls(QNetworkReply *reply, bool *refused)
{
    // Without pins only certificates the system trusts are accepted (Qt's default).
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply, refused](const QList<QSslError> &errors) {
        if (m_pins && m_pins->accept(CertificatePins::serverOf(m_baseUrl), errors))
            reply->ignoreSslErrors(errors);
        else if (refused)
            *refused = true;
    });
}

void ApiClient::finish(const std::shared_ptr<Pending> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray raw = reply->readAll();
    if (call->method == "GET") {
        if (const auto tagged = m_tagged.constFind(call->path); status == 304 && tagged != m_tagged.constEnd()) {
            raw = tagged->body; // unchanged since this client read it
            status = 200;
            ++m_notModified;
        } else if (const QByteArray etag = reply->rawHeader("ETag"); status == 200 && !etag.isEmpty()) {
            m_tagged.insert(call->path, Tagged{etag, raw});
        }
    }
    Error error;
    bool transient = false;
    int retryAfterMs = 0;
    if (status == 0 && call->certificateRefused) {
        // Not a network fault: retrying would not help, a manager has to look.
        const QString server = CertificatePins::serverOf(m_baseUrl);
        const bool changed = m_pins && !m_pins->pinned(server).isEmpty();
        error = Error{ErrorCode::Unavailable,
                      changed ? u"The server's certificate has changed: the connection was refused (it may not be your server)"_s
                              : u"The server's certificate is not trusted yet: a manager must confirm its fingerprint"_s,
                      {{u"certificate"_s, changed ? u"changed"_s : u"unknown"_s}}};
    } else if (status == 0) {
        setReachable(false);
        error = Error{ErrorCode::Unavailable, u"Cannot reach the server: %1"_s.arg(reply->errorString()), {}};
        transient = true;
    } else {
        setReachable(true);
        const QJsonObject envelope = QJsonDocument::fromJson(raw).object();
        if (status >= 200 && status < 300) {
            const QJsonValue data = envelope.value(u"data"_s);
            if (const QJsonArray made = data.toObject().value(u"kitchen_tickets"_s).toArray(); !made.isEmpty()) {
                QList<KitchenTicket> tickets;
                for (const QJsonValue &t : made) {
                    if (auto ticket = KitchenTicket::fromJson(t.toObject()))
                        tickets.append(*ticket);
                }
                emit kitchenTicketsCreated(tickets);
            }
            complete(call, data);
            return;
        }
        bool parsed = false;
        error = Error::fromEnvelope(envelope, &parsed);
        if (!parsed)
            error = Error{status >= 500 ? ErrorCode::Unavailable : ErrorCode::Internal, u"HTTP %1 from the server"_s.arg(status), {}};
        transient = status == 502 || status == 503 || status == 504 || status == 429 || error.code == ErrorCode::RequestInProgress;
        retryAfterMs = reply->rawHeader("Retry-After").toInt() * 1000;
        if (status == 401 && call->usedToken && !call->refreshed && !m_session.refreshToken.isEmpty()) {
            // The access token expired: refresh once, then send this call again.
            call->refreshed = true;
            --call->attempt;
            m_waitingForToken.append(call);
            startRefresh();
            return;
        }
    }
    if (transient && call->retriable() && call->attempt < call->options.maxAttempts) {
        // Exponential backoff with full jitter; the idempotency key stays the same.
        const int base = m_retryBaseMs << (call->attempt - 1);
        const int delay = std::max(retryAfterMs > 0 ? std::min(retryAfterMs, 30000) : 0,
                                   base / 2 + int(QRandomGenerator::global()->bounded(std::max(1, base / 2 + 1))));
        qCDebug(lcApi).noquote()
            << u"retrying %1 %2 in %3 ms (%4)"_s.arg(QString::fromLatin1(call->method), call->path).arg(delay).arg(error.message);
        QTimer::singleShot(delay, this, [this, call] { send(call); });
        return;
    }
    complete(call, error);
}

void ApiClient::complete(const std::shared_ptr<Pending> &call, Result<QJsonValue> result)
{
    if (call->hasContext && !call->context)
        return; // the screen that asked is gone
    if (call->done)
        call->done(std::move(result));
}

void ApiClient::startRefresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    ++m_refreshCount;
    call("POST", u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, m_session.refreshToken}}, {}, this, [this](Result<QJsonValue> r) {
        m_refreshing = false;
        const auto waiting = std::exchange(m_waitingForToken, {});
        auto session = r ? AuthSession::fromJson(r->toObject()) : Result<AuthSession>(r.error());
        if (session) {
            setSession(*session);
            for (const auto &c : waiting)
                send(c);
            return;
        }
        if (session.error().code == ErrorCode::Unavailable) {
            for (const auto &c : waiting)
                complete(c, session.error());
            return;
        }
        qCInfo(lcApi) << "the session could not be refreshed; signing in again is needed";
        m_session = {};
        emit sessionChanged();
        emit sessionExpired();
        for (const auto &c : waiting)
            complete(c, Error{ErrorCode::Unauthenticated, u"The session has ended; sign in again"_s, {}});
    });
}

template<typename T>
void ApiClient::typed(const QByteArray &method, const QString &path, const QJsonObject &body, const CallOptions &options, QObject *context,
                      Callback<T> done, std::function<Result<T>(const QJsonValue &)> parse)
{
    call(method, path, body, options, context, [done = std::move(done), parse = std::move(parse)](Result<QJsonValue> r) {
        if (!r) {
            done(r.error());
            return;
        }
        auto value = parse(*r);
        if (!value) {
            Error e = value.error();
            e.message = u"Unexpected answer from the server: "_s + e.message;
            e.code = ErrorCode::Internal;
            done(e);
            return;
        }
        done(std::move(value));
    });
}

namespace {

template<typename T>
std::function<Result<T>(const QJsonValue &)> object()
{
    return [](const QJsonValue &v) { return T::fromJson(v.toObject()); };
}

/// A list, either a bare array or inside {"<key>": [...]}.
template<typename T>
std::function<Result<QList<T>>(const QJsonValue &)> list(const QString &key)
{
    return [key](const QJsonValue &v) -> Result<QList<T>> {
        const QJsonArray arr = v.isArray() ? v.toArray() : v.toObject().value(key).toArray();
        QList<T> out;
        for (const auto &e : arr) {
            auto item = T::fromJson(e.toObject());
            if (!item)
                return item.error();
            out.append(std::move(item).value());
        }
        return out;
    };
}

/// The server's settings, its POS ID included.
std::function<Result<ShopSettings>(const QJsonValue &)> shopSettings()
{
    return [](const QJsonValue &v) { return ShopSettings::fromJson(v.toObject(), ShopSettings{}, true); };
}

std::function<Result<QJsonValue>(const QJsonValue &)> json()
{
    return [](const QJsonValue &v) -> Result<QJsonValue> { return v; };
}

CallOptions withKey(const QString &key)
{
    CallOptions o;
    o.idempotencyKey = key;
    return o;
}

CallOptions withPin(const QString &pin)
{
    CallOptions o;
    if (!pin.isEmpty())
        o.headers.insert("X-Manager-Pin", pin.toLatin1());
    return o;
}

QString encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString withQuery(const QString &path, const QList<std::pair<QString, QString>> &items)
{
    QUrlQuery q;
    for (const auto &[k, v] : items) {
        if (!v.isEmpty())
            q.addQueryItem(k, v);
    }
    return q.isEmpty() ? path : path + u'?' + q.toString(QUrl::FullyEncoded);
}

} // namespace

void ApiClient::health(QObject *context, Callback<ServerHealth> done)
{
    // /health is not enveloped: the whole body is the answer.
    QNetworkRequest req(QUrl(m_baseUrl + u"/health"_s));
    req.setTransferTimeout(5000);
    QNetworkReply *reply = m_nam->get(req);
    guardTls(reply, nullptr);
    QPointer<QObject> ctx = context;
    const bool hasContext = context != nullptr;
    connect(reply, &QNetworkReply::finished, this, [this, reply, ctx, hasContext, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        setReachable(status != 0);
        if (hasContext && !ctx)
            return;
        if (status == 0)
            done(Error{ErrorCode::Unavailable, reply->errorString(), {}});
        else
            done(ServerHealth::fromJson(QJsonDocument::fromJson(reply->readAll()).object()));
    });
}

void ApiClient::sessionCall(const QString &path, const QJsonObject &body, QObject *context, Callback<AuthSession> done)
{
    typed<AuthSession>(
        "POST", path, body, {}, context,
        [this, done = std::move(done)](Result<AuthSession> r) {
            if (r)
                setSession(*r);
            done(std::move(r));
        },
        object<AuthSession>());
}

void ApiClient::loginWithPin(const QString &username, const QString &pin, QObject *context, Callback<AuthSession> done)
{
    sessionCall(u"/api/v1/auth/login"_s, {{u"username"_s, username}, {u"pin"_s, pin}}, context, std::move(done));
}

void ApiClient::loginWithPassword(const QString &username, const QString &password, QObject *context, Callback<AuthSession> done)
{
    sessionCall(u"/api/v1/auth/login"_s, {{u"username"_s, username}, {u"password"_s, password}}, context, std::move(done));
}

void ApiClient::resumeSession(const QString &refreshToken, QObject *context, Callback<AuthSession> done)
{
    sessionCall(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, refreshToken}}, context, std::move(done));
}

void ApiClient::logout(QObject *context, Callback<void> done)
{
    call("POST", u"/api/v1/auth/logout"_s, {{u"refresh_token"_s, m_session.refreshToken}}, {}, context,
         [this, done = std::move(done)](Result<QJsonValue> r) {
             clearSession();
             done(r ? Status{} : Status(r.error()));
         });
}

void ApiClient::users(QObject *context, Callback<QList<User>> done)
{
    typed<QList<User>>("GET", u"/api/v1/users"_s, {}, {}, context, std::move(done), list<User>(u"users"_s));
}

void ApiClient::createUser(const UserChanges &user, QObject *context, Callback<User> done)
{
    typed<User>("POST", u"/api/v1/users"_s, user.toJson(), {}, context, std::move(done), object<User>());
}

void ApiClient::updateUser(const QString &id, const UserChanges &changes, QObject *context, Callback<User> done)
{
    typed<User>("PATCH", u"/api/v1/users/"_s + encoded(id), changes.toJson(), {}, context, std::move(done), object<User>());
}

void ApiClient::settings(QObject *context, Callback<ShopSettings> done)
{
    typed<ShopSettings>("GET", u"/api/v1/settings"_s, {}, {}, context, std::move(done), shopSettings());
}

void ApiClient::saveSettings(const QJsonObject &changes, QObject *context, Callback<ShopSettings> done)
{
    typed<ShopSettings>("PUT", u"/api/v1/settings"_s, changes, {}, context, std::move(done), shopSettings());
}

void ApiClient::saveSettings(const ShopSettings &settings, const QStringList &fields, QObject *context, Callback<ShopSettings> done)
{
    const QJsonObject all = settings.toJson();
    QJsonObject changes;
    for (const QString &field : fields)
        changes.insert(field, all.value(field));
    saveSettings(changes, context, std::move(done));
}

void ApiClient::floorPlan(QObject *context, Callback<FloorPlan> done)
{
    typed<FloorPlan>("GET", u"/api/v1/floor-plan"_s, {}, {}, context, std::move(done), object<FloorPlan>());
}

void ApiClient::saveFloorPlan(const FloorPlan &plan, QObject *context, Callback<FloorPlan> done)
{
    typed<FloorPlan>("PUT", u"/api/v1/floor-plan"_s, plan.toJson(), {}, context, std::move(done), object<FloorPlan>());
}

void ApiClient::tables(QObject *context, Callback<QList<Table>> done)
{
    typed<QList<Table>>("GET", u"/api/v1/tables"_s, {}, {}, context, std::move(done), [](const QJsonValue &v) -> Result<QList<Table>> {
        QList<Table> out;
        for (const auto &e : v.toObject().value(u"tables"_s).toArray()) {
            auto t = Table::fromStatusJson(e.toObject());
            if (!t)
                return t.error();
            out.append(*t);
        }
        return out;
    });
}

void ApiClient::setTableStatus(const QString &tableId, const TableStatusRequest &request, QObject *context, Callback<Table> done)
{
    typed<Table>("PATCH", u"/api/v1/tables/"_s + encoded(tableId), request.toJson(), {}, context, std::move(done),
                 [](const QJsonValue &v) { return Table::fromStatusJson(v.toObject()); });
}

void ApiClient::menu(QObject *context, Callback<Menu> done)
{
    typed<Menu>("GET", u"/api/v1/menu"_s, {}, {}, context, std::move(done), object<Menu>());
}

void ApiClient::createMenuItem(const MenuItem &item, QObject *context, Callback<MenuItem> done)
{
    QJsonObject body = item.toJson();
    body.remove(u"id"_s);
    typed<MenuItem>("POST", u"/api/v1/menu/items"_s, body, {}, context, std::move(done), object<MenuItem>());
}

void ApiClient::updateMenuItem(const MenuItem &item, QObject *context, Callback<MenuItem> done)
{
    typed<MenuItem>("PUT", u"/api/v1/menu/items/"_s + encoded(item.id), item.toJson(), {}, context, std::move(done), object<MenuItem>());
}

void ApiClient::setItemAvailable(const QString &id, bool available, QObject *context, Callback<MenuItem> done)
{
    typed<MenuItem>("PATCH", u"/api/v1/menu/items/"_s + encoded(id), QJsonObject{{u"available"_s, available}}, {}, context, std::move(done),
                    object<MenuItem>());
}

void ApiClient::backups(QObject *context, Callback<QList<BackupFile>> done)
{
    typed<QList<BackupFile>>("GET", u"/api/v1/admin/backups"_s, {}, {}, context, std::move(done),
                             [](const QJsonValue &v) -> Result<QList<BackupFile>> {
                                 QList<BackupFile> out;
                                 for (const auto &e : v.toObject().value(u"backups"_s).toArray()) {
                                     auto b = BackupFile::fromJson(e.toObject());
                                     if (!b)
                                         return b.error();
                                     out.append(*b);
                                 }
                                 return out;
                             });
}

void ApiClient::takeBackup(QObject *context, Callback<BackupFile> done)
{
    CallOptions options;
    options.timeoutMs = 120000; // a big database takes a while to copy
    typed<BackupFile>("POST", u"/api/v1/admin/backups"_s, {}, options, context, std::move(done), object<BackupFile>());
}

void ApiClient::importMenuCsv(const QByteArray &csv, bool dryRun, QObject *context, Callback<MenuImport> done)
{
    CallOptions options;
    options.rawBody = csv;
    options.contentType = "text/csv; charset=utf-8";
    options.timeoutMs = 60000;
    typed<MenuImport>("POST", u"/api/v1/menu/import?dry_run="_s + (dryRun ? u"true"_s : u"false"_s), {}, options, context, std::move(done),
                      object<MenuImport>());
}

void ApiClient::deleteMenuItem(const QString &id, QObject *context, Callback<QJsonValue> done)
{
    typed<QJsonValue>("DELETE", u"/api/v1/menu/items/"_s + encoded(id), {}, {}, context, std::move(done), json());
}

void ApiClient::createCategory(const Category &category, QObject *context, Callback<Category> done)
{
    QJsonObject body = category.toJson();
    body.remove(u"id"_s);
    typed<Category>("POST", u"/api/v1/menu/categories"_s, body, {}, context, std::move(done), object<Category>());
}

void ApiClient::updateCategory(const Category &category, QObject *context, Callback<Category> done)
{
    typed<Category>("PUT", u"/api/v1/menu/categories/"_s + encoded(category.id), category.toJson(), {}, context, std::move(done),
                    object<Category>());
}

void ApiClient::orders(const QString &statuses, QObject *context, Callback<QList<Order>> done)
{
    typed<QList<Order>>("GET", withQuery(u"/api/v1/orders"_s, {{u"status"_s, statuses}}), {}, {}, context, std::move(done),
                        list<Order>(u"orders"_s));
}

void ApiClient::orderHistory(const OrderQuery &query, QObject *context, Callback<QList<Order>> done)
{
    typed<QList<Order>>("GET", withQuery(u"/api/v1/orders"_s, query.toQueryItems()), {}, {}, context, std::move(done),
                        list<Order>(u"orders"_s));
}

void ApiClient::order(const QString &id, QObject *context, Callback<Order> done)
{
    typed<Order>("GET", u"/api/v1/orders/"_s + encoded(id), {}, {}, context, std::move(done), object<Order>());
}

void ApiClient::createOrder(const CreateOrderRequest &request, const QString &idempotencyKey, QObject *context, Callback<Order> done)
{
    typed<Order>("POST", u"/api/v1/orders"_s, request.toJson(), withKey(idempotencyKey), context, std::move(done), object<Order>());
}

void ApiClient::addItems(const QString &orderId, const AddItemsRequest &request, const QString &idempotencyKey, QObject *context,
                         Callback<Order> done)
{
    typed<Order>("POST", u"/api/v1/orders/%1/items"_s.arg(encoded(orderId)), request.toJson(), withKey(idempotencyKey), context,
                 std::move(done), object<Order>());
}

void ApiClient::sendToKitchen(const QString &orderId, const QString &idempotencyKey, QObject *context, Callback<Order> done)
{
    typed<Order>("POST", u"/api/v1/orders/%1/send"_s.arg(encoded(orderId)), {}, withKey(idempotencyKey), context, std::move(done),
                 object<Order>());
}

void ApiClient::voidItem(const QString &orderId, const QString &lineId, const QString &reason, const QString &managerPin, QObject *context,
                         Callback<Order> done)
{
    typed<Order>("POST", u"/api/v1/orders/%1/items/%2/void"_s.arg(encoded(orderId), encoded(lineId)), ReasonRequest{reason}.toJson(),
                 withPin(managerPin), context, std::move(done), object<Order>());
}

void ApiClient::discount(const QString &orderId, const DiscountRequest &request, const QString &managerPin, QObject *context,
                         Callback<Order> done)
{
    typed<Order>("POST", u"/api/v1/orders/%1/discount"_s.arg(encoded(orderId)), request.toJson(), withPin(managerPin), context,
                 std::move(done), object<Order>());
}

void ApiClient::checkout(const QString &orderId, QObject *context, Callback<Order> done)
{
    typed<Order>("POST", u"/api/v1/orders/%1/checkout"_s.arg(encoded(orderId)), {}, {}, context, std::move(done), object<Order>());
}

void ApiClient::reopen(const QString &orderId, const QString &reason, QObject *context, Callback<Order> done)
{
    typed<Order>("POST", u"/api/v1/orders/%1/reopen"_s.arg(encoded(orderId)), ReasonRequest{reason}.toJson(), {}, context, std::move(done),
                 object<Order>());
}

void ApiClient::cancelOrder(const QString &orderId, const QString &reason, QObject *context, Callback<Order> done)
{
    typed<Order>("POST", u"/api/v1/orders/%1/cancel"_s.arg(encoded(orderId)), ReasonRequest{reason}.toJson(), {}, context, std::move(done),
                 object<Order>());
}

void ApiClient::moveOrder(const QString &orderId, const QString &tableId, QObject *context, Callback<Order> done)
{
    typed<Order>("POST", u"/api/v1/orders/%1/move"_s.arg(encoded(orderId)), TableIdRequest{tableId}.toJson(), {}, context, std::move(done),
                 object<Order>());
}

void ApiClient::splitOrder(const QString &orderId, const QList<QList<LinePart>> &parts, const QString &idempotencyKey, QObject *context,
                           Callback<Order> done)
{
    typed<Order>("POST", u"/api/v1/orders/%1/split"_s.arg(encoded(orderId)), SplitRequest{parts}.toJson(), withKey(idempotencyKey), context,
                 std::move(done), [](const QJsonValue &v) { return Order::fromJson(v.toObject().value(u"order"_s).toObject()); });
}

void ApiClient::moveItems(const QString &orderId, const MoveItemsRequest &request, const QString &idempotencyKey, QObject *context,
                          Callback<Order> done)
{
    typed<Order>("POST", u"/api/v1/orders/%1/items/move"_s.arg(encoded(orderId)), request.toJson(), withKey(idempotencyKey), context,
                 std::move(done), [](const QJsonValue &v) { return Order::fromJson(v.toObject().value(u"to_order"_s).toObject()); });
}

void ApiClient::mergeOrders(const QString &orderId, const QString &otherId, const QString &idempotencyKey, QObject *context,
                            Callback<Order> done)
{
    typed<Order>("POST", u"/api/v1/orders/%1/merge"_s.arg(encoded(orderId)), QJsonObject{{u"order_id"_s, otherId}}, withKey(idempotencyKey),
                 context, std::move(done), object<Order>());
}

void ApiClient::pay(const PaymentRequest &request, const QString &idempotencyKey, QObject *context, Callback<Payment> done)
{
    typed<Payment>("POST", u"/api/v1/payments"_s, request.toJson(), withKey(idempotencyKey), context, std::move(done), object<Payment>());
}

void ApiClient::pay(const PaymentRequest &request, const QString &idempotencyKey, const QString &managerPin, QObject *context,
                    Callback<Payment> done)
{
    CallOptions o = withPin(managerPin);
    o.idempotencyKey = idempotencyKey;
    typed<Payment>("POST", u"/api/v1/payments"_s, request.toJson(), std::move(o), context, std::move(done), object<Payment>());
}

void ApiClient::showOnCustomerDisplay(const QString &till, const CustomerView &view, QObject *context, Callback<CustomerView> done)
{
    typed<CustomerView>("PUT", u"/api/v1/customer-displays/"_s + encoded(till), view.toJson(), {}, context, std::move(done),
                        object<CustomerView>());
}

void ApiClient::customerDisplay(const QString &till, QObject *context, Callback<CustomerView> done)
{
    typed<CustomerView>("GET", u"/api/v1/customer-displays/"_s + encoded(till), {}, {}, context, std::move(done), object<CustomerView>());
}

void ApiClient::payment(const QString &id, QObject *context, Callback<Payment> done)
{
    typed<Payment>("GET", u"/api/v1/payments/"_s + encoded(id), {}, {}, context, std::move(done), object<Payment>());
}

void ApiClient::orderPayments(const QString &orderId, QObject *context, Callback<QList<Payment>> done)
{
    typed<QList<Payment>>("GET", u"/api/v1/orders/%1/payments"_s.arg(encoded(orderId)), {}, {}, context, std::move(done),
                          list<Payment>(u"payments"_s));
}

void ApiClient::refund(const QString &paymentId, const QString &reason, const QString &managerPin, QObject *context, Callback<Payment> done)
{
    typed<Payment>("POST", u"/api/v1/payments/%1/refund"_s.arg(encoded(paymentId)), ReasonRequest{reason}.toJson(), withPin(managerPin),
                   context, std::move(done), object<Payment>());
}

void ApiClient::issueTaxInvoice(const QString &orderId, const TaxInvoiceBuyer &buyer, const QString &idempotencyKey, QObject *context,
                                Callback<TaxInvoice> done)
{
    typed<TaxInvoice>("POST", u"/api/v1/orders/%1/tax-invoice"_s.arg(encoded(orderId)), QJsonObject{{u"buyer"_s, buyer.toJson()}},
                      withKey(idempotencyKey), context, std::move(done), object<TaxInvoice>());
}

void ApiClient::taxInvoices(const QString &text, QObject *context, Callback<QList<TaxInvoice>> done)
{
    typed<QList<TaxInvoice>>("GET", u"/api/v1/tax-invoices?q="_s + encoded(text), {}, {}, context, std::move(done),
                             list<TaxInvoice>(u"tax_invoices"_s));
}

void ApiClient::sandboxPay(const QString &paymentId, std::optional<Money> amount, QObject *context, Callback<QJsonValue> done)
{
    QJsonObject body;
    if (amount)
        body.insert(u"amount"_s, amount->toString());
    typed<QJsonValue>("POST", u"/api/v1/sandbox/payments/%1/pay"_s.arg(encoded(paymentId)), body, {}, context, std::move(done), json());
}

void ApiClient::kitchenTickets(const QString &station, const QString &statuses, QObject *context, Callback<QList<KitchenTicket>> done)
{
    // Oldest first, a page at a time, until a page comes back short: a busy kitchen sees every
    // ticket, the newest included.
    kitchenTicketsFrom(station, statuses, QString(), {}, context, std::move(done));
}

void ApiClient::kitchenTicketsFrom(const QString &station, const QString &statuses, const QString &after, QList<KitchenTicket> sofar,
                                   QObject *context, Callback<QList<KitchenTicket>> done)
{
    constexpr int kPage = 200;
    QList<std::pair<QString, QString>> query{{u"station"_s, station}, {u"status"_s, statuses}, {u"limit"_s, QString::number(kPage)}};
    if (!after.isEmpty())
        query.append({u"after"_s, after});
    typed<QList<KitchenTicket>>(
        "GET", withQuery(u"/api/v1/kitchen/tickets"_s, query), {}, {}, context,
        [this, station, statuses, sofar = std::move(sofar), context, done = std::move(done)](Result<QList<KitchenTicket>> page) mutable {
            if (!page)
                return done(page.error());
            sofar.append(*page);
            if (page->size() < kPage)
                return done(std::move(sofar));
            kitchenTicketsFrom(station, statuses, page->last().id, std::move(sofar), context, std::move(done));
        },
        list<KitchenTicket>(u"tickets"_s));
}

void ApiClient::setKitchenStatus(const QString &ticketId, KitchenStatus status, QObject *context, Callback<KitchenTicket> done)
{
    typed<KitchenTicket>("POST", u"/api/v1/kitchen/tickets/%1/status"_s.arg(encoded(ticketId)), KitchenStatusRequest{status}.toJson(), {},
                         context, std::move(done), object<KitchenTicket>());
}

void ApiClient::recallTicket(const QString &ticketId, QObject *context, Callback<KitchenTicket> done)
{
    typed<KitchenTicket>("POST", u"/api/v1/kitchen/tickets/%1/recall"_s.arg(encoded(ticketId)), {}, {}, context, std::move(done),
                         object<KitchenTicket>());
}

void ApiClient::queueTickets(QObject *context, Callback<QList<QueueTicket>> done)
{
    typed<QList<QueueTicket>>("GET", u"/api/v1/queue-tickets"_s, {}, {}, context, std::move(done), list<QueueTicket>(u"tickets"_s));
}

void ApiClient::queueTicket(const QString &code, QObject *context, Callback<QueueTicket> done)
{
    typed<QueueTicket>("GET", u"/api/v1/queue-tickets/"_s + encoded(code), {}, {}, context, std::move(done), object<QueueTicket>());
}

void ApiClient::createQueueTicket(const QueueTicketRequest &request, QObject *context, Callback<QueueTicket> done)
{
    typed<QueueTicket>("POST", u"/api/v1/queue-tickets"_s, request.toJson(), {}, context, std::move(done), object<QueueTicket>());
}

void ApiClient::queueAction(const QString &code, const QString &action, const QString &tableId, QObject *context,
                            Callback<QueueTicket> done)
{
    QJsonObject body;
    if (!tableId.isEmpty())
        body.insert(u"table_id"_s, tableId);
    typed<QueueTicket>("POST", u"/api/v1/queue-tickets/%1/%2"_s.arg(encoded(code), encoded(action)), body, {}, context, std::move(done),
                       object<QueueTicket>());
}

void ApiClient::openShift(Money openingCash, QObject *context, Callback<Shift> done)
{
    typed<Shift>("POST", u"/api/v1/shifts/open"_s, {{u"opening_cash"_s, openingCash.toString()}}, {}, context, std::move(done),
                 object<Shift>());
}

void ApiClient::closeShift(const QString &shiftId, Money countedCash, QObject *context, Callback<ShiftReport> done)
{
    typed<ShiftReport>("POST", u"/api/v1/shifts/%1/close"_s.arg(encoded(shiftId)), {{u"counted_cash"_s, countedCash.toString()}}, {},
                       context, std::move(done), object<ShiftReport>());
}

void ApiClient::currentShift(QObject *context, Callback<ShiftReport> done)
{
    typed<ShiftReport>("GET", u"/api/v1/shifts/current"_s, {}, {}, context, std::move(done), object<ShiftReport>());
}

void ApiClient::shiftReport(const QString &shiftId, QObject *context, Callback<ShiftReport> done)
{
    typed<ShiftReport>("GET", u"/api/v1/reports/shift/"_s + encoded(shiftId), {}, {}, context, std::move(done), object<ShiftReport>());
}

void ApiClient::salesReport(const QString &from, const QString &to, const QString &groupBy, QObject *context, Callback<SalesReport> done)
{
    typed<SalesReport>("GET", withQuery(u"/api/v1/reports/sales"_s, {{u"from"_s, from}, {u"to"_s, to}, {u"group_by"_s, groupBy}}), {}, {},
                       context, std::move(done), object<SalesReport>());
}

void ApiClient::queueReport(const QString &from, const QString &to, QObject *context, Callback<QueueReport> done)
{
    typed<QueueReport>("GET", withQuery(u"/api/v1/reports/queue"_s, {{u"from"_s, from}, {u"to"_s, to}}), {}, {}, context, std::move(done),
                       object<QueueReport>());
}

void ApiClient::auditLog(const QHash<QString, QString> &filters, QObject *context, Callback<QList<AuditEntry>> done)
{
    QList<std::pair<QString, QString>> items;
    for (auto it = filters.constBegin(); it != filters.constEnd(); ++it)
        items.append({it.key(), it.value()});
    typed<QList<AuditEntry>>("GET", withQuery(u"/api/v1/audit-log"_s, items), {}, {}, context, std::move(done),
                             list<AuditEntry>(u"entries"_s));
}

} // namespace tavola::client
