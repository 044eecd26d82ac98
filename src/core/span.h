// Span: a half-open byte range [start, end) into a Document's text.
//
// Every annotation in attache is a Span, never a copied string, so that any fact can be
// shown in the sentence it came from. Value type; trivially copyable; thread-safe.
#pragma once

#include <cstdint>
#include <string_view>

namespace attache {

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;

  constexpr uint32_t size() const { return end - start; }
  constexpr bool empty() const { return end <= start; }
  constexpr bool contains(const Span& o) const { return start <= o.start && o.end <= end; }
  constexpr bool overlaps(const Span& o) const { return start < o.end && o.start < end; }
  // Returns the text this span covers. `text` must be the document text it was made on.
  std::string_view of(std::string_view text) const { return text.substr(start, end - start); }

  friend constexpr bool operator==(const Span&, const Span&) = default;
  friend constexpr auto operator<=>(const Span&, const Span&) = default;
};

}  // namespace attache
