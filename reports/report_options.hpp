// How a report is rendered: choices of presentation the user makes on the command line. The
// evidence itself is never changed by them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace brag {

// How much of the record a document lists. The summary tells the story and each section's
// strongest items, with how many more there are; the full document lists every item and commit.
enum class Detail { summary, full };

struct ReportOptions {
    Detail detail = Detail::summary; // --detail

    // --redact: a document safe to share outside a company: no commit subjects, paths, remote
    // URLs, or repository names except those in `redact_keep`; only kinds, categories, counts
    // and dates. Repositories not kept are called "repository 1", "repository 2", ...
    bool redact = false;
    std::vector<std::string> redact_keep; // repository names the user allows (--redact-keep)

    // The file name (relative to the document) of the SVG chart written next to it; no chart
    // image is referenced when absent (e.g. when the document goes to standard output).
    std::optional<std::string> chart_file_name;

    // SOURCE_DATE_EPOCH, when set: the document says when it was generated. Never the clock,
    // so that the same input gives the same bytes.
    std::optional<std::int64_t> generated_at;
};

} // namespace brag
