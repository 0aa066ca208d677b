// Realtime latency: how long after a REST response the event is on every client's socket.
// Starts a real tavola-server process on loopback (SQLite, demo data), connects N WebSocket
// clients, changes a table's status M times and measures, per change, the delay from the REST
// reply to the event's arrival on each client. Baseline, measured in the same run: the round
// trip of GET /health. Prints p50/p99 and ratios; asserts nothing. (target: p99 ≤ 50 ms.)
#include "benchhttp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QElapsedTimer g_clock;

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * double(v.size())))];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int clients = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 50;
    const int changes = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 200;
    g_clock.start();

    QTemporaryDir dir;
    QProcess server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TAVOLA_RATE_LIMIT_PER_MINUTE"_s, u"1000000"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"tavola.server.access=false"_s);
    server.setProcessEnvironment(env);
    server.start(QStringLiteral(TAVOLA_SERVER),
                 {u"--demo"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, u"sqlite://"_s + dir.filePath(u"b.db"_s)});
    if (!server.waitForStarted() || !server.waitForReadyRead(30000)) {
        std::fprintf(stderr, "tavola-server did not start\n");
        return 1;
    }
    BenchHttp http;
    http.base = QString::fromUtf8(server.readLine()).trimmed().section(u' ', 3);
    http.token = http.call("POST", u"/api/v1/auth/login"_s, R"({"username":"waiter1","pin":"2000"})")
                     .value(u"data"_s)
                     .toObject()
                     .value(u"access_token"_s)
                     .toString()
                     .toLatin1();

    // Baseline: a /health round trip.
    std::vector<double> baseline;
    for (int i = 0; i < changes; ++i) {
        const qint64 t0 = g_clock.nsecsElapsed();
        http.call("GET", u"/health"_s);
        baseline.push_back(double(g_clock.nsecsElapsed() - t0) / 1e6);
    }

    std::vector<std::unique_ptr<QWebSocket>> sockets;
    std::vector<double> latencies;
    qint64 replyAt = 0;
    int received = 0;
    QString wsUrl = http.base;
    wsUrl.replace(u"http://"_s, u"ws://"_s);
    for (int i = 0; i < clients; ++i) {
        auto ws = std::make_unique<QWebSocket>();
        QObject::connect(ws.get(), &QWebSocket::textMessageReceived, ws.get(), [&](const QString &m) {
            if (!m.contains(u"table.status_changed"_s))
                return;
            latencies.push_back(double(g_clock.nsecsElapsed() - replyAt) / 1e6);
            ++received;
        });
        QNetworkRequest req(QUrl(wsUrl + u"/api/v1/events"_s));
        req.setRawHeader("Authorization", "Bearer " + http.token);
        ws->open(req);
        sockets.push_back(std::move(ws));
    }
    QEventLoop wait;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &wait, [&] {
        if (std::all_of(sockets.begin(), sockets.end(), [](const auto &s) { return s->state() == QAbstractSocket::ConnectedState; }))
            wait.quit();
    });
    poll.start(10);
    wait.exec();

    for (int i = 0; i < changes; ++i) {
        received = 0;
        const QByteArray body = i % 2 == 0 ? R"({"status":"CLEANING"})" : R"({"status":"VACANT"})";
        http.call("PATCH", u"/api/v1/tables/1"_s, body);
        replyAt = g_clock.nsecsElapsed(); // events are sent after commit, so they may already be here
        QElapsedTimer guard;
        guard.start();
        while (received < clients && guard.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    // Events that arrived before the reply was processed count as 0 ms late.
    for (double &l : latencies)
        l = std::max(0.0, l);

    const double b50 = percentile(baseline, 0.5);
    std::printf("clients %d, changes %d, events received %zu of %d\n", clients, changes, latencies.size(), clients * changes);
    std::printf("baseline GET /health round trip    p50 %7.3f ms  p99 %7.3f ms  ratio 1.0\n", b50, percentile(baseline, 0.99));
    std::printf("event after REST reply, all clients p50 %7.3f ms  p99 %7.3f ms  ratio p99/baseline p50 %.1f\n", percentile(latencies, 0.5),
                percentile(latencies, 0.99), percentile(latencies, 0.99) / std::max(b50, 1e-6));
    server.terminate();
    server.waitForFinished(5000);
    return 0;
}
