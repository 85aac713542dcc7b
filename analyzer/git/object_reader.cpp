#include "object_reader.hpp"

#include <algorithm>
#include <cstring>
#include <fcntl.h>
#include <libdeflate.h>
#include <unistd.h>
#include <zlib.h>

#include "pack_format.hpp"

namespace brag::git {
namespace {

// Per reader. Delta chains in git's packs run up to 50 deep (250 after an aggressive repack):
// without their bases at hand, each object would cost the whole chain. On git's own history
// with two workers, the diffs took 20 s with none kept, 5.1 s with 8 MB, 4.5 s with 16 MB, for
// a peak memory of 242 MB, 259 MB and 275 MB.
constexpr std::size_t kept_bytes = std::size_t{8} << 20;
// A chain longer than this is a loop of reference deltas, not a history.
constexpr int longest_chain = 10000;
// A first read takes the entry's header and, for most entries, all of its data.
constexpr std::uint64_t first_read_bytes = 2048;
// Where the objects asked for lately are: rename detection asks a blob's size and then its
// bytes, a diff reads a tree as a commit's and as its child's parent's.
constexpr std::size_t largest_location_memo = 16384;

std::string oid_hex(const git_oid& id) {
    char text[GIT_OID_HEXSZ + 1];
    git_oid_tostr(text, sizeof text, &id);
    return text;
}

const char* type_name(git_object_t type) {
    const char* name = git_object_type2string(type);
    return name != nullptr && name[0] != '\0' ? name : "unknown";
}

} // namespace

ObjectReader::ObjectReader(git_repository* repo, std::string_view repo_path,
                           std::shared_ptr<const PackedObjects> packs)
    : repo_(repo), repo_path_(repo_path), packs_(std::move(packs)),
      recent_(packs_ ? kept_bytes : 0) {
    if (packs_) {
        fds_.resize(packs_->pack_count());
        inflater_ = libdeflate_alloc_decompressor();
        if (inflater_ == nullptr)
            throw std::bad_alloc();
    }
}

ObjectReader::~ObjectReader() {
    if (inflater_ != nullptr)
        libdeflate_free_decompressor(inflater_);
}

std::shared_ptr<const PackedObjects> ObjectReader::packs_of(git_repository* repo) {
    return PackedObjects::open(std::string(git_repository_commondir(repo)) + "objects");
}

Object ObjectReader::read(const git_oid& id, git_object_t expected, std::string_view what) {
    Object object;
    bool found = false;
    if (packs_) {
        if (const auto where = locate(id)) {
            try {
                object = read_packed(*where);
                found = true;
            } catch (const pack::FormatError&) {
                // libgit2 reads it, or says what is wrong with it.
            }
        }
    }
    if (!found)
        object = read_through_libgit2(id, what);
    if (expected != GIT_OBJECT_ANY && object.type != expected)
        throw Error(GIT_EINVALID, repo_path_ + ": " + std::string(what) + ": object " +
                                      oid_hex(id) + " is a " + type_name(object.type) + ", not a " +
                                      type_name(expected));
    return object;
}

std::optional<Object> ObjectReader::read_from_packs(const git_oid& id) {
    if (!packs_)
        return std::nullopt;
    const auto where = locate(id);
    if (!where)
        return std::nullopt;
    try {
        return read_packed(*where);
    } catch (const pack::FormatError&) {
        return std::nullopt;
    }
}

std::uint64_t ObjectReader::size(const git_oid& id, std::string_view what) {
    if (packs_) {
        if (const auto where = locate(id)) {
            try {
                return size_packed(*where);
            } catch (const pack::FormatError&) {
            }
        }
    }
    std::size_t size = 0;
    git_object_t type = GIT_OBJECT_INVALID;
    check(git_odb_read_header(&size, &type, odb(), &id), repo_path_, what);
    return size;
}

std::optional<PackedObjects::Location> ObjectReader::locate(const git_oid& id) {
    if (const auto found = located_.find(id); found != located_.end())
        return found->second;
    const auto where = packs_->find(id);
    if (where) {
        if (located_.size() >= largest_location_memo)
            located_.clear();
        located_.emplace(id, *where);
    }
    return where;
}

Object ObjectReader::read_packed(PackedObjects::Location where) {
    struct Delta {
        Key key;
        std::string instructions;
    };
    std::vector<Delta> deltas; // from the object asked for down to its base
    Key key{where.pack, where.offset};
    Object object;
    for (int depth = 0;; ++depth) {
        if (depth > longest_chain)
            throw pack::FormatError("delta chain too long");
        if (object = cached(key); object.data)
            break;
        const auto bytes = read_bytes(key.pack, key.offset, first_read_bytes);
        const bool whole_rest = bytes.size() < first_read_bytes; // the read reached the end
        const auto header = pack::parse_entry_header(bytes);
        if (header.type == pack::EntryType::offset_delta ||
            header.type == pack::EntryType::reference_delta) {
            Key base = key;
            git_oid base_id{};
            if (header.type == pack::EntryType::offset_delta) {
                if (header.base_distance == 0 || header.base_distance > key.offset)
                    throw pack::FormatError("delta base outside the pack");
                base.offset -= header.base_distance;
            } else {
                std::memcpy(base_id.id, header.base_id, sizeof base_id.id);
            }
            auto instructions = inflate_entry(key, header, bytes, whole_rest);
            deltas.push_back({key, std::move(instructions)});
            if (header.type == pack::EntryType::offset_delta) {
                key = base;
                continue;
            }
            if (const auto found = locate(base_id)) {
                key = {found->pack, found->offset};
                continue;
            }
            object = read_through_libgit2(base_id, "delta base " + oid_hex(base_id));
            break;
        }
        object.type = static_cast<git_object_t>(header.type);
        object.data =
            std::make_shared<const std::string>(inflate_entry(key, header, bytes, whole_rest));
        if (!deltas.empty() || object.type == GIT_OBJECT_TREE)
            remember(key, object);
        break;
    }
    for (auto delta = deltas.rbegin(); delta != deltas.rend(); ++delta) {
        object.data = std::make_shared<const std::string>(
            pack::apply_delta(*object.data, delta->instructions));
        // What the chain rebuilt on the way is kept, as git keeps delta bases; the object
        // asked for only if it is a tree (see recent_).
        if (delta + 1 != deltas.rend() || object.type == GIT_OBJECT_TREE)
            remember(delta->key, object);
    }
    return object;
}

std::string ObjectReader::inflate_entry(const Key& key, const pack::EntryHeader& header,
                                        std::string_view first_read, bool whole_rest) {
    // Most entries are small: the first read holds all of their data.
    const auto data = first_read.substr(header.length);
    if (whole_rest || data.size() >= pack::compressed_bound(header.size)) {
        std::string out(static_cast<std::size_t>(header.size), '\0');
        std::size_t used = 0;
        if (libdeflate_zlib_decompress_ex(inflater_, data.data(), data.size(), out.data(),
                                          out.size(), &used, nullptr) == LIBDEFLATE_SUCCESS)
            return out;
    }
    return inflate(key.pack, key.offset + header.length, header.size);
}

std::uint64_t ObjectReader::size_packed(PackedObjects::Location where) {
    const Key key{where.pack, where.offset};
    if (const auto hit = recent_.find(key_of(key.pack, key.offset)))
        return hit->bytes.size();
    const auto header = pack::parse_entry_header(read_bytes(key.pack, key.offset, 64));
    if (header.type != pack::EntryType::offset_delta &&
        header.type != pack::EntryType::reference_delta)
        return header.size;
    // A delta starts with its base's size and its result's: twenty bytes at most.
    const auto start =
        inflate_start(key.pack, key.offset + header.length,
                      static_cast<std::size_t>(std::min<std::uint64_t>(header.size, 20)));
    return pack::parse_delta_sizes(start).result;
}

Object ObjectReader::read_through_libgit2(const git_oid& id, std::string_view what) {
    git_odb_object* raw = nullptr;
    check(git_odb_read(&raw, odb(), &id), repo_path_, what);
    const OdbObjectHandle handle(raw);
    Object object;
    object.type = git_odb_object_type(raw);
    object.data = std::make_shared<const std::string>(
        static_cast<const char*>(git_odb_object_data(raw)), git_odb_object_size(raw));
    return object;
}

git_odb* ObjectReader::odb() {
    if (odb_ == nullptr) {
        // Not a reference of our own: the repository keeps its database alive, and a reader
        // serving it (pack_backend.hpp) lives inside it; a reference here would keep both
        // alive forever.
        git_odb* raw = nullptr;
        check(git_repository_odb(&raw, repo_), repo_path_, "object database");
        odb_ = raw;
        git_odb_free(raw);
    }
    return odb_;
}

int ObjectReader::fd_of(std::size_t pack) {
    if (!fds_[pack].valid()) {
        fds_[pack] = FileDescriptor(::open(packs_->pack_path(pack).c_str(), O_RDONLY | O_CLOEXEC));
        if (!fds_[pack].valid())
            throw pack::FormatError("pack file cannot be opened");
    }
    return fds_[pack].get();
}

std::string_view ObjectReader::read_bytes(std::size_t pack, std::uint64_t offset,
                                          std::uint64_t size) {
    const std::uint64_t end = packs_->data_end(pack);
    if (offset >= end)
        throw pack::FormatError("pack offset past its end");
    size = std::min(size, end - offset);
    scratch_.resize(static_cast<std::size_t>(size));
    if (!read_exactly(fd_of(pack), offset, scratch_.data(), scratch_.size()))
        throw pack::FormatError("pack file cannot be read");
    return scratch_;
}

std::string ObjectReader::inflate(std::size_t pack, std::uint64_t offset, std::uint64_t size) {
    std::string out(static_cast<std::size_t>(size), '\0');
    // One read of the most zlib can take for this size; should an odd writer have taken more,
    // a second, larger read.
    std::uint64_t want = pack::compressed_bound(size);
    for (int attempt = 0; attempt < 2; ++attempt, want = want * 4 + (std::uint64_t{1} << 20)) {
        const auto in = read_bytes(pack, offset, want);
        std::size_t used = 0;
        const auto result = libdeflate_zlib_decompress_ex(inflater_, in.data(), in.size(),
                                                          out.data(), out.size(), &used, nullptr);
        if (result == LIBDEFLATE_SUCCESS)
            return out;
        if (in.size() < want) // the read reached the pack's end: more would not help
            break;
    }
    throw pack::FormatError("pack entry does not inflate");
}

std::string ObjectReader::inflate_start(std::size_t pack, std::uint64_t offset, std::size_t bytes) {
    std::string out(bytes, '\0');
    if (bytes == 0)
        return out;
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        throw pack::FormatError("zlib cannot start");
    // Enough input for the first bytes of any block; a second pass with more in the rare case.
    std::uint64_t want = 1024;
    int status = Z_OK;
    for (int attempt = 0; attempt < 2; ++attempt, want *= 64) {
        const auto in = read_bytes(pack, offset, want);
        inflateReset(&stream);
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
        stream.avail_in = static_cast<uInt>(in.size());
        stream.next_out = reinterpret_cast<Bytef*>(out.data());
        stream.avail_out = static_cast<uInt>(out.size());
        status = ::inflate(&stream, Z_SYNC_FLUSH);
        if (stream.avail_out == 0 || status == Z_STREAM_END || in.size() < want)
            break;
    }
    inflateEnd(&stream);
    if (stream.avail_out != 0)
        throw pack::FormatError("delta header does not inflate");
    return out;
}

std::uint64_t ObjectReader::key_of(std::size_t pack, std::uint64_t offset) const {
    // One number per entry: offsets under 2^48 bytes and fewer than 2^16 packs fit.
    return offset * packs_->pack_count() + pack;
}

Object ObjectReader::cached(const Key& key) {
    bool old = false;
    const auto hit = recent_.find(key_of(key.pack, key.offset), &old);
    if (!hit)
        return {};
    Object object{hit->type, std::make_shared<const std::string>(hit->bytes)};
    if (old) // still in use: keep it longer
        recent_.put(key_of(key.pack, key.offset), object.type, object.bytes());
    return object;
}

void ObjectReader::remember(const Key& key, const Object& object) {
    recent_.put(key_of(key.pack, key.offset), object.type, object.bytes());
}

} // namespace brag::git
