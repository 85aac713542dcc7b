// A repository whose author name, commit subjects, tag names, file names, document titles and
// folder name carry Markdown and HTML payloads. The brag document is rendered to HTML by
// cmark-gfm with raw HTML allowed (--unsafe, so that nothing is hidden by the renderer's own
// filter) and checked: no payload is active, links go only where git-brag sends them, no table
// row gains or loses a cell.
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <boost/test/unit_test.hpp>

#include "tests/support/git_fixture.hpp"

using namespace brag::test;

namespace {

const Identity eve{"Eve](javascript:alert(1)) | `x` *y* &amp; _z_", "eve@example.com"};
const Identity mallory{"Mallory", "mallory@example.com"};

const std::string folder_name = "evil|<b>repo`x`";
const std::string forge = "https://github.com/eve/evil";

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// Builds the repository and renders its brag document, chart and JSON once for all tests.
struct HostileReport {
    TempDir dir;
    std::string markdown;
    std::string html;
    std::string svg;
    std::string json;
    std::string page; // --format html

    HostileReport() {
        GitRepo repo(dir.path(), folder_name);
        repo.git({"remote", "add", "origin", "git@github.com:eve/evil.git"});
        repo.write("README.md", "# evil\n");
        repo.commit(mallory, "2025-01-06T10:00:00+0000", "Initial commit");
        const char* subjects[] = {
            "<script>alert(1)</script> Add feature",
            "[click](javascript:alert(1)) fix | col | col",
            "![img](https://evil.example/x.png) <img src=x onerror=alert(1)>",
            "`code` ``` <iframe src=javascript:alert(1)></iframe> ~~gone~~",
            "docs: <a href=javascript:alert(1)>ADR</a> www.evil.example http://evil.example "
            "mail@evil.example",
            "# not a heading <!-- comment --> <details open ontoggle=alert(1)>",
            "bad \xFF\xFE utf8 and a very long subject that goes on and on and on and on and on "
            "and on and on and on and on and on and on and on and on and on and on and on",
        };
        int day = 10;
        for (const char* subject : subjects) {
            // git repairs a message that is not UTF-8 unless it declares another encoding, as
            // legacy repositories do: then the bytes reach git-brag as they are.
            const bool latin1 = std::string(subject).starts_with("bad ");
            if (latin1)
                repo.git({"config", "i18n.commitEncoding", "ISO-8859-1"});
            repo.append("src/<i>x|y`z`/notes.txt", std::string(subject) + "\n");
            repo.commit(eve, "2025-01-" + std::to_string(day++) + "T10:00:00+0000", subject);
            if (latin1)
                repo.git({"config", "--unset", "i18n.commitEncoding"});
        }
        repo.write("docs/adr/0001-<img src=x onerror=alert(1)>.md",
                   "# ADR 1: <script>alert(1)</script> [x](javascript:alert(1)) | a | b\n\n"
                   "## Status\n\nAccepted\n\n## Context\n\n" +
                       std::string(40, 'c') +
                       "\n\n## Decision\n\nWe decide.\n\n## Consequences\n\nMany.\n");
        repo.commit(eve, "2025-02-01T10:00:00+0000", "Write the ADR");
        repo.write("docs/design/`pipe|name`.md",
                   "# Design: <img src=x onerror=alert(1)>\n\n## Goals\n\nG\n\n## Non-goals\n\n"
                   "N\n\n## Design\n\nD\n\n## Alternatives\n\nA\n");
        repo.commit(eve, "2025-02-02T10:00:00+0000", "Write the design");
        repo.annotated_tag("v1.0<script>alert(1)</script>", eve, "2025-02-03T10:00:00+0000",
                           "release");
        repo.write("src/<i>x|y`z`/more.txt", "more\n");
        repo.commit(eve, "2025-02-04T10:00:00+0000", "More work");
        repo.annotated_tag("v2|`x`](javascript)", eve, "2025-02-05T10:00:00+0000", "release");

        std::filesystem::create_directories(dir.path() / "out");
        const auto result = run_brag(
            {"--author", "eve@example.com", "--detail", "full", "-o", "out/doc.md", folder_name},
            dir.str(), {{"SOURCE_DATE_EPOCH", "1790812800"}});
        BOOST_TEST_REQUIRE(result.status == 0, result.err);
        markdown = read_file(dir.path() / "out" / "doc.md");
        svg = read_file(dir.path() / "out" / "doc.svg");
        html = run_checked({"cmark-gfm", "--unsafe", "--extension", "table", "--extension",
                            "autolink", "--extension", "strikethrough", "out/doc.md"},
                           dir.str());
        const auto json_result =
            run_brag({"--author", "eve@example.com", "--format", "json", folder_name}, dir.str());
        BOOST_TEST_REQUIRE(json_result.status == 0, json_result.err);
        json = json_result.out;
        const auto page_result = run_brag({"--author", "eve@example.com", "--detail", "full",
                                           "--format", "html", "-o", "out/doc.html", folder_name},
                                          dir.str());
        BOOST_TEST_REQUIRE(page_result.status == 0, page_result.err);
        page = read_file(dir.path() / "out" / "doc.html");
    }
};

HostileReport& report() {
    static HostileReport built;
    return built;
}

std::string lower(std::string text) {
    for (auto& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

std::vector<std::string> attribute_values(const std::string& html, const std::string& name) {
    std::vector<std::string> values;
    const std::regex attribute(name + "=\"([^\"]*)\"");
    for (std::sregex_iterator it(html.begin(), html.end(), attribute), end; it != end; ++it)
        values.push_back((*it)[1]);
    return values;
}

// GFM splits a table row on every '|' that no backslash escapes, code spans included.
std::size_t cells_in_row(const std::string& line) {
    std::size_t pipes = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\\')
            ++i;
        else if (line[i] == '|')
            ++pipes;
    }
    return pipes - 1; // a row starts and ends with a pipe
}

} // namespace

BOOST_AUTO_TEST_CASE(the_evidence_carries_the_payloads) {
    // Otherwise the checks below would prove nothing.
    const auto& json = report().json;
    for (const char* payload :
         {"<script>alert(1)</script> Add feature", "v1.0<script>",
          "0001-<img src=x onerror=alert(1)>.md", "`pipe|name`.md", "evil|<b>repo`x`"}) {
        BOOST_TEST_CONTEXT(payload) {
            BOOST_TEST(json.find(payload) != std::string::npos);
        }
    }
    BOOST_TEST(report().markdown.find("## Shipped\n\n- **Released v1.0") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(no_script_no_javascript_url_no_foreign_image) {
    const auto html = lower(report().html);
    BOOST_TEST(html.find("<script") == std::string::npos);
    BOOST_TEST(html.find("<iframe") == std::string::npos);
    for (const auto& value : attribute_values(html, "href")) {
        BOOST_TEST_CONTEXT(value) {
            BOOST_TEST(value.find("javascript:") == std::string::npos);
            BOOST_TEST((value == forge || value.starts_with(forge + "/")));
        }
    }
    const auto images = attribute_values(html, "src");
    BOOST_TEST((images == std::vector<std::string>{"doc.svg"}));
    std::size_t img_tags = 0;
    for (auto at = html.find("<img"); at != std::string::npos; at = html.find("<img", at + 1))
        ++img_tags;
    BOOST_TEST(img_tags == 1u);
}

BOOST_AUTO_TEST_CASE(only_the_elements_markdown_makes) {
    // Every element in the HTML is one cmark-gfm makes from Markdown syntax: none is raw HTML
    // from commit text (<b>, <i>, <a href=...>, <details>, comments).
    static const std::set<std::string> markdown_elements{
        "h1",   "h2", "h3",  "p",     "ul",    "ol",    "li", "strong", "em",
        "code", "a",  "img", "table", "thead", "tbody", "tr", "th",     "td"};
    const std::regex tag("<(/?)([a-zA-Z][a-zA-Z0-9]*)");
    const auto& html = report().html;
    for (std::sregex_iterator it(html.begin(), html.end(), tag), end; it != end; ++it) {
        BOOST_TEST_CONTEXT((*it)[0]) {
            BOOST_TEST(markdown_elements.contains(lower((*it)[2])));
        }
    }
    BOOST_TEST(html.find("<!--") == std::string::npos);
    BOOST_TEST(html.find("<del>") == std::string::npos); // ~~gone~~ stays text
}

BOOST_AUTO_TEST_CASE(payloads_show_as_text) {
    const auto& html = report().html;
    for (const char* shown :
         {"&lt;script&gt;alert(1)&lt;/script&gt; Add feature",
          "[click](javascript:alert(1)) fix | col | col", "&lt;img src=x onerror=alert(1)&gt;",
          "<code>mail@evil.example</code>", "www.evil.example http://evil.example", "~~gone~~"}) {
        BOOST_TEST_CONTEXT(shown) {
            BOOST_TEST(html.find(shown) != std::string::npos);
        }
    }
    // Invalid UTF-8 repaired, the long subject shortened.
    BOOST_TEST(html.find("bad \xEF\xBF\xBD\xEF\xBF\xBD utf8") != std::string::npos);
    BOOST_TEST(html.find("\xFF") == std::string::npos);
    // 100 code points at most, the "…" included: "bad ", two U+FFFD, then 93 of the rest.
    const std::string rest = " utf8 and a very long subject that goes on and on and on and on "
                             "and on and on and on and on and on and on and on and on and on";
    BOOST_TEST(html.find("bad \xEF\xBF\xBD\xEF\xBF\xBD" + rest.substr(0, 93) + "\xE2\x80\xA6 ") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(table_rows_keep_their_cell_count) {
    std::istringstream lines(report().markdown);
    std::string line;
    std::size_t header_cells = 0;
    std::size_t rows = 0;
    bool in_table = false;
    while (std::getline(lines, line)) {
        if (!line.starts_with("|")) {
            in_table = false;
            continue;
        }
        if (!in_table) {
            header_cells = cells_in_row(line);
            in_table = true;
            continue;
        }
        ++rows;
        BOOST_TEST_CONTEXT(line) {
            BOOST_TEST(cells_in_row(line) == header_cells);
        }
    }
    BOOST_TEST(rows > 10u);
    // And as rendered: the appendix row of the repository ends with its counts, not with a
    // cell cut off by a pipe from its name.
    const auto& html = report().html;
    const auto row = html.find("<td>evil|&lt;b&gt;repo`x`</td>");
    BOOST_TEST_REQUIRE(row != std::string::npos);
    const auto row_end = html.find("</tr>", row);
    const auto cells = html.substr(row, row_end - row);
    std::size_t count = 0;
    for (auto at = cells.find("<td"); at != std::string::npos; at = cells.find("<td", at + 1))
        ++count;
    BOOST_TEST(count == 9u);
}

BOOST_AUTO_TEST_CASE(the_chart_is_well_formed_and_carries_no_markup_from_git) {
    const auto& svg = report().svg;
    BOOST_TEST(lower(svg).find("<script") == std::string::npos);
    const auto result = run_command({"xmllint", "--noout", "out/doc.svg"}, report().dir.str());
    BOOST_TEST(result.status == 0, result.err);
}

// The HTML document escapes what the Markdown escapes, and again for HTML: well-formed, no
// element but those of the document's own syntax, no link but to the forge.
BOOST_AUTO_TEST_CASE(the_html_document_is_well_formed_and_carries_no_markup_from_git) {
    const auto page = lower(report().page);
    for (const char* raw : {"<script", "<img", "<iframe", "<details", "<!--", "<a href=javascript",
                            "href=\"javascript", "<i>", "<b>"}) {
        BOOST_TEST_CONTEXT(raw) {
            BOOST_TEST(page.find(raw) == std::string::npos);
        }
    }
    for (auto at = page.find("<a href=\""); at != std::string::npos;
         at = page.find("<a href=\"", at + 1))
        BOOST_TEST(page.substr(at + 9, forge.size()) == lower(forge), page.substr(at, 80));
    BOOST_TEST(page.find("add feature") != std::string::npos); // the subjects are there, as text
    const auto result = run_command({"xmllint", "--noout", "out/doc.html"}, report().dir.str());
    BOOST_TEST(result.status == 0, result.err);
}
