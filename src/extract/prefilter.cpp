#include "extract/prefilter.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "gazetteer/data_dirs.h"
#include "normalize/fold.h"

namespace attache::extract {

namespace {

constexpr uint64_t kFnvOffset = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

uint64_t hash_of(std::string_view s) {
  uint64_t h = kFnvOffset;
  for (unsigned char c : s) h = (h ^ c) * kFnvPrime;
  return h;
}

// A key the scanner can produce: a word token's key starts with a letter or digit (folded
// non-ASCII letters included); punctuation keys ("'s", "+", "'") are not words.
bool is_word_key(std::string_view k) {
  if (k.empty()) return false;
  unsigned char c = static_cast<unsigned char>(k[0]);
  return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

// The key most likely to be rare: the longest word key ("meeting" in "in his meeting with").
std::string_view anchor_of(const std::vector<std::string_view>& keys) {
  std::string_view best;
  for (auto k : keys) {
    if (is_word_key(k) && k.size() > best.size()) best = k;
  }
  return best;
}

// Same classes as segment::Tokenizer (the scanner must split words exactly where it does).
inline bool ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool is_word_cp(UChar32 c) {
  if (c < 0) return false;
  if (c < 0x80) return ascii_alnum(static_cast<unsigned char>(c));
  int8_t type = u_charType(c);
  return u_isalnum(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}
bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
bool is_letter(UChar32 c) { return c >= 0 && u_isalpha(c); }

UChar32 peek(std::string_view text, int32_t i, int32_t limit, int32_t& next) {
  if (i >= limit) {
    next = i;
    return -1;
  }
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  if (p[i] < 0x80) {
    next = i + 1;
    return p[i];
  }
  UChar32 c;
  U8_NEXT(p, i, limit, c);
  next = i;
  return c;
}

}  // namespace

struct Prefilter::Scan {
  uint8_t bits = 0;
  bool any_mech = false;
  std::vector<uint64_t> mech_seen;
};

std::vector<std::string> Prefilter::read_words(const std::string& path) {
  std::vector<std::string> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
      line.pop_back();
    size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos || line[start] == '#') continue;
    out.push_back(normalize::fold(std::string_view(line).substr(start)));
  }
  return out;
}

Prefilter::Prefilter(const gazetteer::Knowledge& k, const std::vector<std::string>& relevance_words) {
  build(k, relevance_words);
}

Prefilter::Prefilter(const gazetteer::Knowledge& k) {
  // The knowledge records the files it read; their folders are the data folders in use.
  std::vector<std::string> dirs;
  for (const auto& f : k.files_loaded) {
    std::string d = std::filesystem::path(f).parent_path().string();
    if (std::find(dirs.begin(), dirs.end(), d) == dirs.end()) dirs.push_back(d);
  }
  if (dirs.empty()) {
    try {
      dirs.push_back(gazetteer::builtin_data_dir());
    } catch (const std::exception&) {
      return;  // no data folder: disabled, every article passes
    }
  }
  std::vector<std::string> words;
  bool found = false;
  for (const auto& d : dirs) {
    std::string path = d + "/relevance.txt";
    if (!std::filesystem::exists(path)) continue;
    found = true;
    auto w = read_words(path);
    words.insert(words.end(), w.begin(), w.end());
  }
  if (found) build(k, words);
}

Prefilter::Slot& Prefilter::insert(std::string_view key) {
  if ((used_ + 1) * 2 > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<size_t>(1024, old.size() * 2), Slot{});
    used_ = 0;
    for (const Slot& s : old) {
      if (s.key_length == 0) continue;
      size_t mask = slots_.size() - 1;
      size_t i = s.hash & mask;
      while (slots_[i].key_length != 0) i = (i + 1) & mask;
      slots_[i] = s;
      ++used_;
    }
  }
  uint64_t h = hash_of(key);
  size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  while (slots_[i].key_length != 0) {
    const Slot& s = slots_[i];
    if (s.hash == h && std::string_view(keys_).substr(s.key_offset, s.key_length) == key) return slots_[i];
    i = (i + 1) & mask;
  }
  Slot& s = slots_[i];
  s.hash = h;
  s.key_offset = static_cast<uint32_t>(keys_.size());
  s.key_length = static_cast<uint16_t>(key.size());
  keys_.append(key);
  ++used_;
  return s;
}

const Prefilter::Slot* Prefilter::find(std::string_view key, uint64_t hash) const {
  size_t mask = slots_.size() - 1;
  size_t i = hash & mask;
  while (slots_[i].key_length != 0) {
    const Slot& s = slots_[i];
    if (s.hash == hash && s.key_length == key.size() &&
        std::string_view(keys_).substr(s.key_offset, s.key_length) == key)
      return &s;
    i = (i + 1) & mask;
  }
  return nullptr;
}

void Prefilter::build(const gazetteer::Knowledge& k, const std::vector<std::string>& relevance_words) {
  using gazetteer::EntryType;
  // Keys are at most 65535 bytes; anything longer in data is simply never a relevance key.
  auto usable = [](std::string_view key) { return !key.empty() && key.size() < 0xFFFF; };
  auto mark = [&](std::string_view key, uint8_t bit) {
    if (usable(key)) insert(key).bits |= bit;
  };
  const auto& spelling = k.matcher.spelling();
  for (const auto& w : relevance_words) {
    mark(w, kDefence);
    if (auto it = spelling.find(w); it != spelling.end()) mark(it->second, kDefence);
  }
  k.matcher.for_each_phrase([&](const std::vector<std::string_view>& keys, gazetteer::Entry e) {
    switch (e.type) {
      case EntryType::kTrigger:
        mark(anchor_of(keys), kEvent);
        break;
      case EntryType::kCountry:
      case EntryType::kDemonym:
      case EntryType::kGroup:
      case EntryType::kPlace:
        mark(anchor_of(keys), kPlace);
        break;
      case EntryType::kMechanism:
      case EntryType::kMechanismType: {
        std::vector<uint32_t> ids;
        for (auto key : keys) {
          if (!is_word_key(key) || !usable(key)) continue;
          Slot& s = insert(key);
          s.bits |= kMechanismWord;
          if (s.mech_key < 0) s.mech_key = static_cast<int32_t>(mech_keys_++);
          ids.push_back(static_cast<uint32_t>(s.mech_key));
        }
        if (!ids.empty()) mech_phrases_.push_back(std::move(ids));
        break;
      }
      default:
        break;
    }
  });
  // Spelling variants: the matcher maps "defense" to "defence" before looking up; the scanner does
  // not, so each variant gets its canonical key's bits.
  for (const auto& [variant, canonical] : spelling) {
    uint64_t h = hash_of(canonical);
    const Slot* c = find(canonical, h);
    if (!c || !usable(variant)) continue;
    Slot copy = *c;
    Slot& v = insert(variant);
    v.bits |= copy.bits;
    if (v.mech_key < 0) v.mech_key = copy.mech_key;
  }
  for (const Slot& s : slots_) max_key_ = std::max<size_t>(max_key_, s.key_length);
  const char* env = std::getenv("ATTACHE_PREFILTER");
  enabled_ = !(env && std::string_view(env) == "off");
}

bool Prefilter::decide(Scan& s) const {
  if ((s.bits & (kEvent | kDefence | kPlace)) == (kEvent | kDefence | kPlace)) return true;
  if (!s.any_mech) return false;
  for (const auto& phrase : mech_phrases_) {
    bool all = true;
    for (uint32_t id : phrase) {
      if (!(s.mech_seen[id >> 6] & (uint64_t{1} << (id & 63)))) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

// Walks the words of text[range] as segment::Tokenizer splits them, looks each key up, and
// returns true as soon as the event+defence+place test passes.
bool Prefilter::scan_range(std::string_view text, Span range, Scan& s) const {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t limit = static_cast<int32_t>(range.end);
  int32_t i = static_cast<int32_t>(range.start);
  char buf[256];
  const size_t max_key = std::min<size_t>(max_key_, sizeof buf);
  std::string folded;
  while (i < limit) {
    const uint8_t b = p[i];
    if (b < 0x80) {
      if (!ascii_alnum(b)) {
        ++i;
        continue;
      }
    } else {
      int32_t next;
      UChar32 c = peek(text, i, limit, next);
      if (!is_word_cp(c)) {
        i = next > i ? next : i + 1;
        continue;
      }
    }
    // A word starts at i. Lower-case ASCII into buf with the hash as we go; non-ASCII words are
    // folded with ICU afterwards (rare in English news).
    const int32_t start = i;
    int32_t j = i;
    size_t n = 0;
    uint64_t h = kFnvOffset;
    bool ascii = true;
    int32_t code_points = 0;
    while (j < limit) {
      const uint8_t c = p[j];
      if (c < 0x80) {
        if (ascii_alnum(c)) {
          char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
          if (n < sizeof buf) buf[n] = l;
          ++n;
          h = (h ^ static_cast<uint8_t>(l)) * kFnvPrime;
          ++j;
          ++code_points;
          continue;
        }
        if (c != '\'') break;
      }
      int32_t next;
      UChar32 cp = peek(text, j, limit, next);
      if (c >= 0x80 && is_word_cp(cp)) {
        ascii = false;
        j = next;
        ++code_points;
        continue;
      }
      if (!is_apostrophe(cp)) break;
      int32_t after_next;
      UChar32 after = peek(text, next, limit, after_next);
      if (!is_letter(after)) break;
      int32_t dummy;
      if ((after == 's' || after == 'S') && !is_word_cp(peek(text, after_next, limit, dummy))) break;
      // an apostrophe inside a word ("d'Ivoire") is part of its key
      ascii = ascii && c < 0x80 && after < 0x80;
      if (ascii) {
        char l = (after >= 'A' && after <= 'Z') ? static_cast<char>(after + 32) : static_cast<char>(after);
        if (n + 1 < sizeof buf) {
          buf[n] = '\'';
          buf[n + 1] = l;
        }
        n += 2;
        h = (h ^ static_cast<uint8_t>('\'')) * kFnvPrime;
        h = (h ^ static_cast<uint8_t>(l)) * kFnvPrime;
      }
      j = after_next;
      code_points += 2;
    }
    int32_t end = j;
    // Initials with dots ("U.S.", "H.E."): the tokenizer makes one token, key without dots.
    bool initials = false;
    if (j < limit && p[j] == '.' && code_points == 1 && j - start <= 2) {
      int32_t dummy;
      if (is_letter(peek(text, start, limit, dummy))) {
        initials = true;
        end = j + 1;
        while (true) {
          int32_t ln;
          UChar32 l = peek(text, end, limit, ln);
          if (!is_letter(l)) break;
          int32_t dn;
          UChar32 d = peek(text, ln, limit, dn);
          int32_t an;
          if (d != '.' || is_word_cp(peek(text, dn, limit, an))) break;
          end = dn;
        }
      }
    }
    std::string_view key;
    if (ascii && !initials) {
      if (n <= max_key) key = std::string_view(buf, n);
    } else {
      folded = normalize::fold(text.substr(static_cast<size_t>(start), static_cast<size_t>(end - start)));
      if (initials) folded.erase(std::remove(folded.begin(), folded.end(), '.'), folded.end());
      key = folded;
      h = hash_of(key);
    }
    i = end;
    if (key.empty() || key.size() > max_key) continue;
    const Slot* slot = find(key, h);
    if (!slot) continue;
    uint8_t before = s.bits;
    s.bits |= slot->bits;
    if (slot->mech_key >= 0) {
      s.any_mech = true;
      s.mech_seen[static_cast<size_t>(slot->mech_key) >> 6] |= uint64_t{1} << (slot->mech_key & 63);
    }
    if (s.bits != before && (s.bits & (kEvent | kDefence | kPlace)) == (kEvent | kDefence | kPlace))
      return true;
  }
  return false;
}

bool Prefilter::may_be_relevant(std::string_view text, const std::vector<Span>& body) const {
  if (!enabled_) return true;
  Scan s;
  s.mech_seen.assign((mech_keys_ + 63) / 64 + 1, 0);
  if (body.empty()) {
    if (scan_range(text, Span{0, static_cast<uint32_t>(text.size())}, s)) return true;
  } else {
    for (const Span& r : body) {
      Span clipped{std::min<uint32_t>(r.start, static_cast<uint32_t>(text.size())),
                   std::min<uint32_t>(r.end, static_cast<uint32_t>(text.size()))};
      if (clipped.empty()) continue;
      if (scan_range(text, clipped, s)) return true;
    }
  }
  return decide(s);
}

}  // namespace attache::extract
