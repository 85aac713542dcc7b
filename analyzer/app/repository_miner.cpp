#include "repository_miner.hpp"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <unordered_map>
#include <unordered_set>

#include "cache/fact_cache.hpp"
#include "diff/diff_workers.hpp"
#include "diff/tree_diff.hpp"
#include "git/commit_ids.hpp"
#include "git/document_reader.hpp"
#include "git/folder_sizes.hpp"
#include "git/git_handles.hpp"
#include "git/mailmap_reader.hpp"
#include "git/notes_reader.hpp"
#include "git/open_repository.hpp"
#include "git/remote_url.hpp"
#include "git/repository_health.hpp"
#include "git/repository_state.hpp"
#include "parse/commit_message.hpp"
#include "phase_timer.hpp"
#include "progress.hpp"
#include "repository_miner_open.hpp"

namespace brag {
namespace {

namespace fs = std::filesystem;

Person person_of(const git_signature* signature) {
    if (signature == nullptr)
        return {};
    return {signature->name ? signature->name : "", signature->email ? signature->email : ""};
}

Timestamp timestamp_of(const git_time& when) {
    return {when.time, when.offset};
}

class Miner {
public:
    Miner(git::RepositoryHandle repo, const std::string& path, const Subject& subject,
          const MiningOptions& options, Progress* progress)
        : path_(path), options_(options), progress_(progress), repo_(std::move(repo)) {
        out_.path = path;
        out_.subject = subject;
        // git's mailmap rules, not libgit2's (they differ in edge cases); a repository without
        // .mailmap gets an empty map, and a source that cannot be read is a warning.
        mailmap_ = read_mailmap(repo_.get(), out_.warnings);
    }

    Repository run() {
        PhaseTimer timer(path_);
        describe_repository();
        check_head(repo_.get(), path_, options_.all_refs, out_.warnings);
        read_shallow_boundary();
        const auto tips = starting_points();
        open_cache();
        timer.lap("cache open");
        walk(tips);
        if (out_.commits.empty() && !tips.empty()) // nothing a ref names could be read
            throw git::Error(GIT_ERROR,
                             path_ + ": no commit could be read (" + last_unreadable_ + ")");
        find_bodies();
        if (cache_) // the headers read from git go to disk before the diffs need the memory
            cache_->flush(out_.notices);
        if (progress_)
            progress_->commits_read(out_.commits.size() % 1024);
        timer.lap("walk");
        // The walk read every commit through libgit2, which keeps its pack windows (up to
        // 48 MB) and its map of the pack index mapped while a handle holds the pack. The diffs
        // read the packs themselves; a new handle lets those maps go (15 to 50 MB on git's
        // history, where a run peaks at the diffs' end).
        repo_.reset();
        repo_ = open_repository_to_scan(path_);
        widen_subject();
        diff_needed_commits();
        timer.lap("diffs");
        read_tags();
        timer.lap("tags");
        const auto end = window_end_commit();
        out_.documents = read_subject_documents(repo_.get(), out_, options_.window, end);
        timer.lap("documents");
        out_.codeowners = read_codeowners(repo_.get(), out_);
        out_.notes = read_notes(repo_.get(), out_, options_.window);
        timer.lap("codeowners, notes");
        if (end)
            out_.folders_at_window_end = folder_sizes_at(repo_.get(), *end);
        for (const auto since : options_.window_starts)
            if (const auto start = last_commit_by(since - 1))
                out_.folders_before[since] = folder_sizes_at(repo_.get(), *start);
        timer.lap("folders");
        return std::move(out_);
    }

private:
    Person mailmapped(const Person& raw) const { return mailmap_.resolve(raw); }

    void describe_repository() {
        out_.bare = git_repository_is_bare(repo_.get()) != 0;
        const char* dir =
            out_.bare ? git_repository_path(repo_.get()) : git_repository_workdir(repo_.get());
        auto folder = fs::path(dir).lexically_normal();
        if (folder.filename().empty())
            folder = folder.parent_path();
        auto name = folder.filename().string();
        if (name.size() > 4 && name.ends_with(".git"))
            name.resize(name.size() - 4);
        out_.name = name;
        out_.shallow = git_repository_is_shallow(repo_.get()) == 1;

        git_oid head;
        if (git_reference_name_to_id(&head, repo_.get(), "HEAD") == 0)
            out_.head = git::commit_id(head);

        // origin's URL as configured. Read from the configuration rather than through
        // git_remote_lookup, which leaks in libgit2 1.5 (its insteadOf matching) and which we
        // do not need: no network is ever used.
        git_config* raw_config = nullptr;
        if (git_repository_config_snapshot(&raw_config, repo_.get()) == 0) {
            git::ConfigHandle config(raw_config);
            git::Buffer url;
            if (git_config_get_string_buf(url.get(), config.get(), "remote.origin.url") == 0)
                out_.remote = strip_url_credentials(url.str());
        }
    }

    // A shallow clone lists its boundary commits in `shallow`; their parents are absent and
    // the walk must stop there instead of failing on a missing object.
    void read_shallow_boundary() {
        if (!out_.shallow)
            return;
        std::ifstream file(fs::path(git_repository_commondir(repo_.get())) / "shallow");
        std::string line;
        while (std::getline(file, line)) {
            git_oid id;
            if (line.size() >= GIT_OID_HEXSZ &&
                git_oid_fromstrn(&id, line.c_str(), GIT_OID_HEXSZ) == 0)
                shallow_boundary_.insert(id);
        }
        out_.warnings.push_back(shallow_clone_warning(shallow_boundary_.size()));
    }

    std::vector<git_oid> starting_points() {
        std::vector<git_oid> tips;
        git_oid head;
        if (git_reference_name_to_id(&head, repo_.get(), "HEAD") == 0) {
            tips.push_back(head);
            out_.scanned_refs.push_back("HEAD");
        }
        if (!options_.all_refs)
            return tips;
        git_reference_iterator* raw_iterator = nullptr;
        git::check(git_reference_iterator_new(&raw_iterator, repo_.get()), path_,
                   "listing references");
        git::ReferenceIteratorHandle iterator(raw_iterator);
        git_reference* raw_ref = nullptr;
        while (git_reference_next(&raw_ref, iterator.get()) == 0) {
            git::ReferenceHandle ref(raw_ref);
            git_object* raw_target = nullptr;
            // Refs to trees or blobs are not history; `git log --all` ignores them too.
            if (git_reference_peel(&raw_target, ref.get(), GIT_OBJECT_COMMIT) != 0)
                continue;
            git::ObjectHandle target(raw_target);
            tips.push_back(*git_object_id(target.get()));
            out_.scanned_refs.push_back(git_reference_name(ref.get()));
        }
        std::sort(out_.scanned_refs.begin(), out_.scanned_refs.end());
        return tips;
    }

    void walk(const std::vector<git_oid>& tips) {
        // Growing a vector of 80,000 commits by doubling holds both copies for a moment.
        if (cache_)
            out_.commits.reserve(cache_->header_count() + 64);
        std::vector<git_oid> pending;
        for (const auto& tip : tips)
            if (seen_.insert(tip).second) // several refs often name the same commit
                pending.push_back(tip);
        while (!pending.empty()) {
            const git_oid id = pending.back();
            pending.pop_back();
            auto read = read_header(id);
            if (!read) {
                // Left out; when only its parsing failed, the history behind it is still read.
                last_unreadable_ = "commit " + oid_hex(id) + ": " + unreadable_reason_;
                const auto parents = parents_of_unparsable_commit(repo_.get(), id);
                unreadable_.emplace(id, unreadable_reason_);
                out_.warnings.push_back(
                    "commit " + oid_hex(id) + " could not be read (" + unreadable_reason_ +
                    "): left out" +
                    (parents ? "" : ", and the history behind it cannot be reached"));
                for (const auto& parent : parents.value_or(std::vector<git_oid>{}))
                    if (seen_.insert(parent).second)
                        pending.push_back(parent);
                continue;
            }
            out_.commits.push_back(std::move(*read));
            if (progress_ && out_.commits.size() % 1024 == 0)
                progress_->commits_read(1024);
            if (shallow_boundary_.count(id) != 0)
                continue;
            for (const auto& parent_id : out_.commits.back().parents) {
                const git_oid parent = git::to_git_oid(parent_id);
                if (seen_.insert(parent).second)
                    pending.push_back(parent);
            }
        }
    }

    // A commit's header, from the cache when an earlier run read it, else from git (and then
    // queued for the cache). Nothing when git cannot read it; unreadable_reason_ says why.
    std::optional<Commit> read_header(const git_oid& id) {
        if (cache_) {
            if (auto cached = cache_->take_header(git::commit_id(id))) {
                git_oid tree;
                if (git_oid_fromstr(&tree, cached->tree.c_str()) == 0) {
                    tree_of_.emplace(id, tree);
                    Commit& commit = cached->commit;
                    commit.author = mailmapped(commit.raw_author);
                    commit.committer = mailmapped(commit.raw_committer);
                    if (is_subjects(commit))
                        bodies_to_find_.push_back(out_.commits.size());
                    return std::move(commit);
                }
            }
        }
        git_commit* raw = nullptr;
        if (git_commit_lookup(&raw, repo_.get(), &id) < 0) {
            unreadable_reason_ = git::last_error_message();
            return std::nullopt;
        }
        git::CommitHandle commit(raw);
        tree_of_.emplace(id, *git_commit_tree_id(commit.get()));
        auto out = read_commit(commit.get());
        if (cache_) {
            cache_->store_header(out, oid_hex(*git_commit_tree_id(commit.get())));
            if (!out.body.empty())
                cache_->store_body(out.id, out.body);
        }
        return out;
    }

    // Memory follows the subject's work, not the history: only their bodies are kept.
    bool is_subjects(const Commit& commit) const {
        return out_.subject.matches(commit.raw_author) || out_.subject.matches(commit.author);
    }

    // The message bodies of the subject's commits whose headers came from the cache: from the
    // cache too, or from git when an earlier run (for someone else) did not keep them.
    void find_bodies() {
        if (bodies_to_find_.empty())
            return;
        std::vector<CommitId> ids;
        for (const auto index : bodies_to_find_)
            ids.push_back(out_.commits[index].id);
        std::unordered_map<CommitId, std::string, CommitIdHash> found;
        for (auto& [id, body] : cache_->bodies(ids))
            found.emplace(id, std::move(body));
        for (const auto index : bodies_to_find_) {
            Commit& commit = out_.commits[index];
            if (auto hit = found.find(commit.id); hit != found.end()) {
                commit.body = std::move(hit->second);
                continue;
            }
            const git_oid id = git::to_git_oid(commit.id);
            git_commit* raw = nullptr;
            if (git_commit_lookup(&raw, repo_.get(), &id) < 0)
                continue; // read a moment ago by an earlier run; the body is not vital
            git::CommitHandle handle(raw);
            const char* message = git_commit_message(handle.get());
            commit.body = split_commit_message(message ? message : "").body;
            if (!commit.body.empty())
                cache_->store_body(commit.id, commit.body);
        }
        bodies_to_find_.clear();
    }

    Commit read_commit(git_commit* commit) {
        Commit out;
        out.id = git::commit_id(*git_commit_id(commit));
        const unsigned parents = git_commit_parentcount(commit);
        out.parents.reserve(parents);
        for (unsigned i = 0; i < parents; ++i)
            out.parents.push_back(git::commit_id(*git_commit_parent_id(commit, i)));
        const git_signature* author = git_commit_author(commit);
        const git_signature* committer = git_commit_committer(commit);
        out.raw_author = person_of(author);
        out.raw_committer = person_of(committer);
        out.author = mailmapped(out.raw_author);
        out.committer = mailmapped(out.raw_committer);
        if (author != nullptr)
            out.author_time = timestamp_of(author->when);
        if (committer != nullptr)
            out.commit_time = timestamp_of(committer->when);
        const char* message = git_commit_message(commit);
        auto parts = split_commit_message(message ? message : "");
        out.subject = std::move(parts.subject);
        out.trailers = parse_trailers(parts.body);
        if (is_subjects(out))
            out.body = std::move(parts.body);
        return out;
    }

    // Every identity the subject's commits carry, raw or mailmapped, is the subject's.
    void widen_subject() {
        // A name written on one of the subject's commits is theirs only if it is mostly theirs:
        // git's own history has one commit "Wincent Colaiuta <gitster@pobox.com>", a name
        // .mailmap gives to someone else's 34 commits.
        std::unordered_map<std::string, std::pair<std::int64_t, std::int64_t>> name_uses;
        for (const auto& commit : out_.commits) {
            const bool own =
                out_.subject.matches(commit.raw_author) || out_.subject.matches(commit.author);
            for (const Person* person : {&commit.raw_author, &commit.author}) {
                auto& uses = name_uses[ascii_lower(person->name)];
                (own ? uses.first : uses.second) += 1;
                if (person->name == commit.author.name)
                    break; // the same name twice is one use
            }
        }
        Subject widened = out_.subject;
        for (const auto& commit : out_.commits) {
            const bool raw = out_.subject.matches(commit.raw_author);
            const bool mapped = out_.subject.matches(commit.author);
            if (!raw && !mapped)
                continue;
            for (const Person* person : {&commit.raw_author, &commit.author}) {
                if (is_bot(*person))
                    continue;
                widened.add_email(person->email);
                const auto& uses = name_uses[ascii_lower(person->name)];
                if (uses.first >= uses.second)
                    widened.add_name(person->name);
            }
        }
        out_.subject = std::move(widened);
    }

    void diff_needed_commits() {
        std::vector<DiffJob> jobs;
        for (auto& commit : out_.commits) {
            const DiffDepth depth = depth_needed(commit);
            if (depth == DiffDepth::none || apply_cached(commit, depth))
                continue;
            if (auto job = diff_job_for(commit, depth))
                jobs.push_back(*job);
        }
        if (progress_)
            progress_->diffs_planned(jobs.size());
        // Each diff worker opens a handle of its own, on purpose: libgit2 objects and caches are
        // not shared between threads. The only repository opened more than once in a run.
        const DiffSource source{path_, [this] { return open_repository_to_scan(path_); },
                                options_.diff_limits};
        run_diff_jobs(source, jobs, options_.threads, [this](std::size_t done) {
            if (progress_)
                progress_->diffs_done(done);
        });
        // Written in chunks: the encoded diffs of a whole history, held until one write at the
        // end, added 50 MB to the peak memory of a run over git's history.
        constexpr std::size_t diffs_per_write = 4096;
        std::size_t stored = 0;
        for (const auto& job : jobs) {
            const Commit& commit = *job.commit;
            if (!commit.diff_problem.empty()) {
                out_.warnings.push_back("commit " + commit.id.hex() + ": " + commit.diff_problem);
            } else if (cache_) { // a partial diff is not kept: other limits may read all of it
                cache_->store(commit);
                if (++stored % diffs_per_write == 0)
                    cache_->flush(out_.notices);
            }
        }
        if (cache_)
            cache_->flush(out_.notices);
    }

    // The trees to diff, from the walk. A parent the walk could not read: no diff, and a warning.
    std::optional<DiffJob> diff_job_for(Commit& commit, DiffDepth depth) {
        const git_oid id = git::to_git_oid(commit.id);
        DiffJob job{&commit, depth, tree_of_.at(id), {}, false};
        if (commit.parents.empty() || shallow_boundary_.count(id) != 0)
            return job;
        const git_oid parent = git::to_git_oid(commit.parents.front());
        const auto found = tree_of_.find(parent);
        if (found == tree_of_.end()) {
            const auto reason = unreadable_.find(parent);
            commit.diff_problem = "its parent could not be read" +
                                  (reason != unreadable_.end() ? " (" + reason->second + ")" : "") +
                                  ": no diff, no lines";
            out_.warnings.push_back("commit " + commit.id.hex() + ": " + commit.diff_problem);
            return std::nullopt;
        }
        job.parent_tree = found->second;
        job.has_parent = true;
        return job;
    }

    // Merges: which paths they brought in is enough, and only the subject's matter; lines count
    // for non-merges. Everyone else's commits: the folders they touched show who owns which.
    DiffDepth depth_needed(const Commit& commit) const {
        if (!options_.window.contains(commit.commit_time.seconds))
            return DiffDepth::none;
        const bool mine = out_.subject.matches(commit.author);
        if (commit.is_merge())
            return mine ? DiffDepth::paths : DiffDepth::none;
        if (mine || options_.team)
            return DiffDepth::lines;
        return options_.paths_for_everyone ? DiffDepth::folders : DiffDepth::none;
    }

    // Commits are immutable: a diff mined by an earlier run (at least as deep) is reused.
    bool apply_cached(Commit& commit, DiffDepth depth) {
        if (!cache_)
            return false;
        auto cached = cache_->find(commit.id, depth);
        if (!cached)
            return false;
        commit.diff = cached->depth;
        commit.changes = std::move(cached->changes);
        commit.lines_added = 0;
        commit.lines_deleted = 0;
        for (const auto& change : commit.changes) {
            commit.lines_added += change.lines_added;
            commit.lines_deleted += change.lines_deleted;
        }
        return true;
    }

    void open_cache() {
        if (!options_.cache_dir)
            return;
        cache_ = FactCache::open(*options_.cache_dir, cache_identity(repo_.get()), out_.notices);
    }

    // The commit whose tree is the code alive when the window ends: the last commit of HEAD's
    // first-parent line committed by then, as `git rev-list -1 --first-parent --until` finds it.
    std::optional<CommitId> window_end_commit() const {
        if (!options_.window.until)
            return out_.head;
        return last_commit_by(*options_.window.until);
    }

    // The last commit of HEAD's first-parent line committed at or before `seconds`, as
    // `git rev-list -1 --first-parent --until` picks it.
    std::optional<CommitId> last_commit_by(std::int64_t seconds) const {
        if (!out_.head)
            return std::nullopt;
        std::unordered_map<CommitId, const Commit*, CommitIdHash> by_oid;
        by_oid.reserve(out_.commits.size());
        for (const auto& commit : out_.commits)
            by_oid.emplace(commit.id, &commit);
        auto found = by_oid.find(*out_.head);
        while (found != by_oid.end() && found->second->commit_time.seconds > seconds)
            found = found->second->parents.empty() ? by_oid.end()
                                                   : by_oid.find(found->second->parents.front());
        if (found == by_oid.end())
            return std::nullopt;
        return found->second->id;
    }

    void read_tags() {
        git_reference_iterator* raw_iterator = nullptr;
        git::check(git_reference_iterator_glob_new(&raw_iterator, repo_.get(), "refs/tags/*"),
                   path_, "listing tags");
        git::ReferenceIteratorHandle iterator(raw_iterator);
        git_reference* raw_ref = nullptr;
        while (git_reference_next(&raw_ref, iterator.get()) == 0) {
            git::ReferenceHandle ref(raw_ref);
            git_object* raw_commit = nullptr;
            if (git_reference_peel(&raw_commit, ref.get(), GIT_OBJECT_COMMIT) != 0)
                continue; // a tag of a tree or blob is not a release of history
            git::ObjectHandle commit(raw_commit);
            Tag tag;
            tag.name = git_reference_shorthand(ref.get());
            tag.target = git::commit_id(*git_object_id(commit.get()));
            // `git tag --merged`: the tags whose commit the scanned refs reach. The others are
            // kept apart, when they join the scanned history, for what their releases shipped.
            const bool merged = seen_.count(*git_object_id(commit.get())) != 0;
            if (!merged && !find_where_it_joins(reinterpret_cast<git_commit*>(commit.get()), tag))
                continue;
            read_annotation(ref.get(), tag);
            (merged ? out_.tags : out_.unmerged_tags).push_back(std::move(tag));
        }
        for (auto* tags : {&out_.tags, &out_.unmerged_tags})
            std::sort(tags->begin(), tags->end(),
                      [](const Tag& a, const Tag& b) { return a.name < b.name; });
    }

    // For a tag on a commit off the scanned history: the commits of that history its commit
    // reaches first (through commits off it), and its date. A release branch holds a few
    // commits of its own; a tag of an unrelated history, or past `max_off_history` commits of
    // its own, is not followed.
    bool find_where_it_joins(git_commit* start, Tag& tag) {
        constexpr std::size_t max_off_history = 500;
        tag.target_time = timestamp_of(git_commit_committer(start)->when);
        OidSet visited;
        std::vector<git_oid> pending{*git_commit_id(start)};
        visited.insert(pending.back());
        while (!pending.empty() && visited.size() <= max_off_history) {
            const git_oid id = pending.back();
            pending.pop_back();
            git_commit* raw = nullptr;
            if (git_commit_lookup(&raw, repo_.get(), &id) != 0)
                continue;
            git::CommitHandle commit(raw);
            const auto parents = git_commit_parentcount(commit.get());
            for (unsigned i = 0; i < parents; ++i) {
                const git_oid* parent = git_commit_parent_id(commit.get(), i);
                if (seen_.count(*parent) != 0) {
                    tag.reaches.push_back(git::commit_id(*parent));
                } else if (visited.insert(*parent).second) {
                    pending.push_back(*parent);
                }
            }
        }
        std::sort(tag.reaches.begin(), tag.reaches.end());
        tag.reaches.erase(std::unique(tag.reaches.begin(), tag.reaches.end()), tag.reaches.end());
        return pending.empty() && !tag.reaches.empty();
    }

    void read_annotation(git_reference* ref, Tag& tag) {
        git_object* raw_target = nullptr;
        if (git_reference_peel(&raw_target, ref, GIT_OBJECT_TAG) != 0)
            return; // lightweight
        git::ObjectHandle target(raw_target);
        auto* annotation = reinterpret_cast<git_tag*>(target.get());
        tag.annotated = true;
        if (const git_signature* tagger = git_tag_tagger(annotation)) {
            tag.tagger = mailmapped(person_of(tagger));
            tag.tag_time = timestamp_of(tagger->when);
        }
        if (const char* message = git_tag_message(annotation))
            tag.message = message;
    }

    std::string path_;
    const MiningOptions& options_;
    Progress* progress_; // none when null
    git::RepositoryHandle repo_;
    Mailmap mailmap_;
    OidSet shallow_boundary_;
    OidSet seen_;
    std::string last_unreadable_; // the last commit that could not be read, and why
    std::unordered_map<git_oid, git_oid, OidKeyHash, OidKeyEqual> tree_of_; // commits read
    std::vector<std::size_t> bodies_to_find_; // the subject's commits whose headers were cached
    std::string unreadable_reason_;           // why the last commit git could not read failed
    std::unordered_map<git_oid, std::string, OidKeyHash, OidKeyEqual> unreadable_; // and why
    std::unique_ptr<FactCache> cache_;
    Repository out_;
};

} // namespace

GitSession::GitSession() {
    git_libgit2_init();
}
GitSession::~GitSession() {
    git_libgit2_shutdown();
}

Repository mine_repository(const std::string& path, const Subject& subject,
                           const MiningOptions& options, Progress* progress) {
    return Miner(open_repository_to_scan(path), path, subject, options, progress).run();
}

Repository mine_open_repository(git::RepositoryHandle repo, const std::string& path,
                                const Subject& subject, const MiningOptions& options,
                                Progress* progress) {
    return Miner(std::move(repo), path, subject, options, progress).run();
}

} // namespace brag
