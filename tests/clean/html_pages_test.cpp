// Main-content extraction on test pages that imitate different news-site layouts (written for
// these tests): the cleaned text must match each page's known main text with token F1 >= 0.95,
// the metadata must be found where the page puts it, and the source map must point back into
// the page.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "clean/html_article.h"
#include "clean/html_tree.h"
#include "clean/source_map.h"
#include "ingest/encoding.h"
#include "ingest/reader.h"
#include "ingest/readers.h"

namespace attache::clean {
namespace {

const std::string kPages = std::string(ATTACHE_TEST_DIR) + "/clean/pages/";

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> tokens(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) {
      cur.push_back(static_cast<char>(std::tolower(c)));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// Token-level F1 of `got` against `want` (bags of lower-cased words).
double token_f1(std::string_view got, std::string_view want) {
  std::map<std::string, int> bag;
  auto g = tokens(got);
  auto w = tokens(want);
  for (const auto& t : w) ++bag[t];
  size_t hit = 0;
  for (const auto& t : g) {
    auto it = bag.find(t);
    if (it != bag.end() && it->second > 0) {
      --it->second;
      ++hit;
    }
  }
  if (g.empty() || w.empty()) return 0;
  double p = static_cast<double>(hit) / static_cast<double>(g.size());
  double r = static_cast<double>(hit) / static_cast<double>(w.size());
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

// What extraction sees: the body ranges of the document (all of it if none are marked).
std::string seen_text(const Document& d) {
  if (d.body.empty()) return d.text;
  std::string out;
  for (const Span& s : d.body) out += std::string(s.of(d.text)) + "\n";
  return out;
}

struct Page {
  std::string name;
  std::string published;  // "" = none on the page
  std::string published_source;
  std::string title;
};

const std::vector<Page>& pages() {
  static const std::vector<Page> p = {
      {"wordpress_blog", "2024-06-18", "meta",
       "Naval officers from Vietnam and India trade notes on search and rescue"},
      {"agency_portal", "2025-03-15", "meta", "Vietnam, Philippines hold talks on coast guard cooperation"},
      {"table_layout_cp1252", "2013-11-21", "page",
       "Defence ministers of Norway and Vietnam sign letter of intent"},
      {"spa_hashed_classes", "2023-09-07", "json-ld",
       "Australia and Indonesia agree to expand joint maritime patrols"},
      {"portal_discussion", "", "", "Japan and the Philippines sign reciprocal access agreement"},
      {"br_paragraphs_cp1258", "2025-09-26", "page",
       "Defence officials of Viet Nam and Cambodia review border cooperation"},
  };
  return p;
}

struct Read {
  Document doc;
  SourceMap map;
  std::vector<Diagnostic> diags;
};

Read read_page(const std::string& name) {
  Read r;
  ingest::ReadOptions opts;
  opts.dedupe = false;
  opts.on_source_map = [&](const Document&, const SourceMap& m) { r.map = m; };
  size_t n = 0;
  ingest::read_inputs(
      {kPages + name + ".html"}, opts,
      [&](Document&& d) {
        r.doc = std::move(d);
        ++n;
        return true;
      },
      [&](Diagnostic&& d) { r.diags.push_back(std::move(d)); });
  EXPECT_EQ(n, 1u) << name;
  return r;
}

// All text of the page, as a naive tag stripper would give it (scripts and head left out).
std::string all_page_text(const std::string& utf8) {
  HtmlTree t = HtmlTree::parse(utf8);
  std::string out;
  for (uint32_t i = 0; i < t.nodes().size(); ++i) {
    const HtmlNode& n = t.node(i);
    if (!n.is_text) continue;
    bool skip = false;
    for (uint32_t p = n.parent; p != kNoNode; p = t.node(p).parent) {
      const std::string& tag = t.node(p).tag;
      if (tag == "script" || tag == "style" || tag == "head") skip = true;
    }
    if (!skip) out += n.text + " ";
  }
  return out;
}

std::string decoded_page(const std::string& name) {
  std::string bytes = slurp(kPages + name + ".html");
  ingest::to_utf8(bytes, ingest::sniff_meta_charset(bytes));
  return bytes;
}

TEST(HtmlPages, AtLeastFiveLayouts) { EXPECT_GE(pages().size(), 5u); }

TEST(HtmlPages, CleanedTextMatchesTheKnownMainText) {
  for (const Page& p : pages()) {
    SCOPED_TRACE(p.name);
    std::string want = slurp(kPages + p.name + ".expected.txt");
    ASSERT_FALSE(want.empty());
    Read r = read_page(p.name);
    std::string got = seen_text(r.doc);
    double f1 = token_f1(got, want);
    EXPECT_GE(f1, 0.95) << "F1 " << f1 << "\n--- got:\n" << got << "\n--- want:\n" << want;
    // The pages carry enough furniture that keeping everything would fail: the test can fail.
    double naive = token_f1(all_page_text(decoded_page(p.name)), want);
    EXPECT_LT(naive, 0.9) << "naive F1 " << naive;
    std::printf("%-22s F1 %.3f (keeping the whole page: %.3f)\n", p.name.c_str(), f1, naive);
  }
}

TEST(HtmlPages, MetadataFoundWhereThePagePutsIt) {
  for (const Page& p : pages()) {
    SCOPED_TRACE(p.name);
    Read r = read_page(p.name);
    EXPECT_EQ(r.doc.title, p.title);
    if (p.published.empty()) {
      EXPECT_FALSE(r.doc.published.has_value()) << r.doc.published->to_string();
    } else {
      ASSERT_TRUE(r.doc.published.has_value());
      EXPECT_EQ(r.doc.published->to_string(), p.published);
      EXPECT_EQ(r.doc.published_source, p.published_source);
    }
    EXPECT_EQ(r.doc.lang, "en");
    // The headline comes first.
    EXPECT_TRUE(r.doc.text.starts_with(p.title)) << r.doc.text.substr(0, 120);
  }
}

TEST(HtmlPages, LegacyEncodingsAreDecoded) {
  Read r = read_page("br_paragraphs_cp1258");
  EXPECT_NE(r.doc.text.find("Nguy\xE1\xBB\x85n V\xC4\x83n Hi\xE1\xBB\x81n"), std::string::npos);  // NFC
  EXPECT_NE(r.doc.text.find("M\xE1\xBB\x99"
                            "c B\xC3\xA0i"),
            std::string::npos);
  Read q = read_page("table_layout_cp1252");
  EXPECT_NE(q.doc.text.find("\xE2\x80\x9C"
                            "Our countries"),
            std::string::npos);
  EXPECT_NE(q.doc.text.find("Na\xC3\xAFve"), std::string::npos);
  for (const auto& d : q.diags) EXPECT_NE(d.code, DiagCode::kInvalidUtf8) << d.to_string();
}

TEST(HtmlPages, SourceMapPointsBackIntoThePage) {
  for (const Page& p : pages()) {
    SCOPED_TRACE(p.name);
    Read r = read_page(p.name);
    ASSERT_FALSE(r.map.empty());
    std::string page = decoded_page(p.name);
    const std::string& text = r.doc.text;
    size_t words = 0, found = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      bool start = std::isalpha(static_cast<unsigned char>(text[i])) &&
                   (i == 0 || !std::isalnum(static_cast<unsigned char>(text[i - 1])));
      if (!start) continue;
      size_t e = i;
      while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
      std::string_view w(text.data() + i, e - i);
      uint32_t src = r.map.source_offset(static_cast<uint32_t>(i));
      ++words;
      if (src + w.size() <= page.size() && std::string_view(page).substr(src, w.size()) == w) ++found;
    }
    ASSERT_GT(words, 50u);
    EXPECT_GE(static_cast<double>(found) / static_cast<double>(words), 0.99) << found << "/" << words;
  }
}

TEST(HtmlArticle, EntityAndWhitespaceMapping) {
  std::string html =
      "<html><body><article><h1>Talks &amp; a  visit</h1><p>Alpha\n   beta &ocirc; gamma.</p>"
      "<p>Second paragraph with enough words to be kept as the article body text here.</p>"
      "</article></body></html>";
  HtmlArticle a = clean_html(html);
  ASSERT_NE(a.text.find("Talks & a visit"), std::string::npos) << a.text;
  size_t beta = a.text.find("beta");
  ASSERT_NE(beta, std::string::npos);
  EXPECT_EQ(html.substr(a.map.source_offset(static_cast<uint32_t>(beta)), 4), "beta");
  size_t gamma = a.text.find("gamma");
  EXPECT_EQ(html.substr(a.map.source_offset(static_cast<uint32_t>(gamma)), 5), "gamma");
  size_t o = a.text.find("\xC3\xB4");
  EXPECT_EQ(html.substr(a.map.source_offset(static_cast<uint32_t>(o)), 7), "&ocirc;");
}

TEST(HtmlArticle, CrlfLineEndsKeepTheMapAligned) {
  // Regression (html_clean_fuzzer): the parser turns "\r\n" into "\n", which broke the map.
  std::string html =
      "<html>\r\n<body>\r\n<article><h1>Patrol talks</h1>\r\n<p>The two navies met on Monday\r\nin Manila "
      "and\r\nagreed on joint patrols &amp; training for the coming year, officials said.</p>\r\n</article>"
      "</body></html>\r\n";
  HtmlArticle a = clean_html(html);
  for (std::string_view w : {"Manila", "agreed", "training", "officials"}) {
    size_t at = a.text.find(w);
    ASSERT_NE(at, std::string::npos) << w;
    EXPECT_EQ(html.substr(a.map.source_offset(static_cast<uint32_t>(at)), w.size()), w);
  }
  for (const auto& [t, src] : a.map.anchors) EXPECT_LE(src, html.size());
}

TEST(HtmlArticle, FragmentKeepsItsText) {
  HtmlArticle a = clean_html("<p>Navy chief in <b>Manila</b></p>");
  EXPECT_EQ(a.text, "Navy chief in Manila");
}

TEST(HtmlArticle, NoArticleGivesEmptyText) {
  HtmlArticle a = clean_html("<html><body><nav><a href='/'>Home</a> <a href='/x'>X</a></nav></body></html>");
  EXPECT_TRUE(a.text.empty()) << a.text;
}

}  // namespace
}  // namespace attache::clean
