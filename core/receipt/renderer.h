#pragma once

#include "domain/error.h"
#include "receiptdocument.h"

#include <QByteArray>
#include <QImage>
#include <QJsonObject>

class QPainter;

namespace tavola::receipt {

/// What a printer can do (docs/domain.md, "ESC/POS"). Built-in raster profiles: escpos-80-raster (576 dots,
/// 48 columns) and escpos-58-raster (384 dots, 32 columns), 203 dpi.
struct PrinterProfile
{
    enum class Mode { Raster, Text };
    QString name;
    int paperMm = 80;
    int dots = 576;
    int columns = 48; // characters per line in the profile's font
    int dpi = 203;
    Mode mode = Mode::Raster;
    int codePage = 21; // ESC t n for TIS-620/CP874 in text mode (Epson/Star 21, Rongta 47, Xprinter 70 …)
    bool nativeQr = false; // GS ( k
    bool drawerKick = false;
    int drawerPin = 0; // 0 = pin 2, 1 = pin 5
    bool fontB = false; // text mode: the smaller Font B (ESC M 1), e.g. 64 columns on 80 mm

    QJsonObject toJson() const;
    static Result<PrinterProfile> fromJson(const QJsonObject &json);
    /// escpos-80-raster, escpos-58-raster, escpos-80-text (code page 21, native QR), escpos-58-text.
    static QList<PrinterProfile> builtIn();
    /// A built-in profile, or one of `custom` (user-defined in settings) by name.
    static Result<PrinterProfile> byName(const QString &name, const QList<PrinterProfile> &custom = {});
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
    /// Paints on any device (a QPrinter for office and system printers) at the receipt's real
    /// size: `deviceDpi` is the device's resolution. Returns the height used, in device units.
    int paintAtSize(QPainter &painter, const ReceiptDocument &doc, int deviceDpi) const;

private:
    int m_width;
    int m_basePixelSize;
};

/// ESC/POS raster: init, the image as GS v 0 in bands of at most 256 rows, feed, cut, and the
/// drawer kick when the profile asks for it.
QByteArray encodeEscPosRaster(const QImage &image, const PrinterProfile &profile, bool cut = true);
/// ESC/POS text mode: Font A columns, bold/size/alignment commands, Thai as TIS-620 under the
/// profile's code page, columns counted by grapheme (Thai marks take no column), native QR where
/// the profile has it, else the QR as a raster image.
QByteArray encodeEscPosText(const ReceiptDocument &doc, const PrinterProfile &profile);
/// The document rendered the way the profile prints it (raster or text).
QByteArray encodeEscPos(const ReceiptDocument &doc, const PrinterProfile &profile);
/// Display columns of a string on a printer: Thai above/below marks take none.
int printColumns(const QString &text);
/// TIS-620 bytes for text; characters outside ASCII and Thai become '?'.
QByteArray toTis620(const QString &text);

/// Rebuilds the image from ESC/POS raster bytes (tests, previews of captured jobs).
Result<QImage> decodeEscPosRaster(const QByteArray &bytes);

} // namespace tavola::receipt
