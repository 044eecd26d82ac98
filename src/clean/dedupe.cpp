#include "clean/dedupe.h"

#include <algorithm>
#include <cctype>

namespace attache::clean {

namespace {

constexpr int kShingle = 5;
// Fewer words than this and near-duplicate matching is unreliable: exact matching only.
constexpr size_t kMinWords = 25;

uint64_t mix(uint64_t x) {
  // splitmix64 finaliser: cheap, well distributed.
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// Words lower-cased (ASCII), punctuation dropped; UTF-8 letters kept as they are. Hashed as they
// are read (FNV-1a), so no word is copied.
std::vector<uint64_t> word_hashes(std::string_view text) {
  std::vector<uint64_t> out;
  out.reserve(text.size() / 6 + 1);
  constexpr uint64_t kBasis = 0xcbf29ce484222325ULL;
  uint64_t h = kBasis;
  bool in_word = false;
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) {
      h ^= static_cast<unsigned char>(std::tolower(c));
      h *= 0x100000001b3ULL;
      in_word = true;
    } else if (in_word) {
      out.push_back(h);
      h = kBasis;
      in_word = false;
    }
  }
  if (in_word) out.push_back(h);
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
void DuplicateIndex::SlotTable::grow() {
  std::vector<uint64_t> old = std::move(cells_);
  cells_.assign(std::max<size_t>(64, old.size() * 2), 0);
  used_ = 0;
  for (uint64_t c : old) {
    if (c != 0) insert(static_cast<uint32_t>(c >> 32), static_cast<uint32_t>(c) - 1);
  }
}

void DuplicateIndex::SlotTable::insert(uint32_t key, uint32_t slot) {
  if ((used_ + 1) * 2 > cells_.size()) grow();  // load <= 1/2 keeps probes short
  size_t mask = cells_.size() - 1;
  size_t i = mix(key) & mask;
  while (cells_[i] != 0) i = (i + 1) & mask;
  cells_[i] = (static_cast<uint64_t>(key) << 32) | (static_cast<uint64_t>(slot) + 1);
  ++used_;
}

void DuplicateIndex::SlotTable::erase(uint32_t key, uint32_t slot) {
  if (cells_.empty()) return;
  size_t mask = cells_.size() - 1;
  const uint64_t want = (static_cast<uint64_t>(key) << 32) | (static_cast<uint64_t>(slot) + 1);
  size_t i = mix(key) & mask;
  while (cells_[i] != want) {
    if (cells_[i] == 0) return;
    i = (i + 1) & mask;
  }
  // Backward-shift deletion: pull later members of the probe run into the hole when their home
  // position allows it, so that lookups can still stop at the first empty cell.
  size_t hole = i;
  for (size_t j = (hole + 1) & mask; cells_[j] != 0; j = (j + 1) & mask) {
    size_t home = mix(cells_[j] >> 32) & mask;
    // Movable if `home` is not cyclically in (hole, j].
    bool stays = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
    if (!stays) {
      cells_[hole] = cells_[j];
      hole = j;
    }
  }
  cells_[hole] = 0;
  --used_;
}

size_t DuplicateIndex::SlotTable::count(uint32_t key, size_t limit) const {
  if (cells_.empty()) return 0;
  size_t mask = cells_.size() - 1;
  size_t n = 0;
  for (size_t i = mix(key) & mask; cells_[i] != 0 && n < limit; i = (i + 1) & mask) {
    if (static_cast<uint32_t>(cells_[i] >> 32) == key) ++n;
  }
  return n;
}

template <class F>
void DuplicateIndex::SlotTable::for_each(uint32_t key, F&& f) const {
  if (cells_.empty()) return;
  size_t mask = cells_.size() - 1;
  for (size_t i = mix(key) & mask; cells_[i] != 0; i = (i + 1) & mask) {
    if (static_cast<uint32_t>(cells_[i] >> 32) == key) f(static_cast<uint32_t>(cells_[i]) - 1);
  }
}

// ---------------------------------------------------------------------------------------------
DuplicateIndex::DuplicateIndex(double near_threshold, size_t window)
    : threshold_(near_threshold), window_(std::max<size_t>(window, 1)) {}

std::array<uint32_t, DuplicateIndex::kBands> DuplicateIndex::band_keys(const Signature& sig) {
  std::array<uint32_t, kBands> keys;
  for (int b = 0; b < kBands; ++b) {
    uint64_t key = static_cast<uint64_t>(b) + 1;
    for (int r = 0; r < kRows; ++r) key = (key << 16) ^ sig[static_cast<size_t>(b * kRows + r)];
    keys[static_cast<size_t>(b)] = static_cast<uint32_t>(mix(key + static_cast<uint64_t>(b)) >> 32);
  }
  return keys;
}

void DuplicateIndex::forget(uint32_t slot) {
  Entry& e = entries_[slot];
  if (!e.live) return;
  exact_.erase(static_cast<uint32_t>(e.whole >> 32), slot);
  if (e.has_signature) {
    for (uint32_t key : band_keys(e.sig)) bands_.erase(key, slot);
  }
  e = Entry{};
  --live_;
}

std::optional<DuplicateIndex::Match> DuplicateIndex::check_and_add(std::string_view id,
                                                                   std::string_view text) {
  std::vector<uint64_t> words = word_hashes(text);
  uint64_t whole = 0x9e3779b97f4a7c15ULL;
  for (uint64_t w : words) whole = mix(whole ^ w);
  std::optional<Match> found;
  exact_.for_each(static_cast<uint32_t>(whole >> 32), [&](uint32_t slot) {
    if (!found && entries_[slot].whole == whole) found = Match{entries_[slot].id, true, 1.0};
  });
  if (found) return found;

  Signature sig{};
  bool near = words.size() >= kMinWords;
  if (near) {
    // One-permutation MinHash: the shingle's hash chooses a bin (top 7 bits) and 32 other bits
    // compete for the bin's minimum.
    std::array<uint32_t, kHashes> mins;
    mins.fill(UINT32_MAX);
    std::array<bool, kHashes> filled{};
    for (size_t i = 0; i + kShingle <= words.size(); ++i) {
      uint64_t h = 0;
      for (int k = 0; k < kShingle; ++k) h = mix(h ^ words[i + static_cast<size_t>(k)]);
      auto bin = static_cast<size_t>(h >> 57);
      auto v = static_cast<uint32_t>(h >> 16);
      if (v < mins[bin]) mins[bin] = v;
      filled[bin] = true;
    }
    // Optimal densification (Shrivastava, 2017): an empty bin borrows the value of a filled bin
    // chosen by a hash of (bin, attempt), the same choice for every document, so two documents
    // with the same shingles agree on the borrowed values too.
    for (size_t b = 0; b < kHashes; ++b) {
      uint32_t v = mins[b];
      for (uint64_t attempt = 1; !filled[b] && attempt < 10000; ++attempt) {
        auto from = static_cast<size_t>(mix((static_cast<uint64_t>(b) << 32) ^ attempt) % kHashes);
        if (filled[from]) {
          v = mins[from];
          break;
        }
      }
      // 16 bits are kept: a chance agreement (1 in 65,536) hardly moves the estimate.
      sig[b] = static_cast<uint16_t>(v ^ (v >> 16));
    }

    // Candidates share at least one band; the best confirmed one wins.
    std::vector<uint32_t> cands;
    for (uint32_t key : band_keys(sig)) bands_.for_each(key, [&](uint32_t slot) { cands.push_back(slot); });
    std::sort(cands.begin(), cands.end());
    cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
    double best = 0;
    uint32_t best_doc = 0;
    for (uint32_t c : cands) {
      const Entry& e = entries_[c];
      if (!e.live || !e.has_signature) continue;
      int same = 0;
      for (size_t k = 0; k < kHashes; ++k) same += e.sig[k] == sig[k];
      double sim = static_cast<double>(same) / kHashes;
      if (sim > best) {
        best = sim;
        best_doc = c;
      }
    }
    if (best >= threshold_) return Match{entries_[best_doc].id, false, best};
  }

  // Add, taking the oldest slot when the window is full.
  if (next_ >= entries_.size()) entries_.resize(std::min(window_, std::max<size_t>(64, entries_.size() * 2)));
  auto slot = static_cast<uint32_t>(next_);
  next_ = (next_ + 1) % window_;
  forget(slot);
  Entry& e = entries_[slot];
  e.id = id;
  e.whole = whole;
  e.sig = sig;
  e.has_signature = near;
  e.live = true;
  ++live_;
  exact_.insert(static_cast<uint32_t>(whole >> 32), slot);
  if (near) {
    for (uint32_t key : band_keys(sig)) {
      if (bands_.count(key, kBandCap) < kBandCap) bands_.insert(key, slot);
    }
  }
  return std::nullopt;
}

}  // namespace attache::clean
