#include "forge_links.hpp"

#include <algorithm>
#include <vector>

#include "model/text.hpp"

namespace brag {
namespace {

bool is_unreserved(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

// Remotes may carry percent escapes ("My%20Project" on Azure DevOps); they are decoded so that
// encoding again does not escape the escapes. A '%' not followed by two hex digits stays.
std::string percent_decode(std::string_view text) {
    std::string decoded;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hex_digit_value(text[i + 1]) >= 0 &&
            hex_digit_value(text[i + 2]) >= 0) {
            decoded +=
                static_cast<char>(hex_digit_value(text[i + 1]) * 16 + hex_digit_value(text[i + 2]));
            i += 2;
        } else {
            decoded += text[i];
        }
    }
    return decoded;
}

std::string lower(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(), [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
    return result;
}

bool is_host_name(std::string_view host) {
    return !host.empty() && std::all_of(host.begin(), host.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    });
}

bool is_port(std::string_view port) {
    return !port.empty() && port.size() <= 5 &&
           std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

// A remote URL taken apart: where the web pages live and the repository's path there.
struct Remote {
    std::string web_origin;        // "https://host" or "https://host:port"
    std::string host;              // lower case, without port
    std::vector<std::string> path; // decoded segments, ".git" removed from the last
};

std::optional<std::vector<std::string>> path_segments(std::string_view path) {
    while (!path.empty() && path.front() == '/')
        path.remove_prefix(1);
    while (!path.empty() && path.back() == '/')
        path.remove_suffix(1);
    if (path.ends_with(".git"))
        path.remove_suffix(4);
    std::vector<std::string> segments;
    while (!path.empty()) {
        const auto slash = path.find('/');
        const auto segment = percent_decode(path.substr(0, slash));
        if (segment.empty() || segment == "." || segment == "..")
            return std::nullopt;
        segments.push_back(segment);
        if (slash == std::string_view::npos)
            break;
        path.remove_prefix(slash + 1);
    }
    if (segments.empty())
        return std::nullopt;
    return segments;
}

std::optional<Remote> parse_remote(std::string_view url) {
    while (!url.empty() && (url.front() == ' ' || url.front() == '\t'))
        url.remove_prefix(1);
    while (!url.empty() && (url.back() == ' ' || url.back() == '\t' || url.back() == '\n'))
        url.remove_suffix(1);

    std::string scheme;
    std::string_view authority;
    std::string_view path;
    const auto scheme_end = url.find("://");
    if (scheme_end != std::string_view::npos) {
        scheme = lower(url.substr(0, scheme_end));
        const auto rest = url.substr(scheme_end + 3);
        const auto slash = rest.find('/');
        if (slash == std::string_view::npos)
            return std::nullopt;
        authority = rest.substr(0, slash);
        path = rest.substr(slash);
        if (!(scheme == "https" || scheme == "http" || scheme == "ssh" || scheme == "git" ||
              scheme == "git+ssh" || scheme == "ssh+git"))
            return std::nullopt;
    } else {
        // scp-like syntax: [user@]host:path, where no '/' comes before the ':'.
        const auto colon = url.find(':');
        if (colon == std::string_view::npos || colon == 0 ||
            url.substr(0, colon).find('/') != std::string_view::npos)
            return std::nullopt;
        scheme = "ssh";
        authority = url.substr(0, colon);
        path = url.substr(colon + 1);
    }

    const auto at = authority.rfind('@');
    if (at != std::string_view::npos)
        authority.remove_prefix(at + 1);
    std::string_view port;
    const auto colon = authority.find(':');
    if (colon != std::string_view::npos) {
        port = authority.substr(colon + 1);
        authority = authority.substr(0, colon);
        if (!is_port(port))
            return std::nullopt;
    }
    Remote remote;
    remote.host = lower(authority);
    if (!is_host_name(remote.host))
        return std::nullopt;
    // The web pages are on the standard HTTPS port unless an HTTP(S) remote names another one;
    // an SSH port says nothing about the web server.
    const bool web_scheme = scheme == "https" || scheme == "http";
    remote.web_origin = (scheme == "http" ? "http://" : "https://") + remote.host;
    if (web_scheme && !port.empty())
        remote.web_origin += ":" + std::string(port);
    auto segments = path_segments(path);
    if (!segments)
        return std::nullopt;
    remote.path = std::move(*segments);
    return remote;
}

std::string joined_path(const std::vector<std::string>& segments, std::size_t from,
                        std::size_t to) {
    std::string path;
    for (std::size_t i = from; i < to; ++i)
        path += "/" + percent_encode(segments[i], false);
    return path;
}

// Azure DevOps: web pages at https://dev.azure.com/ORG/PROJECT/_git/REPO, whichever of its
// remote forms was cloned.
std::optional<ForgeRepository> azure_repository(const Remote& remote) {
    const auto& path = remote.path;
    std::string organization;
    std::vector<std::string> rest; // PROJECT/_git/REPO, or _git/REPO when they share a name
    if (remote.host == "ssh.dev.azure.com" || remote.host == "vs-ssh.visualstudio.com") {
        // v3/ORG/PROJECT/REPO
        if (path.size() != 4 || path[0] != "v3")
            return std::nullopt;
        organization = path[1];
        rest = {path[2], "_git", path[3]};
    } else if (remote.host == "dev.azure.com") {
        if (path.size() < 3)
            return std::nullopt;
        organization = path[0];
        rest.assign(path.begin() + 1, path.end());
    } else { // ORG.visualstudio.com[/DefaultCollection]/PROJECT/_git/REPO
        organization = remote.host.substr(0, remote.host.find('.'));
        rest = path;
        if (!rest.empty() && lower(rest.front()) == "defaultcollection")
            rest.erase(rest.begin());
    }
    const bool project_and_repo = rest.size() == 3 && rest[1] == "_git";
    const bool repo_only = rest.size() == 2 && rest[0] == "_git";
    if (organization.empty() || !(project_and_repo || repo_only))
        return std::nullopt;
    std::vector<std::string> segments{organization};
    segments.insert(segments.end(), rest.begin(), rest.end());
    return ForgeRepository{Forge::azure_devops,
                           "https://dev.azure.com" + joined_path(segments, 0, segments.size())};
}

std::optional<ForgeRepository> repository_on(Forge forge, const std::string& web_origin,
                                             const std::vector<std::string>& path,
                                             bool nested_groups) {
    if (path.size() < 2 || (!nested_groups && path.size() != 2))
        return std::nullopt;
    return ForgeRepository{forge, web_origin + joined_path(path, 0, path.size())};
}

} // namespace

std::string percent_encode(std::string_view text, bool keep_slashes) {
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string encoded;
    for (const char c : text) {
        if (is_unreserved(c) || (keep_slashes && c == '/')) {
            encoded += c;
        } else {
            const auto byte = static_cast<unsigned char>(c);
            encoded += '%';
            encoded += digits[byte >> 4];
            encoded += digits[byte & 0xF];
        }
    }
    return encoded;
}

std::optional<ForgeRepository> forge_repository(std::string_view remote_url) {
    const auto remote = parse_remote(remote_url);
    if (!remote)
        return std::nullopt;
    const auto& host = remote->host;
    if (host == "github.com" || host == "www.github.com" || host == "ssh.github.com")
        return repository_on(Forge::github, "https://github.com", remote->path, false);
    if (host.starts_with("github."))
        return repository_on(Forge::github, remote->web_origin, remote->path, false);
    if (host == "gitlab.com" || host == "altssh.gitlab.com")
        return repository_on(Forge::gitlab, "https://gitlab.com", remote->path, true);
    if (contains(host, "gitlab"))
        return repository_on(Forge::gitlab, remote->web_origin, remote->path, true);
    if (host == "bitbucket.org" || host == "altssh.bitbucket.org")
        return repository_on(Forge::bitbucket, "https://bitbucket.org", remote->path, false);
    if (host == "codeberg.org")
        return repository_on(Forge::gitea, "https://codeberg.org", remote->path, false);
    if (contains(host, "gitea") || contains(host, "forgejo"))
        return repository_on(Forge::gitea, remote->web_origin, remote->path, false);
    if (host == "dev.azure.com" || host == "ssh.dev.azure.com" ||
        host.ends_with(".visualstudio.com"))
        return azure_repository(*remote);
    return std::nullopt;
}

std::string commit_url(const ForgeRepository& repository, std::string_view oid) {
    const auto id = percent_encode(oid, false);
    switch (repository.forge) {
    case Forge::gitlab:
        return repository.home + "/-/commit/" + id;
    case Forge::bitbucket:
        return repository.home + "/commits/" + id;
    case Forge::github:
    case Forge::gitea:
    case Forge::azure_devops:
        break;
    }
    return repository.home + "/commit/" + id;
}

std::string tag_url(const ForgeRepository& repository, std::string_view tag) {
    // A tag name may hold '/': it is one segment of the URL, so it is encoded whole.
    const auto name = percent_encode(tag, false);
    switch (repository.forge) {
    case Forge::github:
    case Forge::gitea:
        return repository.home + "/releases/tag/" + name;
    case Forge::gitlab:
        return repository.home + "/-/tags/" + name;
    case Forge::bitbucket:
        return repository.home + "/src/" + name + "/";
    case Forge::azure_devops:
        return repository.home + "?version=GT" + name;
    }
    return repository.home;
}

std::optional<std::string> compare_url(const ForgeRepository& repository, std::string_view from,
                                       std::string_view to) {
    // Each name whole, '/' included: "from...to" is one segment.
    const auto range = percent_encode(from, false) + "..." + percent_encode(to, false);
    switch (repository.forge) {
    case Forge::github:
    case Forge::gitea:
        return repository.home + "/compare/" + range;
    case Forge::gitlab:
        return repository.home + "/-/compare/" + range;
    case Forge::bitbucket:
    case Forge::azure_devops:
        return std::nullopt;
    }
    return std::nullopt;
}

std::string file_url(const ForgeRepository& repository, std::string_view revision,
                     std::string_view path) {
    const bool folder = path.ends_with('/');
    while (!path.empty() && path.front() == '/')
        path.remove_prefix(1);
    while (!path.empty() && path.back() == '/')
        path.remove_suffix(1);
    const auto rev = percent_encode(revision, false);
    const auto file = percent_encode(path, true);
    switch (repository.forge) {
    case Forge::github:
        return repository.home + (folder ? "/tree/" : "/blob/") + rev + "/" + file;
    case Forge::gitlab:
        return repository.home + (folder ? "/-/tree/" : "/-/blob/") + rev + "/" + file;
    case Forge::bitbucket:
        return repository.home + "/src/" + rev + "/" + file + (folder ? "/" : "");
    case Forge::gitea:
        return repository.home + "/src/commit/" + rev + "/" + file;
    case Forge::azure_devops:
        return repository.home + "?path=/" + file + "&version=GC" + rev;
    }
    return repository.home;
}

} // namespace brag
