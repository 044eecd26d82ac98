// JSON Lines reader: one document per line, streamed (the file is never loaded whole).
//
// Fields: id, text or html (required, strings), published, url, title, source, lang (optional
// strings or null). A line that is not JSON, or has no usable text, is reported with its line
// number and skipped; the good lines still come out. A bad optional field is reported and ignored.
//
// Speed: lines are cut from large blocks (LineReader) and parsed in place by simdjson; only a
// line simdjson rejects goes through nlohmann (after UTF-8 repair), which then decides, and words
// the fault, exactly as the reader always has. Both parsers feed the same field checks.
#include <simdjson.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>

#include "ingest/encoding.h"
#include "ingest/readers.h"
#include "ingest/streams.h"
#include "normalize/fold.h"

namespace attache::ingest {

namespace {

bool has_jsonl_extension(std::string_view path) {
  std::string ext = extension(path);
  return ext == "jsonl" || ext == "ndjson" || ext == "jsonlines";
}

// The first line of `head` parses as a JSON object with a "text" or "html" member (or the
// line is too long to tell but opens like one).
bool first_line_is_record(std::string_view head) {
  size_t i = 0;
  if (head.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) ++i;
  if (i >= head.size() || head[i] != '{') return false;
  size_t nl = head.find('\n', i);
  std::string_view line = head.substr(i, nl == std::string_view::npos ? std::string_view::npos : nl - i);
  if (nl == std::string_view::npos) {
    // Longer than the head: decide on the keys we can see.
    return line.find("\"text\"") != std::string_view::npos || line.find("\"html\"") != std::string_view::npos ||
           line.find("\"id\"") != std::string_view::npos;
  }
  auto j = nlohmann::json::parse(line, nullptr, false);
  return j.is_object() && (j.contains("text") || j.contains("html"));
}

// One member of a record as the field checks see it, whichever parser read it. Views stay valid
// while the parser that produced them is alive and untouched.
struct Field {
  enum class Kind { kAbsent, kNull, kString, kInteger, kOther };
  Kind kind = Kind::kAbsent;
  std::string_view value;  // the string, or the integer written in decimal
  const char* type = "";   // JSON type name for messages ("number", "array", ...)
  bool present() const { return kind != Kind::kAbsent && kind != Kind::kNull; }
};

struct Record {
  bool is_object = false;
  const char* type = "";  // the root's type name
  Field id, text, html, published, url, title, source, lang;
  std::string id_number;  // storage for an integer id's decimal form

  Field* slot(std::string_view key) {
    if (key == "id") return &id;
    if (key == "text") return &text;
    if (key == "html") return &html;
    if (key == "published") return &published;
    if (key == "url") return &url;
    if (key == "title") return &title;
    if (key == "source") return &source;
    if (key == "lang") return &lang;
    return nullptr;
  }
};

// nlohmann's names for JSON types, which the messages have always used.
const char* simdjson_type_name(simdjson::dom::element_type t) {
  using T = simdjson::dom::element_type;
  switch (t) {
    case T::ARRAY:
      return "array";
    case T::OBJECT:
      return "object";
    case T::STRING:
      return "string";
    case T::BOOL:
      return "boolean";
    case T::NULL_VALUE:
      return "null";
    default:
      return "number";
  }
}

// Fills `rec` from a simdjson document. Duplicate keys: the last one wins (as in nlohmann).
void record_from(simdjson::dom::element root, Record& rec) {
  rec.type = simdjson_type_name(root.type());
  simdjson::dom::object obj;
  if (root.get_object().get(obj) != simdjson::SUCCESS) return;
  rec.is_object = true;
  for (simdjson::dom::key_value_pair kv : obj) {
    Field* f = rec.slot(kv.key);
    if (f == nullptr) continue;
    *f = Field{};
    f->type = simdjson_type_name(kv.value.type());
    switch (kv.value.type()) {
      case simdjson::dom::element_type::NULL_VALUE:
        f->kind = Field::Kind::kNull;
        break;
      case simdjson::dom::element_type::STRING:
        f->kind = Field::Kind::kString;
        f->value = kv.value.get_string().value_unsafe();
        break;
      case simdjson::dom::element_type::INT64:
        if (f == &rec.id) rec.id_number = std::to_string(kv.value.get_int64().value_unsafe());
        f->kind = Field::Kind::kInteger;
        break;
      case simdjson::dom::element_type::UINT64:
        if (f == &rec.id) rec.id_number = std::to_string(kv.value.get_uint64().value_unsafe());
        f->kind = Field::Kind::kInteger;
        break;
      default:
        f->kind = Field::Kind::kOther;
        break;
    }
  }
  if (rec.id.kind == Field::Kind::kInteger) rec.id.value = rec.id_number;
}

// Fills `rec` from a nlohmann document (which must outlive `rec`).
void record_from(const nlohmann::json& j, Record& rec) {
  rec.type = j.type_name();
  if (!j.is_object()) return;
  rec.is_object = true;
  for (const char* key : {"id", "text", "html", "published", "url", "title", "source", "lang"}) {
    Field* f = rec.slot(key);
    auto it = j.find(key);
    if (it == j.end()) continue;
    f->type = it->type_name();
    if (it->is_null()) {
      f->kind = Field::Kind::kNull;
    } else if (it->is_string()) {
      f->kind = Field::Kind::kString;
      f->value = it->get_ref<const std::string&>();
    } else if (it->is_number_integer()) {
      f->kind = Field::Kind::kInteger;
      if (f == &rec.id) {
        rec.id_number = it->dump();
        f->value = rec.id_number;
      }
    } else {
      f->kind = Field::Kind::kOther;
    }
  }
}

class JsonlReader final : public Reader {
 public:
  std::string_view name() const override { return "jsonl"; }

  bool accepts(std::string_view path, std::string_view head) const override {
    if (looks_binary(head)) return false;
    if (has_jsonl_extension(path)) return true;
    return first_line_is_record(head);
  }

  size_t read(const Input& input, const ReadOptions& opts, const DocumentSink& sink,
              const DiagnosticSink& diag) const override {
    // JSON escapes can double a text's size; beyond this a line is not read at all.
    const size_t line_limit = opts.max_document_bytes * 2 + (64u << 10);
    const std::string stem = file_stem(input.path);
    LineReader lines(*input.stream, line_limit, simdjson::SIMDJSON_PADDING);
    simdjson::dom::parser parser;  // reused: its buffers grow to the longest line
    std::string_view line;
    bool overlong = false;
    uint64_t line_bytes = 0;
    const uint64_t first = std::max<uint64_t>(1, input.first_line);
    uint64_t lineno = first - 1;
    size_t produced = 0;
    while (lines.next(line, &overlong, &line_bytes)) {
      ++lineno;
      if (overlong) {
        report(nullptr, diag,
               make_diag(Severity::kError, DiagCode::kTooLarge, input.path, lineno,
                         "line is " + std::to_string(line_bytes) + " bytes, over the " + std::to_string(line_limit) +
                             "-byte line budget; record skipped",
                         true));
        continue;
      }
      if (lineno == 1 && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
      if (is_blank(line)) continue;
      std::optional<Document> doc = parse_line(input, opts, stem, lineno, line, parser, diag);
      // Don't keep a huge line's parse buffers for the ordinary lines after it.
      if (parser.capacity() > (size_t{16} << 20)) parser = simdjson::dom::parser();
      if (!doc) continue;
      ++produced;
      if (!sink(std::move(*doc))) break;
    }
    if (lineno == first - 1) {
      report(nullptr, diag,
             make_diag(Severity::kWarning, DiagCode::kEmptyDocument, input.path, 0, "empty JSON Lines file"));
    }
    return produced;
  }

 private:
  // `line` is followed by SIMDJSON_PADDING readable bytes (LineReader's guarantee).
  static std::optional<Document> parse_line(const Input& input, const ReadOptions& opts, const std::string& stem,
                                            uint64_t lineno, std::string_view line, simdjson::dom::parser& parser,
                                            const DiagnosticSink& diag) {
    std::vector<Diagnostic> diags;
    Record rec;
    simdjson::dom::element root;
    // Fast path: valid UTF-8 and valid JSON, parsed in place.
    if (parser.parse(reinterpret_cast<const uint8_t*>(line.data()), line.size(), false).get(root) ==
        simdjson::SUCCESS) {
      record_from(root, rec);
      return build(input, opts, stem, lineno, rec, diags, diag);
    }

    // Slow path: repair the UTF-8, then let nlohmann judge (and describe) the line.
    auto problem = [&](Severity sev, DiagCode code, std::string msg) {
      diags.push_back(make_diag(sev, code, input.path, lineno, std::move(msg), true));
    };
    std::string owned(line);
    if (auto bad = normalize::find_invalid_utf8(owned)) {
      size_t n = normalize::repair_utf8(owned);
      problem(Severity::kWarning, DiagCode::kInvalidUtf8,
              std::to_string(n) + " invalid UTF-8 sequence(s) in the line, first at byte " + std::to_string(*bad) +
                  " of the line; replaced by U+FFFD");
    }
    nlohmann::json j = nlohmann::json::parse(owned, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
      // Cold path: parse again to get the parser's own description of the fault.
      std::string why = "not valid JSON";
      try {
        nlohmann::json again = nlohmann::json::parse(owned);
        (void)again;
      } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range for 1e999
        why = e.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 5: ..." -> keep the tail.
        if (auto p = why.find("] "); p != std::string::npos) why = why.substr(p + 2);
      }
      problem(Severity::kError, DiagCode::kMalformedRecord, "malformed JSON line: " + why);
      for (auto& d : diags) report(nullptr, diag, std::move(d));
      return std::nullopt;
    }
    record_from(j, rec);
    return build(input, opts, stem, lineno, rec, diags, diag);
  }

  // The field checks and the document, whichever parser read the line. `diags` may already hold
  // warnings about the line.
  static std::optional<Document> build(const Input& input, const ReadOptions& opts, const std::string& stem,
                                       uint64_t lineno, const Record& rec, std::vector<Diagnostic>& diags,
                                       const DiagnosticSink& diag) {
    auto problem = [&](Severity sev, DiagCode code, std::string msg) {
      diags.push_back(make_diag(sev, code, input.path, lineno, std::move(msg), true));
    };
    auto flush_failed = [&]() -> std::optional<Document> {
      for (auto& d : diags) report(nullptr, diag, std::move(d));
      return std::nullopt;
    };
    if (!rec.is_object) {
      problem(Severity::kError, DiagCode::kMalformedRecord,
              std::string("a JSON Lines record must be an object, got ") + rec.type);
      return flush_failed();
    }

    Document doc;
    doc.origin = input.path + ":" + std::to_string(lineno);

    // Optional string fields: null = absent; anything else but a string is reported and ignored.
    auto opt_string = [&](const char* key, const Field& f, std::string& out) {
      if (!f.present()) return;
      if (f.kind == Field::Kind::kString) {
        out = f.value;
      } else {
        problem(Severity::kWarning, DiagCode::kBadValue,
                std::string("field '") + key + "' must be a string, got " + f.type + "; ignored");
      }
    };

    if (rec.id.present()) {
      if ((rec.id.kind == Field::Kind::kString && !rec.id.value.empty()) || rec.id.kind == Field::Kind::kInteger) {
        doc.id = rec.id.value;
      } else {
        problem(Severity::kWarning, DiagCode::kBadValue,
                std::string("field 'id' must be a non-empty string, got ") + rec.id.type + "; using line number");
      }
    }
    if (doc.id.empty()) doc.id = stem + ":" + std::to_string(lineno);

    bool has_text = rec.text.present();
    bool has_html = rec.html.present();
    if (has_text && rec.text.kind != Field::Kind::kString) {
      problem(Severity::kError, DiagCode::kBadValue,
              std::string("field 'text' must be a string, got ") + rec.text.type + "; record skipped");
      return flush_failed();
    }
    if (!has_text && has_html && rec.html.kind != Field::Kind::kString) {
      problem(Severity::kError, DiagCode::kBadValue,
              std::string("field 'html' must be a string, got ") + rec.html.type + "; record skipped");
      return flush_failed();
    }
    if (!has_text && !has_html) {
      problem(Severity::kError, DiagCode::kMalformedRecord, "record has no 'text' or 'html' field; skipped");
      return flush_failed();
    }

    opt_string("url", rec.url, doc.url);
    opt_string("title", rec.title, doc.title);
    opt_string("source", rec.source, doc.source);
    opt_string("lang", rec.lang, doc.lang);
    if (rec.published.present()) {
      if (rec.published.kind != Field::Kind::kString) {
        problem(Severity::kWarning, DiagCode::kBadValue,
                std::string("field 'published' must be a date string, got ") + rec.published.type + "; ignored");
      } else if (auto d = PartialDate::parse(rec.published.value)) {
        doc.published = *d;
        doc.published_source = "input";
      } else {
        problem(Severity::kWarning, DiagCode::kBadValue,
                "field 'published' is not YYYY, YYYY-MM, YYYY-MM-DD or an ISO timestamp: '" +
                    std::string(rec.published.value) + "'; ignored");
      }
    }

    std::string_view content = has_text ? rec.text.value : rec.html.value;
    if (has_text && content.size() <= opts.max_document_bytes) {
      doc.text = content;
    } else {
      std::string body(content);
      if (body.size() > opts.max_document_bytes) {
        truncate_to_budget(body, opts.max_document_bytes, body.size(), input.path, lineno, true, diags);
      }
      if (has_text) {
        doc.text = std::move(body);
      } else if (!html_to_document(body, {}, doc, input, opts, diags, lineno, true)) {
        return flush_failed();
      }
    }
    if (is_blank(doc.text)) {
      problem(Severity::kWarning, DiagCode::kEmptyDocument, "record has no text");
      return flush_failed();
    }
    for (auto& d : diags) report(&doc, diag, std::move(d));
    return doc;
  }
};

}  // namespace

std::unique_ptr<Reader> make_jsonl_reader() { return std::make_unique<JsonlReader>(); }

}  // namespace attache::ingest
