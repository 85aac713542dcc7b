// The example output committed under samples/output/ is exactly what git-brag writes for the
// sample repositories (scripts/update-golden.sh renders it; this test runs the same script into
// a temporary folder and compares byte for byte). And it is valid, by independent tools:
// cmark-gfm parses the Markdown, xmllint accepts the SVG, the JSON validates against
// docs/brag.schema.json with Python's jsonschema.
#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include <boost/test/unit_test.hpp>

#include "tests/support/git_fixture.hpp"
#include "tests/support/text_checks.hpp"

using namespace brag::test;

namespace {

const std::filesystem::path source_dir = BRAG_SOURCE_DIR;
const std::filesystem::path golden_dir = source_dir / "samples" / "output";
const std::filesystem::path schema = source_dir / "docs" / "brag.schema.json";

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

std::set<std::string> files_in(const std::filesystem::path& folder) {
    std::set<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.is_regular_file() && entry.path().filename().string().front() != '.')
            names.insert(entry.path().filename().string());
    return names;
}

std::set<std::string> files_ending(const std::string& suffix) {
    std::set<std::string> names;
    for (const auto& name : files_in(golden_dir))
        if (name.ends_with(suffix))
            names.insert(name);
    return names;
}

// Debian's python3-jsonschema belongs to the system Python; another python3 first on PATH may
// lack it.
std::string python() {
    return std::filesystem::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
}

CommandResult validate_json(const std::filesystem::path& instance) {
    return run_command({python(),
                        (source_dir / "tests" / "tools" / "validate_json_schema.py").string(),
                        schema.string(), instance.string()},
                       source_dir.string());
}

// The line where two texts first differ, for a readable failure.
std::string first_difference(const std::string& expected, const std::string& actual) {
    std::istringstream a(expected);
    std::istringstream b(actual);
    std::string line_a;
    std::string line_b;
    for (int line = 1;; ++line) {
        const bool more_a = static_cast<bool>(std::getline(a, line_a));
        const bool more_b = static_cast<bool>(std::getline(b, line_b));
        if (!more_a && !more_b)
            return "same lines, different bytes";
        if (line_a != line_b || more_a != more_b)
            return "line " + std::to_string(line) + ":\n  expected: " + line_a +
                   "\n  actual:   " + line_b;
    }
}

} // namespace

BOOST_AUTO_TEST_CASE(rendering_the_samples_gives_the_committed_output_byte_for_byte) {
    TempDir dir;
    const auto out = dir.path() / "out";
    const auto result =
        run_command({"bash", (source_dir / "scripts" / "update-golden.sh").string(), out.string()},
                    dir.str(), {{"BRAG_BINARY", brag_binary()}});
    BOOST_TEST_REQUIRE(result.status == 0, result.err);

    const auto expected = files_in(golden_dir);
    BOOST_TEST((files_in(out) == expected));
    for (const auto* name : {"ada.md", "ada.svg", "ada.json", "bob.md", "bob.svg", "bob.json"})
        BOOST_TEST(expected.contains(name), name);
    for (const auto& name : expected) {
        const auto want = read_file(golden_dir / name);
        const auto got = read_file(out / name);
        BOOST_TEST(want == got, name << " differs from samples/output (run "
                                        "scripts/update-golden.sh if the change is intended), "
                                     << first_difference(want, got));
    }
}

BOOST_AUTO_TEST_CASE(cmark_gfm_parses_the_markdown_as_intended) {
    for (const auto& name : files_ending(".md")) {
        BOOST_TEST_CONTEXT(name) {
            const auto markdown = read_file(golden_dir / name);
            const auto result =
                run_command({"cmark-gfm", "--validate-utf8", "--extension", "table", "--extension",
                             "autolink", "--extension", "strikethrough", "--extension", "tagfilter",
                             (golden_dir / name).string()},
                            golden_dir.string());
            BOOST_TEST_REQUIRE(result.status == 0, result.err);
            const auto& html = result.out;
            BOOST_TEST(html.starts_with("<h1>Brag document: "));
            // Every table of the Markdown is a table in HTML: its delimiter row was recognised.
            BOOST_TEST(occurrences(html, "<table>") == occurrences(markdown, "\n| --- |"));
            BOOST_TEST(occurrences(html, "<h2>") == occurrences(markdown, "\n## "));
            // The top wins are an ordered list, the chart an image beside the document.
            BOOST_TEST(html.find("<h2>Top wins</h2>\n<ol>") != std::string::npos);
            const auto chart = name.substr(0, name.size() - 3) + ".svg";
            BOOST_TEST(html.find("<img src=\"" + chart + "\"") != std::string::npos);
            BOOST_TEST(std::filesystem::exists(golden_dir / chart));
            // The renderer's safe mode dropped nothing: the document holds no raw HTML.
            BOOST_TEST(html.find("raw HTML omitted") == std::string::npos);
        }
    }
}

BOOST_AUTO_TEST_CASE(xmllint_accepts_the_charts) {
    for (const auto& name : files_ending(".svg")) {
        BOOST_TEST_CONTEXT(name) {
            const auto result = run_command({"xmllint", "--noout", (golden_dir / name).string()},
                                            golden_dir.string());
            BOOST_TEST(result.status == 0, result.err);
            BOOST_TEST(result.err.empty(), result.err);
            const auto root =
                run_command({"xmllint", "--xpath", "name(/*)", (golden_dir / name).string()},
                            golden_dir.string());
            BOOST_TEST(root.out.starts_with("svg"), root.out);
        }
    }
}

// The HTML document is well-formed (xmllint reads it as XML), holds no script and loads
// nothing, and has the structure cmark-gfm gives the same Markdown document: as many headings,
// tables, list items, links and code spans.
BOOST_AUTO_TEST_CASE(the_html_is_well_formed_and_has_the_markdown_structure) {
    const auto html_files = files_ending(".html");
    BOOST_TEST(html_files.size() >= 2u);
    for (const auto& name : html_files) {
        BOOST_TEST_CONTEXT(name) {
            const auto result = run_command({"xmllint", "--noout", (golden_dir / name).string()},
                                            golden_dir.string());
            BOOST_TEST(result.status == 0, result.err);
            BOOST_TEST(result.err.empty(), result.err);
            const auto html = read_file(golden_dir / name);
            BOOST_TEST(html.find("<script") == std::string::npos);
            BOOST_TEST(html.find(" src=\"") == std::string::npos);
            BOOST_TEST(html.find("Content-Security-Policy") != std::string::npos);

            const auto markdown = name.substr(0, name.size() - 5) + ".md";
            const auto cmark = run_command({"cmark-gfm", "--validate-utf8", "--extension", "table",
                                            (golden_dir / markdown).string()},
                                           golden_dir.string());
            BOOST_TEST_REQUIRE(cmark.status == 0, cmark.err);
            for (const char* element : {"<h1>", "<h2>", "<h3>", "<table>", "<tr>", "<li>", "<ol>",
                                        "<a href", "<code>", "<strong>", "<em>"}) {
                BOOST_TEST_CONTEXT(element) {
                    BOOST_TEST(occurrences(html, element) == occurrences(cmark.out, element));
                }
            }
            // The chart is inside the document, not beside it.
            BOOST_TEST(occurrences(html, "<svg ") == 1u);
        }
    }
}

BOOST_AUTO_TEST_CASE(the_json_validates_against_the_schema) {
    for (const auto& name : files_ending(".json")) {
        BOOST_TEST_CONTEXT(name) {
            const auto result = validate_json(golden_dir / name);
            BOOST_TEST(result.status == 0, result.out << result.err);
        }
    }
}

BOOST_AUTO_TEST_CASE(the_schema_rejects_what_the_contract_forbids) {
    // A check that the schema checks: a report missing a required field, or with a value out of
    // its enumeration, fails.
    TempDir dir;
    const auto original = read_file(golden_dir / "bob.json");
    const struct {
        const char* what;
        std::string from;
        std::string to;
    } mutations[] = {
        {"unknown mode", "\"mode\": \"effort\"", "\"mode\": \"bogus\""},
        {"missing next_stage", "\"next_stage\":", "\"next_stage_renamed\":"},
        {"wrong schema name", "\"git-brag/1\"", "\"git-brag/2\""},
        {"date without offset", "-05:00\"", "\""},
    };
    for (const auto& mutation : mutations) {
        BOOST_TEST_CONTEXT(mutation.what) {
            auto changed = original;
            const auto at = changed.find(mutation.from);
            BOOST_TEST_REQUIRE(at != std::string::npos);
            changed.replace(at, mutation.from.size(), mutation.to);
            const auto file = dir.path() / "changed.json";
            std::ofstream(file, std::ios::binary | std::ios::trunc) << changed;
            const auto result = validate_json(file);
            BOOST_TEST(result.status == 1, result.out << result.err);
        }
    }
}
