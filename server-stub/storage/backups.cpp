#include "storage/backups.h"

#include "serverconfig.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

/// A SQLite connection of its own for one job, on the calling thread, removed when done.
class Connection
{
public:
    Connection(const QString &path, bool readOnly) : m_name(u"tavola-backup-"_s + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~Connection() { QSqlDatabase::removeDatabase(m_name); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    const QString &error() const { return m_error; }
    /// The first column of the first row of `sql`, or an error with the driver's message.
    Result<QVariant> scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            return Error{ErrorCode::Internal, q.lastError().text(), {}};
        return q.next() ? q.value(0) : QVariant();
    }

private:
    QString m_name;
    QString m_error;
};

QString quoted(const QString &path)
{
    return u"'"_s + QString(path).replace(u"'"_s, u"''"_s) + u"'"_s;
}

BackupFile describe(const QFileInfo &info)
{
    return {info.absoluteFilePath(), info.size(), info.lastModified().toUTC()};
}

} // namespace

QString backupDir(const ServerConfig &config, const DatabaseUrl &url)
{
    if (!config.backupDir.isEmpty())
        return QDir(config.backupDir).absolutePath();
    return QFileInfo(url.path).absoluteDir().filePath(u"backups"_s);
}

Result<BackupFile> takeBackup(const QString &dbPath, const QString &dir, int keep, const QDateTime &now)
{
    if (!QDir().mkpath(dir))
        return Error{ErrorCode::Internal, u"Cannot create the backup folder %1"_s.arg(dir), {}};
    const QString stem = u"tavola-"_s + now.toUTC().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = QDir(dir).filePath(stem + u".db"_s);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(dir).filePath(u"%1-%2.db"_s.arg(stem).arg(n));
    // Written under another name first: a listing never shows a half-made backup.
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    {
        Connection live(dbPath, true);
        if (!live.error().isEmpty())
            return Error{ErrorCode::Unavailable, u"Cannot open the database for a backup: %1"_s.arg(live.error()), {}};
        if (auto r = live.scalar(u"VACUUM INTO "_s + quoted(partial)); !r) {
            QFile::remove(partial);
            return Error{ErrorCode::Internal, u"The backup failed: %1"_s.arg(r.error().message), {}};
        }
    }
    {
        Connection copy(partial, true);
        const auto check = copy.scalar(u"PRAGMA quick_check"_s);
        if (!copy.error().isEmpty() || !check || check->toString() != u"ok"_s) {
            QFile::remove(partial);
            return Error{ErrorCode::Internal, u"The backup did not pass its check"_s, {}};
        }
    }
    QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner); // the shop's sales and staff
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error{ErrorCode::Internal, u"Cannot name the backup %1"_s.arg(target), {}};
    }
    const QList<BackupFile> all = listBackups(dir);
    for (qsizetype i = std::max(keep, 1); i < all.size(); ++i)
        QFile::remove(all[i].file);
    return describe(QFileInfo(target));
}

QList<BackupFile> listBackups(const QString &dir)
{
    QList<BackupFile> out;
    const QFileInfoList files = QDir(dir).entryInfoList({u"tavola-*.db"_s}, QDir::Files);
    for (const QFileInfo &f : files)
        out.append(describe(f));
    std::sort(out.begin(), out.end(), [](const BackupFile &a, const BackupFile &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.file > b.file;
    });
    return out;
}

Result<int> restoreBackup(const QString &file, const DatabaseUrl &target, bool force)
{
    if (target.kind == DatabaseUrl::Postgres)
        return Error{ErrorCode::NotSupported, u"A PostgreSQL database is restored with pg_restore (see the operations guide)"_s, {}};
    if (!QFileInfo(file).isFile())
        return Error::validation(u"restore"_s, u"There is no backup at %1"_s.arg(file));
    int version = 0;
    {
        Connection source(file, true);
        if (!source.error().isEmpty())
            return Error::validation(u"restore"_s, u"%1 cannot be opened: %2"_s.arg(file, source.error()));
        const auto check = source.scalar(u"PRAGMA integrity_check"_s);
        if (!check || check->toString() != u"ok"_s)
            return Error::validation(u"restore"_s, u"%1 is damaged or not a SQLite database"_s.arg(file));
        const auto v = source.scalar(u"SELECT MAX(version) FROM schema_migrations"_s);
        if (!v || v->toInt() < 1)
            return Error::validation(u"restore"_s, u"%1 is not a Tavola database"_s.arg(file));
        version = v->toInt();
    }
    if (QFileInfo::exists(target.path)) {
        Connection existing(target.path, true);
        const auto tables = existing.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"_s);
        if (!force && (!existing.error().isEmpty() || !tables || tables->toInt() > 0))
            return Error::validation(u"restore"_s,
                                     u"%1 already holds a database: stop the server, then add --force to replace it"_s.arg(target.path));
    }
    QDir().mkpath(QFileInfo(target.path).absolutePath());
    const QString incoming = target.path + u".restoring"_s;
    QFile::remove(incoming);
    if (!QFile::copy(file, incoming))
        return Error{ErrorCode::Internal, u"Cannot copy %1 beside %2"_s.arg(file, target.path), {}};
    QFile::setPermissions(incoming, QFile::ReadOwner | QFile::WriteOwner);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(target.path + suffix);
    if (!QFile::rename(incoming, target.path))
        return Error{ErrorCode::Internal, u"Cannot put the backup in place at %1"_s.arg(target.path), {}};
    return version;
}

} // namespace tavola::server
