// Plain-text reader: one file, one document; id = file stem.
#include <string>

#include "ingest/encoding.h"
#include "ingest/readers.h"
#include "ingest/streams.h"

namespace attache::ingest {

namespace {

class TextReader final : public Reader {
 public:
  std::string_view name() const override { return "text"; }

  // Anything that is not binary: the last reader tried, so formats with a signature win first.
  bool accepts(std::string_view /*path*/, std::string_view head) const override {
    return !looks_binary(head);
  }

  size_t read(const Input& input, const ReadOptions& opts, const DocumentSink& sink,
              const DiagnosticSink& diag) const override {
    std::string bytes;
    uint64_t total = 0;
    std::vector<Diagnostic> diags;
    if (read_bounded(*input.stream, opts.max_document_bytes, bytes, &total)) {
      truncate_to_budget(bytes, opts.max_document_bytes, total, input.path, 0, false, diags);
    }
    DecodeReport rep = to_utf8(bytes);
    if (rep.detected || !rep.note.empty()) {
      std::string m = rep.detected ? "not UTF-8; decoded as " + rep.charset + " (detected)" : rep.note;
      diags.push_back(make_diag(Severity::kWarning, DiagCode::kInvalidUtf8, input.path, 0, m));
    }
    if (std::string m = describe_invalid(rep); !m.empty()) {
      uint64_t first = rep.invalid_offsets.empty() ? 0 : rep.invalid_offsets.front();
      diags.push_back(make_diag(Severity::kWarning, DiagCode::kInvalidUtf8, input.path, first, m));
    }
    if (is_blank(bytes)) {
      for (auto& d : diags) report(nullptr, diag, std::move(d));
      report(
          nullptr, diag,
          make_diag(Severity::kWarning, DiagCode::kEmptyDocument, input.path, 0, "empty document: no text"));
      return 0;
    }
    Document doc;
    doc.id = file_stem(input.path);
    doc.text = std::move(bytes);
    doc.origin = input.path;
    for (auto& d : diags) report(&doc, diag, std::move(d));
    sink(std::move(doc));
    return 1;
  }
};

}  // namespace

std::unique_ptr<Reader> make_text_reader() { return std::make_unique<TextReader>(); }

}  // namespace attache::ingest
