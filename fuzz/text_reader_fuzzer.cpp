// libFuzzer target: the text reader on arbitrary bytes (see fuzz_common.h for what is checked).
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  attache::fuzz::run_reader("text", data, size, "fuzz.txt");
  return 0;
}
