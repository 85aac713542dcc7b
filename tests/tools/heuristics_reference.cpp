// Prints the reference part of docs/heuristics.md: every built-in weight, threshold, category
// score, Conventional Commits type, path area, path pattern and keyword, from the tables the
// program itself uses. scripts/update-heuristics-doc.sh puts its output into the page, and
// tests/e2e/test_heuristics_doc.cpp checks that the page holds exactly this.
#include <iostream>
#include <regex>
#include <sstream>
#include <string>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "classify/classify_commit.hpp"
#include "classify/message_signals.hpp"
#include "classify/path_areas.hpp"
#include "parse/config_file.hpp"

namespace {

using namespace brag;

// A table cell showing text as code: backticks, pipes escaped for the table.
std::string code(std::string_view text) {
    std::string cell = "`";
    for (const char c : text)
        cell += c == '|' ? std::string("\\|") : std::string(1, c);
    return cell + "`";
}

std::string_view kind_name(PatternKind kind) {
    switch (kind) {
    case PatternKind::directory:
        return "directory";
    case PatternKind::prefix:
        return "prefix";
    case PatternKind::name:
        return "name";
    case PatternKind::name_prefix:
        return "name_prefix";
    case PatternKind::name_contains:
        return "name_contains";
    case PatternKind::extension:
        return "extension";
    }
    return "?";
}

// The [weights], [thresholds] and [scores] of the defaults file, with their comments.
void settings_tables(std::ostream& out) {
    std::istringstream lines(default_config_toml());
    const std::regex setting(R"(^([a-z0-9_]+) = ([0-9.]+)\s+# (.*)$)");
    std::string line;
    std::string section;
    while (std::getline(lines, line)) {
        if (line == "[weights]" || line == "[thresholds]" || line == "[scores]") {
            section = line.substr(1, line.size() - 2);
            out << (section == "weights"      ? "### Weights of evidence items (`[weights]`)\n\n"
                    : section == "thresholds" ? "\n### Thresholds (`[thresholds]`)\n\n"
                                              : "\n### The commit classifier's scores (`[scores]`)"
                                                "\n\n");
            out << "| Setting | Default | What it is |\n| --- | ---: | --- |\n";
            continue;
        }
        std::smatch match;
        if (!section.empty() && std::regex_match(line, match, setting))
            out << fmt::format("| {} | {} | {} |\n", code(section + "." + match[1].str()),
                               match[2].str(), match[3].str());
        else if (line.empty())
            section.clear();
    }
}

} // namespace

int main() {
    std::ostream& out = std::cout;
    out << "## Reference: every default\n\n"
           "Generated from the program's own tables by `scripts/update-heuristics-doc.sh`; a "
           "test fails when this part differs from them. Weights, thresholds and scores can be "
           "changed "
           "in a configuration file (`git brag --print-config` prints them all); path patterns "
           "and keywords can be added there (`[[path]]`, `[[keyword]]`), before the built-in "
           "ones.\n\n";
    settings_tables(out);

    const Config defaults;
    const double expertise_score = defaults.thresholds.expertise_score;
    out << "\n### Categories and their base scores\n\n"
           "A commit counts as expertise-based from a score of "
        << fmt::format("{:.2f}", expertise_score)
        << ".\n\n| Category | Base score | Leans towards |\n| --- | ---: | --- |\n";
    for (const auto category : all_categories) {
        const double score = defaults.scores.base(category);
        out << fmt::format("| {} | {:.2f} | {} |\n", code(to_string(category)), score,
                           score >= expertise_score ? "expertise" : "effort");
    }

    out << "\n### Conventional Commits types (the author's own answer)\n\n| Type | Category "
           "|\n| --- | --- |\n";
    for (const auto& row : conventional_types())
        out << fmt::format("| {} | {} |\n", code(row.type), code(to_string(row.category)));

    out << "\n### Path areas and the category of each\n\n| Area | Category |\n| --- | --- "
           "|\n";
    for (int i = 0; i <= static_cast<int>(PathArea::source); ++i) {
        const auto area = static_cast<PathArea>(i);
        const auto category = category_of_area(area);
        out << fmt::format("| {} | {} |\n", code(to_string(area)),
                           category ? code(to_string(*category)) : "none (plain code)");
    }

    out << "\n### Path patterns, in order (the first that matches decides)\n\n"
           "| # | Area | Kind | Text |\n| ---: | --- | --- | --- |\n";
    std::size_t number = 0;
    for (const auto& pattern : default_path_patterns())
        out << fmt::format("| {} | {} | {} | {} |\n", ++number, code(to_string(pattern.area)),
                           kind_name(pattern.kind), code(pattern.text));

    const auto& model = builtin_commit_model();
    out << fmt::format("\n### The commit model\n\n"
                       "Built from `training/commit_model.tsv`: {} classes ({}), {} features.\n",
                       model.classes().size(), fmt::join(model.classes(), ", "),
                       model.feature_count());

    out << "\n### Keywords of commit subjects (matched at word starts)\n\n"
           "The built-in rows name what the model does not (security, observability, design) and "
           "a transition; rows of your own decide a commit's category.\n\n"
           "| Category | Keyword | Weight |\n| --- | --- | ---: |\n";
    for (const auto& signal : default_keyword_signals())
        out << fmt::format("| {} | {} | {:g} |\n", code(to_string(signal.category)),
                           code(signal.keyword), signal.weight);
    return 0;
}
