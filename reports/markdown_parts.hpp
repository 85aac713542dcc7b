// The parts of the brag document, each rendered by its own file; render_markdown puts them in
// order. Internal to reports/.
#pragma once

#include <string>
#include <string_view>

#include "markdown_links.hpp"
#include "model/evidence.hpp"
#include "model/text.hpp"
#include "report_options.hpp"
#include "run_settings.hpp"

namespace brag::markdown {

struct Context {
    const Evidence& evidence; // already redacted when options.redact
    const ReportOptions& options;
    const RunSettings& settings;
    const ReportLinks& links;
};

// markdown_report.cpp
void render_header(const Context& context, std::string& out);
void render_summary(const Context& context, std::string& out);
// Commits and the expertise share by quarter, or by year for a long window.
void render_over_time(const Context& context, std::string& out);

// markdown_comparison.cpp: --compare's section; nothing without it.
void render_comparison(const Context& context, std::string& out);

// markdown_standing.cpp: the top wins and the five stages.
void render_top_wins(const Context& context, std::string& out);
void render_stages(const Context& context, std::string& out);

// markdown_evidence.cpp: evidence by kind, then each repository's own detail.
void render_evidence_sections(const Context& context, std::string& out);
void render_repositories(const Context& context, std::string& out);

// markdown_appendix.cpp
void render_appendix(const Context& context, std::string& out);

// Shared wording.
// "and 12 more items: `--detail full` lists them all, as does `--format json`".
std::string more_text(std::size_t more, std::string_view one, std::string_view many);
inline bool full_detail(const Context& context) {
    return context.options.detail == Detail::full;
}
std::string window_text(const Window& window); // "from 2025-01-01 to 2026-06-30", ...
std::string percent(double share);             // "83%"
// The item's title (evidence_titles.hpp), escaped and shortened.
std::string item_title(const Context& context, const EvidenceItem& item, std::size_t max_length);
std::string untrusted_text(std::string_view text, std::size_t max_length); // escaped, shortened
// The item's first ref as a link: the tag of a release, the document of a design doc, the
// folder owned, or the commit; empty when it has none.
std::string primary_link(const Context& context, const EvidenceItem& item);

} // namespace brag::markdown
