#include "clean/text_clean.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "clean/dates.h"

namespace attache::clean {

namespace {

// News agencies and outlets whose names close an article ("-VNA", "— VNA/VNS", "(Xinhua)").
#define AGENCY                                                                                             \
  "(?:VNA|VNS|TTXVN|Xinhua|XINHUA|Reuters|REUTERS|AFP|AP|PTI|ANI|IANS|Bernama|BERNAMA|Kyodo|KYODO|Yonhap|" \
  "YONHAP|Antara|ANTARA|PNA|VOV|VNP|NDO|QĐND|QDND|VietnamPlus|TASS|Tass|Sputnik|dpa|DPA|EFE|KPL|AKP|MNA|" \
  "BNA|Lusa|ANSA|WAM|SPA|IRNA|KUNA|VGP|NNA|CNA|Nhan Dan|VnExpress|Tuoi Tre|Thanh Nien|BQP|Bqp\\.vn)"

struct Patterns {
  // A whole line that is only a sign-off: "VNA", "— VNA/VNS", "(Xinhua)", "./.", "(Ends)".
  RE2 signoff_line{"^\\W*" AGENCY "(?:\\s*/\\s*" AGENCY
                   ")*\\W*$|^\\W*(?:[Ee]nds|ENDS)\\W*$|^\\s*\\.?/\\.\\s*$"};
  // A paragraph ending with a sign-off: "... stability.-VNA", "... members. — VNA/VNS", "... ./.".
  RE2 signoff_end{"(\\s*[-–—]+\\s*" AGENCY "(?:\\s*/\\s*" AGENCY ")*\\s*$|\\s*\\(" AGENCY
                  "\\)\\s*$|/\\.\\s*$)"};
  RE2 credit{
      R"(^(?i:by|translated by|translation by|reporting by|writing by|written by|editing by|edited by|photo by|)"
      R"(photos by|photo|photos|source|sources|reporter|reporters|text|compiled by|story by|additional reporting by)\b)"};
  RE2 caption{
      R"((?i)(\((\w+ )?photo( ?:[^)]*)?\)|\(photo\W|\bphoto: |^photo\b|illustrative (image|photo)|file photo|)"
      R"(\(ảnh|^image:|\(image:|\bpicture: |\((source|photo|image|graphics?): [^)]*\)\s*$))"};
  RE2 teaser_header{
      R"(^\W*(?i:related( news| articles| stories| posts| content)?|read more|see also|more news|)"
      R"(other news|latest news|most read|most viewed|you may also like|you might also like|)"
      R"(recommended|tags?|keywords?|topics?|read next|more stories|more from [\w ]+)\W*$)"};
};

const Patterns& patterns() {
  static const Patterns p;
  return p;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

struct Line {
  uint32_t start = 0;  // trimmed
  uint32_t end = 0;
  std::string_view t;
  bool blank = true;
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    size_t s = pos, e = end;
    while (s < e && is_space(text[s])) ++s;
    while (e > s && is_space(text[e - 1])) --e;
    // No-break spaces and BOMs count as blank too.
    Line l;
    l.start = static_cast<uint32_t>(s);
    l.end = static_cast<uint32_t>(e);
    l.t = text.substr(s, e - s);
    l.blank = true;
    for (char c : l.t) {
      auto u = static_cast<unsigned char>(c);
      if (!is_space(c) && u != 0xC2 && u != 0xA0 && u != 0xEF && u != 0xBB && u != 0xBF) {
        l.blank = false;
        break;
      }
    }
    lines.push_back(l);
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return lines;
}

bool has_word(std::string_view s) {
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0xC0) return true;
  }
  return false;
}

size_t word_count(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = c == ' ' || c == '\t';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

// A sentence-ending stop, not the one after an initial ("J. Smith") or in "Sr. Lt. Gen.".
bool has_sentence_stop(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '!' || c == '?') return true;
    if (c != '.') continue;
    size_t w = i;
    while (w > 0 && std::isalpha(static_cast<unsigned char>(s[w - 1]))) --w;
    size_t len = i - w;
    bool abbrev = len >= 1 && len <= 3 && std::isupper(static_cast<unsigned char>(s[w]));
    if (!abbrev) return true;
  }
  return false;
}

bool ends_with_stop(std::string_view s) {
  while (!s.empty() && (s.back() == '"' || s.back() == ')' || s.back() == '\'')) s.remove_suffix(1);
  if (s.ends_with("\xE2\x80\x9D") || s.ends_with("\xE2\x80\x99")) s.remove_suffix(3);
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?');
}

// "Bikaner (Rajasthan) [India], Nov 1 (ANI): The opening ...", "SUVA -- ...": a dateline opens the article's
// lead paragraph, which is never a caption however short.
bool opens_with_dateline(std::string_view s) {
  std::string_view head = s.substr(0, std::min<size_t>(s.size(), 90));
  return head.find("): ") != std::string_view::npos || head.find(") -") != std::string_view::npos ||
         head.find(" -- ") != std::string_view::npos || head.find(") \xE2\x80\x93") != std::string_view::npos ||
         head.find(") \xE2\x80\x94") != std::string_view::npos;
}

bool full(const RE2& re, std::string_view s) {
  return RE2::FullMatch(re2::StringPiece(s.data(), s.size()), re);
}
bool partial(const RE2& re, std::string_view s) {
  return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), re);
}

enum class Kind : uint8_t { kBlank, kBody, kCaption, kLayout, kCredit, kSignOff, kTeaserHeader, kDateline };

}  // namespace

const char* furniture_kind_name(FurnitureKind k) {
  switch (k) {
    case FurnitureKind::kCaption:
      return "caption";
    case FurnitureKind::kLayout:
      return "layout";
    case FurnitureKind::kCredit:
      return "credit";
    case FurnitureKind::kSignOff:
      return "sign-off";
    case FurnitureKind::kTail:
      return "tail";
    case FurnitureKind::kDateline:
      return "dateline";
  }
  return "furniture";
}

TextCleaning clean_text(std::string_view text) {
  const Patterns& p = patterns();
  std::vector<Line> lines = split_lines(text);
  const size_t n = lines.size();
  std::vector<Kind> kind(n, Kind::kBody);

  // Are paragraphs separated by single newlines? Then a blank line marks something else
  // (a figure and its caption), and a short line set off by one is a caption.
  bool single_newline_paragraphs = false;
  for (size_t i = 0; i + 1 < n; ++i) {
    if (!lines[i].blank && !lines[i + 1].blank && lines[i].t.size() > 100 && lines[i + 1].t.size() > 100) {
      single_newline_paragraphs = true;
      break;
    }
  }

  bool text_begun = false;  // a paragraph of the text seen (a caption rule needs one before it)
  size_t prev = SIZE_MAX;    // the last line with text
  for (size_t i = 0; i < n; ++i) {
    const Line& l = lines[i];
    if (l.blank) {
      kind[i] = Kind::kBlank;
      continue;
    }
    // (the first paragraph under a headline, set off by a blank line, is the text's lead, not a caption)
    if (prev < i && kind[prev] == Kind::kBody && word_count(lines[prev].t) >= 12 && ends_with_stop(lines[prev].t))
      text_begun = true;
    prev = i;
    std::string_view t = l.t;
    if (!has_word(t)) {
      kind[i] = Kind::kLayout;
    } else if (full(p.signoff_line, t)) {
      kind[i] = Kind::kSignOff;
    } else if (t.size() < 300 && partial(p.caption, t)) {
      kind[i] = Kind::kCaption;
    } else if (t.size() < 200 && (t.ends_with(" |") || t.ends_with("\t|"))) {
      kind[i] = Kind::kCaption;  // a caption cell of a layout table
    } else if (t.size() < 120 && partial(p.credit, t) && !has_sentence_stop(t)) {
      kind[i] = Kind::kCredit;
    } else if (t.size() < 60 && full(p.teaser_header, t)) {
      kind[i] = Kind::kTeaserHeader;
    } else if (single_newline_paragraphs && text_begun && i > 0 && lines[i - 1].blank && i + 1 < n && !lines[i + 1].blank &&
               t.size() < 250 && word_count(t) <= 30 && ends_with_stop(t) && !opens_with_dateline(t) &&
               t.find('"') == std::string_view::npos && t.find("\xE2\x80\x9C") == std::string_view::npos) {
      kind[i] = Kind::kCaption;
    }
  }

  // Leading furniture: bylines, bare dates, layout residue before the first paragraph.
  size_t first = 0;
  while (first < n && kind[first] != Kind::kBody) ++first;
  for (size_t i = 0; i < first; ++i) {
    if (kind[i] == Kind::kTeaserHeader) kind[i] = Kind::kLayout;  // "Tags" before the text: page residue
  }
  for (size_t i = first; i < n && i < first + 3; ++i) {
    if (kind[i] != Kind::kBody) continue;
    std::string_view t = lines[i].t;
    size_t at = 0;
    if (t.size() < 60 && find_date_in_text(t, &at) && word_count(t) <= 8 && !ends_with_stop(t)) {
      kind[i] = Kind::kDateline;
      first = i + 1;
      while (first < n && kind[first] != Kind::kBody) ++first;
    } else {
      break;
    }
  }

  // The article's end: the first sign-off, teaser header or credit line after the article's text has begun.
  // Lines above the text (outlet name, menu, headline, "By X", "KYODO", "Source: Xinhua | Editor: Y") are the
  // page's head, not its end: only paragraphs, long lines with a full stop, count as text begun (a credit
  // needs two, since a standfirst may stand before the by-line).
  size_t end_line = n;
  uint32_t signoff_at = 0;  // for a paragraph ending with a sign-off: where the sign-off starts
  size_t paragraphs = 0;
  for (size_t i = first; i < n; ++i) {
    Kind k = kind[i];
    if (k == Kind::kBody) {
      if (word_count(lines[i].t) >= 12 && has_sentence_stop(lines[i].t)) ++paragraphs;
      re2::StringPiece m;
      std::string_view t = lines[i].t;
      // (an outlet's name line above the text, "Emirates News Agency - WAM", is no sign-off: only once text began)
      if (paragraphs >= 1 && RE2::PartialMatch(re2::StringPiece(t.data(), t.size()), p.signoff_end, &m) &&
          m.size() < t.size()) {
        end_line = i;
        signoff_at = lines[i].start + static_cast<uint32_t>(m.data() - t.data());
        break;
      }
    } else if (((k == Kind::kSignOff || k == Kind::kTeaserHeader) && paragraphs >= 1) ||
               (k == Kind::kCredit && paragraphs >= 2)) {
      end_line = i;
      break;
    }
  }

  TextCleaning out;
  // Consecutive lines of the same sort (blank lines between them aside) make one range.
  enum class Last : uint8_t { kNone, kBody, kFurniture } last = Last::kNone;
  auto add_body = [&](uint32_t s, uint32_t e) {
    if (e <= s) return;
    if (last == Last::kBody) {
      out.body.back().end = e;
    } else {
      out.body.push_back(Span{s, e});
    }
    last = Last::kBody;
  };
  auto add_furniture = [&](uint32_t s, uint32_t e, FurnitureKind k) {
    if (e <= s) return;
    if (last == Last::kFurniture && out.furniture.back().kind == k) {
      out.furniture.back().span.end = e;
    } else {
      out.furniture.push_back(Furniture{Span{s, e}, k});
    }
    last = Last::kFurniture;
  };

  for (size_t i = 0; i < n; ++i) {
    const Line& l = lines[i];
    if (kind[i] == Kind::kBlank) continue;
    if (i > end_line) {
      add_furniture(l.start, l.end,
                    kind[i] == Kind::kCredit    ? FurnitureKind::kCredit
                    : kind[i] == Kind::kSignOff ? FurnitureKind::kSignOff
                                                : FurnitureKind::kTail);
      continue;
    }
    if (i == end_line) {
      if (kind[i] == Kind::kBody) {
        // Trim the space before the sign-off from the body.
        uint32_t e = signoff_at;
        while (e > l.start && is_space(text[e - 1])) --e;
        add_body(l.start, e);
        add_furniture(signoff_at, l.end, FurnitureKind::kSignOff);
      } else {
        add_furniture(l.start, l.end,
                      kind[i] == Kind::kSignOff  ? FurnitureKind::kSignOff
                      : kind[i] == Kind::kCredit ? FurnitureKind::kCredit
                                                 : FurnitureKind::kTail);
      }
      continue;
    }
    switch (kind[i]) {
      case Kind::kBody:
        add_body(l.start, l.end);
        break;
      case Kind::kCaption:
        add_furniture(l.start, l.end, FurnitureKind::kCaption);
        break;
      case Kind::kLayout:
        add_furniture(l.start, l.end, FurnitureKind::kLayout);
        break;
      case Kind::kCredit:
        add_furniture(l.start, l.end, FurnitureKind::kCredit);
        break;
      case Kind::kSignOff:
        add_furniture(l.start, l.end, FurnitureKind::kSignOff);
        break;
      case Kind::kTeaserHeader:
        add_furniture(l.start, l.end, FurnitureKind::kTail);
        break;
      case Kind::kDateline:
        add_furniture(l.start, l.end, FurnitureKind::kDateline);
        break;
      case Kind::kBlank:
        break;
    }
  }
  return out;
}

void clean_text_document(Document& doc) {
  TextCleaning c = clean_text(doc.text);
  if (c.furniture.empty()) {
    doc.body.clear();
    return;
  }
  if (c.body.empty()) {
    doc.body = {Span{0, 0}};
    return;
  }
  doc.body = std::move(c.body);
}

}  // namespace attache::clean
