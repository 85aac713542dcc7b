// Everything taken from commits reaches the HTML document escaped twice: for Markdown, then as
// text by the Markdown-to-HTML step. Beyond not crashing, the promises are checked: valid
// UTF-8 out, no raw markup character in escaped text, every '&' an entity, and whatever the
// text, the converted document holds only the elements the converter writes, no attribute
// but a link's http(s) target, and no script.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "reports/html_report.hpp"
#include "reports/markdown_escape.hpp"
#include "reports/markup_escape.hpp"
#include "reports/utf8.hpp"

namespace {

void require(bool condition) {
    if (!condition)
        std::abort(); // a finding: libFuzzer saves the input
}

// Every '<' opens an element the converter writes from the document's own syntax.
bool only_known_elements(std::string_view html) {
    constexpr std::string_view known[] = {"<p>",
                                          "</p>",
                                          "<code>",
                                          "</code>",
                                          "<strong>",
                                          "</strong>",
                                          "<em>",
                                          "</em>",
                                          "<ul>",
                                          "</ul>",
                                          "<ol>",
                                          "</ol>",
                                          "<li>",
                                          "</li>",
                                          "<h1>",
                                          "</h1>",
                                          "<h2>",
                                          "</h2>",
                                          "<table>",
                                          "</table>",
                                          "<thead>",
                                          "</thead>",
                                          "<tbody>",
                                          "</tbody>",
                                          "<tr>",
                                          "</tr>",
                                          "<th>",
                                          "<th class=\"number\">",
                                          "</th>",
                                          "<td>",
                                          "<td class=\"number\">",
                                          "</td>",
                                          "</a>",
                                          "<a href=\"http"};
    for (auto at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
        bool ok = false;
        for (const auto tag : known)
            ok = ok || html.substr(at, tag.size()) == tag;
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto escaped = brag::escape_markup(text);
    require(brag::repair_utf8(escaped) == escaped);
    for (const char c : {'<', '>', '"', '\''})
        require(escaped.find(c) == std::string::npos);
    for (auto at = escaped.find('&'); at != std::string::npos; at = escaped.find('&', at + 1))
        require(escaped.find(';', at) != std::string::npos);

    // Untrusted text where the document puts it: a paragraph, a list item, a table cell, code.
    const auto markdown = brag::escape_markdown(text);
    const auto code = brag::markdown_code(text, brag::CodeSpanIn::table_cell);
    const std::string document = "# Brag document: " + markdown + "\n\n" + markdown + "\n\n- **" +
                                 markdown + "** — " + code + "\n  - Why: " + markdown +
                                 "\n\n| A | B |\n| --- | ---: |\n| " + markdown + " | " + code +
                                 " |\n";
    const auto html = brag::markdown_to_html(document, "");
    require(brag::repair_utf8(html) == html);
    require(only_known_elements(html));
    require(html.find("href=\"javascript") == std::string::npos);
    return 0;
}
