#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <unordered_map>

class QSqlQuery;

namespace tavola::sqlite {

/// The rows of a statement that ran, read in order: straight from SQLite's statement, or from a
/// QSqlQuery (another database, or SQLite where Qt's driver carries its own copy). Values come as
/// Qt's SQLite driver gives them: INTEGER as qlonglong, REAL as double, TEXT as QString, BLOB as
/// QByteArray and NULL as a null QString.
class Rows
{
public:
    explicit Rows(QSqlQuery &query) : m_query(&query) { }
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;

    /// Moves to the next row (the first, the first time); false after the last.
    bool next();
    /// The current row's value in `column` (0-based, in the statement's order).
    QVariant value(int column) const;
    int columnCount() const;
    QString columnName(int column) const;

private:
    friend class Statements;
    Rows(void *statement, bool firstRowWaiting) : m_statement(statement), m_waiting(firstRowWaiting), m_done(!firstRowWaiting) { }
    QSqlQuery *m_query = nullptr;
    void *m_statement = nullptr; // sqlite3_stmt
    bool m_waiting = false; // the statement's first step found a row that next() has not handed out
    bool m_done = false;
};

/// The prepared statements of one SQLite connection opened by Qt's driver, run through SQLite's own
/// API: bound, stepped and read without QSqlQuery's per-statement and per-value copies (half of a
/// small statement's time was there). Each is prepared once and kept by its text until clear().
/// Usable only where the driver's SQLite is the library Tavola links (File::sharesSqlite()).
class Statements
{
public:
    Statements() = default;
    ~Statements();
    Statements(const Statements &) = delete;
    Statements &operator=(const Statements &) = delete;

    /// Attaches to `db`'s connection (open, QSQLITE, on Tavola's SQLite); false otherwise.
    bool attach(const QSqlDatabase &db);
    /// Finalizes every statement and detaches: before the connection closes.
    void detach();
    bool attached() const { return m_db != nullptr; }
    /// Finalizes every statement (the tables they read may have changed); stays attached.
    void clear();

    struct Failure
    {
        int code = 0; // SQLite's extended result code (2067: a UNIQUE constraint, 13: disk full)
        QString message;
    };
    /// Runs `sql` with `binds` (a null QString binds as '', an invalid QVariant as NULL) and lets
    /// `read` read its rows; the statement is reset afterwards, so it holds no read snapshot. On
    /// failure returns false and fills `failure`; `read` is not called then.
    bool run(const QString &sql, const QVariantList &binds, const std::function<void(Rows &)> &read, Failure *failure);

private:
    void *m_db = nullptr; // sqlite3
    std::unordered_map<QString, void *> m_prepared; // sqlite3_stmt by SQL text
};

} // namespace tavola::sqlite
