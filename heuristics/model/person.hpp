// A person as a commit names them.
#pragma once

#include <compare>
#include <string>

namespace brag {

// A name and an email as git records them (after .mailmap where the field says so).
struct Person {
    std::string name;
    std::string email;

    friend bool operator==(const Person&, const Person&) = default;
    friend auto operator<=>(const Person&, const Person&) = default;
};

} // namespace brag
