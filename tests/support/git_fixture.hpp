// Building real repositories with the git command, deterministically, for tests: fixed names,
// emails and dates, no user or system configuration.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "command.hpp"
#include "temp_dir.hpp"

namespace brag::test {

struct Identity {
    std::string name;
    std::string email;
};

// The people of the fixtures, spelt once so that every test means the same Ada.
inline const Identity ada{"Ada Lovelace", "ada@example.com"};
inline const Identity bob{"Bob Martin", "bob@example.com"};
inline const Identity carol{"Carol Chen", "carol@example.com"};

// The environment every git command of a fixture runs with: no user or system config.
std::map<std::string, std::string> isolated_git_environment(const std::string& home);

class GitRepo {
public:
    // A new repository with branch "main" in a subfolder `name` of `parent`.
    GitRepo(const std::filesystem::path& parent, const std::string& name);

    const std::filesystem::path& path() const { return path_; }
    std::string str() const { return path_.string(); }

    // Runs git in the repository and returns its standard output; throws on failure.
    std::string git(const std::vector<std::string>& arguments) const;
    CommandResult git_result(const std::vector<std::string>& arguments) const;

    void write(const std::string& relative_path, const std::string& content) const;
    void append(const std::string& relative_path, const std::string& content) const;

    // Stages everything and commits as `author` (and `committer`, by default the author) at
    // `date` ("2025-03-04T10:15:00+0100"). Returns the new commit's id.
    std::string commit(const Identity& author, const std::string& date, const std::string& message,
                       const Identity* committer = nullptr) const;
    // `git merge --no-ff` of `branch` as `who` at `date`. Returns the merge's id.
    std::string merge(const std::string& branch, const Identity& who, const std::string& date,
                      const std::string& message) const;
    void annotated_tag(const std::string& name, const Identity& tagger, const std::string& date,
                       const std::string& message) const;
    void lightweight_tag(const std::string& name) const;

private:
    std::map<std::string, std::string> env_for(const Identity& author, const Identity& committer,
                                               const std::string& date) const;
    std::filesystem::path path_;
    std::string home_;
};

// Path of the built git-brag binary, and a helper to run it.
std::string brag_binary();
CommandResult run_brag(const std::vector<std::string>& arguments, const std::string& directory,
                       const std::map<std::string, std::string>& environment = {});

// Builds the sample repositories with samples/build-samples.sh into `folder`.
void build_samples(const std::filesystem::path& folder);

} // namespace brag::test
