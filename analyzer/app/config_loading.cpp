#include "config_loading.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "git/git_handles.hpp"
#include "parse/config_file.hpp"

namespace brag {
namespace {

namespace fs = std::filesystem;

std::optional<fs::path> user_config_file() {
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg == '/')
        return fs::path(xdg) / "git-brag" / "config.toml";
    if (const char* home = std::getenv("HOME"); home && *home)
        return fs::path(home) / ".config" / "git-brag" / "config.toml";
    return std::nullopt;
}

// .git-brag.toml at the root of the work tree that `folder` is in, if any.
std::optional<fs::path> repository_config_file(const std::string& folder) {
    git_repository* raw = nullptr;
    if (git_repository_open_ext(&raw, folder.c_str(), 0, nullptr) < 0)
        return std::nullopt;
    git::RepositoryHandle repo(raw);
    const char* workdir = git_repository_workdir(repo.get());
    if (workdir == nullptr)
        return std::nullopt;
    return fs::path(workdir) / ".git-brag.toml";
}

void apply_file(LoadedConfig& loaded, const fs::path& file) {
    apply_config(loaded.config, read_text_file(file.string()), file.string());
    loaded.sources += ", " + file.string();
}

} // namespace

std::string read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path + ": " + std::strerror(errno));
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

LoadedConfig load_config(const std::optional<std::string>& config_file, const std::string& folder) {
    LoadedConfig loaded;
    std::error_code error;
    for (const auto& layer : {user_config_file(), repository_config_file(folder)})
        if (layer && fs::is_regular_file(*layer, error))
            apply_file(loaded, *layer);
    if (config_file)
        apply_file(loaded, *config_file); // a missing --config file is an error, not a skip
    return loaded;
}

} // namespace brag
