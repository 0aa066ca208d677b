// The HTTP request head as the server reads it from a socket: find the head, parse it. Bounds:
// a refused head says why with a 4xx; an accepted one has a bounded body length.
#include "fuzzing.h"
#include "http/httpparser.h"

using namespace tavola::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    constexpr qint64 maxHeader = 32 * 1024;
    constexpr qint64 maxBody = 1024 * 1024;
    const HeadScan scan = scanHead(bytes, maxHeader);
    if (scan.problem) {
        FUZZ_ASSERT(scan.problem->status >= 400 && scan.problem->status < 500);
        return 0;
    }
    if (scan.headLength < 0)
        return 0;
    FUZZ_ASSERT(scan.headLength <= maxHeader);
    ParsedHead head;
    if (auto problem = parseRequestHead(bytes.left(scan.headLength), maxBody, &head)) {
        FUZZ_ASSERT(problem->status >= 400 && problem->status < 500 && !problem->message.isEmpty());
        return 0;
    }
    FUZZ_ASSERT(head.bodyLength >= 0 && head.bodyLength <= maxBody);
    FUZZ_ASSERT(!head.request.method.isEmpty());
    (void)head.request.header("content-type");
    return 0;
}
