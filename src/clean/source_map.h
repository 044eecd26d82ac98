// SourceMap: where each byte of a document's rendered text came from in its source.
//
// Text rendered from HTML is not a substring of the page: tags go, entities are decoded,
// whitespace collapses. The map keeps, for runs of the text, the matching offset in the source
// (the page decoded to UTF-8), so an evidence span over Document::text can be shown in the page.
// Value type; immutable once built; thread-safe to read.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace attache::clean {

struct SourceMap {
  // (text offset, source offset) anchors, strictly increasing in text offset. From one anchor to
  // the next, text byte a.first + k maps to source byte a.second + k.
  std::vector<std::pair<uint32_t, uint32_t>> anchors;

  bool empty() const { return anchors.empty(); }
  void clear() { anchors.clear(); }

  // Source offset of text byte `text_offset` (0 if the map is empty).
  uint32_t source_offset(uint32_t text_offset) const;

  // Adds a run starting at text offset `t` that maps to source offset `s`; merges with the
  // previous run when it simply continues it.
  void add(uint32_t t, uint32_t s);
};

}  // namespace attache::clean
