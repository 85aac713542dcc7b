#include "pack_backend.hpp"

#include <cstring>

#include <git2/sys/odb_backend.h>

namespace brag::git {
namespace {

// Above libgit2's loose (1) and pack (2) backends, which are asked in decreasing priority.
constexpr int reader_priority = 100;

struct ReaderBackend : git_odb_backend {
    std::shared_ptr<ObjectReader> reader;
};

ObjectReader& reader_of(git_odb_backend* backend) {
    return *static_cast<ReaderBackend*>(backend)->reader;
}

// Anything the reader cannot give (not in its packs, an entry it cannot decode) passes to
// libgit2's own backends, which read it or say what is wrong with it.
int read_object(void** data, std::size_t* size, git_object_t* type, git_odb_backend* backend,
                const git_oid* id) {
    try {
        const auto object = reader_of(backend).read_from_packs(*id);
        if (!object)
            return GIT_PASSTHROUGH;
        void* buffer = git_odb_backend_data_alloc(backend, object->data->size());
        if (buffer == nullptr)
            return GIT_PASSTHROUGH;
        std::memcpy(buffer, object->data->data(), object->data->size());
        *data = buffer;
        *size = object->data->size();
        *type = object->type;
        return 0;
    } catch (const std::exception&) { // out of memory: libgit2 may still manage
        return GIT_PASSTHROUGH;
    }
}

int has_object(git_odb_backend* backend, const git_oid* id) {
    try {
        return reader_of(backend).in_packs(*id) ? 1 : 0;
    } catch (const std::exception&) {
        return 0;
    }
}

void free_backend(git_odb_backend* backend) {
    delete static_cast<ReaderBackend*>(backend);
}

} // namespace

void serve_reads_from(git_repository* repo, std::string_view repo_path,
                      std::shared_ptr<ObjectReader> reader) {
    git_odb* raw_odb = nullptr;
    check(git_repository_odb(&raw_odb, repo), repo_path, "object database");
    const OdbHandle odb(raw_odb);
    auto backend = std::make_unique<ReaderBackend>();
    check(git_odb_init_backend(backend.get(), GIT_ODB_BACKEND_VERSION), repo_path, "object reader");
    backend->reader = std::move(reader);
    backend->read = read_object;
    backend->exists = has_object;
    backend->free = free_backend;
    check(git_odb_add_backend(odb.get(), backend.get(), reader_priority), repo_path,
          "object reader");
    backend.release(); // the object database owns it now
}

} // namespace brag::git
