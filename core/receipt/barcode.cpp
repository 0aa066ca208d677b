#include "barcode.h"

#include <array>

using namespace Qt::StringLiterals;

namespace tavola::receipt {

namespace {
// Bar/space widths of the 107 Code 128 symbols (ISO/IEC 15417); the last is the stop pattern.
constexpr std::array<const char *, 107> kPatterns{
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213", "221312", "231212",
    "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132", "221231", "213212", "223112", "312131",
    "311222", "321122", "321221", "312212", "322112", "322211", "212123", "212321", "232121", "111323", "131123", "131321",
    "112313", "132113", "132311", "211313", "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121",
    "313121", "211331", "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
    "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214", "112412", "122114",
    "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111", "111242", "121142", "121241", "114212",
    "124112", "124211", "411212", "421112", "421211", "212141", "214121", "412121", "111143", "111341", "131141", "114113",
    "114311", "411113", "411311", "113141", "114131", "311141", "411131", "211412", "211214", "211232", "2331112"};
constexpr int kStartB = 104;
constexpr int kStop = 106;
} // namespace

Result<QList<int>> code128Modules(const QString &data)
{
    if (data.isEmpty() || data.size() > 60)
        return Error::validation(u"barcode"_s, u"A barcode holds 1 to 60 characters"_s);
    QList<int> values{kStartB};
    int checksum = kStartB;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char16_t c = data.at(i).unicode();
        if (c < 32 || c > 126)
            return Error::validation(u"barcode"_s, u"A Code 128 barcode holds printable ASCII only"_s);
        values.append(c - 32);
        checksum += int(i + 1) * (c - 32);
    }
    values.append(checksum % 103);
    values.append(kStop);
    QList<int> modules;
    for (const int v : values) {
        for (const char *w = kPatterns[size_t(v)]; *w; ++w)
            modules.append(*w - '0');
    }
    return modules;
}

Result<QImage> code128Image(const QString &data, int moduleDots, int heightDots)
{
    auto modules = code128Modules(data);
    if (!modules)
        return modules.error();
    int total = 20; // quiet zones
    for (const int m : *modules)
        total += m;
    QImage img(total * moduleDots, heightDots, QImage::Format_Mono);
    img.setColor(0, qRgb(255, 255, 255));
    img.setColor(1, qRgb(0, 0, 0));
    img.fill(0);
    int x = 10 * moduleDots;
    bool bar = true;
    for (const int m : *modules) {
        if (bar) {
            for (int dx = 0; dx < m * moduleDots; ++dx)
                for (int y = 0; y < heightDots; ++y)
                    img.setPixel(x + dx, y, 1);
        }
        x += m * moduleDots;
        bar = !bar;
    }
    return img;
}

} // namespace tavola::receipt
