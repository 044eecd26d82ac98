// Extractor: a document in, its engagement records out (the whole per-document pipeline).
//
// annotate (tokens, mentions, people) -> build engagements (detection, segmentation into frames,
// status, salience, dates, places, participants, countries, areas, evidence). Holds only a shared
// pointer to immutable Knowledge, so one Extractor serves any number of threads.
#pragma once

#include <memory>

#include "annotate/annotations.h"
#include "core/document.h"
#include "core/engagement.h"
#include "extract/prefilter.h"
#include "gazetteer/knowledge.h"

namespace attache::extract {

struct ExtractOptions {
  bool explain = false;  // fill Engagement::explanations
};

class Extractor {
 public:
  explicit Extractor(std::shared_ptr<const gazetteer::Knowledge> knowledge)
      : k_(std::move(knowledge)), prefilter_(*k_) {}

  // Articles the relevance pre-filter rules out get an empty record without annotation.
  DocumentRecord extract(const Document& doc, const ExtractOptions& opts = {}) const;
  // The same, from annotations already made (for `annotate` and tests).
  DocumentRecord build(const Document& doc, const annotate::Annotations& a, const ExtractOptions& opts = {}) const;

  const gazetteer::Knowledge& knowledge() const { return *k_; }

 private:
  std::shared_ptr<const gazetteer::Knowledge> k_;
  Prefilter prefilter_;
};

}  // namespace attache::extract
