#include "time/dates.h"

#include <gtest/gtest.h>

#include "segment/tokenizer.h"

namespace attache::time {
namespace {

std::optional<PartialDate> first(std::string_view text, std::optional<PartialDate> pub, bool future = false) {
  segment::Tokenizer tok;
  auto t = tok.tokenize(text);
  auto found = find_dates(t, 0, t.tokens.size());
  if (found.empty()) return std::nullopt;
  return resolve(found[0], pub, future);
}

std::string str(const std::optional<PartialDate>& d) { return d ? d->to_string() : "null"; }

TEST(Dates, WeekdayIsLatestOnOrBeforePublication) {
  auto pub = PartialDate::parse("2025-02-12");  // a Wednesday
  EXPECT_EQ(str(first("The ministers met on Tuesday in Manila.", pub)), "2025-02-11");
  EXPECT_EQ(str(first("Talks were held on Wednesday.", pub)), "2025-02-12");
  EXPECT_EQ(str(first("They spoke on Thursday.", pub)), "2025-02-06");
}

TEST(Dates, MonthWithoutYearKeepsHeldOccasionBeforePublication) {
  auto pub = PartialDate::parse("2024-02-28");
  EXPECT_EQ(str(first("co-chaired the dialogue in Hanoi on February 27.", pub)), "2024-02-27");
  EXPECT_EQ(str(first("The drill ran on 3 December.", pub)), "2023-12-03");
  EXPECT_EQ(str(first("hosted the forum last January", pub)), "2024-01");
  EXPECT_EQ(str(first("the visit in November 2023", pub)), "2023-11");
}

TEST(Dates, PlannedOccasionsLookAhead) {
  auto pub = PartialDate::parse("2025-09-25");
  EXPECT_EQ(str(first("scheduled for March", pub, /*future=*/true)), "2026-03");
  EXPECT_EQ(str(first("to be held this year", pub, true)), "2025");
  EXPECT_EQ(str(first("the dialogue next year", pub, true)), "2026");
  EXPECT_EQ(str(first("next month", pub, true)), "2025-10");
}

TEST(Dates, TodayYesterdayThisMorning) {
  auto pub = PartialDate::parse("2021-03-01");
  EXPECT_EQ(str(first("The secretary spoke by phone today with his counterpart.", pub)), "2021-03-01");
  EXPECT_EQ(str(first("She received the envoy yesterday.", pub)), "2021-02-28");
  EXPECT_EQ(str(first("The chief called on the minister this morning.", pub)), "2021-03-01");
  EXPECT_EQ(str(first("The delegation met today.", std::nullopt)), "null");
}

TEST(Dates, VagueAndUnanchoredGiveNothing) {
  auto pub = PartialDate::parse("2025-09-25");
  EXPECT_EQ(str(first("to be held in the coming time", pub, true)), "null");
  EXPECT_EQ(str(first("The minister arrived on Monday.", std::nullopt)), "null");
  EXPECT_EQ(str(first("in April 2018 the two ministries signed", std::nullopt)), "2018-04");
}

TEST(Dates, RangesGiveFirstAndLastDay) {
  segment::Tokenizer tok;
  auto pub = PartialDate::parse("2024-10-05");
  auto t = tok.tokenize("The exercise ran from September 29 to October 2 off Sattahip.");
  auto found = find_dates(t, 0, t.tokens.size());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(str(resolve(found[0], pub, false)), "2024-09-29");
  EXPECT_EQ(str(resolve_end(found[0], pub, false)), "2024-10-02");
  auto t2 = tok.tokenize("held on 12-14 March 2023 in Darwin");
  auto f2 = find_dates(t2, 0, t2.tokens.size());
  ASSERT_EQ(f2.size(), 1u);
  EXPECT_EQ(str(resolve(f2[0], pub, false)), "2023-03-12");
  EXPECT_EQ(str(resolve_end(f2[0], pub, false)), "2023-03-14");
}

TEST(Dates, MayIsAMonthOnlyWithACapital) {
  auto pub = PartialDate::parse("2024-06-10");
  EXPECT_EQ(str(first("The talks took place on May 20.", pub)), "2024-05-20");
  EXPECT_EQ(str(first("The two sides may hold talks.", pub)), "null");
}

}  // namespace
}  // namespace attache::time
