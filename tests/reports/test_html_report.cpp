// The HTML document: the Markdown document's structure in HTML, every character of untrusted
// text escaped, nothing that loads or runs. The expected markup follows from the Markdown
// subset's rules (CommonMark's, as cmark-gfm renders them), written out by hand.
#include <boost/test/unit_test.hpp>

#include "reports/html_report.hpp"
#include "reports/markup_escape.hpp"
#include "tests/support/text_checks.hpp"

using brag::test::contains;
namespace {

brag::Evidence hostile_evidence() {
    brag::Evidence evidence;
    evidence.display_name = "<script>alert(1)</script>";
    evidence.subject_names = {"[me](javascript:alert(1))"};
    brag::RepositorySummary repository;
    repository.id = brag::RepositoryId{"/src/<img src=x onerror=alert(1)>"};
    repository.name = "\"quoted\" & 'single' <b>";
    repository.remote = "https://github.com/ada/app.git";
    repository.commits = 1;
    repository.subject_commits = 1;
    evidence.repositories.push_back(repository);
    brag::ClassifiedCommit commit;
    commit.repository = repository.id;
    commit.id = *brag::CommitId::from_hex("1111111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    commit.subject = "</code><script>x</script> `a` **b** [c](http://e) ![i](x.png)";
    commit.date = {1767225600, 0};
    evidence.commits.push_back(commit);
    evidence.summary.commits = 1;
    evidence.summary.by_quarter.push_back({});
    evidence.summary.by_quarter.back().year = 2026;
    evidence.summary.by_quarter.back().quarter = 1;
    evidence.summary.by_quarter.back().commits = 1;
    brag::EvidenceItem item;
    item.kind = brag::EvidenceKind::release;
    item.repository = repository.id;
    item.about = "v1\"><script>alert(2)</script>";
    item.by_subject = true;
    item.previous = "v0' onmouseover='x";
    item.refs.push_back(brag::Ref::tag(item.about));
    evidence.items.push_back(item);
    evidence.top_wins.push_back({0, brag::WinReason::cut_release, 1.0});
    return evidence;
}

} // namespace

BOOST_AUTO_TEST_CASE(escape_markup_escapes_markup_and_quotes) {
    BOOST_TEST(brag::escape_markup("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;");
    BOOST_TEST(brag::escape_markup("bad \xFF byte") == "bad \xEF\xBF\xBD byte");
    BOOST_TEST(brag::escape_markup("bad\xC3") == "bad\xEF\xBF\xBD");
    BOOST_TEST(brag::escape_markup("return\r del\x7F") == "return del");
    // NUL is not text (repair_utf8 makes it U+FFFD); other control characters are dropped.
    BOOST_TEST(brag::escape_markup(std::string("nul\0bell\x07", 9)) == "nul\xEF\xBF\xBD"
                                                                       "bell");
    BOOST_TEST(brag::escape_markup("line\nnext\ttab") == "line\nnext\ttab");
}

BOOST_AUTO_TEST_CASE(headings_paragraphs_emphasis_and_code) {
    BOOST_TEST(brag::markdown_to_html("# Brag document: Ada\n\n**4 commits** in *one* `repo`.\n",
                                      "") == "<h1>Brag document: Ada</h1>\n<p><strong>4 "
                                             "commits</strong> in <em>one</em> "
                                             "<code>repo</code>.</p>\n");
    // A fence of two backticks holds one.
    BOOST_TEST(brag::markdown_to_html("``a`b``\n", "") == "<p><code>a`b</code></p>\n");
}

BOOST_AUTO_TEST_CASE(escapes_and_entities_are_text) {
    BOOST_TEST(brag::markdown_to_html("\\*not\\* \\[a\\](b) &lt;i&gt; &amp; 5 &gt; 3\n", "") ==
               "<p>*not* [a](b) &lt;i&gt; &amp; 5 &gt; 3</p>\n");
}

BOOST_AUTO_TEST_CASE(links_keep_only_http_targets) {
    BOOST_TEST(brag::markdown_to_html("[`v1`](https://github.com/a/b/releases/tag/v1)\n", "") ==
               "<p><a href=\"https://github.com/a/b/releases/tag/v1\"><code>v1</code></a></p>\n");
    BOOST_TEST(brag::markdown_to_html("[x](javascript:alert(1))\n", "") == "<p>x</p>\n");
    BOOST_TEST(brag::markdown_to_html("[x](https://e.test/a_(b)) after\n", "") ==
               "<p><a href=\"https://e.test/a_(b)\">x</a> after</p>\n");
}

BOOST_AUTO_TEST_CASE(lists_two_levels_deep) {
    BOOST_TEST(brag::markdown_to_html("1. **One** — a\n   - Why it matters: b\n2. **Two**\n", "") ==
               "<ol>\n<li><strong>One</strong> — a\n<ul><li>Why it matters: b</li></ul></li>\n"
               "<li><strong>Two</strong></li>\n</ol>\n");
    BOOST_TEST(brag::markdown_to_html("- a\n  - b\n  - c\n- d\n", "") ==
               "<ul>\n<li>a\n<ul><li>b</li><li>c</li></ul></li>\n<li>d</li>\n</ul>\n");
}

BOOST_AUTO_TEST_CASE(tables_with_aligned_columns_and_escaped_bars) {
    BOOST_TEST(brag::markdown_to_html("| A | N |\n| --- | ---: |\n| a\\|b | `x\\|y` |\n", "") ==
               "<table>\n<thead>\n<tr><th>A</th><th class=\"number\">N</th></tr>\n</thead>\n"
               "<tbody>\n<tr><td>a|b</td><td class=\"number\"><code>x|y</code></td></tr>\n"
               "</tbody>\n</table>\n");
}

BOOST_AUTO_TEST_CASE(the_chart_image_becomes_the_inline_svg) {
    BOOST_TEST(brag::markdown_to_html("![Chart](c.svg)\n", "<svg/>\n") ==
               "<figure class=\"chart\">\n<svg/>\n</figure>\n");
}

BOOST_AUTO_TEST_CASE(the_document_loads_nothing_and_runs_nothing) {
    const auto html = brag::render_html(hostile_evidence());
    BOOST_TEST(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n"));
    BOOST_TEST(contains(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                              "'none'; style-src 'unsafe-inline'; img-src data:;"));
    BOOST_TEST(contains(html, "<svg xmlns=\"http://www.w3.org/2000/svg\""));
    BOOST_TEST(contains(html, "@media print"));
    for (const char* loads :
         {"<script", "<img", "<link", "<iframe", " src=\"", "@import", "url("}) {
        BOOST_TEST_CONTEXT(loads) {
            BOOST_TEST(!contains(html, loads));
        }
    }
}

BOOST_AUTO_TEST_CASE(hostile_text_stays_text) {
    brag::ReportOptions options;
    options.detail = brag::Detail::full;
    const auto html = brag::render_html(hostile_evidence(), options);
    BOOST_TEST(contains(html, "<title>Brag document: &lt;script&gt;alert(1)&lt;/script&gt;"));
    BOOST_TEST(contains(html, "<h1>Brag document: &lt;script&gt;alert(1)&lt;/script&gt;</h1>"));
    BOOST_TEST(contains(html, "&quot;quoted&quot; &amp; &#39;single&#39; &lt;b&gt;"));
    BOOST_TEST(contains(html, "&lt;/code&gt;&lt;script&gt;x&lt;/script&gt; `a` **b** "
                              "[c](http://e) ![i](x.png)"));
    // Links to the forge are percent-encoded: no quote breaks out of the attribute.
    BOOST_TEST(contains(html, "/releases/tag/v1%22%3E%3Cscript%3Ealert%282%29%3C%2Fscript%3E\">"));
    BOOST_TEST(contains(html, "/compare/v0%27%20onmouseover%3D%27x...v1%22%3E"));
    BOOST_TEST(!contains(html, "<b>"));
    BOOST_TEST(!contains(html, "onmouseover='"));
    BOOST_TEST(!contains(html, "href=\"javascript"));
}
