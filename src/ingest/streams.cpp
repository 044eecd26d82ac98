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

// ---------------------------------------------------------------------------------------------
LineReader::LineReader(std::istream& in, size_t limit, size_t padding, size_t block)
    : sb_(in.rdbuf()), limit_(limit), padding_(padding), block_(std::max<size_t>(block, 16)) {}

bool LineReader::fill() {
  if (eof_ || sb_ == nullptr) return false;
  if (begin_ > 0) {
    // Move the partial line to the front: the buffer only ever holds one line in the making.
    std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (buf_.size() < end_ + block_ / 2 + padding_) {
    // Doubling keeps long lines linear; no line needs more than limit + one block.
    size_t want = std::max(buf_.size() * 2, end_ + block_ + padding_);
    buf_.resize(std::min(want, std::max(limit_, end_) + block_ + padding_));
  }
  std::streamsize r = sb_->sgetn(buf_.data() + end_, static_cast<std::streamsize>(buf_.size() - padding_ - end_));
  if (r <= 0) {
    eof_ = true;
    return false;
  }
  end_ += static_cast<size_t>(r);
  return true;
}

bool LineReader::next(std::string_view& line, bool* overlong, uint64_t* line_bytes) {
  *overlong = false;
  line = {};
  size_t scan = begin_;  // bytes before this are known to hold no '\n'
  for (;;) {
    const void* nl = scan < end_ ? std::memchr(buf_.data() + scan, '\n', end_ - scan) : nullptr;
    size_t stop = nl != nullptr ? static_cast<size_t>(static_cast<const char*>(nl) - buf_.data()) : end_;
    if (nl != nullptr || (eof_ && begin_ < end_)) {
      size_t n = stop - begin_;
      if (line_bytes != nullptr) *line_bytes = n;
      if (n > limit_) {
        *overlong = true;
      } else {
        line = std::string_view(buf_.data() + begin_, n);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      }
      begin_ = nl != nullptr ? stop + 1 : end_;
      return true;
    }
    if (eof_) return false;
    if (end_ - begin_ > limit_) {
      // Overlong: drop what is held and count the rest of the line as it streams past.
      uint64_t n = end_ - begin_;
      begin_ = end_ = 0;
      for (;;) {
        if (!fill()) break;
        const void* p = std::memchr(buf_.data(), '\n', end_);
        if (p != nullptr) {
          size_t at = static_cast<size_t>(static_cast<const char*>(p) - buf_.data());
          n += at;
          begin_ = at + 1;
          break;
        }
        n += end_;
        end_ = 0;
      }
      *overlong = true;
      if (line_bytes != nullptr) *line_bytes = n;
      return true;
    }
    scan = end_ - begin_;  // fill() moves the partial line to the front
    if (!fill()) {
      scan = end_;
      if (begin_ == end_) return false;
      continue;  // the last line has no '\n'
    }
  }
}

}  // namespace attache::ingest
