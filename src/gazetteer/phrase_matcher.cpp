#include "gazetteer/phrase_matcher.h"

#include <algorithm>

namespace attache::gazetteer {

void PhraseMatcher::set_spelling(std::unordered_map<std::string, std::string> spelling) {
  spelling_ = std::move(spelling);
  rebuild_vocab();
}

std::string_view PhraseMatcher::key(std::string_view norm) const {
  if (spelling_.empty()) return norm;
  auto it = spelling_.find(std::string(norm));
  return it == spelling_.end() ? norm : std::string_view(it->second);
}

uint32_t PhraseMatcher::key_id(std::string_view norm) const {
  auto it = vocab_.find(norm);
  return it == vocab_.end() ? kNone : it->second;
}

// A text key t matches canonical key c when key(t) == c: c itself (unless c is also a variant of
// something else) and every variant spelled towards c.
void PhraseMatcher::rebuild_vocab() {
  vocab_.clear();
  for (uint32_t id = 0; id < key_names_.size(); ++id) {
    if (!spelling_.count(key_names_[id])) vocab_.emplace(key_names_[id], id);
  }
  for (const auto& [variant, canonical] : spelling_) {
    if (auto it = ids_.find(canonical); it != ids_.end()) vocab_[variant] = it->second;
  }
}

uint32_t PhraseMatcher::intern(std::string_view canonical) {
  if (auto it = ids_.find(canonical); it != ids_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(key_names_.size());
  key_names_.emplace_back(canonical);
  ids_.emplace(key_names_.back(), id);
  if (!spelling_.count(key_names_.back())) vocab_.emplace(key_names_.back(), id);
  for (const auto& [variant, c] : spelling_) {
    if (c == canonical) vocab_[variant] = id;
  }
  return id;
}

uint32_t PhraseMatcher::child(uint32_t node, uint32_t key) const {
  if (node == 0) return key < root_.size() ? root_[key] : kNone;  // most walks end at the root
  auto it = edges_.find((static_cast<uint64_t>(node) << 32) | key);
  return it == edges_.end() ? kNone : it->second;
}

bool PhraseMatcher::add(std::string_view phrase, Entry entry, const segment::Tokenizer& tokenizer) {
  segment::TokenizedText t = tokenizer.tokenize(phrase);
  uint32_t node = 0;
  bool caps_only = true;
  size_t letters = 0, words = 0;  // one acronym of five letters or more is no English word ("Covid-19", "Asean")
  size_t count = 0;
  for (size_t i = 0; i < t.tokens.size(); ++i) {
    const auto& tok = t.tokens[i];
    if (tok.has(segment::kHyphen)) continue;
    if (tok.has(segment::kAlpha) && !tok.has(segment::kAllCaps)) caps_only = false;
    if (tok.has(segment::kAlpha)) letters += tok.span.size(), ++words;
    uint32_t k = intern(key(t.norm_of(i)));
    uint32_t next = child(node, k);
    if (next == kNone) {
      next = static_cast<uint32_t>(terminals_.size());
      terminals_.emplace_back();
      edges_.emplace((static_cast<uint64_t>(node) << 32) | k, next);
      if (node == 0) {
        if (root_.size() <= k) root_.resize(k + 1, kNone);
        root_[k] = next;
      }
    }
    node = next;
    ++count;
  }
  if (count == 0) return false;
  // A one-letter or two-letter all-caps phrase ("US", "UN") must match capitals; longer all-caps
  // acronyms too ("ADMM"), as lower-case forms are ordinary words more often than not, and all-caps phrases of
  // several words ("INDO PACIFIC" is the expo, "Indo-Pacific" the region). One word of five letters or more is
  // written in any case ("COVID-19" = "Covid-19", "ASEAN" = "Asean").
  terminals_[node].push_back(Terminal{entry, caps_only && (letters < 5 || words > 1)});
  ++phrases_;
  return true;
}

bool PhraseMatcher::starts_phrase(std::string_view k) const {
  uint32_t id = key_id(k);
  return id != kNone && child(0, id) != kNone;
}

void PhraseMatcher::for_each_phrase(const std::function<void(const std::vector<std::string_view>&, Entry)>& f) const {
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> children(terminals_.size());  // (key, child)
  for (const auto& [edge, to] : edges_) {
    children[edge >> 32].emplace_back(static_cast<uint32_t>(edge & 0xFFFFFFFFu), to);
  }
  std::vector<std::string_view> path;
  // Depth-first over the trie; recursion depth is the longest phrase (a handful of tokens).
  std::function<void(uint32_t)> visit = [&](uint32_t node) {
    for (const Terminal& t : terminals_[node]) f(path, t.entry);
    for (const auto& [k, to] : children[node]) {
      path.push_back(key_names_[k]);
      visit(to);
      path.pop_back();
    }
  };
  visit(0);
}

// Matches starting at token i; id_of(j) is the key id of token j (kNone: in no phrase). Most walks
// end after one or two tokens, so ids are asked for only as the walk needs them.
template <typename IdOf>
void PhraseMatcher::walk(const segment::TokenizedText& text, size_t i, size_t limit, const IdOf& id_of,
                         std::vector<PhraseMatch>& out) const {
  if (i >= limit || text.tokens[i].has(segment::kHyphen)) return;
  uint32_t first = id_of(i);
  if (first == kNone) return;
  const size_t first_out = out.size();
  uint32_t node = 0;
  bool all_caps = true;
  for (size_t j = i; j < limit; ++j) {
    const auto& tok = text.tokens[j];
    // (a name may be quoted in part, 'the first China-Indonesia "2+2" ministerial dialogue': a phrase runs on past a
    // double quotation mark as past a hyphen)
    if (j > i && (tok.has(segment::kHyphen) || segment::double_quote_mark(text.text_of(j)))) continue;
    if (tok.has(segment::kAlpha) && !tok.has(segment::kAllCaps)) all_caps = false;
    uint32_t id = j == i ? first : id_of(j);
    if (id == kNone) break;
    node = child(node, id);
    if (node == kNone) break;
    for (const Terminal& term : terminals_[node]) {
      if (term.caps_only && !all_caps) continue;
      out.push_back(PhraseMatch{static_cast<uint32_t>(i), static_cast<uint32_t>(j + 1), term.entry});
    }
  }
  std::reverse(out.begin() + static_cast<long>(first_out), out.end());
}

void PhraseMatcher::match_at(const segment::TokenizedText& text, size_t i, size_t limit,
                             std::vector<PhraseMatch>& out) const {
  walk(
      text, i, limit, [&](size_t j) { return key_id(text.norm_of(j)); }, out);
}

void PhraseMatcher::match_all(const segment::TokenizedText& text, size_t begin, size_t end,
                              std::vector<PhraseMatch>& out) const {
  if (begin >= end) return;
  // One key lookup per token, reused by every start position in the range.
  thread_local std::vector<uint32_t> ids;
  ids.resize(end - begin);
  for (size_t j = begin; j < end; ++j) {
    ids[j - begin] = text.tokens[j].has(segment::kHyphen) ? kNone : key_id(text.norm_of(j));
  }
  const uint32_t* base = ids.data();
  for (size_t i = begin; i < end; ++i)
    walk(
        text, i, end, [&](size_t j) { return base[j - begin]; }, out);
}

}  // namespace attache::gazetteer
