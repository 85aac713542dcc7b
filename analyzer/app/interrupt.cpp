#include "interrupt.hpp"

#include <csignal>

#include "atomic_file.hpp"

namespace brag {
namespace {

extern "C" void clean_up_and_die(int signal_number) {
    remove_temporary_file_in_progress();
    // SA_RESETHAND restored the default action; the signal, blocked while this handler runs,
    // is delivered again when it returns and ends the process with its usual status.
    std::raise(signal_number);
}

} // namespace

void install_interrupt_cleanup() {
    struct sigaction action {};
    action.sa_handler = clean_up_and_die;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    for (const int signal_number : {SIGINT, SIGTERM, SIGHUP})
        sigaction(signal_number, &action, nullptr);
}

} // namespace brag
