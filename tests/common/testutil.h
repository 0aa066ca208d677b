#pragma once

#include <QImage>
#include <QString>

namespace tavola::test {

/// Decodes the QR code(s) in an image file with the real `zbarimg --raw`; returns the text
/// (several symbols joined by newlines), or a null string when zbarimg finds nothing.
QString zbarDecode(const QString &imagePath);
/// Saves `image` as PNG in a temporary file and decodes it with zbarimg.
QString zbarDecode(const QImage &image);

/// Runs a program to completion; returns its exit code (-1 if it could not start).
int runProcess(const QString &program, const QStringList &args, QByteArray *out = nullptr,
               QByteArray *err = nullptr, int timeoutMs = 60000);

} // namespace tavola::test
