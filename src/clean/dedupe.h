// Duplicate detection across a corpus: the same article syndicated on several sites is read
// once. Exact duplicates by a hash of the normalised words; near duplicates by MinHash over
// 5-word shingles (64 hashes), found through banded locality-sensitive hashing (16 bands of 4)
// and confirmed by the estimated Jaccard similarity.
// Memory: about 300 bytes per document kept. Not thread-safe (one index per walk).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace attache::clean {

class DuplicateIndex {
 public:
  static constexpr int kHashes = 64;
  static constexpr int kBands = 16;
  static constexpr int kRows = kHashes / kBands;

  explicit DuplicateIndex(double near_threshold = 0.7) : threshold_(near_threshold) {}

  struct Match {
    std::string id;  // the document it duplicates (the first one seen)
    bool exact = false;
    double similarity = 1;  // estimated Jaccard similarity of the shingle sets
  };

  // If `text` duplicates a document already added, returns which; otherwise adds it as `id`.
  std::optional<Match> check_and_add(std::string_view id, std::string_view text);

  size_t size() const { return ids_.size(); }

 private:
  double threshold_;
  std::vector<std::string> ids_;
  std::vector<std::array<uint32_t, kHashes>> signatures_;  // empty signature for short texts
  std::vector<bool> has_signature_;
  std::unordered_map<uint64_t, uint32_t> exact_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> bands_;
};

}  // namespace attache::clean
