#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

namespace tavola::test {

/// A real TCP listener on loopback playing a network ESC/POS printer: it answers the paper
/// status request (DLE EOT 4) like a printer, without printing it, and keeps everything else.
class FakePrinter : public QObject
{
public:
    QTcpServer server;
    QByteArray received; // print data, in arrival order
    int connections = 0;
    bool paperOut = false;
    bool answersStatus = true;

    bool listen(quint16 port = 0);
    QString uri() const;
};

/// A loopback port with nothing listening on it (for "printer is off").
quint16 unusedPort();

} // namespace tavola::test
