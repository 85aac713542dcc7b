// The commit model as the program reads it: the categories the training scripts give the
// commits of training/fixture.tsv (written by training/make_fixture.py from the same model
// file), the built-in copy of the model file, and the loader's errors on damaged files.
#include <fstream>
#include <sstream>

#include <boost/test/unit_test.hpp>

#include "classify/commit_features.hpp"
#include "classify/commit_model.hpp"
#include "classify/embedded_commit_model.hpp"
#include "tests/support/temp_dir.hpp"

using namespace brag;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    BOOST_REQUIRE_MESSAGE(in, "cannot read " << path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> split(const std::string& line, char separator) {
    std::vector<std::string> fields;
    std::string field;
    std::istringstream in(line);
    while (std::getline(in, field, separator))
        fields.push_back(field);
    if (!line.empty() && line.back() == separator)
        fields.emplace_back();
    return fields;
}

// make_fixture.py's escapes: "\n", "\t" and "\\".
std::string unescape(const std::string& text) {
    std::string out;
    for (std::size_t k = 0; k < text.size(); ++k) {
        if (text[k] != '\\' || k + 1 == text.size()) {
            out += text[k];
            continue;
        }
        const char next = text[++k];
        out += next == 'n' ? '\n' : next == 't' ? '\t' : next;
    }
    return out;
}

ChangeKind kind_of(const std::string& letter) {
    if (letter == "A")
        return ChangeKind::added;
    if (letter == "D")
        return ChangeKind::deleted;
    if (letter == "R")
        return ChangeKind::renamed;
    if (letter == "C")
        return ChangeKind::copied;
    if (letter == "T")
        return ChangeKind::type_changed;
    return ChangeKind::modified;
}

struct FixtureCommit {
    std::string expected;
    std::string subject;
    std::string body;
    std::vector<FileChange> changes;
};

std::vector<FixtureCommit> read_fixture() {
    std::istringstream lines(read_file(BRAG_SOURCE_DIR "/training/fixture.tsv"));
    std::vector<FixtureCommit> commits;
    std::string line;
    while (std::getline(lines, line)) {
        if (line.empty() || line.starts_with('#'))
            continue;
        const auto fields = split(line, '\t');
        if (fields.front() == "commit") {
            BOOST_REQUIRE_EQUAL(fields.size(), 4u);
            commits.push_back({fields[1], unescape(fields[2]), unescape(fields[3]), {}});
        } else {
            BOOST_REQUIRE_EQUAL(fields.front(), "file");
            BOOST_REQUIRE_EQUAL(fields.size(), 5u);
            BOOST_REQUIRE(!commits.empty());
            FileChange change;
            change.kind = kind_of(fields[1]);
            change.lines_added = std::stoll(fields[2]);
            change.lines_deleted = std::stoll(fields[3]);
            change.path = unescape(fields[4]);
            commits.back().changes.push_back(change);
        }
    }
    return commits;
}

std::string parse_error(const std::string& text) {
    try {
        (void)CommitModel::parse(text);
    } catch (const CommitModelError& error) {
        return error.what();
    }
    return "(parsed)";
}

const std::string good = "# a comment\n"
                         "git-brag-commit-model\t1\n"
                         "classes\tfeat\tfix\tdeps\n"
                         "bias\t0.5\t0\t-0.25\n"
                         "feature\ta:lockfile\t0\t0\t2\n"
                         "feature\tw:crash\t-1\t1.5\t0\n"
                         "end\t2\n";

std::string replaced(const std::string& from, const std::string& to) {
    auto text = good;
    const auto at = text.find(from);
    BOOST_REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

} // namespace

BOOST_AUTO_TEST_CASE(fixture_categories_are_the_training_scripts) {
    const auto commits = read_fixture();
    BOOST_TEST(commits.size() >= 30u);
    const auto& model = builtin_commit_model();
    for (const auto& commit : commits) {
        const auto prediction =
            model.predict(commit_features(commit.subject, commit.body, commit.changes));
        BOOST_TEST(model.classes()[prediction.best] == commit.expected,
                   "'" << commit.subject << "': expected " << commit.expected);
    }
}

BOOST_AUTO_TEST_CASE(the_built_in_model_is_the_model_file) {
    const auto file = read_file(BRAG_SOURCE_DIR "/training/commit_model.tsv");
    BOOST_TEST(embedded_commit_model_text() == file);
    const auto& model = builtin_commit_model();
    BOOST_TEST(model.classes().size() == 12u);
    // One "feature" line per feature in the file.
    std::size_t features = 0;
    for (std::size_t at = file.find("\nfeature\t"); at != std::string::npos;
         at = file.find("\nfeature\t", at + 1))
        ++features;
    BOOST_TEST(model.feature_count() == features);
}

BOOST_AUTO_TEST_CASE(scores_add_the_weights_of_known_features) {
    const auto model = CommitModel::parse(good);
    BOOST_TEST(model.classes() == (std::vector<std::string>{"feat", "fix", "deps"}),
               boost::test_tools::per_element());
    BOOST_TEST((model.categories()[2] == Category::dependency));
    // No known feature: the bias decides.
    BOOST_TEST(model.predict({{"w:unknown", 1.0}}).best == 0u);
    // 'crash': 0.5 - 1 = -0.5 for feat, 1.5 for fix.
    const auto crash = model.predict({{"w:crash", 1.0}}, 3);
    BOOST_TEST(crash.best == 1u);
    BOOST_TEST(crash.runner_up == 2u);
    BOOST_TEST(crash.scores[1] == 1.5);
    BOOST_REQUIRE(crash.strongest.size() == 1u);
    BOOST_TEST(crash.strongest.front().name == "w:crash");
    // Half the files lock files: 2 x 0.5 - 0.25 = 0.75 for deps, more than feat's 0.5.
    BOOST_TEST(model.predict({{"a:lockfile", 0.5}}).best == 2u);
    // A tie goes to the first class.
    BOOST_TEST(CommitModel::parse(replaced("0.5\t0\t-0.25", "1\t1\t1"))
                   .predict(std::vector<CommitFeature>{})
                   .best == 0u);
}

BOOST_AUTO_TEST_CASE(damaged_files_name_the_line) {
    BOOST_TEST(parse_error("") ==
               "line 1: the file ends before its 'end' record (it is cut short or empty)");
    BOOST_TEST(parse_error(replaced("git-brag-commit-model\t1", "commit-model\t1")) ==
               "line 2: not a git-brag commit model (its first record must be "
               "'git-brag-commit-model<TAB>1')");
    BOOST_TEST(parse_error(replaced("model\t1", "model\t2")) ==
               "line 2: model format '2' is not supported (this program reads 1)");
    BOOST_TEST(parse_error(replaced("\tdeps\n", "\tdocz\n")) == "line 3: unknown class 'docz'");
    BOOST_TEST(parse_error(replaced("\tdeps\n", "\tfeat\n")) ==
               "line 3: class 'feat' is listed twice");
    BOOST_TEST(parse_error(replaced("0.5\t0\t-0.25", "0.5\t0")) ==
               "line 4: expected 3 weights (one per class), found 2");
    BOOST_TEST(parse_error(replaced("-1\t1.5", "-1\t1,5")) == "line 6: '1,5' is not a number");
    BOOST_TEST(parse_error(replaced("-1\t1.5", "-1\t1e300")) ==
               "line 6: weight '1e300' is out of range");
    BOOST_TEST(parse_error(replaced("-1\t1.5", "-1\tnan")) ==
               "line 6: weight 'nan' is out of range");
    BOOST_TEST(parse_error(replaced("w:crash", "a:build")) ==
               "line 6: feature 'a:build' is out of order or repeated");
    BOOST_TEST(parse_error(replaced("w:crash", "a:lockfile")) ==
               "line 6: feature 'a:lockfile' is out of order or repeated");
    BOOST_TEST(parse_error(replaced("end\t2\n", "end\t3\n")) ==
               "line 7: the 'end' record should say 2 features; the file is damaged or cut");
    BOOST_TEST(parse_error(replaced("end\t2\n", "")) ==
               "line 7: the file ends before its 'end' record (it is cut short or empty)");
    BOOST_TEST(parse_error(good + "feature\tz\t1\t1\t1\n") ==
               "line 8: text after the 'end' record");
    BOOST_TEST(parse_error(replaced("feature\tw:crash", "weights\tw:crash")) ==
               "line 6: unknown record 'weights'");
    // Control characters never reach the message: it stays one line.
    BOOST_TEST(parse_error(replaced("-1\t1.5", "-1\t1\r\x01")) == "line 6: '1?"
                                                                  "?' is not a number");
}

BOOST_AUTO_TEST_CASE(a_missing_file_is_named) {
    brag::test::TempDir dir;
    const auto path = (dir.path() / "absent.tsv").string();
    try {
        (void)load_commit_model_file(path);
        BOOST_FAIL("a missing file was read");
    } catch (const CommitModelError& error) {
        BOOST_TEST(std::string(error.what()) == path + ": cannot be read");
    }
    const auto damaged = (dir.path() / "damaged.tsv").string();
    std::ofstream(damaged) << replaced("end\t2\n", "");
    try {
        (void)load_commit_model_file(damaged);
        BOOST_FAIL("a damaged file was read");
    } catch (const CommitModelError& error) {
        BOOST_TEST(std::string(error.what()) ==
                   damaged + ": line 7: the file ends before its 'end' record (it is cut short "
                             "or empty)");
    }
}
