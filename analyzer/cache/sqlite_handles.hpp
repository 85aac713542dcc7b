// RAII for the SQLite handles the fact cache uses, and one error type that names the cache file.
#pragma once

#include <memory>
#include <sqlite3.h>
#include <stdexcept>
#include <string>

namespace brag::sqlite {

struct DatabaseCloser {
    void operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }
};
struct StatementFinalizer {
    void operator()(sqlite3_stmt* statement) const noexcept { sqlite3_finalize(statement); }
};
using Database = std::unique_ptr<sqlite3, DatabaseCloser>;
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

class Error : public std::runtime_error {
public:
    Error(int code, std::string message) : std::runtime_error(std::move(message)), code_(code) {}
    int code() const { return code_; }
    // The file is damaged (or not a database at all): rebuild it rather than trust it.
    bool is_corruption() const {
        const int primary = code_ & 0xff;
        return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
    }
    // Another run holds a lock SQLite would not wait for (it does not call the busy handler
    // while a new file is switched to WAL, or for a read that must become a write).
    bool is_busy() const {
        const int primary = code_ & 0xff;
        return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
    }

private:
    int code_;
};

} // namespace brag::sqlite
