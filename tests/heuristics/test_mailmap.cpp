// brag::Mailmap against git itself: every case holds an expected mapping written by hand, and the
// test checks both that `git check-mailmap` (git 2.39 semantics) prints it for the same mailmap and
// that Mailmap::resolve gives it. The expected values were first verified with git 2.39.5.
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "parse/mailmap.hpp"
#include "tests/support/git_fixture.hpp"
#include "tests/support/temp_dir.hpp"

using brag::Mailmap;
using brag::Person;

namespace {

struct Query {
    std::string contact;  // as given to git check-mailmap: "Name <email>" or "<email>"
    std::string expected; // as git check-mailmap prints it
};

enum class Source { file, blob };

Person parse_contact(const std::string& contact) {
    const auto left = contact.find('<');
    std::string name = contact.substr(0, left);
    while (!name.empty() && name.back() == ' ')
        name.pop_back();
    return {name, contact.substr(left + 1, contact.rfind('>') - left - 1)};
}

std::string contact_of(const Person& person) {
    return (person.name.empty() ? "" : person.name + " ") + "<" + person.email + ">";
}

// Checks `queries` with git (the text as the work tree's .mailmap, or as mailmap.blob) and with
// brag::Mailmap.
void check(const std::string& text, const std::vector<Query>& queries,
           Source source = Source::file) {
    brag::test::TempDir dir;
    brag::test::GitRepo repo(dir.path(), "repo");
    std::vector<std::string> arguments{"check-mailmap"};
    Mailmap mailmap;
    if (source == Source::file) {
        repo.write(".mailmap", text);
        mailmap.add_file_text(text);
    } else {
        repo.write("blob.mailmap", text);
        repo.commit({"A U Thor", "author@example.com"}, "2025-03-04T10:15:00+0100", "mailmap");
        arguments.insert(arguments.begin(), {"-c", "mailmap.blob=HEAD:blob.mailmap"});
        mailmap.add_blob_text(text);
    }
    for (const auto& query : queries) {
        BOOST_TEST_CONTEXT("mailmap:\n" << text << "\ncontact: " << query.contact) {
            auto git_arguments = arguments;
            git_arguments.push_back(query.contact);
            auto printed = repo.git(git_arguments);
            if (!printed.empty() && printed.back() == '\n')
                printed.pop_back();
            BOOST_TEST(printed == query.expected);
            BOOST_TEST(contact_of(mailmap.resolve(parse_contact(query.contact))) == query.expected);
        }
    }
}

} // namespace

BOOST_AUTO_TEST_CASE(proper_name_for_an_email) {
    check("Proper Name <commit@example.com>\n",
          {{"Old Name <commit@example.com>", "Proper Name <commit@example.com>"},
           {"Old Name <COMMIT@Example.COM>", "Proper Name <COMMIT@Example.COM>"},
           {"<commit@example.com>", "Proper Name <commit@example.com>"},
           {"Old Name <other@example.com>", "Old Name <other@example.com>"}});
}

BOOST_AUTO_TEST_CASE(proper_email_for_an_email) {
    check("<proper@example.com> <commit@example.com>\n",
          {{"Old Name <commit@example.com>", "Old Name <proper@example.com>"},
           {"Old Name <Commit@Example.com>", "Old Name <proper@example.com>"}});
}

BOOST_AUTO_TEST_CASE(proper_name_and_email_for_an_email) {
    check("Proper Name <proper@example.com> <commit@example.com>\n",
          {{"Old Name <commit@example.com>", "Proper Name <proper@example.com>"},
           {"Another <commit@example.com>", "Proper Name <proper@example.com>"},
           {"Old Name <proper@example.com>", "Old Name <proper@example.com>"}});
}

BOOST_AUTO_TEST_CASE(proper_name_and_email_for_a_name_and_email) {
    check("Proper Name <proper@example.com> Commit Name <commit@example.com>\n",
          {{"Commit Name <commit@example.com>", "Proper Name <proper@example.com>"},
           {"cOMMIT nAME <Commit@EXAMPLE.com>", "Proper Name <proper@example.com>"},
           {"Other Name <commit@example.com>", "Other Name <commit@example.com>"},
           {"Commit Name <other@example.com>", "Commit Name <other@example.com>"}});
}

BOOST_AUTO_TEST_CASE(proper_email_only_for_a_name_and_email) {
    check("<proper@example.com> Commit Name <commit@example.com>\n",
          {{"Commit Name <commit@example.com>", "Commit Name <proper@example.com>"},
           {"Other Name <commit@example.com>", "Other Name <commit@example.com>"}});
}

BOOST_AUTO_TEST_CASE(a_second_half_without_email_is_ignored) {
    // git.git's own `René Scharfe <l.s.r@web.de> Rene Scharfe`: a plain name-for-email line.
    check("Ren\xc3\xa9 Scharfe <l.s.r@web.de> Rene Scharfe\n"
          "Proper <p@example.com> Broken <b@example.com\n",
          {{"Rene Scharfe <l.s.r@web.de>", "Ren\xc3\xa9 Scharfe <l.s.r@web.de>"},
           {"Someone <L.S.R@web.de>", "Ren\xc3\xa9 Scharfe <L.S.R@web.de>"},
           {"Broken <b@example.com>", "Broken <b@example.com>"},
           {"Broken <p@example.com>", "Proper <p@example.com>"}});
}

BOOST_AUTO_TEST_CASE(comments_and_blank_lines) {
    check("# Commented <c@example.com>\n"
          "\n"
          "   \n"
          " # Indented <i@example.com>\n"
          "Trailing <t@example.com> # a comment after the email\n"
          "Proper <p@example.com> # comment <x@example.com>\n",
          {{"Old <c@example.com>", "Old <c@example.com>"},
           {"Old <i@example.com>", "# Indented <i@example.com>"},
           {"Old <t@example.com>", "Trailing <t@example.com>"},
           {"# comment <x@example.com>", "Proper <p@example.com>"},
           {"Other <x@example.com>", "Other <x@example.com>"}});
}

BOOST_AUTO_TEST_CASE(malformed_lines_are_skipped) {
    check("Empty <>\n"
          "Unclosed <u@example.com\n"
          "No Brackets n@example.com\n"
          "<> <e@example.com>\n"
          "Reversed >r@example.com<\n",
          {{"Old <u@example.com>", "Old <u@example.com>"},
           {"Old <n@example.com>", "Old <n@example.com>"},
           {"Old <e@example.com>", "Old <e@example.com>"},
           {"Old <r@example.com>", "Old <r@example.com>"}});
}

BOOST_AUTO_TEST_CASE(white_space_around_names_is_trimmed) {
    check("  \tProper   Name \t <p@example.com>   Commit  Name\t<c@example.com>  \n"
          "Spaced < s@example.com >\n"
          "Crlf Name <crlf@example.com>\r\n"
          "Crlf Full <full@example.com> Old <old@example.com>\r\n",
          {{"Commit  Name <c@example.com>", "Proper   Name <p@example.com>"},
           {"Commit Name <c@example.com>", "Commit Name <c@example.com>"},
           {"Old <s@example.com>", "Old <s@example.com>"},
           {"Old <crlf@example.com>", "Crlf Name <crlf@example.com>"},
           {"Old <old@example.com>", "Crlf Full <full@example.com>"}});
}

BOOST_AUTO_TEST_CASE(name_specific_entries_beat_email_only_ones_in_any_order) {
    const std::vector<Query> queries{{"Old <x@example.com>", "Specific <s@example.com>"},
                                     {"OLD <X@example.com>", "Specific <s@example.com>"},
                                     {"New <x@example.com>", "Simple <x@example.com>"}};
    check("Simple <x@example.com>\nSpecific <s@example.com> Old <x@example.com>\n", queries);
    check("Specific <s@example.com> Old <x@example.com>\nSimple <x@example.com>\n", queries);
}

BOOST_AUTO_TEST_CASE(later_lines_replace_only_what_they_give) {
    check("A <x@example.com>\n"
          "B <x@example.com>\n"
          "<p@example.com> <y@example.com>\n"
          "Named <y@example.com>\n"
          "First <f@example.com> Old <z@example.com>\n"
          "<g@example.com> old <Z@example.com>\n",
          {{"Old <x@example.com>", "B <x@example.com>"},
           {"Old <y@example.com>", "Named <p@example.com>"},
           {"Old <z@example.com>", "Old <g@example.com>"}});
}

BOOST_AUTO_TEST_CASE(empty_commit_email_in_the_second_half) {
    check("Proper <p@example.com> <>\n", {{"Someone <>", "Proper <p@example.com>"}});
}

BOOST_AUTO_TEST_CASE(only_ascii_letters_fold) {
    check("Proper <\xc3\x89mile@example.com>\n",
          {{"Old <\xc3\x89MILE@example.com>", "Proper <\xc3\x89MILE@example.com>"},
           {"Old <\xc3\xa9mile@example.com>", "Old <\xc3\xa9mile@example.com>"}});
}

BOOST_AUTO_TEST_CASE(a_long_line_in_a_file_is_read_in_pieces) {
    // git reads a file with fgets into 1024 bytes: the rest of a longer line is a line of its own.
    const std::string text = std::string(1030, 'X') + " <long@example.com>\n";
    check(text, {{"Old <long@example.com>", "XXXXXXX <long@example.com>"}});
    // A blob is read whole.
    check(text, {{"Old <long@example.com>", std::string(1030, 'X') + " <long@example.com>"}},
          Source::blob);
}

BOOST_AUTO_TEST_CASE(a_blob_reads_as_a_file) {
    check("# comment\nProper <p@example.com> Old <o@example.com>\nNamed <n@example.com>",
          {{"Old <o@example.com>", "Proper <p@example.com>"},
           {"Old <n@example.com>", "Named <n@example.com>"}},
          Source::blob);
}
