// The people a trailer names. Real trailers are untidy: "Name <email>", a bare name, a bare
// email, or several people at once ("A, B", "A and B", "A & B").
#pragma once

#include <string_view>
#include <vector>

#include "model/person.hpp"

namespace brag {

// Each person named in a trailer value; a missing name or email is left empty.
std::vector<Person> people_in_trailer(std::string_view value);

// The trailer keys that credit someone for reviewing another person's work: Reviewed-by,
// Acked-by, Tested-by, Approved-by (any case).
bool is_review_trailer(std::string_view key);
// The keys that credit help or mentoring, which is not a review: Helped-by, Suggested-by,
// Assisted-by, Mentored-by, Co-developed-by (any case).
bool is_help_trailer(std::string_view key);
// "Co-authored-by" (any case).
bool is_co_author_trailer(std::string_view key);

} // namespace brag
