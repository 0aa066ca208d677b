#pragma once

#include <QList>
#include <QString>

namespace tavola::server {

/// PIN and password hashing asked for by one request, done before its handler runs and off the
/// server's thread: PBKDF2 takes a tenth of a second or more, which would stall every other till
/// and every event meanwhile. The handler asks the same questions and finds the answers here; a
/// question not asked ahead is answered on the spot.
class SecretWork
{
public:
    /// Asks whether `secret` matches `stored` (a hash from hashSecret).
    void verify(const QString &secret, const QString &stored);
    /// Asks for a new hash of `secret`.
    void hash(const QString &secret, int iterations);
    bool isEmpty() const { return m_checks.isEmpty() && m_hashes.isEmpty(); }
    int size() const { return int(m_checks.size() + m_hashes.size()); }
    /// Does the work; any thread.
    void run();

    /// verifySecret(secret, stored), answered from the work done ahead when it was asked for.
    bool verified(const QString &secret, const QString &stored) const;
    /// hashSecret(secret, iterations), the hash made ahead when it was asked for.
    QString hashed(const QString &secret, int iterations) const;

private:
    struct Check
    {
        QString secret;
        QString stored;
        bool matches = false;
    };
    struct Hash
    {
        QString secret;
        int iterations = 0;
        QString hash;
    };
    QList<Check> m_checks;
    QList<Hash> m_hashes;
    bool m_done = false;
};

} // namespace tavola::server
