#pragma once

#include "domain/error.h"
#include "receiptdocument.h"

#include <QByteArray>
#include <QImage>

class QPainter;

namespace tavola::receipt {

/// What a printer can do (DOMAIN.md §4). Built-in raster profiles: escpos-80-raster (576 dots,
/// 48 columns) and escpos-58-raster (384 dots, 32 columns), 203 dpi.
struct PrinterProfile
{
    QString name;
    int paperMm = 80;
    int dots = 576;
    int columns = 48;
    int dpi = 203;
    bool drawerKick = false;
    int drawerPin = 0; // 0 = pin 2, 1 = pin 5

    static QList<PrinterProfile> builtIn();
    static Result<PrinterProfile> byName(const QString &name);
};

/// Lays the document out with QPainter in a Thai font. One layout serves the raster image, the
/// PNG preview and the PDF, so they look the same. `widthDots` is the paper's printable width.
class ReceiptPainter
{
public:
    explicit ReceiptPainter(int widthDots, int columns);
    /// Paints from the top; returns the height used, in dots.
    int paint(QPainter &painter, const ReceiptDocument &doc) const;
    /// The receipt as a 1-bit image exactly `widthDots` wide (white = 0, black = 1).
    QImage rasterize(const ReceiptDocument &doc) const;
    /// A PDF of the receipt on paper as wide as the roll (vector text, fonts embedded).
    QByteArray pdf(const ReceiptDocument &doc) const;

private:
    int m_width;
    int m_basePixelSize;
};

/// ESC/POS raster: init, the image as GS v 0 in bands of at most 256 rows, feed, cut, and the
/// drawer kick when the profile asks for it.
QByteArray encodeEscPosRaster(const QImage &image, const PrinterProfile &profile, bool cut = true);
/// Rebuilds the image from ESC/POS raster bytes (tests, previews of captured jobs).
Result<QImage> decodeEscPosRaster(const QByteArray &bytes);

} // namespace tavola::receipt
