// A commit model file (GIT_BRAG_COMMIT_MODEL) may be anything: a cut download, another format,
// binary junk. The loader must end in CommitModelError with a one-line message, never a crash;
// a model it accepts must then score commits, here the input's own text as a commit's subject.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "classify/commit_features.hpp"
#include "classify/commit_model.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const auto model = brag::CommitModel::parse(text);
        std::vector<brag::FileChange> changes(1);
        changes.front().path = std::string(text.substr(0, 64));
        const auto features = brag::commit_features(text.substr(0, 200), text, changes);
        const auto prediction = model.predict(features, 3);
        if (prediction.best >= model.classes().size())
            std::abort();
    } catch (const brag::CommitModelError& error) {
        if (std::string_view(error.what()).find('\n') != std::string_view::npos)
            std::abort(); // the message must stay one line on stderr
    }
    return 0;
}
