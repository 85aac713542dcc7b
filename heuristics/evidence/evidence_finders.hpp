// The evidence finders, one per kind of evidence (or family of kinds), each in its own file.
// Each appends the items it finds in one repository, with refs and reasons.
#pragma once

#include <vector>

#include "model/evidence.hpp"
#include "repository_view.hpp"

namespace brag {

// release: tags that are releases (semantic versions, annotated tags by the subject), each with
// the subject's commits it shipped (in it, not in the release before).
void find_releases(const RepositoryView& view, std::vector<EvidenceItem>& out);

// Reviews, help, merges and patches of others, co-authored commits: the subject's part in
// others' work.
void find_collaboration(const RepositoryView& view, std::vector<EvidenceItem>& out);

// design_doc: design documents, ADRs, RFCs the subject wrote or substantially revised.
void find_design_docs(const RepositoryView& view, std::vector<EvidenceItem>& out);

// ownership: folders where the subject is the main author, and CODEOWNERS entries naming them.
void find_ownership(const RepositoryView& view, std::vector<EvidenceItem>& out);

// founded: the subject wrote the repository's root commit, and how it grew since.
void find_founding(const RepositoryView& view, std::vector<EvidenceItem>& out);

// module_built: modules the subject built from zero inside the window and that grew
// (module_evidence.cpp).
void find_modules_built(const RepositoryView& view, std::vector<EvidenceItem>& out);

// Migrations, non-functional work, test infrastructure, writing: kinds of the subject's own
// commits worth naming.
void find_work_evidence(const RepositoryView& view, std::vector<EvidenceItem>& out);

// review: pull requests reviewed on a forge, from --reviews files; one item per repository.
void find_external_reviews(const std::vector<ExternalReview>& reviews, const Window& window,
                           const Config& config, std::vector<EvidenceItem>& out);

} // namespace brag
