// libFuzzer target: HTML parsing and main-content extraction on arbitrary (UTF-8 repaired)
// markup. Checks that the rendered text is valid UTF-8 and that the source map stays inside the
// page and moves forward within each run.
#include "clean/html_article.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string html(reinterpret_cast<const char*>(data), size);
  attache::normalize::repair_utf8(html);
  attache::clean::HtmlArticle a = attache::clean::clean_html(html);
  using attache::fuzz::check;
  check(!attache::normalize::find_invalid_utf8(a.text).has_value(), "article text is valid UTF-8");
  uint32_t prev_t = 0;
  for (size_t i = 0; i < a.map.anchors.size(); ++i) {
    const auto& [t, s] = a.map.anchors[i];
    check(i == 0 || t > prev_t, "anchors strictly increasing in text offset");
    check(t <= a.text.size(), "anchor inside the text");
    check(s <= html.size(), "anchor inside the page");
    prev_t = t;
  }
  if (a.published) check(a.published->year >= 1900, "plausible year");
  return 0;
}
