// The --reviews file is exported from a forge: the JSON reader, its two shapes and its dates.
// Bad files must end in ReviewsError, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parse/review_import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)brag::parse_iso_date(text);
    try {
        (void)brag::parse_reviews(text, "fuzz.json");
    } catch (const brag::ReviewsError&) {
    }
    return 0;
}
