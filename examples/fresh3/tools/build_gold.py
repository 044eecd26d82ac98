#!/usr/bin/env python3
"""The gold of examples/fresh3 written as data. Regenerates gold/<id>.json and published.tsv.

Run from anywhere: python3 examples/fresh3/tools/build_gold.py
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), "tools"))
from gold_builder import E, L, P, GoldSet  # noqa: E402

GOLD = GoldSet()
doc = GOLD.doc


# ---------------------------------------------------------------- ex93
patterson = P("Jordan Patterson", "USA", "Commander", "Rear Admiral", "Carrier Strike Group 5")
knapper = P("Marc Knapper", "USA", "Ambassador", None, None)
thuong = P("Tran Van Thuong", "VNM", "Deputy Commander", "Major General", "Military Region 5")
huy = P("Nguyen Quang Huy", "VNM", "Vice Chairman", None, "Da Nang People's Committee")
chinh = P("Le Trung Chinh", "VNM", "Chairman", None, "Da Nang People's Committee")
thang = P("Nguyen Hung Thang", "VNM", "Commander", "Lieutenant General", "Military Region 5")
doc("ex93_vnexpress_vn_us_carrier_da_nang", "2023-06-25", "2023-06-25", [
    E("visit", "held", "main", ["USA", "VNM"], [patterson, knapper, thuong, huy], ["naval"],
      date="2023-06-25", end_date="2023-06-30", location=L("Da Nang", "VNM")),
    E("bilateral_meeting", "held", "main", ["USA", "VNM"], [patterson, knapper, chinh], ["war_legacy"],
      date="2023-06-25", location=L("Da Nang", "VNM")),
    E("bilateral_meeting", "planned", "main", ["USA", "VNM"], [patterson, thang], [],
      date="2023-06-26", location=L("Da Nang", "VNM")),
    E("policy_dialogue", "held", "background", ["VNM", "USA"], [], ["naval", "war_legacy", "training_education"],
      name="Vietnam-US defense policy dialogue", mechanism="Vietnam-US Defence Policy Dialogue",
      date="2022-10", location=L("Washington", "USA")),
    E("visit", "held", "background", ["USA", "VNM"], [], ["naval"], date="2018-03", location=L("Da Nang", "VNM")),
    E("visit", "held", "background", ["USA", "VNM"], [], ["naval"], date="2020-03", location=L("Da Nang", "VNM")),
])

# ---------------------------------------------------------------- ex94
vinh = P("Nguyễn Chí Vịnh", "VNM", "Deputy Minister of National Defence", "Senior Lieutenant General",
         "Ministry of National Defence")
errera = P("Philippe Errera", "FRA", "Director General for International Relations and Strategy", None,
           "Ministry of Defence")
lich94 = P("Ngô Xuân Lịch", "VNM", "Minister of National Defence", "General", "Ministry of National Defence")
VNFR = "Vietnam-France Defence Strategic Dialogue"
doc("ex94_vns_vn_fr_strategic_dialogue", "2016-11-15", "2016-11-14", [
    E("policy_dialogue", "held", "main", ["VNM", "FRA"], [vinh, errera],
      ["high_level_exchange", "training_education", "military_medicine", "peacekeeping", "defence_industry",
       "naval", "dialogue_consultation"],
      name="fourth Việt Nam–France defence strategic dialogue", mechanism=VNFR, ordinal=4,
      date="2016-11-14", location=L("Hanoi", "VNM")),
    E("policy_dialogue", "held", "background", ["VNM", "FRA"], [], [],
      name="third dialogue", mechanism=VNFR, ordinal=3, date="2015-10", location=L("Paris", "FRA")),
    E("visit", "planned", "main", ["FRA", "VNM"], [], ["naval"],
      date="2017", location=L("Cam Ranh", "VNM")),
    E("signing", "held", "main", ["VNM", "FRA"], [vinh, errera], ["peacekeeping", "training_education"],
      name="memorandum of understanding on co-operation in UN peacekeeping",
      date="2016-11-14", location=L("Hanoi", "VNM")),
    E("policy_dialogue", "planned", "main", ["VNM", "FRA"], [], [],
      name="fifth dialogue", mechanism=VNFR, ordinal=5, date="2017", location=L("Paris", "FRA")),
    E("bilateral_meeting", "held", "main", ["VNM", "FRA"], [lich94, errera],
      ["high_level_exchange", "training_education", "military_medicine", "defence_industry", "multilateral_support"],
      date="2016-11-14", location=L("Hanoi", "VNM")),
    E("signing", "held", "background", ["VNM", "FRA"], [],
      ["training_education", "military_medicine", "defence_industry", "high_level_exchange"],
      name="agreement signed in 2009", date="2009"),
])

# ---------------------------------------------------------------- ex95
ng = P("Ng Eng Hen", "SGP", "Defence Minister", None, None)
ryamizard95 = P("Ryamizard Ryacudu", "IDN", "Defence Minister", None, None)
lorenzana = P("Delfin Lorenzana", "PHL", "Defence Secretary", None, None)
lich95 = P("Ngo Xuan Lich", "VNM", "Defence Minister", "General", None)
lee = P("Lee Hsien Loong", "SGP", "Prime Minister", None, None)
SG = L("Singapore", "SGP")
doc("ex95_cna_sg_admm_retreat", "2018-02-07", "2018-02-06", [
    E("multilateral_meeting", "held", "main", ["SGP", "IDN", "PHL", "VNM"], [ng, ryamizard95, lorenzana, lich95],
      ["transnational_crime", "dialogue_consultation", "exercises", "naval", "search_and_rescue",
       "maritime_security", "multilateral_support"],
      name="ASEAN Defence Ministers' Meeting (ADMM) Retreat", mechanism="ADMM Retreat",
      date="2018-02-06", location=SG, groups=["ASEAN"]),
    E("multilateral_meeting", "held", "background", ["IDN"], [ryamizard95],
      ["transnational_crime", "dialogue_consultation"],
      name="ADMM", mechanism="ADMM", date="2017-10", location=L("Clark", "PHL"), groups=["ASEAN"]),
    E("exercise", "planned", "main", ["CHN"], [], ["exercises", "naval", "search_and_rescue", "maritime_security"],
      name="ASEAN-China Maritime Exercise", mechanism="ASEAN-China Maritime Exercise", ordinal=1,
      date="2018", groups=["ASEAN"]),
    E("exercise", "proposed", "main", ["USA"], [], ["exercises", "naval"], groups=["ASEAN"]),
    E("multilateral_meeting", "planned", "main", ["SGP"], [], [],
      name="12th ADMM", mechanism="ADMM", ordinal=12, date="2018-10", location=SG, groups=["ASEAN"]),
    E("multilateral_meeting", "planned", "main", ["SGP"], [], [],
      name="fifth ADMM-Plus", mechanism="ADMM-Plus", ordinal=5, date="2018-10", location=SG, groups=["ASEAN"]),
    E("bilateral_meeting", "held", "main", ["SGP", "IDN"], [ng, ryamizard95],
      ["maritime_security", "transnational_crime", "high_level_exchange", "training_education"],
      date="2018-02-06", location=SG),
    E("bilateral_meeting", "held", "main", ["SGP", "PHL"], [ng, lorenzana], ["hadr", "training_education"],
      date="2018-02-06", location=SG),
    E("bilateral_meeting", "held", "main", ["SGP", "VNM"], [ng, lich95],
      ["naval", "search_and_rescue", "high_level_exchange"], date="2018-02-06", location=SG),
    E("visit", "planned", "main", ["SGP", "VNM"], [ng], [], date="2018", location=L(None, "VNM")),
    E("multilateral_meeting", "planned", "main", ["SGP", "IDN", "PHL", "VNM"], [lee, ryamizard95, lorenzana, lich95], [],
      date="2018-02-07", location=SG, groups=["ASEAN"]),
])

# ---------------------------------------------------------------- ex96
ryamizard96 = P("Ryamizard Ryacudu", "IDN", "Defense Minister", None, None)
hisham = P("Hishammuddin Hussein", "MYS", "Defense Minister", None, None)
gazmin = P("Voltaire Gazmin", "PHL", "Defense Secretary", None, None)
gatot = P("Gatot Nurmantyo", "IDN", "Commander", "General", "Indonesian Military (TNI)")
zulkifeli = P("Zulkifeli Mohd Zin", "MYS", "Chief", "General", "Malaysian Armed Forces")
jokowi = P("Joko Widodo", "IDN", "President", None, None)
GBC = "Malaysia-Indonesia General Border Committee"
doc("ex96_jakartapost_id_my_border_committee", "2015-11-18", "2015-11-17", [
    E("policy_dialogue", "held", "main", ["IDN", "MYS"], [ryamizard96, hisham],
      ["border_management", "transnational_crime", "dialogue_consultation", "exercises", "maritime_security"],
      name="39th meeting of the Malaysia-Indonesia General Border Committee (GBC Malindo)", mechanism=GBC,
      ordinal=39, date="2015-11-17", location=L("Jakarta", "IDN")),
    E("exercise", "planned", "main", ["MYS", "IDN"], [], ["exercises"],
      name="Malindo Darsasa", mechanism="Malindo Darsasa", date="2016", location=L(None, "MYS")),
    E("multilateral_meeting", "proposed", "main", ["IDN", "MYS", "PHL"], [ryamizard96, hisham, gazmin],
      ["maritime_security", "transnational_crime"]),
    E("policy_dialogue", "held", "main", ["IDN", "MYS"], [gatot, zulkifeli], ["border_management"],
      name="High Level Committee (HLC)", mechanism="Malaysia-Indonesia High Level Committee",
      date="2015-11-16", location=L("Jakarta", "IDN")),
    E("policy_dialogue", "planned", "main", ["MYS", "IDN"], [], ["border_management"],
      name="40th GBC Malindo meeting", mechanism=GBC, ordinal=40, date="2016", location=L(None, "MYS")),
    E("policy_dialogue", "held", "background", ["MYS", "IDN"], [], ["border_management"],
      name="38th meeting", mechanism=GBC, ordinal=38, date="2014", location=L("Kuala Lumpur", "MYS")),
    E("bilateral_meeting", "planned", "main", ["MYS", "IDN"], [hisham, jokowi], [],
      date="2015-11-18", location=L("Jakarta", "IDN")),
])

# ---------------------------------------------------------------- ex97
teodoro = P("Gilberto Teodoro Jr.", "PHL", "Defense Secretary", None, None)
collins = P("Judith Collins", "NZL", "Defence Minister", None, None)
marcos = P("Ferdinand Marcos Jr.", "PHL", "President", None, None)
luxon = P("Christopher Luxon", "NZL", "Prime Minister", None, None)
doc("ex97_philstar_ph_nz_sovfa_signing", "2025-04-15", "2025-04-14", [
    E("signing", "held", "main", ["PHL", "NZL"], [teodoro, collins], ["training_education", "exercises", "hadr"],
      name="Status of Visiting Forces Agreement (SOVFA)", date="2025-04-14", location=L("Quezon City", "PHL")),
    E("bilateral_meeting", "held", "main", ["PHL", "NZL"], [teodoro, collins],
      ["maritime_security", "hadr", "exercises", "naval"], date="2025-04-14", location=L("Quezon City", "PHL")),
    E("exercise", "planned", "main", ["NZL", "PHL", "AUS"], [], ["exercises", "naval", "maritime_security"],
      name="maritime cooperative activity", date="2025", location=None),
    E("bilateral_meeting", "planned", "main", ["NZL", "PHL"], [collins, marcos], [],
      date="2025-04-15", location=L("Manila", "PHL")),
    E("visit", "held", "background", ["NZL", "PHL"], [luxon], [], date="2024-04", location=L("Manila", "PHL")),
    E("bilateral_meeting", "held", "background", ["NZL", "PHL"], [luxon, marcos], [],
      date="2024-04", location=L("Manila", "PHL")),
    E("signing", "held", "background", ["PHL", "USA"], [], [],
      name="Visiting Forces Agreement", date="1998"),
    E("signing", "held", "background", ["AUS", "PHL"], [], [], name="SOVFA", date="2007"),
    E("signing", "held", "background", ["PHL", "JPN"], [], [], name="Reciprocal Access Agreement", date="2024-07"),
])

# ---------------------------------------------------------------- ex98
chansamone = P("Chansamone Chanyalath", "LAO", "Deputy Prime Minister and Minister of National Defense", "General",
               "Ministry of National Defense")
wei = P("Wei Fenghe", "CHN", "State Councilor and Minister of National Defense", "General",
        "Ministry of National Defense")
jiang = P("Jiang Zaidong", "CHN", "Ambassador to Laos", None, None)
vongkham = P("Vongkham Phommakone", "LAO", "Deputy Minister of National Defense", "Lieutenant General",
             "Ministry of National Defense")
lich98 = P("Ngo Xuan Lich", "VNM", "Defense Minister", "General", None)
doc("ex98_laotiantimes_la_cn_video_call", "2020-05-14", "2020-05-13", [
    E("call", "held", "main", ["LAO", "CHN"], [chansamone, wei],
      ["pandemic_response", "military_medicine", "high_level_exchange", "training_education", "exercises", "hadr"],
      date="2020-05-13", location=None),
    E("visit", "held", "background", ["CHN", "LAO"], [], ["military_medicine", "pandemic_response"],
      date="2020-04", location=L("Vientiane", "LAO")),
    E("exercise", "planned", "main", ["LAO", "CHN"], [], ["exercises", "hadr", "military_medicine"],
      name="next edition of their joint humanitarian medical rescue exercise, Peace Train", mechanism="Peace Train",
      location=L(None, "CHN")),
    E("exercise", "held", "background", ["LAO", "CHN"], [], ["exercises", "hadr", "military_medicine"],
      name="The first Peace Train exercise", mechanism="Peace Train", ordinal=1, date="2019-08",
      location=L("Vientiane", "LAO")),
    E("other", "held", "main", ["CHN", "LAO"], [jiang, vongkham], ["pandemic_response", "military_medicine"],
      date="2020-05-12", location=L("Vientiane", "LAO")),
    E("call", "held", "background", ["LAO", "VNM"], [chansamone, lich98], ["border_management", "pandemic_response"],
      date="2020-05", location=None),
])

# ---------------------------------------------------------------- ex99
shoigu = P("Sergei Shoigu", "RUS", "Defense Minister", "General", None)
soewin = P("Soe Win", "MMR", "Deputy Commander-in-Chief of Defense Services", "Vice Senior General", None)
mah = P("Min Aung Hlaing", "MMR", "Commander-in-Chief of Defense Services", "Senior General", None)
NPT = L("Naypyitaw", "MMR")
doc("ex99_irrawaddy_mm_ru_shoigu_visit", "2021-01-22", "2021-01-21", [
    E("visit", "held", "main", ["RUS", "MMR"], [shoigu, soewin], [],
      date="2021-01-21", end_date="2021-01-22", location=NPT),
    E("bilateral_meeting", "held", "main", ["RUS", "MMR"], [shoigu, mah],
      ["training_education", "logistics", "defence_industry", "transnational_crime"],
      date="2021-01-21", location=NPT),
    E("signing", "held", "main", ["RUS", "MMR"], [], ["defence_industry"],
      name="contracts for the supply of Pantsir-S1 surface-to-air missile and gun systems, Orlan-10E reconnaissance "
           "drones and radar equipment", date="2021-01-21", location=NPT),
    E("visit", "planned", "main", ["RUS", "LAO"], [shoigu], [], date="2021-01-22", location=L("Vientiane", "LAO")),
    E("visit", "planned", "main", ["RUS", "VNM"], [shoigu], [], date="2021-01-23", location=L("Hanoi", "VNM")),
    E("visit", "held", "background", ["RUS", "MMR"], [shoigu], [], date="2018-01", location=NPT),
    E("signing", "held", "background", ["RUS", "MMR"], [], ["defence_industry"],
      name="deal for six Sukhoi Su-30SME fighter jets", date="2018-01", location=NPT),
    E("visit", "held", "background", ["MMR", "RUS"], [mah], [], date="2020-06", location=L("Moscow", "RUS")),
])

# ---------------------------------------------------------------- ex100
doc("ex100_khaosod_th_submarine_no_engagement", "2017-04-25", "", [])

# ---------------------------------------------------------------- ex101
neo = P("Neo Kian Hong", "SGP", "Chief of Army", "Major General", None)
lin = P("Lin Jiahua", "CHN", "Deputy Commander", "Major General", "Guangzhou Military Region")
liang = P("Liang Guanglie", "CHN", "Defence Minister", None, None)
teo = P("Teo Chee Hean", "SGP", "Defence Minister", None, None)
doc("ex101_scmp_cn_sg_cooperation_2009", "2009-06-20", "2009-06-19", [
    E("exercise", "held", "main", ["CHN", "SGP"], [neo, lin], ["exercises", "transnational_crime"],
      name="Cooperation 2009", mechanism="Exercise Cooperation", ordinal=1,
      date="2009-06-19", end_date="2009-06-28", location=L("Guilin", "CHN")),
    E("signing", "held", "background", ["CHN", "SGP"], [liang, teo], ["high_level_exchange", "naval", "training_education"],
      name="Agreement on Defence Exchanges and Security Cooperation", date="2008-01", location=L("Beijing", "CHN")),
    E("exercise", "planned", "main", ["CHN", "SGP"], [], ["exercises"],
      name="second round of the exercise", mechanism="Exercise Cooperation", ordinal=2, date="2010",
      location=L("Singapore", "SGP")),
    E("exercise", "held", "background", ["CHN", "THA"], [], ["exercises", "transnational_crime"],
      name="Strike 2007", mechanism="Strike", date="2007-07", location=L("Guangzhou", "CHN")),
    E("exercise", "planned", "background", ["CHN", "RUS"], [], ["exercises", "transnational_crime"],
      name="Peace Mission 2009", mechanism="Peace Mission", date="2009-07", location=L(None, "CHN")),
])

# ---------------------------------------------------------------- ex102
panetta = P("Leon Panetta", "USA", "Defense Secretary", None, None)
sukumpol = P("Sukumpol Suwanatat", "THA", "Defence Minister", None, None)
yingluck = P("Yingluck Shinawatra", "THA", "Prime Minister", None, None)
clinton = P("Hillary Clinton", "USA", "Secretary of State", None, None)
teabanh = P("Tea Banh", "KHM", None, None, None)
obama = P("Barack Obama", "USA", "President", None, None)
BKK = L("Bangkok", "THA")
doc("ex102_reuters_th_us_joint_vision", "2012-11-15", "2012-11-15", [
    E("signing", "held", "main", ["USA", "THA"], [panetta, sukumpol],
      ["hadr", "maritime_security", "transnational_crime", "exercises", "training_education"],
      name="2012 Joint Vision Statement for the Thai-U.S. Defense Alliance", date="2012-11-15", location=BKK),
    E("visit", "planned", "background", ["USA", "THA"], [obama], [], date="2012-11-18", location=BKK),
    E("bilateral_meeting", "held", "main", ["USA", "THA"], [panetta, sukumpol], ["defence_industry"],
      date="2012-11-15", location=BKK),
    E("bilateral_meeting", "held", "main", ["USA", "THA"], [panetta, yingluck], ["hadr"],
      date="2012-11-15", location=BKK),
    E("policy_dialogue", "held", "main", ["USA", "AUS"], [panetta, clinton], [],
      name="AUSMIN", mechanism="AUSMIN", date="2012-11-14", location=L("Perth", "AUS")),
    E("bilateral_meeting", "planned", "main", ["USA", "KHM"], [panetta, teabanh], [],
      date="2012-11-16", location=L(None, "KHM")),
])


if __name__ == "__main__":
    GOLD.write(ROOT)
