// The pack reader against git itself: every object of a repository whose history git packed
// into deltas (offset deltas, then reference deltas) reads back with the type, size and bytes
// `git cat-file --batch` gives, whether the packs hold it or libgit2 reads it; a damaged entry
// is one error naming the repository and the object. The delta format alone is checked on
// deltas built by hand.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

#include <boost/test/unit_test.hpp>

#include "git/git_handles.hpp"
#include "git/object_reader.hpp"
#include "git/pack_backend.hpp"
#include "git/pack_format.hpp"
#include "git/recent_objects.hpp"
#include "git_objects.hpp"
#include "tests/support/git_fixture.hpp"

using namespace brag;
using namespace brag::test;

namespace {

struct LibraryFixture {
    git::Library library;
};
BOOST_TEST_GLOBAL_FIXTURE(LibraryFixture);

struct GitObject {
    std::string type;
    std::string bytes;
};

// Every object of the repository as `git cat-file --batch --batch-all-objects` prints it:
// "<id> <type> <size>\n<bytes>\n".
std::map<std::string, GitObject> all_objects(const GitRepo& repo) {
    const auto out = repo.git({"cat-file", "--batch", "--batch-all-objects"});
    std::map<std::string, GitObject> objects;
    std::size_t at = 0;
    while (at < out.size()) {
        const auto line_end = out.find('\n', at);
        std::istringstream header(out.substr(at, line_end - at));
        std::string id;
        GitObject object;
        std::size_t size = 0;
        header >> id >> object.type >> size;
        object.bytes = out.substr(line_end + 1, size);
        at = line_end + 1 + size + 1;
        objects.emplace(id, std::move(object));
    }
    return objects;
}

// How many objects of the repository's packs are deltas, by `git verify-pack -v`: a delta's
// line has seven fields ("id type size packed offset depth base").
int deltas_in_packs(const GitRepo& repo) {
    int deltas = 0;
    for (const auto& entry : std::filesystem::directory_iterator(repo.path() / ".git/objects/pack"))
        if (entry.path().extension() == ".idx")
            for (const auto& line :
                 split(repo.git({"verify-pack", "-v", entry.path().string()}), '\n')) {
                std::istringstream fields(line);
                std::vector<std::string> words{std::istream_iterator<std::string>(fields), {}};
                if (words.size() == 7 && words[0].size() == GIT_OID_HEXSZ)
                    ++deltas;
            }
    return deltas;
}

git_oid oid(const std::string& hex) {
    git_oid id;
    git_oid_fromstr(&id, hex.c_str());
    return id;
}

// A history that packs into delta chains: one file that grows line by line, another rewritten
// at each step, a folder tree that changes under them.
void grow_history(const GitRepo& repo, int commits) {
    std::string log;
    for (int i = 1; i <= commits; ++i) {
        log += "entry " + std::to_string(i) + ": " +
               std::string(40, static_cast<char>('a' + i % 26)) + "\n";
        repo.write("docs/log.txt", log);
        repo.write("src/part" + std::to_string(i % 7) + "/code.c",
                   "int value = " + std::to_string(i) + ";\n" + log.substr(0, 200));
        repo.commit(ada, "2025-01-01T09:00:00+0000", "step " + std::to_string(i));
    }
}

// Reads every object git lists through a reader on the repository's packs and checks it
// against git. Returns how many the packs held.
std::size_t check_every_object(const GitRepo& repo) {
    const auto handle = open(repo);
    const auto packs = git::ObjectReader::packs_of(handle.get());
    git::ObjectReader reader(handle.get(), repo.str(), packs);
    std::size_t packed = 0;
    const auto objects = all_objects(repo);
    BOOST_REQUIRE(!objects.empty());
    for (const auto& [id, expected] : objects) {
        const auto object = reader.read(oid(id), GIT_OBJECT_ANY, "object " + id);
        BOOST_TEST(git_object_type2string(object.type) == expected.type, id);
        BOOST_TEST((object.bytes() == expected.bytes), id);
        BOOST_TEST(reader.size(oid(id), "object " + id) == expected.bytes.size(), id);
        if (packs->find(oid(id)))
            ++packed;
    }
    // Read again: now from the reader's cache where it kept them.
    for (const auto& [id, expected] : objects)
        BOOST_TEST((reader.read(oid(id), GIT_OBJECT_ANY, "again").bytes() == expected.bytes), id);
    return packed;
}

} // namespace

BOOST_AUTO_TEST_CASE(every_object_of_offset_delta_packs_reads_as_git_reads_it) {
    TempDir dir;
    GitRepo repo(dir.path(), "offsets");
    grow_history(repo, 60);
    repo.git({"gc", "--aggressive", "--prune=now", "--quiet"});
    BOOST_TEST_REQUIRE(deltas_in_packs(repo) > 50);
    const auto objects = all_objects(repo).size();
    BOOST_TEST(check_every_object(repo) == objects); // git packed them all
}

BOOST_AUTO_TEST_CASE(reference_deltas_read_as_git_reads_them) {
    TempDir dir;
    GitRepo repo(dir.path(), "references");
    grow_history(repo, 40);
    repo.git({"-c", "repack.useDeltaBaseOffset=false", "repack", "-a", "-d", "-f", "-q"});
    BOOST_TEST_REQUIRE(deltas_in_packs(repo) > 30);
    BOOST_TEST(check_every_object(repo) == all_objects(repo).size());
}

BOOST_AUTO_TEST_CASE(loose_objects_and_several_packs_read_together) {
    TempDir dir;
    GitRepo repo(dir.path(), "mixed");
    grow_history(repo, 20);
    repo.git({"repack", "-a", "-d", "-q"});
    grow_history(repo, 10); // a second pack
    repo.git({"repack", "-d", "-q"});
    repo.write("new.txt", "not packed\n"); // and loose objects
    repo.commit(bob, "2025-01-02T09:00:00+0000", "loose");
    const auto loose = repo.git({"count-objects"}); // "N objects, M kilobytes"
    BOOST_TEST_REQUIRE(loose.rfind("0 objects", 0) != 0);
    const auto objects = all_objects(repo).size();
    const auto packed = check_every_object(repo);
    BOOST_TEST(packed < objects);
    BOOST_TEST(packed + std::stoul(loose) == objects);
}

BOOST_AUTO_TEST_CASE(diffs_of_a_packed_history_count_what_git_counts) {
    TempDir dir;
    GitRepo repo(dir.path(), "numstat");
    grow_history(repo, 30);
    repo.git({"mv", "docs/log.txt", "docs/journal.txt"});
    repo.append("docs/journal.txt", "renamed\n");
    const auto renamed = repo.commit(bob, "2025-01-03T09:00:00+0000", "rename");
    repo.git({"gc", "--aggressive", "--prune=now", "--quiet"});
    BOOST_TEST_REQUIRE(all_objects(repo).size() ==
                       check_every_object(repo)); // every object is in the pack
    const auto commits = split(repo.git({"rev-list", "HEAD"}), '\n');
    BOOST_TEST_REQUIRE(commits.size() == 31u);
    for (const auto& commit : commits)
        BOOST_TEST(our_numstat(diff_of(repo, commit)) == git_numstat(repo, commit), commit);
    BOOST_TEST(our_numstat(diff_of(repo, renamed)).find(" => ") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(libgit2_reads_through_the_reader_and_past_it) {
    TempDir dir;
    GitRepo repo(dir.path(), "served");
    grow_history(repo, 20);
    repo.git({"gc", "--aggressive", "--prune=now", "--quiet"});
    repo.write("new.txt", "loose\n"); // not in the pack: libgit2's own backends read it
    repo.commit(bob, "2025-01-02T09:00:00+0000", "loose");
    const auto handle = open(repo);
    auto reader = std::make_shared<git::ObjectReader>(handle.get(), repo.str(),
                                                      git::ObjectReader::packs_of(handle.get()));
    git::serve_reads_from(handle.get(), repo.str(), reader);
    git_odb* raw_odb = nullptr;
    BOOST_TEST_REQUIRE(git_repository_odb(&raw_odb, handle.get()) == 0);
    const git::OdbHandle odb(raw_odb);
    std::size_t packed = 0;
    for (const auto& [id, expected] : all_objects(repo)) {
        git_odb_object* raw = nullptr;
        const auto object_id = oid(id);
        BOOST_TEST_REQUIRE(git_odb_read(&raw, odb.get(), &object_id) == 0, id);
        const git::OdbObjectHandle object(raw);
        BOOST_TEST(git_object_type2string(git_odb_object_type(raw)) == expected.type, id);
        BOOST_TEST((std::string_view(static_cast<const char*>(git_odb_object_data(raw)),
                                     git_odb_object_size(raw)) == expected.bytes),
                   id);
        BOOST_TEST(git_odb_exists(odb.get(), &object_id) == 1, id);
        packed += reader->in_packs(object_id) ? 1 : 0;
    }
    BOOST_TEST(packed > 0u);
    BOOST_TEST(packed < all_objects(repo).size());
}

BOOST_AUTO_TEST_CASE(a_damaged_entry_is_one_error_naming_repository_and_object) {
    TempDir dir;
    GitRepo repo(dir.path(), "damaged");
    grow_history(repo, 10);
    repo.git({"gc", "--prune=now", "--quiet"});
    // The largest blob, where verify-pack says its entry is: overwrite the middle of its data.
    std::filesystem::path index;
    for (const auto& entry : std::filesystem::directory_iterator(repo.path() / ".git/objects/pack"))
        if (entry.path().extension() == ".idx")
            index = entry.path();
    std::string victim;
    std::uint64_t offset = 0;
    std::uint64_t packed_size = 0;
    std::uint64_t largest = 0;
    for (const auto& line : split(repo.git({"verify-pack", "-v", index.string()}), '\n')) {
        std::istringstream fields(line);
        std::vector<std::string> words{std::istream_iterator<std::string>(fields), {}};
        if (words.size() >= 5 && words[1] == "blob" && std::stoull(words[2]) > largest) {
            largest = std::stoull(words[2]);
            victim = words[0];
            packed_size = std::stoull(words[3]);
            offset = std::stoull(words[4]);
        }
    }
    BOOST_TEST_REQUIRE(packed_size > 16);
    auto pack = index;
    pack.replace_extension(".pack");
    std::filesystem::permissions(pack, std::filesystem::perms::owner_write,
                                 std::filesystem::perm_options::add);
    {
        std::fstream file(pack, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(static_cast<std::streamoff>(offset + packed_size / 2));
        const std::string garbage(8, '\xff');
        file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
    BOOST_TEST_REQUIRE(repo.git_result({"cat-file", "-p", victim}).status != 0);

    const auto handle = open(repo);
    git::ObjectReader reader(handle.get(), repo.str(), git::ObjectReader::packs_of(handle.get()));
    try {
        reader.read(oid(victim), GIT_OBJECT_BLOB, "blob " + victim);
        BOOST_FAIL("a damaged blob was read");
    } catch (const git::Error& error) {
        const std::string message = error.what();
        BOOST_TEST(message.find(repo.str()) == 0, message);
        BOOST_TEST(message.find("blob " + victim) != std::string::npos, message);
        BOOST_TEST(message.find('\n') == std::string::npos, message);
    }
}

BOOST_AUTO_TEST_CASE(a_tree_asked_for_as_a_blob_is_an_error) {
    TempDir dir;
    GitRepo repo(dir.path(), "types");
    grow_history(repo, 3);
    repo.git({"gc", "--quiet"});
    const auto tree = repo.git({"rev-parse", "HEAD^{tree}"}).substr(0, GIT_OID_HEXSZ);
    const auto handle = open(repo);
    git::ObjectReader reader(handle.get(), repo.str(), git::ObjectReader::packs_of(handle.get()));
    BOOST_CHECK_THROW(reader.read(oid(tree), GIT_OBJECT_BLOB, "blob"), git::Error);
    BOOST_TEST(reader.read(oid(tree), GIT_OBJECT_TREE, "tree").type == GIT_OBJECT_TREE);
}

// The ring of recent objects, small enough to wrap many times: whatever it still gives back is
// exactly what was put under that key last, and what was put last is always there.
BOOST_AUTO_TEST_CASE(the_ring_of_recent_objects_never_gives_back_overwritten_bytes) {
    constexpr std::size_t capacity = 64;
    git::RecentObjects ring(capacity);
    std::map<std::uint64_t, std::string> last_put;
    std::uint64_t state = 12345; // a fixed sequence of keys and sizes
    const auto next = [&state] {
        state = state * 6364136223846793005u + 1442695040888963407u;
        return state >> 33;
    };
    for (int step = 0; step < 5000; ++step) {
        const std::uint64_t key = next() % 12;
        const std::string bytes(next() % 20, static_cast<char>('a' + step % 26));
        ring.put(key, GIT_OBJECT_BLOB, bytes);
        if (bytes.size() <= capacity / 4) {
            last_put[key] = bytes;
            const auto hit = ring.find(key);
            BOOST_TEST_REQUIRE(hit.has_value());
            BOOST_TEST(std::string(hit->bytes) == bytes);
        }
        for (const auto& [other, expected] : last_put)
            if (const auto hit = ring.find(other))
                BOOST_TEST_REQUIRE(std::string(hit->bytes) == expected, "key " << other);
    }
}

// A delta of git's format, built by hand: sizes, then "copy 5 bytes from 0", "insert 6",
// "copy 6 bytes from 5".
BOOST_AUTO_TEST_CASE(a_delta_copies_and_inserts_as_its_instructions_say) {
    const std::string base = "hello world";
    std::string delta;
    delta += static_cast<char>(base.size()); // base size
    delta += static_cast<char>(17);          // result size
    delta += static_cast<char>(0x80 | 0x10); // copy, size byte only: offset 0
    delta += static_cast<char>(5);           //   5 bytes
    delta += static_cast<char>(6);           // insert 6 bytes
    delta += ", dear";
    delta += static_cast<char>(0x80 | 0x01 | 0x10); // copy, offset byte and size byte
    delta += static_cast<char>(5);                  //   from 5
    delta += static_cast<char>(6);                  //   6 bytes
    BOOST_TEST(pack::apply_delta(base, delta) == "hello, dear world");

    std::string outside = delta;
    outside[outside.size() - 1] = 7; // 5 + 7 > 11
    BOOST_CHECK_THROW(pack::apply_delta(base, outside), pack::FormatError);
    BOOST_CHECK_THROW(pack::apply_delta("hello", delta), pack::FormatError); // wrong base size
    BOOST_CHECK_THROW(pack::apply_delta(base, delta.substr(0, delta.size() - 1)),
                      pack::FormatError);
    std::string reserved = delta.substr(0, 2) + std::string(1, '\0');
    BOOST_CHECK_THROW(pack::apply_delta(base, reserved), pack::FormatError);
}

// An entry header: type 3 (blob), size 300 = 0b1_0010_1100: low four bits 1100, then 10010.
BOOST_AUTO_TEST_CASE(an_entry_header_gives_type_size_and_delta_base) {
    const std::string blob = {static_cast<char>(0x80 | (3 << 4) | 0x0c), static_cast<char>(0x12)};
    const auto header = pack::parse_entry_header(blob);
    BOOST_TEST(static_cast<int>(header.type) == 3);
    BOOST_TEST(header.size == 300u);
    BOOST_TEST(header.length == 2u);

    // An offset delta of size 5 whose base is 200 bytes back: 200 = ((0x00 + 1) << 7) | 0x48.
    const std::string offset_delta = {static_cast<char>((6 << 4) | 5), static_cast<char>(0x80),
                                      static_cast<char>(0x48)};
    const auto delta = pack::parse_entry_header(offset_delta);
    BOOST_TEST(delta.base_distance == 200u);
    BOOST_TEST(delta.length == 3u);

    BOOST_CHECK_THROW(pack::parse_entry_header(std::string(1, static_cast<char>(0x80 | 0x30))),
                      pack::FormatError); // size cut short
    BOOST_CHECK_THROW(pack::parse_entry_header(std::string(1, static_cast<char>(5 << 4))),
                      pack::FormatError); // type 5 is reserved
}
