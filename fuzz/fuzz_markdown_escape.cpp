// Everything taken from commits is escaped before it reaches Markdown. Beyond not crashing, the
// escaper's promises are checked: valid UTF-8 out, no line break, nothing that opens HTML, and
// code spans that close.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "reports/markdown_escape.hpp"
#include "reports/utf8.hpp"

namespace {

void require(bool condition) {
    if (!condition)
        std::abort(); // a finding: libFuzzer saves the input
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto escaped = brag::escape_markdown(text);
    require(brag::repair_utf8(escaped) == escaped);
    require(escaped.find('\n') == std::string::npos && escaped.find('\r') == std::string::npos);
    require(escaped.find('<') == std::string::npos); // HTML needs a raw '<'
    for (const auto where : {brag::CodeSpanIn::table_cell, brag::CodeSpanIn::text}) {
        const auto code = brag::markdown_code(text, where);
        require(brag::repair_utf8(code) == code);
        require(code.find('\n') == std::string::npos);
        require(!code.empty() && code.front() == '`' && code.back() == '`');
    }
    (void)brag::shorten_utf8(brag::repair_utf8(text), 40);
    return 0;
}
