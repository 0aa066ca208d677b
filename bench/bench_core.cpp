// Core hot paths against a baseline measured in the same run. Prints ratios, asserts nothing.
#include "domain/totals.h"
#include "promptpay/promptpay.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

using namespace tavola;

namespace {
template<typename F>
double nsPerOp(int iterations, F &&f)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < iterations; ++i)
        f(i);
    return double(t.nsecsElapsed()) / iterations;
}
volatile qint64 g_sink = 0;
} // namespace

int main()
{
    constexpr int n = 200000;
    // Baseline: summing 8 satang amounts — the least work a bill can be.
    const double base = nsPerOp(n, [](int i) {
        qint64 s = 0;
        for (int k = 0; k < 8; ++k)
            s += 6000 + i + k;
        g_sink = s;
    });
    const double totals = nsPerOp(n, [](int i) {
        std::vector<Money> lines;
        for (int k = 0; k < 8; ++k)
            lines.push_back(Money::fromSatang(6000 + i + k));
        g_sink = computeTotals(lines, {}, TaxSettings{false, 700, 1000, CashRounding::None}).total.satang();
    });
    const double payload = nsPerOp(n / 10, [](int i) {
        auto p = promptpay::buildForInput(QStringLiteral("0812345678"), Money::fromSatang(100 + i));
        g_sink = p ? p->size() : 0;
    });
    const double roundTrip = nsPerOp(n / 10, [](int i) {
        auto p = promptpay::buildForInput(QStringLiteral("0812345678"), Money::fromSatang(100 + i));
        g_sink = promptpay::parse(p.value()).ok();
    });
    std::printf("baseline sum of 8 lines      %8.1f ns/op  ratio 1.0\n", base);
    std::printf("computeTotals (8 lines)      %8.1f ns/op  ratio %.1f\n", totals, totals / base);
    std::printf("PromptPay build              %8.1f ns/op  ratio %.1f\n", payload, payload / base);
    std::printf("PromptPay build + parse      %8.1f ns/op  ratio %.1f\n", roundTrip, roundTrip / base);
    return 0;
}
