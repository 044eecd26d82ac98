#include "ingest/finish.h"

#include "ingest/readers.h"

namespace attache::ingest {

Finisher::Finisher(const ReadOptions& opts) : opts_(opts) {}
Finisher::~Finisher() = default;

bool Finisher::finish(Document& doc, const std::function<void(Diagnostic&&)>& emit) {
  if (!opts_.id_override.empty()) {
    if (!id_override_used_) {
      doc.id = opts_.id_override;
      id_override_used_ = true;
    } else if (!id_override_warned_) {
      id_override_warned_ = true;
      emit(make_diag(Severity::kWarning, DiagCode::kBadValue, doc.origin, 0,
                     "an id was given but the input holds several documents; it names the first only"));
    }
  }
  if (!doc.published && opts_.default_published) {
    doc.published = opts_.default_published;
    doc.published_source = "default";
  }
  if (doc.lang.empty() && !opts_.default_lang.empty()) doc.lang = opts_.default_lang;
  return true;
}

void Finisher::deliver_source_map(const Document& doc) {
  if (opts_.on_source_map && !map_.empty()) opts_.on_source_map(doc, map_);
  map_.clear();
}

}  // namespace attache::ingest
