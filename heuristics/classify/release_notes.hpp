// Release notes and changelogs: lines about what shipped, mostly other people's work. A commit
// that changes only these is upkeep of the record, not the author's own migration or
// performance work, whatever its words say.
#pragma once

#include <string_view>

#include "model/facts.hpp"

namespace brag {

// A file of release notes or a changelog ("CHANGELOG.md", "NEWS", "HISTORY.rst",
// "Documentation/RelNotes/2.50.0.adoc", "changes/8123.feature", "changelog.d/1.fix.md",
// "docs/releases/v2.md", "release-notes/v2.md", ".changeset/brave-owls.md").
bool is_release_notes(std::string_view path);

// A folder (with or without its trailing '/') that holds release notes ("RELEASE-NOTES",
// "docs/releases", "changelog.d", "Documentation/RelNotes"): a record of what shipped, not a
// module of code anybody owns.
bool is_release_notes_folder(std::string_view folder);

// True when every path the commit changed is release notes (and it changed one at least).
bool changes_only_release_notes(const Commit& commit);

} // namespace brag
