#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "parse/document_outline.hpp"

using brag::outline_of;
using Strings = std::vector<std::string>;

BOOST_AUTO_TEST_CASE(markdown_atx_headings) {
    const auto outline = outline_of("# 1. Use PostgreSQL\n"
                                    "\n"
                                    "Date: 2025-01-07\n"
                                    "\n"
                                    "## Status\n"
                                    "\n"
                                    "Accepted\n"
                                    "\n"
                                    "## Context\n"
                                    "### Decision ###\n"
                                    "#### Consequences   \n");
    BOOST_TEST(outline.title == "1. Use PostgreSQL");
    BOOST_TEST(outline.headings ==
               (Strings{"1. Use PostgreSQL", "Status", "Context", "Decision", "Consequences"}));
    BOOST_TEST(outline.lines == 11);
}

BOOST_AUTO_TEST_CASE(atx_needs_a_space_and_at_most_six_markers) {
    const auto outline = outline_of("#hashtag\n"
                                    "####### seven\n"
                                    "#\n"
                                    "###### Six\n");
    BOOST_TEST(outline.headings == (Strings{"Six"}));
    BOOST_TEST(outline.title == "Six");
}

BOOST_AUTO_TEST_CASE(a_closing_marker_run_needs_a_space_before_it) {
    // "## Title ##" closes; the '#' of "C#" is part of the text.
    const auto outline = outline_of("# Using C#\n## Title ##\n## F# and C# ##\n");
    BOOST_TEST(outline.headings == (Strings{"Using C#", "Title", "F# and C#"}));
}

BOOST_AUTO_TEST_CASE(markdown_setext_headings) {
    const auto outline = outline_of("Storage engine\n"
                                    "==============\n"
                                    "\n"
                                    "Some text.\n"
                                    "\n"
                                    "Goals\n"
                                    "-----\n"
                                    "\n"
                                    "Non-goals\n"
                                    "---\n");
    BOOST_TEST(outline.title == "Storage engine");
    BOOST_TEST(outline.headings == (Strings{"Storage engine", "Goals", "Non-goals"}));
}

BOOST_AUTO_TEST_CASE(an_underline_needs_three_characters) {
    const auto outline = outline_of("Not a heading\n--\n");
    BOOST_TEST(outline.headings.empty());
    BOOST_TEST(outline.title.empty());
}

BOOST_AUTO_TEST_CASE(rules_alone_are_not_headings) {
    const auto outline = outline_of("Text\n\n---\n\n***\n---\n");
    BOOST_TEST(outline.headings.empty());
}

BOOST_AUTO_TEST_CASE(restructuredtext_with_and_without_overline) {
    const auto outline = outline_of("=================\n"
                                    "Replication RFC\n"
                                    "=================\n"
                                    "\n"
                                    "Motivation\n"
                                    "~~~~~~~~~~\n"
                                    "\n"
                                    "Drawbacks\n"
                                    "^^^^^^^^^\n"
                                    "\n"
                                    "Alternatives\n"
                                    "++++++++++++\n");
    BOOST_TEST(outline.title == "Replication RFC");
    BOOST_TEST(outline.headings ==
               (Strings{"Replication RFC", "Motivation", "Drawbacks", "Alternatives"}));
}

BOOST_AUTO_TEST_CASE(asciidoc_headings) {
    const auto outline = outline_of("= Deployment design\n"
                                    ":toc:\n"
                                    "\n"
                                    "== Goals\n"
                                    "\n"
                                    "=== Rollout ===\n"
                                    "==not a heading\n");
    BOOST_TEST(outline.title == "Deployment design");
    BOOST_TEST(outline.headings == (Strings{"Deployment design", "Goals", "Rollout"}));
}

BOOST_AUTO_TEST_CASE(fenced_code_is_ignored) {
    const auto outline = outline_of("# Real\n"
                                    "```sh\n"
                                    "# not a heading, a shell comment\n"
                                    "Text\n"
                                    "----\n"
                                    "```\n"
                                    "  ~~~\n"
                                    "## also not\n"
                                    "  ~~~\n"
                                    "## After\n");
    BOOST_TEST(outline.headings == (Strings{"Real", "After"}));
    BOOST_TEST(outline.lines == 10);
}

BOOST_AUTO_TEST_CASE(the_title_is_the_first_heading_whatever_its_level) {
    const auto outline = outline_of("Intro text\n\n### Deep first\n# Top later\n");
    BOOST_TEST(outline.title == "Deep first");
    BOOST_TEST(outline.headings == (Strings{"Deep first", "Top later"}));
}

BOOST_AUTO_TEST_CASE(windows_line_endings) {
    const auto outline = outline_of("# Title\r\n\r\nSection\r\n=======\r\n## Next\r\n");
    BOOST_TEST(outline.headings == (Strings{"Title", "Section", "Next"}));
    BOOST_TEST(outline.lines == 5);
}

BOOST_AUTO_TEST_CASE(no_headings) {
    const auto outline = outline_of("just\nsome\ntext");
    BOOST_TEST(outline.title.empty());
    BOOST_TEST(outline.headings.empty());
    BOOST_TEST(outline.lines == 3);
}

BOOST_AUTO_TEST_CASE(line_count_ignores_a_final_newline) {
    BOOST_TEST(outline_of("").lines == 0);
    BOOST_TEST(outline_of("a").lines == 1);
    BOOST_TEST(outline_of("a\n").lines == 1);
    BOOST_TEST(outline_of("a\n\n").lines == 2);
}

BOOST_AUTO_TEST_CASE(document_files) {
    for (const char* path : {"README.md", "docs/guide.markdown", "a/b.rst", "x.adoc", "x.asciidoc",
                             "NOTES.TXT", "todo.org", "Design.MD"}) {
        BOOST_TEST_CONTEXT(path) {
            BOOST_TEST(brag::is_document_file(path));
        }
    }
    for (const char* path : {"README", "src/main.go", "md", "docs.md/main.c", "x.mdx", ""}) {
        BOOST_TEST_CONTEXT(path) {
            BOOST_TEST(!brag::is_document_file(path));
        }
    }
}
