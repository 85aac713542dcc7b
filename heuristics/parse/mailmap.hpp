// A .mailmap as git reads and applies it (git 2.39 `read_mailmap` and `map_user`): pure, the
// caller reads the sources (work tree file, mailmap.blob, mailmap.file) and adds them in git's
// order, later lines overriding earlier ones.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "model/person.hpp"

namespace brag {

class Mailmap {
public:
    // The text of a mailmap file as git reads it with fgets: a line longer than 1023 bytes is
    // read in pieces, each piece taken as a line; a line ends at its first NUL byte.
    void add_file_text(std::string_view text);
    // The text of a mailmap blob as git reads it: the text ends at its first NUL byte, lines are
    // split at '\n'.
    void add_blob_text(std::string_view text);
    // One line, without its line ending or with it (both read the same).
    void add_line(std::string_view line);

    // The identity git shows for `raw` with %aN/%aE (git shortlog, git log --use-mailmap).
    Person resolve(const Person& raw) const;

    bool empty() const { return by_email_.empty(); }

private:
    struct Replacement {
        std::optional<std::string> name;
        std::optional<std::string> email;
    };
    struct Entry {
        Replacement any_name;                       // `Proper Name <proper> <commit>` forms
        std::map<std::string, Replacement> by_name; // forms naming the commit name, folded
    };
    void add_mapping(std::optional<std::string> new_name, std::optional<std::string> new_email,
                     std::optional<std::string> old_name, std::optional<std::string> old_email);

    std::map<std::string, Entry> by_email_; // key: the commit email, ASCII case folded
};

} // namespace brag
