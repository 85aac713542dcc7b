#include "manual_page.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace brag {
namespace {

// `man -w git-brag` succeeds only when the page is installed where man looks (MANPATH or the
// folders beside PATH's bin folders); its output is not wanted.
bool manual_page_installed() {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    char man[] = "man";
    char where[] = "-w";
    char page[] = "git-brag";
    char* arguments[] = {man, where, page, nullptr};
    pid_t child = 0;
    const int spawned = posix_spawnp(&child, "man", &actions, nullptr, arguments, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return false;
    int status = 0;
    while (waitpid(child, &status, 0) < 0)
        ;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

void open_manual_page() {
    if (!manual_page_installed())
        return;
    execlp("man", "man", "git-brag", static_cast<char*>(nullptr));
    // execlp returns only on failure: the caller falls back to the built-in help.
}

} // namespace brag
