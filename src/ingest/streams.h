// Byte-stream plumbing for the readers: sniffing an input's first bytes without losing them,
// transparent gzip (multi-member) decompression, and bounded reads.
//
// These are std::streambuf adaptors layered over one another (file -> head replay -> gzip ->
// head replay -> reader). They never throw: a damaged gzip stream simply ends, and its error()
// says why. One instance per input; not thread-safe.
#pragma once

#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace attache::ingest {

inline constexpr size_t kHeadBytes = 4096;

// Reads up to `head_bytes` from `src` up front (so a reader can be chosen on content), then
// serves those bytes followed by the rest of `src`. `on_read` (optional) is told how many bytes
// were pulled from `src` each time, for progress and MB/s.
class HeadStreambuf : public std::streambuf {
 public:
  HeadStreambuf(std::streambuf* src, size_t head_bytes, std::function<void(size_t)> on_read = {});
  std::string_view head() const { return head_; }
  uint64_t bytes_read() const { return bytes_read_; }

 protected:
  int_type underflow() override;

 private:
  size_t pull(char* dst, size_t n);

  std::streambuf* src_;
  std::function<void(size_t)> on_read_;
  std::string head_;
  std::vector<char> buf_;
  uint64_t bytes_read_ = 0;
  bool head_served_ = false;
};

// Decompresses gzip data from `src`; concatenated members are one stream (RFC 1952 allows it,
// and WARC.gz files are one member per record). At the first damage (truncation, bad CRC,
// garbage) it stops: the bytes before the damage are served, then EOF, and error() describes it.
class GzipStreambuf : public std::streambuf {
 public:
  explicit GzipStreambuf(std::streambuf* src);
  ~GzipStreambuf() override;
  GzipStreambuf(const GzipStreambuf&) = delete;
  GzipStreambuf& operator=(const GzipStreambuf&) = delete;

  // Empty while the stream is sound.
  const std::string& error() const { return error_; }
  uint64_t bytes_out() const { return bytes_out_; }
  size_t members() const { return members_; }

 protected:
  int_type underflow() override;

 private:
  bool fill_input();

  std::streambuf* src_;
  z_stream zs_{};
  std::vector<char> in_;
  std::vector<char> out_;
  std::string error_;
  uint64_t bytes_out_ = 0;
  uint64_t bytes_in_ = 0;
  size_t members_ = 0;
  bool ok_ = false;
  bool done_ = false;
  bool src_eof_ = false;
  bool member_started_ = false;
};

bool is_gzip_magic(std::string_view head);

// Appends up to `limit` bytes of `in` to `out`; returns true if the stream had more (which are
// then drained and counted into `*total` when it is not null, so the caller can report the size).
bool read_bounded(std::istream& in, size_t limit, std::string& out, uint64_t* total = nullptr);

// Reads one line (without the '\n', and a trailing '\r' removed) of at most `limit` bytes.
// Returns false at end of input with nothing read. When the line is longer, `line` holds its
// first `limit` bytes, the rest is skipped and `*overlong` is set with `*line_bytes` its size.
bool read_line_bounded(std::istream& in, size_t limit, std::string& line, bool* overlong,
                       uint64_t* line_bytes);

// Splits a stream into lines, reading it in large blocks and finding line ends with memchr (no
// per-byte virtual call, no copy of a line that fits in the block). Same contract as
// read_line_bounded: lines without the '\n' (a trailing '\r' removed); a line longer than `limit`
// is skipped and reported through `overlong` / `line_bytes`, and never held whole beyond `limit`
// (plus one block). Each line is a view into the reader's buffer, valid until the next call, and
// is followed by at least `padding` readable bytes, so parsers that read ahead (simdjson) can
// use it in place. One instance per stream; not thread-safe.
class LineReader {
 public:
  LineReader(std::istream& in, size_t limit, size_t padding = 64, size_t block = size_t{1} << 20);

  // False at end of input with nothing read. An overlong line gives an empty `line`.
  bool next(std::string_view& line, bool* overlong, uint64_t* line_bytes);

 private:
  // Appends up to a block of input after end_, growing the buffer when it is full. False at EOF.
  bool fill();

  std::streambuf* sb_;
  size_t limit_;
  size_t padding_;
  size_t block_;
  std::vector<char> buf_;  // unread data is [begin_, end_); buf_.size() >= end_ + padding_
  size_t begin_ = 0;
  size_t end_ = 0;
  bool eof_ = false;
};

}  // namespace attache::ingest
