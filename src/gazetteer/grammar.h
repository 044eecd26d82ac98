// Grammar word classes: closed lists of words the annotator treats by their grammatical role (capitalised
// words that are no names, name particles, nouns of places, small words of titles, family names of one
// naming tradition, pronouns), loaded from data/grammar.tsv so that a user can extend them with --data.
// Filled once by Knowledge::load, then read-only: safe to share between threads.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace attache::gazetteer {

// One bit per class: a word may be in several (a particle that is also no name).
enum class WordClass : uint32_t {
  kNotName = 1u << 0,              // capitalised without being a name ("The", "Meanwhile", headline verbs)
  kPlaceNoun = 1u << 1,            // after a rank or title, names a place or building ("Square", "Palace")
  kNameParticle = 1u << 2,         // lower-case link inside a name ("bin", "van", "de")
  kNameSuffix = 1u << 3,           // generational suffix after a name ("Jr", "III")
  kTitleSmallWord = 1u << 4,       // stays lower-case in a title ("of", "for", "elect")
  kFamilyName = 1u << 5,           // a family name that tells the naming tradition (column `country`)
  kPronoun = 1u << 6,              // he/him/his/she/her/hers: refers back to a person
  kMechanismLevel = 1u << 7,       // qualifies a mechanism's level before its type ("vice-ministerial")
  kPartyNoun = 1u << 8,            // after "the two", "both", "the <demonym>": a party ("sides", "countries")
  kRankGivenName = 1u << 9,        // a rank abbreviation that is also a given name ("Gen" Nakatani)
  kHeadOfState = 1u << 10,         // last word of a head of state's or government's office ("President")
  kVisitWord = 1u << 11,           // a word of visiting before its destination ("visiting", "arrived")
  kMechanismFrequency = 1u << 12,  // how often a session recurs, between its ordinal and type ("ninth annual")
  kHostVerb = 1u << 13,            // a meeting word whose subject is the host ("received", "welcomed", "hosted")
  kGuestCall = 1u << 14,           // a meeting word whose object is the host ("called on", "courtesy call on")
  kSessionNoun = 1u << 16,         // one sitting of a mechanism ("the 14th meeting of the ...", "round", "session")
  kExerciseNoun = 1u << 17,        // a word for an exercise, before or after its name ("exercise", "drill")
  kShipNoun = 1u << 18,            // a warship or its kind ("frigate", "destroyer", "vessel"): naval occasions
  kPresenceWord = 1u << 19,        // a sentence with one names who took part ("attended", "led", "keynote")
  kOpeningPreposition = 1u << 15,  // opens a phrase before the subject ("During his visit, X ..."): cataphora
  kArrivalPlace = 1u << 20,  // where a visitor is welcomed on arrival ("airport", "pier"): the welcome is the visit's
  kClauseLink = 1u << 21,    // opens a clause about the occasion just named (", where ...", ", under which ...")
  kPersonBackground = 1u << 22,  // a person's past in an apposition (", a graduate of ... at West Point,")
  kTravelVerb = 1u << 23,        // travelling to a destination ("will travel to Canberra", "leaves for Singapore")
  kSidelines = 1u << 24,         // the edge of a forum where side meetings happen ("sidelines", "margins", "fringes")
  kOfficeAdjective = 1u << 25,   // between a state and an office, not part of it ("Japan's new defence minister")
  kShipArrival = 1u << 26,       // a ship's verb of coming into port ("arrived at", "berthed in", "sailed into")
};

struct Grammar {
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  struct Word {
    uint32_t classes = 0;
    std::string country;  // kFamilyName: the state of the tradition (alpha-3)
  };
  std::unordered_map<std::string, Word, Hash, std::equal_to<>> words;  // key: folded word

  // `folded` is a token's folded match key.
  bool is(std::string_view folded, WordClass c) const {
    auto it = words.find(folded);
    return it != words.end() && (it->second.classes & static_cast<uint32_t>(c)) != 0;
  }
  // The state whose naming tradition the family name belongs to ("" if none).
  std::string_view family_country(std::string_view folded) const {
    auto it = words.find(folded);
    return it != words.end() && (it->second.classes & static_cast<uint32_t>(WordClass::kFamilyName))
               ? it->second.country
               : std::string_view();
  }
};

}  // namespace attache::gazetteer
