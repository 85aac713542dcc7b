#include "git_handles.hpp"

namespace brag::git {

std::string last_error_message() {
    const git_error* error = git_error_last();
    if (error == nullptr || error->message == nullptr || error->message[0] == '\0')
        return "unknown libgit2 error";
    std::string message = error->message;
    while (!message.empty() && (message.back() == '\n' || message.back() == '.'))
        message.pop_back();
    return message;
}

} // namespace brag::git
