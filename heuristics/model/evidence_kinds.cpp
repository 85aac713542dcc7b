#include "evidence_kinds.hpp"

#include <algorithm>

namespace brag {

const std::vector<KindDescription>& evidence_kinds() {
    using K = EvidenceKind;
    using W = EvidenceWeights;
    using S = EvidenceSection;
    using R = StageRole;
    static const std::vector<KindDescription> table = {
        {K::release,
         "release",
         &W::release_shipped,
         S::shipped,
         "Shipped a release of {}",
         "Releases shipped",
         {R::shipping}},
        {K::release_automation,
         "release",
         &W::release_shipped,
         S::shipped,
         "Shipped a release of {}",
         "Releases shipped",
         {R::shipping}},
        {K::design_doc,
         "design_doc",
         &W::design_doc_created,
         S::design,
         "Design document or ADR in {}",
         "Design documents and ADRs",
         {R::decision, R::writing}},
        {K::review,
         "review",
         &W::review,
         S::collaboration,
         "Reviewed others' changes in {}",
         "Reviews",
         {R::visibility}},
        {K::forge_review,
         "review",
         &W::review,
         S::collaboration,
         "Reviewed others' changes in {}",
         "Reviews",
         {R::visibility}},
        {K::help,
         "help",
         &W::help,
         S::collaboration,
         "Helped with others' changes in {}",
         "Help and mentoring",
         {R::visibility}},
        {K::merge_of_others,
         "merge_of_others",
         &W::merge_of_others,
         S::collaboration,
         "Merged others' branches into {}",
         "Merges of others' branches",
         {R::visibility, R::maintaining}},
        {K::applied_patch,
         "applied_patch",
         &W::applied_patch,
         S::collaboration,
         "Applied patches from other contributors in {}",
         "Patches applied for others",
         {R::visibility, R::maintaining}},
        {K::co_authored,
         "co_authored",
         &W::co_authored,
         S::collaboration,
         "Co-authored commits with others in {}",
         "Co-authored work",
         {R::visibility}},
        {K::ownership,
         "ownership",
         &W::ownership,
         S::ownership,
         "Main author of an area of {}",
         "Ownership",
         {R::control}},
        {K::code_owner,
         "ownership",
         &W::ownership,
         S::ownership,
         "Main author of an area of {}",
         "Ownership",
         {R::control}},
        {K::founded,
         "founded",
         &W::founded,
         S::founding,
         "Founded {}",
         "Repositories founded",
         {R::leading, R::founding}},
        {K::transition,
         "transition",
         &W::transition,
         S::founding,
         "Led a migration in {}",
         "Migrations",
         {R::leading}},
        {K::writing,
         "writing",
         &W::writing,
         S::writing,
         "Documentation written in {}",
         "Writing",
         {R::writing}},
        {K::nfr,
         "nfr",
         &W::nfr,
         S::design,
         "Non-functional work in {}",
         "Non-functional work",
         {R::skill_area, R::system_work}},
        {K::test_infra,
         "test_infra",
         &W::test_infra,
         S::design,
         "Test infrastructure in {}",
         "Test infrastructure",
         {R::system_work}},
    };
    return table;
}

const KindDescription& describe(EvidenceKind kind) {
    return evidence_kinds()[static_cast<std::size_t>(kind)];
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
