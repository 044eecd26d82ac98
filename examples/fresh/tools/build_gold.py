#!/usr/bin/env python3
"""The gold of examples/fresh written as data. Regenerates gold/<id>.json and published.tsv.

Run from anywhere: python3 examples/fresh/tools/build_gold.py
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), "tools"))
from gold_builder import E, L, P, GoldSet  # noqa: E402

GOLD = GoldSet()
doc = GOLD.doc


# ---------------------------------------------------------------- ex51
raza = P("Syed Ahsan Raza", "PAK", "Commanding Officer", "Captain", "Pakistan Navy")
ranasinghe = P("Nishantha Ranasinghe", "LKA", "Deputy Commander Eastern Naval Area", "Commodore", "Sri Lanka Navy")
ekanayake = P("Anura Ekanayake", "LKA", "Commander Eastern Naval Area", "Rear Admiral", "Sri Lanka Navy")
mehmood = P("Tariq Mehmood", "PAK", "Defence and Naval Adviser", "Captain", "Pakistan High Commission")
wijewickrama = P("Mohan Wijewickrama", "LKA", "Governor of the Eastern Province", "Rear Admiral (Retired)", None)
doc("ex51_dailynews_lk_pk_ship_trincomalee", "2009-11-17", "2009-11-16", [
    E("visit", "held", "main", ["PAK", "LKA"], [raza, ranasinghe], ["naval", "training_education"],
      date="2009-11-16", end_date="2009-11-19", location=L("Trincomalee", "LKA")),
    E("bilateral_meeting", "held", "main", ["PAK", "LKA"], [raza, ekanayake, mehmood],
      ["training_education", "maritime_security"], date="2009-11-16", location=L("Trincomalee", "LKA")),
    E("bilateral_meeting", "planned", "main", ["PAK", "LKA"], [raza, wijewickrama], [],
      date="2009-11-17", location=L("Trincomalee", "LKA")),
    E("exercise", "planned", "main", ["PAK", "LKA"], [], ["exercises", "naval"],
      name="Passage Exercise (PASSEX)", date="2009-11-19", location=L(None, "LKA")),
    E("visit", "held", "background", ["PAK", "LKA"], [], ["naval"],
      date="2007", location=L("Colombo", "LKA")),
    E("exercise", "held", "background", ["PAK", "LKA", "CHN", "USA", "GBR", "BGD"], [], ["exercises", "naval"],
      name="AMAN-09", mechanism="AMAN", date="2009-03", location=L("Karachi", "PAK")),
])

# ---------------------------------------------------------------- ex52
nraza = P("Nadeem Raza", "PAK", "Chairman of the Joint Chiefs of Staff Committee", "General", "Joint Chiefs of Staff Committee")
akar = P("Hulusi Akar", "TUR", "National Defense Minister", None, None)
guler = P("Yasar Guler", "TUR", "Chief of General Staff", "General", None)
demir = P("Ismail Demir", "TUR", "Head of the Presidency of Defense Industries", None, "Presidency of Defense Industries")
tatlioglu = P("Ercument Tatlioglu", "TUR", "Naval Forces Commander", "Admiral", None)
HLMDG = "Turkey-Pakistan High-Level Military Dialogue Group"
doc("ex52_anadolu_tr_pk_cjcsc_visit", "2022-06-07", "2022-06-07", [
    E("visit", "held", "main", ["PAK", "TUR"], [nraza], [],
      date="2022-06-06", end_date="2022-06-08", location=L(None, "TUR")),
    E("bilateral_meeting", "held", "main", ["PAK", "TUR"], [nraza, akar, guler],
      ["transnational_crime", "defence_industry", "training_education", "dialogue_consultation"],
      date="2022-06-07", location=L("Ankara", "TUR")),
    E("bilateral_meeting", "held", "main", ["PAK", "TUR"], [nraza, guler],
      ["training_education", "high_level_exchange", "exercises"],
      date="2022-06-07", location=L("Ankara", "TUR")),
    E("bilateral_meeting", "held", "main", ["PAK", "TUR"], [nraza, demir], ["defence_industry"],
      date="2022-06-07", location=L("Ankara", "TUR")),
    E("bilateral_meeting", "planned", "main", ["PAK", "TUR"], [nraza, tatlioglu], [],
      date="2022-06-08", location=L("Istanbul", "TUR")),
    E("policy_dialogue", "planned", "main", ["TUR", "PAK"], [], [],
      name="16th meeting of the Türkiye-Pakistan High-Level Military Dialogue Group", mechanism=HLMDG,
      ordinal=16, date="2022", location=L("Islamabad", "PAK")),
    E("policy_dialogue", "held", "background", ["TUR", "PAK"], [], [],
      name="The group's 15th meeting", mechanism=HLMDG, ordinal=15, date="2021-11", location=L("Ankara", "TUR")),
    E("exercise", "held", "background", ["TUR", "PAK"], [], ["exercises"],
      name="Ataturk-2021", mechanism="Ataturk", date="2021-09", location=L("Tarbela", "PAK")),
])

# ---------------------------------------------------------------- ex53
elbegdorj = P("Ts.Elbegdorj", "MNG", "President", None, None)
tsolmon = P("Ts.Tsolmon", "MNG", "Minister of Defense", None, "Ministry of Defense")
campbell = P("Piper Campbell", "USA", "Ambassador to Mongolia", None, None)
crutchfield = P("Anthony Crutchfield", "USA", "Deputy Commander of the U.S. Pacific Command", "Lieutenant General", "U.S. Pacific Command")
bayarmagnai = P("B.Bayarmagnai", "MNG", "Chief of the General Staff of the Mongolian Armed Forces", "Major General", "Mongolian Armed Forces")
wang = P("Wang Haitao", "CHN", "Deputy Chief of Staff of the Beijing Military Region", "Major General", "Beijing Military Region")
doc("ex53_montsame_mn_khaan_quest", "2015-06-22", "2015-06-20", [
    E("exercise", "held", "main", ["MNG", "USA", "CHN", "IND", "JPN", "KOR", "DEU", "NPL", "BGD"],
      [elbegdorj, tsolmon, campbell, crutchfield, wang], ["exercises", "peacekeeping"],
      name="Khaan Quest 2015", mechanism="Khaan Quest", date="2015-06-20", end_date="2015-07-01",
      location=L(None, "MNG")),
    E("bilateral_meeting", "held", "main", ["MNG", "USA"], [tsolmon, crutchfield],
      ["peacekeeping", "training_education", "exercises", "hadr"],
      date="2015-06-21", location=L("Ulaanbaatar", "MNG")),
    E("exercise", "planned", "main", ["MNG", "USA"], [], ["exercises", "hadr"],
      name="Gobi Wolf", mechanism="Gobi Wolf", date="2016", location=L(None, "MNG")),
    E("bilateral_meeting", "held", "main", ["MNG", "CHN"], [bayarmagnai, wang],
      ["border_management", "training_education"], date="2015-06-21", location=L("Ulaanbaatar", "MNG")),
])

# ---------------------------------------------------------------- ex54
alawi = P("Ibrahim Nasser Al Alawi", "ARE", "Under-Secretary of the Ministry of Defence", "Major General", "Ministry of Defence")
rksingh = P("Rajesh Kumar Singh", "IND", "Defence Secretary", None, None)
sudhir = P("Sunjay Sudhir", "IND", "Ambassador to the UAE", None, None)
mazrouei = P("Mohammed bin Mubarak Al Mazrouei", "ARE", "Minister of State for Defence Affairs", None, None)
modi = P("Narendra Modi", "IND", "Prime Minister", None, None)
JDCC = "UAE-India Joint Defence Cooperation Committee"
doc("ex54_wam_ae_in_jdcc", "2026-01-14", "2026-01-14", [
    E("policy_dialogue", "held", "main", ["ARE", "IND"], [alawi, rksingh, sudhir],
      ["training_education", "exercises", "defence_industry", "logistics", "maritime_security", "dialogue_consultation"],
      name="14th meeting of the UAE-India Joint Defence Cooperation Committee (JDCC)", mechanism=JDCC, ordinal=14,
      date="2026-01-14", location=L("Abu Dhabi", "ARE")),
    E("visit", "held", "main", ["IND", "ARE"], [rksingh], [],
      date="2026-01-13", end_date="2026-01-14", location=L(None, "ARE")),
    E("bilateral_meeting", "held", "main", ["ARE", "IND"], [mazrouei, rksingh, sudhir], ["defence_industry"],
      date="2026-01-14", location=L("Abu Dhabi", "ARE")),
    E("other", "planned", "main", ["ARE", "IND"], [], ["defence_industry"],
      name="Unmanned Systems Exhibition and Conference (UMEX 2026)", mechanism="UMEX",
      date="2026-01-20", end_date="2026-01-22", location=L("Abu Dhabi", "ARE")),
    E("policy_dialogue", "planned", "main", ["ARE", "IND"], [], [],
      name="15th meeting of the JDCC", mechanism=JDCC, ordinal=15, date="2027", location=L("New Delhi", "IND")),
    E("policy_dialogue", "held", "background", ["ARE", "IND"], [], [],
      name="committee's 13th meeting", mechanism=JDCC, ordinal=13, date="2025-07", location=L("New Delhi", "IND")),
    E("exercise", "held", "background", ["ARE", "IND"], [], ["exercises"],
      name="Desert Cyclone II", mechanism="Desert Cyclone", ordinal=2, date="2025-12", location=L("Abu Dhabi", "ARE")),
    E("visit", "held", "background", ["IND", "ARE"], [modi], [],
      date="2015-08", location=L(None, "ARE")),
])

# ---------------------------------------------------------------- ex55
tikoduadua = P("Pio Tikoduadua", "FJI", "Minister for Defence and Veterans Affairs", None, "Ministry of Defence and Veterans Affairs")
matsumoto = P("Hisashi Matsumoto", "JPN", "State Minister of Defense", None, "Ministry of Defense")
rabuka = P("Sitiveni Rabuka", "FJI", "Prime Minister", None, None)
doc("ex55_fijisun_fj_jp_mou", "2024-05-22", "2024-05-21", [
    E("signing", "held", "main", ["FJI", "JPN"], [tikoduadua, matsumoto],
      ["hadr", "maritime_security", "peacekeeping", "training_education", "high_level_exchange"],
      name="Memorandum of Understanding (MOU) on defence cooperation and exchanges",
      date="2024-05-21", location=L("Suva", "FJI")),
    E("bilateral_meeting", "held", "main", ["FJI", "JPN"], [tikoduadua, matsumoto],
      ["peacekeeping", "capacity_building", "hadr", "naval"], date="2024-05-21", location=L("Suva", "FJI")),
    E("visit", "planned", "main", ["JPN", "FJI"], [], ["naval"], date="2024-08", location=L("Suva", "FJI")),
    E("multilateral_meeting", "planned", "main", ["JPN", "FJI"], [tikoduadua], [],
      name="third Japan-Pacific Islands Defense Dialogue (JPIDD)", mechanism="Japan-Pacific Islands Defense Dialogue",
      ordinal=3, date="2024", location=L("Tokyo", "JPN")),
    E("bilateral_meeting", "held", "main", ["JPN", "FJI"], [matsumoto, rabuka], ["maritime_security", "hadr"],
      date="2024-05-21", location=L("Suva", "FJI")),
    E("bilateral_meeting", "planned", "main", ["JPN", "TON"], [matsumoto], [],
      date="2024-05-22", location=L("Nuku'alofa", "TON")),
    E("signing", "held", "background", ["FJI", "KOR"], [], [],
      name="defence memorandum", date="2017", location=L("Seoul", "KOR")),
    E("signing", "held", "background", ["FJI", "NZL"], [], [],
      name="Status of Forces Agreement", date="2023-06", location=None),
])

# ---------------------------------------------------------------- ex56
wallace = P("Ben Wallace", "GBR", "Defence Secretary", None, None)
hamada = P("Yasukazu Hamada", "JPN", "Minister of Defense", None, "Ministry of Defense")
crosetto = P("Guido Crosetto", "ITA", None, None, None)
doc("ex56_govuk_gb_jp_call", "2023-03-02", "2023-03-01", [
    E("call", "held", "main", ["GBR", "JPN"], [wallace, hamada],
      ["defence_industry", "advanced_technology", "exercises", "training_education", "naval", "dialogue_consultation"],
      date="2023-03-01", location=None),
    E("multilateral_meeting", "planned", "main", ["GBR", "JPN", "ITA"], [wallace, hamada, crosetto],
      ["defence_industry"], date="2023", location=L("Tokyo", "JPN")),
    E("signing", "held", "background", ["GBR", "JPN"], [], ["training_education", "exercises"],
      name="Reciprocal Access Agreement", date="2023-01", location=L("London", "GBR")),
    E("exercise", "held", "background", ["GBR", "JPN"], [], ["exercises"],
      name="Exercise Vigilant Isles", mechanism="Vigilant Isles", date="2022-11", location=L(None, "JPN")),
    E("visit", "planned", "main", ["GBR", "JPN"], [], ["naval"], date="2025", location=L(None, "JPN")),
    E("visit", "held", "background", ["GBR", "JPN"], [], ["naval"], date="2021", location=L("Yokosuka", "JPN")),
    E("policy_dialogue", "planned", "main", ["GBR", "JPN"], [], [],
      name="next UK-Japan Foreign and Defence Ministers' Meeting ('2+2')",
      mechanism="UK-Japan Foreign and Defence Ministers' Meeting", date="2023", location=L("London", "GBR")),
])

# ---------------------------------------------------------------- ex57
adly = P("Adly Zahari", "MYS", "Deputy Defence Minister", None, None)
sarsenbayev = P("Yerlan Sarsenbayev", "KAZ", "Deputy Defence Minister", "Major General", None)
cruau = P("Axel Cruau", "FRA", "Ambassador to Malaysia", None, None)
lecornu = P("Sébastien Lecornu", "FRA", "Minister of the Armed Forces", None, None)
doc("ex57_thestar_my_deputy_receptions", "2024-04-17", "2024-04-16", [
    E("bilateral_meeting", "held", "main", ["MYS", "KAZ"], [adly, sarsenbayev],
      ["training_education", "peacekeeping", "defence_industry"], date="2024-04-16", location=L("Kuala Lumpur", "MYS")),
    E("signing", "proposed", "main", ["MYS", "KAZ"], [], [],
      name="memorandum of understanding on defence cooperation"),
    E("other", "planned", "main", ["MYS", "KAZ", "FRA"], [], ["defence_industry"],
      name="18th Defence Services Asia (DSA 2024) exhibition", mechanism="Defence Services Asia", ordinal=18,
      date="2024-05-06", end_date="2024-05-09", location=L("Kuala Lumpur", "MYS")),
    E("bilateral_meeting", "held", "main", ["MYS", "FRA"], [adly, cruau], ["logistics", "defence_industry"],
      date="2024-04-16", location=L("Kuala Lumpur", "MYS")),
    E("bilateral_meeting", "held", "background", ["MYS", "FRA"], [adly, lecornu], ["defence_industry"],
      date="2023-11", location=L("Paris", "FRA")),
])

# ---------------------------------------------------------------- ex58
sengupta = P("Anindya Sengupta", "IND", "Commander of 14 Corps", "Lieutenant General", "14 Corps")
yanglin = P("Yang Lin", "CHN", "Commander of the South Xinjiang Military District", "Major General", "South Xinjiang Military District")
jaishankar = P("S Jaishankar", "IND", "External Affairs Minister", None, None)
wangyi = P("Wang Yi", "CHN", "Foreign Minister", None, None)
CCLM = "India-China Corps Commander Level Meeting"
doc("ex58_ani_in_cn_corps_commander", "2022-07-19", "2022-07-17", [
    E("policy_dialogue", "held", "main", ["IND", "CHN"], [sengupta, yanglin], ["border_management", "dialogue_consultation"],
      name="16th round of the Corps Commander Level Meeting", mechanism=CCLM, ordinal=16,
      date="2022-07-17", location=L(None, "IND")),
    E("policy_dialogue", "planned", "main", ["IND", "CHN"], [], [], name="next round of talks", mechanism=CCLM),
    E("policy_dialogue", "held", "background", ["IND", "CHN"], [], [], name="previous round", mechanism=CCLM,
      date="2022-03-11", location=L(None, "IND")),
    E("multilateral_meeting", "held", "background", ["IND", "CHN"], [jaishankar, wangyi], [],
      name="G20 Foreign Ministers' Meeting", mechanism="G20 Foreign Ministers' Meeting",
      date="2022-07-07", location=L(None, "IDN"), groups=["G20"]),
    E("bilateral_meeting", "held", "background", ["IND", "CHN"], [jaishankar, wangyi], ["border_management"],
      date="2022-07-07", location=L(None, "IDN")),
    E("policy_dialogue", "held", "background", ["IND", "CHN"], [], ["border_management"],
      name="Working Mechanism for Consultation and Coordination on India-China Border Affairs (WMCC)",
      mechanism="Working Mechanism for Consultation and Coordination on India-China Border Affairs", ordinal=24,
      date="2022-05-31", location=None),
])

# ---------------------------------------------------------------- ex59
menon = P("Vikram Menon", "IND", "Assistant Chief of Naval Staff (Foreign Cooperation and Intelligence)", "Rear Admiral", "Indian Navy")
tembe = P("Armando Tembe", "MOZ", "Chief of Staff of the Mozambique Navy", "Captain", "Mozambique Navy")
STAFF = "India-Mozambique Navy Staff Talks"
doc("ex59_defenceweb_in_mz_staff_talks", "2017-09-13", "2017-09-04", [
    E("policy_dialogue", "held", "main", ["IND", "MOZ"], [menon, tembe],
      ["naval", "maritime_security", "dialogue_consultation", "logistics", "training_education", "exercises"],
      name="inaugural navy-to-navy staff talks", mechanism=STAFF, ordinal=1,
      date="2017-09-04", end_date="2017-09-06", location=L("Maputo", "MOZ")),
    E("exercise", "planned", "main", ["IND", "MOZ"], [], ["exercises", "naval", "maritime_security"],
      name="joint EEZ surveillance patrol", date="2017-11", location=L(None, "MOZ")),
    E("policy_dialogue", "planned", "main", ["IND", "MOZ"], [], [],
      name="second round of staff talks", mechanism=STAFF, ordinal=2, date="2018", location=L("New Delhi", "IND")),
    E("signing", "held", "background", ["IND", "MOZ"], [], ["training_education", "logistics", "naval"],
      name="memorandum of understanding on defence cooperation", date="2006-03", location=None),
    E("policy_dialogue", "held", "background", ["IND", "MOZ"], [], [],
      name="Joint Defence Working Group", mechanism="India-Mozambique Joint Defence Working Group",
      date="2015", location=L("Maputo", "MOZ")),
    E("other", "held", "background", ["IND", "MOZ"], [], ["maritime_security"], date="2016", location=None),
])

# ---------------------------------------------------------------- ex60
doc("ex60_dawn_pk_budget_no_engagement", "2006-06-06", "", [])

# ---------------------------------------------------------------- ex61
mehta = P("Sandeep Mehta", "IND", "Flag Officer Commanding the Western Fleet", "Rear Admiral", "Indian Navy")
shehri = P("Turki Al-Shehri", "SAU", "Commander of the Eastern Fleet", "Rear Admiral", "Royal Saudi Naval Forces")
mbs = P("Mohammed bin Salman", "SAU", "Crown Prince", None, None)
naravane = P("Manoj Mukund Naravane", "IND", "Army Chief", "General", "Indian Army")
AMAH = "Al-Mohed Al-Hindi"
doc("ex61_arabnews_sa_in_naval_exercise", "2021-08-11", "2021-08-09", [
    E("exercise", "held", "main", ["SAU", "IND"], [], ["exercises", "naval", "search_and_rescue", "maritime_security"],
      name="Al-Mohed Al-Hindi 2021", mechanism=AMAH, ordinal=1,
      date="2021-08-09", end_date="2021-08-13", location=L(None, "SAU")),
    E("bilateral_meeting", "held", "main", ["IND", "SAU"], [mehta, shehri],
      ["exercises", "naval", "training_education", "high_level_exchange"],
      date="2021-08-09", location=L("Jubail", "SAU")),
    E("exercise", "planned", "main", ["SAU", "IND"], [], ["exercises", "naval"],
      name="second edition of the exercise", mechanism=AMAH, ordinal=2, date="2023", location=L(None, "IND")),
    E("bilateral_meeting", "held", "background", ["IND", "SAU"], [modi, mbs], ["exercises"],
      date="2019-10", location=L("Riyadh", "SAU")),
    E("signing", "held", "background", ["SAU", "IND"], [], ["dialogue_consultation"],
      name="agreement establishing the Saudi-India Strategic Partnership Council",
      date="2019-10", location=L("Riyadh", "SAU")),
    E("visit", "held", "background", ["IND", "SAU"], [naravane], [], date="2020-12", location=L(None, "SAU")),
])

# ---------------------------------------------------------------- ex62
zhaks = P("Ruslan Zhaksylykov", "KAZ", "Defense Minister", "Colonel General", None)
dong = P("Dong Jun", "CHN", "Defense Minister", "Admiral", None)
shoigu = P("Sergei Shoigu", "RUS", "Defense Minister", None, None)
aramane = P("Giridhar Aramane", "IND", "Defense Secretary", None, None)
khrenin = P("Viktor Khrenin", "BLR", "Defense Minister", "Lieutenant General", None)
SCODMM = "SCO Defence Ministers' Meeting"
doc("ex62_kazinform_sco_defence_ministers", "2024-04-27", "2024-04-26", [
    E("multilateral_meeting", "held", "main",
      ["KAZ", "CHN", "RUS", "IND", "IRN", "KGZ", "PAK", "TJK", "UZB", "BLR"],
      [zhaks, dong, shoigu, aramane, khrenin], ["transnational_crime", "cybersecurity", "exercises"],
      name="meeting of the defense ministers of the Shanghai Cooperation Organization (SCO) member states",
      mechanism=SCODMM, date="2024-04-26", location=L("Astana", "KAZ"), groups=["SCO"]),
    E("bilateral_meeting", "held", "main", ["KAZ", "CHN"], [zhaks, dong], ["defence_industry", "training_education"],
      date="2024-04-26", location=L("Astana", "KAZ")),
    E("bilateral_meeting", "held", "main", ["KAZ", "RUS"], [zhaks, shoigu], ["training_education", "exercises"],
      date="2024-04-26", location=L("Astana", "KAZ")),
    E("signing", "held", "main", ["KAZ", "RUS"], [zhaks, shoigu], [],
      name="plan of bilateral military cooperation between the defense ministries of Kazakhstan and Russia for 2024",
      date="2024-04-26", location=L("Astana", "KAZ")),
    E("bilateral_meeting", "held", "main", ["KAZ", "IND"], [zhaks, aramane], ["exercises", "transnational_crime"],
      date="2024-04-26", location=L("Astana", "KAZ")),
    E("exercise", "planned", "main", ["KAZ", "IND"], [], ["exercises", "transnational_crime"],
      name="eighth edition of the Kazakh-Indian joint exercise \"KAZIND\"", mechanism="KAZIND", ordinal=8,
      date="2024", location=L(None, "IND")),
    E("exercise", "planned", "main", [], [], ["exercises", "transnational_crime"],
      name="Peace Mission", mechanism="Peace Mission", groups=["SCO"]),
    E("multilateral_meeting", "planned", "main", ["CHN"], [], [],
      name="next meeting of SCO defense ministers", mechanism=SCODMM, date="2025", location=L(None, "CHN"),
      groups=["SCO"]),
    E("multilateral_meeting", "held", "background", ["IND"], [], [],
      name="Last year's meeting", mechanism=SCODMM, date="2023-04", location=L("New Delhi", "IND"), groups=["SCO"]),
    E("multilateral_meeting", "planned", "background", ["BLR"], [], [],
      name="SCO summit", mechanism="SCO Summit", date="2024-07", location=L("Astana", "KAZ"), groups=["SCO"]),
])


if __name__ == "__main__":
    GOLD.write(ROOT)
