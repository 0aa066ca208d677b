#pragma once

#include <QImage>
#include <QProcessEnvironment>
#include <QString>

namespace tavola::test {

/// Decodes the QR code(s) in an image file with the real `zbarimg --raw`; returns the text
/// (several symbols joined by newlines), or a null string when zbarimg finds nothing.
QString zbarDecode(const QString &imagePath);
/// Saves `image` as PNG in a temporary file and decodes it with zbarimg.
QString zbarDecode(const QImage &image);

/// Puts this test process on the test clock (`tavola::clock`): the instant `TAVOLA_TEST_CLOCK`
/// names (ctest sets it for every test), or the default test instant when the test was started
/// some other way. Tests that need another instant call `tavola::clock::setTestClock` themselves.
void useTestClock();
/// The environment for a child process of a test: the system environment with the test clock moved
/// to this process's current test instant, so the child's time goes on from ours.
QProcessEnvironment childEnvironment();

/// Runs a program to completion (in `childEnvironment()`); returns its exit code (-1 if it could not start).
int runProcess(const QString &program, const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr,
               int timeoutMs = 60000);

} // namespace tavola::test
