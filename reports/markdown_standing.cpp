// The top wins and the five stages: the part of the document a manager reads first.
#include <fmt/format.h>

#include "iso_time.hpp"
#include "markdown_escape.hpp"
#include "markdown_parts.hpp"
#include "win_reasons.hpp"

namespace brag::markdown {
namespace {

constexpr std::size_t max_win_length = 140;
constexpr std::size_t max_stage_titles = 3; // items named in a stage's row; the rest counted
constexpr std::size_t max_stage_title_length = 70;

std::string status_text(StageStatus status) {
    switch (status) {
    case StageStatus::evidenced:
        return "●\u00A0evidenced"; // no-break space: the cell never wraps
    case StageStatus::partial:
        return "◐\u00A0partial";
    case StageStatus::missing:
        return "○\u00A0missing";
    }
    return std::string(to_string(status));
}

const StageAssessment* stage_numbered(const Evidence& evidence, int number) {
    for (const auto& stage : evidence.stages)
        if (stage.stage == number)
            return &stage;
    return nullptr;
}

std::string stage_evidence_cell(const Context& context, const StageAssessment& stage) {
    const auto& evidence = context.evidence;
    std::string cell;
    std::size_t named = 0;
    for (const auto index : stage.evidence) {
        if (index >= evidence.items.size())
            continue;
        if (named == max_stage_titles) {
            cell += fmt::format("; and {} more", stage.evidence.size() - named);
            break;
        }
        cell += (named > 0 ? "; " : "") +
                item_title(context, evidence.items[index], max_stage_title_length);
        ++named;
    }
    return cell.empty() ? "—" : cell;
}

} // namespace

void render_top_wins(const Context& context, std::string& out) {
    const auto& evidence = context.evidence;
    out += "## Top wins\n\n";
    std::size_t rank = 0;
    for (const auto& win : evidence.top_wins) {
        if (win.item >= evidence.items.size())
            continue;
        const auto& item = evidence.items[win.item];
        const auto link = primary_link(context, item);
        out += fmt::format("{}. **{}** — {}, {}{}\n", ++rank,
                           item_title(context, item, max_win_length), iso_date(item.date),
                           escape_markdown(evidence.repository_name(item.repository)),
                           link.empty() ? "" : ", " + link);
        out += "   - Why it matters: " + why_it_matters(win, item) + "\n";
    }
    if (rank == 0)
        out += "Nothing in git stands out as a win yet: no releases, design documents, reviews, "
               "ownership or founding were found in the window.\n";
    out += "\n";
}

void render_stages(const Context& context, std::string& out) {
    const auto& evidence = context.evidence;
    out += "## Where you stand\n\n"
           "The five stages of the move from effort-based to expertise-based work, as far as git "
           "shows them. They are sequential: the first stage that is not evidenced is the one to "
           "work on.\n\n";
    out += "| Stage | Status | Evidence | What would complete it |\n"
           "| --- | --- | --- | --- |\n";
    for (const auto& stage : evidence.stages)
        out += fmt::format("| {}. {} | {} | {} | {} |\n", stage.stage, escape_markdown(stage.name),
                           status_text(stage.status), stage_evidence_cell(context, stage),
                           stage.missing.empty() ? "—" : escape_markdown(stage.missing));
    out += "\n";

    const auto* next =
        evidence.next_stage ? stage_numbered(evidence, *evidence.next_stage) : nullptr;
    if (next) {
        out += fmt::format("**Next stage to work on: {}. {}.**", next->stage,
                           escape_markdown(next->name));
        if (!next->missing.empty())
            out += " What would complete it: " + escape_markdown(next->missing);
        out += "\n\n";
    } else if (!evidence.stages.empty()) {
        out += "**Every stage has evidence in git.** There is no next stage to name; the "
               "sections below hold the record behind each one.\n\n";
    }
}

} // namespace brag::markdown
