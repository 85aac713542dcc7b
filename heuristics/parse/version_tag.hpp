// Release tags by their names: a version (numbers with '.' or '_' between them, "1.2",
// "7_55_0") after an optional product prefix ("v", "curl-", "release-", "name_", "app/v"),
// and whether it is a pre-release ("-rc1", "-beta.2", "1.0rc1", "rc-8_22_0-1", "-pre3").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace brag {

struct VersionTag {
    std::string series; // the product the prefix names: "" for "v1.2", "curl" for "curl-7_55_0"
    std::vector<long> numbers; // 1.2.0 and 1.2 are one version: trailing zeros after two dropped
    bool prerelease = false;
};

// The version a tag name holds, or nothing ("stable", "v1", "2.x", "nightly-2025-11-01").
std::optional<VersionTag> parse_version_tag(std::string_view name);

} // namespace brag
