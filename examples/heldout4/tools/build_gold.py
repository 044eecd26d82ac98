#!/usr/bin/env python3
"""The gold of examples/heldout4 (a blind set, never to be tuned on) written as data.
Regenerates gold/<id>.json and published.tsv.

Run from anywhere: python3 examples/heldout4/tools/build_gold.py
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), "tools"))
from gold_builder import E, L, P, GoldSet  # noqa: E402

GOLD = GoldSet()
doc = GOLD.doc


# ---------------------------------------------------------------- ex103
aramane = P("Giridhar Aramane", "IND", "Defence Secretary", None, None)
espino = P("Irineo Cruz Espino", "PHL", "Senior Undersecretary of National Defense", None, None)
prasad = P("Amitabh Prasad", "IND", "Joint Secretary", None, None)
lorenzo = P("Pablo M Lorenzo", "PHL", "Assistant Secretary for Strategic Assessments and International Affairs",
            None, None)
teodoro = P("Gilberto Teodoro Jr", "PHL", "Defence Secretary", None, None)
jaishankar = P("S Jaishankar", "IND", "External Affairs Minister", None, None)
JDCC = "India-Philippines Joint Defence Cooperation Committee"
doc("ex103_hindustantimes_in_ph_jdcc", "2024-09-12", "2024-09-11", [
    E("policy_dialogue", "held", "main", ["IND", "PHL"], [aramane, espino],
      ["defence_industry", "maritime_security", "dialogue_consultation", "training_education", "logistics",
       "multilateral_support", "service_to_service", "exercises", "naval"],
      name="fifth meeting of the India-Philippines Joint Defence Cooperation Committee (JDCC)", mechanism=JDCC,
      ordinal=5, date="2024-09-11", location=L("Manila", "PHL")),
    E("policy_dialogue", "held", "main", ["IND", "PHL"], [], ["service_to_service"],
      name="third round of service-to-service staff talks",
      mechanism="India-Philippines Service-to-Service Staff Talks", ordinal=3, date="2024-09-10",
      location=L("Manila", "PHL")),
    E("signing", "held", "background", ["IND", "PHL"], [], [],
      name="memorandum of understanding on defence cooperation", date="2006", location=None),
    E("policy_dialogue", "held", "background", ["IND", "PHL"], [prasad, lorenzo], [],
      name="fourth meeting", mechanism=JDCC, ordinal=4, date="2023-03", location=L("New Delhi", "IND")),
    E("other", "held", "background", ["IND", "PHL"], [], ["defence_industry"],
      name=None, date="2024-04", location=None),
    E("policy_dialogue", "planned", "main", ["IND", "PHL"], [], [],
      name="next meeting of the committee", mechanism=JDCC, date="2025", location=L("New Delhi", "IND")),
    E("exercise", "planned", "main", ["IND", "PHL"], [], ["exercises", "naval"],
      name="MILAN", mechanism="MILAN", date="2026-02", location=L(None, "IND")),
    E("bilateral_meeting", "held", "main", ["IND", "PHL"], [aramane, teodoro],
      ["maritime_security", "defence_industry"], date="2024-09-11", location=L("Quezon City", "PHL")),
    E("visit", "held", "background", ["IND", "PHL"], [jaishankar], [], date="2024-03", location=L("Manila", "PHL")),
])

# ---------------------------------------------------------------- ex104
sabu = P("Mohamad Sabu", "MYS", "Defence Minister", None, None)
hasina = P("Sheikh Hasina", "BGD", "Prime Minister", None, None)
siddique = P("Tarique Ahmed Siddique", "BGD", "Defence Adviser", "Major General (Retired)", None)
mahfuz = P("Md Mahfuzur Rahman", "BGD", "Principal Staff Officer of the Armed Forces Division", "Lieutenant General",
           "Armed Forces Division")
hamzah = P("Hasnudin Hamzah", "MYS", "High Commissioner in Dhaka", None, None)
aziz = P("Aziz Ahmed", "BGD", "Chief of Army Staff", "General", None)
doc("ex104_dailystar_bd_my_defence_minister", "2018-07-13", "2018-07-12", [
    E("bilateral_meeting", "held", "main", ["MYS", "BGD"], [sabu, hasina, siddique, mahfuz, hamzah],
      ["training_education", "military_medicine", "hadr", "multilateral_support"],
      date="2018-07-12", location=L("Dhaka", "BGD")),
    E("signing", "planned", "main", ["BGD", "MYS"], [], ["training_education"],
      name="memorandum of understanding on defence training and technical cooperation", location=None),
    E("visit", "held", "main", ["MYS", "BGD"], [sabu], ["military_medicine", "hadr"],
      date="2018-07-12", location=L(None, "BGD")),
    E("visit", "proposed", "main", ["BGD", "MYS"], [aziz], [], location=L(None, "MYS")),
    E("bilateral_meeting", "held", "background", ["BGD", "MYS"], [sabu], [],
      date="2018-07-05", location=L(None, "MYS")),
])

# ---------------------------------------------------------------- ex105
pande = P("Manoj Pande", "IND", "Chief of the Army Staff", "General", "Indian Army")
bhandari = P("Bidya Devi Bhandari", "NPL", "President", None, None)
deuba = P("Sher Bahadur Deuba", "NPL", "Prime Minister", None, None)
sharma = P("Prabhu Ram Sharma", "NPL", "Chief of the Army Staff", "General", None)
kovind = P("Ram Nath Kovind", "IND", "President", None, None)
cariappa = P("KM Cariappa", "IND", "Commander-in-Chief", "General", "Indian Army")
khadka = P("Narayan Khadka", "NPL", "Foreign Minister", None, None)
srivastava = P("Naveen Srivastava", "IND", "Ambassador", None, None)
doc("ex105_kathmandupost_np_in_army_chief", "2022-09-06", "2022-09-05", [
    E("other", "held", "main", ["NPL", "IND"], [bhandari, pande, deuba, sharma], [],
      date="2022-09-05", location=L("Kathmandu", "NPL")),
    E("visit", "held", "main", ["IND", "NPL"], [pande], [],
      date="2022-09-04", end_date="2022-09-08", location=L(None, "NPL")),
    E("bilateral_meeting", "held", "main", ["IND", "NPL"], [pande, sharma],
      ["training_education", "hadr", "logistics", "exercises"], date="2022-09-05", location=L("Kathmandu", "NPL")),
    E("exercise", "planned", "main", ["NPL", "IND"], [], ["exercises"],
      name="16th edition of the Surya Kiran joint military exercise", mechanism="Surya Kiran", ordinal=16,
      date="2022-12", location=L(None, "NPL")),
    E("exercise", "held", "background", ["NPL", "IND"], [], ["exercises", "hadr"],
      name="The 15th edition", mechanism="Surya Kiran", ordinal=15, date="2021-09",
      location=L("Pithoragarh", "IND")),
    E("other", "held", "main", ["IND", "NPL"], [pande], ["military_medicine"],
      date="2022-09-05", location=L("Kathmandu", "NPL")),
    E("bilateral_meeting", "planned", "main", ["IND", "NPL"], [pande, deuba], [],
      date="2022-09-06", location=L("Kathmandu", "NPL")),
    E("other", "held", "background", ["NPL", "IND"], [cariappa], [], date="1950", location=None),
    E("visit", "held", "background", ["NPL", "IND"], [sharma], [], date="2021-11", location=L("New Delhi", "IND")),
    E("other", "held", "background", ["IND", "NPL"], [kovind, sharma], [],
      date="2021-11", location=L("New Delhi", "IND")),
    E("bilateral_meeting", "held", "background", ["NPL", "IND"], [khadka, srivastava], [],
      date="2022-08-24", location=L("Kathmandu", "NPL")),
])

# ---------------------------------------------------------------- ex106
bowardi = P("Mohammed Al Bowardi", "ARE", "Minister of State for Defence Affairs", None, None)
ryamizard = P("Ryamizard Ryacudu", "IDN", "Minister of Defence", "General (Retired)", "Ministry of Defence")
mbz = P("Mohamed bin Zayed", "ARE", "Crown Prince of Abu Dhabi and Deputy Supreme Commander of the Armed Forces",
        None, None)
liew = P("Liew Chin Tong", "MYS", "Deputy Minister of Defence", None, "Ministry of Defence")
zbidi = P("Abdelkarim Zbidi", "TUN", "Minister of National Defence", None, "Ministry of National Defence")
jokowi = P("Joko Widodo", "IDN", "President", None, None)
AD = L("Abu Dhabi", "ARE")
doc("ex106_thenational_ae_id_idex_mou", "2019-02-19", "2019-02-18", [
    E("other", "held", "main", ["ARE", "IDN", "MYS", "TUN"], [mbz, bowardi, ryamizard, liew, zbidi],
      ["defence_industry"], name="14th edition of Idex", mechanism="IDEX", ordinal=14,
      date="2019-02-17", end_date="2019-02-21", location=AD),
    E("signing", "held", "main", ["ARE", "IDN"], [bowardi, ryamizard],
      ["training_education", "high_level_exchange", "exercises", "defence_industry"],
      name="defence co-operation agreement", date="2019-02-18", location=AD),
    E("bilateral_meeting", "held", "main", ["ARE", "IDN"], [bowardi, ryamizard],
      ["transnational_crime", "peacekeeping", "dialogue_consultation"], date="2019-02-18", location=AD),
    E("policy_dialogue", "planned", "main", ["ARE", "IDN"], [], [],
      name="joint defence co-operation committee", mechanism="UAE-Indonesia Joint Defence Cooperation Committee",
      ordinal=1, date="2019", location=L("Jakarta", "IDN")),
    E("bilateral_meeting", "held", "main", ["ARE", "IDN"], [mbz, ryamizard], [], date="2019-02-17", location=AD),
    E("bilateral_meeting", "held", "main", ["ARE", "MYS"], [bowardi, liew], ["maritime_security", "defence_industry"],
      date="2019-02-18", location=AD),
    E("other", "proposed", "main", ["MYS", "ARE"], [bowardi], ["defence_industry"],
      name="Langkawi International Maritime and Aerospace Exhibition", mechanism="LIMA", date="2019-03",
      location=L("Langkawi", "MYS")),
    E("bilateral_meeting", "held", "main", ["ARE", "TUN"], [bowardi, zbidi], [], date="2019-02-18", location=AD),
    E("visit", "held", "background", ["IDN", "ARE"], [jokowi], [], date="2015", location=AD),
])

# ---------------------------------------------------------------- ex107
austin = P("Lloyd Austin", "USA", "Defense Secretary", None, None)
umerov = P("Rustem Umerov", "UKR", "Defense Minister", None, None)
milley = P("Mark Milley", "USA", "Chairman of the Joint Chiefs of Staff", "General", None)
pistorius = P("Boris Pistorius", "DEU", "Defense Minister", None, None)
poulsen = P("Troels Lund Poulsen", "DNK", "Defense Minister", None, None)
zelenskyy = P("Volodymyr Zelenskyy", "UKR", "President", None, None)
biden = P("Joe Biden", "USA", "President", None, None)
UDCG = "Ukraine Defense Contact Group"
RAM = L(None, "DEU")
doc("ex107_defensenews_us_ua_contact_group", "2023-09-19", "2023-09-19", [
    E("multilateral_meeting", "held", "main", ["USA", "UKR", "DEU", "DNK"], [austin, umerov, milley, pistorius, poulsen],
      ["training_education"], name="15th meeting of the group", mechanism=UDCG, ordinal=15,
      date="2023-09-19", location=RAM),
    E("multilateral_meeting", "held", "background", ["USA"], [austin], [],
      name=UDCG, mechanism=UDCG, ordinal=1, date="2022-04", location=RAM),
    E("bilateral_meeting", "held", "main", ["USA", "UKR"], [austin, umerov],
      ["defence_industry", "training_education"], date="2023-09-19", location=RAM),
    E("visit", "proposed", "main", ["USA", "UKR"], [austin], [], location=L("Kyiv", "UKR")),
    E("call", "held", "background", ["USA", "UKR"], [austin, umerov], [], date="2023-09", location=None),
    E("bilateral_meeting", "held", "main", ["USA", "DEU"], [austin, pistorius], ["defence_industry"],
      date="2023-09-19", location=RAM),
    E("multilateral_meeting", "planned", "main", [], [], [],
      name="next meeting", mechanism=UDCG, date="2023-10", location=L("Brussels", "BEL")),
    E("multilateral_meeting", "planned", "background", [], [], [],
      name="gathering of NATO defense ministers", mechanism="NATO Defence Ministers' Meeting", date="2023-10",
      location=L("Brussels", "BEL"), groups=["NATO"]),
    E("bilateral_meeting", "planned", "background", ["UKR", "USA"], [zelenskyy, biden], [],
      date="2023-09-21", location=L("Washington", "USA")),
])

# ---------------------------------------------------------------- ex108
kemp = P("Rich Kemp", "GBR", "Commanding Officer", "Commander", "Royal Navy")
tuan = P("Pham Minh Tuan", "VNM", "Deputy Commander of Naval Region 2", "Senior Colonel", "Vietnam People's Navy")
pym = P("Andrew Pym", "GBR", "Defence Attaché to Vietnam", "Colonel", None)
binh = P("Tran Van Binh", "VNM", "Commander of Naval Region 2", "Rear Admiral", None)
coaker = P("Coaker", "GBR", "Defence Minister", None, None)
HCMC = L("Ho Chi Minh City", "VNM")
doc("ex108_ukdj_gb_vn_richmond_port_call", "2025-09-23", "2025-09-22", [
    E("visit", "held", "main", ["GBR", "VNM"], [kemp, tuan, pym], ["naval"], ordinal=2,
      date="2025-09-22", end_date="2025-09-25", location=HCMC),
    E("bilateral_meeting", "held", "main", ["GBR", "VNM"], [kemp, binh],
      ["maritime_security", "search_and_rescue", "training_education", "naval"], date="2025-09-23", location=HCMC),
    E("exercise", "planned", "main", ["GBR", "VNM"], [], ["exercises", "naval"],
      name="passage exercise", date="2025-09-25", location=L(None, "VNM")),
    E("signing", "held", "background", ["GBR", "VNM"], [], [],
      name="UK-Vietnam Strategic Partnership", date="2010", location=None),
    E("visit", "held", "background", ["GBR", "VNM"], [], ["naval"], date="2021-10", location=L("Cam Ranh", "VNM")),
    E("visit", "held", "background", ["GBR", "VNM"], [], ["naval"], date="2023-02", location=HCMC),
    E("exercise", "held", "background", ["GBR", "VNM"], [], ["exercises", "naval"],
      date="2023-02", location=L(None, "VNM")),
    E("exercise", "held", "background", ["GBR", "KOR"], [], ["exercises", "naval"], date="2025-09", location=None),
    E("visit", "held", "background", ["GBR", "PHL"], [kemp], ["naval"], date="2025-09", location=L("Manila", "PHL")),
    E("bilateral_meeting", "held", "background", ["GBR", "PHL"], [coaker, kemp], ["maritime_security", "naval"],
      date="2025-09", location=L("Manila", "PHL")),
])

# ---------------------------------------------------------------- ex109
marles = P("Richard Marles", "AUS", "Defence Minister", None, None)
johnston = P("David Johnston", "AUS", "Chief of the Defence Force", "Admiral", None)
paparo = P("Samuel Paparo", "USA", "Commander", "Admiral", "US Indo-Pacific Command")
jones = P("Justin Jones", "AUS", "Chief of Joint Operations", "Vice Admiral", None)
albanese = P("Anthony Albanese", "AUS", "Prime Minister", None, None)
xi = P("Xi Jinping", "CHN", "President", None, None)
joseph = P("Billy Joseph", "PNG", None, None, None)
TS = "Talisman Sabre"
doc("ex109_abc_au_pg_talisman_sabre", "2025-07-13", "2025-07-13", [
    E("exercise", "held", "main",
      ["AUS", "USA", "CAN", "FJI", "FRA", "DEU", "IND", "IDN", "JPN", "NLD", "NZL", "NOR", "PNG", "PHL", "SGP",
       "KOR", "THA", "TON", "GBR", "MYS", "VNM"],
      [marles, johnston, paparo, jones], ["exercises"],
      name="Exercise Talisman Sabre", mechanism=TS, ordinal=11, date="2025-07-13", end_date="2025-08-04",
      location=L(None, "AUS")),
    E("exercise", "held", "background", ["AUS", "USA"], [], ["exercises"],
      name="Talisman Sabre", mechanism=TS, ordinal=1, date="2005", location=None),
    E("exercise", "held", "background", [], [], ["exercises"],
      name="The 2023 exercise", mechanism=TS, date="2023", location=None),
    E("visit", "held", "background", ["AUS", "CHN"], [albanese], [],
      date="2025-07-12", end_date="2025-07-17", location=L(None, "CHN")),
    E("bilateral_meeting", "planned", "background", ["AUS", "CHN"], [albanese, xi], [],
      date="2025-07-15", location=L("Beijing", "CHN")),
    E("bilateral_meeting", "planned", "background", ["AUS", "PNG"], [marles, joseph], [],
      date="2025-07", location=L("Port Moresby", "PNG")),
])

# ---------------------------------------------------------------- ex110
lee = P("Lee Jong-sup", "KOR", "Defense Minister", None, None)
blaszczak = P("Mariusz Blaszczak", "POL", "Deputy Prime Minister and Minister of National Defense", None,
              "Ministry of National Defense")
ociepa = P("Marcin Ociepa", "POL", "Deputy Defense Minister", None, None)
eom = P("Eom Dong-hwan", "KOR", "Minister", None, "Defense Acquisition Program Administration")
SEONGNAM = L("Seongnam", "KOR")
doc("ex110_joongang_kr_pl_video_call", "2022-10-20", "2022-10-19", [
    E("call", "held", "main", ["KOR", "POL"], [lee, blaszczak],
      ["defence_industry", "training_education", "logistics", "dialogue_consultation"],
      date="2022-10-19", location=None),
    E("policy_dialogue", "planned", "main", ["KOR", "POL"], [], ["defence_industry"],
      name="vice-ministerial dialogue on defense industry cooperation",
      mechanism="South Korea-Poland Defence Industry Cooperation Dialogue", ordinal=1, date="2023",
      location=L("Seoul", "KOR")),
    E("visit", "planned", "main", ["KOR", "POL"], [lee], [], date="2023", location=L(None, "POL")),
    E("visit", "held", "background", ["POL", "KOR"], [blaszczak], [], date="2022-05", location=L("Seoul", "KOR")),
    E("bilateral_meeting", "held", "background", ["POL", "KOR"], [lee, blaszczak], [],
      date="2022-05", location=L("Seoul", "KOR")),
    E("other", "held", "background", ["KOR", "POL"], [ociepa, eom], ["defence_industry"],
      name="Seoul International Aerospace & Defense Exhibition (ADEX) 2022",
      mechanism="Seoul International Aerospace and Defense Exhibition", date="2022-10-17", end_date="2022-10-22",
      location=SEONGNAM),
    E("bilateral_meeting", "held", "background", ["POL", "KOR"], [ociepa, eom], ["defence_industry"],
      date="2022-10-18", location=SEONGNAM),
])

# ---------------------------------------------------------------- ex111
doc("ex111_asahi_jp_guidelines_no_engagement", "2010-12-18", "", [])

# ---------------------------------------------------------------- ex112
farid = P("Mohamed Farid", "EGY", "Chief of Staff", "Lieutenant General", "Egyptian Armed Forces")
hussein = P("Mohamed Othman Al-Hussein", "SDN", None, "Lieutenant General", None)
burhan = P("Abdel-Fattah Al-Burhan", "SDN", "Head of the Sovereign Council", "General", None)
shoukry = P("Sameh Shoukry", "EGY", "Foreign Minister", None, None)
mahdi = P("Mariam Al-Sadiq Al-Mahdi", "SDN", None, None, None)
EGSD = "Egypt-Sudan Joint Military Committee"
KRT = L("Khartoum", "SDN")
doc("ex112_ahramonline_eg_sd_military_committee", "2021-03-02", "2021-03-02", [
    E("policy_dialogue", "held", "main", ["EGY", "SDN"], [farid, hussein],
      ["border_management", "transnational_crime", "training_education", "exercises", "dialogue_consultation"],
      name="seventh meeting of the Egyptian-Sudanese joint military committee", mechanism=EGSD, ordinal=7,
      date="2021-03-01", end_date="2021-03-02", location=KRT),
    E("signing", "held", "main", ["EGY", "SDN"], [farid, hussein],
      ["training_education", "border_management", "exercises"],
      name="military cooperation agreement", date="2021-03-02", location=KRT),
    E("visit", "held", "main", ["EGY", "SDN"], [farid, hussein], [],
      date="2021-03-01", end_date="2021-03-02", location=KRT),
    E("exercise", "planned", "main", ["EGY", "SDN"], [], ["exercises", "naval"], location=L(None, "SDN")),
    E("policy_dialogue", "planned", "main", ["EGY", "SDN"], [], [],
      name="eighth meeting of the committee", mechanism=EGSD, ordinal=8, location=L("Cairo", "EGY")),
    E("bilateral_meeting", "held", "main", ["EGY", "SDN"], [farid, burhan], [], date="2021-03-02", location=KRT),
    E("policy_dialogue", "held", "background", ["EGY", "SDN"], [], [],
      name="The committee's sixth meeting", mechanism=EGSD, ordinal=6, date="2019-07", location=L("Cairo", "EGY")),
    E("visit", "held", "background", ["EGY", "SDN"], [farid], [], date="2020-10", location=KRT),
    E("exercise", "held", "background", ["EGY", "SDN"], [], ["exercises"],
      name="Nile Eagles 1", mechanism="Nile Eagles", ordinal=1, date="2020-11", location=L(None, "SDN")),
    E("bilateral_meeting", "held", "background", ["EGY", "SDN"], [shoukry, mahdi], [],
      date="2021-03-02", location=L("Cairo", "EGY")),
])


if __name__ == "__main__":
    GOLD.write(ROOT)
