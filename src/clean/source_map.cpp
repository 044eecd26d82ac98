#include "clean/source_map.h"

#include <algorithm>

namespace attache::clean {

uint32_t SourceMap::source_offset(uint32_t text_offset) const {
  if (anchors.empty()) return 0;
  auto it = std::upper_bound(anchors.begin(), anchors.end(), text_offset,
                             [](uint32_t t, const std::pair<uint32_t, uint32_t>& a) { return t < a.first; });
  if (it == anchors.begin()) return anchors.front().second;
  --it;
  return it->second + (text_offset - it->first);
}

void SourceMap::add(uint32_t t, uint32_t s) {
  if (!anchors.empty()) {
    auto& last = anchors.back();
    if (last.first == t) {
      last.second = s;
      return;
    }
    // Same linear run: nothing to record.
    if (t > last.first && s >= last.second && s - last.second == t - last.first) return;
  }
  anchors.emplace_back(t, s);
}

}  // namespace attache::clean
