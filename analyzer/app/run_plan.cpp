#include "run_plan.hpp"

#include <algorithm>

#include "config_loading.hpp"
#include "parse/review_import.hpp"

namespace brag {

std::filesystem::path chart_path_for(const std::filesystem::path& document) {
    auto chart = document;
    chart.replace_extension(".svg");
    if (chart == document)
        chart.replace_extension(".chart.svg");
    return chart;
}

Window covering(const Window& a, const Window& b) {
    Window both;
    if (a.since && b.since)
        both.since = std::min(*a.since, *b.since);
    if (a.until && b.until)
        both.until = std::max(*a.until, *b.until);
    return both;
}

void read_plan_inputs(RunPlan& plan) {
    load_config(plan.settings, plan.work_tree, plan.config_file, &plan.texts_read);
    for (const auto& file : plan.reviews_files) {
        const auto text = read_text_file(file);
        plan.texts_read.push_back(file + "\n" + text);
        auto more = parse_reviews(text, file);
        plan.reviews.insert(plan.reviews.end(), more.begin(), more.end());
    }
}

} // namespace brag
