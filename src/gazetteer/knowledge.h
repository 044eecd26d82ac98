// Knowledge: everything attache knows before it reads an article, loaded from data folders.
//
// Countries (iso-codes + countries.tsv), places, groups, ranks, honorifics, office and organisation
// vocabulary, mechanisms, mechanism types, area phrases, triggers and status cues, compiled into one
// PhraseMatcher. Loaded once at start-up (errors throw "file:line: what"), then shared read-only by
// all threads (RE2::Set's add-compile-match discipline).
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/engagement.h"
#include "gazetteer/countries.h"
#include "gazetteer/grammar.h"
#include "gazetteer/phrase_matcher.h"
#include "segment/tokenizer.h"

namespace attache::gazetteer {

struct Place {
  std::string name;     // canonical English name without diacritics ("Hanoi")
  std::string country;  // alpha-3
  std::string type;     // capital | city | province | state | region | base | island
  // other accepted English spellings, kept as the text writes them ("Naypyitaw" beside "Nay Pyi Taw": no one
  // form is the common one); places.tsv marks them with a leading '='
  std::vector<std::string> written_forms;
};

struct Group {
  std::string name;  // "ASEAN"
  std::string kind;  // bloc | organization | secretariat
};

struct Rank {
  std::string name;  // written out ("Senior Lieutenant General")
};

struct Mechanism {
  std::string name;  // canonical
  EngagementKind kind;
  std::vector<std::string> groups;
  std::vector<std::string> aliases;  // other ways it is written
};

struct MechanismType {
  std::string name;  // "Defence Policy Dialogue"
  EngagementKind kind;
};

struct Trigger {
  std::string phrase;
  EngagementKind kind;
  bool strong;
};

struct StatusCue {
  std::string phrase;
  EngagementStatus status;
};

// An outlet that speaks for one state (outlets.tsv): its articles' protagonist belongs to that state.
struct Outlet {
  std::string name;
  std::string country;               // alpha-3
  std::vector<std::string> domains;  // URL hosts (suffix match)
  std::vector<std::string> cues;     // by-lines and credits naming it in the text
};

struct Knowledge {
  CountryTable countries;
  std::vector<Place> places;
  std::vector<Group> groups;
  std::vector<Rank> ranks;
  std::vector<Mechanism> mechanisms;
  std::vector<MechanismType> mechanism_types;
  std::vector<std::string> area_ids;  // index = Entry::id for kArea
  std::vector<Trigger> triggers;
  std::vector<StatusCue> status_cues;
  std::vector<Outlet> outlets;
  // combining forms of state names before a hyphen and another state (combining_forms.tsv): folded form ->
  // alpha-3 ("indo" -> IND)
  std::unordered_map<std::string, std::string> combining_forms;
  // ship prefixes (ship_prefixes.tsv): folded prefix -> alpha-3 of the navy that writes it ("js" -> JPN)
  std::unordered_map<std::string, std::string> ship_prefixes;
  Grammar grammar;  // grammar.tsv: word classes of the genre's grammar
  segment::Tokenizer tokenizer;
  PhraseMatcher matcher;
  std::vector<std::string> files_loaded;  // for --explain and diagnostics

  // Loads from `dirs` (built-in first, then user folders; see data_dirs.h). Throws on broken data.
  static std::shared_ptr<const Knowledge> load(const std::vector<std::string>& dirs);

  const Country* country(uint32_t id) const { return &countries.all()[id]; }
};

}  // namespace attache::gazetteer
