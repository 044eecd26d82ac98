// Helpers for the ingest tests: a temporary folder, files written into it, and a collector
// that runs read_inputs and keeps what came out.
#pragma once

#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"
#include "ingest/reader.h"

namespace attache::ingest::testing {

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "attache-ingest-XXXXXX").string();
    char* p = mkdtemp(tmpl.data());
    path_ = p != nullptr ? p : tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }

  std::string write(const std::string& rel, std::string_view content) const {
    std::filesystem::path p = std::filesystem::path(path_) / rel;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return p.string();
  }

 private:
  std::string path_;
};

// gzip-compresses `data` into one member.
inline std::string gzip(std::string_view data) {
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, static_cast<uLong>(data.size())) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

struct Collected {
  std::vector<Document> docs;
  std::vector<Diagnostic> diags;
  ReadStats stats;

  size_t count(DiagCode code) const {
    size_t n = 0;
    for (const auto& d : diags) n += d.code == code;
    return n;
  }
  const Diagnostic* find(DiagCode code) const {
    for (const auto& d : diags) {
      if (d.code == code) return &d;
    }
    return nullptr;
  }
  const Document* doc(std::string_view id) const {
    for (const auto& d : docs) {
      if (d.id == id) return &d;
    }
    return nullptr;
  }
  std::string all_diags() const {
    std::string s;
    for (const auto& d : diags) s += d.to_string() + "\n";
    return s;
  }
};

// Options for tests of reading alone: no language filter or duplicate removal unless asked.
inline ReadOptions plain_options() {
  ReadOptions o;
  o.languages.clear();
  o.dedupe = false;
  return o;
}

inline Collected collect(const std::vector<std::string>& inputs, const ReadOptions& opts = plain_options()) {
  Collected c;
  c.stats = read_inputs(
      inputs, opts,
      [&](Document&& d) {
        c.docs.push_back(std::move(d));
        return true;
      },
      [&](Diagnostic&& d) { c.diags.push_back(std::move(d)); });
  return c;
}

}  // namespace attache::ingest::testing
