// brag.* defaults read from real git config files: a repository's own config over the user's
// (global) one, in a HOME and XDG_CONFIG_HOME of the test's own, and git's answer for the same
// keys as the reference.
#include <cstdlib>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "app/git_config_defaults.hpp"
#include "git/git_handles.hpp"
#include "tests/support/git_fixture.hpp"

using namespace brag;
using namespace brag::test;

namespace {

// A user's home with a global config, and a repository with its own.
struct Homes {
    TempDir home;
    TempDir work;
    GitRepo repo{work.path(), "repo"};
    std::map<std::string, std::string> environment;

    Homes() {
        environment = isolated_git_environment(home.str());
        // The user's config is HOME/.gitconfig here, as libgit2 reads it (GIT_CONFIG_GLOBAL is
        // git's alone).
        environment.erase("GIT_CONFIG_GLOBAL");
        unsetenv("GIT_CONFIG_GLOBAL");
        environment["XDG_CONFIG_HOME"] = (home.path() / "config").string();
        // libgit2 finds the user's files from these, read when it is initialised.
        for (const auto& [name, value] : environment)
            setenv(name.c_str(), value.c_str(), 1);
    }
    void global(const std::vector<std::string>& arguments) const {
        // --file, not --global: never a config file this test does not own.
        std::vector<std::string> command{"git", "config", "--file",
                                         (home.path() / ".gitconfig").string()};
        command.insert(command.end(), arguments.begin(), arguments.end());
        run_checked(command, home.str(), environment);
    }
    void local(const std::vector<std::string>& arguments) const {
        std::vector<std::string> command{"config"};
        command.insert(command.end(), arguments.begin(), arguments.end());
        repo.git(command);
    }
    // What git itself says the value of `key` is in the repository.
    std::string git_says(const std::string& key) const {
        auto value = run_checked({"git", "config", "--get", key}, repo.str(), environment);
        while (!value.empty() && value.back() == '\n')
            value.pop_back();
        return value;
    }
};

std::vector<std::string> values_of(const GitConfigReading& reading, const std::string& option) {
    std::vector<std::string> values;
    const auto found = reading.defaults.find(option);
    if (found != reading.defaults.end())
        for (const auto& entry : found->second)
            values.push_back(entry.value.value_or("<no value>"));
    return values;
}

} // namespace

BOOST_AUTO_TEST_CASE(the_repository_config_wins_over_the_global_one) {
    Homes homes;
    homes.global({"brag.since", "1 year ago"});
    homes.global({"brag.output", "global.md"});
    homes.global({"color.ui", "never"});
    homes.local({"brag.output", "local.md"});
    git::Library library;
    const auto reading = read_git_config_defaults(homes.repo.str());
    BOOST_TEST(values_of(reading, "since").back() == homes.git_says("brag.since"));
    BOOST_TEST(values_of(reading, "output").back() == homes.git_says("brag.output"));
    BOOST_TEST(values_of(reading, "output").back() == "local.md");
    BOOST_TEST(*reading.color_ui == "never");
}

BOOST_AUTO_TEST_CASE(repeated_keys_camel_case_and_unknown_keys) {
    Homes homes;
    homes.global({"--add", "brag.author", "ada@example.com"});
    homes.local({"--add", "brag.author", "ada@old.example"});
    homes.local({"brag.cacheDir", "cache"});
    homes.local({"brag.redact-keep", "oss"});
    homes.local({"brag.autor", "typo@example.com"});
    git::Library library;
    const auto reading = read_git_config_defaults(homes.repo.str());
    // Every value of a repeated key, as `git config --get-all` lists them.
    const auto all = run_checked({"git", "config", "--get-all", "brag.author"}, homes.repo.str(),
                                 homes.environment);
    BOOST_TEST(all == "ada@example.com\nada@old.example\n");
    BOOST_TEST((values_of(reading, "author") ==
                std::vector<std::string>{"ada@example.com", "ada@old.example"}));
    BOOST_TEST((values_of(reading, "cache-dir") == std::vector<std::string>{"cache"}));
    BOOST_TEST((values_of(reading, "redact-keep") == std::vector<std::string>{"oss"}));
    BOOST_TEST((reading.unknown == std::vector<std::string>{"brag.autor"}));
}

BOOST_AUTO_TEST_CASE(a_key_without_a_value_and_a_folder_outside_any_repository) {
    Homes homes;
    homes.repo.append(".git/config", "[brag]\n\tteam\n");
    homes.global({"brag.format", "json"});
    git::Library library;
    const auto reading = read_git_config_defaults(homes.repo.str());
    BOOST_REQUIRE(reading.defaults.count("team"));
    BOOST_TEST(!reading.defaults.at("team").front().value.has_value());
    // git reads such a key as true.
    BOOST_TEST(run_checked({"git", "config", "--type=bool", "--get", "brag.team"}, homes.repo.str(),
                           homes.environment) == "true\n");
    // Outside a repository only the user's config applies.
    const auto outside = read_git_config_defaults(homes.work.str());
    BOOST_TEST((values_of(outside, "format") == std::vector<std::string>{"json"}));
    BOOST_TEST(!outside.defaults.count("team"));
}
