// The text of training/commit_model.tsv, built into the program by embed_commit_model.cmake
// (the source it generates holds the file line by line): nothing is read or downloaded at run
// time.
#pragma once

#include <string>

namespace brag {

std::string embedded_commit_model_text();

} // namespace brag
