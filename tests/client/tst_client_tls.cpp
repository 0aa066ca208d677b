// HTTPS and WSS on the LAN, end to end: `tavola-server --make-cert` writes a certificate for the
// shop's names and addresses, the server serves REST and the event stream over TLS on one port,
// and a till trusts that certificate only once a manager has confirmed its fingerprint (pinned per
// server); a changed certificate is refused with a warning, REST and WebSocket alike.
#include "apiclient.h"
#include "certificatepins.h"
#include "clienttest.h"
#include "errortext.h"
#include "realtimeclient.h"
#include "serverharness.h"
#include "testutil.h"

#include <QFile>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::client;
using namespace tavola::test;

class TestClientTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerFixture m_fx;

    /// Runs `tavola-server --make-cert DIR`; the fingerprint it printed.
    QString makeCert(const QString &dir)
    {
        QByteArray out, err;
        if (runProcess(QStringLiteral(TAVOLA_SERVER), {u"--make-cert"_s, dir}, &out, &err) != 0) {
            qWarning() << err;
            return {};
        }
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith("SHA-256:"))
                return QString::fromLatin1(line.mid(8).trimmed());
        }
        return {};
    }
    bool startTls(const QString &dir)
    {
        return m_fx.start([dir](server::ServerConfig &c) {
            c.tlsCert = dir + u"/tavola.crt"_s;
            c.tlsKey = dir + u"/tavola.key"_s;
        });
    }

private slots:
    void cleanup() { m_fx.stop(); }

    void makeCertWritesACertificateForTheShopsNames()
    {
        const QString dir = m_dir.filePath(u"names"_s);
        const QString fp = makeCert(dir);
        QVERIFY(!fp.isEmpty());
        QFile crt(dir + u"/tavola.crt"_s);
        QVERIFY(crt.open(QIODevice::ReadOnly));
        const QSslCertificate cert(crt.readAll(), QSsl::Pem);
        QVERIFY(!cert.isNull());
        QCOMPARE(CertificatePins::fingerprint(cert), fp);
        const auto names = cert.subjectAlternativeNames();
        QVERIFY(names.values(QSsl::DnsEntry).contains(u"localhost"_s));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (!a.isLoopback() && !a.isLinkLocal() && a.protocol() == QAbstractSocket::IPv4Protocol)
                QVERIFY2(names.values(QSsl::IpAddressEntry).contains(a.toString()), qPrintable(a.toString()));
        }
        QVERIFY(cert.expiryDate() > QDateTime::currentDateTimeUtc().addYears(5));
        // The key is its owner's alone, and an existing certificate is never overwritten.
        QCOMPARE(QFile::permissions(dir + u"/tavola.key"_s) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QByteArray out, err;
        QCOMPARE(runProcess(QStringLiteral(TAVOLA_SERVER), {u"--make-cert"_s, dir}, &out, &err), 1);
        QVERIFY2(err.contains("already"), err.constData());
    }

    void aTillTrustsTheServerOnlyOnceAManagerConfirmedIt()
    {
        const QString dir = m_dir.filePath(u"shop"_s);
        const QString fp = makeCert(dir);
        QVERIFY(!fp.isEmpty());
        QVERIFY(startTls(dir));
        QVERIFY(m_fx.url().startsWith(u"https://"_s));

        // Plain HTTP on the TLS port gets nothing.
        QTcpSocket plain;
        plain.connectToHost(QHostAddress::LocalHost, m_fx.server().port());
        QVERIFY(plain.waitForConnected(5000));
        plain.write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray got;
        (void)QTest::qWaitFor(
            [&] {
                got += plain.readAll();
                return plain.state() == QAbstractSocket::UnconnectedState;
            },
            10000);
        QVERIFY2(!got.startsWith("HTTP/1.1 200"), got.constData());

        // Without pins only certificates the system trusts are accepted: refused.
        ApiClient bare;
        bare.setBaseUrl(m_fx.url());
        QVERIFY(!AWAIT(AuthSession, bare.loginWithPin(u"cashier1"_s, u"1000"_s, nullptr, cb)));

        // First contact: refused, and the fingerprint offered for a manager to compare.
        CertificatePins pins(m_dir.filePath(u"pins.ini"_s));
        ApiClient api;
        api.setBaseUrl(m_fx.url());
        api.setCertificatePins(&pins);
        QSignalSpy untrusted(&pins, &CertificatePins::untrusted);
        auto first = AWAIT(AuthSession, api.loginWithPin(u"cashier1"_s, u"1000"_s, nullptr, cb));
        QVERIFY(!first);
        QCOMPARE(first.error().details.value(u"certificate"_s).toString(), u"unknown"_s);
        QVERIFY(ErrorText::forError(first.error()).contains(u"fingerprint"_s));
        QVERIFY(!untrusted.isEmpty());
        const QString server = CertificatePins::serverOf(m_fx.url());
        QCOMPARE(untrusted.first().at(0).toString(), server);
        QCOMPARE(untrusted.first().at(1).toString(), fp); // what the server printed
        QCOMPARE(untrusted.first().at(2).toBool(), false);

        // The manager confirms: REST and the event stream work over TLS.
        pins.pin(server, pins.lastRefused(server));
        CHECK_OK(AWAIT(AuthSession, api.loginWithPin(u"cashier1"_s, u"1000"_s, nullptr, cb)));
        RealtimeClient realtime(&api);
        QStringList events;
        connect(&realtime, &RealtimeClient::eventReceived, this,
                [&](const QString &type, qint64, const QJsonObject &) { events.append(type); });
        realtime.start();
        QTRY_COMPARE_WITH_TIMEOUT(realtime.state(), RealtimeClient::State::Online, 10000);
        QueueTicketRequest walkIn;
        walkIn.partySize = 2;
        CHECK_OK(AWAIT(QueueTicket, api.createQueueTicket(walkIn, nullptr, cb)));
        QTRY_VERIFY_WITH_TIMEOUT(events.contains(u"queue.updated"_s), 10000);
        realtime.stop();

        // Another certificate on the same server (or another machine pretending to be it).
        const QString other = m_dir.filePath(u"impostor"_s);
        QVERIFY(!makeCert(other).isEmpty());
        m_fx.stop();
        QVERIFY(startTls(other));
        const QString impostor = CertificatePins::serverOf(m_fx.url());
        pins.pin(impostor, fp); // the till knew this address with the first certificate
        api.setBaseUrl(m_fx.url());
        untrusted.clear();
        auto changed = AWAIT(AuthSession, api.loginWithPin(u"cashier1"_s, u"1000"_s, nullptr, cb));
        QVERIFY(!changed);
        QCOMPARE(changed.error().details.value(u"certificate"_s).toString(), u"changed"_s);
        QVERIFY(ErrorText::forError(changed.error()).contains(u"CHANGED"_s));
        QVERIFY(!untrusted.isEmpty());
        QCOMPARE(untrusted.last().at(2).toBool(), true);
        // The event stream refuses it too.
        RealtimeClient refused(&api);
        refused.start();
        QTest::qWait(1500);
        QVERIFY(refused.state() != RealtimeClient::State::Online);
        QCOMPARE(pins.pinned(impostor), fp); // nothing changes until a manager confirms
    }
};

QTEST_MAIN(TestClientTls)
#include "tst_client_tls.moc"
