#include <vector>

#include <boost/test/unit_test.hpp>

#include "analyzer/command_line.hpp"

using namespace brag;

namespace {

Options parse(std::vector<const char*> args) {
    args.insert(args.begin(), "git-brag");
    return parse_command_line(static_cast<int>(args.size()), args.data());
}

} // namespace

BOOST_AUTO_TEST_CASE(defaults) {
    const auto options = parse({});
    BOOST_TEST((options.paths == std::vector<std::string>{"."}));
    BOOST_TEST(options.authors.empty());
    BOOST_TEST(!options.window.since);
    BOOST_TEST(!options.window.until);
    BOOST_TEST(!options.all_refs);
    BOOST_TEST(!options.team);
    BOOST_TEST((options.format == OutputFormat::markdown));
    BOOST_TEST(!options.output);
    BOOST_TEST(!options.redact);
    BOOST_TEST(options.redact_keep.empty());
}

BOOST_AUTO_TEST_CASE(every_option) {
    const auto options =
        parse({"--author", "a@x.org",    "--author", "Ada L",         "--since",  "2026-01-01",
               "--until",  "2026-03-31", "--all",    "--team",        "--format", "json",
               "-o",       "out.json",   "--redact", "--redact-keep", "oss",      "--redact-keep",
               "blog",     "p1",         "p2"});
    BOOST_TEST((options.paths == std::vector<std::string>{"p1", "p2"}));
    BOOST_TEST((options.authors == std::vector<std::string>{"a@x.org", "Ada L"}));
    // 2026-01-01T00:00:00Z and 2026-03-31T23:59:59Z, from `date -u -d ... +%s`.
    BOOST_TEST(*options.window.since == 1767225600);
    BOOST_TEST(*options.window.until == 1775001599);
    BOOST_TEST(options.all_refs);
    BOOST_TEST(options.team);
    BOOST_TEST((options.format == OutputFormat::json));
    BOOST_TEST(*options.output == "out.json");
    BOOST_TEST(options.redact);
    BOOST_TEST((options.redact_keep == std::vector<std::string>{"oss", "blog"}));
}

BOOST_AUTO_TEST_CASE(redact_keep_implies_redact) {
    // Without --redact, a kept repository would mean nothing; the safe reading is a redacted
    // document, not a full one.
    const auto options = parse({"--redact-keep", "oss"});
    BOOST_TEST(options.redact);
    BOOST_TEST((options.redact_keep == std::vector<std::string>{"oss"}));
}

BOOST_AUTO_TEST_CASE(source_date_epoch) {
    BOOST_TEST(!parse_source_date_epoch(nullptr));
    BOOST_TEST(!parse_source_date_epoch(""));
    BOOST_TEST(*parse_source_date_epoch("0") == 0);
    BOOST_TEST(*parse_source_date_epoch("1790812800") == 1790812800);
    // 9999-12-31T23:59:59Z, from `date -u -d 9999-12-31T23:59:59 +%s`: the last one accepted.
    BOOST_TEST(*parse_source_date_epoch("253402300799") == 253402300799);
    for (const char* invalid :
         {"253402300800", "-1", "1.5", " 1", "1 ", "0x10", "yesterday", "99999999999999999999"}) {
        BOOST_TEST_CONTEXT(invalid) {
            BOOST_CHECK_THROW(parse_source_date_epoch(invalid), UsageError);
        }
    }
}

BOOST_AUTO_TEST_CASE(usage_errors) {
    BOOST_CHECK_THROW(parse({"--nope"}), UsageError);
    BOOST_CHECK_THROW(parse({"--format", "xml"}), UsageError);
    BOOST_CHECK_THROW(parse({"--since", "2026-1-1"}), UsageError);
    BOOST_CHECK_THROW(parse({"--since", "2026-02-30"}), UsageError);
    BOOST_CHECK_THROW(parse({"--until", "2026-01-01x"}), UsageError);
    BOOST_CHECK_THROW(parse({"--since", "2026-02-01", "--until", "2026-01-31"}), UsageError);
    BOOST_CHECK_THROW(parse({"--author", " "}), UsageError);
    BOOST_CHECK_THROW(parse({"--auth", "a@b"}), UsageError); // no guessing of abbreviations
    BOOST_CHECK_THROW(parse({"-o", ""}), UsageError);
    BOOST_CHECK_THROW(parse({"--redact-keep", ""}), UsageError);
    BOOST_CHECK_THROW(parse({"--redact=yes"}), UsageError);
}

BOOST_AUTO_TEST_CASE(leap_day_is_a_valid_day) {
    // 2024-02-29T00:00:00Z
    BOOST_TEST(parse_day("2024-02-29", false) == 1709164800);
    BOOST_CHECK_THROW(parse_day("2023-02-29", false), UsageError);
}
