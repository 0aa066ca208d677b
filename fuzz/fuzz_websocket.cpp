// Client WebSocket frames as the server reads them, frame after frame from one stream: each
// parse takes bytes it was given, a complete frame is masked and bounded, and a server frame of
// the same payload re-reads (after masking) to the same frame.
#include "fuzzing.h"
#include "http/wsframe.h"

using namespace tavola::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArrayView rest(reinterpret_cast<const char *>(data), qsizetype(size));
    constexpr qint64 maxPayload = 64 * 1024;
    while (!rest.isEmpty()) {
        const ws::ParsedFrame p = ws::parseClientFrame(rest, maxPayload);
        if (p.kind != ws::ParsedFrame::Complete) {
            FUZZ_ASSERT(p.kind == ws::ParsedFrame::NeedMore || (p.closeCode >= 1002 && !p.error.isEmpty()));
            break;
        }
        FUZZ_ASSERT(p.consumed > 0 && p.consumed <= rest.size());
        FUZZ_ASSERT(p.frame.payload.size() <= maxPayload);
        // Mask a server frame with a zero key: it must read back identically.
        QByteArray framed = ws::serverFrame(p.frame.opcode, p.frame.payload, p.frame.fin);
        framed[1] = char(quint8(framed[1]) | 0x80);
        const qsizetype header = framed.size() - p.frame.payload.size();
        framed.insert(header, 4, '\0');
        const ws::ParsedFrame again = ws::parseClientFrame(framed, maxPayload);
        FUZZ_ASSERT(again.kind == ws::ParsedFrame::Complete && again.frame.payload == p.frame.payload
                    && again.frame.opcode == p.frame.opcode && again.consumed == framed.size());
        rest = rest.sliced(p.consumed);
    }
    (void)ws::closePayload(1000, QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
