#include "mailmap_reader.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>

#include "git_handles.hpp"

namespace brag {
namespace {

namespace fs = std::filesystem;

// A missing file is no mailmap (as in git); any other failure is a warning.
void add_file(Mailmap& mailmap, const fs::path& file, bool follow_symlinks,
              std::vector<std::string>& warnings) {
    std::error_code error;
    const auto status = follow_symlinks ? fs::status(file, error) : fs::symlink_status(file, error);
    if (status.type() == fs::file_type::not_found)
        return;
    if (error) {
        warnings.push_back("could not read mailmap " + file.string() + ": " + error.message());
        return;
    }
    if (status.type() == fs::file_type::symlink) { // git opens the work tree's with O_NOFOLLOW
        warnings.push_back("could not read mailmap " + file.string() + ": it is a symbolic link");
        return;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in.is_open()) {
        warnings.push_back("could not read mailmap " + file.string());
        return;
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    mailmap.add_file_text(text);
}

// A revision that does not resolve is no mailmap (as in git); one that is not a blob is a warning.
void add_blob(Mailmap& mailmap, git_repository* repo, const std::string& revision,
              std::vector<std::string>& warnings) {
    git_object* raw = nullptr;
    if (git_revparse_single(&raw, repo, revision.c_str()) != 0)
        return;
    git::ObjectHandle object(raw);
    if (git_object_type(object.get()) != GIT_OBJECT_BLOB) {
        warnings.push_back("mailmap is not a blob: " + revision);
        return;
    }
    auto* blob = reinterpret_cast<git_blob*>(object.get());
    mailmap.add_blob_text(std::string_view(static_cast<const char*>(git_blob_rawcontent(blob)),
                                           static_cast<std::size_t>(git_blob_rawsize(blob))));
}

} // namespace

Mailmap read_mailmap(git_repository* repo, std::vector<std::string>& warnings) {
    Mailmap mailmap;
    std::optional<std::string> file_setting;
    std::optional<std::string> blob_setting;
    git_config* raw_config = nullptr;
    if (git_repository_config_snapshot(&raw_config, repo) == 0) {
        git::ConfigHandle config(raw_config);
        git::Buffer path;
        if (git_config_get_path(path.get(), config.get(), "mailmap.file") == 0)
            file_setting = path.str();
        const char* blob = nullptr;
        if (git_config_get_string(&blob, config.get(), "mailmap.blob") == 0 && blob)
            blob_setting = blob;
    } else {
        warnings.push_back("could not read the configuration for mailmap.file and mailmap.blob: " +
                           git::last_error_message());
    }

    const bool bare = git_repository_is_bare(repo) != 0;
    // git runs in the work tree's top folder, or in the git directory of a bare repository.
    const fs::path cwd = bare ? git_repository_path(repo) : git_repository_workdir(repo);
    if (!blob_setting && bare)
        blob_setting = "HEAD:.mailmap";
    if (!bare)
        add_file(mailmap, cwd / ".mailmap", false, warnings);
    if (blob_setting)
        add_blob(mailmap, repo, *blob_setting, warnings);
    if (file_setting && !file_setting->empty())
        add_file(mailmap, cwd / *file_setting, true, warnings);
    return mailmap;
}

} // namespace brag
