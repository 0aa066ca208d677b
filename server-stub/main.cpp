// tavola-server: the REST + WebSocket backend.
#include "server.h"
#include "serverstate.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
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
#endif
} // namespace

int main(int argc, char *argv[])
{
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

    tavola::server::TavolaServer server(*config);
    if (const auto s = server.start(); !s) {
        err << "tavola-server: " << s.error().message << Qt::endl;
        return 1;
    }

#ifdef Q_OS_UNIX
    // SIGTERM/SIGINT → a clean stop from the event loop (self-pipe).
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
#endif

    QTextStream out(stdout);
    out << "tavola-server listening on " << server.url() << Qt::endl;
    return app.exec();
}
