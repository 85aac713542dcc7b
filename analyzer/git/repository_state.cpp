#include "repository_state.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include "git_handles.hpp"

namespace brag {
namespace {

namespace fs = std::filesystem;

// A file's bytes, or a marker that it is absent: absent and empty are different states.
std::string file_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return "(none)";
    return "(" + std::string(std::istreambuf_iterator<char>(in), {}) + ")";
}

void add_line(std::string& out, std::string_view kind, std::string_view name,
              std::string_view value) {
    out.append(kind).append(" ").append(name).append(" ").append(value).append("\n");
}

// Every ref, by name: its target id, or the ref a symbolic one names.
void add_refs(git_repository* repo, std::string& out) {
    std::vector<std::string> lines;
    git_reference_iterator* raw_iterator = nullptr;
    if (git_reference_iterator_new(&raw_iterator, repo) != 0) {
        add_line(out, "refs", "unreadable", git::last_error_message());
        return;
    }
    git::ReferenceIteratorHandle iterator(raw_iterator);
    git_reference* raw_ref = nullptr;
    while (git_reference_next(&raw_ref, iterator.get()) == 0) {
        git::ReferenceHandle ref(raw_ref);
        std::string line = git_reference_name(ref.get());
        if (git_reference_type(ref.get()) == GIT_REFERENCE_SYMBOLIC)
            line += " -> " + std::string(git_reference_symbolic_target(ref.get()));
        else if (const git_oid* id = git_reference_target(ref.get()))
            line += " " + std::string(git_oid_tostr_s(id));
        lines.push_back(std::move(line));
    }
    std::sort(lines.begin(), lines.end());
    for (const auto& line : lines)
        add_line(out, "ref", line, "");
    git_reference* raw_head = nullptr;
    if (git_reference_lookup(&raw_head, repo, "HEAD") == 0) {
        git::ReferenceHandle head(raw_head);
        if (git_reference_type(head.get()) == GIT_REFERENCE_SYMBOLIC)
            add_line(out, "head", "->", git_reference_symbolic_target(head.get()));
        else if (const git_oid* id = git_reference_target(head.get()))
            add_line(out, "head", "=", git_oid_tostr_s(id));
    } else {
        add_line(out, "head", "unreadable", git::last_error_message());
    }
    git_oid head_id;
    if (git_reference_name_to_id(&head_id, repo, "HEAD") == 0)
        add_line(out, "head", "id", git_oid_tostr_s(&head_id));
}

// Every configuration entry in force, at every level, in git's order.
void add_config(git_repository* repo, std::string& out) {
    git_config* raw_config = nullptr;
    if (git_repository_config_snapshot(&raw_config, repo) != 0) {
        add_line(out, "config", "unreadable", git::last_error_message());
        return;
    }
    git::ConfigHandle config(raw_config);
    git_config_foreach(
        config.get(),
        [](const git_config_entry* entry, void* payload) {
            add_line(*static_cast<std::string*>(payload), "config", entry->name,
                     entry->value ? entry->value : "(no value)");
            return 0;
        },
        &out);
}

} // namespace

std::string repository_state(git_repository* repo) {
    std::string out;
    const bool bare = git_repository_is_bare(repo) != 0;
    const fs::path git_dir = git_repository_path(repo);
    const fs::path common = git_repository_commondir(repo);
    add_line(out, "path", "git", git_dir.string());
    add_line(out, "path", "common", common.string());
    add_line(out, "path", "work", bare ? "(bare)" : git_repository_workdir(repo));
    add_refs(repo, out);
    add_config(repo, out);
    if (!bare)
        add_line(out, "file", ".mailmap",
                 file_text(fs::path(git_repository_workdir(repo)) / ".mailmap"));
    // mailmap.file names a file of its own; read relative to where git runs.
    git_config* raw_config = nullptr;
    if (git_repository_config_snapshot(&raw_config, repo) == 0) {
        git::ConfigHandle config(raw_config);
        git::Buffer path;
        if (git_config_get_path(path.get(), config.get(), "mailmap.file") == 0) {
            const fs::path where = bare ? git_dir : fs::path(git_repository_workdir(repo));
            add_line(out, "file", "mailmap.file", file_text(where / path.str()));
        }
    }
    for (const char* name : {"shallow", "info/grafts", "objects/info/alternates"})
        add_line(out, "file", name, file_text(common / name));
    // Objects are immutable, but a missing one can be brought back (a fetch, an unpacked pack):
    // the list of packs changes then.
    std::vector<std::string> packs;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(common / "objects" / "pack", error))
        packs.push_back(entry.path().filename().string());
    std::sort(packs.begin(), packs.end());
    for (const auto& pack : packs)
        add_line(out, "pack", pack, "");
    return out;
}

std::string cache_identity(git_repository* repo) {
    std::error_code error;
    const auto common = fs::weakly_canonical(git_repository_commondir(repo), error);
    return error ? std::string(git_repository_commondir(repo)) : common.string();
}

} // namespace brag
