// Duplicate detection across a corpus: the same article syndicated on several sites is read
// once. Exact duplicates by a hash of the normalised words; near duplicates by MinHash over
// 5-word shingles, found through banded locality-sensitive hashing and confirmed by the
// estimated Jaccard similarity.
//
// Cost: one hash per shingle. The signature is a one-permutation MinHash (each shingle's hash
// picks one of 128 bins and competes for that bin's minimum; empty bins of short texts are filled
// by optimal densification), so a document costs one pass over its words, not a hash per bin.
// Memory is bounded: the index remembers the last `window` documents (default 65,536) and forgets
// the oldest beyond that, at about 700 bytes per document (16-bit signature values, open-addressed
// band tables with 32-bit keys), so about 45 MB at most whatever the corpus size. Syndicated
// copies usually arrive close together; a copy of an article more than `window` documents back is
// not recognised.
// Not thread-safe (one index per walk).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace attache::clean {

class DuplicateIndex {
 public:
  // MinHash bins. The estimate's spread at Jaccard 0.5 is sqrt(0.25 / kHashes): with 64 bins a
  // corpus of templated news gave a few unrelated pairs (true Jaccard 0.45-0.53) estimated at
  // 0.70; with 128, 0.70 is 4.5 standard deviations away. One hash per shingle either way.
  static constexpr int kHashes = 128;
  // Candidates come from bands over the first 64 bins (16 bands of 4: a pair at Jaccard 0.7
  // shares a band with probability 0.99); the confirmation compares all 128.
  static constexpr int kBands = 16;
  static constexpr int kRows = 4;
  static constexpr size_t kDefaultWindow = size_t{1} << 16;
  // A band keeps at most this many documents. Boilerplate (templates, a wire agency's sign-off)
  // puts thousands of texts under the same band key; comparing each new text with all of them
  // (and probing through their cells) made a check cost O(window). A near duplicate shares several
  // bands with its original, so it is still found through the others.
  static constexpr size_t kBandCap = 32;

  explicit DuplicateIndex(double near_threshold = 0.7, size_t window = kDefaultWindow);

  struct Match {
    std::string id;  // the document it duplicates (the first one seen)
    bool exact = false;
    double similarity = 1;  // estimated Jaccard similarity of the shingle sets
  };

  // If `text` duplicates a document among the last `window` added, returns which; otherwise adds
  // it as `id` (forgetting the oldest document when the window is full).
  std::optional<Match> check_and_add(std::string_view id, std::string_view text);

  // Documents remembered (at most `window`).
  size_t size() const { return live_; }
  size_t window() const { return window_; }

 private:
  using Signature = std::array<uint16_t, kHashes>;

  // A multimap from 32-bit keys to document slots, open-addressed with linear probing and
  // backward-shift deletion (no tombstones), so it stays compact under constant eviction.
  class SlotTable {
   public:
    void insert(uint32_t key, uint32_t slot);
    void erase(uint32_t key, uint32_t slot);  // no-op when (key, slot) is absent
    size_t count(uint32_t key, size_t limit) const;  // cells with `key`, counting stops at `limit`
    template <class F>
    void for_each(uint32_t key, F&& f) const;

   private:
    void grow();
    std::vector<uint64_t> cells_;  // (key << 32) | (slot + 1); 0 = empty
    size_t used_ = 0;
  };

  struct Entry {
    std::string id;
    uint64_t whole = 0;  // hash of all the words (exact duplicates)
    Signature sig{};
    bool has_signature = false;
    bool live = false;
  };

  static std::array<uint32_t, kBands> band_keys(const Signature& sig);
  void forget(uint32_t slot);

  double threshold_;
  size_t window_;
  std::vector<Entry> entries_;  // a ring of `window_` slots, filled in order
  size_t next_ = 0;             // the slot the next document takes
  size_t live_ = 0;
  SlotTable exact_;
  SlotTable bands_;
};

}  // namespace attache::clean
