#include "clean/html_tree.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace attache::clean {

namespace {

// Attributes cleaning reads; the rest are dropped to keep big pages small.
bool kept_attribute(std::string_view name) {
  static constexpr std::string_view kKept[] = {
      "id",       "class",   "role",       "itemprop",  "itemtype",   "property",    "name",  "content",
      "datetime", "charset", "http-equiv", "lang",      "hidden",     "aria-hidden", "style", "type",
      "href",     "rel",     "pubdate",    "data-role", "aria-label", "xml:lang"};
  return std::find(std::begin(kKept), std::end(kKept), name) != std::end(kKept);
}

// Deeper nesting than this is folded into the deepest kept element: real pages stay far below,
// and it bounds every walk over the tree.
constexpr uint32_t kMaxDepth = 512;

void init_libxml_once() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

}  // namespace

const std::string* HtmlNode::attr(std::string_view name) const {
  for (const auto& [k, v] : attrs) {
    if (k == name) return &v;
  }
  return nullptr;
}

uint32_t HtmlNode::source_of(uint32_t i) const {
  if (runs.empty()) return src_begin;
  auto it = std::upper_bound(runs.begin(), runs.end(), i,
                             [](uint32_t t, const std::pair<uint32_t, uint32_t>& r) { return t < r.first; });
  if (it == runs.begin()) return runs.front().second;
  --it;
  return it->second + (i - it->first);
}

struct TreeBuilder {
  HtmlTree tree;
  std::string_view src;
  htmlParserCtxtPtr ctx = nullptr;
  std::vector<uint32_t> stack;  // open elements (indices)
  uint32_t overflow = 0;        // elements opened beyond kMaxDepth and not yet closed
  bool in_json_ld = false;
  std::vector<uint32_t> positions_;  // scratch: source offset of each byte of a text chunk

  uint32_t pos() const {
    if (ctx == nullptr || ctx->input == nullptr) return 0;
    auto p = static_cast<uint64_t>(ctx->input->consumed) +
             static_cast<uint64_t>(ctx->input->cur - ctx->input->base);
    return static_cast<uint32_t>(std::min<uint64_t>(p, src.size()));
  }

  uint32_t append_child(HtmlNode&& n) {
    uint32_t parent = stack.empty() ? 0 : stack.back();
    n.parent = parent;
    n.depth = tree.nodes_[parent].depth + 1;
    auto idx = static_cast<uint32_t>(tree.nodes_.size());
    tree.nodes_.push_back(std::move(n));
    HtmlNode& p = tree.nodes_[parent];
    if (p.last_child == kNoNode) {
      p.first_child = idx;
    } else {
      tree.nodes_[p.last_child].next_sibling = idx;
    }
    p.last_child = idx;
    return idx;
  }

  void start(const xmlChar* name, const xmlChar** attrs) {
    if (stack.size() >= kMaxDepth) {
      ++overflow;
      return;
    }
    HtmlNode n;
    n.tag = reinterpret_cast<const char*>(name);
    for (char& c : n.tag) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (attrs != nullptr) {
      for (size_t i = 0; attrs[i] != nullptr; i += 2) {
        std::string k = reinterpret_cast<const char*>(attrs[i]);
        for (char& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (!kept_attribute(k)) continue;
        std::string v = attrs[i + 1] != nullptr ? reinterpret_cast<const char*>(attrs[i + 1]) : "";
        if (v.size() > 4096) v.resize(4096);
        n.attrs.emplace_back(std::move(k), std::move(v));
      }
    }
    n.src_begin = pos();
    if (n.tag == "script") {
      const std::string* type = n.attr("type");
      in_json_ld = type != nullptr && type->find("ld+json") != std::string::npos;
      if (in_json_ld) tree.json_ld_.emplace_back();
    }
    stack.push_back(append_child(std::move(n)));
  }

  void end(const xmlChar* /*name*/) {
    if (overflow > 0) {
      --overflow;
      return;
    }
    if (stack.empty()) return;
    tree.nodes_[stack.back()].src_end = pos();
    if (tree.nodes_[stack.back()].tag == "script") in_json_ld = false;
    stack.pop_back();
  }

  void characters(const xmlChar* ch, int len) {
    if (len <= 0) return;
    std::string_view chunk(reinterpret_cast<const char*>(ch), static_cast<size_t>(len));
    const uint32_t end_pos = pos();
    // Where each byte of the chunk came from. A chunk copied from the source sits right before
    // the parser's position, give or take the '\r's of CRLF line ends that the parser drops;
    // anything else (an entity's expansion, a character the parser replaced) maps as a whole to
    // the '&' that started it, or to the parser's position.
    positions_.resize(chunk.size());
    size_t k = chunk.size();
    size_t j = end_pos;
    while (k > 0) {
      if (j > 0 && src[j - 1] == chunk[k - 1]) {
        positions_[--k] = static_cast<uint32_t>(--j);
      } else if (j > 0 && src[j - 1] == '\r' && chunk[k - 1] == '\n') {
        --j;  // the '\r' of a CRLF; the '\n' is next
      } else {
        break;
      }
    }
    if (k > 0) {
      size_t amp = end_pos > 0 ? src.rfind('&', end_pos - 1) : std::string_view::npos;
      auto at = amp != std::string_view::npos && end_pos - amp <= 40 ? static_cast<uint32_t>(amp) : end_pos;
      std::fill(positions_.begin(), positions_.end(),
                std::min<uint32_t>(at, static_cast<uint32_t>(src.size())));
    }
    uint32_t parent = stack.empty() ? 0 : stack.back();
    HtmlNode& p = tree.nodes_[parent];
    uint32_t idx;
    if (p.last_child != kNoNode && tree.nodes_[p.last_child].is_text) {
      idx = p.last_child;
    } else {
      HtmlNode t;
      t.is_text = true;
      t.src_begin = positions_.front();
      idx = append_child(std::move(t));
    }
    HtmlNode& t = tree.nodes_[idx];
    auto off = static_cast<uint32_t>(t.text.size());
    for (size_t i = 0; i < chunk.size(); ++i) {
      auto o = off + static_cast<uint32_t>(i);
      // A new run wherever the byte does not simply follow the previous one.
      if (t.runs.empty() || t.runs.back().second + (o - t.runs.back().first) != positions_[i]) {
        t.runs.emplace_back(o, positions_[i]);
      }
    }
    t.text.append(chunk);
    t.src_end = end_pos;
  }

  void cdata(const xmlChar* ch, int len) {
    if (!in_json_ld || len <= 0 || tree.json_ld_.empty()) return;
    auto& s = tree.json_ld_.back();
    if (s.size() < (1u << 20)) s.append(reinterpret_cast<const char*>(ch), static_cast<size_t>(len));
  }
};

namespace {

TreeBuilder* builder_of(void* ctx) {
  auto* c = static_cast<htmlParserCtxtPtr>(ctx);
  return static_cast<TreeBuilder*>(c->_private);
}

void on_start(void* ctx, const xmlChar* name, const xmlChar** attrs) { builder_of(ctx)->start(name, attrs); }
void on_end(void* ctx, const xmlChar* name) { builder_of(ctx)->end(name); }
void on_chars(void* ctx, const xmlChar* ch, int len) { builder_of(ctx)->characters(ch, len); }
void on_cdata(void* ctx, const xmlChar* ch, int len) { builder_of(ctx)->cdata(ch, len); }
void on_silent(void*, const char*, ...) {}

}  // namespace

HtmlTree HtmlTree::parse(std::string_view html) {
  init_libxml_once();
  TreeBuilder b;
  b.src = html;
  HtmlNode doc;
  doc.tag = "#document";
  doc.src_end = static_cast<uint32_t>(html.size());
  // About one node per 60 bytes of markup on real pages: reserving avoids moving them all as
  // the vector grows.
  b.tree.nodes_.reserve(html.size() / 60 + 16);
  b.tree.nodes_.push_back(std::move(doc));
  if (html.empty()) return std::move(b.tree);

  // libxml2 takes an int length; documents are capped far below that by the readers.
  int len = static_cast<int>(std::min<size_t>(html.size(), static_cast<size_t>(INT32_MAX)));
  htmlParserCtxtPtr ctx = htmlCreateMemoryParserCtxt(html.data(), len);
  if (ctx == nullptr) return std::move(b.tree);
  // The bytes are UTF-8 already (the reader converted them): don't let a <meta charset> re-decode.
  xmlSwitchEncoding(ctx, XML_CHAR_ENCODING_UTF8);
  htmlCtxtUseOptions(ctx, HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                              HTML_PARSE_IGNORE_ENC | HTML_PARSE_RECOVER);
  htmlSAXHandler handler;
  std::memset(&handler, 0, sizeof handler);
  handler.startElement = on_start;
  handler.endElement = on_end;
  handler.characters = on_chars;
  handler.ignorableWhitespace = on_chars;
  handler.cdataBlock = on_cdata;
  handler.warning = on_silent;
  handler.error = on_silent;
  auto* saved = ctx->sax;
  ctx->sax = reinterpret_cast<xmlSAXHandlerPtr>(&handler);
  ctx->userData = ctx;
  ctx->_private = &b;
  b.ctx = ctx;
  htmlParseDocument(ctx);
  ctx->sax = saved;
  b.ctx = nullptr;
  htmlFreeParserCtxt(ctx);
  // Elements left open (truncated pages) end where the source ends.
  for (uint32_t i : b.stack) b.tree.nodes_[i].src_end = static_cast<uint32_t>(html.size());
  return std::move(b.tree);
}

std::string HtmlTree::text_of(uint32_t i) const {
  std::string out;
  if (i >= nodes_.size()) return out;
  if (nodes_[i].is_text) return nodes_[i].text;
  // Iterative pre-order walk of the subtree.
  uint32_t n = nodes_[i].first_child;
  while (n != kNoNode) {
    const HtmlNode& node = nodes_[n];
    if (node.is_text) out += node.text;
    if (node.first_child != kNoNode) {
      n = node.first_child;
      continue;
    }
    while (n != kNoNode && n != i && nodes_[n].next_sibling == kNoNode) n = nodes_[n].parent;
    if (n == kNoNode || n == i) break;
    n = nodes_[n].next_sibling;
  }
  return out;
}

uint32_t HtmlTree::find_first(std::string_view tag) const {
  for (uint32_t i = 0; i < nodes_.size(); ++i) {
    if (!nodes_[i].is_text && nodes_[i].tag == tag) return i;
  }
  return kNoNode;
}

}  // namespace attache::clean
