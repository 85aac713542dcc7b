#include <fstream>

#include <boost/test/unit_test.hpp>

#include "cache/fact_cache.hpp"
#include "tests/commit_ids.hpp"
#include "tests/support/temp_dir.hpp"

using namespace brag;

namespace {

Commit diffed_commit() {
    Commit commit;
    commit.id = brag::test::hex_id("0123456789abcdef0123456789abcdef01234567");
    commit.diff = DiffDepth::lines;
    commit.changes = {{ChangeKind::renamed, "src/new.c", "src/old.c", 3, 1, false},
                      {ChangeKind::added, "logo.png", "logo.png", 0, 0, true},
                      {ChangeKind::modified, "docs/\xC3\xA9t\xC3\xA9.md",
                       "docs/\xC3\xA9t\xC3\xA9.md", 300, 0, false}};
    return commit;
}

} // namespace

BOOST_AUTO_TEST_CASE(a_diff_survives_encoding) {
    const auto commit = diffed_commit();
    const auto decoded = decode_diff(encode_diff(commit));
    BOOST_TEST_REQUIRE(decoded.has_value());
    BOOST_TEST((decoded->depth == DiffDepth::lines));
    BOOST_TEST_REQUIRE(decoded->changes.size() == 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        BOOST_TEST((decoded->changes[i].kind == commit.changes[i].kind));
        BOOST_TEST(decoded->changes[i].path == commit.changes[i].path);
        BOOST_TEST(decoded->changes[i].old_path == commit.changes[i].old_path);
        BOOST_TEST(decoded->changes[i].lines_added == commit.changes[i].lines_added);
        BOOST_TEST(decoded->changes[i].lines_deleted == commit.changes[i].lines_deleted);
        BOOST_TEST(decoded->changes[i].binary == commit.changes[i].binary);
    }
}

BOOST_AUTO_TEST_CASE(a_damaged_row_is_never_trusted) {
    const auto encoded = encode_diff(diffed_commit());
    for (std::size_t at = 0; at < encoded.size(); ++at) {
        auto damaged = encoded;
        damaged[at] = static_cast<char>(damaged[at] ^ 0x20);
        BOOST_TEST(!decode_diff(damaged).has_value(), "flipped byte " << at);
    }
    for (std::size_t size = 0; size < encoded.size(); ++size)
        BOOST_TEST(!decode_diff(encoded.substr(0, size)).has_value(), "cut at " << size);
    BOOST_TEST(!decode_diff(encoded + "x").has_value());
}

BOOST_AUTO_TEST_CASE(stored_diffs_are_found_at_their_depth_or_shallower) {
    test::TempDir dir;
    std::vector<std::string> warnings;
    {
        auto cache = FactCache::open(dir.path(), "/repos/one/.git", warnings);
        BOOST_TEST_REQUIRE(cache != nullptr);
        auto paths_only = diffed_commit();
        paths_only.id = brag::test::hex_id("1111111111111111111111111111111111111111");
        paths_only.diff = DiffDepth::paths;
        cache->store(diffed_commit());
        cache->store(paths_only);
        cache->flush(warnings);
    }
    auto cache = FactCache::open(dir.path(), "/repos/one/.git", warnings);
    BOOST_TEST_REQUIRE(cache != nullptr);
    BOOST_TEST(warnings.empty());
    BOOST_TEST(
        cache
            ->find(brag::test::hex_id("0123456789abcdef0123456789abcdef01234567"), DiffDepth::lines)
            .has_value());
    BOOST_TEST(
        cache
            ->find(brag::test::hex_id("0123456789abcdef0123456789abcdef01234567"), DiffDepth::paths)
            .has_value());
    BOOST_TEST(
        cache
            ->find(brag::test::hex_id("1111111111111111111111111111111111111111"), DiffDepth::paths)
            .has_value());
    // A paths-only diff cannot answer for line counts.
    BOOST_TEST(!cache
                    ->find(brag::test::hex_id("1111111111111111111111111111111111111111"),
                           DiffDepth::lines)
                    .has_value());
    BOOST_TEST(!cache
                    ->find(brag::test::hex_id("2222222222222222222222222222222222222222"),
                           DiffDepth::paths)
                    .has_value());
    // Another repository has a cache of its own.
    auto other = FactCache::open(dir.path(), "/repos/two/.git", warnings);
    BOOST_TEST(!other
                    ->find(brag::test::hex_id("0123456789abcdef0123456789abcdef01234567"),
                           DiffDepth::paths)
                    .has_value());
    BOOST_TEST(other->file() != cache->file());
}

BOOST_AUTO_TEST_CASE(an_unusable_folder_means_no_cache_and_a_warning) {
    test::TempDir dir;
    const auto file = dir.path() / "a-file";
    std::ofstream(file) << "x";
    std::vector<std::string> warnings;
    BOOST_TEST(FactCache::open(file / "cache", "/repo/.git", warnings) == nullptr);
    BOOST_TEST_REQUIRE(warnings.size() == 1u);
    BOOST_TEST(warnings[0].find("running without it") != std::string::npos);
}

namespace {

Commit header_commit() {
    Commit commit;
    commit.id = brag::test::hex_id("89abcdef0123456789abcdef0123456789abcdef");
    commit.parents = {brag::test::hex_id("0123456789abcdef0123456789abcdef01234567"),
                      brag::test::hex_id("1111111111111111111111111111111111111111")};
    commit.raw_author = {"Ad\xC3\xA5 Lovelace", "ada@example.com"};
    commit.raw_committer = {"Bob", "bob@example.com"};
    commit.author_time = {-86400 * 365, -330}; // before 1970, west of UTC
    commit.commit_time = {4294967296, 840};    // after 2106, UTC+14
    commit.subject = "Merge branch 'topic'";
    commit.trailers = {{"Reviewed-by", "Bob <bob@example.com>"}, {"Signed-off-by", ""}};
    return commit;
}

} // namespace

BOOST_AUTO_TEST_CASE(a_header_survives_encoding) {
    const auto commit = header_commit();
    const std::string tree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
    const auto decoded = decode_header(encode_header(commit, tree));
    BOOST_TEST_REQUIRE(decoded.has_value());
    BOOST_TEST(decoded->tree == tree);
    BOOST_TEST(decoded->commit.parents == commit.parents);
    BOOST_TEST((decoded->commit.raw_author == commit.raw_author));
    BOOST_TEST((decoded->commit.raw_committer == commit.raw_committer));
    BOOST_TEST((decoded->commit.author_time == commit.author_time));
    BOOST_TEST((decoded->commit.commit_time == commit.commit_time));
    BOOST_TEST(decoded->commit.subject == commit.subject);
    BOOST_TEST((decoded->commit.trailers == commit.trailers));
}

BOOST_AUTO_TEST_CASE(a_damaged_header_is_never_trusted) {
    const auto encoded = encode_header(header_commit(), "4b825dc642cb6eb9a060e54bf8d69288fbee4904");
    for (std::size_t at = 0; at < encoded.size(); ++at) {
        auto damaged = encoded;
        damaged[at] = static_cast<char>(damaged[at] ^ 0x20);
        BOOST_TEST(!decode_header(damaged).has_value(), "flipped byte " << at);
    }
    for (std::size_t size = 0; size < encoded.size(); ++size)
        BOOST_TEST(!decode_header(encoded.substr(0, size)).has_value(), "cut at " << size);
}

BOOST_AUTO_TEST_CASE(headers_and_bodies_are_kept_across_openings) {
    test::TempDir dir;
    std::vector<std::string> warnings;
    const auto commit = header_commit();
    {
        auto cache = FactCache::open(dir.path(), "/repos/two/.git", warnings);
        BOOST_TEST_REQUIRE(cache != nullptr);
        cache->store_header(commit, "4b825dc642cb6eb9a060e54bf8d69288fbee4904");
        cache->store_body(commit.id, "The body.\n");
        cache->flush(warnings);
    }
    auto cache = FactCache::open(dir.path(), "/repos/two/.git", warnings);
    BOOST_TEST_REQUIRE(cache != nullptr);
    const auto header = cache->take_header(commit.id);
    BOOST_TEST_REQUIRE(header.has_value());
    BOOST_TEST((header->commit.id == commit.id));
    BOOST_TEST(header->commit.subject == commit.subject);
    BOOST_TEST(!cache->take_header(commit.id).has_value()); // handed over once
    const auto bodies =
        cache->bodies({commit.id, brag::test::hex_id("2222222222222222222222222222222222222222")});
    BOOST_TEST_REQUIRE(bodies.size() == 1u);
    BOOST_TEST(bodies[0].second == "The body.\n");
    BOOST_TEST(warnings.empty());
}
