// Realtime latency: how long after a REST reply a change is on every client's socket.
//
//   bench_realtime [--clients N] [--changes M] [--threads T] [--url URL …] [--restart-command CMD]
//
// Without --url it starts a tavola-server process of its own (SQLite, demo café). With one or more
// --url (the instances of a chain, e.g. from scripts/cluster) the clients are spread over them and
// every change is made on the first, so the events of the others cross PostgreSQL.
// The clients cannot be the bottleneck: the sockets (plain sockets and epoll, Linux) are shared out
// over T threads, each with its own loop; every 2 ms each thread's loop lag is measured (how long a call posted to it waits
// before it runs); the lag's p99 is printed and must stay under 1 ms for the figures to mean anything.
// Per change and client: the delay from sending the PATCH to the event, beside the PATCH's own round
// trip, and from the PATCH's reply to the event (an event there before the reply counts as 0 ms).
// Baseline in the same run: the round trip of GET /health.
// --restart-command (e.g. "scripts/cluster db-restart --dir D"): after the steady figures, run it
// (it returns once PostgreSQL accepts connections again), then change a table on the first
// instance (retrying until it answers) and time how long until every client has the event.
// Prints figures and ratios; asserts nothing.
#include "benchhttp.h"
#include "benchserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#ifdef Q_OS_LINUX // epoll and timerfd: bench/run is a Linux tool
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <sched.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QElapsedTimer g_clock; // CLOCK_MONOTONIC: its readings compare across threads

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * double(v.size())))];
}

std::atomic<int> g_events{0}; // table.status_changed events received, every socket
std::atomic<int> g_connected{0}; // sockets connected

/// One thread's share of the sockets: minimal WebSocket clients on plain sockets and epoll (the
/// handshake, then the raw stream, where each event is counted as its name goes by: no frame
/// decoding, no text conversion, so the client costs little beside the server). The loop's own lag:
/// a 2 ms timerfd in the same epoll set, how late the loop gets to each expiry. The main thread
/// reads the figures once stop() has returned; measure(false) ends the lag check.
class ClientGroup
{
public:
    static constexpr std::string_view eventName = "\"table.status_changed\"";
    struct Socket
    {
        int fd = -1;
        std::string pending; // the handshake's answer so far, then the unsearched tail
        bool upgraded = false;
        std::vector<qint64> arrivals; // ns on g_clock, one per event, in order
    };
    std::vector<Socket> sockets;
    std::vector<double> lagMs;
    std::atomic<bool> realtimePriority{false};

    ClientGroup(const QList<QUrl> &urls, const QByteArray &token)
    {
        if (::pipe2(m_probe, O_CLOEXEC | O_NONBLOCK) != 0)
            std::abort();
        m_thread = std::thread([this, urls, token] { run(urls, token); });
    }
    ~ClientGroup()
    {
        stop();
        ::close(m_probe[0]);
        ::close(m_probe[1]);
    }
    /// Whether the loop's lag is noted (the steady figures) or not (e.g. while PostgreSQL restarts).
    void measure(bool on) { m_measuring.store(on); }
    void stop()
    {
        if (!m_thread.joinable())
            return;
        const qint64 quit = -1;
        (void)!::write(m_probe[1], &quit, sizeof quit);
        m_thread.join();
    }

private:
    int m_probe[2] = {-1, -1};
    std::thread m_thread;
    std::atomic<bool> m_measuring{true};
    static constexpr qint64 tickNs = 2'000'000;

    void run(const QList<QUrl> &urls, const QByteArray &token)
    {
        // Ahead of the servers for the CPU where allowed (root): the client takes its share first.
        sched_param high{};
        high.sched_priority = 10;
        realtimePriority.store(::pthread_setschedparam(::pthread_self(), SCHED_FIFO, &high) == 0);
        const int ep = ::epoll_create1(EPOLL_CLOEXEC);
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.u64 = 0;
        ::epoll_ctl(ep, EPOLL_CTL_ADD, m_probe[0], &ev);
        const int tick = ::timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK);
        ev.data.u64 = std::numeric_limits<std::uint64_t>::max();
        ::epoll_ctl(ep, EPOLL_CTL_ADD, tick, &ev);
        sockets.resize(std::size_t(urls.size()));
        for (qsizetype i = 0; i < urls.size(); ++i) {
            const QUrl &url = urls[i];
            sockaddr_in to{};
            to.sin_family = AF_INET;
            to.sin_port = htons(quint16(url.port()));
            Socket &s = sockets[std::size_t(i)];
            s.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
            if (::inet_pton(AF_INET, url.host().toLatin1().constData(), &to.sin_addr) != 1
                || ::connect(s.fd, reinterpret_cast<const sockaddr *>(&to), sizeof to) != 0) {
                std::fprintf(stderr, "bench_realtime: cannot connect to %s (an IPv4 address is needed)\n", qPrintable(url.toString()));
                continue;
            }
            const int one = 1;
            ::setsockopt(s.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            const QByteArray handshake = "GET /api/v1/events HTTP/1.1\r\nHost: " + url.authority().toLatin1()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                  "Sec-WebSocket-Version: 13\r\nAuthorization: Bearer "
                + token + "\r\n\r\n";
            (void)!::send(s.fd, handshake.constData(), std::size_t(handshake.size()), MSG_NOSIGNAL);
            ::fcntl(s.fd, F_SETFL, ::fcntl(s.fd, F_GETFL) | O_NONBLOCK);
            ev.data.u64 = std::uint64_t(i) + 1;
            ::epoll_ctl(ep, EPOLL_CTL_ADD, s.fd, &ev);
        }
        itimerspec every{};
        every.it_interval.tv_nsec = every.it_value.tv_nsec = tickNs;
        ::timerfd_settime(tick, 0, &every, nullptr);
        const qint64 ticksFrom = g_clock.nsecsElapsed();
        quint64 ticks = 0;
        epoll_event ready[64];
        char buffer[65536];
        for (bool running = true; running;) {
            const int n = ::epoll_wait(ep, ready, 64, -1);
            for (int k = 0; k < n; ++k) {
                if (ready[k].data.u64 == 0) {
                    running = false;
                    continue;
                }
                if (ready[k].data.u64 == std::numeric_limits<std::uint64_t>::max()) {
                    quint64 expired = 0;
                    if (::read(tick, &expired, sizeof expired) == sizeof expired) {
                        ticks += expired;
                        if (m_measuring.load())
                            lagMs.push_back(double(g_clock.nsecsElapsed() - ticksFrom - qint64(ticks) * tickNs) / 1e6);
                    }
                    continue;
                }
                Socket &s = sockets[ready[k].data.u64 - 1];
                const qint64 now = g_clock.nsecsElapsed();
                ssize_t got;
                while ((got = ::recv(s.fd, buffer, sizeof buffer, 0)) > 0)
                    s.pending.append(buffer, std::size_t(got));
                if (got == 0) {
                    ::epoll_ctl(ep, EPOLL_CTL_DEL, s.fd, nullptr);
                }
                read(s, now);
            }
        }
        for (Socket &s : sockets)
            ::close(s.fd);
        ::close(tick);
        ::close(ep);
    }
    static void read(Socket &s, qint64 now)
    {
        if (!s.upgraded) {
            const std::size_t end = s.pending.find("\r\n\r\n");
            if (end == std::string::npos)
                return;
            if (!s.pending.starts_with("HTTP/1.1 101")) {
                std::fprintf(stderr, "bench_realtime: the event stream refused: %s\n", s.pending.substr(0, s.pending.find('\r')).c_str());
                s.pending.clear();
                return;
            }
            s.upgraded = true;
            s.pending.erase(0, end + 4);
            g_connected.fetch_add(1);
        }
        std::size_t from = 0;
        std::size_t at;
        int found = 0;
        while ((at = s.pending.find(eventName, from)) != std::string::npos) {
            s.arrivals.push_back(now);
            ++found;
            from = at + eventName.size();
        }
        // Keep only what could be the start of a name split over two reads.
        const std::size_t keep = eventName.size() - 1;
        s.pending.erase(0, std::max(from, s.pending.size() > keep ? s.pending.size() - keep : 0));
        if (found)
            g_events.fetch_add(found, std::memory_order_release);
    }
};

/// Runs the main loop until `done` (checked every millisecond, without spinning) or the timeout.
void waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return;
    QEventLoop loop;
    QTimer check;
    check.setTimerType(Qt::PreciseTimer);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start(1);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addOption({u"clients"_s, u"WebSocket clients (default 200)."_s, u"n"_s, u"200"_s});
    cli.addOption({u"changes"_s, u"Table changes to time (default 100)."_s, u"n"_s, u"100"_s});
    cli.addOption({u"threads"_s, u"Client threads (default: one per core)."_s, u"n"_s, QString::number(QThread::idealThreadCount())});
    cli.addOption({u"url"_s, u"An instance to use (repeat for a chain); none: start tavola-server."_s, u"url"_s});
    cli.addOption({u"restart-command"_s, u"Restart PostgreSQL with this command and time the first event after."_s, u"cmd"_s});
    cli.addHelpOption();
    cli.process(app);
    const int clients = std::max(1, cli.value(u"clients"_s).toInt());
    const int changes = std::max(1, cli.value(u"changes"_s).toInt());
    const int threads = std::clamp(cli.value(u"threads"_s).toInt(), 1, clients);
    g_clock.start();

    QStringList urls = cli.values(u"url"_s);
    QTemporaryDir dir;
    BenchServer server;
    if (urls.isEmpty()) {
        const QString url = server.start(QStringLiteral(TAVOLA_SERVER), dir.filePath(u"b.db"_s));
        if (url.isEmpty()) {
            std::fprintf(stderr, "bench_realtime: tavola-server did not start\n");
            return 1;
        }
        urls << url;
    }
    BenchHttp http;
    http.base = urls.first();
    http.token = http.call("POST", u"/api/v1/auth/login"_s, R"({"username":"waiter1","pin":"2000"})")
                     .value(u"data"_s)
                     .toObject()
                     .value(u"access_token"_s)
                     .toString()
                     .toLatin1();
    if (http.token.isEmpty()) {
        std::fprintf(stderr, "bench_realtime: cannot sign in on %s\n", qPrintable(http.base));
        return 1;
    }

    // The table starts vacant (before any client listens), so every change below is a change.
    int vacant = 0;
    http.call("PATCH", u"/api/v1/tables/1"_s, R"({"status":"VACANT"})", &vacant);
    if (vacant / 100 != 2) {
        std::fprintf(stderr, "bench_realtime: cannot set table 1 (HTTP %d)\n", vacant);
        return 1;
    }
    waitUntil([] { return false; }, 500); // (its event reaches the other instances meanwhile)

    // Baseline: a /health round trip.
    std::vector<double> baseline;
    for (int i = 0; i < changes; ++i) {
        const qint64 t0 = g_clock.nsecsElapsed();
        http.call("GET", u"/health"_s);
        baseline.push_back(double(g_clock.nsecsElapsed() - t0) / 1e6);
    }

    // The clients: round robin over the instances, shared out over the threads.
    std::vector<std::unique_ptr<ClientGroup>> groups;
    for (int t = 0; t < threads; ++t) {
        QList<QUrl> mine;
        for (int c = t; c < clients; c += threads)
            mine << QUrl(urls[c % urls.size()]);
        groups.push_back(std::make_unique<ClientGroup>(mine, http.token));
    }
    waitUntil([&] { return g_connected.load() >= clients; }, 30000);
    if (g_connected.load() < clients) {
        std::fprintf(stderr, "bench_realtime: only %d of %d clients connected\n", g_connected.load(), clients);
        return 1;
    }

    std::vector<qint64> sent;
    const auto change = [&](int i, int *status) {
        const QByteArray body = i % 2 == 0 ? R"({"status":"CLEANING"})" : R"({"status":"VACANT"})";
        sent.push_back(g_clock.nsecsElapsed());
        http.call("PATCH", u"/api/v1/tables/1"_s, body, status);
        return g_clock.nsecsElapsed(); // events are sent after commit, so some may already be here
    };
    std::vector<qint64> replies;
    std::vector<double> roundTrips;
    int expected = 0;
    for (int i = 0; i < changes; ++i) {
        int status = 0;
        replies.push_back(change(i, &status));
        roundTrips.push_back(double(replies.back() - sent.back()) / 1e6);
        expected += clients;
        waitUntil([&] { return g_events.load(std::memory_order_acquire) >= expected; }, 5000);
    }
    const int steadyReceived = g_events.load();
    for (const auto &g : groups)
        g->measure(false); // the lag check covers the steady figures

    // After a PostgreSQL restart: the first change that goes through, to the last client.
    bool resumed = false;
    qint64 restartDone = 0;
    if (cli.isSet(u"restart-command"_s)) {
        QStringList cmd = QProcess::splitCommand(cli.value(u"restart-command"_s));
        QProcess restart;
        restart.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        restart.start(cmd.takeFirst(), cmd);
        waitUntil([&] { return restart.state() == QProcess::NotRunning; }, 120000);
        restartDone = g_clock.nsecsElapsed();
        int status = 0;
        for (int attempt = 0; attempt < 500 && status / 100 != 2; ++attempt) {
            change(changes, &status);
            if (status / 100 != 2)
                QThread::msleep(10);
        }
        expected = steadyReceived + clients;
        waitUntil([&] { return g_events.load(std::memory_order_acquire) >= expected; }, 10000);
        resumed = g_events.load() >= expected;
    }

    std::vector<std::vector<qint64>> arrivals;
    std::vector<double> lag;
    for (const auto &g : groups) {
        g->stop();
        for (ClientGroup::Socket &socket : g->sockets)
            arrivals.push_back(std::move(socket.arrivals));
        lag.insert(lag.end(), g->lagMs.begin(), g->lagMs.end());
    }

    std::vector<double> latencies; // after the reply
    std::vector<double> fromSent; // after the request was sent
    qint64 lastAfterRestart = 0;
    for (const std::vector<qint64> &socket : arrivals) {
        for (std::size_t i = 0; i < socket.size() && i < replies.size(); ++i) {
            latencies.push_back(std::max(0.0, double(socket[i] - replies[i]) / 1e6));
            fromSent.push_back(double(socket[i] - sent[i]) / 1e6);
        }
        if (socket.size() > replies.size())
            lastAfterRestart = std::max(lastAfterRestart, socket.back());
    }
    const double resumedMs = resumed ? double(lastAfterRestart - restartDone) / 1e6 : -1.0;

    const double b50 = percentile(baseline, 0.5);
    const double lag99 = percentile(lag, 0.99);
    std::printf("instances %lld, clients %d on %d threads (%s), changes %d, events received %zu of %d\n",
                static_cast<long long>(urls.size()), clients, threads,
                groups.front()->realtimePriority.load() ? "real-time priority" : "normal priority: run as root for real-time", changes,
                latencies.size(), clients * changes);
    std::printf("client loop lag p50 %.3f ms, p99 %.3f ms, max %.3f ms: %s\n", percentile(lag, 0.5), lag99, percentile(lag, 1.0),
                lag99 < 1.0 ? "the client keeps up" : "THE CLIENT IS THE BOTTLENECK, the figures below are not the server's");
    std::printf("baseline GET /health round trip    p50 %7.3f ms  p99 %7.3f ms\n", b50, percentile(baseline, 0.99));
    std::printf("PATCH /tables round trip            p50 %7.3f ms  p99 %7.3f ms\n", percentile(roundTrips, 0.5),
                percentile(roundTrips, 0.99));
    std::printf("event after PATCH sent, all clients p50 %7.3f ms  p99 %7.3f ms\n", percentile(fromSent, 0.5), percentile(fromSent, 0.99));
    std::printf("event after REST reply, all clients p50 %7.3f ms  p99 %7.3f ms  (0 when before the reply)\n", percentile(latencies, 0.5),
                percentile(latencies, 0.99));
    if (cli.isSet(u"restart-command"_s)) {
        if (resumed)
            std::printf("event after PostgreSQL restart, all clients %.1f ms\n", resumedMs);
        else
            std::printf("event after PostgreSQL restart: NOT on every client within 10 s\n");
    }
    // One line for bench/run (ms): health p50, PATCH p50, event after sent p50 and p99, after reply p99,
    // client lag p99, after a restart (-1: not measured or not arrived)
    std::printf("bench-realtime %.3f %.3f %.3f %.3f %.3f %.3f %.1f\n", b50, percentile(roundTrips, 0.5), percentile(fromSent, 0.5),
                percentile(fromSent, 0.99), percentile(latencies, 0.99), lag99, cli.isSet(u"restart-command"_s) ? resumedMs : -1.0);
    return latencies.size() == std::size_t(clients) * std::size_t(changes) ? 0 : 1;
}

#else
#error "bench_realtime needs Linux (epoll, timerfd): bench/run is a Linux tool"
#endif
