// Field comparison for the scorer: when two names, mechanisms, titles or locations count as equal,
// and how similar a predicted engagement is to a gold one (the weight the matcher maximises).
//
// The rules are the guidelines' "Scoring" section made exact; docs/EVAL.md states them with the
// similarity formula. A Comparer holds a reference to a CountryTable (which must outlive it) and
// an index of country-name token runs built from it; it is immutable after construction, so one
// Comparer can be used from several threads.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/engagement.h"
#include "gazetteer/countries.h"

namespace attache::eval {

// A comparison key: sorted tokens, compared as a multiset.
using TokenKey = std::vector<std::string>;

// fold()ed words of `s`: apostrophes removed ("Dato'" -> "dato"), every other ASCII character that
// is not a letter or digit separates words; non-ASCII bytes (letters fold() kept) belong to words.
std::vector<std::string> words(std::string_view s);

// Participant-name key: words(), sorted. Honorifics are not removed (that is the extractor's job).
TokenKey name_key(std::string_view name);

// Two participant names are equal when their keys are the same multiset, or when every token of the
// shorter is in the longer and the shorter has at least 2 tokens ("Lokman Hakim" == "Lokman Hakim bin Ali").
bool names_equal(const TokenKey& a, const TokenKey& b);

// Title, organisation or rank key: words() without the/of/and, "defense" -> "defence", sorted.
TokenKey phrase_key(std::string_view s);
bool phrases_equal(const std::optional<std::string>& a, const std::optional<std::string>& b);

bool dates_equal(const std::optional<PartialDate>& a, const std::optional<PartialDate>& b);
// Lenient: same year and same month field (day ignored); null only equals null.
bool dates_same_month(const std::optional<PartialDate>& a, const std::optional<PartialDate>& b);
// Country equal and fold(city) equal; a missing location equals {city: null, country: null}.
bool locations_equal(const std::optional<Location>& a, const std::optional<Location>& b);

// Unique values of `v`, sorted (lists are compared as sets; a duplicate counts once).
std::vector<std::string> as_set(const std::vector<std::string>& v);
// Size of the intersection of two sorted sets.
size_t shared(const std::vector<std::string>& a, const std::vector<std::string>& b);

// One matched pair of participants: indices into the gold and predicted engagements' lists.
struct ParticipantPair {
  size_t gold = 0;
  size_t pred = 0;
};

// Precomputed comparison keys of one engagement.
struct EngagementKeys {
  std::vector<TokenKey> names;                        // name_key of each participant, in order
  std::optional<TokenKey> mechanism;                  // mechanism_key, if a mechanism is given
  std::vector<std::string> countries, areas, groups;  // as_set()
  std::vector<std::string> parties;                   // countries and "group:<name>" of each group, as_set()
};

// The parts of the pair similarity, kept apart so the verbose diff can show them.
struct Similarity {
  double primary = 0;  // participant-name F1, or (party Jaccard + mechanism agreement) / 2
  double total = 0;    // primary + tie-breakers when primary > 0, else 0 (not a match)
};

class Comparer {
 public:
  explicit Comparer(const gazetteer::CountryTable& countries);

  // Mechanism key: fold(), "+" read as " plus ", words() without the/of/and, "defense" -> "defence",
  // every run of up to 5 words that spells a country name or alias replaced by its alpha-3 code
  // (longest run first, left to right), sorted. "ASEAN-Japan Defense Forum" == "Japan-ASEAN Defence
  // Forum"; "US-Vietnam" == "Viet Nam-United States"; "ADSOM+" == "ADSOM-Plus".
  TokenKey mechanism_key(std::string_view mechanism) const;
  bool mechanisms_equal(const std::optional<std::string>& a, const std::optional<std::string>& b) const;

  EngagementKeys keys(const Engagement& e) const;

  // Optimal one-to-one pairing of participants with equal names (most pairs; exact key equality
  // preferred over the subset rule when there is a choice).
  std::vector<ParticipantPair> match_participants(const EngagementKeys& gold,
                                                  const EngagementKeys& pred) const;

  // How well a predicted engagement fits a gold one (docs/EVAL.md "Matching").
  Similarity similarity(const Engagement& gold, const EngagementKeys& gold_keys, const Engagement& pred,
                        const EngagementKeys& pred_keys) const;

 private:
  const gazetteer::CountryTable& countries_;
  // Country names and aliases as space-joined word runs (same word rules as mechanisms) -> alpha-3.
  std::unordered_map<std::string, std::string> country_runs_;
};

}  // namespace attache::eval
