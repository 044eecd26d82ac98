// libFuzzer target: the html reader on arbitrary bytes (see fuzz_common.h for what is checked).
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  attache::fuzz::run_reader("html", data, size, "fuzz.html");
  return 0;
}
