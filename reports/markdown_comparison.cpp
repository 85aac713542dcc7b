// --compare: the section that sets this window against another one, right after the summary:
// the expertise share then and now, the evidence by kind, and what is new.
#include <cmath>

#include <fmt/format.h>

#include "iso_time.hpp"
#include "markdown_escape.hpp"
#include "markdown_parts.hpp"

namespace brag::markdown {
namespace {

constexpr std::size_t max_label_length = 60;
constexpr std::size_t max_new_items = 10; // listed; the rest counted
constexpr std::size_t max_new_item_length = 140;

std::string kind_label(EvidenceKind kind) {
    return std::string(describe(kind).comparison);
}

std::string signed_count(std::int64_t change) {
    return change > 0 ? fmt::format("+{}", change) : fmt::format("{}", change);
}

// The change of a share in percentage points, from the rounded percentages the table shows, so
// that the three columns add up.
std::string points(double then, double now) {
    const auto change = std::llround(now * 100.0) - std::llround(then * 100.0);
    return fmt::format("{} {}", signed_count(change),
                       change == 1 || change == -1 ? "point" : "points");
}

std::string stage_list(const std::vector<int>& stages) {
    if (stages.empty())
        return "none";
    std::string text;
    for (std::size_t i = 0; i < stages.size(); ++i)
        text += fmt::format("{}{}", i > 0 ? ", " : "", stages[i]);
    return text;
}

} // namespace

void render_comparison(const Context& context, std::string& out) {
    const auto& evidence = context.evidence;
    if (!evidence.comparison)
        return;
    const auto& comparison = *evidence.comparison;
    const auto then = untrusted_text(comparison.label, max_label_length);
    out += fmt::format("## Compared with {}\n\n", then);
    out += fmt::format("Set against *{}* ({}); this window is {}.\n\n", then,
                       window_text(comparison.window), window_text(evidence.window));

    std::vector<int> stages_now;
    for (const auto& stage : evidence.stages)
        if (stage.status == StageStatus::evidenced)
            stages_now.push_back(stage.stage);
    const auto items_now = static_cast<std::int64_t>(evidence.items.size());
    out += fmt::format("| | {} | This window | Change |\n| --- | ---: | ---: | ---: |\n", then);
    const auto& then_work = comparison.work;
    const auto& now_work = evidence.summary;
    out += fmt::format("| Your commits | {} | {} | {} |\n", then_work.commits, now_work.commits,
                       signed_count(now_work.commits - then_work.commits));
    out += fmt::format("| Expertise-based share | {} | {} | {} |\n",
                       percent(then_work.expertise_share()), percent(now_work.expertise_share()),
                       points(then_work.expertise_share(), now_work.expertise_share()));
    out += fmt::format("| Evidence items | {} | {} | {} |\n", comparison.items, items_now,
                       signed_count(items_now - comparison.items));
    out += fmt::format("| Stages evidenced | {} | {} | |\n",
                       stage_list(comparison.stages_evidenced), stage_list(stages_now));
    for (const auto& kind : comparison.kinds)
        out += fmt::format("| {} | {} | {} | {} |\n", kind_label(kind.kind), kind.then, kind.now,
                           signed_count(kind.now - kind.then));
    out += "\n";

    std::vector<std::string> new_kinds;
    for (const auto& kind : comparison.kinds)
        if (kind.then == 0 && kind.now > 0)
            new_kinds.push_back(kind_label(kind.kind));
    if (!new_kinds.empty()) {
        out += "New kinds of evidence: ";
        for (std::size_t i = 0; i < new_kinds.size(); ++i)
            out += (i > 0 ? ", " : "") + new_kinds[i];
        out += ".\n\n";
    }

    if (comparison.new_items.empty()) {
        out += fmt::format("Nothing in this window is new against {}.\n\n", then);
        return;
    }
    out += fmt::format("**New in this window**, with no counterpart in {}:\n\n", then);
    std::size_t listed = 0;
    for (const auto index : comparison.new_items) {
        if (index >= evidence.items.size())
            continue;
        if (listed == max_new_items) {
            out += fmt::format("- and {} more\n", comparison.new_items.size() - listed);
            break;
        }
        const auto& item = evidence.items[index];
        const auto link = primary_link(context, item);
        out += fmt::format("- **{}** — {}, {}{}\n", item_title(context, item, max_new_item_length),
                           iso_date(item.date),
                           escape_markdown(evidence.repository_name(item.repository)),
                           link.empty() ? "" : ", " + link);
        ++listed;
    }
    out += "\n";
}

} // namespace brag::markdown
