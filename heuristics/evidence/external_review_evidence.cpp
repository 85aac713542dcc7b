// Reviews on the forge, which git cannot see: the user exports them (--reviews) and each
// repository's reviews become one item, with the pull requests' URLs as refs.
#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "evidence_finders.hpp"

namespace brag {

void find_external_reviews(const std::vector<ExternalReview>& reviews, const Window& window,
                           const Config& config, std::vector<EvidenceItem>& out) {
    std::map<std::string, std::vector<const ExternalReview*>> by_repository;
    for (const auto& review : reviews) {
        // A review without a date is kept only when the window is open-ended on both sides.
        const bool inside =
            review.date ? window.contains(review.date->seconds) : !window.since && !window.until;
        if (inside)
            by_repository[review.repository].push_back(&review);
    }
    for (auto& [repository, list] : by_repository) {
        std::sort(list.begin(), list.end(), [](const ExternalReview* a, const ExternalReview* b) {
            const auto at = a->date ? a->date->seconds : 0;
            const auto bt = b->date ? b->date->seconds : 0;
            return at != bt ? at < bt : a->url < b->url;
        });
        std::set<std::string> authors;
        EvidenceItem item;
        item.kind = EvidenceKind::forge_review;
        item.repository = RepositoryId{repository};
        item.mode = Mode::expertise;
        for (const auto* review : list) {
            // A review exported without its URL counts, but has nothing to link.
            if (!review->url.empty())
                item.refs.push_back(Ref::url(review->url));
            if (!review->author.empty())
                authors.insert(review->author);
            if (review->date)
                item.date = *review->date;
        }
        const auto count = list.size();
        item.commits = static_cast<std::int64_t>(count);
        item.people = static_cast<std::int64_t>(authors.size());
        item.weight = std::min(config.weights.aggregate_cap,
                               config.weights.of(item.kind) * static_cast<double>(count));
        item.reasons.push_back("listed in a --reviews file exported from the forge");
        if (!authors.empty())
            item.reasons.push_back(fmt::format("pull requests by {} {}", authors.size(),
                                               authors.size() == 1 ? "person" : "people"));
        out.push_back(std::move(item));
    }
}

} // namespace brag
