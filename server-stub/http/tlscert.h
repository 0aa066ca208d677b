#pragma once

#include "domain/error.h"

#include <QSslConfiguration>
#include <QString>
#include <QStringList>

namespace tavola::server {

/// What `tavola-server --make-cert DIR` wrote.
struct MadeCertificate
{
    QString certPath; // DIR/tavola.crt (PEM)
    QString keyPath; // DIR/tavola.key (PEM, mode 0600)
    QString fingerprint; // SHA-256 of the certificate, "AB:CD:…" as the till shows it
    QStringList names; // subject alternative names
};

/// A self-signed certificate for the shop's LAN (ECDSA P-256, SHA-256, ten years), naming
/// localhost, this host's name and its addresses, for tills that pin it on first use.
Result<MadeCertificate> makeSelfSignedCertificate(const QString &dir);
/// The TLS configuration of a server with this certificate and key (TLS 1.2 or later).
Result<QSslConfiguration> serverTlsConfiguration(const QString &certPath, const QString &keyPath);
/// "AB:CD:…": the SHA-256 fingerprint the way people compare it.
QString fingerprintText(const QSslCertificate &certificate);

} // namespace tavola::server
