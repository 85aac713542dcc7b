// Reading the text of files the heuristics look inside: the documents the subject wrote (to
// tell design documents and ADRs by their structure) and CODEOWNERS.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <git2.h>

#include "model/facts.hpp"

namespace brag {

// Documents larger than this are read only up to it: titles and headings come early, and a
// huge file must not cost a run its memory.
inline constexpr std::size_t max_document_bytes = 1 << 20;

// The text of `path` in the tree of `commit_id`, at most `limit` bytes; nothing when the path
// is absent or not a file.
std::optional<std::string> read_file_at(git_repository* repo, const CommitId& commit_id,
                                        std::string_view path, std::size_t limit);

// The documents (by is_document_file) the subject's diffed commits inside the window added or
// changed, each read at the latest of those commits; or, when it was renamed before
// `window_end` (the commit the window ends at), under its new name as it is there, with its
// earlier names in former_paths.
std::vector<Document> read_subject_documents(git_repository* repo, const Repository& repository,
                                             const Window& window,
                                             const std::optional<CommitId>& window_end);

// The CODEOWNERS file at HEAD, looked up where GitHub and GitLab look for it.
std::optional<std::string> read_codeowners(git_repository* repo, const Repository& repository);

} // namespace brag
