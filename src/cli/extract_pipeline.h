// The `attache extract` driver: inputs in, one JSON line per document out, on N worker threads.
//
// Three stages, so that everything per document runs in parallel:
//   reader (one thread)  cuts JSON Lines inputs into raw lines (memchr over 1 MiB blocks; no
//                        parsing). Other formats (HTML, WARC, text, folders, gzip) are read by
//                        ingest::read_inputs on this thread and handed on as Documents.
//   workers (N threads)  parse each run with the ingest JSON Lines reader (told the real path and
//                        the run's first line number), finish it (cleaning,
//                        dateline, language) and extract its engagements.
//   ordered writer       in input order: duplicate detection (its index needs every earlier
//                        document; workers compute the costly signatures), diagnostics to
//                        stderr and the --errors log, summary counts, the JSON line to stdout.
// So output and diagnostics are byte-identical whatever the thread count. Queues are bounded, the
// reader never runs more than a fixed window ahead of the writer, and duplicates are looked for
// among the last 10,000 to 20,000 documents only, so memory stays flat whatever the input size.
// run_extract_pipeline() is called once per process; nothing here is shared beyond the call.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "ingest/progress.h"
#include "ingest/reader.h"

namespace attache::cli {

struct PipelineOptions {
  std::vector<std::string> inputs;
  ingest::ReadOptions read;
  extract::ExtractOptions extract;
  bool explain = false;
  unsigned threads = 1;
  // Not owned; may be null. Errors and skips go to `errors` in input order (so the file is
  // identical whatever the thread count); `progress` is advanced with input bytes as the reader
  // consumes them and with documents and engagements as the writer emits them.
  ingest::ErrorLog* errors = nullptr;
  ingest::Progress* progress = nullptr;
};

struct PipelineResult {
  size_t documents = 0;    // records written
  size_t engagements = 0;  // engagements in them
  size_t errors = 0;       // error diagnostics
  // For ingest::summary_line: inputs, documents, skips by reason, duplicates, errors, bytes read.
  ingest::ReadStats stats;
};

PipelineResult run_extract_pipeline(const extract::Extractor& extractor, const PipelineOptions& opts);

}  // namespace attache::cli
