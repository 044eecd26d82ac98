// HTML reader: a saved web page becomes one document holding its cleaned article text.
#include <algorithm>
#include <cctype>
#include <string>

#include "clean/html_article.h"
#include "ingest/encoding.h"
#include "ingest/readers.h"
#include "ingest/streams.h"

namespace attache::ingest {

namespace {

std::string lower_prefix(std::string_view s, size_t n) {
  std::string out(s.substr(0, std::min(n, s.size())));
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The value after "charset=" (or encoding=) at `at`: up to a quote, space, ';' or '>'.
std::string value_at(const std::string& s, size_t at) {
  while (at < s.size() && (s[at] == ' ' || s[at] == '"' || s[at] == '\'')) ++at;
  size_t end = at;
  while (end < s.size() && s[end] != '"' && s[end] != '\'' && s[end] != ';' && s[end] != '>' &&
         s[end] != ' ' && s[end] != '/') {
    ++end;
  }
  return s.substr(at, end - at);
}

bool has_html_extension(std::string_view path) {
  std::string ext = extension(path);
  return ext == "html" || ext == "htm" || ext == "xhtml" || ext == "shtml" || ext == "php" || ext == "asp" ||
         ext == "aspx";
}

class HtmlReader final : public Reader {
 public:
  std::string_view name() const override { return "html"; }

  bool accepts(std::string_view path, std::string_view head) const override {
    if (looks_like_html(head)) return true;
    // An .html name with text-like content that does not open like markup (a fragment, or a
    // page after a long preamble) is still read as HTML; binary junk is not (the caller reports it).
    return has_html_extension(path) && !looks_binary(head) && head.find('<') != std::string_view::npos;
  }

  size_t read(const Input& input, const ReadOptions& opts, const DocumentSink& sink,
              const DiagnosticSink& diag) const override {
    std::string bytes;
    uint64_t total = 0;
    std::vector<Diagnostic> diags;
    if (read_bounded(*input.stream, opts.max_document_bytes, bytes, &total)) {
      truncate_to_budget(bytes, opts.max_document_bytes, total, input.path, 0, false, diags);
    }
    Document doc;
    doc.id = file_stem(input.path);
    doc.origin = input.path;
    if (!html_to_document(bytes, {}, doc, input, opts, diags, 0, false)) {
      for (auto& d : diags) report(nullptr, diag, std::move(d));
      return 0;
    }
    for (auto& d : diags) report(&doc, diag, std::move(d));
    sink(std::move(doc));
    return 1;
  }
};

}  // namespace

std::string sniff_meta_charset(std::string_view head) {
  std::string s = lower_prefix(head, 4096);
  if (s.starts_with("<?xml")) {
    size_t end = s.find("?>");
    size_t enc = s.find("encoding=");
    if (enc != std::string::npos && (end == std::string::npos || enc < end)) return value_at(s, enc + 9);
  }
  for (size_t at = s.find("<meta"); at != std::string::npos; at = s.find("<meta", at + 5)) {
    size_t end = s.find('>', at);
    if (end == std::string::npos) end = s.size();
    std::string tag = s.substr(at, end - at);
    size_t cs = tag.find("charset=");
    if (cs != std::string::npos) {
      std::string v = value_at(tag, cs + 8);
      if (!v.empty()) return v;
    }
  }
  return {};
}

bool html_to_document(std::string& bytes, std::string_view declared, Document& doc, const Input& input,
                      const ReadOptions& opts, std::vector<Diagnostic>& diags, uint64_t offset,
                      bool offset_is_line) {
  (void)opts;
  auto problem = [&](Severity sev, DiagCode code, std::string msg, uint64_t off) {
    diags.push_back(make_diag(sev, code, input.path, off, std::move(msg), offset_is_line));
  };
  if (looks_binary(std::string_view(bytes).substr(0, kHeadBytes))) {
    problem(Severity::kError, DiagCode::kUnsupported, "binary content where HTML was expected; not read",
            offset);
    return false;
  }
  std::string charset(declared);
  std::string meta = sniff_meta_charset(bytes);
  // HTTP's Content-Type wins over <meta> (as in browsers); a BOM wins over both (to_utf8).
  if (charset.empty()) charset = meta;
  DecodeReport rep = to_utf8(bytes, charset);
  if (!rep.note.empty()) problem(Severity::kWarning, DiagCode::kInvalidUtf8, rep.note, offset);
  if (std::string m = describe_invalid(rep); !m.empty()) {
    // Byte offsets within a record are reported relative to the record's payload.
    uint64_t first = rep.invalid_offsets.empty() ? 0 : rep.invalid_offsets.front();
    problem(Severity::kWarning, DiagCode::kInvalidUtf8, m, offset_is_line ? offset : offset + first);
  }

  clean::HtmlArticle art = clean::clean_html(bytes);
  if (is_blank(art.text)) {
    problem(Severity::kWarning, DiagCode::kEmptyDocument,
            "no article text found in the page (" + std::to_string(art.blocks) + " text blocks, none kept)",
            offset);
    return false;
  }
  doc.text = std::move(art.text);
  if (doc.title.empty()) doc.title = std::move(art.title);
  if (!doc.published && art.published) {
    doc.published = art.published;
    doc.published_source = art.published_source;
  }
  if (doc.url.empty()) doc.url = art.canonical_url;
  if (input.extras != nullptr) {
    input.extras->map = std::move(art.map);
    input.extras->lang_hint = art.lang;
  }
  return true;
}

std::unique_ptr<Reader> make_html_reader() { return std::make_unique<HtmlReader>(); }

}  // namespace attache::ingest
