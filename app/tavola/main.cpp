// tavola: the desktop app. Bootstrapping only: options, language, the embedded server, the window.
#include "appcontext.h"
#include "customerdisplay.h"
#include "firstrundialog.h"
#include "http/tlscert.h"
#include "loginpage.h"
#include "mainwindow.h"
#include "screentour.h"
#include "server.h"
#include "sessionstore.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCursor>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <string_view>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    QCommandLineOption role{u"role"_s,
                            u"cashier, manager, waiter, kitchen, queue, or queue-display (the waiting area's TV): the screens to show."_s,
                            u"role"_s};
    QCommandLineOption kiosk{u"kiosk"_s, u"Full screen without window chrome (kitchen and queue displays)."_s};
    QCommandLineOption server{u"server"_s, u"tavola-server URL, e.g. http://192.168.1.10:8080."_s, u"url"_s};
    QCommandLineOption embedded{u"embedded-server"_s, u"Run tavola-server inside the app (SQLite in the app data dir)."_s};
    QCommandLineOption port{u"port"_s, u"Port of the embedded server (default 8080)."_s, u"port"_s, u"8080"_s};
    QCommandLineOption demo{u"demo"_s, u"Seed the demo café into an empty embedded database."_s};
    QCommandLineOption lang{u"lang"_s, u"th or en (default: the system language)."_s, u"lang"_s};
    QCommandLineOption user{
        u"user"_s,
        u"Sign in as this user at start, e.g. a kitchen display (also signin/user in the config file); the PIN from TAVOLA_PIN or signin/pin in the config file."_s,
        u"username"_s};
    QCommandLineOption pin{u"pin"_s, u"PIN for --user (visible to other users of the machine: prefer TAVOLA_PIN or the config file)."_s,
                           u"pin"_s};
    QCommandLineOption till{u"till"_s,
                            u"This till's name: what its guests see is also sent to the server for a customer display on another machine. "
                            "With --customer-display: the till to follow."_s,
                            u"name"_s};
    QCommandLineOption customerDisplay{
        u"customer-display"_s,
        u"Be the customer display of the till --till on its own machine (--server, --user and TAVOLA_PIN to sign in)."_s};
    QCommandLineOption customerScreen{
        u"customer-screen"_s,
        u"The customer display beside this till: auto (on a second screen when there is one), a screen number (1, 2, …) or off."_s,
        u"where"_s};
    QCommandLineOption dataDir{u"data-dir"_s, u"Where the embedded database and the outbox live."_s, u"dir"_s};
    QCommandLineOption tlsDir{u"tls-dir"_s,
                              u"Serve the embedded server over HTTPS with DIR/tavola.crt and DIR/tavola.key (made there when missing)."_s,
                              u"dir"_s};
    QCommandLineOption tour{u"tour"_s,
                            u"Walk through every screen of a service on a fresh demo café and save each as DIR/<screen>.png, then exit."_s,
                            u"dir"_s};
    QCommandLineOption size{u"size"_s, u"The window's size for --tour (and --screenshot), e.g. 1366x768."_s, u"WxH"_s};
    QCommandLineOption screenshot{u"screenshot"_s, u"Save the first screen, once its data is loaded, as PNG and exit."_s, u"file"_s};
    QCommandLineOption quitWhenReady{
        u"quit-when-ready"_s, u"With --user: once the first screen has its data, print how long the start took and exit (bench/run)."_s};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(u"Tavola point of sale"_s);
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({role, kiosk, server, embedded, port, demo, lang, user, pin, till, customerDisplay, customerScreen, dataDir,
                           tlsDir, tour, size, screenshot, quitWhenReady});
    }
};

void setApplicationNames()
{
    QCoreApplication::setApplicationName(u"tavola"_s);
    QCoreApplication::setOrganizationName(u"Tavola"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TAVOLA_VERSION));
}

/// `--help` and `--version` answer (and exit) without a display: they need no window system.
void answerHelpWithoutDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all" || a == "--version" || a == "-v") {
            QCoreApplication core(argc, argv);
            setApplicationNames();
            QCommandLineParser parser;
            Options().addTo(parser);
            parser.process(core); // prints and exits
        }
    }
}

/// Who signs in at start (a kitchen display, a waiting-area TV, a customer display): --user, else
/// `signin/user` in the till's config file; the PIN from the environment (TAVOLA_PIN), else
/// `signin/pin` in that file (readable by the display's account only), else --pin (visible in `ps`).
struct StartSignIn
{
    QString user;
    QString pin;
    bool isSet() const { return !user.isEmpty(); }
};

StartSignIn startSignIn(const QCommandLineParser &parser, const QCommandLineOption &user, const QCommandLineOption &pin,
                        const QSettings &config)
{
    StartSignIn s;
    s.user = parser.isSet(user) ? parser.value(user) : config.value(u"signin/user"_s).toString();
    if (s.user.isEmpty())
        return s;
    s.pin = qEnvironmentVariable("TAVOLA_PIN");
    if (s.pin.isEmpty())
        s.pin = config.value(u"signin/pin"_s).toString();
    if (s.pin.isEmpty())
        s.pin = parser.value(pin);
    return s;
}

/// Saves the window as PNG after `delayMs` and quits (0 on success).
void screenshotAndQuit(QWidget *window, const QString &file, int delayMs)
{
    QTimer::singleShot(delayMs, window, [window, file] {
        const bool ok = window->grab().save(file, "PNG");
        std::printf("tavola: screenshot %s %s\n", qPrintable(file), ok ? "saved" : "FAILED");
        QCoreApplication::exit(ok ? 0 : 1);
    });
}

/// Where the customer display beside the till goes: "auto" (the first screen that is not the
/// till's), "N" (screen N, from 1), "off".
QScreen *customerScreenFor(const QString &where, QScreen *tillScreen)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (where == u"off"_s)
        return nullptr;
    bool isNumber = false;
    const int n = where.toInt(&isNumber);
    if (isNumber)
        return n >= 1 && n <= screens.size() ? screens[n - 1] : nullptr;
    for (QScreen *s : screens)
        if (s != tillScreen)
            return s;
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    answerHelpWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    setApplicationNames();

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    const auto &[role, kiosk, server, embedded, port, demo, lang, user, pin, till, customerDisplay, customerScreen, dataDir, tlsDir, tour,
                 size, screenshot, quitWhenReady] = options;
    parser.process(app);

    // Language: --lang, else the system's (Thai locale → Thai).
    // The till's own choices (Settings) apply when the command line does not say otherwise.
    QSettings tillSettings;
    const StartSignIn signIn = startSignIn(parser, user, pin, tillSettings);
    const QString savedLanguage = tillSettings.value(u"ui/language"_s).toString();
    const QString language = parser.isSet(lang) ? parser.value(lang)
        : !savedLanguage.isEmpty()              ? savedLanguage
                                                : (QLocale().language() == QLocale::Thai ? u"th"_s : u"en"_s);
    QLocale::setDefault(
        QLocale(language == u"th"_s ? QLocale::Thai : QLocale::English, language == u"th"_s ? QLocale::Thailand : QLocale::UnitedStates));
    QTranslator translator;
    if (translator.load(u":/i18n/tavola_"_s + language))
        QApplication::installTranslator(&translator);
    tavola::ui::theme::apply(app);

    QSize windowSize;
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(u'x');
        windowSize = wh.size() == 2 ? QSize(wh[0].toInt(), wh[1].toInt()) : QSize();
        if (windowSize.width() < 320 || windowSize.height() < 240) {
            std::fprintf(stderr, "tavola: --size wants WIDTHxHEIGHT, e.g. 1366x768\n");
            return 2;
        }
    }
    // The tour plays a service on a demo café of its own, never on the shop's data.
    QTemporaryDir tourData;
    const bool touring = parser.isSet(tour);
    const QString dir = touring && !parser.isSet(dataDir) ? tourData.path()
        : parser.isSet(dataDir)                           ? parser.value(dataDir)
                                                          : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);

    if (parser.isSet(customerDisplay)) {
        // A screen for the guests on its own machine, following one till through the server.
        if (!parser.isSet(server) || parser.value(till).isEmpty() || !signIn.isSet()) {
            std::fprintf(stderr, "tavola: --customer-display needs --server URL, --till NAME and --user NAME (PIN in TAVOLA_PIN)\n");
            return 2;
        }
        tavola::ui::AppContext ctx(parser.value(server), QDir(dir).absoluteFilePath(u"outbox-display.db"_s));
        tavola::ui::CustomerDisplay display(&ctx);
        display.setImageFolder(tillSettings.value(u"customer_display/images"_s).toString());
        display.setLogo(tillSettings.value(u"customer_display/logo"_s).toString());
        if (parser.isSet(kiosk))
            display.showFullScreen();
        else
            display.showMaximized();
        const QString followed = parser.value(till);
        ctx.api.loginWithPin(signIn.user, signIn.pin, &display, [&ctx, &display, followed](tavola::Result<tavola::client::AuthSession> r) {
            if (!r) {
                std::fprintf(stderr, "tavola: the customer display could not sign in: %s\n", qPrintable(r.error().message));
                QCoreApplication::exit(1);
                return;
            }
            display.follow(followed);
            ctx.startSession();
        });
        if (parser.isSet(screenshot))
            screenshotAndQuit(&display, parser.value(screenshot), 2000);
        return app.exec();
    }

    std::unique_ptr<tavola::server::TavolaServer> embeddedServer;
    QString serverUrl = touring ? QString()
        : parser.isSet(server)  ? parser.value(server)
                                : (parser.isSet(embedded) ? QString() : tillSettings.value(u"server/url"_s).toString());
    if (parser.isSet(embedded) || serverUrl.isEmpty()) {
        tavola::server::ServerConfig config;
        config.host = touring ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(QHostAddress::Any); // other tills on the LAN join it
        config.port = touring ? 0 : static_cast<quint16>(parser.value(port).toUInt());
        config.database = u"sqlite://"_s + QDir(dir).absoluteFilePath(u"tavola.db"_s);
        config.demo = parser.isSet(demo) || touring;
        config.paymentsSandbox = config.demo;
        if (parser.isSet(tlsDir)) {
            const QDir certs(parser.value(tlsDir));
            config.tlsCert = certs.absoluteFilePath(u"tavola.crt"_s);
            config.tlsKey = certs.absoluteFilePath(u"tavola.key"_s);
            if (!QFileInfo::exists(config.tlsCert) && !QFileInfo::exists(config.tlsKey)) {
                auto made = tavola::server::makeSelfSignedCertificate(certs.absolutePath());
                if (!made) {
                    std::fprintf(stderr, "tavola: %s\n", qPrintable(made.error().message));
                    return 1;
                }
                std::printf("tavola: made a certificate for the shop's LAN, SHA-256 %s\n", qPrintable(made->fingerprint));
            }
        }
        embeddedServer = std::make_unique<tavola::server::TavolaServer>(config);
        auto started = embeddedServer->start();
        if (!started && config.port != 0 && started.error().field() != u"admin_password"_s) {
            std::fprintf(stderr, "tavola: port %u is taken (%s); using a free port\n", config.port, qPrintable(started.error().message));
            config.port = 0;
            embeddedServer = std::make_unique<tavola::server::TavolaServer>(config);
            started = embeddedServer->start();
        }
        if (!started && started.error().field() == u"admin_password"_s && !touring) {
            // A new shop: nobody to sign in yet. The owner makes the first account here; the rest
            // (menu, tables, staff, taxes, printers) is set up in the app.
            tavola::ui::FirstRunDialog welcome;
            if (welcome.exec() != QDialog::Accepted)
                return 0;
            config.adminUsername = welcome.username();
            config.adminPassword = welcome.password();
            config.adminPin = welcome.pin();
            embeddedServer = std::make_unique<tavola::server::TavolaServer>(config);
            started = embeddedServer->start();
        }
        if (!started) {
            std::fprintf(stderr, "tavola: the embedded server did not start: %s\n", qPrintable(started.error().message));
            return 1;
        }
        serverUrl = embeddedServer->url();
        std::printf("tavola: embedded server on %s (port %u on every interface)\n", qPrintable(serverUrl), embeddedServer->port());
        std::fflush(stdout);
    }

    tavola::ui::AppContext ctx(serverUrl, QDir(dir).absoluteFilePath(u"outbox.db"_s));
    if (embeddedServer && !embeddedServer->tlsFingerprint().isEmpty()) // this till's own server: trusted
        ctx.pins.pin(tavola::client::CertificatePins::serverOf(serverUrl), embeddedServer->tlsFingerprint());
    tavola::ui::MainWindow window(&ctx, parser.value(role));
    // On the screen it starts on (the one under the pointer): maximised, or full screen for a kiosk.
    QScreen *tillScreen = QGuiApplication::screenAt(QCursor::pos());
    if (tillScreen)
        window.move(tillScreen->availableGeometry().topLeft());
    window.setTillName(parser.isSet(till) ? parser.value(till) : tillSettings.value(u"till/name"_s).toString());
    // An unattended till locks to the PIN pad (kitchen and queue displays never do).
    if (!touring)
        window.setIdleLockSeconds(tillSettings.value(u"ui/idle_lock_seconds"_s, 120).toInt());
    if (touring || windowSize.isValid()) {
        window.resize(windowSize.isValid() ? windowSize : QSize(1366, 768));
        window.show();
    } else if (parser.isSet(kiosk)) {
        window.setWindowFlag(Qt::FramelessWindowHint);
        if (tillScreen) // the whole screen even where no window manager acts on "full screen"
            window.setGeometry(tillScreen->geometry());
        window.showFullScreen();
    } else {
        if (tillScreen) // the screen's room even where no window manager maximises (a bare kiosk X session)
            window.setGeometry(tillScreen->availableGeometry());
        window.showMaximized();
    }
    if (touring) {
        auto *walk = new tavola::ui::ScreenTour(&ctx, &window, parser.value(tour), window.size(), &window);
        QObject::connect(walk, &tavola::ui::ScreenTour::finished, &window, [walk](bool ok, const QString &problem) {
            for (const QString &file : walk->saved())
                std::printf("tavola: tour saved %s\n", qPrintable(file));
            for (const QString &line : walk->tooSmall())
                std::printf("tavola: tour: DOES NOT FIT %s\n", qPrintable(line));
            if (!ok)
                std::fprintf(stderr, "tavola: %s\n", qPrintable(problem));
            std::fflush(stdout);
            QCoreApplication::exit(ok ? 0 : 1);
        });
        QTimer::singleShot(0, walk, &tavola::ui::ScreenTour::start);
        return app.exec();
    }

    // The guests' screen beside a till (not beside a kitchen or queue display).
    const QString forcedRole = parser.value(role);
    if (forcedRole != u"kitchen"_s && forcedRole != u"queue"_s && forcedRole != u"queue-display"_s) {
        const QString where = parser.isSet(customerScreen) ? parser.value(customerScreen)
                                                           : tillSettings.value(u"customer_display/screen"_s, u"auto"_s).toString();
        if (QScreen *guests = customerScreenFor(where, tillScreen ? tillScreen : QGuiApplication::primaryScreen())) {
            tavola::ui::CustomerDisplay *display = window.openCustomerDisplay(guests);
            display->setImageFolder(tillSettings.value(u"customer_display/images"_s).toString());
            display->setLogo(tillSettings.value(u"customer_display/logo"_s).toString());
        }
    }

    // The sign-in is kept in the OS keychain; where there is none, the cashier is told once and
    // signs in with the PIN each start.
    tavola::client::SessionStore sessions;
    QObject::connect(&sessions, &tavola::client::SessionStore::keychainUnavailable, &window,
                     [&window](const QString &message) { window.loginPage()->setNotice(message); });
    window.setSessionStore(&sessions);
    if (!signIn.isSet())
        window.resumeSession();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        auto shoot = [&window, file] { screenshotAndQuit(&window, file, 400); };
        if (signIn.isSet())
            QObject::connect(&window, &tavola::ui::MainWindow::ready, &window, shoot);
        else
            shoot();
    }
    if (parser.isSet(quitWhenReady)) {
        if (!signIn.isSet()) {
            std::fprintf(stderr, "tavola: --quit-when-ready needs --user NAME (PIN in TAVOLA_PIN)\n");
            return 2;
        }
        QObject::connect(&window, &tavola::ui::MainWindow::ready, &window, [&sinceStart] {
            std::printf("tavola: ready in %lld ms\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    if (signIn.isSet()) {
        window.loginPage()->setUsername(signIn.user);
        ctx.api.loginWithPin(signIn.user, signIn.pin, &window, [&window](tavola::Result<tavola::client::AuthSession> r) {
            if (r)
                emit window.loginPage()->signedIn();
        });
    }
    return app.exec();
}
