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

TEST(Dates, LaterInTheYearIsThisYear) {
  auto pub = PartialDate::parse("2022-07-14");
  EXPECT_EQ(str(first("accepted an invitation to visit Fiji later in the year", pub, true)), "2022");
  EXPECT_EQ(str(first("the ship called at Suva earlier in the month", pub)), "2022-07");
  EXPECT_EQ(str(first("later in the day", pub)), "null");  // (counted from another occasion, not from publication)
}

TEST(Dates, AHalfOrTheEndOfTheYearIsThisYear) {
  auto pub = PartialDate::parse("2025-06-18");
  EXPECT_EQ(str(first("a joint patrol in the second half of the year", pub, true)), "2025");
  EXPECT_EQ(str(first("the agreement is to be signed by the end of the year", pub, true)), "2025");
  EXPECT_EQ(str(first("in the first half of next year", pub, true)), "2026");
  EXPECT_EQ(str(first("the frigates are to be delivered by year-end", pub, true)), "2025");
  EXPECT_EQ(str(first("talks are expected to conclude before year end", pub, true)), "2025");
  EXPECT_EQ(str(first("the year ended badly", pub, true)), "null");
}

TEST(Dates, ThatYearIsTheYearTheSentenceNamed) {
  auto pub = PartialDate::parse("2013-08-30");
  segment::Tokenizer tok;
  auto t = tok.tokenize("Laos, which chairs ASEAN in 2016, will host the dialogue in Vientiane that year");
  auto found = find_dates(t, 0, t.tokens.size());
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(t.text_of(found[1].begin), "that");
  EXPECT_EQ(str(resolve(found[1], pub, true)), "2016");
  EXPECT_EQ(str(first("the exercise will be held that year", pub, true)), "null");  // (no year named before)
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

TEST(Dates, WeekdayRanges) {
  segment::Tokenizer tok;
  auto pub = PartialDate::parse("2026-07-16");  // a Thursday
  auto t = tok.tokenize("The visit runs from Tuesday to Saturday. Drills went on Monday-Wednesday.");
  auto found = find_dates(t, 0, t.tokens.size());
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(str(resolve(found[0], pub, false)), "2026-07-14");
  EXPECT_EQ(str(resolve_end(found[0], pub, false)), "2026-07-18");
  EXPECT_EQ(str(resolve(found[1], pub, false)), "2026-07-13");
  EXPECT_EQ(str(resolve_end(found[1], pub, false)), "2026-07-15");
}

TEST(Dates, WeekendsAreTheirSaturdayToSunday) {
  segment::Tokenizer tok;
  auto pub = PartialDate::parse("2023-06-05");  // a Monday
  auto t =
      tok.tokenize("He attended the forum last weekend. The drill ran over the weekend. Talks follow next weekend.");
  auto found = find_dates(t, 0, t.tokens.size());
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(str(resolve(found[0], pub, false)), "2023-06-03");
  EXPECT_EQ(str(resolve_end(found[0], pub, false)), "2023-06-04");
  EXPECT_EQ(str(resolve(found[1], pub, false)), "2023-06-03");
  EXPECT_EQ(str(resolve(found[2], pub, true)), "2023-06-10");
  EXPECT_EQ(str(resolve_end(found[2], pub, true)), "2023-06-11");
  // a weekday to come written on that weekday is the same day; "next Monday" is a week on
  EXPECT_EQ(str(first("He will call on the minister on Monday.", pub, true)), "2023-06-05");
  EXPECT_EQ(str(first("They meet again next Monday.", pub, true)), "2023-06-12");
}

TEST(Dates, MayIsAMonthOnlyWithACapital) {
  auto pub = PartialDate::parse("2024-06-10");
  EXPECT_EQ(str(first("The talks took place on May 20.", pub)), "2024-05-20");
  EXPECT_EQ(str(first("The two sides may hold talks.", pub)), "null");
}

std::optional<PartialDate> first_end(std::string_view text, std::optional<PartialDate> pub, bool future = false) {
  segment::Tokenizer tok;
  auto t = tok.tokenize(text);
  auto found = find_dates(t, 0, t.tokens.size());
  if (found.empty()) return std::nullopt;
  return resolve_end(found[0], pub, future);
}

TEST(Dates, MonthWithARelativeYear) {
  auto pub = PartialDate::parse("2019-04-27");
  EXPECT_EQ(str(first("The previous round took place in March last year in Lai Chau.", pub)), "2018-03");
  EXPECT_EQ(str(first("the navies will drill off Darwin in September this year", pub, true)), "2019-09");
  EXPECT_EQ(str(first("a return visit in February next year", pub, true)), "2020-02");
  EXPECT_EQ(str(first("signed on 12 June of last year", pub)), "2018-06-12");
  EXPECT_EQ(str(first("in June last year", std::nullopt)), "null");
}

TEST(Dates, DayRangesBeforeTheMonth) {
  auto pub = PartialDate::parse("2020-01-14");
  EXPECT_EQ(str(first("is on an official visit to Brunei from 13 to 16 January 2020.", pub)), "2020-01-13");
  EXPECT_EQ(str(first_end("is on an official visit to Brunei from 13 to 16 January 2020.", pub)), "2020-01-16");
  // no year written: the range that contains the publication day
  EXPECT_EQ(str(first("The chief is touring Oman from 12 to 17 January.", pub)), "2020-01-12");
  EXPECT_EQ(str(first_end("The chief is touring Oman from 12 to 17 January.", pub)), "2020-01-17");
  EXPECT_EQ(str(first_end("talks between 3 and 5 March 2019", pub)), "2019-03-05");
  EXPECT_EQ(str(first_end("a drill planned for 14-18 July", pub, true)), "2020-07-18");
  // across months and across the year end
  EXPECT_EQ(str(first_end("the exercise runs from December 28 to January 3", pub)), "2020-01-03");
  EXPECT_EQ(str(first("the exercise runs from December 28 to January 3", pub)), "2019-12-28");
  EXPECT_EQ(str(first_end("held from 30 November to 2 December 2019", pub)), "2019-12-02");
}

TEST(Dates, AbbreviatedMonthsAndWeeks) {
  auto pub = PartialDate::parse("2023-11-16");  // a Thursday
  EXPECT_EQ(str(first("The drills will run from Aug. 14 to 31.", pub, true)), "2024-08-14");
  EXPECT_EQ(str(first("ministers gathered in Bali earlier this week", pub)), "2023-11");
  EXPECT_EQ(str(first("the chiefs spoke last week", pub)), "2023-11");
  // a week that straddles two months gives only the year
  EXPECT_EQ(str(first("they met earlier this week", PartialDate::parse("2023-12-01"))), "2023");
  EXPECT_EQ(str(first("the envoys met Sept. 3", pub)), "2023-09-03");
}

TEST(Dates, VagueTimesGiveNoDate) {
  auto pub = PartialDate::parse("2024-06-02");
  EXPECT_EQ(str(first("a video call between the commanders in the coming months", pub, true)), "null");
  EXPECT_EQ(str(first("to visit Canberra at the earliest opportunity", pub, true)), "null");
  EXPECT_EQ(str(first("a meeting in the near future", pub, true)), "null");
  EXPECT_EQ(str(first("the talks will resume at an appropriate time", pub, true)), "null");
}

TEST(Dates, DaysCountedFromAnotherOccasion) {
  segment::Tokenizer tok;
  auto ref = PartialDate::parse("2024-03-20");
  auto one = [&](std::string_view text) {
    auto t = tok.tokenize(text);
    auto found = find_dates(t, 0, t.tokens.size());
    if (found.empty()) return std::string("none");
    EXPECT_TRUE(found[0].anchored) << text;
    EXPECT_FALSE(resolve(found[0], ref, false).has_value()) << text;  // not counted from publication
    return str(resolve_from(found[0], ref));
  };
  EXPECT_EQ(one("The day before, the working group met to prepare the papers."), "2024-03-19");
  EXPECT_EQ(one("A day earlier the two admirals toured the dockyard."), "2024-03-19");
  EXPECT_EQ(one("The following day he flew to Kandy."), "2024-03-21");
  EXPECT_EQ(one("Later that day, the guest called on the premier."), "2024-03-20");
  EXPECT_EQ(one("On the same day the envoys signed a protocol."), "2024-03-20");
  EXPECT_EQ(one("Later in the day, she is scheduled to meet the army chief."), "2024-03-20");
  EXPECT_EQ(str(resolve_from(find_dates(tok.tokenize("the next day"), 0, 3)[0], PartialDate::parse("2024-03"))),
            "null");
}

TEST(Dates, ShortMonthFormAloneIsAName) {
  auto pub = PartialDate::parse("2024-05-16");
  EXPECT_EQ(str(first("according to Senior Colonel Li Jun, a spokesperson.", pub)), "null");
  EXPECT_EQ(str(first("Major Wang Mar said the drill went well.", pub)), "null");
  EXPECT_EQ(str(first("The talks were held in Jun 2023.", pub)), "2023-06");
  EXPECT_EQ(str(first("The patrol began in Sept and ended later.", pub)), "2023-09");
}

}  // namespace
}  // namespace attache::time
