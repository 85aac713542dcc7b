// The subject's part in other people's work: reviews credited in trailers (and in review notes),
// help and mentoring credited in trailers (Helped-by, Suggested-by, ...: not reviews), branches
// of others they merged, patches they applied for others, co-authored commits.
// Each kind is summed per repository into one item, with every commit it stands on.
#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "evidence_finders.hpp"
#include "model/text.hpp"
#include "parse/trailer_people.hpp"
#include "people_count.hpp"

namespace brag {
namespace {

bool names_subject(const RepositoryView& view, std::string_view value) {
    for (const auto& person : people_in_trailer(value))
        if (view.subject.matches_email(person.email) || view.subject.matches_name(person.name))
            return true;
    return false;
}

// A positive Gerrit vote ("Code-Review+2", "Code-Review+1"); a -1 or -2 is a review too, but
// not one to credit as approval, and "Verified" is a CI bot's vote more often than a person's.
bool approving_vote(std::string_view key) {
    return key.starts_with("Code-Review+") && key.size() > 12;
}

// "Code-Review+2: Jane Doe <jane@example.com>" (Gerrit's review notes), or review trailers.
bool note_credits_subject(const RepositoryView& view, std::string_view text) {
    for (const auto line : text_lines(text)) {
        const auto colon = line.find(':');
        if (colon == std::string_view::npos)
            continue;
        const auto key = line.substr(0, colon);
        const bool review_key = approving_vote(key) || is_review_trailer(key);
        if (review_key && names_subject(view, line.substr(colon + 1)))
            return true;
    }
    return false;
}

// Collects one kind of credit across a repository, then becomes one evidence item.
struct Tally {
    std::vector<const Commit*> commits;
    PeopleCount people; // whose work it was
    std::map<std::string, int> signals;

    void add(const Commit* commit, const Person& person, const std::string& signal) {
        if (commits.empty() || commits.back() != commit)
            commits.push_back(commit);
        people.add(person);
        ++signals[signal];
    }

    void emit(const RepositoryView& view, EvidenceKind kind, std::vector<EvidenceItem>& out) const {
        if (commits.empty())
            return;
        auto item = view.item(kind);
        auto sorted = commits;
        std::sort(sorted.begin(), sorted.end(), [](const Commit* a, const Commit* b) {
            return a->commit_time.seconds != b->commit_time.seconds
                       ? a->commit_time.seconds < b->commit_time.seconds
                       : a->id < b->id;
        });
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        item.date = sorted.back()->commit_time;
        item.commits = static_cast<std::int64_t>(sorted.size());
        item.people = static_cast<std::int64_t>(people.size());
        for (const Commit* commit : sorted)
            item.refs.push_back(Ref::commit(commit->id));
        item.weight = std::min(view.config.weights.aggregate_cap,
                               view.weight_of(kind) * static_cast<double>(sorted.size()));
        for (const auto& [signal, count] : signals)
            item.reasons.push_back(fmt::format("{} ({}×)", signal, count));
        item.reasons.push_back(
            fmt::format("work of {} {}", people.size(), people.size() == 1 ? "person" : "people"));
        out.push_back(std::move(item));
    }
};

} // namespace

void find_collaboration(const RepositoryView& view, std::vector<EvidenceItem>& out) {
    Tally reviews;
    Tally help;
    Tally merges;
    Tally patches;
    Tally co_authored;

    std::map<CommitId, const Note*> notes;
    for (const auto& note : view.repository.notes)
        notes.emplace(note.commit, &note);

    for (const auto& commit : view.repository.commits) {
        if (!view.in_window(commit))
            continue;
        const bool own = view.is_subject(commit.author);
        const Person& author = commit.author;
        if (!own) {
            for (const auto& trailer : commit.trailers) {
                if (is_review_trailer(trailer.key) && names_subject(view, trailer.value))
                    reviews.add(&commit, author, trailer.key + " trailer");
                if (is_help_trailer(trailer.key) && names_subject(view, trailer.value))
                    help.add(&commit, author, trailer.key + " trailer");
                // Co-authoring a bot's commit (a fix pushed onto dependabot's pull request) is
                // no collaboration with a person; reviewing it still is a review.
                if (is_co_author_trailer(trailer.key) && names_subject(view, trailer.value) &&
                    !is_bot(author))
                    co_authored.add(&commit, author, "named as co-author");
            }
            if (const auto note = notes.find(commit.id);
                note != notes.end() && note_credits_subject(view, note->second->text))
                reviews.add(&commit, author, "review note in " + note->second->notes_ref);
            if (!commit.is_merge() && view.is_subject(commit.committer) && !is_bot(commit.author))
                patches.add(&commit, author, "committed by you, authored by someone else");
            continue;
        }
        for (const auto& trailer : commit.trailers)
            if (is_co_author_trailer(trailer.key) && !names_subject(view, trailer.value))
                for (const auto& person : people_in_trailer(trailer.value))
                    if (!is_bot(person))
                        co_authored.add(&commit, person, "you credited a co-author");
        if (commit.is_merge()) {
            // Whose branch it was: the merged side's tip.
            const Commit* tip = view.find(commit.parents[1]);
            if (tip != nullptr && !view.is_subject(tip->author)) {
                const bool pull_request =
                    commit.subject.starts_with("Merge pull request #") ||
                    commit.subject.find("Merge branch") == 0 ||
                    commit.subject.find("See merge request") != std::string::npos;
                merges.add(&commit, tip->author,
                           pull_request && commit.subject.starts_with("Merge pull request #")
                               ? "merged a pull request"
                               : "merged a branch");
            }
        }
    }

    reviews.emit(view, EvidenceKind::review, out);
    help.emit(view, EvidenceKind::help, out);
    merges.emit(view, EvidenceKind::merge_of_others, out);
    patches.emit(view, EvidenceKind::applied_patch, out);
    co_authored.emit(view, EvidenceKind::co_authored, out);
}

} // namespace brag
