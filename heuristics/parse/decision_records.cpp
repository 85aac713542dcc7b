#include "decision_records.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "model/identity.hpp"

namespace brag {
namespace {

struct RecordName {
    std::string_view kind;
    // File names without their extension, lower-case, without '-', '_', '.' or blanks.
    std::vector<std::string_view> stems;
};

const std::vector<RecordName>& record_names() {
    static const std::vector<RecordName> table = {
        {"coding guidelines",
         {"codingguidelines", "codingstyle", "codingstandards", "codingconventions", "styleguide",
          "styleguidelines", "codeguidelines", "codestyle"}},
        {"breaking-change notes",
         {"breakingchanges", "deprecate", "deprecation", "deprecations", "deprecationpolicy",
          "deprecated", "upgrading", "migrationguide"}},
        {"security policy", {"security", "securitypolicy"}},
        {"support policy", {"support", "supportpolicy", "releasepolicy", "versioningpolicy"}},
        {"governance", {"governance", "decisionmaking"}},
    };
    return table;
}

// "Documentation/Breaking-Changes.adoc" -> "breakingchanges"
std::string squeezed_stem(std::string_view path) {
    const auto slash = path.rfind('/');
    auto name = path.substr(slash == std::string_view::npos ? 0 : slash + 1);
    if (const auto dot = name.rfind('.'); dot != std::string_view::npos && dot > 0)
        name = name.substr(0, dot);
    std::string out;
    for (const char c : ascii_lower(name))
        if (c != '-' && c != '_' && c != '.' && c != ' ')
            out += c;
    return out;
}

} // namespace

std::optional<std::string_view> decision_record_kind(std::string_view path) {
    const auto stem = squeezed_stem(path);
    for (const auto& record : record_names())
        if (std::find(record.stems.begin(), record.stems.end(), stem) != record.stems.end())
            return record.kind;
    const auto lowered = ascii_lower(path);
    if (stem.ends_with("policy") || lowered.starts_with("policies/") ||
        lowered.find("/policies/") != std::string::npos)
        return "policy";
    return std::nullopt;
}

} // namespace brag
