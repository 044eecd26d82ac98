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

uint64_t fnv1a(std::string_view s, uint64_t h = 0xcbf29ce484222325ULL) {
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return h;
}

// Words lower-cased (ASCII), punctuation dropped; UTF-8 letters kept as they are.
std::vector<uint64_t> word_hashes(std::string_view text) {
  std::vector<uint64_t> out;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out.push_back(fnv1a(cur));
    cur.clear();
  };
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) {
      cur.push_back(static_cast<char>(std::tolower(c)));
    } else {
      flush();
    }
  }
  flush();
  return out;
}

}  // namespace

std::optional<DuplicateIndex::Match> DuplicateIndex::check_and_add(std::string_view id,
                                                                   std::string_view text) {
  std::vector<uint64_t> words = word_hashes(text);
  uint64_t whole = 0x9e3779b97f4a7c15ULL;
  for (uint64_t w : words) whole = mix(whole ^ w);
  if (auto it = exact_.find(whole); it != exact_.end()) return Match{ids_[it->second], true, 1.0};

  std::array<uint32_t, kHashes> sig;
  sig.fill(UINT32_MAX);
  bool near = words.size() >= kMinWords;
  if (near) {
    for (size_t i = 0; i + kShingle <= words.size(); ++i) {
      uint64_t h = 0;
      for (int k = 0; k < kShingle; ++k) h = mix(h ^ words[i + static_cast<size_t>(k)]);
      for (int k = 0; k < kHashes; ++k) {
        auto v = static_cast<uint32_t>(mix(h + 0x9e3779b97f4a7c15ULL * static_cast<uint64_t>(k + 1)) >> 32);
        sig[static_cast<size_t>(k)] = std::min(sig[static_cast<size_t>(k)], v);
      }
    }
    // Candidates share at least one band; the best confirmed one wins.
    std::vector<uint32_t> cands;
    std::array<uint64_t, kBands> keys;
    for (int b = 0; b < kBands; ++b) {
      uint64_t key = mix(static_cast<uint64_t>(b) + 1);
      for (int r = 0; r < kRows; ++r) key = mix(key ^ sig[static_cast<size_t>(b * kRows + r)]);
      keys[static_cast<size_t>(b)] = key;
      if (auto it = bands_.find(key); it != bands_.end())
        cands.insert(cands.end(), it->second.begin(), it->second.end());
    }
    std::sort(cands.begin(), cands.end());
    cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
    double best = 0;
    uint32_t best_doc = 0;
    for (uint32_t c : cands) {
      int same = 0;
      for (int k = 0; k < kHashes; ++k)
        same += signatures_[c][static_cast<size_t>(k)] == sig[static_cast<size_t>(k)];
      double sim = static_cast<double>(same) / kHashes;
      if (sim > best) {
        best = sim;
        best_doc = c;
      }
    }
    if (best >= threshold_) return Match{ids_[best_doc], false, best};
    auto idx = static_cast<uint32_t>(ids_.size());
    for (uint64_t key : keys) bands_[key].push_back(idx);
  }
  auto idx = static_cast<uint32_t>(ids_.size());
  ids_.emplace_back(id);
  signatures_.push_back(sig);
  has_signature_.push_back(near);
  exact_.emplace(whole, idx);
  return std::nullopt;
}

}  // namespace attache::clean
