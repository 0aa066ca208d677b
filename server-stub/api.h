#pragma once

#include "auth/secretwork.h"
#include "domain/error.h"
#include "domain/staff.h"
#include "http/httptypes.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>
#include <optional>

namespace tavola::server {

class Database;
class EventHub;
class ServerState;

using Role = tavola::Role; // the domain's: the apps read the same names
QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

/// The caller, from a verified access token.
struct AuthUser
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Waiter;
    qint64 expiresAt = 0; // the access token's expiry (seconds since the epoch), 0: not from a token
    QString session; // the sign-in (refresh-token family) the access token belongs to
};

/// Who may call a route. `roles` lists the roles named by docs/api.md; a manager may also do what a
/// waiter or cashier may, and admin may do everything. Public routes need no token.
struct Permission
{
    bool isPublic = false;
    QList<Role> roles; // empty and not public: any signed-in staff member
    bool allows(Role role) const;
    static Permission publicAccess() { return {true, {}}; }
    static Permission anyStaff() { return {false, {}}; }
    static Permission only(std::initializer_list<Role> roles) { return {false, roles}; }
};

enum class Idempotency { None, Optional, Required };

/// What a handler returns: data for the success envelope, an error, or a raw body.
struct ApiResult
{
    int status = 200;
    QJsonValue data;
    std::optional<Error> error;
    QList<std::pair<QByteArray, QByteArray>> headers;
    std::optional<QByteArray> rawBody; // not enveloped (/health, /metrics, web pages)
    QByteArray contentType;
    std::optional<QByteArray> rawData; // `data` already serialised (compact JSON), enveloped as is

    static ApiResult ok(QJsonValue data, int status = 200) { return {status, std::move(data), {}, {}, {}, {}}; }
    static ApiResult fail(Error e) { return {e.httpStatus(), {}, std::move(e), {}, {}, {}}; }
    static ApiResult noContent() { return {204, {}, {}, {}, QByteArray(), {}}; }
    ApiResult(int s = 200, QJsonValue d = {}, std::optional<Error> e = {}, QList<std::pair<QByteArray, QByteArray>> h = {},
              std::optional<QByteArray> raw = {}, QByteArray type = {})
        : status(s),
          data(std::move(d)),
          error(std::move(e)),
          headers(std::move(h)),
          rawBody(std::move(raw)),
          contentType(std::move(type))
    {
    }
    ApiResult(Error e) : ApiResult(fail(std::move(e))) { } // NOLINT(google-explicit-constructor)
};

/// Everything a handler may use for one request.
struct RequestContext
{
    const HttpRequest &http;
    QHash<QString, QString> params; // {id} captures
    std::optional<AuthUser> user;
    QString requestId;
    QJsonObject body;
    QDateTime now;
    Database &db;
    EventHub &events;
    ServerState &state;
    /// Work that may only happen once this request's transaction has committed (e.g. the
    /// sandbox gateway calling the webhook, applying new settings); dropped when it rolls back.
    QList<std::function<void()>> afterCommit;
    /// Work that must happen even when this request's transaction rolls back (e.g. revoking a
    /// refresh-token family on reuse); runs after the transaction ends, on the same connection.
    QList<std::function<void(Database &)>> afterRollback;
    /// The PINs and passwords of this request, checked and hashed ahead off the server's thread.
    SecretWork secrets;

    QString param(const QString &name) const { return params.value(name); }
    const AuthUser &caller() const { return *user; }
    bool isManager() const { return user && (user->role == Role::Manager || user->role == Role::Admin); }
};

using Handler = std::function<ApiResult(RequestContext &)>;
/// The PIN and password work a request of a route will ask for (sign-in, a new PIN), read from the
/// request before its handler runs: SecretWork.
using SecretHook = std::function<SecretWork(const RequestContext &)>;

struct Route
{
    QByteArray method;
    QString pattern; // "/api/v1/orders/{id}/items"
    Permission permission;
    Idempotency idempotency = Idempotency::None;
    bool transactional = false; // run inside one database transaction
    Handler handler;
    QStringList segments;
    SecretHook secretWork; // unset: the route hashes no secret of its own
};

/// Method + path → route; unknown path → 404, known path with another method → 405.
class Router
{
public:
    /// Each returns the route added, for the settings that few routes need.
    Route &add(Route route);
    Route &get(const QString &pattern, Permission p, Handler h);
    /// A state change: runs in one transaction, events published after commit.
    Route &post(const QString &pattern, Permission p, Idempotency idem, Handler h);
    Route &put(const QString &pattern, Permission p, Handler h);
    Route &patch(const QString &pattern, Permission p, Handler h);
    Route &del(const QString &pattern, Permission p, Handler h);

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QByteArrayList allowed; // methods of routes whose path matches
    };
    Match match(const QByteArray &method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

/// The success envelope {"success":true,"data":...,"metadata":{"timestamp":...}}.
QJsonObject successEnvelope(const QJsonValue &data, const QDateTime &now);
/// The same envelope, compact, around `data` already serialised (compact JSON): the bytes
/// successEnvelope(…) gives written compact, without parsing the data again.
QByteArray successEnvelopeAround(const QByteArray &data, const QDateTime &now);

} // namespace tavola::server
