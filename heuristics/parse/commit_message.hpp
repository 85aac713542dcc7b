// Splitting a raw commit message into what git calls its subject, body and trailers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/facts.hpp"

namespace brag {

struct CommitMessage {
    std::string subject; // the first paragraph, its lines joined by one space, as git's %s
    std::string body;    // everything after the first paragraph, blank lines trimmed
};

CommitMessage split_commit_message(std::string_view message);

// The trailers of a message body: "Key: value" lines of every trailer paragraph, wherever it is
// (curl writes "Closes #N" in a paragraph of its own after the trailers). Looser than git's own
// parser on purpose: real trailer blocks often mix in lines such as "Closes #123" or prose,
// which make `git interpret-trailers` reject the whole block. A paragraph counts as a trailer
// block when one of its lines has a well-known trailer key (any "*-by", "Closes", "Fixes",
// "Change-Id", ...) and at least a quarter of its lines are "Key: value"; then each of those is
// a trailer, and indented lines continue the one before.
std::vector<Trailer> parse_trailers(std::string_view body);

} // namespace brag
