// Finisher: the steps every document goes through between its reader and the caller of
// read_inputs: defaults from ReadOptions, cleaning (body / furniture), publication date
// fallbacks, language identification and duplicate detection.
// One per walk; holds the duplicate index; not thread-safe.
#pragma once

#include <functional>
#include <memory>

#include "clean/source_map.h"
#include "core/document.h"
#include "ingest/reader.h"

namespace attache::ingest {

class Finisher {
 public:
  explicit Finisher(const ReadOptions& opts);
  ~Finisher();

  // The slot readers fill with a rendered document's source map (null if nobody wants maps).
  clean::SourceMap* source_map_slot() { return opts_.on_source_map ? &map_ : nullptr; }

  // Finishes `doc` in place. Returns false if it is to be skipped (the reason went to `emit`).
  bool finish(Document& doc, const std::function<void(Diagnostic&&)>& emit);

  // Passes the slot's map to opts.on_source_map (if any) and empties the slot.
  void deliver_source_map(const Document& doc);

 private:
  const ReadOptions& opts_;
  clean::SourceMap map_;
  bool id_override_used_ = false;
  bool id_override_warned_ = false;
};

}  // namespace attache::ingest
