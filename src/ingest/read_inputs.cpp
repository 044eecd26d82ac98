// read_inputs: expands paths, opens each input, peels gzip layers, picks a reader on content and
// passes every document through the common finishing steps (defaults, cleaning, language,
// duplicates) before it reaches the caller.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "ingest/finish.h"
#include "ingest/progress.h"
#include "ingest/readers.h"
#include "ingest/streams.h"

namespace attache::ingest {

namespace fs = std::filesystem;

namespace {

constexpr int kMaxGzipDepth = 3;

std::string strip_one_gz(const std::string& name) {
  if (name.size() > 3) {
    std::string tail = name.substr(name.size() - 3);
    for (char& c : tail) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (tail == ".gz") return name.substr(0, name.size() - 3);
  }
  if (name.size() > 4) {
    std::string tail = name.substr(name.size() - 4);
    for (char& c : tail) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (tail == ".tgz") return name.substr(0, name.size() - 4) + ".tar";
  }
  return name;
}

class Walker {
 public:
  Walker(const ReadOptions& opts, const DocumentSink& sink, const DiagnosticSink& diag)
      : opts_(opts), sink_(sink), diag_(diag), finisher_(opts) {}

  ReadStats run_stream(const std::string& name, std::istream& in) {
    read_stream(name, in);
    return stats_;
  }

  ReadStats run(const std::vector<std::string>& inputs) {
    for (const auto& arg : inputs) {
      if (stop_) break;
      if (arg == "-") {
        read_stream("-", std::cin);
        continue;
      }
      std::error_code ec;
      fs::file_status st = fs::status(arg, ec);
      if (ec || !fs::exists(st)) {
        emit(make_diag(Severity::kError, DiagCode::kIoError, arg, 0,
                       ec && ec != std::errc::no_such_file_or_directory ? "cannot open: " + ec.message()
                                                                        : "no such file or directory"));
        continue;
      }
      if (fs::is_directory(st)) {
        walk_directory(arg);
      } else {
        read_file(arg, st);
      }
    }
    return stats_;
  }

 private:
  void emit(Diagnostic&& d) {
    if (d.severity == Severity::kError) {
      ++stats_.failed;
    } else if (is_skip(d)) {
      ++stats_.skipped;
      ++stats_.skipped_by_reason[skip_reason(d)];
      if (d.code == DiagCode::kDuplicate) ++stats_.duplicates;
    }
    if (diag_) diag_(std::move(d));
  }

  void walk_directory(const std::string& dir) {
    std::vector<std::string> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      emit(make_diag(Severity::kError, DiagCode::kIoError, dir, 0, "cannot read folder: " + ec.message()));
      return;
    }
    for (fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
      if (ec) {
        emit(make_diag(Severity::kError, DiagCode::kIoError, dir, 0,
                       "error while walking folder: " + ec.message()));
        break;
      }
      std::error_code ec2;
      if (it->is_regular_file(ec2)) files.push_back(it->path().string());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      if (stop_) break;
      std::error_code ec3;
      read_file(f, fs::status(f, ec3));
    }
  }

  void read_file(const std::string& path, const fs::file_status& st) {
    if (!fs::is_regular_file(st)) {
      emit(make_diag(Severity::kError, DiagCode::kIoError, path, 0, "not a regular file"));
      return;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      emit(make_diag(Severity::kError, DiagCode::kIoError, path, 0, "cannot open for reading"));
      return;
    }
    read_stream(path, in);
  }

  void read_stream(const std::string& path, std::istream& raw) {
    ++stats_.inputs;
    auto count = [this](size_t n) {
      stats_.bytes_in += n;
      if (opts_.progress != nullptr) opts_.progress->add_input_bytes(n);
    };
    // Layers: raw -> head replay -> (gzip -> head replay)*; the top one feeds the reader.
    std::vector<std::unique_ptr<GzipStreambuf>> gz;
    std::vector<std::unique_ptr<HeadStreambuf>> heads;
    heads.push_back(std::make_unique<HeadStreambuf>(raw.rdbuf(), kHeadBytes, count));
    std::string name = path;
    while (is_gzip_magic(heads.back()->head())) {
      if (static_cast<int>(gz.size()) == kMaxGzipDepth) {
        emit(make_diag(Severity::kError, DiagCode::kUnsupported, path, 0,
                       "gzip nested more than " + std::to_string(kMaxGzipDepth) + " levels deep; not read"));
        return;
      }
      gz.push_back(std::make_unique<GzipStreambuf>(heads.back().get()));
      heads.push_back(std::make_unique<HeadStreambuf>(gz.back().get(), kHeadBytes));
      name = strip_one_gz(name);
    }
    auto report_gzip = [&] {
      for (const auto& g : gz) {
        if (!g->error().empty()) {
          emit(make_diag(Severity::kError, DiagCode::kMalformedRecord, path, 0,
                         "gzip: " + g->error() + "; everything before the damage was read"));
          break;
        }
      }
    };
    std::string_view head = heads.back()->head();
    if (head.empty()) {
      if (gz.empty() || gz.back()->error().empty()) {
        emit(make_diag(Severity::kWarning, DiagCode::kEmptyDocument, path, 0,
                       gz.empty() ? "empty input" : "empty input (after gzip decompression)"));
      }
      report_gzip();
      return;
    }
    const Reader* reader = nullptr;
    for (const auto& r : all_readers()) {
      if (r->accepts(name, head)) {
        reader = r.get();
        break;
      }
    }
    if (reader == nullptr) {
      std::string ext = extension(name);
      emit(make_diag(Severity::kError, DiagCode::kUnsupported, path, 0,
                     "unrecognised format: binary content" +
                         (ext.empty() ? std::string() : " (named ." + ext + ")") + "; not read"));
      report_gzip();
      return;
    }
    std::istream top(heads.back().get());
    Input input{path, &top, &stats_, finisher_.extras_slot()};
    auto doc_sink = [this, &path](Document&& doc) {
      if (stop_) return false;
      if (!finisher_.finish(doc, path, [this](Diagnostic&& d) { emit(std::move(d)); })) {
        finisher_.extras_slot()->clear();
        return true;
      }
      ++stats_.documents;
      stats_.bytes += doc.text.size();
      finisher_.deliver_source_map(doc);
      finisher_.extras_slot()->clear();
      if (!sink_(std::move(doc))) stop_ = true;
      return !stop_;
    };
    reader->read(input, opts_, doc_sink, [this](Diagnostic&& d) { emit(std::move(d)); });
    report_gzip();
  }

  const ReadOptions& opts_;
  const DocumentSink& sink_;
  const DiagnosticSink& diag_;
  Finisher finisher_;
  ReadStats stats_;
  bool stop_ = false;
};

}  // namespace

ReadStats read_inputs(const std::vector<std::string>& inputs, const ReadOptions& opts,
                      const DocumentSink& sink, const DiagnosticSink& diag) {
  Walker walker(opts, sink, diag);
  return walker.run(inputs);
}

ReadStats read_stream(const std::string& name, std::istream& in, const ReadOptions& opts,
                      const DocumentSink& sink, const DiagnosticSink& diag) {
  Walker walker(opts, sink, diag);
  return walker.run_stream(name, in);
}

const std::vector<std::unique_ptr<Reader>>& all_readers() {
  static const std::vector<std::unique_ptr<Reader>> readers = [] {
    std::vector<std::unique_ptr<Reader>> v;
    v.push_back(make_warc_reader());
    v.push_back(make_jsonl_reader());
    v.push_back(make_json_reader());
    v.push_back(make_html_reader());
    v.push_back(make_text_reader());
    return v;
  }();
  return readers;
}

bool is_skip(const Diagnostic& d) {
  if (d.severity != Severity::kWarning) return false;
  return d.code == DiagCode::kEmptyDocument || d.code == DiagCode::kDuplicate ||
         d.code == DiagCode::kUnsupported;
}

std::string skip_reason(const Diagnostic& d) {
  switch (d.code) {
    case DiagCode::kIoError:
      return "io";
    case DiagCode::kInvalidUtf8:
      return "encoding";
    case DiagCode::kEmptyDocument:
      return "empty";
    case DiagCode::kTooLarge:
      return "too-large";
    case DiagCode::kMalformedRecord:
      return "malformed";
    case DiagCode::kUnsupported:
      return d.message.starts_with("language") ? "language" : "format";
    case DiagCode::kDuplicate:
      return "duplicate";
    case DiagCode::kBadValue:
      return "bad-value";
  }
  return "other";
}

}  // namespace attache::ingest
