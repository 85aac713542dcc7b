// Typed identities: how the layers name a repository and what an evidence item points at. They
// are compared as values, never by a display name: two checkouts called "app" in different
// folders are two repositories.
#pragma once

#include <array>
#include <compare>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace brag {

// A repository, by the path the user can find it again at (its work tree, or the git dir when
// bare). A repository known only from a forge (a --reviews file) is named by its "owner/name".
// The document shows the shortest tail of the path that no other repository shares
// (unique_tails in repository_names.hpp).
struct RepositoryId {
    std::string path;

    friend auto operator<=>(const RepositoryId&, const RepositoryId&) = default;
    friend bool operator==(const RepositoryId&, const RepositoryId&) = default;
};

// A commit, by its object id: twenty bytes compared and hashed as a value. Hex text exists only
// at the edges: parsing what git or the cache gives, and writing the document. libgit2 as Debian
// ships it reads SHA-1 repositories only, so twenty bytes is every id it can hand us.
class CommitId {
public:
    static constexpr std::size_t size = 20;
    using Bytes = std::array<unsigned char, size>;

    CommitId() = default; // all zeros: git's "no commit"
    explicit CommitId(const Bytes& bytes) : bytes_(bytes) {}

    // The id that 40 hex digits (either case) spell; none for anything else.
    static std::optional<CommitId> from_hex(std::string_view hex);

    const Bytes& bytes() const { return bytes_; }
    std::string hex() const; // 40 lower-case digits
    std::string short_hex(std::size_t digits = 7) const { return hex().substr(0, digits); }
    bool is_zero() const { return bytes_ == Bytes{}; }

    friend auto operator<=>(const CommitId&, const CommitId&) = default;
    friend bool operator==(const CommitId&, const CommitId&) = default;

private:
    Bytes bytes_{};
};

struct CommitIdHash {
    std::size_t operator()(const CommitId& id) const {
        // The bytes are already uniformly distributed: the first word of them is a good hash.
        std::size_t hash = 0;
        for (std::size_t i = 0; i < sizeof hash; ++i)
            hash = (hash << 8) | id.bytes()[i];
        return hash;
    }
};

// What an evidence item stands on, and what kind of thing that is: the document links a commit,
// a tag and a path differently, and nothing guesses the kind from the text's shape.
struct Ref {
    enum class Type { commit, tag, path, url };
    Type type = Type::commit;
    std::string value; // as the document prints it: the commit's full hex id, the tag's name, the
                       // path ("src/" for a folder), or the URL

    static Ref commit(const CommitId& id) { return {Type::commit, id.hex()}; }
    static Ref tag(std::string name) { return {Type::tag, std::move(name)}; }
    static Ref path(std::string path) { return {Type::path, std::move(path)}; }
    static Ref url(std::string url) { return {Type::url, std::move(url)}; }

    friend auto operator<=>(const Ref&, const Ref&) = default;
    friend bool operator==(const Ref&, const Ref&) = default;
};

// The JSON contract's spelling: "commit", "tag", "path", "url".
std::string_view to_string(Ref::Type type);

} // namespace brag
