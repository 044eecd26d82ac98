// HtmlTree: a web page parsed by libxml2's HTML parser into a compact tree that remembers
// where every piece of text came from in the source.
//
// libxml2 does the hard part (tokenising, entities, implied and misnested tags, the error
// recovery browsers do); its SAX events are recorded here into a flat node array with byte
// offsets into the UTF-8 source, which the DOM libxml2 would build does not keep. Only the
// attributes cleaning looks at are kept. Nodes are in document order; the tree is immutable
// after parse() and safe to read from several threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace attache::clean {

inline constexpr uint32_t kNoNode = UINT32_MAX;

struct HtmlNode {
  bool is_text = false;
  std::string tag;                                         // lower-case element name ("" for text)
  std::vector<std::pair<std::string, std::string>> attrs;  // lower-case names, decoded values
  std::string text;  // text nodes: decoded text as in the source (not collapsed)
  // Text nodes: (offset in `text`, offset in source) anchors; between anchors the map is linear.
  std::vector<std::pair<uint32_t, uint32_t>> runs;
  uint32_t parent = kNoNode;
  uint32_t first_child = kNoNode;
  uint32_t last_child = kNoNode;
  uint32_t next_sibling = kNoNode;
  uint32_t depth = 0;
  uint32_t src_begin = 0;  // byte just after the start tag (elements) / first byte (text)
  uint32_t src_end = 0;    // byte after the end tag (elements) / after the text

  // Value of attribute `name` (lower-case), or nullptr.
  const std::string* attr(std::string_view name) const;
  // Source offset of byte `i` of `text`.
  uint32_t source_of(uint32_t i) const;
};

class HtmlTree {
 public:
  // Parses UTF-8 `html`. Never fails: garbage in gives a tree with little or no text.
  static HtmlTree parse(std::string_view html);

  const std::vector<HtmlNode>& nodes() const { return nodes_; }
  const HtmlNode& node(uint32_t i) const { return nodes_[i]; }
  uint32_t root() const { return 0; }  // the document node (tag "#document")
  // Contents of <script type="application/ld+json"> elements, in order.
  const std::vector<std::string>& json_ld() const { return json_ld_; }

  // All text under node `i`, concatenated as in the source (no separators, not collapsed).
  std::string text_of(uint32_t i) const;
  // First element with tag `tag` in document order, or kNoNode.
  uint32_t find_first(std::string_view tag) const;

 private:
  friend struct TreeBuilder;
  std::vector<HtmlNode> nodes_;
  std::vector<std::string> json_ld_;
};

}  // namespace attache::clean
