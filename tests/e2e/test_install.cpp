// `cmake --install` into a folder of the test's own puts git-brag where git finds it: `git brag
// --version` runs it, `git brag --help` opens its manual page, and both completions are there.
// Every option the program accepts (read from its own -h) must appear in the manual page and in
// the bash and zsh completions, so that none of them can fall behind the program.
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <boost/test/unit_test.hpp>

#include "tests/support/command.hpp"
#include "tests/support/git_fixture.hpp"
#include "tests/support/temp_dir.hpp"

using namespace brag::test;
namespace fs = std::filesystem;

namespace {

// The options of `git-brag -h`: the lines of its option table start with two spaces and a
// dash ("  -o [ --output ] FILE   write ..."); the option column ends at two spaces.
std::set<std::string> options_of_the_program() {
    const auto help = run_checked({brag_binary(), "-h"}, ".");
    std::set<std::string> options;
    std::istringstream lines(help);
    std::string line;
    const std::regex option(R"((^|[\s\[])(--?[A-Za-z][A-Za-z-]*))");
    while (std::getline(lines, line)) {
        if (!line.starts_with("  -"))
            continue;
        const auto column = line.substr(0, line.find("  ", 2));
        for (std::sregex_iterator it(column.begin(), column.end(), option), end; it != end; ++it)
            options.insert((*it)[2]);
    }
    return options;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct Installed {
    TempDir prefix;
    TempDir home;
    std::map<std::string, std::string> environment;
    Installed() {
        run_checked({BRAG_CMAKE, "--install", BRAG_BUILD_DIR, "--prefix", prefix.str()}, ".");
        environment = isolated_git_environment(home.str());
        environment["PATH"] = (prefix.path() / "bin").string() + ":" + std::getenv("PATH");
        environment["MANPATH"] = (prefix.path() / "share" / "man").string();
        environment["MANPAGER"] = "cat";
        environment["PAGER"] = "cat";
        environment["MANWIDTH"] = "80";
        environment["LC_ALL"] = "C";
    }
    fs::path path(const std::string& relative) const { return prefix.path() / relative; }
};

} // namespace

BOOST_AUTO_TEST_CASE(the_program_lists_its_options) {
    const auto options = options_of_the_program();
    for (const std::string expected :
         {"--author", "--since", "-o", "--output", "-C", "-h", "--help", "--version", "--compare"})
        BOOST_TEST(options.count(expected) == 1u, expected);
    BOOST_TEST(options.count("--reviewed-by") == 0u); // from a description, not an option
}

BOOST_AUTO_TEST_CASE(git_runs_the_installed_subcommand) {
    Installed installed;
    BOOST_TEST(fs::is_regular_file(installed.path("bin/git-brag")));
    const auto version = run_checked({brag_binary(), "--version"}, ".");
    BOOST_TEST(run_checked({"git", "brag", "--version"}, installed.home.str(),
                           installed.environment) == version);
    // git turns `git brag --help` into `man git-brag`.
    const auto manual =
        run_checked({"git", "brag", "--help"}, installed.home.str(), installed.environment);
    BOOST_TEST(manual.find("GIT-BRAG(1)") != std::string::npos, manual);
    BOOST_TEST(manual.find("git-brag - write a brag document") != std::string::npos);
    // And git-brag --help, run directly, does the same.
    const auto direct = run_checked({installed.path("bin/git-brag").string(), "--help"},
                                    installed.home.str(), installed.environment);
    BOOST_TEST(direct == manual);
}

BOOST_AUTO_TEST_CASE(every_option_is_in_the_manual_page) {
    Installed installed;
    const auto page = installed.path("share/man/man1/git-brag.1.gz");
    BOOST_REQUIRE(fs::is_regular_file(page));
    const auto text =
        run_checked({"man", "-l", page.string()}, installed.home.str(), installed.environment);
    for (const auto& option : options_of_the_program()) {
        // As the name of an entry or in the synopsis, never only inside another word.
        const std::regex mention("(^|[\\s\\[(|,])" + option + "([\\s\\]|,.]|$)");
        BOOST_TEST(std::regex_search(text, mention), option);
    }
}

BOOST_AUTO_TEST_CASE(every_option_is_completed_by_bash) {
    Installed installed;
    const auto script = installed.path("share/bash-completion/completions/git-brag");
    BOOST_REQUIRE(fs::is_regular_file(script));
    // What bash offers after a dash, as `git-brag -<TAB>` and as `git brag -<TAB>`.
    const auto offered = [&](const std::string& words, int current) {
        const auto out = run_checked(
            {"bash", "-c",
             "source '" + script.string() + "'; COMP_WORDS=(" + words +
                 "); COMP_CWORD=" + std::to_string(current) +
                 "; _git_brag; printf '%s\\n' \"${COMPREPLY[@]}\"; complete -p git-brag"},
            ".");
        std::set<std::string> options;
        std::istringstream lines(out);
        std::string line;
        while (std::getline(lines, line))
            if (line.starts_with("-"))
                options.insert(line);
        BOOST_TEST(out.find("complete -o filenames -F _git_brag git-brag") != std::string::npos);
        return options;
    };
    const auto expected = options_of_the_program();
    BOOST_TEST((offered("git-brag -", 1) == expected));
    BOOST_TEST((offered("git brag -", 2) == expected));
    BOOST_TEST((offered("git brag --re", 2) ==
                std::set<std::string>{"--redact", "--redact-keep", "--reviews"}));
}

BOOST_AUTO_TEST_CASE(every_option_is_completed_by_zsh) {
    Installed installed;
    const auto file = installed.path("share/zsh/vendor-completions/_git-brag");
    BOOST_REQUIRE(fs::is_regular_file(file));
    const auto text = read_file(file);
    BOOST_TEST(text.starts_with("#compdef git-brag\n"));
    for (const auto& option : options_of_the_program()) {
        // An _arguments spec: '--since[...]', '(...)--until[...]' or {-o,--output}'[...]'.
        const std::regex spec("['{,)*]" + option + "[\\[,}]");
        BOOST_TEST(std::regex_search(text, spec), option);
    }
}
