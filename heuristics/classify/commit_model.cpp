#include "commit_model.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "embedded_commit_model.hpp"
#include "model/text.hpp"

namespace brag {
namespace {

constexpr std::string_view magic = "git-brag-commit-model";
constexpr std::string_view supported_version = "1";
// No trained weight comes near this; a larger one is a corrupt file, whose sums could overflow.
constexpr double max_weight = 1e6;

// The classes a model may have: the labels of training/labels.py and the category of each.
std::optional<Category> category_of_class(std::string_view name) {
    static constexpr std::pair<std::string_view, Category> table[] = {
        {"feat", Category::feature},
        {"fix", Category::fix},
        {"docs", Category::docs},
        {"style", Category::style},
        {"refactor", Category::refactor},
        {"perf", Category::perf},
        {"test", Category::test},
        {"build", Category::build},
        {"ci", Category::ci},
        {"chore", Category::chore},
        {"revert", Category::revert},
        {"deps", Category::dependency},
    };
    for (const auto& [label, category] : table)
        if (label == name)
            return category;
    return std::nullopt;
}

// A field as an error message may show it: short, and without control characters, so that the
// message stays one line whatever the file holds.
std::string shown(std::string_view field) {
    std::string out = "'";
    for (std::size_t k = 0; k < field.size() && k < 40; ++k) {
        const auto c = static_cast<unsigned char>(field[k]);
        out += c < 0x20 || c == 0x7f ? '?' : static_cast<char>(c);
    }
    if (field.size() > 40)
        out += "...";
    return out + "'";
}

std::vector<std::string_view> split_tabs(std::string_view line) {
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    while (true) {
        const auto tab = line.find('\t', start);
        if (tab == std::string_view::npos) {
            fields.push_back(line.substr(start));
            return fields;
        }
        fields.push_back(line.substr(start, tab - start));
        start = tab + 1;
    }
}

[[noreturn]] void fail(std::size_t line, const std::string& message) {
    throw CommitModelError(fmt::format("line {}: {}", line, message));
}

double weight_of(std::string_view field, std::size_t line) {
    double value = 0.0;
    const auto* end = field.data() + field.size();
    const auto [next, error] = std::from_chars(field.data(), end, value);
    if (field.empty() || error != std::errc() || next != end)
        fail(line, fmt::format("{} is not a number", shown(field)));
    if (!std::isfinite(value) || std::fabs(value) > max_weight)
        fail(line, fmt::format("weight {} is out of range", shown(field)));
    return value;
}

// The weights of a "bias" or "feature" record, one per class.
void read_weights(const std::vector<std::string_view>& fields, std::size_t first,
                  std::size_t classes, std::size_t line, std::vector<double>& out) {
    if (fields.size() - first != classes)
        fail(line, fmt::format("expected {} weights (one per class), found {}", classes,
                               fields.size() - first));
    for (std::size_t k = first; k < fields.size(); ++k)
        out.push_back(weight_of(fields[k], line));
}

std::shared_ptr<const CommitModel>& replaced_model() {
    static std::shared_ptr<const CommitModel> model;
    return model;
}

} // namespace

CommitModel CommitModel::parse(std::string_view text) {
    CommitModel model;
    enum class Expect { header, classes, bias, features, nothing };
    Expect expect = Expect::header;
    std::size_t number = 0;
    for (const auto line : text_lines(text)) {
        ++number;
        if (line.starts_with('#'))
            continue;
        const auto fields = split_tabs(line);
        const auto record = fields.front();
        switch (expect) {
        case Expect::header:
            if (record != magic || fields.size() != 2)
                fail(number, "not a git-brag commit model (its first record must be '" +
                                 std::string(magic) + "<TAB>1')");
            if (fields[1] != supported_version)
                fail(number, fmt::format("model format {} is not supported (this program reads {})",
                                         shown(fields[1]), supported_version));
            expect = Expect::classes;
            break;
        case Expect::classes:
            if (record != "classes")
                fail(number, fmt::format("expected the 'classes' record, found {}", shown(record)));
            if (fields.size() < 3)
                fail(number, "a model needs at least two classes");
            for (std::size_t k = 1; k < fields.size(); ++k) {
                const auto category = category_of_class(fields[k]);
                if (!category)
                    fail(number, fmt::format("unknown class {}", shown(fields[k])));
                if (std::find(model.classes_.begin(), model.classes_.end(), fields[k]) !=
                    model.classes_.end())
                    fail(number, fmt::format("class {} is listed twice", shown(fields[k])));
                model.classes_.emplace_back(fields[k]);
                model.categories_.push_back(*category);
            }
            expect = Expect::bias;
            break;
        case Expect::bias:
            if (record != "bias")
                fail(number, fmt::format("expected the 'bias' record, found {}", shown(record)));
            read_weights(fields, 1, model.classes_.size(), number, model.bias_);
            expect = Expect::features;
            break;
        case Expect::features:
            if (record == "feature") {
                if (fields.size() < 2 || fields[1].empty())
                    fail(number, "a feature record needs a name");
                // The scripts add weights in the order of the names: the file must keep it.
                if (!model.names_.empty() && !(model.names_.back() < fields[1]))
                    fail(number,
                         fmt::format("feature {} is out of order or repeated", shown(fields[1])));
                read_weights(fields, 2, model.classes_.size(), number, model.weights_);
                model.names_.emplace_back(fields[1]);
            } else if (record == "end") {
                const auto expected = std::to_string(model.names_.size());
                if (fields.size() != 2 || fields[1] != expected)
                    fail(number, fmt::format("the 'end' record should say {} features; the file "
                                             "is damaged or cut",
                                             expected));
                expect = Expect::nothing;
            } else {
                fail(number, fmt::format("unknown record {}", shown(record)));
            }
            break;
        case Expect::nothing:
            if (!line.empty())
                fail(number, "text after the 'end' record");
            break;
        }
    }
    if (expect != Expect::nothing)
        throw CommitModelError(
            fmt::format("line {}: the file ends before its 'end' record (it is cut short or empty)",
                        number + 1));
    model.index_names();
    return model;
}

void CommitModel::index_names() {
    std::size_t size = 16;
    while (size < 2 * names_.size())
        size *= 2;
    slots_.assign(size, {});
    for (std::size_t row = 0; row < names_.size(); ++row) {
        const auto hash = feature_hash(feature_hash_start, names_[row]);
        auto at = hash & (size - 1);
        while (slots_[at].row_plus_one != 0) {
            // Two names, one hash: they could not be told apart. No model has shown it; were
            // one to, it is refused rather than misread.
            if (slots_[at].hash == hash)
                throw CommitModelError(fmt::format("features {} and {} share a hash",
                                                   shown(names_[slots_[at].row_plus_one - 1]),
                                                   shown(names_[row])));
            at = (at + 1) & (size - 1);
        }
        slots_[at] = {hash, static_cast<std::uint32_t>(row + 1)};
    }
}

std::optional<std::uint32_t> CommitModel::find_row(std::uint64_t hash) const {
    const auto mask = slots_.size() - 1;
    for (auto at = hash & mask;; at = (at + 1) & mask) {
        const auto& slot = slots_[at];
        if (slot.row_plus_one == 0)
            return std::nullopt;
        if (slot.hash == hash)
            return slot.row_plus_one - 1;
    }
}

bool CommitModel::has_family(std::string_view family) const {
    const auto first = std::lower_bound(names_.begin(), names_.end(), family);
    return first != names_.end() && first->starts_with(family);
}

CommitPrediction CommitModel::predict(const std::vector<CommitFeature>& features,
                                      std::size_t explain) const {
    std::vector<HashedFeature> hashed;
    hashed.reserve(features.size());
    for (const auto& feature : features)
        hashed.push_back({feature_hash(feature_hash_start, feature.name), feature.value});
    return predict(hashed, explain);
}

CommitPrediction CommitModel::predict(const std::vector<HashedFeature>& features,
                                      std::size_t explain) const {
    const std::size_t classes = classes_.size();
    struct Seen {
        std::uint32_t row;
        double value;
    };
    // The known features in the order of their rows, which is the order of their names; a name
    // given twice counts once, as in a dictionary.
    thread_local std::vector<Seen> seen;
    seen.clear();
    for (const auto& feature : features)
        if (const auto row = find_row(feature.hash))
            seen.push_back({*row, feature.value});
    std::sort(seen.begin(), seen.end(), [](const Seen& a, const Seen& b) { return a.row < b.row; });
    seen.erase(std::unique(seen.begin(), seen.end(),
                           [](const Seen& a, const Seen& b) { return a.row == b.row; }),
               seen.end());

    CommitPrediction prediction;
    prediction.scores = bias_;
    for (const auto& [row, value] : seen) {
        const double* weights = weights_.data() + std::size_t{row} * classes;
        for (std::size_t k = 0; k < classes; ++k)
            prediction.scores[k] += weights[k] * value;
    }
    // The first class of the highest score wins a tie, as in the scripts.
    std::size_t best = 0;
    for (std::size_t k = 1; k < classes; ++k)
        if (prediction.scores[k] > prediction.scores[best])
            best = k;
    std::size_t runner_up = best == 0 && classes > 1 ? 1 : 0;
    for (std::size_t k = 0; k < classes; ++k)
        if (k != best && prediction.scores[k] > prediction.scores[runner_up])
            runner_up = k;
    prediction.best = best;
    prediction.runner_up = runner_up;
    if (explain == 0 || best == runner_up)
        return prediction;
    for (const auto& [row, value] : seen) {
        const double* weights = weights_.data() + std::size_t{row} * classes;
        const double margin = (weights[best] - weights[runner_up]) * value;
        if (margin > 0.0)
            prediction.strongest.push_back({names_[row], margin});
    }
    // Ties keep the order of the names, so that the reasons are the same on every run.
    std::stable_sort(prediction.strongest.begin(), prediction.strongest.end(),
                     [](const FeatureContribution& a, const FeatureContribution& b) {
                         return a.margin > b.margin;
                     });
    if (prediction.strongest.size() > explain)
        prediction.strongest.resize(explain);
    return prediction;
}

const CommitModel& builtin_commit_model() {
    static const CommitModel model = CommitModel::parse(embedded_commit_model_text());
    return model;
}

const CommitModel& active_commit_model() {
    const auto& replaced = replaced_model();
    return replaced ? *replaced : builtin_commit_model();
}

void use_commit_model(std::shared_ptr<const CommitModel> model) {
    replaced_model() = std::move(model);
}

CommitModel load_commit_model_file(const std::string& path) {
    std::error_code error;
    if (std::filesystem::is_directory(path, error))
        throw CommitModelError(fmt::format("{}: is a folder, not a model file", path));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw CommitModelError(fmt::format("{}: cannot be read", path));
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        throw CommitModelError(fmt::format("{}: cannot be read", path));
    try {
        return CommitModel::parse(text.str());
    } catch (const CommitModelError& error) {
        throw CommitModelError(fmt::format("{}: {}", path, error.what()));
    }
}

} // namespace brag
