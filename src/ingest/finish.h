// Finisher: the steps every document goes through between its reader and the caller of
// read_inputs, in this order: id override, cleaning (body / furniture), publication date from a
// dateline, defaults from ReadOptions, language identification, duplicate detection.
// One per walk; holds the duplicate index; not thread-safe.
#pragma once

#include <functional>
#include <memory>
#include <string_view>

#include "clean/dedupe.h"
#include "clean/source_map.h"
#include "core/document.h"
#include "ingest/reader.h"
#include "ingest/readers.h"

namespace attache::ingest {

class Finisher {
 public:
  explicit Finisher(const ReadOptions& opts);
  ~Finisher();

  // The slot readers fill with what they know beyond the Document.
  DocumentExtras* extras_slot() { return extras_.get(); }

  // Finishes `doc` (read from input `path`) in place. Returns false if it is to be skipped;
  // the reason went to `emit`.
  bool finish(Document& doc, std::string_view path, const std::function<void(Diagnostic&&)>& emit);

  // Passes the slot's map to opts.on_source_map (if any).
  void deliver_source_map(const Document& doc);

 private:
  const ReadOptions& opts_;
  std::unique_ptr<DocumentExtras> extras_;
  clean::DuplicateIndex dupes_;
  bool id_override_used_ = false;
  bool id_override_warned_ = false;
};

}  // namespace attache::ingest
