#include "auth.h"

#include "domain/json.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <openssl/evp.h>

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {
constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

Error unauthenticated(const QString &message)
{
    return Error{ErrorCode::Unauthenticated, message, {}};
}
} // namespace

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QString TokenSigner::sign(const AuthUser &user, const QDateTime &now) const
{
    const QByteArray header = QByteArray(R"({"alg":"HS256","typ":"JWT"})").toBase64(kB64);
    const qint64 iat = now.toSecsSinceEpoch();
    QJsonObject claims{{u"sub"_s, QString::number(user.id)},
                       {u"role"_s, roleName(user.role)},
                       {u"name"_s, user.username},
                       {u"iat"_s, iat},
                       {u"exp"_s, iat + kAccessSeconds},
                       {u"iss"_s, QLatin1StringView(kIssuer)},
                       {u"aud"_s, QLatin1StringView(kAudience)}};
    if (!user.session.isEmpty())
        claims.insert(u"sid"_s, user.session); // so signing out can end this sign-in's sockets
    const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kB64);
    const QByteArray input = header + '.' + payload;
    const QByteArray sig = QMessageAuthenticationCode::hash(input, m_key, QCryptographicHash::Sha256).toBase64(kB64);
    return QString::fromLatin1(input + '.' + sig);
}

Result<AuthUser> TokenSigner::verify(const QString &token, const QDateTime &now) const
{
    if (const auto known = m_verified.constFind(token); known != m_verified.cend()) {
        if (known->expiresAt > now.toSecsSinceEpoch())
            return *known;
        m_verified.erase(known);
        return unauthenticated(u"The access token has expired"_s);
    }
    auto verified = verifyText(token, now);
    if (verified) {
        if (m_verified.size() >= 10'000) // (tokens live 15 minutes: a busy day's tills stay far below)
            m_verified.clear();
        m_verified.insert(token, *verified);
    }
    return verified;
}

Result<AuthUser> TokenSigner::verifyText(const QString &token, const QDateTime &now) const
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3 || token.size() > 4096)
        return unauthenticated(u"The access token is malformed"_s);
    // Strict base64url: only its alphabet, no padding, and the one canonical spelling of the bytes
    // (a decoder that skips "==", "***" or "!!" would accept a token that was never issued).
    for (const QByteArray &part : parts) {
        for (const char c : part)
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
                return unauthenticated(u"The access token is malformed"_s);
        const auto bytes = QByteArray::fromBase64Encoding(part, kB64);
        if (!bytes || bytes.decoded.toBase64(kB64) != part)
            return unauthenticated(u"The access token is malformed"_s);
    }
    const QByteArray expected = QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], m_key, QCryptographicHash::Sha256);
    const auto sig = QByteArray::fromBase64Encoding(parts[2], kB64);
    if (!sig || !constantTimeEquals(*sig, expected))
        return unauthenticated(u"The access token is not valid"_s);
    const auto header = QByteArray::fromBase64Encoding(parts[0], kB64);
    if (!header || QJsonDocument::fromJson(*header).object().value(u"alg"_s).toString() != u"HS256"_s)
        return unauthenticated(u"The access token is not valid"_s);
    const auto payload = QByteArray::fromBase64Encoding(parts[1], kB64);
    const QJsonObject claims = payload ? QJsonDocument::fromJson(*payload).object() : QJsonObject();
    if (claims.value(u"iss"_s).toString() != QLatin1StringView(kIssuer)
        || claims.value(u"aud"_s).toString() != QLatin1StringView(kAudience))
        return unauthenticated(u"The access token is not for this server"_s);
    if (claims.value(u"exp"_s).toInteger() <= now.toSecsSinceEpoch())
        return unauthenticated(u"The access token has expired"_s);
    const auto role = roleFromName(claims.value(u"role"_s).toString());
    bool ok = false;
    const qint64 id = claims.value(u"sub"_s).toString().toLongLong(&ok);
    if (!role || !ok)
        return unauthenticated(u"The access token is not valid"_s);
    return AuthUser{id,    claims.value(u"name"_s).toString(), QString(),
                    *role, claims.value(u"exp"_s).toInteger(), claims.value(u"sid"_s).toString()};
}

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(raw.toBase64(kB64));
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray pbkdf2Sha256(const QByteArray &secret, const QByteArray &salt, int iterations, int bytes)
{
    // OpenSSL's PBKDF2 (RFC 8018) gives the very bytes QPasswordDigestor gave, three to four
    // times faster: a sign-in waits that much less, the hashing threads serve that many more.
    QByteArray key(bytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), bytes, reinterpret_cast<unsigned char *>(key.data()))
        != 1)
        return {};
    return key;
}

QString hashSecret(const QString &secret, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QByteArray hash = pbkdf2Sha256(secret.toUtf8(), salt, iterations, 32);
    return u"pbkdf2-sha256$%1$%2$%3"_s.arg(iterations).arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

int hashIterations(const QString &stored)
{
    return stored.section(u'$', 1, 1).toInt();
}

bool verifySecret(const QString &secret, const QString &stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts[0] != u"pbkdf2-sha256"_s)
        return false;
    const int iterations = parts[1].toInt();
    if (iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    if (expected.isEmpty())
        return false;
    const QByteArray actual = pbkdf2Sha256(secret.toUtf8(), salt, iterations, int(expected.size()));
    return !actual.isEmpty() && constantTimeEquals(actual, expected);
}

void RateLimiter::prune(std::deque<qint64> &hits, qint64 nowMs)
{
    while (!hits.empty() && hits.front() <= nowMs - 60'000)
        hits.pop_front();
}

int RateLimiter::retryAfter(const QString &key, int limit, qint64 nowMs)
{
    auto it = m_hits.find(key);
    if (it == m_hits.end())
        return 0;
    prune(*it, nowMs);
    if (static_cast<int>(it->size()) < limit)
        return 0;
    const qint64 freeAt = (*it)[it->size() - static_cast<std::size_t>(limit)] + 60'000;
    return static_cast<int>(std::max<qint64>(1, (freeAt - nowMs + 999) / 1000));
}

int RateLimiter::hit(const QString &key, int limit, qint64 nowMs)
{
    if (const int wait = retryAfter(key, limit, nowMs); wait > 0)
        return wait;
    auto &hits = m_hits[key];
    hits.push_back(nowMs);
    if (m_hits.size() > 100'000) { // bound memory under a flood of distinct keys
        for (auto it = m_hits.begin(); it != m_hits.end();) {
            prune(*it, nowMs);
            it = it->empty() ? m_hits.erase(it) : std::next(it);
        }
    }
    return 0;
}

} // namespace tavola::server

namespace tavola::server {

void SecretWork::verify(const QString &secret, const QString &stored)
{
    m_checks.append({secret, stored, false});
}

void SecretWork::hash(const QString &secret, int iterations)
{
    m_hashes.append({secret, iterations, {}});
}

void SecretWork::run()
{
    for (Check &c : m_checks)
        c.matches = verifySecret(c.secret, c.stored);
    for (Hash &h : m_hashes)
        h.hash = hashSecret(h.secret, h.iterations);
    m_done = true;
}

bool SecretWork::verified(const QString &secret, const QString &stored) const
{
    if (m_done) {
        for (const Check &c : m_checks) {
            if (c.stored == stored && c.secret == secret)
                return c.matches;
        }
    }
    return verifySecret(secret, stored);
}

QString SecretWork::hashed(const QString &secret, int iterations) const
{
    if (m_done) {
        for (const Hash &h : m_hashes) {
            if (h.secret == secret && h.iterations == iterations)
                return h.hash;
        }
    }
    return hashSecret(secret, iterations);
}

} // namespace tavola::server
