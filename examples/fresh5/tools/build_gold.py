#!/usr/bin/env python3
"""The gold of examples/fresh5 written as data. Regenerates gold/<id>.json and published.tsv.

Run from anywhere: python3 examples/fresh5/tools/build_gold.py
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), "tools"))
from gold_builder import E, L, P, GoldSet  # noqa: E402

GOLD = GoldSet()
doc = GOLD.doc


# ---------------------------------------------------------------- ex133
vinh133 = P("Nguyen Chi Vinh", "VNM", "Deputy Defence Minister", "Senior Lieutenant General", None)
chai = P("Chaiyaporn Ratanasuwan", "THA", "Permanent Secretary", "General", "Ministry of Defence")
thanh133 = P("Phung Quang Thanh", "VNM", "Defence Minister", "General", None)
prawit = P("Prawit Wongsuwan", "THA", "Defence Minister", "General", None)
kanchana = P("Kanchana Wattanasiri", "THA", "Ambassador to Vietnam", None, None)
VNTH = "Vietnam-Thailand Defence Policy Dialogue"
HN = L("Hanoi", "VNM")
doc("ex133_nhandan_vn_th_defence_policy_dialogue", "2014-10-22", "2014-10-21", [
    E("policy_dialogue", "held", "main", ["VNM", "THA"], [vinh133, chai],
      ["high_level_exchange", "training_education", "naval", "maritime_security", "peacekeeping",
       "multilateral_support", "exercises", "search_and_rescue", "defence_industry", "dialogue_consultation"],
      name="fifth defence policy dialogue", mechanism=VNTH, ordinal=5, date="2014-10-21", location=HN),
    E("policy_dialogue", "held", "background", ["VNM", "THA"], [], [],
      name="fourth dialogue", mechanism=VNTH, ordinal=4, date="2013-12", location=L("Chiang Mai", "THA")),
    E("exercise", "proposed", "main", ["VNM", "THA"], [], ["exercises", "naval", "search_and_rescue"],
      name="first joint search and rescue exercise", ordinal=1, date="2015", location=None),
    E("signing", "held", "main", ["VNM", "THA"], [vinh133, chai], ["defence_industry", "logistics"],
      name="letter of intent on cooperation in defence industry", date="2014-10-21", location=HN),
    E("policy_dialogue", "planned", "main", ["VNM", "THA"], [], [],
      name="sixth dialogue", mechanism=VNTH, ordinal=6, date="2015", location=L("Bangkok", "THA")),
    E("bilateral_meeting", "held", "main", ["VNM", "THA"], [thanh133, chai, kanchana], ["naval", "high_level_exchange"],
      date="2014-10-21", location=HN),
    E("visit", "held", "background", ["VNM", "THA"], [], ["naval"], date="2014-06", location=L(None, "THA")),
    E("visit", "proposed", "main", ["THA", "VNM"], [prawit], [], location=L(None, "VNM")),
])

# ---------------------------------------------------------------- ex134
lich = P("Ngo Xuan Lich", "VNM", "Minister of National Defence", "General", "Ministry of National Defence")
wei = P("Wei Fenghe", "CHN", "Defence Minister", "General", None)
rajnath = P("Rajnath Singh", "IND", "Defence Minister", None, None)
kishi = P("Nobuo Kishi", "JPN", "Defence Minister", None, None)
fomin134 = P("Alexander Fomin", "RUS", "Deputy Defence Minister", "Colonel General", None)
halbi = P("Halbi bin Haji Mohd Yussof", "BRN", "Minister of Defence II", "Major General (Retired)", None)
doc("ex134_vovworld_vn_admm_plus_online", "2020-12-10", "2020-12-10", [
    E("multilateral_meeting", "held", "main", ["VNM", "CHN", "IND", "JPN", "RUS", "BRN"],
      [lich, wei, rajnath, kishi, fomin134, halbi],
      ["maritime_security", "transnational_crime", "hadr", "peacekeeping", "military_medicine", "war_legacy",
       "cybersecurity", "pandemic_response", "multilateral_support"],
      name="7th ASEAN Defence Ministers' Meeting-Plus (ADMM-Plus)", mechanism="ADMM-Plus", ordinal=7,
      date="2020-12-10", location=None, groups=["ASEAN"]),
    E("multilateral_meeting", "held", "main", ["VNM"], [lich],
      ["pandemic_response", "military_medicine", "multilateral_support"],
      name="14th ASEAN Defence Ministers' Meeting (ADMM)", mechanism="ADMM", ordinal=14,
      date="2020-12-09", location=None, groups=["ASEAN"]),
    E("multilateral_meeting", "held", "background", [], [], [],
      name="ADSOM-Plus", mechanism="ADSOM-Plus", date="2020-11", location=None, groups=["ASEAN"]),
    E("multilateral_meeting", "planned", "main", ["BRN"], [], [],
      name="15th ADMM", mechanism="ADMM", ordinal=15, date="2021", location=L(None, "BRN"), groups=["ASEAN"]),
    E("multilateral_meeting", "planned", "main", ["BRN"], [], [],
      name="8th ADMM-Plus", mechanism="ADMM-Plus", ordinal=8, date="2021", location=L(None, "BRN"),
      groups=["ASEAN"]),
    E("call", "held", "main", ["VNM", "JPN"], [lich, kishi],
      ["peacekeeping", "training_education", "defence_industry", "cybersecurity"],
      date="2020-12-10", location=None),
    E("multilateral_meeting", "held", "background", ["VNM"], [], [],
      name="inaugural ADMM-Plus", mechanism="ADMM-Plus", ordinal=1, date="2010-10", location=HN,
      groups=["ASEAN"]),
])

# ---------------------------------------------------------------- ex135
nishiyama = P("Nishiyama Kenta", "JPN", "Commander", "Rear Admiral", "Escort Flotilla 4")
luong = P("Pham Van Luong", "VNM", "Deputy Commander", "Rear Admiral", "Naval Region 1")
ito = P("Ito Naoki", "JPN", "Ambassador to Vietnam", None, None)
hieu = P("Tran Duc Hieu", "VNM", "Commander", "Rear Admiral", "Naval Region 1")
cuong = P("Hoang Minh Cuong", "VNM", "Vice Chairman", None, "Hai Phong People's Committee")
HP = L("Hai Phong", "VNM")
doc("ex135_hanoitimes_jp_vn_hai_phong_port_call", "2026-03-17", "2026-03-16", [
    E("visit", "held", "main", ["JPN", "VNM"], [nishiyama, luong, ito],
      ["naval", "maritime_security", "search_and_rescue"],
      date="2026-03-16", end_date="2026-03-20", location=HP),
    E("bilateral_meeting", "held", "main", ["JPN", "VNM"], [nishiyama, hieu],
      ["training_education", "search_and_rescue", "maritime_security"],
      date="2026-03-16", location=HP),
    E("bilateral_meeting", "planned", "main", ["JPN", "VNM"], [nishiyama, cuong], [],
      date="2026-03-18", location=HP),
    E("exercise", "planned", "main", ["JPN", "VNM"], [], ["exercises", "naval", "search_and_rescue"],
      name="passing exercise", date="2026-03-20", location=None),
    E("visit", "held", "background", ["JPN", "VNM"], [], ["naval"], date="2012", location=HP),
    E("policy_dialogue", "held", "background", ["VNM", "JPN"], [], ["naval", "training_education"],
      name="12th Vietnam-Japan Defence Policy Dialogue", mechanism="Vietnam-Japan Defence Policy Dialogue",
      ordinal=12, date="2026-01", location=L("Tokyo", "JPN")),
    E("other", "held", "background", ["JPN", "VNM"], [], ["maritime_security"], date="2025-10", location=HP),
])

# ---------------------------------------------------------------- ex136
doc("ex136_vllf_vn_defence_industry_law_no_engagement", "2024-07-10", "", [])

# ---------------------------------------------------------------- ex137
shoigu = P("Sergei Shoigu", "RUS", "Defense Minister", None, None)
chien = P("Hoang Xuan Chien", "VNM", "Deputy Minister of National Defense", "Colonel General",
          "Ministry of National Defense")
chans137 = P("Chansamone Chanyalath", "LAO", "Defense Minister", "General", None)
KUB = L("Kubinka", "RUS")
RUVN = "Russia-Vietnam Defence Strategic Dialogue"
doc("ex137_tass_ru_vn_mcis_sidelines", "2022-08-17", "2022-08-17", [
    E("bilateral_meeting", "held", "main", ["RUS", "VNM"], [shoigu, chien],
      ["defence_industry", "training_education", "advanced_technology", "logistics", "dialogue_consultation"],
      date="2022-08-17", location=KUB),
    E("policy_dialogue", "planned", "main", ["RUS", "VNM"], [], [],
      name="next round of the Russian-Vietnamese strategic defense dialogue", mechanism=RUVN,
      date="2022", location=HN),
    E("policy_dialogue", "held", "background", ["RUS", "VNM"], [], [],
      name="fourth round of the dialogue", mechanism=RUVN, ordinal=4, date="2018-12",
      location=L("Moscow", "RUS")),
    E("bilateral_meeting", "held", "main", ["RUS", "LAO"], [shoigu, chans137], ["war_legacy", "training_education"],
      date="2022-08-16", location=KUB),
    E("multilateral_meeting", "held", "main", ["RUS", "VNM", "LAO"], [shoigu, chien, chans137], [],
      name="X Moscow Conference on International Security", mechanism="Moscow Conference on International Security",
      ordinal=10, date="2022-08-16", end_date="2022-08-18", location=KUB),
    E("other", "held", "background", ["RUS", "VNM"], [], [],
      name="International Army Games 2022", mechanism="International Army Games", date="2022-08-13",
      location=L(None, "RUS")),
])

# ---------------------------------------------------------------- ex138
volkovsky = P("Igor Volkovsky", "RUS", "Deputy Commander", "Major General", "Eastern Military District")
bounkhong = P("Bounkhong Phommavong", "LAO", "Deputy Chief of the General Staff", "Major General", "Lao People's Army")
chans138 = P("Chansamone Chanyalath", "LAO", "Defence Minister", "General", None)
fomin138 = P("Alexander Fomin", "RUS", "Deputy Defence Minister", "Colonel General", None)
VTE = L("Vientiane", "LAO")
doc("ex138_sputnik_ru_la_laros_exercise", "2019-12-09", "2019-12-09", [
    E("exercise", "held", "main", ["RUS", "LAO"], [volkovsky, bounkhong],
      ["exercises", "war_legacy", "hadr", "search_and_rescue", "military_medicine", "training_education"],
      name="Laros-2019", mechanism="Laros", ordinal=1, date="2019-12-09", end_date="2019-12-20",
      location=L(None, "LAO")),
    E("exercise", "planned", "main", ["RUS", "LAO"], [], ["exercises"],
      name="next Laros exercise", mechanism="Laros", date="2021", location=L(None, "RUS")),
    E("other", "held", "background", ["RUS", "LAO"], [chans138], ["defence_industry"],
      date="2019-01", location=VTE),
    E("visit", "held", "background", ["RUS", "LAO"], [fomin138], [], date="2019-10", location=VTE),
    E("bilateral_meeting", "held", "background", ["RUS", "LAO"], [fomin138, chans138],
      ["exercises", "training_education", "war_legacy"], date="2019-10", location=VTE),
])

# ---------------------------------------------------------------- ex139
carter = P("Ash Carter", "USA", "Defense Secretary", None, None)
thanh139 = P("Phung Quang Thanh", "VNM", "Defense Minister", "General", None)
dung = P("Nguyen Tan Dung", "VNM", "Prime Minister", None, None)
parrikar = P("Manohar Parrikar", "IND", "Defence Minister", None, None)
doc("ex139_defensenews_us_vn_carter_hanoi", "2015-06-01", "2015-06-01", [
    E("signing", "held", "main", ["USA", "VNM"], [carter, thanh139],
      ["maritime_security", "hadr", "peacekeeping", "war_legacy", "defence_industry"],
      name="joint vision statement on defense relations", date="2015-06-01", location=HN),
    E("bilateral_meeting", "held", "main", ["USA", "VNM"], [carter, thanh139],
      ["maritime_security", "capacity_building", "peacekeeping", "defence_industry"],
      date="2015-06-01", location=HN),
    E("signing", "held", "background", ["USA", "VNM"], [],
      ["maritime_security", "search_and_rescue", "peacekeeping", "hadr"],
      name="memorandum of understanding on advancing bilateral defense cooperation", date="2011", location=None),
    E("bilateral_meeting", "held", "main", ["USA", "VNM"], [carter, dung], [], date="2015-06-01", location=HN),
    E("visit", "held", "main", ["USA", "VNM"], [carter], ["naval", "maritime_security", "peacekeeping"],
      date="2015-05-31", end_date="2015-06-02", location=L(None, "VNM")),
    E("multilateral_meeting", "held", "main", ["USA"], [carter], [],
      name="Shangri-La Dialogue", mechanism="Shangri-La Dialogue", date="2015-05-30",
      location=L("Singapore", "SGP")),
    E("visit", "planned", "main", ["USA", "IND"], [carter], [],
      date="2015-06-02", end_date="2015-06-04", location=L(None, "IND")),
    E("signing", "planned", "main", ["USA", "IND"], [carter, parrikar], [],
      name="renewed 10-year framework for US-India defense relations", date="2015-06", location=L(None, "IND")),
])

# ---------------------------------------------------------------- ex140
marcos = P("Ferdinand Marcos Jr.", "PHL", "President", None, None)
modi = P("Narendra Modi", "IND", "Prime Minister", None, None)
doc("ex140_eurasiareview_in_ph_joint_sail_analysis", "2025-08-14", "2025-08-03", [
    E("exercise", "held", "main", ["IND", "PHL"], [], ["exercises", "naval"],
      name="maritime cooperative activity", date="2025-08-03", end_date="2025-08-04", location=None),
    E("visit", "held", "main", ["IND", "PHL"], [], ["naval"],
      date="2025-07-31", end_date="2025-08-03", location=L("Manila", "PHL")),
    E("visit", "held", "main", ["PHL", "IND"], [marcos], [],
      date="2025-08-04", end_date="2025-08-08", location=L(None, "IND")),
    E("bilateral_meeting", "held", "main", ["PHL", "IND"], [marcos, modi], ["maritime_security"],
      date="2025-08-05", location=L("New Delhi", "IND")),
    E("signing", "held", "background", ["PHL", "IND"], [], ["defence_industry"],
      name="contract for three batteries of BrahMos shore-based anti-ship missiles", date="2022-01",
      location=None),
    E("other", "held", "background", ["IND", "PHL"], [], ["defence_industry"], date="2024-04", location=None),
])

# ---------------------------------------------------------------- ex141
vinh141 = P("Nguyen Chi Vinh", "VNM", "Deputy Defense Minister", "Lieutenant General", None)
ma = P("Ma Xiaotian", "CHN", "Deputy Chief of the General Staff", "General", "People's Liberation Army")
son = P("Ho Xuan Son", "VNM", "Deputy Foreign Minister", None, None)
dai = P("Dai Bingguo", "CHN", "State Councilor", None, None)
thanh141 = P("Phung Quang Thanh", "VNM", "Defense Minister", "General", None)
VNCN = "Vietnam-China Strategic Defence and Security Dialogue"
BJ = L("Beijing", "CHN")
doc("ex141_rfa_vn_cn_strategic_dialogue_2011", "2011-08-30", "2011-08-29", [
    E("policy_dialogue", "held", "main", ["VNM", "CHN"], [vinh141, ma],
      ["dialogue_consultation", "exercises", "naval", "maritime_security", "training_education",
       "high_level_exchange"],
      name="second round of the two countries' strategic defense and security dialogue", mechanism=VNCN,
      ordinal=2, date="2011-08-29", location=BJ),
    E("exercise", "planned", "main", ["VNM", "CHN"], [], ["exercises", "naval", "maritime_security"],
      name="second joint patrol", date="2011", location=None),
    E("policy_dialogue", "planned", "main", ["VNM", "CHN"], [], [],
      name="third round of the dialogue", mechanism=VNCN, ordinal=3, date="2012", location=HN),
    E("policy_dialogue", "held", "background", ["VNM", "CHN"], [], [],
      name="first round", mechanism=VNCN, ordinal=1, date="2010-11", location=HN),
    E("bilateral_meeting", "held", "background", ["VNM", "CHN"], [son, dai], [], date="2011-06-25", location=BJ),
    E("exercise", "held", "background", ["VNM", "CHN"], [], ["exercises", "naval", "maritime_security"],
      name="joint patrol in the Gulf of Tonkin", date="2011-06", location=None),
    E("visit", "planned", "background", ["VNM", "CHN"], [thanh141], [], location=L(None, "CHN")),
])

# ---------------------------------------------------------------- ex142
ishiba = P("Shigeru Ishiba", "JPN", "Defense Minister", None, None)
fitz = P("Joel Fitzgibbon", "AUS", None, None, None)
gates = P("Robert Gates", "USA", "Defense Secretary", None, None)
juwono = P("Juwono Sudarsono", "IDN", "Defense Minister", None, None)
teo = P("Teo Chee Hean", "SGP", "Defense Minister", None, None)
abe = P("Shinzo Abe", "JPN", "Prime Minister", None, None)
howard = P("John Howard", "AUS", "Prime Minister", None, None)
SG = L("Singapore", "SGP")
SLD = "Shangri-La Dialogue"
JPAU = "Japan-Australia Foreign and Defence Ministerial Consultations"
TDMM = "Japan-Australia-US Trilateral Defence Ministers' Meeting"
doc("ex142_kyodo_jp_au_shangri_la_2008", "2008-05-31", "2008-05-31", [
    E("multilateral_meeting", "held", "main", ["JPN", "USA", "AUS", "IDN", "CHN"], [ishiba, gates, fitz, juwono],
      ["maritime_security", "hadr"],
      name="seventh Asia Security Summit", mechanism=SLD, ordinal=7, date="2008-05-30", end_date="2008-06-01",
      location=SG),
    E("bilateral_meeting", "held", "main", ["JPN", "AUS"], [ishiba, fitz],
      ["dialogue_consultation", "logistics", "peacekeeping"], date="2008-05-31", location=SG),
    E("policy_dialogue", "planned", "main", ["JPN", "AUS"], [], [],
      name="second \"two-plus-two\" security talks", mechanism=JPAU, ordinal=2, date="2008",
      location=L("Tokyo", "JPN")),
    E("policy_dialogue", "held", "background", ["JPN", "AUS"], [], [],
      name="first Japan-Australia two-plus-two meeting", mechanism=JPAU, ordinal=1, date="2007-06",
      location=L("Tokyo", "JPN")),
    E("signing", "held", "background", ["JPN", "AUS"], [abe, howard], [],
      name="joint declaration on security cooperation", date="2007", location=None),
    E("multilateral_meeting", "planned", "main", ["JPN", "AUS", "USA"], [ishiba, fitz, gates], [],
      name="three-way meeting of defense ministers", mechanism=TDMM, ordinal=2, date="2008-06-01", location=SG),
    E("multilateral_meeting", "held", "background", ["JPN", "AUS", "USA"], [], [],
      name="first one", mechanism=TDMM, ordinal=1, date="2007", location=SG),
    E("multilateral_meeting", "held", "background", ["JPN", "AUS", "USA"], [], [],
      name="last year's conference", mechanism=SLD, date="2007", location=SG),
    E("bilateral_meeting", "held", "main", ["JPN", "IDN"], [ishiba, juwono],
      ["maritime_security", "capacity_building", "training_education", "high_level_exchange"],
      date="2008-05-31", location=SG),
    E("visit", "proposed", "main", ["JPN", "IDN"], [ishiba], [], location=L(None, "IDN")),
    E("bilateral_meeting", "held", "main", ["JPN", "SGP"], [ishiba, teo], ["high_level_exchange", "training_education"],
      date="2008-05-30", location=SG),
])


if __name__ == "__main__":
    GOLD.write(ROOT)
