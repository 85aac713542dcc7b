// Usage errors and unreadable paths: one clear line on stderr, the documented exit status, no
// crash, no output file.
#include <algorithm>
#include <fstream>

#include <boost/test/unit_test.hpp>

#include "tests/support/git_fixture.hpp"

using namespace brag::test;

namespace {

std::size_t line_count(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

struct OneRepository {
    TempDir dir;
    GitRepo repo{dir.path(), "repo"};
    OneRepository() {
        repo.write("a.txt", "a\n");
        repo.commit({"Ada", "ada@example.com"}, "2025-01-01T00:00:00+0000", "Add a");
    }
};

void expect_usage_error(const std::vector<std::string>& args, const std::string& mention,
                        const std::map<std::string, std::string>& environment = {}) {
    OneRepository fixture;
    const auto result = run_brag(args, fixture.repo.str(), environment);
    BOOST_TEST(result.status == 2);
    BOOST_TEST(result.out.empty());
    BOOST_TEST(line_count(result.err) == 1u, result.err);
    BOOST_TEST(result.err.starts_with("git-brag: "), result.err);
    BOOST_TEST(result.err.find(mention) != std::string::npos, result.err);
}

} // namespace

BOOST_AUTO_TEST_CASE(unknown_option) {
    expect_usage_error({"--frobnicate"}, "frobnicate");
}

BOOST_AUTO_TEST_CASE(bad_format) {
    expect_usage_error({"--author", "a@b", "--format", "pdf"}, "pdf");
}

BOOST_AUTO_TEST_CASE(bad_dates) {
    expect_usage_error({"--author", "a@b", "--since", "2026-13-01"}, "2026-13-01");
    expect_usage_error({"--author", "a@b", "--since", "2025-02-29"}, "2025-02-29");
    expect_usage_error({"--author", "a@b", "--until", "next tuesday"}, "next tuesday");
    expect_usage_error({"--author", "a@b", "--since", "2026-02-01", "--until", "2026-01-01"},
                       "--since");
}

BOOST_AUTO_TEST_CASE(bad_source_date_epoch) {
    expect_usage_error({"--author", "a@b"}, "SOURCE_DATE_EPOCH", {{"SOURCE_DATE_EPOCH", "soon"}});
    expect_usage_error({"--author", "a@b"}, "SOURCE_DATE_EPOCH", {{"SOURCE_DATE_EPOCH", "-5"}});
}

BOOST_AUTO_TEST_CASE(empty_redact_keep) {
    expect_usage_error({"--author", "a@b", "--redact-keep", ""}, "--redact-keep");
}

BOOST_AUTO_TEST_CASE(missing_option_value) {
    expect_usage_error({"--author"}, "author");
}

BOOST_AUTO_TEST_CASE(no_identity_anywhere) {
    // The fixture's environment has no global config, and the repository sets no user.
    expect_usage_error({}, "--author");
}

BOOST_AUTO_TEST_CASE(help_and_version) {
    OneRepository fixture;
    const auto help = run_brag({"-h"}, fixture.repo.str());
    BOOST_TEST(help.status == 0);
    BOOST_TEST(help.out.find("usage: git brag") != std::string::npos);
    BOOST_TEST(help.out.find("--author") != std::string::npos);
    const auto version = run_brag({"--version"}, fixture.repo.str());
    BOOST_TEST(version.status == 0);
    BOOST_TEST(version.out.starts_with("git-brag version "));
}

BOOST_AUTO_TEST_CASE(identity_defaults_to_git_config) {
    OneRepository fixture;
    fixture.repo.git({"config", "user.email", "ada@example.com"});
    const auto result = run_brag({"--format", "json"}, fixture.repo.str());
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    BOOST_TEST(result.out.find("\"ada@example.com\"") != std::string::npos);
    BOOST_TEST(result.out.find("\"Add a\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(missing_folder_alone_is_a_runtime_error) {
    OneRepository fixture;
    const auto result =
        run_brag({"--author", "ada@example.com", "does-not-exist"}, fixture.dir.str());
    BOOST_TEST(result.status == 1);
    BOOST_TEST(result.out.empty());
    BOOST_TEST(result.err.find("does-not-exist: no such file or directory") != std::string::npos,
               result.err);
}

BOOST_AUTO_TEST_CASE(a_file_is_not_a_repository) {
    OneRepository fixture;
    std::ofstream(fixture.dir.path() / "file.txt") << "x";
    const auto result = run_brag({"--author", "ada@example.com", "file.txt"}, fixture.dir.str());
    BOOST_TEST(result.status == 1);
    BOOST_TEST(result.err.find("file.txt: not a directory") != std::string::npos, result.err);
}

BOOST_AUTO_TEST_CASE(folder_without_repository) {
    OneRepository fixture;
    std::filesystem::create_directories(fixture.dir.path() / "empty");
    const auto result = run_brag({"--author", "ada@example.com", "empty"}, fixture.dir.str());
    BOOST_TEST(result.status == 1);
    BOOST_TEST(result.err.find("empty: no git repository found") != std::string::npos, result.err);
}

BOOST_AUTO_TEST_CASE(unreadable_path_beside_a_good_repository_is_reported_and_skipped) {
    OneRepository fixture;
    const auto result =
        run_brag({"--format", "json", "--author", "ada@example.com", "repo", "does-not-exist"},
                 fixture.dir.str());
    BOOST_TEST(result.status == 0, result.err);
    BOOST_TEST(line_count(result.err) == 1u, result.err);
    BOOST_TEST(result.out.find("\"skipped\": \"no such file or directory\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(output_file_is_written_and_a_failed_write_keeps_the_old_one) {
    OneRepository fixture;
    const auto target = fixture.dir.path() / "BRAG.md";
    auto result =
        run_brag({"--author", "ada@example.com", "-o", target.string(), "repo"}, fixture.dir.str());
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    BOOST_TEST(result.out.empty());
    std::ifstream written(target);
    const std::string content((std::istreambuf_iterator<char>(written)), {});
    BOOST_TEST(content.find("# Brag document: Ada") != std::string::npos);

    // The chart is written beside it and the document points at it by a relative link.
    const auto chart = fixture.dir.path() / "BRAG.svg";
    BOOST_TEST(std::filesystem::exists(chart));
    BOOST_TEST(content.find("](BRAG.svg)") != std::string::npos);
    std::ifstream chart_file(chart);
    const std::string svg((std::istreambuf_iterator<char>(chart_file)), {});
    BOOST_TEST(svg.find("<svg ") != std::string::npos);

    // Into a folder that does not exist: an error line, exit 1, nothing created.
    const auto nowhere = fixture.dir.path() / "no" / "such" / "BRAG.md";
    result = run_brag({"--author", "ada@example.com", "-o", nowhere.string(), "repo"},
                      fixture.dir.str());
    BOOST_TEST(result.status == 1);
    BOOST_TEST(line_count(result.err) == 1u, result.err);
    BOOST_TEST(!std::filesystem::exists(nowhere));
}

BOOST_AUTO_TEST_CASE(standard_output_and_json_get_no_chart) {
    OneRepository fixture;
    const auto document = run_brag({"--author", "ada@example.com", "repo"}, fixture.dir.str());
    BOOST_TEST_REQUIRE(document.status == 0, document.err);
    BOOST_TEST(document.out.find("![") == std::string::npos);
    BOOST_TEST(document.out.find(".svg") == std::string::npos);
    const auto target = fixture.dir.path() / "brag.json";
    const auto json =
        run_brag({"--author", "ada@example.com", "--format", "json", "-o", target.string(), "repo"},
                 fixture.dir.str());
    BOOST_TEST_REQUIRE(json.status == 0, json.err);
    BOOST_TEST(std::filesystem::exists(target));
    BOOST_TEST(!std::filesystem::exists(fixture.dir.path() / "brag.svg"));
}

BOOST_AUTO_TEST_CASE(source_date_epoch_dates_the_document) {
    OneRepository fixture;
    // 1790812800 is 2026-10-01T00:00:00Z (`date -u -d 2026-10-01 +%s`).
    const auto result = run_brag({"--author", "ada@example.com", "repo"}, fixture.dir.str(),
                                 {{"SOURCE_DATE_EPOCH", "1790812800"}});
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    BOOST_TEST(result.out.find("Generated on 2026-10-01.") != std::string::npos);
    const auto undated = run_brag({"--author", "ada@example.com", "repo"}, fixture.dir.str(),
                                  {{"SOURCE_DATE_EPOCH", ""}});
    BOOST_TEST(undated.out.find("Generated") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(redact_keep_of_an_unknown_repository_is_reported) {
    OneRepository fixture;
    const auto result = run_brag({"--author", "ada@example.com", "--redact-keep", "rpeo", "repo"},
                                 fixture.dir.str());
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    BOOST_TEST(line_count(result.err) == 1u, result.err);
    BOOST_TEST(result.err.find("--redact-keep rpeo: no repository of that name") !=
                   std::string::npos,
               result.err);
    // Still redacted: the repository the user meant is not shown by mistake.
    BOOST_TEST(result.out.find("repository 1") != std::string::npos);
    BOOST_TEST(result.out.find("Add a") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(runs_from_a_subfolder_of_a_work_tree) {
    OneRepository fixture;
    std::filesystem::create_directories(fixture.repo.path() / "sub" / "dir");
    const auto result = run_brag({"--format", "json", "--author", "ada@example.com"},
                                 (fixture.repo.path() / "sub" / "dir").string());
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    BOOST_TEST(result.out.find("\"name\": \"repo\"") != std::string::npos);
}

// GIT_BRAG_COMMIT_MODEL names a model to use instead of the built-in one: a file that is not
// there, or not a model, is one line on stderr and the usage status, never a crash.
BOOST_AUTO_TEST_CASE(bad_commit_model_file) {
    TempDir dir;
    const auto missing = (dir.path() / "no-such-model.tsv").string();
    expect_usage_error({"--author", "ada@example.com"}, "GIT_BRAG_COMMIT_MODEL=" + missing,
                       {{"GIT_BRAG_COMMIT_MODEL", missing}});

    const auto corrupt = (dir.path() / "corrupt.tsv").string();
    std::ofstream(corrupt) << "# a model cut short\ngit-brag-commit-model\t1\nclasses\tfeat\tfix\n"
                              "bias\t0.5\tnot-a-number\n";
    expect_usage_error({"--author", "ada@example.com"}, "line 4: 'not-a-number' is not a number",
                       {{"GIT_BRAG_COMMIT_MODEL", corrupt}});

    const auto binary = (dir.path() / "binary.tsv").string();
    std::ofstream(binary, std::ios::binary) << std::string("\x7f"
                                                           "ELF\x02\x01\x01\0\0\n\t\r",
                                                           12);
    expect_usage_error({"--author", "ada@example.com"}, "line 1: not a git-brag commit model",
                       {{"GIT_BRAG_COMMIT_MODEL", binary}});
}

// A valid model file is used instead of the built-in one: this one knows two classes and no
// feature, so every commit without a prefix is a fix, which the JSON shows.
BOOST_AUTO_TEST_CASE(commit_model_file_is_used) {
    OneRepository fixture;
    TempDir dir;
    const auto model = (dir.path() / "model.tsv").string();
    std::ofstream(model) << "git-brag-commit-model\t1\nclasses\tfeat\tfix\nbias\t0\t1\nend\t0\n";
    const auto result = run_brag({"--author", "ada@example.com", "--format", "json"},
                                 fixture.repo.str(), {{"GIT_BRAG_COMMIT_MODEL", model}});
    BOOST_TEST(result.status == 0, result.err);
    BOOST_TEST(result.out.find("\"category\": \"fix\"") != std::string::npos, result.out);
    BOOST_TEST(result.out.find("model: fix (nothing stood out)") != std::string::npos, result.out);
}
