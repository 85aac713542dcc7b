#include "svg_chart.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include <fmt/format.h>

#include "markup_escape.hpp"
#include "report_periods.hpp"
#include "utf8.hpp"

namespace brag {
namespace {

// Layout, in SVG user units. The plot area leaves room for the title and legend above, the
// commit axis on the left, the share axis on the right and the quarter labels below.
constexpr double width = 760;
constexpr double height = 340;
constexpr double plot_left = 60;
constexpr double plot_right = 700;
constexpr double plot_top = 72;
constexpr double plot_bottom = 290;
constexpr int grid_steps = 4; // both axes have four steps, so their grid lines coincide
constexpr std::size_t max_labels = 12;
constexpr std::size_t max_title_length = 90;

constexpr const char* expertise_colour = "#2b6cb0";
constexpr const char* effort_colour = "#f0a04b";
constexpr const char* share_colour = "#1a202c";
constexpr const char* grid_colour = "#e2e8f0";
constexpr const char* text_colour = "#2d3748";

struct Slot {
    int year = 0;
    int quarter = 0;
    std::int64_t expertise = 0;
    std::int64_t effort = 0;
    double share = 0.0;
    std::int64_t commits() const { return expertise + effort; }
};

// Every quarter from the first to the last with commits, empty ones included.
std::vector<Slot> quarter_slots(const Summary& summary) {
    std::vector<Slot> slots;
    if (summary.by_quarter.empty())
        return slots;
    const auto index = [](int year, int quarter) { return year * 4 + (quarter - 1); };
    const auto& first = summary.by_quarter.front();
    const auto& last = summary.by_quarter.back();
    for (int i = index(first.year, first.quarter); i <= index(last.year, last.quarter); ++i)
        slots.push_back({i / 4, i % 4 + 1, 0, 0, 0.0});
    for (const auto& quarter : summary.by_quarter) {
        const auto at = index(quarter.year, quarter.quarter) - index(first.year, first.quarter);
        if (at < 0 || static_cast<std::size_t>(at) >= slots.size())
            continue; // not chronological: ignored rather than drawn in the wrong place
        auto& slot = slots[static_cast<std::size_t>(at)];
        slot.expertise = quarter.expertise;
        slot.effort = quarter.effort();
        slot.share = quarter.expertise_share();
    }
    if (slots.size() <= static_cast<std::size_t>(max_quarter_periods))
        return slots;
    // A long window by year, as the document's periods are (report_periods.hpp).
    std::vector<Slot> years;
    for (const auto& slot : slots) {
        if (years.empty() || years.back().year != slot.year)
            years.push_back({slot.year, 0, 0, 0, 0.0});
        years.back().expertise += slot.expertise;
        years.back().effort += slot.effort;
    }
    for (auto& year : years)
        year.share = year.commits() > 0
                         ? static_cast<double>(year.expertise) / static_cast<double>(year.commits())
                         : 0.0;
    return years;
}

// "2025-Q3" (or "2025 Q3" with a space), or "2025" for a year.
std::string slot_label(const Slot& slot, std::string_view separator) {
    return slot.quarter == 0 ? fmt::format("{}", slot.year)
                             : fmt::format("{}{}Q{}", slot.year, separator, slot.quarter);
}

// The smallest "round" step such that four of them reach `largest`: 1, 2, 3, 4, 5, then
// 10, 15, 20, 25, 30, 40, 50, 75 times a power of ten.
std::int64_t axis_step(std::int64_t largest) {
    for (const std::int64_t step : {1, 2, 3, 4, 5})
        if (step * grid_steps >= largest)
            return step;
    for (std::int64_t scale = 1;; scale *= 10)
        for (const std::int64_t step : {10, 15, 20, 25, 30, 40, 50, 75})
            if (step * scale * grid_steps >= largest)
                return step * scale;
}

std::string number(double value) {
    auto text = fmt::format("{:.1f}", value);
    if (text.ends_with(".0"))
        text.resize(text.size() - 2);
    return text == "-0" ? "0" : text;
}

std::string percent(double share) {
    return fmt::format("{:.0f}%", std::round(share * 100.0));
}

void text(std::string& out, double x, double y, std::string_view anchor, std::string_view body,
          std::string_view extra = {}) {
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\"{}{}>{}</text>\n", number(x),
                       number(y), anchor, extra.empty() ? "" : " ", extra, body);
}

void render_header(std::string& out, std::string_view title, std::string_view description) {
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" "
                       "viewBox=\"0 0 {0} {1}\" role=\"img\" aria-labelledby=\"chart-title "
                       "chart-desc\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" "
                       "font-size=\"12\" fill=\"{2}\">\n",
                       number(width), number(height), text_colour);
    out += fmt::format("<title id=\"chart-title\">{}</title>\n", title);
    out += fmt::format("<desc id=\"chart-desc\">{}</desc>\n", description);
    out += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
    text(out, plot_left, 28, "start", title, "font-size=\"16\" font-weight=\"bold\"");
}

void render_legend(std::string& out) {
    const double y = 50;
    out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\"/>\n",
                       number(plot_left), number(y - 10), expertise_colour);
    text(out, plot_left + 18, y, "start", "Expertise-based commits");
    out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\"/>\n",
                       number(plot_left + 190), number(y - 10), effort_colour);
    text(out, plot_left + 208, y, "start", "Effort-based commits");
    const double line_x = plot_left + 370;
    out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" "
                       "stroke-width=\"2\"/>\n",
                       number(line_x), number(y - 4), number(line_x + 24), number(y - 4),
                       share_colour);
    out += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"3.5\" fill=\"{}\"/>\n", number(line_x + 12),
                       number(y - 4), share_colour);
    text(out, line_x + 30, y, "start", "Expertise share (right axis)");
}

void render_axes(std::string& out, std::int64_t step) {
    const double plot_height = plot_bottom - plot_top;
    for (int i = 0; i <= grid_steps; ++i) {
        const double y = plot_bottom - plot_height * i / grid_steps;
        out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\"/>\n",
                           number(plot_left), number(y), number(plot_right), number(y),
                           i == 0 ? "#a0aec0" : grid_colour);
        text(out, plot_left - 8, y + 4, "end", fmt::format("{}", step * i));
        text(out, plot_right + 8, y + 4, "start", fmt::format("{}%", 100 * i / grid_steps));
    }
    const double middle = (plot_top + plot_bottom) / 2;
    out += fmt::format("<text x=\"16\" y=\"{0}\" text-anchor=\"middle\" "
                       "transform=\"rotate(-90 16 {0})\">Commits</text>\n",
                       number(middle));
    out += fmt::format("<text x=\"{0}\" y=\"{1}\" text-anchor=\"middle\" "
                       "transform=\"rotate(90 {0} {1})\">Expertise share</text>\n",
                       number(width - 14), number(middle));
}

void render_bars(std::string& out, const std::vector<Slot>& slots, std::int64_t top) {
    const double slot_width = (plot_right - plot_left) / static_cast<double>(slots.size());
    const double bar_width = std::min(slot_width * 0.6, 56.0);
    const double plot_height = plot_bottom - plot_top;
    const std::size_t label_every = (slots.size() + max_labels - 1) / max_labels;
    for (std::size_t i = 0; i < slots.size(); ++i) {
        const auto& slot = slots[i];
        const double centre = plot_left + slot_width * (static_cast<double>(i) + 0.5);
        const double x = centre - bar_width / 2;
        const double expertise_height =
            plot_height * static_cast<double>(slot.expertise) / static_cast<double>(top);
        const double effort_height =
            plot_height * static_cast<double>(slot.effort) / static_cast<double>(top);
        const auto label = slot_label(slot, "-");
        out += "<g>\n";
        out += fmt::format("<title>{}: {} commits, {} expertise-based, {} effort-based{}</title>\n",
                           label, slot.commits(), slot.expertise, slot.effort,
                           slot.commits() > 0 ? ", " + percent(slot.share) + " expertise share"
                                              : std::string());
        if (slot.expertise > 0)
            out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>\n",
                               number(x), number(plot_bottom - expertise_height), number(bar_width),
                               number(expertise_height), expertise_colour);
        if (slot.effort > 0)
            out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>\n",
                               number(x), number(plot_bottom - expertise_height - effort_height),
                               number(bar_width), number(effort_height), effort_colour);
        out += "</g>\n";
        if (i % label_every == 0)
            text(out, centre, plot_bottom + 18, "middle", slot_label(slot, " "));
    }
}

// The share as a line over the quarters that have commits; a quarter without commits has no
// share, so the line breaks there instead of dropping to zero.
void render_share_line(std::string& out, const std::vector<Slot>& slots) {
    const double slot_width = (plot_right - plot_left) / static_cast<double>(slots.size());
    const double plot_height = plot_bottom - plot_top;
    std::vector<std::string> run;
    std::string markers;
    const auto flush = [&] {
        if (run.size() > 1) {
            out += fmt::format("<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"2\" "
                               "stroke-linejoin=\"round\" points=\"",
                               share_colour);
            for (std::size_t i = 0; i < run.size(); ++i)
                out += (i > 0 ? " " : "") + run[i];
            out += "\"/>\n";
        }
        run.clear();
    };
    for (std::size_t i = 0; i < slots.size(); ++i) {
        if (slots[i].commits() == 0) {
            flush();
            continue;
        }
        const double x = plot_left + slot_width * (static_cast<double>(i) + 0.5);
        const double y = plot_bottom - plot_height * std::clamp(slots[i].share, 0.0, 1.0);
        run.push_back(number(x) + "," + number(y));
        markers += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"3.5\" fill=\"{}\" "
                               "stroke=\"#ffffff\" stroke-width=\"1.5\"/>\n",
                               number(x), number(y), share_colour);
    }
    flush();
    out += markers;
}

} // namespace

std::string render_quarter_chart(const Summary& summary, std::string_view title) {
    const auto shown_title = escape_markup(shorten_utf8(repair_utf8(title), max_title_length));
    const auto slots = quarter_slots(summary);
    std::string description;
    for (const auto& slot : slots) {
        if (slot.commits() > 0)
            description +=
                fmt::format("{}{}: {} commits, {} expertise-based", description.empty() ? "" : "; ",
                            slot_label(slot, "-"), slot.commits(), percent(slot.share));
    }
    if (description.empty())
        description = "No commits in the window.";
    else
        description = fmt::format("Commits per {} and their expertise share. {}.",
                                  !slots.empty() && slots.front().quarter == 0 ? "year" : "quarter",
                                  description);

    std::string out;
    render_header(out, shown_title, description);
    if (slots.empty()) {
        out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" "
                           "stroke=\"{}\"/>\n",
                           number(plot_left), number(plot_top), number(plot_right - plot_left),
                           number(plot_bottom - plot_top), grid_colour);
        text(out, (plot_left + plot_right) / 2, (plot_top + plot_bottom) / 2, "middle",
             "No commits in the window", "font-size=\"14\"");
        out += "</svg>\n";
        return out;
    }
    std::int64_t largest = 0;
    for (const auto& slot : slots)
        largest = std::max(largest, slot.commits());
    const auto step = axis_step(std::max<std::int64_t>(largest, 1));
    render_legend(out);
    render_axes(out, step);
    render_bars(out, slots, step * grid_steps);
    render_share_line(out, slots);
    out += "</svg>\n";
    return out;
}

} // namespace brag
