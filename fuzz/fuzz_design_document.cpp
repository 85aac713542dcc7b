// Documents in a repository are anyone's text: the outline reader (Markdown, reStructuredText,
// AsciiDoc headings) and design-document detection by path and structure, through the whole
// evidence builder as the program runs it. Input: a path on the first line, the document after.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "evidence/build_evidence.hpp"
#include "parse/document_outline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto newline = input.find('\n');
    const auto path = newline == std::string_view::npos ? std::string_view("docs/design.md")
                                                        : input.substr(0, newline);
    const auto text = newline == std::string_view::npos ? input : input.substr(newline + 1);
    const auto outline = brag::outline_of(text);

    const brag::Person ada{"Ada", "ada@example.com"};
    brag::Commit commit;
    commit.id = *brag::CommitId::from_hex("0123456789abcdef0123456789abcdef01234567");
    commit.author = commit.raw_author = commit.committer = commit.raw_committer = ada;
    commit.author_time = commit.commit_time = {1700000000, 0};
    commit.subject = outline.title;
    commit.diff = brag::DiffDepth::lines;
    brag::FileChange change;
    change.kind = brag::ChangeKind::added;
    change.path = change.old_path = std::string(path);
    change.lines_added = outline.lines;
    commit.changes.push_back(change);
    commit.lines_added = outline.lines;

    brag::Repository repository;
    repository.path = "/fuzz/repo";
    repository.name = "repo";
    repository.commits.push_back(commit);
    repository.documents.push_back(
        {std::string(path), outline.title, outline.headings, outline.lines, {}});

    brag::Facts facts;
    facts.subject.add("ada@example.com");
    repository.subject = facts.subject;
    facts.repositories.push_back(std::move(repository));
    (void)brag::build_evidence(facts);
    return 0;
}
