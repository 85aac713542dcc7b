#include <string>

#include <boost/test/unit_test.hpp>

#include "reports/markdown_links.hpp"
#include "tests/commit_ids.hpp"

namespace {

const brag::CommitId oid = brag::test::hex_id("0123456789abcdef0123456789abcdef01234567");

brag::RepositorySummary repository(std::optional<std::string> remote) {
    brag::RepositorySummary result;
    result.name = "orbit";
    result.head = oid;
    result.remote = std::move(remote);
    return result;
}

} // namespace

BOOST_AUTO_TEST_CASE(known_forge_gives_links) {
    const brag::RepositoryLinks links(repository("https://gitlab.com/g/orbit.git"));
    BOOST_TEST(links.commit(oid) ==
               "[`0123456789`](https://gitlab.com/g/orbit/-/commit/" + oid.hex() + ")");
    BOOST_TEST(links.tag("v1.0") == "[`v1.0`](https://gitlab.com/g/orbit/-/tags/v1.0)");
    BOOST_TEST(links.file("a|b.md") ==
               "[`a|b.md`](https://gitlab.com/g/orbit/-/blob/" + oid.hex() + "/a%7Cb.md)");
    BOOST_TEST(links.file("a|b.md", brag::CodeSpanIn::table_cell) ==
               "[`a\\|b.md`](https://gitlab.com/g/orbit/-/blob/" + oid.hex() + "/a%7Cb.md)");
    BOOST_TEST(links.home() == "[gitlab.com/g/orbit](https://gitlab.com/g/orbit)");
}

BOOST_AUTO_TEST_CASE(unknown_or_missing_remote_gives_code) {
    const brag::RepositoryLinks unknown(repository("ssh://git.example.com/orbit.git"));
    BOOST_TEST(unknown.commit(oid) == "`0123456789`");
    BOOST_TEST(unknown.tag("v1.0") == "`v1.0`");
    BOOST_TEST(unknown.home() == "`ssh://git.example.com/orbit.git`");
    const brag::RepositoryLinks none(repository(std::nullopt));
    BOOST_TEST(none.home().empty());
    BOOST_TEST(none.file("README.md") == "`README.md`");
}

BOOST_AUTO_TEST_CASE(globs_and_missing_head_give_no_file_link) {
    const brag::RepositoryLinks links(repository("git@github.com:a/orbit.git"));
    BOOST_TEST(links.file("src/*.go") == "`src/*.go`");
    auto headless = repository("git@github.com:a/orbit.git");
    headless.head.reset();
    BOOST_TEST(brag::RepositoryLinks(headless).file("README.md") == "`README.md`");
}

BOOST_AUTO_TEST_CASE(report_links_by_repository) {
    // Two repositories with one folder name: each keeps its own forge.
    auto work = repository("git@github.com:a/orbit.git");
    work.id = brag::RepositoryId{"/src/work/orbit"};
    auto home = repository("https://gitlab.com/b/orbit.git");
    home.id = brag::RepositoryId{"/src/home/orbit"};
    brag::Evidence evidence;
    evidence.repositories = {work, home};
    const brag::ReportLinks links(evidence);
    BOOST_TEST(links.of(work.id).commit(oid) ==
               "[`0123456789`](https://github.com/a/orbit/commit/" + oid.hex() + ")");
    BOOST_TEST(links.of(home.id).commit(oid) ==
               "[`0123456789`](https://gitlab.com/b/orbit/-/commit/" + oid.hex() + ")");
    BOOST_TEST(links.of(brag::RepositoryId{"/src/orbit"}).commit(oid) == "`0123456789`");
}

BOOST_AUTO_TEST_CASE(a_ref_is_linked_as_what_it_names) {
    const brag::RepositoryLinks links(repository("git@github.com:a/orbit.git"));
    BOOST_TEST(links.ref(brag::Ref::commit(oid)) == links.commit(oid));
    BOOST_TEST(links.ref(brag::Ref::tag("v1.0")) == links.tag("v1.0"));
    BOOST_TEST(links.ref(brag::Ref::path("src/")) == links.file("src/"));
    // A URL from a user's file is shown as text, never made a link.
    BOOST_TEST(links.ref(brag::Ref::url("https://example.com/pull/1")) ==
               "`https://example.com/pull/1`");
}
