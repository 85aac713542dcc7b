// Who the report is about: the names and emails that identify the subject, and how a commit's
// person is matched against them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "person.hpp"

namespace brag {

class Subject {
public:
    // Adds an identifier as the user gave it: an email when it holds an '@', a name otherwise.
    void add(std::string_view name_or_email);
    void add_name(std::string_view name);
    void add_email(std::string_view email);

    // True when the person's email or name is one of the subject's, ignoring case; bots never
    // match, whatever the user asked for.
    bool matches(const Person& person) const;
    bool matches_name(std::string_view name) const;
    bool matches_email(std::string_view email) const;

    bool empty() const { return names_.empty() && emails_.empty(); }
    // Sorted and free of duplicates, for a stable report.
    const std::vector<std::string>& names() const { return names_; }
    const std::vector<std::string>& emails() const { return emails_; }

private:
    std::vector<std::string> names_;
    std::vector<std::string> emails_;
};

// Bots (dependabot, renovate, github-actions, anything "[bot]") are kept apart from people.
bool is_bot(const Person& person);

// Lower-cases ASCII letters; emails and names compare without case.
std::string ascii_lower(std::string_view text);

// An email as identities compare it: lower-case, and GitHub's two no-reply forms of one account
// ("ID+login@users.noreply.github.com", "login@users.noreply.github.com") made one.
std::string canonical_email(std::string_view email);

} // namespace brag
