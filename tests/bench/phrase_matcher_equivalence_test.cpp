// PhraseMatcher's fast paths (key ids, integer trie edges, one lookup per token) against a
// brute-force reference written from its documented contract: a phrase matches a run of whole
// tokens whose keys equal the phrase's keys after spelling equivalence, hyphens ignored after the
// first token, all-capital phrases only on all-capital text; matches at one start, longest first.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <sstream>

#include "gazetteer/phrase_matcher.h"
#include "segment/tokenizer.h"

namespace attache::gazetteer {
namespace {

struct RefPhrase {
  std::vector<std::string> keys;
  bool caps_only;
  Entry entry;
  size_t order;
};

class Reference {
 public:
  Reference(std::unordered_map<std::string, std::string> spelling) : spelling_(std::move(spelling)) {}
  std::string key(std::string_view k) const {
    auto it = spelling_.find(std::string(k));
    return it == spelling_.end() ? std::string(k) : it->second;
  }
  void add(std::string_view phrase, Entry e, const segment::Tokenizer& tok) {
    auto t = tok.tokenize(phrase);
    RefPhrase p{{}, true, e, phrases_.size()};
    for (size_t i = 0; i < t.tokens.size(); ++i) {
      if (t.tokens[i].has(segment::kHyphen)) continue;
      if (t.tokens[i].has(segment::kAlpha) && !t.tokens[i].has(segment::kAllCaps)) p.caps_only = false;
      p.keys.push_back(key(t.norm_of(i)));
    }
    if (!p.keys.empty()) phrases_.push_back(p);
  }
  std::vector<PhraseMatch> match_all(const segment::TokenizedText& text, size_t begin, size_t end) const {
    std::vector<PhraseMatch> out;
    for (size_t i = begin; i < end; ++i) {
      if (text.tokens[i].has(segment::kHyphen)) continue;
      std::vector<std::pair<const RefPhrase*, size_t>> found;  // phrase, end token
      for (const auto& p : phrases_) {
        size_t j = i, k = 0;
        bool all_caps = true;
        while (j < end && k < p.keys.size()) {
          const auto& tok = text.tokens[j];
          if (tok.has(segment::kHyphen) && j > i) {
            ++j;
            continue;
          }
          if (tok.has(segment::kAlpha) && !tok.has(segment::kAllCaps)) all_caps = false;
          if (key(text.norm_of(j)) != p.keys[k]) break;
          ++j;
          ++k;
        }
        if (k == p.keys.size() && (!p.caps_only || all_caps)) found.emplace_back(&p, j);
      }
      // longest first; among equal spans, the later-added phrase first (the matcher's order)
      std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first->order > b.first->order;
      });
      for (const auto& [p, j] : found) out.push_back(PhraseMatch{uint32_t(i), uint32_t(j), p->entry});
    }
    return out;
  }

 private:
  std::unordered_map<std::string, std::string> spelling_;
  std::vector<RefPhrase> phrases_;
};

std::string describe(const std::vector<PhraseMatch>& v) {
  std::ostringstream o;
  for (const auto& m : v)
    o << "[" << m.begin << "," << m.end << " " << int(m.entry.type) << ":" << m.entry.id << "]";
  return o.str();
}

TEST(PhraseMatcherEquivalence, MatchesTheBruteForceReference) {
  segment::Tokenizer tok;
  std::unordered_map<std::string, std::string> spelling = {{"defense", "defence"},
                                                           {"program", "programme"},
                                                           {"co-operation", "cooperation"},
                                                           {"ministers'", "ministers"}};
  PhraseMatcher m;
  m.set_spelling(spelling);
  Reference ref(spelling);
  const std::vector<std::string> phrases = {"defence",
                                            "defence policy dialogue",
                                            "Defense Policy Dialogue",
                                            "policy",
                                            "US",
                                            "U.S.",
                                            "ADMM",
                                            "ADMM-Plus",
                                            "ADMM Plus",
                                            "search and rescue",
                                            "search-and-rescue",
                                            "met",
                                            "met with",
                                            "meeting with",
                                            "Vietnam",
                                            "Viet Nam",
                                            "Việt Nam",
                                            "Lt. Gen.",
                                            "Gen.",
                                            "General",
                                            "training programme",
                                            "co-operation",
                                            "Ministers' Meeting",
                                            "ASEAN Defence Ministers' Meeting",
                                            "2+2",
                                            "2+2 dialogue",
                                            "dialogue",
                                            "programme",
                                            "defence"};
  for (size_t i = 0; i < phrases.size(); ++i) {
    Entry e{static_cast<EntryType>(i % static_cast<size_t>(EntryType::kCount)), static_cast<uint32_t>(i)};
    m.add(phrases[i], e, tok);
    ref.add(phrases[i], e, tok);
  }
  // Random texts over a vocabulary that hits and misses the phrases, with hyphens and capitals.
  const std::vector<std::string> words = {
      "defence",     "Defense",    "DEFENCE", "policy",  "Policy",   "dialogue", "Dialogue",  "US",
      "us",          "U.S.",       "ADMM",    "admm",    "-",        "Plus",     "plus",      "search",
      "and",         "rescue",     "met",     "with",    "meeting",  "Vietnam",  "Viet",      "Nam",
      "Việt",        "Lt.",        "Gen.",    "General", "training", "program",  "programme", "co-operation",
      "cooperation", "Ministers'", "Meeting", "ASEAN",   "2+2",      "the",      "of",        "in",
      "Hanoi",       "—",          "'s"};
  std::mt19937 rng(7);
  for (int round = 0; round < 400; ++round) {
    std::string text;
    int n = 3 + static_cast<int>(rng() % 20);
    for (int w = 0; w < n; ++w) {
      if (w) text += (rng() % 5 == 0) ? "-" : " ";
      text += words[rng() % words.size()];
    }
    auto t = tok.tokenize(text);
    std::vector<PhraseMatch> got;
    m.match_all(t, 0, t.tokens.size(), got);
    auto want = ref.match_all(t, 0, t.tokens.size());
    ASSERT_EQ(describe(got), describe(want)) << "text: " << text;
    // match_at agrees with match_all at every start
    std::vector<PhraseMatch> at;
    for (size_t i = 0; i < t.tokens.size(); ++i) m.match_at(t, i, t.tokens.size(), at);
    ASSERT_EQ(describe(at), describe(want)) << "text: " << text;
  }
}

TEST(PhraseMatcherEquivalence, ForEachPhraseGivesCanonicalKeys) {
  segment::Tokenizer tok;
  PhraseMatcher m;
  m.set_spelling({{"defense", "defence"}});
  m.add("Defense Policy-Dialogue", Entry{EntryType::kMechanismType, 3}, tok);
  m.add("ADMM", Entry{EntryType::kMechanism, 1}, tok);
  std::vector<std::string> seen;
  m.for_each_phrase([&](const std::vector<std::string_view>& keys, Entry e) {
    std::string s = std::to_string(e.id) + ":";
    for (auto k : keys) s += std::string(k) + "|";
    seen.push_back(s);
  });
  std::sort(seen.begin(), seen.end());
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0], "1:admm|");
  EXPECT_EQ(seen[1], "3:defence|policy|dialogue|");
  EXPECT_TRUE(m.starts_phrase("defense"));
  EXPECT_TRUE(m.starts_phrase("admm"));
  EXPECT_FALSE(m.starts_phrase("policy"));
}

}  // namespace
}  // namespace attache::gazetteer
