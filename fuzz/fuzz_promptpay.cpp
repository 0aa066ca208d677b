// PromptPay payment payloads and slip verification QRs: a payload that parses builds back to
// one that parses to the same thing.
#include "fuzzing.h"
#include "promptpay/promptpay.h"

using namespace tavola;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromLatin1(fuzzBytes(data, size));
    if (auto p = promptpay::parse(text)) {
        auto rebuilt = promptpay::build(*p);
        FUZZ_ASSERT(rebuilt);
        auto again = promptpay::parse(*rebuilt);
        FUZZ_ASSERT(again && *again == *p);
    }
    if (auto s = promptpay::parseSlip(text)) {
        auto rebuilt = promptpay::buildSlip(*s);
        FUZZ_ASSERT(rebuilt);
        auto again = promptpay::parseSlip(*rebuilt);
        FUZZ_ASSERT(again && *again == *s);
    }
    (void)promptpay::targetFromInput(text);
    (void)promptpay::isThaiIdChecksumValid(text);
    return 0;
}
