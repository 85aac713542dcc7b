#include "fact_cache.hpp"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <system_error>
#include <thread>
#include <unordered_set>

#include <fmt/format.h>

namespace brag {
namespace {

namespace fs = std::filesystem;

// How long a run waits for another holding the cache's write lock before going on without it.
constexpr std::chrono::milliseconds busy_timeout{30000};

constexpr std::string_view magic = "GBD1";
constexpr std::string_view header_magic = "GBH1";

std::uint64_t fnv1a(std::string_view data) {
    std::uint64_t hash = 1469598103934665603ull;
    for (const char c : data) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    return hash;
}

void put_varint(std::string& out, std::uint64_t value) {
    while (value >= 0x80) {
        out += static_cast<char>((value & 0x7f) | 0x80);
        value >>= 7;
    }
    out += static_cast<char>(value);
}

void put_string(std::string& out, std::string_view text) {
    put_varint(out, text.size());
    out.append(text);
}

// Signed values (dates before 1970, offsets west of UTC) zigzag-encoded: small either way.
void put_signed(std::string& out, std::int64_t value) {
    put_varint(out,
               (static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63));
}

void put_checksum(std::string& out) {
    put_varint(out, fnv1a(out));
}

class Reader {
public:
    explicit Reader(std::string_view data) : data_(data) {}
    bool varint(std::uint64_t& value) {
        value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at_ >= data_.size())
                return false;
            const auto byte = static_cast<unsigned char>(data_[at_++]);
            if (shift == 63 && byte > 1)
                return false; // bits beyond 64: not something encode_diff wrote
            value |= std::uint64_t{byte & 0x7fu} << shift;
            if ((byte & 0x80) == 0)
                return true;
        }
        return false;
    }
    bool byte(std::uint8_t& value) {
        if (at_ >= data_.size())
            return false;
        value = static_cast<std::uint8_t>(data_[at_++]);
        return true;
    }
    bool string(std::string& text) {
        std::uint64_t size = 0;
        if (!varint(size) || size > data_.size() - at_)
            return false;
        text.assign(data_.substr(at_, size));
        at_ += size;
        return true;
    }
    bool signed_varint(std::int64_t& value) {
        std::uint64_t raw = 0;
        if (!varint(raw))
            return false;
        value = static_cast<std::int64_t>((raw >> 1) ^ (~(raw & 1) + 1));
        return true;
    }
    bool done() const { return at_ == data_.size(); }
    std::size_t position() const { return at_; }

private:
    std::string_view data_;
    std::size_t at_ = 0;
};

[[noreturn]] void fail(sqlite3* db, int code, const fs::path& file, std::string_view what) {
    throw sqlite::Error(code, fmt::format("fact cache {}: {}: {}", file.string(), what,
                                          db ? sqlite3_errmsg(db) : sqlite3_errstr(code)));
}

void execute(sqlite3* db, const fs::path& file, const char* sql) {
    char* message = nullptr;
    const int code = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (code != SQLITE_OK) {
        std::string text = message ? message : sqlite3_errstr(code);
        sqlite3_free(message);
        throw sqlite::Error(code, fmt::format("fact cache {}: {}", file.string(), text));
    }
}

sqlite::Database open_database(const fs::path& file) {
    sqlite3* raw = nullptr;
    const int code =
        sqlite3_open_v2(file.c_str(), &raw,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    sqlite::Database db(raw);
    if (code != SQLITE_OK)
        fail(raw, code, file, "cannot open");
    // Another run may hold the write lock for a moment: wait rather than fail.
    sqlite3_busy_timeout(db.get(), static_cast<int>(busy_timeout.count()));
    execute(db.get(), file, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
    execute(db.get(), file,
            "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);");
    return db;
}

// Empties the cache when it was written by another mining version, and makes its tables. One
// transaction holding the write lock from its start: runs started together on an old cache
// neither empty it twice nor read a version another is rewriting.
void check_version(sqlite3* db, const fs::path& file) {
    execute(db, file, "BEGIN IMMEDIATE");
    try {
        sqlite3_stmt* raw = nullptr;
        int code = sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key = 'mining_version'", -1,
                                      &raw, nullptr);
        sqlite::Statement select(raw);
        if (code != SQLITE_OK)
            fail(db, code, file, "reading its version");
        code = sqlite3_step(select.get());
        std::string stored;
        if (code == SQLITE_ROW)
            stored = reinterpret_cast<const char*>(sqlite3_column_text(select.get(), 0));
        else if (code != SQLITE_DONE)
            fail(db, code, file, "reading its version");
        if (stored != std::to_string(mining_version)) {
            // Another version's tables, whatever their shape, go.
            const auto reset = fmt::format(
                "DROP TABLE IF EXISTS diffs; DROP TABLE IF EXISTS headers;"
                " DROP TABLE IF EXISTS bodies; DROP TABLE IF EXISTS results;"
                " INSERT OR REPLACE INTO meta(key, value) VALUES('mining_version', '{}');",
                mining_version);
            execute(db, file, reset.c_str());
        }
        execute(db, file,
                "CREATE TABLE IF NOT EXISTS diffs(oid TEXT PRIMARY KEY, data BLOB NOT NULL)"
                " WITHOUT ROWID;"
                "CREATE TABLE IF NOT EXISTS headers(oid TEXT PRIMARY KEY, data BLOB NOT NULL)"
                " WITHOUT ROWID;"
                "CREATE TABLE IF NOT EXISTS bodies(oid TEXT PRIMARY KEY, body BLOB NOT NULL)"
                " WITHOUT ROWID;"
                "CREATE TABLE IF NOT EXISTS results(slot TEXT PRIMARY KEY, data BLOB NOT NULL);"
                "COMMIT;");
    } catch (const sqlite::Error&) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

fs::path cache_file_of(const fs::path& cache_dir, const std::string& repository_id) {
    return cache_dir / fmt::format("repo-{:016x}.sqlite", fnv1a(repository_id));
}

void remove_database_files(const fs::path& file) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm"})
        fs::remove(fs::path(file.string() + suffix), ignored);
}

} // namespace

std::string encode_diff(const Commit& commit) {
    std::string out(magic);
    out += static_cast<char>(commit.diff);
    put_varint(out, commit.changes.size());
    for (const auto& change : commit.changes) {
        out += static_cast<char>(change.kind);
        out += static_cast<char>(change.binary ? 1 : 0);
        put_string(out, change.path);
        put_string(out, change.old_path == change.path ? std::string_view() : change.old_path);
        put_varint(out, static_cast<std::uint64_t>(change.lines_added));
        put_varint(out, static_cast<std::uint64_t>(change.lines_deleted));
    }
    put_checksum(out);
    return out;
}

std::optional<CachedDiff> decode_diff(std::string_view data) {
    if (!data.starts_with(magic))
        return std::nullopt;
    Reader reader(data.substr(magic.size()));
    CachedDiff diff;
    std::uint8_t depth = 0;
    std::uint64_t count = 0;
    if (!reader.byte(depth) || depth > static_cast<std::uint8_t>(DiffDepth::lines) ||
        !reader.varint(count) || count > data.size())
        return std::nullopt;
    diff.depth = static_cast<DiffDepth>(depth);
    diff.changes.reserve(count);
    for (std::uint64_t i = 0; i < count; ++i) {
        FileChange change;
        std::uint8_t kind = 0;
        std::uint8_t binary = 0;
        std::uint64_t added = 0;
        std::uint64_t deleted = 0;
        if (!reader.byte(kind) || kind > static_cast<std::uint8_t>(ChangeKind::type_changed) ||
            !reader.byte(binary) || !reader.string(change.path) ||
            !reader.string(change.old_path) || !reader.varint(added) || !reader.varint(deleted))
            return std::nullopt;
        change.kind = static_cast<ChangeKind>(kind);
        change.binary = binary != 0;
        if (change.old_path.empty())
            change.old_path = change.path;
        change.lines_added = static_cast<std::int64_t>(added);
        change.lines_deleted = static_cast<std::int64_t>(deleted);
        diff.changes.push_back(std::move(change));
    }
    // The checksum covers everything before it: a damaged row is a miss, never a fact.
    const auto body = data.substr(0, magic.size() + reader.position());
    std::uint64_t checksum = 0;
    if (!reader.varint(checksum) || !reader.done() || checksum != fnv1a(body))
        return std::nullopt;
    return diff;
}

std::string encode_header(const Commit& commit, const std::string& tree) {
    std::string out(header_magic);
    put_string(out, tree);
    put_varint(out, commit.parents.size());
    for (const auto& parent : commit.parents)
        put_string(out, parent.hex());
    for (const Person* person : {&commit.raw_author, &commit.raw_committer}) {
        put_string(out, person->name);
        put_string(out, person->email);
    }
    for (const Timestamp* time : {&commit.author_time, &commit.commit_time}) {
        put_signed(out, time->seconds);
        put_signed(out, time->offset_minutes);
    }
    put_string(out, commit.subject);
    put_varint(out, commit.trailers.size());
    for (const auto& trailer : commit.trailers) {
        put_string(out, trailer.key);
        put_string(out, trailer.value);
    }
    put_checksum(out);
    return out;
}

std::optional<CachedHeader> decode_header(std::string_view data) {
    if (!data.starts_with(header_magic))
        return std::nullopt;
    Reader reader(data.substr(header_magic.size()));
    CachedHeader header;
    Commit& commit = header.commit;
    std::uint64_t count = 0;
    if (!reader.string(header.tree) || !reader.varint(count) || count > data.size())
        return std::nullopt;
    commit.parents.resize(count);
    for (auto& parent : commit.parents) {
        std::string hex;
        if (!reader.string(hex))
            return std::nullopt;
        const auto id = CommitId::from_hex(hex);
        if (!id)
            return std::nullopt;
        parent = *id;
    }
    for (Person* person : {&commit.raw_author, &commit.raw_committer})
        if (!reader.string(person->name) || !reader.string(person->email))
            return std::nullopt;
    for (Timestamp* time : {&commit.author_time, &commit.commit_time}) {
        std::int64_t offset = 0;
        if (!reader.signed_varint(time->seconds) || !reader.signed_varint(offset))
            return std::nullopt;
        time->offset_minutes = static_cast<int>(offset);
    }
    if (!reader.string(commit.subject) || !reader.varint(count) || count > data.size())
        return std::nullopt;
    commit.trailers.resize(count);
    for (auto& trailer : commit.trailers)
        if (!reader.string(trailer.key) || !reader.string(trailer.value))
            return std::nullopt;
    const auto checked = data.substr(0, header_magic.size() + reader.position());
    std::uint64_t checksum = 0;
    if (!reader.varint(checksum) || !reader.done() || checksum != fnv1a(checked))
        return std::nullopt;
    return header;
}

std::optional<fs::path> FactCache::default_folder() {
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/')
        return fs::path(xdg) / "git-brag";
    if (const char* home = std::getenv("HOME"); home && *home)
        return fs::path(home) / ".cache" / "git-brag";
    return std::nullopt;
}

FactCache::FactCache(fs::path file, sqlite::Database db)
    : file_(std::move(file)), db_(std::move(db)) {}

namespace {

// Runs a query, handing each row to `row`. A failure (a damaged file) throws sqlite::Error.
template <typename Row>
void each_row(sqlite3* db, const fs::path& file, const char* sql, Row row) {
    sqlite3_stmt* raw = nullptr;
    int code = sqlite3_prepare_v2(db, sql, -1, &raw, nullptr);
    sqlite::Statement statement(raw);
    if (code != SQLITE_OK)
        fail(db, code, file, "reading");
    while ((code = sqlite3_step(statement.get())) == SQLITE_ROW)
        row(statement.get());
    if (code != SQLITE_DONE)
        fail(db, code, file, "reading");
}

std::string_view column_bytes(sqlite3_stmt* statement, int column) {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(statement, column));
    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(statement, column));
    return data != nullptr ? std::string_view(data, size) : std::string_view();
}

std::string column_text(sqlite3_stmt* statement, int column) {
    return std::string(column_bytes(statement, column));
}

} // namespace

void FactCache::load() {
    if (loaded_)
        return;
    loaded_ = true;
    each_row(db_.get(), file_, "SELECT oid, data FROM headers", [&](sqlite3_stmt* row) {
        const auto id = CommitId::from_hex(column_text(row, 0));
        auto header = decode_header(column_bytes(row, 1));
        if (id && header) { // a damaged row is a miss
            header->commit.id = *id;
            headers_.emplace(*id, std::move(*header));
        }
    });
    each_row(db_.get(), file_, "SELECT oid, data FROM diffs", [&](sqlite3_stmt* row) {
        if (const auto id = CommitId::from_hex(column_text(row, 0)))
            diffs_.emplace(*id, column_text(row, 1));
    });
}

std::unique_ptr<FactCache> FactCache::open(const fs::path& cache_dir,
                                           const std::string& repository_id,
                                           std::vector<std::string>& warnings) {
    std::error_code error;
    fs::create_directories(cache_dir, error);
    if (error) {
        warnings.push_back(fmt::format("fact cache {} cannot be created ({}): running without it",
                                       cache_dir.string(), error.message()));
        return nullptr;
    }
    const auto file = cache_file_of(cache_dir, repository_id);
    // Runs started together on a new cache meet locks SQLite does not wait for (the switch to
    // WAL, a read turning into a write): those are tried again, for as long as the busy timeout.
    const auto give_up = std::chrono::steady_clock::now() + busy_timeout;
    auto pause = std::chrono::milliseconds(5);
    bool rebuilt = false;
    for (;;) {
        try {
            auto db = open_database(file);
            check_version(db.get(), file);
            return std::unique_ptr<FactCache>(new FactCache(file, std::move(db)));
        } catch (const sqlite::Error& failure) {
            if (failure.is_busy() && std::chrono::steady_clock::now() < give_up) {
                std::this_thread::sleep_for(pause);
                pause = std::min(pause * 2, std::chrono::milliseconds(200));
                continue;
            }
            if (!failure.is_corruption() || rebuilt) {
                warnings.push_back(std::string(failure.what()) + ": running without it");
                return nullptr;
            }
            warnings.push_back(
                fmt::format("fact cache {} is corrupt: rebuilding it", file.string()));
            remove_database_files(file);
            rebuilt = true;
        }
    }
}

std::size_t FactCache::header_count() {
    load();
    return headers_.size();
}

std::optional<CachedDiff> FactCache::find(const CommitId& id, DiffDepth depth) {
    load();
    const auto found = diffs_.find(id);
    if (found == diffs_.end())
        return std::nullopt;
    auto diff = decode_diff(found->second);
    if (!diff || static_cast<int>(diff->depth) < static_cast<int>(depth))
        return std::nullopt;
    return diff;
}

void FactCache::store(const Commit& commit) {
    if (commit.diff != DiffDepth::none)
        pending_diffs_.emplace_back(commit.id.hex(), encode_diff(commit));
}

std::optional<CachedHeader> FactCache::take_header(const CommitId& id) {
    load();
    auto found = headers_.find(id);
    if (found == headers_.end())
        return std::nullopt;
    auto header = std::move(found->second);
    headers_.erase(found);
    return header;
}

void FactCache::store_header(const Commit& commit, const std::string& tree) {
    pending_headers_.emplace_back(commit.id.hex(), encode_header(commit, tree));
}

std::vector<std::pair<CommitId, std::string>> FactCache::bodies(const std::vector<CommitId>& ids) {
    std::vector<std::pair<CommitId, std::string>> found;
    if (ids.empty())
        return found;
    // Many bodies (a prolific subject's) come cheaper from one scan than from a lookup each.
    constexpr std::size_t scan_above = 512;
    if (ids.size() > scan_above) {
        const std::unordered_set<CommitId, CommitIdHash> wanted(ids.begin(), ids.end());
        try {
            each_row(db_.get(), file_, "SELECT oid, body FROM bodies", [&](sqlite3_stmt* row) {
                const auto id = CommitId::from_hex(column_bytes(row, 0));
                if (id && wanted.count(*id) != 0)
                    found.emplace_back(*id, column_text(row, 1));
            });
        } catch (const sqlite::Error&) {
            found.clear(); // a damaged cache: the bodies are read from git instead
        }
        return found;
    }
    sqlite3_stmt* raw = nullptr;
    int code =
        sqlite3_prepare_v2(db_.get(), "SELECT body FROM bodies WHERE oid = ?", -1, &raw, nullptr);
    sqlite::Statement select(raw);
    if (code != SQLITE_OK)
        return found; // a damaged cache: the bodies are read from git instead
    for (const auto& id : ids) {
        const auto oid = id.hex();
        sqlite3_reset(select.get());
        sqlite3_bind_text(select.get(), 1, oid.data(), static_cast<int>(oid.size()), SQLITE_STATIC);
        code = sqlite3_step(select.get());
        if (code == SQLITE_ROW)
            found.emplace_back(id, column_text(select.get(), 0));
        else if (code != SQLITE_DONE)
            break;
    }
    return found;
}

void FactCache::store_body(const CommitId& id, const std::string& body) {
    pending_bodies_.emplace_back(id.hex(), body);
}

void FactCache::write_pending(const char* sql,
                              std::vector<std::pair<std::string, std::string>>& rows) {
    sqlite3_stmt* raw = nullptr;
    const int code = sqlite3_prepare_v2(db_.get(), sql, -1, &raw, nullptr);
    sqlite::Statement insert(raw);
    if (code != SQLITE_OK)
        fail(db_.get(), code, file_, "preparing a write");
    // In key order, each row lands next to the previous one: in the walk's order, each landed
    // on a random page of the table, and writing a whole history's headers took 2 s.
    std::sort(rows.begin(), rows.end());
    for (const auto& [oid, data] : rows) {
        sqlite3_reset(insert.get());
        sqlite3_bind_text(insert.get(), 1, oid.data(), static_cast<int>(oid.size()), SQLITE_STATIC);
        sqlite3_bind_blob(insert.get(), 2, data.data(), static_cast<int>(data.size()),
                          SQLITE_STATIC);
        if (const int step = sqlite3_step(insert.get()); step != SQLITE_DONE)
            fail(db_.get(), step, file_, "writing");
    }
    rows.clear();
}

void FactCache::flush(std::vector<std::string>& warnings) {
    if (pending_diffs_.empty() && pending_headers_.empty() && pending_bodies_.empty())
        return;
    try {
        execute(db_.get(), file_, "BEGIN IMMEDIATE");
        write_pending("INSERT OR REPLACE INTO headers(oid, data) VALUES(?, ?)", pending_headers_);
        write_pending("INSERT OR REPLACE INTO bodies(oid, body) VALUES(?, ?)", pending_bodies_);
        write_pending("INSERT OR REPLACE INTO diffs(oid, data) VALUES(?, ?)", pending_diffs_);
        execute(db_.get(), file_, "COMMIT");
    } catch (const sqlite::Error& failure) {
        sqlite3_exec(db_.get(), "ROLLBACK", nullptr, nullptr, nullptr);
        warnings.push_back(std::string(failure.what()) + ": this run's facts were not cached");
    }
    // Given back, not only emptied: the headers of a whole history are tens of megabytes.
    pending_diffs_ = {};
    pending_headers_ = {};
    pending_bodies_ = {};
}

void FactCache::store_result(const std::string& slot, const std::string& data,
                             std::vector<std::string>& warnings) {
    std::vector<std::pair<std::string, std::string>> rows{{slot, data}};
    try {
        execute(db_.get(), file_, "BEGIN IMMEDIATE");
        write_pending("INSERT OR REPLACE INTO results(slot, data) VALUES(?, ?)", rows);
        execute(db_.get(), file_, "COMMIT");
    } catch (const sqlite::Error& failure) {
        sqlite3_exec(db_.get(), "ROLLBACK", nullptr, nullptr, nullptr);
        warnings.push_back(std::string(failure.what()) + ": this run's result was not cached");
    }
}

std::optional<std::string> FactCache::peek_result(const fs::path& cache_dir,
                                                  const std::string& repository_id,
                                                  const std::string& slot) {
    const auto file = cache_file_of(cache_dir, repository_id);
    std::error_code error;
    if (!fs::is_regular_file(file, error))
        return std::nullopt;
    sqlite3* raw = nullptr;
    const int code =
        sqlite3_open_v2(file.c_str(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    sqlite::Database db(raw);
    if (code != SQLITE_OK)
        return std::nullopt;
    sqlite3_busy_timeout(db.get(), static_cast<int>(busy_timeout.count()));
    std::optional<std::string> found;
    try {
        // A result of another mining version is never read: that version's facts differ.
        std::string version;
        each_row(db.get(), file, "SELECT value FROM meta WHERE key = 'mining_version'",
                 [&](sqlite3_stmt* row) { version = column_text(row, 0); });
        if (version != std::to_string(mining_version))
            return std::nullopt;
        sqlite3_stmt* raw_select = nullptr;
        if (sqlite3_prepare_v2(db.get(), "SELECT data FROM results WHERE slot = ?", -1, &raw_select,
                               nullptr) != SQLITE_OK)
            return std::nullopt; // a cache written before results were kept
        sqlite::Statement select(raw_select);
        sqlite3_bind_text(select.get(), 1, slot.data(), static_cast<int>(slot.size()),
                          SQLITE_STATIC);
        if (sqlite3_step(select.get()) == SQLITE_ROW)
            found = column_text(select.get(), 0);
    } catch (const sqlite::Error&) {
        return std::nullopt; // damaged: the run that mines reports and rebuilds it
    }
    return found;
}

} // namespace brag
