#pragma once

#include "api.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>

#include <deque>

namespace tavola::server {

/// JWT HS256 access tokens: sub, role, name, exp, iat, iss, aud.
class TokenSigner
{
public:
    static constexpr int kAccessSeconds = 15 * 60;
    static constexpr auto kIssuer = "tavola-server";
    static constexpr auto kAudience = "tavola-api";

    void setKey(const QByteArray &key)
    {
        m_key = key;
        m_verified.clear();
    }
    QString sign(const AuthUser &user, const QDateTime &now) const;
    /// The user id and role claimed by a valid, unexpired token signed with our key. A token
    /// verified once is known again by its text until it expires (a till sends the same token with
    /// every request; checking its signature and parsing it each time cost a tenth of a read).
    Result<AuthUser> verify(const QString &token, const QDateTime &now) const;

private:
    Result<AuthUser> verifyText(const QString &token, const QDateTime &now) const;
    QByteArray m_key;
    mutable QHash<QString, AuthUser> m_verified; // by the token's text
};

/// PBKDF2-SHA256 with a per-secret random salt: "pbkdf2-sha256$<iterations>$<salt>$<hash>".
/// PBKDF2-HMAC-SHA256 (RFC 8018) of `secret` with `salt`: `bytes` bytes (empty on failure).
QByteArray pbkdf2Sha256(const QByteArray &secret, const QByteArray &salt, int iterations, int bytes);
QString hashSecret(const QString &secret, int iterations);
bool verifySecret(const QString &secret, const QString &stored);
int hashIterations(const QString &stored);

/// A random URL-safe token of `bytes` random bytes (refresh tokens, ticket secrets, keys).
QString randomToken(int bytes = 32);
/// SHA-256 hex, for storing refresh tokens without keeping them.
QString sha256Hex(const QByteArray &data);
/// Constant-time comparison.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

/// Sliding one-minute windows per key ("login-user:alice", "ip:10.0.0.2", "user:7").
class RateLimiter
{
public:
    /// Records a hit; returns 0 when within `limit` per minute, else seconds until a slot frees.
    int hit(const QString &key, int limit, qint64 nowMs);
    /// Seconds to wait before `key` is below `limit` again (does not record a hit).
    int retryAfter(const QString &key, int limit, qint64 nowMs);
    void reset(const QString &key) { m_hits.remove(key); }
    void clear() { m_hits.clear(); }

private:
    void prune(std::deque<qint64> &hits, qint64 nowMs);
    QHash<QString, std::deque<qint64>> m_hits;
};

} // namespace tavola::server
