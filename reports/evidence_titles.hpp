// The title of each kind of evidence item, written from the item's fields: the one place that
// turns counts, tags, paths and names into the sentence a reader sees.
#pragma once

#include <string>
#include <string_view>

#include "model/evidence.hpp"

namespace brag {

// "Shipped v1.2.0 of orbit: 12 of your commits", as plain text (not escaped). `repository` is the
// repository's name as the document shows it.
std::string title_of(const EvidenceItem& item, std::string_view repository);

} // namespace brag
