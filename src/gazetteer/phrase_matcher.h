// PhraseMatcher: finds dictionary phrases in tokenized text (spaCy's PhraseMatcher idea).
//
// Phrases are tokenized with the same Tokenizer as documents and stored in a token trie keyed on
// match keys (fold + spelling variants: "defense" == "defence"). Hyphens in text and phrases are
// ignored, so "search-and-rescue" matches "search and rescue". A phrase written in capitals
// ("US", "SAR", "ADMM") matches only capitalised text. Build with add(), then match from any
// number of threads (const).
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "segment/tokenizer.h"

namespace attache::gazetteer {

enum class EntryType : uint8_t {
  kCountry,         // id: index in CountryTable::all()
  kDemonym,         // id: index in CountryTable::all()
  kGroup,           // id: index in Knowledge::groups
  kPlace,           // id: index in Knowledge::places
  kRank,            // id: index in Knowledge::ranks
  kHonorific,       // id: 0
  kOfficeHead,      // id: 0
  kOfficeModifier,  // id: 0
  kOfficeDomain,    // id: 0
  kOrgHead,         // id: 0
  kOrgWord,         // id: 0
  kMechanism,       // id: index in Knowledge::mechanisms
  kMechanismType,   // id: index in Knowledge::mechanism_types
  kArea,            // id: index in Knowledge::area_ids
  kTrigger,         // id: index in Knowledge::triggers
  kStatusCue,       // id: index in Knowledge::status_cues
  kPersonNoun,      // id: 0 ("official", "counterpart": refers back to a person)
  kDocument,        // id: 0 ("memorandum of understanding": what a signing produces)
  kCount
};

struct Entry {
  EntryType type;
  uint32_t id;
};

struct PhraseMatch {
  uint32_t begin;  // token index
  uint32_t end;    // one past the last token
  Entry entry;
};

class PhraseMatcher {
 public:
  // `spelling`: extra key equivalences applied to both phrases and text ("defense" -> "defence").
  void set_spelling(std::unordered_map<std::string, std::string> spelling);
  // Adds `phrase`; returns false when it has no tokens.
  bool add(std::string_view phrase, Entry entry, const segment::Tokenizer& tokenizer);
  // Every match starting at token `i` and ending at or before `limit`, longest first.
  void match_at(const segment::TokenizedText& text, size_t i, size_t limit,
                std::vector<PhraseMatch>& out) const;
  // Every match starting in [begin, end).
  void match_all(const segment::TokenizedText& text, size_t begin, size_t end,
                 std::vector<PhraseMatch>& out) const;
  // True if `key` starts any phrase (a cheap pre-filter).
  bool starts_phrase(std::string_view key) const;
  size_t size() const { return phrases_; }
  // Calls f(keys, entry) for every phrase added: its match keys in order (spelling-canonical,
  // hyphens dropped). For index builders such as the relevance pre-filter.
  void for_each_phrase(const std::function<void(const std::vector<std::string_view>&, Entry)>& f) const;
  // The spelling equivalences (variant key -> canonical key).
  const std::unordered_map<std::string, std::string>& spelling() const { return spelling_; }

 private:
  struct Terminal {
    Entry entry;
    bool caps_only;
  };
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  static constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();

  // Every distinct key gets an id; a text token is looked up once (one hash of its key), then the
  // trie is walked on integer edges. vocab_ maps a text key to the id of its canonical key
  // (spelling variants included), so matching allocates nothing.
  std::string_view key(std::string_view norm) const;
  uint32_t key_id(std::string_view norm) const;
  uint32_t intern(std::string_view canonical);
  void rebuild_vocab();
  uint32_t child(uint32_t node, uint32_t key) const;
  template <typename IdOf>
  void walk(const segment::TokenizedText& text, size_t i, size_t limit, const IdOf& id_of,
            std::vector<PhraseMatch>& out) const;

  std::vector<std::string> key_names_;                                         // id -> canonical key
  std::unordered_map<std::string, uint32_t, KeyHash, std::equal_to<>> ids_;    // canonical key -> id
  std::unordered_map<std::string, uint32_t, KeyHash, std::equal_to<>> vocab_;  // text key -> id
  std::unordered_map<uint64_t, uint32_t> edges_;                               // node << 32 | key id -> child
  std::vector<uint32_t> root_;  // key id -> child of the root (a flat array: the hottest lookup)
  std::vector<std::vector<Terminal>> terminals_{1};  // per node; node 0 = root
  std::unordered_map<std::string, std::string> spelling_;
  size_t phrases_ = 0;
};

}  // namespace attache::gazetteer
