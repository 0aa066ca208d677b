#pragma once

#include "api.h"
#include "auth/auth.h"
#include "domain/clock.h"
#include "domain/menu.h"
#include "domain/settings.h"
#include "domain/staff.h"
#include "domain/totals.h"
#include "payments/gateway.h"
#include "serverconfig.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>

#include <functional>
#include <memory>

namespace tavola::server {

/// Request counts and latencies per route and status, for /metrics.
struct Metrics
{
    struct Series
    {
        qint64 count = 0;
        double sumSeconds = 0;
        std::array<qint64, 8> buckets{}; // ≤ 5, 10, 25, 50, 100, 250, 1000 ms, +Inf
    };
    static constexpr std::array<double, 7> kBounds{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0};
    QMap<std::pair<QString, int>, Series> requests; // (method + route pattern, status)
    qint64 idempotentReplays = 0;
    qint64 rateLimited = 0;
    qint64 secretWorkInFlight = 0; // requests waiting for their PIN or password hashing
    qint64 groupCommits = 0; // commits of a group (SQLite group commit)
    qint64 groupAnswers = 0; // answers that waited for one
    void record(const QString &route, int status, double seconds);
};

/// What every controller shares: configuration, time, settings, tokens, limits and metrics.
class ServerState
{
public:
    ServerConfig config;
    ShopSettings shop;
    TokenSigner tokens;
    RateLimiter limiter;
    Metrics metrics;
    /// Serialised reads (menu, floor plan, settings) and the version each was made at: served
    /// again while the version stays (controllers/shared.cpp, cachedRead).
    struct CachedRead
    {
        QString version;
        QByteArray json;
    };
    QHash<QString, CachedRead> reads;
    /// The whole menu (inactive items too) as read at its version, for adding items to orders
    /// (controllers/shared.cpp, wholeMenu): read again once the version moves.
    std::shared_ptr<const Menu> menu;
    /// SQLite: the menu's and the floor plan's versions as last read, and the database's write
    /// count then (Database::writeCount): asked again only after a write, or a second later
    /// (controllers/shared.cpp, knownVersion). PostgreSQL: read every time.
    struct CachedVersion
    {
        QString version;
        quint64 writes = 0;
        qint64 readAtMs = -1; // on cacheClock; -1: never read
    };
    CachedVersion floorVersion;
    CachedVersion menuVersion;
    /// /health's answer and what it was made from: the database is asked at most once a second
    /// while it answers (at once again when its connection was closed), and the answer is made
    /// again when the second or the database's state changes (controllers/service.cpp).
    struct HealthAnswer
    {
        qint64 second = -1; // of the answer; -1: none yet
        qint64 reachedInSecond = -1; // the second the database last answered the probe
        int state = -1; // 0 unreachable, 1 degraded, 2 connected
        QString problem;
        QByteArray json;
    };
    HealthAnswer health;
    /// Accounts read to authenticate tokens, by user id, each read again after a second (so an
    /// account disabled on another instance is refused there within a second) and dropped at once
    /// when this instance changes it (controllers/auth.cpp).
    struct CachedAccount
    {
        User user;
        qint64 readAtMs = 0; // on cacheClock
    };
    QHash<qint64, CachedAccount> accounts;
    QElapsedTimer cacheClock; // the time of the caches above
    /// Drops everything read from the database and kept (reads, menu, accounts, versions): after
    /// a commit that failed, nothing read inside it may be served again.
    void forgetReads()
    {
        reads.clear();
        menu.reset();
        accounts.clear();
        floorVersion = {};
        menuVersion = {};
        health = {};
    }
    static constexpr qint64 accountCacheMs = 1000;
    QDateTime startedAt;
    QString webhookSecret;
    /// The PromptPay gateway, or null when none is configured.
    std::unique_ptr<PaymentGateway> gateway;
    /// The bank's slip-verification API, or null when none is configured.
    std::unique_ptr<SlipVerifier> slipVerifier;
    /// This server's own base URL ("http://127.0.0.1:8080"), for the sandbox's webhook calls.
    QString selfUrl;

    /// Server time: the shared clock (a fixed test instant under the test harness) plus what tests
    /// add with `advanceClock` instead of sleeping.
    QDateTime now() const { return clock::nowUtc().addMSecs(m_clockOffsetMs); }
    void advanceClock(qint64 ms) { m_clockOffsetMs += ms; }
    /// "2026-01-21": the shop's business day for a time.
    QString businessDay(const QDateTime &t) const;

    /// A hash of a secret nobody has, made with the configured PBKDF2 iterations: sign-ins of
    /// unknown users are checked against it, so they take as long as real ones.
    const QString &dummySecretHash();

    /// Reads the settings table into `shop` (with this instance's POS ID and gateway).
    Status loadSettings(Database &db);

private:
    qint64 m_clockOffsetMs = 0;
    QString m_dummySecretHash;
};

} // namespace tavola::server
