// One resolved run plan: what the command line, the brag.* keys of git config, the
// configuration files and the --reviews files ask for, each concern held once. The stages of a
// run read it; none copies an option into a struct of its own.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model/facts.hpp"
#include "reports/report_options.hpp"
#include "reports/run_settings.hpp"
#include "repository_miner.hpp"

namespace brag {

enum class OutputFormat { markdown, json, html };

struct RunPlan {
    // Answered before anything else is resolved: a broken configuration must not stand between
    // the user and these.
    bool help = false;         // --help: the manual page
    bool short_help = false;   // -h: the usage text
    bool version = false;      // --version
    bool print_config = false; // --print-config: the defaults, as a valid file

    // What to scan.
    std::vector<std::string> directories; // -C: where to run, in order, as `git -C` does
    std::vector<std::string> paths;       // default: the current directory

    // Who: --author, else brag.author, else git's user.email and user.name where the run starts.
    std::vector<std::string> authors;

    // When: the window of the document, and --compare's.
    Window window;
    std::optional<Window> compare;
    std::string compare_label; // --compare's text, for the document

    // Read by read_plan_inputs, after -C.
    std::optional<std::string> config_file;         // --config: applied over the other layers
    std::optional<std::filesystem::path> work_tree; // where the run starts: its .git-brag.toml
    std::vector<std::string> reviews_files;         // --reviews: pull requests reviewed on a forge
    std::vector<ExternalReview> reviews;            // what they hold
    // Every file read_plan_inputs read, as "path\ncontent": a run's result depends on them.
    std::vector<std::string> texts_read;

    // How to mine. Its window covers --compare's too: one walk serves both.
    MiningOptions mining;
    bool quiet = false; // --quiet: no progress display

    // How to render. `settings` is what the appendix states: the refs and lines mining counted
    // (set with `mining`, from the same option) and the configuration in force with its source.
    ReportOptions report;
    RunSettings settings;

    // Where the document goes: standard output when no file is given. A Markdown file gets its
    // chart beside it, and the document names the chart (report.chart_file_name).
    OutputFormat format = OutputFormat::markdown;
    std::optional<std::string> output;
    std::optional<std::filesystem::path> chart;

    // brag.* keys of git config that name no option, e.g. a typo: warned about, then ignored.
    std::vector<std::string> unknown_git_config_keys;
};

// The chart goes beside the document, named after it: BRAG.md -> BRAG.svg. A document that is
// itself called *.svg keeps its name and the chart gets another.
std::filesystem::path chart_path_for(const std::filesystem::path& document);

// The smallest window holding both: where either is open-ended, so is the result.
Window covering(const Window& a, const Window& b);

// Reads what the plan names in files, from the current folder (after -C): the configuration
// layers into `settings`, the --reviews files into `reviews`. Throws ConfigError or
// ReviewsError (the file, the line or entry, the reason) or std::runtime_error (unreadable).
void read_plan_inputs(RunPlan& plan);

} // namespace brag
