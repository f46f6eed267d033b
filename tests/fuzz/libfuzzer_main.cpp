// libFuzzer's entry point for one target; CMake builds this file once per target with
// LADDER_FUZZ_TARGET set to the function's name (tests/fuzz/CMakeLists.txt).
#include <cstddef>
#include <cstdint>

#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    ladder::fuzz::LADDER_FUZZ_TARGET(data, size);
    return 0;
}
