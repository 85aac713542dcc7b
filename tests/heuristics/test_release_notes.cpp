#include <boost/test/unit_test.hpp>

#include "classify/release_notes.hpp"

using namespace brag;

BOOST_AUTO_TEST_CASE(release_note_files_and_folders) {
    for (const char* path :
         {"CHANGELOG.md", "CHANGES", "NEWS", "HISTORY.rst", "packages/parser/CHANGELOG.md",
          "Documentation/RelNotes/2.50.0.adoc", "docs/release-notes/v2.md", "changes/8123.feature",
          "newsfragments/12.bugfix", "docs/changelogs/1.0.md", "RELEASE_NOTES.txt", "whats-new.md",
          "changelog.d/20250101_fix.md", "docs/releases/v2.1.md", "RELEASE-NOTES/7.55.0.txt",
          ".changeset/brave-owls.md", "doc/releases/1.0.rst", "changes.d/42.feature"})
        BOOST_TEST(is_release_notes(path), path);
}

BOOST_AUTO_TEST_CASE(code_named_like_release_notes_is_not) {
    for (const char* path : {"src/history.c", "history/index.js", "news/feed.go", "src/changes.rs",
                             "lib/changelog_parser.py", "docs/guide.md", "README.md",
                             "releases/prod/values.yaml", "conf.d/app.conf"})
        BOOST_TEST(!is_release_notes(path), path);
}

BOOST_AUTO_TEST_CASE(a_commit_changing_only_release_notes) {
    Commit commit;
    BOOST_TEST(!changes_only_release_notes(commit)); // nothing changed: not release notes
    commit.changes.push_back({ChangeKind::modified, "Documentation/RelNotes/2.50.0.adoc",
                              "Documentation/RelNotes/2.50.0.adoc", 10, 0, false});
    BOOST_TEST(changes_only_release_notes(commit));
    commit.changes.push_back(
        {ChangeKind::modified, "GIT-VERSION-GEN", "GIT-VERSION-GEN", 1, 1, false});
    BOOST_TEST(!changes_only_release_notes(commit));
}

BOOST_AUTO_TEST_CASE(folders_of_release_notes) {
    for (const char* folder : {"Documentation/RelNotes", "RELEASE-NOTES", "docs/releases/",
                               "changelog.d", "packages/core/.changeset", "release-notes"})
        BOOST_TEST(is_release_notes_folder(folder), folder);
    for (const char* folder : {"", "releases", "src", "docs", "lib/history", "conf.d"})
        BOOST_TEST(!is_release_notes_folder(folder), folder);
}
