// People, not addresses: after .mailmap one person can still write from several addresses under
// one name (as `git shortlog -sn` groups them), so counts of contributors count names.
#pragma once

#include <set>
#include <string>

#include "model/person.hpp"

namespace brag {

// The key one person is counted by: their name without case or extra blanks, else their email.
std::string person_key(const Person& person);

// Distinct people among those added.
class PeopleCount {
public:
    void add(const Person& person) { keys_.insert(person_key(person)); }
    std::size_t size() const { return keys_.size(); }

private:
    std::set<std::string> keys_;
};

} // namespace brag
