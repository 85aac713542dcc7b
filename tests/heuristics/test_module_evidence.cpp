// Modules built from zero (framework.md, stage 5): a folder new in the window, started by the
// subject with files of their own, that grew (enough files when the window ends, others joined).
#include <string>
#include <tuple>
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
    Fixture() {
        append("root", bob, t0, 0, true); // the repository began before, with someone else
        window.since = t0 + day / 2;
        repo.folders_before[*window.since] = {{"src", 3}};
    }

    // A commit by `author` on `on_day` with `kind` changes of `paths`; its label.
    std::string commit(const Person& author, int on_day, const Strings& paths,
                       ChangeKind kind = ChangeKind::modified, const std::string& from = {}) {
        const auto label = "c" + std::to_string(repo.commits.size());
        auto& commit = append(label, author, t0 + on_day * day);
        commit.diff = DiffDepth::lines;
        for (const auto& path : paths) {
            const auto old_path = from.empty() ? path : from + path.substr(path.rfind('/'));
            commit.changes.push_back({kind, path, old_path, 10, 0, false});
        }
        return label;
    }

    void living(std::vector<FolderSize> folders) {
        repo.folders_at_window_end = std::move(folders);
    }

    std::vector<EvidenceItem> find() const { return run(find_modules_built); }
};

} // namespace

BOOST_AUTO_TEST_CASE(a_module_she_started_that_others_joined) {
    Fixture f;
    const auto first =
        f.commit(ada, 2, {"src/vault/store.go", "src/vault/keys.go"}, ChangeKind::added);
    f.commit(ada, 4, {"src/vault/rotate.go"}, ChangeKind::added);
    f.commit(bob, 6, {"src/vault/store.go"});
    f.living({{"src", 40}, {"src/vault", 12}});
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    const auto& item = items[0];
    BOOST_TEST((item.kind == EvidenceKind::module_built));
    BOOST_TEST(item.about == "src/vault/");
    BOOST_TEST(brag::test::values(item.refs) == (Strings{"src/vault/", first}));
    BOOST_TEST(item.date.seconds == t0 + 2 * day);
    BOOST_TEST(item.commits == 2);
    BOOST_TEST(item.total == 12);
    BOOST_TEST(item.people == 2);
    BOOST_TEST(brag::test::title(item) ==
               "Built src/vault/ of app from zero: it grew to 12 files and 2 contributors");
}

BOOST_AUTO_TEST_CASE(a_folder_that_existed_when_the_window_began_is_not_new) {
    Fixture f;
    f.commit(ada, 2, {"src/a.go"}, ChangeKind::added);
    f.commit(bob, 3, {"src/a.go"});
    f.living({{"src", 40}});
    BOOST_TEST(f.find().empty());
}

BOOST_AUTO_TEST_CASE(someone_else_started_it) {
    Fixture f;
    f.commit(bob, 2, {"lib/x.c"}, ChangeKind::added);
    f.commit(ada, 3, {"lib/y.c"}, ChangeKind::added);
    f.living({{"lib", 10}});
    BOOST_TEST(f.find().empty());
}

// A module moved (renamed) into a new folder was built by whoever wrote it, not by the mover.
BOOST_AUTO_TEST_CASE(moving_files_in_is_not_building_from_zero) {
    Fixture f;
    f.commit(ada, 2, {"pkg/auth/a.go", "pkg/auth/b.go"}, ChangeKind::renamed, "src");
    f.commit(bob, 3, {"pkg/auth/a.go"});
    f.living({{"pkg", 10}, {"pkg/auth", 10}});
    BOOST_TEST(f.find().empty());
}

// It grew: others committed there, and it holds enough files when the window ends.
BOOST_AUTO_TEST_CASE(a_module_that_did_not_grow_is_not_evidence) {
    Fixture f;
    f.commit(ada, 2, {"tools/gen.py"}, ChangeKind::added);
    f.commit(ada, 3, {"tools/run.py"}, ChangeKind::added);
    f.living({{"tools", 10}});
    BOOST_TEST(f.find().empty()); // nobody joined
    f.commit(carol, 4, {"tools/gen.py"});
    f.living({{"tools", 4}});
    BOOST_TEST(f.find().empty()); // under ownership_min_files
    f.living({{"tools", 5}});
    BOOST_TEST(f.find().size() == 1u);
    f.living({});
    BOOST_TEST(f.find().empty()); // gone when the window ends
}

// The outermost folder she built is the claim; a repository's first commit is founding, and a
// folder of release notes is no module.
BOOST_AUTO_TEST_CASE(outermost_folder_root_commits_and_release_notes) {
    Fixture f;
    f.commit(ada, 2, {"plugins/s3/a.js", "changelog.d/1.md"}, ChangeKind::added);
    f.commit(bob, 3, {"plugins/s3/a.js", "changelog.d/2.md"});
    f.living({{"changelog.d", 9}, {"plugins", 9}, {"plugins/s3", 9}});
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(items[0].about == "plugins/");

    brag::test::RepositoryFixture g; // she wrote the root commit: that is founding
    auto& root = g.append("r", ada, t0, 0, true);
    root.diff = DiffDepth::lines;
    root.changes.push_back({ChangeKind::added, "lib/a.c", "lib/a.c", 5, 0, false});
    auto& next = g.append("n", bob, t0 + day);
    next.diff = DiffDepth::lines;
    next.changes.push_back({ChangeKind::modified, "lib/a.c", "lib/a.c", 5, 0, false});
    g.repo.folders_at_window_end = {{"lib", 20}};
    BOOST_TEST(g.run(find_modules_built).empty());
}

// Without a start to the window every folder is new: the whole history is the window.
BOOST_AUTO_TEST_CASE(without_a_start_every_folder_is_new) {
    Fixture f;
    f.window.since.reset();
    f.repo.folders_before.clear();
    auto& root = f.repo.commits.front(); // bob's root commit started src/
    root.diff = DiffDepth::lines;
    root.changes.push_back({ChangeKind::added, "src/main.go", "src/main.go", 5, 0, false});
    f.commit(ada, 2, {"src/vault/a.go"}, ChangeKind::added);
    f.commit(bob, 3, {"src/vault/a.go"});
    f.living({{"src", 40}, {"src/vault", 6}});
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u); // src/ was the root commit's (bob's), not hers
    BOOST_TEST(items[0].about == "src/vault/");
}

// Founding holds the modules: in a repository she founded inside the window, the claim is the
// repository, not each folder she went on to start. Documentation is writing, not a module.
BOOST_AUTO_TEST_CASE(founded_repositories_and_documentation_folders_are_not_modules) {
    brag::test::RepositoryFixture g;
    g.append("r", ada, t0, 0, true); // her root commit, inside the (open) window
    for (const auto& [label, author, path] :
         {std::tuple{"n1", ada, "lib/a.c"}, std::tuple{"n2", bob, "lib/a.c"},
          std::tuple{"n3", ada, "docs/guide.md"}, std::tuple{"n4", bob, "docs/guide.md"}}) {
        auto& commit =
            g.append(label, author, t0 + day + static_cast<std::int64_t>(g.repo.commits.size()));
        commit.diff = DiffDepth::lines;
        const auto kind = author.email == ada.email ? ChangeKind::added : ChangeKind::modified;
        commit.changes.push_back({kind, path, path, 5, 0, false});
    }
    g.repo.folders_at_window_end = {{"docs", 8}, {"lib", 20}};
    BOOST_TEST(g.run(find_modules_built).empty());
    g.window.since = t0 + day / 2; // her root commit before the window: lib/ is a module now
    const auto items = g.run(find_modules_built);
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(items[0].about == "lib/");
}
