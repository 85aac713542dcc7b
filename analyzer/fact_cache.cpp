#include "fact_cache.hpp"

#include <cstdint>
#include <cstdlib>
#include <system_error>

#include <fmt/format.h>

namespace brag {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view magic = "GBD1";

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
    sqlite3_busy_timeout(db.get(), 30000);
    execute(db.get(), file, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
    execute(db.get(), file,
            "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
            "CREATE TABLE IF NOT EXISTS diffs(oid TEXT PRIMARY KEY, depth INTEGER NOT NULL,"
            " data BLOB NOT NULL) WITHOUT ROWID;");
    return db;
}

// Empties the cache when it was written by another mining version.
void check_version(sqlite3* db, const fs::path& file) {
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
    if (stored == std::to_string(mining_version))
        return;
    execute(db, file, "BEGIN IMMEDIATE; DELETE FROM diffs;");
    const auto update = fmt::format(
        "INSERT OR REPLACE INTO meta(key, value) VALUES('mining_version', '{}'); COMMIT;",
        mining_version);
    execute(db, file, update.c_str());
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
    put_varint(out, fnv1a(out));
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

std::optional<fs::path> FactCache::default_folder() {
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/')
        return fs::path(xdg) / "git-brag";
    if (const char* home = std::getenv("HOME"); home && *home)
        return fs::path(home) / ".cache" / "git-brag";
    return std::nullopt;
}

FactCache::FactCache(fs::path file, sqlite::Database db)
    : file_(std::move(file)), db_(std::move(db)) {
    prepare();
}

void FactCache::prepare() {
    sqlite3_stmt* raw = nullptr;
    const int code = sqlite3_prepare_v2(db_.get(), "SELECT depth, data FROM diffs WHERE oid = ?",
                                        -1, &raw, nullptr);
    select_.reset(raw);
    if (code != SQLITE_OK)
        fail(db_.get(), code, file_, "preparing a lookup");
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
    const auto file = cache_dir / fmt::format("repo-{:016x}.sqlite", fnv1a(repository_id));
    for (int attempt = 0; attempt < 2; ++attempt) {
        try {
            auto db = open_database(file);
            check_version(db.get(), file);
            return std::unique_ptr<FactCache>(new FactCache(file, std::move(db)));
        } catch (const sqlite::Error& failure) {
            if (!failure.is_corruption() || attempt == 1) {
                warnings.push_back(std::string(failure.what()) + ": running without it");
                return nullptr;
            }
            warnings.push_back(
                fmt::format("fact cache {} is corrupt: rebuilding it", file.string()));
            remove_database_files(file);
        }
    }
    return nullptr;
}

std::optional<CachedDiff> FactCache::find(const std::string& oid, DiffDepth depth) {
    if (broken_)
        return std::nullopt;
    sqlite3_reset(select_.get());
    sqlite3_bind_text(select_.get(), 1, oid.data(), static_cast<int>(oid.size()), SQLITE_STATIC);
    const int code = sqlite3_step(select_.get());
    if (code == SQLITE_DONE)
        return std::nullopt;
    if (code != SQLITE_ROW) {
        broken_ = true; // a damaged file: the caller mines everything afresh
        return std::nullopt;
    }
    if (sqlite3_column_int(select_.get(), 0) < static_cast<int>(depth))
        return std::nullopt;
    const auto* data = static_cast<const char*>(sqlite3_column_blob(select_.get(), 1));
    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(select_.get(), 1));
    auto diff = decode_diff(std::string_view(data ? data : "", size));
    if (diff && static_cast<int>(diff->depth) < static_cast<int>(depth))
        return std::nullopt;
    return diff;
}

void FactCache::store(const Commit& commit) {
    if (commit.diff != DiffDepth::none)
        pending_.emplace_back(commit.oid, encode_diff(commit));
}

void FactCache::flush(std::vector<std::string>& warnings) {
    if (pending_.empty())
        return;
    try {
        execute(db_.get(), file_, "BEGIN IMMEDIATE");
        sqlite3_stmt* raw = nullptr;
        const int code = sqlite3_prepare_v2(
            db_.get(), "INSERT OR REPLACE INTO diffs(oid, depth, data) VALUES(?, ?, ?)", -1, &raw,
            nullptr);
        sqlite::Statement insert(raw);
        if (code != SQLITE_OK)
            fail(db_.get(), code, file_, "preparing a write");
        for (const auto& [oid, data] : pending_) {
            sqlite3_reset(insert.get());
            sqlite3_bind_text(insert.get(), 1, oid.data(), static_cast<int>(oid.size()),
                              SQLITE_STATIC);
            sqlite3_bind_int(insert.get(), 2, static_cast<unsigned char>(data[magic.size()]));
            sqlite3_bind_blob(insert.get(), 3, data.data(), static_cast<int>(data.size()),
                              SQLITE_STATIC);
            if (const int step = sqlite3_step(insert.get()); step != SQLITE_DONE)
                fail(db_.get(), step, file_, "writing");
        }
        execute(db_.get(), file_, "COMMIT");
    } catch (const sqlite::Error& failure) {
        sqlite3_exec(db_.get(), "ROLLBACK", nullptr, nullptr, nullptr);
        warnings.push_back(std::string(failure.what()) + ": this run's facts were not cached");
    }
    pending_.clear();
}

} // namespace brag
