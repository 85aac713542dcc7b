#include "document_reader.hpp"

#include <algorithm>
#include <map>

#include "commit_ids.hpp"
#include "git_handles.hpp"
#include "moved_file.hpp"
#include "parse/document_outline.hpp"

namespace brag {

std::optional<std::string> read_file_at(git_repository* repo, const CommitId& commit_id,
                                        std::string_view path, std::size_t limit) {
    const git_oid id = git::to_git_oid(commit_id);
    git_commit* raw_commit = nullptr;
    if (git_commit_lookup(&raw_commit, repo, &id) < 0)
        return std::nullopt;
    git::CommitHandle commit(raw_commit);
    git_tree* raw_tree = nullptr;
    if (git_commit_tree(&raw_tree, commit.get()) < 0)
        return std::nullopt;
    git::TreeHandle tree(raw_tree);
    git_tree_entry* raw_entry = nullptr;
    if (git_tree_entry_bypath(&raw_entry, tree.get(), std::string(path).c_str()) < 0)
        return std::nullopt;
    git::TreeEntryHandle entry(raw_entry);
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB)
        return std::nullopt;
    git_blob* raw_blob = nullptr;
    if (git_blob_lookup(&raw_blob, repo, git_tree_entry_id(entry.get())) < 0)
        return std::nullopt;
    git::BlobHandle blob(raw_blob);
    const auto size = static_cast<std::size_t>(git_blob_rawsize(blob.get()));
    return std::string(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                       std::min(size, limit));
}

std::vector<Document> read_subject_documents(git_repository* repo, const Repository& repository,
                                             const Window& window,
                                             const std::optional<CommitId>& window_end) {
    // path -> (commit time, commit id) of the subject's latest change to it
    std::map<std::string, std::pair<std::int64_t, CommitId>> latest;
    for (const auto& commit : repository.commits) {
        if (commit.diff == DiffDepth::none || commit.is_merge() ||
            !window.contains(commit.commit_time.seconds) ||
            !repository.subject.matches(commit.author))
            continue;
        for (const auto& change : commit.changes) {
            if (change.kind == ChangeKind::deleted || !is_document_file(change.path))
                continue;
            auto& slot = latest[change.path];
            const auto key = std::make_pair(commit.commit_time.seconds, commit.id);
            if (slot.second.is_zero() || key > slot)
                slot = key;
        }
    }
    // By the name each has when the window ends: a document renamed since (by anyone) is read
    // there, under its new name, and keeps the names it had so its commits still count.
    std::map<std::string, Document> documents;
    std::optional<MovedFiles> moves;
    if (window_end)
        moves.emplace(repo, *window_end, [](std::string_view p) { return is_document_file(p); });
    for (const auto& [path, version] : latest) {
        std::string name = path;
        CommitId read_at = version.second;
        if (moves)
            if (auto moved = moves->where_went(version.second, path)) {
                name = std::move(*moved);
                read_at = *window_end;
            }
        auto& document = documents[name];
        if (name != path)
            document.former_paths.push_back(path);
        if (!document.path.empty())
            continue; // already read under this name
        const auto text = read_file_at(repo, read_at, name, max_document_bytes);
        if (!text)
            continue;
        const auto outline = outline_of(*text);
        document.path = name;
        document.title = outline.title;
        document.headings = outline.headings;
        document.lines = outline.lines;
    }
    std::vector<Document> out;
    for (auto& [name, document] : documents)
        if (!document.path.empty())
            out.push_back(std::move(document));
    return out;
}

std::optional<std::string> read_codeowners(git_repository* repo, const Repository& repository) {
    if (!repository.head)
        return std::nullopt;
    for (const char* path :
         {".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS"})
        if (auto text = read_file_at(repo, *repository.head, path, max_document_bytes))
            return text;
    return std::nullopt;
}

} // namespace brag
