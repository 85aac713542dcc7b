// Web pages of commits, tags and files on the forge an `origin` remote points at, so that every
// claim in the brag document links to what it stands on. Only known forges get links: for any
// other host there is no way to know the page layout, and a wrong link is worse than none.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace brag {

enum class Forge { github, gitlab, bitbucket, gitea, azure_devops };

// A repository on a forge, as its web pages are addressed.
struct ForgeRepository {
    Forge forge = Forge::github;
    // The repository's home page, e.g. "https://github.com/owner/repo". Every character in it is
    // an unreserved URL character, '/', ':' or a percent escape: safe in a Markdown link.
    std::string home;
};

// Recognises HTTPS (and HTTP, git://) remotes, ssh:// remotes and scp-like ones
// ("git@host:owner/repo.git") on GitHub (github.com, GitHub Enterprise hosts named "github.*"),
// GitLab (gitlab.com and self-hosted hosts whose name contains "gitlab"), Bitbucket Cloud,
// Gitea (codeberg.org and hosts whose name contains "gitea" or "forgejo") and Azure DevOps
// (dev.azure.com, ssh.dev.azure.com, *.visualstudio.com). None for anything else.
std::optional<ForgeRepository> forge_repository(std::string_view remote_url);

// The page of a commit.
std::string commit_url(const ForgeRepository& repository, std::string_view oid);
// The page of a tag (its release page where the forge has one).
std::string tag_url(const ForgeRepository& repository, std::string_view tag);
// The page comparing two revisions (tags): what changed from `from` to `to`. None on forges
// without such a page addressable by two tag names (Bitbucket, Azure DevOps).
std::optional<std::string> compare_url(const ForgeRepository& repository, std::string_view from,
                                       std::string_view to);
// The page of a file, or of a folder when `path` ends with '/', at `revision` (a commit id: a
// link that keeps pointing at what the report saw).
std::string file_url(const ForgeRepository& repository, std::string_view revision,
                     std::string_view path);

// Percent-encodes everything but RFC 3986's unreserved characters (and '/' when `keep_slashes`).
std::string percent_encode(std::string_view text, bool keep_slashes);

} // namespace brag
