#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace tavola::sqlite {

/// One SQLite file on its own named connection, set up the same way wherever Tavola keeps data
/// locally — the server's embedded database, the till's outbox and its print queue: the folder
/// is created, writers wait up to 5 s for a lock, and the journal is WAL with synchronous=FULL
/// (a committed write survives a power cut). The connection is removed with the object.
class File
{
public:
    /// `prefix` names the connection ("tavola-outbox"), for Qt's connection list.
    explicit File(const QString &prefix);
    ~File();
    File(const File &) = delete;
    File &operator=(const File &) = delete;

    /// Opens (or creates) `path`. A new file made with `ownerOnly` is readable by its owner only.
    /// On failure returns false with the driver's message in `error`.
    bool open(const QString &path, bool ownerOnly, QString *error);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &database() { return m_db; }
    /// Whether Qt's driver opened the file on the SQLite library Tavola links (Linux: the system's),
    /// so sqlite::Statements can run statements on it directly.
    bool sharesSqlite() const { return m_sharesSqlite; }

    /// Prepares `sql`, binds `binds` in order and runs it on `db`. On failure returns false and
    /// the query holds the error.
    static bool run(QSqlQuery &query, const QString &sql, const QVariantList &binds = {});

private:
    QString m_prefix;
    QString m_connection;
    QSqlDatabase m_db;
    bool m_sharesSqlite = false;
};

} // namespace tavola::sqlite
