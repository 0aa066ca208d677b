// The baseline of the REST benchmarks (bench/run): the least a Qt HTTP server on QTcpServer can
// do on this machine — one thread, keep-alive, no routing, no JSON, no database. Every GET is
// answered 200 with a fixed JSON body of `--body-bytes` bytes (for /health a small one), so
// Tavola's figure for a read of the same size is compared with what the framework allows.
//
//   bench_bare --port P [--body-bytes N]     prints "listening on P" once it accepts
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstdio>
#include <memory>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addOption({QStringLiteral("port"), QStringLiteral("Port to listen on (127.0.0.1)."), QStringLiteral("port")});
    cli.addOption({QStringLiteral("body-bytes"), QStringLiteral("Size of the JSON answered to anything but /health."), QStringLiteral("n"),
                   QStringLiteral("7400")});
    cli.addHelpOption();
    cli.process(app);
    const qsizetype size = std::max<qsizetype>(16, cli.value(QStringLiteral("body-bytes")).toLongLong());
    const QByteArray big = QByteArray("{\"data\":\"") + QByteArray(size - 11, 'x') + QByteArray("\"}");
    const QByteArray health = "{\"status\":\"ok\"}";
    auto answer = [](const QByteArray &body) -> QByteArray {
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
            + body;
    };
    const QByteArray healthAnswer = answer(health);
    const QByteArray bigAnswer = answer(big);

    QTcpServer server;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(s, &QTcpSocket::readyRead, s, [s, buffer, &healthAnswer, &bigAnswer] {
                *buffer += s->readAll();
                qsizetype end;
                while ((end = buffer->indexOf("\r\n\r\n")) >= 0) { // (GETs only: no bodies)
                    const QByteArray line = buffer->left(buffer->indexOf("\r\n"));
                    buffer->remove(0, end + 4);
                    s->write(line.contains(" /health ") ? healthAnswer : bigAnswer);
                }
            });
        }
    });
    if (!server.listen(QHostAddress::LocalHost, quint16(cli.value(QStringLiteral("port")).toUInt()))) {
        std::fprintf(stderr, "bench_bare: cannot listen: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    std::printf("listening on %u\n", unsigned(server.serverPort()));
    std::fflush(stdout);
    return app.exec();
}
