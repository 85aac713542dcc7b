#include "command.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace brag::test {
namespace {

std::string read_fd_into(int fd, std::string& into) {
    char buffer[65536];
    const auto n = ::read(fd, buffer, sizeof buffer);
    if (n > 0)
        into.append(buffer, static_cast<std::size_t>(n));
    return n > 0 ? "more" : "";
}

} // namespace

CommandResult run_command(const std::vector<std::string>& arguments, const std::string& directory,
                          const std::map<std::string, std::string>& environment) {
    int out_pipe[2];
    int err_pipe[2];
    if (::pipe(out_pipe) != 0 || ::pipe(err_pipe) != 0)
        throw std::runtime_error("pipe failed");

    // The child's environment: ours, with the given variables set over it.
    std::map<std::string, std::string> merged;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        const std::string text(*entry);
        const auto equals = text.find('=');
        if (equals != std::string::npos)
            merged[text.substr(0, equals)] = text.substr(equals + 1);
    }
    for (const auto& [key, value] : environment)
        merged[key] = value;
    std::vector<std::string> env_strings;
    for (const auto& [key, value] : merged)
        env_strings.push_back(key + "=" + value);
    std::vector<char*> env_pointers;
    for (auto& text : env_strings)
        env_pointers.push_back(text.data());
    env_pointers.push_back(nullptr);

    std::vector<std::string> argument_copies(arguments);
    std::vector<char*> argv;
    for (auto& text : argument_copies)
        argv.push_back(text.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addchdir_np(&actions, directory.c_str());
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
    posix_spawn_file_actions_addclose(&actions, out_pipe[0]);
    posix_spawn_file_actions_addclose(&actions, err_pipe[0]);
    pid_t pid = 0;
    const int spawned =
        ::posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), env_pointers.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(out_pipe[1]);
    ::close(err_pipe[1]);
    if (spawned != 0) {
        ::close(out_pipe[0]);
        ::close(err_pipe[0]);
        throw std::runtime_error("cannot run " + arguments.front() + ": " + std::strerror(spawned));
    }

    CommandResult result;
    pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
    int open_fds = 2;
    while (open_fds > 0) {
        if (::poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) == 0)
                continue;
            if (read_fd_into(fds[i].fd, i == 0 ? result.out : result.err).empty()) {
                ::close(fds[i].fd);
                fds[i].fd = -1;
                --open_fds;
            }
        }
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

std::string run_checked(const std::vector<std::string>& arguments, const std::string& directory,
                        const std::map<std::string, std::string>& environment) {
    auto result = run_command(arguments, directory, environment);
    if (result.status != 0) {
        std::string command;
        for (const auto& argument : arguments)
            command += (command.empty() ? "" : " ") + argument;
        throw std::runtime_error(command + " exited with " + std::to_string(result.status) + ": " +
                                 result.err);
    }
    return result.out;
}

} // namespace brag::test
