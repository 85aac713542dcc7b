// A configuration file may be anything a user (or a repository's .git-brag.toml) holds: the TOML
// reader and every key's checks. Bad files must end in ConfigError, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "model/config_settings.hpp"
#include "parse/config_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    brag::Config config;
    try {
        brag::apply_config(config, text, "fuzz.toml");
    } catch (const brag::ConfigError&) {
        return 0;
    }
    (void)brag::config_settings(config);
    return 0;
}
