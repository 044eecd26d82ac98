// attache annotate: shows what the annotator found in each document.
//
// Text mode marks every mention inline ("[PERSON#0 Hoàng Xuân Chiến]", coloured when standard output
// is a terminal) and ends each document with its people table. --json writes one JSON object per
// document (JSON Lines) with byte spans, types, canonical ids and the person each mention links to.
// Single-threaded: it is a tool for looking at documents, not for bulk runs.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "annotate/annotations.h"
#include "cli/common.h"
#include "ingest/reader.h"

namespace attache::cli {

namespace {

struct AnnotateArgs {
  std::vector<std::string> inputs;
  PublishedOption published;
  bool json = false;
  KnowledgeOptions knowledge;
};

// One mark over document bytes, with what it says.
struct Mark {
  uint32_t begin = 0, end = 0;
  std::string type;   // "person", "country", ...
  std::string label;  // "PERSON#0", "COUNTRY:VNM"
  nlohmann::json info;
};

const char* type_name(annotate::MentionType t) {
  using annotate::MentionType;
  switch (t) {
    case MentionType::kCountry:
      return "country";
    case MentionType::kGroup:
      return "group";
    case MentionType::kPlace:
      return "place";
    case MentionType::kPerson:
      return "person";
    case MentionType::kMechanism:
      return "mechanism";
    case MentionType::kArea:
      return "area";
    case MentionType::kTrigger:
      return "trigger";
    case MentionType::kStatusCue:
      return "status_cue";
    case MentionType::kPronoun:
      return "pronoun";
    case MentionType::kParty:
      return "party";
  }
  return "other";
}

std::vector<Mark> marks_of(const gazetteer::Knowledge& k, const annotate::Annotations& a) {
  using annotate::MentionType;
  std::vector<Mark> out;
  const auto& tt = a.tokens;
  for (const auto& m : a.mentions) {
    Mark mk;
    Span sp = tt.span_of(m.begin, m.end);
    mk.begin = static_cast<uint32_t>(sp.start), mk.end = static_cast<uint32_t>(sp.end);
    mk.type = type_name(m.type);
    std::string upper = mk.type;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
    nlohmann::json j;
    std::string id;
    switch (m.type) {
      case MentionType::kCountry:
        id = k.countries.all()[m.id].code;
        j["demonym"] = m.demonym;
        break;
      case MentionType::kGroup:
        id = k.groups[m.id].name;
        break;
      case MentionType::kPlace:
        id = k.places[m.id].name;
        j["country"] = k.places[m.id].country;
        break;
      case MentionType::kArea:
        id = k.area_ids[m.id];
        break;
      case MentionType::kTrigger:
        id = k.triggers[m.id].phrase;
        break;
      case MentionType::kStatusCue:
        id = k.status_cues[m.id].phrase;
        break;
      case MentionType::kPerson:
      case MentionType::kPronoun:
        j["entity"] = m.entity;
        j["full"] = m.full;
        break;
      case MentionType::kMechanism:
        break;
      case MentionType::kParty:
        // a state's side names its state; "both sides" / "the host side" name a role
        id = m.id == annotate::party::kAll     ? "all"
             : m.id == annotate::party::kHost  ? "host"
             : m.id == annotate::party::kGuest ? "guest"
                                               : k.countries.all()[m.id].code;
        if (m.entity >= 0) j["entity"] = m.entity;
        break;
    }
    if (m.type == MentionType::kPerson || m.type == MentionType::kPronoun) {
      mk.label = upper + "#" + std::to_string(m.entity);
    } else {
      mk.label = upper + ":" + id;
      j["id"] = id;
    }
    mk.info = std::move(j);
    out.push_back(std::move(mk));
  }
  for (const auto& mm : a.mechanisms) {
    Mark mk;
    Span sp = tt.span_of(mm.begin, mm.end);
    mk.begin = static_cast<uint32_t>(sp.start), mk.end = static_cast<uint32_t>(sp.end);
    mk.type = "mechanism";
    std::string canonical = mm.canonical.empty() ? mm.type_name : mm.canonical;
    mk.label = "MECHANISM:" + canonical + (mm.ordinal ? " #" + std::to_string(*mm.ordinal) : "");
    mk.info["id"] = canonical;
    mk.info["kind"] = to_string(mm.kind);
    if (mm.ordinal) mk.info["ordinal"] = *mm.ordinal;
    if (!mm.countries.empty()) mk.info["countries"] = mm.countries;
    out.push_back(std::move(mk));
  }
  for (const auto& d : a.dates) {
    Mark mk;
    Span sp = tt.span_of(d.begin, d.end);
    mk.begin = static_cast<uint32_t>(sp.start), mk.end = static_cast<uint32_t>(sp.end);
    mk.type = "date";
    mk.label = "DATE";
    out.push_back(std::move(mk));
  }
  std::sort(out.begin(), out.end(),
            [](const Mark& x, const Mark& y) { return x.begin != y.begin ? x.begin < y.begin : x.end > y.end; });
  return out;
}

const char* colour_of(const std::string& type) {
  if (type == "person") return "\x1b[1;32m";
  if (type == "pronoun") return "\x1b[32m";
  if (type == "country") return "\x1b[1;34m";
  if (type == "place") return "\x1b[36m";
  if (type == "group") return "\x1b[35m";
  if (type == "mechanism") return "\x1b[1;33m";
  if (type == "area") return "\x1b[33m";
  if (type == "date") return "\x1b[1;31m";
  return "\x1b[2m";
}

// The text with marks; marks that cross an open one are left out (nesting only).
std::string marked_text(std::string_view text, const std::vector<Mark>& marks, bool colour) {
  std::string out;
  std::vector<const Mark*> open;
  size_t pos = 0;
  auto close_until = [&](size_t at) {
    while (!open.empty() && open.back()->end <= at) {
      out.append(text.substr(pos, open.back()->end - pos));
      pos = open.back()->end;
      out += colour ? "\x1b[0m]" : "]";
      open.pop_back();
      if (colour && !open.empty()) out += colour_of(open.back()->type);
    }
  };
  for (const auto& m : marks) {
    close_until(m.begin);
    if (!open.empty() && m.end > open.back()->end) continue;  // crosses
    out.append(text.substr(pos, m.begin - pos));
    pos = m.begin;
    if (colour) out += colour_of(m.type);
    out += "[" + m.label + " ";
    open.push_back(&m);
  }
  close_until(text.size());
  out.append(text.substr(pos));
  return out;
}

nlohmann::json opt_json(const std::optional<std::string>& s) { return s ? nlohmann::json(*s) : nlohmann::json(); }

nlohmann::json people_json(const annotate::Annotations& a) {
  nlohmann::json people = nlohmann::json::array();
  for (size_t i = 0; i < a.people.size(); ++i) {
    const auto& p = a.people[i];
    people.push_back({{"id", i},
                      {"name", p.name},
                      {"country", opt_json(p.country)},
                      {"title", opt_json(p.title)},
                      {"rank", opt_json(p.rank)},
                      {"organization", opt_json(p.organization)},
                      {"span", {p.first.start, p.first.end}},
                      {"country_rule", p.country_rule}});
  }
  return people;
}

int run_annotate(const AnnotateArgs& args) {
  auto knowledge = args.knowledge.load();
  ingest::ReadOptions ropts;
  if (!args.published.apply("annotate", ropts)) return kExitUsage;
  const bool colour = !args.json && isatty(STDOUT_FILENO);
  size_t errors = 0;
  ingest::ReadStats stats = ingest::read_inputs(
      args.inputs, ropts,
      [&](Document&& d) {
        annotate::Annotations a = annotate::annotate(*knowledge, d.text, d.body);
        auto marks = marks_of(*knowledge, a);
        if (args.json) {
          nlohmann::json j;
          j["doc"] = d.id;
          if (d.published) j["published"] = d.published->to_string();
          nlohmann::json ms = nlohmann::json::array();
          for (const auto& m : marks) {
            nlohmann::json e = m.info.is_null() ? nlohmann::json::object() : m.info;
            e["type"] = m.type;
            e["span"] = {m.begin, m.end};
            e["text"] = std::string_view(d.text).substr(m.begin, m.end - m.begin);
            ms.push_back(std::move(e));
          }
          j["mentions"] = std::move(ms);
          j["people"] = people_json(a);
          if (a.home_country) j["home_country"] = *a.home_country;
          std::string line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
          std::fwrite(line.data(), 1, line.size(), stdout);
          std::fputc('\n', stdout);
        } else {
          std::string out = "== " + d.id + "\n" + marked_text(d.text, marks, colour) + "\n-- people\n";
          for (size_t i = 0; i < a.people.size(); ++i) {
            const auto& p = a.people[i];
            out += "#" + std::to_string(i) + "\t" + p.name + "\t" + p.country.value_or("-") + "\t" +
                   p.rank.value_or("-") + "\t" + p.title.value_or("-") + "\t" + p.organization.value_or("-") +
                   (p.country_rule.empty() ? "" : "\t(state: " + p.country_rule + ")") + "\n";
          }
          std::fwrite(out.data(), 1, out.size(), stdout);
        }
        return true;
      },
      [&](Diagnostic&& d) {
        if (d.severity == Severity::kError) ++errors;
        std::cerr << d.to_string() << "\n";
      });
  std::fflush(stdout);
  return errors > 0 || stats.failed > 0 ? kExitInputErrors : kExitOk;
}

Runner setup(CLI::App& app) {
  auto args = std::make_shared<AnnotateArgs>();
  app.add_option("inputs", args->inputs, "Files, folders (recursive) or - for standard input")->required();
  args->published.add_to(app);
  app.add_flag("--json", args->json, "One JSON object per document: mentions with byte spans, and the people");
  args->knowledge.add_to(app);
  return [args] { return run_annotate(*args); };
}

}  // namespace

ATTACHE_COMMAND("annotate", "Show the people, places, states and mechanisms found in articles", setup);

}  // namespace attache::cli
