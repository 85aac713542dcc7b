// The HTML document as a reader sees it: headless Chromium renders the sample document
// (samples/output/ada.html) to a screenshot, which must show something, and prints it to PDF.
// Chromium is installed by scripts/install-deps.sh --browser, which scripts/test.sh passes.
#include <fstream>
#include <sstream>

#include <boost/test/unit_test.hpp>

#include "tests/support/git_fixture.hpp"

using namespace brag::test;

namespace {

const std::filesystem::path source_dir = BRAG_SOURCE_DIR;
const std::filesystem::path document = source_dir / "samples" / "output" / "ada.html";

std::string chromium() {
    for (const char* name : {"/usr/bin/chromium", "/usr/bin/chromium-browser"})
        if (std::filesystem::exists(name))
            return name;
    return "chromium";
}

// Headless, without the sandbox a container cannot give it, with a profile of its own.
std::vector<std::string> browser(const TempDir& dir, const std::string& action) {
    return {chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--user-data-dir=" + (dir.path() / "profile").string(),
            "--window-size=1100,1400",
            action,
            "file://" + document.string()};
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

} // namespace

BOOST_AUTO_TEST_CASE(chromium_renders_the_document_to_a_screenshot_that_is_not_blank) {
    BOOST_TEST_REQUIRE(std::filesystem::exists(document));
    TempDir dir;
    const auto png = dir.path() / "ada.png";
    const auto result =
        run_command(browser(dir, "--screenshot=" + png.string()), dir.str(), {{"HOME", dir.str()}});
    BOOST_TEST_REQUIRE(
        std::filesystem::exists(png),
        "no screenshot (is chromium installed? scripts/install-deps.sh --browser): " << result.err);
    // Width, height, the share of pixels that are not background, distinct colours.
    const auto ink = run_checked(
        {"python3", (source_dir / "tests" / "tools" / "png_ink.py").string(), png.string()},
        dir.str());
    std::istringstream fields(ink);
    int width = 0;
    int height = 0;
    double share = 0;
    int colours = 0;
    fields >> width >> height >> share >> colours;
    BOOST_TEST(width == 1100);
    BOOST_TEST(height == 1400);
    // Text, tables and the chart's bars: a blank or an error page has next to none.
    BOOST_TEST(share > 0.02, ink);
    BOOST_TEST(colours > 50, ink);
}

BOOST_AUTO_TEST_CASE(chromium_prints_the_document_to_pdf) {
    TempDir dir;
    const auto pdf = dir.path() / "ada.pdf";
    const auto result = run_command(browser(dir, "--print-to-pdf=" + pdf.string()), dir.str(),
                                    {{"HOME", dir.str()}});
    BOOST_TEST_REQUIRE(std::filesystem::exists(pdf), result.err);
    const auto bytes = read_file(pdf);
    BOOST_TEST(bytes.starts_with("%PDF-"));
    BOOST_TEST(bytes.size() > 10000u);
}
