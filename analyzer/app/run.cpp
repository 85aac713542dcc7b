#include "run.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <ostream>

#include <fmt/format.h>

#include "atomic_file.hpp"
#include "cache/fact_cache.hpp"
#include "command_line.hpp"
#include "config_loading.hpp"
#include "evidence/build_evidence.hpp"
#include "evidence/compare_windows.hpp"
#include "git/default_identity.hpp"
#include "git/discovery.hpp"
#include "git/git_handles.hpp"
#include "git_config_defaults.hpp"
#include "interrupt.hpp"
#include "manual_page.hpp"
#include "mine_all.hpp"
#include "parse/config_file.hpp"
#include "parse/review_import.hpp"
#include "phase_timer.hpp"
#include "progress.hpp"
#include "reports/json_report.hpp"
#include "reports/markdown_report.hpp"
#include "reports/report_options.hpp"
#include "reports/run_settings.hpp"
#include "reports/svg_chart.hpp"
#include "terminal_colour.hpp"
#include "version.hpp"

namespace brag {
namespace {

constexpr int exit_success = 0;
constexpr int exit_runtime_error = 1;
constexpr int exit_usage_error = 2;

std::string repository_name_of(const std::string& path) {
    auto folder = std::filesystem::path(path).lexically_normal();
    if (folder.filename().empty())
        folder = folder.parent_path();
    auto name = std::filesystem::absolute(folder).lexically_normal().filename().string();
    if (name.size() > 4 && name.ends_with(".git"))
        name.resize(name.size() - 4);
    return name;
}

Repository skipped_repository(const std::string& path, const std::string& reason) {
    Repository repository;
    repository.path = path;
    repository.name = repository_name_of(path);
    repository.skipped = reason;
    return repository;
}

// The chart goes beside the document, named after it: BRAG.md -> BRAG.svg. A document that is
// itself called *.svg keeps its name and the chart gets another.
std::filesystem::path chart_path_for(const std::filesystem::path& document) {
    auto chart = document;
    chart.replace_extension(".svg");
    if (chart == document)
        chart.replace_extension(".chart.svg");
    return chart;
}

// --redact-keep names a repository the user wants shown; a typo would silently redact it.
void warn_about_unknown_kept_names(const Options& options, const Facts& facts, std::ostream& err,
                                   const std::string& prefix) {
    for (const auto& name : options.redact_keep) {
        const bool found = std::any_of(facts.repositories.begin(), facts.repositories.end(),
                                       [&](const Repository& r) { return r.name == name; });
        if (!found)
            err << prefix << "--redact-keep " << name << ": no repository of that name\n";
    }
}

// The smallest window holding both: where either is open-ended, so is the result.
Window covering(const Window& a, const Window& b) {
    Window both;
    if (a.since && b.since)
        both.since = std::min(*a.since, *b.since);
    if (a.until && b.until)
        both.until = std::max(*a.until, *b.until);
    return both;
}

bool environment_set(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0';
}

std::string render(const Options& options, const Evidence& evidence,
                   const ReportOptions& report_options, const LoadedConfig& loaded) {
    if (options.format == OutputFormat::json)
        return render_json(evidence, report_options);
    RunSettings settings;
    settings.all_refs = options.all_refs;
    settings.team = options.team;
    settings.config = loaded.config; // the appendix states the weights the evidence was built with
    settings.config_source = loaded.sources;
    return render_markdown(evidence, report_options, settings);
}

} // namespace

int run(int argc, const char* const argv[], std::ostream& out, std::ostream& err,
        bool stderr_is_terminal) {
    ColourSettings colour;
    colour.is_terminal = stderr_is_terminal;
    colour.no_color = environment_set("NO_COLOR");
    const char* term = std::getenv("TERM");
    colour.dumb_terminal = term != nullptr && std::string(term) == "dumb";
    MessagePrefixes prefix = message_prefixes(use_colour(colour));

    git::Library library;
    Options options;
    ReportOptions report_options;
    std::vector<std::string> unknown_config_keys;
    try {
        CommandLineContext context;
        // The document's date is also the "now" of relative dates, so that a run is repeatable.
        report_options.generated_at = parse_source_date_epoch(std::getenv("SOURCE_DATE_EPOCH"));
        context.now = report_options.generated_at;
        context.git_config = [&](const std::string& folder) {
            auto reading = read_git_config_defaults(folder);
            colour.color_ui = reading.color_ui;
            unknown_config_keys = std::move(reading.unknown);
            return std::move(reading.defaults);
        };
        options = parse_command_line(argc, argv, context);
    } catch (const UsageError& error) {
        prefix = message_prefixes(use_colour(colour));
        err << prefix.error << error.what() << " (see git brag -h)\n";
        return exit_usage_error;
    }
    prefix = message_prefixes(use_colour(colour));
    if (options.help)
        open_manual_page(); // returns only when the manual is not installed
    if (options.help || options.short_help) {
        out << help_text();
        return exit_success;
    }
    if (options.version) {
        out << "git-brag version " << version << "\n";
        return exit_success;
    }
    if (options.print_config) {
        out << default_config_toml();
        return exit_success;
    }
    for (const auto& key : unknown_config_keys)
        err << prefix.warning << "git config " << key << ": not a git-brag setting (ignored)\n";
    for (const auto& directory : options.directories) {
        // As git -C: every relative path after it (PATH, -o, --config, ...) is read from there.
        std::error_code error;
        std::filesystem::current_path(directory, error);
        if (error) {
            err << prefix.error << "cannot change to '" << directory << "': " << error.message()
                << "\n";
            return exit_usage_error;
        }
    }

    install_interrupt_cleanup();
    LoadedConfig loaded;
    std::vector<ExternalReview> reviews;
    try {
        loaded = load_config(options.config_file, options.paths.front());
        for (const auto& file : options.reviews_files) {
            auto more = parse_reviews(read_text_file(file), file);
            reviews.insert(reviews.end(), more.begin(), more.end());
        }
    } catch (const std::exception& error) {
        // A bad configuration or reviews file is the user's to fix: a usage error.
        err << prefix.error << error.what() << "\n";
        return exit_usage_error;
    }
    Facts facts;
    facts.window = options.window;
    facts.lines_for_everyone = options.team;
    facts.external_reviews = std::move(reviews);
    auto authors = options.authors;
    if (authors.empty())
        authors = default_identity(options.paths.front());
    if (authors.empty()) {
        err << prefix.error
            << "no identity: pass --author or set git config user.email "
               "(see git brag --help)\n";
        return exit_usage_error;
    }
    for (const auto& author : authors)
        facts.subject.add(author);

    auto discovery = discover_repositories(options.paths);
    for (const auto& problem : discovery.problems) {
        err << prefix.warning << problem.path << ": " << problem.reason << "\n";
        facts.repositories.push_back(skipped_repository(problem.path, problem.reason));
    }

    MiningOptions mining;
    mining.all_refs = options.all_refs;
    mining.team = options.team;
    // With --compare, one walk covers both windows; the evidence is built once for each.
    mining.window = options.compare ? covering(options.window, *options.compare) : options.window;
    if (options.max_file_size)
        mining.diff_limits.max_file_bytes = *options.max_file_size;
    if (options.max_commit_files)
        mining.diff_limits.max_files = static_cast<std::size_t>(*options.max_commit_files);
    if (!options.no_cache)
        mining.cache_dir = options.cache_dir
                               ? std::optional<std::filesystem::path>(*options.cache_dir)
                               : FactCache::default_folder();
    Progress progress(!options.quiet && Progress::stderr_is_terminal(),
                      discovery.repositories.size());
    PhaseTimer timer("run");
    auto mined = mine_repositories(discovery.repositories, facts.subject, mining, &progress);
    progress.finish();
    timer.lap("mining");
    std::size_t read = 0;
    for (auto& repository : mined) {
        if (repository.skipped) {
            // The reason is printed after the path; libgit2's errors start with it too.
            if (repository.skipped->starts_with(repository.path + ": "))
                repository.skipped->erase(0, repository.path.size() + 2);
            err << prefix.warning << "skipped " << repository.path << ": " << *repository.skipped
                << "\n";
            if (repository.name.empty())
                repository.name = repository_name_of(repository.path);
        } else {
            ++read;
            for (const auto& warning : repository.warnings)
                err << prefix.warning << repository.path << ": " << warning << "\n";
            for (const auto& notice : repository.notices)
                err << prefix.warning << repository.path << ": " << notice << "\n";
            for (const auto& name : repository.subject.names())
                facts.subject.add_name(name);
            for (const auto& email : repository.subject.emails())
                facts.subject.add_email(email);
        }
        facts.repositories.push_back(std::move(repository));
    }
    if (read == 0) {
        err << prefix.error << "no repository could be read\n";
        return exit_runtime_error;
    }
    std::sort(facts.repositories.begin(), facts.repositories.end(),
              [](const Repository& a, const Repository& b) { return a.path < b.path; });

    warn_about_unknown_kept_names(options, facts, err, prefix.warning);

    const Config& config = loaded.config;
    Evidence evidence = build_evidence(facts, config);
    if (options.compare) {
        facts.window = *options.compare;
        const Evidence then = build_evidence(facts, config);
        facts.window = options.window;
        evidence.comparison = compare_windows(evidence, then, options.compare_label);
    }
    timer.lap("evidence");
    report_options.redact = options.redact;
    report_options.redact_keep = options.redact_keep;
    if (!options.output) {
        // No file to put a chart beside: the document goes without one.
        out << render(options, evidence, report_options, loaded);
        out.flush();
        return exit_success;
    }
    try {
        if (options.format == OutputFormat::markdown) {
            // The chart first: a document is never left pointing at a chart not yet written.
            const auto chart = chart_path_for(*options.output);
            report_options.chart_file_name = chart.filename().string();
            write_file_atomically(
                chart, render_quarter_chart(evidence.summary,
                                            "Commits per quarter: " + evidence.display_name));
        }
        write_file_atomically(*options.output, render(options, evidence, report_options, loaded));
    } catch (const std::exception& error) {
        err << prefix.error << error.what() << "\n";
        return exit_runtime_error;
    }
    return exit_success;
}

} // namespace brag
