// Between libgit2's object ids and the model's CommitId: the same twenty bytes, copied.
#pragma once

#include <cstring>

#include <git2.h>

#include "model/ids.hpp"

namespace brag::git {

static_assert(GIT_OID_RAWSZ == CommitId::size, "libgit2 object ids are CommitId's size");

inline CommitId commit_id(const git_oid& oid) {
    CommitId::Bytes bytes;
    std::memcpy(bytes.data(), oid.id, CommitId::size);
    return CommitId(bytes);
}

inline git_oid to_git_oid(const CommitId& id) {
    git_oid oid;
    std::memcpy(oid.id, id.bytes().data(), CommitId::size);
    return oid;
}

} // namespace brag::git
