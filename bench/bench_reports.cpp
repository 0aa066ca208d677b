// Sales reports over a million order lines. A generator fills a database with paid orders (lines,
// payments, 30 business days) through the real schema and the rollups are rebuilt from them (as
// `tavola-server --rebuild-reports` does); then every `group_by` of GET /api/v1/reports/sales
// (which reads the rollups) is timed over HTTP against an in-process tavola-server, for the whole
// period and for one day, beside the same report computed from the lines. Baseline, measured in
// the same run on the same data: one full scan of order_lines (SELECT SUM(line_total)), the least
// any report from the lines must read. Prints times and ratios; asserts nothing.
//
//   bench_reports [lines] [database-url]
//     lines         order lines to generate (default 1000000)
//     database-url  sqlite:///abs/file.db or postgresql://…; default a temporary SQLite file.
//                   A given database is kept, so the generator also fills load-test databases.
#include "benchhttp.h"
#include "server.h"
#include "serverstate.h"
#include "storage/database.h"
#include "storage/reportqueries.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::server;

namespace {

struct MenuRow
{
    QString id;
    QString name;
    QString category;
    qint64 price;
};

/// Fills the database with `lines` order lines in paid orders over `days` business days.
bool generate(Database &db, qint64 lines, int days, const QList<MenuRow> &menu, QString *error)
{
    QRandomGenerator rng(20260121);
    const QStringList methods{u"cash"_s, u"promptpay"_s, u"card"_s};
    const qint64 dayMs = 24LL * 3600 * 1000;
    const qint64 start = QDateTime(QDate(2026, 1, 1), QTime(3, 0), QTimeZone::utc()).toMSecsSinceEpoch(); // 10:00 Bangkok
    auto firstId = db.scalar(u"SELECT COALESCE(MAX(id), 0) FROM orders"_s);
    auto firstPayment = db.scalar(u"SELECT COALESCE(MAX(id), 0) FROM payments"_s);
    if (!firstId || !firstPayment) {
        *error = u"cannot read ids"_s;
        return false;
    }
    qint64 orderId = firstId->toLongLong();
    qint64 paymentId = firstPayment->toLongLong();
    qint64 written = 0;
    qint64 receipt = 900000;
    while (written < lines) {
        QStringList orders, orderLines, payments;
        for (int batch = 0; batch < 250 && written < lines; ++batch) {
            ++orderId;
            const int day = int(orderId % days);
            const qint64 paidAt = start + day * dayMs + rng.bounded(12 * 3600) * 1000LL;
            const QString businessDay = QDate(2026, 1, 1).addDays(day).toString(Qt::ISODate);
            const int n = 1 + int(rng.bounded(7));
            qint64 subtotal = 0;
            struct Line
            {
                const MenuRow *menu;
                int qty;
            };
            QList<Line> picked;
            for (int i = 0; i < n && written < lines; ++i, ++written) {
                const MenuRow &m = menu.at(int(rng.bounded(int(menu.size()))));
                picked.append({&m, 1 + int(rng.bounded(3))});
                subtotal += picked.last().qty * m.price;
            }
            const qint64 discount = orderId % 10 == 0 ? subtotal / 10 : 0;
            const qint64 service = (subtotal - discount) / 10;
            const qint64 total = subtotal - discount + service;
            const qint64 vat = (total * 7 + 53) / 107;
            for (const Line &l : picked) {
                const qint64 amount = l.qty * l.menu->price;
                orderLines << u"(%1, '%2', '%3', '', %4, %5, '[]', '', 'kitchen', 'SERVED', 0, %6, '%7', %8, '%9', %10, %11, %12, %13)"_s
                                  .arg(orderId)
                                  .arg(l.menu->id, QString(l.menu->name).replace(u"'"_s, u"''"_s))
                                  .arg(l.qty)
                                  .arg(l.menu->price)
                                  .arg(amount)
                                  .arg(l.menu->category)
                                  .arg(paidAt)
                                  .arg(businessDay)
                                  .arg(amount * discount / subtotal)
                                  .arg(amount * service / subtotal)
                                  .arg(amount * vat / subtotal)
                                  .arg(amount * total / subtotal);
            }
            const QString number = u"BENCH-%1"_s.arg(++receipt);
            const QString method = methods.at(int(orderId % 3));
            orders << u"(%1, %2, '%3', 1, 2, 'PAID', %4, %5, %6, %7, %8, '%9', %10, %10, %10, '%11', 1)"_s.arg(orderId)
                          .arg(orderId)
                          .arg(businessDay)
                          .arg(subtotal)
                          .arg(discount)
                          .arg(service)
                          .arg(vat)
                          .arg(total)
                          .arg(number)
                          .arg(paidAt)
                          .arg(method);
            payments << u"(%1, %2, '%3', 'PAID', %4, '%5', 1, %6, %6)"_s.arg(++paymentId)
                            .arg(orderId)
                            .arg(method)
                            .arg(total)
                            .arg(number)
                            .arg(paidAt);
        }
        const Status s = db.transaction([&]() -> Status {
            for (
                const auto &[sql, values] :
                {std::pair{u"INSERT INTO orders (id, number, business_day, is_takeaway, guests, status, subtotal, discount, "
                           u"service_charge, vat, total, "
                           "receipt_number, created_at, updated_at, paid_at, paid_method, paid_by) VALUES "_s,
                           orders},
                 std::pair{
                     u"INSERT INTO order_lines (order_id, menu_id, name, name_th, qty, unit_price, modifiers, note, station, "
                     u"kitchen_status, "
                     "voided, line_total, category_id, created_at, sale_day, sale_discount, sale_service, sale_vat, sale_total) VALUES "_s,
                     orderLines},
                 std::pair{
                     u"INSERT INTO payments (id, order_id, method, status, amount, receipt_number, created_by, created_at, paid_at) VALUES "_s,
                     payments}}) {
                if (auto r = db.exec(sql + values.join(u", "_s)); !r)
                    return r.error();
            }
            return {};
        });
        if (!s) {
            *error = s.error().message;
            return false;
        }
    }
    if (db.isPostgres()) {
        for (const QString &table : {u"orders"_s, u"order_lines"_s, u"payments"_s})
            (void)db.exec(u"SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT MAX(id) FROM %1))"_s.arg(table));
        (void)db.exec(u"ANALYZE"_s);
    } else {
        (void)db.exec(u"ANALYZE"_s);
    }
    return true;
}

template<typename F>
double medianMs(F &&work, int runs = 3)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        t.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 lines = args.size() > 1 ? args.at(1).toLongLong() : 1'000'000;
    QTemporaryDir dir;
    const QString database = args.size() > 2 ? args.at(2) : u"sqlite://"_s + dir.path() + u"/bench.db"_s;
    if (lines <= 0) {
        std::fprintf(stderr, "usage: bench_reports [lines] [database-url]\n");
        return 2;
    }
    ServerConfig config;
    config.host = QHostAddress(QHostAddress::LocalHost);
    config.port = 0;
    config.database = database;
    config.demo = true;
    config.rateLimitPerMinute = 1'000'000;
    TavolaServer server(config);
    if (auto s = server.start(); !s) {
        std::fprintf(stderr, "server: %s\n", qPrintable(s.error().message));
        return 1;
    }
    Database &db = server.database();
    auto menuRows = db.rows(u"SELECT id, name, category_id, price FROM menu_items"_s);
    if (!menuRows || menuRows->isEmpty()) {
        std::fprintf(stderr, "no menu\n");
        return 1;
    }
    QList<MenuRow> menu;
    for (const Row &r : *menuRows)
        menu.append({r.value(u"id"_s).toString(), r.value(u"name"_s).toString(), r.value(u"category_id"_s).toString(),
                     r.value(u"price"_s).toLongLong()});

    constexpr int kDays = 30;
    QElapsedTimer genTimer;
    genTimer.start();
    QString error;
    if (!generate(db, lines, kDays, menu, &error)) {
        std::fprintf(stderr, "generator: %s\n", qPrintable(error));
        return 1;
    }
    const auto orders = db.scalar(u"SELECT COUNT(*) FROM orders WHERE status = 'PAID'"_s);
    std::printf("database %s: %lld order lines in %lld paid orders over %d days, generated in %.1f s\n",
                db.isPostgres() ? "PostgreSQL" : "SQLite", static_cast<long long>(lines), orders ? orders->toLongLong() : 0LL, kDays,
                double(genTimer.elapsed()) / 1000.0);

    QElapsedTimer rebuild;
    rebuild.start();
    if (auto s = ReportQueries(db).rebuildRollups(server.state().shop.utcOffsetMinutes); !s) {
        std::fprintf(stderr, "rebuilding the rollups: %s\n", qPrintable(s.error().message));
        return 1;
    }
    std::printf("rollups rebuilt from the lines in %.1f s\n", double(rebuild.elapsed()) / 1000.0);
    const double baseline = medianMs([&] { (void)db.scalar(u"SELECT SUM(line_total) FROM order_lines"_s); });
    std::printf("baseline: one full scan of order_lines   %9.1f ms (goal for every report: <= 72 ms)\n\n", baseline);

    BenchHttp http;
    http.base = server.url();
    http.token = http.call("POST", u"/api/v1/auth/login"_s, R"({"username":"manager1","pin":"9000"})")
                     .value(u"data"_s)
                     .toObject()
                     .value(u"access_token"_s)
                     .toString()
                     .toLatin1();
    std::printf("%-10s %18s %9s %14s %9s %18s\n", "group_by", "30 days (ms)", "ratio", "one day (ms)", "ratio", "from lines (ms)");
    QString machine; // one line per group for bench/run: group, 30 days, one day, from lines, baseline (ms)
    for (const QString &group : ReportQueries::groups()) {
        int status = 0;
        qsizetype rows = 0;
        const double whole = medianMs([&] {
            const QJsonObject r = http.call("GET", u"/api/v1/reports/sales?from=2026-01-01&to=2026-01-30&group_by="_s + group, {}, &status);
            rows = r.value(u"data"_s).toObject().value(u"rows"_s).toArray().size();
        });
        if (status != 200) {
            std::fprintf(stderr, "report %s failed: HTTP %d\n", qPrintable(group), status);
            return 1;
        }
        const double oneDay = medianMs(
            [&] { http.call("GET", u"/api/v1/reports/sales?from=2026-01-15&to=2026-01-15&group_by="_s + group); });
        const double fromLines = medianMs(
            [&] { (void)ReportQueries(db).salesFromLines(group, u"2026-01-01"_s, u"2026-01-30"_s, server.state().shop.utcOffsetMinutes); },
            1);
        std::printf("%-10s %12.1f (%3lld rows) %8.2fx %14.1f %8.2fx %18.1f\n", qPrintable(group), whole, static_cast<long long>(rows),
                    whole / baseline, oneDay, oneDay / baseline, fromLines);
        machine += u"bench-report %1 %2 %3 %4 %5\n"_s.arg(group)
                       .arg(whole, 0, 'f', 2)
                       .arg(oneDay, 0, 'f', 2)
                       .arg(fromLines, 0, 'f', 1)
                       .arg(baseline, 0, 'f', 1);
    }
    std::printf("\n%s", qPrintable(machine));
    server.stop();
    return 0;
}
