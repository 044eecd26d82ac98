#include "ingest/detect_charset.h"

#include <uchardet/uchardet.h>

#include <algorithm>
#include <memory>

#include "ingest/encoding.h"

namespace attache::ingest {

namespace {
struct DetectorDeleter {
  void operator()(uchardet* d) const { uchardet_delete(d); }
};
}  // namespace

std::string detect_charset(std::string_view bytes) {
  std::unique_ptr<uchardet, DetectorDeleter> det(uchardet_new());
  if (!det) return {};
  size_t n = std::min<size_t>(bytes.size(), 1u << 20);
  if (uchardet_handle_data(det.get(), bytes.data(), n) != 0) return {};
  uchardet_data_end(det.get());
  const char* cs = uchardet_get_charset(det.get());
  if (cs == nullptr || *cs == '\0') return {};
  std::string name(cs);
  if (name == "ASCII") return "UTF-8";
  return canonical_charset(name);
}

}  // namespace attache::ingest
