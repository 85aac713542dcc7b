// Every weight and threshold of Config by the name the configuration file gives it: one table
// that the file's parser (parse/config_file.cpp), --print-config and the report's appendix all
// read, so that a new setting is one row.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "config.hpp"

namespace brag {

struct Setting {
    std::string_view name;
    // What it sets: an evidence kind's own weight, an adjustment, a threshold, a category's base
    // score, or one of the classifier's other numbers.
    std::variant<EvidenceKind, double EvidenceWeights::*, double Thresholds::*,
                 std::int64_t Thresholds::*, Category, double ClassifierScores::*,
                 std::int64_t ClassifierScores::*>
        member;
    std::string_view help;
};

// [weights] (the kinds table's settings, then the cap), [thresholds] and [scores] (each
// category's base score by its name, then the classifier's adjustments), in the file's order.
const std::vector<Setting>& weight_settings();
const std::vector<Setting>& threshold_settings();
const std::vector<Setting>& score_settings();

double value_of(const Setting& setting, const Config& config);
void set_value(const Setting& setting, Config& config, double value); // a count is truncated
bool is_count(const Setting& setting);

// Every setting as the file names it ("weights.review"), with its value in `config`, in the
// order of the file: what a report states as the configuration in force.
struct ConfigSetting {
    std::string name;
    double value = 0.0;
    bool integer = false;    // a count, not a weight or a share
    bool changed = false;    // differs from the built-in default
    bool classifier = false; // a [scores] setting, which reports show only when changed
};
std::vector<ConfigSetting> config_settings(const Config& config);

} // namespace brag
