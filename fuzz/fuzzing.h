#pragma once
// Shared by the libFuzzer targets: each defines LLVMFuzzerTestOneInput and checks, besides "no
// crash, no sanitizer report", a property of the parser it drives (a round trip, a bound).

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

#define FUZZ_ASSERT(cond)                                                                                                                  \
    do {                                                                                                                                   \
        if (!(cond)) {                                                                                                                     \
            fprintf(stderr, "fuzz property failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__);                                              \
            abort();                                                                                                                       \
        }                                                                                                                                  \
    } while (false)

inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}
