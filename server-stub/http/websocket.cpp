#include "websocket.h"

#include <QLoggingCategory>
#include <QStringDecoder>
#include <QTcpSocket>
#include <QtEndian>

Q_LOGGING_CATEGORY(lcWs, "tavola.server.websocket")

using namespace Qt::StringLiterals;

namespace tavola::server {

WebSocketConnection::WebSocketConnection(const HttpRequest &request, QTcpSocket *socket, QObject *parent)
    : QObject(parent),
      m_socket(socket),
      m_peer(socket->peerAddress())
{
    socket->setParent(this);
    m_closeTimer.setSingleShot(true);
    m_closeTimer.setInterval(2000);
    connect(&m_closeTimer, &QTimer::timeout, this, &WebSocketConnection::abort);
    connect(socket, &QTcpSocket::readyRead, this, &WebSocketConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        m_open = false;
        m_closeTimer.stop();
        emit disconnected();
    });
    write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
          + ws::acceptKey(request.header("sec-websocket-key")) + "\r\n\r\n");
    // Frames that came right behind the handshake are already buffered: no readyRead will follow.
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &WebSocketConnection::onReadyRead, Qt::QueuedConnection);
}

WebSocketConnection::~WebSocketConnection() = default;

void WebSocketConnection::write(const QByteArray &bytes)
{
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(bytes);
}

void WebSocketConnection::sendTextMessage(const QByteArray &utf8)
{
    if (m_open)
        write(ws::serverFrame(ws::Text, utf8));
}

void WebSocketConnection::ping()
{
    if (m_open)
        write(ws::serverFrame(ws::Ping, {}));
}

void WebSocketConnection::close(quint16 code, const QString &reason)
{
    if (!m_open)
        return;
    m_open = false;
    write(ws::serverFrame(ws::Close, ws::closePayload(code, reason)));
    m_socket->flush();
    m_closeTimer.start(); // the peer answers with its close frame and hangs up
}

void WebSocketConnection::abort()
{
    m_open = false;
    m_socket->abort();
}

void WebSocketConnection::fail(quint16 code, const QString &why)
{
    qCInfo(lcWs) << "closing websocket from" << m_peer.toString() << code << why;
    m_buffer.clear();
    close(code, why);
    m_socket->disconnectFromHost(); // nothing more is read from a peer that broke the protocol
}

void WebSocketConnection::onReadyRead()
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_buffer += m_socket->readAll();
    while (!m_buffer.isEmpty()) {
        ws::ParsedFrame p = ws::parseClientFrame(m_buffer, MaxMessageBytes);
        if (p.kind == ws::ParsedFrame::NeedMore)
            return;
        if (p.kind == ws::ParsedFrame::Invalid) {
            fail(p.closeCode, p.error);
            return;
        }
        m_buffer.remove(0, p.consumed);
        onFrame(std::move(p.frame));
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void WebSocketConnection::onFrame(ws::Frame frame)
{
    switch (frame.opcode) {
    case ws::Ping: write(ws::serverFrame(ws::Pong, frame.payload)); return;
    case ws::Pong: emit pong(); return;
    case ws::Close: {
        const bool weClosed = !m_open;
        quint16 code = 1000;
        if (frame.payload.size() >= 2)
            code = qFromBigEndian<quint16>(frame.payload.constData());
        if (!weClosed)
            write(ws::serverFrame(ws::Close, ws::closePayload(code == 1005 || code == 1006 ? 1000 : code, {})));
        m_open = false;
        m_socket->disconnectFromHost();
        return;
    }
    case ws::Binary: fail(1003, u"Only text messages are spoken here"_s); return;
    case ws::Text:
        if (m_inMessage) {
            fail(1002, u"A new message began before the last one ended"_s);
            return;
        }
        m_message = std::move(frame.payload);
        m_inMessage = true;
        break;
    case ws::Continuation:
        if (!m_inMessage) {
            fail(1002, u"A continuation frame without a message"_s);
            return;
        }
        if (m_message.size() + frame.payload.size() > MaxMessageBytes) {
            fail(1009, u"Message larger than %1 bytes"_s.arg(MaxMessageBytes));
            return;
        }
        m_message += frame.payload;
        break;
    default: return;
    }
    if (!frame.fin)
        return;
    m_inMessage = false;
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decode(std::exchange(m_message, {}));
    if (decode.hasError()) {
        fail(1007, u"Text messages must be valid UTF-8"_s);
        return;
    }
    if (m_open)
        emit textMessageReceived(text);
}

} // namespace tavola::server
