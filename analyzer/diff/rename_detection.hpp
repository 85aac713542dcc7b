// Rename detection as `git log -M` does it (git 2.39, diffcore-rename): exact renames by blob id,
// then files of the same unique basename, then the best inexact matches by git's similarity
// estimate. A pure function of the deleted and added paths and a way to read blobs, so that it
// can be tested without a repository.
//
// Not modelled, because `git log -M` does not use them: copy detection (-C), break detection
// (-B), directory-rename hints (merges only), and the GIT_BASENAME_FACTOR environment variable.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include <git2.h>

namespace brag {

// Scores are git's: 0..60000, where 60000 is identical content.
constexpr int rename_max_score = 60000;
constexpr int rename_default_score = 30000;        // -M50%
constexpr std::size_t rename_default_limit = 1000; // diff.renameLimit

// A deleted path (a rename source) or an added one (a destination).
struct RenameCandidate {
    std::string_view path;
    git_oid id{};
    std::uint32_t mode = 0; // as in the tree: 0100644, 0120000, 0160000...
};

// Where detection reads blobs from. Only called for regular files, and only when the ids alone
// cannot decide.
class BlobContents {
public:
    virtual ~BlobContents() = default;
    // The blob's size in bytes, ideally without reading it (the size filter needs only that).
    virtual std::uint64_t size(const git_oid& id) = 0;
    // The blob's bytes. The view must stay valid until the next call on this object.
    virtual std::string_view content(const git_oid& id) = 0;
};

enum class RenameSearch {
    exact_only, // identical blob ids only: costs no blob reads
    full,       // exact, then basenames, then inexact, as `git log -M`
};

struct RenameOptions {
    RenameSearch search = RenameSearch::full;
    int minimum_score = rename_default_score;
    // Inexact matching is skipped when sources x destinations (left after the exact and basename
    // steps) exceeds this squared; 0 means no limit.
    std::size_t rename_limit = rename_default_limit;
};

struct RenameMatch {
    std::size_t source = 0;      // index into the sources
    std::size_t destination = 0; // index into the destinations
    int score = 0;               // rename_max_score for an exact rename
};

struct RenameResult {
    std::vector<RenameMatch> matches; // in the order found; each source and destination once
    bool inexact_skipped = false;     // the rename limit was exceeded
};

// Pairs deleted paths (`sources`) with added ones (`destinations`). Both must be in git's diff
// queue order (as diff_trees returns them): git breaks ties by that order.
RenameResult detect_renames(std::span<const RenameCandidate> sources,
                            std::span<const RenameCandidate> destinations, BlobContents& blobs,
                            const RenameOptions& options = {});

// The content summary git's similarity estimate compares (diffcore-delta): the content cut into
// chunks that end at a newline or after 64 bytes, each chunk hashed into one of ~100k classes;
// per class, how many bytes fell into it. Sorted by class.
using SpanCounts = std::vector<std::pair<std::uint32_t, std::uint32_t>>;
SpanCounts count_spans(std::string_view content);

// git's similarity of two regular files (0..rename_max_score): the bytes of `source` found again
// in `destination`, relative to the larger of the two. 0 when the sizes alone rule out reaching
// `minimum_score`.
int similarity_score(std::string_view source, std::string_view destination,
                     int minimum_score = rename_default_score);

// git's idea of a binary file: a NUL byte among the first 8000 bytes.
bool looks_binary(std::string_view content);

} // namespace brag
