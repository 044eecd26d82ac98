#include "ingest/streams.h"

#include <algorithm>
#include <cstring>

namespace attache::ingest {

namespace {
constexpr size_t kChunk = 64 * 1024;
}

bool is_gzip_magic(std::string_view head) {
  return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
         static_cast<unsigned char>(head[1]) == 0x8b;
}

// ---------------------------------------------------------------------------------------------
HeadStreambuf::HeadStreambuf(std::streambuf* src, size_t head_bytes, std::function<void(size_t)> on_read)
    : src_(src), on_read_(std::move(on_read)) {
  head_.resize(head_bytes);
  size_t n = src_ != nullptr ? pull(head_.data(), head_bytes) : 0;
  head_.resize(n);
  setg(head_.data(), head_.data(), head_.data() + head_.size());
}

size_t HeadStreambuf::pull(char* dst, size_t n) {
  size_t got = 0;
  while (got < n) {
    std::streamsize r = src_->sgetn(dst + got, static_cast<std::streamsize>(n - got));
    if (r <= 0) break;
    got += static_cast<size_t>(r);
  }
  bytes_read_ += got;
  if (on_read_ && got > 0) on_read_(got);
  return got;
}

HeadStreambuf::int_type HeadStreambuf::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  if (src_ == nullptr) return traits_type::eof();
  head_served_ = true;
  if (buf_.empty()) buf_.resize(kChunk);
  size_t n = pull(buf_.data(), buf_.size());
  if (n == 0) return traits_type::eof();
  setg(buf_.data(), buf_.data(), buf_.data() + n);
  return traits_type::to_int_type(*gptr());
}

// ---------------------------------------------------------------------------------------------
GzipStreambuf::GzipStreambuf(std::streambuf* src) : src_(src), in_(kChunk), out_(kChunk) {
  // 16 + MAX_WBITS: gzip wrapper only, so that a zlib/raw stream is reported, not guessed at.
  ok_ = inflateInit2(&zs_, 16 + MAX_WBITS) == Z_OK;
  if (!ok_) {
    error_ = "cannot initialise zlib";
    done_ = true;
  }
  setg(out_.data(), out_.data(), out_.data());
}

GzipStreambuf::~GzipStreambuf() {
  if (ok_) inflateEnd(&zs_);
}

bool GzipStreambuf::fill_input() {
  if (src_eof_) return false;
  std::streamsize r = src_->sgetn(in_.data(), static_cast<std::streamsize>(in_.size()));
  if (r <= 0) {
    src_eof_ = true;
    return false;
  }
  zs_.next_in = reinterpret_cast<Bytef*>(in_.data());
  zs_.avail_in = static_cast<uInt>(r);
  bytes_in_ += static_cast<uint64_t>(r);
  return true;
}

GzipStreambuf::int_type GzipStreambuf::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  while (!done_) {
    if (zs_.avail_in == 0 && !fill_input()) {
      if (member_started_) {
        error_ = "gzip stream truncated after " + std::to_string(bytes_out_) + " decompressed bytes";
      }
      done_ = true;
      break;
    }
    if (!member_started_) {
      // A new member must start with the gzip magic; anything else after a complete member is
      // trailing junk (reported, not decoded).
      if (zs_.avail_in < 2 && !src_eof_) {
        // Two bytes are needed to check the magic: keep the one we may have, read more.
        size_t have = zs_.avail_in;
        if (have == 1) in_[0] = static_cast<char>(zs_.next_in[0]);
        std::streamsize r = src_->sgetn(in_.data() + have, static_cast<std::streamsize>(in_.size() - have));
        if (r <= 0) {
          src_eof_ = true;
          r = 0;
        }
        bytes_in_ += static_cast<uint64_t>(r);
        zs_.next_in = reinterpret_cast<Bytef*>(in_.data());
        zs_.avail_in = static_cast<uInt>(have + static_cast<size_t>(r));
      }
      if (zs_.avail_in < 2 || zs_.next_in[0] != 0x1f || zs_.next_in[1] != 0x8b) {
        if (members_ > 0) {
          error_ = "trailing data that is not gzip after " + std::to_string(members_) + " gzip member(s)";
        } else {
          error_ = "not a gzip stream";
        }
        done_ = true;
        break;
      }
      member_started_ = true;
    }
    zs_.next_out = reinterpret_cast<Bytef*>(out_.data());
    zs_.avail_out = static_cast<uInt>(out_.size());
    int rc = inflate(&zs_, Z_NO_FLUSH);
    size_t produced = out_.size() - zs_.avail_out;
    if (rc == Z_STREAM_END) {
      ++members_;
      member_started_ = false;
      inflateReset(&zs_);
    } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
      error_ = std::string("corrupt gzip data after ") + std::to_string(bytes_out_ + produced) +
               " decompressed bytes (" + (zs_.msg != nullptr ? zs_.msg : "zlib error") + ")";
      done_ = true;
    }
    if (produced > 0) {
      bytes_out_ += produced;
      setg(out_.data(), out_.data(), out_.data() + produced);
      return traits_type::to_int_type(*gptr());
    }
  }
  return traits_type::eof();
}

// ---------------------------------------------------------------------------------------------
bool read_bounded(std::istream& in, size_t limit, std::string& out, uint64_t* total) {
  std::streambuf* sb = in.rdbuf();
  size_t start = out.size();
  std::vector<char> chunk(kChunk);
  char* buf = chunk.data();
  while (out.size() - start < limit) {
    size_t want = std::min(chunk.size(), limit - (out.size() - start));
    std::streamsize r = sb->sgetn(buf, static_cast<std::streamsize>(want));
    if (r <= 0) {
      if (total != nullptr) *total = out.size() - start;
      return false;
    }
    out.append(buf, static_cast<size_t>(r));
  }
  if (sb->sgetc() == std::streambuf::traits_type::eof()) {
    if (total != nullptr) *total = out.size() - start;
    return false;
  }
  uint64_t extra = 0;
  for (;;) {
    std::streamsize r = sb->sgetn(buf, static_cast<std::streamsize>(chunk.size()));
    if (r <= 0) break;
    extra += static_cast<uint64_t>(r);
  }
  if (total != nullptr) *total = out.size() - start + extra;
  return true;
}

bool read_line_bounded(std::istream& in, size_t limit, std::string& line, bool* overlong,
                       uint64_t* line_bytes) {
  using traits = std::streambuf::traits_type;
  std::streambuf* sb = in.rdbuf();
  line.clear();
  *overlong = false;
  uint64_t n = 0;
  int c = sb->sbumpc();
  if (c == traits::eof()) return false;
  while (c != traits::eof() && c != '\n') {
    if (line.size() < limit) {
      line.push_back(static_cast<char>(c));
    } else {
      *overlong = true;
    }
    ++n;
    c = sb->sbumpc();
  }
  if (!line.empty() && line.back() == '\r' && !*overlong) line.pop_back();
  if (line_bytes != nullptr) *line_bytes = n;
  return true;
}

}  // namespace attache::ingest
