#include "utf8.hpp"

namespace brag {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";

// The sequence at `at`: its length and whether it is valid UTF-8. An invalid one is its maximal
// subpart (the Unicode Standard's recommended practice for U+FFFD substitution, as Python and
// browsers decode): a truncated sequence is replaced as one, a byte that can start nothing alone.
struct Sequence {
    std::size_t length = 1;
    bool valid = false;
};

Sequence sequence_at(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80)
        return {1, lead != 0};
    std::size_t length = 0;
    // The second byte's range excludes overlong forms, surrogates and code points > U+10FFFF.
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return {1, false};
    }
    for (std::size_t i = 1; i < length; ++i) {
        if (at + i >= text.size())
            return {i, false};
        const unsigned char next = byte(at + i);
        if (next < (i == 1 ? low : 0x80) || next > (i == 1 ? high : 0xBF))
            return {i, false};
    }
    return {length, true};
}

} // namespace

std::string repair_utf8(std::string_view text) {
    std::string repaired;
    repaired.reserve(text.size());
    std::size_t at = 0;
    while (at < text.size()) {
        const auto sequence = sequence_at(text, at);
        if (sequence.valid)
            repaired.append(text.substr(at, sequence.length));
        else
            repaired += replacement;
        at += sequence.length;
    }
    return repaired;
}

std::string shorten_utf8(std::string_view text, std::size_t max_code_points) {
    std::size_t points = 0;
    std::size_t cut = 0; // where the text is cut if it must be: room is left for the "…"
    for (std::size_t at = 0; at < text.size(); ++at) {
        if ((static_cast<unsigned char>(text[at]) & 0xC0) == 0x80)
            continue; // a continuation byte
        if (points + 1 == max_code_points)
            cut = at;
        if (points == max_code_points)
            return max_code_points == 0 ? std::string()
                                        : std::string(text.substr(0, cut)) + "\xE2\x80\xA6";
        ++points;
    }
    return std::string(text);
}

} // namespace brag
