#include "wsframe.h"

#include <QCryptographicHash>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace ws {

namespace {
ParsedFrame invalid(quint16 code, const QString &why)
{
    ParsedFrame p;
    p.kind = ParsedFrame::Invalid;
    p.closeCode = code;
    p.error = why;
    return p;
}

bool isControl(quint8 opcode)
{
    return opcode & 0x8;
}
} // namespace

ParsedFrame parseClientFrame(QByteArrayView data, qint64 maxPayload)
{
    if (data.size() < 2)
        return {};
    const auto b0 = static_cast<quint8>(data[0]);
    const auto b1 = static_cast<quint8>(data[1]);
    const bool fin = b0 & 0x80;
    const quint8 opcode = b0 & 0x0F;
    if (b0 & 0x70)
        return invalid(1002, u"Reserved bits set (no extension was agreed)"_s);
    if (opcode != Continuation && opcode != Text && opcode != Binary && opcode != Close && opcode != Ping && opcode != Pong)
        return invalid(1002, u"Unknown opcode %1"_s.arg(opcode));
    if (!(b1 & 0x80))
        return invalid(1002, u"Client frames must be masked"_s);
    quint64 length = b1 & 0x7F;
    qsizetype pos = 2;
    if (length == 126) {
        if (data.size() < pos + 2)
            return {};
        length = qFromBigEndian<quint16>(data.data() + pos);
        pos += 2;
        if (length < 126)
            return invalid(1002, u"Frame length not in its shortest form"_s);
    } else if (length == 127) {
        if (data.size() < pos + 8)
            return {};
        length = qFromBigEndian<quint64>(data.data() + pos);
        pos += 8;
        if (length <= 0xFFFF || (length >> 63))
            return invalid(1002, u"Frame length not in its shortest form"_s);
    }
    if (isControl(opcode) && (length > 125 || !fin))
        return invalid(1002, u"Control frames must be whole and at most 125 bytes"_s);
    if (length > quint64(maxPayload))
        return invalid(1009, u"Frame larger than %1 bytes"_s.arg(maxPayload));
    if (data.size() < pos + 4)
        return {};
    const char *mask = data.data() + pos;
    pos += 4;
    if (quint64(data.size() - pos) < length)
        return {};
    ParsedFrame p;
    p.kind = ParsedFrame::Complete;
    p.frame.fin = fin;
    p.frame.opcode = opcode;
    p.frame.payload = data.sliced(pos, qsizetype(length)).toByteArray();
    for (qsizetype i = 0; i < p.frame.payload.size(); ++i)
        p.frame.payload[i] = char(p.frame.payload[i] ^ mask[i % 4]);
    p.consumed = pos + qsizetype(length);
    if (opcode == Close && p.frame.payload.size() == 1)
        return invalid(1002, u"A close frame's payload is a two-byte code or nothing"_s);
    return p;
}

QByteArray serverFrame(quint8 opcode, QByteArrayView payload, bool fin)
{
    QByteArray out;
    out.reserve(payload.size() + 10);
    out.append(char((fin ? 0x80 : 0) | (opcode & 0x0F)));
    if (payload.size() < 126) {
        out.append(char(payload.size()));
    } else if (payload.size() <= 0xFFFF) {
        out.append(char(126));
        char len[2];
        qToBigEndian<quint16>(quint16(payload.size()), len);
        out.append(len, 2);
    } else {
        out.append(char(127));
        char len[8];
        qToBigEndian<quint64>(quint64(payload.size()), len);
        out.append(len, 8);
    }
    out.append(payload);
    return out;
}

QByteArray closePayload(quint16 code, const QString &reason)
{
    QByteArray out(2, Qt::Uninitialized);
    qToBigEndian<quint16>(code, out.data());
    QByteArray text = reason.toUtf8();
    if (text.size() > 123) {
        qsizetype cut = 123;
        while (cut > 0 && (static_cast<quint8>(text[cut]) & 0xC0) == 0x80)
            --cut; // never split a character
        text.truncate(cut);
    }
    return out + text;
}

QByteArray acceptKey(QByteArrayView clientKey)
{
    QByteArray material = clientKey.toByteArray() + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    return QCryptographicHash::hash(material, QCryptographicHash::Sha1).toBase64();
}

QString handshakeProblem(const HttpRequest &request)
{
    if (request.method != "GET")
        return u"A WebSocket handshake is a GET"_s;
    if (request.header("sec-websocket-version") != "13")
        return u"Only WebSocket version 13 is spoken here"_s;
    const QByteArray key = request.header("sec-websocket-key");
    const auto decoded = QByteArray::fromBase64Encoding(key, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 16)
        return u"Sec-WebSocket-Key must be 16 bytes in base64"_s;
    return {};
}

} // namespace ws

} // namespace tavola::server
