// Shared by the case-table tests (tests/*/*_cases_test.cpp): one line of a .tsv case file split into cells.
#pragma once

#include <sstream>
#include <string>
#include <vector>

namespace attache::test_support {

inline std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::string cell;
  std::istringstream in(line);
  while (std::getline(in, cell, '\t')) out.push_back(cell);
  return out;
}

}  // namespace attache::test_support
