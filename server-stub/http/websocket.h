#pragma once

#include "httptypes.h"
#include "wsframe.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTimer>

class QTcpSocket;

namespace tavola::server {

/// One accepted WebSocket (the strict framing of wsframe.h) on a socket whose HTTP handshake has been read (plain or TLS).
/// Owns the socket. Text messages only (the event stream's protocol); binary is refused (1003).
class WebSocketConnection : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxMessageBytes = 64 * 1024;

    /// Writes the 101 answer to `request` and takes `socket`.
    WebSocketConnection(const HttpRequest &request, QTcpSocket *socket, QObject *parent = nullptr);
    ~WebSocketConnection() override;

    void sendTextMessage(const QByteArray &utf8);
    void ping();
    /// Sends a close frame and closes once the peer answers (or after two seconds).
    void close(quint16 code, const QString &reason);
    void abort();
    QHostAddress peerAddress() const { return m_peer; }
    bool isOpen() const { return m_open; }

signals:
    void textMessageReceived(const QString &message);
    void pong();
    void disconnected();

private:
    void onReadyRead();
    void onFrame(ws::Frame frame);
    void fail(quint16 code, const QString &why);
    void write(const QByteArray &bytes);

    QTcpSocket *m_socket;
    QHostAddress m_peer;
    QByteArray m_buffer;
    QByteArray m_message; // a fragmented message being assembled
    bool m_inMessage = false;
    bool m_open = true; // no close frame sent yet
    QTimer m_closeTimer;
};

} // namespace tavola::server
