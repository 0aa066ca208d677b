// Receipt render: a Thai receipt (the sample: dishes, VAT, the PromptPay QR) laid out and turned
// into what the printer is sent — ESC/POS raster for an 80 mm printer — and into the PDF that is
// archived or sent to a system printer. Baseline in the same run: QPainter writing the receipt's
// lines as plain text, without layout, on an image of the same size (the least a rendered receipt
// can cost). Prints ms per receipt and ratios; asserts nothing.
//   bench_receipt [receipts]      (QT_QPA_PLATFORM=offscreen without a display)
#include "receipt/builders.h"
#include "receipt/renderer.h"

#include <QElapsedTimer>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <cstdio>

using namespace tavola::receipt;
using namespace Qt::StringLiterals;

namespace {
volatile qsizetype g_sink = 0;

template<typename F>
double msPerOp(int n, F &&f)
{
    f(); // warm: fonts and glyph caches
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i)
        f();
    return double(t.nsecsElapsed()) / 1e6 / n;
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const int n = argc > 1 ? std::max(1, QString::fromLatin1(argv[1]).toInt()) : 200;
    const auto doc = sampleDocument(u"receipt"_s, u"th"_s);
    const auto profile = PrinterProfile::byName(u"escpos-80-raster"_s);
    if (!doc || !profile) {
        std::fprintf(stderr, "bench_receipt: no sample receipt\n");
        return 1;
    }
    const ReceiptPainter painter(profile->dots, profile->columns);
    const QImage sized = painter.rasterize(*doc);
    const QStringList lines = doc->plainText().split(u'\n');

    const double baseline = msPerOp(n, [&] {
        QImage image(sized.size(), QImage::Format_Mono);
        image.fill(0);
        QPainter p(&image);
        p.setFont(QFont(u"sans"_s, 10));
        int y = 20;
        for (const QString &line : lines) {
            p.drawText(0, y, line);
            y += 24;
        }
        g_sink = image.sizeInBytes();
    });
    const double escpos = msPerOp(n, [&] { g_sink = encodeEscPosRaster(painter.rasterize(*doc), *profile).size(); });
    const double pdf = msPerOp(std::max(1, n / 4), [&] { g_sink = painter.pdf(*doc).size(); });
    std::printf("receipt %dx%d dots, %lld lines\n", sized.width(), sized.height(), static_cast<long long>(lines.size()));
    std::printf("baseline: its lines as plain text     %7.2f ms\n", baseline);
    std::printf("receipt to ESC/POS raster (80 mm)     %7.2f ms  ratio %.1f\n", escpos, escpos / baseline);
    std::printf("receipt to PDF                        %7.2f ms  ratio %.1f\n", pdf, pdf / baseline);
    std::printf("bench-receipt %.3f %.3f %.3f\n", baseline, escpos, pdf);
    return 0;
}
