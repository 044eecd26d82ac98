#!/usr/bin/env python3
"""Writes the cross-report test set: articles (<doc>.txt), their gold records (<doc>.json) and
occasions.tsv (which engagements are one occasion), from the definitions below.

Every article is short, written by the team for this test, in the style of a different outlet
(a Vietnamese agency, the partner's ministry, a regional paper). Evidence spans are the sentences
holding each engagement's anchor phrase. Run it after editing a group; the outputs are committed.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def P(name, country, title=None, rank=None, org=None):
    return {"name": name, "country": country, "title": title, "rank": rank, "organization": org}

def E(anchor, occ, kind, status="held", name=None, mechanism=None, ordinal=None, date=None, end_date=None,
      city=None, lcountry=None, countries=(), groups=(), participants=(), areas=(), salience="main"):
    loc = None if city is None and lcountry is None else {"city": city, "country": lcountry}
    return dict(anchor=anchor, occ=occ, rec={
        "kind": kind, "status": status, "salience": salience, "name": name, "mechanism": mechanism,
        "ordinal": ordinal, "date": date, "end_date": end_date, "location": loc,
        "countries": list(countries), "groups": list(groups), "participants": list(participants),
        "areas": list(areas)})

CHIEN_VI = P("Hoàng Xuân Chiến", "VNM", "Deputy Minister of National Defence", "Senior Lieutenant General",
             "Ministry of National Defence")
CHIEN = P("Hoang Xuan Chien", "VNM", "Deputy Minister of National Defense", "Senior Lieutenant General",
          "Ministry of National Defense")

GROUPS = [
 ("g01", [
  ("g01a", "2025-10-02", "Defence Secretary Rajesh Kumar Singh will travel to Hanoi later this month for the 15th Vietnam-India Defence Policy Dialogue, the Ministry of Defence said on Thursday. The two sides are expected to review progress on defence industry projects.",
   [E("15th Vietnam-India Defence Policy Dialogue", "india15", "policy_dialogue", "planned", "15th Vietnam-India Defence Policy Dialogue", "Vietnam-India Defence Policy Dialogue", 15, "2025-10", None, "Hanoi", "VNM", ["IND", "VNM"], [], [P("Rajesh Kumar Singh", "IND", "Defence Secretary", None, "Ministry of Defence")], ["defence_industry"])]),
  ("g01b", "2025-10-21", "HANOI, Oct 20 - Senior Lieutenant General Hoàng Xuân Chiến and Indian Defence Secretary Rajesh Kumar Singh co-chaired the 15th Việt Nam-India defence policy dialogue in Hà Nội on Monday. They agreed to step up cooperation in defence industry, peacekeeping and training.",
   [E("co-chaired the 15th", "india15", "policy_dialogue", "held", "15th Việt Nam-India defence policy dialogue", "Vietnam-India Defence Policy Dialogue", 15, "2025-10-20", None, "Hanoi", "VNM", ["VNM", "IND"], [], [CHIEN_VI, P("Rajesh Kumar Singh", "IND", "Defence Secretary")], ["defence_industry", "peacekeeping", "training_education"])]),
  ("g01c", "2025-10-22", "India and Vietnam held their annual defence policy dialogue in Hanoi this week, with both delegations pledging closer ties in shipbuilding and UN peacekeeping. Secretary Singh also called on Defence Minister General Phan Van Giang.",
   [E("held their annual defence policy dialogue", "india15", "policy_dialogue", "held", "annual defence policy dialogue", "Vietnam-India Defence Policy Dialogue", None, None, None, "Hanoi", "VNM", ["IND", "VNM"], [], [P("Rajesh Kumar Singh", "IND", "Secretary")], ["defence_industry", "peacekeeping"]),
    E("also called on", "india15call", "bilateral_meeting", "held", None, None, None, None, None, "Hanoi", "VNM", ["IND", "VNM"], [], [P("Rajesh Kumar Singh", "IND", "Secretary"), P("Phan Van Giang", "VNM", "Defence Minister", "General")], ["high_level_exchange"])]),
 ]),
 ("g02", [
  ("g02a", "2025-09-28", "The 16th Vietnam-Singapore Defence Policy Dialogue will take place in Vietnam in November, officials said after a preparatory meeting. Both sides want to expand cooperation in cyber security.",
   [E("will take place in Vietnam", "sg16", "policy_dialogue", "planned", "16th Vietnam-Singapore Defence Policy Dialogue", "Vietnam-Singapore Defence Policy Dialogue", 16, "2025-11", None, None, "VNM", ["VNM", "SGP"], [], [], ["cybersecurity"])]),
  ("g02b", "2025-11-13", "Permanent Secretary (Defence) Chan Heng Kee co-chaired the 16th Singapore-Vietnam Defence Policy Dialogue with Senior Lieutenant General Hoang Xuan Chien in Da Nang on 12 November 2025. The two sides discussed cyber defence and regional security.",
   [E("co-chaired the 16th", "sg16", "policy_dialogue", "held", "16th Singapore-Vietnam Defence Policy Dialogue", "Singapore-Vietnam Defence Policy Dialogue", 16, "2025-11-12", None, "Da Nang", "VNM", ["SGP", "VNM"], [], [P("Chan Heng Kee", "SGP", "Permanent Secretary (Defence)"), CHIEN], ["cybersecurity"])]),
  ("g02c", "2025-11-14", "In Đà Nẵng, General Chien and his Singaporean counterpart met for the sixteenth round of the two countries' defence policy talks, focusing on cyber threats.",
   [E("sixteenth round", "sg16", "policy_dialogue", "held", "sixteenth round of the two countries' defence policy talks", "Vietnam-Singapore Defence Policy Dialogue", 16, None, None, "Da Nang", "VNM", ["VNM", "SGP"], [], [P("Chien", "VNM", None, "General")], ["cybersecurity"])]),
 ]),
 ("g03", [
  ("g03a", "2025-03-19", "Australian Defence Minister Richard Marles met Vietnamese Defence Minister General Phan Van Giang in Hanoi on Tuesday, March 18. The ministers welcomed growing cooperation in peacekeeping and English language training.",
   [E("met Vietnamese Defence Minister", "aus_visit", "bilateral_meeting", "held", None, None, None, "2025-03-18", None, "Hanoi", "VNM", ["AUS", "VNM"], [], [P("Richard Marles", "AUS", "Defence Minister"), P("Phan Van Giang", "VNM", "Defence Minister", "General")], ["peacekeeping", "training_education"])]),
  ("g03b", "2025-03-20", "Minister Giang received Deputy Prime Minister Marles during his March visit, the Vietnamese defence ministry's newspaper reported. The talks covered peacekeeping, training and war legacy issues.",
   [E("received Deputy Prime Minister Marles", "aus_visit", "bilateral_meeting", "held", None, None, None, "2025-03", None, None, "VNM", ["VNM", "AUS"], [], [P("Giang", "VNM", "Minister"), P("Marles", "AUS", "Deputy Prime Minister")], ["peacekeeping", "training_education", "war_legacy"])]),
 ]),
 ("g04", [
  ("g04a", "2025-01-15", "Vietnam and Japan agreed to hold their 11th defence policy dialogue in Tokyo this year, a statement from the Vietnamese Ministry of National Defence said.",
   [E("11th defence policy dialogue", "jp11", "policy_dialogue", "planned", "11th defence policy dialogue", "Vietnam-Japan Defence Policy Dialogue", 11, "2025", None, "Tokyo", "JPN", ["VNM", "JPN"], [], [], [])]),
  ("g04b", "2025-06-26", "Vice-Minister for International Affairs Serizawa Kiyoshi held the 11th Japan-Viet Nam Defense Policy Dialogue with Deputy Minister Hoang Xuan Chien in Tokyo on June 25. The two sides confirmed cooperation in defence equipment and technology transfer.",
   [E("held the 11th", "jp11", "policy_dialogue", "held", "11th Japan-Viet Nam Defense Policy Dialogue", "Japan-Viet Nam Defense Policy Dialogue", 11, "2025-06-25", None, "Tokyo", "JPN", ["JPN", "VNM"], [], [P("Serizawa Kiyoshi", "JPN", "Vice-Minister for International Affairs"), P("Hoang Xuan Chien", "VNM", "Deputy Minister")], ["defence_industry"])]),
 ]),
 ("g05", [
  ("g05a", "2025-02-20", "The border guards of Vietnam and Cambodia are preparing for the second border defence friendship exchange, to be held in Tay Ninh province in the spring.",
   [E("second border defence friendship exchange", "kh2", "other", "planned", "second border defence friendship exchange", "Vietnam-Cambodia Border Defence Friendship Exchange", 2, None, None, None, "VNM", ["VNM", "KHM"], [], [], ["border_management"])]),
  ("g05b", "2025-04-08", "Defence Minister Phan Van Giang and Cambodian Deputy Prime Minister Tea Seiha attended the 2nd Vietnam-Cambodia Border Defence Friendship Exchange in Tay Ninh on April 7. The two sides inaugurated a border friendship clinic.",
   [E("attended the 2nd", "kh2", "other", "held", "2nd Vietnam-Cambodia Border Defence Friendship Exchange", "Vietnam-Cambodia Border Defence Friendship Exchange", 2, "2025-04-07", None, "Tay Ninh", "VNM", ["VNM", "KHM"], [], [P("Phan Van Giang", "VNM", "Defence Minister"), P("Tea Seiha", "KHM", "Deputy Prime Minister")], ["border_management", "military_medicine"])]),
  ("g05c", "2025-04-09", "Cambodia's defence ministry said Tea Seiha led a delegation to the second Cambodia-Vietnam border defence friendship exchange in Tây Ninh, where the two armies pledged to keep the border peaceful.",
   [E("led a delegation", "kh2", "other", "held", "second Cambodia-Vietnam border defence friendship exchange", "Cambodia-Vietnam Border Defence Friendship Exchange", 2, None, None, "Tay Ninh", "VNM", ["KHM", "VNM"], [], [P("Tea Seiha", "KHM")], ["border_management"])]),
 ]),
 ("g06", [
  ("g06a", "2025-02-14", "Vietnam and Laos will hold the fifth defence policy dialogue in Laos, the two deputy ministers said at a meeting on the sidelines of a regional forum.",
   [E("fifth defence policy dialogue", "la5", "policy_dialogue", "planned", "fifth defence policy dialogue", "Vietnam-Laos Defence Policy Dialogue", 5, None, None, None, "LAO", ["VNM", "LAO"], [], [], [])]),
  ("g06b", "2025-08-13", "The fifth Vietnam-Laos Defence Policy Dialogue took place in Vientiane on August 12, co-chaired by Senior Lieutenant General Hoàng Xuân Chiến and Lao Deputy Minister of National Defence Major General Khamlieng Outhakaysone.",
   [E("took place in Vientiane", "la5", "policy_dialogue", "held", "fifth Vietnam-Laos Defence Policy Dialogue", "Vietnam-Laos Defence Policy Dialogue", 5, "2025-08-12", None, "Vientiane", "LAO", ["VNM", "LAO"], [], [CHIEN_VI, P("Khamlieng Outhakaysone", "LAO", "Deputy Minister of National Defence", "Major General")], [])]),
  ("g06c", "2025-08-14", "Lao and Vietnamese defence officials met in Vientiane for the 5th Laos-Viet Nam defence policy dialogue and signed a plan for officer training in 2026.",
   [E("met in Vientiane", "la5", "policy_dialogue", "held", "5th Laos-Viet Nam defence policy dialogue", "Laos-Viet Nam Defence Policy Dialogue", 5, None, None, "Vientiane", "LAO", ["LAO", "VNM"], [], [], ["training_education"])]),
 ]),
 ("g07", [
  ("g07a", "2025-10-30", "Malaysia will host the 19th ASEAN Defence Ministers' Meeting in Kuala Lumpur on November 1, followed by the ADMM-Plus.",
   [E("19th ASEAN Defence Ministers' Meeting", "admm19", "multilateral_meeting", "planned", "19th ASEAN Defence Ministers' Meeting", "ADMM", 19, "2025-11-01", None, "Kuala Lumpur", "MYS", ["MYS"], ["ASEAN"], [], []),
    E("followed by the ADMM-Plus", "admmplus12", "multilateral_meeting", "planned", "ADMM-Plus", "ADMM-Plus", None, "2025-11", None, "Kuala Lumpur", "MYS", ["MYS"], ["ASEAN"], [], [])]),
  ("g07b", "2025-11-02", "Defence ministers of ASEAN met in Kuala Lumpur on Saturday for the 19th ADMM, chaired by Malaysian Defence Minister Mohamed Khaled Nordin. General Phan Van Giang led the Vietnamese delegation.",
   [E("for the 19th ADMM", "admm19", "multilateral_meeting", "held", "19th ADMM", "ADMM", 19, "2025-11-01", None, "Kuala Lumpur", "MYS", ["MYS", "VNM"], ["ASEAN"], [P("Mohamed Khaled Nordin", "MYS", "Defence Minister"), P("Phan Van Giang", "VNM", None, "General")], ["multilateral_support"])]),
  ("g07c", "2025-11-03", "The twelfth ADMM-Plus opened in Kuala Lumpur on November 1 with the defence ministers of ASEAN and its eight dialogue partners.",
   [E("twelfth ADMM-Plus", "admmplus12", "multilateral_meeting", "held", "twelfth ADMM-Plus", "ADMM Plus", 12, "2025-11-01", None, "Kuala Lumpur", "MYS", [], ["ASEAN"], [], [])]),
 ]),
 ("g08", [
  ("g08a", "2025-05-07", "Defence Minister Phan Van Giang held a phone call with South Korean Defence Minister Kim Yong-hyun on May 6 to discuss defence industry cooperation.",
   [E("held a phone call", "kor_call", "call", "held", None, None, None, "2025-05-06", None, None, None, ["VNM", "KOR"], [], [P("Phan Van Giang", "VNM", "Defence Minister"), P("Kim Yong-hyun", "KOR", "Defence Minister")], ["defence_industry"])]),
  ("g08b", "2025-05-08", "Minister Kim and his Vietnamese counterpart spoke by telephone this week, the Republic of Korea's defence ministry said, agreeing to expand arms industry ties.",
   [E("spoke by telephone", "kor_call", "call", "held", None, None, None, None, None, None, None, ["KOR", "VNM"], [], [P("Kim", "KOR", "Minister")], ["defence_industry"])]),
 ]),
 ("g09", [
  ("g09a", "2025-06-20", "The Indian Navy and the Vietnam People's Navy will conduct a bilateral exercise off Cam Ranh from June 23 to 26, the Indian Embassy announced.",
   [E("will conduct a bilateral exercise", "vinbax", "exercise", "planned", None, None, None, "2025-06-23", "2025-06-26", "Cam Ranh", "VNM", ["IND", "VNM"], [], [], ["naval", "exercises"])]),
  ("g09b", "2025-06-27", "Indian and Vietnamese warships completed a four-day exercise near Cam Ranh Bay on June 26, practising search and rescue and communication drills.",
   [E("completed a four-day exercise", "vinbax", "exercise", "held", None, None, None, "2025-06-23", "2025-06-26", "Cam Ranh", "VNM", ["IND", "VNM"], [], [], ["naval", "exercises", "search_and_rescue"])]),
 ]),
 ("g10", [
  ("g10a", "2025-07-10", "Vietnam and the Philippines signed a memorandum of understanding on search and rescue cooperation at sea in Manila on July 9.",
   [E("signed a memorandum", "phl_mou", "signing", "held", "memorandum of understanding on search and rescue cooperation at sea", None, None, "2025-07-09", None, "Manila", "PHL", ["VNM", "PHL"], [], [], ["search_and_rescue", "maritime_security"])]),
  ("g10b", "2025-07-11", "The Philippine Department of National Defense said the agreement with Hanoi on maritime search and rescue, signed this week in Manila, would help both navies respond to accidents at sea.",
   [E("signed this week in Manila", "phl_mou", "signing", "held", "agreement on maritime search and rescue", None, None, None, None, "Manila", "PHL", ["PHL", "VNM"], [], [], ["search_and_rescue"])]),
 ]),
 ("g11", [
  ("g11a", "2025-04-23", "The ninth Vietnam-China border defence friendship exchange was held in Lao Cai and Yunnan province in April, bringing together the two defence ministers.",
   [E("ninth Vietnam-China border defence friendship exchange", "cn9", "other", "held", "ninth Vietnam-China border defence friendship exchange", "Vietnam-China Border Defence Friendship Exchange", 9, "2025-04", None, "Lao Cai", "VNM", ["VNM", "CHN"], [], [], ["border_management"])]),
  ("g11b", "2025-04-22", "Chinese Defence Minister Dong Jun and Viet Nam's Defence Minister Phan Van Giang attended the 9th China-Viet Nam Border Defence Friendship Exchange on April 21, planting a friendship tree at the border gate.",
   [E("attended the 9th", "cn9", "other", "held", "9th China-Viet Nam Border Defence Friendship Exchange", "China-Viet Nam Border Defence Friendship Exchange", 9, "2025-04-21", None, None, "VNM", ["CHN", "VNM"], [], [P("Dong Jun", "CHN", "Defence Minister"), P("Phan Van Giang", "VNM", "Defence Minister")], ["border_management"])]),
 ]),
 ("g12", [
  ("g12a", "2025-09-12", "The 13th U.S.-Vietnam Defense Policy Dialogue took place in Washington on September 10, the Pentagon said. Officials discussed war legacy cooperation, including the search for missing personnel.",
   [E("took place in Washington", "us13", "policy_dialogue", "held", "13th U.S.-Vietnam Defense Policy Dialogue", "U.S.-Vietnam Defense Policy Dialogue", 13, "2025-09-10", None, "Washington", "USA", ["USA", "VNM"], [], [], ["war_legacy"])]),
  ("g12b", "2025-09-13", "At the 13th Vietnam-United States Defence Policy Dialogue in Washington, the Vietnamese side thanked the US for its help with dioxin remediation.",
   [E("At the 13th", "us13", "policy_dialogue", "held", "13th Vietnam-United States Defence Policy Dialogue", "Vietnam-United States Defence Policy Dialogue", 13, None, None, "Washington", "USA", ["VNM", "USA"], [], [], ["war_legacy"])]),
  ("g12c", "2025-06-02", "Vietnam and the United States will hold the thirteenth defence policy dialogue in Washington later this year, a deputy minister told reporters.",
   [E("will hold the thirteenth", "us13", "policy_dialogue", "planned", "thirteenth defence policy dialogue", "Vietnam-US Defence Policy Dialogue", 13, "2025", None, "Washington", "USA", ["VNM", "USA"], [], [], [])]),
 ]),
 ("g13", [
  ("g13a", "2025-08-04", "The Japanese destroyer JS Takanami arrived at Cam Ranh International Port on August 3 for a four-day port call, the Vietnamese Navy said.",
   [E("arrived at Cam Ranh", "jp_port", "visit", "held", "port call", None, None, "2025-08-03", "2025-08-06", "Cam Ranh", "VNM", ["JPN", "VNM"], [], [], ["naval"])]),
  ("g13b", "2025-08-07", "JS Takanami left Cam Ranh on August 6 after a goodwill visit that included joint training with Vietnamese sailors.",
   [E("after a goodwill visit", "jp_port", "visit", "held", "goodwill visit", None, None, "2025-08", None, "Cam Ranh", "VNM", ["JPN", "VNM"], [], [], ["naval", "training_education"])]),
 ]),
 ("g14", [
  ("g14a", "2025-10-10", "Thailand proposed holding the sixth Thailand-Vietnam defence policy dialogue before the end of the year, the Thai ministry said.",
   [E("proposed holding the sixth", "th6", "policy_dialogue", "proposed", "sixth Thailand-Vietnam defence policy dialogue", "Thailand-Vietnam Defence Policy Dialogue", 6, "2025", None, None, None, ["THA", "VNM"], [], [], [])]),
  ("g14b", "2025-11-05", "The 6th Vietnam-Thailand Defence Policy Dialogue was held in Bangkok on November 4, co-chaired by Hoang Xuan Chien and Permanent Secretary for Defence General Sanitchanog Sangkachantra.",
   [E("was held in Bangkok", "th6", "policy_dialogue", "held", "6th Vietnam-Thailand Defence Policy Dialogue", "Vietnam-Thailand Defence Policy Dialogue", 6, "2025-11-04", None, "Bangkok", "THA", ["VNM", "THA"], [], [CHIEN, P("Sanitchanog Sangkachantra", "THA", "Permanent Secretary for Defence", "General")], [])]),
  ("g14c", "2025-11-06", "A regional paper reported that the sixth Vietnamese-Thai defence policy dialogue took place in Bangkok on November 5, with maritime security high on the agenda.",
   [E("took place in Bangkok", "th6", "policy_dialogue", "held", "sixth Vietnamese-Thai defence policy dialogue", "Vietnam-Thailand Defence Policy Dialogue", 6, "2025-11-05", None, "Bangkok", "THA", ["VNM", "THA"], [], [], ["maritime_security"])]),
 ]),
 ("g15", [
  ("g15a", "2025-12-04", "The first Vietnam-Malaysia Defence Policy Dialogue was held in Kuala Lumpur on December 3, co-chaired by Senior Lieutenant General Hoang Xuan Chien and Secretary-General Lokman Hakim bin Ali.",
   [E("was held in Kuala Lumpur", "seed_my1", "policy_dialogue", "held", "first Vietnam-Malaysia Defence Policy Dialogue", "Vietnam-Malaysia Defence Policy Dialogue", 1, "2025-12-03", None, "Kuala Lumpur", "MYS", ["VNM", "MYS"], [], [CHIEN, P("Lokman Hakim bin Ali", "MYS", "Secretary-General", None, "Ministry of Defence")], ["dialogue_consultation"])]),
  ("g15b", "2025-12-05", "Malaysia and Vietnam opened a new channel of defence talks on Wednesday as Datuk Lokman Hakim Ali welcomed the Vietnamese deputy minister to the inaugural Malaysia-Vietnam defence policy dialogue.",
   [E("inaugural Malaysia-Vietnam defence policy dialogue", "seed_my1", "policy_dialogue", "held", "inaugural Malaysia-Vietnam defence policy dialogue", "Malaysia-Vietnam Defence Policy Dialogue", 1, None, None, None, "MYS", ["MYS", "VNM"], [], [P("Lokman Hakim Ali", "MYS")], ["dialogue_consultation"])]),
 ]),
 ("g16", [
  ("g16a", "2025-05-21", "French Chief of the Defence Staff General Thierry Burkhard visited Hanoi on May 20 and met Chief of the General Staff Nguyen Tan Cuong.",
   [E("visited Hanoi on May 20", "fra_visit", "visit", "held", None, None, None, "2025-05-20", None, "Hanoi", "VNM", ["FRA", "VNM"], [], [P("Thierry Burkhard", "FRA", "Chief of the Defence Staff", "General"), P("Nguyễn Tân Cương", "VNM", "Chief of the General Staff")], ["high_level_exchange"])]),
  ("g16b", "2025-05-22", "General Burkhard's stop in Vietnam this week was the first by a French defence chief in a decade, the French embassy said.",
   [E("stop in Vietnam this week", "fra_visit", "visit", "held", None, None, None, None, None, None, "VNM", ["FRA", "VNM"], [], [P("Burkhard", "FRA", None, "General")], ["high_level_exchange"])]),
 ]),
 ("g17", [
  ("g17a", "2025-03-06", "Vietnam's navy commander visited Indonesia on March 5 and met the Indonesian navy chief of staff in Jakarta.",
   [E("visited Indonesia on March 5", "idn_mar", "visit", "held", None, None, None, "2025-03-05", None, "Jakarta", "IDN", ["VNM", "IDN"], [], [], ["naval"])]),
  ("g17b", "2025-09-17", "An Indonesian navy delegation visited Hanoi on September 16 for talks with the Vietnamese navy.",
   [E("visited Hanoi on September 16", "idn_sep", "visit", "held", None, None, None, "2025-09-16", None, "Hanoi", "VNM", ["IDN", "VNM"], [], [], ["naval"])]),
  ("g17c", "2025-09-18", "The navies of Indonesia and Vietnam held staff talks in Hanoi this week, agreeing on a hotline for fisheries incidents.",
   [E("held staff talks in Hanoi", "idn_sep", "visit", "held", "staff talks", None, None, None, None, "Hanoi", "VNM", ["IDN", "VNM"], [], [], ["naval", "maritime_security"])]),
 ]),
]

def sentence_span(text, anchor):
    i = text.find(anchor)
    if i < 0:
        sys.exit(f"anchor not found: {anchor!r}")
    b = max(text.rfind(". ", 0, i) + 2 if text.rfind(". ", 0, i) >= 0 else 0, 0)
    e = text.find(". ", i)
    e = len(text) if e < 0 else e + 1
    return len(text[:b].encode()), len(text[:e].encode())

def main():
    rows = ["doc\tengagement\toccasion"]
    for gid, arts in GROUPS:
        d = os.path.join(HERE, gid)
        os.makedirs(d, exist_ok=True)
        for doc, pub, text, engs in arts:
            with open(os.path.join(d, doc + ".txt"), "w", encoding="utf-8") as f:
                f.write(text + "\n")
            rec = {"doc": doc, "published": pub, "engagements": []}
            for k, e in enumerate(engs):
                r = dict(e["rec"])
                s, t = sentence_span(text, e["anchor"])
                r["evidence"] = [{"start": s, "end": t}]
                rec["engagements"].append(r)
                rows.append(f"{doc}\t{k}\t{e['occ']}")
            with open(os.path.join(d, doc + ".json"), "w", encoding="utf-8") as f:
                json.dump(rec, f, ensure_ascii=False, indent=1)
                f.write("\n")
    with open(os.path.join(HERE, "occasions.tsv"), "w") as f:
        f.write("\n".join(rows) + "\n")

main()
