// Facts: what the analyzer mined from git, as plain data. No libgit2 type crosses into this
// header; the heuristics read it and never touch a repository themselves.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "identity.hpp"
#include "ids.hpp"
#include "person.hpp"

namespace brag {

// A point in time and the UTC offset its author wrote it in: the offset matters for
// "which quarter did this happen in" as the author experienced it.
struct Timestamp {
    std::int64_t seconds = 0; // since the Unix epoch, UTC
    int offset_minutes = 0;   // east of UTC

    friend bool operator==(const Timestamp&, const Timestamp&) = default;
};

// A "Key: value" line from the trailer block of a commit message.
struct Trailer {
    std::string key; // as written, e.g. "Reviewed-by"
    std::string value;

    friend bool operator==(const Trailer&, const Trailer&) = default;
};

enum class ChangeKind { added, deleted, modified, renamed, copied, type_changed };

// One changed path of a commit, against its first parent (or the empty tree for a root).
struct FileChange {
    ChangeKind kind = ChangeKind::modified;
    std::string path;     // the path after the change
    std::string old_path; // the path before it; differs from `path` only for renames/copies
    std::int64_t lines_added = 0;
    std::int64_t lines_deleted = 0;
    bool binary = false; // binary files count no lines, as in `git log --numstat`
};

// How much of a commit's diff the analyzer computed. Diffs are the expensive part of mining,
// so they are computed only for the commits a report needs them for.
enum class DiffDepth {
    none, // no diff computed
    // The first- and second-level folders the commit changed something in, as changes whose
    // path is the folder with a trailing '/' ("src/", "src/storage/"); no files. Folder
    // ownership needs no more of other people's commits, and it costs a fraction of a diff.
    folders,
    paths, // changed paths with rename detection, no line counts (merges)
    lines, // paths with rename detection and line counts
};

struct Commit {
    CommitId id;
    std::vector<CommitId> parents;
    Person author;        // after .mailmap
    Person committer;     // after .mailmap
    Person raw_author;    // as written in the commit
    Person raw_committer; // as written in the commit
    Timestamp author_time;
    Timestamp commit_time;
    std::string subject; // first paragraph, lines joined by spaces (git's %s)
    // The rest of the message. Kept for the subject's commits only: memory grows with the
    // subject's work, not with the history. Everyone's trailers are kept (reviews need them).
    std::string body;
    std::vector<Trailer> trailers;

    DiffDepth diff = DiffDepth::none;
    std::vector<FileChange> changes;
    std::int64_t lines_added = 0;   // sum over text files; meaningful when diff == lines
    std::int64_t lines_deleted = 0; // likewise
    // Why the diff is missing or partial though it was asked for (an object that cannot be
    // read, a size limit); empty when it is whole. Such a commit's lines are left out of the
    // totals, which still count the other commits.
    std::string diff_problem;

    bool is_merge() const { return parents.size() > 1; }
    bool is_root() const { return parents.empty(); }
};

struct Tag {
    std::string name; // without "refs/tags/"
    CommitId target;  // the commit it peels to
    bool annotated = false;
    std::optional<Person> tagger; // annotated tags only, after .mailmap
    std::optional<Timestamp> tag_time;
    std::string message; // annotated tags only
    // For a tag on a commit the scanned refs do not reach (a release branch's own commit, not
    // merged back): the commits of the scanned history it reaches first, and its commit's date.
    // A release ships from there: the commits of the history it holds first shipped in it.
    std::vector<CommitId> reaches;
    std::optional<Timestamp> target_time;
};

// A document the subject touched (Markdown, reStructuredText, AsciiDoc, text), as it reads in
// the subject's latest version of it: what a design document or an ADR is recognised by.
struct Document {
    std::string path;
    std::string title;                 // the first heading, or the file name without extension
    std::vector<std::string> headings; // every section heading, as written
    std::int64_t lines = 0;            // lines in that version
    // The names it had before a rename inside the window: `path` is its name when the window
    // ends, and the subject's commits to it under these names count too.
    std::vector<std::string> former_paths;
};

// A git note attached to a commit (`refs/notes/*`): Gerrit records reviews there.
struct Note {
    std::string notes_ref; // e.g. "refs/notes/review"
    CommitId commit;
    std::string text;
};

// A first- or second-level folder ("src", "src/storage") of the tree at the window's end, and
// how many files live under it: ownership is claimed only of code that still exists, by size.
struct FolderSize {
    std::string path; // without a trailing '/'
    std::int64_t files = 0;

    friend bool operator==(const FolderSize&, const FolderSize&) = default;
};

struct Repository {
    std::string path; // as the user can find it again: the work tree, or the git dir if bare
    std::string name; // the folder name, without a ".git" suffix
    std::optional<CommitId> head;      // the commit HEAD points at; none when unborn
    std::optional<std::string> remote; // origin's URL, credentials removed
    bool shallow = false;
    bool bare = false;
    std::optional<std::string> skipped;    // why it could not be read; nothing else is set then
    std::vector<std::string> scanned_refs; // "HEAD", or every ref with --all
    // The subject's identities in this repository: the ones given, widened by the .mailmap
    // (an alias maps to one of them, or one of them to an alias).
    Subject subject;
    // What could not be read but did not stop the rest (a missing object, a skipped diff): on
    // standard error and in the report.
    std::vector<std::string> warnings;
    // About the run rather than the repository (the fact cache could not be used): on standard
    // error only, so that the report is the same whatever became of the cache.
    std::vector<std::string> notices;

    // Every commit reachable from the scanned refs, whatever the window; heuristics apply it.
    std::vector<Commit> commits;
    // Tags whose target commit is reachable from the scanned refs.
    std::vector<Tag> tags;
    // Tags on commits the scanned refs do not reach, whose commits reach the scanned history
    // within a few hundred commits: `git tag --no-merged`, for the releases cut on a branch.
    std::vector<Tag> unmerged_tags;
    // Documents the subject changed inside the window, read at the subject's latest version.
    std::vector<Document> documents;
    // The CODEOWNERS file at HEAD (.github/, docs/ or the root), if any.
    std::optional<std::string> codeowners;
    // Notes on commits inside the window.
    std::vector<Note> notes;
    // The folders of the tree at the window's end (the last commit of HEAD's first-parent line
    // committed by then, as `git rev-list -1 --first-parent --until` picks it), sorted by path;
    // empty when nothing was committed by then.
    std::vector<FolderSize> folders_at_window_end;
    // The same where a window starts, by its --since (the last commit of that line committed
    // before it), for the report's window and --compare's: a folder absent there is new in that
    // window. No entry for a start before the first commit (every folder is new then).
    std::map<std::int64_t, std::vector<FolderSize>> folders_before;
};

// The time window of the report, as git's --since/--until apply it: on the committer date.
struct Window {
    std::optional<std::int64_t> since; // inclusive, seconds since the epoch
    std::optional<std::int64_t> until; // inclusive

    bool contains(std::int64_t seconds) const {
        return (!since || seconds >= *since) && (!until || seconds <= *until);
    }
};

// A pull request the subject reviewed on a forge, from a file the user exported (--reviews).
struct ExternalReview {
    std::string url;
    std::string title;
    std::string repository;        // "owner/name"
    std::string author;            // whose pull request it was
    std::optional<Timestamp> date; // when it closed; none for open ones
};

struct Facts {
    std::vector<Repository> repositories; // sorted by path
    Window window;
    // The subject's identities as given, with every repository's aliases: for the report.
    Subject subject;
    // Whether everyone's commits were diffed for line counts (--team), not only the subject's.
    bool lines_for_everyone = false;
    // Reviews from --reviews files: what git cannot show.
    std::vector<ExternalReview> external_reviews;
};

} // namespace brag
