#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QImage>

#include <vector>

namespace tavola::qr {

enum class ErrorCorrection { Low, Medium, Quartile, High };

/// The modules of a QR symbol, without quiet zone. true = dark.
class QrMatrix
{
public:
    QrMatrix() = default;
    QrMatrix(int size, std::vector<bool> modules) : m_size(size), m_modules(std::move(modules)) { }

    int size() const { return m_size; }
    bool isNull() const { return m_size == 0; }
    bool dark(int x, int y) const { return m_modules[static_cast<std::size_t>(y * m_size + x)]; }

    /// A 1-bit-looking image: `scale` pixels per module, `quietZone` light modules each side.
    QImage toImage(int scale = 8, int quietZone = 4) const;

private:
    int m_size = 0;
    std::vector<bool> m_modules;
};

/// Encodes bytes (UTF-8 text for Thai) in 8-bit mode, the smallest version that fits.
Result<QrMatrix> encode(const QByteArray &data, ErrorCorrection level = ErrorCorrection::Medium);
inline Result<QrMatrix> encode(const QString &text, ErrorCorrection level = ErrorCorrection::Medium)
{
    return encode(text.toUtf8(), level);
}

/// Largest module scale such that the symbol plus quiet zone fits in `pixels`.
int scaleToFit(const QrMatrix &matrix, int pixels, int quietZone = 4);

} // namespace tavola::qr
