#!/usr/bin/env python3
"""The gold of examples/heldout6 written as data. Regenerates gold/<id>.json and published.tsv.

Run from anywhere: python3 examples/heldout6/tools/build_gold.py
HELD OUT: nobody working on the extractor reads or tunes on this set.
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), "tools"))
from gold_builder import E, L, P, GoldSet  # noqa: E402

GOLD = GoldSet()
doc = GOLD.doc


# ---------------------------------------------------------------- ex143
leguellec = P("Arnaud Le Guellec", "FRA", "Commanding Officer", "Commander", "Vendémiaire")
nghia = P("Tran Van Nghia", "VNM", "Deputy Commander", "Senior Colonel", "Naval Region 2")
mauries = P("Fabrice Mauries", "FRA", "Consul General", None, None)
liem = P("Le Thanh Liem", "VNM", "Vice Chairman", None, "Ho Chi Minh City People's Committee")
HCMC = L("Ho Chi Minh City", "VNM")
doc("ex143_sggp_vn_fr_frigate_hcmc", "2016-04-12", "2016-04-11", [
    E("visit", "held", "main", ["FRA", "VNM"], [leguellec, nghia, mauries], ["naval", "maritime_security"],
      date="2016-04-11", end_date="2016-04-15", location=HCMC),
    E("bilateral_meeting", "held", "main", ["VNM", "FRA"], [liem, leguellec],
      ["naval", "training_education", "search_and_rescue"], date="2016-04-11", location=HCMC),
    E("bilateral_meeting", "planned", "main", ["FRA", "VNM"], [leguellec], [], date="2016-04-12", location=HCMC),
    E("bilateral_meeting", "planned", "main", ["FRA", "VNM"], [], [], date="2016-04-13", location=L(None, "VNM")),
    E("exercise", "planned", "main", ["FRA", "VNM"], [], ["exercises", "naval"],
      name="passing exercise", date="2016-04-15", location=L(None, "VNM")),
    E("visit", "held", "background", ["FRA", "VNM"], [], ["naval"], date="2015-04", location=L("Cam Ranh", "VNM")),
    E("policy_dialogue", "held", "background", ["VNM", "FRA"], [],
      ["training_education", "military_medicine", "peacekeeping"],
      name="third Vietnam - France Defence Strategic Dialogue", mechanism="Vietnam-France Defence Strategic Dialogue",
      ordinal=3, date="2015-11", location=L("Paris", "FRA")),
])

# ---------------------------------------------------------------- ex144
teodoro = P("Gilberto C. Teodoro Jr.", "PHL", "Defense Secretary", None, "Department of National Defense")
giang144 = P("Phan Van Giang", "VNM", "Minister of National Defense", "General", "Ministry of National Defense")
khaled = P("Mohamed Khaled Nordin", "MYS", "Defense Minister", None, None)
gomes = P("Donaciano do Rosario da Costa Gomes", "TLS", "Minister of Defence", "Rear Admiral", "Ministry of Defence")
espino = P("Irineo Espino", "PHL", "Undersecretary", None, "Department of National Defense")
CEBU = L("Cebu City", "PHL")
PHVN = "Philippines-Vietnam Defence Policy Dialogue"
doc("ex144_mb_ph_admm_retreat_cebu", "2026-02-26", "2026-02-25", [
    E("multilateral_meeting", "held", "main", ["PHL", "VNM", "MYS", "TLS"], [teodoro, giang144, khaled, gomes],
      ["maritime_security", "dialogue_consultation", "cybersecurity", "hadr"],
      name="ASEAN Defense Ministers' Meeting (ADMM) Retreat", mechanism="ADMM Retreat",
      date="2026-02-25", location=CEBU, groups=["ASEAN"]),
    E("multilateral_meeting", "held", "main", ["PHL"], [espino], [],
      name="ASEAN Defense Senior Officials' Meeting (ADSOM)", mechanism="ADSOM",
      date="2026-02-23", end_date="2026-02-24", location=CEBU, groups=["ASEAN"]),
    E("multilateral_meeting", "planned", "main", ["PHL"], [], [],
      name="20th ADMM", mechanism="ADMM", ordinal=20, date="2026-11", location=L("Manila", "PHL"), groups=["ASEAN"]),
    E("multilateral_meeting", "planned", "main", ["PHL"], [], [],
      name="13th ADMM-Plus", mechanism="ADMM-Plus", ordinal=13, date="2026-11", location=L("Manila", "PHL"),
      groups=["ASEAN"]),
    E("bilateral_meeting", "held", "main", ["PHL", "VNM"], [teodoro, giang144],
      ["naval", "maritime_security", "dialogue_consultation", "multilateral_support"],
      date="2026-02-24", location=CEBU),
    E("policy_dialogue", "planned", "main", ["PHL", "VNM"], [], [],
      name="fifth Philippines-Vietnam Defense Policy Dialogue", mechanism=PHVN, ordinal=5,
      date="2026", location=L("Hanoi", "VNM")),
    E("policy_dialogue", "held", "background", ["PHL", "VNM"], [], [],
      name="fourth round", mechanism=PHVN, ordinal=4, date="2024-10", location=L("Manila", "PHL")),
    E("multilateral_meeting", "held", "background", ["PHL", "VNM"], [teodoro, giang144], [],
      name="Shangri-La Dialogue", mechanism="Shangri-La Dialogue", date="2025-05", location=L("Singapore", "SGP")),
    E("bilateral_meeting", "held", "background", ["PHL", "VNM"], [teodoro, giang144], [],
      date="2025-05", location=L("Singapore", "SGP")),
    E("bilateral_meeting", "held", "main", ["PHL", "MYS"], [teodoro, khaled],
      ["maritime_security", "transnational_crime"], date="2026-02-25", location=CEBU),
    E("bilateral_meeting", "held", "main", ["PHL", "TLS"], [teodoro, gomes], [], date="2026-02-25", location=CEBU),
    E("signing", "held", "main", ["PHL", "TLS"], [teodoro, gomes], ["training_education", "high_level_exchange", "hadr"],
      name="defense cooperation memorandum of understanding", date="2026-02-25", location=CEBU),
    E("multilateral_meeting", "held", "background", [], [], [],
      name="Last year's Retreat", mechanism="ADMM Retreat", date="2025-02", location=L(None, "MYS"), groups=["ASEAN"]),
])

# ---------------------------------------------------------------- ex145
park = P("Park Jong-ho", "KOR", "Head", "Rear Admiral", "Navy Logistics Command")
avilla = P("Jesus Rey Avilla", "PHL", "Defense Assistant Secretary for Logistics and Acquisition", None, None)
hernandez = P("Raul Hernandez", "PHL", "Ambassador to Korea", None, None)
lacson = P("Rommel Lacson", "PHL", "Commanding Officer", "Captain", "BRP Conrado Yap")
gazmin = P("Voltaire Gazmin", "PHL", "Defense Secretary", None, None)
kimkj = P("Kim Kwan-jin", "KOR", None, None, None)
wang = P("Wang Jung-hong", "KOR", "Minister", None, "Defense Acquisition Program Administration")
JINHAE = L("Jinhae", "KOR")
doc("ex145_koreatimes_kr_ph_corvette_handover", "2019-08-05", "2019-08-05", [
    E("other", "held", "main", ["KOR", "PHL"], [park, avilla, hernandez, lacson],
      ["naval", "capacity_building", "training_education"], name=None, date="2019-08-05", location=JINHAE),
    E("signing", "held", "main", ["KOR", "PHL"], [park, avilla], ["naval"],
      name="transfer documents", date="2019-08-05", location=JINHAE),
    E("bilateral_meeting", "held", "background", ["PHL", "KOR"], [gazmin, kimkj], ["naval"],
      date="2014-05", location=L("Seoul", "KOR")),
    E("bilateral_meeting", "planned", "main", ["PHL", "KOR"], [avilla, wang], ["defence_industry", "logistics"],
      date="2019-08-06", location=L("Seoul", "KOR")),
    E("visit", "planned", "background", ["KOR", "PHL"], [], ["naval"],
      date="2019-09-02", end_date="2019-09-04", location=L("Manila", "PHL")),
])

# ---------------------------------------------------------------- ex146
rawat = P("Anil Rawat", "IND", "General Officer Commanding", "Major General", None)
thanh146 = P("Nguyen Duc Thanh", "VNM", "Head of the Vietnamese contingent", "Colonel", None)
hai = P("Nguyen Thanh Hai", "VNM", "Ambassador to India", None, None)
katiyar = P("Manoj Kumar Katiyar", "IND", "General Officer Commanding-in-Chief", "Lieutenant General", "Western Command")
harikumar = P("R Hari Kumar", "IND", "Navy chief", "Admiral", None)
doc("ex146_hindustantimes_in_vn_vinbax_ambala", "2024-11-05", "2024-11-04", [
    E("exercise", "held", "main", ["IND", "VNM"], [rawat, thanh146, hai],
      ["exercises", "peacekeeping", "military_medicine", "hadr", "service_to_service"],
      name="VINBAX 2024", mechanism="VINBAX", ordinal=5, date="2024-11-04", end_date="2024-11-23",
      location=L(None, "IND")),
    E("bilateral_meeting", "planned", "main", ["VNM", "IND"], [thanh146, katiyar], [],
      date="2024-11-05", location=L(None, "IND")),
    E("exercise", "held", "background", ["IND", "VNM"], [], ["exercises"],
      name="first edition", mechanism="VINBAX", ordinal=1, date="2018", location=L("Jabalpur", "IND")),
    E("exercise", "held", "background", ["IND", "VNM"], [], ["exercises"],
      name="previous edition", mechanism="VINBAX", date="2023-12-11", end_date="2023-12-21",
      location=L("Hanoi", "VNM")),
    E("other", "held", "background", ["IND", "VNM"], [harikumar], ["naval"],
      name=None, date="2023-07", location=L("Cam Ranh", "VNM")),
])

# ---------------------------------------------------------------- ex147
doc("ex147_economictimes_in_defence_budget_2008", "2008-03-01", "", [])

# ---------------------------------------------------------------- ex148
alsop = P("Tim Alsop", "AUS", "Exercise Commander", "Air Commodore", None)
chipman = P("Robert Chipman", "AUS", "Chief of Air Force", "Air Marshal", None)
gerhartz = P("Ingo Gerhartz", "DEU", "Chief", "Lieutenant General", "German Air Force")
PB_NATIONS = ["AUS", "CAN", "FRA", "DEU", "IND", "IDN", "JPN", "MYS", "NLD", "NZL", "PHL", "KOR", "SGP", "THA",
              "ARE", "GBR", "USA"]
doc("ex148_abc_au_pitch_black_2022", "2022-08-19", "2022-08-19", [
    E("exercise", "held", "main", PB_NATIONS, [alsop, chipman], ["exercises"],
      name="Exercise Pitch Black", mechanism="Pitch Black", date="2022-08-19", end_date="2022-09-08",
      location=L(None, "AUS")),
    E("bilateral_meeting", "planned", "main", ["DEU", "AUS"], [gerhartz, chipman], ["service_to_service", "exercises"],
      date="2022-08-22", location=L("Darwin", "AUS")),
    E("exercise", "held", "background", ["AUS"], [], ["exercises"],
      name="The last Pitch Black", mechanism="Pitch Black", date="2018-07-27", end_date="2018-08-17", location=None),
])

# ---------------------------------------------------------------- ex149
fuller = P("John Fuller", "USA", "Commander", "Rear Admiral", "Carrier Strike Group 1")
kritenbrink = P("Daniel Kritenbrink", "USA", "Ambassador to Vietnam", None, None)
dung = P("Dang Viet Dung", "VNM", "Vice Chairman", None, "Da Nang City People's Committee")
swift = P("Scott Swift", "USA", "Commander", "Admiral", "U.S. Pacific Fleet")
mattis = P("Jim Mattis", "USA", "Defense Secretary", None, None)
lich = P("Ngo Xuan Lich", "VNM", "Minister of National Defense", "General", "Ministry of National Defense")
obama = P("Barack Obama", "USA", "President", None, None)
DANANG = L("Da Nang", "VNM")
HANOI = L("Hanoi", "VNM")
doc("ex149_usni_us_vn_carl_vinson_danang", "2018-03-05", "2018-03-05", [
    E("visit", "held", "main", ["USA", "VNM"], [fuller, kritenbrink, dung, swift],
      ["naval", "war_legacy", "search_and_rescue", "military_medicine"],
      date="2018-03-05", end_date="2018-03-09", location=DANANG),
    E("bilateral_meeting", "planned", "main", ["USA", "VNM"], [fuller], [], date="2018-03-06", location=DANANG),
    E("visit", "held", "background", ["USA", "VNM"], [mattis], [], date="2018-01", location=HANOI),
    E("bilateral_meeting", "held", "background", ["USA", "VNM"], [mattis, lich],
      ["naval", "maritime_security", "war_legacy"], date="2018-01", location=HANOI),
    E("visit", "held", "background", ["USA", "VNM"], [obama], [], date="2016-05", location=HANOI),
    E("visit", "held", "background", ["USA", "VNM"], [], ["naval"], date="2016-10", location=L(None, "VNM")),
    E("exercise", "proposed", "background", ["USA", "VNM"], [], ["exercises", "naval"],
      name="Rim of the Pacific exercise", mechanism="RIMPAC", date="2018", location=L(None, "USA")),
    E("visit", "held", "background", ["USA", "PHL"], [], ["naval"], date="2018-02", location=L("Manila", "PHL")),
])

# ---------------------------------------------------------------- ex150
jaafar = P("Mohd Jaafar bin Haji Abdul Latif", "BRN", "Director of Defence Policy", None, "Ministry of Defence")
vinh150 = P("Tran Quang Vinh", "VNM", "Deputy Director", "Major General", "Foreign Relations Department")
mustappa = P("Mustappa bin Haji Sirat", "BRN", "Deputy Minister of Defence", None, "Ministry of Defence")
aminuddin = P("Aminuddin Ihsan bin Pehin Orang Kaya Saiful Mulok Dato Seri Paduka Haji Abidin", "BRN", "Commander",
              "Major General", "Royal Brunei Armed Forces")
BSB = L("Bandar Seri Begawan", "BRN")
JWG = "Brunei-Vietnam Joint Working Group on Defence Cooperation"
doc("ex150_borneobulletin_bn_vn_jwg_2013", "2013-11-15", "2013-11-14", [
    E("policy_dialogue", "held", "main", ["BRN", "VNM"], [jaafar, vinh150],
      ["high_level_exchange", "training_education", "naval", "maritime_security", "search_and_rescue",
       "multilateral_support", "dialogue_consultation"],
      name="Third Meeting of the Joint Working Group (JWG) on Defence Cooperation", mechanism=JWG, ordinal=3,
      date="2013-11-14", location=BSB),
    E("signing", "held", "main", ["BRN", "VNM"], [jaafar, vinh150], [],
      name="record of discussions", date="2013-11-14", location=BSB),
    E("policy_dialogue", "held", "background", ["BRN", "VNM"], [], [],
      name="Second JWG Meeting", mechanism=JWG, ordinal=2, date="2011-09", location=L("Hanoi", "VNM")),
    E("visit", "proposed", "main", ["VNM", "BRN"], [], ["naval"], date="2014", location=L("Muara", "BRN")),
    E("policy_dialogue", "planned", "main", ["BRN", "VNM"], [], [],
      name="Fourth JWG Meeting", mechanism=JWG, ordinal=4, date="2014", location=L(None, "VNM")),
    E("bilateral_meeting", "held", "main", ["VNM", "BRN"], [vinh150, mustappa], ["training_education"],
      date="2013-11-14", location=BSB),
    E("bilateral_meeting", "held", "main", ["VNM", "BRN"], [vinh150, aminuddin], ["hadr"],
      date="2013-11-14", location=BSB),
    E("visit", "held", "main", ["VNM", "BRN"], [vinh150], [],
      date="2013-11-13", end_date="2013-11-16", location=L(None, "BRN")),
    E("visit", "held", "background", ["BRN", "VNM"], [aminuddin], [], date="2013-02", location=L("Hanoi", "VNM")),
    E("multilateral_meeting", "held", "background", ["BRN"], [], [],
      name="ADMM", mechanism="ADMM", date="2013-08", location=BSB, groups=["ASEAN"]),
    E("multilateral_meeting", "held", "background", ["BRN"], [], [],
      name="ADMM-Plus", mechanism="ADMM-Plus", date="2013-08", location=BSB, groups=["ASEAN"]),
])

# ---------------------------------------------------------------- ex151
gates = P("Robert Gates", "USA", "Defense Secretary", None, None)
sby = P("Susilo Bambang Yudhoyono", "IDN", "President", None, None)
djoko = P("Djoko Suyanto", "IDN", "Coordinating Minister for Political, Legal and Security Affairs", None, None)
purnomo = P("Purnomo Yusgiantoro", "IDN", "Defense Minister", None, None)
clinton = P("Hillary Clinton", "USA", "Secretary of State", None, None)
yu = P("Yu Myung-hwan", "KOR", "Foreign Minister", None, None)
kimty = P("Kim Tae-young", "KOR", "Defense Minister", None, None)
JKT = L("Jakarta", "IDN")
doc("ex151_tempo_id_us_gates_jakarta_2010", "2010-07-23", "2010-07-22", [
    E("visit", "held", "main", ["USA", "IDN"], [gates], [], date="2010-07-22", end_date="2010-07-23", location=JKT),
    E("bilateral_meeting", "held", "main", ["USA", "IDN"], [gates, sby, djoko], ["training_education"],
      date="2010-07-22", location=JKT),
    E("bilateral_meeting", "held", "main", ["USA", "IDN"], [gates, purnomo],
      ["maritime_security", "hadr", "peacekeeping", "logistics", "multilateral_support", "training_education",
       "defence_industry", "dialogue_consultation"],
      date="2010-07-22", location=JKT),
    E("multilateral_meeting", "planned", "main", ["IDN", "USA", "VNM"], [gates, purnomo], [],
      name="first ASEAN Defense Ministers' Meeting-Plus", mechanism="ADMM-Plus", ordinal=1,
      date="2010-10", location=L("Hanoi", "VNM"), groups=["ASEAN"]),
    E("signing", "held", "background", ["USA", "IDN"], [],
      ["training_education", "maritime_security", "defence_industry", "dialogue_consultation"],
      name="framework arrangement on defense cooperation", date="2010-06", location=L("Washington", "USA")),
    E("policy_dialogue", "held", "background", ["USA", "KOR"], [gates, clinton, yu, kimty], [],
      name='first "two-plus-two" meeting',
      mechanism="United States-South Korea Foreign and Defence Ministerial Dialogue", ordinal=1,
      date="2010-07-21", location=L("Seoul", "KOR")),
    E("visit", "held", "background", ["USA", "IDN"], [gates], [], date="2008-02", location=L(None, "IDN")),
])

# ---------------------------------------------------------------- ex152
wei = P("Wei Fenghe", "CHN", "State Councilor and Defense Minister", None, None)
giang152 = P("Phan Van Giang", "VNM", "Defense Minister", None, None)
BDFE = "China-Vietnam Border Defence Friendship Exchange"
doc("ex152_cgtn_cn_vn_video_call_2021", "2021-09-29", "2021-09-29", [
    E("call", "held", "main", ["CHN", "VNM"], [wei, giang152],
      ["dialogue_consultation", "border_management", "training_education", "defence_industry", "maritime_security",
       "multilateral_support", "pandemic_response", "transnational_crime", "high_level_exchange"],
      date="2021-09-29", location=None),
    E("other", "held", "background", ["CHN", "VNM"], [wei, giang152], ["border_management"],
      name="sixth China-Vietnam Border Defense Friendship Exchange", mechanism=BDFE, ordinal=6,
      date="2021-04-24", location=L("Dongxing", "CHN")),
    E("other", "planned", "main", ["CHN", "VNM"], [], ["border_management"],
      name="seventh edition of the exchange", mechanism=BDFE, ordinal=7, date="2022", location=None),
    E("policy_dialogue", "planned", "main", ["CHN", "VNM"], [], [],
      name="next round of the China-Vietnam defense and security consultation",
      mechanism="China-Vietnam Defence and Security Consultation", date=None, location=None),
    E("multilateral_meeting", "held", "background", ["BRN", "CHN", "VNM"], [wei, giang152], [],
      name="eighth ADMM-Plus", mechanism="ADMM-Plus", ordinal=8, date="2021-06", location=None, groups=["ASEAN"]),
    E("visit", "proposed", "main", ["VNM", "CHN"], [giang152], [], location=L(None, "CHN")),
])

if __name__ == "__main__":
    GOLD.write(ROOT)
