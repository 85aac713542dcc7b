#include "config_loading.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

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

void apply_file(RunSettings& settings, const fs::path& file, std::vector<std::string>* texts_read) {
    const auto text = read_text_file(file.string());
    if (texts_read)
        texts_read->push_back(file.string() + "\n" + text);
    apply_config(settings.config, text, file.string());
    settings.config_source += ", " + file.string();
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

void load_config(RunSettings& settings, const std::optional<fs::path>& work_tree,
                 const std::optional<std::string>& config_file,
                 std::vector<std::string>* texts_read) {
    std::optional<fs::path> repository_file;
    if (work_tree)
        repository_file = *work_tree / ".git-brag.toml";
    std::error_code error;
    for (const auto& layer : {user_config_file(), repository_file})
        if (layer && fs::is_regular_file(*layer, error))
            apply_file(settings, *layer, texts_read);
    if (config_file)
        apply_file(settings, *config_file,
                   texts_read); // a missing --config file is an error, not a skip
}

} // namespace brag
