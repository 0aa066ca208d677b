// /health and /metrics.
#include "controllers.h"
#include "domain/health.h"
#include "storage/paymentrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tavola::server {

void registerServiceRoutes(Router &router)
{
    router.get(u"/health"_s, Permission::publicAccess(), [](RequestContext &ctx) {
        // The database is asked at most once a second while it answers: asking on every request
        // cost a twentieth of the answer. A connection that was closed is asked (and reopened) at
        // once, and an unreachable one on every request.
        ServerState::HealthAnswer &cached = ctx.state.health;
        const qint64 second = ctx.now.toSecsSinceEpoch();
        bool reachable = cached.reachedInSecond == second && ctx.db.isOpen();
        if (!reachable) {
            reachable = ctx.db.ping();
            cached.reachedInSecond = reachable ? second : -1;
        }
        const QString problem = reachable ? ctx.db.storageProblem() : QString();
        const bool up = reachable && problem.isEmpty();
        const int state = int(reachable) + int(up);
        // The answer changes at most once a second (its time and uptime are in seconds) or with
        // the database's state: made once and served again meanwhile.
        if (cached.second != second || cached.state != state || cached.problem != problem) {
            ServerHealth health;
            health.database = up ? ServerHealth::Database::Connected
                : reachable      ? ServerHealth::Database::Degraded
                                 : ServerHealth::Database::Disconnected;
            health.uptimeSeconds = ctx.state.startedAt.secsTo(ctx.now);
            health.version = QCoreApplication::applicationVersion().isEmpty() ? u"0.1.0"_s : QCoreApplication::applicationVersion();
            health.timestamp = ctx.now;
            health.reason = problem;
            cached.second = second;
            cached.state = state;
            cached.problem = problem;
            cached.json = QJsonDocument(health.toJson()).toJson(QJsonDocument::Compact);
        }
        ApiResult r(up ? 200 : 503, {}, {}, {}, cached.json, "application/json");
        if (!up)
            r.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "5"));
        return r;
    });

    router.get(u"/metrics"_s, Permission::publicAccess(), [](RequestContext &ctx) -> ApiResult {
        if (!ctx.http.isLoopback() && !ctx.isManager()) {
            if (!ctx.user)
                return Error{ErrorCode::Unauthenticated, u"Metrics need a manager's token off the local machine"_s, {}};
            return Error{ErrorCode::Forbidden, u"Only managers may read metrics"_s, {}};
        }
        QString out;
        out += u"# HELP tavola_http_requests_total HTTP requests by route and status.\n# TYPE tavola_http_requests_total counter\n"_s;
        for (auto it = ctx.state.metrics.requests.cbegin(); it != ctx.state.metrics.requests.cend(); ++it)
            out += u"tavola_http_requests_total{route=\"%1\",status=\"%2\"} %3\n"_s.arg(it.key().first).arg(it.key().second).arg(it->count);
        out += u"# HELP tavola_http_request_duration_seconds Request latency.\n# TYPE tavola_http_request_duration_seconds histogram\n"_s;
        for (auto it = ctx.state.metrics.requests.cbegin(); it != ctx.state.metrics.requests.cend(); ++it) {
            const QString labels = u"route=\"%1\",status=\"%2\""_s.arg(it.key().first).arg(it.key().second);
            qint64 cumulative = 0;
            for (std::size_t i = 0; i < it->buckets.size(); ++i) {
                cumulative += it->buckets[i];
                const QString le = i < Metrics::kBounds.size() ? QString::number(Metrics::kBounds[i]) : u"+Inf"_s;
                out += u"tavola_http_request_duration_seconds_bucket{%1,le=\"%2\"} %3\n"_s.arg(labels, le).arg(cumulative);
            }
            out += u"tavola_http_request_duration_seconds_sum{%1} %2\n"_s.arg(labels).arg(it->sumSeconds, 0, 'f', 6);
            out += u"tavola_http_request_duration_seconds_count{%1} %2\n"_s.arg(labels).arg(it->count);
        }
        auto open = OrderRepository(ctx.db).countOpen();
        out += u"# HELP tavola_open_orders Orders not yet paid or cancelled.\n# TYPE tavola_open_orders gauge\n"_s;
        out += u"tavola_open_orders %1\n"_s.arg(open ? *open : -1);
        out += u"# HELP tavola_websocket_clients Connected WebSocket clients.\n# TYPE tavola_websocket_clients gauge\n"_s;
        out += u"tavola_websocket_clients %1\n"_s.arg(ctx.events.clientCount());
        out += u"# HELP tavola_payments Payments by status.\n# TYPE tavola_payments gauge\n"_s;
        if (auto counts = PaymentRepository(ctx.db).countByStatus(); counts) {
            for (const auto &[status, n] : *counts)
                out += u"tavola_payments{status=\"%1\"} %2\n"_s.arg(status).arg(n);
        }
        out += u"# HELP tavola_idempotent_replays_total Requests answered from a stored idempotent response.\n"
               "# TYPE tavola_idempotent_replays_total counter\n"_s;
        out += u"tavola_idempotent_replays_total %1\n"_s.arg(ctx.state.metrics.idempotentReplays);
        out += u"# HELP tavola_rate_limited_total Requests refused with 429.\n# TYPE tavola_rate_limited_total counter\n"_s;
        out += u"tavola_rate_limited_total %1\n"_s.arg(ctx.state.metrics.rateLimited);
        out += u"# HELP tavola_secret_work_in_flight Requests whose PIN or password is being hashed off the event loop.\n"
               "# TYPE tavola_secret_work_in_flight gauge\n"_s;
        out += u"tavola_secret_work_in_flight %1\n"_s.arg(ctx.state.metrics.secretWorkInFlight);
        out += u"# HELP tavola_group_commits_total Commits shared by the changes that arrived together (SQLite).\n"
               "# TYPE tavola_group_commits_total counter\n"_s;
        out += u"tavola_group_commits_total %1\n"_s.arg(ctx.state.metrics.groupCommits);
        out += u"# HELP tavola_group_commit_answers_total Answers that waited for their group's commit.\n"
               "# TYPE tavola_group_commit_answers_total counter\n"_s;
        out += u"tavola_group_commit_answers_total %1\n"_s.arg(ctx.state.metrics.groupAnswers);
        return ApiResult(200, {}, {}, {}, out.toUtf8(), "text/plain; version=0.0.4; charset=utf-8");
    });
}

} // namespace tavola::server
