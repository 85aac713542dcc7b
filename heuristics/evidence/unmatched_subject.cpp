#include "unmatched_subject.hpp"

#include <algorithm>
#include <map>

#include "model/identity.hpp"

namespace brag {
namespace {

// Levenshtein distance, ignoring ASCII case.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    const auto la = ascii_lower(a);
    const auto lb = ascii_lower(b);
    std::vector<std::size_t> row(lb.size() + 1);
    for (std::size_t j = 0; j <= lb.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= la.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= lb.size(); ++j) {
            const auto above = row[j];
            row[j] = std::min(
                {row[j] + 1, row[j - 1] + 1, diagonal + (la[i - 1] == lb[j - 1] ? 0u : 1u)});
            diagonal = above;
        }
    }
    return row[lb.size()];
}

} // namespace

std::optional<UnmatchedSubject> find_unmatched_subject(const Facts& facts,
                                                       const std::vector<std::string>& asked,
                                                       std::size_t count) {
    UnmatchedSubject result;
    // Each author once, by email (or name), with the nearest distance to anything asked.
    std::map<std::string, std::pair<std::size_t, Person>> authors;
    for (const auto& repository : facts.repositories) {
        for (const auto& commit : repository.commits) {
            if (repository.subject.matches(commit.author)) {
                if (facts.window.contains(commit.commit_time.seconds))
                    return std::nullopt;
                ++result.outside_window;
                continue;
            }
            if (is_bot(commit.author))
                continue;
            const auto key =
                ascii_lower(commit.author.email.empty() ? commit.author.name : commit.author.email);
            if (authors.count(key))
                continue;
            auto nearest = std::string::npos;
            for (const auto& value : asked) {
                const bool email = value.find('@') != std::string::npos;
                const auto& against = email ? commit.author.email : commit.author.name;
                if (!against.empty())
                    nearest = std::min(nearest, edit_distance(value, against));
            }
            authors.emplace(key, std::make_pair(nearest, commit.author));
        }
    }
    if (result.outside_window > 0)
        return result;
    // Repositories without a commit say so themselves ("empty repository"): nobody to suggest.
    if (authors.empty())
        return std::nullopt;
    std::vector<std::pair<std::size_t, Person>> ranked;
    for (auto& [key, entry] : authors)
        if (entry.first != std::string::npos)
            ranked.push_back(entry);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < ranked.size() && i < count; ++i)
        result.closest.push_back(ranked[i].second);
    return result;
}

} // namespace brag
