#!/usr/bin/env python3
"""The gold of examples/fresh6 written as data. Regenerates gold/<id>.json and published.tsv.

Run from anywhere: python3 examples/fresh6/tools/build_gold.py
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), "tools"))
from gold_builder import E, L, P, GoldSet  # noqa: E402

GOLD = GoldSet()
doc = GOLD.doc
HN = L("Hanoi", "VNM")

# ---------------------------------------------------------------- ex153
whitford = P("Paul Whitford", "USA", "Commander", "Captain", "Destroyer Squadron 15")
tho = P("Nguyen Van Tho", "VNM", "Deputy Commander", "Colonel", "Naval Region 3")
michalak = P("Michael Michalak", "USA", "Ambassador", None, None)
tuan = P("Ha Manh Tuan", "VNM", "Commander", "Rear Admiral", "Naval Region 3")
vinh153 = P("Nguyen Chi Vinh", "VNM", "Deputy Minister of Defense", "Lieutenant General", "Ministry of Defense")
scher = P("Robert Scher", "USA", "Deputy Assistant Secretary", None, "Department of Defense")
DN = L("Da Nang", "VNM")
doc("ex153_thanhnien_vn_us_da_nang_naval_exchange", "2010-08-11", "2010-08-10", [
    E("visit", "held", "main", ["USA", "VNM"], [whitford, tho, michalak],
      ["naval", "search_and_rescue", "maritime_security", "military_medicine"],
      date="2010-08-10", end_date="2010-08-16", location=DN),
    E("bilateral_meeting", "held", "main", ["USA", "VNM"], [whitford, tuan],
      ["naval", "search_and_rescue", "maritime_security"], date="2010-08-10", location=DN),
    E("bilateral_meeting", "planned", "main", ["USA", "VNM"], [whitford], [], date="2010-08-12", location=DN),
    E("visit", "held", "background", ["VNM", "USA"], [], ["naval"], date="2010-08-08", location=L(None, "VNM")),
    E("visit", "held", "background", ["USA", "VNM"], [], ["naval"], date="2003-11",
      location=L("Ho Chi Minh City", "VNM")),
    E("policy_dialogue", "planned", "background", ["VNM", "USA"], [vinh153, scher], [],
      name="first defense policy dialogue", mechanism="Vietnam-United States Defence Policy Dialogue", ordinal=1,
      date="2010-08", location=HN),
])

# ---------------------------------------------------------------- ex154
truong = P("Be Xuan Truong", "VNM", "Deputy Minister of National Defence", "Senior Lieutenant General",
           "Ministry of National Defence")
karpenko = P("Dmitry Karpenko", "BLR", "Chairman", None, "State Authority for Military Industry")
lich154 = P("Ngo Xuan Lich", "VNM", "Minister of National Defence", "General", "Ministry of National Defence")
ravkov = P("Andrei Ravkov", "BLR", None, None, None)
MSQ = L("Minsk", "BLR")
VNBY = "Vietnam-Belarus Intergovernmental Commission on Military-Technical Cooperation"
doc("ex154_vir_vn_by_military_technical_commission", "2017-11-16", "2017-11-14", [
    E("policy_dialogue", "held", "main", ["VNM", "BLR"], [truong, karpenko],
      ["defence_industry", "logistics", "training_education", "advanced_technology", "dialogue_consultation"],
      name="ninth session of the Vietnam-Belarus Intergovernmental Commission on Military-Technical Cooperation",
      mechanism=VNBY, ordinal=9, date="2017-11-14", location=HN),
    E("signing", "held", "main", ["VNM", "BLR"], [truong, karpenko],
      ["defence_industry", "logistics", "training_education"],
      name="protocol of the meeting", date="2017-11-14", location=HN),
    E("bilateral_meeting", "held", "main", ["VNM", "BLR"], [lich154, karpenko],
      ["defence_industry", "advanced_technology", "training_education"], date="2017-11-15", location=HN),
    E("other", "proposed", "main", ["BLR", "VNM"], [], ["defence_industry"],
      name="MILEX-2019 international arms exhibition", mechanism="MILEX", date="2019-05", location=MSQ),
    E("policy_dialogue", "planned", "main", ["VNM", "BLR"], [], [],
      name="tenth session of the commission", mechanism=VNBY, ordinal=10, date="2018", location=MSQ),
    E("visit", "held", "background", ["VNM", "BLR"], [lich154], [], date="2016-08", location=MSQ),
    E("signing", "held", "background", ["VNM", "BLR"], [lich154, ravkov], [],
      name="plan for defence cooperation for the 2017-2020 period", date="2016-08", location=MSQ),
])

# ---------------------------------------------------------------- ex155
rajnath155 = P("Rajnath Singh", "IND", "Defence Minister", None, None)
prabowo = P("Prabowo Subianto", "IDN", "Defence Minister", None, None)
ismail = P("Ismail Sabri Yaakob", "MYS", "Senior Minister (Defence)", None, None)
ND = L("New Delhi", "IND")
doc("ex155_theprint_in_id_phone_call", "2021-06-23", "2021-06-22", [
    E("call", "held", "main", ["IND", "IDN"], [rajnath155, prabowo],
      ["defence_industry", "maritime_security", "pandemic_response", "dialogue_consultation", "exercises"],
      date="2021-06-22", location=None),
    E("policy_dialogue", "planned", "main", ["IND", "IDN"], [], [],
      name="seventh meeting of the India-Indonesia Joint Defence Cooperation Committee (JDCC)",
      mechanism="India-Indonesia Joint Defence Cooperation Committee", ordinal=7, date="2021", location=ND),
    E("exercise", "planned", "main", ["IND", "IDN"], [],
      ["exercises", "naval", "maritime_security", "transnational_crime"],
      name="36th edition of the India-Indonesia Coordinated Patrol (Ind-Indo CORPAT)",
      mechanism="India-Indonesia Coordinated Patrol", ordinal=36, date="2021-06", location=None),
    E("exercise", "held", "background", ["IND", "IDN"], [], ["exercises", "naval"],
      name="second edition of the exercise", mechanism="Samudra Shakti", ordinal=2, date="2019-11", location=None),
    E("visit", "held", "background", ["IDN", "IND"], [prabowo], ["defence_industry"], date="2020-07-27", location=ND),
    E("bilateral_meeting", "held", "background", ["IDN", "IND"], [prabowo, rajnath155], [],
      date="2020-07-27", location=ND),
    E("call", "held", "background", ["IND", "MYS"], [rajnath155, ismail], ["pandemic_response", "training_education"],
      date="2021-06", location=None),
])

# ---------------------------------------------------------------- ex156
rajnath156 = P("Rajnath Singh", "IND", "Defence Minister", None, None)
giang156 = P("Phan Van Giang", "VNM", "Minister of National Defence", "General", "Ministry of National Defence")
chien156 = P("Hoang Xuan Chien", "VNM", "Deputy Defence Minister", "Senior Lieutenant General", None)
phuc = P("Nguyen Xuan Phuc", "VNM", "President", None, None)
chinh = P("Pham Minh Chinh", "VNM", "Prime Minister", None, None)
modi = P("Narendra Modi", "IND", "Prime Minister", None, None)
lich156 = P("Ngo Xuan Lich", "VNM", "Defence Minister", "General", None)
doc("ex156_firstpost_in_vn_rajnath_hanoi", "2022-06-08", "2022-06-08", [
    E("visit", "held", "main", ["IND", "VNM"], [rajnath156, chien156], ["capacity_building"],
      date="2022-06-08", end_date="2022-06-10", location=L(None, "VNM")),
    E("bilateral_meeting", "held", "main", ["IND", "VNM"], [rajnath156, giang156],
      ["defence_industry", "training_education", "peacekeeping", "maritime_security", "capacity_building"],
      date="2022-06-08", location=HN),
    E("signing", "held", "main", ["IND", "VNM"], [rajnath156, giang156], [],
      name="Joint Vision Statement on India-Vietnam Defence Partnership towards 2030", date="2022-06-08",
      location=HN),
    E("signing", "held", "main", ["IND", "VNM"], [], ["logistics"],
      name="memorandum of understanding on mutual logistics support", date="2022-06-08", location=HN),
    E("bilateral_meeting", "planned", "main", ["IND", "VNM"], [rajnath156, phuc], [], date="2022-06", location=HN),
    E("bilateral_meeting", "planned", "main", ["IND", "VNM"], [rajnath156, chinh], [], date="2022-06", location=HN),
    E("other", "planned", "main", ["IND", "VNM"], [rajnath156],
      ["defence_industry", "maritime_security", "capacity_building"],
      date="2022-06-09", location=L("Hai Phong", "VNM")),
    E("visit", "held", "background", ["IND", "VNM"], [modi], [], date="2016-09", location=HN),
    E("call", "held", "background", ["IND", "VNM"], [rajnath156, lich156], ["pandemic_response", "training_education"],
      date="2020-11-27", location=None),
])

# ---------------------------------------------------------------- ex157
doc("ex157_thaipbs_th_conscription_no_engagement", "2024-05-15", "", [])

# ---------------------------------------------------------------- ex158
khaled = P("Mohamed Khaled Nordin", "MYS", "Defence Minister", None, None)
hegseth = P("Pete Hegseth", "USA", "Defence Secretary", None, None)
giang158 = P("Phan Van Giang", "VNM", "Defence Minister", None, None)
koizumi158 = P("Shinjiro Koizumi", "JPN", "Defence Minister", None, None)
dong = P("Dong Jun", "CHN", "Defence Minister", None, None)
KL = L("Kuala Lumpur", "MYS")
doc("ex158_fmt_my_admm_plus_sidelines", "2025-11-01", "2025-11-01", [
    E("multilateral_meeting", "held", "main", ["MYS", "USA", "VNM", "JPN", "CHN", "TLS"],
      [khaled, hegseth, giang158, koizumi158, dong], ["dialogue_consultation", "maritime_security"],
      name="ADMM-Plus, the 12th meeting of ASEAN defence ministers with their dialogue partners", mechanism="ADMM-Plus",
      ordinal=12,
      date="2025-11-01", location=KL, groups=["ASEAN"]),
    E("bilateral_meeting", "held", "main", ["MYS", "USA"], [khaled, hegseth],
      ["maritime_security", "training_education", "logistics", "dialogue_consultation"],
      date="2025-11-01", location=KL),
    E("policy_dialogue", "planned", "main", ["MYS", "USA"], [], ["training_education"],
      name="Malaysia-US Bilateral Training and Consultative Group (BITACG)",
      mechanism="Malaysia-United States Bilateral Training and Consultative Group", date="2026",
      location=L("Washington", "USA")),
    E("bilateral_meeting", "held", "main", ["MYS", "VNM"], [khaled, giang158],
      ["dialogue_consultation", "maritime_security"], date="2025-11-01", location=KL),
    E("policy_dialogue", "planned", "main", ["MYS", "VNM"], [], [],
      name="first defence policy dialogue at the deputy minister level",
      mechanism="Malaysia-Vietnam Defence Policy Dialogue", ordinal=1, date="2026", location=HN),
    E("multilateral_meeting", "held", "background", ["MYS", "VNM"], [khaled, giang158], [],
      name="ADMM Retreat", mechanism="ADMM Retreat", date="2025-02", location=L("George Town", "MYS"),
      groups=["ASEAN"]),
    E("bilateral_meeting", "held", "background", ["MYS", "VNM"], [khaled, giang158], [],
      date="2025-02", location=L("George Town", "MYS")),
    E("bilateral_meeting", "held", "main", ["MYS", "JPN"], [khaled, koizumi158],
      ["capacity_building", "maritime_security", "hadr", "high_level_exchange"], date="2025-11-01", location=KL),
    E("visit", "proposed", "main", ["JPN", "MYS"], [koizumi158], [], date="2026", location=L(None, "MYS")),
    E("multilateral_meeting", "planned", "main", ["PHL"], [], [],
      name="20th ADMM", mechanism="ADMM", ordinal=20, date="2026", location=L(None, "PHL"), groups=["ASEAN"]),
    E("multilateral_meeting", "planned", "main", ["PHL"], [], [],
      name="13th ADMM-Plus", mechanism="ADMM-Plus", ordinal=13, date="2026", location=L(None, "PHL"),
      groups=["ASEAN"]),
    E("multilateral_meeting", "held", "main", ["MYS", "VNM", "TLS"], [giang158],
      ["military_medicine", "multilateral_support"],
      name="19th ADMM", mechanism="ADMM", ordinal=19, date="2025-10-31", location=KL, groups=["ASEAN"]),
    E("multilateral_meeting", "held", "background", ["MYS"], [], [],
      name="ASEAN Defence Senior Officials' Meeting-Plus", mechanism="ADSOM-Plus", date="2025-10",
      location=L(None, "MYS"), groups=["ASEAN"]),
    E("multilateral_meeting", "held", "background", ["TLS"], [], [],
      name="ASEAN Summit", mechanism="ASEAN Summit", date="2025-10", location=KL, groups=["ASEAN"]),
])

# ---------------------------------------------------------------- ex159
liang = P("Liang Guanglie", "CHN", "Chief of General Staff", "General", "People's Liberation Army")
anupong = P("Anupong Paochinda", "THA", "Deputy Commander-in-Chief", "General", "Royal Thai Army")
chen = P("Chen Guoxiang", "CHN", "Deputy Chief of Staff", "Major General", "Guangzhou Military Area Command")
wichai = P("Wichai Saengthong", "THA", "Deputy Chief of Staff", "Lieutenant General", "Royal Thai Army")
boonsrang = P("Boonsrang Niumpradit", "THA", "Supreme Commander", "General", None)
cao = P("Cao Gangchuan", "CHN", "Defense Minister", None, None)
BJ = L("Beijing", "CHN")
doc("ex159_peoplesdaily_cn_th_strike_2007", "2007-07-17", "2007-07-16", [
    E("exercise", "held", "main", ["CHN", "THA"], [liang, anupong, chen, wichai],
      ["exercises", "transnational_crime"],
      name="Strike-2007", mechanism="Strike", ordinal=1, date="2007-07-16", end_date="2007-07-29",
      location=L(None, "CHN")),
    E("bilateral_meeting", "held", "main", ["CHN", "THA"], [liang, anupong], ["training_education", "exercises"],
      date="2007-07-16", location=L("Guangzhou", "CHN")),
    E("exercise", "planned", "main", ["CHN", "THA"], [], ["exercises"],
      name="next joint training of the series", mechanism="Strike", date="2008", location=L(None, "THA")),
    E("visit", "held", "background", ["THA", "CHN"], [boonsrang], [], date="2007-05", location=BJ),
    E("bilateral_meeting", "held", "background", ["THA", "CHN"], [boonsrang, cao], [], date="2007-05", location=BJ),
    E("exercise", "planned", "background", ["CHN"], [], ["exercises", "transnational_crime"],
      name="Peace Mission 2007", mechanism="Peace Mission", date="2007-08", location=L(None, "RUS"),
      groups=["SCO"]),
])

# ---------------------------------------------------------------- ex160
mattis = P("Jim Mattis", "USA", "Defense Secretary", None, None)
vinh160 = P("Nguyen Chi Vinh", "VNM", "Deputy Defense Minister", "Senior Lieutenant General", None)
lich160 = P("Ngo Xuan Lich", "VNM", "Defense Minister", None, None)
wei = P("Wei Fenghe", "CHN", "Defense Minister", None, None)
SG = L("Singapore", "SGP")
doc("ex160_ap_us_vn_mattis_bien_hoa", "2018-10-17", "2018-10-16", [
    E("visit", "held", "main", ["USA", "VNM"], [mattis, vinh160], ["war_legacy"],
      date="2018-10-16", end_date="2018-10-17", location=L(None, "VNM")),
    E("bilateral_meeting", "held", "main", ["USA", "VNM"], [mattis, lich160],
      ["war_legacy", "peacekeeping", "training_education"], date="2018-10-16", location=HN),
    E("visit", "proposed", "main", ["USA", "VNM"], [], ["naval"], date="2019", location=L(None, "VNM")),
    E("visit", "held", "background", ["USA", "VNM"], [], ["naval"], date="2018-03", location=L(None, "VNM")),
    E("visit", "held", "background", ["USA", "VNM"], [mattis], [], date="2018-01", location=HN),
    E("multilateral_meeting", "planned", "main", ["USA", "SGP"], [mattis], [],
      mechanism="ADMM-Plus", date="2018-10", location=SG, groups=["ASEAN"]),
    E("bilateral_meeting", "planned", "main", ["USA", "CHN"], [mattis, wei], [], date="2018-10", location=SG),
    E("visit", "held", "background", ["USA", "CHN"], [mattis], [], date="2018-06", location=BJ),
])

# ---------------------------------------------------------------- ex161
marles = P("Richard Marles", "AUS", "Defence Minister", None, None)
koizumi161 = P("Shinjiro Koizumi", "JPN", "Defense Minister", None, None)
MEL = L("Melbourne", "AUS")
doc("ex161_breakingdefense_au_jp_mogami", "2026-02-12", "2026-02-11", [
    E("signing", "held", "main", ["AUS", "JPN"], [marles, koizumi161],
      ["defence_industry", "training_education", "logistics"],
      name="government-to-government agreement covering the joint development and production of the upgraded "
           "Mogami-class frigates", date="2026-02-11", location=MEL),
    E("policy_dialogue", "held", "main", ["AUS", "JPN"], [marles, koizumi161],
      ["exercises", "logistics", "maritime_security", "dialogue_consultation"],
      name="annual Defence Ministers' Meeting", mechanism="Australia-Japan Defence Ministers' Meeting",
      date="2026-02-11", location=MEL),
    E("exercise", "planned", "main", ["AUS", "JPN"], [], ["exercises", "naval"],
      name="next Nichi Gou Trident exercise", mechanism="Nichi Gou Trident", date="2026", location=L(None, "AUS")),
    E("policy_dialogue", "planned", "main", ["JPN", "AUS"], [], [],
      name="12th Japan-Australia Foreign and Defence Ministerial Consultations",
      mechanism="Japan-Australia Foreign and Defence Ministerial Consultations", ordinal=12, date="2026",
      location=L("Tokyo", "JPN")),
    E("visit", "held", "main", ["JPN", "AUS"], [koizumi161], ["defence_industry"],
      date="2026-02-11", end_date="2026-02-13", location=L(None, "AUS")),
    E("visit", "held", "background", ["AUS", "JPN"], [marles], ["defence_industry"], date="2025-11",
      location=L(None, "JPN")),
    E("bilateral_meeting", "held", "background", ["AUS", "JPN"], [marles, koizumi161], [], date="2025-11",
      location=L("Tokyo", "JPN")),
])

# ---------------------------------------------------------------- ex162
nakatani = P("Gen Nakatani", "JPN", "Defense Minister", None, None)
gazmin = P("Voltaire Gazmin", "PHL", "Defense Secretary", None, None)
ishikawa = P("Kazuhide Ishikawa", "JPN", "Ambassador", None, None)
carter = P("Ashton Carter", "USA", "Defense Secretary", None, None)
payne = P("Marise Payne", "AUS", "Defence Minister", None, None)
vinh162 = P("Nguyen Chi Vinh", "VNM", "Deputy Defense Minister", None, None)
sun = P("Sun Jianguo", "CHN", "Deputy Chief", "Admiral", "Joint Staff Department")
SG162 = L("Singapore", "SGP")
doc("ex162_japannews_jp_ph_shangri_la_2016", "2016-06-05", "2016-06-04", [
    E("multilateral_meeting", "held", "main", ["JPN", "PHL", "USA", "AUS", "CHN"],
      [nakatani, gazmin, carter, payne, sun], [],
      name="Asia Security Summit, also known as the Shangri-La Dialogue", mechanism="Shangri-La Dialogue",
      date="2016-06-03", end_date="2016-06-05", location=SG162),
    E("bilateral_meeting", "held", "main", ["JPN", "PHL"], [nakatani, gazmin],
      ["defence_industry", "maritime_security", "training_education", "logistics", "dialogue_consultation"],
      date="2016-06-04", location=SG162),
    E("other", "planned", "main", ["JPN", "PHL"], [], ["defence_industry"], date="2017", location=None),
    E("signing", "held", "background", ["JPN", "PHL"], [ishikawa, gazmin], ["defence_industry"],
      name="pact on the transfer of defense equipment and technologies", date="2016-02",
      location=L("Manila", "PHL")),
    E("policy_dialogue", "proposed", "main", ["JPN", "PHL"], [], [],
      name="vice-ministerial defense talks", mechanism="Japan-Philippines Defence Talks", ordinal=1, date="2016",
      location=L("Tokyo", "JPN")),
    E("multilateral_meeting", "held", "main", ["JPN", "USA", "AUS"], [nakatani, carter, payne],
      ["exercises", "hadr"], mechanism="Japan-Australia-US Trilateral Defence Ministers' Meeting",
      date="2016-06-04", location=SG162),
    E("bilateral_meeting", "held", "main", ["JPN", "VNM"], [nakatani, vinh162],
      ["naval", "peacekeeping", "training_education"], date="2016-06-03", location=SG162),
    E("visit", "planned", "main", ["JPN", "VNM"], [], ["naval"], date="2016", location=L("Cam Ranh", "VNM")),
    E("visit", "held", "background", ["JPN", "VNM"], [], ["naval"], date="2016-04", location=L("Cam Ranh", "VNM")),
    E("exercise", "held", "background", ["JPN", "PHL"], [], ["exercises", "naval"],
      name="first joint exercise", ordinal=1, date="2015-05", location=L(None, "PHL")),
])

if __name__ == "__main__":
    GOLD.write(ROOT)
