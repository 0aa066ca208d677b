#include "fakeprinter.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace tavola::test {

bool FakePrinter::listen(quint16 port)
{
    connect(&server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            ++connections;
            auto first = std::make_shared<bool>(true);
            connect(s, &QTcpSocket::readyRead, this, [this, s, first] {
                QByteArray data = s->readAll();
                if (*first && data.startsWith(QByteArray("\x10\x04\x04", 3))) {
                    data.remove(0, 3);
                    if (answersStatus)
                        s->write(QByteArray(1, char(paperOut ? 0x72 : 0x12)));
                }
                *first = false;
                received += data;
            });
        }
    });
    return server.listen(QHostAddress::LocalHost, port);
}

QString FakePrinter::uri() const
{
    return u"tcp://127.0.0.1:%1"_s.arg(server.serverPort());
}

quint16 unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

} // namespace tavola::test
