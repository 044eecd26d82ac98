#include "segment/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "normalize/fold.h"

namespace attache::segment {

namespace {

struct CodePoint {
  UChar32 c = 0;
  int32_t start = 0;
  int32_t end = 0;
};

// Hot: called for every character. ASCII (nearly all of English news) skips the UTF-8 decoder.
[[gnu::always_inline]] inline CodePoint peek(std::string_view text, int32_t i, int32_t limit) {
  CodePoint cp;
  cp.start = i;
  if (i >= limit) {
    cp.c = -1;
    cp.end = i;
    return cp;
  }
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  if (p[i] < 0x80) {
    cp.c = p[i];
    cp.end = i + 1;
    return cp;
  }
  U8_NEXT(p, i, limit, cp.c);
  cp.end = i;
  return cp;
}

[[gnu::always_inline]] inline bool is_word_char(UChar32 c) {
  if (c < 0) return false;
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  int8_t type = u_charType(c);
  return u_isalnum(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

bool is_space(UChar32 c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || (c >= 0x80 && u_isUWhiteSpace(c)); }
bool is_newline(UChar32 c) { return c == '\n' || c == 0x2028 || c == 0x2029 || c == 0x85; }
bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
bool is_dash(UChar32 c) { return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }
bool is_letter(UChar32 c) { return c >= 0 && u_isalpha(c); }

const std::vector<std::string>& builtin_abbreviations() {
  static const std::vector<std::string> list = {
      "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "lieut", "col", "maj", "brig", "adm", "capt", "cmdr", "cdr",
      "sen", "sr", "jr", "sgt", "st", "no", "vs", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov",
      "dec", "gov", "rep", "hon", "rev", "inc", "corp", "ltd", "co", "dept", "lieut", "cpt", "col", "ret"};
  return list;
}

}  // namespace

Tokenizer::Tokenizer(std::vector<std::string> abbreviations)
    : abbreviations_(abbreviations.begin(), abbreviations.end()) {}

Tokenizer::Tokenizer() : Tokenizer(builtin_abbreviations()) {}

bool Tokenizer::is_abbreviation(std::string_view folded_word) const {
  return abbreviations_.find(folded_word) != abbreviations_.end();
}

size_t TokenizedText::sentence_of(size_t token) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), token,
                             [](size_t t, const Sentence& s) { return t < s.begin; });
  return it == sentences.begin() ? 0 : static_cast<size_t>(it - sentences.begin() - 1);
}

// is_abbreviation(fold(word)) without allocating for the usual short ASCII word.
bool Tokenizer::abbreviation(std::string_view word) const {
  char buf[16];
  if (word.size() > sizeof buf || !normalize::is_ascii(word)) return is_abbreviation(normalize::fold(word));
  for (size_t k = 0; k < word.size(); ++k) {
    const char c = word[k];
    buf[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return is_abbreviation(std::string_view(buf, word.size()));
}

namespace {

bool has_lower_ascii(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The full stop at token t closes a sentence although no space follows it: "...last year.The Indian side"
// (a scraper joined two paragraphs). The word before must be an ordinary word or a number (not an initial,
// not an abbreviation, which keep their dot as part of the token), the word after a capitalised word.
bool glued_sentence_end(const TokenizedText& out, size_t t) {
  if (t == 0 || t + 1 >= out.tokens.size()) return false;
  const Token& prev = out.tokens[t - 1];
  const Token& next = out.tokens[t + 1];
  if (next.has(kSpaceBefore) || out.tokens[t].has(kSpaceBefore)) return false;
  std::string_view pw = out.text_of(t - 1), nw = out.text_of(t + 1);
  const bool prev_word = (prev.has(kAlpha) && pw.size() >= 2 && has_lower_ascii(pw)) || (prev.has(kDigit) && pw.size() >= 2);
  return prev_word && next.has(kCapitalized) && nw.size() >= 2 && has_lower_ascii(nw);
}

// A line break inside a sentence: text hard-wrapped at a fixed width ("received ambassadors of Laos,\n
// Cambodia, China and Russia"). The line goes on when it ends on a comma or a word that cannot end a
// sentence (an article, a preposition, a conjunction), or when the next line opens in lower case.
bool wrapped_line(const TokenizedText& out, size_t t) {
  if (t == 0) return false;
  const Token& next = out.tokens[t];
  std::string_view nw = out.text_of(t);
  if (next.has(kAlpha) && !nw.empty() && nw[0] >= 'a' && nw[0] <= 'z') return true;
  std::string_view pw = out.norm_of(t - 1);
  static constexpr std::string_view kOpen[] = {",",   "the",  "a",    "an", "of",   "and", "or",      "in",  "on",
                                               "to",  "for",  "with", "by", "at",   "from", "between", "its", "their",
                                               "his", "her",  "that", "as", "into", "than"};
  return std::find(std::begin(kOpen), std::end(kOpen), pw) != std::end(kOpen);
}

}  // namespace

void Tokenizer::tokenize_range(std::string_view text, Span range, TokenizedText& out, uint32_t& paragraph) const {
  const int32_t limit = static_cast<int32_t>(range.end);
  int32_t i = static_cast<int32_t>(range.start);
  bool space_before = true;
  bool newline_before = true;
  const size_t first_token = out.tokens.size();

  auto push = [&](int32_t start, int32_t end, uint16_t flags, std::string_view norm_source, bool strip_dots) {
    Token t;
    t.span = Span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    t.norm_offset = static_cast<uint32_t>(out.norm.size());
    if (strip_dots) {
      std::string folded = normalize::fold(norm_source);
      folded.erase(std::remove(folded.begin(), folded.end(), '.'), folded.end());
      out.norm += folded;
    } else {
      normalize::fold_append(norm_source, out.norm);
    }
    t.norm_length = static_cast<uint32_t>(out.norm.size() - t.norm_offset);
    if (space_before) flags |= kSpaceBefore;
    if (newline_before) flags |= kNewlineBefore;
    t.flags = flags;
    out.tokens.push_back(t);
    space_before = false;
    newline_before = false;
  };

  while (i < limit) {
    CodePoint cp = peek(text, i, limit);
    if (cp.c < 0) {  // invalid byte: skip it (readers repair UTF-8; this is a last guard)
      i = cp.end > i ? cp.end : i + 1;
      space_before = true;
      continue;
    }
    if (is_space(cp.c)) {
      space_before = true;
      if (is_newline(cp.c)) newline_before = true;
      i = cp.end;
      continue;
    }
    if (is_word_char(cp.c)) {
      const int32_t start = i;
      int32_t j = cp.end;
      while (j < limit) {
        CodePoint n = peek(text, j, limit);
        if (is_word_char(n.c)) {
          j = n.end;
          continue;
        }
        if (is_apostrophe(n.c)) {
          CodePoint after = peek(text, n.end, limit);
          if (!is_letter(after.c)) break;
          // possessive 's ends the word
          if ((after.c == 's' || after.c == 'S') && !is_word_char(peek(text, after.end, limit).c)) break;
          j = after.end;
          continue;
        }
        break;
      }
      std::string_view word = text.substr(static_cast<size_t>(start), static_cast<size_t>(j - start));
      uint16_t flags = 0;
      bool any_letter = false, any_lower = false, all_digit = true;
      if (normalize::is_ascii(word)) {
        // ASCII fast path (same answers as the ICU loop below)
        for (size_t k = 0; k < word.size(); ++k) {
          const char c = word[k];
          const bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
          if (upper || lower) {
            any_letter = true;
            if (lower) any_lower = true;
            if (k == 0 && upper) flags |= kCapitalized;
          }
          if (!(c >= '0' && c <= '9')) all_digit = false;
        }
      } else {
        const auto* p = reinterpret_cast<const uint8_t*>(word.data());
        int32_t k = 0, n = static_cast<int32_t>(word.size());
        bool first = true;
        while (k < n) {
          UChar32 c;
          U8_NEXT(p, k, n, c);
          if (c < 0) continue;
          if (u_isalpha(c)) {
            any_letter = true;
            if (u_islower(c)) any_lower = true;
            if (first && (u_isupper(c) || u_istitle(c))) flags |= kCapitalized;
          }
          if (!(c >= '0' && c <= '9')) all_digit = false;
          first = false;
        }
      }
      if (any_letter) flags |= kAlpha;
      if (any_letter && !any_lower) flags |= kAllCaps;
      if (all_digit) flags |= kDigit;
      // Abbreviation dots: initials ("U.S.", "H.E.", "J.") and listed abbreviations ("Gen.").
      int32_t end = j;
      bool dotted = false;
      CodePoint dot = peek(text, j, limit);
      if (dot.c == '.') {
        bool single_letter = any_letter && word.size() <= 2 && peek(text, start, limit).end == j;
        if (single_letter) {
          end = dot.end;
          dotted = true;
          // absorb further "X." pairs
          while (true) {
            CodePoint l = peek(text, end, limit);
            if (!is_letter(l.c)) break;
            CodePoint d = peek(text, l.end, limit);
            if (d.c != '.' || is_word_char(peek(text, d.end, limit).c)) break;
            end = d.end;
          }
        } else if (any_letter && abbreviation(word)) {
          end = dot.end;
          dotted = true;
        } else if (any_letter && word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z' && word[1] >= 'a' && word[1] <= 'z' &&
                   peek(text, dot.end, limit).c >= 'A' && peek(text, dot.end, limit).c <= 'Z') {
          // a Mongolian patronymic initial joined to the name: "Ts.Elbegdorj", "Ch.Ulaan"
          end = dot.end;
          dotted = true;
        }
      }
      if (dotted) flags |= kAbbrevDot;
      push(start, end, flags, text.substr(static_cast<size_t>(start), static_cast<size_t>(end - start)), dotted);
      i = end;
      continue;
    }
    // Punctuation and symbols.
    if (is_apostrophe(cp.c)) {
      CodePoint after = peek(text, cp.end, limit);
      bool after_word = !out.tokens.empty() && out.tokens.size() > first_token && !space_before &&
                        out.tokens.back().has(kAlpha);
      if ((after.c == 's' || after.c == 'S') && !is_word_char(peek(text, after.end, limit).c) && after_word) {
        push(i, after.end, kPunct | kPossessive, "'s", false);
        i = after.end;
        continue;
      }
      if (after_word && !is_word_char(after.c)) {
        push(i, cp.end, kPunct | kPossessive, "'", false);
        i = cp.end;
        continue;
      }
    }
    uint16_t flags = kPunct;
    if (is_dash(cp.c)) flags |= kHyphen;
    push(i, cp.end, flags, text.substr(static_cast<size_t>(i), static_cast<size_t>(cp.end - i)), false);
    i = cp.end;
  }

  // Sentences: a line break always ends one; . ! ? end one when followed by space.
  size_t s_begin = first_token;
  auto close = [&](size_t end_tok) {
    if (end_tok <= s_begin) return;
    Sentence s;
    s.begin = static_cast<uint32_t>(s_begin);
    s.end = static_cast<uint32_t>(end_tok);
    s.span = out.span_of(s_begin, end_tok);
    s.paragraph = paragraph;
    out.sentences.push_back(s);
    s_begin = end_tok;
  };
  for (size_t t = first_token; t < out.tokens.size(); ++t) {
    const Token& tok = out.tokens[t];
    if (t > first_token && tok.has(kNewlineBefore) && !wrapped_line(out, t)) {
      close(t);
      ++paragraph;
    }
    if (!tok.has(kPunct)) continue;
    std::string_view s = out.text_of(t);
    if (s != "." && s != "!" && s != "?" && s != "\xE2\x80\xA6") continue;
    size_t next = t + 1;
    // "last year.The Vietnamese delegation": paragraphs glued by a scraper keep the full stop but lose the
    // space; a word with lower-case letters, the stop, then a capitalised word still ends a sentence
    if (s == "." && glued_sentence_end(out, t)) {
      close(next);
      continue;
    }
    // closing quotes and brackets stay with the sentence
    while (next < out.tokens.size()) {
      std::string_view n = out.text_of(next);
      if (out.tokens[next].has(kSpaceBefore)) break;
      if (n == "\"" || n == ")" || n == "'" || n == "\xE2\x80\x9D" || n == "\xE2\x80\x99" || n == "]") {
        ++next;
        continue;
      }
      break;
    }
    if (next >= out.tokens.size() || out.tokens[next].has(kSpaceBefore)) close(next);
    t = next - 1;
  }
  close(out.tokens.size());
  ++paragraph;
}

TokenizedText Tokenizer::tokenize(std::string_view text, const std::vector<Span>& ranges) const {
  TokenizedText out;
  out.text = text;
  out.tokens.reserve(text.size() / 5 + 8);
  out.norm.reserve(text.size());
  uint32_t paragraph = 0;
  if (ranges.empty()) {
    tokenize_range(text, Span{0, static_cast<uint32_t>(text.size())}, out, paragraph);
  } else {
    for (const Span& r : ranges) {
      Span clipped{std::min<uint32_t>(r.start, static_cast<uint32_t>(text.size())),
                   std::min<uint32_t>(r.end, static_cast<uint32_t>(text.size()))};
      if (!clipped.empty()) tokenize_range(text, clipped, out, paragraph);
    }
  }
  return out;
}

}  // namespace attache::segment
