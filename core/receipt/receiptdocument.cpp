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
    Block b;
    b.cells = cells;
    b.size = std::clamp(size, 1, 3);
    b.bold = bold;
    m_blocks.append(b);
    return *this;
}

ReceiptDocument &ReceiptDocument::banner(const QString &text, int size)
{
    row({Cell{text, Align::Center, 1}}, size, true);
    m_blocks.last().inverted = true;
    return *this;
}

ReceiptDocument &ReceiptDocument::separator()
{
    Block b;
    b.kind = Block::Kind::Separator;
    m_blocks.append(b);
    return *this;
}

ReceiptDocument &ReceiptDocument::qr(const QString &data)
{
    Block b;
    b.kind = Block::Kind::Qr;
    b.data = data;
    m_blocks.append(b);
    return *this;
}

ReceiptDocument &ReceiptDocument::barcode(const QString &data)
{
    Block b;
    b.kind = Block::Kind::Barcode;
    b.data = data;
    m_blocks.append(b);
    return *this;
}

ReceiptDocument &ReceiptDocument::image(const QImage &image)
{
    Block b;
    b.kind = Block::Kind::Image;
    b.image = image;
    m_blocks.append(b);
    return *this;
}

ReceiptDocument &ReceiptDocument::feed(int lines)
{
    Block b;
    b.kind = Block::Kind::Feed;
    b.lines = std::max(1, lines);
    m_blocks.append(b);
    return *this;
}

ReceiptDocument &ReceiptDocument::cut()
{
    Block b;
    b.kind = Block::Kind::Cut;
    m_blocks.append(b);
    return *this;
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
