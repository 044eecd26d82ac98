#include "ingest/readers.h"

#include <algorithm>
#include <cctype>

namespace attache::ingest {

namespace {

std::string_view basename(std::string_view path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool iends_with(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) != suffix[i]) return false;
  }
  return true;
}

std::string_view strip_gz(std::string_view name) {
  while (iends_with(name, ".gz")) name = name.substr(0, name.size() - 3);
  return name;
}

}  // namespace

std::string file_stem(std::string_view path) {
  if (path == "-") return "stdin";
  std::string_view name = strip_gz(basename(path));
  size_t dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  return std::string(name);
}

std::string extension(std::string_view path) {
  std::string_view name = strip_gz(basename(path));
  size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  std::string ext(name.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

bool looks_binary(std::string_view head) {
  if (head.size() >= 2) {
    auto b0 = static_cast<unsigned char>(head[0]);
    auto b1 = static_cast<unsigned char>(head[1]);
    if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) return false;  // UTF-16/32 BOM
  }
  size_t control = 0;
  for (unsigned char c : head) {
    if (c == 0) return true;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b) ++control;
    if (c == 0x7f) ++control;
  }
  // Text in any 8-bit charset has almost no C0 controls; compressed or image data has ~12%.
  return control * 50 > head.size();
}

bool looks_like_html(std::string_view head) {
  size_t i = 0;
  if (head.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  if (i >= head.size() || head[i] != '<') return false;
  std::string lowered;
  lowered.reserve(std::min<size_t>(head.size() - i, 1024));
  for (size_t j = i; j < head.size() && lowered.size() < 1024; ++j) {
    lowered.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(head[j]))));
  }
  static constexpr std::string_view kStarts[] = {"<!doctype html", "<html",  "<head",   "<body", "<meta",
                                                 "<title",         "<div",   "<p>",     "<p ",   "<article",
                                                 "<section",       "<h1",    "<header", "<link", "<script",
                                                 "<style",         "<table", "<span",   "<a ",   "<br",
                                                 "<main",          "<!--"};
  for (auto s : kStarts) {
    if (lowered.starts_with(s)) {
      // A comment or script could open anything; want markup words further on too.
      if (s == "<!--" || s == "<script" || s == "<style") {
        return lowered.find("<html") != std::string::npos || lowered.find("<body") != std::string::npos ||
               lowered.find("<div") != std::string::npos ||
               lowered.find("<!doctype html") != std::string::npos ||
               lowered.find("<head") != std::string::npos || lowered.find("<p>") != std::string::npos;
      }
      return true;
    }
  }
  return false;
}

Diagnostic make_diag(Severity sev, DiagCode code, std::string source, uint64_t offset, std::string message,
                     bool offset_is_line) {
  Diagnostic d;
  d.severity = sev;
  d.code = code;
  d.source = std::move(source);
  d.offset = offset;
  d.offset_is_line = offset_is_line;
  d.message = std::move(message);
  return d;
}

void report(Document* doc, const DiagnosticSink& diag, Diagnostic d) {
  if (doc != nullptr) doc->diagnostics.push_back(d);
  if (diag) diag(std::move(d));
}

size_t paragraph_cut(std::string_view text, size_t max, bool more_follows) {
  if (text.size() <= max && !more_follows) return text.size();
  max = std::min(max, text.size());
  if (max == 0) return 0;
  std::string_view window = text.substr(0, max);
  // Don't cut so early that most of the budget is lost: look for boundaries in the last half.
  size_t floor = max / 2;
  size_t p = window.rfind("\n\n");
  if (p != std::string_view::npos && p >= floor) return p;
  p = window.rfind('\n');
  if (p != std::string_view::npos && p >= floor) return p;
  for (size_t i = max; i > floor; --i) {
    char c = text[i - 1];
    if ((c == '.' || c == '!' || c == '?') && (i == text.size() || text[i] == ' ')) return i;
  }
  // A UTF-8 character boundary: step back over continuation bytes.
  size_t cut = max;
  while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return cut == 0 ? max : cut;
}

void truncate_to_budget(std::string& bytes, size_t max, uint64_t total, const std::string& source,
                        uint64_t offset, bool offset_is_line, std::vector<Diagnostic>& diags) {
  size_t cut = paragraph_cut(bytes, max, /*more_follows=*/true);
  bytes.resize(cut);
  diags.push_back(make_diag(Severity::kWarning, DiagCode::kTooLarge, source, offset,
                            "document is " + std::to_string(total) + " bytes, over the " +
                                std::to_string(max) + "-byte budget; truncated to its first " +
                                std::to_string(cut) + " bytes at a paragraph boundary",
                            offset_is_line));
}

bool is_blank(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      ++i;
    } else if (s.substr(i, 2) == "\xC2\xA0") {
      i += 2;
    } else if (s.substr(i, 3) == "\xEF\xBB\xBF") {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace attache::ingest
