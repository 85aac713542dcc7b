#include "remote_url.hpp"

namespace brag {

std::string strip_url_credentials(std::string_view url) {
    const auto scheme_end = url.find("://");
    if (scheme_end == std::string_view::npos)
        return std::string(url);
    const auto authority_start = scheme_end + 3;
    auto authority_end = url.find_first_of("/?#", authority_start);
    if (authority_end == std::string_view::npos)
        authority_end = url.size();
    const auto at = url.rfind('@', authority_end - 1);
    if (at == std::string_view::npos || at < authority_start)
        return std::string(url);
    const auto userinfo = url.substr(authority_start, at - authority_start);
    const auto scheme = url.substr(0, scheme_end);
    // ssh://git@host keeps its user name; anything with a password, or any user on http(s),
    // is dropped.
    const bool keep =
        userinfo.find(':') == std::string_view::npos && !(scheme == "http" || scheme == "https");
    if (keep)
        return std::string(url);
    return std::string(url.substr(0, authority_start)) + std::string(url.substr(at + 1));
}

} // namespace brag
