#include "repository_names.hpp"

#include <algorithm>
#include <map>

namespace brag {
namespace {

// The folder names of a path, last first, with "." and empty parts left out.
std::vector<std::string> folders_last_first(const std::string& path) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        auto end = path.find('/', start);
        if (end == std::string::npos)
            end = path.size();
        auto part = path.substr(start, end - start);
        if (part == "..") {
            if (!parts.empty())
                parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(std::move(part));
        }
        start = end + 1;
    }
    std::reverse(parts.begin(), parts.end());
    if (!parts.empty() && parts.front().size() > 4 && parts.front().ends_with(".git"))
        parts.front().resize(parts.front().size() - 4);
    return parts;
}

std::string tail(const std::vector<std::string>& parts, std::size_t count) {
    std::string text;
    for (std::size_t i = std::min(count, parts.size()); i > 0; --i)
        text += (text.empty() ? "" : "/") + parts[i - 1];
    return text;
}

} // namespace

bool names_its_folder(const std::string& path) {
    auto trimmed = path;
    while (!trimmed.empty() && trimmed.back() == '/')
        trimmed.pop_back();
    const auto last = trimmed.substr(trimmed.rfind('/') + 1);
    return !last.empty() && last != "." && last != "..";
}

std::string folder_name(const std::string& path) {
    const auto parts = folders_last_first(path);
    return parts.empty() ? path : parts.front();
}

std::vector<std::string> unique_tails(const std::vector<std::string>& paths) {
    std::vector<std::vector<std::string>> parts;
    for (const auto& path : paths)
        parts.push_back(folders_last_first(path));
    std::vector<std::string> names(paths.size());
    for (std::size_t i = 0; i < paths.size(); ++i) {
        // One more folder until no other (different) path ends the same way.
        for (std::size_t count = 1;; ++count) {
            const auto candidate = tail(parts[i], count);
            const bool shared = std::any_of(paths.begin(), paths.end(), [&](const auto& other) {
                const auto j = static_cast<std::size_t>(&other - paths.data());
                return other != paths[i] && tail(parts[j], count) == candidate;
            });
            if (!shared || count >= parts[i].size()) {
                names[i] = candidate.empty() ? paths[i] : candidate;
                break;
            }
        }
    }
    return names;
}

} // namespace brag
