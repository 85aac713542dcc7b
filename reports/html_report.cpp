#include "html_report.hpp"

#include <fmt/format.h>

#include "markdown_report.hpp"
#include "markup_escape.hpp"
#include "svg_chart.hpp"

namespace brag {
namespace {

// Nothing may load: no scripts, no images or fonts from anywhere, no frames, no forms; the
// inline style and the inline chart are all there is.
constexpr const char* content_security_policy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'";

// Readable on screen (a column of text, tables that scroll rather than overflow), printable to
// PDF (no backgrounds, links as plain text, no heading alone at the bottom of a page).
constexpr const char* style = R"(
:root { color-scheme: light; }
body { margin: 0; background: #f7fafc; color: #1a202c;
  font: 15px/1.55 "DejaVu Sans", "Helvetica Neue", Helvetica, Arial, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; background: #ffffff; }
h1 { font-size: 1.8rem; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 0.8rem; padding-bottom: 0.2rem;
  border-bottom: 2px solid #e2e8f0; }
h3 { font-size: 1.1rem; margin: 1.6rem 0 0.6rem; }
a { color: #2b6cb0; }
code { font: 0.9em "DejaVu Sans Mono", Menlo, Consolas, monospace; background: #edf2f7;
  padding: 0 0.2em; border-radius: 3px; overflow-wrap: anywhere; }
table { border-collapse: collapse; margin: 0.8rem 0; display: block; overflow-x: auto; }
th, td { border: 1px solid #e2e8f0; padding: 0.3rem 0.6rem; text-align: left;
  vertical-align: top; }
th { background: #edf2f7; }
.number { text-align: right; font-variant-numeric: tabular-nums; }
li { margin: 0.2rem 0; }
li > ul { margin: 0.1rem 0 0.4rem; color: #4a5568; }
figure.chart { margin: 1rem 0; }
figure.chart svg { max-width: 100%; height: auto; }
@media print {
  @page { margin: 16mm 14mm; }
  body { background: none; font-size: 10pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  code, th { background: none; }
  table { display: table; }
  h1, h2, h3 { break-after: avoid; }
  tr, li, figure { break-inside: avoid; }
}
)";

// The chart as an element of the page: without the XML declaration a standalone file needs.
std::string inline_chart(const Evidence& evidence, std::string_view title) {
    auto svg = render_quarter_chart(evidence.summary, title);
    if (svg.starts_with("<?xml")) {
        const auto end = svg.find('\n');
        svg.erase(0, end == std::string::npos ? svg.size() : end + 1);
    }
    return svg;
}

std::string subject_name(const Evidence& evidence) {
    if (!evidence.display_name.empty())
        return evidence.display_name;
    if (!evidence.subject_names.empty())
        return evidence.subject_names.front();
    return "(unknown author)";
}

} // namespace

std::string render_html(const Evidence& evidence, const ReportOptions& options,
                        const RunSettings& settings) {
    // The Markdown document with a chart to show: its image line becomes the inline SVG.
    ReportOptions with_chart = options;
    with_chart.chart_file_name = "chart.svg";
    const auto markdown = render_markdown(evidence, with_chart, settings);
    // Named as the Markdown document and its chart are, redacted or not.
    const auto name = "Brag document: " + subject_name(evidence);
    const auto chart = inline_chart(evidence, "Commits over time: " + evidence.display_name);
    std::string out;
    out += "<!DOCTYPE html>\n";
    out += "<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n";
    out += fmt::format("<meta http-equiv=\"Content-Security-Policy\" content=\"{}\"/>\n",
                       content_security_policy);
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n";
    out += "<meta name=\"referrer\" content=\"no-referrer\"/>\n";
    out += "<title>" + escape_markup(name) + "</title>\n";
    out += "<style>" + std::string(style) + "</style>\n</head>\n<body>\n<main>\n";
    out += markdown_to_html(markdown, chart);
    out += "</main>\n</body>\n</html>\n";
    return out;
}

} // namespace brag
