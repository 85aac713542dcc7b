// Interrupting a run (Ctrl-C, SIGTERM from CI or a supervisor) leaves no partial output and no
// temporary file: output files are written atomically, and the handler removes the temporary
// file of a write in progress before the signal ends the process as it would have anyway.
#pragma once

namespace brag {

// Installs the handler for SIGINT, SIGTERM and SIGHUP. The process still dies of the signal
// (exit status 128 + its number in a shell), after the cleanup.
void install_interrupt_cleanup();

} // namespace brag
