#pragma once

#include "domain/error.h"
#include "sqlite/sqlitefile.h"
#include "sqlite/statements.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

namespace tavola::server {

/// Where the data lives: `sqlite:///abs/path.db` or `postgresql://user[:pass]@host:port/db`.
struct DatabaseUrl
{
    enum Kind { Sqlite, Postgres } kind = Sqlite;
    QString path; // sqlite
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString name;

    static Result<DatabaseUrl> parse(const QString &url);
    /// The URL without the password, for logs.
    QString display() const;
};

using Row = QVariantMap;

/// The server's one database connection (the server runs on one thread). The same SQL runs on
/// SQLite and PostgreSQL: migrations use {{PK}}/{{REAL}}/{{BLOB}} for the few type differences,
/// queries use `?` placeholders, RETURNING and ON CONFLICT, which both understand.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Status open(const DatabaseUrl &url);
    void close();
    /// Whether the connection is open (it may still have been lost since its last statement).
    bool isOpen() const { return m_db.isOpen(); }
    bool isPostgres() const { return m_url.kind == DatabaseUrl::Postgres; }
    const DatabaseUrl &url() const { return m_url; }
    QSqlDatabase &connection() { return m_db; }

    /// Applies the numbered migrations not yet applied, each in its own transaction.
    Status migrate();
    /// For tests of query plans: while set, every statement run through rows/row/scalar/column/run
    /// is appended to `log` with its values.
    void setStatementLog(QList<std::pair<QString, QVariantList>> *log) { m_statementLog = log; }
    /// Runs `work` while holding the database-wide start-up lock (PostgreSQL: an advisory lock),
    /// so instances starting together on one database set it up one after the other: migrations,
    /// secrets, demo data and the first administrator are made once.
    Status exclusively(const std::function<Status()> &work);
    int schemaVersion();

    /// Runs a statement; errors become INTERNAL (never with SQL in the message) or UNAVAILABLE.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {});
    /// Runs a statement for its effect only.
    Status run(const QString &sql, const QVariantList &binds = {});
    Result<QList<Row>> rows(const QString &sql, const QVariantList &binds = {});
    /// The first column of every row, as text (e.g. the ids a list query found).
    Result<QStringList> column(const QString &sql, const QVariantList &binds = {});
    /// The first row, or NOT_FOUND with `notFoundMessage`.
    Result<Row> row(const QString &sql, const QVariantList &binds, const QString &notFoundMessage);
    /// The first column of the first row (e.g. an id from RETURNING), or a null QVariant.
    Result<QVariant> scalar(const QString &sql, const QVariantList &binds = {});
    /// The first row's columns in order (empty when there is none): for hot reads, without a Row.
    Result<QVariantList> firstRow(const QString &sql, const QVariantList &binds = {});
    /// Calls `read` for every row, its columns read by position: for hot reads, without a Row.
    Status eachRow(const QString &sql, const QVariantList &binds, const std::function<void(const sqlite::Rows &)> &read);
    /// Atomically increments a named counter and returns its new value (gap-free, transactional).
    Result<qint64> nextCounter(const QString &name);

    /// How a transaction commits.
    enum class Commit {
        Alone, ///< at once, on its own
        /// SQLite: with the others of a group (group commit). Its work is a savepoint inside the
        /// group's transaction: it rolls back alone when it fails, and becomes durable when the
        /// group commits (commitGroup()). On PostgreSQL the same as Alone.
        InGroup,
    };
    /// Runs `work` in one transaction: commit if it returns ok, roll back otherwise. While a
    /// group is open, a transaction that commits alone first has the group committed (the hook of
    /// setGroupFlush(), or commitGroup()), so it never commits another's unfinished work.
    Status transaction(const std::function<Status()> &work, Commit commit = Commit::Alone);
    bool inTransaction() const { return m_inTransaction; }
    /// A group of transactions is waiting for commitGroup() (see Commit::InGroup).
    bool groupOpen() const { return m_groupOpen; }
    /// Commits the open group: every transaction in it becomes durable at once, or — when the
    /// commit fails, or an error already undid the group — none does, and the error is returned.
    Status commitGroup();
    /// Called when a transaction of its own (or stop) needs the open group committed first: the
    /// owner commits it and answers what waited for it.
    void setGroupFlush(std::function<void()> flush) { m_groupFlush = std::move(flush); }

    /// `SELECT 1` — and one reconnect attempt when the connection was lost.
    bool ping();
    bool lastErrorWasUniqueViolation() const { return m_lastUnique; }
    /// Statements run on this connection that may have written (anything but SELECT/WITH): a
    /// value read at one count is still the database's at the same count, as long as nothing else
    /// writes to it (an embedded SQLite database: this server is its writer).
    quint64 writeCount() const { return m_writeCount; }
    /// Set when a write failed because the disk (or the database's size limit) is full; cleared
    /// by the next transaction that commits. /health reports it.
    const QString &storageProblem() const { return m_storageProblem; }

private:
    QList<std::pair<QString, QVariantList>> *m_statementLog = nullptr;
    Status migrateLocked();
    /// Has the open group committed (by its owner's hook when there is one).
    void flushGroup();
    /// Runs a statement with bound values on this connection's prepared statement for that SQL
    /// (prepared once, then only bound and run). The caller reads it and finish()es it before
    /// anything else runs (rows, row, scalar, column, run do).
    Result<QSqlQuery *> execPrepared(const QString &sql, const QVariantList &binds);
    /// Forgets the prepared statements (the connection closes, or the schema changed).
    void dropPrepared();
    /// Runs a statement and lets `read` read its result (a statement with values on its cached
    /// prepared statement, which is finished afterwards). On SQLite, straight through SQLite's API
    /// where Qt's driver shares Tavola's SQLite (sqlite::Statements), else through QSqlQuery.
    Status query(const QString &sql, const QVariantList &binds, const std::function<void(sqlite::Rows &)> &read);
    Error sqlError(const QSqlError &error, const QString &sql);
    /// The error for a failed statement: `code` is the database's (SQLSTATE, or SQLite's extended
    /// result code), `text` its message (both for the log only).
    Error failure(const QString &code, const QString &text, bool connectionLost, const QString &sql);
    QString dialect(QString sql) const;

    QSqlDatabase m_db;
    sqlite::File m_sqlite{QStringLiteral("tavola")}; // the connection, on SQLite
    sqlite::Statements m_direct; // its statements through SQLite's API (when the driver shares it)
    QString m_connectionName; // the connection, on PostgreSQL
    DatabaseUrl m_url;
    bool m_inTransaction = false;
    bool m_groupOpen = false; // BEGIN IMMEDIATE of a group, not committed yet
    std::optional<Error> m_groupLost; // an error rolled the whole group back (SQLite does for some)
    std::function<void()> m_groupFlush;
    bool m_lastUnique = false;
    quint64 m_writeCount = 0;
    QString m_storageProblem;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared; // by SQL text
    std::unique_ptr<QSqlQuery> m_ping; // SELECT 1, prepared
};

/// An SQL NULL for binding. (A null QString binds as '' — see Database::exec.)
inline QVariant sqlNull()
{
    return QVariant();
}
/// NULL for an empty id, else the id.
inline QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
/// NULL for an empty id, else the id as a number (for BIGINT reference columns).
inline QVariant numericIdOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s.toLongLong());
}

/// Appends " AND `column` IN (?, …)" with `values` bound (nothing when `values` is empty).
void appendInList(const QString &column, const QStringList &values, QString &sql, QVariantList &binds);

/// The current time in epoch milliseconds ⇄ QDateTime (UTC). Times are stored as BIGINT ms.
inline qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}
QDateTime fromMs(const QVariant &v);

} // namespace tavola::server
