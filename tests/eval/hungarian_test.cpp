// The assignment solver: known cases, rectangular shapes, and agreement with brute force.
#include "eval/hungarian.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>

namespace {

using attache::eval::max_weight_assignment;
using Matrix = std::vector<std::vector<double>>;

double total(const Matrix& w, const std::vector<int>& a) {
  double s = 0;
  for (size_t r = 0; r < a.size(); ++r) {
    if (a[r] >= 0) s += w[r][static_cast<size_t>(a[r])];
  }
  return s;
}

// Best total over every injective assignment of rows to columns (or to nothing), by enumeration.
double brute_force(const Matrix& w) {
  const size_t rows = w.size(), cols = w.empty() ? 0 : w[0].size();
  // Columns rows..rows+cols-1 of the permutation stand for "unpaired".
  std::vector<size_t> perm(cols + rows);
  std::iota(perm.begin(), perm.end(), 0);
  double best = 0;
  do {
    double s = 0;
    for (size_t r = 0; r < rows; ++r) {
      if (perm[r] < cols) s += std::max(0.0, w[r][perm[r]]);
    }
    best = std::max(best, s);
  } while (std::next_permutation(perm.begin(), perm.end()));
  return best;
}

TEST(Hungarian, EmptyAndDegenerate) {
  EXPECT_TRUE(max_weight_assignment({}).empty());
  EXPECT_EQ(max_weight_assignment({{}, {}}), (std::vector<int>{-1, -1}));
  EXPECT_EQ(max_weight_assignment({{0.0, 0.0}}), (std::vector<int>{-1}));
  EXPECT_EQ(max_weight_assignment({{-1.0}}), (std::vector<int>{-1}));
  EXPECT_EQ(max_weight_assignment({{0.5}}), (std::vector<int>{0}));
}

TEST(Hungarian, PrefersTwoGoodPairsOverTheSingleBestPair) {
  // Greedy takes (0,0) = 0.9 and leaves row 1 with nothing; the optimum is 0.8 + 0.8.
  const Matrix w{{0.9, 0.8}, {0.8, 0.0}};
  EXPECT_EQ(max_weight_assignment(w), (std::vector<int>{1, 0}));
}

TEST(Hungarian, RectangularBothWays) {
  const Matrix wide{{0.1, 0.7, 0.3}, {0.6, 0.65, 0.0}};
  EXPECT_EQ(max_weight_assignment(wide), (std::vector<int>{1, 0}));
  const Matrix tall{{0.1, 0.6}, {0.7, 0.65}, {0.3, 0.0}};
  EXPECT_EQ(max_weight_assignment(tall), (std::vector<int>{1, 0, -1}));
}

TEST(Hungarian, AgreesWithBruteForceOnRandomMatrices) {
  std::mt19937 rng(12345);
  std::uniform_real_distribution<double> value(-0.2, 1.0);
  std::uniform_int_distribution<int> size(1, 4);
  for (int trial = 0; trial < 300; ++trial) {
    const auto rows = static_cast<size_t>(size(rng)), cols = static_cast<size_t>(size(rng));
    Matrix w(rows, std::vector<double>(cols));
    for (auto& row : w) {
      for (auto& x : row) x = std::max(0.0, value(rng));  // some zeros: "may not pair"
    }
    const std::vector<int> a = max_weight_assignment(w);
    ASSERT_EQ(a.size(), rows);
    std::vector<int> used;
    for (size_t r = 0; r < rows; ++r) {
      if (a[r] < 0) continue;
      EXPECT_GT(w[r][static_cast<size_t>(a[r])], 0.0);
      used.push_back(a[r]);
    }
    std::sort(used.begin(), used.end());
    EXPECT_EQ(std::adjacent_find(used.begin(), used.end()), used.end()) << "a column used twice";
    EXPECT_NEAR(total(w, a), brute_force(w), 1e-9) << "trial " << trial;
  }
}

}  // namespace
