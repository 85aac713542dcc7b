#include "trailer_people.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "model/identity.hpp"
#include "model/text.hpp"

namespace brag {
namespace {

// A person's text without blanks and quotes around it, nor a closing '.' or ';'.
std::string_view trim_person(std::string_view text) {
    text = trim(text, " \t\"'");
    const auto last = text.find_last_not_of(" \t\"'.;");
    return last == std::string_view::npos ? std::string_view() : text.substr(0, last + 1);
}

Person parse_one(std::string_view text) {
    text = trim_person(text);
    Person person;
    const auto open = text.find('<');
    const auto close = text.find('>', open == std::string_view::npos ? 0 : open);
    if (open != std::string_view::npos && close != std::string_view::npos) {
        person.email = std::string(trim_person(text.substr(open + 1, close - open - 1)));
        person.name = std::string(trim_person(text.substr(0, open)));
        return person;
    }
    if (text.find('@') != std::string_view::npos && text.find(' ') == std::string_view::npos) {
        person.email = std::string(text);
        return person;
    }
    // "Jane Doe (maintainer)": drop a trailing remark.
    const auto paren = text.find('(');
    person.name = std::string(trim_person(text.substr(0, paren)));
    return person;
}

// Splits on ',', ';', '&' and the word "and", except inside <...>.
std::vector<std::string_view> split_people(std::string_view value) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    bool in_angle = false;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '<')
            in_angle = true;
        else if (c == '>')
            in_angle = false;
        if (in_angle)
            continue;
        std::size_t separator = 0;
        if (c == ',' || c == ';' || c == '&')
            separator = 1;
        else if (value.substr(i, 5) == " and ")
            separator = 5;
        if (separator == 0)
            continue;
        parts.push_back(value.substr(start, i - start));
        start = i + separator;
        i = start - 1;
    }
    parts.push_back(value.substr(start));
    return parts;
}

} // namespace

std::vector<Person> people_in_trailer(std::string_view value) {
    std::vector<Person> people;
    for (const auto part : split_people(value)) {
        auto person = parse_one(part);
        if (!person.name.empty() || !person.email.empty())
            people.push_back(std::move(person));
    }
    return people;
}

bool is_review_trailer(std::string_view key) {
    static constexpr std::array keys = {"reviewed-by", "acked-by", "tested-by", "approved-by"};
    const auto lowered = ascii_lower(key);
    return std::find(keys.begin(), keys.end(), lowered) != keys.end();
}

bool is_help_trailer(std::string_view key) {
    static constexpr std::array keys = {"helped-by", "suggested-by", "assisted-by", "mentored-by",
                                        "co-developed-by"};
    const auto lowered = ascii_lower(key);
    return std::find(keys.begin(), keys.end(), lowered) != keys.end();
}

bool is_co_author_trailer(std::string_view key) {
    return ascii_lower(key) == "co-authored-by";
}

} // namespace brag
