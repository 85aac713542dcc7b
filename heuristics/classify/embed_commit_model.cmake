# Writes a C++ source holding a text file, one raw string literal per line (a single literal
# of megabytes is more than ISO C++ promises compilers take).
# usage: cmake -DINPUT=model.tsv -DOUTPUT=model.cpp -P embed_commit_model.cmake
file(READ "${INPUT}" content)
set(close ")brag_model\"")
string(FIND "${content}" "${close}" found)
if(NOT found EQUAL -1)
  message(FATAL_ERROR "${INPUT} holds '${close}', which would end a raw string literal")
endif()
string(LENGTH "${content}" length)
string(REPLACE "\n" "\n${close},\n    R\"brag_model(" lines "${content}")
file(WRITE "${OUTPUT}.tmp"
  "// Generated from training/commit_model.tsv by embed_commit_model.cmake: do not edit.\n"
  "#include \"embedded_commit_model.hpp\"\n\n"
  "namespace brag {\n\n"
  "std::string embedded_commit_model_text() {\n"
  "    static const char* const lines[] = {\n"
  "    R\"brag_model(${lines}${close}};\n"
  "    std::string text;\n"
  "    text.reserve(${length});\n"
  "    for (const char* line : lines)\n"
  "        text += line;\n"
  "    return text;\n"
  "}\n\n"
  "} // namespace brag\n")
# Only a changed file is rewritten, so that an unchanged model does not rebuild anything.
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
