// Starting the app and reaching the server: --help and --version without a display, the
// screenshot option, a wrong PIN, trusting a server's certificate, and a server that cannot save.
#include "guitestbase.h"

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;
using namespace tavola::ui;

class TestUiStartup : public GuiTestBase
{
    Q_OBJECT

private slots:
    void helpAndVersionNeedNoDisplay()
    {
        // A till set up over SSH, or a package's post-install check, asks before any screen exists.
        for (const QString &flag : {u"--help"_s, u"--version"_s}) {
            QProcess app;
            QProcessEnvironment env = tavola::test::childEnvironment();
            for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
                env.remove(name);
            app.setProcessEnvironment(env);
            app.start(QStringLiteral(TAVOLA_APP), {flag});
            QVERIFY(app.waitForFinished(30000));
            QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0, app.readAllStandardError().constData());
            const QString out = QString::fromUtf8(app.readAllStandardOutput());
            QVERIFY2(out.contains(flag == u"--help"_s ? u"--embedded-server"_s : u"tavola 0."_s), qPrintable(out));
        }
    }

    void theAppSavesAScreenshotOnceItsDataHasLoaded_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("signIn"); // how the display signs in at start
        QTest::newRow("http") << false << u"pin-option"_s;
        QTest::newRow("https") << true << u"pin-option"_s; // --tls-dir: a certificate is made, and the till trusts its own server
        // A kitchen display's PIN stays out of `ps`: from the environment, or from its config file.
        QTest::newRow("environment") << false << u"environment"_s;
        QTest::newRow("config-file") << false << u"config-file"_s;
    }
    void theAppSavesAScreenshotOnceItsDataHasLoaded()
    {
        QFETCH(bool, tls);
        QFETCH(QString, signIn);
        // The real executable, its own embedded server on SQLite and the demo café.
        QTemporaryDir data;
        QProcess app;
        QProcessEnvironment env = tavola::test::childEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, data.filePath(u"config"_s)); // the till's own config file
        const QString png = data.filePath(u"first.png"_s);
        QStringList args{u"--embedded-server"_s, u"--demo"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, data.path(), u"--lang"_s, u"th"_s,
                         u"--screenshot"_s,      png};
        if (signIn == u"pin-option"_s) {
            args += QStringList{u"--user"_s, u"manager1"_s, u"--pin"_s, u"9000"_s};
        } else if (signIn == u"environment"_s) {
            args += QStringList{u"--user"_s, u"manager1"_s};
            env.insert(u"TAVOLA_PIN"_s, u"9000"_s);
        } else {
            QDir().mkpath(data.filePath(u"config/Tavola"_s));
            QFile conf(data.filePath(u"config/Tavola/tavola.conf"_s));
            QVERIFY(conf.open(QIODevice::WriteOnly));
            conf.write("[signin]\nuser=manager1\npin=9000\n");
        }
        app.setProcessEnvironment(env);
        if (tls)
            args += QStringList{u"--tls-dir"_s, data.filePath(u"tls"_s)};
        app.start(QStringLiteral(TAVOLA_APP), args);
        QVERIFY(app.waitForFinished(60000));
        const QByteArray said = app.readAllStandardOutput();
        QVERIFY2(said.contains(tls ? "embedded server on https://" : "embedded server on http://"), said.constData());
        QCOMPARE(QFileInfo::exists(data.filePath(u"tls/tavola.key"_s)), tls);
        QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0, app.readAllStandardError().right(2000).constData());
        QImage shot(png);
        QVERIFY(!shot.isNull());
        // The window takes the (offscreen, 800×800) screen's room, less its frame.
        QVERIFY2(shot.width() >= 780 && shot.height() >= 700, qPrintable(u"%1×%2"_s.arg(shot.width()).arg(shot.height())));
        // The floor plan, not the sign-in screen: the demo tables were drawn (pale green appears).
        bool vacantGreen = false;
        for (int y = 0; y < shot.height() && !vacantGreen; y += 4)
            for (int x = 0; x < shot.width() && !vacantGreen; x += 4)
                vacantGreen = shot.pixelColor(x, y) == QColor(0xe4, 0xf2, 0xe7);
        QVERIFY(vacantGreen);
    }

    void aWrongPinSaysSoAndStaysOnTheLoginScreen()
    {
        setLanguage(u"en"_s);
        Till till = openTill();
        find<QLineEdit>(till.window.get(), u"username"_s)->setText(u"cashier1"_s);
        click(till.window.get(), u"pin-9"_s);
        click(till.window.get(), u"pin-9"_s);
        click(till.window.get(), u"pin-ok"_s);
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>(till.window.get(), u"login-error"_s)->text(), u"Wrong username or PIN."_s, 10000);
        QCOMPARE(till.window->screen(), MainWindow::Screen::Login);
    }

    void aTillAsksBeforeTrustingAServersCertificate()
    {
        setLanguage(u"en"_s);
        QTemporaryDir certs;
        auto made = server::makeSelfSignedCertificate(certs.path());
        QVERIFY(made);
        m_fx.stop();
        QVERIFY(m_fx.start([&](server::ServerConfig &c) {
            c.tlsCert = made->certPath;
            c.tlsKey = made->keyPath;
        }));
        Till till = openTill();
        const QString server = client::CertificatePins::serverOf(m_fx.url());
        till.ctx->pins.forget(server);
        // The first sign-in meets an unknown certificate: nothing is sent, the fingerprint is shown.
        find<QLineEdit>(till.window.get(), u"username"_s)->setText(u"cashier1"_s);
        for (const QChar c : demoPins().value(u"cashier1"_s))
            click(till.window.get(), u"pin-"_s + c);
        click(till.window.get(), u"pin-ok"_s);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = till.window->findChild<QMessageBox *>(u"certificate-trust"_s)) != nullptr, 10000);
        QVERIFY2(box->informativeText().contains(made->fingerprint), qPrintable(box->informativeText()));
        QCOMPARE(till.window->screen(), MainWindow::Screen::Login);
        shoot(box, u"certificate-trust"_s);
        click(box, u"certificate-trust-yes"_s);
        QCOMPARE(till.ctx->pins.pinned(server), made->fingerprint);
        // Trusted: signing in works over HTTPS and the event stream over WSS.
        signIn(till, u"cashier1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(till.window.get(), u"connection"_s)->text().contains(u"Online"_s), 10000);
        till.ctx->pins.forget(server);
    }

    void aServerThatCannotSaveIsSaidInTheStatusLine()
    {
        if (usingPostgres())
            QSKIP("the full disk is simulated with SQLite's max_page_count");
        setLanguage(u"en"_s);
        Till till = openTill();
        till.window->setHealthInterval(300);
        signIn(till, u"cashier1"_s);
        auto *status = find<QLabel>(till.window.get(), u"connection"_s);
        QTRY_VERIFY(status->text().contains(u"Online"_s));
        QVERIFY(!status->property("serverProblem").toBool());
        // The server's disk fills up: a write fails there, and the till says so in red.
        server::Database &db = m_fx.server().database();
        const qint64 pages = db.scalar(u"PRAGMA page_count"_s)->toLongLong();
        QVERIFY(db.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)).ok());
        Api w = staffApi(m_fx.url(), u"waiter1"_s);
        const QString order =
            w.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, u"5"_s}, {u"guests"_s, 2}}).object().value(u"id"_s).toString();
        const QString tea = dishId(till, u"Thai iced tea"_s);
        auto addTea = [&](int i) {
            return w.postNew(
                u"/api/v1/orders/%1/items"_s.arg(order),
                {{u"items"_s,
                  QJsonArray{QJsonObject{{u"menu_id"_s, tea}, {u"qty"_s, 1}, {u"note"_s, QString(190, QChar(u'a' + i % 26))}}}}});
        };
        QVERIFY(!order.isEmpty() && !tea.isEmpty());
        int written = 200;
        for (int i = 0; i < 400 && written == 200; ++i)
            written = addTea(i).status;
        QCOMPARE(written, 503);
        QTRY_VERIFY_WITH_TIMEOUT(status->property("serverProblem").toBool(), 10000);
        QVERIFY2(status->text().contains(u"disk is full"_s), qPrintable(status->text()));
        // Space again: the warning goes once a write succeeds.
        QVERIFY(db.exec(u"PRAGMA max_page_count = 1073741823"_s).ok());
        CHECK_STATUS(addTea(0), 200);
        QTRY_VERIFY_WITH_TIMEOUT(!status->property("serverProblem").toBool(), 10000);
        QVERIFY(!status->text().contains(u"disk"_s));
    }
};

QTEST_MAIN(TestUiStartup)
#include "tst_ui_startup.moc"
