#include "ingest/finish.h"

#include <algorithm>

#include "clean/dates.h"
#include "clean/language.h"
#include "clean/text_clean.h"
#include "ingest/readers.h"

namespace attache::ingest {

namespace {

std::string primary_subtag(std::string_view lang) {
  std::string out;
  for (char c : lang) {
    if (c == '-' || c == '_') break;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

// Splits a document's origin ("path:12", "path@4096") into a diagnostic's source and offset.
Diagnostic diag_for(const Document& doc, std::string_view path, Severity sev, DiagCode code, std::string msg) {
  uint64_t offset = 0;
  bool is_line = false;
  if (doc.origin.size() > path.size() + 1 && std::string_view(doc.origin).starts_with(path)) {
    char sep = doc.origin[path.size()];
    std::string_view num = std::string_view(doc.origin).substr(path.size() + 1);
    if ((sep == ':' || sep == '@') && !num.empty() && std::all_of(num.begin(), num.end(), ::isdigit)) {
      offset = std::stoull(std::string(num));
      is_line = sep == ':';
    }
  }
  return make_diag(sev, code, std::string(path), offset, std::move(msg), is_line);
}

}  // namespace

Finisher::Finisher(const ReadOptions& opts)
    : opts_(opts), extras_(std::make_unique<DocumentExtras>()), dupes_(0.7, opts.dedupe_window) {}
Finisher::~Finisher() = default;

bool Finisher::finish(Document& doc, std::string_view path, const std::function<void(Diagnostic&&)>& emit) {
  if (!opts_.id_override.empty()) {
    if (!id_override_used_) {
      doc.id = opts_.id_override;
      id_override_used_ = true;
    } else if (!id_override_warned_) {
      id_override_warned_ = true;
      emit(diag_for(doc, path, Severity::kWarning, DiagCode::kBadValue,
                    "an id was given but the input holds several documents; it names the first only"));
    }
  }
  if (opts_.clean) clean::clean_text_document(doc);
  // What the caller states beats what we guess from the text.
  if (!doc.published && opts_.default_published) {
    doc.published = opts_.default_published;
    doc.published_source = "default";
  }
  if (!doc.published) {
    // A dateline at the start of the article ("TOKYO, Feb 12, 2025 -").
    std::string_view text = doc.text;
    uint32_t start = doc.body.empty() ? 0 : doc.body.front().start;
    if (auto d = clean::find_dateline(text.substr(std::min<size_t>(start, text.size())))) {
      doc.published = d;
      doc.published_source = "dateline";
    }
  }

  // Language: what the input states (a feed's lang field) stands; otherwise identification,
  // then what the page declares, then the caller's default.
  std::string joined;  // only when the body is a selection; otherwise the text itself is read
  std::string_view article = doc.text;
  bool need_text = doc.lang.empty() || opts_.dedupe;
  if (need_text && !doc.body.empty()) {
    joined = body_text(doc);
    article = joined;
  }
  if (doc.lang.empty()) {
    clean::LanguageGuess g = clean::identify_language(article);
    if (g.reliable) {
      doc.lang = g.code;
    } else if (!extras_->lang_hint.empty()) {
      doc.lang = extras_->lang_hint;
    } else if (!opts_.default_lang.empty()) {
      doc.lang = opts_.default_lang;
    } else {
      doc.lang = g.code;  // an unreliable guess is better than nothing; "" if none at all
    }
  }
  if (!opts_.languages.empty() && !doc.lang.empty()) {
    std::string primary = primary_subtag(doc.lang);
    if (std::find(opts_.languages.begin(), opts_.languages.end(), primary) == opts_.languages.end()) {
      emit(diag_for(doc, path, Severity::kWarning, DiagCode::kUnsupported,
                    "language '" + doc.lang + "' of document '" + doc.id + "' is not extracted yet; skipped"));
      return false;
    }
  }

  if (opts_.dedupe) {
    if (auto m = dupes_.check_and_add(doc.id, article)) {
      char sim[16];
      std::snprintf(sim, sizeof sim, "%.2f", m->similarity);
      emit(diag_for(doc, path, Severity::kWarning, DiagCode::kDuplicate,
                    m->exact ? "document '" + doc.id + "' is an exact duplicate of '" + m->id + "'; skipped"
                             : "document '" + doc.id + "' is a near duplicate of '" + m->id +
                                   "' (estimated similarity " + sim + "); skipped"));
      return false;
    }
  }
  return true;
}

void Finisher::deliver_source_map(const Document& doc) {
  if (opts_.on_source_map && !extras_->map.empty()) opts_.on_source_map(doc, extras_->map);
}

}  // namespace attache::ingest
