// The server's HTTP request head parser (server-stub/http/httpparser.cpp): what it accepts, how it
// reads the target, and what it refuses with which status.
#include "http/httpparser.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace tavola::server;

class TestHttpParser : public QObject
{
    Q_OBJECT

private slots:
    void targets_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::newRow("health") << QByteArray("/health") << u"/health"_s << QString();
        QTest::newRow("root") << QByteArray("/") << u"/"_s << QString();
        QTest::newRow("ids") << QByteArray("/api/v1/orders/42/items") << u"/api/v1/orders/42/items"_s << QString();
        QTest::newRow("dots kept") << QByteArray("/web/./app.v1.js") << u"/web/./app.v1.js"_s << QString();
        QTest::newRow("unreserved") << QByteArray("/a-b_c~d/E9") << u"/a-b_c~d/E9"_s << QString();
        QTest::newRow("double slash inside") << QByteArray("/a//b") << u"/a//b"_s << QString();
        QTest::newRow("double slash first") << QByteArray("//x/health") << u"//x/health"_s << QString(); // a path, not a host
        QTest::newRow("double slash, query") << QByteArray("//x?a=1") << u"//x"_s << u"a=1"_s;
        QTest::newRow("query") << QByteArray("/api/v1/orders?status=open&limit=5") << u"/api/v1/orders"_s << u"status=open&limit=5"_s;
        QTest::newRow("escaped") << QByteArray("/api/v1/menu/%E0%B8%81") << u"/api/v1/menu/ก"_s << QString();
        QTest::newRow("sub-delims") << QByteArray("/a:b@c!$") << u"/a:b@c!$"_s << QString();
    }

    /// The path is the decoded path Qt's URL parser reads from an origin-form target, whether or
    /// not the parser asks it.
    void targets()
    {
        QFETCH(QByteArray, target);
        QFETCH(QString, path);
        QFETCH(QString, query);
        ParsedHead parsed;
        const QByteArray head = "GET " + target + " HTTP/1.1\r\nHost: x";
        const auto problem = parseRequestHead(head, 1024, &parsed);
        QVERIFY2(!problem, problem ? qPrintable(problem->message) : "");
        QCOMPARE(parsed.request.method, QByteArray("GET"));
        QCOMPARE(parsed.request.path, path);
        QCOMPARE(parsed.request.path, QUrl::fromEncoded("http://h" + target, QUrl::StrictMode).path());
        QCOMPARE(parsed.request.query.query(QUrl::FullyDecoded), query);
    }

    void headers()
    {
        ParsedHead parsed;
        const auto problem = parseRequestHead(
            "POST /api/v1/orders HTTP/1.1\r\nHost: x\r\nContent-TYPE:  application/json \r\n\r\nX-Empty:\r\nContent-Length: 12\r\n"
            "Expect: 100-continue",
            1024, &parsed);
        QVERIFY2(!problem, problem ? qPrintable(problem->message) : "");
        QCOMPARE(parsed.request.method, QByteArray("POST"));
        QCOMPARE(parsed.request.headers.size(), 5);
        QCOMPARE(parsed.request.headers.at(1), std::pair(QByteArray("content-type"), QByteArray("application/json")));
        QCOMPARE(parsed.request.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(parsed.request.header("x-empty"), QByteArray());
        QCOMPARE(parsed.bodyLength, 12);
        QVERIFY(parsed.expectContinue);
        QVERIFY(parsed.request.keepAlive);
    }

    void keepAlive_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("1.1") << QByteArray("GET / HTTP/1.1\r\nHost: x") << true;
        QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nConnection: Close") << false;
        QTest::newRow("1.0") << QByteArray("GET / HTTP/1.0") << false;
        QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive") << true;
    }
    void keepAlive()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, keepAlive);
        ParsedHead parsed;
        QVERIFY(!parseRequestHead(head, 1024, &parsed));
        QCOMPARE(parsed.request.keepAlive, keepAlive);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x") << 400 << u"CRLF"_s;
        QTest::newRow("bare LF later") << QByteArray("GET / HTTP/1.1\r\nHost: x\nAccept: */*") << 400 << u"CRLF"_s;
        QTest::newRow("two parts") << QByteArray("GET /") << 400 << u"request line"_s;
        QTest::newRow("four parts") << QByteArray("GET / x HTTP/1.1") << 400 << u"request line"_s;
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1") << 400 << u"request line"_s;
        QTest::newRow("not HTTP/1") << QByteArray("GET / HTTP/2.0") << 400 << u"request line"_s;
        QTest::newRow("absolute form") << QByteArray("GET http://x/health HTTP/1.1") << 400 << u"target"_s;
        QTest::newRow("asterisk") << QByteArray("OPTIONS * HTTP/1.1") << 400 << u"target"_s;
        QTest::newRow("bad escape") << QByteArray("GET /a%zz HTTP/1.1") << 400 << u"target"_s;
        QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost x") << 400 << u"header line"_s;
        QTest::newRow("empty name") << QByteArray("GET / HTTP/1.1\r\n: x") << 400 << u"header line"_s;
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked") << 411 << u"Content-Length"_s;
        QTest::newRow("two lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1") << 400
                                     << u"Content-Length"_s;
        QTest::newRow("signed length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1") << 400 << u"Content-Length"_s;
        QTest::newRow("too large") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1025") << 413 << u"1024"_s;
    }
    void refused()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        QFETCH(QString, says);
        ParsedHead parsed;
        const auto problem = parseRequestHead(head, 1024, &parsed);
        QVERIFY(problem);
        QCOMPARE(problem->status, status);
        QVERIFY2(problem->message.contains(says), qPrintable(problem->message));
    }
};

QTEST_GUILESS_MAIN(TestHttpParser)
#include "tst_httpparser.moc"
