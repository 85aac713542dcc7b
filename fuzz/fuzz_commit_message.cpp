// Commit messages come from anyone who ever committed: subject/body splitting, trailers, the
// people named in them, conventional prefixes and keyword signals, and the classifier on top.
// Tag names come from the same people: the version-tag parser reads the subject as one.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "classify/classify_commit.hpp"
#include "classify/message_signals.hpp"
#include "parse/commit_message.hpp"
#include "parse/trailer_people.hpp"
#include "parse/version_tag.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto message = brag::split_commit_message(text);
    brag::Commit commit;
    commit.id = *brag::CommitId::from_hex("0123456789abcdef0123456789abcdef01234567");
    commit.subject = message.subject;
    commit.body = message.body;
    commit.trailers = brag::parse_trailers(message.body);
    for (const auto& trailer : commit.trailers) {
        if (brag::is_review_trailer(trailer.key) || brag::is_help_trailer(trailer.key) ||
            brag::is_co_author_trailer(trailer.key))
            (void)brag::people_in_trailer(trailer.value);
    }
    (void)brag::parse_trailers(text); // a body that is all of the input
    (void)brag::parse_conventional_prefix(message.subject);
    (void)brag::find_keyword_signals(message.subject, brag::default_keyword_signals());
    (void)brag::is_ticket_only(message.subject);
    (void)brag::mentions_transition(message.subject);
    (void)brag::parse_version_tag(message.subject);
    if (const auto id = brag::CommitId::from_hex(message.subject); id && id->hex().size() != 40)
        __builtin_trap(); // an id read from text prints back as 40 digits
    (void)brag::classify_commit(commit, brag::RepositoryId{"fuzz"}, {});
    return 0;
}
