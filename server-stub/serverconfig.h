#pragma once

#include "domain/error.h"

#include <QHostAddress>
#include <QStringList>

namespace tavola::server {

/// Server settings. Precedence: built-in defaults < config file < environment < command line.
struct ServerConfig
{
    QHostAddress host = QHostAddress::Any;
    quint16 port = 8080;
    QString database; // sqlite:///abs/path.db | postgresql://user@host:port/db
    bool demo = false;
    QString posId = QStringLiteral("POS01");
    int rateLimitPerMinute = 100; // per signed-in user
    int loginFailuresPerMinute = 5; // per username and per address
    int queueTicketsPerMinute = 20; // public ticket creation, per address
    int idleTimeoutSeconds = 60;
    int headerTimeoutSeconds = 5; // a request's headers, from its first byte
    int requestTimeoutSeconds = 15; // a whole request, from its first byte
    int maxConnections = 1000; // HTTP connections (WebSockets are counted apart)
    int maxConnectionsPerAddress = 256;
    int maxSecretWork = 64; // sign-ins (and other PIN or password checks) being hashed at once; beyond: 429
    /// SQLite: changes of requests that arrive together share one commit (one WAL write, one
    /// fsync); each is answered once its group is durable.
    bool groupCommit = true;
    /// Reverse proxies (nginx) whose X-Real-IP header names the client: sign-in lockouts, rate
    /// limits and the local-only /metrics then see the till's address, not the proxy's.
    QList<QHostAddress> trustedProxies;
    int minTransferRate = 16 * 1024; // bytes/s: a large body's extra time beyond the request timeout
    int pingIntervalSeconds = 20;
    int clientTimeoutSeconds = 60;
    int eventRetentionMinutes = 24 * 60; // events kept for resume (≥ 60)
    int passwordIterations = 120'000;
    bool paymentsSandbox = false;
    QString slipVerifier; // payments.slip_verifier: "" (none) or "sandbox"
    QString tlsCert; // PEM certificate (chain): HTTPS and WSS on the same port
    QString tlsKey; // its PEM private key
    QString makeCertDir; // --make-cert DIR: write a self-signed certificate and stop
    QString backupDir; // backup.dir: where SQLite backups go ("" = "backups" beside the database)
    int backupEveryHours = 24; // backup.every_hours: 0 = only on demand
    int backupKeep = 30; // backup.keep: the newest N are kept
    QString restoreFile; // --restore FILE: copy a backup into --db and exit
    bool force = false; // --force: --restore may replace a database that holds data
    bool rebuildReports = false; // --rebuild-reports: make the sales rollups again and exit
    QString adminUsername; // first start outside demo mode
    QString adminPassword;
    QString adminPin; // optional: the first administrator signs in at a till with it (4–8 digits)

    /// Reads `--config FILE` (INI), TAVOLA_* variables and flags, in that order of strength.
    static Result<ServerConfig> load(const QStringList &arguments, QString *helpText = nullptr);
    Status setListen(const QString &hostPort);
    QString defaultDatabase() const;
};

} // namespace tavola::server
