// Test helper: signs in and replays an outbox file against a server, then exits 0 when nothing
// is pending (1 on a sign-in failure). tst_client_offline SIGKILLs it mid-replay.
//   outbox_replayer <server-url> <outbox.db> <username> <pin>
#include "apiclient.h"
#include "outbox.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace tavola;
using namespace tavola::client;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: outbox_replayer <server-url> <outbox.db> <username> <pin>\n");
        return 2;
    }
    ApiClient api;
    api.setBaseUrl(args.at(1));
    Outbox outbox(&api);
    if (auto s = outbox.open(args.at(2)); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    outbox.setRetryDelay(100);
    QObject::connect(&outbox, &Outbox::drained, &app, [&] {
        if (outbox.pendingCount() == 0)
            app.exit(0);
    });
    api.loginWithPin(args.at(3), args.at(4), nullptr, [&](Result<AuthSession> r) {
        if (!r) {
            std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(r.error().message));
            app.exit(1);
            return;
        }
        std::printf("signed in; %d actions pending\n", outbox.pendingCount());
        std::fflush(stdout);
        outbox.flush();
    });
    return app.exec();
}
