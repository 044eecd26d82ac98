// Readers: turn inputs (files, folders, standard input) into Documents, streaming.
//
// One interface for every format. A Reader is chosen per input by content (the first bytes)
// and, failing that, by the file name. Readers push Documents to a sink one at a time, so a
// corpus is never held in memory; problems go to a diagnostic sink as values and reading goes
// on with the next record. Readers are stateless after construction and may be shared by threads.
#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/diagnostic.h"
#include "core/document.h"

namespace attache::ingest {

struct ReadOptions {
  // Documents larger than this are truncated at a paragraph boundary and flagged (kTooLarge).
  size_t max_document_bytes = 64u << 20;
  // Applied to documents whose input gives none (--published, --id, --lang on the command line).
  std::optional<PartialDate> default_published;
  std::string id_override;  // only meaningful for a single-document input
  std::string default_lang;
};

// Return false to stop reading early.
using DocumentSink = std::function<bool(Document&&)>;
using DiagnosticSink = std::function<void(Diagnostic&&)>;

// An opened input: its display name (path or "-") and a byte stream.
struct Input {
  std::string path;     // as given, or the file found inside a folder; "-" for stdin
  std::istream* stream;  // not owned
};

class Reader {
 public:
  virtual ~Reader() = default;
  // Short name, e.g. "text", "jsonl", "html", "warc".
  virtual std::string_view name() const = 0;
  // Whether this reader takes an input whose path is `path` and which starts with `head`
  // (up to 4 KiB, fewer for short inputs). Content wins over the extension where they disagree.
  virtual bool accepts(std::string_view path, std::string_view head) const = 0;
  // Reads every document in `input`. Returns the number of documents passed to `sink`.
  virtual size_t read(const Input& input, const ReadOptions& opts, const DocumentSink& sink,
                      const DiagnosticSink& diag) const = 0;
};

// Statistics a walk gathers, for the end-of-run summary.
struct ReadStats {
  size_t inputs = 0;      // files (and stdin) opened
  size_t documents = 0;   // documents passed on
  size_t failed = 0;      // inputs or records that produced an error diagnostic
  size_t skipped = 0;     // inputs or records skipped on purpose (warnings)
  size_t bytes = 0;       // bytes of document text passed on
};

// Expands `inputs` (files; folders, recursively, in sorted order; "-" for stdin), picks a
// reader for each file and streams its documents to `sink`. Never throws for a bad input:
// a missing file, unreadable folder or unknown format becomes a Diagnostic.
ReadStats read_inputs(const std::vector<std::string>& inputs, const ReadOptions& opts,
                      const DocumentSink& sink, const DiagnosticSink& diag);

// The readers attache knows, in the order they are tried.
const std::vector<std::unique_ptr<Reader>>& all_readers();

}  // namespace attache::ingest
