#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "model/config_settings.hpp"
#include "parse/config_file.hpp"

using brag::apply_config;
using brag::Category;
using brag::Config;
using brag::ConfigError;
using brag::default_config_toml;
using brag::PathArea;
using brag::PatternKind;

namespace {

// Applies `text` and returns the error it must raise.
ConfigError error_of(const std::string& text, Config config = {}) {
    try {
        apply_config(config, text, "my.toml");
    } catch (const ConfigError& error) {
        return error;
    }
    BOOST_ERROR("no ConfigError for:\n" + text);
    return ConfigError("(none)", 0, "(none)");
}

bool mentions(const ConfigError& error, const std::string& words) {
    return std::string(error.what()).find(words) != std::string::npos;
}

// A configuration with every number moved away from its default.
Config scrambled() {
    Config config;
    for (const auto& setting : brag::weight_settings())
        brag::set_value(setting, config, 99.0);
    auto& t = config.thresholds;
    t.ownership_commit_share = 0.99;
    t.ownership_lead = 99.0;
    t.design_doc_line_share = 0.99;
    t.stage1_active_week_share = 0.99;
    for (std::int64_t* value :
         {&t.ownership_min_commits, &t.ownership_min_files, &t.transition_min_files,
          &t.stage1_active_weeks, &t.maintainer_min_changes, &t.founded_min_contributors,
          &t.founded_min_releases})
        *value = 99;
    for (const auto& setting : brag::score_settings())
        brag::set_value(setting, config, 99.0);
    return config;
}

} // namespace

BOOST_AUTO_TEST_CASE(the_default_file_parses_back_to_the_defaults) {
    Config config = scrambled();
    const auto patterns = config.path_patterns.size();
    const auto keywords = config.keywords.size();
    apply_config(config, default_config_toml(), "defaults");

    const auto& w = config.weights;
    using K = brag::EvidenceKind;
    BOOST_TEST(w.release_tagged == 3.0);
    BOOST_TEST(w.of(K::release) == 2.0);
    BOOST_TEST(w.of(K::release_automation) == 2.0);
    BOOST_TEST(w.of(K::design_doc) == 5.0);
    BOOST_TEST(w.design_doc_revised == 2.5);
    BOOST_TEST(w.of(K::review) == 0.5);
    BOOST_TEST(w.of(K::forge_review) == 0.5);
    BOOST_TEST(w.of(K::help) == 0.4);
    BOOST_TEST(w.of(K::merge_of_others) == 0.4);
    BOOST_TEST(w.of(K::applied_patch) == 0.3);
    BOOST_TEST(w.of(K::co_authored) == 0.5);
    BOOST_TEST(w.of(K::ownership) == 3.0);
    BOOST_TEST(w.of(K::code_owner) == 3.0);
    BOOST_TEST(w.of(K::founded) == 3.5);
    BOOST_TEST(w.founded_growth == 1.0);
    BOOST_TEST(w.of(K::transition) == 3.0);
    BOOST_TEST(w.of(K::nfr) == 0.6);
    BOOST_TEST(w.of(K::test_infra) == 1.5);
    BOOST_TEST(w.of(K::writing) == 0.5);
    BOOST_TEST(w.aggregate_cap == 6.0);

    const auto& t = config.thresholds;
    BOOST_TEST(t.ownership_commit_share == 0.3);
    BOOST_TEST(t.ownership_lead == 1.5);
    BOOST_TEST(t.ownership_min_commits == 5);
    BOOST_TEST(t.ownership_min_files == 5);
    BOOST_TEST(t.design_doc_line_share == 0.3);
    BOOST_TEST(t.transition_min_files == 10);
    BOOST_TEST(t.stage1_active_weeks == 12);
    BOOST_TEST(t.stage1_active_week_share == 0.5);
    BOOST_TEST(t.maintainer_min_changes == 10);
    BOOST_TEST(t.founded_min_contributors == 3);
    BOOST_TEST(t.founded_min_releases == 2);

    // The classifier's numbers, as classify_commit.cpp used them when they were constants.
    const auto& s = config.scores;
    BOOST_TEST(s.base(Category::design) == 0.9);
    BOOST_TEST(s.base(Category::perf) == 0.8);
    BOOST_TEST(s.base(Category::deploy) == 0.75);
    BOOST_TEST(s.base(Category::ci) == 0.7);
    BOOST_TEST(s.base(Category::feature) == 0.55);
    BOOST_TEST(s.base(Category::refactor) == 0.5);
    BOOST_TEST(s.base(Category::test) == 0.45);
    BOOST_TEST(s.base(Category::fix) == 0.35);
    BOOST_TEST(s.base(Category::chore) == 0.25);
    BOOST_TEST(s.base(Category::merge) == 0.2);
    BOOST_TEST(s.base(Category::revert) == 0.1);
    BOOST_TEST(s.merge_integration == 0.7);
    BOOST_TEST(s.new_module == 0.2);
    BOOST_TEST(s.test_infrastructure == 0.3);
    BOOST_TEST(s.wide_change == 0.1);
    BOOST_TEST(s.wide_change_folders == 4);
    BOOST_TEST(s.wide_change_files == 10);
    BOOST_TEST(s.migration == 0.15);
    BOOST_TEST(s.migration_files == 5);
    BOOST_TEST(s.rename_only == 0.2);
    BOOST_TEST(s.tiny_change == 0.15);
    BOOST_TEST(s.tiny_change_lines == 3);
    BOOST_TEST(s.ticket_only == 0.15);
    BOOST_TEST(s.quick_refix == 0.15);
    BOOST_TEST(s.quick_refix_hours == 2);

    // The [[path]] and [[keyword]] examples are comments: the tables are left as they were.
    BOOST_TEST(config.path_patterns.size() == patterns);
    BOOST_TEST(config.keywords.size() == keywords);
}

BOOST_AUTO_TEST_CASE(the_default_file_names_every_setting_with_a_comment) {
    const auto text = default_config_toml();
    for (const auto* line : {"[weights]\n",
                             "[thresholds]\n",
                             "release_tagged = 3.00  # ",
                             "aggregate_cap = 6.00  # ",
                             "ownership_commit_share = 0.30  # ",
                             "ownership_lead = 1.50  # ",
                             "ownership_min_commits = 5  # ",
                             "ownership_min_files = 5  # ",
                             "stage1_active_week_share = 0.50  # ",
                             "maintainer_min_changes = 10  # ",
                             "design_doc_line_share = 0.30  # ",
                             "transition_min_files = 10  # ",
                             "stage1_active_weeks = 12  # ",
                             "founded_min_contributors = 3  # ",
                             "founded_min_releases = 2  # ",
                             "[scores]\n",
                             "fix = 0.35  # base score of fix commits",
                             "merge_integration = 0.70  # ",
                             "quick_refix_hours = 2  # ",
                             "# [[path]]\n",
                             "# [[keyword]]\n"})
        BOOST_TEST(text.find(line) != std::string::npos, line);
}

BOOST_AUTO_TEST_CASE(weights_are_overridden_one_by_one) {
    Config config;
    apply_config(config, "[weights]\nreview = 1.25\nrelease_tagged = 4\n", "my.toml");
    BOOST_TEST(config.weights.of(brag::EvidenceKind::review) == 1.25);
    BOOST_TEST(config.weights.release_tagged == 4.0); // an integer is a number too
    BOOST_TEST(config.weights.of(brag::EvidenceKind::design_doc) == 5.0);
    BOOST_TEST(config.weights.aggregate_cap == 6.0);
}

BOOST_AUTO_TEST_CASE(a_kind_weighed_as_another_follows_its_setting) {
    // Release automation is weighed as a release, a forge review as a review, a CODEOWNERS
    // entry as ownership: the file names one setting for each pair.
    Config config;
    apply_config(config, "[weights]\nrelease_shipped = 7\nreview = 1.5\nownership = 0.25\n",
                 "my.toml");
    using K = brag::EvidenceKind;
    BOOST_TEST(config.weights.of(K::release) == 7.0);
    BOOST_TEST(config.weights.of(K::release_automation) == 7.0);
    BOOST_TEST(config.weights.of(K::forge_review) == 1.5);
    BOOST_TEST(config.weights.of(K::code_owner) == 0.25);
    BOOST_TEST(config.weights.release_tagged == 3.0);
}

BOOST_AUTO_TEST_CASE(every_kind_has_a_weight_setting_once) {
    // Each kind is weighed by its own setting or by a kind that has one, and no setting is
    // named twice (the file could not tell them apart).
    std::vector<std::string_view> names;
    for (const auto& setting : brag::weight_settings())
        names.push_back(setting.name);
    auto sorted = names;
    std::sort(sorted.begin(), sorted.end());
    BOOST_TEST((std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end()));
    for (const auto& row : brag::evidence_kinds()) {
        const auto& weighed = brag::describe(row.weighed_as);
        BOOST_TEST((weighed.weighed_as == weighed.kind), row.name);
        BOOST_TEST(
            std::count_if(weighed.weights.begin(), weighed.weights.end(),
                          [](const brag::WeightSetting& w) { return w.modifier == nullptr; }) == 1,
            row.name);
    }
}

BOOST_AUTO_TEST_CASE(thresholds_take_shares_and_counts) {
    Config config;
    apply_config(config,
                 "[thresholds]\nownership_commit_share = 0.6\nownership_min_commits = 7\n"
                 "transition_min_files = 25.0\n",
                 "my.toml");
    BOOST_TEST(config.thresholds.ownership_commit_share == 0.6);
    BOOST_TEST(config.thresholds.ownership_min_commits == 7);
    BOOST_TEST(config.thresholds.transition_min_files == 25);
    BOOST_TEST(config.thresholds.stage1_active_weeks == 12);
}

BOOST_AUTO_TEST_CASE(scores_take_base_scores_adjustments_and_counts) {
    Config config;
    apply_config(config,
                 "[scores]\nfix = 0.6\nnew_module = 0.4\ntiny_change_lines = 10\n"
                 "quick_refix_hours = 24\n",
                 "my.toml");
    BOOST_TEST(config.scores.base(Category::fix) == 0.6);
    BOOST_TEST(config.scores.base(Category::feature) == 0.55); // untouched
    BOOST_TEST(config.scores.new_module == 0.4);
    BOOST_TEST(config.scores.tiny_change_lines == 10);
    BOOST_TEST(config.scores.quick_refix_hours == 24);
    BOOST_TEST(mentions(error_of("[scores]\nbugfix = 0.5\n"), "unknown setting scores.bugfix"));
    BOOST_TEST(mentions(error_of("[scores]\nfix = -0.5\n"), "scores.fix must not be negative"));
    BOOST_TEST(mentions(error_of("scores = 1\n"), "[scores] must be a table"));
}

BOOST_AUTO_TEST_CASE(an_empty_file_changes_nothing) {
    Config config = scrambled();
    apply_config(config, "# nothing here\n", "my.toml");
    BOOST_TEST(config.weights.of(brag::EvidenceKind::review) == 99.0);
    BOOST_TEST(config.thresholds.ownership_min_commits == 99);
}

BOOST_AUTO_TEST_CASE(files_are_layered) {
    Config config;
    apply_config(config, "[weights]\nreview = 1.0\nwriting = 2.0\n", "user.toml");
    apply_config(config, "[weights]\nreview = 3.0\n", "repo.toml");
    BOOST_TEST(config.weights.of(brag::EvidenceKind::review) == 3.0);
    BOOST_TEST(config.weights.of(brag::EvidenceKind::writing) == 2.0);
}

BOOST_AUTO_TEST_CASE(path_rows_come_first_in_file_order_and_lower_case) {
    Config config;
    const auto built_in = config.path_patterns.size();
    apply_config(config,
                 "[[path]]\narea = \"design_doc\"\ndirectory = \"Architecture-Decisions\"\n\n"
                 "[[path]]\narea = \"test_infra\"\nname_contains = \"fixture\"\n",
                 "my.toml");
    BOOST_TEST_REQUIRE(config.path_patterns.size() == built_in + 2);
    BOOST_TEST((config.path_patterns[0].area == PathArea::design_doc));
    BOOST_TEST((config.path_patterns[0].kind == PatternKind::directory));
    BOOST_TEST(config.path_patterns[0].text == "architecture-decisions");
    BOOST_TEST((config.path_patterns[1].area == PathArea::test_infra));
    BOOST_TEST((config.path_patterns[1].kind == PatternKind::name_contains));
    BOOST_TEST(config.path_patterns[1].text == "fixture");
}

BOOST_AUTO_TEST_CASE(every_path_pattern_key_is_accepted) {
    const std::pair<const char*, PatternKind> kinds[] = {
        {"directory", PatternKind::directory},
        {"prefix", PatternKind::prefix},
        {"name", PatternKind::name},
        {"name_prefix", PatternKind::name_prefix},
        {"name_contains", PatternKind::name_contains},
        {"extension", PatternKind::extension},
    };
    for (const auto& [key, kind] : kinds) {
        Config config;
        apply_config(config, std::string("[[path]]\narea = \"ci\"\n") + key + " = \"x\"\n",
                     "my.toml");
        BOOST_TEST((config.path_patterns.front().kind == kind), key);
        BOOST_TEST((config.path_patterns.front().area == PathArea::ci), key);
    }
}

BOOST_AUTO_TEST_CASE(keyword_rows_come_first_in_file_order) {
    Config config;
    const auto built_in = config.keywords.size();
    apply_config(config,
                 "[[keyword]]\ncategory = \"perf\"\nkeyword = \"Vectorize\"\nweight = 2.5\n\n"
                 "[[keyword]]\ncategory = \"security\"\nkeyword = \"sandbox\"\n",
                 "my.toml");
    BOOST_TEST_REQUIRE(config.keywords.size() == built_in + 2);
    BOOST_TEST((config.keywords[0].category == Category::perf));
    BOOST_TEST(config.keywords[0].keyword == "vectorize");
    BOOST_TEST(config.keywords[0].weight == 2.5);
    BOOST_TEST((config.keywords[1].category == Category::security));
    BOOST_TEST(config.keywords[1].keyword == "sandbox");
    BOOST_TEST(config.keywords[1].weight == 1.0);
}

BOOST_AUTO_TEST_CASE(an_unknown_section_is_an_error_with_file_and_line) {
    const auto error = error_of("[weights]\nreview = 1.0\n\n[wieghts]\nreview = 2.0\n");
    BOOST_TEST(error.source() == "my.toml");
    BOOST_TEST(error.line() == 4);
    BOOST_TEST(mentions(error, "unknown section 'wieghts'"));
    BOOST_TEST(std::string(error.what()).starts_with("my.toml:4: "));
}

BOOST_AUTO_TEST_CASE(an_unknown_setting_is_an_error) {
    const auto error = error_of("[weights]\nreview = 1.0\nreveiw = 2.0\n");
    BOOST_TEST(error.line() == 3);
    BOOST_TEST(mentions(error, "unknown setting weights.reveiw"));
    const auto threshold = error_of("[thresholds]\nownership_share = 0.5\n");
    BOOST_TEST(threshold.line() == 2);
    BOOST_TEST(mentions(threshold, "unknown setting thresholds.ownership_share"));
}

BOOST_AUTO_TEST_CASE(a_setting_must_be_a_number) {
    const auto text = error_of("[thresholds]\n\ntransition_min_files = \"ten\"\n");
    BOOST_TEST(text.line() == 3);
    BOOST_TEST(mentions(text, "thresholds.transition_min_files must be a number"));
    const auto boolean = error_of("[weights]\nreview = true\n");
    BOOST_TEST(boolean.line() == 2);
    BOOST_TEST(mentions(boolean, "weights.review must be a number"));
}

BOOST_AUTO_TEST_CASE(a_setting_must_not_be_negative) {
    const auto error = error_of("[weights]\nreview = -0.5\n");
    BOOST_TEST(error.line() == 2);
    BOOST_TEST(mentions(error, "weights.review must not be negative"));
}

BOOST_AUTO_TEST_CASE(a_syntax_error_names_its_line) {
    const auto error = error_of("[weights]\nreview = 1.0\nwriting = = 2\n");
    BOOST_TEST(error.source() == "my.toml");
    BOOST_TEST(error.line() == 3);
    BOOST_TEST(std::string(error.what()).starts_with("my.toml:3: "));
}

BOOST_AUTO_TEST_CASE(sections_of_the_wrong_shape) {
    const auto weights = error_of("weights = 3\n");
    BOOST_TEST(weights.line() == 1);
    BOOST_TEST(mentions(weights, "[weights] must be a table"));
    const auto path = error_of("\n[path]\narea = \"ci\"\n");
    BOOST_TEST(path.line() == 2);
    BOOST_TEST(mentions(path, "use [[path]] tables"));
    const auto keyword = error_of("keyword = \"perf\"\n");
    BOOST_TEST(mentions(keyword, "use [[keyword]] tables"));
}

BOOST_AUTO_TEST_CASE(bad_path_rows) {
    const auto no_pattern = error_of("[weights]\nreview = 1.0\n\n[[path]]\narea = \"ci\"\n");
    BOOST_TEST(no_pattern.line() == 4);
    BOOST_TEST(mentions(no_pattern, "a [[path]] needs a pattern"));

    const auto no_area = error_of("[[path]]\ndirectory = \"adr\"\n");
    BOOST_TEST(no_area.line() == 1);
    BOOST_TEST(mentions(no_area, "[[path]] needs area"));

    const auto bad_area = error_of("[[path]]\narea = \"designs\"\ndirectory = \"adr\"\n");
    BOOST_TEST(bad_area.line() == 1);
    BOOST_TEST(mentions(bad_area, "unknown path area 'designs'"));

    const auto two = error_of("[[path]]\narea = \"ci\"\ndirectory = \"a\"\nprefix = \"b\"\n");
    BOOST_TEST(mentions(two, "a [[path]] takes exactly one pattern"));

    const auto unknown = error_of("[[path]]\narea = \"ci\"\nglob = \"*.yml\"\n");
    BOOST_TEST(unknown.line() == 3);
    BOOST_TEST(mentions(unknown, "unknown [[path]] key 'glob'"));

    const auto empty = error_of("[[path]]\narea = \"ci\"\nprefix = \"\"\n");
    BOOST_TEST(empty.line() == 3);
    BOOST_TEST(mentions(empty, "[[path]].prefix must be a non-empty string"));
}

BOOST_AUTO_TEST_CASE(bad_keyword_rows) {
    const auto category = error_of("[[keyword]]\ncategory = \"speed\"\nkeyword = \"fast\"\n");
    BOOST_TEST(category.line() == 1);
    BOOST_TEST(mentions(category, "unknown category 'speed'"));

    const auto missing = error_of("[[keyword]]\ncategory = \"perf\"\n");
    BOOST_TEST(mentions(missing, "[[keyword]] needs keyword"));

    const auto unknown =
        error_of("[[keyword]]\ncategory = \"perf\"\nkeyword = \"fast\"\nscore = 1\n");
    BOOST_TEST(unknown.line() == 4);
    BOOST_TEST(mentions(unknown, "unknown [[keyword]] key 'score'"));

    const auto weight =
        error_of("[[keyword]]\ncategory = \"perf\"\nkeyword = \"fast\"\nweight = \"high\"\n");
    BOOST_TEST(weight.line() == 4);
    BOOST_TEST(mentions(weight, "[[keyword]].weight must be a number"));
}

BOOST_AUTO_TEST_CASE(a_bad_file_changes_nothing) {
    Config config = scrambled();
    const auto patterns = config.path_patterns.size();
    BOOST_CHECK_THROW(apply_config(config,
                                   "[[path]]\narea = \"ci\"\nprefix = \"ops/\"\n\n"
                                   "[weights]\nreview = 1.0\nbogus = 1\n",
                                   "my.toml"),
                      ConfigError);
    BOOST_TEST(config.weights.of(brag::EvidenceKind::review) == 99.0);
    BOOST_TEST(config.path_patterns.size() == patterns);
}

BOOST_AUTO_TEST_CASE(settings_are_listed_with_their_values_in_file_order) {
    brag::Config config;
    brag::apply_config(
        config, "[weights]\nreview = 0.75\n[thresholds]\nownership_min_commits = 7\n", "t.toml");
    const auto settings = brag::config_settings(config);
    BOOST_TEST_REQUIRE(!settings.empty());
    BOOST_TEST(settings.front().name == "weights.release_tagged");
    const auto find = [&](const std::string& name) {
        return *std::find_if(settings.begin(), settings.end(),
                             [&](const brag::ConfigSetting& s) { return s.name == name; });
    };
    BOOST_TEST(find("weights.review").value == 0.75);
    BOOST_TEST(!find("weights.review").integer);
    BOOST_TEST(find("thresholds.ownership_min_commits").value == 7.0);
    BOOST_TEST(find("thresholds.ownership_min_commits").integer);
    BOOST_TEST(find("weights.review").changed);
    BOOST_TEST(!find("weights.help").changed);
    BOOST_TEST(!find("weights.review").classifier);
    // The classifier's scores come last, each category's base first.
    BOOST_TEST(settings.back().name == "scores.quick_refix_hours");
    BOOST_TEST(find("scores.feature").classifier);
    BOOST_TEST(!find("scores.feature").changed);
    BOOST_TEST(find("scores.feature").value == 0.55);
}
