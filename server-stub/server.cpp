#include "server.h"

#include "controllers/controllers.h"
#include "domain/json.h"
#include "http/httpserver.h"
#include "http/tlscert.h"
#include "storage/backups.h"
#include "storage/idempotencyrepository.h"
#include "storage/queuerepository.h"
#include "storage/ratelimitrepository.h"
#include "storage/reportqueries.h"
#include "storage/settingsrepository.h"
#include "storage/userrepository.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QThread>
#include <QThreadPool>
#include <QUuid>

#include <array>

Q_LOGGING_CATEGORY(lcServer, "tavola.server")
Q_LOGGING_CATEGORY(lcAccess, "tavola.server.access")

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// A random (version 4) UUID from the process's generator (seeded once from the system): no
/// system call per request, as QUuid::createUuid() makes.
QString newRequestId()
{
    std::array<quint32, 4> words;
    QRandomGenerator::global()->fillRange(words.data(), words.size());
    QByteArray bytes(reinterpret_cast<const char *>(words.data()), sizeof words);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString sanitizeRequestId(const QByteArray &given)
{
    if (given.isEmpty() || given.size() > 128)
        return newRequestId();
    for (const char c : given) {
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == ':'))
            return newRequestId();
    }
    return QString::fromLatin1(given);
}

QString bearerToken(const HttpRequest &req)
{
    const QByteArray auth = req.header("authorization");
    if (auth.size() > 7 && auth.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(auth.mid(7).trimmed());
    return req.query.queryItemValue(u"access_token"_s);
}

} // namespace

struct TavolaServer::Private
{
    ServerState state;
    Database db;
    std::unique_ptr<EventHub> events;
    HttpServer http;
    QString tlsFingerprint; // SHA-256 of the TLS certificate, empty without TLS
    Router router;
    QTimer housekeeping;
    QTimer paymentSweep;
    QTimer backups; // the scheduled SQLite backups (backup.every_hours)
    QThread *backupThread = nullptr; // the one running, off the event loop
    QThreadPool secretPool; // PIN and password hashing (answer())
    bool stopped = false; // no new backups once stop() has begun
    /// Group commit (SQLite, ServerConfig::groupCommit): the answers computed while a group is
    /// open wait here, with the work due after its commit, until flushGroup().
    bool groupCommit = false;
    struct Waiting
    {
        HttpServer::Reply reply;
        HttpResponse response;
    };
    QList<Waiting> waiting;
    QList<std::function<void()>> groupAfterCommit;
    static constexpr qsizetype maxGroup = 64; // answers held for one commit at most
    qsizetype waitingAtLastPass = 0; // flushAfterPass()
    quint64 groupSerial = 0; // which group a posted flushAfterPass() is for
    QObject *owner = nullptr; // the TavolaServer: posted calls go to its thread, and die with it

    /// Commits the open group, then publishes its events, runs its after-commit work and sends
    /// the answers that waited for it — or, if the commit failed, answers each with the error
    /// (nothing of theirs was kept). Called once a pass of the event loop brings the group no new
    /// change (flushAfterPass), when a group is full, and before anything that must see only
    /// committed data.
    void flushGroup()
    {
        if (!db.groupOpen() || db.inTransaction())
            return;
        const Status committed = db.commitGroup();
        const QList<Waiting> answers = std::exchange(waiting, {});
        const QList<std::function<void()>> work = std::exchange(groupAfterCommit, {});
        ++state.metrics.groupCommits;
        state.metrics.groupAnswers += answers.size();
        if (!committed) {
            events->discardPending();
            // Nothing read inside the group may be served again: it never happened.
            state.forgetReads();
            for (const Waiting &w : answers)
                w.reply(errorResponse(committed.error(), QString::fromLatin1(w.response.header("X-Request-Id"))));
            return;
        }
        events->publishPending();
        for (const auto &after : work)
            after();
        for (const Waiting &w : answers)
            w.reply(w.response);
    }

    /// Runs a request and answers it: at once, or — when its change joined a group still open —
    /// once the group has committed.
    void run(const HttpRequest &req, const Router::Match &match, SecretWork secrets, const QElapsedTimer &timer,
             const HttpServer::Reply &reply)
    {
        if (!groupCommit || !match.route || !match.route->transactional)
            flushGroup(); // a read, or a change that commits alone, sees only committed data
        HttpResponse response = handle(req, match, std::move(secrets), timer);
        if (!db.groupOpen()) {
            reply(std::move(response));
            return;
        }
        waiting.append(Waiting{reply, std::move(response)});
        if (waiting.size() == 1) {
            waitingAtLastPass = 0;
            flushAfterPass(++groupSerial);
        } else if (waiting.size() >= maxGroup) {
            flushGroup();
        }
    }

    /// Commits the group once a pass of the event loop has brought it no new change: the
    /// requests that were on their way while the group's first ones ran join it, and a lone
    /// till waits one pass.
    void flushAfterPass(quint64 group)
    {
        QMetaObject::invokeMethod(
            owner,
            [this, group] {
                if (group != groupSerial || !db.groupOpen())
                    return; // committed meanwhile (a read, a lone transaction, a full group)
                if (waiting.size() == waitingAtLastPass) {
                    flushGroup();
                    return;
                }
                waitingAtLastPass = waiting.size();
                flushAfterPass(group);
            },
            Qt::QueuedConnection);
    }

    Result<AuthUser> authenticate(const QString &token)
    {
        auto claimed = state.tokens.verify(token, state.now());
        if (!claimed)
            return claimed.error();
        // The account may have been disabled or changed role since the token was issued: read
        // again unless it was read within the last second (ServerState::accounts).
        if (!state.cacheClock.isValid())
            state.cacheClock.start();
        const qint64 nowMs = state.cacheClock.elapsed();
        auto cached = state.accounts.constFind(claimed->id);
        if (cached == state.accounts.cend() || nowMs - cached->readAtMs >= ServerState::accountCacheMs) {
            auto user = UserRepository(db).user(QString::number(claimed->id));
            if (!user) {
                state.accounts.remove(claimed->id);
                if (user.error().code == ErrorCode::NotFound)
                    return Error{ErrorCode::Unauthenticated, u"The account no longer exists"_s, {}};
                return user.error();
            }
            if (state.accounts.size() >= 10'000)
                state.accounts.clear();
            state.floorVersion = {};
            state.menuVersion = {};
            cached = state.accounts.insert(claimed->id, {*user, nowMs});
        }
        const User &user = cached->user;
        if (!user.active)
            return Error{ErrorCode::Unauthenticated, u"The account is disabled"_s, {}};
        return AuthUser{claimed->id, user.username, user.displayName, user.role, claimed->expiresAt, claimed->session};
    }

    HttpResponse errorResponse(const Error &e, const QString &requestId)
    {
        HttpResponse r{e.httpStatus(), {}, compactJson(e.toEnvelope())};
        r.setHeader("X-Request-Id", requestId.toLatin1());
        if (e.code == ErrorCode::Unavailable || e.code == ErrorCode::StorageFull)
            r.setHeader("Retry-After", e.code == ErrorCode::StorageFull ? "60" : "5");
        return r;
    }

    HttpResponse toHttp(const ApiResult &result, const QString &requestId)
    {
        HttpResponse r;
        r.status = result.status;
        if (result.error) {
            r = errorResponse(*result.error, requestId);
        } else if (result.rawBody) {
            r.body = *result.rawBody;
            if (!result.contentType.isEmpty())
                r.setHeader("Content-Type", result.contentType);
        } else if (result.rawData) {
            r.body = successEnvelopeAround(*result.rawData, state.now());
        } else if (result.status != 204) {
            r.body = compactJson(successEnvelope(result.data, state.now()));
        }
        for (const auto &[k, v] : result.headers)
            r.setHeader(k, v);
        r.setHeader("X-Request-Id", requestId.toLatin1());
        return r;
    }

    /// Answers a request: at once, or — when it carries a PIN or password to check or hash —
    /// once that is done on a worker thread, so every other request and event goes on meanwhile.
    void answer(const HttpRequest &received, const HttpServer::Reply &reply, QObject *context)
    {
        QElapsedTimer timer;
        timer.start();
        const HttpRequest req = throughProxy(received);
        const Router::Match match = router.match(req.method, req.path);
        SecretWork work = secretWork(req, match);
        if (work.isEmpty()) {
            run(req, match, {}, timer, reply);
            return;
        }
        if (state.metrics.secretWorkInFlight >= state.config.maxSecretWork) {
            // A flood of sign-ins waits no longer than the hashing threads can serve: the rest
            // are told to come back, and hold no connection slot meanwhile.
            ++state.metrics.rateLimited;
            HttpResponse busy = errorResponse(
                Error{ErrorCode::RateLimited, u"The server is checking too many sign-ins at once; try again in a second"_s, {}},
                sanitizeRequestId(req.header("x-request-id")));
            busy.setHeader("Retry-After", "1");
            reply(busy);
            return;
        }
        ++state.metrics.secretWorkInFlight;
        auto job = std::make_shared<SecretWork>(std::move(work));
        secretPool.start([this, job, req, match, reply, timer, context]() mutable {
            job->run();
            // Posted to the server's thread; dropped if the server is gone (its destructor waits
            // for this pool first, then the posted call dies with `context`).
            QMetaObject::invokeMethod(
                context,
                [this, job = std::move(job), req = std::move(req), match = std::move(match), reply = std::move(reply), timer] {
                    --state.metrics.secretWorkInFlight;
                    run(req, match, std::move(*job), timer, reply);
                },
                Qt::QueuedConnection);
        });
    }

    /// The request as the till sent it: from a trusted reverse proxy, the client's address is the
    /// one the proxy names in X-Real-IP.
    HttpRequest throughProxy(const HttpRequest &req) const
    {
        const auto &proxies = state.config.trustedProxies;
        if (std::none_of(proxies.cbegin(), proxies.cend(),
                         [&](const QHostAddress &p) { return p.isEqual(req.peer, QHostAddress::TolerantConversion); }))
            return req;
        const QHostAddress client(QString::fromLatin1(req.header("x-real-ip").trimmed()));
        if (client.isNull())
            return req;
        HttpRequest out = req;
        out.peer = client;
        return out;
    }

    /// The PIN and password work of a request (SecretWork), or none. Only for a caller who may
    /// call the route, so nobody can make the server hash without limit.
    SecretWork secretWork(const HttpRequest &req, const Router::Match &m)
    {
        const bool managerPin = !req.header("x-manager-pin").isEmpty();
        if (!m.route || (!m.route->secretWork && !managerPin))
            return {};
        auto user = authorize(req, *m.route);
        if (!user)
            return {};
        RequestContext ctx{req, m.params, *user, {}, {}, state.now(), db, *events, state, {}, {}, {}};
        if (!readBody(ctx))
            return {};
        return secretWorkFor(ctx, *m.route);
    }

    HttpResponse handle(const HttpRequest &req, const Router::Match &match, SecretWork secrets, const QElapsedTimer &timer)
    {
        const QString requestId = sanitizeRequestId(req.header("x-request-id"));
        QString routeName = u"unmatched"_s;
        HttpResponse response = dispatch(req, match, requestId, &routeName, std::move(secrets));
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        state.metrics.record(QString::fromLatin1(req.method) + u' ' + routeName, response.status, seconds);
        // Paths carry ids only; bodies (names, phone numbers) are never logged.
        qCInfo(lcAccess).noquote() << u"method=%1 path=%2 status=%3 ms=%4 request_id=%5 peer=%6"_s
                                          .arg(QString::fromLatin1(req.method), req.path.left(200))
                                          .arg(response.status)
                                          .arg(seconds * 1000, 0, 'f', 2)
                                          .arg(requestId, req.peer.toString());
        if (req.method == "HEAD")
            response.body.clear();
        return response;
    }

    /// The pipeline of a request: match the route, authenticate and authorise, rate limit, read
    /// the body, replay a stored idempotent response or run the handler (in one transaction
    /// when the route is transactional).
    HttpResponse dispatch(const HttpRequest &req, const Router::Match &m, const QString &requestId, QString *routeName, SecretWork secrets)
    {
        if (!m.route)
            return unmatched(req, m, requestId);
        const Route &route = *m.route;
        *routeName = route.pattern;
        auto user = authorize(req, route);
        if (!user)
            return errorResponse(user.error(), requestId);
        if (auto limited = rateLimit(req, route, *user, requestId))
            return *limited;
        RequestContext ctx{req, m.params, *user, requestId, {}, state.now(), db, *events, state, {}, {}, {}};
        ctx.secrets = std::move(secrets);
        if (auto s = readBody(ctx); !s)
            return errorResponse(s.error(), requestId);
        auto key = idempotencyKey(ctx, route);
        if (!key)
            return errorResponse(key.error(), requestId);
        ApiResult result; // (a route with an Idempotency-Key is transactional: Router::add)
        if (!route.transactional) {
            result = route.handler(ctx);
        } else if (auto early = runInTransaction(route, ctx, *key, &result)) {
            return *early;
        }
        if (result.error && result.error->code == ErrorCode::Unavailable)
            db.ping(); // reconnect for the next request if the database came back
        return toHttp(result, requestId);
    }

    /// No route: 426 for a plain request to the event stream, 404 or 405 with Allow.
    HttpResponse unmatched(const HttpRequest &req, const Router::Match &m, const QString &requestId)
    {
        if (req.path == u"/api/v1/events"_s) {
            // The event stream is a WebSocket: a plain request is told to upgrade.
            HttpResponse r = errorResponse(
                Error::validation(u"upgrade"_s, u"/api/v1/events is a WebSocket: connect with Upgrade: websocket"_s), requestId);
            r.status = 426;
            r.setHeader("Upgrade", "websocket");
            return r;
        }
        if (m.allowed.isEmpty())
            return errorResponse(Error{ErrorCode::NotFound, u"No such endpoint: %1"_s.arg(req.path.left(100)), {}}, requestId);
        HttpResponse r = errorResponse(
            Error{ErrorCode::MethodNotAllowed,
                  u"%1 is not allowed here; use %2"_s.arg(QString::fromLatin1(req.method), QString::fromLatin1(m.allowed.join(", "))),
                  {}},
            requestId);
        r.setHeader("Allow", m.allowed.join(", "));
        return r;
    }

    /// The caller (none on a public route without a token), or why they may not call the route.
    Result<std::optional<AuthUser>> authorize(const HttpRequest &req, const Route &route)
    {
        std::optional<AuthUser> user;
        const QString token = bearerToken(req);
        if (!token.isEmpty() || !route.permission.isPublic) {
            auto u = token.isEmpty()
                ? Result<AuthUser>(Error{ErrorCode::Unauthenticated, u"Sign in first: this needs an access token"_s, {}})
                : authenticate(token);
            if (u)
                user = *u;
            else if (!route.permission.isPublic || u.error().code == ErrorCode::Unavailable)
                return u.error();
        }
        if (!route.permission.isPublic && !route.permission.allows(user->role))
            return Error{ErrorCode::Forbidden, u"A %1 may not do this"_s.arg(roleName(user->role)), {}};
        return user;
    }

    /// The general rate limit: per user, or per address for anonymous callers.
    std::optional<HttpResponse> rateLimit(const HttpRequest &req, const Route &route, const std::optional<AuthUser> &user,
                                          const QString &requestId)
    {
        if (route.pattern == u"/health"_s || route.pattern == u"/metrics"_s)
            return std::nullopt;
        const QString key = user ? u"user:%1"_s.arg(user->id) : u"addr:"_s + req.peer.toString();
        const int limit = user ? state.config.rateLimitPerMinute : state.config.rateLimitPerMinute * 5;
        const int wait = state.limiter.hit(key, limit, toMs(state.now()));
        if (wait <= 0)
            return std::nullopt;
        ++state.metrics.rateLimited;
        HttpResponse r = errorResponse(Error{ErrorCode::RateLimited, u"Too many requests; try again in %1 s"_s.arg(wait), {}}, requestId);
        r.setHeader("Retry-After", QByteArray::number(wait));
        return r;
    }

    /// A spreadsheet sent as it is (the menu import): the handler reads the raw body.
    static bool isCsv(const HttpRequest &http) { return http.header("Content-Type").toLower().startsWith("text/csv"); }

    static Status readBody(RequestContext &ctx)
    {
        const QByteArray &method = ctx.http.method;
        const bool hasBody = method == "POST" || method == "PUT" || method == "PATCH";
        if (!hasBody || ctx.http.body.trimmed().isEmpty() || isCsv(ctx.http))
            return {};
        auto body = parseJsonObject(ctx.http.body);
        if (!body)
            return body.error();
        ctx.body = *body;
        return {};
    }

    /// An idempotent request's key, its caller and the hash of what it asks.
    struct IdempotentRequest
    {
        QString key; // empty: not idempotent
        QString requestHash;
        qint64 userId = 0;
    };

    static Result<IdempotentRequest> idempotencyKey(const RequestContext &ctx, const Route &route)
    {
        IdempotentRequest out;
        out.userId = ctx.user ? ctx.user->id : 0;
        if (route.idempotency == Idempotency::None)
            return out;
        QByteArray key = ctx.http.header("idempotency-key");
        if (key.isEmpty())
            key = ctx.http.header("x-idempotency-key");
        if (key.size() > 200)
            return Error::validation(u"Idempotency-Key"_s, u"Idempotency-Key is at most 200 characters"_s);
        if (key.isEmpty() && route.idempotency == Idempotency::Required)
            return Error::validation(u"Idempotency-Key"_s, u"This request needs an Idempotency-Key header (a UUID)"_s);
        out.key = QString::fromLatin1(key);
        out.requestHash = sha256Hex(ctx.http.method + ' ' + ctx.http.path.toUtf8() + '\n'
                                    + (isCsv(ctx.http) ? ctx.http.body : QJsonDocument(ctx.body).toJson(QJsonDocument::Compact)));
        return out;
    }

    /// The stored response of an earlier request with the same key (docs/api.md: replay, reuse).
    std::optional<HttpResponse> replay(const IdempotentRequest &request, const QString &requestId)
    {
        auto stored = IdempotencyRepository(db).find(request.userId, request.key);
        if (!stored)
            return errorResponse(stored.error(), requestId);
        if (!*stored)
            return std::nullopt;
        if ((*stored)->requestHash != request.requestHash)
            return errorResponse(
                Error{ErrorCode::IdempotencyKeyReused, u"This Idempotency-Key was already used for a different request"_s, {}}, requestId);
        ++state.metrics.idempotentReplays;
        HttpResponse r{(*stored)->status, {}, (*stored)->response};
        r.setHeader("Idempotent-Replayed", "true");
        r.setHeader("X-Request-Id", requestId.toLatin1());
        return r;
    }

    /// Runs the handler in one transaction with its idempotency record; events and after-commit
    /// work go out only once it commits. Returns the response when it is already made (the one
    /// stored with the idempotency key, byte for byte) or is not `*result` (a concurrent
    /// duplicate that finished first, or one still running).
    std::optional<HttpResponse> runInTransaction(const Route &route, RequestContext &ctx, const IdempotentRequest &request,
                                                 ApiResult *result)
    {
        IdempotencyRepository keys(db);
        std::optional<HttpResponse> stored;
        bool taken = false; // the key is an earlier request's: answered as that one was
        const qsizetype eventsBefore = events->pendingCount(); // a group's earlier requests' events
        const Status s = db.transaction(
            [&]() -> Status {
                if (!request.key.isEmpty()) {
                    // The primary key makes a concurrent duplicate (another instance) wait for
                    // this transaction, then find the key taken, instead of executing twice.
                    auto reserved = keys.reserve(request.userId, request.key, request.requestHash, ctx.now);
                    if (!reserved)
                        return reserved.error();
                    if (!*reserved) {
                        taken = true;
                        return Error{ErrorCode::RequestInProgress, u"The same request is still being processed"_s, {}};
                    }
                }
                *result = route.handler(ctx);
                if (result->error)
                    return *result->error;
                if (!request.key.isEmpty()) {
                    stored = toHttp(*result, ctx.requestId);
                    if (auto r = keys.complete(request.userId, request.key, stored->status, stored->body); !r)
                        return r;
                }
                return {};
            },
            groupCommit ? Database::Commit::InGroup : Database::Commit::Alone);
        for (const auto &work : std::exchange(ctx.afterRollback, {}))
            work(db);
        if (!s) {
            if (db.groupOpen())
                events->discardPendingFrom(eventsBefore); // the group's other events stay
            else
                events->discardPending();
            if (!request.key.isEmpty() && (taken || db.lastErrorWasUniqueViolation())) {
                if (auto r = replay(request, ctx.requestId))
                    return r;
                return errorResponse(Error{ErrorCode::RequestInProgress, u"The same request is still being processed"_s, {}},
                                     ctx.requestId);
            }
            if (!result->error)
                *result = ApiResult::fail(s.error());
            return std::nullopt;
        }
        if (db.groupOpen()) { // durable with its group: events and after-commit work wait for it
            groupAfterCommit.append(std::exchange(ctx.afterCommit, {}));
            return stored;
        }
        events->publishPending();
        for (const auto &work : std::exchange(ctx.afterCommit, {}))
            work();
        return stored;
    }

    bool upgrade(const HttpRequest &req, QTcpSocket *socket, HttpResponse *response)
    {
        flushGroup(); // a resuming client is sent committed events only
        const QString requestId = sanitizeRequestId(req.header("x-request-id"));
        if (req.path != u"/api/v1/events"_s) {
            *response = errorResponse(Error{ErrorCode::NotFound, u"No WebSocket endpoint here"_s, {}}, requestId);
            return false;
        }
        if (const QString problem = ws::handshakeProblem(req); !problem.isEmpty()) {
            *response = errorResponse(Error{ErrorCode::ValidationFailed, problem, {}}, requestId);
            response->status = 400;
            response->setHeader("Sec-WebSocket-Version", "13");
            return false;
        }
        // The public queue status page may listen to its own ticket with the ticket secret.
        const QString ticket = req.query.queryItemValue(u"queue_ticket"_s);
        const QString token = bearerToken(req);
        if (token.isEmpty() && !ticket.isEmpty()) {
            auto found = QueueRepository(db).byCode(ticket);
            const QByteArray given = req.query.queryItemValue(u"t"_s).toUtf8();
            if (!found || !*found || !constantTimeEquals((*found)->secret.toUtf8(), given)) {
                *response = errorResponse(Error{ErrorCode::Unauthenticated, u"Unknown ticket or wrong secret"_s, {}}, requestId);
                return false;
            }
            events->accept(req, socket, std::nullopt, ticket);
            return true;
        }
        auto user = token.isEmpty()
            ? Result<AuthUser>(Error{ErrorCode::Unauthenticated, u"Sign in first: the event stream needs an access token"_s, {}})
            : authenticate(token);
        if (!user) {
            *response = errorResponse(user.error(), requestId);
            return false;
        }
        events->accept(req, socket, *user, QString());
        return true;
    }

    Status ensureSecrets()
    {
        return db.transaction([&]() -> Status {
            SecretRepository secrets(db);
            auto jwt = secrets.getOrCreate(u"jwt_key"_s, randomToken(48));
            if (!jwt)
                return jwt.error();
            state.tokens.setKey(jwt->toLatin1());
            auto webhook = secrets.getOrCreate(u"webhook_secret"_s, state.config.demo ? u"demo-webhook-secret"_s : randomToken(32));
            if (!webhook)
                return webhook.error();
            state.webhookSecret = *webhook;
            return {};
        });
    }

    Status ensureAdmin()
    {
        UserRepository users(db);
        auto count = users.count();
        if (!count)
            return count.error();
        if (*count > 0)
            return {};
        if (state.config.adminUsername.isEmpty() || state.config.adminPassword.size() < 8)
            return Error::validation(u"admin_password"_s,
                                     u"The database has no users yet: start with --demo, or give admin_username and an "
                                     "admin_password of at least 8 characters (config file or TAVOLA_ADMIN_USERNAME / "
                                     "TAVOLA_ADMIN_PASSWORD) to create the first administrator"_s);
        auto r = users.insert(
            state.config.adminUsername, state.config.adminUsername, Role::Admin,
            hashSecret(state.config.adminPassword, state.config.passwordIterations),
            state.config.adminPin.isEmpty() ? sqlNull() : QVariant(hashSecret(state.config.adminPin, state.config.passwordIterations)),
            state.now());
        if (!r)
            return r.error();
        qCInfo(lcServer) << "created the first administrator account";
        return {};
    }
};

TavolaServer::TavolaServer(ServerConfig config, QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->state.config = std::move(config);
}

TavolaServer::~TavolaServer()
{
    stop();
    d->secretPool.waitForDone(); // no hashing finishes into a server that is gone
    d->db.setGroupFlush({});
}

ServerState &TavolaServer::state()
{
    return d->state;
}

Database &TavolaServer::database()
{
    return d->db;
}

Status TavolaServer::start()
{
    d->stopped = false;
    auto url = DatabaseUrl::parse(d->state.config.database);
    if (!url)
        return url.error();
    if (auto s = d->db.open(*url); !s)
        return s;
    // One instance at a time: three starting together on an empty database migrate once and
    // make one set of secrets, demo data and first administrator.
    if (auto s = d->db.exclusively([this]() -> Status {
            if (auto m = d->db.migrate(); !m)
                return m;
            if (auto e = d->ensureSecrets(); !e)
                return e;
            if (d->state.config.demo) {
                if (auto demo = seedDemo(d->db, d->state); !demo)
                    return demo;
            }
            return d->ensureAdmin();
        });
        !s)
        return s;
    if (auto s = d->state.loadSettings(d->db); !s)
        return s;
    // Sales but no rollups yet (the first start after the upgrade that brought them): made now.
    if (auto s = d->db.exclusively([this] { return ReportQueries(d->db).rebuildRollupsIfMissing(d->state.shop.utcOffsetMinutes); }); !s)
        return s;
    d->state.dummySecretHash(); // made now, so the first unknown user's sign-in takes no longer
    d->state.startedAt = d->state.now();
    d->state.gateway = makeGateway(d->db, d->state);
    d->state.shop.promptpayGateway = d->state.gateway != nullptr;
    d->state.slipVerifier = makeSlipVerifier(d->db, d->state);
    d->events = std::make_unique<EventHub>(d->db, d->state);
    d->events->prune();
    d->events->startFanOut();

    Router &r = d->router;
    registerServiceRoutes(r);
    registerAuthRoutes(r);
    registerUserRoutes(r);
    registerFloorPlanRoutes(r);
    registerMenuRoutes(r);
    registerQueueRoutes(r);
    registerOrderRoutes(r);
    registerKitchenRoutes(r);
    registerPaymentRoutes(r);
    registerTaxInvoiceRoutes(r);
    registerBillRoutes(r);
    registerShiftRoutes(r);
    registerReportRoutes(r);
    registerSettingsRoutes(r);
    registerDisplayRoutes(r);
    registerBackupRoutes(r);
    registerMenuCsvRoutes(r);

    HttpServer::Limits limits;
    limits.idleTimeoutMs = d->state.config.idleTimeoutSeconds * 1000;
    limits.headerTimeoutMs = d->state.config.headerTimeoutSeconds * 1000;
    limits.requestTimeoutMs = std::max(d->state.config.requestTimeoutSeconds, d->state.config.headerTimeoutSeconds) * 1000;
    limits.maxConnections = d->state.config.maxConnections;
    limits.maxConnectionsPerAddress = d->state.config.maxConnectionsPerAddress;
    limits.minBytesPerSecond = d->state.config.minTransferRate;
    d->http.setLimits(limits);
    if (!d->state.config.tlsCert.isEmpty()) {
        auto tls = serverTlsConfiguration(d->state.config.tlsCert, d->state.config.tlsKey);
        if (!tls)
            return tls.error();
        d->http.setTlsConfiguration(*tls);
        d->tlsFingerprint = fingerprintText(tls->localCertificate());
        qCInfo(lcServer).noquote() << "TLS certificate SHA-256" << d->tlsFingerprint;
    }
    d->owner = this;
    d->groupCommit = d->state.config.groupCommit && !d->db.isPostgres();
    if (d->groupCommit)
        d->db.setGroupFlush([this] { d->flushGroup(); });
    d->http.setAsyncHandler([this](const HttpRequest &req, const HttpServer::Reply &reply) { d->answer(req, reply, this); });
    d->http.setUpgradeHandler([this](const HttpRequest &req, QTcpSocket *s, HttpResponse *resp) { return d->upgrade(req, s, resp); });
    d->http.setErrorFactory([this](int status, const QString &message) {
        ErrorCode code = ErrorCode::ValidationFailed;
        if (status == 413)
            code = ErrorCode::PayloadTooLarge;
        Error e{code, message, {}};
        HttpResponse resp{status, {}, compactJson(e.toEnvelope())};
        resp.setHeader("X-Request-Id", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
        return resp;
    });
    if (!d->http.listen(d->state.config.host, d->state.config.port))
        return Error{
            ErrorCode::Unavailable,
            u"Cannot listen on %1:%2: %3"_s.arg(d->state.config.host.toString()).arg(d->state.config.port).arg(d->http.errorString()),
            {}};
    d->state.selfUrl = TavolaServer::url();
    d->housekeeping.setInterval(10 * 60 * 1000);
    connect(&d->housekeeping, &QTimer::timeout, this, [this] {
        d->events->prune();
        (void)IdempotencyRepository(d->db).purge(d->state.now().addMSecs(-48LL * 3600 * 1000));
        (void)RateLimitRepository(d->db).prune(toMs(d->state.now()));
    });
    d->housekeeping.start();
    // PENDING QR payments past their expiry become EXPIRED even if nobody asks about them.
    d->paymentSweep.setInterval(30 * 1000);
    connect(&d->paymentSweep, &QTimer::timeout, this, [this] { (void)expireStalePayments(d->db, d->state.now()); });
    d->paymentSweep.start();
    // Scheduled backups of the embedded database, taken on a thread of their own so the tills
    // are served meanwhile (PostgreSQL is backed up with pg_dump).
    if (!d->db.isPostgres() && d->state.config.backupEveryHours > 0) {
        d->backups.setInterval(std::chrono::hours(d->state.config.backupEveryHours));
        connect(&d->backups, &QTimer::timeout, this, &TavolaServer::backUpInBackground);
        d->backups.start();
        // A till that is switched off every night never reaches the next interval: when the newest
        // backup is older than one, the first is taken a couple of minutes after the start.
        const QList<BackupFile> kept = listBackups(backupDir(d->state.config, d->db.url()));
        if (kept.isEmpty() || kept.first().createdAt.msecsTo(QDateTime::currentDateTimeUtc()) > d->backups.intervalAsDuration().count())
            QTimer::singleShot(std::chrono::minutes(2), this, &TavolaServer::backUpInBackground);
    }
    return {};
}

bool TavolaServer::backupRunning() const
{
    return d->backupThread != nullptr;
}

void TavolaServer::backUpInBackground()
{
    if (d->backupThread || d->stopped)
        return; // the last one is still copying, or the server is going
    const QString path = d->db.url().path;
    const QString dir = backupDir(d->state.config, d->db.url());
    const int keep = d->state.config.backupKeep;
    const QDateTime now = d->state.now();
    d->backupThread = QThread::create([path, dir, keep, now] {
        if (auto b = takeBackup(path, dir, keep, now))
            qCInfo(lcServer) << "backup written:" << b->file << b->bytes << "bytes";
        else
            qCWarning(lcServer) << "scheduled backup failed:" << b.error().message;
    });
    connect(d->backupThread, &QThread::finished, this, [this] {
        d->backupThread->deleteLater();
        d->backupThread = nullptr;
    });
    d->backupThread->start();
}

void TavolaServer::stop()
{
    d->flushGroup(); // what was answered by nobody yet is committed and answered now
    d->housekeeping.stop();
    d->paymentSweep.stop();
    d->backups.stop();
    d->stopped = true;
    if (d->backupThread)
        d->backupThread->wait(); // a backup in progress finishes before the server goes
    d->http.close();
    if (d->events)
        d->events->closeAll();
}

int TavolaServer::httpConnectionCount() const
{
    return d->http.connectionCount();
}

quint16 TavolaServer::port() const
{
    return d->http.serverPort();
}

QString TavolaServer::tlsFingerprint() const
{
    return d->tlsFingerprint;
}

Result<qint64> rebuildReports(const ServerConfig &config)
{
    auto url = DatabaseUrl::parse(config.database);
    if (!url)
        return url.error();
    Database db;
    if (auto s = db.open(*url); !s)
        return s.error();
    if (auto s = db.migrate(); !s)
        return s.error();
    ServerState state;
    state.config = config;
    if (auto s = state.loadSettings(db); !s)
        return s.error();
    if (auto s = db.exclusively([&] { return ReportQueries(db).rebuildRollups(state.shop.utcOffsetMinutes); }); !s)
        return s.error();
    auto rows = db.scalar(u"SELECT COUNT(*) FROM sales_rollup"_s);
    if (!rows)
        return rows.error();
    return rows->toLongLong();
}

QString TavolaServer::url() const
{
    QHostAddress host = d->http.serverAddress();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHost;
    const QString h = host.protocol() == QAbstractSocket::IPv6Protocol ? u"["_s + host.toString() + u"]"_s : host.toString();
    return u"%1://%2:%3"_s.arg(d->http.isTls() ? u"https"_s : u"http"_s, h).arg(port());
}

} // namespace tavola::server
