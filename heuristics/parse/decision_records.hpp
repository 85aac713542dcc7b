// Decision records that are not design documents: the standing rules a project decides and
// revises (coding guidelines, breaking-change notes, security and support policies,
// governance), recognised by their file names: "CodingGuidelines", "BREAKING-CHANGES.md",
// "SECURITY.md", "docs/policies/x.md".
#pragma once

#include <optional>
#include <string_view>

namespace brag {

// The kind of decision record `path` names ("coding guidelines", "security policy", ...), if
// it names one; whatever the file's extension, or none.
std::optional<std::string_view> decision_record_kind(std::string_view path);

} // namespace brag
