// Statements through SQLite's own API (core/sqlite/statements.h): they bind and read exactly as
// Qt's driver does on the same connection, fail with SQLite's code, and leave nothing running.
#include "sqlite/sqlitefile.h"
#include "sqlite/statements.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using tavola::sqlite::File;
using tavola::sqlite::Rows;
using tavola::sqlite::Statements;

namespace {

/// Every row of `sql` as read through `rows`: each value as its type name and text, nulls marked.
QStringList readAll(Rows &rows)
{
    QStringList out;
    while (rows.next()) {
        QStringList row;
        for (int i = 0; i < rows.columnCount(); ++i) {
            const QVariant v = rows.value(i);
            row << u"%1=%2:%3%4"_s.arg(rows.columnName(i), QString::fromLatin1(v.typeName()), v.toString(),
                                       v.isNull() ? u" (null)"_s : QString());
        }
        out << row.join(u", "_s);
    }
    return out;
}

} // namespace

class TestStatements : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    File m_file{u"tst-statements"_s};
    Statements m_statements;

    QStringList direct(const QString &sql, const QVariantList &binds = {})
    {
        QStringList out;
        Statements::Failure failed;
        if (!m_statements.run(
                sql, binds, [&out](Rows &r) { out = readAll(r); }, &failed))
            return {u"failed %1: %2"_s.arg(failed.code).arg(failed.message)};
        return out;
    }

    QStringList throughQt(const QString &sql)
    {
        QSqlQuery q(m_file.database());
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return {q.lastError().text()};
        Rows rows(q);
        return readAll(rows);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_file.open(m_dir.filePath(u"t.db"_s), false, &error), qPrintable(error));
        // Where Tavola shares Qt's SQLite (every Linux build), the statements attach to it.
#ifdef Q_OS_LINUX
        QVERIFY(m_file.sharesSqlite());
#endif
        if (!m_file.sharesSqlite())
            QSKIP("Qt's SQLite driver carries its own SQLite here");
        QVERIFY(m_statements.attach(m_file.database()));
        QSqlQuery q(m_file.database());
        QVERIFY(q.exec(
            u"CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, price INTEGER, ratio REAL, data BLOB, note TEXT)"_s));
    }

    void valuesReadAsQtReadsThem()
    {
        QCOMPARE(direct(u"INSERT INTO t (name, price, ratio, data, note) VALUES (?, ?, ?, ?, ?)"_s,
                        {u"ต้มยำกุ้ง"_s, qlonglong(12050), 0.25, QByteArray("\x00\x01z", 3), QVariant()}),
                 QStringList());
        // A null QString is '' (Tavola's text columns), an invalid QVariant is NULL, a bool a number.
        QCOMPARE(direct(u"INSERT INTO t (name, price, ratio, data, note) VALUES (?, ?, ?, ?, ?)"_s,
                        {u"Water"_s, true, 3, QByteArray(), QString()}),
                 QStringList());
        const QString select = u"SELECT id, name, price, ratio, data, note, NULL AS absent FROM t ORDER BY id"_s;
        const QStringList expected = throughQt(select);
        QVERIFY2(expected.size() == 2, qPrintable(expected.join(u" / "_s)));
        QCOMPARE(direct(select), expected);
        QVERIFY(expected[0].contains(u"name=QString:ต้มยำกุ้ง"_s));
        QVERIFY(expected[0].contains(u"note=QString: (null)"_s));
        QVERIFY(expected[1].contains(u"price=qlonglong:1,"_s));
        QVERIFY(expected[1].contains(u"note=QString:,"_s)); // '' and not NULL
        QVERIFY(expected[1].contains(u"data=QString: (null)"_s)); // a null QByteArray binds NULL
    }

    void aStatementRunsAgainWithNewValues()
    {
        const QString sql = u"SELECT name FROM t WHERE price = ?"_s;
        QCOMPARE(direct(sql, {12050}), QStringList{u"name=QString:ต้มยำกุ้ง"_s});
        QCOMPARE(direct(sql, {1}), QStringList{u"name=QString:Water"_s});
        QCOMPARE(direct(sql, {7}), QStringList());
    }

    void failuresCarrySqlitesCode()
    {
        // SQLITE_CONSTRAINT_UNIQUE: the server answers "already exists" kinds of errors from it.
        const QStringList unique = direct(u"INSERT INTO t (name) VALUES (?)"_s, {u"Water"_s});
        QCOMPARE(unique.size(), 1);
        QVERIFY2(unique[0].startsWith(u"failed 2067: UNIQUE constraint failed"_s), qPrintable(unique[0]));
        QVERIFY(direct(u"SELECT nope FROM t"_s).value(0).startsWith(u"failed 1: no such column"_s));
        QVERIFY(direct(u"SELECT name FROM t WHERE id = ?"_s).value(0).startsWith(u"failed 25:"_s)); // a value missing
        // Nothing of the failed insert is there, and the statement works again.
        QCOMPARE(throughQt(u"SELECT COUNT(*) AS n FROM t"_s), QStringList{u"n=qlonglong:2"_s});
        QCOMPARE(direct(u"INSERT INTO t (name) VALUES (?)"_s, {u"Tea"_s}), QStringList());
    }

    void aStatementReadHalfwayHoldsNoSnapshot()
    {
        // The first row only: the statement is reset after reading, so the connection is idle
        // and a checkpoint can take the whole log back into the database.
        Statements::Failure failed;
        QString first;
        QVERIFY(m_statements.run(
            u"SELECT name FROM t ORDER BY id"_s, {},
            [&first](Rows &r) {
                if (r.next())
                    first = r.value(0).toString();
            },
            &failed));
        QCOMPARE(first, u"ต้มยำกุ้ง"_s);
        QSqlQuery q(m_file.database());
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // not busy
    }

    void cleanupTestCase()
    {
        m_statements.detach();
        m_file.close();
    }
};

QTEST_GUILESS_MAIN(TestStatements)
#include "tst_statements.moc"
