#include "identity.hpp"

#include <algorithm>
#include <array>

#include "text.hpp"

namespace brag {
namespace {

void insert_sorted_unique(std::vector<std::string>& list, std::string value) {
    const auto at = std::lower_bound(list.begin(), list.end(), value);
    if (at == list.end() || *at != value)
        list.insert(at, std::move(value));
}

bool contains(const std::vector<std::string>& sorted, const std::string& value) {
    return std::binary_search(sorted.begin(), sorted.end(), value);
}

// ASCII case-insensitive equality, without the copies ascii_lower makes: matching runs once per
// commit and identity, hundreds of thousands of times on a large history.
bool equal_ignoring_case(std::string_view a, std::string_view b) {
    const auto lower = [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    };
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [&](char x, char y) { return lower(x) == lower(y); });
}

bool contains_ignoring_case(std::string_view text, std::string_view part) {
    if (part.size() > text.size())
        return false;
    for (std::size_t at = 0; at + part.size() <= text.size(); ++at)
        if (equal_ignoring_case(text.substr(at, part.size()), part))
            return true;
    return false;
}

} // namespace

std::string ascii_lower(std::string_view text) {
    std::string lowered(text);
    for (char& c : lowered)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return lowered;
}

std::string canonical_email(std::string_view email) {
    auto lowered = ascii_lower(email);
    constexpr std::string_view noreply = "@users.noreply.github.com";
    if (!lowered.ends_with(noreply))
        return lowered;
    // "12345+login@users.noreply.github.com" (since 2017) and "login@users.noreply.github.com"
    // (before) are the same GitHub account.
    const auto plus = lowered.find('+');
    if (plus != std::string::npos && plus > 0 &&
        std::all_of(lowered.begin(), lowered.begin() + static_cast<std::ptrdiff_t>(plus),
                    [](char c) { return c >= '0' && c <= '9'; }))
        lowered.erase(0, plus + 1);
    return lowered;
}

void Subject::add(std::string_view name_or_email) {
    if (name_or_email.find('@') != std::string_view::npos)
        add_email(name_or_email);
    else
        add_name(name_or_email);
}

void Subject::add_name(std::string_view name) {
    const auto trimmed = trim(name);
    if (!trimmed.empty())
        insert_sorted_unique(names_, std::string(trimmed));
}

void Subject::add_email(std::string_view email) {
    auto trimmed = trim(email);
    if (trimmed.size() >= 2 && trimmed.front() == '<' && trimmed.back() == '>')
        trimmed = trimmed.substr(1, trimmed.size() - 2);
    if (!trimmed.empty())
        insert_sorted_unique(emails_, canonical_email(trimmed));
}

bool Subject::matches_email(std::string_view email) const {
    return !email.empty() && contains(emails_, canonical_email(trim(email)));
}

bool Subject::matches_name(std::string_view name) const {
    const auto wanted = trim(name);
    if (wanted.empty())
        return false;
    return std::any_of(names_.begin(), names_.end(), [&](const std::string& known) {
        return equal_ignoring_case(known, wanted);
    });
}

bool Subject::matches(const Person& person) const {
    if (is_bot(person))
        return false;
    return matches_email(person.email) || matches_name(person.name);
}

bool is_bot(const Person& person) {
    const std::string_view name = person.name;
    const std::string_view email = person.email;
    if (contains_ignoring_case(name, "[bot]") || contains_ignoring_case(email, "[bot]"))
        return true;
    // A name with the word "bot" in it ("Babel Bot", babel's automation, whatever address it
    // signs with); "Abbot" is a name.
    for (std::size_t start = 0; start <= name.size();) {
        const auto end = std::min(name.find_first_of(" \t-_", start), name.size());
        if (equal_ignoring_case(name.substr(start, end - start), "bot"))
            return true;
        start = end + 1;
    }
    // Copilot is GitHub's coding agent: its pull requests are a tool's output, not a person's.
    static constexpr std::array<std::string_view, 8> known_bots = {
        "dependabot", "renovate",      "github-actions",  "greenkeeper",
        "snyk-bot",   "pre-commit-ci", "allcontributors", "copilot"};
    // GitHub's no-reply address of an account: "12345+NAME@users.noreply.github.com".
    constexpr std::string_view noreply = "@users.noreply.github.com";
    std::string_view account;
    if (const auto plus = email.find('+');
        plus != std::string_view::npos && email.size() > noreply.size() &&
        equal_ignoring_case(email.substr(email.size() - noreply.size()), noreply))
        account = email.substr(plus + 1, email.size() - noreply.size() - plus - 1);
    return std::any_of(known_bots.begin(), known_bots.end(), [&](std::string_view bot) {
        return equal_ignoring_case(name, bot) || equal_ignoring_case(account, bot) ||
               (email.size() > bot.size() && email[bot.size()] == '@' &&
                equal_ignoring_case(email.substr(0, bot.size()), bot));
    });
}

} // namespace brag
