// libFuzzer target: the whole-file JSON reader on arbitrary bytes (see fuzz_common.h).
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  attache::fuzz::run_reader("json", data, size, "fuzz.json");
  return 0;
}
