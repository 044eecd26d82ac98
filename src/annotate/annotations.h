// Annotations: the mentions found in one document, and the people they resolve to.
//
// Produced by annotate() from a document's tokens and the shared Knowledge. Every Mention is a
// token range (and so a byte span) in the original text; a person mention points to a PersonEntity,
// the article-level record that later references (surname, "General Chien", "the Vietnamese defence
// leader") link to. Value type, owned by the caller; not shared between threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/span.h"
#include "gazetteer/knowledge.h"
#include "segment/tokens.h"
#include "time/dates.h"

namespace attache::annotate {

enum class MentionType : uint8_t {
  kCountry,    // id: country index; also demonyms and possessives ("Malaysia's")
  kGroup,      // id: group index
  kPlace,      // id: place index
  kPerson,     // entity: person index
  kMechanism,  // see MechanismMention
  kArea,       // id: area index
  kTrigger,    // id: trigger index
  kStatusCue,  // id: status cue index
  kPronoun,    // he/his/she/her; entity: the person it resolves to
  kParty,      // "both sides", "the two ministries", "the Japanese side", "the host side": one or all
               // parties of the engagement being reported (the builder resolves it); id: see party::
};

// Mention::id of a kParty mention: a country index ("the Japanese side"), or one of these.
// entity: for a state's side, the latest person of that state (a hint; the builder decides).
namespace party {
inline constexpr uint32_t kAll = 0xFFFFFFFFu;    // "the two sides", "both countries", "each side"
inline constexpr uint32_t kHost = 0xFFFFFFFEu;   // "the host side"
inline constexpr uint32_t kGuest = 0xFFFFFFFDu;  // "the visiting side", "the guest delegation"
}  // namespace party

struct Mention {
  MentionType type;
  uint32_t begin = 0, end = 0;  // tokens
  uint32_t id = 0;
  int entity = -1;              // person index for kPerson
  bool demonym = false;         // country mention written as a demonym
  bool full = false;            // person: the full introduction (name with its cues), not a later reference
};

struct MechanismMention {
  uint32_t begin = 0, end = 0;  // tokens of the whole name, ordinal included
  std::string name;             // as written (text of the span)
  std::string canonical;        // mechanism canonical name ("" if only a type with no states)
  EngagementKind kind = EngagementKind::kOther;
  std::optional<int> ordinal;
  std::optional<int> year;             // an edition's year written with it ("Mitra Shakti-2015", "Shakti-19")
  std::vector<std::string> countries;  // states named in it ("Vietnam-Japan ...")
  std::vector<std::string> groups;
  bool needs_states = false;    // a type with no states ("the first defence policy dialogue")
  std::string type_name;        // for needs_states: the canonical type
  std::string rule;             // which rule made it (for --explain)
};

struct PersonEntity {
  std::string name;  // as first written in full, without rank, title or honorific
  std::optional<std::string> country, title, rank, organization;
  std::vector<std::string> keys;  // folded name tokens that can refer back to the person
  Span first;                     // where the person is introduced
  std::string country_rule;       // why the country is what it is
};

struct Annotations {
  segment::TokenizedText tokens;
  std::vector<Mention> mentions;  // sorted by begin
  std::vector<MechanismMention> mechanisms;
  std::vector<PersonEntity> people;
  std::vector<time::DateExpr> dates;
  // Dateline place (a place or country at the very start: "TOKYO —", "Hanoi (VNA) –", "(from Johor, Malaysia)").
  std::optional<uint32_t> dateline_place;
  std::optional<uint32_t> dateline_country;
  // The country most talked about (a protagonist's country when nothing else says).
  std::optional<std::string> home_country;
};

// Annotates `text` restricted to `body` ranges (all of it when empty).
Annotations annotate(const gazetteer::Knowledge& k, std::string_view text, const std::vector<Span>& body);

// Ordinal value of a token's key: "10th" -> 10, "tenth" -> 10, "first" -> 1; 0 if none.
int ordinal_value(std::string_view folded);

}  // namespace attache::annotate
