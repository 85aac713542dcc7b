#include "repository_health.hpp"

#include <string_view>

#include <fmt/format.h>

#include "git_handles.hpp"
#include "model/text.hpp"

namespace brag {

void check_head(git_repository* repo, const std::string& path, bool all_refs,
                std::vector<std::string>& warnings) {
    const int unborn = git_repository_head_unborn(repo);
    if (unborn < 0)
        git::check(unborn, path, "HEAD is not a valid reference or commit id");
    if (unborn == 0)
        return;
    // Empty: no reference at all. (libgit2's git_repository_is_empty also wants HEAD to name
    // init.defaultBranch, "master" unless configured, so a new "main" repository is not.)
    bool any_reference = false;
    git_reference_iterator* raw_iterator = nullptr;
    if (git_reference_iterator_new(&raw_iterator, repo) == 0) {
        git::ReferenceIteratorHandle iterator(raw_iterator);
        const char* name = nullptr;
        any_reference = git_reference_next_name(&name, iterator.get()) == 0;
    }
    if (!any_reference) {
        warnings.emplace_back("empty repository: no commits yet");
        return;
    }
    std::string branch = "a branch";
    git_reference* raw = nullptr;
    if (git_reference_lookup(&raw, repo, "HEAD") == 0) {
        git::ReferenceHandle head(raw);
        if (const char* target = git_reference_symbolic_target(head.get()))
            branch = target;
    }
    warnings.push_back(fmt::format("HEAD names {}, which has no commits yet{}", branch,
                                   all_refs ? "" : "; --all reads the other branches"));
}

std::string shallow_clone_warning(std::size_t boundary_commits) {
    return fmt::format(
        "shallow clone: the history behind its {} is missing and not counted; run "
        "git fetch --unshallow in it for the whole history",
        plural(static_cast<std::int64_t>(boundary_commits), "boundary commit", "boundary commits"));
}

std::optional<std::vector<git_oid>> parents_of_unparsable_commit(git_repository* repo,
                                                                 const git_oid& id) {
    git_odb* raw_odb = nullptr;
    if (git_repository_odb(&raw_odb, repo) < 0)
        return std::nullopt;
    git::OdbHandle odb(raw_odb);
    git_odb_object* raw_object = nullptr;
    if (git_odb_read(&raw_object, odb.get(), &id) < 0)
        return std::nullopt;
    git::OdbObjectHandle object(raw_object);
    if (git_odb_object_type(object.get()) != GIT_OBJECT_COMMIT)
        return std::nullopt;
    const std::string_view text(static_cast<const char*>(git_odb_object_data(object.get())),
                                git_odb_object_size(object.get()));
    // The header ends at the first empty line; "parent <hex>" lines follow "tree <hex>".
    std::vector<git_oid> parents;
    for (const auto line : text_lines(text)) {
        if (line.empty())
            break;
        constexpr std::string_view key = "parent ";
        git_oid parent;
        if (line.starts_with(key) && line.size() == key.size() + GIT_OID_HEXSZ &&
            git_oid_fromstrn(&parent, line.data() + key.size(), GIT_OID_HEXSZ) == 0)
            parents.push_back(parent);
    }
    return parents;
}

} // namespace brag
