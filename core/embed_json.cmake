# Turns a JSON file into a C++ source defining kDefaultModelJson as a raw string literal.
# Run as: cmake -DINPUT=... -DOUTPUT=... -P embed_json.cmake
file(READ "${INPUT}" content)
string(FIND "${content}" ")ladder_json\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )ladder_json\"")
endif()
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT} by core/embed_json.cmake. Do not edit.\n"
  "#include <cstddef>\n"
  "namespace ladder {\n"
  "extern const char kDefaultModelJson[];\n"
  "extern const std::size_t kDefaultModelJsonSize;\n"
  "const char kDefaultModelJson[] = R\"ladder_json(${content})ladder_json\";\n"
  "const std::size_t kDefaultModelJsonSize = sizeof(kDefaultModelJson) - 1;\n"
  "}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
