#include <string>

#include <boost/test/unit_test.hpp>

#include "reports/forge_links.hpp"

// The expected URLs are the forges' own page addresses, as their web interfaces show them for a
// commit, a tag and a file.

namespace {

constexpr const char* oid = "0123456789abcdef0123456789abcdef01234567";

std::string home_of(const char* remote) {
    const auto repository = brag::forge_repository(remote);
    return repository ? repository->home : "(none)";
}

struct Case {
    const char* remote;
    const char* home;
};

void expect_homes(std::initializer_list<Case> cases) {
    for (const auto& c : cases) {
        BOOST_TEST_CONTEXT(c.remote) {
            BOOST_TEST(home_of(c.remote) == c.home);
        }
    }
}

brag::ForgeRepository repository(const char* remote) {
    const auto found = brag::forge_repository(remote);
    BOOST_TEST_REQUIRE(found.has_value(), remote);
    return *found;
}

} // namespace

BOOST_AUTO_TEST_CASE(github_remotes_in_every_syntax) {
    expect_homes({
        {"https://github.com/ada/orbit.git", "https://github.com/ada/orbit"},
        {"https://github.com/ada/orbit", "https://github.com/ada/orbit"},
        {"https://github.com/ada/orbit/", "https://github.com/ada/orbit"},
        {"git@github.com:ada/orbit.git", "https://github.com/ada/orbit"},
        {"ssh://git@github.com/ada/orbit.git", "https://github.com/ada/orbit"},
        {"ssh://git@ssh.github.com:443/ada/orbit.git", "https://github.com/ada/orbit"},
        {"git://github.com/ada/orbit.git", "https://github.com/ada/orbit"},
        {"HTTPS://GitHub.com/ada/orbit.git", "https://github.com/ada/orbit"},
        {"https://github.example.com/team/orbit.git", "https://github.example.com/team/orbit"},
    });
}

BOOST_AUTO_TEST_CASE(gitlab_with_groups_and_self_hosted) {
    expect_homes({
        {"https://gitlab.com/group/sub/orbit.git", "https://gitlab.com/group/sub/orbit"},
        {"git@gitlab.com:group/orbit.git", "https://gitlab.com/group/orbit"},
        {"git@gitlab.example.com:team/orbit.git", "https://gitlab.example.com/team/orbit"},
        {"https://gitlab.example.com:8443/team/orbit.git",
         "https://gitlab.example.com:8443/team/orbit"},
        // The SSH port says nothing about where the web pages are.
        {"ssh://git@gitlab.example.com:2222/team/orbit.git",
         "https://gitlab.example.com/team/orbit"},
        {"http://gitlab.intranet/team/orbit.git", "http://gitlab.intranet/team/orbit"},
    });
}

BOOST_AUTO_TEST_CASE(bitbucket_gitea_and_codeberg) {
    expect_homes({
        {"git@bitbucket.org:team/orbit.git", "https://bitbucket.org/team/orbit"},
        {"https://bitbucket.org/team/orbit.git", "https://bitbucket.org/team/orbit"},
        {"https://codeberg.org/ada/orbit.git", "https://codeberg.org/ada/orbit"},
        {"git@codeberg.org:ada/orbit.git", "https://codeberg.org/ada/orbit"},
        {"https://gitea.example.com/ada/orbit.git", "https://gitea.example.com/ada/orbit"},
    });
}

BOOST_AUTO_TEST_CASE(azure_devops_in_its_many_forms) {
    expect_homes({
        {"https://dev.azure.com/contoso/Space/_git/orbit",
         "https://dev.azure.com/contoso/Space/_git/orbit"},
        {"https://contoso@dev.azure.com/contoso/Space/_git/orbit",
         "https://dev.azure.com/contoso/Space/_git/orbit"},
        {"git@ssh.dev.azure.com:v3/contoso/Space/orbit",
         "https://dev.azure.com/contoso/Space/_git/orbit"},
        {"contoso@vs-ssh.visualstudio.com:v3/contoso/Space/orbit",
         "https://dev.azure.com/contoso/Space/_git/orbit"},
        {"https://contoso.visualstudio.com/Space/_git/orbit",
         "https://dev.azure.com/contoso/Space/_git/orbit"},
        {"https://contoso.visualstudio.com/DefaultCollection/Space/_git/orbit",
         "https://dev.azure.com/contoso/Space/_git/orbit"},
        // A project name with a space is escaped in the remote; it is not escaped twice.
        {"https://dev.azure.com/contoso/My%20Space/_git/orbit",
         "https://dev.azure.com/contoso/My%20Space/_git/orbit"},
        {"https://dev.azure.com/contoso/_git/orbit", "https://dev.azure.com/contoso/_git/orbit"},
    });
}

BOOST_AUTO_TEST_CASE(unknown_hosts_and_local_paths_get_no_link) {
    expect_homes({
        {"https://git.example.com/ada/orbit.git", "(none)"},
        {"/srv/git/orbit.git", "(none)"},
        {"../orbit", "(none)"},
        {"file:///srv/git/orbit.git", "(none)"},
        {"", "(none)"},
        {"https://github.com/ada", "(none)"},                    // no repository
        {"https://github.com/ada/orbit/extra", "(none)"},        // not a repository page
        {"https://github.com/ada/../orbit", "(none)"},           // no climbing out
        {"https://dev.azure.com/contoso/Space/orbit", "(none)"}, // no _git
        {"https://evil.example\"onmouseover=x/github.com/a/b", "(none)"},
        {"javascript:alert(1)//github.com/a/b", "(none)"},
    });
}

BOOST_AUTO_TEST_CASE(path_parts_are_percent_encoded) {
    expect_homes({
        {"https://github.com/ada/orbit%28x%29.git", "https://github.com/ada/orbit%28x%29"},
        {"https://gitlab.com/ada/<b>.git", "https://gitlab.com/ada/%3Cb%3E"},
    });
    BOOST_TEST(brag::percent_encode("a b/c(d)[e]\xC3\xA9", true) == "a%20b/c%28d%29%5Be%5D%C3%A9");
    BOOST_TEST(brag::percent_encode("release/1.0", false) == "release%2F1.0");
}

BOOST_AUTO_TEST_CASE(github_pages) {
    const auto github = repository("git@github.com:ada/orbit.git");
    BOOST_TEST(brag::commit_url(github, oid) ==
               std::string("https://github.com/ada/orbit/commit/") + oid);
    BOOST_TEST(brag::tag_url(github, "v1.0.0") ==
               "https://github.com/ada/orbit/releases/tag/v1.0.0");
    BOOST_TEST(brag::file_url(github, oid, "docs/adr/0001 x.md") ==
               std::string("https://github.com/ada/orbit/blob/") + oid + "/docs/adr/0001%20x.md");
    BOOST_TEST(brag::file_url(github, oid, "src/metrics/") ==
               std::string("https://github.com/ada/orbit/tree/") + oid + "/src/metrics");
}

BOOST_AUTO_TEST_CASE(gitlab_pages) {
    const auto gitlab = repository("https://gitlab.com/group/orbit.git");
    BOOST_TEST(brag::commit_url(gitlab, oid) ==
               std::string("https://gitlab.com/group/orbit/-/commit/") + oid);
    BOOST_TEST(brag::tag_url(gitlab, "release/2") ==
               "https://gitlab.com/group/orbit/-/tags/release%2F2");
    BOOST_TEST(brag::file_url(gitlab, oid, "README.md") ==
               std::string("https://gitlab.com/group/orbit/-/blob/") + oid + "/README.md");
    BOOST_TEST(brag::file_url(gitlab, oid, "docs/") ==
               std::string("https://gitlab.com/group/orbit/-/tree/") + oid + "/docs");
}

BOOST_AUTO_TEST_CASE(bitbucket_pages) {
    const auto bitbucket = repository("git@bitbucket.org:team/orbit.git");
    BOOST_TEST(brag::commit_url(bitbucket, oid) ==
               std::string("https://bitbucket.org/team/orbit/commits/") + oid);
    BOOST_TEST(brag::tag_url(bitbucket, "v1") == "https://bitbucket.org/team/orbit/src/v1/");
    BOOST_TEST(brag::file_url(bitbucket, oid, "a/b.md") ==
               std::string("https://bitbucket.org/team/orbit/src/") + oid + "/a/b.md");
    BOOST_TEST(brag::file_url(bitbucket, oid, "a/") ==
               std::string("https://bitbucket.org/team/orbit/src/") + oid + "/a/");
}

BOOST_AUTO_TEST_CASE(gitea_pages) {
    const auto codeberg = repository("https://codeberg.org/ada/orbit.git");
    BOOST_TEST(brag::commit_url(codeberg, oid) ==
               std::string("https://codeberg.org/ada/orbit/commit/") + oid);
    BOOST_TEST(brag::tag_url(codeberg, "v1") == "https://codeberg.org/ada/orbit/releases/tag/v1");
    BOOST_TEST(brag::file_url(codeberg, oid, "a/b.md") ==
               std::string("https://codeberg.org/ada/orbit/src/commit/") + oid + "/a/b.md");
}

BOOST_AUTO_TEST_CASE(azure_devops_pages) {
    const auto azure = repository("git@ssh.dev.azure.com:v3/contoso/Space/orbit");
    const std::string home = "https://dev.azure.com/contoso/Space/_git/orbit";
    BOOST_TEST(brag::commit_url(azure, oid) == home + "/commit/" + oid);
    BOOST_TEST(brag::tag_url(azure, "v1.0") == home + "?version=GTv1.0");
    BOOST_TEST(brag::file_url(azure, oid, "docs/a b.md") ==
               home + "?path=/docs/a%20b.md&version=GC" + oid);
}

BOOST_AUTO_TEST_CASE(hostile_refs_stay_inside_the_url) {
    const auto github = repository("git@github.com:ada/orbit.git");
    BOOST_TEST(brag::tag_url(github, "v1<script>\")") ==
               "https://github.com/ada/orbit/releases/tag/v1%3Cscript%3E%22%29");
    BOOST_TEST(brag::file_url(github, oid, "a/](javascript:x).md") ==
               std::string("https://github.com/ada/orbit/blob/") + oid +
                   "/a/%5D%28javascript%3Ax%29.md");
}
