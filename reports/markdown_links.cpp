#include "markdown_links.hpp"

#include <algorithm>

#include "utf8.hpp"

namespace brag {
namespace {

constexpr std::size_t max_path_length = 90;

// A CODEOWNERS pattern is not a path a forge can show.
bool is_glob(std::string_view path) {
    return path.find_first_of("*?[") != std::string_view::npos;
}

} // namespace

std::string short_oid(std::string_view oid) {
    return std::string(oid.substr(0, 10));
}

std::string markdown_link(std::string_view text, std::string_view url) {
    return "[" + std::string(text) + "](" + std::string(url) + ")";
}

RepositoryLinks::RepositoryLinks(const RepositorySummary& repository) : remote_(repository.remote) {
    if (repository.head)
        head_ = repository.head->hex();
    if (repository.remote)
        forge_ = forge_repository(*repository.remote);
}

std::string RepositoryLinks::commit(const CommitId& id, CodeSpanIn where) const {
    return commit_hex(id.hex(), where);
}

std::string RepositoryLinks::commit_hex(std::string_view oid, CodeSpanIn where) const {
    const auto text = markdown_code(short_oid(oid), where);
    return forge_ ? markdown_link(text, commit_url(*forge_, oid)) : text;
}

std::string RepositoryLinks::tag(std::string_view name, CodeSpanIn where) const {
    const auto text = markdown_code(shorten_utf8(repair_utf8(name), max_path_length), where);
    return forge_ ? markdown_link(text, tag_url(*forge_, name)) : text;
}

std::string RepositoryLinks::compare(std::string_view from, std::string_view to) const {
    if (!forge_)
        return {};
    const auto url = compare_url(*forge_, from, to);
    if (!url)
        return {};
    const auto text = shorten_utf8(repair_utf8(from), max_path_length) + "..." +
                      shorten_utf8(repair_utf8(to), max_path_length);
    return markdown_link(markdown_code(text, CodeSpanIn::text), *url);
}

std::string RepositoryLinks::file(std::string_view path, CodeSpanIn where) const {
    const auto text = markdown_code(shorten_utf8(repair_utf8(path), max_path_length), where);
    if (!forge_ || !head_ || is_glob(path))
        return text;
    return markdown_link(text, file_url(*forge_, *head_, path));
}

std::string RepositoryLinks::ref(const Ref& ref, CodeSpanIn where) const {
    switch (ref.type) {
    case Ref::Type::commit:
        return commit_hex(ref.value, where);
    case Ref::Type::tag:
        return tag(ref.value, where);
    case Ref::Type::path:
        return file(ref.value, where);
    case Ref::Type::url:
        // A URL from a file the user exported: shown, not linked (it is untrusted text).
        return markdown_code(shorten_utf8(repair_utf8(ref.value), max_path_length), where);
    }
    return {};
}

std::string RepositoryLinks::home(CodeSpanIn where) const {
    if (forge_) {
        auto shown = forge_->home.substr(forge_->home.find("://") + 3);
        return markdown_link(escape_markdown(shown), forge_->home);
    }
    return remote_ ? markdown_code(*remote_, where) : std::string();
}

ReportLinks::ReportLinks(const Evidence& evidence) {
    for (const auto& repository : evidence.repositories)
        if (!repository.skipped)
            by_id_.try_emplace(repository.id, repository);
}

const RepositoryLinks& ReportLinks::of(const RepositoryId& repository) const {
    const auto found = by_id_.find(repository);
    return found == by_id_.end() ? none_ : found->second;
}

} // namespace brag
