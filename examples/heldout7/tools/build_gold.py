#!/usr/bin/env python3
"""The gold of examples/heldout7 written as data. Regenerates gold/<id>.json and published.tsv.

Run from anywhere: python3 examples/heldout7/tools/build_gold.py
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), "tools"))
from gold_builder import E, L, P, GoldSet  # noqa: E402

GOLD = GoldSet()
doc = GOLD.doc


# ---------------------------------------------------------------- ex163
chien163 = P("Hoang Xuan Chien", "VNM", "Deputy Minister of National Defence", "Senior Lieutenant General",
             "Ministry of National Defence")
bennett = P("Caroline Bennett", "NZL", "Deputy Secretary for Policy and Planning", None, "Ministry of Defence")
giang163 = P("Phan Van Giang", "VNM", "Minister of National Defence", "General", "Ministry of National Defence")
moore = P("Rachel Moore", "NZL", "Ambassador to Vietnam", None, None)
VNNZ = "Vietnam-New Zealand Defence Policy Dialogue"
HN = L("Hanoi", "VNM")
doc("ex163_vtv_vn_nz_defence_policy_dialogue", "2026-01-13", "2026-01-12", [
    E("policy_dialogue", "held", "main", ["VNM", "NZL"], [chien163, bennett],
      ["high_level_exchange", "peacekeeping", "training_education", "maritime_security", "hadr",
       "military_medicine", "multilateral_support", "naval", "dialogue_consultation"],
      name="fourth Vietnam - New Zealand Defence Policy Dialogue", mechanism=VNNZ, ordinal=4,
      date="2026-01-12", location=HN),
    E("signing", "held", "main", ["VNM", "NZL"], [chien163, bennett], ["peacekeeping"],
      name="letter of intent covering UN peacekeeping cooperation in 2026-2028", date="2026-01-12", location=HN),
    E("bilateral_meeting", "held", "main", ["VNM", "NZL"], [giang163, bennett, moore],
      ["high_level_exchange", "dialogue_consultation"], date="2026-01-12", location=HN),
    E("policy_dialogue", "planned", "main", ["VNM", "NZL"], [], [],
      name="fifth dialogue", mechanism=VNNZ, ordinal=5, date="2027", location=L("Wellington", "NZL")),
    E("visit", "planned", "main", ["NZL", "VNM"], [], ["naval"],
      date="2026", location=L("Cam Ranh", "VNM")),
    E("visit", "proposed", "main", ["VNM", "NZL"], [giang163], [], location=L(None, "NZL")),
    E("policy_dialogue", "held", "background", ["VNM", "NZL"], [], ["training_education", "peacekeeping"],
      name="third dialogue", mechanism=VNNZ, ordinal=3, date="2024-10", location=L("Wellington", "NZL")),
])

# ---------------------------------------------------------------- ex164
thanh = P("Phung Quang Thanh", "VNM", "Minister of National Defence", "General", "Ministry of National Defence")
hlamin = P("Hla Min", "MMR", "Defence Minister", "Lieutenant General", None)
huy = P("Nguyen Quoc Huy", "VNM", "Ambassador to Myanmar", None, None)
mah = P("Min Aung Hlaing", "MMR", "Commander-in-Chief of Defence Services", "Senior General", None)
theinsein = P("Thein Sein", "MMR", "President", None, None)
NPT = L("Nay Pyi Taw", "MMR")
doc("ex164_dantri_vn_mm_defence_minister_visit", "2012-11-14", "2012-11-12", [
    E("visit", "held", "main", ["VNM", "MMR"], [thanh, hlamin, huy], [],
      date="2012-11-12", end_date="2012-11-15", location=L(None, "MMR")),
    E("bilateral_meeting", "held", "main", ["VNM", "MMR"], [thanh, hlamin],
      ["high_level_exchange", "training_education", "defence_industry", "naval", "multilateral_support"],
      date="2012-11-13", location=NPT),
    E("signing", "held", "main", ["VNM", "MMR"], [thanh, hlamin],
      ["high_level_exchange", "training_education", "naval"],
      name="defence cooperation MoU", date="2012-11-13", location=NPT),
    E("bilateral_meeting", "held", "main", ["VNM", "MMR"], [thanh, mah], ["training_education"],
      date="2012-11-13", location=NPT),
    E("visit", "planned", "main", ["MMR", "VNM"], [hlamin], [], date="2013", location=L(None, "VNM")),
    E("bilateral_meeting", "planned", "main", ["VNM", "MMR"], [thanh, theinsein], [],
      date="2012-11-14", location=NPT),
    E("visit", "held", "background", ["MMR", "VNM"], [mah], [], date="2011-12", location=L(None, "VNM")),
])

# ---------------------------------------------------------------- ex165
rao = P("Arvind Rao", "IND", "Flag Officer Commanding", "Rear Admiral", "Eastern Fleet")
nam = P("Tran Thanh Nam", "VNM", "Deputy Chief of Staff", "Senior Captain", "Naval Region 2")
nair = P("Priya Nair", "IND", "Consul General in Ho Chi Minh City", None, None)
dung = P("Le Van Dung", "VNM", "Commander", "Rear Admiral", "Naval Region 2")
duc = P("Duong Anh Duc", "VNM", "Vice Chairman", None, "Ho Chi Minh City People's Committee")
rajnath = P("Rajnath Singh", "IND", "Defence Minister", None, None)
giang165 = P("Phan Van Giang", "VNM", "Defence Minister", "General", None)
harikumar = P("R Hari Kumar", "IND", "Navy chief", "Admiral", None)
HCMC = L("Ho Chi Minh City", "VNM")
doc("ex165_businessstandard_in_vn_ships_ho_chi_minh_city", "2024-08-05", "2024-08-03", [
    E("visit", "held", "main", ["IND", "VNM"], [rao, nam, nair], ["naval"],
      name="four-day port call", date="2024-08-03", end_date="2024-08-06", location=HCMC),
    E("bilateral_meeting", "held", "main", ["IND", "VNM"], [rao, dung], ["training_education", "search_and_rescue"],
      date="2024-08-04", location=HCMC),
    E("bilateral_meeting", "planned", "main", ["IND", "VNM"], [rao, duc], [], date="2024-08-05", location=HCMC),
    E("exercise", "planned", "main", ["IND", "VNM"], [], ["exercises", "naval", "logistics"],
      name="passage exercise (PASSEX)", date="2024-08-06", location=L(None, "VNM")),
    E("visit", "held", "background", ["IND", "VNM"], [rajnath], [], date="2022-06", location=L(None, "VNM")),
    E("signing", "held", "background", ["IND", "VNM"], [rajnath, giang165], ["logistics"],
      name="memorandum of understanding on mutual logistics support", date="2022-06", location=HN),
    E("other", "held", "background", ["IND", "VNM"], [harikumar], ["capacity_building", "naval"],
      name="hand-over of INS Kirpan", date="2023-07", location=L("Cam Ranh", "VNM")),
])

# ---------------------------------------------------------------- ex166
suh = P("Suh Wook", "KOR", "Defense Minister", None, None)
giang166 = P("Phan Van Giang", "VNM", "Defense Minister", "General", None)
park = P("Park Jae-min", "KOR", "Vice Defense Minister", None, None)
chien166 = P("Hoang Xuan Chien", "VNM", "Deputy Defense Minister", "Senior Lieutenant General", None)
KRVN = "South Korea-Vietnam Defence Strategic Dialogue"
doc("ex166_arirang_kr_vn_video_talks", "2021-09-30", "2021-09-30", [
    E("call", "held", "main", ["KOR", "VNM"], [suh, giang166],
      ["defence_industry", "logistics", "maritime_security", "peacekeeping", "pandemic_response",
       "dialogue_consultation", "high_level_exchange"],
      date="2021-09-30", location=None),
    E("policy_dialogue", "planned", "main", ["KOR", "VNM"], [], [],
      name="tenth round of the South Korea-Vietnam defense strategic dialogue", mechanism=KRVN, ordinal=10,
      date="2022", location=L("Seoul", "KOR")),
    E("policy_dialogue", "held", "background", ["KOR", "VNM"], [park, chien166], [],
      name="ninth round", mechanism=KRVN, ordinal=9, date="2021-09", location=HN),
    E("visit", "proposed", "main", ["VNM", "KOR"], [giang166], [], location=L(None, "KOR")),
])

# ---------------------------------------------------------------- ex167
rumsfeld = P("Donald Rumsfeld", "USA", "Defense Secretary", None, None)
tra = P("Pham Van Tra", "VNM", "Defense Minister", "General", None)
khai = P("Phan Van Khai", "VNM", "Prime Minister", None, None)
cohen = P("William Cohen", "USA", "Defense Secretary", None, None)
doc("ex167_upi_us_vn_rumsfeld_hanoi_2006", "2006-06-05", "2006-06-05", [
    E("bilateral_meeting", "held", "main", ["USA", "VNM"], [rumsfeld, tra],
      ["high_level_exchange", "military_medicine", "war_legacy", "naval"], date="2006-06-05", location=HN),
    E("visit", "held", "main", ["USA", "VNM"], [rumsfeld], [],
      name="two-day visit", date="2006-06-04", end_date="2006-06-05", location=HN),
    E("multilateral_meeting", "held", "main", ["USA"], [rumsfeld], [],
      name="Shangri-La Dialogue", mechanism="Shangri-La Dialogue", date="2006-06-03",
      location=L("Singapore", "SGP")),
    E("visit", "planned", "main", ["USA", "VNM"], [], ["naval"], date="2006", location=L(None, "VNM")),
    E("bilateral_meeting", "planned", "main", ["USA", "VNM"], [rumsfeld, khai], [], date="2006-06-05", location=HN),
    E("visit", "held", "background", ["USA", "VNM"], [cohen], [], date="2000-03", location=L(None, "VNM")),
    E("bilateral_meeting", "held", "background", ["VNM", "USA"], [tra, rumsfeld], [],
      date="2003-11", location=L(None, "USA")),
])

# ---------------------------------------------------------------- ex168
hartono = P("Rudi Hartono", "IDN", "Commander", "First Admiral", "Main Naval Base IV")
kulkarni = P("Sandeep Kulkarni", "IND", "Commanding Officer", "Commander", "INS Kavaratti")
sharma = P("Nikhil Sharma", "IND", "Ambassador to Indonesia", None, None)
SS = "Samudra Shakti"
doc("ex168_wion_in_id_samudra_shakti", "2023-05-16", "2023-05-14", [
    E("exercise", "held", "main", ["IND", "IDN"], [hartono, kulkarni, sharma],
      ["exercises", "naval", "maritime_security"],
      name="fourth edition of their bilateral maritime exercise 'Samudra Shakti'", mechanism=SS, ordinal=4,
      date="2023-05-14", end_date="2023-05-19", location=L(None, "IDN")),
    E("bilateral_meeting", "held", "main", ["IND", "IDN"], [kulkarni, hartono],
      ["training_education", "maritime_security", "dialogue_consultation"],
      date="2023-05-15", location=L(None, "IDN")),
    E("exercise", "held", "background", ["IND", "IDN"], [], ["exercises", "naval"],
      name="Samudra Shakti", mechanism=SS, ordinal=1, date="2018", location=None),
    E("exercise", "held", "background", ["IND", "IDN"], [], ["exercises", "naval"],
      name="previous edition", mechanism=SS, date="2021", location=L(None, "IND")),
    E("exercise", "planned", "main", ["IND", "IDN"], [], ["exercises", "naval"],
      name="next edition", mechanism=SS, date="2025", location=L(None, "IND")),
    E("exercise", "held", "background", ["IND", "IDN"], [], ["exercises", "naval", "maritime_security"],
      name="40th edition of the India-Indonesia Coordinated Patrol (Ind-Indo CORPAT)", mechanism="Ind-Indo CORPAT",
      ordinal=40, date="2022-12", location=None),
])

# ---------------------------------------------------------------- ex169: no engagement
doc("ex169_theedge_my_budget_2026_no_engagement", "2025-10-11", "", [])

# ---------------------------------------------------------------- ex170
seiha = P("Tea Seiha", "KHM", "Minister of National Defense and Deputy Prime Minister", "General",
          "Ministry of National Defense")
khaled = P("Mohamed Khaled Nordin", "MYS", "Defense Minister", None, None)
nattaphon = P("Nattaphon Narkphanit", "THA", "Defense Minister", None, None)
dongjun = P("Dong Jun", "CHN", "Defense Minister", "Admiral", None)
marles = P("Richard Marles", "AUS", "Deputy Prime Minister and Minister for Defence", None, None)
hunmanet = P("Hun Manet", "KHM", "Prime Minister", None, None)
anutin = P("Anutin Charnvirakul", "THA", "Prime Minister", None, None)
KL = L("Kuala Lumpur", "MYS")
doc("ex170_cambodianess_kh_admm_kuala_lumpur", "2025-11-02", "2025-10-31", [
    E("multilateral_meeting", "held", "main", ["KHM", "MYS", "THA"], [seiha, khaled, nattaphon],
      ["multilateral_support", "border_management", "war_legacy"],
      name="19th ASEAN Defense Ministers' Meeting (ADMM)", mechanism="ADMM", ordinal=19,
      date="2025-10-31", location=KL, groups=["ASEAN"]),
    E("multilateral_meeting", "held", "main", ["KHM", "MYS", "CHN", "AUS"], [seiha, khaled, dongjun, marles], [],
      name="12th ADMM-Plus", mechanism="ADMM-Plus", ordinal=12, date="2025-11-01", location=KL,
      groups=["ASEAN"]),
    E("bilateral_meeting", "held", "main", ["KHM", "THA"], [seiha, nattaphon],
      ["border_management", "war_legacy", "dialogue_consultation"], date="2025-10-31", location=KL),
    E("signing", "held", "background", ["KHM", "THA"], [hunmanet, anutin], ["border_management", "war_legacy"],
      name="joint declaration", date="2025-10-26", location=KL),
    E("policy_dialogue", "planned", "main", ["KHM", "THA"], [], ["border_management"],
      name="extraordinary meeting of the Cambodia-Thailand General Border Committee",
      mechanism="Cambodia-Thailand General Border Committee", date="2025-12", location=L(None, "KHM")),
    E("bilateral_meeting", "held", "main", ["KHM", "CHN"], [seiha, dongjun], ["training_education", "exercises"],
      date="2025-11-01", location=KL),
    E("exercise", "planned", "main", ["KHM", "CHN"], [], ["exercises"],
      name="next Golden Dragon exercise", mechanism="Golden Dragon", date="2026", location=L(None, "KHM")),
    E("bilateral_meeting", "held", "main", ["KHM", "AUS"], [seiha, marles],
      ["war_legacy", "peacekeeping", "high_level_exchange"], date="2025-11-01", location=KL),
    E("visit", "proposed", "main", ["KHM", "AUS"], [seiha], [], date="2026", location=L(None, "AUS")),
    E("multilateral_meeting", "held", "background", [], [], ["maritime_security"],
      name="last year's ADMM-Plus", mechanism="ADMM-Plus", date="2024-11", location=L("Vientiane", "LAO"),
      groups=["ASEAN"]),
    E("multilateral_meeting", "planned", "main", ["PHL"], [], [],
      name="next year's ADMM", mechanism="ADMM", date="2026", location=L(None, "PHL"), groups=["ASEAN"]),
    E("multilateral_meeting", "planned", "main", ["PHL"], [], [],
      name="next year's ADMM-Plus", mechanism="ADMM-Plus", date="2026", location=L(None, "PHL"), groups=["ASEAN"]),
])

# ---------------------------------------------------------------- ex171
kishida = P("Fumio Kishida", "JPN", "Prime Minister", None, None)
marcos = P("Ferdinand Marcos Jr.", "PHL", "President", None, None)
manalo = P("Enrique Manalo", "PHL", "Foreign Secretary", None, None)
koshikawa = P("Kazuhiko Koshikawa", "JPN", "Ambassador", None, None)
austin = P("Lloyd Austin", "USA", "Defence Minister", None, None)
hamada = P("Yasukazu Hamada", "JPN", "Defence Minister", None, None)
teodoro = P("Gilberto Teodoro Jr.", "PHL", "Defence Minister", None, None)
MNL = L("Manila", "PHL")
JP2 = "Japan-Philippines Foreign and Defence Ministerial Meeting"
doc("ex171_asiatimes_jp_ph_kishida_manila", "2023-11-06", "2023-11-03", [
    E("visit", "held", "main", ["JPN", "PHL"], [kishida], ["training_education", "maritime_security"],
      name="two-day official visit", date="2023-11-03", end_date="2023-11-04", location=MNL),
    E("bilateral_meeting", "held", "main", ["JPN", "PHL"], [kishida, marcos],
      ["training_education", "exercises", "maritime_security"], date="2023-11-03", location=MNL),
    E("signing", "held", "main", ["PHL", "JPN"], [manalo, koshikawa], ["maritime_security", "capacity_building"],
      name="exchange of notes", date="2023-11-03", location=MNL),
    E("visit", "held", "background", ["PHL", "JPN"], [marcos], [], date="2023-02", location=L("Tokyo", "JPN")),
    E("signing", "held", "background", ["PHL", "JPN"], [], ["hadr"],
      name="terms of reference", date="2023-02", location=L("Tokyo", "JPN")),
    E("exercise", "held", "background", ["JPN", "PHL", "USA"], [],
      ["exercises", "search_and_rescue", "maritime_security"],
      name="first trilateral exercise", ordinal=1, date="2023-06", location=L(None, "PHL")),
    E("multilateral_meeting", "held", "background", ["USA", "JPN", "PHL"], [austin, hamada, teodoro],
      ["maritime_security"], name="first trilateral meeting",
      mechanism="Japan-Philippines-US Trilateral Defence Ministers' Meeting", ordinal=1, date="2023-06",
      location=L("Singapore", "SGP")),
    E("multilateral_meeting", "held", "background", ["USA", "JPN", "PHL"], [austin, hamada, teodoro], [],
      name="Shangri-La Dialogue", mechanism="Shangri-La Dialogue", date="2023-06", location=L("Singapore", "SGP")),
    E("policy_dialogue", "planned", "background", ["JPN", "PHL"], [], [],
      name="second Japan-Philippines \"2+2\" meeting", mechanism=JP2, ordinal=2, date="2024", location=MNL),
    E("policy_dialogue", "held", "background", ["JPN", "PHL"], [], [],
      name="first 2+2", mechanism=JP2, ordinal=1, date="2022-04", location=L("Tokyo", "JPN")),
])

# ---------------------------------------------------------------- ex172
shanahan = P("Patrick Shanahan", "USA", "Acting Defense Secretary", None, None)
wei = P("Wei Fenghe", "CHN", "Defence Minister", None, None)
lee = P("Lee Hsien Loong", "SGP", "Prime Minister", None, None)
iwaya = P("Takeshi Iwaya", "JPN", "Defence Minister", None, None)
reynolds = P("Linda Reynolds", "AUS", "Defence Minister", None, None)
mattis = P("Jim Mattis", "USA", "Defense Secretary", None, None)
xi = P("Xi Jinping", "CHN", "President", None, None)
SG = L("Singapore", "SGP")
doc("ex172_afp_sg_shangri_la_2019", "2019-06-01", "2019-05-31", [
    E("multilateral_meeting", "held", "main", ["USA", "CHN", "SGP", "JPN", "AUS"],
      [shanahan, wei, lee, iwaya, reynolds], [],
      name="Shangri-La Dialogue", mechanism="Shangri-La Dialogue", date="2019-05-31", end_date="2019-06-02",
      location=SG),
    E("bilateral_meeting", "held", "main", ["USA", "CHN"], [shanahan, wei],
      ["dialogue_consultation", "high_level_exchange"], date="2019-05-31", location=SG),
    E("visit", "proposed", "main", ["USA", "CHN"], [shanahan], [], location=L(None, "CHN")),
    E("bilateral_meeting", "held", "main", ["JPN", "CHN"], [iwaya, wei],
      ["dialogue_consultation", "high_level_exchange"], date="2019-06-01", location=SG),
    E("visit", "planned", "main", ["CHN", "JPN"], [wei], [], location=L(None, "JPN")),
    E("multilateral_meeting", "held", "main", ["USA", "JPN", "AUS"], [shanahan, iwaya, reynolds],
      ["maritime_security"], name="trilateral meeting",
      mechanism="Japan-Australia-US Trilateral Defence Ministers' Meeting", date="2019-06-01", location=SG),
    E("visit", "held", "background", ["USA", "CHN"], [mattis], [], date="2018-06", location=L("Beijing", "CHN")),
    E("bilateral_meeting", "held", "background", ["USA", "CHN"], [mattis, xi], [],
      date="2018-06", location=L("Beijing", "CHN")),
])


if __name__ == "__main__":
    GOLD.write(ROOT)
