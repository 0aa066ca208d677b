// The ESC/POS raster decoder the tests read printer output with: any bytes give an image or a
// clear error, never a crash, and an image is no larger than the bytes could describe.
#include "fuzzing.h"
#include "receipt/renderer.h"

using namespace tavola;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto image = receipt::decodeEscPosRaster(fuzzBytes(data, size));
    if (image) {
        FUZZ_ASSERT(!image->isNull());
        FUZZ_ASSERT(qint64(image->width()) * image->height() <= qint64(size) * 8);
    } else {
        FUZZ_ASSERT(!image.error().message.isEmpty());
    }
    return 0;
}
