#include "database.h"

#include "domain/clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlRecord>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDb, "tavola.server.db")
Q_LOGGING_CATEGORY(lcSql, "tavola.server.sql", QtWarningMsg) // every statement, at debug level

using namespace Qt::StringLiterals;

namespace tavola::server {

QDateTime fromMs(const QVariant &v)
{
    if (v.isNull() || v.toLongLong() == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    DatabaseUrl u;
    if (text.startsWith(u"sqlite://"_s)) {
        u.kind = Sqlite;
        u.path = text.mid(9);
        if (!QFileInfo(u.path).isAbsolute())
            return Error::validation(u"db"_s, u"A SQLite URL needs an absolute path: sqlite:///var/lib/tavola/tavola.db"_s);
        return u;
    }
    if (text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s)) {
        const QUrl url(text);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
            return Error::validation(u"db"_s, u"A PostgreSQL URL looks like postgresql://user@host:5432/dbname"_s);
        u.kind = Postgres;
        u.host = url.host();
        u.port = url.port(5432);
        u.user = url.userName();
        u.password = url.password();
        u.name = url.path().mid(1);
        return u;
    }
    return Error::validation(u"db"_s, u"The database URL must start with sqlite:/// or postgresql://"_s);
}

QString DatabaseUrl::display() const
{
    if (kind == Sqlite)
        return u"sqlite://"_s + path;
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(name);
}

Database::~Database()
{
    close();
}

Status Database::open(const DatabaseUrl &url)
{
    close();
    m_url = url;
    if (url.kind == DatabaseUrl::Sqlite) {
        // It holds password hashes and secrets: a new file is its owner's only.
        QString error;
        if (!m_sqlite.open(url.path, true, &error)) {
            qCWarning(lcDb) << "cannot open" << url.display() << error;
            return Error{ErrorCode::Unavailable, u"Cannot open the SQLite database"_s, {}};
        }
        m_db = m_sqlite.database();
        if (m_sqlite.sharesSqlite())
            m_direct.attach(m_db);
        if (auto r = exec(u"PRAGMA foreign_keys=ON"_s); !r)
            return r.error();
        // A request of a commit group is a savepoint: its undo copies stay in memory instead of
        // spilling to a temporary file (with the other temporary data, which is small here).
        if (auto r = exec(u"PRAGMA temp_store=MEMORY"_s); !r)
            return r.error();
    } else {
        m_connectionName = u"tavola-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
        m_db.setHostName(url.host);
        m_db.setPort(url.port);
        m_db.setUserName(url.user);
        m_db.setPassword(url.password);
        m_db.setDatabaseName(url.name);
        m_db.setConnectOptions(u"connect_timeout=5"_s);
        if (!m_db.open()) {
            qCWarning(lcDb) << "cannot connect to" << url.display() << m_db.lastError().databaseText();
            return Error{ErrorCode::Unavailable, u"Cannot connect to the PostgreSQL database"_s, {}};
        }
        if (auto r = exec(u"SET client_min_messages TO WARNING"_s); !r)
            return r.error();
    }
    return {};
}

void Database::close()
{
    flushGroup();
    dropPrepared();
    m_direct.detach();
    m_inTransaction = false;
    m_db.close();
    m_db = QSqlDatabase();
    m_sqlite.close();
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
}

QString Database::dialect(QString sql) const
{
    if (isPostgres()) {
        sql.replace(u"{{PK}}"_s, u"BIGSERIAL PRIMARY KEY"_s);
        sql.replace(u"{{REAL}}"_s, u"DOUBLE PRECISION"_s);
        sql.replace(u"{{BLOB}}"_s, u"BYTEA"_s);
    } else {
        sql.replace(u"{{PK}}"_s, u"INTEGER PRIMARY KEY AUTOINCREMENT"_s);
        sql.replace(u"{{REAL}}"_s, u"REAL"_s);
        sql.replace(u"{{BLOB}}"_s, u"BLOB"_s);
    }
    return sql;
}

Error Database::sqlError(const QSqlError &error, const QString &sql)
{
    return failure(error.nativeErrorCode(), error.databaseText(), error.type() == QSqlError::ConnectionError, sql);
}

Error Database::failure(const QString &code, const QString &text, bool connectionLost, const QString &sql)
{
    m_lastUnique = code == u"23505"_s || code == u"2067"_s || code == u"1555"_s || text.contains(u"UNIQUE constraint failed"_s);
    // SQL and driver text go to the log only, never into a response.
    qCWarning(lcDb).noquote() << "sql error" << code << text.left(300) << "in" << sql.simplified().left(200);
    const bool lost = connectionLost || !m_db.isOpen() || code.startsWith(u"08"_s) || code == u"57P01"_s || code == u"57P03"_s;
    // SQLITE_FULL (13), PostgreSQL disk_full (53100): the data is safe, but nothing new fits.
    if (code == u"13"_s || code == u"53100"_s || text.contains(u"disk is full"_s)) {
        m_storageProblem = u"The database's disk is full: writes are refused until space is freed"_s;
        return Error{
            ErrorCode::StorageFull, u"The server's disk is full: nothing was saved. Free space on the server, then try again"_s, {}};
    }
    if (lost)
        return Error{ErrorCode::Unavailable, u"The database is not reachable right now"_s, {}};
    return Error{ErrorCode::Internal, u"The server could not complete the request"_s, {}};
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &binds)
{
    m_lastUnique = false;
    ++m_writeCount; // perhaps a write
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (binds.isEmpty()) { // not every statement can be prepared (PostgreSQL: SET, BEGIN …)
        if (!q.exec(sql))
            return sqlError(q.lastError(), sql);
        return q;
    }
    if (!q.prepare(sql))
        return sqlError(q.lastError(), sql);
    for (const auto &b : binds) {
        // Qt binds a null QString as NULL; Tavola's text columns mean '' there. NULL is sqlNull().
        if (b.metaType().id() == QMetaType::QString && b.toString().isNull())
            q.addBindValue(QString(u""_s));
        else
            q.addBindValue(b);
    }
    if (!q.exec())
        return sqlError(q.lastError(), sql);
    return q;
}

void Database::dropPrepared()
{
    m_prepared.clear();
    m_direct.clear();
    m_ping.reset();
}

Result<QSqlQuery *> Database::execPrepared(const QString &sql, const QVariantList &binds)
{
    m_lastUnique = false;
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        // Statements built with a varying number of values (IN lists) could grow it without end.
        if (m_prepared.size() >= 1000)
            dropPrepared();
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            return sqlError(q->lastError(), sql);
        it = m_prepared.emplace(sql, std::move(q)).first;
    }
    QSqlQuery *q = it->second.get();
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &b = binds[i];
        // As exec(): a null QString binds as '' (Tavola's text columns), NULL is sqlNull().
        if (b.metaType().id() == QMetaType::QString && b.toString().isNull())
            q->bindValue(i, QString(u""_s));
        else
            q->bindValue(i, b);
    }
    if (!q->exec()) {
        Error e = sqlError(q->lastError(), sql);
        m_prepared.erase(it); // (prepared again next time: the connection may have been lost)
        return e;
    }
    return q;
}

Status Database::query(const QString &sql, const QVariantList &binds, const std::function<void(sqlite::Rows &)> &read)
{
    if (m_statementLog)
        m_statementLog->append({sql, binds});
    qCDebug(lcSql).noquote() << sql;
    const bool isRead = sql.startsWith(u"SELECT"_s, Qt::CaseInsensitive) || sql.startsWith(u"WITH"_s, Qt::CaseInsensitive);
    if (m_direct.attached()) {
        if (!isRead)
            ++m_writeCount;
        m_lastUnique = false;
        sqlite::Statements::Failure failed;
        if (!m_direct.run(sql, binds, read, &failed))
            return failure(QString::number(failed.code), failed.message, false, sql);
        return {};
    }
    // Not every statement can be prepared on PostgreSQL (SET, BEGIN …); reads can, with or without
    // values, and are kept prepared like the rest (parsing them was most of a small read's time).
    // SQLite prepares anything, BEGIN, SAVEPOINT and COMMIT included.
    if (binds.isEmpty() && !isRead && isPostgres()) {
        auto q = exec(sql); // (counted as a write there)
        if (!q)
            return q.error();
        sqlite::Rows rows(*q);
        read(rows);
        return {};
    }
    if (!isRead)
        ++m_writeCount;
    auto p = execPrepared(sql, binds);
    if (!p)
        return p.error();
    sqlite::Rows rows(**p);
    read(rows);
    (*p)->finish(); // (a statement left open would hold SQLite's read snapshot)
    return {};
}

Result<QStringList> Database::column(const QString &sql, const QVariantList &binds)
{
    QStringList out;
    if (auto s = query(sql, binds,
                       [&out](sqlite::Rows &q) {
                           while (q.next())
                               out << q.value(0).toString();
                       });
        !s)
        return s.error();
    return out;
}

Status Database::run(const QString &sql, const QVariantList &binds)
{
    return query(sql, binds, [](sqlite::Rows &) {});
}

Result<QList<Row>> Database::rows(const QString &sql, const QVariantList &binds)
{
    QList<Row> out;
    if (auto s = query(sql, binds,
                       [&out](sqlite::Rows &q) {
                           // The names once per statement, in key order: each row's map is then
                           // built by appending at its end.
                           QList<std::pair<QString, int>> columns;
                           const int count = q.columnCount();
                           for (int i = 0; i < count; ++i)
                               columns.append({q.columnName(i), i});
                           std::sort(columns.begin(), columns.end());
                           while (q.next()) {
                               Row r;
                               for (const auto &[name, i] : std::as_const(columns))
                                   r.insert(r.cend(), name, q.value(i));
                               out.append(std::move(r));
                           }
                       });
        !s)
        return s.error();
    return out;
}

Result<Row> Database::row(const QString &sql, const QVariantList &binds, const QString &notFoundMessage)
{
    auto r = rows(sql, binds);
    if (!r)
        return r.error();
    if (r->isEmpty())
        return Error{ErrorCode::NotFound, notFoundMessage, {}};
    return r->first();
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &binds)
{
    QVariant value;
    if (auto s = query(sql, binds,
                       [&value](sqlite::Rows &q) {
                           if (q.next())
                               value = q.value(0);
                       });
        !s)
        return s.error();
    return value;
}

Result<QVariantList> Database::firstRow(const QString &sql, const QVariantList &binds)
{
    QVariantList values;
    if (auto s = query(sql, binds,
                       [&values](sqlite::Rows &q) {
                           if (!q.next())
                               return;
                           const int n = q.columnCount();
                           for (int i = 0; i < n; ++i)
                               values << q.value(i);
                       });
        !s)
        return s.error();
    return values;
}

Status Database::eachRow(const QString &sql, const QVariantList &binds, const std::function<void(const sqlite::Rows &)> &read)
{
    return query(sql, binds, [&read](sqlite::Rows &q) {
        while (q.next())
            read(q);
    });
}

Result<qint64> Database::nextCounter(const QString &name)
{
    auto v = scalar(u"INSERT INTO counters (name, value) VALUES (?, 1) "
                    "ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value"_s,
                    {name});
    if (!v)
        return v.error();
    return v->toLongLong();
}

Status Database::transaction(const std::function<Status()> &work, Commit commit)
{
    if (m_inTransaction)
        return work(); // nested: part of the outer transaction
    if (commit == Commit::InGroup && !isPostgres()) {
        if (!m_groupOpen) {
            // SQLite: take the write lock up front so two writers never deadlock on lock upgrade.
            if (auto r = run(u"BEGIN IMMEDIATE"_s); !r)
                return r;
            m_groupOpen = true;
            m_groupLost.reset();
        } else if (m_groupLost) {
            return *m_groupLost; // the group is gone; what joins it now would be lost with it
        }
        if (auto r = run(u"SAVEPOINT request"_s); !r)
            return r;
        m_inTransaction = true;
        Status result = work();
        m_inTransaction = false;
        if (result) {
            if (run(u"RELEASE request"_s))
                return result;
            result = Error{ErrorCode::Internal, u"The database could not keep this change"_s, {}};
        }
        const bool unique = m_lastUnique;
        // Some errors (disk full, I/O) make SQLite roll back the whole transaction: then there is
        // no savepoint to return to, and every change of the group is gone with it.
        if (!run(u"ROLLBACK TO request"_s) || !run(u"RELEASE request"_s))
            m_groupLost = result.error();
        m_lastUnique = unique;
        return result;
    }
    flushGroup();
    // SQLite: take the write lock up front so two writers never deadlock on lock upgrade.
    // (run(): kept prepared on SQLite, as the group's; PostgreSQL runs them as they are.)
    if (auto r = run(isPostgres() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s); !r)
        return r;
    m_inTransaction = true;
    Status result = work();
    m_inTransaction = false;
    if (result) {
        if (auto r = run(u"COMMIT"_s); !r) {
            (void)run(u"ROLLBACK"_s);
            return r;
        }
        m_storageProblem.clear(); // a write went through: there is room again
        return result;
    }
    const bool unique = m_lastUnique;
    (void)run(u"ROLLBACK"_s);
    m_lastUnique = unique;
    return result;
}

void Database::flushGroup()
{
    if (m_groupOpen && m_groupFlush)
        m_groupFlush();
    if (m_groupOpen)
        (void)commitGroup(); // nobody waits for it: made durable all the same
}

Status Database::commitGroup()
{
    if (!m_groupOpen)
        return {};
    m_groupOpen = false;
    if (m_groupLost) {
        (void)exec(u"ROLLBACK"_s); // harmless when SQLite already rolled back
        return *std::exchange(m_groupLost, std::nullopt);
    }
    if (auto r = run(u"COMMIT"_s); !r) {
        (void)exec(u"ROLLBACK"_s);
        return r;
    }
    m_storageProblem.clear(); // a write went through: there is room again
    return {};
}

int Database::schemaVersion()
{
    auto v = scalar(u"SELECT MAX(version) FROM schema_migrations"_s);
    return v ? v->toInt() : 0;
}

Status Database::exclusively(const std::function<Status()> &work)
{
    // Several instances may start together on one PostgreSQL: one sets up, the others wait.
    // (The lock is the session's and counts: migrate() inside takes it again.)
    if (isPostgres()) {
        if (auto r = exec(u"SELECT pg_advisory_lock(724500)"_s); !r)
            return r.error();
    }
    const Status result = work();
    if (isPostgres())
        (void)exec(u"SELECT pg_advisory_unlock(724500)"_s);
    return result;
}

Status Database::migrate()
{
    const Status result = exclusively([this] { return migrateLocked(); });
    dropPrepared(); // none may outlive a change of the tables they read
    return result;
}

Status Database::migrateLocked()
{
    if (auto r = exec(u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"_s); !r)
        return r.error();
    const int current = schemaVersion();
    QStringList files = QDir(u":/migrations"_s).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const int version = file.left(4).toInt();
        if (version <= current)
            continue;
        QFile f(u":/migrations/"_s + file);
        if (!f.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Internal, u"Migration %1 is missing"_s.arg(file), {}};
        QString sql;
        for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
            if (!line.trimmed().startsWith(u"--"_s))
                sql += line + u'\n';
        }
        const Status s = transaction([&]() -> Status {
            for (const QString &statement : sql.split(u';')) {
                if (statement.trimmed().isEmpty())
                    continue;
                if (auto r = exec(dialect(statement)); !r)
                    return r.error();
            }
            if (auto r = exec(u"INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"_s, {version, clock::nowMs()}); !r)
                return r.error();
            return {};
        });
        if (!s)
            return s;
        qCInfo(lcDb) << "applied migration" << file;
    }
    return {};
}

bool Database::ping()
{
    if (m_db.isOpen()) {
        // Prepared once: /health asks for every request, and parsing "SELECT 1" cost more than
        // running it.
        if (!m_ping) {
            m_ping = std::make_unique<QSqlQuery>(m_db);
            m_ping->setForwardOnly(true);
            if (!m_ping->prepare(u"SELECT 1"_s))
                m_ping.reset();
        }
        if (m_ping && m_ping->exec()) {
            m_ping->finish();
            return true;
        }
        m_ping.reset();
    }
    if (m_inTransaction)
        return false;
    // Try once to reconnect (PostgreSQL restarted, network blip).
    dropPrepared(); // (they belonged to the connection that was lost)
    m_db.close();
    if (!m_db.open())
        return false;
    QSqlQuery q(m_db);
    return q.exec(u"SELECT 1"_s);
}

void appendInList(const QString &column, const QStringList &values, QString &sql, QVariantList &binds)
{
    if (values.isEmpty())
        return;
    QStringList marks;
    for (const QString &v : values) {
        marks << QStringLiteral("?");
        binds << v;
    }
    sql += QStringLiteral(" AND %1 IN (%2)").arg(column, marks.join(QStringLiteral(", ")));
}

} // namespace tavola::server
