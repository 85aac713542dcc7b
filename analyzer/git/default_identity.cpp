#include "default_identity.hpp"

#include "git_handles.hpp"

namespace brag {
namespace {

void add_value(git_config* config, const char* key, std::vector<std::string>& out) {
    git::Buffer value;
    if (git_config_get_string_buf(value.get(), config, key) == 0 && !value.str().empty())
        out.push_back(value.str());
}

} // namespace

std::vector<std::string> default_identity(const std::string& folder) {
    git::ConfigHandle config;
    git_repository* raw_repo = nullptr;
    if (git_repository_open_ext(&raw_repo, folder.c_str(), 0, nullptr) == 0) {
        git::RepositoryHandle repo(raw_repo);
        git_config* raw = nullptr;
        if (git_repository_config_snapshot(&raw, repo.get()) == 0)
            config.reset(raw);
    }
    if (!config) {
        git_config* raw = nullptr;
        if (git_config_open_default(&raw) == 0)
            config.reset(raw);
    }
    std::vector<std::string> identity;
    if (config) {
        add_value(config.get(), "user.email", identity);
        add_value(config.get(), "user.name", identity);
    }
    return identity;
}

} // namespace brag
