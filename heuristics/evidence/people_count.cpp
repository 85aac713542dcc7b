#include "people_count.hpp"

#include "model/identity.hpp"

namespace brag {

std::string person_key(const Person& person) {
    std::string key;
    bool blank = false;
    for (const char c : person.name) {
        if (c == ' ' || c == '\t') {
            blank = !key.empty();
            continue;
        }
        if (blank)
            key += ' ';
        blank = false;
        key += c;
    }
    return key.empty() ? "<" + canonical_email(person.email) + ">" : ascii_lower(key);
}

} // namespace brag
