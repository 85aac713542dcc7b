#include "git_truth.hpp"

#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "command.hpp"
#include "git_fixture.hpp"

namespace brag::test {
namespace {

std::string git(const std::string& repository, std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), "git");
    return run_checked(arguments, repository, {{"GIT_CONFIG_NOSYSTEM", "1"}, {"LC_ALL", "C"}});
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream stream(text);
    std::string line;
    while (std::getline(stream, line))
        if (!line.empty())
            lines.push_back(line);
    return lines;
}

std::vector<std::string> with(std::vector<std::string> command,
                              const std::vector<std::string>& revision_args) {
    command.insert(command.end(), revision_args.begin(), revision_args.end());
    return command;
}

} // namespace

GitTruth ask_git(const std::string& repository, const std::vector<std::string>& revision_args,
                 bool with_lines) {
    GitTruth truth;
    // "   12\tName <email>"
    for (const auto& line : lines_of(git(repository, with({"shortlog", "-sne"}, revision_args)))) {
        const auto tab = line.find('\t');
        const auto key = line.substr(tab + 1);
        truth.authors[key].commits = std::stoll(line.substr(0, tab));
        truth.shortlog_order.push_back(key);
        truth.commits += truth.authors[key].commits;
    }
    for (const auto& key :
         lines_of(git(repository, with({"log", "--use-mailmap", "--merges", "--format=%aN <%aE>"},
                                       revision_args))))
        ++truth.authors[key].merges;
    truth.merges =
        std::stoll(git(repository, with({"rev-list", "--merges", "--count"}, revision_args)));

    // Tags are counted against the refs alone, without the window.
    std::vector<std::string> refs;
    for (const auto& arg : revision_args)
        if (!arg.starts_with("--since") && !arg.starts_with("--until"))
            refs.push_back(arg);
    if (refs.size() == 1 && refs[0] == "--all") {
        // `git tag --merged` takes commits, not --all: a tag is merged when any ref reaches it.
        std::vector<std::string> command{"for-each-ref", "--format=%(refname)"};
        std::map<std::string, bool> merged;
        for (const auto& ref : lines_of(git(repository, command)))
            for (const auto& tag : lines_of(git(repository, {"tag", "--merged", ref})))
                merged[tag] = true;
        if (git(repository, {"rev-parse", "--verify", "-q", "HEAD"}).size() > 0)
            for (const auto& tag : lines_of(git(repository, {"tag", "--merged", "HEAD"})))
                merged[tag] = true;
        truth.tags = static_cast<std::int64_t>(merged.size());
    } else {
        truth.tags = static_cast<std::int64_t>(
            lines_of(git(repository, with({"tag", "--merged"}, refs))).size());
    }

    if (!with_lines)
        return truth;
    // "@Name <email>" then "added\tdeleted\tpath" lines; binary files show "-\t-".
    std::string author;
    for (const auto& line :
         lines_of(git(repository, with({"log", "--use-mailmap", "--no-merges", "--numstat", "-M",
                                        "--format=@%aN <%aE>"},
                                       revision_args)))) {
        if (line[0] == '@') {
            author = line.substr(1);
            continue;
        }
        const auto first_tab = line.find('\t');
        const auto second_tab = line.find('\t', first_tab + 1);
        const auto added = line.substr(0, first_tab);
        const auto deleted = line.substr(first_tab + 1, second_tab - first_tab - 1);
        if (added != "-")
            truth.authors[author].lines_added += std::stoll(added);
        if (deleted != "-")
            truth.authors[author].lines_deleted += std::stoll(deleted);
    }
    return truth;
}

std::vector<std::string> compare_with_git(const GitTruth& truth, const std::string& json,
                                          const std::string& repository_name,
                                          bool lines_for_everyone) {
    std::vector<std::string> differences;
    const auto report = nlohmann::json::parse(json);
    const nlohmann::json* repository = nullptr;
    for (const auto& candidate : report.at("repositories"))
        if (candidate.at("name") == repository_name)
            repository = &candidate;
    if (repository == nullptr)
        return {"repository " + repository_name + " is not in the report"};

    const auto expect = [&](const std::string& what, std::int64_t git_value,
                            const nlohmann::json& brag_value) {
        if (!brag_value.is_number_integer() || brag_value.get<std::int64_t>() != git_value)
            differences.push_back(fmt::format("{}: git says {}, git-brag says {}", what, git_value,
                                              brag_value.dump()));
    };
    expect("commits", truth.commits, repository->at("commits"));
    expect("merges", truth.merges, repository->at("merges"));
    expect("tags", truth.tags, repository->at("tags"));

    const auto& authors = repository->at("authors");
    if (authors.size() != truth.authors.size())
        differences.push_back(fmt::format("authors: git lists {}, git-brag {}",
                                          truth.authors.size(), authors.size()));
    for (const auto& author : authors) {
        const std::string key = author.at("name").get<std::string>() + " <" +
                                author.at("email").get<std::string>() + ">";
        const auto found = truth.authors.find(key);
        if (found == truth.authors.end()) {
            differences.push_back("author " + key + " is not in git shortlog");
            continue;
        }
        expect(key + " commits", found->second.commits, author.at("commits"));
        expect(key + " merges", found->second.merges, author.at("merges"));
        if (lines_for_everyone || author.at("subject").get<bool>()) {
            expect(key + " lines_added", found->second.lines_added, author.at("lines_added"));
            expect(key + " lines_deleted", found->second.lines_deleted, author.at("lines_deleted"));
        } else if (!author.at("lines_added").is_null()) {
            differences.push_back(key + " has line counts without --team");
        }
    }
    // Same order as the contract: commits desc, then email.
    for (std::size_t i = 1; i < authors.size(); ++i) {
        const auto& a = authors[i - 1];
        const auto& b = authors[i];
        const bool ordered =
            a.at("commits").get<std::int64_t>() > b.at("commits").get<std::int64_t>() ||
            (a.at("commits") == b.at("commits") &&
             a.at("email").get<std::string>() <= b.at("email").get<std::string>());
        if (!ordered)
            differences.push_back("authors are not sorted by commits desc, then email");
    }
    return differences;
}

} // namespace brag::test
