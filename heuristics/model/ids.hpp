// Typed identities: how the layers name a repository and what an evidence item points at. They
// are compared as values, never by a display name: two checkouts called "app" in different
// folders are two repositories.
#pragma once

#include <compare>
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

// What an evidence item stands on, and what kind of thing that is: the document links a commit,
// a tag and a path differently, and nothing guesses the kind from the text's shape.
struct Ref {
    enum class Type { commit, tag, path, url };
    Type type = Type::commit;
    std::string value; // the commit's full hex id, the tag's name, the path ("src/" for a folder),
                       // or the URL

    static Ref commit(std::string hex) { return {Type::commit, std::move(hex)}; }
    static Ref tag(std::string name) { return {Type::tag, std::move(name)}; }
    static Ref path(std::string path) { return {Type::path, std::move(path)}; }
    static Ref url(std::string url) { return {Type::url, std::move(url)}; }

    friend auto operator<=>(const Ref&, const Ref&) = default;
    friend bool operator==(const Ref&, const Ref&) = default;
};

// The JSON contract's spelling: "commit", "tag", "path", "url".
std::string_view to_string(Ref::Type type);

} // namespace brag
