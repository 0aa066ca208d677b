#pragma once

#include "httptypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace tavola::server {

/// The server side of RFC 6455, strict where QWebSocketServer 6.4 is lenient: every client
/// frame must be masked, reserved bits clear, opcodes known, control frames short and whole,
/// lengths in their shortest form, text valid UTF-8, messages bounded. A violation closes the
/// socket with 1002 (protocol error), 1007 (bad UTF-8) or 1009 (too big).
namespace ws {

enum Opcode : quint8 {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA,
};

struct Frame
{
    bool fin = true;
    quint8 opcode = Text;
    QByteArray payload; // unmasked
};

struct ParsedFrame
{
    enum Kind { NeedMore, Complete, Invalid } kind = NeedMore;
    qsizetype consumed = 0; // bytes of `data` the frame took (Complete)
    Frame frame;
    quint16 closeCode = 0; // Invalid: the close code to answer with
    QString error; // Invalid: why
};

/// Reads one client frame from the start of `data`.
ParsedFrame parseClientFrame(QByteArrayView data, qint64 maxPayload);
/// An unmasked server frame.
QByteArray serverFrame(quint8 opcode, QByteArrayView payload, bool fin = true);
/// The payload of a close frame: the code, then the reason cut to fit 125 bytes on a UTF-8 boundary.
QByteArray closePayload(quint16 code, const QString &reason);
/// Sec-WebSocket-Accept for a client's Sec-WebSocket-Key.
QByteArray acceptKey(QByteArrayView clientKey);
/// Empty when `request` is a valid version-13 opening handshake; else why not.
QString handshakeProblem(const HttpRequest &request);

} // namespace ws

} // namespace tavola::server
