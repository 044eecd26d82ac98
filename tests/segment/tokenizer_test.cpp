#include "segment/tokenizer.h"

#include <gtest/gtest.h>

namespace attache::segment {
namespace {

std::vector<std::string> texts(const TokenizedText& t) {
  std::vector<std::string> out;
  for (size_t i = 0; i < t.tokens.size(); ++i) out.emplace_back(t.text_of(i));
  return out;
}

std::vector<std::string> sentences(const TokenizedText& t) {
  std::vector<std::string> out;
  for (const auto& s : t.sentences) out.emplace_back(s.span.of(t.text));
  return out;
}

TEST(Tokenizer, KeepsRankAbbreviationDotsAndSplitsPossessives) {
  Tokenizer tok;
  auto t = tok.tokenize("Sen. Lieut. Gen. Trần Văn Bình met Malaysia’s envoy.");
  EXPECT_EQ(texts(t), (std::vector<std::string>{"Sen.", "Lieut.", "Gen.", "Trần", "Văn", "Bình", "met", "Malaysia",
                                                "’s", "envoy", "."}));
  EXPECT_EQ(t.norm_of(0), "sen");
  EXPECT_EQ(t.norm_of(3), "tran");
  EXPECT_TRUE(t.tokens[8].has(kPossessive));
  EXPECT_EQ(t.sentences.size(), 1u);
}

TEST(Tokenizer, InitialismsAreOneTokenAndDoNotEndSentences) {
  Tokenizer tok;
  auto t = tok.tokenize("The U.S. delegation, led by Dr. Amelia Ortiz, arrived. Talks began.");
  auto s = sentences(t);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "The U.S. delegation, led by Dr. Amelia Ortiz, arrived.");
  EXPECT_EQ(t.norm_of(1), "us");
  EXPECT_TRUE(t.tokens[1].has(kAllCaps));
}

TEST(Tokenizer, MongolianInitialJoinedToTheNameKeepsItsDot) {
  Tokenizer tok;
  auto t = tok.tokenize("President Ts.Elbegdorj met Ch.Ulaan. He spoke in Ulaanbaatar.");
  EXPECT_EQ(texts(t)[1], "Ts.");
  EXPECT_TRUE(t.tokens[1].has(kAbbrevDot));
  EXPECT_EQ(texts(t)[2], "Elbegdorj");
  EXPECT_EQ(t.sentences.size(), 2u);
}

TEST(Tokenizer, LineBreaksEndSentencesAndParagraphs) {
  Tokenizer tok;
  auto t = tok.tokenize("Headline without a full stop\nFirst sentence here. Second one!\n\nThird");
  auto s = sentences(t);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0], "Headline without a full stop");
  EXPECT_EQ(s[2], "Second one!");
  EXPECT_EQ(t.sentences[1].paragraph, t.sentences[2].paragraph);
  EXPECT_NE(t.sentences[2].paragraph, t.sentences[3].paragraph);
}

TEST(Tokenizer, GluedParagraphsStillEndSentences) {
  Tokenizer tok;
  auto t = tok.tokenize("The talks ended in Canberra last week.Both navies will train together in 2026.The plan "
                        "follows the U.S.-led review and a visit to Washington D.C. in May.");
  auto s = sentences(t);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "The talks ended in Canberra last week.");
  EXPECT_EQ(s[1], "Both navies will train together in 2026.");
  // initials and domain names keep their dots
  auto u = tok.tokenize("She met Gen.Carter at defence.gov.au today.");
  EXPECT_EQ(sentences(u).size(), 1u);
}

TEST(Tokenizer, HardWrappedLinesJoinIntoOneSentence) {
  Tokenizer tok;
  auto t = tok.tokenize("The general received envoys of Fiji,\nTonga and Samoa in Suva on Monday.\nThe envoy of the\n"
                        "island state thanked him\nfor the help.\nNext Headline\nBody text.");
  auto s = sentences(t);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0], "The general received envoys of Fiji,\nTonga and Samoa in Suva on Monday.");
  EXPECT_EQ(s[1], "The envoy of the\nisland state thanked him\nfor the help.");
  EXPECT_EQ(s[2], "Next Headline");
}

TEST(Tokenizer, HyphensAndDashesAreSeparateTokens) {
  Tokenizer tok;
  auto t = tok.tokenize("the Vietnam-Japan search-and-rescue drill — in Hà Nội");
  auto words = texts(t);
  EXPECT_EQ(words[1], "Vietnam");
  EXPECT_EQ(words[2], "-");
  EXPECT_TRUE(t.tokens[2].has(kHyphen));
  EXPECT_EQ(t.norm_of(10), "-");  // the em dash folds to '-'
  EXPECT_EQ(t.norm_of(12), "ha");
}

TEST(Tokenizer, OffsetsPointIntoOriginalText) {
  Tokenizer tok;
  std::string text = "  Việt Nam’s Ministry ";
  auto t = tok.tokenize(text);
  for (size_t i = 0; i < t.tokens.size(); ++i) {
    EXPECT_EQ(t.tokens[i].span.of(text), t.text_of(i));
  }
  EXPECT_EQ(t.text_of(0), "Việt");
  EXPECT_EQ(t.norm_of(0), "viet");
}

TEST(Tokenizer, RespectsBodyRanges) {
  Tokenizer tok;
  std::string text = "MENU Home News\nThe article. It ends.\nRelated: other story";
  Span body{15, 36};
  auto t = tok.tokenize(text, {body});
  for (const auto& token : t.tokens) EXPECT_TRUE(body.contains(token.span));
  EXPECT_EQ(sentences(t), (std::vector<std::string>{"The article.", "It ends."}));
}

TEST(Tokenizer, ApostropheInsideNamesAndTrailingHonorific) {
  Tokenizer tok;
  auto t = tok.tokenize("Dato' Seri Ahmad met O'Brien.");
  auto words = texts(t);
  EXPECT_EQ(words[0], "Dato");
  EXPECT_EQ(words[1], "'");
  EXPECT_EQ(words[5], "O'Brien");
}

}  // namespace
}  // namespace attache::segment
