#include "rename_detection.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <unordered_map>

#include "tree_diff.hpp"

namespace brag {
namespace {

// git reads this much of a file to decide whether it is binary (xdiff's buffer_is_binary)...
constexpr std::size_t binary_probe_bytes = 8000;
// ...and calls anything above core.bigFileThreshold's default binary without looking.
constexpr std::size_t big_file_threshold = std::size_t{512} << 20;

// The similarity estimate's chunking: a chunk ends at a newline or at this many bytes...
constexpr unsigned max_span_bytes = 64;
// ...and its hash is reduced to this many classes (a prime between 2^16 and 2^17, so that the
// counts stay small while distinct lines rarely share a class).
constexpr std::uint32_t span_classes = 107927;

// With many identical sources, git looks at no more than this many for each destination.
constexpr int exact_candidates_per_destination = 100;
// Inexact matching keeps this many best sources per destination.
constexpr std::size_t inexact_candidates_per_destination = 4;

std::string_view basename_of(std::string_view path) {
    const auto slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool same_basename(const RenameCandidate& a, const RenameCandidate& b) {
    return basename_of(a.path) == basename_of(b.path);
}

template <typename T>
using OidMap = std::unordered_map<git_oid, T, OidKeyHash, OidKeyEqual>;

// git rules a pair out when the size difference alone caps the score below the minimum. The
// comparison is done in floating point, as git does, so that the boundary falls where it does.
bool sizes_rule_out(std::uint64_t a, std::uint64_t b, int minimum_score) {
    const auto largest = static_cast<double>(std::max(a, b));
    const auto difference = static_cast<double>(std::max(a, b) - std::min(a, b));
    return largest * (rename_max_score - minimum_score) < difference * rename_max_score;
}

std::uint64_t shared_bytes(const SpanCounts& source, const SpanCounts& destination) {
    std::uint64_t shared = 0;
    auto d = destination.begin();
    for (const auto& [hash, count] : source) {
        while (d != destination.end() && d->first < hash)
            ++d;
        if (d != destination.end() && d->first == hash)
            shared += std::min(count, d->second);
    }
    return shared;
}

int score_from(std::uint64_t shared, std::uint64_t source_size, std::uint64_t destination_size) {
    if (destination_size == 0)
        return 0;
    const auto largest = static_cast<double>(std::max(source_size, destination_size));
    return static_cast<int>(static_cast<double>(shared) * rename_max_score / largest);
}

// One slot of the inexact candidate table: a source for a destination, and how good it is.
struct Candidate {
    std::ptrdiff_t source = -1; // -1: empty slot
    std::size_t destination = 0;
    int score = 0;
    bool same_name = false;

    bool empty() const { return source < 0; }
};

// Whether `a` ranks below `b`: lower score, then a different basename; empty slots rank last.
bool ranks_below(const Candidate& a, const Candidate& b) {
    if (a.empty())
        return !b.empty();
    if (b.empty())
        return false;
    if (a.score != b.score)
        return a.score < b.score;
    return a.same_name < b.same_name;
}

// Keeps the best few candidates of one destination. The weakest slot (the first of equals) is
// replaced only by a strictly better candidate; git does the same, and its choice among equal
// scores depends on which slot a candidate landed in, so this is kept exactly.
template <std::size_t N>
void keep_if_better(std::array<Candidate, N>& slots, const Candidate& candidate) {
    std::size_t weakest = 0;
    for (std::size_t i = 1; i < N; ++i)
        if (ranks_below(slots[i], slots[weakest]))
            weakest = i;
    if (ranks_below(slots[weakest], candidate))
        slots[weakest] = candidate;
}

class Detector {
public:
    Detector(std::span<const RenameCandidate> sources,
             std::span<const RenameCandidate> destinations, BlobContents& blobs,
             const RenameOptions& options)
        : sources_(sources), destinations_(destinations), blobs_(blobs), options_(options),
          source_used_(sources.size(), false), destination_matched_(destinations.size(), false) {}

    RenameResult run() {
        if (sources_.empty() || destinations_.empty())
            return std::move(result_);
        match_exact();
        if (options_.search == RenameSearch::exact_only ||
            options_.minimum_score >= rename_max_score)
            return std::move(result_);
        match_basenames();
        match_inexact();
        return std::move(result_);
    }

private:
    void record(std::size_t source, std::size_t destination, int score) {
        source_used_[source] = true;
        destination_matched_[destination] = true;
        result_.matches.push_back({source, destination, score});
    }

    // Identical blob ids. Among several unused sources with the destination's id, the first
    // (in queue order) with the same basename wins, else the first; symlinks and submodules
    // only pair with the same mode, while a file may change its executable bit on the way.
    void match_exact() {
        OidMap<std::vector<std::size_t>> sources_by_id;
        for (std::size_t s = 0; s < sources_.size(); ++s)
            sources_by_id[sources_[s].id].push_back(s);
        for (std::size_t d = 0; d < destinations_.size(); ++d) {
            const auto& destination = destinations_[d];
            const auto found = sources_by_id.find(destination.id);
            if (found == sources_by_id.end())
                continue;
            std::optional<std::size_t> best;
            int best_rank = 0;
            int looked_at = 0;
            for (const std::size_t s : found->second) {
                const auto& source = sources_[s];
                if (source_used_[s])
                    continue;
                const bool both_files =
                    file_mode::is_regular(source.mode) && file_mode::is_regular(destination.mode);
                if (!both_files && source.mode != destination.mode)
                    continue;
                const int rank = 1 + (same_basename(source, destination) ? 1 : 0);
                if (rank > best_rank) {
                    best = s;
                    best_rank = rank;
                    if (rank == 2)
                        break;
                }
                if (++looked_at == exact_candidates_per_destination)
                    break;
            }
            if (best)
                record(*best, d, rename_max_score);
        }
    }

    // git 2.33's shortcut: a basename that only one remaining source and only one remaining
    // destination carry is compared first, and pairs at a higher bar (halfway between the
    // minimum and identical) without entering the matrix below.
    void match_basenames() {
        const int bar = options_.minimum_score +
                        static_cast<int>(0.5 * (rename_max_score - options_.minimum_score));
        constexpr std::ptrdiff_t ambiguous = -1;
        std::unordered_map<std::string_view, std::ptrdiff_t> source_by_name;
        std::unordered_map<std::string_view, std::ptrdiff_t> destination_by_name;
        const auto note = [](auto& map, std::string_view name, std::size_t index) {
            const auto [it, inserted] = map.emplace(name, static_cast<std::ptrdiff_t>(index));
            if (!inserted)
                it->second = ambiguous;
        };
        for (std::size_t s = 0; s < sources_.size(); ++s)
            if (!source_used_[s])
                note(source_by_name, basename_of(sources_[s].path), s);
        for (std::size_t d = 0; d < destinations_.size(); ++d)
            if (!destination_matched_[d])
                note(destination_by_name, basename_of(destinations_[d].path), d);

        for (std::size_t s = 0; s < sources_.size(); ++s) {
            if (source_used_[s])
                continue;
            const auto name = basename_of(sources_[s].path);
            const auto destination = destination_by_name.find(name);
            if (destination == destination_by_name.end() || destination->second == ambiguous ||
                source_by_name.at(name) == ambiguous)
                continue;
            const auto d = static_cast<std::size_t>(destination->second);
            if (destination_matched_[d])
                continue;
            const int score = estimate(s, d, bar);
            if (score >= bar)
                record(s, d, score);
        }
    }

    // Every remaining destination against every remaining source, unless that matrix is over
    // the rename limit; then the best pairs first, each source used once.
    void match_inexact() {
        std::vector<std::size_t> sources;
        std::vector<std::size_t> destinations;
        for (std::size_t s = 0; s < sources_.size(); ++s)
            if (!source_used_[s])
                sources.push_back(s);
        for (std::size_t d = 0; d < destinations_.size(); ++d)
            if (!destination_matched_[d])
                destinations.push_back(d);
        if (sources.empty() || destinations.empty())
            return;
        const std::uint64_t limit = options_.rename_limit;
        if (limit > 0 && std::uint64_t{sources.size()} * destinations.size() > limit * limit) {
            result_.inexact_skipped = true;
            return;
        }

        std::vector<Candidate> table;
        table.reserve(destinations.size() * inexact_candidates_per_destination);
        for (const std::size_t d : destinations) {
            std::array<Candidate, inexact_candidates_per_destination> slots{};
            for (const std::size_t s : sources) {
                Candidate candidate;
                candidate.source = static_cast<std::ptrdiff_t>(s);
                candidate.destination = d;
                candidate.score = estimate(s, d, options_.minimum_score);
                candidate.same_name = same_basename(sources_[s], destinations_[d]);
                keep_if_better(slots, candidate);
            }
            for (const auto& slot : slots)
                if (!slot.empty())
                    table.push_back(slot);
        }
        // Stable: among equals, earlier destinations (and earlier slots) go first, as in git.
        std::stable_sort(table.begin(), table.end(),
                         [](const Candidate& a, const Candidate& b) { return ranks_below(b, a); });
        for (const auto& candidate : table) {
            if (candidate.score < options_.minimum_score)
                break;
            const auto s = static_cast<std::size_t>(candidate.source);
            if (destination_matched_[candidate.destination] || source_used_[s])
                continue;
            record(s, candidate.destination, candidate.score);
        }
    }

    // git's estimate for one pair: regular files only (a symlink or submodule is renamed only
    // when unchanged), sizes first, content only when the sizes allow `minimum_score`.
    int estimate(std::size_t s, std::size_t d, int minimum_score) {
        const auto& source = sources_[s];
        const auto& destination = destinations_[d];
        if (!file_mode::is_regular(source.mode) || !file_mode::is_regular(destination.mode))
            return 0;
        const std::uint64_t source_size = size_of(source.id);
        const std::uint64_t destination_size = size_of(destination.id);
        if (sizes_rule_out(source_size, destination_size, minimum_score))
            return 0;
        if (destination_size == 0)
            return 0;
        const SpanCounts& a = spans_of(source.id);
        const SpanCounts& b = spans_of(destination.id);
        return score_from(shared_bytes(a, b), source_size, destination_size);
    }

    std::uint64_t size_of(const git_oid& id) {
        const auto found = sizes_.find(id);
        if (found != sizes_.end())
            return found->second;
        const std::uint64_t size = blobs_.size(id);
        sizes_.emplace(id, size);
        return size;
    }

    // Each blob is summarised once however many pairs it takes part in; the content itself is
    // not kept.
    const SpanCounts& spans_of(const git_oid& id) {
        auto found = spans_.find(id);
        if (found == spans_.end())
            found = spans_.emplace(id, count_spans(blobs_.content(id))).first;
        return found->second;
    }

    std::span<const RenameCandidate> sources_;
    std::span<const RenameCandidate> destinations_;
    BlobContents& blobs_;
    RenameOptions options_;
    std::vector<bool> source_used_;
    std::vector<bool> destination_matched_;
    OidMap<std::uint64_t> sizes_;
    OidMap<SpanCounts> spans_;
    RenameResult result_;
};

} // namespace

bool looks_binary(std::string_view content) {
    if (content.size() > big_file_threshold)
        return true;
    const auto probe = content.substr(0, binary_probe_bytes);
    return probe.find('\0') != std::string_view::npos;
}

SpanCounts count_spans(std::string_view content) {
    // In text, a CR before LF is skipped: a file converted to CRLF still matches itself.
    const bool text = !looks_binary(content);
    SpanCounts chunks;
    std::uint32_t high = 0;
    std::uint32_t low = 0;
    std::uint32_t length = 0;
    for (std::size_t i = 0; i < content.size(); ++i) {
        const auto byte = static_cast<unsigned char>(content[i]);
        if (text && byte == '\r' && i + 1 < content.size() && content[i + 1] == '\n')
            continue;
        // A rolling 64-bit value kept in two 32-bit halves, shifted 7 bits per byte.
        const std::uint32_t previous_high = high;
        high = (high << 7) ^ (low >> 25);
        low = (low << 7) ^ (previous_high >> 25);
        high += byte;
        if (++length < max_span_bytes && byte != '\n')
            continue;
        chunks.emplace_back((high + low * 0x61) % span_classes, length);
        high = low = 0;
        length = 0;
    }
    // A last chunk without newline (shorter than 64 bytes) is not counted: git drops it too.
    std::sort(chunks.begin(), chunks.end());
    SpanCounts counts;
    for (const auto& [hash, bytes] : chunks) {
        if (!counts.empty() && counts.back().first == hash)
            counts.back().second += bytes;
        else
            counts.emplace_back(hash, bytes);
    }
    return counts;
}

int similarity_score(std::string_view source, std::string_view destination, int minimum_score) {
    if (sizes_rule_out(source.size(), destination.size(), minimum_score))
        return 0;
    return score_from(shared_bytes(count_spans(source), count_spans(destination)), source.size(),
                      destination.size());
}

RenameResult detect_renames(std::span<const RenameCandidate> sources,
                            std::span<const RenameCandidate> destinations, BlobContents& blobs,
                            const RenameOptions& options) {
    return Detector(sources, destinations, blobs, options).run();
}

} // namespace brag
