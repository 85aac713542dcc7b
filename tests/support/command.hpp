// Running a real program (git, git-brag) from a test and capturing what it prints.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace brag::test {

struct CommandResult {
    int status = -1; // the exit status; 128 + signal number when killed by a signal
    std::string out;
    std::string err;
};

// Runs `arguments` (no shell) in `directory`, with `environment` added to the current one.
CommandResult run_command(const std::vector<std::string>& arguments, const std::string& directory,
                          const std::map<std::string, std::string>& environment = {});

// Like run_command, but throws std::runtime_error with the command and its stderr unless it
// exits with status 0. Returns its standard output.
std::string run_checked(const std::vector<std::string>& arguments, const std::string& directory,
                        const std::map<std::string, std::string>& environment = {});

} // namespace brag::test
