#include "sqlite/statements.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>

#ifdef TAVOLA_HAVE_SQLITE3_H
#include <sqlite3.h>
#endif

using namespace Qt::StringLiterals;

namespace tavola::sqlite {

#ifdef TAVOLA_HAVE_SQLITE3_H

namespace {

sqlite3_stmt *stmt(void *p)
{
    return static_cast<sqlite3_stmt *>(p);
}

int bind(sqlite3_stmt *s, int i, const QVariant &v)
{
    if (!v.isValid())
        return sqlite3_bind_null(s, i);
    switch (v.metaType().id()) {
    case QMetaType::QString: {
        // A null QString is '' in Tavola's text columns; NULL is an invalid QVariant.
        const QString text = v.toString();
        const QByteArray utf8 = text.toUtf8();
        return sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::QByteArray: {
        const QByteArray bytes = v.toByteArray();
        if (bytes.isNull())
            return sqlite3_bind_null(s, i);
        return sqlite3_bind_blob(s, i, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::Bool:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: return sqlite3_bind_int64(s, i, v.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float: return sqlite3_bind_double(s, i, v.toDouble());
    default: {
        // As Qt's driver: anything else as its text (NULL when it is null).
        if (v.isNull())
            return sqlite3_bind_null(s, i);
        const QByteArray utf8 = v.toString().toUtf8();
        return sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    }
}

} // namespace

bool Rows::next()
{
    if (m_query)
        return m_query->next();
    if (m_waiting) {
        m_waiting = false;
        return true;
    }
    if (m_done)
        return false;
    // (A failure after the first row ends the rows, as QSqlQuery::next() does.)
    if (sqlite3_step(stmt(m_statement)) == SQLITE_ROW)
        return true;
    m_done = true;
    return false;
}

QVariant Rows::value(int column) const
{
    if (m_query)
        return m_query->value(column);
    sqlite3_stmt *s = stmt(m_statement);
    switch (sqlite3_column_type(s, column)) {
    case SQLITE_INTEGER: return QVariant(qlonglong(sqlite3_column_int64(s, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(s, column));
    case SQLITE_BLOB: {
        const void *data = sqlite3_column_blob(s, column);
        return QVariant(QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(s, column)));
    }
    case SQLITE_NULL: return QVariant(QMetaType::fromType<QString>());
    default: {
        const unsigned char *text = sqlite3_column_text(s, column); // (before its size: see sqlite3.h)
        return QVariant(QString::fromUtf8(reinterpret_cast<const char *>(text), sqlite3_column_bytes(s, column)));
    }
    }
}

int Rows::columnCount() const
{
    if (m_query)
        return m_query->record().count();
    return sqlite3_column_count(stmt(m_statement));
}

QString Rows::columnName(int column) const
{
    if (m_query)
        return m_query->record().fieldName(column);
    return QString::fromUtf8(sqlite3_column_name(stmt(m_statement), column));
}

Statements::~Statements()
{
    detach();
}

bool Statements::attach(const QSqlDatabase &db)
{
    detach();
    if (!db.isOpen() || !db.driver())
        return false;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    m_db = *static_cast<sqlite3 *const *>(handle.constData());
    return m_db != nullptr;
}

void Statements::detach()
{
    clear();
    m_db = nullptr;
}

void Statements::clear()
{
    for (auto &[sql, s] : m_prepared)
        sqlite3_finalize(stmt(s));
    m_prepared.clear();
}

bool Statements::run(const QString &sql, const QVariantList &binds, const std::function<void(Rows &)> &read, Failure *failure)
{
    auto *db = static_cast<sqlite3 *>(m_db);
    const auto fail = [&](int code, const QString &message) {
        *failure = Failure{code, message};
        return false;
    };
    // A statement that failed is reset (and its values released) for its next run; the reset
    // comes after reading the error, which it would otherwise repeat.
    const auto failed = [&](sqlite3_stmt *s) {
        fail(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        return false;
    };
    if (!db)
        return fail(SQLITE_MISUSE, u"No SQLite connection"_s);
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        // Statements built with a varying number of values (IN lists) could grow it without end.
        if (m_prepared.size() >= 1000)
            clear();
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK || !s) {
            sqlite3_finalize(s);
            return fail(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)));
        }
        it = m_prepared.emplace(sql, s).first;
    }
    sqlite3_stmt *s = stmt(it->second);
    if (sqlite3_bind_parameter_count(s) != binds.size())
        return fail(SQLITE_RANGE, u"The statement takes %1 values, %2 were given"_s.arg(sqlite3_bind_parameter_count(s)).arg(binds.size()));
    for (int i = 0; i < binds.size(); ++i) {
        if (bind(s, i + 1, binds[i]) != SQLITE_OK)
            return failed(s);
    }
    const int rc = sqlite3_step(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return failed(s);
    Rows rows(s, rc == SQLITE_ROW);
    read(rows);
    // Done with it: a statement left stepping would hold SQLite's read snapshot. The values bound
    // are released too (they may be large).
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return true;
}

#else

bool Rows::next()
{
    return m_query && m_query->next();
}

QVariant Rows::value(int column) const
{
    return m_query ? m_query->value(column) : QVariant();
}

int Rows::columnCount() const
{
    return m_query ? m_query->record().count() : 0;
}

QString Rows::columnName(int column) const
{
    return m_query ? m_query->record().fieldName(column) : QString();
}

Statements::~Statements() = default;

bool Statements::attach(const QSqlDatabase &)
{
    return false;
}

void Statements::detach() { }

void Statements::clear() { }

bool Statements::run(const QString &, const QVariantList &, const std::function<void(Rows &)> &, Failure *failure)
{
    *failure = Failure{21, u"Built without SQLite's headers"_s};
    return false;
}

#endif

} // namespace tavola::sqlite
