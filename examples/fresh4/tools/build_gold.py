#!/usr/bin/env python3
"""The gold of examples/fresh4 written as data. Regenerates gold/<id>.json and published.tsv.

Run from anywhere: python3 examples/fresh4/tools/build_gold.py
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), "tools"))
from gold_builder import E, L, P, GoldSet  # noqa: E402

GOLD = GoldSet()
doc = GOLD.doc


# ---------------------------------------------------------------- ex113
vinh = P("Nguyen Chi Vinh", "VNM", "Deputy Minister of National Defense", "Senior Lieutenant General",
         "Ministry of National Defense")
chan = P("Chan Heng Kee", "SGP", "Permanent Secretary for Defence", None, "Ministry of Defence")
lich = P("Ngo Xuan Lich", "VNM", "Defense Minister", "General", None)
ng = P("Ng Eng Hen", "SGP", "Minister for Defence", None, "Ministry of Defence")
VNSG = "Vietnam-Singapore Defence Policy Dialogue"
HN = L("Hanoi", "VNM")
doc("ex113_tuoitre_vn_sg_defence_policy_dialogue", "2018-10-26", "2018-10-25", [
    E("policy_dialogue", "held", "main", ["VNM", "SGP"], [vinh, chan],
      ["high_level_exchange", "naval", "search_and_rescue", "training_education", "cybersecurity",
       "military_medicine", "peacekeeping", "maritime_security", "multilateral_support", "exercises",
       "dialogue_consultation", "transnational_crime"],
      name="11th Vietnam-Singapore Defense Policy Dialogue", mechanism=VNSG, ordinal=11,
      date="2018-10-25", location=HN),
    E("policy_dialogue", "held", "background", ["VNM", "SGP"], [], [],
      name="tenth dialogue", mechanism=VNSG, ordinal=10, date="2017-09", location=L("Singapore", "SGP")),
    E("exercise", "proposed", "main", ["VNM", "SGP"], [], ["exercises", "naval", "search_and_rescue"],
      name="first bilateral search and rescue exercise", ordinal=1, date="2019", location=L(None, "VNM")),
    E("policy_dialogue", "planned", "main", ["VNM", "SGP"], [], [],
      name="12th dialogue", mechanism=VNSG, ordinal=12, date="2019", location=L("Singapore", "SGP")),
    E("bilateral_meeting", "held", "main", ["VNM", "SGP"], [lich, chan], ["high_level_exchange", "multilateral_support"],
      date="2018-10-25", location=HN),
    E("visit", "proposed", "main", ["SGP", "VNM"], [ng], [], date="2019", location=L(None, "VNM")),
])

# ---------------------------------------------------------------- ex114
naravane = P("Manoj Mukund Naravane", "IND", "Chief of Army Staff", "General", "Indian Army")
shringla = P("Harsh Vardhan Shringla", "IND", "Foreign Secretary", None, None)
hau = P("Hau Do Suan", "MMR", "Deputy Minister for Foreign Affairs", None, None)
kumar = P("Saurabh Kumar", "IND", "Ambassador to Myanmar", None, None)
suukyi = P("Aung San Suu Kyi", "MMR", "State Counsellor", None, None)
mah = P("Min Aung Hlaing", "MMR", "Commander-in-Chief", "Senior General", None)
soewin = P("Soe Win", "MMR", "Deputy Commander-in-Chief", "Vice Senior General", None)
NPT = L("Nay Pyi Taw", "MMR")
doc("ex114_mizzima_mm_in_army_chief_visit", "2020-10-06", "2020-10-05", [
    E("visit", "held", "main", ["IND", "MMR"], [naravane, shringla, hau, kumar], [],
      date="2020-10-04", end_date="2020-10-05", location=NPT),
    E("bilateral_meeting", "held", "main", ["IND", "MMR"], [naravane, shringla, suukyi], ["pandemic_response"],
      date="2020-10-05", location=NPT),
    E("bilateral_meeting", "held", "main", ["IND", "MMR"], [naravane, shringla, mah, soewin],
      ["border_management", "transnational_crime", "training_education", "maritime_security",
       "dialogue_consultation"],
      date="2020-10-05", location=NPT),
    E("policy_dialogue", "planned", "main", ["IND", "MMR"], [], ["border_management"],
      name="India-Myanmar Regional Border Committee", mechanism="India-Myanmar Regional Border Committee",
      date="2020", location=L("Imphal", "IND")),
    E("visit", "held", "background", ["MMR", "IND"], [mah], [], date="2019-07", location=L(None, "IND")),
    E("signing", "held", "background", ["IND", "MMR"], [],
      ["training_education", "border_management", "maritime_security"],
      name="memorandum of understanding on defence cooperation", date="2019-07", location=L("New Delhi", "IND")),
    E("exercise", "held", "background", ["IND", "MMR"], [], ["exercises", "naval"],
      name="IMNEX", mechanism="IMNEX", ordinal=1, date="2018-03", location=L(None, "IND")),
])

# ---------------------------------------------------------------- ex115
dong = P("Dong Jun", "CHN", "Defense Minister", "Admiral", None)
sjafrie = P("Sjafrie Sjamsoeddin", "IDN", "Defense Minister", None, None)
wang = P("Wang Yi", "CHN", "Foreign Minister", None, None)
sugiono = P("Sugiono", "IDN", "Foreign Minister", None, None)
prabowo = P("Prabowo Subianto", "IDN", "President", None, None)
xi = P("Xi Jinping", "CHN", "President", None, None)
doc("ex115_globaltimes_cn_id_phone_call", "2025-06-18", "2025-06-17", [
    E("call", "held", "main", ["CHN", "IDN"], [dong, sjafrie],
      ["high_level_exchange", "dialogue_consultation", "training_education", "defence_industry",
       "maritime_security", "multilateral_support", "exercises", "naval", "search_and_rescue"],
      date="2025-06-17", location=None),
    E("exercise", "planned", "main", ["CHN", "IDN"], [], ["exercises", "naval", "search_and_rescue", "maritime_security"],
      name="joint maritime exercise", date="2025", location=L(None, "IDN")),
    E("multilateral_meeting", "proposed", "main", ["CHN", "IDN"], [sjafrie], [],
      name="12th Beijing Xiangshan Forum", mechanism="Beijing Xiangshan Forum", ordinal=12,
      date="2025-09", location=L("Beijing", "CHN")),
    E("policy_dialogue", "held", "background", ["CHN", "IDN"], [wang, dong, sugiono, sjafrie],
      ["maritime_security", "transnational_crime", "defence_industry", "dialogue_consultation"],
      name='first China-Indonesia "2+2" ministerial dialogue',
      mechanism="China-Indonesia Foreign and Defence Ministerial Dialogue", ordinal=1,
      date="2025-04-21", location=L("Beijing", "CHN")),
    E("visit", "held", "background", ["IDN", "CHN"], [prabowo], [], date="2024-11", location=L(None, "CHN")),
    E("bilateral_meeting", "held", "background", ["IDN", "CHN"], [prabowo, xi],
      ["maritime_security", "dialogue_consultation"], date="2024-11", location=L("Beijing", "CHN")),
])

# ---------------------------------------------------------------- ex116
brawner = P("Romeo Brawner", "PHL", "Chief of Staff", "General", "Armed Forces of the Philippines")
licudine = P("Marvin Licudine", "PHL", "Exercise Director", "Major General", None)
jurney = P("William Jurney", "USA", "Commander", "Lieutenant General", "US Marine Corps Forces, Pacific")
austin116 = P("Lloyd Austin", "USA", "Secretary of Defense", None, None)
teodoro = P("Gilberto Teodoro", "PHL", "Secretary of National Defense", None, None)
marles = P("Richard Marles", "AUS", "Deputy Prime Minister", None, None)
kihara = P("Minoru Kihara", "JPN", "Minister of Defense", None, "Ministry of Defense")
doc("ex116_taipeitimes_ph_us_balikatan", "2024-04-23", "2024-04-22", [
    E("exercise", "held", "main", ["USA", "PHL", "AUS", "FRA"], [brawner, licudine, jurney],
      ["exercises", "maritime_security", "cybersecurity", "hadr", "naval"],
      name="Balikatan", mechanism="Balikatan", ordinal=39,
      date="2024-04-22", end_date="2024-05-10", location=L(None, "PHL")),
    E("exercise", "held", "background", ["USA", "PHL"], [], ["exercises"],
      name="Last year's Balikatan", mechanism="Balikatan",
      date="2023-04-11", end_date="2023-04-28", location=L(None, "PHL")),
    E("multilateral_meeting", "planned", "background", ["USA", "PHL", "AUS", "JPN"],
      [austin116, teodoro, marles, kihara], [], date="2024-05", location=L(None, "USA")),
])

# ---------------------------------------------------------------- ex117
sledz = P("Daniel Sledz", "USA", "Commanding Officer", "Commander", "USS Savannah")
chea = P("Chea Vannak", "KHM", "Deputy Commander", "Rear Admiral", "Royal Cambodian Navy")
murphy = P("W. Patrick Murphy", "USA", "Ambassador", None, None)
ouk = P("Ouk Seyha", "KHM", "Commander", "Rear Admiral", "Ream Naval Base")
austin117 = P("Lloyd Austin", "USA", "Defense Secretary", None, None)
hunmanet = P("Hun Manet", "KHM", "Prime Minister", None, None)
teaseiha = P("Tea Seiha", "KHM", "Defense Minister", None, None)
SHV = L("Sihanoukville", "KHM")
PP = L("Phnom Penh", "KHM")
doc("ex117_stripes_us_kh_savannah_port_call", "2024-12-17", "2024-12-16", [
    E("visit", "held", "main", ["USA", "KHM"], [sledz, chea, murphy], ["naval", "maritime_security", "search_and_rescue"],
      date="2024-12-16", end_date="2024-12-20", location=SHV),
    E("bilateral_meeting", "planned", "main", ["USA", "KHM"], [sledz, ouk], [],
      date="2024-12-17", location=L(None, "KHM")),
    E("bilateral_meeting", "planned", "main", ["USA", "KHM"], [sledz], [], date="2024-12-18", location=SHV),
    E("exercise", "held", "background", ["CHN", "KHM"], [], ["exercises"],
      name="Golden Dragon", mechanism="Golden Dragon", date="2024-05", location=L(None, "KHM")),
    E("visit", "held", "background", ["USA", "KHM"], [austin117], [], date="2024-06", location=PP),
    E("bilateral_meeting", "held", "background", ["USA", "KHM"], [austin117, hunmanet], [], date="2024-06", location=PP),
    E("bilateral_meeting", "held", "background", ["USA", "KHM"], [austin117, teaseiha], [], date="2024-06", location=PP),
    E("visit", "held", "background", ["USA", "KHM"], [], ["naval"], date="2016", location=SHV),
])

# ---------------------------------------------------------------- ex118
doc("ex118_janes_my_budget_no_engagement", "2011-10-10", "", [])

# ---------------------------------------------------------------- ex119
bowardi = P("Mohammed bin Ahmed Al Bowardi", "ARE", "Minister of State for Defence Affairs", None, None)
chien = P("Hoang Xuan Chien", "VNM", "Deputy Minister of National Defence", "Senior Lieutenant General",
          "Ministry of National Defence")
dhaheri = P("Matar Salem Al Dhaheri", "ARE", "Under-Secretary", None, "Ministry of Defence")
kaabi = P("Khalid Saeed Al Kaabi", "ARE", "Commandant", "Brigadier General", "National Defence College")
AUH = L("Abu Dhabi", "ARE")
doc("ex119_gulfnews_ae_vn_deputy_minister_visit", "2023-05-17", "2023-05-16", [
    E("visit", "held", "main", ["VNM", "ARE"], [chien], ["defence_industry"],
      date="2023-05-15", end_date="2023-05-17", location=AUH),
    E("bilateral_meeting", "held", "main", ["ARE", "VNM"], [bowardi, chien, dhaheri],
      ["defence_industry", "training_education", "peacekeeping", "hadr", "advanced_technology", "high_level_exchange"],
      date="2023-05-16", location=AUH),
    E("bilateral_meeting", "held", "main", ["VNM", "ARE"], [chien, kaabi], ["training_education"],
      date="2023-05-15", location=AUH),
    E("visit", "proposed", "main", ["ARE", "VNM"], [bowardi], [], location=L(None, "VNM")),
    E("other", "held", "background", ["VNM", "ARE"], [], ["defence_industry"],
      name="Vietnam International Defence Expo", mechanism="Vietnam International Defence Expo", ordinal=1,
      date="2022-12", location=L("Hanoi", "VNM")),
    E("other", "held", "background", ["ARE", "VNM"], [], ["defence_industry"],
      name="IDEX 2023", mechanism="IDEX", date="2023-02", location=AUH),
])

# ---------------------------------------------------------------- ex120
yevmenov = P("Nikolai Yevmenov", "RUS", "Commander-in-Chief", "Admiral", "Russian Navy")
liyujie = P("Li Yujie", "CHN", "Deputy Commander", "Vice Admiral", "Chinese Navy")
mhlana = P("Bubele Mhlana", "ZAF", "Deputy Chief of Joint Operations", "Rear Admiral", "SANDF")
lavrov = P("Sergei Lavrov", "RUS", "Foreign Minister", None, None)
pandor = P("Naledi Pandor", "ZAF", "International Relations Minister", None, None)
modise = P("Thandi Modise", "ZAF", "Defence Minister", None, None)
MOSI = "Exercise Mosi"
doc("ex120_dailymaverick_za_mosi_ii_analysis", "2023-02-23", "2023-02-17", [
    E("exercise", "held", "main", ["ZAF", "RUS", "CHN"], [yevmenov, liyujie, mhlana],
      ["exercises", "naval", "maritime_security", "search_and_rescue"],
      name="Exercise Mosi II", mechanism=MOSI, ordinal=2,
      date="2023-02-17", end_date="2023-02-27", location=L(None, "ZAF")),
    E("exercise", "held", "background", ["ZAF", "RUS", "CHN"], [], ["exercises", "naval"],
      name="Mosi I", mechanism=MOSI, ordinal=1, date="2019-11", location=L(None, "ZAF")),
    E("visit", "held", "background", ["RUS", "ZAF"], [lavrov], [], date="2023-01", location=L("Pretoria", "ZAF")),
    E("bilateral_meeting", "held", "background", ["RUS", "ZAF"], [lavrov, pandor], [],
      date="2023-01-23", location=L("Pretoria", "ZAF")),
    E("multilateral_meeting", "held", "background", ["ZAF"], [modise], [],
      name="Moscow Conference on International Security", mechanism="Moscow Conference on International Security",
      date="2022-08", location=L("Moscow", "RUS")),
    E("multilateral_meeting", "planned", "background", ["ZAF"], [], [],
      name="BRICS summit", mechanism="BRICS Summit", date="2023-08", location=L("Johannesburg", "ZAF"),
      groups=["BRICS"]),
])

# ---------------------------------------------------------------- ex121
yasmin = P("Mohammad Yasmin Haji Umar", "BRN", "Minister of Energy at the Prime Minister's Office",
           "Colonel (Retired)", None)
hisham = P("Hishammuddin Hussein", "MYS", "Defence Minister", None, None)
hagel = P("Chuck Hagel", "USA", "Defense Secretary", None, None)
chang = P("Chang Wanquan", "CHN", "Defence Minister", "General", None)
onodera = P("Itsunori Onodera", "JPN", "Defence Minister", None, None)
BSB = L("Bandar Seri Begawan", "BRN")
doc("ex121_malaymail_bn_admm_plus_2013", "2013-08-30", "2013-08-29", [
    E("multilateral_meeting", "held", "main", ["BRN", "MYS", "USA", "CHN", "JPN"],
      [yasmin, hisham, hagel, chang, onodera],
      ["hadr", "military_medicine", "maritime_security", "transnational_crime", "peacekeeping", "exercises",
       "dialogue_consultation"],
      name="second Asean Defence Ministers' Meeting-Plus (ADMM-Plus)", mechanism="ADMM-Plus", ordinal=2,
      date="2013-08-29", location=BSB, groups=["ASEAN"]),
    E("exercise", "held", "background", [], [], ["exercises", "hadr", "military_medicine"],
      name="first ADMM-Plus field exercise on humanitarian assistance, disaster relief and military medicine",
      date="2013-06", location=L(None, "BRN"), groups=["ASEAN"]),
    E("exercise", "planned", "main", [], [], ["exercises", "transnational_crime"],
      name="counter-terrorism exercise", date="2013-09", location=L(None, "IDN"), groups=["ASEAN"]),
    E("exercise", "planned", "main", [], [], ["exercises", "maritime_security"],
      name="maritime security field training exercise", date="2013-09", location=L(None, "AUS"), groups=["ASEAN"]),
    E("multilateral_meeting", "held", "background", [], [], [],
      name="ADMM-Plus", mechanism="ADMM-Plus", ordinal=1, date="2010-10", location=L("Hanoi", "VNM"),
      groups=["ASEAN"]),
    E("multilateral_meeting", "planned", "main", ["MYS"], [], [],
      name="third ADMM-Plus", mechanism="ADMM-Plus", ordinal=3, date="2015", location=L("Kuala Lumpur", "MYS"),
      groups=["ASEAN"]),
    E("multilateral_meeting", "held", "main", ["BRN", "MYS"], [yasmin, hisham], ["dialogue_consultation"],
      name="seventh Asean Defence Ministers' Meeting (ADMM)", mechanism="ADMM", ordinal=7,
      date="2013-08-28", location=BSB, groups=["ASEAN"]),
    E("bilateral_meeting", "held", "main", ["MYS", "USA"], [hisham, hagel],
      ["maritime_security", "training_education", "peacekeeping"], date="2013-08-28", location=BSB),
    E("bilateral_meeting", "held", "main", ["MYS", "CHN"], [hisham, chang], ["exercises", "hadr"],
      date="2013-08-29", location=BSB),
    E("exercise", "proposed", "main", ["MYS", "CHN"], [], ["exercises", "hadr"],
      name="first joint exercise", ordinal=1),
    E("bilateral_meeting", "held", "main", ["MYS", "JPN"], [hisham, onodera],
      ["capacity_building", "maritime_security", "hadr"], date="2013-08-29", location=BSB),
])

# ---------------------------------------------------------------- ex122
kim = P("Kim Tae-young", "KOR", "Defense Minister", None, None)
thanh = P("Phung Quang Thanh", "VNM", None, "General", None)
lmb = P("Lee Myung-bak", "KOR", "President", None, None)
lsh = P("Lee Sang-hee", "KOR", "Defense Minister", None, None)
SEL = L("Seoul", "KOR")
doc("ex122_koreaherald_kr_vn_mou_signing", "2010-08-24", "2010-08-24", [
    E("signing", "held", "main", ["KOR", "VNM"], [kim, thanh],
      ["high_level_exchange", "training_education", "defence_industry", "logistics", "naval"],
      name="defense cooperation memorandum of understanding", date="2010-08-24", location=SEL),
    E("bilateral_meeting", "held", "main", ["KOR", "VNM"], [kim, thanh],
      ["multilateral_support", "dialogue_consultation", "naval", "defence_industry"],
      date="2010-08-24", location=SEL),
    E("visit", "held", "main", ["VNM", "KOR"], [thanh, kim], [],
      date="2010-08-23", end_date="2010-08-27", location=L(None, "KOR")),
    E("multilateral_meeting", "planned", "main", ["VNM", "KOR"], [kim], [],
      name="inaugural ASEAN Defense Ministers' Meeting-Plus", mechanism="ADMM-Plus", ordinal=1,
      date="2010-10", location=L("Hanoi", "VNM"), groups=["ASEAN"]),
    E("policy_dialogue", "planned", "main", ["KOR", "VNM"], [], [],
      name="vice-ministerial defense strategic dialogue", mechanism="South Korea-Vietnam Defence Strategic Dialogue",
      ordinal=1, date="2011", location=L("Hanoi", "VNM")),
    E("visit", "proposed", "main", ["KOR", "VNM"], [], ["naval"],
      date="2011", location=L("Ho Chi Minh City", "VNM")),
    E("bilateral_meeting", "planned", "main", ["VNM", "KOR"], [thanh, lmb], [], date="2010-08-25", location=SEL),
    E("visit", "held", "background", ["KOR", "VNM"], [lsh], [], date="2008", location=L("Hanoi", "VNM")),
    E("bilateral_meeting", "held", "background", ["KOR", "VNM"], [lsh, thanh], [], date="2008",
      location=L("Hanoi", "VNM")),
])


if __name__ == "__main__":
    GOLD.write(ROOT)
