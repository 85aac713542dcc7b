// Measures the commit classifier on repositories that use Conventional Commits, as
// training/evaluate.py measures the model: each human commit's type is the truth; the
// classifier sees the commit without it (the scope kept, as "scope: ", when it is not a type
// word: "fix(ci): x" gives "x", "fix(parser): x" gives "parser: x"), with its body and its
// changed paths and line counts. Bots' commits are left out: their messages are templates.
//
// usage: classification_eval [--predictions] [--show TYPE] REPOSITORY...
//   --predictions  print "commit<TAB>types" for each commit instead (types: what the category
//                  stands for, comma-separated), for training/evaluate.py --rules
//   --show TYPE    also list the commits of that type the classifier got wrong
// For each repository: accuracy, macro-F1, precision, recall and F1 per type, and the confusion
// matrix (rows: truth, columns: prediction); then a table of all of them and their mean.
#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <memory>
#include <regex>
#include <string>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "app/repository_miner.hpp"
#include "classify/classify_commit.hpp"
#include "classify/message_signals.hpp"
#include "model/identity.hpp"

using namespace brag;

namespace {

// Our categories are richer than the Conventional Commits types. Each maps to its primary
// type, and to the other types that a careful author may have used for the same change: a
// dependency update is "chore(deps)" for Renovate, "build(deps)" for Dependabot; a deployment
// manifest is build, ci or chore. A prediction agrees when the truth is one of them.
std::vector<std::string> types_of(Category category) {
    switch (category) {
    case Category::feature:
    case Category::observability:
        return {"feat"};
    case Category::fix:
        return {"fix"};
    case Category::security:
        return {"fix", "feat"};
    case Category::docs:
    case Category::design:
        return {"docs"};
    case Category::style:
        return {"style"};
    case Category::refactor:
        return {"refactor"};
    case Category::perf:
        return {"perf"};
    case Category::test:
        return {"test"};
    case Category::build:
        return {"build", "chore"};
    case Category::deploy:
        return {"build", "ci", "chore"};
    case Category::ci:
        return {"ci"};
    case Category::chore:
        return {"chore"};
    case Category::dependency:
        return {"deps", "chore", "build"};
    case Category::revert:
        return {"revert"};
    case Category::merge:
        return {"merge"};
    }
    return {"chore"};
}

bool is_dependency_scope(const std::string& scope) {
    return scope == "deps" || scope == "deps-dev" || scope == "dependencies";
}

// training/labels.py: the label, and the subject the classifier sees.
struct Labelled {
    std::string truth;
    std::string subject;
};
std::optional<Labelled> label_of(const std::string& subject) {
    const auto prefix = parse_conventional_prefix(subject);
    if (!prefix)
        return std::nullopt;
    const auto category = category_of_conventional_type(prefix->type);
    if (!category)
        return std::nullopt;
    const auto scope = ascii_lower(prefix->scope);
    Labelled out{is_dependency_scope(scope) ? "deps" : types_of(*category).front(),
                 prefix->description};
    const bool hidden = is_dependency_scope(scope) || category_of_conventional_type(scope);
    if (!prefix->scope.empty() && !hidden)
        out.subject = prefix->scope + ": " + prefix->description;
    return out;
}

// training/labels.py's is_bot: automated authors, by name or address.
bool is_bot(const std::string& name, const std::string& email) {
    const auto lowered_name = ascii_lower(name);
    const auto local = ascii_lower(email.substr(0, email.find('@')));
    for (const char* word :
         {"[bot]", "dependabot", "renovate", "github-actions", "greenkeeper", "snyk-bot",
          "pre-commit-ci", "allcontributors", "release-please", "-bot"})
        if (lowered_name.find(word) != std::string::npos || local.find(word) != std::string::npos)
            return true;
    static const std::regex bot_word("(^|[^a-z])bot([^a-z]|$)");
    return std::regex_search(lowered_name, bot_word);
}

// The raw author (as written, before .mailmap) and body of every commit, as the training
// reads them (git log's %an, %ae, %b): the miner keeps only the subject's bodies.
struct RawMessage {
    std::string name;
    std::string email;
    std::string body;
};
std::unordered_map<std::string, RawMessage> raw_messages(const std::string& repository) {
    std::unordered_map<std::string, RawMessage> out;
    const std::string command = fmt::format(
        "git -C '{}' log --no-merges --format=%x1e%H%x1f%an%x1f%ae%x1f%b HEAD", repository);
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    if (!pipe)
        return out;
    std::string text;
    std::array<char, 65536> buffer{};
    for (std::size_t read; (read = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) > 0;)
        text.append(buffer.data(), read);
    std::size_t start = 0;
    while ((start = text.find('\x1e', start)) != std::string::npos) {
        const auto end = std::min(text.find('\x1e', start + 1), text.size());
        const auto record = text.substr(start + 1, end - start - 1);
        start = end;
        std::array<std::string, 4> fields;
        std::size_t from = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const auto separator = k < 3 ? record.find('\x1f', from) : std::string::npos;
            fields[k] = record.substr(from, separator == std::string::npos ? std::string::npos
                                                                           : separator - from);
            from = separator == std::string::npos ? record.size() : separator + 1;
        }
        // git log ends each record with a line break after the body.
        if (!fields[3].empty() && fields[3].back() == '\n')
            fields[3].pop_back();
        out[fields[0]] = {fields[1], fields[2], fields[3]};
    }
    return out;
}

struct Figures {
    std::string name;
    int commits = 0;
    double accuracy = 0.0;
    double macro_f1 = 0.0;
};

// training/evaluate.py's figures and their layout.
Figures report(const std::string& name, const std::vector<std::string>& truth,
               const std::vector<std::string>& predicted) {
    static const std::vector<std::string> order = {"feat",     "fix",   "docs",   "style",
                                                   "refactor", "perf",  "test",   "build",
                                                   "ci",       "chore", "revert", "deps"};
    std::vector<std::string> types(truth);
    types.insert(types.end(), predicted.begin(), predicted.end());
    const auto rank = [&](const std::string& type) {
        const auto at = std::find(order.begin(), order.end(), type);
        return std::pair(at == order.end(), at - order.begin());
    };
    std::sort(types.begin(), types.end(), [&](const std::string& a, const std::string& b) {
        return std::pair(rank(a), a) < std::pair(rank(b), b);
    });
    types.erase(std::unique(types.begin(), types.end()), types.end());
    std::map<std::pair<std::string, std::string>, int> confusion;
    int agreed = 0;
    for (std::size_t k = 0; k < truth.size(); ++k) {
        ++confusion[{truth[k], predicted[k]}];
        agreed += truth[k] == predicted[k] ? 1 : 0;
    }
    Figures figures{name, static_cast<int>(truth.size())};
    figures.accuracy = static_cast<double>(agreed) / static_cast<double>(truth.size());
    std::printf("  accuracy %.1f%%, ", 100.0 * figures.accuracy);
    std::string rows = fmt::format("    {:9} {:>7} {:>9} {:>7} {:>6}\n", "type", "commits",
                                   "precision", "recall", "F1");
    double f1_sum = 0.0;
    for (const auto& type : types) {
        int hits = 0;
        int support = 0;
        int chosen = 0;
        for (const auto& [cell, count] : confusion) {
            hits += cell.first == type && cell.second == type ? count : 0;
            support += cell.first == type ? count : 0;
            chosen += cell.second == type ? count : 0;
        }
        const double precision = chosen ? static_cast<double>(hits) / chosen : 0.0;
        const double recall = support ? static_cast<double>(hits) / support : 0.0;
        const double f1 =
            precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        f1_sum += f1;
        rows += fmt::format("    {:9} {:7d} {:8.1f}% {:6.1f}% {:5.1f}%\n", type, support,
                            100 * precision, 100 * recall, 100 * f1);
    }
    figures.macro_f1 = f1_sum / static_cast<double>(types.size());
    std::printf("macro-F1 %.1f%%\n%s", 100.0 * figures.macro_f1, rows.c_str());
    std::printf("    confusion (rows: truth, columns: prediction)\n    %9s", "");
    for (const auto& type : types)
        std::printf("%9s", type.c_str());
    std::printf("\n");
    for (const auto& row : types) {
        std::printf("    %-9s", row.c_str());
        for (const auto& column : types)
            std::printf("%9d", confusion.count({row, column}) ? confusion.at({row, column}) : 0);
        std::printf("\n");
    }
    return figures;
}

} // namespace

int main(int argc, char* argv[]) {
    bool predictions = false;
    std::string show;
    std::vector<std::string> paths;
    for (int k = 1; k < argc; ++k) {
        const std::string argument = argv[k];
        if (argument == "--predictions")
            predictions = true;
        else if (argument == "--show" && k + 1 < argc)
            show = argv[++k];
        else
            paths.push_back(argument);
    }
    if (paths.empty()) {
        std::fprintf(stderr,
                     "usage: classification_eval [--predictions] [--show TYPE] REPOSITORY...\n");
        return 2;
    }
    GitSession session;
    Subject nobody;
    nobody.add_email("nobody@invalid");
    MiningOptions options;
    options.team = true; // every commit's diff, with line counts, as the subject's would have
    std::vector<Figures> table;
    for (const auto& path : paths) {
        Repository repository;
        try {
            repository = mine_repository(path, nobody, options);
        } catch (const std::exception& error) {
            std::fprintf(stderr, "classification_eval: %s\n", error.what());
            return 1;
        }
        const auto raw = raw_messages(path);
        std::vector<std::string> truth;
        std::vector<std::string> predicted;
        for (const auto& commit : repository.commits) {
            if (commit.is_merge())
                continue;
            const auto found = raw.find(commit.id.hex());
            if (found == raw.end() || is_bot(found->second.name, found->second.email))
                continue;
            const auto labelled = label_of(commit.subject);
            if (!labelled)
                continue;
            Commit stripped = commit;
            stripped.subject = labelled->subject;
            stripped.body = found->second.body;
            const auto category =
                classify_commit(stripped, RepositoryId{repository.path}, {}).category;
            const auto types = types_of(category);
            if (predictions) {
                std::string joined;
                for (const auto& type : types)
                    joined += (joined.empty() ? "" : ",") + type;
                std::printf("%s\t%s\n", commit.id.hex().c_str(), joined.c_str());
                continue;
            }
            const bool agrees =
                std::find(types.begin(), types.end(), labelled->truth) != types.end();
            truth.push_back(labelled->truth);
            predicted.push_back(agrees ? labelled->truth : types.front());
            if (labelled->truth == show && !agrees)
                std::printf("%s -> %s: %s\n", show.c_str(), types.front().c_str(),
                            commit.subject.c_str());
        }
        if (predictions)
            continue;
        if (truth.empty()) {
            std::printf("%s: no human commit with a Conventional Commits type\n\n", path.c_str());
            continue;
        }
        std::printf("%s: %zu human commits with a Conventional Commits type\n",
                    repository.name.c_str(), truth.size());
        table.push_back(report(repository.name, truth, predicted));
        std::printf("\n");
    }
    if (predictions || table.empty())
        return 0;
    std::printf("%-28s %7s %9s %9s\n", "repository", "commits", "accuracy", "macro-F1");
    double accuracy = 0.0;
    double macro_f1 = 0.0;
    for (const auto& row : table) {
        std::printf("%-28s %7d %8.1f%% %8.1f%%\n", row.name.c_str(), row.commits,
                    100 * row.accuracy, 100 * row.macro_f1);
        accuracy += row.accuracy / static_cast<double>(table.size());
        macro_f1 += row.macro_f1 / static_cast<double>(table.size());
    }
    std::printf("%-28s %7s %8.1f%% %8.1f%%\n", "mean", "", 100 * accuracy, 100 * macro_f1);
    return 0;
}
