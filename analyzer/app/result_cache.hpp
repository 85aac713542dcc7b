// Whole results of earlier runs, so that a run over unchanged repositories costs a lookup: the
// document, its chart and the messages the run wrote, kept in the fact cache of the run's first
// repository under a key made of everything the result depends on. The key is a digest of:
//   - this program (its file's size and time, its version, the mining version),
//   - how it was run: the arguments, the folder, the environment variables that matter (git's,
//     git-brag's, HOME, XDG_*, SOURCE_DATE_EPOCH, colour and locale), the brag.* git config read,
//     the configuration and --reviews files read (their bytes), the resolved windows,
//   - each repository's state (git/repository_state.hpp: refs, HEAD, config, .mailmap, packs)
//     and the paths discovery could not search.
// Runs that produced a notice about the cache itself are not kept (the notice would be replayed
// where it no longer holds); neither are failed runs.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "git/discovery.hpp"
#include "run_plan.hpp"

namespace brag {

// What a run wrote, given its key.
struct RunResult {
    std::string messages; // standard error after discovery, as written (colours included)
    std::string document;
    std::optional<std::string> chart;
};

// How the run was started, beyond its plan.
struct RunStart {
    int argc = 0;
    const char* const* argv = nullptr;
    std::string folder;     // the current folder before -C
    std::string git_config; // the git config read for defaults, as text
    bool colour = false;    // whether messages are coloured
};

// Where a run's result is kept and under what names; none when the run keeps none (no cache,
// no repository).
struct ResultKey {
    std::filesystem::path cache_dir;
    std::string repository_id; // the fact cache it lives in: the first repository's
    std::string slot;          // the way of running, repositories' states aside
    std::string key;           // everything
};
std::optional<ResultKey> result_key(const RunPlan& plan, const Discovery& discovery,
                                    const RunStart& start);

// The stored result for `key`, if any.
std::optional<RunResult> find_result(const ResultKey& key);
// Keeps a result; what goes wrong doing so is appended to `notices`.
void keep_result(const ResultKey& key, const RunResult& result, std::vector<std::string>& notices);

// The digest of `text`, as 40 hex digits.
std::string digest_of(std::string_view text);

// `slot` names the way of running (one stored result each); `key` the whole of what the result
// depends on. A record whose key or checksum differs decodes to nothing.
std::string encode_run_result(const std::string& key, const RunResult& result);
std::optional<RunResult> decode_run_result(std::string_view data, const std::string& key);

// The environment variables a run's result may depend on, as "NAME=value" lines, sorted; a
// GIT_BRAG_* variable naming a file brings the file's bytes too (a model file, say).
std::string relevant_environment();

// This program's identity: its file's path, size and modification time, and its version.
std::string program_identity();

} // namespace brag
