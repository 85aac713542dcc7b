// Dates as a user writes them for --since, --until, --quarter, --year and --compare: ISO days and
// times, git's relative forms ("6 months ago", "yesterday", "last week"), calendar quarters and
// years. Pure: "now" is given (SOURCE_DATE_EPOCH or the clock, chosen by the caller), and every
// calendar is UTC.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "model/facts.hpp"

namespace brag {

// Which end of a window a date is for: a day, or a calendar period, starts at its first second
// and ends at its last.
enum class Bound { start, end };

// A moment for --since (Bound::start) or --until (Bound::end):
// - "YYYY-MM-DD": that day's first (start) or last (end) second;
// - "YYYY-MM-DD HH:MM:SS" (or with a 'T'): that second;
// - "N seconds|minutes|hours|days|weeks|months|years ago" (singular too; spaces, dots or
//   underscores between the words, "ago" optional), "yesterday", "last week|month|year", "now":
//   as git's approxidate computes them, a point in time relative to `now` (months and years keep
//   the day of the month and roll over as git does: a month before March 31 is March 3);
// - "last quarter", "this quarter" (git does not know quarters): the first (start) or last (end)
//   second of that calendar quarter.
// Returns none when the text is not one of these.
std::optional<std::int64_t> parse_moment(std::string_view text, std::int64_t now, Bound bound);

// "2026-Q3" (or "2026-q3"), "last" or "this": a calendar quarter.
std::optional<Window> parse_quarter(std::string_view text, std::int64_t now);
// "2026", "last" or "this": a calendar year.
std::optional<Window> parse_year(std::string_view text, std::int64_t now);
// A window to compare with: "YYYY", "YYYY-Qn", "last quarter", "last year", or "SINCE..UNTIL"
// with either side empty for open-ended and each side a moment as parse_moment reads it.
std::optional<Window> parse_period(std::string_view text, std::int64_t now);

} // namespace brag
