#include "evidence_kinds.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "config.hpp"

namespace brag {

const std::vector<KindDescription>& evidence_kinds() {
    using K = EvidenceKind;
    using W = EvidenceWeights;
    using S = EvidenceSection;
    using R = StageRole;
    using WS = WinScale;
    using WR = WinReason;
    static const std::vector<KindDescription> table = {
        {K::release,
         "release",
         {{"release_tagged", 3.0, "a release you tagged", &W::release_tagged},
          {"release_shipped", 2.0, "times log2(1 + your commits a release shipped)"}},
         K::release,
         S::shipped,
         "Shipped a release of {}",
         "Releases shipped",
         {R::shipping},
         {2.5, WS::release, WR::cut_release}},
        {K::release_automation,
         "release",
         {},
         K::release,
         S::shipped,
         "Shipped a release of {}",
         "Releases shipped",
         {R::shipping},
         {1.0, WS::people_met, WR::system_work}},
        {K::design_doc,
         "design_doc",
         {{"design_doc_created", 5.0, "a design document or ADR you wrote"},
          {"design_doc_revised", 2.5, "one you substantially revised", &W::design_doc_revised}},
         K::design_doc,
         S::design,
         "Design document or ADR in {}",
         "Design documents and ADRs",
         {R::decision, R::writing},
         {3.5, WS::people_met, WR::decision}},
        {K::review,
         "review",
         {{"review", 0.5, "per change you are credited as reviewer of"}},
         K::review,
         S::collaboration,
         "Reviewed others' changes in {}",
         "Reviews",
         {R::visibility},
         {2.0, WS::people_judged, WR::reviewed}},
        {K::forge_review,
         "review",
         {},
         K::review,
         S::collaboration,
         "Reviewed others' changes in {}",
         "Reviews",
         {R::visibility},
         {2.0, WS::people_judged, WR::reviewed}},
        {K::help,
         "help",
         {{"help", 0.4, "per change you are credited with helping or mentoring"}},
         K::help,
         S::collaboration,
         "Helped with others' changes in {}",
         "Help and mentoring",
         {R::visibility},
         {1.0, WS::people_met, WR::collaborated}},
        {K::merge_of_others,
         "merge_of_others",
         {{"merge_of_others", 0.4, "per branch of others you merged"}},
         K::merge_of_others,
         S::collaboration,
         "Merged others' branches into {}",
         "Merges of others' branches",
         {R::visibility, R::maintaining},
         {3.0, WS::people_judged, WR::integrated}},
        {K::applied_patch,
         "applied_patch",
         {{"applied_patch", 0.3, "per patch you applied for another author"}},
         K::applied_patch,
         S::collaboration,
         "Applied patches from other contributors in {}",
         "Patches applied for others",
         {R::visibility, R::maintaining},
         {3.0, WS::people_judged, WR::integrated}},
        {K::co_authored,
         "co_authored",
         {{"co_authored", 0.5, "per co-authored commit"}},
         K::co_authored,
         S::collaboration,
         "Co-authored commits with others in {}",
         "Co-authored work",
         {R::visibility},
         {1.0, WS::people_met, WR::collaborated}},
        {K::ownership,
         "ownership",
         {{"ownership", 3.0, "times your share of a folder you are the main author of"}},
         K::ownership,
         S::ownership,
         "Main author of an area of {}",
         "Ownership",
         {R::control},
         {1.5, WS::folder, WR::owned}},
        {K::code_owner,
         "ownership",
         {},
         K::ownership,
         S::ownership,
         "Main author of an area of {}",
         "Ownership",
         {R::control},
         {1.5, WS::people_met, WR::owned}},
        {K::founded,
         "founded",
         {{"founded", 3.5, "a repository you founded"},
          {"founded_growth", 1.0, "per contributor who joined it", &W::founded_growth}},
         K::founded,
         S::founding,
         "Founded {}",
         "Repositories founded",
         {R::leading, R::founding},
         {4.0, WS::founding, WR::founded}},
        {K::transition,
         "transition",
         {{"transition", 3.0, "a migration or replacement you led"}},
         K::transition,
         S::founding,
         "Led a migration in {}",
         "Migrations",
         {R::leading},
         {2.5, WS::people_met, WR::led_transition}},
        {K::nfr,
         "nfr",
         {{"nfr", 0.6, "per commit of performance, security, observability, deployment, CI work"}},
         K::nfr,
         S::design,
         "Non-functional work in {}",
         "Non-functional work",
         {R::skill_area, R::system_work},
         {1.5, WS::people_met, WR::system_work}},
        {K::test_infra,
         "test_infra",
         {{"test_infra", 1.5, "per commit of test infrastructure"}},
         K::test_infra,
         S::design,
         "Test infrastructure in {}",
         "Test infrastructure",
         {R::system_work},
         {1.5, WS::people_met, WR::system_work}},
        {K::writing,
         "writing",
         {{"writing", 0.5, "per documentation commit"}},
         K::writing,
         S::writing,
         "Documentation written in {}",
         "Writing",
         {R::writing},
         {1.0, WS::people_met, WR::wrote}},
        {K::module_built,
         "module_built",
         {},
         K::founded,
         S::founding,
         "Built a module of {} from zero",
         "Modules built from zero",
         {R::founding},
         {3.0, WS::people_met, WR::founded}},
    };
    return table;
}

const KindDescription& describe(EvidenceKind kind) {
    // The table is in the file's order, not the enumeration's: an index finds a kind's row.
    static const auto rows = [] {
        std::array<const KindDescription*, evidence_kind_count> index{};
        for (const auto& row : evidence_kinds())
            index[static_cast<std::size_t>(row.kind)] = &row;
        if (std::find(index.begin(), index.end(), nullptr) != index.end())
            throw std::logic_error("evidence_kinds: a kind has no row");
        return index;
    }();
    return *rows[static_cast<std::size_t>(kind)];
}

std::string_view to_string(EvidenceKind kind) {
    return describe(kind).name;
}

std::vector<EvidenceKind> kinds_for(StageRole role) {
    std::vector<EvidenceKind> kinds;
    for (const auto& row : evidence_kinds())
        if (std::find(row.stages.begin(), row.stages.end(), role) != row.stages.end())
            kinds.push_back(row.kind);
    return kinds;
}

} // namespace brag

namespace brag {

EvidenceWeights::EvidenceWeights() {
    for (const auto& row : evidence_kinds())
        for (const auto& setting : row.weights) {
            if (setting.modifier != nullptr)
                this->*setting.modifier = setting.value;
            else
                by_kind_[static_cast<std::size_t>(row.kind)] = setting.value;
        }
}

double EvidenceWeights::of(EvidenceKind kind) const {
    return by_kind_[static_cast<std::size_t>(describe(kind).weighed_as)];
}

void EvidenceWeights::set(EvidenceKind kind, double value) {
    by_kind_[static_cast<std::size_t>(describe(kind).weighed_as)] = value;
}

} // namespace brag
