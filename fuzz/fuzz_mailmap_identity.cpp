// Identities come from commit headers and .mailmap files written by strangers: the mailmap
// parser (file and blob forms), its lookups, and the subject's identity matching.
// Input: a mailmap, then a line "--", then identities "Name <email>" to look up, one a line.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "model/identity.hpp"
#include "parse/mailmap.hpp"

namespace {

brag::Person person_of_line(std::string_view line) {
    const auto open = line.rfind('<');
    if (open == std::string_view::npos)
        return {std::string(line), ""};
    auto email = line.substr(open + 1);
    if (const auto close = email.find('>'); close != std::string_view::npos)
        email = email.substr(0, close);
    return {std::string(line.substr(0, open)), std::string(email)};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto separator = input.find("\n--\n");
    const auto mailmap_text = input.substr(0, separator);
    const auto people =
        separator == std::string_view::npos ? mailmap_text : input.substr(separator + 4);
    brag::Mailmap from_file;
    from_file.add_file_text(mailmap_text);
    brag::Mailmap from_blob;
    from_blob.add_blob_text(mailmap_text);

    brag::Subject subject;
    std::size_t start = 0;
    while (start <= people.size()) {
        auto end = people.find('\n', start);
        if (end == std::string_view::npos)
            end = people.size();
        const auto line = people.substr(start, end - start);
        const auto raw = person_of_line(line);
        const auto mapped = from_file.resolve(raw);
        (void)from_blob.resolve(raw);
        (void)brag::canonical_email(mapped.email);
        (void)brag::is_bot(mapped);
        subject.add(line);
        subject.add(raw.email);
        (void)subject.matches(mapped);
        (void)subject.matches(raw);
        start = end + 1;
    }
    return 0;
}
