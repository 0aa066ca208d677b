#include "renderer.h"

#include "barcode.h"
#include "domain/json.h"
#include "qr/qrcode.h"

#include <QBuffer>
#include <QFontMetrics>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace tavola::receipt {

QList<PrinterProfile> PrinterProfile::builtIn()
{
    using M = PrinterProfile::Mode;
    return {PrinterProfile{u"escpos-80-raster"_s, 80, 576, 48, 203, M::Raster, 21, false, false, 0},
            PrinterProfile{u"escpos-58-raster"_s, 58, 384, 32, 203, M::Raster, 21, false, false, 0},
            PrinterProfile{u"escpos-80-text"_s, 80, 576, 48, 203, M::Text, 21, true, false, 0},
            PrinterProfile{u"escpos-58-text"_s, 58, 384, 32, 203, M::Text, 21, false, false, 0}};
}

Result<PrinterProfile> PrinterProfile::byName(const QString &name, const QList<PrinterProfile> &custom)
{
    QStringList names;
    for (const auto &p : builtIn() + custom) {
        if (p.name == name)
            return p;
        names << p.name;
    }
    return Error::validation(u"profile"_s, u"Unknown printer profile '%1'; known: %2"_s.arg(name, names.join(u", "_s)));
}

QJsonObject PrinterProfile::toJson() const
{
    return {{u"name"_s, name},
            {u"paper_mm"_s, paperMm},
            {u"dots"_s, dots},
            {u"columns"_s, columns},
            {u"dpi"_s, dpi},
            {u"mode"_s, mode == Mode::Text ? u"text"_s : u"raster"_s},
            {u"code_page"_s, codePage},
            {u"native_qr"_s, nativeQr},
            {u"drawer_kick"_s, drawerKick},
            {u"drawer_pin"_s, drawerPin},
            {u"font"_s, fontB ? u"B"_s : u"A"_s}};
}

Result<PrinterProfile> PrinterProfile::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    PrinterProfile p;
    p.name = r.text(u"name"_s, Presence::Required, 60);
    p.paperMm = int(r.integer(u"paper_mm"_s, Presence::Required, 40, 120));
    p.dots = int(r.integer(u"dots"_s, Presence::Required, 128, 1280));
    p.columns = int(r.integer(u"columns"_s, Presence::Required, 16, 80));
    p.dpi = int(r.integer(u"dpi"_s, Presence::Optional, 100, 600, 203));
    const QString mode = r.string(u"mode"_s, Presence::Optional, 10, u"raster"_s);
    if (r.ok() && mode != u"raster"_s && mode != u"text"_s)
        r.fail(u"mode"_s, u"mode must be raster or text"_s);
    p.mode = mode == u"text"_s ? Mode::Text : Mode::Raster;
    p.codePage = int(r.integer(u"code_page"_s, Presence::Optional, 0, 255, 21));
    p.nativeQr = r.boolean(u"native_qr"_s, Presence::Optional);
    p.drawerKick = r.boolean(u"drawer_kick"_s, Presence::Optional);
    p.drawerPin = int(r.integer(u"drawer_pin"_s, Presence::Optional, 0, 1));
    const QString font = r.string(u"font"_s, Presence::Optional, 1, u"A"_s);
    if (r.ok() && font != u"A"_s && font != u"B"_s)
        r.fail(u"font"_s, u"font must be A or B"_s);
    p.fontB = font == u"B"_s;
    if (r.ok() && p.dots % 8 != 0)
        r.fail(u"dots"_s, u"dots must be a multiple of 8"_s);
    if (!r.ok())
        return r.error();
    return p;
}

namespace {

QFont receiptFont(int pixelSize, bool bold)
{
    QFont f;
    // Thai-capable families from fonts-thai-tlwg first; Qt falls back to any font with Thai.
    f.setFamilies({u"Loma"_s, u"Garuda"_s, u"Tlwg Typo"_s, u"Norasi"_s, u"Noto Sans Thai"_s, u"DejaVu Sans"_s});
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferFullHinting);
    f.setStyleStrategy(QFont::NoAntialias); // crisp 1-bit output on thermal paper
    return f;
}

int alignFlag(Align a)
{
    switch (a) {
    case Align::Left: return Qt::AlignLeft;
    case Align::Center: return Qt::AlignHCenter;
    case Align::Right: return Qt::AlignRight;
    }
    return Qt::AlignLeft;
}

} // namespace

ReceiptPainter::ReceiptPainter(int widthDots, int columns)
    : m_width(widthDots),
      m_basePixelSize(std::max(12, widthDots * 2 / std::max(1, columns)))
{
}

int ReceiptPainter::paint(QPainter &p, const ReceiptDocument &doc) const
{
    int y = 0;
    const int lineGap = m_basePixelSize / 6;
    for (const Block &b : doc.blocks()) {
        switch (b.kind) {
        case Block::Kind::Row: {
            const QFont font = receiptFont(m_basePixelSize * b.size, b.bold);
            p.setFont(font);
            const QFontMetrics fm(font, p.device());
            int totalSpan = 0;
            for (const Cell &c : b.cells)
                totalSpan += std::max(1, c.span);
            // Cells after the first never wrap: each gets at least its text's width, and the first
            // cell (which wraps) takes what is left.
            QList<int> widths;
            int fixed = 0;
            for (qsizetype i = 0; i < b.cells.size(); ++i) {
                const Cell &c = b.cells[i];
                int w = m_width * std::max(1, c.span) / std::max(1, totalSpan);
                if (i > 0)
                    w = std::max(w, fm.horizontalAdvance(c.text) + m_basePixelSize / 2);
                widths.append(w);
                if (i > 0)
                    fixed += w;
            }
            if (b.cells.size() > 1)
                widths[0] = std::max(m_width / 4, m_width - fixed);
            int x = 0;
            int rowHeight = fm.height();
            QList<QRect> rects;
            for (qsizetype i = 0; i < b.cells.size(); ++i) {
                const Cell &c = b.cells[i];
                const int w = i + 1 == b.cells.size() ? std::max(1, m_width - x) : widths[i];
                const int flags = alignFlag(c.align) | Qt::AlignTop | (i == 0 ? Qt::TextWordWrap : 0);
                const QRect r = p.boundingRect(QRect(x, y, w, 100000), flags, c.text);
                rects.append(QRect(x, y, w, std::max(r.height(), fm.height())));
                rowHeight = std::max(rowHeight, r.height());
                x += w;
            }
            if (b.inverted) {
                p.fillRect(QRect(0, y, m_width, rowHeight + lineGap), Qt::black);
                p.setPen(Qt::white);
            } else {
                p.setPen(Qt::black);
            }
            for (qsizetype i = 0; i < b.cells.size(); ++i) {
                const int flags = alignFlag(b.cells[i].align) | Qt::AlignTop | (i == 0 ? Qt::TextWordWrap : 0);
                p.drawText(rects[i].adjusted(0, lineGap / 2, 0, 0), flags, b.cells[i].text);
            }
            p.setPen(Qt::black);
            y += rowHeight + lineGap;
            break;
        }
        case Block::Kind::Separator: {
            const int h = m_basePixelSize / 2;
            for (int x = 0; x < m_width; x += 12)
                p.fillRect(QRect(x, y + h / 2, 8, 2), Qt::black);
            y += h;
            break;
        }
        case Block::Kind::Qr: {
            auto m = qr::encode(b.data);
            if (!m)
                break;
            // About 60 % of the paper, whole dots per module: scannable from a phone.
            const int scale = qr::scaleToFit(*m, m_width * 6 / 10);
            const QImage img = m->toImage(scale);
            p.drawImage(QPoint((m_width - img.width()) / 2, y), img);
            y += img.height();
            break;
        }
        case Block::Kind::Barcode: {
            const int module = m_width >= 500 ? 3 : 2;
            auto img = code128Image(b.data, module, m_basePixelSize * 3);
            if (!img)
                break;
            const QImage bars = img->width() > m_width ? img->scaled(m_width, img->height()) : *img;
            p.drawImage(QPoint((m_width - bars.width()) / 2, y), bars);
            y += bars.height();
            p.setFont(receiptFont(m_basePixelSize, false));
            p.drawText(QRect(0, y, m_width, m_basePixelSize * 2), Qt::AlignHCenter | Qt::AlignTop, b.data);
            y += QFontMetrics(p.font(), p.device()).height() + lineGap;
            break;
        }
        case Block::Kind::Image: {
            QImage img = b.image;
            if (img.width() > m_width)
                img = img.scaledToWidth(m_width, Qt::SmoothTransformation);
            img = img.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither);
            p.drawImage(QPoint((m_width - img.width()) / 2, y), img);
            y += img.height() + lineGap;
            break;
        }
        case Block::Kind::Feed: y += b.lines * (m_basePixelSize + lineGap); break;
        case Block::Kind::Cut: break;
        }
    }
    return y;
}

QImage ReceiptPainter::rasterize(const ReceiptDocument &doc) const
{
    // A canvas as tall as a long receipt; a longer one (the layout says how long) is painted again
    // on one of its size. (A canvas made for the longest receipt, filled white, cost more than the
    // whole layout: 46 MB touched for every receipt.)
    const auto paintOn = [this, &doc](int rows, QImage *canvas) {
        *canvas = QImage(m_width, rows, QImage::Format_RGB32);
        canvas->fill(Qt::white);
        QPainter p(canvas);
        return paint(p, doc);
    };
    QImage canvas;
    int height = std::max(1, paintOn(2400, &canvas));
    if (height > canvas.height())
        height = std::max(1, paintOn(height, &canvas));
    // Threshold, never dither: text and QR modules stay solid.
    return canvas.copy(0, 0, m_width, height).convertToFormat(QImage::Format_Mono, Qt::MonoOnly | Qt::ThresholdDither);
}

QByteArray ReceiptPainter::pdf(const ReceiptDocument &doc) const
{
    const int height = rasterize(doc).height(); // the same layout decides the page length
    const int dpi = 203;
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(dpi); // one PDF unit per printer dot: same layout as the raster
    writer.setPageSize(QPageSize(QSizeF(m_width * 25.4 / dpi, height * 25.4 / dpi + 1), QPageSize::Millimeter));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setCreator(u"Tavola"_s);
    QPainter p(&writer);
    paint(p, doc);
    p.end();
    return out;
}

int ReceiptPainter::paintAtSize(QPainter &painter, const ReceiptDocument &doc, int deviceDpi) const
{
    const double scale = double(deviceDpi) / 203.0;
    painter.save();
    painter.scale(scale, scale);
    const int height = paint(painter, doc);
    painter.restore();
    return int(height * scale);
}

QByteArray encodeEscPosRaster(const QImage &source, const PrinterProfile &profile, bool cut)
{
    const QImage img = source.convertToFormat(QImage::Format_Mono, Qt::MonoOnly | Qt::ThresholdDither);
    // In Format_Mono, pixel index 1 may be white or black depending on the colour table.
    const bool oneIsBlack = qGray(img.color(1)) < qGray(img.color(0));
    QByteArray out("\x1B\x40", 2); // init
    const int bytesPerRow = (img.width() + 7) / 8;
    for (int top = 0; top < img.height(); top += 256) {
        const int rows = std::min(256, img.height() - top);
        out += QByteArray("\x1D\x76\x30\x00", 4);
        out += char(bytesPerRow & 0xFF);
        out += char((bytesPerRow >> 8) & 0xFF);
        out += char(rows & 0xFF);
        out += char((rows >> 8) & 0xFF);
        for (int y = top; y < top + rows; ++y) {
            const uchar *line = img.constScanLine(y);
            for (int bx = 0; bx < bytesPerRow; ++bx) {
                uchar v = line[bx];
                if (!oneIsBlack)
                    v = static_cast<uchar>(~v);
                const int valid = std::min(8, img.width() - bx * 8); // padding bits stay white
                if (valid < 8)
                    v &= static_cast<uchar>(0xFF << (8 - valid));
                out += char(v);
            }
        }
    }
    out += QByteArray("\x1B\x64\x04", 3); // feed 4 lines past the cutter
    if (cut)
        out += QByteArray("\x1D\x56\x42\x00", 4); // partial cut
    if (profile.drawerKick)
        out += QByteArray("\x1B\x70", 2) + char(profile.drawerPin) + QByteArray("\x32\xFA", 2);
    return out;
}

int printColumns(const QString &text)
{
    int n = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool thaiMark = u == 0x0E31 || (u >= 0x0E34 && u <= 0x0E3A) || (u >= 0x0E47 && u <= 0x0E4E);
        if (!thaiMark && !c.isLowSurrogate())
            ++n;
    }
    return n;
}

QByteArray toTis620(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            out += char(u);
        else if (u >= 0x0E01 && u <= 0x0E5B)
            out += char(u - 0x0E00 + 0xA0);
        else if (u == 0x00B7) // middle dot
            out += '.';
        else if (!c.isLowSurrogate())
            out += '?';
    }
    return out;
}

namespace {

/// Cuts `text` into lines of at most `width` print columns, at spaces where it can, never
/// splitting a consonant from its marks.
QStringList wrapColumns(const QString &text, int width)
{
    QStringList lines;
    QString rest = text;
    while (printColumns(rest) > width) {
        qsizetype cut = 0;
        for (qsizetype i = 0; i < rest.size(); ++i) {
            if (printColumns(rest.left(i + 1)) > width)
                break;
            cut = i + 1;
        }
        while (cut < rest.size() && rest.at(cut).category() == QChar::Mark_NonSpacing)
            ++cut;
        const qsizetype space = rest.left(cut).lastIndexOf(u' ');
        if (space > 0)
            cut = space + 1;
        lines << rest.left(cut).trimmed();
        rest = rest.mid(cut);
    }
    lines << rest;
    return lines;
}

QString pad(const QString &text, int width, Align align)
{
    const int fill = std::max(0, width - printColumns(text));
    switch (align) {
    case Align::Left: return text + QString(fill, u' ');
    case Align::Right: return QString(fill, u' ') + text;
    case Align::Center: return QString(fill / 2, u' ') + text + QString(fill - fill / 2, u' ');
    }
    return text;
}

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (const int v : values)
        out += char(v);
    return out;
}

QByteArray nativeQr(const QByteArray &data)
{
    QByteArray out;
    out += bytes({0x1D, 0x28, 0x6B, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00}); // model 2
    out += bytes({0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x43, 0x06}); // module size 6
    out += bytes({0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x45, 0x31}); // error correction M
    const int len = int(data.size()) + 3;
    out += bytes({0x1D, 0x28, 0x6B, len & 0xFF, (len >> 8) & 0xFF, 0x31, 0x50, 0x30}) + data; // store
    out += bytes({0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x51, 0x30}); // print
    return out;
}

/// The image part of the raster encoding (GS v 0 bands), without init, feed or cut.
QByteArray rasterBlock(const QImage &img)
{
    const QByteArray all = encodeEscPosRaster(img, PrinterProfile{}, false);
    const qsizetype start = all.indexOf(bytes({0x1D, 0x76, 0x30, 0x00}));
    const qsizetype end = all.lastIndexOf(bytes({0x1B, 0x64, 0x04}));
    return all.mid(start, end - start);
}

} // namespace

QByteArray encodeEscPosText(const ReceiptDocument &doc, const PrinterProfile &profile)
{
    QByteArray out = bytes({0x1B, 0x40, 0x1C, 0x2E, 0x1B, 0x74, profile.codePage}); // init, no Kanji, code page
    if (profile.fontB)
        out += bytes({0x1B, 0x4D, 0x01});
    for (const Block &b : doc.blocks()) {
        switch (b.kind) {
        case Block::Kind::Row: {
            const int cols = std::max(8, profile.columns / b.size);
            out += bytes({0x1B, 0x45, b.bold ? 1 : 0, 0x1D, 0x21, ((b.size - 1) << 4) | (b.size - 1)});
            if (b.inverted)
                out += bytes({0x1D, 0x42, 0x01});
            // Cells after the first keep their width; the first wraps into what is left.
            int fixed = 0;
            for (qsizetype i = 1; i < b.cells.size(); ++i)
                fixed += printColumns(b.cells[i].text) + 1;
            const int firstWidth = b.cells.size() > 1 ? std::max(4, cols - fixed) : cols;
            const QStringList first = wrapColumns(b.cells.value(0).text, firstWidth);
            for (qsizetype line = 0; line < first.size(); ++line) {
                QString text = pad(first[line], firstWidth, b.cells.value(0).align);
                if (line == 0) {
                    for (qsizetype i = 1; i < b.cells.size(); ++i) {
                        const int w = i + 1 == b.cells.size() ? cols - printColumns(text) : printColumns(b.cells[i].text) + 1;
                        text += pad(b.cells[i].text, w, b.cells[i].align);
                    }
                }
                out += toTis620(text) + '\n';
            }
            if (b.inverted)
                out += bytes({0x1D, 0x42, 0x00});
            out += bytes({0x1B, 0x45, 0x00, 0x1D, 0x21, 0x00});
            break;
        }
        case Block::Kind::Separator: out += QByteArray(profile.columns, '-') + '\n'; break;
        case Block::Kind::Qr:
            out += bytes({0x1B, 0x61, 0x01}); // centre
            if (profile.nativeQr) {
                out += nativeQr(b.data.toUtf8());
            } else if (auto m = qr::encode(b.data)) {
                out += rasterBlock(m->toImage(qr::scaleToFit(*m, profile.dots * 6 / 10)));
            }
            out += '\n';
            out += bytes({0x1B, 0x61, 0x00});
            break;
        case Block::Kind::Barcode: {
            const QByteArray data = b.data.toLatin1();
            out += bytes({0x1B, 0x61, 0x01, 0x1D, 0x68, 80, 0x1D, 0x77, 2, 0x1D, 0x48, 2}); // centre, height, width, text below
            out += bytes({0x1D, 0x6B, 73, int(data.size()) + 2, '{', 'B'}) + data + '\n';
            out += bytes({0x1B, 0x61, 0x00});
            break;
        }
        case Block::Kind::Image: out += rasterBlock(b.image.width() > profile.dots ? b.image.scaledToWidth(profile.dots) : b.image); break;
        case Block::Kind::Feed: out += bytes({0x1B, 0x64, std::min(255, b.lines)}); break;
        case Block::Kind::Cut: out += bytes({0x1B, 0x64, 0x04, 0x1D, 0x56, 0x42, 0x00}); break;
        }
    }
    if (profile.drawerKick)
        out += bytes({0x1B, 0x70, profile.drawerPin, 0x32, 0xFA});
    return out;
}

QByteArray encodeEscPos(const ReceiptDocument &doc, const PrinterProfile &profile)
{
    if (profile.mode == PrinterProfile::Mode::Text)
        return encodeEscPosText(doc, profile);
    return encodeEscPosRaster(ReceiptPainter(profile.dots, profile.columns).rasterize(doc), profile);
}

Result<QImage> decodeEscPosRaster(const QByteArray &bytes)
{
    QList<QImage> bands;
    int width = 0;
    qsizetype i = 0;
    while (i < bytes.size()) {
        if (bytes.mid(i, 4) == QByteArray("\x1D\x76\x30\x00", 4)) {
            if (i + 8 > bytes.size())
                return Error::validation(u"bytes"_s, u"truncated GS v 0 header"_s);
            const int xBytes = quint8(bytes[i + 4]) | (quint8(bytes[i + 5]) << 8);
            const int rows = quint8(bytes[i + 6]) | (quint8(bytes[i + 7]) << 8);
            if (xBytes == 0 || rows == 0 || rows > 256 || i + 8 + qsizetype(xBytes) * rows > bytes.size())
                return Error::validation(u"bytes"_s, u"bad GS v 0 band"_s);
            if (width != 0 && xBytes * 8 != width)
                return Error::validation(u"bytes"_s, u"GS v 0 bands of different widths"_s);
            QImage band(xBytes * 8, rows, QImage::Format_Mono);
            band.setColor(0, qRgb(255, 255, 255));
            band.setColor(1, qRgb(0, 0, 0));
            for (int y = 0; y < rows; ++y)
                memcpy(band.scanLine(y), bytes.constData() + i + 8 + qsizetype(y) * xBytes, size_t(xBytes));
            width = xBytes * 8;
            bands.append(band);
            i += 8 + qsizetype(xBytes) * rows;
        } else {
            ++i;
        }
    }
    if (bands.isEmpty())
        return Error::validation(u"bytes"_s, u"no raster image in the data"_s);
    int height = 0;
    for (const QImage &b : bands)
        height += b.height();
    QImage out(width, height, QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    int y = 0;
    for (const QImage &b : bands) {
        p.drawImage(0, y, b);
        y += b.height();
    }
    p.end();
    return out;
}

} // namespace tavola::receipt
