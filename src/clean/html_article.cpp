#include "clean/html_article.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "clean/dates.h"

namespace attache::clean {

namespace {

using Set = std::unordered_set<std::string_view>;

// ------------------------------------------------------------------------------------------
// What elements are.

bool is_block_tag(std::string_view t) {
  static const Set kBlock = {
      "address", "article",  "aside",    "blockquote", "body", "center",   "dd",         "details",
      "dialog",  "dir",      "div",      "dl",         "dt",   "fieldset", "figcaption", "figure",
      "footer",  "form",     "frameset", "h1",         "h2",   "h3",       "h4",         "h5",
      "h6",      "header",   "hgroup",   "hr",         "html", "li",       "main",       "menu",
      "nav",     "noframes", "ol",       "p",          "pre",  "section",  "summary",    "table",
      "tbody",   "thead",    "tfoot",    "tr",         "td",   "th",       "ul",         "caption",
      "legend",  "option",   "title",    "#document"};
  return kBlock.contains(t);
}

// Never article text, whatever they contain.
bool is_furniture_tag(std::string_view t) {
  static const Set kDrop = {"head",     "script", "style",  "noscript",   "template", "svg",      "math",
                            "canvas",   "iframe", "object", "embed",      "video",    "audio",    "nav",
                            "aside",    "footer", "figure", "figcaption", "button",   "input",    "select",
                            "textarea", "option", "label",  "dialog",     "map",      "menu",     "address",
                            "frameset", "frame",  "applet", "datalist",   "output",   "progress", "meter"};
  return kDrop.contains(t);
}

int heading_level(std::string_view t) {
  if (t.size() == 2 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6') return t[1] - '0';
  return 0;
}

// Words of an element's class and id: split on punctuation and camelCase, lower-cased.
std::vector<std::string> name_words(const HtmlNode& n) {
  std::vector<std::string> words;
  for (const char* key : {"class", "id"}) {
    const std::string* v = n.attr(key);
    if (v == nullptr) continue;
    std::string cur;
    char prev = 0;
    for (char c : *v) {
      bool alnum = std::isalnum(static_cast<unsigned char>(c)) != 0;
      bool camel =
          std::isupper(static_cast<unsigned char>(c)) && std::islower(static_cast<unsigned char>(prev));
      if (!alnum || camel) {
        if (!cur.empty()) words.push_back(cur);
        cur.clear();
      }
      if (alnum) cur.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      prev = c;
    }
    if (!cur.empty()) words.push_back(cur);
  }
  return words;
}

// Class/id words that mark furniture. Whole words only ("header" is not "ad"). Strong words
// are furniture whatever else the element is called ("related-articles", "news-share");
// weak ones yield to a positive word ("article-meta" no, but "content-bottom" yes).
int negative_strength(std::string_view w) {
  static const Set kStrong = {"nav",
                              "navbar",
                              "navigation",
                              "menu",
                              "menubar",
                              "submenu",
                              "breadcrumb",
                              "breadcrumbs",
                              "footer",
                              "sidebar",
                              "widget",
                              "widgets",
                              "related",
                              "relate",
                              "relates",
                              "recommend",
                              "recommended",
                              "recommendation",
                              "recommendations",
                              "share",
                              "sharing",
                              "shares",
                              "sharebar",
                              "social",
                              "sns",
                              "comment",
                              "comments",
                              "commentlist",
                              "disqus",
                              "respond",
                              "ad",
                              "ads",
                              "adv",
                              "advert",
                              "adverts",
                              "advertisement",
                              "adsense",
                              "adslot",
                              "promo",
                              "promotion",
                              "sponsor",
                              "sponsored",
                              "newsletter",
                              "subscribe",
                              "cookie",
                              "cookies",
                              "consent",
                              "gdpr",
                              "popup",
                              "modal",
                              "tags",
                              "tag",
                              "tagcloud",
                              "keywords",
                              "pagination",
                              "pager",
                              "rates",
                              "exchange",
                              "forex",
                              "currency",
                              "weather",
                              "ticker",
                              "stocks",
                              "trending",
                              "popular",
                              "mostread",
                              "mostviewed",
                              "outbrain",
                              "taboola",
                              "teaser",
                              "teasers",
                              "morenews",
                              "othernews",
                              "readmore",
                              "caption",
                              "captions"};
  static const Set kWeak = {"banner", "credit",       "gallery", "player",  "skip",      "login",
                            "search", "masthead",     "topbar",  "toolbar", "copyright", "rss",
                            "byline", "author",       "bio",     "meta",    "dateline",  "timestamp",
                            "rating", "poll",         "vote",    "print",   "sitemap",   "overlay",
                            "signup", "subscription", "bottom"};
  if (kStrong.contains(w)) return 2;
  if (kWeak.contains(w)) return 1;
  return 0;
}

// Two-word names: "most read", "read more", "more news", "see also", "you may like".
bool has_negative_pair(const std::vector<std::string>& w) {
  static const std::array<std::pair<std::string_view, std::string_view>, 10> kPairs = {{{"most", "read"},
                                                                                        {"most", "viewed"},
                                                                                        {"most", "popular"},
                                                                                        {"read", "more"},
                                                                                        {"more", "news"},
                                                                                        {"more", "stories"},
                                                                                        {"see", "also"},
                                                                                        {"also", "read"},
                                                                                        {"other", "news"},
                                                                                        {"may", "like"}}};
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    for (const auto& [a, b] : kPairs) {
      if (w[i] == a && w[i + 1] == b) return true;
    }
  }
  return false;
}

bool is_positive_word(std::string_view w) {
  static const Set kPos = {"article", "body",   "content", "entry",  "main",  "post",        "story",
                           "text",    "detail", "details", "hentry", "prose", "articlebody", "storybody"};
  return kPos.contains(w);
}

struct NameClass {
  bool negative = false;  // any negative word
  bool strong = false;    // a strong negative word or pair
  bool positive = false;
};

NameClass classify_name(const HtmlNode& n) {
  NameClass c;
  std::vector<std::string> w = name_words(n);
  for (const auto& x : w) {
    int s = negative_strength(x);
    if (s > 0) c.negative = true;
    if (s > 1) c.strong = true;
    if (is_positive_word(x)) c.positive = true;
  }
  if (has_negative_pair(w)) c.negative = c.strong = true;
  return c;
}

bool is_hidden(const HtmlNode& n) {
  if (n.attr("hidden") != nullptr) return true;
  if (const std::string* a = n.attr("aria-hidden"); a != nullptr && *a == "true") return true;
  if (const std::string* s = n.attr("style"); s != nullptr) {
    std::string st;
    for (char c : *s) {
      if (!std::isspace(static_cast<unsigned char>(c)))
        st.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    if (st.find("display:none") != std::string::npos || st.find("visibility:hidden") != std::string::npos)
      return true;
  }
  return false;
}

bool is_furniture_role(const HtmlNode& n) {
  const std::string* r = n.attr("role");
  if (r == nullptr) return false;
  static const Set kRoles = {"navigation", "contentinfo", "complementary", "search", "menu",    "menubar",
                             "toolbar",    "dialog",      "alertdialog",   "banner", "tablist", "form"};
  return kRoles.contains(*r);
}

bool is_article_body_marker(const HtmlNode& n) {
  const std::string* ip = n.attr("itemprop");
  return (ip != nullptr && (*ip == "articleBody" || *ip == "articlebody")) || n.tag == "main";
}

// ------------------------------------------------------------------------------------------
// Blocks: paragraph-level runs of text.

struct Block {
  std::string text;
  SourceMap map;  // local: offsets in `text`
  uint32_t container = kNoNode;
  uint32_t link_bytes = 0;
  int heading = 0;
  bool in_li = false;
  bool in_td = false;
  bool pre = false;
  bool soft = false;  // begins after a single <br>: rendered on the next line, not a new paragraph

  double link_density() const {
    return text.empty() ? 0 : static_cast<double>(link_bytes) / static_cast<double>(text.size());
  }
};

class BlockBuilder {
 public:
  explicit BlockBuilder(std::vector<Block>& out) : out_(out) {}

  void set_context(uint32_t container, int heading, bool li, bool td, bool pre) {
    container_ = container;
    heading_ = heading;
    li_ = li;
    td_ = td;
    pre_ = pre;
  }

  void append(const HtmlNode& t, bool in_link) {
    const std::string& s = t.text;
    size_t r = 0;
    auto src_of = [&](size_t i) -> uint32_t {
      if (t.runs.empty()) return t.src_begin;
      while (r + 1 < t.runs.size() && t.runs[r + 1].first <= i) ++r;
      if (t.runs[r].first > i) return t.runs[r].second;
      return t.runs[r].second + static_cast<uint32_t>(i - t.runs[r].first);
    };
    for (size_t i = 0; i < s.size();) {
      auto c = static_cast<unsigned char>(s[i]);
      size_t n = 1;
      bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
      bool drop = false;
      if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
        space = true;  // no-break space
        n = 2;
      } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xAD) {
        drop = true;  // soft hyphen
        n = 2;
      } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                 (static_cast<unsigned char>(s[i + 2]) == 0x8B ||
                  static_cast<unsigned char>(s[i + 2]) == 0x8C ||
                  static_cast<unsigned char>(s[i + 2]) == 0x8D)) {
        drop = true;  // zero-width space / non-joiner / joiner
        n = 3;
      } else if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBB &&
                 static_cast<unsigned char>(s[i + 2]) == 0xBF) {
        drop = true;  // stray BOM
        n = 3;
      }
      if (drop) {
        i += n;
        continue;
      }
      if (pre_ && c == '\n') {
        put('\n', src_of(i), in_link);
        pending_space_ = false;
        i += 1;
        continue;
      }
      if (space) {
        if (!pending_space_) pending_src_ = src_of(i);
        pending_space_ = true;
        i += n;
        continue;
      }
      if (pending_space_ && !cur_.text.empty() && cur_.text.back() != '\n') put(' ', pending_src_, in_link);
      pending_space_ = false;
      for (size_t k = 0; k < n; ++k) put(s[i + k], src_of(i + k), in_link);
      i += n;
    }
  }

  // A <br>: each line is its own block so that a dateline or byline line can be dropped alone;
  // one break keeps the next line in the paragraph, two in a row start a new one.
  void line_break(uint32_t /*src*/) {
    pending_space_ = false;
    if (cur_.text.empty()) {
      breaks_ = std::min(breaks_ + 1, 2);
      return;
    }
    flush();
    breaks_ = 1;
  }

  void flush() {
    pending_space_ = false;
    while (!cur_.text.empty() && (cur_.text.back() == '\n' || cur_.text.back() == ' ')) cur_.text.pop_back();
    while (!cur_.map.anchors.empty() && cur_.map.anchors.back().first >= cur_.text.size())
      cur_.map.anchors.pop_back();
    if (!cur_.text.empty()) out_.push_back(std::move(cur_));
    cur_ = Block{};
    breaks_ = 0;
  }

 private:
  void put(char c, uint32_t src, bool in_link) {
    if (cur_.text.empty()) {
      cur_.soft = breaks_ == 1 && !out_.empty() && out_.back().container == container_;
      cur_.container = container_;
      cur_.heading = heading_;
      cur_.in_li = li_;
      cur_.in_td = td_;
      cur_.pre = pre_;
    }
    cur_.map.add(static_cast<uint32_t>(cur_.text.size()), src);
    cur_.text.push_back(c);
    if (in_link) ++cur_.link_bytes;
  }

  std::vector<Block>& out_;
  Block cur_;
  bool pending_space_ = false;
  uint32_t pending_src_ = 0;
  int breaks_ = 0;  // <br>s seen since the last block ended
  uint32_t container_ = kNoNode;
  int heading_ = 0;
  bool li_ = false, td_ = false, pre_ = false;
};

// ------------------------------------------------------------------------------------------
// Text helpers.

std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> w;
  std::string cur;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) {
      cur.push_back(static_cast<char>(std::tolower(c)));
    } else if (!cur.empty()) {
      w.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) w.push_back(std::move(cur));
  return w;
}

size_t count_commas(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',') ++n;
    if (s.substr(i, 3) == "\xEF\xBC\x8C" || s.substr(i, 3) == "\xE3\x80\x81") ++n;  // fullwidth / ideographic
  }
  return n;
}

size_t letters(std::string_view s) {
  size_t n = 0;
  for (char c : s)
    n += std::isalpha(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0xC0;
  return n;
}

bool ends_sentence(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '"' || s.back() == '\'' || s.back() == ')'))
    s.remove_suffix(1);
  if (s.ends_with("\xE2\x80\x9D") || s.ends_with("\xE2\x80\x99")) s.remove_suffix(3);  // closing quotes
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?' || s.back() == ':' ||
                        s.ends_with("\xE2\x80\xA6"));
}

struct FurniturePatterns {
  RE2 line{
      R"((?i)^\W*(share( this( article| story| post)?)?( on \w+)?|tweet|print( this)?( article| page)?|e-?mail( this)?( article)?|)"
      R"(font size|text size|a\+?\s*a-?|comments?( \(\d+\))?|\d+ comments?|reply|like|follow us.*|read more.*|see more.*|)"
      R"(view more.*|more news|related( news| articles| stories| posts| content| topics)?|tags?|keywords?|topics?|)"
      R"((tags?|keywords?|topics?|related|source|photo|image|video|listen|filed under)\s*:.*|advertisement|sponsored( content)?|)"
      R"(back to top|top|next( article| story)?|previous( article| story)?|prev|most (read|viewed|popular)|trending( now)?|)"
      R"(subscribe.*|sign up.*|log ?in|register|\d+ min(ute)?s? read|home|back|close|menu|search|loading\.*|)"
      R"(you (may|might) (also )?like.*|recommended( for you)?|don'?t miss|editor'?s picks?|latest( news)?|)"
      R"(copy link|link copied|save|bookmark)\W*$)"};
  RE2 byline{
      R"(^(?i:by|author|authors|reporter|reporters|posted by|written by|story by|text by|edited by)\b)"};
  RE2 cookies{R"((?i)\bcookies?\b.*\b(agree|accept|consent|use|experience|settings|policy)\b)"};
  RE2 caption{
      R"((?i)(\((\w+ )?photo( ?:[^)]*)?\)|\(photo\W|\bphoto: |^photo\b|illustrative (image|photo)|file photo|\(ảnh)"
      R"(|^image:|\(image:|\bpicture: ))"};
  RE2 clock{R"(^\W*\d{1,2}:\d{2}(:\d{2})?\s*(am|pm|AM|PM)?\s*(\(?(GMT|UTC|ICT)[+-]?\d*\)?)?\W*$)"};
};

const FurniturePatterns& furniture() {
  static const FurniturePatterns p;
  return p;
}

// A full stop, '!' or '?' that ends a sentence (not the one after an initial, "J. Smith").
bool has_sentence_stop(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '!' || c == '?') return true;
    if (c != '.') continue;
    bool initial = i >= 1 && std::isupper(static_cast<unsigned char>(s[i - 1])) &&
                   (i == 1 || !std::isalpha(static_cast<unsigned char>(s[i - 2])));
    if (!initial) return true;
  }
  return false;
}

bool is_date_only(std::string_view s) {
  if (s.size() > 80) return false;
  size_t at = 0;
  auto d = find_date_in_text(s, &at);
  if (!d) return RE2::FullMatch(re2::StringPiece(s.data(), s.size()), furniture().clock);
  // Weekday, month names and "updated"/"published" words aside, little else.
  static const RE2 kDateWords{
      R"((?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|)"
      R"(january|february|march|april|may|june|july|august|september|october|november|december|)"
      R"(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|updated|published|posted|last|modified|on|at|am|pm|)"
      R"(gmt|utc|ict|th|st|nd|rd|date|time)\b)"};
  std::string rest(s);
  RE2::GlobalReplace(&rest, kDateWords, "");
  return letters(rest) <= 4;
}

// ------------------------------------------------------------------------------------------

class Extractor {
 public:
  explicit Extractor(const HtmlTree& tree) : tree_(tree), nodes_(tree.nodes()) {}

  HtmlArticle run() {
    HtmlArticle a;
    read_metadata(a);
    mark_furniture();
    build_blocks();
    drop_comment_threads();
    a.blocks = blocks_.size();
    score();
    choose_content();
    std::vector<size_t> kept = filter_blocks();
    size_t headline = pick_headline(a);
    render(a, headline, kept);
    a.blocks_kept = kept.size();
    find_dates(a);
    return a;
  }

 private:
  // ---- metadata ----------------------------------------------------------------------------
  void read_metadata(HtmlArticle& a) {
    for (uint32_t i = 0; i < nodes_.size(); ++i) {
      const HtmlNode& n = nodes_[i];
      if (n.is_text) continue;
      if (n.tag == "html" && a.lang.empty()) {
        const std::string* l = n.attr("lang");
        if (l == nullptr) l = n.attr("xml:lang");
        if (l != nullptr) {
          for (char c : *l) {
            if (c == '-' || c == '_') break;
            a.lang.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
          }
        }
      } else if (n.tag == "title" && title_tag_.empty()) {
        title_tag_ = collapse(tree_.text_of(i));
        title_node_ = i;
      } else if (n.tag == "meta") {
        const std::string* content = n.attr("content");
        if (content == nullptr) continue;
        std::string key;
        for (const char* k : {"property", "name", "itemprop"}) {
          if (const std::string* v = n.attr(k)) {
            key = *v;
            break;
          }
        }
        for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (key == "og:title" || key == "twitter:title") {
          if (meta_title_.empty()) meta_title_ = collapse(*content);
        } else if (key == "og:url" && a.canonical_url.empty()) {
          a.canonical_url = *content;
        } else if (is_published_meta(key) && !meta_date_) {
          meta_date_ = parse_machine_date(*content);
        }
      } else if (n.tag == "link") {
        const std::string* rel = n.attr("rel");
        const std::string* href = n.attr("href");
        if (rel != nullptr && href != nullptr && *rel == "canonical") a.canonical_url = *href;
      }
      if (const std::string* ip = n.attr("itemprop");
          ip != nullptr && *ip == "datePublished" && !itemprop_date_) {
        const std::string* v = n.attr("content");
        if (v == nullptr) v = n.attr("datetime");
        itemprop_date_ = v != nullptr ? parse_machine_date(*v) : parse_machine_date(tree_.text_of(i));
      }
    }
  }

  static bool is_published_meta(std::string_view k) {
    static const Set kKeys = {"article:published_time",
                              "og:published_time",
                              "published_time",
                              "datepublished",
                              "date",
                              "pubdate",
                              "publishdate",
                              "publish-date",
                              "publish_date",
                              "publication_date",
                              "dc.date.issued",
                              "dc.date",
                              "dcterms.issued",
                              "dcterms.created",
                              "dc.date.created",
                              "sailthru.date",
                              "parsely-pub-date",
                              "article.published",
                              "article_date_original",
                              "original-publish-date",
                              "cxenseparse:recs:publishtime",
                              "datecreated"};
    return kKeys.contains(k);
  }

  static std::string collapse(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
      if (std::isspace(static_cast<unsigned char>(c))) {
        space = !out.empty();
        continue;
      }
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
    return out;
  }

  // ---- furniture ---------------------------------------------------------------------------
  void mark_furniture() {
    const size_t n = nodes_.size();
    // Elements holding the headline or an explicit article-body marker are never dropped by
    // name: a page wrapper called "page-with-sidebar" must survive.
    std::vector<uint8_t> keeps(n, 0);
    std::vector<uint8_t> controls(n, 0);
    std::vector<size_t> raw_text(n, 0);
    for (size_t k = n; k-- > 1;) {
      const HtmlNode& x = nodes_[k];
      if (!x.is_text && (x.tag == "h1" || is_article_body_marker(x))) keeps[k] = 1;
      if (!x.is_text && (x.tag == "input" || x.tag == "button" || x.tag == "select" || x.tag == "textarea")) {
        const std::string* type = x.attr("type");
        if (type == nullptr || *type != "hidden") controls[k] = 1;
      }
      if (x.is_text) raw_text[k] = x.text.size();
      if (x.parent != kNoNode) {
        if (keeps[k]) keeps[x.parent] = 1;
        if (controls[k]) controls[x.parent] = 1;
        if (!(x.tag == "script" || x.tag == "style" || x.tag == "head")) raw_text[x.parent] += raw_text[k];
      }
    }
    const size_t page_text = raw_text[0];
    dead_.assign(n, 0);
    negative_.assign(n, 0);
    for (uint32_t i = 1; i < n; ++i) {
      const HtmlNode& x = nodes_[i];
      if (x.parent != kNoNode && dead_[x.parent]) {
        dead_[i] = 1;
        continue;
      }
      if (x.is_text) continue;
      if (is_furniture_tag(x.tag) || is_hidden(x)) {
        dead_[i] = 1;
        continue;
      }
      if (x.tag == "html" || x.tag == "body" || keeps[i]) continue;
      // A small box with buttons or fields: cookie notices, newsletter sign-ups, polls, search.
      if (controls[i] && raw_text[i] < 400) {
        dead_[i] = 1;
        continue;
      }
      if (is_furniture_role(x)) {
        dead_[i] = 1;
        continue;
      }
      NameClass c = classify_name(x);
      if (c.negative) {
        negative_[i] = 1;
        // A positive name spares a weak negative ("content-bottom"), and a strong one when the
        // element holds most of the page ("content-wrap with-sidebar"); scoring still weighs it down.
        bool spared = c.positive && (!c.strong || raw_text[i] * 2 > page_text);
        if (!spared) dead_[i] = 1;
      }
    }
  }

  // ---- blocks ------------------------------------------------------------------------------
  void build_blocks() {
    BlockBuilder bb(blocks_);
    std::vector<uint32_t> block_stack = {0};
    int link_depth = 0, li_depth = 0, td_depth = 0, pre_depth = 0;
    std::vector<int> headings;
    auto set_ctx = [&] {
      bb.set_context(block_stack.back(), headings.empty() ? 0 : headings.back(), li_depth > 0, td_depth > 0,
                     pre_depth > 0);
    };
    auto leave = [&](uint32_t idx) {
      const HtmlNode& x = nodes_[idx];
      if (x.tag == "a") --link_depth;
      if (x.tag == "li" || x.tag == "dd" || x.tag == "dt") --li_depth;
      if (x.tag == "td" || x.tag == "th") --td_depth;
      if (x.tag == "pre") --pre_depth;
      if (heading_level(x.tag) > 0) headings.pop_back();
      if (is_block_tag(x.tag)) {
        bb.flush();
        block_stack.pop_back();
      }
      set_ctx();
    };
    // Iterative pre-order walk with explicit exits.
    uint32_t cur = nodes_[0].first_child;
    std::vector<uint32_t> path;
    set_ctx();
    while (cur != kNoNode) {
      const HtmlNode& x = nodes_[cur];
      bool descend = false;
      if (!dead_[cur]) {
        if (x.is_text) {
          bb.append(x, link_depth > 0);
        } else if (x.tag == "br") {
          bb.line_break(x.src_begin);
        } else if (x.tag == "hr") {
          bb.flush();
        } else {
          if (is_block_tag(x.tag)) {
            bb.flush();
            block_stack.push_back(cur);
          }
          if (x.tag == "a") ++link_depth;
          if (x.tag == "li" || x.tag == "dd" || x.tag == "dt") ++li_depth;
          if (x.tag == "td" || x.tag == "th") ++td_depth;
          if (x.tag == "pre") ++pre_depth;
          if (int h = heading_level(x.tag)) headings.push_back(h);
          set_ctx();
          if (x.first_child != kNoNode) {
            descend = true;
          } else {
            leave(cur);
          }
        }
      }
      if (descend) {
        path.push_back(cur);
        cur = x.first_child;
        continue;
      }
      // Next sibling, or climb, closing elements on the way.
      while (cur != kNoNode && nodes_[cur].next_sibling == kNoNode) {
        if (path.empty()) {
          cur = kNoNode;
          break;
        }
        cur = path.back();
        path.pop_back();
        leave(cur);
      }
      if (cur != kNoNode) cur = nodes_[cur].next_sibling;
    }
    bb.flush();
  }

  // ---- comment threads ---------------------------------------------------------------------
  // Reader comments often carry no telling class names, but each one has its own "2 hours ago",
  // "says:" or "Reply": where two or more sibling items have one, the items are a thread.
  void drop_comment_threads() {
    static const RE2 kCommentMark{
        R"((?i)^\W*((\d+|an?|one)\s+(second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago|says:?|wrote:?|reply|)"
        R"(report|like|\d+\s+likes?|\d+\s+repl(y|ies))\W*$)"};
    std::vector<uint32_t> items;
    for (const Block& b : blocks_) {
      if (b.text.size() > 40 || b.container == kNoNode) continue;
      if (!RE2::FullMatch(re2::StringPiece(b.text.data(), b.text.size()), kCommentMark)) continue;
      uint32_t item = nodes_[b.container].parent;
      if (item != kNoNode && item != 0) items.push_back(item);
    }
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    std::vector<uint32_t> thread_of;
    for (uint32_t it : items) thread_of.push_back(nodes_[it].parent);
    bool any = false;
    for (size_t k = 0; k < items.size(); ++k) {
      size_t siblings = std::count(thread_of.begin(), thread_of.end(), thread_of[k]);
      if (siblings < 2) continue;
      // Everything under the item goes, and so does the thread as a scoring candidate.
      for (uint32_t i = items[k]; i < nodes_.size() && (i == items[k] || under(i, items[k])); ++i)
        dead_[i] = 1;
      if (thread_of[k] != kNoNode) negative_[thread_of[k]] = 1;
      any = true;
    }
    if (!any) return;
    std::erase_if(blocks_, [&](const Block& b) { return b.container != kNoNode && dead_[b.container]; });
  }

  // ---- scoring -----------------------------------------------------------------------------
  double init_score(uint32_t i) const {
    const HtmlNode& x = nodes_[i];
    double s = 0;
    const std::string& t = x.tag;
    if (t == "div")
      s = 5;
    else if (t == "article")
      s = 8;
    else if (t == "main" || t == "section")
      s = 3;
    else if (t == "pre" || t == "td" || t == "blockquote")
      s = 3;
    else if (t == "address" || t == "ol" || t == "ul" || t == "dl" || t == "dd" || t == "dt" || t == "li" ||
             t == "form")
      s = -3;
    else if (heading_level(t) > 0 || t == "th")
      s = -5;
    NameClass c = classify_name(x);
    if (c.negative || negative_[i]) s -= 25;
    if (c.positive) s += 25;
    if (x.tag != "main" && is_article_body_marker(x)) s += 25;
    return s;
  }

  void add_score(uint32_t i, double v) {
    if (!scored_[i]) {
      scored_[i] = 1;
      score_[i] = init_score(i);
    }
    score_[i] += v;
  }

  void score() {
    const size_t n = nodes_.size();
    text_len_.assign(n, 0);
    link_len_.assign(n, 0);
    score_.assign(n, 0);
    scored_.assign(n, 0);
    for (const Block& b : blocks_) {
      for (uint32_t p = b.container; p != kNoNode; p = nodes_[p].parent) {
        text_len_[p] += b.text.size();
        link_len_[p] += b.link_bytes;
      }
    }
    static const Set kParagraphs = {"p",  "pre", "li", "td", "th", "blockquote", "dd",     "dt",   "h1",
                                    "h2", "h3",  "h4", "h5", "h6", "caption",    "legend", "title"};
    for (const Block& b : blocks_) {
      if (b.heading > 0 || b.text.size() < 25 || b.container == kNoNode) continue;
      double content = 1.0 + static_cast<double>(count_commas(b.text)) +
                       std::min(3.0, std::floor(static_cast<double>(b.text.size()) / 100.0));
      // A paragraph scores for its ancestors; a wrapper holding text directly scores for itself too.
      uint32_t start =
          kParagraphs.contains(nodes_[b.container].tag) ? nodes_[b.container].parent : b.container;
      int level = 0;
      for (uint32_t p = start; p != kNoNode && p != 0 && level < 5; p = nodes_[p].parent, ++level) {
        double div = level == 0 ? 1 : level == 1 ? 2 : level * 3.0;
        add_score(p, content / div);
      }
    }
    for (uint32_t i = 0; i < n; ++i) {
      if (!scored_[i]) continue;
      double ld =
          text_len_[i] > 0 ? static_cast<double>(link_len_[i]) / static_cast<double>(text_len_[i]) : 0;
      score_[i] *= (1.0 - ld);
    }
  }

  size_t element_children(uint32_t i) const {
    size_t c = 0;
    for (uint32_t k = nodes_[i].first_child; k != kNoNode; k = nodes_[k].next_sibling) {
      if (!nodes_[k].is_text && !dead_[k])
        ++c;
      else if (nodes_[k].is_text && !collapse(nodes_[k].text).empty())
        ++c;
    }
    return c;
  }

  void choose_content() {
    uint32_t top = kNoNode;
    for (uint32_t i = 0; i < nodes_.size(); ++i) {
      if (scored_[i] && (top == kNoNode || score_[i] > score_[top])) top = i;
    }
    if (top == kNoNode) {
      // Nothing paragraph-like: take the body and let the block filter decide.
      uint32_t body = tree_.find_first("body");
      selected_ = {body != kNoNode ? body : 0};
      return;
    }
    // Climb while the parent's score rises: content is spread over several children.
    double last = score_[top];
    double floor = last / 3;
    for (uint32_t p = nodes_[top].parent; p != kNoNode && p != 0 && nodes_[p].tag != "body";
         p = nodes_[p].parent) {
      if (!scored_[p]) continue;
      if (score_[p] < floor) break;
      if (score_[p] > last) {
        top = p;
        break;
      }
      last = score_[p];
    }
    // An only child stands for its parent.
    while (nodes_[top].parent != kNoNode && nodes_[top].parent != 0 &&
           nodes_[nodes_[top].parent].tag != "body" && element_children(nodes_[top].parent) == 1) {
      top = nodes_[top].parent;
    }
    selected_.clear();
    uint32_t parent = nodes_[top].parent;
    if (parent == kNoNode) {
      selected_.push_back(top);
      return;
    }
    double threshold = std::max(10.0, score_[top] * 0.2);
    std::vector<std::string> top_class = name_words(nodes_[top]);
    for (uint32_t s = nodes_[parent].first_child; s != kNoNode; s = nodes_[s].next_sibling) {
      if (dead_[s] || nodes_[s].is_text) continue;
      if (s == top) {
        selected_.push_back(s);
        continue;
      }
      double bonus = 0;
      if (!top_class.empty() && name_words(nodes_[s]) == top_class) bonus = score_[top] * 0.2;
      if (scored_[s] && score_[s] + bonus >= threshold) {
        selected_.push_back(s);
        continue;
      }
      // Prose siblings (a standfirst, a paragraph between two ad slots) join on their own merit.
      if (text_len_[s] == 0) continue;
      double ld = static_cast<double>(link_len_[s]) / static_cast<double>(text_len_[s]);
      if (negative_[s]) continue;
      std::string t = collapse(tree_.text_of(s));
      if (text_len_[s] > 80 && ld < 0.25 && count_sentences(t) >= 1 && average_block(s) > 40) {
        selected_.push_back(s);
      } else if (text_len_[s] <= 80 && link_len_[s] == 0 && ends_sentence(t) &&
                 t.find(". ") != std::string::npos) {
        selected_.push_back(s);
      }
    }
  }

  static size_t count_sentences(std::string_view t) {
    size_t n = 0;
    for (size_t i = 0; i + 1 < t.size(); ++i) {
      if ((t[i] == '.' || t[i] == '!' || t[i] == '?') && t[i + 1] == ' ') ++n;
    }
    return n + (ends_sentence(t) ? 1 : 0);
  }

  double average_block(uint32_t s) const {
    size_t count = 0, total = 0;
    for (const Block& b : blocks_) {
      if (under(b.container, s)) {
        ++count;
        total += b.text.size();
      }
    }
    return count == 0 ? 0 : static_cast<double>(total) / static_cast<double>(count);
  }

  bool under(uint32_t node, uint32_t ancestor) const {
    for (uint32_t p = node; p != kNoNode; p = nodes_[p].parent) {
      if (p == ancestor) return true;
      if (nodes_[p].depth < nodes_[ancestor].depth) return false;
    }
    return false;
  }

  bool in_selection(const Block& b) const {
    for (uint32_t s : selected_) {
      if (under(b.container, s)) return true;
    }
    return false;
  }

  // ---- block filter ------------------------------------------------------------------------
  enum class Verdict : uint8_t { kGood, kBad, kShort, kHeading };

  Verdict judge(const Block& b) const {
    const FurniturePatterns& f = furniture();
    re2::StringPiece sp(b.text.data(), b.text.size());
    const double ld = b.link_density();
    if (b.text.size() < 200 && RE2::FullMatch(sp, f.line)) return Verdict::kBad;
    if (ld > 0.5) return Verdict::kBad;
    if (ld > 0.25 && b.text.size() < 80) return Verdict::kBad;
    if (b.in_li && ld > 0.3) return Verdict::kBad;
    if (is_date_only(b.text)) return Verdict::kBad;
    if (b.text.size() < 100 && RE2::PartialMatch(sp, f.byline) && !has_sentence_stop(b.text))
      return Verdict::kBad;
    if (b.text.size() < 300 && RE2::PartialMatch(sp, f.caption)) return Verdict::kBad;
    if (b.text.size() < 400 && RE2::PartialMatch(sp, f.cookies)) return Verdict::kBad;
    if (b.heading > 0) return Verdict::kHeading;
    if (negative_container(b)) return Verdict::kBad;
    if (letters(b.text) == 0) return Verdict::kBad;
    if (b.text.size() < 40 && !ends_sentence(b.text)) return Verdict::kShort;
    return Verdict::kGood;
  }

  // Inside an element named like furniture that was spared for a positive word.
  bool negative_container(const Block& b) const {
    for (uint32_t p = b.container; p != kNoNode && p != 0; p = nodes_[p].parent) {
      if (negative_[p]) {
        // Only if the named element is inside the chosen content, not a wrapper around it.
        for (uint32_t s : selected_) {
          if (under(p, s) && p != s) return true;
        }
        return false;
      }
    }
    return false;
  }

  std::vector<size_t> filter_blocks() {
    std::vector<size_t> cand;
    for (size_t i = 0; i < blocks_.size(); ++i) {
      if (in_selection(blocks_[i])) cand.push_back(i);
    }
    std::vector<Verdict> v(cand.size());
    for (size_t k = 0; k < cand.size(); ++k) v[k] = judge(blocks_[cand[k]]);
    // Short blocks take the side of their neighbours: kept between good blocks only.
    auto neighbour = [&](size_t k, int dir) -> Verdict {
      for (long j = static_cast<long>(k) + dir; j >= 0 && j < static_cast<long>(cand.size()); j += dir) {
        Verdict w = v[static_cast<size_t>(j)];
        if (w == Verdict::kGood || w == Verdict::kBad) return w;
      }
      return Verdict::kBad;
    };
    std::vector<Verdict> resolved = v;
    for (size_t k = 0; k < cand.size(); ++k) {
      if (v[k] == Verdict::kShort) {
        resolved[k] = neighbour(k, -1) == Verdict::kGood && neighbour(k, +1) == Verdict::kGood
                          ? Verdict::kGood
                          : Verdict::kBad;
      }
    }
    // Headings stay if what follows them (before the next heading) holds a good block.
    for (size_t k = 0; k < cand.size(); ++k) {
      if (resolved[k] != Verdict::kHeading) continue;
      bool good = false;
      for (size_t j = k + 1; j < cand.size() && resolved[j] != Verdict::kHeading; ++j) {
        if (resolved[j] == Verdict::kGood) {
          good = true;
          break;
        }
      }
      resolved[k] = good ? Verdict::kGood : Verdict::kBad;
    }
    std::vector<size_t> kept;
    for (size_t k = 0; k < cand.size(); ++k) {
      if (resolved[k] == Verdict::kGood) kept.push_back(cand[k]);
    }
    // A fragment (a feed's html field: "<p>Short news item</p>") has no paragraph that wins on
    // its own: keep whatever is not furniture by its own look.
    if (kept.empty()) {
      for (size_t k = 0; k < cand.size(); ++k) {
        if (v[k] != Verdict::kBad) kept.push_back(cand[k]);
      }
    }
    // A dateline dropped from the text ("Published: 21.11.2013") before the body is the page's date.
    for (size_t k = 0; k < cand.size(); ++k) {
      const Block& b = blocks_[cand[k]];
      if (resolved[k] == Verdict::kGood && b.heading == 0 && b.text.size() >= 100) break;
      if (!byline_date_ && is_date_only(b.text)) byline_date_ = find_date_in_text(b.text);
    }
    return kept;
  }

  // ---- headline ----------------------------------------------------------------------------
  // Returns the index of the headline block, or blocks_.size() if the title has to stand in.
  size_t pick_headline(HtmlArticle& a) {
    std::string ref = strip_site_name(!meta_title_.empty() ? meta_title_ : title_tag_);
    std::unordered_set<std::string> ref_words;
    for (auto& w : words_of(ref)) ref_words.insert(w);
    // Dice overlap of a block's words with the title's (site name stripped).
    auto likeness = [&](const Block& b) {
      auto wb = words_of(b.text);
      if (wb.empty() || ref_words.empty()) return 0.0;
      std::unordered_set<std::string> sb(wb.begin(), wb.end());
      size_t hit = 0;
      for (const auto& w : sb) hit += ref_words.contains(w);
      return 2.0 * static_cast<double>(hit) / static_cast<double>(sb.size() + ref_words.size());
    };
    size_t best = blocks_.size();
    if (ref_words.empty()) {
      // No title to go by: the first level-1 heading, else the first level-2 one.
      for (int level : {1, 2}) {
        for (size_t i = 0; i < blocks_.size() && best == blocks_.size(); ++i) {
          if (blocks_[i].heading == level && words_of(blocks_[i].text).size() >= 3) best = i;
        }
      }
    } else {
      // Headings first (h1, then h2), then any short unlinked block (old layouts set the
      // headline in bold or a big font).
      double best_score = 0;
      for (int pass = 0; pass < 3 && best == blocks_.size(); ++pass) {
        for (size_t i = 0; i < blocks_.size(); ++i) {
          const Block& b = blocks_[i];
          bool eligible =
              pass < 2 ? b.heading == pass + 1 : (b.text.size() <= 250 && b.link_density() <= 0.5);
          if (!eligible) continue;
          double sc = likeness(b);
          if (sc >= 0.6 && sc > best_score + 1e-9) {
            best_score = sc;
            best = i;
          }
        }
      }
    }
    if (best < blocks_.size()) {
      a.title = blocks_[best].text;
      std::replace(a.title.begin(), a.title.end(), '\n', ' ');
      return best;
    }
    a.title = ref;
    return blocks_.size();
  }

  static std::string strip_site_name(const std::string& t) {
    static const std::array<std::string_view, 6> kSeps = {
        " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xBB "};
    std::vector<std::string> parts = {t};
    for (auto sep : kSeps) {
      std::vector<std::string> next;
      for (const auto& p : parts) {
        size_t start = 0;
        for (size_t at; (at = p.find(sep, start)) != std::string::npos; start = at + sep.size()) {
          next.push_back(p.substr(start, at - start));
        }
        next.push_back(p.substr(start));
      }
      parts = std::move(next);
    }
    std::string best;
    for (const auto& p : parts) {
      if (p.size() > best.size()) best = p;
    }
    return best;
  }

  // ---- render ------------------------------------------------------------------------------
  void append_block(HtmlArticle& a, std::string_view text, const SourceMap& local, uint32_t fallback_src,
                    bool soft = false) {
    if (!a.text.empty()) {
      uint32_t next_src = local.empty() ? fallback_src : local.anchors.front().second;
      a.map.add(static_cast<uint32_t>(a.text.size()), next_src);
      a.text += soft ? "\n" : "\n\n";
    }
    auto base = static_cast<uint32_t>(a.text.size());
    if (local.empty()) {
      a.map.add(base, fallback_src);
    } else {
      for (const auto& [t, s] : local.anchors) a.map.add(base + t, s);
    }
    a.text.append(text);
  }

  void render(HtmlArticle& a, size_t headline, const std::vector<size_t>& kept) {
    std::string head_key;
    if (headline < blocks_.size()) {
      append_block(a, blocks_[headline].text, blocks_[headline].map, 0);
      head_key = collapse(blocks_[headline].text);
    } else if (!a.title.empty()) {
      uint32_t src = title_node_ != kNoNode ? nodes_[title_node_].src_begin : 0;
      append_block(a, a.title, SourceMap{}, src);
      head_key = a.title;
    }
    size_t prev = blocks_.size();
    for (size_t k : kept) {
      if (k == headline) continue;
      if (!head_key.empty() && collapse(blocks_[k].text) == head_key) continue;
      // A line after a single <br> stays in its paragraph if the line before it was kept.
      bool soft = blocks_[k].soft && prev != blocks_.size() && prev + 1 == k;
      append_block(a, blocks_[k].text, blocks_[k].map, 0, soft);
      prev = k;
    }
    body_start_ = head_key.empty() ? 0 : std::min(a.text.size(), head_key.size() + 2);
  }

  // ---- dates -------------------------------------------------------------------------------
  void find_dates(HtmlArticle& a) {
    auto set = [&](std::optional<PartialDate> d, const char* src) {
      if (!a.published && d) {
        a.published = d;
        a.published_source = src;
      }
    };
    set(meta_date_, "meta");
    if (!a.published) set(json_ld_date(), "json-ld");
    set(itemprop_date_, "meta");
    if (!a.published) set(time_element_date(), "time");
    if (!a.published) set(page_date(), "page");
    if (!a.published) set(byline_date_, "page");
    if (!a.published && body_start_ <= a.text.size()) {
      set(find_dateline(std::string_view(a.text).substr(body_start_)), "dateline");
    }
  }

  std::optional<PartialDate> json_ld_date() const {
    for (const std::string& s : tree_.json_ld()) {
      nlohmann::json j = nlohmann::json::parse(s, nullptr, false);
      if (j.is_discarded()) continue;
      // Breadth-first over the JSON-LD graph, bounded: articles first, any datePublished after.
      std::optional<PartialDate> any;
      std::vector<const nlohmann::json*> queue = {&j};
      for (size_t q = 0; q < queue.size() && q < 2000; ++q) {
        const nlohmann::json& v = *queue[q];
        if (v.is_object()) {
          auto it = v.find("datePublished");
          if (it != v.end() && it->is_string()) {
            auto d = parse_machine_date(it->get_ref<const std::string&>());
            auto type = v.find("@type");
            bool article = false;
            if (type != v.end()) {
              std::string ts = type->dump();
              article = ts.find("Article") != std::string::npos || ts.find("Posting") != std::string::npos;
            }
            if (d && article) return d;
            if (d && !any) any = d;
          }
          for (const auto& [k, child] : v.items()) {
            if (child.is_structured()) queue.push_back(&child);
          }
        } else if (v.is_array()) {
          for (const auto& child : v) {
            if (child.is_structured()) queue.push_back(&child);
          }
        }
      }
      if (any) return any;
    }
    return std::nullopt;
  }

  std::optional<PartialDate> time_element_date() const {
    std::optional<PartialDate> first;
    for (uint32_t i = 0; i < nodes_.size(); ++i) {
      const HtmlNode& x = nodes_[i];
      if (x.is_text || x.tag != "time") continue;
      // Times in comments, teasers and footers are other articles' dates.
      if (dead_[i] && !inside_named_meta(i)) continue;
      const std::string* dt = x.attr("datetime");
      std::optional<PartialDate> d =
          dt != nullptr ? parse_machine_date(*dt) : parse_machine_date(tree_.text_of(i));
      if (!d) continue;
      const std::string* cls = x.attr("class");
      bool marked = x.attr("pubdate") != nullptr ||
                    (cls != nullptr &&
                     (cls->find("publish") != std::string::npos || cls->find("posted") != std::string::npos));
      if (marked) return d;
      if (!first) first = d;
    }
    return first;
  }

  // A dead element whose death is only its name (byline, meta, dateline, timestamp): its date
  // is the article's own.
  bool inside_named_meta(uint32_t i) const {
    for (uint32_t p = i; p != kNoNode && p != 0; p = nodes_[p].parent) {
      const HtmlNode& x = nodes_[p];
      if (x.is_text) continue;
      if (is_furniture_tag(x.tag) && x.tag != "address") return false;
      auto w = name_words(x);
      for (const auto& word : w) {
        if (word == "comment" || word == "comments" || word == "related" || word == "footer" ||
            word == "sidebar" || word == "teaser" || word == "widget" || word == "nav" || word == "menu") {
          return false;
        }
      }
    }
    return true;
  }

  std::optional<PartialDate> page_date() const {
    for (uint32_t i = 0; i < nodes_.size(); ++i) {
      const HtmlNode& x = nodes_[i];
      if (x.is_text) continue;
      auto w = name_words(x);
      bool datey = false;
      for (const auto& word : w) {
        if (word == "date" || word == "time" || word == "publish" || word == "published" ||
            word == "posted" || word == "byline" || word == "dateline" || word == "timestamp" ||
            word == "pubdate") {
          datey = true;
        }
      }
      if (!datey || !inside_named_meta(i)) continue;
      std::string t = tree_.text_of(i);
      if (t.size() > 300) continue;
      if (auto d = find_date_in_text(t)) return d;
    }
    return std::nullopt;
  }

  const HtmlTree& tree_;
  const std::vector<HtmlNode>& nodes_;
  std::vector<uint8_t> dead_;
  std::vector<uint8_t> negative_;
  std::vector<Block> blocks_;
  std::vector<size_t> text_len_, link_len_;
  std::vector<double> score_;
  std::vector<uint8_t> scored_;
  std::vector<uint32_t> selected_;
  std::string title_tag_, meta_title_;
  uint32_t title_node_ = kNoNode;
  std::optional<PartialDate> meta_date_, itemprop_date_, byline_date_;
  size_t body_start_ = 0;
};

}  // namespace

HtmlArticle extract_article(const HtmlTree& tree) { return Extractor(tree).run(); }

HtmlArticle clean_html(std::string_view html) { return extract_article(HtmlTree::parse(html)); }

}  // namespace attache::clean
