// The tree diff and the per-file line counts of a commit, against git itself: `git diff-tree -r`
// for the changed entries (order, modes, ids), `git log --numstat -M` for the counts.
#include <filesystem>
#include <set>
#include <sstream>

#include <boost/test/unit_test.hpp>

#include "diff/commit_diff.hpp"
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

const char* const empty_tree_id = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

std::string date(int day) {
    return "2025-01-" + std::string(day < 10 ? "0" : "") + std::to_string(day) + "T09:00:00+0000";
}

std::string numbered_lines(int from, int to) {
    std::string text;
    for (int i = from; i <= to; ++i)
        text += "line " + std::to_string(i) + "\n";
    return text;
}

std::string mode_text(std::uint32_t mode) {
    std::ostringstream out;
    out.width(6);
    out.fill('0');
    out << std::oct << mode;
    return out.str();
}

std::string id_text(const TreeSide& side) {
    if (!side.exists())
        return std::string(GIT_OID_HEXSZ, '0');
    char text[GIT_OID_HEXSZ + 1];
    git_oid_tostr(text, sizeof text, &side.id);
    return text;
}

// Our tree diff rendered as `git diff-tree -r` prints it: ":old new oldid newid\tpath", one a line.
std::string our_raw_diff(const GitRepo& repo, const std::string& from, const std::string& to) {
    const auto handle = open(repo);
    git_oid old_tree{};
    if (!from.empty())
        old_tree = tree_of(handle.get(), from);
    const auto new_tree = tree_of(handle.get(), to);
    std::string out;
    for (const auto& change :
         diff_trees(handle.get(), repo.str(), from.empty() ? nullptr : &old_tree, &new_tree))
        out += ":" + mode_text(change.old_side.mode) + " " + mode_text(change.new_side.mode) + " " +
               id_text(change.old_side) + " " + id_text(change.new_side) + "\t" + change.path +
               "\n";
    return out;
}

std::string git_raw_diff(const GitRepo& repo, const std::string& from, const std::string& to) {
    const auto fields = split(
        repo.git({"diff-tree", "-r", "--no-abbrev", "-z", from.empty() ? empty_tree_id : from, to}),
        '\0');
    std::string out;
    for (std::size_t i = 0; i + 1 < fields.size(); i += 2) {
        const auto status = fields[i].rfind(' ');
        out += fields[i].substr(0, status) + "\t" + fields[i + 1] + "\n";
    }
    return out;
}

std::pair<std::int64_t, std::int64_t> git_totals(const GitRepo& repo, const std::string& oid) {
    std::int64_t added = 0;
    std::int64_t deleted = 0;
    for (const auto& line :
         split(repo.git({"log", "-1", "--numstat", "-M", "--format=", oid}), '\n')) {
        const auto fields = split(line, '\t');
        if (fields.size() < 3 || fields[0] == "-")
            continue;
        added += std::stoll(fields[0]);
        deleted += std::stoll(fields[1]);
    }
    return {added, deleted};
}

// The commit's per-file counts and totals equal git's.
void check_against_git(const GitRepo& repo, const std::string& oid) {
    const auto commit = diff_of(repo, oid);
    BOOST_TEST(our_numstat(commit) == git_numstat(repo, oid));
    const auto [added, deleted] = git_totals(repo, oid);
    BOOST_TEST(commit.lines_added == added);
    BOOST_TEST(commit.lines_deleted == deleted);
    BOOST_TEST((commit.diff == DiffDepth::lines));
}

std::filesystem::path loose_object(const GitRepo& repo, const std::string& spec) {
    auto id = repo.git({"rev-parse", spec});
    id.pop_back();
    return repo.path() / ".git" / "objects" / id.substr(0, 2) / id.substr(2);
}

struct Repo {
    TempDir dir;
    GitRepo repo{dir.path(), "repo"};
};

} // namespace

BOOST_AUTO_TEST_CASE(names_compare_in_git_tree_order) {
    // A folder sorts as if its name ended in '/': after "a.c" ('.' < '/'), before "a0".
    BOOST_TEST(compare_tree_entry_names("a", false, "a.c", false) < 0);
    BOOST_TEST(compare_tree_entry_names("a.c", false, "a", true) < 0);
    BOOST_TEST(compare_tree_entry_names("a", true, "a0", false) < 0);
    BOOST_TEST(compare_tree_entry_names("a", false, "a", true) < 0);
    BOOST_TEST(compare_tree_entry_names("a", true, "a", true) == 0);
    BOOST_TEST(compare_tree_entry_names("b", false, "a", true) > 0);
    BOOST_TEST(compare_tree_entry_names("\xc3\xa9", false, "z", false) > 0); // bytes, unsigned
}

BOOST_AUTO_TEST_CASE(entries_order_modes_and_ids_match_git_diff_tree) {
    Repo r;
    auto& repo = r.repo;
    for (const char* path : {"a", "a.c", "a0", "a-b", "b/x", "b.c", "b/c/deep.txt", "c/keep.txt",
                             "z/file", "dir/one", "dir/two", "swap"})
        repo.write(path, std::string("content of ") + path + "\n");
    const auto first = repo.commit(ada, date(1), "First");
    BOOST_TEST(our_raw_diff(repo, "", first) == git_raw_diff(repo, "", first));

    repo.write("a", "changed\n");
    repo.write("a.c", "changed\n");
    repo.write("b/c/deep.txt", "changed\n");
    repo.write("b/new", "new\n");
    std::filesystem::remove_all(repo.path() / "dir");
    repo.write("dir", "a file where a folder was\n");
    std::filesystem::remove(repo.path() / "swap");
    repo.write("swap/inside", "a folder where a file was\n");
    std::filesystem::remove(repo.path() / "a0");
    std::filesystem::permissions(repo.path() / "z/file", std::filesystem::perms::owner_exec,
                                 std::filesystem::perm_options::add);
    const auto second = repo.commit(ada, date(2), "Second");
    const auto ours = our_raw_diff(repo, first, second);
    BOOST_TEST(ours == git_raw_diff(repo, first, second));
    BOOST_TEST(ours.find("c/keep.txt") == std::string::npos);
}

// The folders (first and second level) of every path `git diff-tree -r` names, old and new:
// what the folder-level diff must report.
std::set<std::string> git_changed_folders(const GitRepo& repo, const std::string& from,
                                          const std::string& to) {
    std::set<std::string> folders;
    for (const auto& path : split(repo.git({"diff-tree", "-r", "--no-renames", "--name-only", "-z",
                                            from.empty() ? empty_tree_id : from, to}),
                                  '\0')) {
        const auto first = path.find('/');
        if (path.empty() || first == std::string::npos)
            continue;
        folders.insert(path.substr(0, first) + "/");
        const auto second = path.find('/', first + 1);
        if (second != std::string::npos)
            folders.insert(path.substr(0, second) + "/");
    }
    return folders;
}

std::set<std::string> our_changed_folders(const GitRepo& repo, const std::string& oid) {
    std::set<std::string> folders;
    for (const auto& change : diff_of(repo, oid, DiffDepth::folders).changes) {
        folders.insert(change.path);
        // "src/lib/" stands for both levels, as ownership reads it.
        if (const auto first = change.path.find('/'); first + 1 < change.path.size())
            folders.insert(change.path.substr(0, first + 1));
    }
    return folders;
}

BOOST_AUTO_TEST_CASE(folder_level_diff_names_the_folders_git_paths_fall_in) {
    Repo r;
    auto& repo = r.repo;
    for (const char* path : {"top.txt", "src/a.c", "src/lib/x.c", "src/lib/deep/y.c",
                             "docs/readme.md", "keep/k.txt", "keep/sub/k2.txt", "gone/g.txt"})
        repo.write(path, std::string("content of ") + path + "\n");
    const auto first = repo.commit(ada, date(1), "First");
    BOOST_TEST(our_changed_folders(repo, first) == git_changed_folders(repo, "", first));

    repo.write("src/lib/deep/y.c", "changed deep below the second level\n");
    repo.write("docs/new/z.md", "a new folder inside docs\n");
    repo.write("top.txt", "a root file: no folder\n");
    std::filesystem::rename(repo.path() / "src/a.c", repo.path() / "tools.c");
    std::filesystem::remove_all(repo.path() / "gone");
    const auto second = repo.commit(ada, date(2), "Second");
    const auto ours = our_changed_folders(repo, second);
    BOOST_TEST(ours == git_changed_folders(repo, first, second));
    BOOST_TEST(ours.count("keep/") == 0u);
    BOOST_TEST(ours.count("src/lib/") == 1u); // a change three levels down counts for src/lib
}

BOOST_AUTO_TEST_CASE(identical_subtrees_are_not_read) {
    Repo r;
    auto& repo = r.repo;
    repo.write("big/one.txt", "one\n");
    repo.write("big/deeper/two.txt", "two\n");
    repo.write("small.txt", "small\n");
    const auto first = repo.commit(ada, date(1), "First");
    repo.write("small.txt", "smaller\n");
    const auto second = repo.commit(ada, date(2), "Second");
    // The unchanged folder's tree is gone from the object store: a diff that opened it would
    // fail. git itself does not need it either.
    std::filesystem::remove(loose_object(repo, "HEAD:big"));
    BOOST_TEST(repo.git_result({"cat-file", "-e", "HEAD~1:big/one.txt"}).status != 0);
    BOOST_TEST(our_raw_diff(repo, first, second) == git_raw_diff(repo, first, second));
    check_against_git(repo, second);
}

BOOST_AUTO_TEST_CASE(paths_depth_reads_no_blob) {
    Repo r;
    auto& repo = r.repo;
    repo.write("docs/guide.md", numbered_lines(1, 20));
    repo.write("src/main.c", numbered_lines(1, 30));
    repo.commit(ada, date(1), "First");
    repo.git({"mv", "docs/guide.md", "guide.md"});
    repo.append("src/main.c", "more\n");
    const auto second = repo.commit(ada, date(2), "Move the guide");
    for (const char* blob : {"HEAD:guide.md", "HEAD:src/main.c", "HEAD~1:src/main.c"})
        std::filesystem::remove(loose_object(repo, blob));

    const auto commit = diff_of(repo, second, DiffDepth::paths);
    BOOST_TEST((commit.diff == DiffDepth::paths));
    BOOST_TEST_REQUIRE(commit.changes.size() == 2u);
    BOOST_TEST((commit.changes[0].kind == ChangeKind::renamed)); // exact: the ids suffice
    BOOST_TEST(commit.changes[0].old_path == "docs/guide.md");
    BOOST_TEST(commit.changes[0].path == "guide.md");
    BOOST_TEST((commit.changes[1].kind == ChangeKind::modified));
    BOOST_TEST(commit.changes[1].path == "src/main.c");
    BOOST_CHECK_THROW(diff_of(repo, second, DiffDepth::lines), git::Error);
}

BOOST_AUTO_TEST_CASE(root_commit_against_the_empty_tree) {
    Repo r;
    auto& repo = r.repo;
    repo.write("README.md", "# title\n\ntext\n");
    repo.write("src/a.c", numbered_lines(1, 12));
    repo.write("empty.txt", "");
    const auto root = repo.commit(ada, date(1), "Root");
    check_against_git(repo, root);
    const auto commit = diff_of(repo, root);
    BOOST_TEST(commit.lines_added == 3 + 12);
    BOOST_TEST(commit.changes.size() == 3u);
}

BOOST_AUTO_TEST_CASE(deletion_counts_the_deleted_lines) {
    Repo r;
    auto& repo = r.repo;
    repo.write("keep.txt", "keep\n");
    repo.write("gone/old.c", numbered_lines(1, 17));
    repo.commit(ada, date(1), "First");
    std::filesystem::remove_all(repo.path() / "gone");
    const auto second = repo.commit(ada, date(2), "Delete");
    check_against_git(repo, second);
    const auto commit = diff_of(repo, second);
    BOOST_TEST_REQUIRE(commit.changes.size() == 1u);
    BOOST_TEST((commit.changes[0].kind == ChangeKind::deleted));
    BOOST_TEST(commit.lines_deleted == 17);
}

BOOST_AUTO_TEST_CASE(modification_counts_match_xdiff) {
    Repo r;
    auto& repo = r.repo;
    repo.write("a.txt", numbered_lines(1, 100));
    repo.commit(ada, date(1), "First");
    std::string edited;
    for (int i = 1; i <= 100; ++i)
        edited += i % 7 == 0 ? "changed " + std::to_string(i) + "\n"
                             : (i % 13 == 0 ? "" : "line " + std::to_string(i) + "\n");
    repo.write("a.txt", edited + "tail\n");
    check_against_git(repo, repo.commit(ada, date(2), "Edit"));
}

BOOST_AUTO_TEST_CASE(binary_and_control_character_files) {
    Repo r;
    auto& repo = r.repo;
    std::string control; // no NUL byte: text to git, however many control characters
    for (int i = 0; i < 40; ++i)
        control += std::string("\x01\x02\x03\x1b[0m\x7f line ") + std::to_string(i) + "\n";
    repo.write("control.txt", control);
    repo.write("image.bin", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    const auto first = repo.commit(ada, date(1), "Add");
    check_against_git(repo, first);
    repo.write("control.txt", control + "\x04 one more\n");
    repo.write("image.bin", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\1", 18));
    const auto second = repo.commit(ada, date(2), "Change");
    check_against_git(repo, second);
    const auto commit = diff_of(repo, second);
    BOOST_TEST_REQUIRE(commit.changes.size() == 2u);
    BOOST_TEST(!commit.changes[0].binary);
    BOOST_TEST(commit.changes[0].lines_added == 1);
    BOOST_TEST(commit.changes[1].binary);
    // A NUL byte after the first 8000 bytes does not make a file binary.
    repo.write("late.txt", numbered_lines(1, 1000) + std::string(1, '\0') + "\n");
    const auto third = repo.commit(ada, date(3), "Late NUL");
    check_against_git(repo, third);
    BOOST_TEST(!diff_of(repo, third).changes.at(0).binary);
}

BOOST_AUTO_TEST_CASE(missing_trailing_newline) {
    Repo r;
    auto& repo = r.repo;
    repo.write("a.txt", "one\ntwo\nthree");
    const auto first = repo.commit(ada, date(1), "No newline at the end");
    check_against_git(repo, first);
    BOOST_TEST(diff_of(repo, first).lines_added == 3);
    repo.write("a.txt", "one\ntwo\nthree\n");
    check_against_git(repo, repo.commit(ada, date(2), "Add the newline"));
    repo.write("a.txt", "one\ntwo\nthree\nfour");
    check_against_git(repo, repo.commit(ada, date(3), "Drop it again"));
    std::filesystem::remove(repo.path() / "a.txt");
    check_against_git(repo, repo.commit(ada, date(4), "Delete"));
}

BOOST_AUTO_TEST_CASE(crlf_files) {
    Repo r;
    auto& repo = r.repo;
    repo.write("win.txt", "one\r\ntwo\r\nthree\r\n");
    repo.write("mixed.txt", "one\ntwo\n");
    check_against_git(repo, repo.commit(ada, date(1), "CRLF"));
    repo.write("win.txt", "one\r\nTWO\r\nthree\r\nfour\r\n");
    repo.write("mixed.txt", "one\r\ntwo\n");
    check_against_git(repo, repo.commit(ada, date(2), "Edit"));
}

BOOST_AUTO_TEST_CASE(empty_file_added_counts_nothing) {
    Repo r;
    auto& repo = r.repo;
    repo.write("a.txt", "a\n");
    repo.commit(ada, date(1), "First");
    repo.write("empty.txt", "");
    const auto second = repo.commit(ada, date(2), "Empty");
    check_against_git(repo, second);
    const auto commit = diff_of(repo, second);
    BOOST_TEST_REQUIRE(commit.changes.size() == 1u);
    BOOST_TEST((commit.changes[0].kind == ChangeKind::added));
    BOOST_TEST(commit.changes[0].lines_added == 0);
    BOOST_TEST(!commit.changes[0].binary);
}

BOOST_AUTO_TEST_CASE(submodule_entries) {
    Repo r;
    auto& repo = r.repo;
    repo.write("a.txt", "a\n");
    repo.commit(ada, date(1), "First");
    // A repository inside the work tree is added as a gitlink (mode 160000), as a submodule is.
    GitRepo inner(repo.path(), "lib");
    inner.write("x.c", "x\n");
    inner.commit(ada, date(2), "Inner");
    const auto added = repo.commit(ada, date(3), "Add the submodule");
    BOOST_TEST(repo.git({"ls-tree", "HEAD", "lib"}).substr(0, 6) == "160000");
    check_against_git(repo, added);
    BOOST_TEST(diff_of(repo, added).lines_added == 1); // "Subproject commit <id>"

    inner.write("x.c", "y\n");
    inner.commit(ada, date(4), "Inner again");
    const auto moved = repo.commit(ada, date(5), "Update the submodule");
    check_against_git(repo, moved);
    const auto commit = diff_of(repo, moved);
    BOOST_TEST(commit.lines_added == 1);
    BOOST_TEST(commit.lines_deleted == 1);

    // A submodule replaced by a file of the same name: a type change, diffed as text against
    // the "Subproject commit" line.
    repo.git({"rm", "-q", "--cached", "lib"});
    std::filesystem::remove_all(repo.path() / "lib");
    repo.write("lib", "now a file\nof two lines\n");
    const auto replaced = repo.commit(ada, date(6), "Replace the submodule by a file");
    check_against_git(repo, replaced);
    BOOST_TEST((diff_of(repo, replaced).changes.at(0).kind == ChangeKind::type_changed));

    GitRepo other(repo.path(), "vendor");
    other.write("y.c", "y\n");
    other.commit(ada, date(7), "Other");
    repo.commit(ada, date(8), "Add another submodule");
    repo.git({"rm", "-q", "--cached", "vendor"});
    std::filesystem::remove_all(repo.path() / "vendor");
    const auto removed = repo.commit(ada, date(9), "Remove it");
    check_against_git(repo, removed);
    BOOST_TEST(diff_of(repo, removed).lines_deleted == 1);
}

BOOST_AUTO_TEST_CASE(symlinks_and_type_changes) {
    Repo r;
    auto& repo = r.repo;
    repo.write("target.txt", numbered_lines(1, 5));
    repo.write("was_file", numbered_lines(1, 3));
    std::filesystem::create_symlink("target.txt", repo.path() / "link");
    std::filesystem::create_symlink("target.txt", repo.path() / "was_link");
    const auto first = repo.commit(ada, date(1), "Links");
    check_against_git(repo, first);

    std::filesystem::remove(repo.path() / "link");
    std::filesystem::create_symlink("elsewhere/target.txt", repo.path() / "link");
    std::filesystem::remove(repo.path() / "was_file");
    std::filesystem::create_symlink("target.txt", repo.path() / "was_file");
    std::filesystem::remove(repo.path() / "was_link");
    repo.write("was_link", numbered_lines(1, 4));
    const auto second = repo.commit(ada, date(2), "Retarget and change types");
    BOOST_TEST(our_raw_diff(repo, first, second) == git_raw_diff(repo, first, second));
    check_against_git(repo, second);
    const auto commit = diff_of(repo, second);
    BOOST_TEST_REQUIRE(commit.changes.size() == 3u);
    BOOST_TEST((commit.changes[0].kind == ChangeKind::modified));     // link
    BOOST_TEST((commit.changes[1].kind == ChangeKind::type_changed)); // was_file
    BOOST_TEST((commit.changes[2].kind == ChangeKind::type_changed)); // was_link
}

BOOST_AUTO_TEST_CASE(mode_change_only) {
    Repo r;
    auto& repo = r.repo;
    repo.write("run.sh", "echo hi\n");
    repo.commit(ada, date(1), "Script");
    std::filesystem::permissions(repo.path() / "run.sh", std::filesystem::perms::owner_exec,
                                 std::filesystem::perm_options::add);
    const auto second = repo.commit(ada, date(2), "Make it executable");
    check_against_git(repo, second);
    BOOST_TEST(diff_of(repo, second).changes.size() == 1u);
}

BOOST_AUTO_TEST_CASE(modes_written_by_old_git_are_read_as_git_reads_them) {
    // Early git wrote group-writable modes (100664); git reads them as 100644, so a tree that
    // only differs by that is no change, and 100664 -> 100755 is an exec-bit change.
    Repo r;
    auto& repo = r.repo;
    repo.write("file.txt", "content\n");
    auto blob = repo.git({"hash-object", "-w", "file.txt"});
    blob.pop_back();
    std::string raw_id;
    for (std::size_t i = 0; i < blob.size(); i += 2)
        raw_id.push_back(static_cast<char>(std::stoi(blob.substr(i, 2), nullptr, 16)));
    const auto commit_of_mode = [&](const std::string& mode) {
        repo.write("tree.bin", mode + " file.txt" + std::string(1, '\0') + raw_id);
        auto tree = repo.git({"hash-object", "-t", "tree", "-w", "--literally", "tree.bin"});
        tree.pop_back();
        auto commit = repo.git({"-c", "user.name=Ada", "-c", "user.email=ada@example.com",
                                "commit-tree", tree, "-m", mode});
        commit.pop_back();
        return commit;
    };
    const auto old_style = commit_of_mode("100664");
    const auto canonical = commit_of_mode("100644");
    const auto executable = commit_of_mode("100755");
    BOOST_TEST(git_raw_diff(repo, old_style, canonical) == "");
    BOOST_TEST(our_raw_diff(repo, old_style, canonical) == "");
    BOOST_TEST(our_raw_diff(repo, old_style, executable) ==
               git_raw_diff(repo, old_style, executable));
    BOOST_TEST(our_raw_diff(repo, "", old_style) == git_raw_diff(repo, "", old_style));
}
