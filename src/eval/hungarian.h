// Optimal one-to-one assignment (the Hungarian algorithm, Kuhn-Munkres with potentials).
//
// The scorer pairs predicted with gold engagements, and predicted with gold participants, so that
// the total similarity is as large as possible; a greedy "best pair first" can be fooled when one
// record resembles two others (tests/eval has such a case). Matrices here are small (engagements
// of one document), O(n^3) is plenty. Pure function; thread-safe.
#pragma once

#include <vector>

namespace attache::eval {

// `weight[r][c]` is the gain of pairing row r with column c (every row has the same length; the
// matrix may be rectangular or empty). Returns, for each row, the column it is paired with, or -1.
// The sum of the chosen weights is maximal; pairs whose weight is <= 0 are never returned
// (leaving them out does not lower the sum), so 0 means "may not pair".
std::vector<int> max_weight_assignment(const std::vector<std::vector<double>>& weight);

}  // namespace attache::eval
