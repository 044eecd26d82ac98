// JSON reader: a .json export from a news API: an array of article objects, an object holding
// such an array ("articles", "items", "data", "results", ...), or one article object.
//
// Unlike JSON Lines the file is parsed whole, so it is bounded (4x the document budget). Field
// names vary between APIs; the usual aliases are accepted (content/body for text, publishedAt/
// date for published, link for url, headline for title, source.name for source).
#include <nlohmann/json.hpp>
#include <string>

#include "ingest/readers.h"
#include "ingest/streams.h"
#include "normalize/fold.h"

namespace attache::ingest {

namespace {

using nlohmann::json;

const json* field(const json& obj, std::initializer_list<const char*> names) {
  for (const char* n : names) {
    auto it = obj.find(n);
    if (it != obj.end() && !it->is_null()) return &*it;
  }
  return nullptr;
}

bool looks_like_article(const json& v) {
  return v.is_object() &&
         field(v, {"text", "html", "content", "body", "articleBody", "full_text"}) != nullptr;
}

// The array of records in `j`, or nullptr.
const json* records_of(const json& j) {
  if (j.is_array()) return &j;
  if (!j.is_object()) return nullptr;
  for (const char* k : {"articles", "items", "data", "results", "documents", "docs", "posts", "news", "hits",
                        "records", "entries"}) {
    auto it = j.find(k);
    if (it != j.end() && it->is_array()) return &*it;
  }
  for (const auto& [k, v] : j.items()) {
    if (v.is_array() && !v.empty() && looks_like_article(v.front())) return &v;
  }
  return nullptr;
}

class JsonReader final : public Reader {
 public:
  std::string_view name() const override { return "json"; }

  bool accepts(std::string_view path, std::string_view head) const override {
    if (extension(path) != "json" || looks_binary(head)) return false;
    size_t i = head.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
    return i < head.size() && (head[i] == '[' || head[i] == '{');
  }

  size_t read(const Input& input, const ReadOptions& opts, const DocumentSink& sink,
              const DiagnosticSink& diag) const override {
    auto fail = [&](DiagCode code, std::string msg) {
      report(nullptr, diag, make_diag(Severity::kError, code, input.path, 0, std::move(msg)));
      return size_t{0};
    };
    std::string bytes;
    uint64_t total = 0;
    const size_t limit = opts.max_document_bytes * 4;
    if (read_bounded(*input.stream, limit, bytes, &total)) {
      return fail(DiagCode::kTooLarge, "JSON file is " + std::to_string(total) + " bytes, over the " +
                                           std::to_string(limit) +
                                           "-byte budget for a whole-file JSON; not read " +
                                           "(write it as JSON Lines to stream it)");
    }
    if (normalize::find_invalid_utf8(bytes)) {
      size_t n = normalize::repair_utf8(bytes);
      report(nullptr, diag,
             make_diag(Severity::kWarning, DiagCode::kInvalidUtf8, input.path, 0,
                       std::to_string(n) + " invalid UTF-8 sequence(s) replaced by U+FFFD"));
    }
    json j = json::parse(bytes, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return fail(DiagCode::kMalformedRecord, "not valid JSON");
    bytes.clear();
    bytes.shrink_to_fit();
    const json* recs = records_of(j);
    json single = json::array();
    if (recs == nullptr && looks_like_article(j)) {
      single.push_back(std::move(j));
      recs = &single;
    }
    if (recs == nullptr) {
      return fail(DiagCode::kUnsupported,
                  "format: JSON holds no array of articles (objects with text, html, "
                  "content or body); not read");
    }
    const std::string stem = file_stem(input.path);
    size_t produced = 0;
    size_t index = 0;
    for (const json& r : *recs) {
      ++index;
      std::vector<Diagnostic> diags;
      auto problem = [&](Severity sev, DiagCode code, std::string msg) {
        diags.push_back(
            make_diag(sev, code, input.path, 0, "record " + std::to_string(index) + ": " + std::move(msg)));
      };
      auto flush = [&](Document* doc) {
        for (auto& d : diags) report(doc, diag, std::move(d));
      };
      if (!r.is_object()) {
        problem(Severity::kError, DiagCode::kMalformedRecord,
                std::string("not an object but ") + r.type_name());
        flush(nullptr);
        continue;
      }
      auto str = [&](std::initializer_list<const char*> names, const char* what) -> std::string {
        const json* v = field(r, names);
        if (v == nullptr) return {};
        if (v->is_string()) return v->get<std::string>();
        if (v->is_object()) {  // {"source": {"id": ..., "name": "..."}}
          if (auto it = v->find("name"); it != v->end() && it->is_string()) return it->get<std::string>();
        }
        if (v->is_number_integer() && std::string_view(what) == "id") return v->dump();
        problem(Severity::kWarning, DiagCode::kBadValue,
                std::string("field '") + what + "' must be a string, got " + v->type_name() + "; ignored");
        return {};
      };
      Document doc;
      doc.origin = input.path + "#" + std::to_string(index);
      doc.id = str({"id", "_id", "uuid", "guid", "doc"}, "id");
      if (doc.id.empty()) doc.id = stem + ":" + std::to_string(index);
      doc.url = str({"url", "link", "href"}, "url");
      doc.title = str({"title", "headline"}, "title");
      doc.source = str({"source", "source_name", "publisher", "outlet"}, "source");
      doc.lang = str({"lang", "language"}, "lang");
      std::string published =
          str({"published", "publishedAt", "published_at", "datePublished", "pubDate", "date"}, "published");
      if (!published.empty()) {
        if (auto d = PartialDate::parse(published)) {
          doc.published = d;
          doc.published_source = "input";
        } else {
          problem(Severity::kWarning, DiagCode::kBadValue, "unreadable date '" + published + "'; ignored");
        }
      }
      const json* text = field(r, {"text", "content", "body", "articleBody", "full_text"});
      const json* html = field(r, {"html", "content_html", "body_html"});
      if ((text == nullptr || !text->is_string()) && (html == nullptr || !html->is_string())) {
        problem(Severity::kError,
                text == nullptr && html == nullptr ? DiagCode::kMalformedRecord : DiagCode::kBadValue,
                "no text: needs a string 'text', 'content', 'body' or 'html' field; skipped");
        flush(nullptr);
        continue;
      }
      std::string body =
          text != nullptr && text->is_string() ? text->get<std::string>() : html->get<std::string>();
      if (body.size() > opts.max_document_bytes) {
        truncate_to_budget(body, opts.max_document_bytes, body.size(), input.path, 0, false, diags);
      }
      if (text != nullptr && text->is_string()) {
        doc.text = std::move(body);
      } else if (!html_to_document(body, {}, doc, input, opts, diags, 0, false)) {
        flush(nullptr);
        continue;
      }
      if (is_blank(doc.text)) {
        problem(Severity::kWarning, DiagCode::kEmptyDocument, "record has no text");
        flush(nullptr);
        continue;
      }
      flush(&doc);
      ++produced;
      if (!sink(std::move(doc))) break;
    }
    if (index == 0) {
      report(nullptr, diag,
             make_diag(Severity::kWarning, DiagCode::kEmptyDocument, input.path, 0, "no records"));
    }
    return produced;
  }
};

}  // namespace

std::unique_ptr<Reader> make_json_reader() { return std::make_unique<JsonReader>(); }

}  // namespace attache::ingest
