#include "transport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#ifdef TAVOLA_HAVE_SERIALPORT
#include <QSerialPort>
#endif

using namespace Qt::StringLiterals;

namespace tavola::printing {

namespace {
constexpr int kStatusWaitMs = 250;

Error printerError(const QString &message)
{
    return Error{ErrorCode::Unavailable, message, {}};
}

Status sendTcp(const QUrl &url, const QByteArray &bytes, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QTcpSocket s;
    const QString where = u"%1:%2"_s.arg(url.host()).arg(url.port(9100));
    s.connectToHost(url.host(), static_cast<quint16>(url.port(9100)));
    if (!s.waitForConnected(timeoutMs)) {
        if (s.error() == QAbstractSocket::ConnectionRefusedError)
            return printerError(u"The printer at %1 refused the connection: is it switched on and is the port right?"_s.arg(where));
        if (s.error() == QAbstractSocket::HostNotFoundError)
            return printerError(u"The printer address %1 is unknown"_s.arg(url.host()));
        if (s.error() == QAbstractSocket::SocketTimeoutError)
            return printerError(u"The printer at %1 did not answer within %2 s"_s.arg(where).arg(timeoutMs / 1000.0));
        return printerError(u"Cannot reach the printer at %1: %2"_s.arg(where, s.errorString()));
    }
    // Ask for the paper sensor status first (DLE EOT 4). Printers that answer tell us when the
    // roll is out; the job then stays queued instead of vanishing into a printer that cannot
    // print it. Printers that do not answer are simply printed to.
    s.write(QByteArray("\x10\x04\x04", 3));
    if (s.waitForReadyRead(kStatusWaitMs)) {
        const QByteArray status = s.read(1);
        if (!status.isEmpty() && (quint8(status[0]) & 0x93) == 0x12 && (quint8(status[0]) & 0x60) != 0)
            return printerError(u"The printer at %1 is out of paper: put in a new roll"_s.arg(where));
    }
    s.write(bytes);
    while (s.bytesToWrite() > 0) {
        const int left = timeoutMs - int(timer.elapsed());
        if (left <= 0 || !s.waitForBytesWritten(left))
            return printerError(u"The printer at %1 stopped taking data (paper out or offline?)"_s.arg(where));
    }
    s.disconnectFromHost();
    if (s.state() != QAbstractSocket::UnconnectedState)
        s.waitForDisconnected(std::max(100, timeoutMs - int(timer.elapsed())));
    return {};
}

Status sendFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return printerError(u"Cannot open the printer device %1: %2"_s.arg(path, f.errorString()));
    if (f.write(bytes) != bytes.size())
        return printerError(u"Writing to %1 failed: %2"_s.arg(path, f.errorString()));
    return {};
}
Status sendSerial(const QUrl &url, const QByteArray &bytes, int timeoutMs)
{
#ifdef TAVOLA_HAVE_SERIALPORT
    bool ok = true;
    const QString baudText = QUrlQuery(url).queryItemValue(u"baud"_s);
    const int baud = baudText.isEmpty() ? 9600 : baudText.toInt(&ok);
    if (!ok || baud < 1200 || baud > 921600)
        return Error::validation(u"printer"_s, u"The serial speed must be a baud rate like 9600 or 115200"_s);
    QSerialPort port(url.path());
    port.setBaudRate(baud);
    port.setDataBits(QSerialPort::Data8);
    port.setParity(QSerialPort::NoParity);
    port.setStopBits(QSerialPort::OneStop);
    // Most serial thermal printers use RTS/CTS; `flow=none` for those wired without it.
    const QString flow = QUrlQuery(url).queryItemValue(u"flow"_s);
    port.setFlowControl(flow == u"none"_s ? QSerialPort::NoFlowControl : QSerialPort::HardwareControl);
    if (!port.open(QIODevice::WriteOnly))
        return printerError(u"Cannot open the serial printer %1: %2"_s.arg(url.path(), port.errorString()));
    port.write(bytes);
    QElapsedTimer timer;
    timer.start();
    while (port.bytesToWrite() > 0) {
        const int left = timeoutMs - int(timer.elapsed());
        if (left <= 0 || !port.waitForBytesWritten(left))
            return printerError(u"The serial printer %1 stopped taking data (paper out, offline or wrong speed?)"_s.arg(url.path()));
    }
    port.flush();
    return {};
#else
    Q_UNUSED(bytes);
    Q_UNUSED(timeoutMs);
    return Error::validation(u"printer"_s,
                             u"This build has no serial port support (Qt Serial Port); use a USB device path "
                             "with file:///dev/usb/lp0 or a network printer"_s);
#endif
}

} // namespace

Status sendToPrinter(const QString &uri, const QByteArray &bytes, int timeoutMs)
{
    const QUrl url(uri);
    if (url.scheme() == u"tcp"_s && !url.host().isEmpty())
        return sendTcp(url, bytes, timeoutMs);
    if (url.scheme() == u"file"_s && !url.path().isEmpty())
        return sendFile(url.path(), bytes);
    if (url.scheme() == u"serial"_s && !url.path().isEmpty())
        return sendSerial(url, bytes, timeoutMs);
    return Error::validation(u"printer"_s,
                             u"A printer address looks like tcp://192.168.1.50:9100, file:///dev/usb/lp0 "
                             "or serial:///dev/ttyUSB0?baud=115200"_s);
}

} // namespace tavola::printing
