#include <string>

#include <boost/test/unit_test.hpp>

#include "reports/markdown_escape.hpp"

// The expected strings were checked by rendering them with cmark-gfm (GitHub's renderer, with
// its autolink, table, strikethrough and tagfilter extensions): each renders as the literal text.

namespace {

struct Case {
    const char* input;
    const char* escaped;
};

} // namespace

BOOST_AUTO_TEST_SUITE(escape_markdown)

BOOST_AUTO_TEST_CASE(plain_text_is_unchanged) {
    BOOST_TEST(brag::escape_markdown("") == "");
    BOOST_TEST(brag::escape_markdown("Add search, then ship it (v2)!") ==
               "Add search, then ship it (v2)!");
    BOOST_TEST(brag::escape_markdown("caf\xC3\xA9 \xE2\x82\xAC") == "caf\xC3\xA9 \xE2\x82\xAC");
}

BOOST_AUTO_TEST_CASE(html_becomes_entities) {
    const Case cases[] = {
        {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
        {"<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"},
        {"<http://evil.example>", "&lt;http\\://evil.example&gt;"},
        {"&lt;b&gt; &#60;", "&amp;lt;b&amp;gt; &amp;#60;"},
    };
    for (const auto& c : cases) {
        BOOST_TEST_CONTEXT(c.input) {
            BOOST_TEST(brag::escape_markdown(c.input) == c.escaped);
        }
    }
}

BOOST_AUTO_TEST_CASE(links_and_images_stay_text) {
    const Case cases[] = {
        {"[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"},
        {"![i](http://e/x.png)", "!\\[i\\](http\\://e/x.png)"},
        {"[ref]: http://evil.example", "\\[ref\\]: http\\://evil.example"},
    };
    for (const auto& c : cases) {
        BOOST_TEST_CONTEXT(c.input) {
            BOOST_TEST(brag::escape_markdown(c.input) == c.escaped);
        }
    }
}

BOOST_AUTO_TEST_CASE(inline_markup_is_escaped) {
    const Case cases[] = {
        {"a | b", "a \\| b"},
        {"`rm -rf /`", "\\`rm -rf /\\`"},
        {"*bold* **strong**", "\\*bold\\* \\*\\*strong\\*\\*"},
        {"_x_ snake_case", "\\_x\\_ snake\\_case"},
        {"~~gone~~", "\\~\\~gone\\~\\~"},
        {"$x^2$", "\\$x^2\\$"},
        {"C:\\path\\", "C:\\\\path\\\\"},
    };
    for (const auto& c : cases) {
        BOOST_TEST_CONTEXT(c.input) {
            BOOST_TEST(brag::escape_markdown(c.input) == c.escaped);
        }
    }
}

BOOST_AUTO_TEST_CASE(block_markers_at_the_start_are_escaped) {
    const Case cases[] = {
        {"# Title", "\\# Title"},
        {"- item", "\\- item"},
        {"+ item", "\\+ item"},
        {"= underline", "\\= underline"},
        {"1. item", "1\\. item"},
        {"42) item", "42\\) item"},
        {"> quote", "&gt; quote"},
        // Only at the start: inside the text they are harmless.
        {"C# - 1. a", "C# - 1. a"},
        {"2026", "2026"},
    };
    for (const auto& c : cases) {
        BOOST_TEST_CONTEXT(c.input) {
            BOOST_TEST(brag::escape_markdown(c.input) == c.escaped);
        }
    }
}

BOOST_AUTO_TEST_CASE(bare_urls_and_hosts_do_not_autolink) {
    const Case cases[] = {
        {"http://evil.example", "http\\://evil.example"},
        {"see https://evil.example/x?y=1", "see https\\://evil.example/x?y=1"},
        {"www.evil.example", "www\\.evil.example"},
        {"WWW.evil.example", "WWW\\.evil.example"},
        {"time: 10:30", "time: 10:30"},
    };
    for (const auto& c : cases) {
        BOOST_TEST_CONTEXT(c.input) {
            BOOST_TEST(brag::escape_markdown(c.input) == c.escaped);
        }
    }
}

BOOST_AUTO_TEST_CASE(email_addresses_become_code_spans) {
    // cmark-gfm 0.29 autolinks "user\@example.com" all the same (its email autolinks run on the
    // parsed text, after escapes); inside a code span nothing is linked.
    const Case cases[] = {
        {"user@example.com", "`user@example.com`"},
        {"Thanks first.last+tag@mail.example.org.", "Thanks `first.last+tag@mail.example.org`."},
        {"(a_b-c@x.io)", "(`a_b-c@x.io`)"},
        {"x@.com", "`x@.com`"}, // cmark-gfm links it
        {"a*b@example.com", "a\\*`b@example.com`"},
        // Not addresses: a lone '@' or a domain without a dot stays escaped text.
        {"@grace", "\\@grace"},
        {"me@localhost", "me\\@localhost"},
        {"me@example.", "me\\@example."},
    };
    for (const auto& c : cases) {
        BOOST_TEST_CONTEXT(c.input) {
            BOOST_TEST(brag::escape_markdown(c.input) == c.escaped);
        }
    }
}

BOOST_AUTO_TEST_CASE(line_breaks_and_control_characters_become_spaces) {
    BOOST_TEST(brag::escape_markdown("first\nsecond") == "first second");
    BOOST_TEST(brag::escape_markdown("first\r\n# not a heading") == "first  # not a heading");
    BOOST_TEST(brag::escape_markdown("tab\there") == "tab here");
    BOOST_TEST(brag::escape_markdown("bell\x07 del\x7F") == "bell  del ");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_repaired) {
    BOOST_TEST(brag::escape_markdown("bad \xFF byte") == "bad \xEF\xBF\xBD byte");
    BOOST_TEST(brag::escape_markdown(std::string("nul\0", 4)) == "nul\xEF\xBF\xBD");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(markdown_code)

BOOST_AUTO_TEST_CASE(plain_text_gets_single_backticks) {
    BOOST_TEST(brag::markdown_code("src/main.c") == "`src/main.c`");
    BOOST_TEST(brag::markdown_code("<b>*x*</b>") == "`<b>*x*</b>`");
}

BOOST_AUTO_TEST_CASE(backticks_inside_get_a_longer_fence) {
    BOOST_TEST(brag::markdown_code("a`b") == "``a`b``");
    BOOST_TEST(brag::markdown_code("a``b`c") == "```a``b`c```");
}

BOOST_AUTO_TEST_CASE(a_backtick_at_an_end_is_padded) {
    BOOST_TEST(brag::markdown_code("`x") == "`` `x ``");
    BOOST_TEST(brag::markdown_code("x`") == "`` x` ``");
}

BOOST_AUTO_TEST_CASE(pipes_are_escaped_for_tables_only) {
    BOOST_TEST(brag::markdown_code("a|b") == "`a\\|b`");
    BOOST_TEST(brag::markdown_code("a|b", brag::CodeSpanIn::table_cell) == "`a\\|b`");
    // Outside a table the escape would show: a code span has no backslash escapes.
    BOOST_TEST(brag::markdown_code("a|b", brag::CodeSpanIn::text) == "`a|b`");
}

BOOST_AUTO_TEST_CASE(control_characters_and_invalid_utf8) {
    BOOST_TEST(brag::markdown_code("a\nb") == "`a b`");
    BOOST_TEST(brag::markdown_code("a\xFF") == "`a\xEF\xBF\xBD`");
}

BOOST_AUTO_TEST_SUITE_END()
