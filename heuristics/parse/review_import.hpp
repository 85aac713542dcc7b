// Reviews git cannot see, from a file the user exports: the pull requests they reviewed on the
// forge. Reads what GitHub's command-line client prints for
//   gh search prs --reviewed-by @me --json number,title,url,repository,closedAt,author
// and a minimal shape of our own:
//   [ { "url": "...", "title": "...", "repository": "owner/name", "date": "2026-03-01",
//       "author": "login" } ]
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "model/facts.hpp"

namespace brag {

class ReviewsError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws ReviewsError naming `source` and the reason (which entry, which field).
std::vector<ExternalReview> parse_reviews(std::string_view json_text, const std::string& source);

// "2026-03-01", "2026-03-01T12:00:00Z", "2026-03-01T12:00:00+02:00": seconds since the epoch.
std::optional<Timestamp> parse_iso_date(std::string_view text);

} // namespace brag
