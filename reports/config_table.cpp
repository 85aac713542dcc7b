#include "config_table.hpp"

#include <cstdint>

#include <fmt/format.h>

#include "model/config_settings.hpp"

namespace brag {

std::vector<std::pair<std::string, std::string>> config_entries(const Config& config) {
    std::vector<std::pair<std::string, std::string>> entries;
    for (const auto& setting : config_settings(config)) {
        // The classifier's numbers are shown where they differ from the built-in ones: the
        // defaults are the documented behaviour (docs/heuristics.md), and a reader needs to know
        // only when the modes were decided otherwise.
        if (setting.classifier && !setting.changed)
            continue;
        // fmt's shortest round-trip form: "3", "0.5", never a locale's decimal comma.
        entries.emplace_back(setting.name,
                             setting.integer
                                 ? fmt::format("{}", static_cast<std::int64_t>(setting.value))
                                 : fmt::format("{}", setting.value));
    }
    return entries;
}

} // namespace brag
