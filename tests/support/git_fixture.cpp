#include "git_fixture.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace brag::test {

std::map<std::string, std::string> isolated_git_environment(const std::string& home) {
    return {{"HOME", home},
            {"GIT_CONFIG_NOSYSTEM", "1"},
            {"GIT_CONFIG_GLOBAL", "/dev/null"},
            {"GIT_TERMINAL_PROMPT", "0"},
            {"LC_ALL", "C"},
            {"TZ", "UTC"}};
}

GitRepo::GitRepo(const std::filesystem::path& parent, const std::string& name)
    : path_(parent / name), home_(parent.string()) {
    std::filesystem::create_directories(path_);
    git({"init", "-q", "-b", "main"});
    git({"config", "commit.gpgsign", "false"});
    git({"config", "tag.gpgsign", "false"});
}

std::string GitRepo::git(const std::vector<std::string>& arguments) const {
    std::vector<std::string> command{"git"};
    command.insert(command.end(), arguments.begin(), arguments.end());
    return run_checked(command, str(), isolated_git_environment(home_));
}

CommandResult GitRepo::git_result(const std::vector<std::string>& arguments) const {
    std::vector<std::string> command{"git"};
    command.insert(command.end(), arguments.begin(), arguments.end());
    return run_command(command, str(), isolated_git_environment(home_));
}

void GitRepo::write(const std::string& relative_path, const std::string& content) const {
    const auto file = path_ / relative_path;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary | std::ios::trunc) << content;
}

void GitRepo::append(const std::string& relative_path, const std::string& content) const {
    const auto file = path_ / relative_path;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary | std::ios::app) << content;
}

std::map<std::string, std::string>
GitRepo::env_for(const Identity& author, const Identity& committer, const std::string& date) const {
    auto env = isolated_git_environment(home_);
    env["GIT_AUTHOR_NAME"] = author.name;
    env["GIT_AUTHOR_EMAIL"] = author.email;
    env["GIT_AUTHOR_DATE"] = date;
    env["GIT_COMMITTER_NAME"] = committer.name;
    env["GIT_COMMITTER_EMAIL"] = committer.email;
    env["GIT_COMMITTER_DATE"] = date;
    return env;
}

std::string GitRepo::commit(const Identity& author, const std::string& date,
                            const std::string& message, const Identity* committer) const {
    git({"add", "-A"});
    run_checked({"git", "commit", "-q", "--allow-empty", "-m", message}, str(),
                env_for(author, committer ? *committer : author, date));
    auto id = git({"rev-parse", "HEAD"});
    id.pop_back();
    return id;
}

std::string GitRepo::merge(const std::string& branch, const Identity& who, const std::string& date,
                           const std::string& message) const {
    run_checked({"git", "merge", "-q", "--no-ff", "-m", message, branch}, str(),
                env_for(who, who, date));
    auto id = git({"rev-parse", "HEAD"});
    id.pop_back();
    return id;
}

void GitRepo::annotated_tag(const std::string& name, const Identity& tagger,
                            const std::string& date, const std::string& message) const {
    run_checked({"git", "tag", "-a", name, "-m", message}, str(), env_for(tagger, tagger, date));
}

void GitRepo::lightweight_tag(const std::string& name) const {
    git({"tag", name});
}

std::string brag_binary() {
    return BRAG_BINARY;
}

CommandResult run_brag(const std::vector<std::string>& arguments, const std::string& directory,
                       const std::map<std::string, std::string>& environment) {
    // BRAG_TEST_WRAPPER, words separated by spaces, runs the binary under another program:
    // scripts/valgrind.sh runs the integration tests under valgrind's memcheck this way.
    std::vector<std::string> command;
    if (const char* wrapper = std::getenv("BRAG_TEST_WRAPPER")) {
        std::istringstream words(wrapper);
        for (std::string word; words >> word;)
            command.push_back(word);
    }
    command.push_back(brag_binary());
    command.insert(command.end(), arguments.begin(), arguments.end());
    // A home of the test's own: the fact cache and any user configuration land there, never
    // in the repositories a test scans.
    static const TempDir home;
    auto env = isolated_git_environment(home.str());
    env["XDG_CACHE_HOME"] = (home.path() / "cache").string();
    env["XDG_CONFIG_HOME"] = (home.path() / "config").string();
    for (const auto& [key, value] : environment)
        env[key] = value;
    return run_command(command, directory, env);
}

void build_samples(const std::filesystem::path& folder) {
    run_checked({"bash", BRAG_SAMPLES_SCRIPT, folder.string()}, folder.parent_path().string());
}

} // namespace brag::test
