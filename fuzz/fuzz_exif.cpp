// servqa::exifCaptureTime of the input, as each evidence file a shopper attaches is read
// (libexif is the system's: uninstrumented, so its own code is not coverage-guided, but ASan
// checks its allocations and copies). A finding besides memory errors and UB: a capture time
// that is not a valid date and time.

#include "exif.h"
#include "fuzzsupport.h"

using namespace servqa;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto at = exifCaptureTime(fuzz::bytes(data, size));
    if (at && !at->isValid())
        fuzz::finding("exifCaptureTime: an invalid time");
    return 0;
}
