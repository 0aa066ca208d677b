#pragma once

#include "domain/staff.h"
#include "storage/database.h"

namespace tavola::server {

/// Staff accounts, their secrets' hashes and their refresh tokens (sign-in sessions).
class UserRepository
{
public:
    explicit UserRepository(Database &db) : m_db(db) { }

    /// A user with the hashes of their secrets (empty when not set).
    struct Account
    {
        User user;
        QString passwordHash;
        QString pinHash;
    };
    /// A refresh token with its owner.
    struct RefreshToken
    {
        qint64 id = 0;
        QString family;
        bool revoked = false;
        QDateTime expiresAt;
        User user;
    };

    Result<std::optional<Account>> byUsername(const QString &username);
    /// The user, or NOT_FOUND.
    Result<User> user(const QString &id);
    Result<QList<User>> all();
    Result<bool> usernameTaken(const QString &username);
    Result<qint64> count();
    /// A new active user; a null hash leaves that secret unset. Returns the id.
    Result<QString> insert(const QString &username, const QString &displayName, Role role, const QVariant &passwordHash,
                           const QVariant &pinHash, const QDateTime &now);
    /// Writes name, role and active; a null hash keeps that secret as it is.
    Status update(const User &user, const QVariant &passwordHash, const QVariant &pinHash, const QDateTime &now);
    /// (username, PIN hash) of every active manager and admin with a PIN.
    Result<QList<std::pair<QString, QString>>> managerPinHashes();

    Status insertRefreshToken(qint64 userId, const QString &family, const QString &tokenHash, const QDateTime &expiresAt,
                              const QDateTime &now);
    Result<std::optional<RefreshToken>> refreshToken(const QString &tokenHash);
    /// The family (sign-in) of one of the user's tokens, if it is theirs.
    Result<std::optional<QString>> familyOf(qint64 userId, const QString &tokenHash);
    Status revokeToken(qint64 tokenId);
    Status revokeFamily(const QString &family);
    /// Revokes the family of `tokenHash`, only among the user's own tokens.
    Status revokeFamilyOf(qint64 userId, const QString &tokenHash);
    Status revokeAllOf(qint64 userId);

private:
    Database &m_db;
};

} // namespace tavola::server
