#pragma once

#include "domain/error.h"
#include "serverconfig.h"

#include <QObject>

#include <memory>

namespace tavola::server {

class Database;
class ServerState;

/// tavola-server as a library: the executable, the app's embedded mode and the tests all start
/// it the same way, in-process.
class TavolaServer : public QObject
{
    Q_OBJECT

public:
    explicit TavolaServer(ServerConfig config, QObject *parent = nullptr);
    ~TavolaServer() override;

    /// Opens and migrates the database, loads or creates secrets, seeds demo data if asked,
    /// and starts listening.
    Status start();
    /// Stops accepting connections and closes WebSocket clients and the database.
    void stop();

    quint16 port() const;
    /// HTTP connections held now (not WebSockets).
    int httpConnectionCount() const;
    /// "http://127.0.0.1:8080"
    QString url() const;
    /// The SHA-256 fingerprint of the TLS certificate ("AB:CD:…"), empty without TLS.
    QString tlsFingerprint() const;

    ServerState &state();
    Database &database();

    /// Takes a backup of the SQLite database on a thread of its own, as the schedule
    /// (backup.every_hours) does; one at a time. backupRunning() says when it is done.
    void backUpInBackground();
    bool backupRunning() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// `tavola-server --rebuild-reports`: makes the sales rollups again from the orders and their lines
/// in the configured database (migrated first); returns how many rollup rows there are.
Result<qint64> rebuildReports(const ServerConfig &config);

} // namespace tavola::server
