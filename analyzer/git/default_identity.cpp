#include "default_identity.hpp"

#include "git_handles.hpp"

namespace brag {
namespace {

void add_value(git_config* config, const char* key, std::vector<std::string>& out) {
    git::Buffer value;
    if (git_config_get_string_buf(value.get(), config, key) == 0 && !value.str().empty())
        out.push_back(value.str());
}

} // namespace

std::vector<std::string> default_identity(git_config* config) {
    std::vector<std::string> identity;
    add_value(config, "user.email", identity);
    add_value(config, "user.name", identity);
    return identity;
}

} // namespace brag
