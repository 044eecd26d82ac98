// Bad input of every kind the issue lists: each gives a clear message, and the run goes on.
#include <gtest/gtest.h>

#include <filesystem>

#include "ingest/progress.h"
#include "test_util.h"

namespace attache::ingest {
namespace {

using testing::collect;
using testing::Collected;
using testing::plain_options;
using testing::TempDir;

const std::string kGood =
    "<html><head><title>Ministers meet</title></head><body><article><h1>Ministers meet</h1>"
    "<p>The defence ministers of the two countries met in Hanoi on Monday and agreed to expand training, "
    "search and rescue cooperation and exchanges of young officers.</p></article></body></html>";

TEST(BadInputs, WrongDeclaredCharset) {
  TempDir dir;
  // Declared UTF-8, written in windows-1252 (é = 0xE9, curly quotes 0x93/0x94).
  std::string p =
      dir.write("liar.html",
                "<html><head><meta charset=\"utf-8\"><title>Caf\xE9 talks</title></head><body><article>"
                "<h1>Caf\xE9 talks</h1><p>The minister said the caf\xE9 meeting was \x93useful\x94 and "
                "that the two delegations would meet again in the spring to review cooperation in "
                "training and peacekeeping.</p></article></body></html>");
  // Declared windows-1252, written in UTF-8.
  std::string q =
      dir.write("liar2.html",
                "<html><head><meta charset=\"windows-1252\"><title>H\xC3\xA0 N\xE1\xBB\x99i talks</title>"
                "</head><body><article><h1>H\xC3\xA0 N\xE1\xBB\x99i talks</h1><p>Officials from both "
                "sides met in H\xC3\xA0 N\xE1\xBB\x99i on Monday to discuss training, search and rescue "
                "and the exchange of young officers in the coming year.</p></article></body></html>");
  Collected c = collect({p, q});
  ASSERT_EQ(c.docs.size(), 2u) << c.all_diags();
  EXPECT_NE(c.docs[0].text.find("caf\xC3\xA9 meeting was \xE2\x80\x9Cuseful\xE2\x80\x9D"), std::string::npos)
      << c.docs[0].text;
  EXPECT_NE(c.docs[1].text.find("H\xC3\xA0 N\xE1\xBB\x99i on Monday"), std::string::npos) << c.docs[1].text;
  size_t notes = 0;
  for (const auto& d : c.diags) {
    if (d.code == DiagCode::kInvalidUtf8 && d.message.find("declared") != std::string::npos) ++notes;
  }
  EXPECT_EQ(notes, 2u) << c.all_diags();
}

TEST(BadInputs, UndeclaredLegacyCharsetIsDetected) {
  TempDir dir;
  std::string text =
      "Le minist\xE8re de la D\xE9"
      "fense a annonc\xE9 que les deux d\xE9l\xE9gations se r\xE9uniront \xE0 "
      "Hano\xEF en d\xE9"
      "cembre pour \xE9tudier la coop\xE9ration en mati\xE8re de formation et de "
      "s\xE9"
      "curit\xE9 maritime. Les officiers fran\xE7"
      "ais et vietnamiens ont visit\xE9 le port.\n";
  std::string p = dir.write("latin1.txt", text);
  Collected c = collect({p});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_NE(c.docs[0].text.find("minist\xC3\xA8re de la D\xC3\xA9"
                                "fense"),
            std::string::npos)
      << c.docs[0].text;
  const Diagnostic* d = c.find(DiagCode::kInvalidUtf8);
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->message.find("detected"), std::string::npos) << d->message;
}

TEST(BadInputs, BinaryJunkNamedHtml) {
  TempDir dir;
  std::string junk;
  for (int i = 0; i < 5000; ++i) junk.push_back(static_cast<char>((i * 7919 + 13) % 256));
  dir.write("a_junk.html", junk);
  dir.write("b_good.html", kGood);
  Collected c = collect({dir.path()});
  ASSERT_EQ(c.docs.size(), 1u) << c.all_diags();
  EXPECT_EQ(c.docs[0].id, "b_good");
  const Diagnostic* d = c.find(DiagCode::kUnsupported);
  ASSERT_NE(d, nullptr) << c.all_diags();
  EXPECT_NE(d->source.find("a_junk.html"), std::string::npos);
  EXPECT_NE(d->message.find("binary"), std::string::npos);
  EXPECT_EQ(c.stats.failed, 1u);
}

TEST(BadInputs, HundredMegabyteHtmlPage) {
  TempDir dir;
  std::string html =
      "<html><head><title>A very long report</title></head><body><article><h1>A very long report</h1>";
  const std::string para =
      "<p>The committee reviewed the training programme, the exchange of officers and the joint exercises "
      "planned "
      "for the coming year, and heard reports from each of the services.</p>\n";
  html.reserve(100u << 20);
  while (html.size() < (100u << 20)) html += para;
  html += "</article></body></html>";
  std::string p = dir.write("huge.html", html);
  html.clear();
  html.shrink_to_fit();
  std::string after = dir.write("after.html", kGood);  // the run goes on after the huge page
  Collected c = collect({p, after});
  ASSERT_EQ(c.docs.size(), 2u) << c.all_diags();
  EXPECT_EQ(c.docs[1].id, "after");
  const Diagnostic* d = c.find(DiagCode::kTooLarge);
  ASSERT_NE(d, nullptr) << c.all_diags();
  EXPECT_EQ(d->severity, Severity::kWarning);
  EXPECT_NE(d->message.find("truncated"), std::string::npos);
  EXPECT_TRUE(c.docs[0].text.starts_with("A very long report\n\nThe committee reviewed"));
  EXPECT_GT(c.docs[0].text.size(), 30u << 20);
  EXPECT_LE(c.docs[0].text.size(), 64u << 20);
}

TEST(BadInputs, EndlessLine) {
  TempDir dir;
  ReadOptions opts = plain_options();
  opts.max_document_bytes = 1u << 20;
  std::string endless(5u << 20, 'a');
  for (size_t i = 100; i < endless.size(); i += 100) endless[i] = ' ';
  // A JSON Lines file whose second line never ends, a text file that is one long line, and a
  // WARC whose header line never ends.
  std::string j =
      dir.write("a.jsonl",
                "{\"id\":\"ok\",\"text\":\"A good record before the endless one.\"}\n{\"text\":\"" + endless);
  std::string t = dir.write("b.txt", endless);
  std::string w = dir.write("c.warc", "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + endless);
  Collected c = collect({j, t, w}, opts);
  ASSERT_EQ(c.docs.size(), 2u) << c.all_diags();
  EXPECT_EQ(c.docs[0].id, "ok");
  EXPECT_EQ(c.docs[1].id, "b");
  EXPECT_LE(c.docs[1].text.size(), 1u << 20);
  size_t too_large = 0, malformed = 0;
  for (const auto& d : c.diags) {
    if (d.code == DiagCode::kTooLarge) ++too_large;
    if (d.code == DiagCode::kMalformedRecord) ++malformed;
  }
  EXPECT_GE(too_large, 2u) << c.all_diags();  // the JSON line (error) and the text (truncated)
  EXPECT_GE(malformed, 1u) << c.all_diags();  // the WARC header
}

TEST(BadInputs, NestedGzip) {
  TempDir dir;
  std::string text = "Doubly compressed article about a naval visit to Cam Ranh.\n";
  std::string p = dir.write("twice.txt.gz.gz", testing::gzip(testing::gzip(text)));
  std::string deep = text;
  for (int i = 0; i < 5; ++i) deep = testing::gzip(deep);
  std::string q = dir.write("five.gz", deep);
  Collected c = collect({p, q});
  ASSERT_EQ(c.docs.size(), 1u) << c.all_diags();
  EXPECT_EQ(c.docs[0].text, text);
  EXPECT_EQ(c.docs[0].id, "twice");
  const Diagnostic* d = c.find(DiagCode::kUnsupported);
  ASSERT_NE(d, nullptr) << c.all_diags();
  EXPECT_NE(d->message.find("nested"), std::string::npos);
}

TEST(BadInputs, CorruptGzip) {
  TempDir dir;
  std::string gz = testing::gzip("Some text that will be damaged in the middle of the stream.\n");
  gz[gz.size() / 2] ^= 0x55;
  gz[gz.size() / 2 + 1] ^= 0x55;
  std::string p = dir.write("bad.txt.gz", gz);
  dir.write("good.txt", "The good file after the damaged one.\n");
  Collected c = collect({dir.path()});
  ASSERT_GE(c.docs.size(), 1u);
  EXPECT_EQ(c.docs.back().id, "good");
  const Diagnostic* d = c.find(DiagCode::kMalformedRecord);
  ASSERT_NE(d, nullptr) << c.all_diags();
  EXPECT_NE(d->message.find("gzip"), std::string::npos);
}

TEST(BadInputs, LanguageAndDuplicatesAreSkippedWithAReason) {
  TempDir dir;
  std::string en =
      "The defence ministers of Vietnam and Japan met in Tokyo on Tuesday and agreed to expand cooperation "
      "in "
      "maritime security, search and rescue at sea and the settlement of war legacies, officials said.\n";
  dir.write("1_en.txt", en);
  dir.write("2_copy.txt", "TOKYO - " + en + "- Kyodo\n");
  dir.write(
      "3_vi.txt",
      "B\xE1\xBB\x99 tr\xC6\xB0\xE1\xBB\x9Fng Qu\xE1\xBB\x91"
      "c ph\xC3\xB2ng hai n\xC6\xB0\xE1\xBB\x9B"
      "c "
      "\xC4\x91\xC3\xA3 h\xE1\xBB\x99i \xC4\x91\xC3\xA0m t\xE1\xBA\xA1i Tokyo v\xC3\xA0 nh\xE1\xBA\xA5t "
      "tr\xC3"
      "\xAD t\xC4\x83ng c\xC6\xB0\xE1\xBB\x9Dng h\xE1\xBB\xA3p t\xC3\xA1"
      "c v\xE1\xBB\x81 an ninh h\xC3\xA0"
      "ng h\xE1\xBA\xA3i v\xC3\xA0 t\xC3\xACm ki\xE1\xBA\xBFm c\xE1\xBB\xA9u n\xE1\xBA\xA1n tr\xC3\xAAn bi"
      "\xE1\xBB\x83n.\n");
  ReadOptions opts;  // the defaults: English only, duplicates skipped
  Collected c = collect({dir.path()}, opts);
  ASSERT_EQ(c.docs.size(), 1u) << c.all_diags();
  EXPECT_EQ(c.docs[0].id, "1_en");
  EXPECT_EQ(c.docs[0].lang, "en");
  EXPECT_EQ(c.stats.duplicates, 1u);
  EXPECT_EQ(c.stats.skipped_by_reason.at("duplicate"), 1u);
  EXPECT_EQ(c.stats.skipped_by_reason.at("language"), 1u);
  const Diagnostic* dup = c.find(DiagCode::kDuplicate);
  ASSERT_NE(dup, nullptr);
  EXPECT_NE(dup->message.find("'1_en'"), std::string::npos) << dup->message;
  const Diagnostic* lang = c.find(DiagCode::kUnsupported);
  ASSERT_NE(lang, nullptr);
  EXPECT_NE(lang->message.find("'vi'"), std::string::npos) << lang->message;
  // With every language allowed, the Vietnamese document comes through, tagged.
  opts.languages.clear();
  Collected all = collect({dir.path()}, opts);
  ASSERT_EQ(all.docs.size(), 2u);
  EXPECT_EQ(all.docs[1].lang, "vi");
}

TEST(BadInputs, EverythingInOneFolderAndTheRunGoesOn) {
  TempDir dir;
  dir.write("01.html", std::string("\x7f"
                                   "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0",
                                   20));
  dir.write("02.warc", "");
  dir.write("03.jsonl", "{\"id\":5.5,\"text\":[\"not\",\"a\",\"string\"]}\n");
  dir.write("04.txt.gz", testing::gzip(testing::gzip(testing::gzip(testing::gzip("x")))));
  dir.write("05.html", kGood);
  std::string log_path = dir.path() + "/errors.jsonl";
  Collected c;
  {
    ErrorLog log(log_path);
    ASSERT_TRUE(log.ok());
    c.stats = read_inputs(
        {dir.path() + "/01.html", dir.path() + "/02.warc", dir.path() + "/03.jsonl",
         dir.path() + "/04.txt.gz", dir.path() + "/05.html", dir.path() + "/06-missing.txt"},
        plain_options(),
        [&](Document&& d) {
          c.docs.push_back(std::move(d));
          return true;
        },
        [&](Diagnostic&& d) {
          log.write(d);
          c.diags.push_back(std::move(d));
        });
    EXPECT_EQ(log.lines(), 5u) << c.all_diags();
  }
  ASSERT_EQ(c.docs.size(), 1u) << c.all_diags();
  EXPECT_EQ(c.docs[0].id, "05");
  for (const auto& d : c.diags) EXPECT_FALSE(d.message.empty());
  std::ifstream in(log_path);
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    EXPECT_NE(line.find("\"path\":"), std::string::npos) << line;
    EXPECT_NE(line.find("\"reason\":"), std::string::npos) << line;
  }
  EXPECT_EQ(n, 5u);
}

}  // namespace
}  // namespace attache::ingest
