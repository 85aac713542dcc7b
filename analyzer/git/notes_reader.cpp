#include "notes_reader.hpp"

#include <unordered_set>

#include "commit_ids.hpp"
#include "git_handles.hpp"

namespace brag {

std::vector<Note> read_notes(git_repository* repo, const Repository& repository,
                             const Window& window) {
    std::unordered_set<CommitId, CommitIdHash> in_window;
    for (const auto& commit : repository.commits)
        if (window.contains(commit.commit_time.seconds))
            in_window.insert(commit.id);

    std::vector<Note> notes;
    git_reference_iterator* raw_iterator = nullptr;
    if (git_reference_iterator_glob_new(&raw_iterator, repo, "refs/notes/*") < 0)
        return notes;
    git::ReferenceIteratorHandle iterator(raw_iterator);
    git_reference* raw_ref = nullptr;
    while (git_reference_next(&raw_ref, iterator.get()) == 0) {
        git::ReferenceHandle ref(raw_ref);
        const std::string notes_ref = git_reference_name(ref.get());
        git_note_iterator* raw_notes = nullptr;
        if (git_note_iterator_new(&raw_notes, repo, notes_ref.c_str()) < 0)
            continue;
        git::NoteIteratorHandle note_iterator(raw_notes);
        git_oid note_id;
        git_oid annotated;
        while (git_note_next(&note_id, &annotated, note_iterator.get()) == 0) {
            const auto commit = git::commit_id(annotated);
            if (in_window.count(commit) == 0)
                continue;
            git_blob* raw_blob = nullptr;
            if (git_blob_lookup(&raw_blob, repo, &note_id) < 0)
                continue;
            git::BlobHandle blob(raw_blob);
            const auto size = static_cast<std::size_t>(git_blob_rawsize(blob.get()));
            notes.push_back({notes_ref, commit,
                             std::string(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                                         std::min<std::size_t>(size, 64 * 1024))});
        }
    }
    return notes;
}

} // namespace brag
