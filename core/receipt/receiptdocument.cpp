#include "receiptdocument.h"

using namespace Qt::StringLiterals;

namespace tavola::receipt {

ReceiptDocument &ReceiptDocument::text(const QString &text, Align align, int size, bool bold)
{
    return row({Cell{text, align, 1}}, size, bold);
}

ReceiptDocument &ReceiptDocument::columns(const QString &left, const QString &right, int size, bool bold)
{
    return row({Cell{left, Align::Left, 3}, Cell{right, Align::Right, 1}}, size, bold);
}

ReceiptDocument &ReceiptDocument::row(const QList<Cell> &cells, int size, bool bold)
{
    return add({.kind = Block::Kind::Row, .cells = cells, .size = std::clamp(size, 1, 3), .bold = bold});
}

ReceiptDocument &ReceiptDocument::banner(const QString &text, int size)
{
    row({Cell{text, Align::Center, 1}}, size, true);
    m_blocks.last().inverted = true;
    return *this;
}

ReceiptDocument &ReceiptDocument::add(Block block)
{
    m_blocks.append(std::move(block));
    return *this;
}

ReceiptDocument &ReceiptDocument::separator()
{
    return add({.kind = Block::Kind::Separator});
}

ReceiptDocument &ReceiptDocument::qr(const QString &data)
{
    return add({.kind = Block::Kind::Qr, .data = data});
}

ReceiptDocument &ReceiptDocument::barcode(const QString &data)
{
    return add({.kind = Block::Kind::Barcode, .data = data});
}

ReceiptDocument &ReceiptDocument::image(const QImage &image)
{
    return add({.kind = Block::Kind::Image, .image = image});
}

ReceiptDocument &ReceiptDocument::feed(int lines)
{
    return add({.kind = Block::Kind::Feed, .lines = std::max(1, lines)});
}

ReceiptDocument &ReceiptDocument::cut()
{
    return add({.kind = Block::Kind::Cut});
}

QString ReceiptDocument::plainText() const
{
    QStringList out;
    for (const Block &b : m_blocks) {
        switch (b.kind) {
        case Block::Kind::Row: {
            QStringList parts;
            for (const Cell &c : b.cells)
                parts << c.text;
            out << parts.join(u" | "_s);
            break;
        }
        case Block::Kind::Separator: out << u"----"_s; break;
        case Block::Kind::Qr: out << u"[QR "_s + b.data + u']'; break;
        case Block::Kind::Barcode: out << u"[barcode "_s + b.data + u']'; break;
        case Block::Kind::Image: out << u"[image]"_s; break;
        case Block::Kind::Feed: break;
        case Block::Kind::Cut: out << u"[cut]"_s; break;
        }
    }
    return out.join(u'\n');
}

} // namespace tavola::receipt
