#include "core/json_io.h"

namespace attache {

using ojson = nlohmann::ordered_json;

namespace {

template <typename T>
ojson opt(const std::optional<T>& v) {
  return v ? ojson(*v) : ojson(nullptr);
}

ojson opt_date(const std::optional<PartialDate>& d) {
  return d ? ojson(d->to_string()) : ojson(nullptr);
}

// Reading helpers: each returns false and sets `err` when the value has the wrong type.
bool read_opt_string(const nlohmann::json& obj, const char* key, std::optional<std::string>& out,
                     std::string& err, const std::string& where) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return true;
  if (!it->is_string()) {
    err = where + "/" + key + ": expected a string or null";
    return false;
  }
  out = it->get<std::string>();
  return true;
}

bool read_opt_date(const nlohmann::json& obj, const char* key, std::optional<PartialDate>& out,
                   std::string& err, const std::string& where) {
  std::optional<std::string> s;
  if (!read_opt_string(obj, key, s, err, where)) return false;
  if (!s) return true;
  out = PartialDate::parse(*s);
  if (!out) {
    err = where + "/" + key + ": not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: " + *s;
    return false;
  }
  return true;
}

bool read_string_array(const nlohmann::json& obj, const char* key, std::vector<std::string>& out,
                       std::string& err, const std::string& where) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return true;
  if (!it->is_array()) {
    err = where + "/" + key + ": expected an array";
    return false;
  }
  for (const auto& v : *it) {
    if (!v.is_string()) {
      err = where + "/" + key + ": expected strings only";
      return false;
    }
    out.push_back(v.get<std::string>());
  }
  return true;
}

}  // namespace

ojson to_json(const Participant& p) {
  ojson j;
  j["name"] = p.name;
  j["country"] = opt(p.country);
  j["title"] = opt(p.title);
  j["rank"] = opt(p.rank);
  j["organization"] = opt(p.organization);
  return j;
}

ojson to_json(const Engagement& e, bool with_explanations) {
  ojson j;
  j["kind"] = to_string(e.kind);
  j["status"] = to_string(e.status);
  j["salience"] = to_string(e.salience);
  j["name"] = opt(e.name);
  j["mechanism"] = opt(e.mechanism);
  j["ordinal"] = opt(e.ordinal);
  j["date"] = opt_date(e.date);
  j["end_date"] = opt_date(e.end_date);
  if (e.location) {
    j["location"] = ojson{{"city", opt(e.location->city)}, {"country", opt(e.location->country)}};
  } else {
    j["location"] = nullptr;
  }
  j["countries"] = e.countries;
  j["groups"] = e.groups;
  ojson parts = ojson::array();
  for (const auto& p : e.participants) parts.push_back(to_json(p));
  j["participants"] = std::move(parts);
  j["areas"] = e.areas;
  ojson ev = ojson::array();
  for (const auto& s : e.evidence) ev.push_back(ojson{{"start", s.start}, {"end", s.end}});
  j["evidence"] = std::move(ev);
  if (with_explanations) {
    ojson ex = ojson::array();
    for (const auto& x : e.explanations) {
      ojson item{{"field", x.field}, {"rule", x.rule}};
      if (!x.span.empty()) item["span"] = ojson{{"start", x.span.start}, {"end", x.span.end}};
      ex.push_back(std::move(item));
    }
    j["explain"] = std::move(ex);
  }
  return j;
}

ojson to_json(const DocumentRecord& r, bool with_explanations) {
  ojson j;
  j["doc"] = r.doc;
  j["published"] = opt_date(r.published);
  ojson list = ojson::array();
  for (const auto& e : r.engagements) list.push_back(to_json(e, with_explanations));
  j["engagements"] = std::move(list);
  return j;
}

std::string to_json_line(const DocumentRecord& r, bool with_explanations) {
  return to_json(r, with_explanations).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

RecordParse record_from_json(const nlohmann::json& j) {
  RecordParse out;
  std::string& err = out.error;
  if (!j.is_object()) {
    err = "/: expected an object";
    return out;
  }
  DocumentRecord rec;
  auto doc = j.find("doc");
  if (doc == j.end() || !doc->is_string()) {
    err = "/doc: missing or not a string";
    return out;
  }
  rec.doc = doc->get<std::string>();
  if (!read_opt_date(j, "published", rec.published, err, "")) return out;
  auto list = j.find("engagements");
  if (list == j.end() || !list->is_array()) {
    err = "/engagements: missing or not an array";
    return out;
  }
  for (size_t i = 0; i < list->size(); ++i) {
    const auto& ej = (*list)[i];
    const std::string where = "/engagements/" + std::to_string(i);
    if (!ej.is_object()) {
      err = where + ": expected an object";
      return out;
    }
    Engagement e;
    auto get_enum = [&](const char* key, auto parse, auto& field, bool required) {
      auto it = ej.find(key);
      if (it == ej.end() || it->is_null()) {
        if (required) err = where + "/" + key + ": missing";
        return !required;
      }
      if (!it->is_string()) {
        err = where + "/" + key + ": expected a string";
        return false;
      }
      auto v = parse(it->template get<std::string>());
      if (!v) {
        err = where + "/" + key + ": unknown value " + it->template get<std::string>();
        return false;
      }
      field = *v;
      return true;
    };
    if (!get_enum("kind", parse_kind, e.kind, true)) return out;
    if (!get_enum("status", parse_status, e.status, true)) return out;
    if (!get_enum("salience", parse_salience, e.salience, false)) return out;
    if (!read_opt_string(ej, "name", e.name, err, where)) return out;
    if (!read_opt_string(ej, "mechanism", e.mechanism, err, where)) return out;
    if (auto it = ej.find("ordinal"); it != ej.end() && !it->is_null()) {
      if (!it->is_number_integer()) {
        err = where + "/ordinal: expected an integer";
        return out;
      }
      e.ordinal = it->get<int>();
    }
    if (!read_opt_date(ej, "date", e.date, err, where)) return out;
    if (!read_opt_date(ej, "end_date", e.end_date, err, where)) return out;
    if (auto it = ej.find("location"); it != ej.end() && !it->is_null()) {
      if (!it->is_object()) {
        err = where + "/location: expected an object or null";
        return out;
      }
      Location loc;
      if (!read_opt_string(*it, "city", loc.city, err, where + "/location")) return out;
      if (!read_opt_string(*it, "country", loc.country, err, where + "/location")) return out;
      e.location = std::move(loc);
    }
    if (!read_string_array(ej, "countries", e.countries, err, where)) return out;
    if (!read_string_array(ej, "groups", e.groups, err, where)) return out;
    if (!read_string_array(ej, "areas", e.areas, err, where)) return out;
    if (auto it = ej.find("participants"); it != ej.end() && !it->is_null()) {
      if (!it->is_array()) {
        err = where + "/participants: expected an array";
        return out;
      }
      for (size_t k = 0; k < it->size(); ++k) {
        const auto& pj = (*it)[k];
        const std::string pwhere = where + "/participants/" + std::to_string(k);
        if (!pj.is_object() || !pj.contains("name") || !pj["name"].is_string()) {
          err = pwhere + ": expected an object with a string name";
          return out;
        }
        Participant p;
        p.name = pj["name"].get<std::string>();
        if (!read_opt_string(pj, "country", p.country, err, pwhere)) return out;
        if (!read_opt_string(pj, "title", p.title, err, pwhere)) return out;
        if (!read_opt_string(pj, "rank", p.rank, err, pwhere)) return out;
        if (!read_opt_string(pj, "organization", p.organization, err, pwhere)) return out;
        e.participants.push_back(std::move(p));
      }
    }
    if (auto it = ej.find("evidence"); it != ej.end() && it->is_array()) {
      for (const auto& s : *it) {
        if (s.is_object() && s.contains("start") && s.contains("end") && s["start"].is_number_integer() &&
            s["end"].is_number_integer()) {
          e.evidence.push_back(Span{s["start"].get<uint32_t>(), s["end"].get<uint32_t>()});
        }
      }
    }
    rec.engagements.push_back(std::move(e));
  }
  out.record = std::move(rec);
  return out;
}

RecordParse record_from_json_text(std::string_view text) {
  auto j = nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return RecordParse{std::nullopt, "not valid JSON"};
  return record_from_json(j);
}

}  // namespace attache
