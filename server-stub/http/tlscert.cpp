#include "tlscert.h"

#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QSslCertificate>
#include <QSslKey>

#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {
Error tlsError(const QString &message)
{
    return Error{ErrorCode::ValidationFailed, message, {}};
}

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(n));
}

bool addExtension(X509 *cert, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}
} // namespace

QString fingerprintText(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)));
    return pairs.join(u':');
}

Result<MadeCertificate> makeSelfSignedCertificate(const QString &dirPath)
{
    QDir dir(dirPath);
    if (!dir.exists() && !QDir().mkpath(dirPath))
        return tlsError(u"Cannot create the folder %1"_s.arg(dirPath));
    MadeCertificate made;
    made.certPath = dir.absoluteFilePath(u"tavola.crt"_s);
    made.keyPath = dir.absoluteFilePath(u"tavola.key"_s);
    if (QFile::exists(made.certPath) || QFile::exists(made.keyPath))
        return tlsError(
            u"%1 already has tavola.crt or tavola.key: move them away first (tills pinned the old certificate)"_s.arg(dir.absolutePath()));

    // Names: localhost, this machine's name, and every address the tills may use.
    const QString host = QHostInfo::localHostName();
    QStringList dns{u"localhost"_s};
    if (!host.isEmpty() && host != u"localhost"_s) {
        dns.append(host);
        if (!host.contains(u'.'))
            dns.append(host + u".local"_s);
    }
    QStringList ips{u"127.0.0.1"_s, u"::1"_s};
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.isLoopback() || a.isLinkLocal() || a.isNull())
            continue;
        const QString text = a.toString().section(u'%', 0, 0);
        if (!ips.contains(text))
            ips.append(text);
    }
    QStringList san;
    for (const QString &d : dns)
        san.append(u"DNS:"_s + d);
    for (const QString &ip : ips)
        san.append(u"IP:"_s + ip);
    made.names = san;

    PKey key(EVP_EC_gen("P-256"));
    Cert cert(X509_new());
    if (!key || !cert)
        return tlsError(u"OpenSSL could not create a key"_s);
    X509_set_version(cert.get(), 2); // v3
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7F; // positive
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -24 * 3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = u"Tavola server %1"_s.arg(host.isEmpty() ? u"localhost"_s : host).left(64).toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Tavola"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (!addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(cert.get(), NID_ext_key_usage, "serverAuth") || !addExtension(cert.get(), NID_subject_key_identifier, "hash")
        || !addExtension(cert.get(), NID_subject_alt_name, san.join(u',').toLatin1()))
        return tlsError(u"OpenSSL refused the certificate's extensions"_s);
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return tlsError(u"OpenSSL could not sign the certificate"_s);

    Bio certBio(BIO_new(BIO_s_mem()));
    Bio keyBio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(certBio.get(), cert.get())
        || !PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return tlsError(u"OpenSSL could not write PEM"_s);

    QFile keyFile(made.keyPath);
    // The key is readable by its owner only, from its first byte.
    if (!keyFile.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || keyFile.write(bioBytes(keyBio.get())) < 0 || !keyFile.flush())
        return tlsError(u"Cannot write %1"_s.arg(made.keyPath));
    keyFile.close();
    QFile certFile(made.certPath);
    const QByteArray pem = bioBytes(certBio.get());
    if (!certFile.open(QIODevice::WriteOnly | QIODevice::NewOnly) || certFile.write(pem) < 0 || !certFile.flush())
        return tlsError(u"Cannot write %1"_s.arg(made.certPath));
    made.fingerprint = fingerprintText(QSslCertificate(pem, QSsl::Pem));
    return made;
}

Result<QSslConfiguration> serverTlsConfiguration(const QString &certPath, const QString &keyPath)
{
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly))
        return tlsError(u"Cannot read the TLS certificate %1"_s.arg(certPath));
    if (!keyFile.open(QIODevice::ReadOnly))
        return tlsError(u"Cannot read the TLS key %1"_s.arg(keyPath));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return tlsError(u"%1 holds no PEM certificate"_s.arg(certPath));
    if (key.isNull())
        return tlsError(u"%1 holds no PEM private key (EC or RSA)"_s.arg(keyPath));
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setLocalCertificateChain(chain);
    c.setPrivateKey(key);
    c.setProtocol(QSsl::TlsV1_2OrLater);
    c.setPeerVerifyMode(QSslSocket::VerifyNone); // tills are not asked for certificates
    return c;
}

} // namespace tavola::server
