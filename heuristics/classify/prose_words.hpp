// The words of a commit subject as prose, for keyword matching: "security.h", `fast-export`,
// "--signed-commits", "rewriteRelativeImportExtensions" or "src/perf_test.c" are names of things,
// not words, and say nothing about the kind of work.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace brag {

// Lower-cased words in order; an identifier, file name, option or code span leaves an empty
// string in its place, so that no keyword of several words runs across it.
std::vector<std::string> prose_words(std::string_view text);

// True when `keyword` is among `words`: its words in a row, each a whole word or one inflected
// ("fix" finds "fixes" and "fixed", "optimi" finds "optimise", "cve-" finds "cve-2024-1234"), not
// letters of another word ("perf" is not in "perform", "add" not in "address", "pipeline" not in
// "pipelining"). A hyphenated word also answers for its last part ("hot-fix" is a fix,
// "fast-export" is not fast). A keyword ending in a blank or ':' ("bump ", "ci:") must match
// exactly, without inflection.
bool has_keyword(const std::vector<std::string>& words, std::string_view keyword);

} // namespace brag
