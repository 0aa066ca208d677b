// /api/v1/auth/* and /api/v1/users.
#include "controllers.h"
#include "storage/ratelimitrepository.h"
#include "storage/userrepository.h"

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

constexpr qint64 kRefreshMs = 7LL * 24 * 3600 * 1000;

/// Issues an access token and a refresh token (in `family`, or a new family).
Result<QJsonObject> issueTokens(RequestContext &ctx, const User &user, QString family)
{
    AuthUser au{user.id.toLongLong(), user.username, user.displayName, user.role, 0, {}};
    if (family.isEmpty())
        family = randomToken(16);
    au.session = family;
    const QString refresh = randomToken(32);
    if (auto s = UserRepository(ctx.db).insertRefreshToken(au.id, family, sha256Hex(refresh.toLatin1()), ctx.now.addMSecs(kRefreshMs),
                                                           ctx.now);
        !s)
        return s.error();
    QJsonObject u = user.toJson();
    u.remove(u"active"_s);
    return QJsonObject{{u"access_token"_s, ctx.state.tokens.sign(au, ctx.now)},
                       {u"refresh_token"_s, refresh},
                       {u"token_type"_s, u"Bearer"_s},
                       {u"expires_in"_s, TokenSigner::kAccessSeconds},
                       {u"user"_s, u}};
}

QString loginUserKey(const QString &username)
{
    return u"login-user:"_s + username.toCaseFolded();
}

QString loginAddressKey(const RequestContext &ctx)
{
    return u"login-addr:"_s + ctx.http.peer.toString();
}

/// Seconds before `username` may try to sign in again from the caller's address (0: now). The
/// failures are counted in the database, so a lockout holds on every server instance.
Result<int> loginRetryAfter(const RequestContext &ctx, const QString &username)
{
    const qint64 nowMs = toMs(ctx.now);
    const int limit = ctx.state.config.loginFailuresPerMinute;
    RateLimitRepository limits(ctx.db);
    auto byUser = limits.retryAfter(loginUserKey(username), limit, nowMs);
    if (!byUser)
        return byUser.error();
    auto byAddress = limits.retryAfter(loginAddressKey(ctx), limit, nowMs);
    if (!byAddress)
        return byAddress.error();
    return std::max(*byUser, *byAddress);
}

/// The sign-in's PIN or password checked ahead (against a dummy hash for an unknown user, as
/// login() does), unless the request is malformed or the user is locked out.
SecretWork loginSecretWork(const RequestContext &ctx)
{
    SecretWork work;
    const QString username = ctx.body.value(u"username"_s).toString();
    const QString key = ctx.body.contains(u"pin"_s) ? u"pin"_s : u"password"_s;
    const QString secret = ctx.body.value(key).toString();
    if (username.isEmpty() || secret.isEmpty() || secret.size() > 200)
        return work;
    if (auto wait = loginRetryAfter(ctx, username); !wait || *wait > 0)
        return work;
    auto account = UserRepository(ctx.db).byUsername(username);
    if (!account)
        return work;
    const QString stored = !*account ? QString() : key == u"pin"_s ? (*account)->pinHash : (*account)->passwordHash;
    work.verify(secret, stored.isEmpty() ? ctx.state.dummySecretHash() : stored);
    return work;
}

/// A new PIN or password of a staff account hashed ahead.
SecretWork newSecretWork(const RequestContext &ctx)
{
    SecretWork work;
    for (const QString &key : {u"password"_s, u"pin"_s}) {
        const QString secret = ctx.body.value(key).toString();
        if (!secret.isEmpty() && secret.size() <= 200)
            work.hash(secret, ctx.state.config.passwordIterations);
    }
    return work;
}

ApiResult login(RequestContext &ctx)
{
    JsonReader r(ctx.body);
    // Exactly a username and one secret: an unknown, extra or ill-typed field is refused.
    for (auto it = ctx.body.begin(); it != ctx.body.end(); ++it) {
        if (it.key() != u"username"_s && it.key() != u"pin"_s && it.key() != u"password"_s)
            r.fail(it.key(), u"%1 is not a sign-in field (username with pin or password)"_s.arg(it.key().left(40)));
    }
    if (r.has(u"pin"_s) && r.has(u"password"_s))
        r.fail(u"password"_s, u"give a pin or a password, not both"_s);
    const QString username = r.text(u"username"_s, Presence::Required, 64);
    const bool hasPin = r.has(u"pin"_s);
    const QString secret = hasPin ? r.string(u"pin"_s, Presence::Required, 12) : r.string(u"password"_s, Presence::Required, 200);
    if (!r.ok())
        return r.error();
    auto wait = loginRetryAfter(ctx, username);
    if (!wait)
        return wait.error();
    if (*wait > 0) {
        ++ctx.state.metrics.rateLimited;
        ApiResult res = ApiResult::fail(Error{ErrorCode::RateLimited, u"Too many failed sign-ins; try again in %1 s"_s.arg(*wait), {}});
        res.headers.append({"Retry-After", QByteArray::number(*wait)});
        return res;
    }
    auto account = UserRepository(ctx.db).byUsername(username);
    if (!account)
        return account.error();
    const QString stored = !*account ? QString() : hasPin ? (*account)->pinHash : (*account)->passwordHash;
    // Verify even for unknown users, against a hash of the same strength as a real one, so the
    // time taken does not tell which usernames exist.
    const bool good = ctx.secrets.verified(secret, stored.isEmpty() ? ctx.state.dummySecretHash() : stored) && !stored.isEmpty()
        && (*account)->user.active;
    if (!good) {
        // Counted although the request fails (and its transaction rolls back).
        ctx.afterRollback.append([keys = QStringList{loginUserKey(username), loginAddressKey(ctx)}, nowMs = toMs(ctx.now)](Database &db) {
            for (const QString &key : keys)
                (void)RateLimitRepository(db).hit(key, nowMs);
        });
        return Error{ErrorCode::Unauthenticated, hasPin ? u"Wrong username or PIN"_s : u"Wrong username or password"_s, {}};
    }
    if (auto s = RateLimitRepository(ctx.db).reset(loginUserKey(username)); !s)
        return s.error();
    const User &user = (*account)->user;
    auto tokens = issueTokens(ctx, user, {});
    if (!tokens)
        return tokens.error();
    ctx.user = AuthUser{user.id.toLongLong(), username, {}, user.role, 0, {}};
    if (auto s = audit(ctx, u"auth.login"_s, u"user"_s, user.id); !s)
        return s.error();
    return ApiResult::ok(*tokens);
}

ApiResult refresh(RequestContext &ctx)
{
    JsonReader r(ctx.body);
    const QString token = r.text(u"refresh_token"_s, Presence::Required, 200);
    if (!r.ok())
        return r.error();
    UserRepository users(ctx.db);
    auto found = users.refreshToken(sha256Hex(token.toLatin1()));
    if (!found)
        return found.error();
    if (!*found)
        return Error{ErrorCode::Unauthenticated, u"Unknown refresh token; sign in again"_s, {}};
    const UserRepository::RefreshToken &t = **found;
    if (t.revoked) {
        // A revoked token came back: it was stolen or replayed. Revoke the whole family. This
        // must stick even though the request fails, so it runs after the rollback below.
        ctx.afterRollback.append([family = t.family](Database &db) { (void)UserRepository(db).revokeFamily(family); });
        return Error{ErrorCode::Unauthenticated, u"This refresh token was already used; all sessions of this sign-in are revoked"_s, {}};
    }
    if (t.expiresAt <= ctx.now)
        return Error{ErrorCode::Unauthenticated, u"The refresh token has expired; sign in again"_s, {}};
    if (!t.user.active)
        return Error{ErrorCode::Unauthenticated, u"The account is disabled"_s, {}};
    if (auto s = users.revokeToken(t.id); !s)
        return s.error();
    auto tokens = issueTokens(ctx, t.user, t.family);
    if (!tokens)
        return tokens.error();
    return ApiResult::ok(*tokens);
}

ApiResult logout(RequestContext &ctx)
{
    // The body is empty (every session of the caller) or names one refresh token, as a string.
    JsonReader body(ctx.body);
    for (auto it = ctx.body.begin(); it != ctx.body.end(); ++it)
        if (it.key() != u"refresh_token"_s)
            body.fail(it.key(), u"%1 is not a logout field (refresh_token)"_s.arg(it.key().left(40)));
    const QString token = body.text(u"refresh_token"_s, Presence::Optional, 200);
    if (!body.ok())
        return body.error();
    UserRepository users(ctx.db);
    std::optional<QString> session = QString(); // empty: every sign-in of the caller; none: nothing to end
    if (!token.isEmpty()) {
        auto family = users.familyOf(ctx.caller().id, sha256Hex(token.toLatin1()));
        if (!family)
            return family.error();
        session = *family;
        // Revoke the family of the given token (only the caller's own).
        if (auto s = users.revokeFamilyOf(ctx.caller().id, sha256Hex(token.toLatin1())); !s)
            return s.error();
    } else if (auto s = users.revokeAllOf(ctx.caller().id); !s) {
        return s.error();
    }
    if (auto s = audit(ctx, u"auth.logout"_s, u"user"_s, QString::number(ctx.caller().id)); !s)
        return s.error();
    // Signed out: the event sockets of that sign-in (or of all of them) close at once.
    if (session)
        ctx.afterCommit.append([&events = ctx.events, id = ctx.caller().id, s = *session] { events.endSessions(id, s); });
    return ApiResult::noContent();
}

/// A manager manages staff accounts but not administrators; an admin manages everyone.
Status checkManages(const RequestContext &ctx, const QString &role)
{
    if (ctx.caller().role != Role::Admin && role == u"admin"_s)
        return Error{ErrorCode::Forbidden, u"Only an administrator may manage administrator accounts"_s, {}};
    return {};
}

Status readSecrets(JsonReader &r, RequestContext &ctx, QVariant *passwordHash, QVariant *pinHash)
{
    if (r.has(u"password"_s)) {
        const QString pw = r.string(u"password"_s, Presence::Required, 200);
        if (r.ok() && pw.size() < 8)
            r.fail(u"password"_s, u"password must be at least 8 characters"_s);
        if (r.ok())
            *passwordHash = ctx.secrets.hashed(pw, ctx.state.config.passwordIterations);
    }
    if (r.has(u"pin"_s)) {
        const QString pin = r.string(u"pin"_s, Presence::Required, 12);
        bool digits = pin.size() >= 4 && pin.size() <= 8;
        for (const QChar c : pin)
            digits = digits && c.isDigit() && c.unicode() < 128;
        if (r.ok() && !digits)
            r.fail(u"pin"_s, u"pin must be 4 to 8 digits"_s);
        if (r.ok())
            *pinHash = ctx.secrets.hashed(pin, ctx.state.config.passwordIterations);
    }
    if (!r.ok())
        return r.error();
    return {};
}

ApiResult listUsers(RequestContext &ctx)
{
    auto users = UserRepository(ctx.db).all();
    if (!users)
        return users.error();
    QJsonArray out;
    for (const User &u : *users)
        out.append(u.toJson());
    return ApiResult::ok(QJsonObject{{u"users"_s, out}});
}

ApiResult createUser(RequestContext &ctx)
{
    JsonReader r(ctx.body);
    const QString username = r.text(u"username"_s, Presence::Required, 64);
    const QString display = r.string(u"display_name"_s, Presence::Optional, 100).trimmed();
    const QString role = r.string(u"role"_s, Presence::Required, 20);
    if (r.ok() && !roleFromName(role))
        r.fail(u"role"_s, u"role must be one of waiter|cashier|kitchen|manager|admin"_s);
    if (r.ok() && !r.has(u"password"_s) && !r.has(u"pin"_s))
        r.fail(u"password"_s, u"give a password or a pin"_s);
    QVariant pw, pin;
    if (auto s = readSecrets(r, ctx, &pw, &pin); !s)
        return s.error();
    if (auto s = checkManages(ctx, role); !s)
        return s.error();
    UserRepository users(ctx.db);
    auto taken = users.usernameTaken(username);
    if (!taken)
        return taken.error();
    if (*taken)
        return Error{ErrorCode::ValidationFailed, u"The username %1 is taken"_s.arg(username), QJsonObject{{u"field"_s, u"username"_s}}};
    auto id = users.insert(username, display.isEmpty() ? username : display, *roleFromName(role), pw, pin, ctx.now);
    if (!id)
        return id.error();
    auto user = users.user(*id);
    if (!user)
        return user.error();
    if (auto s = audit(ctx, u"user.create"_s, u"user"_s, *id, {}, user->toJson()); !s)
        return s.error();
    return ApiResult::ok(user->toJson(), 201);
}

ApiResult updateUser(RequestContext &ctx)
{
    UserRepository users(ctx.db);
    auto before = users.user(ctx.param(u"id"_s));
    if (!before)
        return before.error();
    if (auto s = checkManages(ctx, roleName(before->role)); !s)
        return s.error();
    JsonReader r(ctx.body);
    const QString display = r.has(u"display_name"_s) ? r.text(u"display_name"_s, Presence::Required, 100) : before->displayName;
    const QString role = r.has(u"role"_s) ? r.string(u"role"_s, Presence::Required, 20) : roleName(before->role);
    if (r.ok() && !roleFromName(role))
        r.fail(u"role"_s, u"role must be one of waiter|cashier|kitchen|manager|admin"_s);
    const bool active = r.boolean(u"active"_s, Presence::Optional, before->active);
    QVariant pw, pin;
    if (auto s = readSecrets(r, ctx, &pw, &pin); !s)
        return s.error();
    if (auto s = checkManages(ctx, role); !s)
        return s.error();
    if (before->id.toLongLong() == ctx.caller().id && (!active || role != roleName(before->role)))
        return Error{ErrorCode::ValidationFailed, u"You cannot disable yourself or change your own role"_s,
                     QJsonObject{{u"field"_s, u"active"_s}}};
    User changed = *before;
    changed.displayName = display;
    changed.role = *roleFromName(role);
    changed.active = active;
    if (auto s = users.update(changed, pw, pin, ctx.now); !s)
        return s.error();
    if (!active)
        (void)users.revokeAllOf(before->id.toLongLong());
    auto after = users.user(before->id);
    if (!after)
        return after.error();
    // Disabled: the user's sockets close; a new role filters their events from the next one on.
    ctx.afterCommit.append([&events = ctx.events, &state = ctx.state, id = before->id.toLongLong()] {
        state.accounts.remove(id); // its next request reads the account as it is now
        events.revalidateUser(id);
    });
    if (auto s = audit(ctx, u"user.update"_s, u"user"_s, before->id, before->toJson(), after->toJson()); !s)
        return s.error();
    return ApiResult::ok(after->toJson());
}

} // namespace

void registerAuthRoutes(Router &router)
{
    router.post(u"/api/v1/auth/login"_s, Permission::publicAccess(), Idempotency::None, login).secretWork = loginSecretWork;
    router.post(u"/api/v1/auth/refresh"_s, Permission::publicAccess(), Idempotency::None, refresh);
    router.post(u"/api/v1/auth/logout"_s, Permission::anyStaff(), Idempotency::None, logout);
}

void registerUserRoutes(Router &router)
{
    const Permission managers = Permission::only({Role::Manager});
    router.get(u"/api/v1/users"_s, managers, listUsers);
    router.post(u"/api/v1/users"_s, managers, Idempotency::Optional, createUser).secretWork = newSecretWork;
    router.patch(u"/api/v1/users/{id}"_s, managers, updateUser).secretWork = newSecretWork;
}

} // namespace tavola::server
