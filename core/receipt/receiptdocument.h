#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace tavola::receipt {

enum class Align { Left, Center, Right };

struct Cell
{
    QString text;
    Align align = Align::Left;
    int span = 1; // share of the row's width
};

/// One block of a receipt, top to bottom.
struct Block
{
    enum class Kind { Row, Separator, Qr, Barcode, Image, Feed, Cut };
    Kind kind = Kind::Row;
    QList<Cell> cells = {}; // Row: cells side by side; the first may wrap, the others stay on its first line
    int size = 1; // text size: 1 normal, 2 double, 3 triple
    bool bold = false;
    bool inverted = false; // white on black (VOID, COPY banners)
    QString data = {}; // Qr, Barcode: the text to encode
    QImage image = {}; // Image: a logo, drawn monochrome
    int lines = 1; // Feed
};

/// A receipt as a layout: lines with left/centre/right parts, sizes, separators, a QR code,
/// a logo, feed and cut. Renderers turn it into ESC/POS bytes, an image or a PDF.
class ReceiptDocument
{
public:
    ReceiptDocument &text(const QString &text, Align align = Align::Left, int size = 1, bool bold = false);
    /// Left and right parts on one line ("2 x Har gow ........ 138.00").
    ReceiptDocument &columns(const QString &left, const QString &right, int size = 1, bool bold = false);
    ReceiptDocument &row(const QList<Cell> &cells, int size = 1, bool bold = false);
    ReceiptDocument &banner(const QString &text, int size = 2); // centred, inverted
    ReceiptDocument &separator();
    ReceiptDocument &qr(const QString &data);
    /// A Code 128 barcode (printable ASCII), with the text printed under it.
    ReceiptDocument &barcode(const QString &data);
    ReceiptDocument &image(const QImage &image);
    ReceiptDocument &feed(int lines = 1);
    ReceiptDocument &cut();

    const QList<Block> &blocks() const { return m_blocks; }
    /// The text content, one line per row (cells joined by " | "): for checks and logs.
    QString plainText() const;

private:
    ReceiptDocument &add(Block block);
    QList<Block> m_blocks;
};

} // namespace tavola::receipt
