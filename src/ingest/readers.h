// Internals shared by the readers (not part of the public ingest interface): the reader
// factories, path helpers, content sniffing and the common "bytes -> document text" steps.
// Everything here is a pure function or a stateless object; thread-safe.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "clean/source_map.h"
#include "core/diagnostic.h"
#include "core/document.h"
#include "ingest/reader.h"

namespace attache::ingest {

// What a reader knows about a document beyond the Document (see Input::extras).
struct DocumentExtras {
  clean::SourceMap map;   // text -> decoded source, for text rendered from markup
  std::string lang_hint;  // a language the page declares (<html lang>): weaker than identification
  void clear() {
    map.clear();
    lang_hint.clear();
  }
};

std::unique_ptr<Reader> make_warc_reader();
std::unique_ptr<Reader> make_jsonl_reader();
std::unique_ptr<Reader> make_json_reader();
std::unique_ptr<Reader> make_html_reader();
std::unique_ptr<Reader> make_text_reader();

// "dir/a.b.txt" -> "a.b"; "x.txt.gz" -> "x"; "-" -> "stdin".
std::string file_stem(std::string_view path);
// Lower-case extension without the dot, ignoring trailing ".gz"s: "A.HTML.gz" -> "html".
std::string extension(std::string_view path);

// True if `head` looks like binary data (NUL bytes, many control bytes) rather than text in
// some encoding. UTF-16 text with a BOM is text.
bool looks_binary(std::string_view head);
// True if `head` starts (after a BOM and whitespace) like HTML markup.
bool looks_like_html(std::string_view head);

Diagnostic make_diag(Severity sev, DiagCode code, std::string source, uint64_t offset, std::string message,
                     bool offset_is_line = false);

// Sends `d` to `diag` and, when `doc` is not null, keeps a copy on the document.
void report(Document* doc, const DiagnosticSink& diag, Diagnostic d);

// Largest cut point <= `max` that ends a paragraph ("\n\n"), else a line, else a sentence, else
// a UTF-8 character boundary; never 0 unless max is 0. `more_follows`: `text` is only the start
// of something longer, so its end is not a boundary by itself.
size_t paragraph_cut(std::string_view text, size_t max, bool more_follows = false);

// Truncates `bytes` (raw, already known to be over budget) at a paragraph boundary and records a
// kTooLarge warning. `total` is the input's full size.
void truncate_to_budget(std::string& bytes, size_t max, uint64_t total, const std::string& source,
                        uint64_t offset, bool offset_is_line, std::vector<Diagnostic>& diags);

// Decodes HTML `bytes` (charset `declared` by the container, "" if none), cleans it to the article
// and fills doc.text (the rendered article), title, published/published_source when the page
// says, url when empty; the source map and <html lang> go to *input.extras when it is set.
// Returns false, with an error in `diags`, when the page yields nothing usable.
bool html_to_document(std::string& bytes, std::string_view declared, Document& doc, const Input& input,
                      const ReadOptions& opts, std::vector<Diagnostic>& diags, uint64_t offset,
                      bool offset_is_line);

// The charset a page declares in its first bytes (<meta charset>, <meta http-equiv>, <?xml
// encoding>), "" if none.
std::string sniff_meta_charset(std::string_view head);

// True if `s` holds nothing but whitespace (ASCII and U+00A0 / U+FEFF).
bool is_blank(std::string_view s);

}  // namespace attache::ingest
