// Table turns: the mutations of a whole table's service, as tills make them, per second — against
// the least a write can cost on the same database file and sync mode, measured in the same run.
//
//   bench_turns [--clients N] [--seconds S] [--rounds R] [--server PATH]
//
// Starts tavola-server (SQLite, the demo café) on a file of its own. N clients (threads, each on
// one keep-alive connection, each at a table of its own) turn their tables: open the order
// (dine-in), add a dish, send it to the kitchen, check out, pay cash, free the table — six
// mutations, each one transaction with its idempotency key, audit and events, as the tills send
// them. Baseline: single-row INSERTs, one transaction each, prepared, into a table of the same
// file (WAL, synchronous=FULL, as the server opens it), on stock SQLite: the server's WAL write
// buffer (core/sqlite/walbuffer.h) is Tavola's work, so the baseline does not get it. The same
// inserts through the buffer are printed too, for information.
// The two alternate in R rounds of S/R seconds each (a slow spell of a shared machine then falls
// on both), and the round with the median ratio is the figure.
// Prints the figures and the ratio; asserts nothing. Exit 1 when a mutation failed.
#include "benchserver.h"
#include "rawhttp.h"
#include "sqlite/walbuffer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

std::atomic<long> g_mutations{0};
constexpr int steps = 6;
const char *const stepNames[steps] = {"open", "add", "send", "checkout", "pay", "free"};
std::atomic<qint64> g_stepNs[steps];
std::atomic<bool> g_failed{false};

/// An id as the API writes it (a string of digits; a number is read too).
QByteArray idOf(const QJsonValue &v)
{
    return v.toVariant().toString().toLatin1();
}

QJsonObject data(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    return o.contains(u"data"_s) ? o.value(u"data"_s).toObject() : o;
}

/// One till turning one table until `deadline` (ms on `clock`).
void turnTables(const QUrl &base, const QByteArray &token, const QByteArray &tableId, const QByteArray &menuId, const QElapsedTimer &clock,
                qint64 deadline, int client, int round)
{
    RawHttp http;
    if (!http.connectTo(base)) {
        g_failed = true;
        return;
    }
    const QByteArray auth = "Authorization: Bearer " + token;
    long key = 0;
    int step = 0;
    auto call = [&](const QByteArray &method, const QByteArray &path, const QByteArray &body) -> QJsonObject {
        QByteArray answer;
        const qint64 t0 = clock.nsecsElapsed();
        const auto timed = qScopeGuard([&] { g_stepNs[step++ % steps].fetch_add(clock.nsecsElapsed() - t0); });
        const QByteArray idempotency = "Idempotency-Key: turn-" + QByteArray::number(round) + '-' + QByteArray::number(client) + '-'
            + QByteArray::number(++key);
        const int status = http.request(method, path, body, {auth, idempotency}, &answer);
        if (status / 100 != 2) {
            if (!g_failed.exchange(true))
                std::fprintf(stderr, "bench_turns: %s %s answered %d %s\n", method.constData(), path.constData(), status,
                             answer.left(300).constData());
            return {};
        }
        g_mutations.fetch_add(1, std::memory_order_relaxed);
        return data(answer);
    };
    while (clock.elapsed() < deadline && !g_failed) {
        const QByteArray order = idOf(
            call("POST", "/api/v1/orders", R"({"type":"dine_in","guests":2,"table_id":")" + tableId + "\"}").value(u"id"_s));
        call("POST", "/api/v1/orders/" + order + "/items", R"({"items":[{"menu_id":")" + menuId + R"(","qty":1}]})");
        call("POST", "/api/v1/orders/" + order + "/send", {});
        call("POST", "/api/v1/orders/" + order + "/checkout", {});
        call("POST", "/api/v1/payments", R"({"method":"cash","amount_received":"10000.00","order_id":")" + order + "\"}");
        call("PATCH", "/api/v1/tables/" + tableId, R"({"status":"VACANT"})");
    }
}

/// Single-row inserts, one transaction each, for `ms` on `dbPath` (WAL, synchronous=FULL, as the
/// server opens it): stock SQLite (the platform's VFS) or through Tavola's WAL write buffer.
/// Transactions per second, or -1.
double rawInserts(const QString &dbPath, qint64 ms, bool stock)
{
    const QString name = stock ? u"bench-raw-stock"_s : u"bench-raw-buffered"_s;
    double perSecond = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        const QString vfs = QString::fromLatin1(tavola::sqlite::platformVfs());
        if (stock && !vfs.isEmpty()) {
            db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"_s);
            db.setDatabaseName(QUrl::fromLocalFile(dbPath).toString() + u"?vfs="_s + vfs);
        } else {
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
            db.setDatabaseName(dbPath);
        }
        QSqlQuery q(db);
        const QString table = stock ? u"bench_raw"_s : u"bench_raw_buffered"_s;
        if (!db.open() || !q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.exec(u"PRAGMA synchronous=FULL"_s)
            || !q.exec(u"CREATE TABLE IF NOT EXISTS %1 (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, note TEXT NOT NULL)"_s.arg(table))) {
            std::fprintf(stderr, "bench_turns: %s %s\n", qPrintable(db.lastError().text()), qPrintable(q.lastError().text()));
        } else {
            QSqlQuery insert(db);
            insert.prepare(u"INSERT INTO %1 (at, note) VALUES (?, ?)"_s.arg(table));
            long rows = 0;
            QElapsedTimer rawClock;
            rawClock.start();
            bool ok = true;
            while (ok && rawClock.elapsed() < ms) {
                insert.bindValue(0, rawClock.nsecsElapsed());
                insert.bindValue(1, u"row"_s);
                ok = insert.exec();
                if (!ok)
                    std::fprintf(stderr, "bench_turns: %s\n", qPrintable(insert.lastError().text()));
                ++rows;
            }
            if (ok)
                perSecond = double(rows) / (double(rawClock.elapsed()) / 1000.0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return perSecond;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addOption({u"clients"_s, u"Tills turning tables at once (default 4)."_s, u"n"_s, u"4"_s});
    cli.addOption({u"seconds"_s, u"How long each figure is measured in all (default 6)."_s, u"s"_s, u"6"_s});
    cli.addOption({u"rounds"_s, u"Rounds the figures alternate in (default 3)."_s, u"r"_s, u"3"_s});
    cli.addOption({u"server"_s, u"The tavola-server to start."_s, u"path"_s, QStringLiteral(TAVOLA_SERVER)});
    cli.addHelpOption();
    cli.process(app);
    const int clients = std::max(1, cli.value(u"clients"_s).toInt());
    const int rounds = std::max(1, cli.value(u"rounds"_s).toInt());
    const qint64 ms = std::max(1, cli.value(u"seconds"_s).toInt()) * 1000LL / rounds;

    QTemporaryDir dir;
    const QString dbPath = dir.filePath(u"turns.db"_s);
    BenchServer server;
    const QUrl base(server.start(cli.value(u"server"_s), dbPath));
    if (base.isEmpty()) {
        std::fprintf(stderr, "bench_turns: tavola-server did not start\n");
        return 1;
    }

    // The cashier signs in and opens a shift; the tables and a dish to sell.
    RawHttp http;
    QByteArray body;
    if (!http.connectTo(base) || http.request("POST", "/api/v1/auth/login", R"({"username":"cashier1","pin":"1000"})", {}, &body) != 200) {
        std::fprintf(stderr, "bench_turns: cannot sign in: %s\n", body.constData());
        return 1;
    }
    const QByteArray token = data(body).value(u"access_token"_s).toString().toLatin1();
    const QByteArray auth = "Authorization: Bearer " + token;
    http.request("POST", "/api/v1/shifts/open", R"({"opening_cash":"1000.00"})", {auth}, &body);
    http.request("GET", "/api/v1/menu", {}, {}, &body);
    QByteArray menuId;
    for (const QJsonValue &item : data(body).value(u"items"_s).toArray())
        if (menuId.isEmpty() && item.toObject().value(u"available"_s).toBool(true))
            menuId = idOf(item.toObject().value(u"id"_s));
    http.request("GET", "/api/v1/tables", {}, {auth}, &body);
    std::vector<QByteArray> tables;
    for (const QJsonValue &t : data(body).value(u"tables"_s).toArray())
        if (t.toObject().value(u"status"_s).toString() == u"VACANT"_s && int(tables.size()) < clients)
            tables.push_back(idOf(t.toObject().value(u"id"_s)));
    if (menuId.isEmpty() || int(tables.size()) < clients) {
        std::fprintf(stderr, "bench_turns: the demo café has %zu vacant tables (need %d)\n", tables.size(), clients);
        return 1;
    }

    struct Round
    {
        double mutations, raw, buffered;
    };
    std::vector<Round> measured;
    long counted = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer clock;
        clock.start();
        std::vector<std::thread> tills;
        for (int c = 0; c < clients; ++c)
            tills.emplace_back(turnTables, base, token, tables[std::size_t(c)], menuId, std::cref(clock), ms, c, round);
        for (std::thread &t : tills)
            t.join();
        const double turnSeconds = double(clock.elapsed()) / 1000.0;
        const long total = g_mutations.load();
        const double mutations = double(total - std::exchange(counted, total)) / turnSeconds;
        // Baseline: stock SQLite on the same file, the same journal and sync mode, one row per
        // transaction. Then the same through Tavola's WAL write buffer, for information.
        const double raw = rawInserts(dbPath, ms, true);
        const double buffered = rawInserts(dbPath, ms, false);
        if (raw <= 0 || buffered < 0 || g_failed)
            return 1;
        std::printf("round %d: %.0f mutations/s, %.0f inserts/s, ratio %.2f\n", round + 1, mutations, raw, mutations / raw);
        measured.push_back({mutations, raw, buffered});
    }
    std::sort(measured.begin(), measured.end(), [](const Round &a, const Round &b) { return a.mutations / a.raw < b.mutations / b.raw; });
    const auto [mutations, raw, buffered] = measured[measured.size() / 2];

    std::printf("table-turn mutations (%d tills, 6 per turn)  %8.0f /s\n", clients, mutations);
    std::printf("raw single-row insert (same file, WAL, FULL)  %8.0f tx/s\n", raw);
    std::printf("  (the same through Tavola's WAL buffer       %8.0f tx/s)\n", buffered);
    std::printf("ratio %.2f\n", mutations / raw);
    const long turns = g_mutations.load() / steps;
    std::printf("mean time per step (ms):");
    for (int i = 0; i < steps; ++i)
        std::printf(" %s %.2f", stepNames[i], turns ? double(g_stepNs[i].load()) / 1e6 / double(turns) : 0.0);
    std::printf("\n");
    std::printf("bench-turns %.1f %.1f\n", mutations, raw);
    return g_failed ? 1 : 0;
}
