// Where a file went: a document the subject wrote may be renamed later (by anyone) before the
// window ends, and is claimed under the name it has then, as `git diff -M --name-status FROM TO`
// would pair the two.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <git2.h>

#include "git_handles.hpp"
#include "model/ids.hpp"

namespace brag {

// Answers where files went for one destination commit `to`. Its tree is walked once, and the
// lines of its files are counted once, however many files are asked about: a maintainer's whole
// history asks about hundreds of documents a mass rename moved (git's `*.txt` to `*.adoc`).
class MovedFiles {
public:
    // `candidate`: which paths of `to` may be where a file went (documents, say).
    MovedFiles(git_repository* repo, const CommitId& to,
               std::function<bool(std::string_view)> candidate);

    // The path in the tree of `to` that `path` of the tree of `from` became, when `path` is
    // gone from `to`: a file new in `to` (absent from `from`) for which `candidate` holds, with
    // the same content, or else the most similar content at or above git's default rename score
    // (half its lines kept), ties going to the same file name. Nothing when `path` is still in
    // `to`, or no file in `to` is similar enough (it was deleted).
    std::optional<std::string> where_went(const CommitId& from, std::string_view path);

private:
    struct File {
        std::string path;
        git_oid blob;
        std::size_t folder; // in folders_
        std::string name;   // in its folder
    };
    // A file's lines as sorted (hash, count) pairs, and how many lines it has.
    struct LineCounts {
        std::vector<std::pair<std::uint64_t, std::int64_t>> counts;
        std::int64_t total = 0;
    };

    const LineCounts& lines_of(const git_oid& blob);

    git_repository* repo_;
    std::optional<git::TreeHandle> to_tree_;
    std::function<bool(std::string_view)> candidate_;
    std::vector<File> files_;          // the candidates of `to`, in the order git walks its tree
    std::vector<std::string> folders_; // theirs, "" for the root
    bool walked_ = false;
    std::unordered_map<std::string, LineCounts> lines_; // by raw blob id
};

} // namespace brag
