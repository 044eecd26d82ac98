// WARC archives built by the test: HTML responses become documents, everything else is counted
// and skipped, and a damaged end is read up to the damage and reported.
#include <gtest/gtest.h>

#include "test_util.h"

namespace attache::ingest {
namespace {

using testing::collect;
using testing::Collected;
using testing::plain_options;
using testing::TempDir;

std::string record(const std::string& type, const std::string& uri, const std::string& content_type,
                   const std::string& block, const std::string& date = "2024-05-02T08:00:00Z") {
  static int n = 0;
  std::string h = "WARC/1.1\r\nWARC-Type: " + type +
                  "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-" +
                  std::to_string(100000000000 + ++n) + ">\r\nWARC-Date: " + date + "\r\n";
  if (!uri.empty()) h += "WARC-Target-URI: " + uri + "\r\n";
  if (!content_type.empty()) h += "Content-Type: " + content_type + "\r\n";
  h += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  return h + block + "\r\n\r\n";
}

std::string http(const std::string& status, const std::string& headers, const std::string& body) {
  return "HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: " + std::to_string(body.size()) +
         "\r\n\r\n" + body;
}

std::string page(const std::string& title, const std::string& para, const std::string& meta_date = "") {
  std::string m =
      meta_date.empty() ? "" : "<meta property=\"article:published_time\" content=\"" + meta_date + "\">";
  return "<!DOCTYPE html><html lang=\"en\"><head><title>" + title + "</title>" + m +
         "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title +
         "</h1><p>" + para + "</p><p>" + para + " The talks ended with a joint statement on training.</p>" +
         "</article><footer>Copyright 2024 Example News</footer></body></html>";
}

const std::string kParaA =
    "The chiefs of the two navies met in Manila on Monday to review plans for joint patrols, coast guard "
    "training "
    "and the exchange of liaison officers";
const std::string kParaB =
    "Army engineers from both countries will work together on clearing unexploded ordnance in border "
    "provinces, "
    "the ministries said after a meeting on Thursday";

std::vector<std::string> archive_records() {
  std::vector<std::string> r;
  r.push_back(
      record("warcinfo", "", "application/warc-fields", "software: attache-test\r\nformat: WARC 1.1\r\n"));
  r.push_back(record("request", "https://news.example/a", "application/http; msgtype=request",
                     "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"));
  r.push_back(record("response", "https://news.example/a", "application/http; msgtype=response",
                     http("200 OK", "Content-Type: text/html; charset=utf-8\r\n",
                          page("Navy chiefs review joint patrols", kParaA, "2024-04-30T10:00:00+08:00"))));
  r.push_back(
      record("metadata", "https://news.example/a", "application/warc-fields", "outlinks: https://x\r\n"));
  r.push_back(
      record("response", "https://news.example/logo.png", "application/http; msgtype=response",
             http("200 OK", "Content-Type: image/png\r\n", std::string("\x89PNG\r\n\x1a\n\0\0", 10))));
  // Chunked transfer coding, a windows-1252 charset in the HTTP header, no date in the page.
  std::string body_b = page("Engineers to clear ordnance together", kParaB + " \x93together\x94");
  std::string chunked;
  for (size_t i = 0; i < body_b.size(); i += 100) {
    std::string part = body_b.substr(i, 100);
    char hex[16];
    std::snprintf(hex, sizeof hex, "%zx", part.size());
    chunked += std::string(hex) + "\r\n" + part + "\r\n";
  }
  chunked += "0\r\n\r\n";
  r.push_back(
      record("response", "https://news.example/b", "application/http; msgtype=response",
             http("200 OK", "Content-Type: text/html; charset=windows-1252\r\nTransfer-Encoding: chunked\r\n",
                  chunked),
             "2024-05-03T09:30:00Z"));
  r.push_back(
      record("response", "https://news.example/gone", "application/http; msgtype=response",
             http("404 Not Found", "Content-Type: text/html\r\n", "<html><body>Not found</body></html>")));
  r.push_back(record("revisit", "https://news.example/a", "application/http; msgtype=response", ""));
  return r;
}

TEST(Warc, HtmlResponsesBecomeDocuments) {
  TempDir dir;
  std::string all;
  for (const auto& r : archive_records()) all += r;
  std::string p = dir.write("crawl.warc", all);
  Collected c = collect({p});
  ASSERT_EQ(c.docs.size(), 2u) << c.all_diags();
  const Document& a = c.docs[0];
  EXPECT_EQ(a.url, "https://news.example/a");
  EXPECT_EQ(a.id, "crawl:3");
  EXPECT_EQ(a.title, "Navy chiefs review joint patrols");
  EXPECT_EQ(a.published->to_string(), "2024-04-30");
  EXPECT_EQ(a.published_source, "meta");
  EXPECT_TRUE(a.text.starts_with("Navy chiefs review joint patrols\n\nThe chiefs of the two navies"));
  EXPECT_EQ(a.text.find("Copyright"), std::string::npos);
  EXPECT_NE(a.origin.find("crawl.warc@"), std::string::npos);
  const Document& b = c.docs[1];
  EXPECT_EQ(b.url, "https://news.example/b");
  ASSERT_TRUE(b.published.has_value());
  EXPECT_EQ(b.published->to_string(), "2024-05-03");  // WARC-Date: the page gives none
  EXPECT_EQ(b.published_source, "warc");
  EXPECT_NE(b.text.find("\xE2\x80\x9Ctogether\xE2\x80\x9D"), std::string::npos) << b.text;  // cp1252 quotes
  // warcinfo, request, metadata, image, 404, revisit: counted, not reported as errors.
  EXPECT_EQ(c.stats.records_skipped, 6u);
  EXPECT_EQ(c.stats.skipped_by_reason.at("record:request"), 1u);
  EXPECT_EQ(c.stats.skipped_by_reason.at("record:non-html"), 1u);
  EXPECT_EQ(c.stats.skipped_by_reason.at("record:http-status"), 1u);
  EXPECT_EQ(c.stats.failed, 0u) << c.all_diags();
}

TEST(Warc, GzipArchiveWithTruncatedFinalRecordIsReadUpToTheDamage) {
  TempDir dir;
  std::string gz;
  for (const auto& r : archive_records()) gz += testing::gzip(r);  // one member per record
  std::string last =
      testing::gzip(record("response", "https://news.example/c", "application/http; msgtype=response",
                           http("200 OK", "Content-Type: text/html\r\n",
                                page("A third article cut short", kParaA + ". " + kParaB + ". " + kParaA +
                                                                      ". " + kParaB + ". " + kParaB))));
  gz += last.substr(0, last.size() / 2);  // the crawler died mid-record
  std::string p = dir.write("crawl.warc.gz", gz);
  Collected c = collect({p});
  ASSERT_EQ(c.docs.size(), 2u) << c.all_diags();
  EXPECT_EQ(c.docs[0].url, "https://news.example/a");
  EXPECT_EQ(c.docs[1].url, "https://news.example/b");
  EXPECT_EQ(c.stats.records_skipped, 6u);
  // The damage is reported: the truncated record (with its offset) and the gzip stream.
  bool record_reported = false, gzip_reported = false;
  for (const auto& d : c.diags) {
    EXPECT_EQ(d.source, p);
    if (d.code != DiagCode::kMalformedRecord) continue;
    EXPECT_EQ(d.severity, Severity::kError);
    if (d.message.find("record truncated") != std::string::npos) {
      record_reported = true;
      EXPECT_GT(d.offset, 0u);
    }
    if (d.message.find("gzip") != std::string::npos) gzip_reported = true;
  }
  EXPECT_TRUE(record_reported) << c.all_diags();
  EXPECT_TRUE(gzip_reported) << c.all_diags();
  EXPECT_GE(c.stats.failed, 1u);
}

TEST(Warc, GarbageBetweenRecordsIsReportedAndSkipped) {
  TempDir dir;
  auto recs = archive_records();
  std::string all = recs[2] + "this line is not a record\nnor this one\n" + recs[5];
  std::string p = dir.write("messy.warc", all);
  Collected c = collect({p});
  ASSERT_EQ(c.docs.size(), 2u) << c.all_diags();
  ASSERT_EQ(c.count(DiagCode::kMalformedRecord), 1u) << c.all_diags();
  EXPECT_NE(c.find(DiagCode::kMalformedRecord)->message.find("not a WARC record"), std::string::npos);
}

TEST(Warc, EmptyArchives) {
  TempDir dir;
  std::string a = dir.write("empty.warc", "");
  std::string b = dir.write("empty.warc.gz", testing::gzip(""));
  std::string info = dir.write("info-only.warc", archive_records()[0]);
  Collected c = collect({a, b, info});
  EXPECT_TRUE(c.docs.empty());
  EXPECT_EQ(c.count(DiagCode::kEmptyDocument), 2u) << c.all_diags();
  EXPECT_EQ(c.stats.records_skipped, 1u);
  EXPECT_EQ(c.stats.failed, 0u);
}

}  // namespace
}  // namespace attache::ingest
