// Rename detection against git itself: which deleted path git pairs with which added one, and the
// similarity it prints, on repositories built for each rule of `git log -M` (git 2.39).
#include <algorithm>
#include <map>
#include <sstream>

#include <boost/test/unit_test.hpp>

#include "diff/commit_diff.hpp"
#include "diff/rename_detection.hpp"
#include "diff/tree_diff.hpp"
#include "git/git_handles.hpp"
#include "git_objects.hpp"
#include "tests/support/git_fixture.hpp"

using namespace brag;
using namespace brag::test;

namespace {

struct LibraryFixture {
    git::Library library;
};
BOOST_TEST_GLOBAL_FIXTURE(LibraryFixture);

std::string date(int day) {
    return "2025-02-" + std::string(day < 10 ? "0" : "") + std::to_string(day) + "T09:00:00+0000";
}

std::string numbered_lines(int from, int to, const std::string& word = "line") {
    std::string text;
    for (int i = from; i <= to; ++i)
        text += word + " " + std::to_string(i) + " of a reasonably long line of text\n";
    return text;
}

// `lines` numbered lines of which every `nth` is rewritten: about 1 - 1/nth of it survives.
std::string edited_lines(int lines, int nth) {
    std::string text;
    for (int i = 1; i <= lines; ++i)
        text += i % nth == 0 ? "rewritten " + std::to_string(i) + " entirely differently\n"
                             : "line " + std::to_string(i) + " of a reasonably long line of text\n";
    return text;
}

// Blobs straight from a repository, counting what detection asks for.
class RepositoryBlobs : public BlobContents {
public:
    explicit RepositoryBlobs(git_repository* repo) : repo_(repo) {}
    std::uint64_t size(const git_oid& id) override {
        ++sizes;
        return content_of(id).size();
    }
    std::string_view content(const git_oid& id) override {
        ++contents;
        return content_of(id);
    }
    int sizes = 0;
    int contents = 0;

private:
    std::string_view content_of(const git_oid& id) {
        git_blob* raw = nullptr;
        git::check(git_blob_lookup(&raw, repo_, &id), "test", "blob");
        blob_.reset(raw);
        return {static_cast<const char*>(git_blob_rawcontent(raw)),
                static_cast<std::size_t>(git_blob_rawsize(raw))};
    }
    git_repository* repo_;
    git::BlobHandle blob_;
};

// Blobs from memory: the pure function needs no repository.
class MemoryBlobs : public BlobContents {
public:
    git_oid add(const std::string& content) {
        git_oid id;
        git_odb_hash(&id, content.data(), content.size(), GIT_OBJECT_BLOB);
        char text[GIT_OID_HEXSZ + 1];
        git_oid_tostr(text, sizeof text, &id);
        blobs_[text] = content;
        return id;
    }
    std::uint64_t size(const git_oid& id) override {
        ++sizes;
        return find(id).size();
    }
    std::string_view content(const git_oid& id) override {
        ++contents;
        return find(id);
    }
    int sizes = 0;
    int contents = 0;

private:
    const std::string& find(const git_oid& id) {
        char text[GIT_OID_HEXSZ + 1];
        git_oid_tostr(text, sizeof text, &id);
        return blobs_.at(text);
    }
    std::map<std::string, std::string> blobs_;
};

// Our renames between two commits, "old => new score%" sorted, with detect_renames run on the
// deleted and added paths of our tree diff.
std::string our_renames(const GitRepo& repo, const std::string& from, const std::string& to,
                        const RenameOptions& options = {}) {
    const auto handle = open(repo);
    const auto old_tree = tree_of(handle.get(), from);
    const auto new_tree = tree_of(handle.get(), to);
    const auto changes = diff_trees(handle.get(), repo.str(), &old_tree, &new_tree);
    std::vector<RenameCandidate> sources;
    std::vector<RenameCandidate> destinations;
    for (const auto& change : changes) {
        if (change.deleted())
            sources.push_back({change.path, change.old_side.id, change.old_side.mode});
        else if (change.added())
            destinations.push_back({change.path, change.new_side.id, change.new_side.mode});
    }
    RepositoryBlobs blobs(handle.get());
    std::vector<std::string> lines;
    for (const auto& match : detect_renames(sources, destinations, blobs, options).matches)
        lines.push_back(std::string(sources[match.source].path) + " => " +
                        std::string(destinations[match.destination].path) + " " +
                        std::to_string(match.score * 100 / rename_max_score) + "%");
    std::sort(lines.begin(), lines.end());
    std::string out;
    for (const auto& line : lines)
        out += line + "\n";
    return out;
}

// git's renames between two commits, in the same form, from `git diff --raw -z` with `args`.
std::string git_renames(const GitRepo& repo, const std::string& from, const std::string& to,
                        const std::vector<std::string>& args = {"-M"}) {
    std::vector<std::string> command{"diff", "--raw", "-z", "--no-abbrev"};
    command.insert(command.end(), args.begin(), args.end());
    command.push_back(from);
    command.push_back(to);
    const auto fields = split(repo.git(command), '\0');
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const auto status = fields[i].substr(fields[i].rfind(' ') + 1);
        if (status.starts_with("R")) {
            lines.push_back(fields[i + 1] + " => " + fields[i + 2] + " " +
                            std::to_string(std::stoi(status.substr(1))) + "%");
            i += 2;
        } else {
            i += 1;
        }
    }
    std::sort(lines.begin(), lines.end());
    std::string out;
    for (const auto& line : lines)
        out += line + "\n";
    return out;
}

// One commit of `changes` on top of `before`; checks our renames and numstat against git's.
struct Case {
    TempDir dir;
    GitRepo repo{dir.path(), "repo"};
    std::string from;
    std::string to;

    void check(const std::string& expected_renames) const {
        BOOST_TEST(git_renames(repo, from, to) == expected_renames); // the premise, from git
        BOOST_TEST(our_renames(repo, from, to) == expected_renames);
        BOOST_TEST(our_numstat(diff_of(repo, to)) == git_numstat(repo, to));
    }
};

} // namespace

BOOST_AUTO_TEST_CASE(exact_rename) {
    Case c;
    c.repo.write("docs/guide.md", numbered_lines(1, 30));
    c.repo.write("other.txt", "other\n");
    c.from = c.repo.commit(ada, date(1), "First");
    std::filesystem::create_directories(c.repo.path() / "manual");
    c.repo.git({"mv", "docs/guide.md", "manual/handbook.md"});
    c.to = c.repo.commit(ada, date(2), "Move");
    c.check("docs/guide.md => manual/handbook.md 100%\n");
    const auto commit = diff_of(c.repo, c.to);
    BOOST_TEST_REQUIRE(commit.changes.size() == 1u);
    BOOST_TEST((commit.changes[0].kind == ChangeKind::renamed));
    BOOST_TEST(commit.lines_added == 0);
    BOOST_TEST(commit.lines_deleted == 0);
}

BOOST_AUTO_TEST_CASE(rename_with_edit_above_and_below_half) {
    Case c;
    c.repo.write("a/kept.txt", numbered_lines(1, 40));
    c.repo.write("a/lost.txt", numbered_lines(1, 40, "row"));
    c.from = c.repo.commit(ada, date(1), "First");
    std::filesystem::remove_all(c.repo.path() / "a");
    c.repo.write("b/kept2.txt", edited_lines(40, 4)); // three quarters survive
    c.repo.write("b/lost2.txt", numbered_lines(1, 15, "row") + edited_lines(40, 1)); // a third
    c.to = c.repo.commit(ada, date(2), "Move and edit");
    c.check("a/kept.txt => b/kept2.txt 74%\n");
}

BOOST_AUTO_TEST_CASE(identical_sources_prefer_the_same_basename_then_queue_order) {
    Case c;
    c.repo.write("a/one.txt", numbered_lines(1, 10));
    c.repo.write("b/two.txt", numbered_lines(1, 10));
    c.repo.write("c/three.txt", numbered_lines(1, 10, "other"));
    c.repo.write("d/four.txt", numbered_lines(1, 10, "other"));
    c.from = c.repo.commit(ada, date(1), "First");
    for (const char* folder : {"a", "b", "c", "d"})
        std::filesystem::remove_all(c.repo.path() / folder);
    c.repo.write("e/two.txt", numbered_lines(1, 10));          // b/two.txt: same name
    c.repo.write("f/other.txt", numbered_lines(1, 10));        // then a/one.txt is left
    c.repo.write("g/zzz.txt", numbered_lines(1, 10, "other")); // no name match: the first source
    c.repo.write("h/yyy.txt", numbered_lines(1, 10, "other"));
    c.to = c.repo.commit(ada, date(2), "Shuffle");
    c.check("a/one.txt => f/other.txt 100%\n"
            "b/two.txt => e/two.txt 100%\n"
            "c/three.txt => g/zzz.txt 100%\n"
            "d/four.txt => h/yyy.txt 100%\n");
}

BOOST_AUTO_TEST_CASE(unique_basename_is_matched_before_better_inexact_candidates) {
    // old/util.c is more like new/helpers.c (~95%) than new/util.c (~80%), but git 2.33+ pairs
    // a unique basename first when it reaches 75%.
    Case c;
    c.repo.write("old/util.c", numbered_lines(1, 60));
    c.from = c.repo.commit(ada, date(1), "First");
    std::filesystem::remove_all(c.repo.path() / "old");
    c.repo.write("new/util.c", edited_lines(60, 5));
    c.repo.write("new/helpers.c", edited_lines(60, 20));
    c.to = c.repo.commit(ada, date(2), "Split");
    c.check("old/util.c => new/util.c 79%\n");
}

BOOST_AUTO_TEST_CASE(ambiguous_basename_falls_back_to_best_score) {
    Case c;
    c.repo.write("old/util.c", numbered_lines(1, 60));
    c.repo.write("other/util.c", numbered_lines(1, 30, "unrelated"));
    c.from = c.repo.commit(ada, date(1), "First");
    std::filesystem::remove_all(c.repo.path() / "old");
    std::filesystem::remove_all(c.repo.path() / "other");
    c.repo.write("new/util.c", edited_lines(60, 5));
    c.repo.write("new/helpers.c", edited_lines(60, 20));
    c.to = c.repo.commit(ada, date(2), "Split");
    c.check("old/util.c => new/helpers.c 94%\n");
}

BOOST_AUTO_TEST_CASE(best_score_first_and_each_source_once) {
    Case c;
    c.repo.write("src.txt", numbered_lines(1, 50));
    c.repo.write("second.txt", numbered_lines(1, 50, "entry"));
    c.from = c.repo.commit(ada, date(1), "First");
    std::filesystem::remove(c.repo.path() / "src.txt");
    std::filesystem::remove(c.repo.path() / "second.txt");
    c.repo.write("close.txt", edited_lines(50, 10));
    c.repo.write("closer.txt", edited_lines(50, 25));
    c.repo.write("far.txt", edited_lines(50, 3));
    c.repo.write("entries.txt", numbered_lines(1, 45, "entry") + "more\n");
    c.to = c.repo.commit(ada, date(2), "Fan out");
    c.check("second.txt => entries.txt 89%\nsrc.txt => closer.txt 95%\n");
}

BOOST_AUTO_TEST_CASE(binary_control_crlf_and_no_newline_renames) {
    Case c;
    std::string binary(3000, '\0');
    for (std::size_t i = 0; i < binary.size(); ++i)
        binary[i] = static_cast<char>(i * 7 % 251);
    std::string control;
    for (int i = 0; i < 50; ++i)
        control += "\x01\x02\x1b[1m control " + std::to_string(i) + "\n";
    c.repo.write("bin/data.bin", binary);
    c.repo.write("text/control.txt", control);
    c.repo.write("text/unix.txt", numbered_lines(1, 40));
    c.repo.write("text/open.txt", numbered_lines(1, 30, "open") + "no newline at the end");
    c.from = c.repo.commit(ada, date(1), "First");
    std::filesystem::remove_all(c.repo.path() / "bin");
    std::filesystem::remove_all(c.repo.path() / "text");
    c.repo.write("moved/blob.bin", binary.substr(0, 2600) + std::string(300, '\x05'));
    c.repo.write("moved/ctl.txt", control + "\x02 more\n");
    std::string crlf;
    for (const auto& line : split(numbered_lines(1, 40), '\n'))
        crlf += line + "\r\n";
    c.repo.write("moved/dos.txt", crlf);
    c.repo.write("moved/closed.txt", numbered_lines(1, 30, "open") + "no newline at the end\n");
    c.to = c.repo.commit(ada, date(2), "Move and convert");
    BOOST_TEST(our_renames(c.repo, c.from, c.to) == git_renames(c.repo, c.from, c.to));
    BOOST_TEST(our_numstat(diff_of(c.repo, c.to)) == git_numstat(c.repo, c.to));
    BOOST_TEST(git_renames(c.repo, c.from, c.to).find("text/unix.txt => moved/dos.txt") !=
               std::string::npos); // CR before LF is ignored when comparing text
}

BOOST_AUTO_TEST_CASE(similarity_scores_equal_gits) {
    // Low bars (-M1%) so that git prints a score for weak pairs too; one pair per commit.
    const std::vector<std::pair<std::string, std::string>> pairs = {
        {numbered_lines(1, 40), edited_lines(40, 2)},
        {numbered_lines(1, 40), edited_lines(40, 3) + "extra\n"},
        {numbered_lines(1, 40), numbered_lines(5, 60)},
        {std::string(1000, 'x'), std::string(900, 'x') + "y"},            // 64-byte chunks
        {"short\nfile\n", "short\nfile\nlonger\n"},                       // tiny files
        {numbered_lines(1, 10) + "tail", numbered_lines(1, 12) + "tail"}, // partial last line
        {std::string("a\0b\nc\r\n", 7), std::string("a\0b\nc\n", 6)},     // binary keeps CR
    };
    TempDir dir;
    GitRepo repo(dir.path(), "repo");
    repo.write("keep", "keep\n");
    std::string previous = repo.commit(ada, date(1), "Start");
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        repo.write("from/source.txt", pairs[i].first);
        const auto from = repo.commit(ada, date(2), "Source " + std::to_string(i));
        std::filesystem::remove_all(repo.path() / "from");
        repo.write("to/destination.txt", pairs[i].second);
        const auto to = repo.commit(ada, date(3), "Destination " + std::to_string(i));
        RenameOptions options;
        options.minimum_score = 600; // 1%
        const auto git = git_renames(repo, from, to, {"-M1%"});
        BOOST_TEST(our_renames(repo, from, to, options) == git, "pair " << i);
        const int score = similarity_score(pairs[i].first, pairs[i].second, 600);
        if (score > 0)
            BOOST_TEST(git.find(" " + std::to_string(score * 100 / rename_max_score) + "%") !=
                           std::string::npos,
                       "pair " << i);
        std::filesystem::remove_all(repo.path() / "to");
    }
}

BOOST_AUTO_TEST_CASE(empty_files_symlinks_and_submodules) {
    Case c;
    c.repo.write("empty/a.txt", "");
    c.repo.write("target.txt", "target\n");
    std::filesystem::create_directories(c.repo.path() / "links");
    std::filesystem::create_symlink("../target.txt", c.repo.path() / "links/same");
    std::filesystem::create_symlink("../target.txt", c.repo.path() / "links/retargeted");
    c.from = c.repo.commit(ada, date(1), "First");
    std::filesystem::remove_all(c.repo.path() / "empty");
    std::filesystem::remove_all(c.repo.path() / "links");
    c.repo.write("void/b.txt", ""); // an empty file is renamed too (rename_empty)
    std::filesystem::create_directories(c.repo.path() / "moved");
    std::filesystem::create_symlink("../target.txt", c.repo.path() / "moved/same");
    std::filesystem::create_symlink("../target.md", c.repo.path() / "moved/retargeted");
    c.to = c.repo.commit(ada, date(2), "Move");
    // A symlink is only renamed unchanged: its target is not compared for similarity.
    c.check("empty/a.txt => void/b.txt 100%\nlinks/same => moved/same 100%\n");
}

BOOST_AUTO_TEST_CASE(rename_limit_boundary_matches_git) {
    Case c;
    c.repo.write("a1.txt", numbered_lines(1, 30, "alpha"));
    c.repo.write("a2.txt", numbered_lines(1, 30, "beta"));
    c.repo.write("a3.txt", numbered_lines(1, 30, "gamma"));
    c.from = c.repo.commit(ada, date(1), "First");
    for (const char* name : {"a1.txt", "a2.txt", "a3.txt"})
        std::filesystem::remove(c.repo.path() / name);
    c.repo.write("b1.txt", numbered_lines(1, 30, "alpha") + "x\n");
    c.repo.write("b2.txt", numbered_lines(1, 30, "beta") + "y\n");
    c.to = c.repo.commit(ada, date(2), "Edit and rename");
    RenameOptions options;
    options.rename_limit = 3; // 3 x 2 <= 9: inexact detection runs
    const auto under = git_renames(c.repo, c.from, c.to, {"-M", "-l3"});
    BOOST_TEST(under == "a1.txt => b1.txt 99%\na2.txt => b2.txt 99%\n");
    BOOST_TEST(our_renames(c.repo, c.from, c.to, options) == under);
    options.rename_limit = 2; // 3 x 2 > 4: skipped
    const auto over = git_renames(c.repo, c.from, c.to, {"-M", "-l2"});
    BOOST_TEST(over == "");
    BOOST_TEST(our_renames(c.repo, c.from, c.to, options) == over);
}

BOOST_AUTO_TEST_CASE(many_files_over_the_default_rename_limit) {
    // 1001 x 1001 pairs exceed 1000 squared: git gives up on inexact renames (not exact ones).
    Case c;
    for (int i = 0; i < 1001; ++i)
        c.repo.write("old/f" + std::to_string(i) + ".txt",
                     "file " + std::to_string(i) + "\n" + numbered_lines(1, 5));
    c.repo.write("old/exact.txt", "moved unchanged\n");
    c.from = c.repo.commit(ada, date(1), "Many");
    std::filesystem::remove_all(c.repo.path() / "old");
    for (int i = 0; i < 1001; ++i)
        c.repo.write("new/g" + std::to_string(i) + ".txt",
                     "file " + std::to_string(i) + "\n" + numbered_lines(1, 5) + "edit\n");
    c.repo.write("new/exactly.txt", "moved unchanged\n");
    c.to = c.repo.commit(ada, date(2), "Move all");
    c.check("old/exact.txt => new/exactly.txt 100%\n");
}

BOOST_AUTO_TEST_CASE(exact_only_reads_no_blob) {
    MemoryBlobs blobs;
    const auto same = blobs.add("same\n");
    const auto old_text = blobs.add(numbered_lines(1, 20));
    const auto new_text = blobs.add(numbered_lines(1, 21));
    const std::vector<RenameCandidate> sources = {{"a/x.txt", same, 0100644},
                                                  {"a/y.txt", old_text, 0100644}};
    const std::vector<RenameCandidate> destinations = {{"b/x.txt", same, 0100644},
                                                       {"b/z.txt", new_text, 0100644}};
    RenameOptions options;
    options.search = RenameSearch::exact_only;
    const auto result = detect_renames(sources, destinations, blobs, options);
    BOOST_TEST_REQUIRE(result.matches.size() == 1u);
    BOOST_TEST(result.matches[0].source == 0u);
    BOOST_TEST(result.matches[0].destination == 0u);
    BOOST_TEST(result.matches[0].score == rename_max_score);
    BOOST_TEST(blobs.sizes == 0);
    BOOST_TEST(blobs.contents == 0);

    const auto full = detect_renames(sources, destinations, blobs);
    BOOST_TEST(full.matches.size() == 2u);
}

BOOST_AUTO_TEST_CASE(sizes_alone_rule_out_distant_pairs) {
    // A 100-byte file cannot be 50% of a 300-byte one: git never reads either.
    MemoryBlobs blobs;
    const auto small = blobs.add(std::string(100, 'a'));
    const auto large = blobs.add(std::string(300, 'a'));
    const std::vector<RenameCandidate> sources = {{"small", small, 0100644}};
    const std::vector<RenameCandidate> destinations = {{"large", large, 0100644}};
    const auto result = detect_renames(sources, destinations, blobs);
    BOOST_TEST(result.matches.empty());
    BOOST_TEST(blobs.contents == 0);
}

BOOST_AUTO_TEST_CASE(binary_is_a_nul_in_the_first_8000_bytes) {
    BOOST_TEST(looks_binary(std::string("a\0b", 3)));
    BOOST_TEST(!looks_binary("\x01\x02\x7f\x1b text"));
    BOOST_TEST(!looks_binary(std::string(8000, 'a') + std::string(1, '\0')));
    BOOST_TEST(looks_binary(std::string(7999, 'a') + std::string(1, '\0')));
}
