#include <algorithm>

#include <boost/test/unit_test.hpp>

#include "app/repository_miner.hpp"
#include "git/git_handles.hpp"
#include "tests/commit_ids.hpp"
#include "tests/support/git_fixture.hpp"

using namespace brag;
using namespace brag::test;

namespace {

const Identity ada_old{"Ada L", "ada.l@old.example"};

struct Fixture {
    git::Library library;
    TempDir dir;
    GitRepo repo{dir.path(), "lib"};
    std::string root, renamed, reviewed, merge;

    Fixture() {
        repo.write("src/a.c", "one\ntwo\nthree\nfour\nfive\nsix\n");
        repo.write("logo.bin", std::string("\0\1\2\3", 4));
        root = repo.commit(ada_old, "2025-01-06T09:00:00+0100", "Initial\n\nwith a body\n");
        repo.write(".mailmap", "Ada Lovelace <ada@example.com> <ada.l@old.example>\n");
        repo.commit(ada, "2025-01-07T09:00:00+0100", "Add mailmap");
        repo.annotated_tag("v1.0.0", ada, "2025-01-07T10:00:00+0100", "Release 1.0.0\n");
        repo.git({"checkout", "-q", "-b", "topic"});
        repo.write("b.c", "b\n");
        reviewed =
            repo.commit(bob, "2025-02-01T08:30:00-0500",
                        "Add b\n\nLonger text.\n\nReviewed-by: Ada Lovelace <ada@example.com>\n"
                        "Closes #12\n");
        repo.git({"checkout", "-q", "main"});
        repo.write("src/a.c", "one\ntwo\nthree\nfour\nfive\nsix\nseven\n");
        repo.git({"mv", "src/a.c", "src/alpha.c"});
        renamed = repo.commit(ada, "2025-02-02T09:00:00+0530", "Rename a to alpha");
        merge = repo.merge("topic", ada, "2025-02-03T09:00:00+0100", "Merge branch 'topic'");
        repo.lightweight_tag("nightly");
        repo.git({"remote", "add", "origin", "https://user:token@github.com/ada/lib.git"});
    }

    Repository mine(bool team = false) const {
        Subject subject;
        subject.add("ada@example.com");
        MiningOptions options;
        options.team = team;
        return mine_repository(repo.str(), subject, options);
    }
};

const Commit& find(const Repository& repository, const std::string& oid) {
    const auto found = std::find_if(repository.commits.begin(), repository.commits.end(),
                                    [&](const Commit& c) { return c.id.hex() == oid; });
    BOOST_TEST_REQUIRE((found != repository.commits.end()), "commit " + oid + " not mined");
    return *found;
}

} // namespace

BOOST_AUTO_TEST_CASE(repository_shape) {
    Fixture fixture;
    const auto repository = fixture.mine();
    BOOST_TEST(repository.name == "lib");
    BOOST_TEST(repository.path == fixture.repo.str());
    BOOST_TEST(repository.head->hex() == fixture.merge);
    BOOST_TEST(*repository.remote == "https://github.com/ada/lib.git");
    BOOST_TEST(!repository.shallow);
    BOOST_TEST(!repository.bare);
    BOOST_TEST(repository.commits.size() == 5u);
    BOOST_TEST(repository.warnings.empty());
}

BOOST_AUTO_TEST_CASE(mailmap_dates_and_message) {
    Fixture fixture;
    const auto repository = fixture.mine();
    const auto& root = find(repository, fixture.root);
    BOOST_TEST(root.author.email == "ada@example.com");
    BOOST_TEST(root.author.name == "Ada Lovelace"); // "Name <new> <old>" maps both
    BOOST_TEST(root.raw_author.email == "ada.l@old.example");
    BOOST_TEST(root.author_time.seconds == 1736150400); // 2025-01-06T08:00:00Z
    BOOST_TEST(root.author_time.offset_minutes == 60);
    BOOST_TEST(root.subject == "Initial");
    BOOST_TEST(root.body == "with a body\n");
    BOOST_TEST(root.is_root());

    const auto& reviewed = find(repository, fixture.reviewed);
    BOOST_TEST(reviewed.author_time.offset_minutes == -300);
    BOOST_TEST_REQUIRE(reviewed.trailers.size() == 1u);
    BOOST_TEST(reviewed.trailers[0].key == "Reviewed-by");
    BOOST_TEST(reviewed.trailers[0].value == "Ada Lovelace <ada@example.com>");
    BOOST_TEST(reviewed.body.empty()); // bodies are kept for the subject's commits only
}

BOOST_AUTO_TEST_CASE(subject_commits_are_diffed_with_renames_and_binaries) {
    Fixture fixture;
    const auto repository = fixture.mine();
    const auto& root = find(repository, fixture.root);
    BOOST_TEST((root.diff == DiffDepth::lines));
    BOOST_TEST(root.lines_added == 6);
    const auto logo = std::find_if(root.changes.begin(), root.changes.end(),
                                   [](const FileChange& c) { return c.path == "logo.bin"; });
    BOOST_TEST_REQUIRE((logo != root.changes.end()));
    BOOST_TEST(logo->binary);

    const auto& renamed = find(repository, fixture.renamed);
    BOOST_TEST_REQUIRE(renamed.changes.size() == 1u);
    BOOST_TEST((renamed.changes[0].kind == ChangeKind::renamed));
    BOOST_TEST(renamed.changes[0].old_path == "src/a.c");
    BOOST_TEST(renamed.changes[0].path == "src/alpha.c");
    BOOST_TEST(renamed.lines_added == 1);
    BOOST_TEST(renamed.lines_deleted == 0);

    const auto& merge = find(repository, fixture.merge);
    BOOST_TEST((merge.diff == DiffDepth::paths)); // the subject's merge: paths, no lines
    BOOST_TEST_REQUIRE(merge.changes.size() == 1u);
    BOOST_TEST(merge.changes[0].path == "b.c");

    // Others' commits get the folders they touched (for ownership), their lines only with
    // --team. This one changed a file at the root: no folder.
    BOOST_TEST((find(repository, fixture.reviewed).diff == DiffDepth::folders));
    BOOST_TEST(find(repository, fixture.reviewed).changes.empty());
    BOOST_TEST((find(fixture.mine(true), fixture.reviewed).diff == DiffDepth::lines));
}

BOOST_AUTO_TEST_CASE(tags_annotated_and_lightweight) {
    Fixture fixture;
    const auto repository = fixture.mine();
    BOOST_TEST_REQUIRE(repository.tags.size() == 2u);
    const auto& nightly = repository.tags[0];
    BOOST_TEST(nightly.name == "nightly");
    BOOST_TEST(!nightly.annotated);
    BOOST_TEST(nightly.target.hex() == fixture.merge);
    const auto& release = repository.tags[1];
    BOOST_TEST(release.name == "v1.0.0");
    BOOST_TEST(release.annotated);
    BOOST_TEST_REQUIRE(release.tagger.has_value());
    BOOST_TEST(release.tagger->email == "ada@example.com");
    BOOST_TEST(release.message == "Release 1.0.0\n");
}

BOOST_AUTO_TEST_CASE(subject_is_widened_by_the_mailmap) {
    Fixture fixture;
    const auto repository = fixture.mine();
    BOOST_TEST(repository.subject.matches_email("ada.l@old.example"));
    BOOST_TEST(repository.subject.matches_name("Ada L"));
    BOOST_TEST(!repository.subject.matches_email("bob@example.com"));
}

BOOST_AUTO_TEST_CASE(shallow_clone_is_read_up_to_its_boundary) {
    Fixture fixture;
    const auto clone = fixture.dir.path() / "shallow";
    run_checked(
        {"git", "clone", "-q", "--depth", "2", "file://" + fixture.repo.str(), clone.string()},
        fixture.dir.str());
    Subject subject;
    subject.add("ada@example.com");
    const auto repository = mine_repository(clone.string(), subject, {});
    BOOST_TEST(repository.shallow);
    // git's own count for the shallow history.
    const auto git_count =
        std::stoul(run_checked({"git", "rev-list", "--count", "HEAD"}, clone.string()));
    BOOST_TEST(repository.commits.size() == git_count);
    // Said once: the history behind its boundary commits (git lists them in .git/shallow) is
    // missing.
    const auto boundary = run_checked({"wc", "-l", ".git/shallow"}, clone.string());
    BOOST_TEST(repository.warnings ==
                   std::vector<std::string>{"shallow clone: the history behind its " +
                                            std::to_string(std::stoul(boundary)) +
                                            " boundary commits is missing and not counted; run "
                                            "git fetch --unshallow in it for the whole history"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(not_a_repository_throws_with_the_path) {
    Fixture fixture;
    Subject subject;
    subject.add("ada@example.com");
    try {
        mine_repository(fixture.dir.str(), subject, {});
        BOOST_FAIL("expected an error");
    } catch (const git::Error& error) {
        BOOST_TEST(std::string(error.what()).find(fixture.dir.str()) != std::string::npos);
    }
}
