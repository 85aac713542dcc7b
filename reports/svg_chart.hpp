// The chart beside the brag document: commits per quarter as stacked bars (expertise-based
// below, effort-based above) and the expertise share as a line on its own 0-100 % axis. Plain
// SVG written here, so that it shows on any forge and in any viewer without a charting tool.
#pragma once

#include <string>
#include <string_view>

#include "model/evidence.hpp"

namespace brag {

// A standalone SVG document (with an XML declaration), deterministic for the same input.
// `title` is untrusted text (it may carry the subject's name) and is escaped. Quarters without
// commits between the first and the last get an empty slot, so that the time axis is even; with
// no commits at all the chart says so.
std::string render_quarter_chart(const Summary& summary, std::string_view title);

} // namespace brag
