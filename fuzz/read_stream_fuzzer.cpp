// libFuzzer target: the whole ingest path on one stream: gzip layers, content sniffing, the
// chosen reader, and the finishing steps (cleaning, dateline, language, duplicates).
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  std::istringstream in(bytes);
  attache::ingest::ReadOptions opts = attache::fuzz::fuzz_options();
  attache::ingest::read_stream(
      "fuzz", in, opts,
      [](attache::Document&& d) {
        attache::fuzz::check_document(d);
        return true;
      },
      [](attache::Diagnostic&&) {});
  return 0;
}
