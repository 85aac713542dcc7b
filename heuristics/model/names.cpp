// The JSON contract's spellings of the model's enumerations.
#include "evidence.hpp"

namespace brag {

std::string_view to_string(Category category) {
    switch (category) {
    case Category::feature:
        return "feature";
    case Category::fix:
        return "fix";
    case Category::refactor:
        return "refactor";
    case Category::docs:
        return "docs";
    case Category::design:
        return "design";
    case Category::test:
        return "test";
    case Category::build:
        return "build";
    case Category::ci:
        return "ci";
    case Category::deploy:
        return "deploy";
    case Category::perf:
        return "perf";
    case Category::security:
        return "security";
    case Category::observability:
        return "observability";
    case Category::dependency:
        return "dependency";
    case Category::style:
        return "style";
    case Category::chore:
        return "chore";
    case Category::merge:
        return "merge";
    case Category::revert:
        return "revert";
    }
    return "chore";
}

std::string_view to_string(Mode mode) {
    return mode == Mode::expertise ? "expertise" : "effort";
}

std::string_view to_string(Ref::Type type) {
    switch (type) {
    case Ref::Type::commit:
        return "commit";
    case Ref::Type::tag:
        return "tag";
    case Ref::Type::path:
        return "path";
    case Ref::Type::url:
        return "url";
    }
    return "commit";
}

std::string_view to_string(StageStatus status) {
    switch (status) {
    case StageStatus::evidenced:
        return "evidenced";
    case StageStatus::partial:
        return "partial";
    case StageStatus::missing:
        return "missing";
    }
    return "missing";
}

std::string_view to_string(WinReason reason) {
    switch (reason) {
    case WinReason::founded:
        return "founded";
    case WinReason::integrated:
        return "integrated";
    case WinReason::cut_release:
        return "cut_release";
    case WinReason::shipped_release:
        return "shipped_release";
    case WinReason::decision:
        return "decision";
    case WinReason::reviewed:
        return "reviewed";
    case WinReason::owned:
        return "owned";
    case WinReason::led_transition:
        return "led_transition";
    case WinReason::system_work:
        return "system_work";
    case WinReason::collaborated:
        return "collaborated";
    case WinReason::wrote:
        return "wrote";
    }
    return "wrote";
}

} // namespace brag
