// Design documents, ADRs, RFCs and proposals the subject wrote: found by where they live
// (docs/adr, docs/decisions, rfcs/, design/...) or by their structure (Context / Decision /
// Consequences, Motivation / Alternatives / Drawbacks, Goals / Non-goals). The subject counts
// when they created the document or wrote a substantial share of its lines.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include <fmt/format.h>

#include "classify/path_areas.hpp"
#include "classify/prose_words.hpp"
#include "evidence_finders.hpp"
#include "model/identity.hpp"
#include "parse/decision_records.hpp"

namespace brag {
namespace {

struct Shape {
    std::string_view kind;               // "ADR", "RFC", ...
    std::vector<std::string_view> marks; // headings that mark it (lower-case, prefix match)
    std::size_t needed;                  // how many must be present
};

const std::vector<Shape>& shapes() {
    static const std::vector<Shape> table = {
        {"ADR",
         {"context", "decision", "consequences", "status", "considered options", "decision outcome",
          "decision drivers"},
         2},
        {"RFC",
         {"motivation", "alternatives", "drawbacks", "unresolved questions", "prior art",
          "rationale"},
         2},
        {"design document",
         {"goals", "non-goals", "non goals", "background", "proposal", "detailed design",
          "alternatives considered", "design", "overview", "requirements", "open questions",
          "rollout", "risks"},
         3},
    };
    return table;
}

std::string normalized(std::string_view heading) {
    auto lowered = ascii_lower(heading);
    // "1. Context" / "2) Decision" / "Context:" -> "context"
    std::size_t start = 0;
    while (start < lowered.size() &&
           (std::isdigit(static_cast<unsigned char>(lowered[start])) || lowered[start] == '.' ||
            lowered[start] == ')' || lowered[start] == ' '))
        ++start;
    lowered = lowered.substr(start);
    while (!lowered.empty() && (lowered.back() == ':' || lowered.back() == ' '))
        lowered.pop_back();
    return lowered;
}

// The kind of design document its headings say it is, with the headings that said so.
std::optional<std::pair<std::string_view, std::vector<std::string>>>
shape_of(const Document& document) {
    for (const auto& shape : shapes()) {
        std::vector<std::string> found;
        for (const auto& heading : document.headings) {
            const auto text = normalized(heading);
            for (const auto mark : shape.marks)
                if (text == mark || (text.starts_with(mark) && text.size() < mark.size() + 12)) {
                    if (std::find(found.begin(), found.end(), std::string(mark)) == found.end())
                        found.emplace_back(mark);
                    break;
                }
        }
        if (found.size() >= shape.needed)
            return std::make_pair(shape.kind, found);
    }
    return std::nullopt;
}

// "adr" or "rfc" as a word of the path ("docs/adr/", "adrs/", "rfc-0042.md"), not letters
// inside one ("quadrant", "surfcraft").
bool has_word(const std::string& lowered, std::string_view word) {
    const auto is_letter = [&](std::size_t at) {
        return at < lowered.size() && std::isalpha(static_cast<unsigned char>(lowered[at]));
    };
    for (auto at = lowered.find(word); at != std::string::npos; at = lowered.find(word, at + 1)) {
        if (at > 0 && is_letter(at - 1))
            continue;
        auto end = at + word.size();
        if (end < lowered.size() && lowered[end] == 's') // plural
            ++end;
        if (!is_letter(end))
            return true;
    }
    return false;
}

std::string_view kind_from_path(std::string_view path) {
    const auto lowered = ascii_lower(path);
    if (has_word(lowered, "adr") || lowered.find("decision") != std::string::npos)
        return "ADR";
    if (has_word(lowered, "rfc"))
        return "RFC";
    if (lowered.find("proposal") != std::string::npos)
        return "proposal";
    if (lowered.find("architecture") != std::string::npos)
        return "architecture document";
    return "design document";
}

std::string file_stem(std::string_view path) {
    const auto slash = path.rfind('/');
    auto name = path.substr(slash == std::string_view::npos ? 0 : slash + 1);
    const auto dot = name.rfind('.');
    return std::string(name.substr(0, dot));
}

// "0007-use-postgres" -> "0007"; ADRs are cited by number.
std::string leading_number(std::string_view stem) {
    std::size_t digits = 0;
    while (digits < stem.size() && std::isdigit(static_cast<unsigned char>(stem[digits])))
        ++digits;
    return digits >= 3 ? std::string(stem.substr(0, digits)) : std::string();
}

// adr-tools titles its records "1. Use PostgreSQL"; the number is already in the citation.
std::string without_number(const std::string& title) {
    std::size_t digits = 0;
    while (digits < title.size() && std::isdigit(static_cast<unsigned char>(title[digits])))
        ++digits;
    if (digits > 0 && title.compare(digits, 2, ". ") == 0)
        return title.substr(digits + 2);
    return title;
}

// Templates have the headings of a decision record but record nothing: "NUMBER. TITLE",
// "{{title}}", or a file named like one.
bool is_template(const Document& document) {
    const auto lowered_path = ascii_lower(document.path);
    if (lowered_path.find("template") != std::string::npos)
        return true;
    for (std::string_view placeholder :
         {"TITLE", "NUMBER", "{{", "{title", "[short title", "<title"})
        if (document.title.find(placeholder) != std::string::npos)
            return true;
    return false;
}

// A document found only by its headings, among code, fixtures or examples, is more likely a
// template or test data than a decision someone recorded.
bool lives_with_code(std::string_view path) {
    const auto lowered = ascii_lower(path);
    for (std::string_view folder : {"src/", "lib/", "pkg/", "test/", "tests/", "testdata/",
                                    "fixtures/", "examples/", "vendor/", "node_modules/"})
        if (lowered.starts_with(folder) ||
            lowered.find("/" + std::string(folder)) != std::string::npos)
            return true;
    return false;
}

// A standing decision record the subject created or changed: named by its path (its first
// heading is often none, or a sentence).
EvidenceItem decision_record(const RepositoryView& view, const Document& document,
                             std::string_view kind, const std::vector<const Commit*>& commits,
                             bool created) {
    auto item = view.item(EvidenceKind::design_doc, document.path);
    item.date = commits.front()->commit_time;
    item.by_subject = created;
    item.label = std::string(kind);
    item.name = document.path;
    item.commits = static_cast<std::int64_t>(commits.size());
    item.weight =
        created ? view.weight_of(EvidenceKind::design_doc) : view.config.weights.design_doc_revised;
    item.refs.push_back(Ref::path(document.path));
    for (const Commit* commit : commits)
        item.refs.push_back(Ref::commit(commit->id));
    item.reasons.push_back(
        fmt::format("its name says {} ({}): rules the project decided", kind, document.path));
    item.reasons.push_back(created ? std::string("you created it")
                                   : fmt::format("you changed it in {} {}", commits.size(),
                                                 commits.size() == 1 ? "commit" : "commits"));
    return item;
}

// A commit that says it only corrects spelling, whitespace, wording or links decides nothing:
// it is not a revision of a decision record (curl's "docs: spellfixes" touched SECURITY.md).
bool is_copy_edit(const Commit& commit) {
    const auto words = prose_words(commit.subject);
    for (const std::string_view keyword :
         {"typo", "spelling", "spellfix", "misspell", "whitespace", "grammar", "wording",
          "punctuation", "reformat", "formatting", "broken link", "dead link", "fix link",
          "copy edit", "copyedit", "proofread"})
        if (has_keyword(words, keyword))
            return true;
    return false;
}

// Whether `subject` names the file at `path` by its name without extension, spelt as the file
// is and as a whole word ("CodingGuidelines: ...", "DEPRECATE.md: ..."): "security: fix an
// overflow" or "add support for X" are words, not SECURITY.md or SUPPORT.md.
bool names_file(std::string_view subject, std::string_view path) {
    const auto stem = file_stem(path);
    const auto is_letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
    for (auto at = subject.find(stem); !stem.empty() && at != std::string_view::npos;
         at = subject.find(stem, at + 1)) {
        const auto end = at + stem.size();
        if ((at == 0 || !is_letter(subject[at - 1])) &&
            (end == subject.size() || !is_letter(subject[end])))
            return true;
    }
    return false;
}

// Every name a document had in the window: the one it has at the end, then the earlier ones.
std::vector<const std::string*> names_of(const Document& document) {
    std::vector<const std::string*> names{&document.path};
    for (const auto& former : document.former_paths)
        names.push_back(&former);
    return names;
}

} // namespace

void find_design_docs(const RepositoryView& view, std::vector<EvidenceItem>& out) {
    const auto& weights = view.config.weights;
    // The subject's commits that touched each document, and whether one of them created it.
    struct Authorship {
        std::vector<const Commit*> commits;
        // Those of the commits that revise it: not a copy edit, not a change made on the way.
        std::vector<const Commit*> revisions;
        bool created = false;
        std::int64_t lines_added = 0;
    };
    std::map<std::string, Authorship> by_path;
    for (const Commit* commit : view.own_in_window) {
        if (commit->is_merge())
            continue;
        const bool copy_edit_subject = is_copy_edit(*commit);
        std::int64_t commit_lines = 0;
        for (const auto& change : commit->changes)
            commit_lines += change.lines_added + change.lines_deleted;
        for (const auto& change : commit->changes) {
            if (change.kind == ChangeKind::deleted)
                continue;
            // What a commit about something else did to a document on the way (a path it
            // names updated when scripts moved: curl's 8e22fc68e7 and its coding guidelines) is
            // no revision either: the document must be a third of the commit's lines at least.
            // Unless the subject names it ("CodingGuidelines: also mention MAYBE_UNUSED", with
            // the macro's code): then the commit is about it.
            const bool incidental =
                3 * (change.lines_added + change.lines_deleted) < commit_lines &&
                !names_file(commit->subject, change.path);
            // A copy edit replaces lines by as many: one that adds text revises (git's
            // "clarify the wording on <git-compat-util.h> requirement": 35 lines for 6).
            const bool copy_edit =
                copy_edit_subject && change.lines_added <= change.lines_deleted + 2;
            auto& authorship = by_path[change.path];
            authorship.commits.push_back(commit);
            if (change.kind == ChangeKind::added || !(copy_edit || incidental))
                authorship.revisions.push_back(commit);
            authorship.created = authorship.created || change.kind == ChangeKind::added;
            authorship.lines_added += change.lines_added;
        }
    }

    for (const auto& document : view.repository.documents) {
        // Under the name it has when the window ends, with the subject's commits to it under the
        // names it had before (a rename by anyone, the subject included).
        Authorship authorship;
        for (const auto* name : names_of(document)) {
            const auto found = by_path.find(*name);
            if (found == by_path.end())
                continue;
            const auto& part = found->second;
            authorship.commits.insert(authorship.commits.end(), part.commits.begin(),
                                      part.commits.end());
            authorship.revisions.insert(authorship.revisions.end(), part.revisions.begin(),
                                        part.revisions.end());
            authorship.created = authorship.created || part.created;
            authorship.lines_added += part.lines_added;
        }
        if (authorship.commits.empty())
            continue;
        if (!document.former_paths.empty()) // oldest first, as the subject's commits come
            for (auto* commits : {&authorship.commits, &authorship.revisions}) {
                std::sort(commits->begin(), commits->end(), [](const Commit* a, const Commit* b) {
                    return a->commit_time.seconds != b->commit_time.seconds
                               ? a->commit_time.seconds < b->commit_time.seconds
                               : a->id < b->id;
                });
                commits->erase(std::unique(commits->begin(), commits->end()), commits->end());
            }
        // What the subject did not create is theirs only through revisions: copy edits and
        // changes made on the way revise nothing.
        if (!authorship.created) {
            if (authorship.revisions.empty())
                continue;
            authorship.commits = authorship.revisions;
        }
        const auto record = decision_record_kind(document.path);
        const bool by_location =
            classify_path(document.path, view.config.path_patterns) == PathArea::design_doc;
        const auto by_structure = shape_of(document);
        if (record && !lives_with_code(document.path)) {
            out.push_back(
                decision_record(view, document, *record, authorship.commits, authorship.created));
            continue;
        }
        if (!by_location && !by_structure)
            continue;
        if (is_template(document) || (!by_location && lives_with_code(document.path)))
            continue;
        const double share = document.lines > 0 ? static_cast<double>(authorship.lines_added) /
                                                      static_cast<double>(document.lines)
                                                : 0.0;
        const bool substantial = share >= view.config.thresholds.design_doc_line_share;
        if (!authorship.created && !substantial)
            continue;

        const std::string_view kind =
            by_structure ? by_structure->first : kind_from_path(document.path);
        const auto stem = file_stem(document.path);
        const auto number = kind == "ADR" ? leading_number(stem) : std::string();
        const std::string title = without_number(document.title.empty() ? stem : document.title);

        auto item = view.item(EvidenceKind::design_doc, document.path);
        item.date = authorship.commits.front()->commit_time;
        item.by_subject = authorship.created;
        item.label = number.empty() ? std::string(kind) : std::string(kind) + "-" + number;
        item.name = title;
        item.weight = authorship.created ? view.weight_of(EvidenceKind::design_doc)
                                         : weights.design_doc_revised;
        item.refs.push_back(Ref::path(document.path));
        for (const Commit* commit : authorship.commits)
            item.refs.push_back(Ref::commit(commit->id));
        if (by_location)
            item.reasons.push_back(
                fmt::format("lives where design documents live ({})", document.path));
        if (by_structure) {
            std::string headings;
            for (const auto& heading : by_structure->second)
                headings += (headings.empty() ? "" : ", ") + heading;
            item.reasons.push_back(
                fmt::format("structured as {}: {}", by_structure->first, headings));
        }
        item.reasons.push_back(authorship.created
                                   ? std::string("you created it")
                                   : fmt::format("you wrote {:.0f}% of its lines", share * 100.0));
        out.push_back(std::move(item));
    }
}

} // namespace brag
