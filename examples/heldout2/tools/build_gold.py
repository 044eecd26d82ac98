#!/usr/bin/env python3
"""The gold of examples/heldout2 written as data. Regenerates gold/<id>.json and published.tsv.

Run from anywhere: python3 examples/heldout2/tools/build_gold.py
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), "tools"))
from gold_builder import E, L, P, GoldSet  # noqa: E402

GOLD = GoldSet()
doc = GOLD.doc


# ---------------------------------------------------------------- ex63
ghafri = P("Khamis bin Hamad Al Ghafri", "OMN",
           "Assistant Chief of Staff of the Sultan's Armed Forces for Operations and Planning",
           "Air Vice Marshal", "Sultan's Armed Forces")
sadeghpour = P("Mohammad-Reza Sadeghpour", "IRN",
               "Deputy Chief of the General Staff of the Armed Forces for International Cooperation",
               "Brigadier General Second Class", "General Staff of the Armed Forces")
rezaei = P("Hamid Rezaei-Nejad", "IRN", "Ambassador to the Sultanate of Oman", None, None)
mashaikhi = P("Salim bin Saeed Al Mashaikhi", "OMN", "Chief of Staff of the Sultan's Armed Forces",
              "Vice Admiral", "Sultan's Armed Forces")
sharji = P("Nasser bin Ali Al Sharji", "OMN", "Commander of the Royal Navy of Oman", "Rear Admiral",
           "Royal Navy of Oman")
MEC = "Oman-Iran Military Friendship Committee"
doc("ex63_timesofoman_om_ir_military_committee", "2024-05-15", "2024-05-13", [
    E("policy_dialogue", "held", "main", ["OMN", "IRN"], [ghafri, sadeghpour, rezaei],
      ["training_education", "naval", "maritime_security", "search_and_rescue", "transnational_crime",
       "military_medicine", "exercises", "dialogue_consultation"],
      name="19th meeting of the Omani-Iranian Military Friendship Committee", mechanism=MEC, ordinal=19,
      date="2024-05-13", end_date="2024-05-14", location=L("Muscat", "OMN")),
    E("policy_dialogue", "held", "background", ["OMN", "IRN"], [], [],
      name="committee's 18th meeting", mechanism=MEC, ordinal=18, date="2023-10", location=L("Tehran", "IRN")),
    E("exercise", "proposed", "main", ["IRN", "OMN"], [], ["exercises", "naval"],
      name="Iranian Navy's next annual exercise"),
    E("policy_dialogue", "planned", "main", ["OMN", "IRN"], [], [],
      name="committee's 20th meeting", mechanism=MEC, ordinal=20, date="2025", location=L("Tehran", "IRN")),
    E("bilateral_meeting", "held", "main", ["OMN", "IRN"], [mashaikhi, sadeghpour], ["naval"],
      date="2024-05-13", location=L("Muscat", "OMN")),
    E("bilateral_meeting", "held", "main", ["OMN", "IRN"], [sharji, sadeghpour],
      ["naval", "search_and_rescue", "exercises", "military_medicine"],
      date="2024-05-14", location=L("Wudam", "OMN")),
    E("exercise", "held", "background", ["OMN", "IRN"], [], ["exercises", "search_and_rescue", "naval"],
      name="search and rescue exercise", date="2023-12", location=None),
])

# ---------------------------------------------------------------- ex64
wisniewski = P("Stanislaw Wisniewski", "POL", "Vice Minister of National Defence", None,
               "Ministry of National Defence")
cho = P("Cho Hyun-jin", "KOR", "Vice Defense Minister", None, None)
seok = P("Seok Jong-hoon", "KOR", "Minister of the Defense Acquisition Program Administration", None,
         "Defense Acquisition Program Administration")
yoo = P("Yoo Byung-chul", "KOR", "Army Chief of Staff", "General", "Army")
doc("ex64_koreaherald_kr_pl_vice_minister_visit", "2024-11-20", "2024-11-18", [
    E("visit", "held", "main", ["POL", "KOR"], [wisniewski], ["defence_industry"],
      date="2024-11-18", end_date="2024-11-21", location=L(None, "KOR")),
    E("bilateral_meeting", "held", "main", ["POL", "KOR"], [wisniewski, cho],
      ["defence_industry", "logistics", "training_education", "advanced_technology"],
      date="2024-11-18", location=L("Seoul", "KOR")),
    E("bilateral_meeting", "held", "main", ["POL", "KOR"], [wisniewski, seok],
      ["defence_industry", "dialogue_consultation"], date="2024-11-19", location=L("Gwacheon", "KOR")),
    E("policy_dialogue", "planned", "main", ["KOR", "POL"], [], ["defence_industry"],
      name="first meeting of the joint working group on technology transfer and localization",
      mechanism="South Korea-Poland Joint Working Group on Technology Transfer and Localization", ordinal=1,
      date="2025-01", location=L("Warsaw", "POL")),
    E("other", "proposed", "main", ["POL", "KOR"], [seok], ["defence_industry"],
      name="MSPO International Defence Industry Exhibition",
      mechanism="MSPO International Defence Industry Exhibition", date="2025-09", location=L("Kielce", "POL")),
    E("bilateral_meeting", "planned", "main", ["POL", "KOR"], [wisniewski, yoo], ["service_to_service"],
      date="2024-11-21", location=L("Gyeryong", "KOR")),
    E("signing", "held", "background", ["KOR", "POL"], [], ["defence_industry"],
      name="framework agreement on the purchase of K2 tanks, K9 howitzers and FA-50 light combat aircraft",
      date="2022-07", location=L("Warsaw", "POL")),
    E("other", "held", "background", ["KOR", "POL"], [], ["defence_industry"],
      date="2022-12", location=L("Gdynia", "POL")),
    E("bilateral_meeting", "held", "background", ["KOR", "POL"], [], ["defence_industry"],
      date="2024-11", location=L("Warsaw", "POL")),
])

# ---------------------------------------------------------------- ex65
mannai = P("Khalid bin Ali Al Mannai", "BHR", "Minister of Defence Affairs", "Lieutenant General", None)
salman = P("Salman bin Hamad Al Khalifa", "BHR", "Crown Prince and Prime Minister", None, None)
hirayama = P("Tomoko Hirayama", "JPN", "State Minister of Defence", None, "Ministry of Defence")
bhardwaj = P("Anil Kumar Bhardwaj", "IND", "Minister of State for Defence", None, None)
wiratmaja = P("Hendra Wiratmaja", "IDN", "Deputy Minister of Defence", None, "Ministry of Defence")
rourke = P("Daniel Rourke", "USA",
           "Commander of US Naval Forces Central Command and of the Combined Maritime Forces",
           "Vice Admiral", "US Naval Forces Central Command")
MD = "IISS Manama Dialogue"
doc("ex65_gulfnews_bh_manama_dialogue", "2024-12-09", "2024-12-06", [
    E("multilateral_meeting", "held", "main", ["BHR", "JPN", "IND", "IDN", "USA"],
      [salman, mannai, hirayama, bhardwaj, wiratmaja, rourke], ["maritime_security", "cybersecurity", "naval"],
      name="20th IISS Manama Dialogue", mechanism=MD, ordinal=20,
      date="2024-12-06", end_date="2024-12-08", location=L("Manama", "BHR")),
    E("bilateral_meeting", "held", "main", ["BHR", "JPN"], [mannai, hirayama],
      ["naval", "maritime_security", "training_education", "dialogue_consultation"],
      date="2024-12-07", location=L("Manama", "BHR")),
    E("policy_dialogue", "planned", "main", ["BHR", "JPN"], [], [],
      name="first Bahrain-Japan defence dialogue", mechanism="Bahrain-Japan Defence Dialogue", ordinal=1,
      date="2025", location=L("Tokyo", "JPN")),
    E("visit", "held", "background", ["JPN", "BHR"], [], ["naval"],
      date="2024-12", location=L("Manama", "BHR")),
    E("bilateral_meeting", "held", "main", ["BHR", "IND"], [mannai, bhardwaj],
      ["training_education", "military_medicine", "high_level_exchange"],
      date="2024-12-07", location=L("Manama", "BHR")),
    E("visit", "planned", "main", ["BHR", "IND"], [mannai], [],
      location=L("New Delhi", "IND")),
    E("bilateral_meeting", "held", "main", ["BHR", "IDN"], [mannai, wiratmaja],
      ["transnational_crime", "defence_industry"], date="2024-12-08", location=L("Manama", "BHR")),
    E("multilateral_meeting", "held", "background", [], [], [],
      name="19th edition", mechanism=MD, ordinal=19, date="2023-11", location=L("Manama", "BHR")),
])

# ---------------------------------------------------------------- ex66
morozov = P("Alexei Morozov", "RUS", "Deputy Commander of the Primorye Flotilla of Diverse Forces",
            "Captain 1st Rank", "Pacific Fleet")
mkwawa = P("Juma Said Mkwawa", "TZA", "Commander of the Tanzania Naval Command", "Rear Admiral",
           "Tanzania Naval Command")
lavrentyev = P("Sergei Lavrentyev", "RUS", "Ambassador to Tanzania", None, None)
mwakalinga = P("Daniel Mwakalinga", "TZA", "Chief of Defence Forces", "General",
               "Tanzania People's Defence Forces")
moiseyev = P("Alexander Moiseyev", "RUS", "Commander-in-Chief of the Russian Navy", "Admiral", "Russian Navy")
doc("ex66_tass_ru_tz_port_call", "2025-03-05", "2025-03-04", [
    E("visit", "held", "main", ["RUS", "TZA"], [morozov, mkwawa, lavrentyev], ["naval", "maritime_security"],
      date="2025-03-04", end_date="2025-03-08", location=L("Dar es Salaam", "TZA")),
    E("bilateral_meeting", "held", "main", ["RUS", "TZA"], [morozov, mkwawa],
      ["training_education", "maritime_security"], date="2025-03-04", location=L("Dar es Salaam", "TZA")),
    E("bilateral_meeting", "planned", "main", ["RUS", "TZA"], [morozov, mwakalinga], [],
      date="2025-03-06", location=L("Dar es Salaam", "TZA")),
    E("exercise", "planned", "main", ["RUS", "TZA"], [], ["exercises", "naval"],
      name="passing exercise (PASSEX)", date="2025-03-08", location=None),
    E("other", "held", "background", ["RUS", "TZA"], [mkwawa], [],
      name="Main Naval Parade on Navy Day", date="2024-07", location=L("St. Petersburg", "RUS")),
    E("bilateral_meeting", "held", "background", ["RUS", "TZA"], [moiseyev, mkwawa], ["naval"],
      date="2024-07", location=L("St. Petersburg", "RUS")),
    E("signing", "held", "background", ["RUS", "TZA"], [], ["defence_industry"],
      name="intergovernmental agreement on military-technical cooperation"),
])

# ---------------------------------------------------------------- ex67
owusu = P("Kwesi Owusu-Ansah", "GHA", "Chief of the Defence Staff", "Vice Admiral", "Ghana Armed Forces")
reeves = P("Jonathan Reeves", "USA", "Commander of Special Operations Command Africa", "Brigadier General",
           "Special Operations Command Africa")
kone = P("Mamadou Kone", "CIV", "Deputy Chief of General Staff of the Armed Forces", "Major General",
         "Armed Forces of Cote d'Ivoire")
mahama = P("Issahaku Mahama", "GHA", "Northern Regional Minister", None, None)
sloan = P("Rebecca Sloan", "USA", "Charge d'Affaires", None, None)
SR = "Sahel Resolve"
doc("ex67_gna_gh_sahel_resolve_closing", "2023-03-10", "2023-02-20", [
    E("exercise", "held", "main", ["GHA", "CIV", "NGA", "TGO", "BEN", "MAR", "USA", "NLD", "ESP"],
      [owusu, reeves, kone, mahama, sloan],
      ["exercises", "transnational_crime", "border_management", "military_medicine", "capacity_building"],
      name="Exercise Sahel Resolve 2023", mechanism=SR,
      date="2023-02-20", end_date="2023-03-09", location=L(None, "GHA")),
    E("bilateral_meeting", "held", "main", ["GHA", "CIV"], [owusu, kone],
      ["border_management", "dialogue_consultation"], date="2023-03-09", location=L("Tamale", "GHA")),
    E("policy_dialogue", "planned", "main", ["GHA", "CIV"], [], ["border_management"],
      name="first meeting of a Ghana-Cote d'Ivoire Joint Border Security Committee",
      mechanism="Ghana-Cote d'Ivoire Joint Border Security Committee", ordinal=1,
      date="2023-06", location=L("Abidjan", "CIV")),
    E("exercise", "planned", "main", ["BEN"], [], ["exercises"],
      name="2024 edition of the exercise", mechanism=SR, date="2024", location=L(None, "BEN")),
    E("exercise", "held", "background", ["TGO"], [], ["exercises", "military_medicine"],
      name="2022 edition", mechanism=SR, date="2022", location=L(None, "TGO")),
    E("exercise", "held", "background", [], [], ["exercises"],
      name=None, mechanism=SR, ordinal=1, date="2019", location=None),
])

# ---------------------------------------------------------------- ex68
acosta = P("Mariela Acosta", "URY", "Minister of National Defence", None, "Ministry of National Defence")
ferreyra = P("Julian Ferreyra Aguirre", "ARG", "Defence Minister", None, None)
orsi = P("Yamandu Orsi", "URY", "President", None, None)
milei = P("Javier Milei", "ARG", "President", None, None)
doc("ex68_mercopress_uy_ar_sar_mou", "2025-08-14", "2025-08-12", [
    E("signing", "held", "main", ["URY", "ARG"], [acosta, ferreyra],
      ["search_and_rescue", "naval", "maritime_security", "dialogue_consultation", "training_education",
       "logistics"],
      name="memorandum of understanding on River Plate search and rescue and Antarctic logistics",
      date="2025-08-12", location=L("Montevideo", "URY")),
    E("bilateral_meeting", "held", "main", ["URY", "ARG"], [acosta, ferreyra],
      ["maritime_security", "training_education", "peacekeeping"],
      date="2025-08-12", location=L("Montevideo", "URY")),
    E("exercise", "planned", "main", ["URY", "ARG"], [], ["exercises", "search_and_rescue", "naval"],
      name="first combined search and rescue exercise under the new framework", ordinal=1,
      date="2025-11", location=None),
    E("other", "proposed", "main", ["ARG", "URY"], [], ["peacekeeping", "training_education"],
      name="joint seminar on peacekeeping training", date="2026", location=L(None, "ARG")),
    E("bilateral_meeting", "held", "background", ["URY", "ARG"], [orsi, milei], ["search_and_rescue"],
      date="2025-05", location=L("Buenos Aires", "ARG")),
    E("signing", "held", "background", ["URY", "ARG"], [], [],
      name="previous defence cooperation agreement", date="2007", location=L("Buenos Aires", "ARG")),
])

# ---------------------------------------------------------------- ex69
saoud = P("Saoud bin Abdulrahman bin Hassan Al-Thani", "QAT",
          "Deputy Prime Minister and Minister of State for Defence Affairs", None, None)
mucio = P("Jose Mucio Monteiro", "BRA", "Minister of Defence", None, "Ministry of Defence")
doc("ex69_qna_qa_br_video_call", "2025-10-08", "2025-10-08", [
    E("call", "held", "main", ["QAT", "BRA"], [saoud, mucio], ["defence_industry", "training_education"],
      date="2025-10-08", location=None),
])

# ---------------------------------------------------------------- ex70
doc("ex70_taipeitimes_tw_drone_budget_no_engagement", "2025-03-20", "", [])


if __name__ == "__main__":
    GOLD.write(ROOT)
