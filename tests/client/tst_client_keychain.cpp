// SessionStore with the real keychain (Secret Service through QtKeychain; scripts/test runs the
// suite inside dbus-run-session with gnome-keyring). With TAVOLA_TEST_NO_KEYCHAIN=1 the same
// executable runs where no Secret Service exists: a clear error, and no file written anywhere.
#include "sessionstore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::client;

namespace {

template<typename T>
T wait(const std::function<void(std::function<void(T)>)> &start)
{
    std::optional<T> out;
    start([&out](T r) { out.emplace(std::move(r)); });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 20000);
    return out.value_or(T(Error{ErrorCode::Internal, u"timed out"_s, {}}));
}

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

} // namespace

class TestClientKeychain : public QObject
{
    Q_OBJECT

    const QString m_service = u"TavolaTest-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool m_noKeychain = qEnvironmentVariableIntValue("TAVOLA_TEST_NO_KEYCHAIN") == 1;

private slots:
    void roundTripInTheKeychain()
    {
        if (m_noKeychain)
            QSKIP("this run has no keychain on purpose");
        SessionStore store(m_service);
        const SessionStore::Saved saved{u"http://127.0.0.1:8080"_s, u"cashier1"_s, u"refresh-token-value"_s};
        auto w = wait<Status>([&](auto cb) { store.save(saved, cb); });
        QVERIFY2(w.ok(), qPrintable(w.ok() ? QString() : w.error().message));
        SessionStore again(m_service); // another start of the app
        auto loaded = wait<Result<SessionStore::Saved>>([&](auto cb) { again.load(cb); });
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QCOMPARE(*loaded, saved);
        QVERIFY(wait<Status>([&](auto cb) { again.clear(cb); }).ok());
        auto gone = wait<Result<SessionStore::Saved>>([&](auto cb) { again.load(cb); });
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
    }

    void withoutAKeychainNothingIsWrittenAndTheCashierIsTold()
    {
        if (!m_noKeychain)
            QSKIP("runs as tst_client_keychain_unavailable");
        const QString home = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
        const QStringList before = filesUnder(home + u"/.local/share"_s) + filesUnder(home + u"/.config"_s);
        SessionStore store(m_service);
        QSignalSpy told(&store, &SessionStore::keychainUnavailable);
        auto w = wait<Status>([&](auto cb) { store.save({u"http://x"_s, u"cashier1"_s, u"secret-refresh-token"_s}, cb); });
        QVERIFY(!w.ok());
        QCOMPARE(w.error().code, ErrorCode::Unavailable);
        QCOMPARE(w.error().message, SessionStore::unavailableMessage());
        QVERIFY(told.count() >= 1);
        QVERIFY(SessionStore::unavailableMessage().contains(u"PIN"_s));
        auto loaded = wait<Result<SessionStore::Saved>>([&](auto cb) { store.load(cb); });
        QCOMPARE(loaded.error().code, ErrorCode::Unavailable);
        // Never a plaintext fallback: no new file holds the token.
        const QStringList after = filesUnder(home + u"/.local/share"_s) + filesUnder(home + u"/.config"_s);
        for (const QString &f : after) {
            if (before.contains(f))
                continue;
            QFile file(f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("secret-refresh-token"), qPrintable(f));
        }
    }
};

QTEST_GUILESS_MAIN(TestClientKeychain)
#include "tst_client_keychain.moc"
