#include "result_cache.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include <git2.h>

#include "cache/fact_cache.hpp"
#include "git/repository_state.hpp"
#include "version.hpp"

extern char** environ;

namespace brag {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view record_magic = "GBR1\n";

void put_part(std::string& out, std::string_view part) {
    out += std::to_string(part.size());
    out += '\n';
    out.append(part);
}

bool take_part(std::string_view& data, std::string& part) {
    const auto end = data.find('\n');
    if (end == std::string_view::npos)
        return false;
    std::size_t size = 0;
    const auto [rest, error] = std::from_chars(data.data(), data.data() + end, size);
    if (error != std::errc() || rest != data.data() + end || size > data.size() - end - 1)
        return false;
    part.assign(data.substr(end + 1, size));
    data.remove_prefix(end + 1 + size);
    return true;
}

bool relevant(std::string_view name) {
    static const std::vector<std::string_view> exact = {"HOME",
                                                        "XDG_CONFIG_HOME",
                                                        "XDG_CACHE_HOME",
                                                        "SOURCE_DATE_EPOCH",
                                                        "NO_COLOR",
                                                        "TERM",
                                                        "TZ",
                                                        "LANG",
                                                        "LC_ALL",
                                                        "LC_CTYPE",
                                                        "COLUMNS"};
    return name.starts_with("GIT_") || std::find(exact.begin(), exact.end(), name) != exact.end();
}

} // namespace

std::string digest_of(std::string_view text) {
    git_oid id;
    if (git_odb_hash(&id, text.data(), text.size(), GIT_OBJECT_BLOB) != 0)
        return {};
    return git_oid_tostr_s(&id);
}

std::string encode_run_result(const std::string& key, const RunResult& result) {
    std::string out(record_magic);
    put_part(out, key);
    put_part(out, result.messages);
    put_part(out, result.document);
    put_part(out, result.chart ? "1" : "0");
    put_part(out, result.chart.value_or(""));
    out += digest_of(out);
    return out;
}

std::optional<RunResult> decode_run_result(std::string_view data, const std::string& key) {
    constexpr std::size_t digest_size = 40;
    if (!data.starts_with(record_magic) || data.size() < record_magic.size() + digest_size)
        return std::nullopt;
    const auto checked = data.substr(0, data.size() - digest_size);
    if (data.substr(checked.size()) != digest_of(checked))
        return std::nullopt; // damaged: a miss, never a result
    std::string_view rest = checked.substr(record_magic.size());
    RunResult result;
    std::string stored_key;
    std::string has_chart;
    std::string chart;
    if (!take_part(rest, stored_key) || stored_key != key || !take_part(rest, result.messages) ||
        !take_part(rest, result.document) || !take_part(rest, has_chart) ||
        !take_part(rest, chart) || !rest.empty())
        return std::nullopt;
    if (has_chart == "1")
        result.chart = std::move(chart);
    return result;
}

std::string relevant_environment() {
    std::vector<std::string> lines;
    for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
        const std::string_view text(*entry);
        const auto equals = text.find('=');
        const auto name = text.substr(0, equals);
        if (equals == std::string_view::npos || !relevant(name))
            continue;
        std::string line(text);
        const std::string value(text.substr(equals + 1));
        std::error_code error;
        if (name.starts_with("GIT_BRAG_") && !value.empty() && fs::is_regular_file(value, error)) {
            std::ifstream in(value, std::ios::binary);
            line += "\n" + digest_of(std::string(std::istreambuf_iterator<char>(in), {}));
        }
        lines.push_back(std::move(line));
    }
    std::sort(lines.begin(), lines.end());
    std::string out;
    for (const auto& line : lines)
        out += line + "\n";
    return out;
}

std::string program_identity() {
    std::string out =
        std::string("git-brag ") + version + " mining " + std::to_string(mining_version) + "\n";
    std::error_code error;
    const auto self = fs::read_symlink("/proc/self/exe", error);
    if (error)
        return out + "(unknown program file)\n";
    out += self.string() + " " + std::to_string(fs::file_size(self, error));
    const auto time = fs::last_write_time(self, error);
    out += " " + std::to_string(time.time_since_epoch().count()) + "\n";
    return out;
}

namespace {

std::string window_text(const Window& window) {
    return (window.since ? std::to_string(*window.since) : "-") + ".." +
           (window.until ? std::to_string(*window.until) : "-");
}

} // namespace

std::optional<ResultKey> result_key(const RunPlan& plan, const Discovery& discovery,
                                    const RunStart& start) {
    if (!plan.mining.cache_dir || discovery.repositories.empty())
        return std::nullopt;
    std::string how = program_identity();
    for (int i = 0; i < start.argc; ++i)
        put_part(how, start.argv[i]);
    how += "folder " + start.folder + "\n";
    how += relevant_environment();
    how += start.git_config;
    for (const auto& text : plan.texts_read)
        put_part(how, text);
    how += "window " + window_text(plan.window) + "\n";
    if (plan.compare)
        how += "compare " + window_text(*plan.compare) + "\n";
    how += start.colour ? "colour\n" : "plain\n";

    std::string states;
    for (const auto& problem : discovery.problems)
        states += "problem " + problem.path + "\n" + problem.reason + "\n";
    for (const auto& repository : discovery.repositories) {
        put_part(states, repository.path);
        put_part(states, repository_state(repository.handle.get()));
    }
    ResultKey key;
    key.cache_dir = *plan.mining.cache_dir;
    key.repository_id = cache_identity(discovery.repositories.front().handle.get());
    key.slot = digest_of(how);
    key.key = digest_of(how + states);
    return key;
}

std::optional<RunResult> find_result(const ResultKey& key) {
    const auto data = FactCache::peek_result(key.cache_dir, key.repository_id, key.slot);
    if (!data)
        return std::nullopt;
    return decode_run_result(*data, key.key);
}

void keep_result(const ResultKey& key, const RunResult& result, std::vector<std::string>& notices) {
    auto cache = FactCache::open(key.cache_dir, key.repository_id, notices);
    if (cache)
        cache->store_result(key.slot, encode_run_result(key.key, result), notices);
}

} // namespace brag
