#include "run.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <ostream>

#include "atomic_file.hpp"
#include "captured_stream.hpp"
#include "classify/commit_model.hpp"
#include "command_line.hpp"
#include "evidence/build_evidence.hpp"
#include "evidence/compare_windows.hpp"
#include "evidence/unmatched_subject.hpp"
#include "git/discovery.hpp"
#include "git/git_handles.hpp"
#include "git_config_defaults.hpp"
#include "interrupt.hpp"
#include "manual_page.hpp"
#include "mine_all.hpp"
#include "parse/config_file.hpp"
#include "phase_timer.hpp"
#include "progress.hpp"
#include "reports/html_report.hpp"
#include "reports/json_report.hpp"
#include "reports/markdown_report.hpp"
#include "reports/svg_chart.hpp"
#include "result_cache.hpp"
#include "run_plan.hpp"
#include "terminal_colour.hpp"
#include "version.hpp"

namespace brag {
namespace {

constexpr int exit_success = 0;
constexpr int exit_runtime_error = 1;
constexpr int exit_usage_error = 2;

// Where the stages write: the document (when not to a file) and the messages, which start with
// "git-brag: ", coloured as git config and the terminal allow.
struct Console {
    std::ostream& out;
    std::ostream& err;
    ColourSettings colour;
    MessagePrefixes prefix = message_prefixes(use_colour(colour));
};

bool environment_set(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0';
}

ColourSettings colour_settings(bool stderr_is_terminal) {
    ColourSettings colour;
    colour.is_terminal = stderr_is_terminal;
    colour.no_color = environment_set("NO_COLOR");
    const char* term = std::getenv("TERM");
    colour.dumb_terminal = term != nullptr && std::string(term) == "dumb";
    return colour;
}

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

// The git config a run read for its defaults, as text: part of what its result depends on.
std::string git_config_text(const GitConfigReading& reading) {
    std::string out = "git config\n";
    for (const auto& [option, values] : reading.defaults)
        for (const auto& value : values)
            out += option + " " + value.key + "=" + value.value.value_or("(none)") + "\n";
    for (const auto& key : reading.unknown)
        out += "unknown " + key + "\n";
    out += "color.ui " + reading.color_ui.value_or("(none)") + "\n";
    for (const auto& identity : reading.identity)
        out += "identity " + identity + "\n";
    out += "work tree " + (reading.work_tree ? reading.work_tree->string() : "(none)") + "\n";
    return out;
}

// The plan from the command line and git config (which also says whether messages are
// coloured). None after a usage error, reported.
std::optional<RunPlan> parse_plan(int argc, const char* const argv[], Console& console,
                                  RunStart& start) {
    std::optional<RunPlan> plan;
    try {
        CommandLineContext context;
        // The document's date is also the "now" of relative dates, so that a run is repeatable.
        context.now = parse_source_date_epoch(std::getenv("SOURCE_DATE_EPOCH"));
        context.git_config = [&](const std::string& folder) {
            auto reading = read_git_config_defaults(folder);
            console.colour.color_ui = reading.color_ui;
            start.git_config += git_config_text(reading);
            return reading;
        };
        plan = parse_command_line(argc, argv, context);
    } catch (const UsageError& error) {
        console.prefix = message_prefixes(use_colour(console.colour));
        console.err << console.prefix.error << error.what() << " (see git brag -h)\n";
        return std::nullopt;
    }
    console.prefix = message_prefixes(use_colour(console.colour));
    return plan;
}

// --help, -h, --version and --print-config: answered without reading anything more.
bool answer_early(const RunPlan& plan, std::ostream& out) {
    if (plan.help)
        open_manual_page(); // returns only when the manual is not installed
    if (plan.help || plan.short_help)
        out << help_text();
    else if (plan.version)
        out << "git-brag version " << version << "\n";
    else if (plan.print_config)
        out << default_config_toml();
    else
        return false;
    return true;
}

void warn_about_unknown_git_config_keys(const RunPlan& plan, const Console& console) {
    for (const auto& key : plan.unknown_git_config_keys)
        console.err << console.prefix.warning << "git config " << key
                    << ": not a git-brag setting (ignored)\n";
}

// As git -C: every relative path after it (PATH, -o, --config, ...) is read from there.
bool enter_directories(const RunPlan& plan, const Console& console) {
    for (const auto& directory : plan.directories) {
        std::error_code error;
        std::filesystem::current_path(directory, error);
        if (error) {
            console.err << console.prefix.error << "cannot change to '" << directory
                        << "': " << error.message() << "\n";
            return false;
        }
    }
    return true;
}

// GIT_BRAG_COMMIT_MODEL names a model file to use instead of the built-in one (to try a
// retrained model without rebuilding). A file that cannot be read as one is a usage error.
bool load_commit_model(const Console& console) {
    const char* path = std::getenv("GIT_BRAG_COMMIT_MODEL");
    if (path == nullptr || *path == '\0')
        return true;
    try {
        use_commit_model(std::make_shared<const CommitModel>(load_commit_model_file(path)));
    } catch (const CommitModelError& error) {
        console.err << console.prefix.error << "GIT_BRAG_COMMIT_MODEL=" << error.what() << "\n";
        return false;
    }
    return true;
}

// The configuration and --reviews files. A bad one is the user's to fix: a usage error.
bool read_inputs(RunPlan& plan, const Console& console) {
    try {
        read_plan_inputs(plan);
    } catch (const std::exception& error) {
        console.err << console.prefix.error << error.what() << "\n";
        return false;
    }
    return true;
}

// What the evidence is built from, before the repositories are read. The reviews move into it.
Facts facts_before_mining(RunPlan& plan) {
    Facts facts;
    facts.window = plan.window;
    facts.lines_for_everyone = plan.mining.team;
    facts.external_reviews = std::move(plan.reviews);
    return facts;
}

bool resolve_identity(const RunPlan& plan, Facts& facts, const Console& console) {
    if (plan.authors.empty()) {
        console.err << console.prefix.error
                    << "no identity: pass --author or set git config user.email "
                       "(see git brag --help)\n";
        return false;
    }
    for (const auto& author : plan.authors)
        facts.subject.add(author);
    return true;
}

// Paths that could not be searched are reported, and listed in the document as skipped.
Discovery discover(const RunPlan& plan, Facts& facts, const Console& console) {
    auto discovery = discover_repositories(plan.paths);
    for (const auto& problem : discovery.problems) {
        console.err << console.prefix.warning << problem.path << ": " << problem.reason << "\n";
        facts.repositories.push_back(skipped_repository(problem.path, problem.reason));
    }
    return discovery;
}

// Reports what mining one repository found wrong, and widens the subject with the aliases it
// found. Returns whether the repository could be read.
bool report_mined(Repository& repository, Facts& facts, const Console& console) {
    const auto& warning = console.prefix.warning;
    if (repository.skipped) {
        // The reason is printed after the path; libgit2's errors start with it too.
        if (repository.skipped->starts_with(repository.path + ": "))
            repository.skipped->erase(0, repository.path.size() + 2);
        console.err << warning << "skipped " << repository.path << ": " << *repository.skipped
                    << "\n";
        if (repository.name.empty())
            repository.name = repository_name_of(repository.path);
        return false;
    }
    for (const auto& message : repository.warnings)
        console.err << warning << repository.path << ": " << message << "\n";
    for (const auto& notice : repository.notices)
        console.err << warning << repository.path << ": " << notice << "\n";
    for (const auto& name : repository.subject.names())
        facts.subject.add_name(name);
    for (const auto& email : repository.subject.emails())
        facts.subject.add_email(email);
    return true;
}

// False, reported, when no repository could be read.
bool mine(const RunPlan& plan, Discovery& discovery, Facts& facts, const Console& console) {
    Progress progress(!plan.quiet && Progress::stderr_is_terminal(), discovery.repositories.size());
    auto mined = mine_repositories(discovery.repositories, facts.subject, plan.mining, &progress);
    progress.finish();
    std::size_t read = 0;
    for (auto& repository : mined) {
        if (report_mined(repository, facts, console))
            ++read;
        facts.repositories.push_back(std::move(repository));
    }
    if (read == 0) {
        console.err << console.prefix.error << "no repository could be read\n";
        return false;
    }
    std::sort(facts.repositories.begin(), facts.repositories.end(),
              [](const Repository& a, const Repository& b) { return a.path < b.path; });
    return true;
}

// --redact-keep names a repository the user wants shown; a typo would silently redact it.
void warn_about_unknown_kept_names(const RunPlan& plan, const Facts& facts,
                                   const Console& console) {
    for (const auto& name : plan.report.redact_keep) {
        const bool found = std::any_of(facts.repositories.begin(), facts.repositories.end(),
                                       [&](const Repository& r) { return r.name == name; });
        if (!found)
            console.err << console.prefix.warning << "--redact-keep " << name
                        << ": no repository of that name\n";
    }
}

// A subject matching no commit in the window is most often a mistyped --author: say so, and
// name the authors most like it (as git suggests the command you meant).
void warn_about_unmatched_subject(const RunPlan& plan, const Facts& facts, const Console& console) {
    const auto unmatched = find_unmatched_subject(facts, plan.authors);
    if (!unmatched)
        return;
    const auto& warning = console.prefix.warning;
    std::string asked;
    for (const auto& author : plan.authors)
        asked += (asked.empty() ? "" : ", ") + author;
    if (unmatched->outside_window > 0) {
        console.err << warning << "no commit by " << asked << " inside the window ("
                    << unmatched->outside_window << " outside it)\n";
        return;
    }
    console.err << warning << "no commit by " << asked << " in the repositories read";
    if (unmatched->closest.empty()) {
        console.err << "\n";
        return;
    }
    console.err << "; the most similar authors:\n";
    for (const auto& person : unmatched->closest)
        console.err << warning << "    " << person.name << " <" << person.email << ">\n";
}

// The evidence of the window and, with --compare, how it differs from the other window's.
Evidence build_all_evidence(const RunPlan& plan, Facts& facts) {
    const Config& config = plan.settings.config;
    Evidence evidence = build_evidence(facts, config);
    if (plan.compare) {
        facts.window = *plan.compare;
        const Evidence then = build_evidence(facts, config);
        facts.window = plan.window;
        evidence.comparison = compare_windows(evidence, then, plan.compare_label);
    }
    return evidence;
}

// The document, and its chart when it goes to a file.
RunResult render(const RunPlan& plan, const Evidence& evidence) {
    RunResult result;
    if (plan.format == OutputFormat::json)
        result.document = render_json(evidence, plan.report);
    else if (plan.format == OutputFormat::html)
        result.document = render_html(evidence, plan.report, plan.settings);
    else
        result.document = render_markdown(evidence, plan.report, plan.settings);
    if (plan.output && plan.chart)
        result.chart =
            render_quarter_chart(evidence.summary, "Commits over time: " + evidence.display_name);
    return result;
}

// To standard output, or atomically to the file with the chart beside it. Returns the exit
// status.
int write_document(const RunPlan& plan, const RunResult& result, const Console& console) {
    if (!plan.output) {
        console.out << result.document;
        console.out.flush();
        return exit_success;
    }
    try {
        // The chart first: a document is never left pointing at a chart not yet written.
        if (plan.chart && result.chart)
            write_file_atomically(*plan.chart, *result.chart);
        write_file_atomically(*plan.output, result.document);
    } catch (const std::exception& error) {
        console.err << console.prefix.error << error.what() << "\n";
        return exit_runtime_error;
    }
    return exit_success;
}

// Whether the run's result may be kept: it said nothing about the cache itself, which a later
// run would repeat where it no longer holds.
bool keepable(const Facts& facts) {
    return std::none_of(facts.repositories.begin(), facts.repositories.end(),
                        [](const Repository& r) { return !r.notices.empty(); });
}

} // namespace

int run(int argc, const char* const argv[], std::ostream& out, std::ostream& err,
        bool stderr_is_terminal) {
    git::Library library;
    CapturingBuffer messages(err);
    std::ostream captured_err(&messages);
    Console console{out, captured_err, colour_settings(stderr_is_terminal)};
    RunStart start{argc, argv, std::filesystem::current_path().string(), {}, false};
    auto plan = parse_plan(argc, argv, console, start);
    if (!plan)
        return exit_usage_error;
    if (answer_early(*plan, out))
        return exit_success;
    warn_about_unknown_git_config_keys(*plan, console);
    if (!enter_directories(*plan, console))
        return exit_usage_error;
    install_interrupt_cleanup();
    if (!read_inputs(*plan, console))
        return exit_usage_error;
    if (!load_commit_model(console))
        return exit_usage_error;
    Facts facts = facts_before_mining(*plan);
    if (!resolve_identity(*plan, facts, console))
        return exit_usage_error;
    auto discovery = discover(*plan, facts, console);
    PhaseTimer timer("run");
    // An earlier run with everything the result depends on equal: its result, at once.
    start.colour = use_colour(console.colour);
    const auto key = result_key(*plan, discovery, start);
    if (key) {
        auto kept = find_result(*key);
        timer.lap("result lookup");
        if (kept) {
            console.err << kept->messages;
            return write_document(*plan, *kept, console);
        }
    }
    messages.start();
    if (!mine(*plan, discovery, facts, console))
        return exit_runtime_error;
    timer.lap("mining");
    warn_about_unknown_kept_names(*plan, facts, console);
    warn_about_unmatched_subject(*plan, facts, console);
    const Evidence evidence = build_all_evidence(*plan, facts);
    timer.lap("evidence");
    const bool keep = key && keepable(facts);
    // The document is rendered from the evidence alone: the history's memory goes first (a JSON
    // document of a long history is large while it is built).
    facts = Facts{};
    auto result = render(*plan, evidence);
    const int status = write_document(*plan, result, console);
    if (status == exit_success && keep) {
        console.err.flush();
        result.messages = messages.captured();
        std::vector<std::string> notices;
        keep_result(*key, result, notices);
        for (const auto& notice : notices)
            console.err << console.prefix.warning << notice << "\n";
    }
    return status;
}

} // namespace brag
