// Remote URLs as the report may show them.
#pragma once

#include <string>
#include <string_view>

namespace brag {

// Removes credentials from a URL ("https://user:token@host/x" -> "https://host/x"); a token in
// a remote URL must never reach a brag document. scp-like URLs ("git@host:x") keep their user,
// which names the protocol account, not a secret.
std::string strip_url_credentials(std::string_view url);

} // namespace brag
