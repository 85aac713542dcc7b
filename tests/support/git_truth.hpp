// What git itself says about a repository, the reference our counts are checked against:
// `git shortlog -sne`, `git rev-list --merges --count`, `git tag --merged`, and
// `git log --no-merges --numstat -M`.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace brag::test {

struct GitAuthorTruth {
    std::int64_t commits = 0;
    std::int64_t merges = 0;
    std::int64_t lines_added = 0;
    std::int64_t lines_deleted = 0;
};

struct GitTruth {
    std::map<std::string, GitAuthorTruth> authors; // key: "Name <email>" after .mailmap
    std::vector<std::string> shortlog_order;       // keys, in shortlog -n order
    std::int64_t commits = 0;
    std::int64_t merges = 0;
    std::int64_t tags = 0;
};

// `revision_args` selects the history: {"HEAD"}, {"--all"}, plus e.g. "--since=...".
// `with_lines` also sums numstat per author (costly on big histories).
GitTruth ask_git(const std::string& repository, const std::vector<std::string>& revision_args,
                 bool with_lines);

// The differences between git's truth and git-brag's JSON report for one repository (`json`
// is the whole report's text, `repository` the path as the report names it), one line each;
// empty when they agree. With `lines_for_everyone`, every author's line counts are compared;
// otherwise only the subject's (the others must be null).
std::vector<std::string> compare_with_git(const GitTruth& truth, const std::string& json,
                                          const std::string& repository_name,
                                          bool lines_for_everyone);

} // namespace brag::test
