#include "config_table.hpp"

#include <cstdint>

#include <fmt/format.h>

#include "model/config_settings.hpp"

namespace brag {

std::vector<std::pair<std::string, std::string>> config_entries(const Config& config) {
    std::vector<std::pair<std::string, std::string>> entries;
    for (const auto& setting : config_settings(config)) {
        // fmt's shortest round-trip form: "3", "0.5", never a locale's decimal comma.
        entries.emplace_back(setting.name,
                             setting.integer
                                 ? fmt::format("{}", static_cast<std::int64_t>(setting.value))
                                 : fmt::format("{}", setting.value));
    }
    return entries;
}

} // namespace brag
