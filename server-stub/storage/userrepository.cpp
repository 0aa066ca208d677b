#include "storage/userrepository.h"

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

User userFromRow(const Row &r, const QString &idColumn = u"id"_s)
{
    User user;
    user.id = r.value(idColumn).toString();
    user.username = r.value(u"username"_s).toString();
    user.displayName = r.value(u"display_name"_s).toString();
    user.role = enumFromName<Role>(r.value(u"role"_s).toString()).value_or(Role::Waiter);
    user.active = r.value(u"active"_s).toInt() != 0;
    return user;
}

} // namespace

Result<std::optional<UserRepository::Account>> UserRepository::byUsername(const QString &username)
{
    auto rows = m_db.rows(u"SELECT id, username, display_name, role, password_hash, pin_hash, active FROM users WHERE username = ?"_s,
                          {username});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Account>();
    const Row &r = rows->first();
    return std::optional(Account{userFromRow(r), r.value(u"password_hash"_s).toString(), r.value(u"pin_hash"_s).toString()});
}

Result<User> UserRepository::user(const QString &id)
{
    auto row = m_db.row(u"SELECT id, username, display_name, role, active FROM users WHERE id = ?"_s, {id},
                        u"No user with id %1"_s.arg(id));
    if (!row)
        return row.error();
    return userFromRow(*row);
}

Result<QList<User>> UserRepository::all()
{
    auto rows = m_db.rows(u"SELECT id, username, display_name, role, active FROM users ORDER BY id"_s);
    if (!rows)
        return rows.error();
    QList<User> out;
    for (const Row &r : *rows)
        out.append(userFromRow(r));
    return out;
}

Result<bool> UserRepository::usernameTaken(const QString &username)
{
    auto id = m_db.scalar(u"SELECT id FROM users WHERE username = ?"_s, {username});
    if (!id)
        return id.error();
    return !id->isNull();
}

Result<qint64> UserRepository::count()
{
    auto n = m_db.scalar(u"SELECT COUNT(*) FROM users"_s);
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<QString> UserRepository::insert(const QString &username, const QString &displayName, Role role, const QVariant &passwordHash,
                                       const QVariant &pinHash, const QDateTime &now)
{
    auto id = m_db.scalar(u"INSERT INTO users (username, display_name, role, password_hash, pin_hash, active, created_at, updated_at) "
                          "VALUES (?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"_s,
                          {username, displayName, enumName(role), passwordHash, pinHash, toMs(now), toMs(now)});
    if (!id)
        return id.error();
    return id->toString();
}

Status UserRepository::update(const User &user, const QVariant &passwordHash, const QVariant &pinHash, const QDateTime &now)
{
    return m_db.run(u"UPDATE users SET display_name = ?, role = ?, active = ?, password_hash = COALESCE(?, password_hash), "
                    "pin_hash = COALESCE(?, pin_hash), updated_at = ? WHERE id = ?"_s,
                    {user.displayName, enumName(user.role), user.active ? 1 : 0, passwordHash, pinHash, toMs(now), user.id.toLongLong()});
}

Result<QList<std::pair<QString, QString>>> UserRepository::managerPinHashes()
{
    auto rows = m_db.rows(
        u"SELECT username, pin_hash FROM users WHERE role IN ('manager', 'admin') AND active = 1 AND pin_hash IS NOT NULL"_s);
    if (!rows)
        return rows.error();
    QList<std::pair<QString, QString>> out;
    for (const Row &r : *rows)
        out.append({r.value(u"username"_s).toString(), r.value(u"pin_hash"_s).toString()});
    return out;
}

Status UserRepository::insertRefreshToken(qint64 userId, const QString &family, const QString &tokenHash, const QDateTime &expiresAt,
                                          const QDateTime &now)
{
    return m_db.run(
        u"INSERT INTO refresh_tokens (user_id, family, token_hash, expires_at, revoked, created_at) VALUES (?, ?, ?, ?, 0, ?)"_s,
        {userId, family, tokenHash, toMs(expiresAt), toMs(now)});
}

Result<std::optional<UserRepository::RefreshToken>> UserRepository::refreshToken(const QString &tokenHash)
{
    auto rows = m_db.rows(u"SELECT t.id, t.family, t.revoked, t.expires_at, u.id AS user_id, u.username, u.display_name, u.role, u.active "
                          "FROM refresh_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?"_s,
                          {tokenHash});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<RefreshToken>();
    const Row &t = rows->first();
    return std::optional(RefreshToken{t.value(u"id"_s).toLongLong(), t.value(u"family"_s).toString(), t.value(u"revoked"_s).toInt() != 0,
                                      fromMs(t.value(u"expires_at"_s)), userFromRow(t, u"user_id"_s)});
}

Result<std::optional<QString>> UserRepository::familyOf(qint64 userId, const QString &tokenHash)
{
    auto rows = m_db.rows(u"SELECT family FROM refresh_tokens WHERE user_id = ? AND token_hash = ?"_s, {userId, tokenHash});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<QString>();
    return std::optional(rows->first().value(u"family"_s).toString());
}

Status UserRepository::revokeToken(qint64 tokenId)
{
    return m_db.run(u"UPDATE refresh_tokens SET revoked = 1 WHERE id = ?"_s, {tokenId});
}

Status UserRepository::revokeFamily(const QString &family)
{
    return m_db.run(u"UPDATE refresh_tokens SET revoked = 1 WHERE family = ?"_s, {family});
}

Status UserRepository::revokeFamilyOf(qint64 userId, const QString &tokenHash)
{
    return m_db.run(u"UPDATE refresh_tokens SET revoked = 1 WHERE user_id = ? AND family IN "
                    "(SELECT family FROM refresh_tokens WHERE token_hash = ?)"_s,
                    {userId, tokenHash});
}

Status UserRepository::revokeAllOf(qint64 userId)
{
    return m_db.run(u"UPDATE refresh_tokens SET revoked = 1 WHERE user_id = ?"_s, {userId});
}

} // namespace tavola::server
