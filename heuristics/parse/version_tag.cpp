#include "version_tag.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "model/identity.hpp"

namespace brag {
namespace {

bool is_digit(char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

bool is_letter(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
}

bool is_separator(char c) {
    return c == '-' || c == '_' || c == '/' || c == '@' || c == '.';
}

// Where the version starts: a digit (not after another) beginning "N.N" or "N_N".
std::size_t version_start(std::string_view name) {
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (!is_digit(name[i]) || (i > 0 && is_digit(name[i - 1])))
            continue;
        auto j = i;
        while (j < name.size() && is_digit(name[j]))
            ++j;
        if (j + 1 < name.size() && (name[j] == '.' || name[j] == '_') && is_digit(name[j + 1]))
            return i;
    }
    return std::string_view::npos;
}

// A prefix names a product: empty, "v", or words ending in a separator and an optional "v"
// ("curl-", "app/v", "release-"). "release2.0" or "x.1" are not versions.
bool acceptable_prefix(std::string_view prefix) {
    if (prefix.empty() || prefix == "v" || prefix == "V")
        return true;
    if (!is_letter(prefix.front()) && prefix.front() != '@')
        return false;
    if (prefix.back() == 'v' || prefix.back() == 'V')
        prefix.remove_suffix(1);
    return !prefix.empty() && is_separator(prefix.back());
}

// A pre-release marker at the start of a word: the "rc" of "-rc1", "1.0rc1" or "rc-8_22_0",
// not the "rc" of "orca" nor the "dev" of "webdev".
bool has_prerelease_marker(std::string_view text) {
    static constexpr std::array markers = {"rc",  "alpha",    "beta",    "pre",   "preview",
                                           "dev", "snapshot", "nightly", "canary"};
    const auto lowered = ascii_lower(text);
    for (std::string_view marker : markers)
        for (auto at = lowered.find(marker); at != std::string::npos;
             at = lowered.find(marker, at + 1))
            if (at == 0 || !is_letter(lowered[at - 1]))
                return true;
    // Python's "2.0.0b1" and "2.0.0a3".
    const auto plain = lowered.find_first_not_of("-._");
    return plain != std::string::npos && plain + 1 < lowered.size() &&
           (lowered[plain] == 'a' || lowered[plain] == 'b') && is_digit(lowered[plain + 1]);
}

// "curl-" -> "curl", "app/v" -> "app", "release-" -> "", "rc-" -> "".
std::string series_of(std::string_view prefix) {
    auto series = ascii_lower(prefix);
    if (!series.empty() && series.back() == 'v' &&
        (series.size() == 1 || is_separator(series[series.size() - 2])))
        series.pop_back();
    while (!series.empty() && is_separator(series.back()))
        series.pop_back();
    static constexpr std::array generic = {"release", "rel", "version", "ver", "rc", "pre"};
    if (std::find(generic.begin(), generic.end(), series) != generic.end())
        return {};
    return series;
}

} // namespace

std::optional<VersionTag> parse_version_tag(std::string_view name) {
    const auto start = version_start(name);
    if (start == std::string_view::npos)
        return std::nullopt;
    const auto prefix = name.substr(0, start);
    if (!acceptable_prefix(prefix))
        return std::nullopt;
    VersionTag version;
    auto at = start;
    while (true) {
        long number = 0;
        while (at < name.size() && is_digit(name[at]) && number < 100000000)
            number = number * 10 + (name[at++] - '0');
        while (at < name.size() && is_digit(name[at]))
            ++at;
        version.numbers.push_back(number);
        if (at + 1 < name.size() && (name[at] == '.' || name[at] == '_') && is_digit(name[at + 1]))
            ++at;
        else
            break;
    }
    while (version.numbers.size() > 2 && version.numbers.back() == 0)
        version.numbers.pop_back();
    version.prerelease = has_prerelease_marker(prefix) || has_prerelease_marker(name.substr(at));
    version.series = series_of(prefix);
    return version;
}

} // namespace brag
