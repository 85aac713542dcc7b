// The commit model: a multinomial logistic regression over the features of commit_features.hpp,
// trained offline by training/train.py and shipped as data (training/commit_model.tsv, built
// into the program). GIT_BRAG_COMMIT_MODEL points the program at another file of that format.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "commit_features.hpp"
#include "model/category.hpp"

namespace brag {

// A model file that cannot be read as one; the message starts with "line N: " when a line of
// it is at fault.
class CommitModelError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A feature's share in a prediction: how much it moved the winning class ahead of the next best.
struct FeatureContribution {
    std::string_view name; // the feature's name, as the model file spells it
    double margin = 0.0;
};

struct CommitPrediction {
    std::size_t best = 0;       // index into CommitModel::classes()
    std::size_t runner_up = 0;  // the next best class (best itself when there is one class)
    std::vector<double> scores; // one per class
    std::vector<FeatureContribution> strongest; // the features that favoured `best` most, first
};

class CommitModel {
public:
    // Parses the format training/model_file.py writes. Throws CommitModelError.
    static CommitModel parse(std::string_view text);

    const std::vector<std::string>& classes() const { return classes_; }
    // The category each class stands for ("deps" is a dependency update).
    const std::vector<Category>& categories() const { return categories_; }
    std::size_t feature_count() const { return names_.size(); }

    // Whether the model has any feature of a family ("p:").
    bool has_family(std::string_view family) const;

    // The scores of a commit's features: the bias plus each known feature's weight times its
    // value, added in the order of the feature names, as the scripts add them (the file's rows
    // are in that order). `explain` keeps up to that many of the strongest features.
    CommitPrediction predict(const std::vector<HashedFeature>& features,
                             std::size_t explain = 0) const;
    CommitPrediction predict(const std::vector<CommitFeature>& features,
                             std::size_t explain = 0) const;

private:
    // A slot of the table from a name's hash to its row; row 0 marks an empty slot.
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t row_plus_one = 0;
    };
    void index_names(); // fills slots_ from names_
    std::optional<std::uint32_t> find_row(std::uint64_t hash) const;

    std::vector<std::string> classes_;
    std::vector<Category> categories_;
    std::vector<double> bias_;
    std::vector<std::string> names_; // row -> feature name, sorted
    std::vector<double> weights_;    // row-major, one weight per class
    std::vector<Slot> slots_;        // open addressing, a power of two at least twice the rows
};

// The model built into the program (training/commit_model.tsv at build time), parsed once.
const CommitModel& builtin_commit_model();

// The model classify_commit uses: the built-in one, unless use_commit_model replaced it.
const CommitModel& active_commit_model();
// Replaces the active model for the rest of the run. Call it before classifying, from one
// thread: the program does, at start-up, for GIT_BRAG_COMMIT_MODEL.
void use_commit_model(std::shared_ptr<const CommitModel> model);

// Reads and parses a model file. Throws CommitModelError naming the file (and the line).
CommitModel load_commit_model_file(const std::string& path);

} // namespace brag
