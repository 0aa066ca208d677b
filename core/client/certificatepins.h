#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

#include <memory>

class QSettings;

namespace tavola::client {

/// Trust on first use for servers with their own certificate (`tavola-server --make-cert`): the
/// first time a till meets a server whose certificate no authority vouches for, it refuses and
/// asks, showing the certificate's fingerprint for a manager to compare with the server's; once
/// confirmed, that certificate — and only that one — is trusted for that server. A changed
/// certificate is refused with a warning until a manager confirms the new one. Certificates that
/// the system already trusts (a chain behind nginx with a public certificate) need no pin.
class CertificatePins : public QObject
{
    Q_OBJECT

public:
    enum class Verdict { Trusted, Unknown, Changed };

    /// Pins are kept in `settingsFile` (INI), or in the application's settings when empty.
    explicit CertificatePins(const QString &settingsFile = {}, QObject *parent = nullptr);
    ~CertificatePins() override;

    /// "AB:CD:…", the SHA-256 of the certificate, as tavola-server prints it.
    static QString fingerprint(const QSslCertificate &certificate);
    /// "host:port" of a URL.
    static QString serverOf(const QString &url);

    QString pinned(const QString &server) const;
    void pin(const QString &server, const QString &fingerprint);
    void forget(const QString &server);
    Verdict check(const QString &server, const QSslCertificate &certificate) const;

    /// For an sslErrors handler: true when the connection may go on (the certificate is the one
    /// pinned for `server`; the caller then ignores `errors`). Otherwise emits untrusted().
    bool accept(const QString &server, const QList<QSslError> &errors);
    /// The certificate of `server` as the last refused handshake showed it (for a retry after trust).
    QString lastRefused(const QString &server) const;

signals:
    /// A server's certificate is not trusted: `changed` when another one was pinned before.
    void untrusted(const QString &server, const QString &fingerprint, bool changed);

private:
    std::unique_ptr<QSettings> m_settings;
    QHash<QString, QString> m_refused;
};

} // namespace tavola::client
