// The corpus of bad inputs (tests/corpus/build-corpus.sh): for each case, exactly what git-brag
// does: its exit status, every line it writes on stderr, and what the report says. Expected
// values come from git or from how the corpus was built.
#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "tests/support/git_fixture.hpp"
#include "tests/support/git_truth.hpp"

using namespace brag::test;
using Json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

// The corpus, built once for every test of this program.
class Corpus {
public:
    Corpus() : root_(dir_.path() / "corpus") {
        run_checked({"bash", BRAG_CORPUS_SCRIPT, root_.string()}, dir_.str());
    }
    const fs::path& root() const { return root_; }
    std::string str() const { return root_.string(); }
    // Runs git in one of the corpus's repositories; its output without the last newline.
    std::string git(const std::string& repository, const std::vector<std::string>& args) const {
        std::vector<std::string> command{"git", "-C", (root_ / repository).string()};
        command.insert(command.end(), args.begin(), args.end());
        auto out = run_checked(command, str(), isolated_git_environment(dir_.str()));
        while (!out.empty() && out.back() == '\n')
            out.pop_back();
        return out;
    }

private:
    TempDir dir_;
    fs::path root_;
};

const Corpus& corpus() {
    static const Corpus instance;
    return instance;
}

// git-brag as Ada, JSON on stdout, in the corpus folder; the fact cache is left out so that every
// run reads the repositories themselves.
CommandResult brag_json(std::vector<std::string> args) {
    std::vector<std::string> all{"--author", "ada@example.com", "--format", "json", "--no-cache"};
    all.insert(all.end(), args.begin(), args.end());
    return run_brag(all, corpus().str());
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

Json repository(const Json& report, const std::string& path) {
    for (const auto& candidate : report.at("repositories"))
        if (candidate.at("path") == path)
            return candidate;
    throw std::runtime_error("repository " + path + " is not in the report");
}

std::vector<std::string> paths_in(const Json& report) {
    std::vector<std::string> paths;
    for (const auto& candidate : report.at("repositories"))
        paths.push_back(candidate.at("path"));
    return paths;
}

Json author(const Json& repo, const std::string& email) {
    for (const auto& candidate : repo.at("authors"))
        if (candidate.at("email") == email)
            return candidate;
    throw std::runtime_error("author " + email + " is not in the report");
}

void expect_lines(const std::string& err, const std::vector<std::string>& expected) {
    const auto actual = lines_of(err);
    BOOST_TEST(actual == expected, boost::test_tools::per_element());
}

// A read repository agrees with git: commits, merges, tags and authors after .mailmap, and the
// subject's lines (`git log --no-merges --numstat -M`).
void expect_agrees_with_git(const std::string& report, const std::string& path,
                            const std::string& name, bool team = false) {
    const auto truth = ask_git((corpus().root() / path).string(), {"HEAD"}, true);
    const auto differences = compare_with_git(truth, report, name, team);
    BOOST_TEST(differences.empty(),
               path << ": " << fmt::format("{}", fmt::join(differences, "; ")));
}

constexpr auto no_repository = "git-brag: no repository could be read";

// Every path that cannot be read alone: exit 1, its line and the closing line, nothing on stdout.
void expect_unreadable_alone(const std::string& path, const std::string& reason) {
    const auto result = brag_json({path});
    BOOST_TEST(result.status == 1);
    BOOST_TEST(result.out.empty());
    expect_lines(result.err, {"git-brag: " + path + ": " + reason, no_repository});
}

} // namespace

// --- paths that hold no repository ---------------------------------------------------------

BOOST_AUTO_TEST_CASE(a_path_that_does_not_exist) {
    expect_unreadable_alone("no-such-path", "no such file or directory");
}

BOOST_AUTO_TEST_CASE(a_file) {
    expect_unreadable_alone("file.txt", "not a directory");
}

BOOST_AUTO_TEST_CASE(a_folder_without_a_repository) {
    expect_unreadable_alone("no-repo", "no git repository found");
}

BOOST_AUTO_TEST_CASE(a_symbolic_link_loop) {
    // Given as the path: the loop is reported. Met during the search: not followed.
    expect_unreadable_alone("loop/a", "Too many levels of symbolic links");
    const auto result = brag_json({"loop"});
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    BOOST_TEST(result.err.empty(), result.err);
    const auto report = Json::parse(result.out);
    BOOST_TEST(paths_in(report) == std::vector<std::string>{"loop/repo"},
               boost::test_tools::per_element());
    expect_agrees_with_git(result.out, "loop/repo", "repo");
}

// --- repositories that cannot be read --------------------------------------------------------

BOOST_AUTO_TEST_CASE(a_garbage_head) {
    const auto result = brag_json({"garbage-head"});
    BOOST_TEST(result.status == 1);
    BOOST_TEST(result.out.empty());
    expect_lines(result.err, {"git-brag: skipped garbage-head: HEAD is not a valid reference or "
                              "commit id: corrupted loose reference file: HEAD",
                              no_repository});
}

BOOST_AUTO_TEST_CASE(a_malformed_git_configuration) {
    expect_unreadable_alone("bad-config",
                            "not a readable git repository: failed to parse config "
                            "file: missing ']' in section header (in " +
                                (corpus().root() / "bad-config/.git/config").string() + ":1)");
}

BOOST_AUTO_TEST_CASE(a_truncated_pack_file) {
    const auto head = corpus().git("truncated-pack", {"rev-parse", "HEAD"});
    const auto result = brag_json({"truncated-pack"});
    BOOST_TEST(result.status == 1);
    BOOST_TEST(result.out.empty());
    expect_lines(result.err, {"git-brag: skipped truncated-pack: no commit could be read (commit " +
                                  head + ": object not found - no match for id (" + head + "))",
                              no_repository});
}

// An unreadable repository beside a good one: skipped, said once, listed in the report; exit 0.
BOOST_AUTO_TEST_CASE(an_unreadable_repository_beside_a_good_one) {
    const auto result = brag_json({"garbage-head", "base"});
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    expect_lines(result.err, {"git-brag: skipped garbage-head: HEAD is not a valid reference or "
                              "commit id: corrupted loose reference file: HEAD"});
    const auto report = Json::parse(result.out);
    BOOST_TEST(repository(report, "garbage-head").at("skipped") ==
               "HEAD is not a valid reference or commit id: corrupted loose reference file: HEAD");
    BOOST_TEST(repository(report, "base").at("skipped").is_null());
    expect_agrees_with_git(result.out, "base", "base");

    const auto markdown = run_brag(
        {"--author", "ada@example.com", "--no-cache", "garbage-head", "base"}, corpus().str());
    BOOST_TEST_REQUIRE(markdown.status == 0, markdown.err);
    BOOST_TEST(markdown.out.find("Skipped, because they could not be read:\n\n- `garbage-head`: "
                                 "HEAD is not a valid reference or commit id") != std::string::npos,
               markdown.out);
}

// --- permission denied, and repositories of other users -------------------------------------

namespace {

// A copy of a corpus case owned by the unprivileged user nobody (65534), in a folder everyone
// can enter; for the cases that only show when not running as root.
struct CopyForNobody {
    TempDir dir;
    CopyForNobody(const std::string& name) {
        fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_read |
                                        fs::perms::group_exec | fs::perms::others_read |
                                        fs::perms::others_exec);
        run_checked({"cp", "-a", (corpus().root() / name).string(), dir.str()}, dir.str());
        run_checked({"chown", "-R", "65534:65534", (dir.path() / name).string()}, dir.str());
    }
};

bool is_root() {
    return ::geteuid() == 0;
}

// git-brag as the user nobody, when we are root (root reads every folder whatever its mode).
// It runs a copy of the binary in `directory`: the build folder may be where nobody cannot go.
CommandResult brag_as_nobody(const std::vector<std::string>& args, const fs::path& directory) {
    const auto binary = directory / "git-brag";
    if (!fs::exists(binary))
        fs::copy_file(brag_binary(), binary);
    std::vector<std::string> command{
        "setpriv",  "--reuid=65534",   "--regid=65534", "--clear-groups", binary.string(),
        "--author", "ada@example.com", "--format",      "json",           "--no-cache"};
    command.insert(command.end(), args.begin(), args.end());
    auto env = isolated_git_environment(directory.string());
    env["XDG_CONFIG_HOME"] = directory.string();
    return run_command(command, directory.string(), env);
}

} // namespace

BOOST_AUTO_TEST_CASE(permission_denied_during_discovery) {
    // denied/locked has mode 000. Root reads it anyway, so as root the run is made as nobody on
    // a copy nobody owns; as any other user, on the corpus itself.
    std::optional<CopyForNobody> copy;
    CommandResult result;
    if (is_root()) {
        copy.emplace("denied");
        result = brag_as_nobody({"denied"}, copy->dir.path());
    } else {
        result = brag_json({"denied"});
    }
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    expect_lines(result.err, {"git-brag: denied/locked: Permission denied"});
    const auto report = Json::parse(result.out);
    BOOST_TEST(paths_in(report) == (std::vector<std::string>{"denied/locked", "denied/open"}),
               boost::test_tools::per_element());
    BOOST_TEST(repository(report, "denied/locked").at("skipped") == "Permission denied");
    BOOST_TEST(repository(report, "denied/open").at("commits") == 4);
}

BOOST_AUTO_TEST_CASE(a_repository_owned_by_another_user) {
    if (!is_root()) {
        // Only root can give a repository to another user; the message is checked as root.
        BOOST_TEST_MESSAGE("not root: the repository owned by another user is not tested here");
        return;
    }
    CopyForNobody copy("base");
    const auto result = run_brag(
        {"--author", "ada@example.com", "--format", "json", "--no-cache", "base"}, copy.dir.str());
    BOOST_TEST(result.status == 1);
    expect_lines(result.err,
                 {"git-brag: base: owned by another user, and git refuses such a repository too "
                  "(dubious ownership); add it to safe.directory in your global git "
                  "configuration to scan it",
                  no_repository});
}

// --- odd but readable repositories ----------------------------------------------------------

BOOST_AUTO_TEST_CASE(an_empty_repository) {
    const auto result = brag_json({"empty"});
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    expect_lines(result.err, {"git-brag: empty: empty repository: no commits yet"});
    const auto repo = repository(Json::parse(result.out), "empty");
    BOOST_TEST(repo.at("skipped").is_null());
    BOOST_TEST(repo.at("head").is_null());
    BOOST_TEST(repo.at("commits") == 0);
    BOOST_TEST(repo.at("warnings") == Json::array({"empty repository: no commits yet"}));
}

BOOST_AUTO_TEST_CASE(an_unborn_head) {
    const auto warning = std::string("HEAD names refs/heads/never, which has no commits yet");
    auto result = brag_json({"unborn"});
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    expect_lines(result.err, {"git-brag: unborn: " + warning + "; --all reads the other branches"});
    BOOST_TEST(repository(Json::parse(result.out), "unborn").at("commits") == 0);

    // With --all the branch that has the commits is read.
    result = brag_json({"--all", "unborn"});
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    expect_lines(result.err, {"git-brag: unborn: " + warning});
    const auto repo = repository(Json::parse(result.out), "unborn");
    BOOST_TEST(repo.at("commits") ==
               std::stoi(corpus().git("unborn", {"rev-list", "--count", "--all"})));
}

BOOST_AUTO_TEST_CASE(a_detached_head) {
    const auto result = brag_json({"detached"});
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    BOOST_TEST(result.err.empty(), result.err);
    const auto repo = repository(Json::parse(result.out), "detached");
    BOOST_TEST(repo.at("head") == corpus().git("detached", {"rev-parse", "HEAD"}));
    BOOST_TEST(repo.at("commits") == 2); // HEAD is the second of three commits
    expect_agrees_with_git(result.out, "detached", "detached");
}

BOOST_AUTO_TEST_CASE(a_bare_repository) {
    const auto result = brag_json({"bare.git"});
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    BOOST_TEST(result.err.empty(), result.err);
    const auto repo = repository(Json::parse(result.out), "bare.git");
    BOOST_TEST(repo.at("name") == "bare");
    BOOST_TEST(repo.at("head") == corpus().git("base", {"rev-parse", "HEAD"}));
    expect_agrees_with_git(result.out, "bare.git", "bare");
}

BOOST_AUTO_TEST_CASE(a_linked_worktree_is_scanned_once) {
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"worktrees"}, {"worktrees/main", "worktrees/linked"}, {"worktrees/linked"}}) {
        const auto result = brag_json(args);
        BOOST_TEST_REQUIRE(result.status == 0, result.err);
        BOOST_TEST(result.err.empty(), result.err);
        const auto report = Json::parse(result.out);
        BOOST_TEST(paths_in(report) == std::vector<std::string>{"worktrees/linked"},
                   boost::test_tools::per_element());
        expect_agrees_with_git(result.out, "worktrees/linked", "linked");
    }
}

BOOST_AUTO_TEST_CASE(a_repository_with_a_submodule) {
    // The superproject and the library are two repositories; the submodule's checkout inside
    // the superproject is not scanned again. Its commits count as git counts them: the
    // submodule's line "Subproject commit <id>".
    const auto result = brag_json({"--team", "submodules"});
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    BOOST_TEST(result.err.empty(), result.err);
    const auto report = Json::parse(result.out);
    BOOST_TEST(paths_in(report) == (std::vector<std::string>{"submodules/app", "submodules/lib"}),
               boost::test_tools::per_element());
    expect_agrees_with_git(result.out, "submodules/app", "app", true);
    expect_agrees_with_git(result.out, "submodules/lib", "lib", true);
    // main.c; .gitmodules (3 lines) and lib (1); lib's new commit, one line for another
    BOOST_TEST(author(repository(report, "submodules/app"), "ada@example.com").at("lines_added") ==
               1 + 4 + 1);
}

BOOST_AUTO_TEST_CASE(a_shallow_clone) {
    const auto warning = std::string("shallow clone: the history behind its 1 boundary commit is "
                                     "missing and not counted; run git fetch --unshallow in it "
                                     "for the whole history");
    const auto result = brag_json({"shallow"});
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    expect_lines(result.err, {"git-brag: shallow: " + warning});
    const auto repo = repository(Json::parse(result.out), "shallow");
    BOOST_TEST(repo.at("shallow") == true);
    BOOST_TEST(repo.at("warnings") == Json::array({warning}));
    BOOST_TEST(repo.at("commits") == 2); // --depth 2
    expect_agrees_with_git(result.out, "shallow", "shallow");

    const auto markdown =
        run_brag({"--author", "ada@example.com", "--no-cache", "shallow"}, corpus().str());
    BOOST_TEST_REQUIRE(markdown.status == 0, markdown.err);
    BOOST_TEST(markdown.out.find("This is a shallow clone: history before its boundary is "
                                 "missing.") != std::string::npos);
    BOOST_TEST(markdown.out.find("Read in part; what could not be read is not counted:\n\n- "
                                 "`shallow`:\n  - shallow clone: the history behind its 1 "
                                 "boundary commit is missing") != std::string::npos,
               markdown.out);
}

// --- partial damage ---------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(a_missing_blob_skips_that_diff_and_keeps_the_rest) {
    // The blob of a.txt as Bob's commit (HEAD~2) left it is gone: that commit's diff and Ada's
    // next change of a.txt (HEAD) cannot be read; everything else can.
    const auto blob = corpus().git("missing-blob", {"rev-parse", "HEAD~2:a.txt"});
    const auto head = corpus().git("missing-blob", {"rev-parse", "HEAD"});
    const auto bobs = corpus().git("missing-blob", {"rev-parse", "HEAD~2"});
    const auto problem = [&](const std::string& commit) {
        return "commit " + commit + ": its diff could not be read (size of blob " + blob +
               ": object not found - no match for id (" + blob + ")): no lines";
    };
    const auto result = brag_json({"--team", "missing-blob"});
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    // Mined newest first by the walk's order: HEAD, then Bob's.
    expect_lines(result.err, {"git-brag: missing-blob: " + problem(head),
                              "git-brag: missing-blob: " + problem(bobs)});
    const auto repo = repository(Json::parse(result.out), "missing-blob");
    BOOST_TEST(repo.at("commits") == 4);
    BOOST_TEST(repo.at("warnings") == Json::array({problem(head), problem(bobs)}));
    // Ada's two readable commits added a line each ("Add a", "Add b"); Bob's only one is lost.
    BOOST_TEST(author(repo, "ada@example.com").at("commits") == 3);
    BOOST_TEST(author(repo, "ada@example.com").at("lines_added") == 2);
    BOOST_TEST(author(repo, "bob@example.com").at("lines_added") == 0);
}

BOOST_AUTO_TEST_CASE(a_missing_commit_skips_that_commit_and_keeps_the_rest) {
    const auto missing = corpus().git("missing-commit", {"rev-parse", "HEAD~2"});
    const auto child = corpus().git("missing-commit", {"rev-parse", "HEAD~1"});
    const auto result = brag_json({"missing-commit"});
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    const std::vector<std::string> warnings{
        "commit " + missing + " could not be read (object not found - no match for id (" + missing +
            ")): left out, and the history behind it cannot be reached",
        "commit " + child +
            ": its parent could not be read (object not found - no match for "
            "id (" +
            missing + ")): no diff, no lines"};
    expect_lines(result.err, {"git-brag: missing-commit: " + warnings[0],
                              "git-brag: missing-commit: " + warnings[1]});
    const auto repo = repository(Json::parse(result.out), "missing-commit");
    BOOST_TEST(repo.at("commits") == 2); // HEAD and HEAD~1; the root is behind the missing one
    BOOST_TEST(repo.at("warnings") == Json::array({warnings[0], warnings[1]}));
    BOOST_TEST(author(repo, "ada@example.com").at("lines_added") == 1); // HEAD's line
}

// --- malformed text --------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(a_malformed_mailmap) {
    const auto result = brag_json({"bad-mailmap"});
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    BOOST_TEST(result.err.empty(), result.err);
    expect_agrees_with_git(result.out, "bad-mailmap", "bad-mailmap");
}

BOOST_AUTO_TEST_CASE(a_malformed_brag_configuration) {
    // The repository's own .git-brag.toml, and a --config file: usage errors naming the line.
    const auto file = (corpus().root() / "bad-toml" / ".git-brag.toml").string();
    auto result = brag_json({"bad-toml"});
    BOOST_TEST(result.status == 2);
    BOOST_TEST(result.out.empty());
    expect_lines(result.err, {"git-brag: " + file +
                              ":1: Error while parsing table header: "
                              "expected ']', saw '\\n'"});
    result = brag_json({"--config", file, "base"});
    BOOST_TEST(result.status == 2);
    expect_lines(result.err, {"git-brag: " + file +
                              ":1: Error while parsing table header: "
                              "expected ']', saw '\\n'"});
}

BOOST_AUTO_TEST_CASE(commit_headers_written_by_hand) {
    const auto history = lines_of(corpus().git("odd-headers", {"rev-list", "HEAD"}));
    BOOST_TEST_REQUIRE(history.size() == 8u);
    const auto& no_date = history[1]; // "No date at all": libgit2 cannot parse its author
    const auto result = brag_json({"odd-headers"});
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    expect_lines(result.err,
                 {"git-brag: odd-headers: commit " + no_date +
                      " could not be read (failed to parse signature - invalid Unix timestamp): "
                      "left out",
                  "git-brag: odd-headers: commit " + history[0] +
                      ": its parent could not be read (failed to parse signature - invalid Unix "
                      "timestamp): no diff, no lines"});
    const auto report = Json::parse(result.out);
    const auto repo = repository(report, "odd-headers");
    BOOST_TEST(repo.at("commits") == 7); // every one but the unparsable, and those behind it

    // Ada's commits, oldest first, as the report dates and titles them.
    std::map<std::string, std::pair<std::string, std::string>> by_oid; // date, subject
    for (const auto& commit : report.at("commits"))
        by_oid[commit.at("oid")] = {commit.at("date"), commit.at("subject")};
    const auto expect = [&](std::size_t index, const std::string& date,
                            const std::string& subject) {
        const auto found = by_oid.find(history[index]);
        BOOST_TEST_REQUIRE((found != by_oid.end()), "commit " << index << " missing");
        BOOST_TEST(found->second.first == date);
        BOOST_TEST(found->second.second == subject);
    };
    expect(7, "1970-01-01T00:00:00+00:00", "At the epoch");
    expect(6, "2023-11-15T12:13:20+14:00", "Invalid UTF-8 \xef\xbf\xbd\xef\xbf\xbd in the subject");
    expect(5, "2023-11-14T10:15:00-12:00", "A NUL"); // the message ends at the NUL, trimmed
    expect(4, "2023-11-15T04:01:40+05:45", std::string(102400, 'S'));
    // Dated by its commit date, as --since selects it: committed at "-0001", which git prints
    // as 22:17:20-00:01 (%cI). Its author's zone "+9959" would have read as UTC (libgit2 reads
    // no offset beyond +-14:59), but claims are dated by the commit date.
    expect(3, "2023-11-14T22:17:20-00:01", "Odd zone");
    expect(2, "2106-02-07T06:28:16+00:00", "In 2106");
    // The name with a NUL byte is cut there, as libgit2 reads C strings; its email is Ada's.
    BOOST_TEST(by_oid.count(history[0]) == 1u);

    // The Markdown document shortens the 100 KB subject and stays one line per commit.
    const auto markdown =
        run_brag({"--author", "ada@example.com", "--no-cache", "odd-headers"}, corpus().str());
    BOOST_TEST_REQUIRE(markdown.status == 0, markdown.err);
    BOOST_TEST(markdown.out.find(std::string(1000, 'S')) == std::string::npos);
    BOOST_TEST(markdown.out.find('\0') == std::string::npos);
}

// --- sizes --------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(a_50_megabyte_binary_file) {
    const auto start = std::chrono::steady_clock::now();
    auto result = brag_json({"big-binary"});
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    BOOST_TEST(result.err.empty(), result.err);
    expect_agrees_with_git(result.out, "big-binary", "big-binary");
    BOOST_TEST_MESSAGE("big-binary: " << seconds << " s");

    // Under a 1 MB limit the file is not read at all; git counts it as binary ("-") anyway, so
    // the lines still agree, and the skip is said.
    const auto commit = corpus().git("big-binary", {"rev-parse", "HEAD~1"});
    const auto warning = "commit " + commit +
                         ": 1 file is over the size limit of 1048576 bytes (--max-file-size; the "
                         "largest is 50000000 bytes): counted as binary, no lines";
    result = brag_json({"--max-file-size", "1M", "big-binary"});
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    expect_lines(result.err, {"git-brag: big-binary: " + warning});
    BOOST_TEST(repository(Json::parse(result.out), "big-binary").at("warnings") ==
               Json::array({warning}));
    expect_agrees_with_git(result.out, "big-binary", "big-binary");
}

BOOST_AUTO_TEST_CASE(a_commit_over_the_changed_files_limit) {
    // "Add lib as a submodule" changes two paths (.gitmodules and lib); under a limit of one its
    // lines are not counted, and the other commits' still are.
    const auto commit = corpus().git("submodules/app", {"rev-parse", "HEAD~1"});
    const auto warning = "commit " + commit +
                         ": 2 files changed, over the limit of 1 (--max-commit-files): its lines "
                         "are not counted";
    const auto result = brag_json({"--max-commit-files", "1", "submodules/app"});
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    expect_lines(result.err, {"git-brag: submodules/app: " + warning});
    const auto repo = repository(Json::parse(result.out), "submodules/app");
    BOOST_TEST(author(repo, "ada@example.com").at("lines_added") == 1 + 1);

    for (const auto& bad : {"0", "-1", "many", "1M"}) {
        const auto usage = brag_json({"--max-commit-files", bad, "base"});
        BOOST_TEST(usage.status == 2);
        BOOST_TEST(lines_of(usage.err).size() == 1u);
    }
    const auto usage = brag_json({"--max-file-size", "12X", "base"});
    BOOST_TEST(usage.status == 2);
    expect_lines(usage.err, {"git-brag: invalid --max-file-size '12X': expected a positive number "
                             "of bytes, optionally with k, M or G (e.g. 64M) (see git brag -h)"});
}

BOOST_AUTO_TEST_CASE(thousands_of_tags) {
    const auto start = std::chrono::steady_clock::now();
    const auto result = brag_json({"many-tags"});
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    BOOST_TEST(result.err.empty(), result.err);
    const auto repo = repository(Json::parse(result.out), "many-tags");
    BOOST_TEST(repo.at("tags") == 3020);
    expect_agrees_with_git(result.out, "many-tags", "many-tags");
    BOOST_TEST_MESSAGE("many-tags: " << seconds << " s");
}

// --- output ---------------------------------------------------------------------------------

namespace {

std::vector<std::string> entries_of(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

BOOST_AUTO_TEST_CASE(an_unwritable_output_path) {
    TempDir out;
    // Under a file, not a folder.
    const auto under_file = (corpus().root() / "file.txt" / "BRAG.json").string();
    auto result = brag_json({"-o", under_file, "base"});
    BOOST_TEST(result.status == 1);
    BOOST_TEST(result.out.empty());
    expect_lines(result.err,
                 {"git-brag: cannot write " + under_file + ": creating a temporary file in " +
                  (corpus().root() / "file.txt").string() + ": Not a directory"});

    // Onto a folder: the temporary file is removed again.
    fs::create_directories(out.path() / "taken.json");
    const auto onto_folder = (out.path() / "taken.json").string();
    result = brag_json({"-o", onto_folder, "base"});
    BOOST_TEST(result.status == 1);
    expect_lines(result.err, {"git-brag: cannot write " + onto_folder +
                              ": renaming the temporary file into place: Is a directory"});
    BOOST_TEST(entries_of(out.path()) == std::vector<std::string>{"taken.json"},
               boost::test_tools::per_element());

    // Into a folder without write permission (as nobody when root, who may write anywhere).
    const auto locked = out.path() / "locked";
    fs::create_directories(locked);
    fs::permissions(out.path(),
                    fs::perms::owner_all | fs::perms::others_read | fs::perms::others_exec);
    fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::others_read |
                                fs::perms::others_exec);
    const auto target = (locked / "BRAG.json").string();
    std::optional<CopyForNobody> copy;
    if (is_root()) {
        copy.emplace("base");
        result = brag_as_nobody({"-o", target, "base"}, copy->dir.path());
    } else {
        result = brag_json({"-o", target, "base"});
    }
    BOOST_TEST(result.status == 1);
    expect_lines(result.err,
                 {"git-brag: cannot write " + target + ": creating a temporary file in " +
                  locked.string() + ": Permission denied"});
    BOOST_TEST(entries_of(locked).empty());
    fs::permissions(locked, fs::perms::owner_all, fs::perm_options::add);
}

// --- everything at once ---------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(the_whole_corpus_at_once) {
    // Every readable repository is read, every other one is skipped and said so once; exit 0.
    auto result = brag_json({"."});
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    const auto report = Json::parse(result.out);
    std::vector<std::string> skipped;
    for (const auto& repo : report.at("repositories"))
        if (!repo.at("skipped").is_null())
            skipped.push_back(repo.at("path"));
    std::vector<std::string> expected_skipped{"./bad-config", "./garbage-head", "./truncated-pack"};
    if (!is_root())
        expected_skipped.insert(expected_skipped.begin() + 1, "./denied/locked");
    BOOST_TEST(skipped == expected_skipped, boost::test_tools::per_element());
    const auto err = lines_of(result.err);
    for (const auto& path : expected_skipped)
        BOOST_TEST(std::count_if(err.begin(), err.end(),
                                 [&](const std::string& line) {
                                     return line.find(path + ":") != std::string::npos;
                                 }) == 1,
                   path);
    // One line per problem, each naming its repository.
    for (const auto& line : err)
        BOOST_TEST(line.starts_with("git-brag: "), line);
    BOOST_TEST(repository(report, "./many-tags").at("tags") == 3020);
}
