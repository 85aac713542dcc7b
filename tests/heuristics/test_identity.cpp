#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "model/identity.hpp"

using brag::Person;
using Strings = std::vector<std::string>;

BOOST_AUTO_TEST_CASE(matches_by_email_ignoring_case) {
    brag::Subject subject;
    subject.add("Ada@Example.COM");
    BOOST_TEST(subject.matches(Person{"Someone Else", "ada@example.com"}));
    BOOST_TEST(subject.matches(Person{"", "ADA@EXAMPLE.COM"}));
    BOOST_TEST(!subject.matches(Person{"Someone Else", "bob@example.com"}));
    BOOST_TEST(subject.matches_email(" ada@example.com "));
    BOOST_TEST(!subject.matches_email(""));
}

BOOST_AUTO_TEST_CASE(matches_by_name_ignoring_case) {
    brag::Subject subject;
    subject.add("Ada Lovelace");
    BOOST_TEST(subject.matches(Person{"ada lovelace", "ada@home.example"}));
    BOOST_TEST(subject.matches(Person{"ADA LOVELACE", ""}));
    BOOST_TEST(!subject.matches(Person{"Ada", "ada@home.example"}));
    BOOST_TEST(!subject.matches_name(""));
}

BOOST_AUTO_TEST_CASE(add_tells_names_from_emails) {
    brag::Subject subject;
    subject.add("Ada Lovelace");
    subject.add("ada@example.com");
    BOOST_TEST(subject.names() == (Strings{"Ada Lovelace"}), boost::test_tools::per_element());
    BOOST_TEST(subject.emails() == (Strings{"ada@example.com"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(angle_bracketed_email_is_unwrapped) {
    brag::Subject subject;
    subject.add("<Ada@Example.com>");
    BOOST_TEST(subject.emails() == (Strings{"ada@example.com"}), boost::test_tools::per_element());
    BOOST_TEST(subject.names().empty());
    BOOST_TEST(subject.matches(Person{"X", "ada@example.com"}));
}

BOOST_AUTO_TEST_CASE(blank_identifiers_are_ignored) {
    brag::Subject subject;
    BOOST_TEST(subject.empty());
    subject.add("   ");
    subject.add_email("<>");
    subject.add_name("\t");
    BOOST_TEST(subject.empty());
    BOOST_TEST(!subject.matches(Person{"", ""}));
}

BOOST_AUTO_TEST_CASE(names_and_emails_are_sorted_and_unique) {
    brag::Subject subject;
    subject.add("Zoe");
    subject.add("ada@example.com");
    subject.add("Ada");
    subject.add("  Zoe ");
    subject.add("ADA@example.com");
    subject.add("bob@example.com");
    subject.add_email("<ada@example.com>");
    BOOST_TEST(subject.names() == (Strings{"Ada", "Zoe"}), boost::test_tools::per_element());
    BOOST_TEST(subject.emails() == (Strings{"ada@example.com", "bob@example.com"}),
               boost::test_tools::per_element());
    BOOST_TEST(!subject.empty());
}

BOOST_AUTO_TEST_CASE(is_bot_recognises_common_bots) {
    BOOST_TEST(brag::is_bot(
        Person{"dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com"}));
    BOOST_TEST(
        brag::is_bot(Person{"renovate[bot]", "29139614+renovate[bot]@users.noreply.github.com"}));
    BOOST_TEST(brag::is_bot(Person{"github-actions", "github-actions@github.com"}));
    BOOST_TEST(brag::is_bot(Person{"GitHub Actions", "github-actions@github.com"}));
    BOOST_TEST(brag::is_bot(Person{"Dependabot", "support@example.com"}));
    BOOST_TEST(brag::is_bot(Person{"Some Tool [bot]", "tool@example.com"}));
    // A name with the word "bot": babel's automation, whatever address it signs with.
    BOOST_TEST(brag::is_bot(Person{"Babel Bot", "30521560+liuxingbaoyu@users.noreply.github.com"}));
    BOOST_TEST(brag::is_bot(Person{"release-bot", "ci@example.com"}));
    // GitHub's coding agent, as goreleaser's history names it.
    BOOST_TEST(brag::is_bot(Person{"Copilot", "198982749+Copilot@users.noreply.github.com"}));
    BOOST_TEST(brag::is_bot(Person{"Someone", "198982749+Copilot@users.noreply.github.com"}));
}

BOOST_AUTO_TEST_CASE(is_bot_leaves_people_alone) {
    BOOST_TEST(!brag::is_bot(Person{"Ada Lovelace", "ada@example.com"}));
    // A person whose name merely contains a bot's name is a person.
    BOOST_TEST(!brag::is_bot(Person{"Renovate Fan", "fan@example.com"}));
    BOOST_TEST(!brag::is_bot(Person{"Abbot Costello", "abbot@example.com"}));
    BOOST_TEST(!brag::is_bot(Person{"Botond Ballo", "botond@example.com"}));
    BOOST_TEST(!brag::is_bot(Person{"Ada", "123+ada@users.noreply.github.com"}));
    BOOST_TEST(!brag::is_bot(Person{"Copilot Fan", "456+copilot-fan@users.noreply.github.com"}));
}

BOOST_AUTO_TEST_CASE(bots_never_match_even_when_asked_for) {
    brag::Subject subject;
    subject.add("dependabot[bot]");
    subject.add("github-actions@github.com");
    BOOST_TEST(!subject.matches(
        Person{"dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com"}));
    BOOST_TEST(!subject.matches(Person{"github-actions", "github-actions@github.com"}));
}

BOOST_AUTO_TEST_CASE(ascii_lower_changes_only_ascii_letters) {
    BOOST_TEST(brag::ascii_lower("Ada LOVELACE-42 \xC3\x89") == "ada lovelace-42 \xC3\x89");
}

BOOST_AUTO_TEST_CASE(github_noreply_forms_are_one_account) {
    brag::Subject subject;
    subject.add("12345+ada@users.noreply.github.com");
    BOOST_TEST(subject.matches_email("ada@users.noreply.github.com"));
    BOOST_TEST(subject.matches_email("12345+Ada@users.noreply.github.com"));
    BOOST_TEST(subject.matches_email("999+ada@users.noreply.github.com")); // the login decides
    BOOST_TEST(!subject.matches_email("12345+bob@users.noreply.github.com"));
    BOOST_TEST(!subject.matches_email("ada@example.com"));
    BOOST_TEST(brag::canonical_email("1+x@users.noreply.github.com") ==
               "x@users.noreply.github.com");
    // A plus address elsewhere is someone's own mailbox label, not GitHub's id.
    BOOST_TEST(brag::canonical_email("ada+git@example.com") == "ada+git@example.com");
}
