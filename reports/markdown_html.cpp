// The Markdown subset the brag document is written in, as HTML. Not a general Markdown parser:
// it reads what render_markdown writes, line by line, and escapes everything else as text, so
// that no commit subject, name or path can become markup in the HTML any more than in the
// Markdown.
#include <string>
#include <vector>

#include "html_report.hpp"
#include "markup_escape.hpp"
#include "model/text.hpp"

namespace brag {
namespace {

bool is_ascii_punctuation(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
           (c >= '{' && c <= '~');
}

// "&lt;", "&#39;", ...: an entity the Markdown escaping wrote, kept as it is. Returns its
// length, or 0 when `text` at `at` is not one.
std::size_t entity_length(std::string_view text, std::size_t at) {
    for (std::string_view entity : {"&lt;", "&gt;", "&amp;", "&quot;"})
        if (text.substr(at, entity.size()) == entity)
            return entity.size();
    return 0;
}

bool is_safe_url(std::string_view url) {
    if (!(url.starts_with("https://") || url.starts_with("http://")))
        return false;
    for (const char c : url)
        if (static_cast<unsigned char>(c) <= 0x20 || c == '"' || c == '\'' || c == '<' ||
            c == '>' || c == '\\' || c == '`')
            return false;
    return true;
}

class Inline {
public:
    Inline(std::string_view text, bool in_table) : text_(text), in_table_(in_table) {}

    std::string render() {
        render_range(0, text_.size());
        while (!open_.empty())
            close_top();
        return out_;
    }

private:
    void close_top() {
        out_ += open_.back() == Tag::strong ? "</strong>" : "</em>";
        open_.pop_back();
    }

    enum class Tag { strong, em };

    void toggle(Tag tag) {
        bool is_open = false;
        for (const auto t : open_)
            is_open = is_open || t == tag;
        if (!is_open) {
            out_ += tag == Tag::strong ? "<strong>" : "<em>";
            open_.push_back(tag);
            return;
        }
        // Close down to it, so that the tags nest.
        while (!open_.empty()) {
            const auto top = open_.back();
            close_top();
            if (top == tag)
                break;
        }
    }

    // A code span opened by `fence` backticks at `at`: its end, or npos when it has none.
    std::size_t code_end(std::size_t at, std::size_t fence, std::size_t end) const {
        for (std::size_t i = at + fence; i < end;) {
            if (text_[i] != '`') {
                ++i;
                continue;
            }
            std::size_t run = 0;
            while (i + run < end && text_[i + run] == '`')
                ++run;
            if (run == fence)
                return i;
            i += run;
        }
        return std::string_view::npos;
    }

    void render_code(std::string_view body) {
        if (body.size() >= 2 && body.front() == ' ' && body.back() == ' ')
            body = body.substr(1, body.size() - 2);
        std::string code;
        for (std::size_t i = 0; i < body.size(); ++i) {
            // In a table, '|' is escaped even in code (a cell ends at a bare one).
            if (in_table_ && body[i] == '\\' && i + 1 < body.size() && body[i + 1] == '|')
                continue;
            code += body[i];
        }
        out_ += "<code>" + escape_markup(code) + "</code>";
    }

    // "[text](url)" at `at`: renders it and returns where it ends, or `at` when it is not one.
    std::size_t render_link(std::size_t at, std::size_t end) {
        int depth = 0;
        std::size_t close = std::string_view::npos;
        for (std::size_t i = at; i < end; ++i) {
            if (text_[i] == '\\') {
                ++i;
                continue;
            }
            if (text_[i] == '`') { // brackets inside code are text
                std::size_t fence = 0;
                while (i + fence < end && text_[i + fence] == '`')
                    ++fence;
                const auto code = code_end(i, fence, end);
                if (code != std::string_view::npos)
                    i = code + fence - 1;
                continue;
            }
            if (text_[i] == '[')
                ++depth;
            else if (text_[i] == ']' && --depth == 0) {
                close = i;
                break;
            }
        }
        if (close == std::string_view::npos || close + 1 >= end || text_[close + 1] != '(')
            return at;
        // The target ends at the ')' that balances its '(', as CommonMark reads it.
        std::size_t url_end = std::string_view::npos;
        int parentheses = 0;
        for (std::size_t i = close + 2; i < end; ++i) {
            if (text_[i] == '(')
                ++parentheses;
            else if (text_[i] == ')' && parentheses-- == 0) {
                url_end = i;
                break;
            }
        }
        if (url_end == std::string_view::npos)
            return at;
        const auto url = text_.substr(close + 2, url_end - close - 2);
        if (is_safe_url(url))
            out_ += "<a href=\"" + escape_markup(url) + "\">";
        const auto outer = std::move(open_);
        open_.clear();
        render_range(at + 1, close);
        while (!open_.empty())
            close_top();
        open_ = outer;
        if (is_safe_url(url))
            out_ += "</a>";
        return url_end + 1;
    }

    void render_range(std::size_t begin, std::size_t end) {
        std::string plain;
        const auto flush = [&] {
            out_ += escape_markup(plain);
            plain.clear();
        };
        for (std::size_t i = begin; i < end; ++i) {
            const char c = text_[i];
            if (c == '\\' && i + 1 < end && is_ascii_punctuation(text_[i + 1])) {
                plain += text_[++i];
                continue;
            }
            if (c == '&') {
                if (const auto length = entity_length(text_, i); length > 0 && i + length <= end) {
                    flush();
                    out_ += text_.substr(i, length);
                    i += length - 1;
                    continue;
                }
            }
            if (c == '`') {
                std::size_t fence = 0;
                while (i + fence < end && text_[i + fence] == '`')
                    ++fence;
                const auto close = code_end(i, fence, end);
                if (close != std::string_view::npos) {
                    flush();
                    render_code(text_.substr(i + fence, close - i - fence));
                    i = close + fence - 1;
                    continue;
                }
                plain.append(fence, '`');
                i += fence - 1;
                continue;
            }
            if (c == '*') {
                flush();
                if (i + 1 < end && text_[i + 1] == '*') {
                    toggle(Tag::strong);
                    ++i;
                } else {
                    toggle(Tag::em);
                }
                continue;
            }
            if (c == '[') {
                flush();
                const auto after = render_link(i, end);
                if (after != i) {
                    i = after - 1;
                    continue;
                }
            }
            plain += c;
        }
        flush();
    }

    std::string_view text_;
    bool in_table_;
    std::string out_;
    std::vector<Tag> open_;
};

std::string inline_html(std::string_view text, bool in_table = false) {
    return Inline(text, in_table).render();
}

// The cells of a table row "| a | b |": split at every '|' no backslash escapes.
std::vector<std::string_view> cells_of(std::string_view row) {
    std::vector<std::string_view> cells;
    if (row.starts_with("|"))
        row.remove_prefix(1);
    if (row.ends_with("|") && !row.ends_with("\\|"))
        row.remove_suffix(1);
    std::size_t start = 0;
    for (std::size_t i = 0; i <= row.size(); ++i) {
        if (i < row.size() && row[i] == '\\') {
            ++i;
            continue;
        }
        if (i == row.size() || row[i] == '|') {
            auto cell = row.substr(start, i - start);
            while (cell.starts_with(" "))
                cell.remove_prefix(1);
            while (cell.ends_with(" "))
                cell.remove_suffix(1);
            cells.push_back(cell);
            start = i + 1;
        }
    }
    return cells;
}

bool is_ordered_item(std::string_view line, std::size_t& marker) {
    std::size_t digits = 0;
    while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9')
        ++digits;
    if (digits == 0 || line.substr(digits, 2) != ". ")
        return false;
    marker = digits + 2;
    return true;
}

class Blocks {
public:
    explicit Blocks(std::string_view chart_svg) : chart_svg_(chart_svg) {}

    void line(std::string_view line) {
        std::size_t marker = 0;
        if (line.empty()) {
            close_all();
        } else if (line.starts_with("|")) {
            table_row(line);
        } else if (line.starts_with("- ")) {
            list_item("ul", line.substr(2));
        } else if (is_ordered_item(line, marker)) {
            list_item("ol", line.substr(marker));
        } else if ((line.starts_with("  - ") || line.starts_with("   - ")) && !list_.empty()) {
            nested_item(line.substr(line.find('-') + 2));
        } else if (line.starts_with("#")) {
            close_all();
            std::size_t level = 0;
            while (level < line.size() && line[level] == '#')
                ++level;
            const auto tag = "h" + std::to_string(std::min<std::size_t>(level, 6));
            out_ += "<" + tag + ">" + inline_html(line.substr(std::min(level + 1, line.size()))) +
                    "</" + tag + ">\n";
        } else if (line.starts_with("![")) {
            close_all();
            out_ += "<figure class=\"chart\">\n";
            out_ += chart_svg_;
            out_ += "</figure>\n";
        } else {
            paragraph(line);
        }
    }

    std::string finish() {
        close_all();
        return std::move(out_);
    }

private:
    void close_nested() {
        if (nested_open_) {
            out_ += "</li></ul>";
            nested_open_ = false;
        }
    }
    void close_list() {
        if (list_.empty())
            return;
        close_nested();
        out_ += "</li>\n</" + list_ + ">\n";
        list_.clear();
    }
    void close_table() {
        if (table_rows_ == 0)
            return;
        out_ += "</tbody>\n</table>\n";
        table_rows_ = 0;
        alignments_.clear();
    }
    void close_paragraph() {
        if (paragraph_open_) {
            out_ += "</p>\n";
            paragraph_open_ = false;
        }
    }
    void close_all() {
        close_paragraph();
        close_list();
        close_table();
    }

    void paragraph(std::string_view line) {
        if (!list_.empty() || table_rows_ > 0)
            close_all();
        if (paragraph_open_)
            out_ += "\n";
        else
            out_ += "<p>";
        paragraph_open_ = true;
        out_ += inline_html(line);
    }

    void list_item(const std::string& kind, std::string_view text) {
        close_paragraph();
        close_table();
        if (list_ != kind) {
            close_list();
            out_ += "<" + kind + ">\n<li>";
            list_ = kind;
        } else {
            close_nested();
            out_ += "</li>\n<li>";
        }
        out_ += inline_html(text);
    }

    void nested_item(std::string_view text) {
        out_ += nested_open_ ? "</li><li>" : "\n<ul><li>";
        nested_open_ = true;
        out_ += inline_html(text); // closed by the next item of the outer list, or its end
    }

    void table_row(std::string_view line) {
        close_paragraph();
        close_list();
        const auto cells = cells_of(line);
        if (table_rows_ == 0) {
            out_ += "<table>\n<thead>\n<tr>";
            for (const auto cell : cells)
                header_.push_back(std::string(cell));
            table_rows_ = 1;
            return;
        }
        if (table_rows_ == 1) { // the alignment row: "---:" aligns right
            for (std::size_t i = 0; i < header_.size(); ++i) {
                const bool right = i < cells.size() && cells[i].ends_with(":");
                alignments_.push_back(right);
                out_ += right ? "<th class=\"number\">" : "<th>";
                out_ += inline_html(header_[i], true) + "</th>";
            }
            out_ += "</tr>\n</thead>\n<tbody>\n";
            header_.clear();
            table_rows_ = 2;
            return;
        }
        out_ += "<tr>";
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const bool right = i < alignments_.size() && alignments_[i];
            out_ += right ? "<td class=\"number\">" : "<td>";
            out_ += inline_html(cells[i], true) + "</td>";
        }
        out_ += "</tr>\n";
        ++table_rows_;
    }

    std::string_view chart_svg_;
    std::string out_;
    std::string list_; // "ul" or "ol" while a list is open
    bool nested_open_ = false;
    bool paragraph_open_ = false;
    std::size_t table_rows_ = 0; // 0: no table; 1: header read; 2+: in the body
    std::vector<std::string> header_;
    std::vector<bool> alignments_;
};

} // namespace

std::string markdown_to_html(std::string_view markdown, std::string_view chart_svg) {
    Blocks blocks(chart_svg);
    for (const auto line : text_lines(markdown))
        blocks.line(line);
    return blocks.finish();
}

} // namespace brag
