// git-brag behaves as a git subcommand: defaults from git config (brag.*, user.*), -C as git's,
// colour on stderr only on a terminal, -h and --help.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "tests/support/git_fixture.hpp"

using namespace brag::test;

namespace {

struct TwoAuthors {
    TempDir home;
    TempDir dir;
    GitRepo repo{dir.path(), "repo"};
    TwoAuthors() {
        repo.write("a.txt", "a\n");
        repo.commit(ada, "2025-01-06T10:00:00+0000", "Add a");
        repo.write("b.txt", "b\n");
        repo.commit(bob, "2025-06-02T10:00:00+0000", "Add b");
        repo.write("c.txt", "c\n");
        repo.commit(ada, "2026-02-02T10:00:00+0000", "Add c");
    }
    // run_brag with a home (and so a global git config) of this fixture's own.
    CommandResult brag(const std::vector<std::string>& arguments, const std::string& directory,
                       std::map<std::string, std::string> environment = {}) const {
        environment["HOME"] = home.str();
        environment["XDG_CONFIG_HOME"] = (home.path() / "config").string();
        environment["XDG_CACHE_HOME"] = (home.path() / "cache").string();
        return run_brag(arguments, directory, environment);
    }
    void global(const std::string& key, const std::string& value) const {
        // --file, not --global: never a config file this test does not own.
        run_checked(
            {"git", "config", "--file", (home.path() / ".gitconfig").string(), "--add", key, value},
            home.str(), isolated_git_environment(home.str()));
    }
};

nlohmann::json json_of(const CommandResult& result) {
    BOOST_REQUIRE_MESSAGE(result.status == 0, result.err);
    return nlohmann::json::parse(result.out);
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

BOOST_AUTO_TEST_CASE(brag_keys_in_git_config_are_the_defaults) {
    TwoAuthors fixture;
    fixture.global("brag.author", "bob@example.com");
    fixture.global("brag.format", "json");
    fixture.repo.git({"config", "brag.since", "2025-03-01"});
    const auto json = json_of(fixture.brag({}, fixture.repo.str()));
    BOOST_TEST(json["subject"]["emails"].dump() == R"(["bob@example.com"])");
    BOOST_TEST(json["commits"].size() == 1u);
    // The command line wins.
    const auto ada_json =
        json_of(fixture.brag({"--author", "ada@example.com"}, fixture.repo.str()));
    BOOST_TEST(ada_json["commits"].size() == 1u); // 2026-02-02: the configured since still holds
    const auto whole = json_of(
        fixture.brag({"--author", "ada@example.com", "--year", "2025"}, fixture.repo.str()));
    BOOST_TEST(whole["commits"].size() == 1u); // 2025-01-06
    BOOST_TEST(whole["window"]["since"] == "2025-01-01T00:00:00+00:00");
}

BOOST_AUTO_TEST_CASE(user_email_is_the_identity_without_brag_author) {
    TwoAuthors fixture;
    fixture.repo.git({"config", "user.email", "ada@example.com"});
    const auto json = json_of(fixture.brag({"--format", "json"}, fixture.repo.str()));
    BOOST_TEST(json["commits"].size() == 2u);
}

BOOST_AUTO_TEST_CASE(an_unknown_brag_key_is_reported) {
    TwoAuthors fixture;
    fixture.repo.git({"config", "brag.autor", "ada@example.com"});
    const auto result = fixture.brag({"--author", "ada@example.com"}, fixture.repo.str());
    BOOST_TEST(result.status == 0);
    BOOST_TEST(result.err == "git-brag: git config brag.autor: not a git-brag setting (ignored)\n");
}

BOOST_AUTO_TEST_CASE(dash_c_runs_as_if_started_there) {
    TwoAuthors fixture;
    TempDir elsewhere;
    const auto result = fixture.brag({"-C", fixture.dir.str(), "-C", "repo", "--author",
                                      "ada@example.com", "-o", "../BRAG.md", "."},
                                     elsewhere.str());
    BOOST_TEST(result.status == 0, result.err);
    // -o is read from the -C folder, as git -C reads every relative path.
    const auto document = read_file(fixture.dir.path() / "BRAG.md");
    BOOST_TEST(document.find("**2 commits**") != std::string::npos, document);
    BOOST_TEST(std::filesystem::is_empty(elsewhere.path()));
    const auto missing = fixture.brag({"-C", "no-such-folder"}, elsewhere.str());
    BOOST_TEST(missing.status == 2);
    BOOST_TEST(missing.err.find("no-such-folder") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(colour_only_on_a_terminal) {
    TwoAuthors fixture;
    // A warning: --redact-keep names no repository.
    const std::vector<std::string> arguments{"--author", "ada@example.com", "--redact-keep",
                                             "nope"};
    const auto plain = fixture.brag(arguments, fixture.repo.str());
    BOOST_TEST(plain.err == "git-brag: --redact-keep nope: no repository of that name\n");

    // script(1) gives the program a terminal; stderr then is one.
    std::string command = brag_binary();
    for (const auto& argument : arguments)
        command += " '" + argument + "'";
    command += " >/dev/null";
    const auto on_terminal = [&](std::map<std::string, std::string> environment) {
        environment["TERM"] = "xterm";
        environment["HOME"] = fixture.home.str();
        environment["XDG_CONFIG_HOME"] = (fixture.home.path() / "config").string();
        environment["XDG_CACHE_HOME"] = (fixture.home.path() / "cache").string();
        environment["GIT_CONFIG_NOSYSTEM"] = "1";
        return run_command({"script", "-qec", command, "/dev/null"}, fixture.repo.str(),
                           environment);
    };
    const auto coloured = on_terminal({});
    BOOST_TEST(coloured.out.find("\033[33mgit-brag:\033[m --redact-keep nope") != std::string::npos,
               coloured.out);
    const auto no_color = on_terminal({{"NO_COLOR", "1"}});
    BOOST_TEST(no_color.out.find("git-brag: --redact-keep nope") != std::string::npos);
    BOOST_TEST(no_color.out.find('\033') == std::string::npos);
    fixture.global("color.ui", "never");
    const auto never = on_terminal({});
    BOOST_TEST(never.out.find('\033') == std::string::npos, never.out);
}

BOOST_AUTO_TEST_CASE(help_opens_the_manual_or_prints_the_usage) {
    TwoAuthors fixture;
    TempDir no_manuals;
    // No manual where man looks: --help prints what -h prints.
    const auto help = fixture.brag({"--help"}, fixture.repo.str(), {{"MANPATH", no_manuals.str()}});
    const auto short_help = fixture.brag({"-h"}, fixture.repo.str());
    BOOST_TEST(help.status == 0);
    BOOST_TEST(help.out == short_help.out);
    BOOST_TEST(short_help.out.starts_with("usage: git brag"));
}
