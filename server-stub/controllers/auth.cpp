// /api/v1/auth/* and /api/v1/users.
#include "controllers.h"

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

constexpr qint64 kRefreshMs = 7LL * 24 * 3600 * 1000;

QJsonObject userJson(const Row &r)
{
    User user;
    user.id = r.value(u"id"_s).toString();
    user.username = r.value(u"username"_s).toString();
    user.displayName = r.value(u"display_name"_s).toString();
    user.role = roleFromName(r.value(u"role"_s).toString()).value_or(Role::Waiter);
    user.active = r.value(u"active"_s).toInt() != 0;
    return user.toJson();
}

/// Issues an access token and a refresh token (in `family`, or a new family).
Result<QJsonObject> issueTokens(RequestContext &ctx, const Row &user, QString family)
{
    const auto role = roleFromName(user.value(u"role"_s).toString());
    AuthUser au{user.value(u"id"_s).toLongLong(), user.value(u"username"_s).toString(),
                user.value(u"display_name"_s).toString(), role.value_or(Role::Waiter), 0, {}};
    if (family.isEmpty())
        family = randomToken(16);
    au.session = family;
    const QString refresh = randomToken(32);
    auto r = ctx.db.exec(u"INSERT INTO refresh_tokens (user_id, family, token_hash, expires_at, revoked, created_at) VALUES (?, ?, ?, ?, 0, ?)"_s,
                         {au.id, family, sha256Hex(refresh.toLatin1()), toMs(ctx.now) + kRefreshMs, toMs(ctx.now)});
    if (!r)
        return r.error();
    QJsonObject u = userJson(user);
    u.remove(u"active"_s);
    return QJsonObject{{u"access_token"_s, ctx.state.tokens.sign(au, ctx.now)},
                       {u"refresh_token"_s, refresh},
                       {u"token_type"_s, u"Bearer"_s},
                       {u"expires_in"_s, TokenSigner::kAccessSeconds},
                       {u"user"_s, u}};
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
    const qint64 nowMs = toMs(ctx.now);
    const int limit = ctx.state.config.loginFailuresPerMinute;
    const QString userKey = u"login-user:"_s + username.toCaseFolded();
    const QString addrKey = u"login-addr:"_s + ctx.http.peer.toString();
    const int wait = std::max(ctx.state.limiter.retryAfter(userKey, limit, nowMs), ctx.state.limiter.retryAfter(addrKey, limit, nowMs));
    if (wait > 0) {
        ++ctx.state.metrics.rateLimited;
        ApiResult res = ApiResult::fail(Error{ErrorCode::RateLimited, u"Too many failed sign-ins; try again in %1 s"_s.arg(wait), {}});
        res.headers.append({"Retry-After", QByteArray::number(wait)});
        return res;
    }
    auto rows = ctx.db.rows(u"SELECT id, username, display_name, role, password_hash, pin_hash, active FROM users WHERE username = ?"_s,
                            {username});
    if (!rows)
        return rows.error();
    const Row user = rows->isEmpty() ? Row() : rows->first();
    const QString stored = user.value(hasPin ? u"pin_hash"_s : u"password_hash"_s).toString();
    // Verify even for unknown users, against a hash of the same strength as a real one, so the
    // time taken does not tell which usernames exist.
    const bool good = verifySecret(secret, stored.isEmpty() ? ctx.state.dummySecretHash() : stored) && !stored.isEmpty()
                      && user.value(u"active"_s).toInt() == 1;
    if (!good) {
        ctx.state.limiter.hit(userKey, limit, nowMs);
        ctx.state.limiter.hit(addrKey, limit, nowMs);
        return Error{ErrorCode::Unauthenticated, hasPin ? u"Wrong username or PIN"_s : u"Wrong username or password"_s, {}};
    }
    ctx.state.limiter.reset(userKey);
    auto tokens = issueTokens(ctx, user, {});
    if (!tokens)
        return tokens.error();
    ctx.user = AuthUser{user.value(u"id"_s).toLongLong(), username, {}, roleFromName(user.value(u"role"_s).toString()).value_or(Role::Waiter), 0, {}};
    if (auto s = audit(ctx, u"auth.login"_s, u"user"_s, user.value(u"id"_s).toString()); !s)
        return s.error();
    return ApiResult::ok(*tokens);
}

ApiResult refresh(RequestContext &ctx)
{
    JsonReader r(ctx.body);
    const QString token = r.text(u"refresh_token"_s, Presence::Required, 200);
    if (!r.ok())
        return r.error();
    auto rows = ctx.db.rows(u"SELECT t.id, t.family, t.revoked, t.expires_at, u.id AS user_id, u.username, u.display_name, u.role, u.active "
                            "FROM refresh_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?"_s,
                            {sha256Hex(token.toLatin1())});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{ErrorCode::Unauthenticated, u"Unknown refresh token; sign in again"_s, {}};
    const Row t = rows->first();
    const QString family = t.value(u"family"_s).toString();
    if (t.value(u"revoked"_s).toInt() != 0) {
        // A revoked token came back: it was stolen or replayed. Revoke the whole family. This
        // must stick even though the request fails, so it runs after the rollback below.
        const qint64 userId = t.value(u"user_id"_s).toLongLong();
        ctx.state.pendingAfterRollback.append([family, userId](Database &db) {
            (void)db.exec(u"UPDATE refresh_tokens SET revoked = 1 WHERE family = ?"_s, {family});
            Q_UNUSED(userId);
        });
        return Error{ErrorCode::Unauthenticated, u"This refresh token was already used; all sessions of this sign-in are revoked"_s, {}};
    }
    if (t.value(u"expires_at"_s).toLongLong() <= toMs(ctx.now))
        return Error{ErrorCode::Unauthenticated, u"The refresh token has expired; sign in again"_s, {}};
    if (t.value(u"active"_s).toInt() == 0)
        return Error{ErrorCode::Unauthenticated, u"The account is disabled"_s, {}};
    if (auto u = ctx.db.exec(u"UPDATE refresh_tokens SET revoked = 1 WHERE id = ?"_s, {t.value(u"id"_s)}); !u)
        return u.error();
    Row user{{u"id"_s, t.value(u"user_id"_s)}, {u"username"_s, t.value(u"username"_s)},
             {u"display_name"_s, t.value(u"display_name"_s)}, {u"role"_s, t.value(u"role"_s)}};
    auto tokens = issueTokens(ctx, user, family);
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
    std::optional<QString> session = QString(); // empty: every sign-in of the caller; none: nothing to end
    if (!token.isEmpty()) {
        auto family = ctx.db.rows(u"SELECT family FROM refresh_tokens WHERE user_id = ? AND token_hash = ?"_s,
                                  {ctx.caller().id, sha256Hex(token.toLatin1())});
        if (!family)
            return family.error();
        session = family->isEmpty() ? std::nullopt : std::optional(family->first().value(u"family"_s).toString());
        // Revoke the family of the given token (only the caller's own).
        if (auto r = ctx.db.exec(u"UPDATE refresh_tokens SET revoked = 1 WHERE user_id = ? AND family IN "
                                 "(SELECT family FROM refresh_tokens WHERE token_hash = ?)"_s,
                                 {ctx.caller().id, sha256Hex(token.toLatin1())});
            !r)
            return r.error();
    } else if (auto r = ctx.db.exec(u"UPDATE refresh_tokens SET revoked = 1 WHERE user_id = ?"_s, {ctx.caller().id}); !r) {
        return r.error();
    }
    if (auto s = audit(ctx, u"auth.logout"_s, u"user"_s, QString::number(ctx.caller().id)); !s)
        return s.error();
    // Signed out: the event sockets of that sign-in (or of all of them) close at once.
    if (session)
        ctx.state.afterCommit.append([&events = ctx.events, id = ctx.caller().id, s = *session] { events.endSessions(id, s); });
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
            *passwordHash = hashSecret(pw, ctx.state.config.passwordIterations);
    }
    if (r.has(u"pin"_s)) {
        const QString pin = r.string(u"pin"_s, Presence::Required, 12);
        bool digits = pin.size() >= 4 && pin.size() <= 8;
        for (const QChar c : pin)
            digits = digits && c.isDigit() && c.unicode() < 128;
        if (r.ok() && !digits)
            r.fail(u"pin"_s, u"pin must be 4 to 8 digits"_s);
        if (r.ok())
            *pinHash = hashSecret(pin, ctx.state.config.passwordIterations);
    }
    if (!r.ok())
        return r.error();
    return {};
}

ApiResult listUsers(RequestContext &ctx)
{
    auto rows = ctx.db.rows(u"SELECT id, username, display_name, role, active FROM users ORDER BY id"_s);
    if (!rows)
        return rows.error();
    QJsonArray out;
    for (const Row &r : *rows)
        out.append(userJson(r));
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
    auto exists = ctx.db.scalar(u"SELECT id FROM users WHERE username = ?"_s, {username});
    if (!exists)
        return exists.error();
    if (!exists->isNull())
        return Error{ErrorCode::ValidationFailed, u"The username %1 is taken"_s.arg(username), QJsonObject{{u"field"_s, u"username"_s}}};
    auto id = ctx.db.scalar(u"INSERT INTO users (username, display_name, role, password_hash, pin_hash, active, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"_s,
                            {username, display.isEmpty() ? username : display, role, pw, pin, toMs(ctx.now), toMs(ctx.now)});
    if (!id)
        return id.error();
    auto row = ctx.db.row(u"SELECT id, username, display_name, role, active FROM users WHERE id = ?"_s, {*id}, {});
    if (!row)
        return row.error();
    if (auto s = audit(ctx, u"user.create"_s, u"user"_s, id->toString(), {}, userJson(*row)); !s)
        return s.error();
    return ApiResult::ok(userJson(*row), 201);
}

ApiResult updateUser(RequestContext &ctx)
{
    auto before = ctx.db.row(u"SELECT id, username, display_name, role, active FROM users WHERE id = ?"_s, {ctx.param(u"id"_s)},
                             u"No user with id %1"_s.arg(ctx.param(u"id"_s)));
    if (!before)
        return before.error();
    if (auto s = checkManages(ctx, before->value(u"role"_s).toString()); !s)
        return s.error();
    JsonReader r(ctx.body);
    const QString display = r.has(u"display_name"_s) ? r.text(u"display_name"_s, Presence::Required, 100) : before->value(u"display_name"_s).toString();
    const QString role = r.has(u"role"_s) ? r.string(u"role"_s, Presence::Required, 20) : before->value(u"role"_s).toString();
    if (r.ok() && !roleFromName(role))
        r.fail(u"role"_s, u"role must be one of waiter|cashier|kitchen|manager|admin"_s);
    const bool active = r.boolean(u"active"_s, Presence::Optional, before->value(u"active"_s).toInt() != 0);
    QVariant pw, pin;
    if (auto s = readSecrets(r, ctx, &pw, &pin); !s)
        return s.error();
    if (auto s = checkManages(ctx, role); !s)
        return s.error();
    if (before->value(u"id"_s).toLongLong() == ctx.caller().id && (!active || role != before->value(u"role"_s).toString()))
        return Error{ErrorCode::ValidationFailed, u"You cannot disable yourself or change your own role"_s, QJsonObject{{u"field"_s, u"active"_s}}};
    auto u = ctx.db.exec(u"UPDATE users SET display_name = ?, role = ?, active = ?, password_hash = COALESCE(?, password_hash), "
                         "pin_hash = COALESCE(?, pin_hash), updated_at = ? WHERE id = ?"_s,
                         {display, role, active ? 1 : 0, pw, pin, toMs(ctx.now), before->value(u"id"_s)});
    if (!u)
        return u.error();
    if (!active)
        (void)ctx.db.exec(u"UPDATE refresh_tokens SET revoked = 1 WHERE user_id = ?"_s, {before->value(u"id"_s)});
    auto after = ctx.db.row(u"SELECT id, username, display_name, role, active FROM users WHERE id = ?"_s, {before->value(u"id"_s)}, {});
    if (!after)
        return after.error();
    // Disabled: the user's sockets close; a new role filters their events from the next one on.
    ctx.state.afterCommit.append([&events = ctx.events, id = before->value(u"id"_s).toLongLong()] { events.revalidateUser(id); });
    if (auto s = audit(ctx, u"user.update"_s, u"user"_s, before->value(u"id"_s).toString(), userJson(*before), userJson(*after)); !s)
        return s.error();
    return ApiResult::ok(userJson(*after));
}

} // namespace

void registerAuthRoutes(Router &router)
{
    router.post(u"/api/v1/auth/login"_s, Permission::publicAccess(), Idempotency::None, login);
    router.post(u"/api/v1/auth/refresh"_s, Permission::publicAccess(), Idempotency::None, refresh);
    router.post(u"/api/v1/auth/logout"_s, Permission::anyStaff(), Idempotency::None, logout);
}

void registerUserRoutes(Router &router)
{
    const Permission managers = Permission::only({Role::Manager});
    router.get(u"/api/v1/users"_s, managers, listUsers);
    router.post(u"/api/v1/users"_s, managers, Idempotency::Optional, createUser);
    router.patch(u"/api/v1/users/{id}"_s, managers, updateUser);
}

} // namespace tavola::server
