#include "qrcode.h"

#include <QLoggingCategory>
#include <qrencode.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcQr, "tavola.core.qr")

namespace tavola::qr {

namespace {
QRecLevel toLevel(ErrorCorrection level)
{
    switch (level) {
    case ErrorCorrection::Low: return QR_ECLEVEL_L;
    case ErrorCorrection::Medium: return QR_ECLEVEL_M;
    case ErrorCorrection::Quartile: return QR_ECLEVEL_Q;
    case ErrorCorrection::High: return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}
} // namespace

QImage QrMatrix::toImage(int scale, int quietZone) const
{
    scale = std::max(1, scale);
    quietZone = std::max(0, quietZone);
    const int side = (m_size + 2 * quietZone) * scale;
    QImage img(side, side, QImage::Format_Mono);
    img.setColor(0, qRgb(255, 255, 255));
    img.setColor(1, qRgb(0, 0, 0));
    img.fill(0);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!dark(x, y))
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                for (int dx = 0; dx < scale; ++dx)
                    img.setPixel((quietZone + x) * scale + dx, (quietZone + y) * scale + dy, 1);
            }
        }
    }
    return img;
}

Result<QrMatrix> encode(const QByteArray &data, ErrorCorrection level)
{
    if (data.isEmpty())
        return Error::validation(u"text"_s, u"There is nothing to encode in the QR code"_s);
    if (data.size() > 2953)
        return Error::validation(u"text"_s, u"The text is too long for a QR code (%1 bytes, at most 2953)"_s.arg(data.size()));
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeData(static_cast<int>(data.size()), bytes, 0, toLevel(level)),
                                                         &QRcode_free);
    if (!code) {
        qCWarning(lcQr) << "qrencode failed for" << data.size() << "bytes";
        return Error{ErrorCode::ValidationFailed, u"The text does not fit in a QR code at this error correction level"_s, {}};
    }
    const int size = code->width;
    std::vector<bool> modules(static_cast<std::size_t>(size * size));
    for (std::size_t i = 0; i < modules.size(); ++i)
        modules[i] = (code->data[i] & 1) != 0;
    return QrMatrix(size, std::move(modules));
}

int scaleToFit(const QrMatrix &matrix, int pixels, int quietZone)
{
    const int modules = matrix.size() + 2 * quietZone;
    return modules > 0 ? std::max(1, pixels / modules) : 1;
}

} // namespace tavola::qr
