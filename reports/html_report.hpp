// The brag document as one self-contained HTML file (--format html): the same document as the
// Markdown, with its chart inline as SVG and its style inline as CSS; nothing is loaded from
// anywhere (a Content-Security-Policy forbids it) and there are no scripts. Readable on screen,
// printable to PDF from a browser (print CSS).
#pragma once

#include <string>
#include <string_view>

#include "model/evidence.hpp"
#include "report_options.hpp"
#include "run_settings.hpp"

namespace brag {

// With options.redact, renders the redacted document, as render_markdown does. The options'
// chart file name is ignored: the chart is inside the document.
std::string render_html(const Evidence& evidence, const ReportOptions& options = {},
                        const RunSettings& settings = {});

// The document's Markdown (the subset render_markdown writes: headings, paragraphs, lists two
// levels deep, tables, emphasis, code spans, links, backslash escapes and entities) as HTML
// body content. Every character of text is escaped for HTML; a link keeps its target only when
// it is an http(s) URL; the one image, the chart, becomes `chart_svg` inline.
std::string markdown_to_html(std::string_view markdown, std::string_view chart_svg);

} // namespace brag
