// Prefilter: a cheap scan that tells whether an article can contain an engagement at all.
//
// Most of what a crawler feeds attache is about other things; annotating it costs the full
// pipeline for nothing. One pass over the bytes, with no token vector, reads each word's match key
// (the same word boundaries and keys as segment::Tokenizer) and looks it up in one hash table built
// from the knowledge. An article may hold an engagement only if it has
//   every word of a named mechanism or mechanism type ("ADMM-Plus", "defence policy dialogue"), or
//   an event word (a trigger or mechanism word: "met", "talks", "visit", "dialogue")
//   AND a defence/military/diplomacy word (relevance.txt in a data folder, or a rank)
//   AND a country, demonym, group or place.
// Each test is implied by the phrases the builder needs, taken one word at a time, so the filter
// errs only towards letting an article through. Without a relevance.txt, or with the environment
// variable ATTACHE_PREFILTER=off (for recall checks), every article passes.
// Immutable after construction; may_be_relevant() is safe from any number of threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "gazetteer/knowledge.h"

namespace attache::extract {

class Prefilter {
 public:
  // `relevance_words`: defence/military/diplomacy words (any case; folded here).
  Prefilter(const gazetteer::Knowledge& k, const std::vector<std::string>& relevance_words);
  // Reads relevance.txt from the folders the knowledge was loaded from (disabled if none has one).
  explicit Prefilter(const gazetteer::Knowledge& k);

  // False only when `text` (restricted to `body`, all of it when empty) cannot hold an engagement.
  bool may_be_relevant(std::string_view text, const std::vector<Span>& body) const;
  bool enabled() const { return enabled_; }

  // The words of relevance.txt files (one a line, '#' comments), folded. Public for tests.
  static std::vector<std::string> read_words(const std::string& path);

 private:
  enum Bit : uint8_t { kEvent = 1, kDefence = 2, kPlace = 4, kMechanismWord = 8 };
  struct Slot {
    uint64_t hash = 0;
    uint32_t key_offset = 0;  // into keys_
    uint16_t key_length = 0;  // 0 = empty slot
    uint8_t bits = 0;
    int32_t mech_key = -1;  // index of the key among mechanism words (for the all-words test)
  };
  struct Scan;

  void build(const gazetteer::Knowledge& k, const std::vector<std::string>& relevance_words);
  Slot& insert(std::string_view key);
  const Slot* find(std::string_view key, uint64_t hash) const;
  bool scan_range(std::string_view text, Span range, Scan& s) const;
  bool decide(Scan& s) const;

  bool enabled_ = false;
  std::string keys_;
  std::vector<Slot> slots_;  // open addressing, power-of-two size
  uint32_t used_ = 0;
  size_t max_key_ = 0;  // longest key: longer words cannot match
  uint32_t mech_keys_ = 0;
  std::vector<std::vector<uint32_t>> mech_phrases_;  // mechanism-word indices of each named mechanism phrase
};

}  // namespace attache::extract
