#include "eval/hungarian.h"

#include <algorithm>
#include <limits>

namespace attache::eval {

std::vector<int> max_weight_assignment(const std::vector<std::vector<double>>& weight) {
  const size_t rows = weight.size();
  const size_t cols = rows ? weight[0].size() : 0;
  std::vector<int> result(rows, -1);
  if (rows == 0 || cols == 0) return result;

  // Square the problem with zero-gain padding and minimise cost = -gain (negative gains count as 0:
  // such a pair is never wanted, and "unpaired" is always available at 0).
  const size_t n = std::max(rows, cols);
  auto cost = [&](size_t r, size_t c) -> double {  // 1-based
    if (r > rows || c > cols) return 0.0;
    return -std::max(0.0, weight[r - 1][c - 1]);
  };

  // Shortest augmenting paths with row/column potentials u, v (1-based; index 0 is a sentinel).
  constexpr double kInf = std::numeric_limits<double>::infinity();
  std::vector<double> u(n + 1, 0.0), v(n + 1, 0.0);
  std::vector<size_t> match_col(n + 1, 0), way(n + 1, 0);  // match_col[c] = row paired with column c
  for (size_t r = 1; r <= n; ++r) {
    match_col[0] = r;
    size_t c0 = 0;
    std::vector<double> min_to(n + 1, kInf);
    std::vector<bool> used(n + 1, false);
    do {
      used[c0] = true;
      const size_t r0 = match_col[c0];
      double delta = kInf;
      size_t c1 = 0;
      for (size_t c = 1; c <= n; ++c) {
        if (used[c]) continue;
        const double reduced = cost(r0, c) - u[r0] - v[c];
        if (reduced < min_to[c]) {
          min_to[c] = reduced;
          way[c] = c0;
        }
        if (min_to[c] < delta) {
          delta = min_to[c];
          c1 = c;
        }
      }
      for (size_t c = 0; c <= n; ++c) {
        if (used[c]) {
          u[match_col[c]] += delta;
          v[c] -= delta;
        } else {
          min_to[c] -= delta;
        }
      }
      c0 = c1;
    } while (match_col[c0] != 0);
    do {
      const size_t c1 = way[c0];
      match_col[c0] = match_col[c1];
      c0 = c1;
    } while (c0 != 0);
  }

  for (size_t c = 1; c <= cols; ++c) {
    const size_t r = match_col[c];
    if (r >= 1 && r <= rows && weight[r - 1][c - 1] > 0.0) result[r - 1] = static_cast<int>(c - 1);
  }
  return result;
}

}  // namespace attache::eval
