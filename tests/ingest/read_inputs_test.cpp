// read_inputs with the plain-text and JSON Lines readers: paths, folders, stdin, gzip, and the
// ways real inputs go wrong (missing, empty, binary, invalid UTF-8, oversize, malformed lines).
#include <gtest/gtest.h>

#include <iostream>
#include <sstream>

#include "clean/source_map.h"
#include "test_util.h"

namespace attache::ingest {
namespace {

using testing::collect;
using testing::Collected;
using testing::plain_options;
using testing::TempDir;

TEST(ReadInputs, MissingFileIsADiagnosticNotAThrow) {
  TempDir dir;
  Collected c = collect({dir.path() + "/nope.txt"});
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.diags.size(), 1u);
  EXPECT_EQ(c.diags[0].code, DiagCode::kIoError);
  EXPECT_EQ(c.diags[0].severity, Severity::kError);
  EXPECT_EQ(c.stats.failed, 1u);
}

TEST(ReadInputs, PlainTextIsOneDocumentNamedByStem) {
  TempDir dir;
  std::string text = "Vietnam and Japan held a defence policy dialogue in Tokyo.\n\nThe two sides agreed.\n";
  std::string p = dir.write("001_abc.txt", text);
  Collected c = collect({p});
  ASSERT_EQ(c.docs.size(), 1u) << c.all_diags();
  EXPECT_EQ(c.docs[0].id, "001_abc");
  EXPECT_EQ(c.docs[0].text, text);
  EXPECT_EQ(c.docs[0].origin, p);
  EXPECT_TRUE(c.diags.empty()) << c.all_diags();
  EXPECT_EQ(c.stats.inputs, 1u);
  EXPECT_EQ(c.stats.documents, 1u);
  EXPECT_EQ(c.stats.bytes, text.size());
}

TEST(ReadInputs, FolderOfMixedFilesInSortedOrder) {
  TempDir dir;
  dir.write("b.txt", "The second file, read after a.jsonl in path order.\n");
  dir.write("a.jsonl",
            "{\"id\":\"j1\",\"text\":\"First record of the feed.\"}\n"
            "{\"id\":\"j2\",\"text\":\"Second record of the feed.\",\"published\":\"2025-09-24\"}\n");
  dir.write("c.bin", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10",
                                 20));  // 20 bytes: the literal, NULs included
  dir.write("sub/d.txt", "A file in a sub-folder.\n");
  Collected c = collect({dir.path()});
  ASSERT_EQ(c.docs.size(), 4u) << c.all_diags();
  EXPECT_EQ(c.docs[0].id, "j1");
  EXPECT_EQ(c.docs[1].id, "j2");
  EXPECT_EQ(c.docs[2].id, "b");
  EXPECT_EQ(c.docs[3].id, "d");
  ASSERT_TRUE(c.docs[1].published.has_value());
  EXPECT_EQ(c.docs[1].published->to_string(), "2025-09-24");
  EXPECT_EQ(c.docs[1].published_source, "input");
  const Diagnostic* bin = c.find(DiagCode::kUnsupported);
  ASSERT_NE(bin, nullptr) << c.all_diags();
  EXPECT_NE(bin->source.find("c.bin"), std::string::npos);
  EXPECT_EQ(bin->severity, Severity::kError);
  EXPECT_EQ(c.stats.inputs, 4u);
  EXPECT_EQ(c.stats.failed, 1u);
}

TEST(ReadInputs, InvalidUtf8IsReportedWithOffsetAndReplaced) {
  TempDir dir;
  // "Hà Nội" in UTF-8, then a stray 0xFF at byte 20 and a truncated sequence at the end.
  std::string text = "Meeting in H\xC3\xA0 N\xE1\xBB\x99i \xFF ok \xE1\xBB";
  size_t bad = text.find('\xFF');
  std::string p = dir.write("bad.txt", text);
  Collected c = collect({p});
  ASSERT_EQ(c.docs.size(), 1u);
  const Diagnostic* d = c.find(DiagCode::kInvalidUtf8);
  ASSERT_NE(d, nullptr) << c.all_diags();
  EXPECT_EQ(d->offset, bad);
  EXPECT_EQ(d->severity, Severity::kWarning);
  EXPECT_NE(d->message.find(std::to_string(bad)), std::string::npos);
  EXPECT_NE(c.docs[0].text.find("\xEF\xBF\xBD ok"), std::string::npos);
  EXPECT_NE(c.docs[0].text.find("H\xC3\xA0 N\xE1\xBB\x99i"), std::string::npos);
  EXPECT_EQ(c.docs[0].text.find('\xFF'), std::string::npos);
  // The document carries its own copy.
  ASSERT_FALSE(c.docs[0].diagnostics.empty());
  EXPECT_EQ(c.docs[0].diagnostics[0].code, DiagCode::kInvalidUtf8);
}

TEST(ReadInputs, Utf8BomIsStripped) {
  TempDir dir;
  std::string p = dir.write("bom.txt", "\xEF\xBB\xBFHanoi hosted the talks.\n");
  Collected c = collect({p});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "Hanoi hosted the talks.\n");
  EXPECT_TRUE(c.diags.empty()) << c.all_diags();
}

TEST(ReadInputs, EmptyFileIsAWarningAndNoDocument) {
  TempDir dir;
  std::string p = dir.write("empty.txt", "");
  std::string q = dir.write("blank.txt", " \n\t\n");
  Collected c = collect({p, q});
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.count(DiagCode::kEmptyDocument), 2u) << c.all_diags();
  for (const auto& d : c.diags) EXPECT_EQ(d.severity, Severity::kWarning);
  EXPECT_EQ(c.stats.skipped, 2u);
  EXPECT_EQ(c.stats.skipped_by_reason.at("empty"), 2u);
}

TEST(ReadInputs, FiftyMegabyteFileIsReadWhole) {
  TempDir dir;
  std::string para =
      "The delegations discussed maritime security, training and defence industry cooperation.\n\n";
  std::string text;
  text.reserve(50u << 20);
  while (text.size() + para.size() <= (50u << 20)) text += para;
  std::string p = dir.write("big.txt", text);
  Collected c = collect({p});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text.size(), text.size());
  EXPECT_EQ(c.count(DiagCode::kTooLarge), 0u);
}

TEST(ReadInputs, OversizeFileIsTruncatedAtAParagraph) {
  TempDir dir;
  std::string text;
  for (int i = 0; i < 100; ++i) text += "Paragraph number " + std::to_string(i) + " of the article.\n\n";
  std::string p = dir.write("long.txt", text);
  ReadOptions opts = plain_options();
  opts.max_document_bytes = 1000;
  Collected c = collect({p}, opts);
  ASSERT_EQ(c.docs.size(), 1u);
  const std::string& t = c.docs[0].text;
  EXPECT_LE(t.size(), 1000u);
  EXPECT_GT(t.size(), 500u);
  EXPECT_TRUE(t.ends_with("of the article.")) << t.substr(t.size() - 40);
  const Diagnostic* d = c.find(DiagCode::kTooLarge);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::kWarning);
  EXPECT_NE(d->message.find(std::to_string(text.size())), std::string::npos);
}

TEST(ReadInputs, MalformedJsonLineAmongGoodOnes) {
  TempDir dir;
  std::string p = dir.write("feed.jsonl",
                            "{\"id\":\"a\",\"text\":\"Good line one.\"}\n"
                            "{\"id\":\"b\",\"text\":\"Broken line, no closing brace\"\n"
                            "\n"
                            "{\"text\":\"No id here.\",\"url\":\"https://example.org/x\",\"title\":\"T\"}\n"
                            "[1,2,3]\n");
  Collected c = collect({p});
  ASSERT_EQ(c.docs.size(), 2u) << c.all_diags();
  EXPECT_EQ(c.docs[0].id, "a");
  EXPECT_EQ(c.docs[0].origin, p + ":1");
  EXPECT_EQ(c.docs[1].id, "feed:4");
  EXPECT_EQ(c.docs[1].origin, p + ":4");
  EXPECT_EQ(c.docs[1].url, "https://example.org/x");
  EXPECT_EQ(c.docs[1].title, "T");
  ASSERT_EQ(c.count(DiagCode::kMalformedRecord), 2u) << c.all_diags();
  EXPECT_EQ(c.diags[0].offset, 2u);
  EXPECT_TRUE(c.diags[0].offset_is_line);
  EXPECT_EQ(c.diags[0].source, p);
  EXPECT_NE(c.diags[0].to_string().find(":2: error"), std::string::npos) << c.diags[0].to_string();
  EXPECT_EQ(c.diags[1].offset, 5u);
  EXPECT_EQ(c.stats.failed, 2u);
}

TEST(ReadInputs, JsonNumberOutOfRangeIsAMalformedLine) {
  // Regression (jsonl_reader_fuzzer): 1e999 made the parser throw out_of_range, not parse_error.
  TempDir dir;
  std::string p = dir.write(
      "big.jsonl", "{\"id\":\"n\",\"text\":\"x\",\"score\":1e999}\n{\"id\":\"ok\",\"text\":\"Fine.\"}\n");
  Collected c = collect({p});
  ASSERT_EQ(c.docs.size(), 1u) << c.all_diags();
  EXPECT_EQ(c.docs[0].id, "ok");
  const Diagnostic* d = c.find(DiagCode::kMalformedRecord);
  ASSERT_NE(d, nullptr) << c.all_diags();
  EXPECT_EQ(d->offset, 1u);
}

TEST(ReadInputs, JsonLineWithWrongFieldTypes) {
  TempDir dir;
  std::string p =
      dir.write("types.jsonl",
                "{\"id\":\"x\",\"text\":42}\n"
                "{\"id\":[1],\"text\":\"Text with a bad id, url and date.\",\"url\":5,"
                "\"published\":20250924}\n"
                "{\"id\":7,\"text\":\"Numeric id.\",\"published\":\"2025-13-01\",\"lang\":\"en\"}\n"
                "{\"id\":\"y\",\"text\":\"Timestamp.\",\"published\":\"2024-02-28T09:15:00+07:00\"}\n");
  Collected c = collect({p});
  ASSERT_EQ(c.docs.size(), 3u) << c.all_diags();
  EXPECT_EQ(c.docs[0].id, "types:2");
  EXPECT_TRUE(c.docs[0].url.empty());
  EXPECT_FALSE(c.docs[0].published.has_value());
  EXPECT_EQ(c.docs[1].id, "7");
  EXPECT_EQ(c.docs[1].lang, "en");
  EXPECT_FALSE(c.docs[1].published.has_value());
  ASSERT_TRUE(c.docs[2].published.has_value());
  EXPECT_EQ(c.docs[2].published->to_string(), "2024-02-28");
  // Line 1: text is a number -> error, skipped. Line 2: id, url, published -> warnings.
  ASSERT_GE(c.diags.size(), 5u);
  EXPECT_EQ(c.diags[0].code, DiagCode::kBadValue);
  EXPECT_EQ(c.diags[0].severity, Severity::kError);
  EXPECT_EQ(c.diags[0].offset, 1u);
  EXPECT_NE(c.diags[0].message.find("'text'"), std::string::npos);
  size_t line2 = 0;
  for (const auto& d : c.diags) line2 += d.offset == 2 && d.code == DiagCode::kBadValue;
  EXPECT_EQ(line2, 3u) << c.all_diags();
  EXPECT_EQ(c.stats.failed, 1u);
}

TEST(ReadInputs, DefaultsApplyOnlyWhenTheInputGivesNone) {
  TempDir dir;
  std::string p =
      dir.write("d.jsonl",
                "{\"id\":\"given\",\"text\":\"Has a date.\",\"published\":\"2016-11-30\",\"lang\":\"en\"}\n"
                "{\"id\":\"none\",\"text\":\"Has no date.\"}\n");
  ReadOptions opts = plain_options();
  opts.default_published = PartialDate{2020, 1, 2};
  opts.default_lang = "en";
  Collected c = collect({p}, opts);
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].published->to_string(), "2016-11-30");
  EXPECT_EQ(c.docs[0].published_source, "input");
  EXPECT_EQ(c.docs[1].published->to_string(), "2020-01-02");
  EXPECT_EQ(c.docs[1].published_source, "default");
  EXPECT_EQ(c.docs[1].lang, "en");
}

TEST(ReadInputs, IdOverrideNamesASingleDocument) {
  TempDir dir;
  std::string p = dir.write("x.txt", "Some article text.\n");
  ReadOptions opts = plain_options();
  opts.id_override = "my-id";
  Collected c = collect({p}, opts);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "my-id");
}

TEST(ReadInputs, StandardInput) {
  std::istringstream fake("Text arriving on standard input.\n");
  std::streambuf* saved = std::cin.rdbuf(fake.rdbuf());
  Collected c = collect({"-"});
  std::cin.rdbuf(saved);
  ASSERT_EQ(c.docs.size(), 1u) << c.all_diags();
  EXPECT_EQ(c.docs[0].id, "stdin");
  EXPECT_EQ(c.docs[0].origin, "-");
  EXPECT_EQ(c.docs[0].text, "Text arriving on standard input.\n");
}

TEST(ReadInputs, StandardInputJsonLinesByContent) {
  std::istringstream fake(
      "{\"id\":\"s1\",\"text\":\"From a pipe.\"}\n{\"id\":\"s2\",\"text\":\"Second.\"}\n");
  std::streambuf* saved = std::cin.rdbuf(fake.rdbuf());
  Collected c = collect({"-"});
  std::cin.rdbuf(saved);
  ASSERT_EQ(c.docs.size(), 2u) << c.all_diags();
  EXPECT_EQ(c.docs[1].id, "s2");
  EXPECT_EQ(c.docs[1].origin, "-:2");
}

TEST(ReadInputs, GzipTextAndJsonLines) {
  TempDir dir;
  std::string p = dir.write("article.txt.gz", testing::gzip("Compressed article text.\n"));
  std::string q =
      dir.write("feed.jsonl.gz", testing::gzip("{\"id\":\"z\",\"text\":\"Compressed record.\"}\n"));
  Collected c = collect({p, q});
  ASSERT_EQ(c.docs.size(), 2u) << c.all_diags();
  EXPECT_EQ(c.docs[0].id, "article");
  EXPECT_EQ(c.docs[0].text, "Compressed article text.\n");
  EXPECT_EQ(c.docs[1].id, "z");
  EXPECT_TRUE(c.diags.empty()) << c.all_diags();
}

TEST(ReadInputs, JsonLineWithHtmlIsCleanedWithASourceMap) {
  TempDir dir;
  std::string html =
      "<html><head><title>Talks in Hanoi | Example</title><meta property=\\\"article:published_time\\\" "
      "content=\\\"2025-02-11\\\"></head><body><nav><a href=\\\"/\\\">Home</a></nav><article><h1>Talks in "
      "Hanoi</h1>"
      "<p>The defence ministers met in Hanoi on Monday and agreed to expand training and exchanges.</p>"
      "</article><footer>Copyright</footer></body></html>";
  std::string p =
      dir.write("pages.jsonl", "{\"id\":\"h1\",\"html\":\"" + html + "\",\"url\":\"https://x.example/1\"}\n");
  ReadOptions opts = plain_options();
  size_t maps = 0;
  opts.on_source_map = [&](const Document& d, const clean::SourceMap& m) {
    EXPECT_EQ(d.id, "h1");
    EXPECT_FALSE(m.empty());
    ++maps;
  };
  Collected c = collect({p}, opts);
  ASSERT_EQ(c.docs.size(), 1u) << c.all_diags();
  EXPECT_EQ(
      c.docs[0].text,
      "Talks in Hanoi\n\nThe defence ministers met in Hanoi on Monday and agreed to expand training and "
      "exchanges.");
  EXPECT_EQ(c.docs[0].title, "Talks in Hanoi");
  EXPECT_EQ(c.docs[0].url, "https://x.example/1");
  EXPECT_EQ(c.docs[0].published->to_string(), "2025-02-11");
  EXPECT_EQ(c.docs[0].published_source, "meta");
  EXPECT_EQ(maps, 1u);
}

TEST(ReadInputs, SinkCanStopTheWalk) {
  TempDir dir;
  dir.write("a.txt", "One.\n");
  dir.write("b.txt", "Two.\n");
  size_t seen = 0;
  read_inputs(
      {dir.path()}, plain_options(),
      [&](Document&&) {
        ++seen;
        return false;
      },
      [](Diagnostic&&) {});
  EXPECT_EQ(seen, 1u);
}

// JSON Lines are parsed by simdjson, and by nlohmann only when simdjson rejects a line: every
// corner where the two parsers differ must come out as it always has (nlohmann's verdict).
TEST(ReadInputs, JsonLinesParserCorners) {
  TempDir dir;
  std::string deep = std::string(1100, '[') + std::string(1100, ']');
  std::string p = dir.write(
      "edge.jsonl",
      std::string(R"({"id":-0,"text":"Minus zero id."})") + "\n" +                                // 1
          R"({"id":1.0,"text":"Float id."})" + "\n" +                                            // 2
          R"({"id":18446744073709551615,"text":"Largest unsigned id."})" + "\n" +                // 3
          R"({"id":18446744073709551616,"text":"Too big for an integer id."})" + "\n" +          // 4
          R"({"id":"d","text":"first","text":"Second text wins."})" + "\n" +                     // 5
          R"({"id":"e","text":"Lone \udc00 surrogate."})" + "\n" +                               // 6
          R"({"id":"f","extra":)" + deep + R"(,"text":"Deeply nested extra field."})" + "\n" +  // 7
          R"({"id":"g","text":"Escaped \u00e9, \"quotes\" and a\ttab."})" + "\n" +               // 8
          R"(["not","an","object"])" + "\n" +                                                    // 9
          "{\"id\":\"h\",\"text\":\"Bad UTF-8 \xff here.\"}\n" +                                 // 10
          R"({"id":"i","text":"Trailing garbage."} x)" + "\n" +                                  // 11
          R"({"id":"j","html":"<p>Markup only, rendered to text.</p>","text":null})" + "\n" +   // 12
          R"({"id":"k","text":"A pair: \ud83d\ude00."})" + "\n" +                                // 13
          R"({"id":"","text":"Empty id."})" + "\n" +                                             // 14
          R"({"id":"l","text":"Unparsable date.","published":"next Tuesday"})" + "\n");         // 15
  Collected c = collect({p});
  std::vector<std::string> ids;
  for (const auto& d : c.docs) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"0", "edge:2", "18446744073709551615", "edge:4", "d", "f", "g", "h",
                                           "j", "k", "edge:14", "l"}))
      << c.all_diags();
  ASSERT_EQ(c.docs.size(), 12u);
  EXPECT_EQ(c.docs[4].text, "Second text wins.");
  EXPECT_EQ(c.docs[6].text, "Escaped \xC3\xA9, \"quotes\" and a\ttab.");
  EXPECT_EQ(c.docs[7].text, "Bad UTF-8 \xEF\xBF\xBD here.");
  EXPECT_NE(c.docs[8].text.find("Markup only, rendered to text."), std::string::npos) << c.docs[8].text;
  EXPECT_EQ(c.docs[9].text, "A pair: \xF0\x9F\x98\x80.");
  std::vector<uint64_t> errors, warnings;
  for (const auto& d : c.diags) (d.severity == Severity::kError ? errors : warnings).push_back(d.offset);
  EXPECT_EQ(errors, (std::vector<uint64_t>{6, 9, 11})) << c.all_diags();
  EXPECT_EQ(warnings, (std::vector<uint64_t>{2, 4, 10, 14, 15})) << c.all_diags();
  const Diagnostic* obj = nullptr;
  for (const auto& d : c.diags) {
    if (d.offset == 9) obj = &d;
  }
  ASSERT_NE(obj, nullptr);
  EXPECT_EQ(obj->message, "a JSON Lines record must be an object, got array");
  for (const auto& d : c.diags) {
    if (d.offset == 6 || d.offset == 11) {
      EXPECT_TRUE(d.message.starts_with("malformed JSON line: ")) << d.message;
    }
  }
}

}  // namespace
}  // namespace attache::ingest
