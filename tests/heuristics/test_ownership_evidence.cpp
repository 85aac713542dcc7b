#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "evidence/evidence_finders.hpp"
#include "tests/heuristics/evidence_checks.hpp"
#include "tests/heuristics/repository_fixture.hpp"

using namespace brag;

namespace {

constexpr std::int64_t day = 86400;
constexpr std::int64_t t0 = 1767225600; // 2026-01-01T00:00:00Z

using brag::test::ada;
using brag::test::bob;
using brag::test::carol;

using Strings = std::vector<std::string>;

struct Fixture : brag::test::RepositoryFixture {
    // The folders of `paths` exist when the window ends, with 10 files each, unless a test
    // says otherwise (living()).
    bool register_folders = true;

    void living(const std::string& folder, std::int64_t files) {
        auto& folders = repo.folders_at_window_end;
        std::erase_if(folders, [&](const FolderSize& f) { return f.path == folder; });
        folders.push_back({folder, files});
        std::sort(folders.begin(), folders.end(),
                  [](const FolderSize& a, const FolderSize& b) { return a.path < b.path; });
    }

    void register_folders_of(const std::string& path) {
        for (auto slash = path.find('/'); slash != std::string::npos && register_folders;
             slash = path.find('/', slash + 1)) {
            const auto folder = path.substr(0, slash);
            if (std::count(folder.begin(), folder.end(), '/') > 1)
                break;
            const auto& folders = repo.folders_at_window_end;
            if (std::none_of(folders.begin(), folders.end(),
                             [&](const FolderSize& f) { return f.path == folder; }))
                living(folder, 10);
        }
    }

    // `count` commits by `author`, a day apart, each changing `paths`; returns their labels.
    Strings commits(const Person& author, int count, const Strings& paths) {
        for (const auto& path : paths)
            register_folders_of(path);
        Strings labels;
        for (int i = 0; i < count; ++i) {
            const auto number = repo.commits.size() + 1;
            const auto label = "c" + std::to_string(number);
            auto& commit = append(label, author, t0 + static_cast<std::int64_t>(number) * day);
            brag::test::change_paths(commit, paths, 1, 1);
            labels.push_back(label);
        }
        return labels;
    }

    std::vector<EvidenceItem> find() const { return run(find_ownership); }
};

// The weight of a folder of `files` files of which she has `share` of the commits: the
// ownership weight, scaled by the folder's size (log10, full at 1000 files) and her share.
double weight_of(std::int64_t files, double share) {
    return 3.0 * std::min(1.0, std::log10(1.0 + static_cast<double>(files)) / 3.0) *
           (0.5 + 0.5 * share);
}

Strings joined(Strings a, const Strings& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

} // namespace

BOOST_AUTO_TEST_CASE(main_author_of_a_folder) {
    Fixture f;
    const auto hers = f.commits(ada, 4, {"tools/gen.py"});
    f.commits(bob, 2, {"tools/lint.py"});
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    const auto& item = items[0];
    BOOST_TEST((item.kind == EvidenceKind::ownership));
    BOOST_TEST((item.mode == Mode::expertise));
    BOOST_TEST(brag::test::title(item) == "Main author of tools/ in app: 4 of its 6 commits");
    BOOST_TEST(brag::test::values(item.refs) == joined({"tools/"}, hers));
    BOOST_TEST(item.weight == weight_of(10, 4.0 / 6.0), boost::test_tools::tolerance(1e-12));
    BOOST_TEST(item.date.seconds == t0 + 4 * day); // her latest commit there
    BOOST_TEST(item.reasons ==
               (Strings{"67% of the commits that touched tools/ in the window; the next person "
                        "has 2",
                        "2 people committed there", "10 files there when the window ends"}));
}

BOOST_AUTO_TEST_CASE(a_folder_needs_a_minimum_of_commits) {
    Fixture f;
    f.commits(ada, 4, {"tools/gen.py"});
    BOOST_TEST(f.find().empty());
    f.config.thresholds.ownership_min_commits = 4;
    BOOST_TEST(f.find().size() == 1u);
}

// The main author leads by a clear margin: at least 1.5 times the next person's commits.
BOOST_AUTO_TEST_CASE(the_largest_share_without_a_clear_margin_is_not_ownership) {
    Fixture f;
    f.commits(ada, 4, {"tools/gen.py"});
    f.commits(bob, 3, {"tools/lint.py"});
    f.commits(carol, 3, {"tools/fmt.py"});
    // 4 of 10: the most of anyone, but 4 is less than 1.5 times 3.
    BOOST_TEST(f.find().empty());
    f.config.thresholds.ownership_lead = 1.3;
    BOOST_TEST(f.find().size() == 1u);
}

// Under half is enough with a clear lead (48% of a core library, the next person far behind),
// but not under the configured share.
BOOST_AUTO_TEST_CASE(a_clear_lead_under_half_is_ownership_above_the_share_threshold) {
    Fixture f;
    f.commits(ada, 12, {"lib/core.c"});
    f.commits(bob, 7, {"lib/io.c"});
    f.commits(carol, 6, {"lib/net.c"});
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::title(items[0]) == "Main author of lib/ in app: 12 of its 25 commits");

    Fixture g;
    g.commits(ada, 3, {"lib/core.c"});
    for (const auto& who : {bob, carol})
        g.commits(who, 2, {"lib/x.c"});
    g.commits(Person{"Dan Wu", "dan@example.com"}, 2, {"lib/y.c"});
    g.commits(Person{"Eve Ng", "eve@example.com"}, 2, {"lib/z.c"});
    // 3 of 11 (27%): a lead of 1.5 times, but under the 30% share.
    BOOST_TEST(g.find().empty());
    g.config.thresholds.ownership_commit_share = 0.25;
    BOOST_TEST(g.find().size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_tie_makes_nobody_the_main_author) {
    Fixture f;
    f.commits(ada, 3, {"tools/gen.py"});
    f.commits(bob, 3, {"tools/lint.py"});
    BOOST_TEST(f.find().empty());
}

BOOST_AUTO_TEST_CASE(half_without_a_tie_is_enough) {
    Fixture f;
    f.commits(ada, 3, {"tools/gen.py"});
    f.commits(bob, 2, {"tools/lint.py"});
    f.commits(carol, 1, {"tools/fmt.py"});
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(items[0].weight == weight_of(10, 0.5), boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(someone_with_more_commits_owns_it_whatever_the_share_threshold) {
    Fixture f;
    f.commits(ada, 2, {"tools/gen.py"});
    f.commits(bob, 4, {"tools/lint.py"});
    f.config.thresholds.ownership_commit_share = 0.1;
    BOOST_TEST(f.find().empty());
}

BOOST_AUTO_TEST_CASE(a_child_folder_of_an_owned_folder_adds_nothing) {
    Fixture f;
    f.commits(ada, 5, {"src/storage/log.go"});
    f.commits(bob, 1, {"src/api/api.go"});
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(items[0].refs.front().value == "src/");
    BOOST_TEST(brag::test::title(items[0]) == "Main author of src/ in app: 5 of its 6 commits");
}

BOOST_AUTO_TEST_CASE(a_child_folder_is_owned_when_its_parent_is_not) {
    Fixture f;
    const auto hers = f.commits(ada, 5, {"src/storage/log.go"});
    f.commits(bob, 6, {"src/api/api.go"});
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::values(items[0].refs) == joined({"src/storage/"}, hers));
    BOOST_TEST(brag::test::title(items[0]) ==
               "Main author of src/storage/ in app: 5 of its 5 commits");
    BOOST_TEST(items[0].weight == weight_of(10, 1.0), boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(two_levels_at_most_and_files_at_the_top_count_for_no_folder) {
    Fixture f;
    f.commits(ada, 5, {"README.md", "a/b/c/d.txt"});
    f.commits(bob, 6, {"a/x.txt"});
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(items[0].refs.front().value == "a/b/"); // not "a/b/c/"
}

// The root holds every module: however many top-level files she changes (git keeps its core
// there), the root is never claimed as a folder, and a commit changing only top-level files
// counts towards no folder's total.
BOOST_AUTO_TEST_CASE(the_repository_root_is_never_a_folder) {
    Fixture f;
    f.commits(ada, 8, {"Makefile", "main.c", "README.md"});
    f.living("", 3); // even if a tree walk ever reported the root
    BOOST_TEST(f.find().empty());
    const auto hers = f.commits(ada, 5, {"builtin/add.c", "commit.c"});
    f.commits(bob, 3, {"refs.c"}); // top-level only: not a commit of builtin/
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::values(items[0].refs) == joined({"builtin/"}, hers));
    BOOST_TEST(brag::test::title(items[0]) == "Main author of builtin/ in app: 5 of its 5 commits");
}

// Release notes are the record of what shipped, mostly others' work: keeping them is not owning
// a module, however many of their commits are hers (git's Documentation/RelNotes/).
BOOST_AUTO_TEST_CASE(a_folder_of_release_notes_is_not_a_module) {
    for (const std::string notes : {"Documentation/RelNotes", "RELEASE-NOTES", "docs/releases",
                                    "changelog.d", ".changeset", "changes"}) {
        Fixture f;
        f.commits(ada, 6, {notes + "/2.50.0.md"});
        BOOST_TEST(f.find().empty(), notes);
    }
    Fixture notes; // nor do they make a module of the folder around them
    notes.commits(ada, 6, {"Documentation/RelNotes/2.50.0.md"});
    notes.commits(bob, 1, {"Documentation/git.txt"});
    BOOST_TEST(notes.find().empty());
    Fixture f; // that folder is a module by its other commits
    const auto hers =
        f.commits(ada, 6, {"Documentation/RelNotes/2.50.0.md", "Documentation/a.txt"});
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::values(items[0].refs) == joined({"Documentation/"}, hers));
    // A "releases" folder outside documentation may hold code or manifests: a module as any.
    Fixture g;
    g.commits(ada, 6, {"releases/prod/values.yaml"});
    BOOST_TEST_REQUIRE(g.find().size() == 1u);
    BOOST_TEST(g.find()[0].about == "releases/");
}

BOOST_AUTO_TEST_CASE(one_commit_counts_once_per_folder_however_many_files) {
    Fixture f;
    f.commits(ada, 3, {"lib/a.c", "lib/b.c", "lib/c.c", "lib/d.c"});
    f.commits(bob, 2, {"lib/e.c"});
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::title(items[0]) == "Main author of lib/ in app: 3 of its 5 commits");
}

BOOST_AUTO_TEST_CASE(merges_undiffed_and_out_of_window_commits_are_not_counted) {
    Fixture f;
    const auto old = f.commits(ada, 3, {"tools/a.py"});
    const auto recent = f.commits(ada, 2, {"tools/a.py"});
    f.commits(bob, 2, {"tools/b.py"});
    f.window.since = t0 + 4 * day; // leaves out her first three
    BOOST_TEST(f.find().empty());  // 2 of 4 in the window: below 5 commits

    f.window = {};
    f.repo.commits[0].diff = DiffDepth::none; // not diffed: not counted
    f.repo.commits[1].parents.push_back(
        brag::test::commit_id("c0")); // a merge now: not counted either
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::title(items[0]) == "Main author of tools/ in app: 3 of its 5 commits");
    BOOST_TEST(brag::test::values(items[0].refs) == joined({"tools/", old[2]}, recent));
}

// Living code only: a folder renamed or deleted before the window ends is nobody's module now.
BOOST_AUTO_TEST_CASE(a_folder_gone_when_the_window_ends_is_not_owned) {
    Fixture f;
    f.register_folders = false;
    f.commits(ada, 5, {"plugins/old-name/index.js"});
    f.living("plugins", 40);
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(items[0].refs.front().value == "plugins/"); // not plugins/old-name/
    f.repo.folders_at_window_end.clear();
    BOOST_TEST(f.find().empty());
}

BOOST_AUTO_TEST_CASE(a_tiny_folder_is_not_owned) {
    Fixture f;
    f.commits(ada, 5, {"tools/gen.py"});
    f.living("tools", 4);
    BOOST_TEST(f.find().empty());
    f.living("tools", 5);
    BOOST_TEST(f.find().size() == 1u);
    f.config.thresholds.ownership_min_files = 6;
    BOOST_TEST(f.find().empty());
}

// Ranked by size: the same share of a large module weighs more than of a small corner.
BOOST_AUTO_TEST_CASE(larger_folders_weigh_more) {
    Fixture f;
    f.commits(ada, 5, {"core/a.c", "misc/b.sh"});
    f.living("core", 2000);
    f.living("misc", 8);
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 2u);
    const auto& core = items[0].about == "core/" ? items[0] : items[1];
    const auto& misc = items[0].about == "core/" ? items[1] : items[0];
    BOOST_TEST(core.weight == weight_of(2000, 1.0), boost::test_tools::tolerance(1e-12));
    BOOST_TEST(misc.weight == weight_of(8, 1.0), boost::test_tools::tolerance(1e-12));
    BOOST_TEST(core.weight > misc.weight);
    BOOST_TEST(core.weight == 3.0);
}

// People, not addresses: the next person's commits from two addresses are one person's.
BOOST_AUTO_TEST_CASE(the_next_person_is_counted_by_name_not_address) {
    Fixture f;
    f.commits(ada, 5, {"tools/gen.py"});
    f.commits(bob, 2, {"tools/lint.py"});
    f.commits(Person{"Bob Martin", "bob@home.example.org"}, 2, {"tools/fmt.py"});
    // Bob has 4 commits: 5 is less than 1.5 times 4.
    BOOST_TEST(f.find().empty());
}

BOOST_AUTO_TEST_CASE(codeowners_naming_the_subjects_email) {
    Fixture f;
    f.commits(bob, 1, {"README.md"});
    f.repo.codeowners = "# Owners\n"
                        "*           @example/everyone\n"
                        "/docs/      ada@example.com\n"
                        "/src/api/   bob@example.com\n";
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    const auto& item = items[0];
    BOOST_TEST((item.kind == EvidenceKind::code_owner));
    BOOST_TEST(brag::test::title(item) == "Code owner of /docs/ in app");
    BOOST_TEST(brag::test::values(item.refs) == (Strings{"CODEOWNERS", "/docs/"}));
    BOOST_TEST(item.weight == 3.0);
    BOOST_TEST(item.date.seconds == t0 + 1 * day); // HEAD's date
    BOOST_TEST(item.reasons == (Strings{"CODEOWNERS names you for these paths"}));
}

BOOST_AUTO_TEST_CASE(codeowners_naming_a_github_login_from_a_noreply_email) {
    Fixture f;
    f.repo.subject.add_email("12345+AdaL@users.noreply.github.com");
    f.commits(bob, 1, {"README.md"});
    f.repo.codeowners = "/src/storage/ @adal @example/storage\n"
                        "/deploy/      @someone-else\n"
                        "# /src/api/   @adal\n"
                        "*.go          @example/go @AdaL\r\n";
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::title(items[0]) == "Code owner of 2 paths in app");
    BOOST_TEST(brag::test::values(items[0].refs) ==
               (Strings{"CODEOWNERS", "/src/storage/", "*.go"}));
}

BOOST_AUTO_TEST_CASE(codeowners_login_from_an_old_style_noreply_email) {
    Fixture f;
    f.repo.subject.add_email("adal@users.noreply.github.com");
    f.commits(bob, 1, {"README.md"});
    f.repo.codeowners = "/ops/ @adal\n";
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::values(items[0].refs) == (Strings{"CODEOWNERS", "/ops/"}));
}

BOOST_AUTO_TEST_CASE(codeowners_naming_others_or_no_login_known) {
    Fixture f;
    f.commits(bob, 1, {"README.md"});
    // Her login is unknown without a no-reply address: "@ada" proves nothing.
    f.repo.codeowners = "/docs/ @ada\n/src/ bob@example.com\n/lonely/\n";
    BOOST_TEST(f.find().empty());
}

BOOST_AUTO_TEST_CASE(codeowners_without_a_head_is_not_evidence) {
    Fixture f;
    f.repo.codeowners = "/docs/ ada@example.com\n";
    BOOST_TEST(f.find().empty());
}

BOOST_AUTO_TEST_CASE(folder_ownership_and_codeowners_together) {
    Fixture f;
    f.commits(ada, 5, {"tools/a.py"});
    f.repo.codeowners = "/tools/ ada@example.com\n";
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 2u);
    BOOST_TEST(items[0].refs.front().value == "tools/");
    BOOST_TEST(items[1].refs.front().value == "CODEOWNERS");
}
