// Git notes (`refs/notes/*`) on the commits of the window: Gerrit and some review tools record
// who approved a change there ("Code-Review+2: Name <email>").
#pragma once

#include <git2.h>

#include "model/facts.hpp"

namespace brag {

std::vector<Note> read_notes(git_repository* repo, const Repository& repository,
                             const Window& window);

} // namespace brag
