// Readers: turn inputs (files, folders, standard input) into Documents, streaming.
//
// One interface for every format. A Reader is chosen per input by content (the first bytes)
// and, failing that, by the file name. Readers push Documents to a sink one at a time, so a
// corpus is never held in memory; problems go to a diagnostic sink as values and reading goes
// on with the next record. Readers are stateless after construction and may be shared by threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/diagnostic.h"
#include "core/document.h"

namespace attache::clean {
struct SourceMap;
}

namespace attache::ingest {

class Progress;
struct DocumentExtras;  // reader -> read_inputs side channel (ingest/readers.h)

struct ReadOptions {
  // Documents larger than this are truncated at a paragraph boundary and flagged (kTooLarge).
  size_t max_document_bytes = 64u << 20;
  // Applied to documents whose input gives none (--published, --id, --lang on the command line).
  std::optional<PartialDate> default_published;
  std::string id_override;  // only meaningful for a single-document input
  std::string default_lang;

  // Extensions (the defaults are what `attache extract` wants).
  // Mark `body` on every document as it is read (page furniture, sign-offs and teaser tails
  // left out). HTML is always rendered to its article text.
  bool clean = true;
  // Languages passed on (BCP-47 primary codes); a document identified as anything else is skipped
  // with a kUnsupported warning. Empty = pass every language.
  std::vector<std::string> languages = {"en"};
  // Skip exact and near duplicates of documents already passed on (kDuplicate warning naming the
  // id they duplicate). Keeps a small signature per document (see dedupe_window).
  bool dedupe = true;
  // How many of the latest documents the duplicate index remembers (memory is bounded by this,
  // about 700 bytes each); a copy of an article further back is not recognised.
  size_t dedupe_window = size_t{1} << 16;
  // Advanced with input bytes as they are consumed (not owned; may be null). Documents and
  // engagements are the caller's to count (it knows what it keeps).
  Progress* progress = nullptr;
  // Called just before `sink` for each document whose text was rendered from markup, with the
  // map from its text back to the (UTF-8 decoded) source. The map is only valid during the call.
  std::function<void(const Document&, const clean::SourceMap&)> on_source_map;
};

// Return false to stop reading early.
using DocumentSink = std::function<bool(Document&&)>;
using DiagnosticSink = std::function<void(Diagnostic&&)>;

// Statistics a walk gathers, for the end-of-run summary.
struct ReadStats {
  size_t inputs = 0;     // files (and stdin) opened
  size_t documents = 0;  // documents passed on
  size_t failed = 0;     // inputs or records that produced an error diagnostic
  size_t skipped = 0;    // inputs or records skipped on purpose (warnings)
  size_t bytes = 0;      // bytes of document text passed on

  // Extensions.
  uint64_t bytes_in = 0;                            // input bytes consumed (compressed size for .gz)
  size_t duplicates = 0;                            // documents skipped as duplicates (also in `skipped`)
  size_t records_skipped = 0;                       // archive records holding no document (requests, metadata, ...)
  std::map<std::string, size_t> skipped_by_reason;  // skip_reason() -> count, records included
};

// An opened input: its display name (path or "-") and a byte stream.
struct Input {
  std::string path;      // as given, or the file found inside a folder; "-" for stdin
  std::istream* stream;  // not owned
  // Where a reader counts records it passes over on purpose (may be null).
  ReadStats* stats = nullptr;
  // When not null, a reader fills this with what it knows about the next document beyond the
  // Document itself (source map of rendered markup, ...) just before passing it to the sink.
  DocumentExtras* extras = nullptr;
  // Line number of the stream's first line, for line-based readers handed a run of lines cut from
  // a longer file (the extract pipeline's workers), so positions, origins and fallback ids name the
  // real line. Other readers ignore it.
  uint64_t first_line = 1;
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

// Expands `inputs` (files; folders, recursively, in sorted order; "-" for stdin), picks a
// reader for each file and streams its documents to `sink`. Never throws for a bad input:
// a missing file, unreadable folder or unknown format becomes a Diagnostic.
// Every diagnostic goes to `diag` exactly once; a Document's `diagnostics` holds copies of those
// about it (so they can be stored with it); don't report those a second time.
// gzip-compressed inputs (any member count, nested up to 3 deep) are decompressed transparently.
ReadStats read_inputs(const std::vector<std::string>& inputs, const ReadOptions& opts, const DocumentSink& sink,
                      const DiagnosticSink& diag);

// Reads one already-open stream as read_inputs reads a file (gzip peeled, reader chosen on content
// and on `name`'s extension, documents finished the same way). `name` is the display name
// diagnostics and origins use. For pipes, sockets and tests.
ReadStats read_stream(const std::string& name, std::istream& in, const ReadOptions& opts, const DocumentSink& sink,
                      const DiagnosticSink& diag);

// The readers attache knows, in the order they are tried.
const std::vector<std::unique_ptr<Reader>>& all_readers();

// How a diagnostic counts in ReadStats: an error is a failure; these warnings are skips.
bool is_skip(const Diagnostic& d);
// Short reason for the summary and the error log: "empty", "duplicate", "language", "format",
// "too-large", "malformed", "io", ... (stable strings).
std::string skip_reason(const Diagnostic& d);

}  // namespace attache::ingest
