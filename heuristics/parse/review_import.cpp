#include "review_import.hpp"

#include <cstdio>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "model/calendar.hpp"

namespace brag {
namespace {

using Json = nlohmann::json;

// A field that is a string, or an object holding the string under `inner` ("author": {"login":
// "x"}, "repository": {"nameWithOwner": "o/r"}).
std::string text_of(const Json& entry, std::string_view key, std::string_view inner) {
    const auto found = entry.find(key);
    if (found == entry.end() || found->is_null())
        return {};
    if (found->is_string())
        return found->get<std::string>();
    if (found->is_object()) {
        const auto nested = found->find(inner);
        if (nested != found->end() && nested->is_string())
            return nested->get<std::string>();
    }
    return {};
}

} // namespace

std::optional<Timestamp> parse_iso_date(std::string_view text) {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (text.size() < 10 ||
        std::sscanf(std::string(text.substr(0, 10)).c_str(), "%4d-%2d-%2d", &year, &month, &day) !=
            3 ||
        !is_valid_date(year, month, day))
        return std::nullopt;
    int offset = 0;
    if (text.size() > 10) {
        if (text.size() < 19 || (text[10] != 'T' && text[10] != ' ') ||
            std::sscanf(std::string(text.substr(11, 8)).c_str(), "%2d:%2d:%2d", &hour, &minute,
                        &second) != 3 ||
            hour > 23 || minute > 59 || second > 60)
            return std::nullopt;
        auto zone = text.substr(19);
        if (!zone.empty() && zone[0] == '.') { // fractional seconds
            const auto end = zone.find_first_not_of("0123456789", 1);
            zone = end == std::string_view::npos ? std::string_view() : zone.substr(end);
        }
        if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
            int zone_hours = 0, zone_minutes = 0;
            if (std::sscanf(std::string(zone.substr(1)).c_str(), "%2d:%2d", &zone_hours,
                            &zone_minutes) != 2)
                return std::nullopt;
            offset = (zone[0] == '-' ? -1 : 1) * (zone_hours * 60 + zone_minutes);
        } else if (!zone.empty() && zone != "Z") {
            return std::nullopt;
        }
    }
    const auto local = unix_from_civil({year, month, day, hour, minute, second});
    return Timestamp{local - std::int64_t{offset} * 60, offset};
}

std::vector<ExternalReview> parse_reviews(std::string_view json_text, const std::string& source) {
    Json root;
    try {
        root = Json::parse(json_text);
    } catch (const Json::exception& error) {
        // Not only parse errors: a number too large for any type is out_of_range (found by
        // fuzz/fuzz_reviews_json.cpp).
        throw ReviewsError(fmt::format("{}: not JSON: {}", source, error.what()));
    }
    if (!root.is_array())
        throw ReviewsError(fmt::format("{}: expected a JSON list of pull requests", source));
    std::vector<ExternalReview> reviews;
    for (std::size_t i = 0; i < root.size(); ++i) {
        const auto& entry = root[i];
        if (!entry.is_object())
            throw ReviewsError(fmt::format("{}: entry {} is not an object", source, i + 1));
        ExternalReview review;
        review.url = text_of(entry, "url", "");
        review.title = text_of(entry, "title", "");
        review.repository = text_of(entry, "repository", "nameWithOwner");
        if (review.repository.empty())
            review.repository = text_of(entry, "repository", "name");
        review.author = text_of(entry, "author", "login");
        if (review.url.empty() && review.title.empty())
            throw ReviewsError(
                fmt::format("{}: entry {} has neither url nor title", source, i + 1));
        if (review.repository.empty())
            throw ReviewsError(fmt::format("{}: entry {} has no repository", source, i + 1));
        for (const char* key : {"closedAt", "date", "mergedAt", "updatedAt"}) {
            const auto text = text_of(entry, key, "");
            if (text.empty())
                continue;
            const auto date = parse_iso_date(text);
            if (!date)
                throw ReviewsError(fmt::format("{}: entry {}: bad date '{}'", source, i + 1, text));
            // gh prints the zero time for pull requests still open.
            if (date->seconds > 0)
                review.date = date;
            break;
        }
        reviews.push_back(std::move(review));
    }
    return reviews;
}

} // namespace brag
