// WARC reader (WARC 1.0 / 1.1, ISO 28500), plain or gzip-compressed (read_inputs peels the gzip).
//
// Every `response` (and `resource`) record whose payload is HTML becomes a document: the HTTP
// header's charset is the declared charset, WARC-Target-URI the url, WARC-Date the date of last
// resort. Other records (warcinfo, request, metadata, revisit, non-HTML payloads) are counted
// in ReadStats and skipped. A damaged record is reported with its offset in the (decompressed)
// stream; the reader resynchronises on the next "WARC/1." line and carries on.
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>

#include "ingest/readers.h"
#include "ingest/streams.h"

namespace attache::ingest {

namespace {

constexpr size_t kMaxHeaderLine = 64 * 1024;
constexpr size_t kMaxHeaderBytes = 256 * 1024;

std::string lower(std::string_view s) {
  std::string o(s);
  for (char& c : o) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return o;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// A byte source with a position and bounded line reads.
class Cursor {
 public:
  explicit Cursor(std::istream& in) : sb_(in.rdbuf()) {}
  uint64_t pos() const { return pos_; }

  // Reads a line (without "\r\n" / "\n"). False at EOF with nothing read. Overlong lines are
  // cut at `limit` (the rest is consumed).
  bool line(std::string& out, size_t limit = kMaxHeaderLine) {
    out.clear();
    int c = sb_->sbumpc();
    if (c == std::streambuf::traits_type::eof()) return false;
    while (c != std::streambuf::traits_type::eof()) {
      ++pos_;
      if (c == '\n') break;
      if (out.size() < limit) out.push_back(static_cast<char>(c));
      c = sb_->sbumpc();
    }
    if (!out.empty() && out.back() == '\r') out.pop_back();
    return true;
  }

  // Reads up to `n` bytes into `out` (appending); returns how many were read.
  uint64_t read(uint64_t n, std::string& out) {
    uint64_t got = 0;
    char buf[16384];
    while (got < n) {
      auto want = static_cast<std::streamsize>(std::min<uint64_t>(sizeof buf, n - got));
      std::streamsize r = sb_->sgetn(buf, want);
      if (r <= 0) break;
      out.append(buf, static_cast<size_t>(r));
      got += static_cast<uint64_t>(r);
    }
    pos_ += got;
    return got;
  }

  uint64_t skip(uint64_t n) {
    uint64_t got = 0;
    char buf[16384];
    while (got < n) {
      auto want = static_cast<std::streamsize>(std::min<uint64_t>(sizeof buf, n - got));
      std::streamsize r = sb_->sgetn(buf, want);
      if (r <= 0) break;
      got += static_cast<uint64_t>(r);
    }
    pos_ += got;
    return got;
  }

  bool eof() { return sb_->sgetc() == std::streambuf::traits_type::eof(); }

 private:
  std::streambuf* sb_;
  uint64_t pos_ = 0;
};

struct Headers {
  std::vector<std::pair<std::string, std::string>> fields;  // lower-case names
  const std::string* get(std::string_view name) const {
    for (const auto& [k, v] : fields) {
      if (k == name) return &v;
    }
    return nullptr;
  }
};

// Parses "Name: value" lines of `block` from `pos` to the first empty line; returns the offset
// just after it, or npos if there is no empty line.
size_t parse_headers(std::string_view block, size_t pos, Headers& h) {
  while (pos < block.size()) {
    size_t nl = block.find('\n', pos);
    if (nl == std::string_view::npos) return std::string_view::npos;
    std::string_view line = block.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = nl + 1;
    if (line.empty()) return pos;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    h.fields.emplace_back(lower(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1))));
  }
  return std::string_view::npos;
}

std::string media_type(std::string_view content_type) {
  size_t semi = content_type.find(';');
  return lower(trim(content_type.substr(0, semi)));
}

std::string charset_param(std::string_view content_type) {
  std::string l = lower(content_type);
  size_t at = l.find("charset=");
  if (at == std::string::npos) return {};
  std::string v(trim(std::string_view(content_type).substr(at + 8)));
  size_t end = v.find_first_of("; ");
  if (end != std::string::npos) v.resize(end);
  v.erase(std::remove(v.begin(), v.end(), '"'), v.end());
  return v;
}

bool is_html_type(std::string_view mt) { return mt == "text/html" || mt == "application/xhtml+xml"; }

// Undoes HTTP chunked transfer coding; false if the chunks are malformed.
bool dechunk(std::string& body) {
  std::string out;
  size_t pos = 0;
  while (pos < body.size()) {
    size_t nl = body.find('\n', pos);
    if (nl == std::string::npos) return false;
    std::string size_line = body.substr(pos, nl - pos);
    size_t n = 0;
    bool any = false;
    for (char c : size_line) {
      int v = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
              : (c >= 'a' && c <= 'f')                    ? c - 'a' + 10
              : (c >= 'A' && c <= 'F')                    ? c - 'A' + 10
                                                          : -1;
      if (v < 0) break;
      if (n > (SIZE_MAX >> 4)) return false;
      n = n * 16 + static_cast<size_t>(v);
      any = true;
    }
    if (!any) return false;
    pos = nl + 1;
    if (n == 0) break;
    if (pos + n > body.size()) return false;
    out.append(body, pos, n);
    pos += n;
    if (pos < body.size() && body[pos] == '\r') ++pos;
    if (pos < body.size() && body[pos] == '\n') ++pos;
  }
  body = std::move(out);
  return true;
}

// Undoes gzip/deflate content coding (bounded by `limit`); false on damage.
bool decode_content(std::string& body, bool gzip, size_t limit) {
  z_stream zs{};
  if (inflateInit2(&zs, gzip ? 16 + MAX_WBITS : MAX_WBITS) != Z_OK) return false;
  std::string out;
  char buf[32768];
  zs.next_in = reinterpret_cast<Bytef*>(body.data());
  zs.avail_in = static_cast<uInt>(body.size());
  int rc = Z_OK;
  while (rc == Z_OK && out.size() < limit) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buf, sizeof buf - zs.avail_out);
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) break;
  }
  inflateEnd(&zs);
  if (rc != Z_STREAM_END && rc != Z_OK && !(rc == Z_BUF_ERROR && !out.empty())) return false;
  body = std::move(out);
  return true;
}

class WarcReader final : public Reader {
 public:
  std::string_view name() const override { return "warc"; }

  bool accepts(std::string_view path, std::string_view head) const override {
    if (head.starts_with("WARC/1.") || head.starts_with("WARC/0.")) return true;
    std::string ext = extension(path);
    return ext == "warc" && !looks_binary(head);
  }

  size_t read(const Input& input, const ReadOptions& opts, const DocumentSink& sink,
              const DiagnosticSink& diag) const override {
    Cursor cur(*input.stream);
    const std::string stem = file_stem(input.path);
    std::string line;
    size_t records = 0;
    size_t produced = 0;
    auto error = [&](uint64_t at, std::string msg) {
      report(nullptr, diag,
             make_diag(Severity::kError, DiagCode::kMalformedRecord, input.path, at, std::move(msg)));
    };
    auto count_skip = [&](const std::string& reason) {
      if (input.stats != nullptr) {
        ++input.stats->records_skipped;
        ++input.stats->skipped_by_reason["record:" + reason];
      }
    };

    for (;;) {
      // Find the next version line, reporting anything else in between as garbage.
      uint64_t garbage_at = cur.pos();
      uint64_t garbage = 0;
      bool found = false;
      uint64_t record_at = 0;
      while (cur.line(line)) {
        if (line.starts_with("WARC/")) {
          record_at = cur.pos() - line.size() - 1;
          found = true;
          break;
        }
        if (!trim(line).empty()) garbage += line.size() + 1;
      }
      if (garbage > 0) {
        error(garbage_at, std::to_string(garbage) + " bytes that are not a WARC record skipped" +
                              (found ? " before the next record" : " at the end"));
      }
      if (!found) break;
      ++records;

      Headers h;
      size_t header_bytes = 0;
      bool header_done = false;
      while (cur.line(line)) {
        header_bytes += line.size() + 1;
        if (line.empty()) {
          header_done = true;
          break;
        }
        if (header_bytes > kMaxHeaderBytes) break;
        size_t colon = line.find(':');
        if (colon == std::string::npos) continue;
        h.fields.emplace_back(lower(trim(std::string_view(line).substr(0, colon))),
                              std::string(trim(std::string_view(line).substr(colon + 1))));
      }
      const std::string* len_s = h.get("content-length");
      if (!header_done || len_s == nullptr) {
        error(record_at,
              !header_done ? "record header truncated or too long" : "record has no Content-Length");
        continue;  // resynchronise on the next version line
      }
      uint64_t length = 0;
      bool len_ok = !len_s->empty();
      for (char c : *len_s) {
        if (!std::isdigit(static_cast<unsigned char>(c)) || length > (UINT64_MAX / 10 - 10)) {
          len_ok = false;
          break;
        }
        length = length * 10 + static_cast<uint64_t>(c - '0');
      }
      if (!len_ok) {
        error(record_at, "record has a bad Content-Length '" + *len_s + "'");
        continue;
      }
      std::string type = h.get("warc-type") != nullptr ? lower(*h.get("warc-type")) : "";
      std::string uri = h.get("warc-target-uri") != nullptr ? *h.get("warc-target-uri") : "";
      if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>') uri = uri.substr(1, uri.size() - 2);
      const std::string* ctype = h.get("content-type");
      std::string wct = ctype != nullptr ? lower(*ctype) : "";
      bool http_response = type == "response" && wct.find("application/http") != std::string::npos;
      bool html_resource =
          (type == "resource" || (type == "response" && !http_response)) && is_html_type(media_type(wct));

      if (!http_response && !html_resource) {
        uint64_t got = cur.skip(length);
        if (got < length) {
          error(record_at, "record truncated: " + std::to_string(length) + " bytes announced, " +
                               std::to_string(got) + " read (" + (type.empty() ? "untyped" : type) +
                               " record)");
          break;
        }
        count_skip(type.empty() ? "untyped" : type);
        continue;
      }

      // Read the HTTP head first; the payload only if it is HTML (and only up to the budget).
      std::string block;
      uint64_t got = 0;
      size_t body_at = 0;
      std::string declared;
      std::string content_encoding;
      bool chunked = false;
      if (http_response) {
        got = cur.read(std::min<uint64_t>(length, kMaxHeaderBytes), block);
        Headers http;
        size_t status_end = block.find('\n');
        std::string status = status_end == std::string::npos ? block : block.substr(0, status_end);
        body_at =
            status_end == std::string::npos ? std::string::npos : parse_headers(block, status_end + 1, http);
        if (got < std::min<uint64_t>(length, kMaxHeaderBytes)) {
          error(record_at, "record truncated: " + std::to_string(length) + " bytes announced, " +
                               std::to_string(got) + " read (response for " + uri + ")");
          break;
        }
        if (body_at == std::string::npos || !status.starts_with("HTTP/")) {
          cur.skip(length - got);
          error(record_at, "response record for " + uri + " does not hold an HTTP response");
          continue;
        }
        // Status code: only 2xx pages are articles; redirects and errors are counted.
        int code = 0;
        if (size_t sp = status.find(' '); sp != std::string::npos) code = std::atoi(status.c_str() + sp + 1);
        const std::string* pct = http.get("content-type");
        std::string mt = pct != nullptr ? media_type(*pct) : "";
        if (pct != nullptr) declared = charset_param(*pct);
        if (const std::string* te = http.get("transfer-encoding"))
          chunked = lower(*te).find("chunked") != std::string::npos;
        if (const std::string* ce = http.get("content-encoding")) content_encoding = lower(trim(*ce));
        if (code < 200 || code >= 300 || !is_html_type(mt)) {
          uint64_t rest = cur.skip(length - got);
          if (got + rest < length) {
            error(record_at, "record truncated: " + std::to_string(length) + " bytes announced, " +
                                 std::to_string(got + rest) + " read (response for " + uri + ")");
            break;
          }
          count_skip(code < 200 || code >= 300 ? "http-status" : "non-html");
          continue;
        }
      }
      // The HTML payload, within the budget.
      uint64_t budget = opts.max_document_bytes + body_at;
      uint64_t want = std::min<uint64_t>(length, budget);
      if (want > got) got += cur.read(want - got, block);
      if (got < want) {
        error(record_at, "record truncated: " + std::to_string(length) + " bytes announced, " +
                             std::to_string(got) + " read (" + type + " for " + uri + ")");
        break;
      }
      std::vector<Diagnostic> diags;
      if (length > want) {
        uint64_t rest = cur.skip(length - want);
        if (want + rest < length) {
          error(record_at, "record truncated: " + std::to_string(length) + " bytes announced, " +
                               std::to_string(want + rest) + " read (" + type + " for " + uri + ")");
          break;
        }
        diags.push_back(make_diag(Severity::kWarning, DiagCode::kTooLarge, input.path, record_at,
                                  "payload of " + uri + " is over the " +
                                      std::to_string(opts.max_document_bytes) + "-byte budget; truncated"));
      }
      std::string payload = body_at > 0 ? block.substr(body_at) : std::move(block);
      if (chunked && !dechunk(payload)) {
        diags.push_back(make_diag(Severity::kWarning, DiagCode::kMalformedRecord, input.path, record_at,
                                  "bad chunked transfer coding in the response for " + uri + "; read as is"));
      }
      if (content_encoding == "gzip" || content_encoding == "x-gzip" || content_encoding == "deflate") {
        if (!decode_content(payload, content_encoding != "deflate", opts.max_document_bytes)) {
          error(record_at, "cannot decode " + content_encoding + " content of the response for " + uri);
          continue;
        }
      } else if (!content_encoding.empty() && content_encoding != "identity") {
        report(nullptr, diag,
               make_diag(Severity::kWarning, DiagCode::kUnsupported, input.path, record_at,
                         "format: content coding '" + content_encoding + "' of " + uri +
                             " is not supported; skipped"));
        continue;
      }
      if (payload.size() > opts.max_document_bytes) {
        truncate_to_budget(payload, opts.max_document_bytes, payload.size(), input.path, record_at, false,
                           diags);
      }

      Document doc;
      doc.id = stem + ":" + std::to_string(records);
      doc.origin = input.path + "@" + std::to_string(record_at);
      doc.url = uri;
      if (!html_to_document(payload, declared, doc, input, opts, diags, record_at, false)) {
        for (auto& d : diags) report(nullptr, diag, std::move(d));
        continue;
      }
      if (!doc.published) {
        if (const std::string* wd = h.get("warc-date")) {
          if (auto d = PartialDate::parse(*wd)) {
            doc.published = d;
            doc.published_source = "warc";
          }
        }
      }
      for (auto& d : diags) report(&doc, diag, std::move(d));
      ++produced;
      if (!sink(std::move(doc))) break;
    }
    if (records == 0) {
      report(nullptr, diag,
             make_diag(Severity::kWarning, DiagCode::kEmptyDocument, input.path, 0,
                       "WARC file holds no records"));
    }
    return produced;
  }
};

}  // namespace

std::unique_ptr<Reader> make_warc_reader() { return std::make_unique<WarcReader>(); }

}  // namespace attache::ingest
