#include "sqlite/sqlitefile.h"

#include "sqlite/walbuffer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tavola::sqlite {

File::File(const QString &prefix) : m_prefix(prefix) { }

File::~File()
{
    close();
}

bool File::open(const QString &path, bool ownerOnly, QString *error)
{
    installWalWriteBuffer(); // (where it can be: see walbuffer.h)
    close();
    QDir().mkpath(QFileInfo(path).absolutePath());
    const bool existed = QFileInfo::exists(path);
    m_connection = m_prefix + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    const unsigned long long opened = databasesOpenedThroughBuffer();
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    m_sharesSqlite = databasesOpenedThroughBuffer() > opened;
    if (!existed && ownerOnly)
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QSqlQuery q(m_db);
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s}) {
        if (!q.exec(pragma)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

void File::close()
{
    if (m_connection.isEmpty())
        return;
    m_sharesSqlite = false;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

bool File::run(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &b : binds)
        query.addBindValue(b);
    return query.exec();
}

} // namespace tavola::sqlite
