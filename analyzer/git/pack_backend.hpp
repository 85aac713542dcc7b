// Puts an object reader in front of libgit2's own object database on one repository handle, as
// a libgit2 backend of higher priority: what libgit2 then reads on that handle (the blobs whose
// lines a diff counts) comes from the reader's packs, without libgit2's pack lock or windows,
// and what the reader's packs do not hold falls through to libgit2's loose and pack backends.
#pragma once

#include <memory>

#include <git2.h>

#include "object_reader.hpp"

namespace brag::git {

// `reader` must read the same repository; the handle keeps it alive. Throws git::Error when
// the handle's object database cannot take another backend.
void serve_reads_from(git_repository* repo, std::string_view repo_path,
                      std::shared_ptr<ObjectReader> reader);

} // namespace brag::git
