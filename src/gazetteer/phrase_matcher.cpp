#include "gazetteer/phrase_matcher.h"

#include <algorithm>

namespace attache::gazetteer {

std::string_view PhraseMatcher::key(std::string_view norm) const {
  if (spelling_.empty()) return norm;
  auto it = spelling_.find(std::string(norm));
  return it == spelling_.end() ? norm : std::string_view(it->second);
}

bool PhraseMatcher::add(std::string_view phrase, Entry entry, const segment::Tokenizer& tokenizer) {
  segment::TokenizedText t = tokenizer.tokenize(phrase);
  uint32_t node = 0;
  bool caps_only = true;
  size_t count = 0;
  for (size_t i = 0; i < t.tokens.size(); ++i) {
    const auto& tok = t.tokens[i];
    if (tok.has(segment::kHyphen)) continue;
    if (tok.has(segment::kAlpha) && !tok.has(segment::kAllCaps)) caps_only = false;
    std::string k(key(t.norm_of(i)));
    auto it = nodes_[node].children.find(k);
    if (it == nodes_[node].children.end()) {
      nodes_.emplace_back();
      uint32_t child = static_cast<uint32_t>(nodes_.size() - 1);
      nodes_[node].children.emplace(std::move(k), child);
      node = child;
    } else {
      node = it->second;
    }
    ++count;
  }
  if (count == 0) return false;
  // A one-letter or two-letter all-caps phrase ("US", "UN") must match capitals; longer all-caps
  // acronyms too ("ADMM"), as lower-case forms are ordinary words more often than not.
  nodes_[node].terminals.push_back(Terminal{entry, caps_only});
  ++phrases_;
  return true;
}

bool PhraseMatcher::starts_phrase(std::string_view k) const {
  return nodes_[0].children.count(std::string(key(k))) != 0;
}

void PhraseMatcher::for_each_phrase(
    const std::function<void(const std::vector<std::string_view>&, Entry)>& f) const {
  std::vector<std::string_view> path;
  // Depth-first over the trie; recursion depth is the longest phrase (a handful of tokens).
  std::function<void(uint32_t)> visit = [&](uint32_t node) {
    for (const Terminal& t : nodes_[node].terminals) f(path, t.entry);
    for (const auto& [k, child] : nodes_[node].children) {
      path.push_back(k);
      visit(child);
      path.pop_back();
    }
  };
  visit(0);
}

void PhraseMatcher::match_at(const segment::TokenizedText& text, size_t i, size_t limit,
                             std::vector<PhraseMatch>& out) const {
  if (i >= limit || text.tokens[i].has(segment::kHyphen)) return;
  const size_t first_out = out.size();
  uint32_t node = 0;
  bool all_caps = true;
  std::string buf;
  for (size_t j = i; j < limit; ++j) {
    const auto& tok = text.tokens[j];
    if (tok.has(segment::kHyphen) && j > i) continue;
    if (tok.has(segment::kAlpha) && !tok.has(segment::kAllCaps)) all_caps = false;
    std::string_view k = key(text.norm_of(j));
    buf.assign(k);
    auto it = nodes_[node].children.find(buf);
    if (it == nodes_[node].children.end()) break;
    node = it->second;
    for (const Terminal& term : nodes_[node].terminals) {
      if (term.caps_only && !all_caps) continue;
      out.push_back(PhraseMatch{static_cast<uint32_t>(i), static_cast<uint32_t>(j + 1), term.entry});
    }
  }
  std::reverse(out.begin() + static_cast<long>(first_out), out.end());
}

void PhraseMatcher::match_all(const segment::TokenizedText& text, size_t begin, size_t end,
                              std::vector<PhraseMatch>& out) const {
  for (size_t i = begin; i < end; ++i) match_at(text, i, end, out);
}

}  // namespace attache::gazetteer
