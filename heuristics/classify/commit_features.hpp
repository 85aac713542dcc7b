// The features the commit model reads: the exact mirror of training/features.py, which the
// model was trained with. Every rule here is written twice, once in each language; the tests
// compare the two through training/fixture.tsv. Change one, change the other, and retrain.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/facts.hpp"

namespace brag {

// A named feature and its value: 1 for presence, a share for the areas of the changed paths.
struct CommitFeature {
    std::string name;
    double value = 1.0;
};

// Lower-case words of ASCII letters and digits; anything else separates them, and so does a
// camelCase boundary ("parseHTTPHeader" gives parse, http, header). One-letter words and
// numbers are left out: they name nothing that carries over between repositories.
std::vector<std::string> split_words(std::string_view text);

// A leading "module: " of a subject, which names where the change is as a scope does
// ("parser: handle CRLF" gives "parser" and "handle CRLF"); an empty module when there is none.
struct ModulePrefix {
    std::string_view module;
    std::string_view rest;
};
ModulePrefix split_module_prefix(std::string_view subject);

// The first lines of a body that are prose: blank lines and trailers ("Signed-off-by: x") skipped.
std::vector<std::string_view> body_prose_lines(std::string_view body);

// The hash of a feature's name (64-bit FNV-1a): the model finds its features by these, so
// that scoring builds no strings. Hash the name's parts in order, from feature_hash_start.
inline constexpr std::uint64_t feature_hash_start = 14695981039346656037ull;
inline std::uint64_t feature_hash(std::uint64_t hash, std::string_view text) {
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    return hash;
}

struct HashedFeature {
    std::uint64_t hash = 0; // feature_hash of the name
    double value = 1.0;
};

// The features of commit_features as hashes of their names, appended to `out` in no order,
// a name possibly more than once (with the same value). Without `path_words` the `p:` family
// is left out: a model that has none of them (training/train.py's paths=False) reads none.
void hashed_commit_features(std::string_view subject, std::string_view body,
                            const std::vector<FileChange>& changes, bool path_words,
                            std::vector<HashedFeature>& out);

// The features of a commit whose subject has no Conventional Commits type (the training
// removes it): sorted by name, each name once. The order matters: the model adds the weights
// in this order, as the training scripts do, so that the sums are the same to the last bit.
std::vector<CommitFeature> commit_features(std::string_view subject, std::string_view body,
                                           const std::vector<FileChange>& changes);

} // namespace brag
