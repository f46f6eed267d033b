# Turns a JSON file into a C++ source defining SYMBOL (a char array) and SYMBOL##Size.
# Run as: cmake -DINPUT=... -DOUTPUT=... -DSYMBOL=... -P embed_json.cmake
file(READ "${INPUT}" content)
# Line breaks and indentation go: JSON text cannot hold a raw line break inside a string, so
# this never touches a value, and the page carries a few KB less.
string(REGEX REPLACE "\n[ ]*" "" content "${content}")
string(FIND "${content}" ")ladder_json\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )ladder_json\"")
endif()
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT} by core/embed_json.cmake. Do not edit.\n"
  "#include <cstddef>\n"
  "namespace ladder {\n"
  "extern const char ${SYMBOL}[];\n"
  "extern const std::size_t ${SYMBOL}Size;\n"
  "const char ${SYMBOL}[] = R\"ladder_json(${content})ladder_json\";\n"
  "const std::size_t ${SYMBOL}Size = sizeof(${SYMBOL}) - 1;\n"
  "}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
