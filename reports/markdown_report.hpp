// The brag document: GitHub-flavoured Markdown a manager reads in two minutes, where every
// claim names the commits behind it.
#pragma once

#include <string>

#include "heuristics/evidence.hpp"

namespace brag {

std::string render_markdown(const Evidence& evidence);

} // namespace brag
