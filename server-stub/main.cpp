// tavola-server: the REST + WebSocket backend.
#include "http/tlscert.h"
#include "server.h"
#include "serverstate.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#elif defined(Q_OS_WIN)
#include <QMetaObject>
#include <qt_windows.h>

#include <atomic>
#endif

using namespace Qt::StringLiterals;

namespace {
#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1); // async-signal-safe
}
#elif defined(Q_OS_WIN)
tavola::server::TavolaServer *g_server = nullptr;
std::atomic<bool> g_stopped{false};
/// Ctrl+C, Ctrl+Break, the console closing, log-off and shutdown: the same clean stop as SIGTERM,
/// run on the event loop's thread; Windows ends the process when this handler returns, so it
/// waits (a few seconds at most) until the server has stopped.
BOOL WINAPI onConsoleEvent(DWORD)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [] {
            if (g_server)
                g_server->stop();
            g_stopped = true;
            QCoreApplication::quit();
        },
        Qt::QueuedConnection);
    for (int i = 0; i < 100 && !g_stopped; ++i)
        ::Sleep(50);
    return TRUE;
}
#endif
} // namespace

int main(int argc, char *argv[])
{
#if defined(Q_OS_UNIX) && defined(__GLIBC__)
    // Keep freed memory for the next request instead of giving it back to the kernel after each
    // one: with glibc's defaults (trim and mmap above 128 KiB) every write mapped, unmapped and
    // faulted in fresh pages. Table turns: 0.11 to 0.14 of raw inserts, alternating runs.
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 16 * 1024 * 1024);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"tavola"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TAVOLA_VERSION));
    QTextStream err(stderr);

    QString help;
    auto config = tavola::server::ServerConfig::load(QCoreApplication::arguments(), &help);
    if (!config) {
        err << "tavola-server: " << config.error().message << Qt::endl;
        return 2;
    }
    if (help == u"version"_s) {
        QTextStream(stdout) << "tavola-server " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (!help.isEmpty()) {
        QTextStream(stdout) << help;
        return 0;
    }

    if (!config->makeCertDir.isEmpty()) {
        auto made = tavola::server::makeSelfSignedCertificate(config->makeCertDir);
        if (!made) {
            err << "tavola-server: " << made.error().message << Qt::endl;
            return 1;
        }
        QTextStream(stdout) << "certificate: " << made->certPath << "\nkey:         " << made->keyPath
                            << "\nnames:       " << made->names.join(u", "_s) << "\nSHA-256:     " << made->fingerprint
                            << "\n\nUse it with tls.cert and tls.key (or --set tls.cert=... --set tls.key=...). Tills show this\n"
                               "fingerprint the first time they connect: compare it before trusting the server.\n";
        return 0;
    }

    if (!config->restoreFile.isEmpty()) {
        auto url = tavola::server::DatabaseUrl::parse(config->database);
        auto restored = url ? tavola::server::restoreBackup(config->restoreFile, *url, config->force) : tavola::Result<int>(url.error());
        if (!restored) {
            err << "tavola-server: " << restored.error().message << Qt::endl;
            return 1;
        }
        QTextStream(stdout) << "restored " << config->restoreFile << " into " << url->display() << " (schema version " << *restored
                            << "); start the server on it as usual\n";
        return 0;
    }

    if (config->rebuildReports) {
        auto rows = tavola::server::rebuildReports(*config);
        if (!rows) {
            err << "tavola-server: " << rows.error().message << Qt::endl;
            return 1;
        }
        QTextStream(stdout) << "rebuilt the sales reports' rollups from the orders: " << *rows << " rows\n";
        return 0;
    }

    tavola::server::TavolaServer server(*config);
    if (const auto s = server.start(); !s) {
        err << "tavola-server: " << s.error().message << Qt::endl;
        return 1;
    }

#ifdef Q_OS_UNIX
    // SIGTERM/SIGINT → a clean stop from the event loop (self-pipe). On Windows the console
    // control handler does the same.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&] {
            char c = 0;
            [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
            server.stop();
            QCoreApplication::quit();
        });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
#elif defined(Q_OS_WIN)
    g_server = &server;
    ::SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#endif

    QTextStream out(stdout);
    out << "tavola-server listening on " << server.url() << Qt::endl;
    return app.exec();
}
