// Links from the brag document to what its claims stand on: a repository's commits, tags and
// files on its forge, or, where the remote is unknown, their names in code format.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "forge_links.hpp"
#include "markdown_escape.hpp"
#include "model/evidence.hpp"

namespace brag {

class RepositoryLinks {
public:
    RepositoryLinks() = default;
    explicit RepositoryLinks(const RepositorySummary& repository);

    // "[`0123456789`](https://...)", or "`0123456789`" without a known forge.
    std::string commit(const CommitId& id, CodeSpanIn where = CodeSpanIn::text) const;
    std::string tag(std::string_view name, CodeSpanIn where = CodeSpanIn::text) const;
    // "[`v1.0...v1.1`](https://.../compare/v1.0...v1.1)": the changes from one release to the
    // next; empty without a forge that has such a page.
    std::string compare(std::string_view from, std::string_view to) const;
    // A file, or a folder when `path` ends with '/', at the repository's HEAD.
    std::string file(std::string_view path, CodeSpanIn where = CodeSpanIn::text) const;
    // A ref of an evidence item, linked as what it names: a commit, a tag, a path, a URL.
    std::string ref(const Ref& ref, CodeSpanIn where = CodeSpanIn::text) const;
    // The repository's home page, "[github.com/o/r](https://github.com/o/r)"; the remote in code
    // format without a known forge; empty without a remote.
    std::string home(CodeSpanIn where = CodeSpanIn::text) const;

private:
    std::string commit_hex(std::string_view hex, CodeSpanIn where) const;

    std::optional<ForgeRepository> forge_;
    std::optional<std::string> remote_;
    std::optional<std::string> head_; // hex: it goes into URLs
};

// The links of every repository of the evidence, by repository.
class ReportLinks {
public:
    explicit ReportLinks(const Evidence& evidence);
    // A repository the evidence does not list gets no links.
    const RepositoryLinks& of(const RepositoryId& repository) const;

private:
    std::map<RepositoryId, RepositoryLinks> by_id_;
    RepositoryLinks none_;
};

// An id as the document shows it: the first ten hex digits, as git's abbreviations are.
std::string short_oid(std::string_view oid);

// "[text](url)": the text is Markdown already; the URL comes from forge_links (safe characters).
std::string markdown_link(std::string_view text, std::string_view url);

} // namespace brag
