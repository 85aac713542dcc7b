// `git-brag --help` does what `git brag --help` does through git: it opens the manual page.
#pragma once

namespace brag {

// Replaces the process with `man git-brag` when man knows the page; returns when it does not
// (no man, or the page is not installed), so that the caller can print the built-in help.
void open_manual_page();

} // namespace brag
