// Money as typed and as sent: whatever parses must print back to a string that parses to the
// same amount, and never be more than the 2-decimal baht it says.
#include "domain/money.h"
#include "fuzzing.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace tavola;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzzBytes(data, size));
    for (const bool negative : {false, true}) {
        auto m = Money::parse(text, negative);
        if (!m)
            continue;
        FUZZ_ASSERT(negative || m->satang() >= 0);
        auto again = Money::parse(m->toString(), true);
        FUZZ_ASSERT(again && *again == *m);
    }
    // The same text as a JSON value (a string or a number).
    const QJsonDocument doc = QJsonDocument::fromJson("[" + fuzzBytes(data, size) + "]");
    if (doc.isArray() && !doc.array().isEmpty())
        (void)Money::fromJson(doc.array().first(), QStringLiteral("amount"));
    return 0;
}
