#include "certificatepins.h"

#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tavola::client {

CertificatePins::CertificatePins(const QString &settingsFile, QObject *parent)
    : QObject(parent),
      m_settings(settingsFile.isEmpty() ? std::make_unique<QSettings>() : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
}

CertificatePins::~CertificatePins() = default;

QString CertificatePins::fingerprint(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)));
    return pairs.join(u':');
}

QString CertificatePins::serverOf(const QString &url)
{
    const QUrl u(url);
    return u.host().toLower() + u':' + QString::number(u.port(u.scheme() == u"https"_s || u.scheme() == u"wss"_s ? 443 : 80));
}

namespace {
QString key(const QString &server)
{
    // QSettings keys may not hold '/' or '\'; a server is host:port.
    return u"certificate-pins/"_s + QString(server).replace(u'/', u'_').replace(u'\\', u'_');
}
} // namespace

QString CertificatePins::pinned(const QString &server) const
{
    return m_settings->value(key(server)).toString();
}

void CertificatePins::pin(const QString &server, const QString &fp)
{
    m_settings->setValue(key(server), fp);
    m_settings->sync();
    m_refused.remove(server);
}

void CertificatePins::forget(const QString &server)
{
    m_settings->remove(key(server));
    m_settings->sync();
}

CertificatePins::Verdict CertificatePins::check(const QString &server, const QSslCertificate &certificate) const
{
    const QString known = pinned(server);
    if (known.isEmpty())
        return Verdict::Unknown;
    return known == fingerprint(certificate) ? Verdict::Trusted : Verdict::Changed;
}

bool CertificatePins::accept(const QString &server, const QList<QSslError> &errors)
{
    // The server's own certificate: the one every error is about (self-signed, other name).
    QSslCertificate leaf;
    for (const QSslError &e : errors) {
        if (!e.certificate().isNull()) {
            leaf = e.certificate();
            break;
        }
    }
    if (leaf.isNull())
        return false;
    const Verdict v = check(server, leaf);
    if (v == Verdict::Trusted)
        return true;
    const QString fp = fingerprint(leaf);
    m_refused.insert(server, fp);
    emit untrusted(server, fp, v == Verdict::Changed);
    return false;
}

QString CertificatePins::lastRefused(const QString &server) const
{
    return m_refused.value(server);
}

} // namespace tavola::client
