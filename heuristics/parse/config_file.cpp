#include "config_file.hpp"

#include <algorithm>
#include <toml++/toml.h>
#include <variant>

#include <fmt/format.h>

#include "model/config_settings.hpp"

namespace brag {
namespace {

struct AreaName {
    std::string_view name;
    PathArea area;
};
constexpr AreaName area_names[] = {
    {"design_doc", PathArea::design_doc},
    {"docs", PathArea::docs},
    {"test_infra", PathArea::test_infra},
    {"test", PathArea::test},
    {"ci", PathArea::ci},
    {"deploy", PathArea::deploy},
    {"build", PathArea::build},
    {"lockfile", PathArea::lockfile},
    {"dependency_manifest", PathArea::dependency_manifest},
    {"observability", PathArea::observability},
    {"security", PathArea::security},
    {"tooling", PathArea::tooling},
    {"source", PathArea::source},
};

struct KindName {
    std::string_view name;
    PatternKind kind;
};
constexpr KindName pattern_kinds[] = {
    {"directory", PatternKind::directory},
    {"prefix", PatternKind::prefix},
    {"name", PatternKind::name},
    {"name_prefix", PatternKind::name_prefix},
    {"name_contains", PatternKind::name_contains},
    {"extension", PatternKind::extension},
};

std::int64_t line_of(const toml::node& node) {
    return static_cast<std::int64_t>(node.source().begin.line);
}

double number_of(const toml::node& node, const std::string& source, const std::string& key) {
    if (const auto value = node.value<double>();
        value && (node.is_floating_point() || node.is_integer()))
        return *value;
    throw ConfigError(source, line_of(node), fmt::format("{} must be a number", key));
}

void apply_settings(const toml::table& table, const std::vector<Setting>& settings, Config& config,
                    const std::string& source, std::string_view section) {
    for (const auto& [key, node] : table) {
        const auto name = std::string(key.str());
        const auto setting = std::find_if(settings.begin(), settings.end(),
                                          [&](const Setting& s) { return s.name == name; });
        const auto full = fmt::format("{}.{}", section, name);
        if (setting == settings.end())
            throw ConfigError(source, line_of(node), fmt::format("unknown setting {}", full));
        const double value = number_of(node, source, full);
        if (value < 0)
            throw ConfigError(source, line_of(node), fmt::format("{} must not be negative", full));
        set_value(*setting, config, value);
    }
}

std::string text_field(const toml::table& table, std::string_view key, const std::string& source,
                       std::int64_t line, std::string_view what) {
    const auto* node = table.get(key);
    if (node == nullptr)
        throw ConfigError(source, line, fmt::format("{} needs {}", what, key));
    const auto value = node->value<std::string>();
    if (!value || value->empty())
        throw ConfigError(source, line_of(*node),
                          fmt::format("{}.{} must be a non-empty string", what, key));
    return *value;
}

void apply_paths(const toml::array& rows, Config& config, const std::string& source) {
    std::vector<PathPattern> added;
    for (const auto& row : rows) {
        const auto* table = row.as_table();
        if (table == nullptr)
            throw ConfigError(source, line_of(row), "each [[path]] must be a table");
        const auto line = line_of(row);
        const auto area_name = text_field(*table, "area", source, line, "[[path]]");
        const auto area = std::find_if(std::begin(area_names), std::end(area_names),
                                       [&](const AreaName& a) { return a.name == area_name; });
        if (area == std::end(area_names))
            throw ConfigError(source, line, fmt::format("unknown path area '{}'", area_name));
        std::optional<PathPattern> pattern;
        for (const auto& [key, node] : *table) {
            if (key.str() == "area")
                continue;
            // A copy of the name: clang 14 cannot capture a structured binding (the fuzz build).
            const std::string_view key_name = key.str();
            const auto kind = std::find_if(std::begin(pattern_kinds), std::end(pattern_kinds),
                                           [&](const KindName& k) { return k.name == key_name; });
            if (kind == std::end(pattern_kinds))
                throw ConfigError(source, line_of(node),
                                  fmt::format("unknown [[path]] key '{}'", key.str()));
            if (pattern)
                throw ConfigError(source, line_of(node), "a [[path]] takes exactly one pattern");
            pattern =
                PathPattern{area->area, kind->kind,
                            ascii_lower(text_field(*table, key.str(), source, line, "[[path]]"))};
        }
        if (!pattern)
            throw ConfigError(source, line,
                              "a [[path]] needs a pattern (directory, prefix, name, ...)");
        added.push_back(std::move(*pattern));
    }
    config.path_patterns.insert(config.path_patterns.begin(), added.begin(), added.end());
}

void apply_keywords(const toml::array& rows, Config& config, const std::string& source) {
    std::vector<KeywordSignal> added;
    for (const auto& row : rows) {
        const auto* table = row.as_table();
        if (table == nullptr)
            throw ConfigError(source, line_of(row), "each [[keyword]] must be a table");
        const auto line = line_of(row);
        for (const auto& [key, node] : *table)
            if (key.str() != "category" && key.str() != "keyword" && key.str() != "weight")
                throw ConfigError(source, line_of(node),
                                  fmt::format("unknown [[keyword]] key '{}'", key.str()));
        const auto category_name = text_field(*table, "category", source, line, "[[keyword]]");
        const auto category =
            std::find_if(std::begin(all_categories), std::end(all_categories),
                         [&](Category c) { return to_string(c) == category_name; });
        if (category == std::end(all_categories))
            throw ConfigError(source, line, fmt::format("unknown category '{}'", category_name));
        KeywordSignal signal{
            *category, ascii_lower(text_field(*table, "keyword", source, line, "[[keyword]]"))};
        if (const auto* weight = table->get("weight"))
            signal.weight = number_of(*weight, source, "[[keyword]].weight");
        added.push_back(std::move(signal));
    }
    // First in the table, in the file's order: the user's words are looked at before the
    // built-in ones.
    config.keywords.insert(config.keywords.begin(), added.begin(), added.end());
}

} // namespace

ConfigError::ConfigError(const std::string& source, std::int64_t line, const std::string& reason)
    : std::runtime_error(fmt::format("{}:{}: {}", source, line, reason)), source_(source),
      line_(line) {}

void apply_config(Config& config, std::string_view toml_text, const std::string& source) {
    toml::table root;
    try {
        root = toml::parse(toml_text, source);
    } catch (const toml::parse_error& error) {
        throw ConfigError(source, static_cast<std::int64_t>(error.source().begin.line),
                          std::string(error.description()));
    }
    Config updated = config; // all or nothing: a bad file changes nothing
    for (const auto& [key, node] : root) {
        const auto name = key.str();
        if (name == "weights" || name == "thresholds" || name == "scores") {
            const auto* table = node.as_table();
            if (table == nullptr)
                throw ConfigError(source, line_of(node), fmt::format("[{}] must be a table", name));
            const auto& settings = name == "weights"      ? weight_settings()
                                   : name == "thresholds" ? threshold_settings()
                                                          : score_settings();
            apply_settings(*table, settings, updated, source, name);
        } else if (name == "path" || name == "keyword") {
            const auto* rows = node.as_array();
            if (rows == nullptr)
                throw ConfigError(source, line_of(node), fmt::format("use [[{}]] tables", name));
            if (name == "path")
                apply_paths(*rows, updated, source);
            else
                apply_keywords(*rows, updated, source);
        } else {
            throw ConfigError(source, line_of(node), fmt::format("unknown section '{}'", name));
        }
    }
    config = std::move(updated);
}

std::string default_config_toml() {
    const Config defaults;
    std::string out =
        "# git-brag configuration: the built-in defaults (git brag --print-config).\n"
        "# Put what you change in ~/.config/git-brag/config.toml, in .git-brag.toml at\n"
        "# a repository's root, or in a file given with --config.\n\n[weights]\n";
    const auto print = [&](const std::vector<Setting>& settings) {
        for (const auto& setting : settings) {
            const double value = value_of(setting, defaults);
            if (is_count(setting))
                out += fmt::format("{} = {}", setting.name, static_cast<std::int64_t>(value));
            else
                out += fmt::format("{} = {:.2f}", setting.name, value);
            out += fmt::format("  # {}\n", setting.help);
        }
    };
    print(weight_settings());
    out += "\n[thresholds]\n";
    print(threshold_settings());
    out +=
        "\n# The commit classifier: each category's base score, then what a change's shape adds\n"
        "# or takes away. A commit counts as expertise from thresholds.expertise_score.\n"
        "[scores]\n";
    print(score_settings());
    out +=
        "\n# Path patterns, tried before the built-in table (the first match decides). Areas:\n#";
    for (const auto& area : area_names)
        out += fmt::format(" {}", area.name);
    out += "\n# Pattern keys: directory, prefix, name, name_prefix, name_contains, extension.\n"
           "# [[path]]\n# area = \"design_doc\"\n# directory = \"architecture-decisions\"\n"
           "\n# Keywords of commit subjects, matched at word starts. Categories:\n#";
    for (const auto category : all_categories)
        out += fmt::format(" {}", to_string(category));
    out += "\n# [[keyword]]\n# category = \"perf\"\n# keyword = \"vectorize\"\n# weight = 1.0\n";
    return out;
}

} // namespace brag
