// An unattended till locks to the PIN pad and keeps its screen: the same cashier goes on, or
// another user takes over with their own role; a wrong PIN leaves it locked; a kitchen display
// never locks.
#include "orderpage.h"
#include "sessionstore.h"
#include "theme.h"
#include "tilldriver.h"

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;
using namespace tavola::ui;

class TestUiLock : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;
    QTemporaryDir m_dir;

    Till till(const QString &role = {}) { return openFreshTill(m_fx.url(), m_dir, role); }

    static void typePin(Till &t, const QString &pin)
    {
        for (const QChar c : pin)
            click(t.window.get(), u"lock-pin-"_s + c);
        click(t.window.get(), u"lock-pin-ok"_s);
    }

private slots:
    void initTestCase()
    {
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        QVERIFY(app);
        theme::apply(*app);
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void init() { QVERIFY(m_fx.start()); }
    void cleanup() { m_fx.stop(); }

    void anIdleTillLocksAndKeepsItsScreen()
    {
        Till t = till();
        t.window->setIdleLockSeconds(1);
        signIn(t, u"cashier1"_s);
        tapTable(t, u"3"_s);
        tapDish(t, u"Thai iced tea"_s);
        QVERIFY(!t.window->isLocked()); // touched a moment ago
        // Nobody touches it: locked, the order still underneath.
        QTRY_VERIFY_WITH_TIMEOUT(t.window->isLocked(), 10000);
        auto *layer = find<QWidget>(t.window.get(), u"lock"_s);
        QVERIFY(layer->isVisible());
        QCOMPARE(t.window->screen(), MainWindow::Screen::Order);
        QVERIFY(!find<QWidget>(t.window.get(), u"order-send"_s)->isEnabled()
                || !find<QWidget>(t.window.get(), u"order-send"_s)->isEnabledTo(t.window.get()));
        QCOMPARE(find<QLineEdit>(t.window.get(), u"lock-username"_s)->text(), u"cashier1"_s);
        QVERIFY(find<QLabel>(t.window.get(), u"connection"_s)->text().contains(u"Locked"_s));

        // A wrong PIN: still locked, said plainly.
        typePin(t, u"4321"_s);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(t.window.get(), u"lock-login-error"_s)->text().contains(u"Wrong"_s), 10000);
        QVERIFY(t.window->isLocked());

        // The manager takes over: the same screen, the unsent dish still there, the manager's buttons.
        t.window->setIdleLockSeconds(0);
        find<QLineEdit>(t.window.get(), u"lock-username"_s)->setText(u"manager1"_s);
        typePin(t, demoPins().value(u"manager1"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!t.window->isLocked(), 10000);
        QVERIFY(!layer->isVisible());
        QCOMPARE(t.window->screen(), MainWindow::Screen::Order);
        QVERIFY(find<QWidget>(t.window.get(), u"order-send"_s)->isEnabled()); // the dish waits to be sent
        QVERIFY(find<QWidget>(t.window.get(), u"nav-reports"_s)->isVisible());
        QCOMPARE(t.ctx->api.session().username, u"manager1"_s);
        click(t.window.get(), u"order-send"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!t.window->orderPage()->orderRef().isEmpty() && !t.ctx->store.isPending(t.window->orderPage()->orderRef()),
                                 10000);
    }

    void theSameCashierGoesOnWithTheirPin()
    {
        Till t = till();
        t.window->setIdleLockSeconds(1);
        signIn(t, u"cashier1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(t.window->isLocked(), 10000);
        t.window->setIdleLockSeconds(0);
        typePin(t, demoPins().value(u"cashier1"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!t.window->isLocked(), 10000);
        QCOMPARE(t.window->screen(), MainWindow::Screen::Floor);
        QVERIFY(!find<QWidget>(t.window.get(), u"nav-reports"_s)->isVisible()); // still a cashier's till
    }

    void aRestartedTillComesBackToTheLockScreenOfTheLastUser()
    {
        if (qEnvironmentVariableIntValue("TAVOLA_TEST_NO_KEYCHAIN") == 1)
            QSKIP("this run has no keychain on purpose");
        const QString service = u"TavolaTest-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        client::SessionStore store(service);
        // What the keychain holds now (a shared result: a late answer never writes to a dead frame).
        const auto kept = [&store] {
            auto out = std::make_shared<std::optional<Result<client::SessionStore::Saved>>>();
            store.load([out](Result<client::SessionStore::Saved> r) { *out = std::move(r); });
            (void)QTest::qWaitFor([&] { return out->has_value(); }, 10000);
            return out->value_or(Result<client::SessionStore::Saved>(Error{ErrorCode::Internal, u"no answer"_s, {}}));
        };
        if (const auto probe = kept(); !probe && probe.error().code == ErrorCode::Unavailable)
            QSKIP("no keychain here: scripts/test runs this with one");
        const QString outbox = m_dir.filePath(u"restart/outbox.db"_s);
        {
            Till first = openTill(m_fx.url(), outbox);
            first.window->setSessionStore(&store);
            first.window->setIdleLockSeconds(120);
            signIn(first, u"cashier1"_s);
            // Kept in the keychain (the refresh token, for this server).
            QTRY_VERIFY_WITH_TIMEOUT(kept() && kept()->username == u"cashier1"_s, 10000);
        } // the till stops
        Till again = openTill(m_fx.url(), outbox);
        again.window->setSessionStore(&store);
        again.window->setIdleLockSeconds(120);
        again.window->resumeSession();
        QTRY_VERIFY_WITH_TIMEOUT(again.window->isLocked(), 10000);
        QCOMPARE(find<QLineEdit>(again.window.get(), u"lock-username"_s)->text(), u"cashier1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(again.ctx->store.isLoaded(), 10000); // data loaded behind the lock
        typePin(again, demoPins().value(u"cashier1"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!again.window->isLocked(), 10000);
        QCOMPARE(again.window->screen(), MainWindow::Screen::Floor);
        // Signing out forgets it: the next start asks for the PIN on the sign-in page.
        click(again.window.get(), u"nav-signout"_s);
        QTRY_COMPARE_WITH_TIMEOUT(again.window->screen(), MainWindow::Screen::Login, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!kept() && kept().error().code == ErrorCode::NotFound, 10000);
    }

    void aKitchenDisplayNeverLocks()
    {
        Till k = till(u"kitchen"_s);
        k.window->setIdleLockSeconds(1);
        signIn(k, u"kitchen1"_s);
        QTest::qWait(2500);
        QVERIFY(!k.window->isLocked());
    }
};

QTEST_MAIN(TestUiLock)
#include "tst_ui_lock.moc"
