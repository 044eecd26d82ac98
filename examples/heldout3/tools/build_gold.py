#!/usr/bin/env python3
"""The gold of examples/heldout3 written as data. Regenerates gold/<id>.json and published.tsv.

Run from anywhere: python3 examples/heldout3/tools/build_gold.py
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), "tools"))
from gold_builder import E, L, P, GoldSet  # noqa: E402

GOLD = GoldSet()
doc = GOLD.doc


# ---------------------------------------------------------------- ex83
morita = P("Kenji Morita", "JPN", "Commander of Escort Division 6", "Captain", "Japan Maritime Self-Defense Force")
duc = P("Le Van Duc", "VNM", "Deputy Chief of Staff of Naval Region 4", "Senior Colonel", "Vietnam People's Navy")
onishi = P("Masaru Onishi", "JPN", "Consul General in Ho Chi Minh City", None, None)
hieu = P("Do Minh Hieu", "VNM", "Commander of Naval Region 4", "Rear Admiral", "Vietnam People's Navy")
VJDPD = "Vietnam-Japan Defence Policy Dialogue"
doc("ex83_tuoitre_vn_jp_cam_ranh_port_call", "2023-04-25", "2023-04-24", [
    E("visit", "held", "main", ["JPN", "VNM"], [morita, duc, onishi], ["naval"],
      date="2023-04-24", end_date="2023-04-27", location=L("Cam Ranh", "VNM")),
    E("bilateral_meeting", "held", "main", ["JPN", "VNM"], [morita, hieu],
      ["naval", "high_level_exchange", "training_education", "search_and_rescue", "maritime_security", "exercises"],
      date="2023-04-24", location=L("Cam Ranh", "VNM")),
    E("exercise", "proposed", "main", ["VNM", "JPN"], [], ["exercises", "search_and_rescue", "naval"],
      name="joint search and rescue drill", location=L(None, "VNM")),
    E("bilateral_meeting", "planned", "main", ["JPN", "VNM"], [morita], [],
      date="2023-04-26", location=L("Cam Ranh", "VNM")),
    E("exercise", "planned", "main", ["JPN", "VNM"], [], ["exercises", "naval"],
      name="passing exercise (PASSEX)", date="2023-04-27", location=L(None, "VNM")),
    E("visit", "held", "background", ["JPN", "VNM"], [], ["naval"], date="2017-06", location=L("Cam Ranh", "VNM")),
    E("policy_dialogue", "held", "background", ["VNM", "JPN"], [], ["naval"],
      name="ninth Vietnam-Japan defense policy dialogue", mechanism=VJDPD, ordinal=9, date="2022-11",
      location=L("Tokyo", "JPN")),
])

# ---------------------------------------------------------------- ex84
salvador = P("Eduardo Salvador", "PHL", "Commander of the Eastern Mindanao Command", "Lieutenant General",
             "Armed Forces of the Philippines")
pradipta = P("Tunggul Pradipta", "IDN", "Commander of the Eastern Fleet Command", "Vice Admiral", "Indonesian Navy")
supriyanto = P("Bambang Supriyanto", "IDN", "Consul General in Davao", None, None)
catapang = P("Gregorio Pio Catapang Jr", "PHL", "Chief of Staff", "General", "Armed Forces of the Philippines")
delrosario = P("Albert del Rosario", "PHL", "Foreign Secretary", None, None)
natalegawa = P("Marty Natalegawa", "IDN", "Foreign Minister", None, None)
JBC = "Philippines-Indonesia Joint Border Committee"
doc("ex84_rappler_ph_id_border_committee", "2014-09-17", "2014-09-16", [
    E("policy_dialogue", "held", "main", ["PHL", "IDN"], [salvador, pradipta, supriyanto],
      ["border_management", "exercises", "naval", "transnational_crime", "dialogue_consultation", "maritime_security",
       "search_and_rescue"],
      name="31st meeting of the Philippines-Indonesia Joint Border Committee (JBC)", mechanism=JBC, ordinal=31,
      date="2014-09-16", end_date="2014-09-17", location=L("Davao", "PHL")),
    E("exercise", "planned", "main", ["PHL", "IDN"], [], ["exercises", "naval", "maritime_security"],
      name="CORPAT Philindo", mechanism="CORPAT Philindo", date="2014-10", location=None),
    E("exercise", "proposed", "main", ["PHL", "IDN"], [], ["exercises", "search_and_rescue", "maritime_security"],
      name="joint search and rescue exercise"),
    E("policy_dialogue", "planned", "main", ["PHL", "IDN"], [], [],
      name="32nd JBC meeting", mechanism=JBC, ordinal=32, date="2015", location=L(None, "IDN")),
    E("policy_dialogue", "held", "background", ["PHL", "IDN"], [], [],
      name="The 30th", mechanism=JBC, ordinal=30, date="2013-10", location=L("Manado", "IDN")),
    E("bilateral_meeting", "held", "main", ["IDN", "PHL"], [pradipta, catapang], [],
      date="2014-09-15", location=L("Quezon City", "PHL")),
    E("signing", "held", "background", ["PHL", "IDN"], [delrosario, natalegawa], ["border_management"],
      name="agreement on the delimitation of the two countries' overlapping exclusive economic zones",
      date="2014-05-23", location=L("Manila", "PHL")),
    E("signing", "held", "background", ["PHL", "IDN"], [], ["border_management"],
      name="1975 border agreement", date="1975", location=None),
])

# ---------------------------------------------------------------- ex85
wei = P("Wei Fenghe", "CHN", "State Councilor and Minister of National Defense", None, "Ministry of National Defense")
chansamone = P("Chansamone Chanyalath", "LAO", "Minister of National Defense", "Lieutenant General",
               "Ministry of National Defense")
vinh = P("Nguyen Chi Vinh", "VNM", "Deputy Defense Minister", "Senior Lieutenant General", None)
hayat = P("Zubair Mahmood Hayat", "PAK", "Chairman of the Joint Chiefs of Staff Committee", "General", None)
BXF = "Beijing Xiangshan Forum"
VCBX = "Vietnam-China Border Defence Friendship Exchange"
doc("ex85_globaltimes_cn_xiangshan_forum_sidelines", "2019-10-21", "2019-10-20", [
    E("multilateral_meeting", "held", "main", ["CHN", "LAO", "VNM", "PAK"], [wei, chansamone, vinh, hayat],
      ["multilateral_support", "maritime_security"],
      name="Ninth Beijing Xiangshan Forum", mechanism=BXF, ordinal=9, date="2019-10-20", end_date="2019-10-22",
      location=L("Beijing", "CHN")),
    E("bilateral_meeting", "held", "main", ["CHN", "LAO"], [wei, chansamone],
      ["training_education", "military_medicine", "exercises", "hadr"], date="2019-10-20", location=L("Beijing", "CHN")),
    E("exercise", "planned", "main", ["CHN", "LAO"], [], ["exercises", "hadr", "military_medicine"],
      name="first joint humanitarian medical rescue exercise", ordinal=1, date="2020", location=L(None, "LAO")),
    E("bilateral_meeting", "held", "main", ["CHN", "VNM"], [wei, vinh],
      ["border_management", "naval", "peacekeeping", "dialogue_consultation"], date="2019-10-21",
      location=L("Beijing", "CHN")),
    E("other", "held", "background", ["CHN", "VNM"], [], ["border_management"],
      name="sixth China-Vietnam border defense friendship exchange", mechanism=VCBX, ordinal=6, date="2019-04",
      location=None),
    E("other", "planned", "main", ["CHN", "VNM"], [], ["border_management"],
      name="seventh exchange", mechanism=VCBX, ordinal=7, location=L(None, "CHN")),
    E("bilateral_meeting", "held", "main", ["CHN", "PAK"], [wei, hayat],
      ["exercises", "training_education", "defence_industry", "transnational_crime"], date="2019-10-21",
      location=L("Beijing", "CHN")),
    E("visit", "proposed", "main", ["CHN", "PAK"], [wei], [], location=L(None, "PAK")),
    E("multilateral_meeting", "held", "background", [], [], [],
      name="The eighth forum", mechanism=BXF, ordinal=8, date="2018-10", location=L("Beijing", "CHN")),
])

# ---------------------------------------------------------------- ex86
hisham = P("Hishammuddin Tun Hussein", "MYS", "Defence Minister", None, None)
johnston = P("David Johnston", "AUS", "Minister for Defence", None, None)
smith = P("Stephen Smith", "AUS", None, None, None)
ng = P("Ng Eng Hen", "SGP", "Defence Minister", None, None)
MAJDP = "Malaysia-Australia Joint Defence Programme Committee"
doc("ex86_malaymail_my_au_phone_call", "2013-10-09", "2013-10-08", [
    E("call", "held", "main", ["MYS", "AUS"], [hisham, johnston],
      ["maritime_security", "service_to_service", "hadr", "multilateral_support", "training_education", "exercises",
       "dialogue_consultation"], date="2013-10-08", location=None),
    E("visit", "planned", "main", ["AUS", "MYS"], [johnston], [], date="2014", location=L(None, "MYS")),
    E("policy_dialogue", "planned", "main", ["MYS", "AUS"], [], [],
      name="21st meeting of the Malaysia-Australia Joint Defence Programme (MAJDP) Committee", mechanism=MAJDP,
      ordinal=21, date="2013-11", location=L("Kuala Lumpur", "MYS")),
    E("exercise", "planned", "main", ["MYS", "AUS"], [], ["exercises"],
      name="Exercise Bersama Lima", mechanism="Exercise Bersama Lima", date="2013-10", location=L(None, "MYS"),
      groups=["FPDA"]),
    E("multilateral_meeting", "held", "background", ["MYS", "AUS"], [hisham, smith], [],
      name="12th Shangri-La Dialogue", mechanism="Shangri-La Dialogue", ordinal=12, date="2013-06",
      location=L("Singapore", "SGP")),
    E("bilateral_meeting", "held", "background", ["MYS", "AUS"], [hisham, smith], [],
      date="2013-06", location=L("Singapore", "SGP")),
    E("call", "held", "background", ["MYS", "SGP"], [hisham, ng], ["exercises"], date="2013-10-07", location=None),
])

# ---------------------------------------------------------------- ex87
ade = P("Ade Supandi", "IDN", "Chief of Staff", "Admiral", "Indonesian Navy")
zakaullah = P("Muhammad Zakaullah", "PAK", "Chief of the Naval Staff", "Admiral", "Pakistan Navy")
rashad = P("Rashad Mahmood", "PAK", "Chairman Joint Chiefs of Staff Committee", "General", None)
PINST = "Pakistan-Indonesia Navy Staff Talks"
doc("ex87_app_pk_id_navy_chief_visit", "2016-11-22", "2016-11-22", [
    E("bilateral_meeting", "held", "main", ["IDN", "PAK"], [ade, zakaullah],
      ["naval", "maritime_security", "training_education", "transnational_crime", "exercises", "dialogue_consultation"],
      date="2016-11-22", location=L("Islamabad", "PAK")),
    E("exercise", "planned", "main", ["PAK", "IDN"], [], ["exercises", "naval"],
      name="AMAN-17", mechanism="AMAN", ordinal=5, date="2017-02", location=L(None, "PAK")),
    E("exercise", "held", "background", ["PAK", "IDN"], [], ["exercises", "naval"],
      mechanism="AMAN", ordinal=1, date="2007", location=None),
    E("policy_dialogue", "planned", "main", ["PAK", "IDN"], [], [],
      name="next round of Pakistan-Indonesia Navy Staff Talks", mechanism=PINST, date="2017",
      location=L("Islamabad", "PAK")),
    E("policy_dialogue", "held", "background", ["PAK", "IDN"], [], [],
      name="The last round of the talks", mechanism=PINST, date="2015", location=L("Jakarta", "IDN")),
    E("visit", "held", "main", ["IDN", "PAK"], [ade], [],
      date="2016-11-21", end_date="2016-11-24", location=L(None, "PAK")),
    E("bilateral_meeting", "held", "main", ["IDN", "PAK"], [ade, rashad], [],
      date="2016-11-21", location=L("Rawalpindi", "PAK")),
    E("bilateral_meeting", "planned", "main", ["IDN", "PAK"], [ade], [],
      date="2016-11-23", location=L("Karachi", "PAK")),
])

# ---------------------------------------------------------------- ex88
doc("ex88_premiumtimes_ng_army_school_no_engagement", "2012-07-10", "", [])

# ---------------------------------------------------------------- ex89
onodera = P("Itsunori Onodera", "JPN", "Defense Minister", None, None)
wijewardene = P("Ruwan Wijewardene", "LKA", "State Minister of Defense", None, None)
sirisena = P("Maithripala Sirisena", "LKA", "President", None, None)
abe = P("Shinzo Abe", "JPN", "Prime Minister", None, None)
doc("ex89_japantimes_jp_lk_onodera_colombo", "2018-08-21", "2018-08-20", [
    E("bilateral_meeting", "held", "main", ["JPN", "LKA"], [onodera, wijewardene],
      ["maritime_security", "naval", "capacity_building", "hadr", "training_education", "dialogue_consultation"],
      date="2018-08-20", location=L("Colombo", "LKA")),
    E("visit", "held", "main", ["JPN", "LKA"], [onodera], [],
      date="2018-08-19", end_date="2018-08-21", location=L(None, "LKA")),
    E("signing", "held", "main", ["JPN", "LKA"], [onodera, wijewardene],
      ["high_level_exchange", "dialogue_consultation", "naval", "training_education"],
      name="memorandum on defense cooperation and exchanges", date="2018-08-20", location=L("Colombo", "LKA")),
    E("policy_dialogue", "planned", "main", ["JPN", "LKA"], [], [],
      name="vice-ministerial level defense dialogue", mechanism="Japan-Sri Lanka Defence Dialogue", ordinal=1,
      date="2019", location=L("Tokyo", "JPN")),
    E("multilateral_meeting", "proposed", "main", ["LKA", "JPN"], [onodera], [],
      name="ninth Galle Dialogue", mechanism="Galle Dialogue", ordinal=9, date="2018-10",
      location=L("Colombo", "LKA")),
    E("bilateral_meeting", "held", "main", ["JPN", "LKA"], [onodera, sirisena], ["war_legacy"],
      date="2018-08-20", location=L("Colombo", "LKA")),
    E("bilateral_meeting", "held", "background", ["JPN", "LKA"], [abe, sirisena], ["maritime_security"],
      date="2015-10", location=L("Tokyo", "JPN")),
    E("visit", "held", "background", ["JPN", "LKA"], [], ["naval"], date="2018-04", location=L("Colombo", "LKA")),
    E("exercise", "held", "background", ["JPN", "LKA"], [], ["exercises", "naval"],
      name="goodwill exercise", date="2018-04", location=L(None, "LKA")),
])

# ---------------------------------------------------------------- ex90
sunthone = P("Sunthone Sayachak", "LAO", "Chief of the General Staff", "Lieutenant General", "Lao People's Army")
kozlov = P("Andrei Kozlov", "RUS", "Deputy Commander of the Eastern Military District", "Major General",
           "Eastern Military District")
kalinin = P("Vladimir Kalinin", "RUS", "Ambassador to Laos", None, None)
shoigu = P("Sergei Shoigu", "RUS", "Defence Minister", None, None)
chansamone2 = P("Chansamone Chanyalath", "LAO", None, None, None)
thongloun = P("Thongloun Sisoulith", "LAO", "Prime Minister", None, None)
doc("ex90_sputnik_ru_la_laros_exercise", "2019-12-09", "2019-12-09", [
    E("exercise", "held", "main", ["RUS", "LAO"], [sunthone, kozlov, kalinin],
      ["exercises", "transnational_crime", "war_legacy", "hadr"],
      name="Laros-2019", mechanism="Laros", ordinal=1, date="2019-12-09", end_date="2019-12-20",
      location=L(None, "LAO")),
    E("multilateral_meeting", "held", "background", ["RUS", "LAO"], [shoigu, chansamone2], [],
      name="8th Moscow Conference on International Security", mechanism="Moscow Conference on International Security",
      ordinal=8, date="2019-04", location=L("Moscow", "RUS")),
    E("bilateral_meeting", "held", "background", ["RUS", "LAO"], [shoigu, chansamone2], ["exercises"],
      date="2019-04", location=L("Moscow", "RUS")),
    E("exercise", "planned", "main", ["RUS", "LAO"], [], ["exercises"],
      name="second Laros drills", mechanism="Laros", ordinal=2, date="2020", location=L(None, "RUS")),
    E("other", "held", "background", ["RUS", "LAO"], [thongloun], ["defence_industry"],
      date="2019-01", location=L("Vientiane", "LAO")),
])

# ---------------------------------------------------------------- ex91
whitcombe = P("Daniel Whitcombe", "USA", "Commander of Task Force 70", "Rear Admiral", None)
leesj = P("Lee Seong-jin", "KOR", "Commander of Maritime Task Flotilla 7", "Rear Admiral", "South Korean Navy")
hayashi = P("Takuya Hayashi", "JPN", "Commander of Escort Flotilla 1", "Rear Admiral",
            "Japan Maritime Self-Defense Force")
biden = P("Joe Biden", "USA", "President", None, None)
yoon = P("Yoon Suk Yeol", "KOR", "President", None, None)
kishida = P("Fumio Kishida", "JPN", "Prime Minister", None, None)
austin = P("Lloyd Austin", "USA", "Defense Secretary", None, None)
shin = P("Shin Won-sik", "KOR", "Defense Minister", None, None)
kihara = P("Minoru Kihara", "JPN", "Defense Minister", None, None)
nakatani = P("Gen Nakatani", "JPN", None, None, None)
kimyh = P("Kim Yong-hyun", "KOR", None, None, None)
doc("ex91_stripes_us_jp_kr_freedom_edge", "2024-11-14", "2024-11-13", [
    E("exercise", "held", "main", ["USA", "JPN", "KOR"], [whitcombe, leesj, hayashi],
      ["exercises", "naval", "maritime_security", "search_and_rescue", "military_medicine", "cybersecurity"],
      name="Freedom Edge", mechanism="Freedom Edge", ordinal=2, date="2024-11-13", end_date="2024-11-15",
      location=L(None, "KOR")),
    E("exercise", "held", "background", ["USA", "JPN", "KOR"], [], ["exercises", "naval"],
      name="The first Freedom Edge", mechanism="Freedom Edge", ordinal=1, date="2024-06", location=L(None, "KOR")),
    E("multilateral_meeting", "held", "background", ["USA", "KOR", "JPN"], [biden, yoon, kishida], ["exercises"],
      date="2023-08", location=L(None, "USA")),
    E("multilateral_meeting", "held", "background", ["USA", "KOR", "JPN"], [austin, shin, kihara],
      ["exercises", "dialogue_consultation"], name="trilateral ministerial meeting", date="2024-07",
      location=L("Tokyo", "JPN")),
    E("signing", "held", "background", ["USA", "KOR", "JPN"], [austin, shin, kihara],
      ["exercises", "dialogue_consultation"], name="memorandum of cooperation framework", date="2024-07",
      location=L("Tokyo", "JPN")),
    E("multilateral_meeting", "planned", "background", ["USA", "JPN", "KOR"], [austin, nakatani, kimyh], [],
      name="ASEAN Defense Ministers' Meeting-Plus", mechanism="ADMM-Plus", date="2024-11",
      location=L("Vientiane", "LAO"), groups=["ASEAN"]),
    E("multilateral_meeting", "planned", "background", ["USA", "JPN", "KOR"], [austin, nakatani, kimyh], [],
      date="2024-11", location=L("Vientiane", "LAO")),
])

# ---------------------------------------------------------------- ex92
seiha = P("Tea Seiha", "KHM", "Deputy Prime Minister and Minister of National Defence", "General",
          "Ministry of National Defence")
khamphanh = P("Khamphanh Sisavath", "LAO", "Deputy Minister of National Defence", "Lieutenant General",
              "Ministry of National Defence")
sophan = P("Mao Sophan", "KHM", "Commander-in-Chief", "General", "Royal Cambodian Armed Forces")
sakamoto = P("Kenji Sakamoto", "JPN", "Vice-Minister of Defense for International Affairs", None, "Ministry of Defense")
nemsowat = P("Nem Sowat", "KHM", "Director General of the General Department of Policy and Foreign Affairs", "General",
             "Ministry of National Defence")
KLDPD = "Cambodia-Laos Defence Policy Dialogue"
KJDPD = "Cambodia-Japan Defence Policy Dialogue"
doc("ex92_freshnews_kh_la_jp_receptions", "2025-03-12", "2025-03-12", [
    E("bilateral_meeting", "held", "main", ["KHM", "LAO"], [seiha, khamphanh],
      ["high_level_exchange", "training_education", "border_management", "transnational_crime", "dialogue_consultation"],
      date="2025-03-12", location=L("Phnom Penh", "KHM")),
    E("visit", "held", "main", ["LAO", "KHM"], [khamphanh], [],
      date="2025-03-10", end_date="2025-03-13", location=L(None, "KHM")),
    E("policy_dialogue", "planned", "main", ["KHM", "LAO"], [], [],
      name="third Cambodia-Laos Defence Policy Dialogue", mechanism=KLDPD, ordinal=3, date="2025",
      location=L("Vientiane", "LAO")),
    E("bilateral_meeting", "held", "main", ["LAO", "KHM"], [khamphanh, sophan], ["service_to_service", "border_management"],
      date="2025-03-11", location=L("Phnom Penh", "KHM")),
    E("bilateral_meeting", "held", "main", ["KHM", "JPN"], [seiha, sakamoto],
      ["war_legacy", "peacekeeping", "capacity_building", "hadr", "naval", "multilateral_support"],
      date="2025-03-12", location=L("Phnom Penh", "KHM")),
    E("policy_dialogue", "held", "main", ["KHM", "JPN"], [sakamoto, nemsowat], ["war_legacy", "peacekeeping", "hadr"],
      name="second Cambodia-Japan Defence Policy Dialogue", mechanism=KJDPD, ordinal=2, date="2025-03-11",
      location=L("Phnom Penh", "KHM")),
    E("policy_dialogue", "held", "background", ["KHM", "JPN"], [], [],
      name="The first dialogue", mechanism=KJDPD, ordinal=1, date="2023", location=L("Tokyo", "JPN")),
    E("visit", "proposed", "main", ["JPN", "KHM"], [], ["naval"], location=L(None, "KHM")),
])


if __name__ == "__main__":
    GOLD.write(ROOT)
