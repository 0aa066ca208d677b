#pragma once
// Backups of the embedded SQLite database: a consistent copy taken while the server keeps
// serving, kept N deep in a folder, and the restore that brings one back into an empty database.

#include "domain/error.h"
#include "domain/settings.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace tavola::server {

struct DatabaseUrl;
struct ServerConfig;

/// The folder backups go to: `backup.dir`, or "backups" beside the SQLite database.
QString backupDir(const ServerConfig &config, const DatabaseUrl &url);

/// Copies the SQLite database at `dbPath` into `dir` as `tavola-<UTC time>.db` and keeps the
/// newest `keep` backups. The copy is SQLite's VACUUM INTO on a connection of its own — one read
/// transaction, so a consistent snapshot of what was committed, while the server's connection
/// keeps writing (WAL) — checked with `PRAGMA quick_check` before it is given its name. Safe to
/// call from any thread (the connection belongs to the caller's thread).
Result<BackupFile> takeBackup(const QString &dbPath, const QString &dir, int keep, const QDateTime &now);

/// The backups in `dir`, newest first.
QList<BackupFile> listBackups(const QString &dir);

/// Copies the backup `file` (a Tavola SQLite database that passes `PRAGMA integrity_check`) to
/// `target`. A target that already holds tables is refused unless `force`; PostgreSQL targets are
/// pg_restore's work. Answers the schema version restored.
Result<int> restoreBackup(const QString &file, const DatabaseUrl &target, bool force);

} // namespace tavola::server
