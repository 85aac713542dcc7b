#include "relative_date.hpp"

#include <array>
#include <cctype>
#include <charconv>
#include <string>
#include <vector>

#include "model/calendar.hpp"

namespace brag {
namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    for (auto& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The words of a relative date: git accepts spaces, dots and underscores between them
// ("3.months.ago").
std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : lower(text)) {
        if (c == ' ' || c == '.' || c == '_' || c == '\t') {
            if (!word.empty())
                words.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty())
        words.push_back(std::move(word));
    return words;
}

std::optional<int> parse_int(std::string_view text, std::size_t digits) {
    if (text.size() != digits)
        return std::nullopt;
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// "YYYY-MM-DD", optionally followed by " HH:MM:SS" or "THH:MM:SS".
std::optional<std::int64_t> parse_iso(std::string_view text, Bound bound) {
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const auto year = parse_int(text.substr(0, 4), 4);
    const auto month = parse_int(text.substr(5, 2), 2);
    const auto day = parse_int(text.substr(8, 2), 2);
    if (!year || !month || !day || !is_valid_date(*year, *month, *day))
        return std::nullopt;
    CivilTime civil{*year, *month, *day, 0, 0, 0};
    if (text.size() == 10) {
        if (bound == Bound::end) {
            civil.hour = 23;
            civil.minute = 59;
            civil.second = 59;
        }
        return unix_from_civil(civil);
    }
    if (text.size() != 19 || (text[10] != ' ' && text[10] != 'T') || text[13] != ':' ||
        text[16] != ':')
        return std::nullopt;
    const auto hour = parse_int(text.substr(11, 2), 2);
    const auto minute = parse_int(text.substr(14, 2), 2);
    const auto second = parse_int(text.substr(17, 2), 2);
    if (!hour || !minute || !second || *hour > 23 || *minute > 59 || *second > 59)
        return std::nullopt;
    civil.hour = *hour;
    civil.minute = *minute;
    civil.second = *second;
    return unix_from_civil(civil);
}

enum class Unit { second, minute, hour, day, week, month, year };

std::optional<Unit> unit_of(const std::string& word) {
    static const std::array<std::pair<const char*, Unit>, 7> units{{{"second", Unit::second},
                                                                    {"minute", Unit::minute},
                                                                    {"hour", Unit::hour},
                                                                    {"day", Unit::day},
                                                                    {"week", Unit::week},
                                                                    {"month", Unit::month},
                                                                    {"year", Unit::year}}};
    for (const auto& [name, unit] : units) {
        const std::string singular(name);
        if (word == singular || word == singular + "s")
            return unit;
    }
    return std::nullopt;
}

// `count` units before `now`, as git's approxidate computes it: fixed lengths for seconds up to
// weeks; months and years move the civil date and keep the day of the month and the time, so
// that a day past the month's end rolls over into the next month (git's tm_to_time_t).
std::int64_t units_before(std::int64_t now, std::int64_t count, Unit unit) {
    switch (unit) {
    case Unit::second:
        return now - count;
    case Unit::minute:
        return now - count * 60;
    case Unit::hour:
        return now - count * 3600;
    case Unit::day:
        return now - count * 86400;
    case Unit::week:
        return now - count * 7 * 86400;
    case Unit::month:
    case Unit::year: {
        CivilTime civil = civil_from_unix(now);
        const std::int64_t months = unit == Unit::month ? count : count * 12;
        std::int64_t month_index = std::int64_t{civil.year} * 12 + (civil.month - 1) - months;
        civil.year = static_cast<int>(month_index / 12 - (month_index % 12 < 0 ? 1 : 0));
        month_index -= std::int64_t{civil.year} * 12;
        civil.month = static_cast<int>(month_index) + 1;
        return unix_from_civil(civil);
    }
    }
    return now;
}

Window quarter_window(int year, int quarter) {
    const int first_month = (quarter - 1) * 3 + 1;
    Window window;
    window.since = unix_from_civil(CivilTime{year, first_month, 1, 0, 0, 0});
    window.until = (quarter == 4 ? unix_from_civil(CivilTime{year + 1, 1, 1, 0, 0, 0})
                                 : unix_from_civil(CivilTime{year, first_month + 3, 1, 0, 0, 0})) -
                   1;
    return window;
}

Window year_window(int year) {
    Window window;
    window.since = unix_from_civil(CivilTime{year, 1, 1, 0, 0, 0});
    window.until = unix_from_civil(CivilTime{year + 1, 1, 1, 0, 0, 0}) - 1;
    return window;
}

// The calendar quarter `back` quarters before the one `now` is in.
Window quarter_before(std::int64_t now, int back) {
    const CivilTime civil = civil_from_unix(now);
    int index = civil.year * 4 + (civil.month - 1) / 3 - back;
    return quarter_window(index / 4, index % 4 + 1);
}

std::optional<std::int64_t> parse_relative(const std::vector<std::string>& words, std::int64_t now,
                                           Bound bound) {
    if (words.size() == 1 && words[0] == "now")
        return now;
    if (words.size() == 1 && words[0] == "yesterday")
        return now - 86400;
    if (words.size() == 2 && (words[0] == "last" || words[0] == "this") && words[1] == "quarter") {
        const Window quarter = quarter_before(now, words[0] == "last" ? 1 : 0);
        return bound == Bound::start ? quarter.since : quarter.until;
    }
    if (words.size() == 2 && words[0] == "last") {
        // git reads "last" as the number one: "last week" is a week ago, at this time of day.
        const auto unit = unit_of(words[1]);
        if (unit && *unit != Unit::second)
            return units_before(now, 1, *unit);
        return std::nullopt;
    }
    if ((words.size() == 2 || (words.size() == 3 && words[2] == "ago"))) {
        std::int64_t count = 0;
        const auto& number = words[0];
        const auto [end, error] =
            std::from_chars(number.data(), number.data() + number.size(), count);
        if (error != std::errc() || end != number.data() + number.size() || count < 0 ||
            count > 100000)
            return std::nullopt;
        const auto unit = unit_of(words[1]);
        if (!unit)
            return std::nullopt;
        return units_before(now, count, *unit);
    }
    return std::nullopt;
}

} // namespace

std::optional<std::int64_t> parse_moment(std::string_view text, std::int64_t now, Bound bound) {
    if (auto iso = parse_iso(text, bound))
        return iso;
    return parse_relative(words_of(text), now, bound);
}

std::optional<Window> parse_quarter(std::string_view text, std::int64_t now) {
    const auto word = lower(text);
    if (word == "last")
        return quarter_before(now, 1);
    if (word == "this")
        return quarter_before(now, 0);
    if (word.size() != 7 || word[4] != '-' || word[5] != 'q')
        return std::nullopt;
    const auto year = parse_int(std::string_view(word).substr(0, 4), 4);
    const int quarter = word[6] - '0';
    if (!year || quarter < 1 || quarter > 4)
        return std::nullopt;
    return quarter_window(*year, quarter);
}

std::optional<Window> parse_year(std::string_view text, std::int64_t now) {
    const auto word = lower(text);
    const int current = civil_from_unix(now).year;
    if (word == "last")
        return year_window(current - 1);
    if (word == "this")
        return year_window(current);
    const auto year = parse_int(word, 4);
    if (!year)
        return std::nullopt;
    return year_window(*year);
}

std::optional<Window> parse_period(std::string_view text, std::int64_t now) {
    if (const auto dots = text.find(".."); dots != std::string_view::npos) {
        Window window;
        const auto since = text.substr(0, dots);
        const auto until = text.substr(dots + 2);
        if (!since.empty() && !(window.since = parse_moment(since, now, Bound::start)))
            return std::nullopt;
        if (!until.empty() && !(window.until = parse_moment(until, now, Bound::end)))
            return std::nullopt;
        if (window.since && window.until && *window.since > *window.until)
            return std::nullopt;
        return window;
    }
    const auto words = words_of(text);
    if (words.size() == 2 && (words[0] == "last" || words[0] == "this")) {
        if (words[1] == "quarter")
            return parse_quarter(words[0], now);
        if (words[1] == "year")
            return parse_year(words[0], now);
        return std::nullopt;
    }
    if (auto quarter = parse_quarter(text, now))
        return quarter;
    if (text.size() == 4)
        return parse_year(text, now);
    return std::nullopt;
}

} // namespace brag
