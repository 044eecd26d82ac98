// JSON Lines reader: one document per line, streamed (the file is never loaded whole).
//
// Fields: id, text or html (required, strings), published, url, title, source, lang (optional
// strings or null). A line that is not JSON, or has no usable text, is reported with its line
// number and skipped; the good lines still come out. A bad optional field is reported and ignored.
#include <nlohmann/json.hpp>
#include <string>

#include "ingest/encoding.h"
#include "ingest/readers.h"
#include "ingest/streams.h"
#include "normalize/fold.h"

namespace attache::ingest {

namespace {

const char* type_name(const nlohmann::json& v) { return v.type_name(); }

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
    return line.find("\"text\"") != std::string_view::npos ||
           line.find("\"html\"") != std::string_view::npos || line.find("\"id\"") != std::string_view::npos;
  }
  auto j = nlohmann::json::parse(line, nullptr, false);
  return j.is_object() && (j.contains("text") || j.contains("html"));
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
    std::string line;
    bool overlong = false;
    uint64_t line_bytes = 0;
    uint64_t lineno = 0;
    size_t produced = 0;
    while (read_line_bounded(*input.stream, line_limit, line, &overlong, &line_bytes)) {
      ++lineno;
      if (overlong) {
        report(nullptr, diag,
               make_diag(Severity::kError, DiagCode::kTooLarge, input.path, lineno,
                         "line is " + std::to_string(line_bytes) + " bytes, over the " +
                             std::to_string(line_limit) + "-byte line budget; record skipped",
                         true));
        continue;
      }
      if (lineno == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
      if (is_blank(line)) continue;
      std::optional<Document> doc = parse_line(input, opts, stem, lineno, line, diag);
      if (!doc) continue;
      ++produced;
      if (!sink(std::move(*doc))) break;
    }
    if (lineno == 0) {
      report(nullptr, diag,
             make_diag(Severity::kWarning, DiagCode::kEmptyDocument, input.path, 0, "empty JSON Lines file"));
    }
    return produced;
  }

 private:
  static std::optional<Document> parse_line(const Input& input, const ReadOptions& opts,
                                            const std::string& stem, uint64_t lineno, std::string& line,
                                            const DiagnosticSink& diag) {
    std::vector<Diagnostic> diags;
    auto problem = [&](Severity sev, DiagCode code, std::string msg) {
      diags.push_back(make_diag(sev, code, input.path, lineno, std::move(msg), true));
    };
    auto flush_failed = [&]() -> std::optional<Document> {
      for (auto& d : diags) report(nullptr, diag, std::move(d));
      return std::nullopt;
    };

    if (auto bad = normalize::find_invalid_utf8(line)) {
      size_t n = normalize::repair_utf8(line);
      problem(Severity::kWarning, DiagCode::kInvalidUtf8,
              std::to_string(n) + " invalid UTF-8 sequence(s) in the line, first at byte " +
                  std::to_string(*bad) + " of the line; replaced by U+FFFD");
    }
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
      // Cold path: parse again to get the parser's own description of the fault.
      std::string why = "not valid JSON";
      try {
        nlohmann::json again = nlohmann::json::parse(line);
        (void)again;
      } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range for 1e999
        why = e.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 5: ..." -> keep the tail.
        if (auto p = why.find("] "); p != std::string::npos) why = why.substr(p + 2);
      }
      problem(Severity::kError, DiagCode::kMalformedRecord, "malformed JSON line: " + why);
      return flush_failed();
    }
    if (!j.is_object()) {
      problem(Severity::kError, DiagCode::kMalformedRecord,
              std::string("a JSON Lines record must be an object, got ") + type_name(j));
      return flush_failed();
    }

    Document doc;
    doc.origin = input.path + ":" + std::to_string(lineno);

    // Optional string fields: null = absent; anything else but a string is reported and ignored.
    auto opt_string = [&](const char* key, std::string& out) {
      auto it = j.find(key);
      if (it == j.end() || it->is_null()) return;
      if (it->is_string()) {
        out = it->get<std::string>();
      } else {
        problem(Severity::kWarning, DiagCode::kBadValue,
                std::string("field '") + key + "' must be a string, got " + type_name(*it) + "; ignored");
      }
    };

    if (auto it = j.find("id"); it != j.end() && !it->is_null()) {
      if (it->is_string() && !it->get_ref<const std::string&>().empty()) {
        doc.id = it->get<std::string>();
      } else if (it->is_number_integer()) {
        doc.id = it->dump();
      } else {
        problem(Severity::kWarning, DiagCode::kBadValue,
                std::string("field 'id' must be a non-empty string, got ") + type_name(*it) +
                    "; using line number");
      }
    }
    if (doc.id.empty()) doc.id = stem + ":" + std::to_string(lineno);

    auto text_it = j.find("text");
    auto html_it = j.find("html");
    bool has_text = text_it != j.end() && !text_it->is_null();
    bool has_html = html_it != j.end() && !html_it->is_null();
    if (has_text && !text_it->is_string()) {
      problem(Severity::kError, DiagCode::kBadValue,
              std::string("field 'text' must be a string, got ") + type_name(*text_it) + "; record skipped");
      return flush_failed();
    }
    if (!has_text && has_html && !html_it->is_string()) {
      problem(Severity::kError, DiagCode::kBadValue,
              std::string("field 'html' must be a string, got ") + type_name(*html_it) + "; record skipped");
      return flush_failed();
    }
    if (!has_text && !has_html) {
      problem(Severity::kError, DiagCode::kMalformedRecord, "record has no 'text' or 'html' field; skipped");
      return flush_failed();
    }

    opt_string("url", doc.url);
    opt_string("title", doc.title);
    opt_string("source", doc.source);
    opt_string("lang", doc.lang);
    if (auto it = j.find("published"); it != j.end() && !it->is_null()) {
      if (!it->is_string()) {
        problem(Severity::kWarning, DiagCode::kBadValue,
                std::string("field 'published' must be a date string, got ") + type_name(*it) + "; ignored");
      } else if (auto d = PartialDate::parse(it->get_ref<const std::string&>())) {
        doc.published = *d;
        doc.published_source = "input";
      } else {
        problem(Severity::kWarning, DiagCode::kBadValue,
                "field 'published' is not YYYY, YYYY-MM, YYYY-MM-DD or an ISO timestamp: '" +
                    it->get<std::string>() + "'; ignored");
      }
    }

    std::string body = has_text ? text_it->get<std::string>() : html_it->get<std::string>();
    j = nullptr;  // release the parsed copy before the text is processed further
    if (body.size() > opts.max_document_bytes) {
      truncate_to_budget(body, opts.max_document_bytes, body.size(), input.path, lineno, true, diags);
    }
    if (has_text) {
      doc.text = std::move(body);
    } else if (!html_to_document(body, {}, doc, input, opts, diags, lineno, true)) {
      return flush_failed();
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
