// What the end-to-end tests read off git-brag's JSON report: the run itself, the evidence of one
// kind, and the commits an item stands on. Header-only: it needs Boost.Test, as the tests do.
#pragma once

#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "tests/support/git_fixture.hpp"

namespace brag::test {

// The non-empty lines of `text`.
inline std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            lines.push_back(line);
    return lines;
}

// git-brag's JSON report on `repo`, run there with `arguments`; the test stops if it fails.
inline nlohmann::json brag_json(const GitRepo& repo, std::vector<std::string> arguments) {
    arguments.insert(arguments.end(), {"--format", "json", "--no-cache", "-q"});
    const auto result = run_brag(arguments, repo.str());
    BOOST_REQUIRE_MESSAGE(result.status == 0, result.err);
    return nlohmann::json::parse(result.out);
}

inline std::vector<nlohmann::json> evidence_of(const nlohmann::json& report,
                                               const std::string& kind) {
    std::vector<nlohmann::json> items;
    for (const auto& item : report["evidence"])
        if (item["kind"] == kind)
            items.push_back(item);
    return items;
}

// A ref's text, in git-brag/1 (a string) or git-brag/2 ({"type", "value"}).
inline std::string ref_text(const nlohmann::json& ref) {
    return ref.is_string() ? ref.get<std::string>() : ref["value"].get<std::string>();
}

// The full commit ids among an item's refs.
inline std::set<std::string> commit_refs(const nlohmann::json& item) {
    std::set<std::string> oids;
    for (const auto& ref : item["refs"]) {
        const auto text = ref_text(ref);
        if (text.size() == 40 && text.find_first_not_of("0123456789abcdef") == std::string::npos)
            oids.insert(text);
    }
    return oids;
}

} // namespace brag::test
