#include "git_config_defaults.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "command_line.hpp"
#include "git/default_identity.hpp"
#include "git/git_handles.hpp"

namespace brag {
namespace {

using IteratorHandle = git::Handle<git_config_iterator, git_config_iterator_free>;

std::string without_dashes(std::string text) {
    text.erase(std::remove(text.begin(), text.end(), '-'), text.end());
    return text;
}

// The configuration git would use in `folder`, and its work tree when `folder` is in one: the
// repository is opened once, here, for everything the run reads where it starts. No config
// when even the user's cannot be opened.
struct FolderConfig {
    git::ConfigHandle config;
    std::optional<std::filesystem::path> work_tree;
};

FolderConfig open_config(const std::string& folder) {
    FolderConfig found;
    git_repository* raw_repo = nullptr;
    if (git_repository_open_ext(&raw_repo, folder.c_str(), 0, nullptr) == 0) {
        git::RepositoryHandle repo(raw_repo);
        if (const char* workdir = git_repository_workdir(repo.get()))
            found.work_tree = std::filesystem::path(workdir);
        git_config* raw = nullptr;
        if (git_repository_config_snapshot(&raw, repo.get()) == 0) {
            found.config.reset(raw);
            return found;
        }
    }
    git_config* raw = nullptr;
    if (git_config_open_default(&raw) != 0)
        return found;
    git::ConfigHandle live(raw);
    git_config* snapshot = nullptr;
    if (git_config_snapshot(&snapshot, live.get()) == 0)
        found.config.reset(snapshot);
    return found;
}

} // namespace

GitConfigReading read_git_config_defaults(const std::string& folder) {
    GitConfigReading reading;
    const auto [config, work_tree] = open_config(folder);
    reading.work_tree = work_tree;
    if (!config)
        return reading;
    reading.identity = default_identity(config.get());

    // libgit2 lowercases section and key names, as git does: brag.cacheDir is brag.cachedir.
    std::map<std::string, std::string> option_of_key;
    for (const auto& option : configurable_options()) {
        option_of_key["brag." + option.name] = option.name;
        option_of_key["brag." + without_dashes(option.name)] = option.name;
    }
    // Every entry, lowest priority first (system, global, repository), each file in order: the
    // last value of a key is the one git uses, and a repeated key lists every value. Filtered
    // here rather than by libgit2's glob iterator, whose PCRE2 match (libgit2 1.5) leaks its
    // match data on every entry that does not match: LeakSanitizer finds it.
    git_config_iterator* raw = nullptr;
    if (git_config_iterator_new(&raw, config.get()) != 0)
        return reading;
    IteratorHandle iterator(raw);
    std::set<std::string> unknown;
    git_config_entry* entry = nullptr;
    while (git_config_next(&entry, iterator.get()) == 0) {
        const std::string key = entry->name;
        std::optional<std::string> value;
        if (entry->value != nullptr)
            value = std::string(entry->value);
        if (key == "color.ui") {
            reading.color_ui = value.value_or("true");
            continue;
        }
        if (!key.starts_with("brag."))
            continue;
        const auto found = option_of_key.find(key);
        if (found == option_of_key.end()) {
            unknown.insert(key);
            continue;
        }
        reading.defaults[found->second].push_back(GitConfigValue{key, value});
    }
    reading.unknown.assign(unknown.begin(), unknown.end());
    return reading;
}

} // namespace brag
