#!/usr/bin/env python3
"""The gold of examples/fresh2 written as data. Regenerates gold/<id>.json and published.tsv.

Run from anywhere: python3 examples/fresh2/tools/build_gold.py
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), "tools"))
from gold_builder import E, L, P, GoldSet  # noqa: E402

GOLD = GoldSet()
doc = GOLD.doc


# ---------------------------------------------------------------- ex71
thanasak = P("Thanasak Patimaprakorn", "THA", "Supreme Commander", "General", "Royal Thai Armed Forces")
souvone = P("Souvone Leuangbounmy", "LAO", "Chief of the General Staff", "Lieutenant General", "Lao People's Army")
bounleuth = P("Bounleuth Sengsouvanh", "LAO", "Deputy Chief of the General Staff", "Major General", "Lao People's Army")
sompong = P("Sompong Thiranukul", "THA", "Ambassador to Laos", None, None)
douangchay = P("Douangchay Phichit", "LAO", "Minister of National Defence", "Lieutenant General", "Ministry of National Defence")
sukumpol = P("Sukumpol Suwanatat", "THA", "Defence Minister", "Air Chief Marshal", None)
thongsing = P("Thongsing Thammavong", "LAO", "Prime Minister", None, None)
songkitti = P("Songkitti Jaggabatara", "THA", "Supreme Commander", "General", None)
LAGBC = "Laos-Thailand General Border Committee"
doc("ex71_vientianetimes_la_th_supreme_commander", "2012-11-23", "2012-11-21", [
    E("visit", "held", "main", ["THA", "LAO"], [thanasak, bounleuth, sompong], [],
      date="2012-11-21", end_date="2012-11-23", location=L(None, "LAO")),
    E("bilateral_meeting", "held", "main", ["THA", "LAO"], [thanasak, souvone],
      ["border_management", "transnational_crime", "training_education", "exercises", "hadr", "dialogue_consultation"],
      date="2012-11-21", location=L("Vientiane", "LAO")),
    E("exercise", "planned", "main", ["LAO", "THA"], [], ["exercises", "hadr"],
      name="first joint table-top exercise on disaster relief", ordinal=1, date="2013", location=L(None, "THA")),
    E("policy_dialogue", "planned", "main", ["LAO", "THA"], [], ["border_management"],
      name="11th meeting of the Lao-Thai General Border Committee (GBC)", mechanism=LAGBC, ordinal=11,
      date="2013", location=L(None, "THA")),
    E("signing", "held", "main", ["THA", "LAO"], [thanasak, souvone],
      ["hadr", "dialogue_consultation", "search_and_rescue", "training_education"],
      name="memorandum of understanding on cooperation in humanitarian assistance and disaster relief",
      date="2012-11-21", location=L("Vientiane", "LAO")),
    E("policy_dialogue", "held", "background", ["LAO", "THA"], [douangchay, sukumpol], ["border_management"],
      name="10th GBC meeting", mechanism=LAGBC, ordinal=10, date="2012-06", location=L("Luang Prabang", "LAO")),
    E("bilateral_meeting", "held", "main", ["THA", "LAO"], [thanasak, douangchay], ["war_legacy", "high_level_exchange"],
      date="2012-11-22", location=L("Vientiane", "LAO")),
    E("bilateral_meeting", "held", "main", ["THA", "LAO"], [thanasak, thongsing], ["border_management"],
      date="2012-11-22", location=L("Vientiane", "LAO")),
    E("visit", "held", "background", ["LAO", "THA"], [souvone], [], date="2012-01", location=L("Bangkok", "THA")),
    E("visit", "held", "background", ["THA", "LAO"], [songkitti], [], date="2010-03", location=L("Vientiane", "LAO")),
])

# ---------------------------------------------------------------- ex72
mah = P("Min Aung Hlaing", "MMR", "Commander-in-Chief of Defence Services", "Senior General", None)
karambir = P("Karambir Singh", "IND", "Chief of the Naval Staff", "Admiral", "Indian Navy")
myatunoo = P("Mya Tun Oo", "MMR", "Chief of the General Staff (Army, Navy and Air)", "General", None)
tinaungsan = P("Tin Aung San", "MMR", "Commander-in-Chief (Navy)", "Admiral", None)
saurabh = P("Saurabh Kumar", "IND", "Ambassador to Myanmar", None, None)
fomin = P("Alexander Fomin", "RUS", "Deputy Minister of Defence", "Colonel General", "Ministry of Defence")
listopadov = P("Nikolay Listopadov", "RUS", "Ambassador to Myanmar", None, None)
doc("ex72_gnlm_mm_in_ru_receptions", "2019-10-17", "2019-10-16", [
    E("bilateral_meeting", "held", "main", ["MMR", "IND"], [mah, karambir, myatunoo, tinaungsan, saurabh],
      ["naval", "maritime_security", "training_education"], date="2019-10-16", location=L("Nay Pyi Taw", "MMR")),
    E("visit", "held", "background", ["MMR", "IND"], [mah], [], date="2019-07", location=L(None, "IND")),
    E("signing", "held", "background", ["IND", "MMR"], [], [],
      name="memorandum of understanding on defence cooperation", date="2019-07", location=L(None, "IND")),
    E("visit", "held", "main", ["IND", "MMR"], [karambir], [],
      date="2019-10-14", end_date="2019-10-17", location=L(None, "MMR")),
    E("bilateral_meeting", "held", "main", ["IND", "MMR"], [karambir, tinaungsan], ["naval", "exercises"],
      date="2019-10-15", location=L("Nay Pyi Taw", "MMR")),
    E("exercise", "planned", "main", ["IND", "MMR"], [], ["exercises", "naval"],
      name="second India-Myanmar Naval Exercise (IMNEX)", mechanism="IMNEX", ordinal=2, date="2020", location=None),
    E("exercise", "held", "background", ["IND", "MMR"], [], ["exercises", "naval"],
      name="The first IMNEX", mechanism="IMNEX", ordinal=1, date="2018-03", location=L(None, "IND")),
    E("bilateral_meeting", "held", "main", ["MMR", "RUS"], [mah, fomin, myatunoo, listopadov],
      ["defence_industry", "logistics", "training_education"], date="2019-10-16", location=L("Nay Pyi Taw", "MMR")),
    E("other", "planned", "main", ["RUS", "MMR"], [], ["defence_industry"],
      name="International Military-Technical Forum \"Army-2020\"", mechanism="International Military-Technical Forum Army",
      date="2020-08", location=L(None, "RUS")),
])

# ---------------------------------------------------------------- ex73
cheamon = P("Chea Mon", "KHM", "Commander of Military Region 4", "Lieutenant General", "Royal Cambodian Armed Forces")
wiboonsak = P("Wiboonsak Neeparn", "THA", "Commander of the Second Army Region", "Lieutenant General", "Royal Thai Army")
pensarun = P("Pen Sarun", "KHM", "Deputy Commander of Division 3", "Colonel", "Royal Cambodian Armed Forces")
thawatchai = P("Thawatchai Rakphong", "THA", "Defence Attache", "Colonel", None)
hor = P("Hor Namhong", "KHM", "Foreign Minister", None, None)
tej = P("Tej Bunnag", "THA", None, None, None)
teabanh = P("Tea Banh", "KHM", "Defence Minister", None, None)
RBC = "Cambodia-Thailand Regional Border Committee"
KTGBC = "Cambodia-Thailand General Border Committee"
doc("ex73_phnompenhpost_kh_th_border_committee", "2008-08-20", "2008-08-19", [
    E("policy_dialogue", "held", "main", ["KHM", "THA"], [cheamon, wiboonsak, pensarun, thawatchai],
      ["border_management", "dialogue_consultation", "war_legacy"],
      name="meeting of the Regional Border Committee (RBC)", mechanism=RBC,
      date="2008-08-19", location=L("Siem Reap", "KHM")),
    E("policy_dialogue", "planned", "main", ["KHM", "THA"], [], ["border_management"],
      mechanism=RBC, date="2008-09", location=L(None, "THA")),
    E("bilateral_meeting", "held", "background", ["KHM", "THA"], [hor, tej], ["border_management"],
      date="2008-07-28", location=L("Siem Reap", "KHM")),
    E("policy_dialogue", "planned", "background", ["KHM", "THA"], [teabanh], ["border_management"],
      name="General Border Committee (GBC)", mechanism=KTGBC, date="2008-09", location=L(None, "THA")),
    E("policy_dialogue", "held", "background", ["KHM", "THA"], [], ["border_management"],
      mechanism=KTGBC, date="2007-03", location=L("Pattaya", "THA")),
])

# ---------------------------------------------------------------- ex74
brawner = P("Romeo Brawner Jr.", "PHL", "Chief of Staff", "General", "Armed Forces of the Philippines")
paparo = P("Samuel Paparo", "USA", "Chief", "Admiral", "US Indo-Pacific Command")
gavan = P("Ronnie Gil Gavan", "PHL", "Commandant", "Admiral", "Philippine Coast Guard")
teodoro = P("Gilberto Teodoro Jr.", "PHL", "Defense Secretary", None, None)
hegseth = P("Pete Hegseth", "USA", None, None, None)
MDB = "Mutual Defense Board-Security Engagement Board"
doc("ex74_inquirer_ph_us_mdb_seb", "2025-08-29", "2025-08-28", [
    E("policy_dialogue", "held", "main", ["PHL", "USA"], [brawner, paparo, gavan],
      ["exercises", "maritime_security", "hadr", "cybersecurity", "logistics"],
      name="annual meeting of the Mutual Defense Board-Security Engagement Board (MDB-SEB)", mechanism=MDB,
      date="2025-08-28", location=L("Quezon City", "PHL")),
    E("exercise", "planned", "main", ["PHL", "USA", "JPN", "AUS"], [], ["exercises"],
      name="41st Balikatan", mechanism="Balikatan", ordinal=41, date="2026-04", end_date="2026-05",
      location=L(None, "PHL")),
    E("bilateral_meeting", "held", "main", ["USA", "PHL"], [paparo, teodoro], ["maritime_security", "defence_industry"],
      date="2025-08-28", location=L("Quezon City", "PHL")),
    E("policy_dialogue", "held", "background", ["PHL", "USA"], [], [],
      name="Last year's MDB-SEB meeting", mechanism=MDB, date="2024-08", location=L("Baguio", "PHL")),
    E("exercise", "held", "background", ["PHL", "USA", "JPN"], [], ["exercises", "naval", "maritime_security"],
      name="maritime cooperative activity", date="2025-07", location=L(None, "PHL")),
    E("bilateral_meeting", "planned", "background", ["PHL", "USA"], [teodoro, hegseth], [],
      date="2025-09", location=L("Washington", "USA")),
])

# ---------------------------------------------------------------- ex75
hisham = P("Hishammuddin Hussein", "MYS", "Defence Minister", None, None)
shoigu = P("Sergei Shoigu", "RUS", "Defence Minister", "General of the Army", None)
dehghan = P("Hossein Dehghan", "IRN", "Defence Minister", "Brigadier General", None)
vinh = P("Nguyen Chi Vinh", "VNM", "Deputy Defence Minister", "Senior Lieutenant General", None)
MCIS = "Moscow Conference on International Security"
MYRU = "Malaysia-Russia Joint Committee on Military-Technical Cooperation"
doc("ex75_nst_my_ru_moscow_conference", "2017-04-27", "2017-04-26", [
    E("multilateral_meeting", "held", "main", ["RUS", "MYS", "IRN", "VNM"], [shoigu, hisham, dehghan, vinh],
      ["transnational_crime", "multilateral_support"],
      name="6th Moscow Conference on International Security (MCIS)", mechanism=MCIS, ordinal=6,
      date="2017-04-26", end_date="2017-04-27", location=L("Moscow", "RUS")),
    E("bilateral_meeting", "held", "main", ["MYS", "RUS"], [hisham, shoigu],
      ["logistics", "defence_industry", "dialogue_consultation"], date="2017-04-26", location=L("Moscow", "RUS")),
    E("policy_dialogue", "planned", "main", ["MYS", "RUS"], [], ["defence_industry"],
      name=MYRU, mechanism=MYRU, date="2017-09", location=L("Kuala Lumpur", "MYS")),
    E("visit", "held", "main", ["MYS", "RUS"], [hisham], [],
      date="2017-04-25", end_date="2017-04-28", location=L(None, "RUS")),
    E("bilateral_meeting", "held", "main", ["MYS", "IRN"], [hisham, dehghan], ["transnational_crime"],
      date="2017-04-26", location=L("Moscow", "RUS")),
    E("bilateral_meeting", "held", "main", ["MYS", "VNM"], [hisham, vinh], ["maritime_security"],
      date="2017-04-26", location=L("Moscow", "RUS")),
    E("multilateral_meeting", "held", "background", ["MYS", "RUS"], [hisham, shoigu], [],
      name="4th ADMM-Plus", mechanism="ADMM-Plus", ordinal=4, date="2016-11", location=L("Vientiane", "LAO"),
      groups=["ASEAN"]),
    E("bilateral_meeting", "held", "background", ["MYS", "RUS"], [hisham, shoigu], [],
      date="2016-11", location=L("Vientiane", "LAO")),
])

# ---------------------------------------------------------------- ex76
chatchai = P("Chatchai Srisuwan", "THA", "Chief of Defence Forces", "General", None)
ellison = P("Margaret Ellison", "USA", "Ambassador to Thailand", None, None)
hollis = P("Mark Hollis", "USA", "Commanding General", "Lieutenant General", "US III Marine Expeditionary Force")
doc("ex76_nation_th_cobra_gold", "2026-02-24", "2026-02-24", [
    E("exercise", "held", "main", ["THA", "USA", "SGP", "JPN", "IDN", "KOR", "MYS", "CHN", "IND"],
      [chatchai, ellison, hollis], ["exercises", "hadr", "cybersecurity"],
      name="Cobra Gold 2026", mechanism="Cobra Gold", ordinal=45, date="2026-02-24", end_date="2026-03-06",
      location=L(None, "THA")),
    E("exercise", "held", "background", ["THA", "USA"], [], ["exercises"],
      name="Cobra Gold", mechanism="Cobra Gold", ordinal=1, date="1982", location=None),
    E("exercise", "held", "background", [], [], ["exercises"],
      name="The 44th edition", mechanism="Cobra Gold", ordinal=44, date="2025", location=None),
    E("bilateral_meeting", "held", "main", ["THA", "USA"], [chatchai, hollis], ["exercises", "naval"],
      date="2026-02", location=L("Bangkok", "THA")),
    E("exercise", "planned", "main", ["THA", "USA"], [], ["exercises", "naval"],
      name="Rim of the Pacific (RIMPAC) exercise", mechanism="RIMPAC", date="2026-06", end_date="2026-07",
      location=L(None, "USA")),
    E("exercise", "planned", "main", ["THA", "USA"], [], ["exercises", "naval"],
      name="CARAT Thailand", mechanism="CARAT Thailand", date="2026-08", location=None),
])

# ---------------------------------------------------------------- ex77
motegi = P("Motegi Toshimitsu", "JPN", "Foreign Minister", None, None)
kishi = P("Kishi Nobuo", "JPN", "Defense Minister", None, None)
retno = P("Retno Marsudi", "IDN", "Foreign Minister", None, None)
prabowo = P("Prabowo Subianto", "IDN", "Defense Minister", None, None)
suga = P("Suga Yoshihide", "JPN", "Prime Minister", None, None)
JI22 = "Japan-Indonesia Foreign and Defence Ministerial Meeting"
doc("ex77_nhk_jp_id_two_plus_two", "2021-03-30", "2021-03-30", [
    E("policy_dialogue", "held", "main", ["JPN", "IDN"], [motegi, kishi, retno, prabowo],
      ["maritime_security", "capacity_building", "training_education", "exercises", "dialogue_consultation"],
      name="second \"two-plus-two\" meeting", mechanism=JI22, ordinal=2, date="2021-03-30",
      location=L("Tokyo", "JPN")),
    E("exercise", "proposed", "main", ["JPN", "IDN"], [], ["exercises", "naval"],
      name="first bilateral exercise between the Maritime Self-Defense Force and the Indonesian Navy", ordinal=1,
      location=L(None, "IDN")),
    E("policy_dialogue", "planned", "main", ["JPN", "IDN"], [], [],
      name="next two-plus-two meeting", mechanism=JI22, location=L("Jakarta", "IDN")),
    E("signing", "held", "main", ["JPN", "IDN"], [kishi, prabowo], ["defence_industry"],
      name="agreement on the transfer of defense equipment and technology", date="2021-03-30",
      location=L("Tokyo", "JPN")),
    E("policy_dialogue", "held", "background", ["JPN", "IDN"], [], [],
      name="The first two-plus-two meeting", mechanism=JI22, ordinal=1, date="2015-12", location=L("Tokyo", "JPN")),
    E("bilateral_meeting", "held", "main", ["IDN", "JPN"], [prabowo, retno, suga], [],
      date="2021-03-30", location=L("Tokyo", "JPN")),
    E("visit", "held", "background", ["JPN", "IDN"], [suga], [], date="2020-10", location=L("Jakarta", "IDN")),
])

# ---------------------------------------------------------------- ex78
gawad = P("Mahmoud Fouad Abdel-Gawad", "EGY", "Commander of the Egyptian Air Force", "Lieutenant General", "Egyptian Air Force")
liao = P("Liao Liqiang", "CHN", "Ambassador to Egypt", None, None)
yang = P("Yang Zhenhai", "CHN", "Deputy Commander of the PLA Western Theater Command Air Force", "Major General",
         "PLA Western Theater Command Air Force")
majun = P("Ma Jun", "CHN", "Commander of the Chinese participating troops", "Senior Colonel", None)
EOC = "Eagles of Civilization"
doc("ex78_chinamil_cn_eg_air_training", "2025-05-05", "2025-04-19", [
    E("exercise", "held", "main", ["CHN", "EGY"], [gawad, liao, yang, majun], ["exercises", "search_and_rescue"],
      name="Eagles of Civilization-2025", mechanism=EOC, ordinal=1, date="2025-04-19", end_date="2025-05-04",
      location=L(None, "EGY")),
    E("bilateral_meeting", "held", "main", ["EGY", "CHN"], [gawad, yang],
      ["service_to_service", "exercises", "training_education"], date="2025-05-04", location=L(None, "EGY")),
    E("exercise", "planned", "main", ["CHN", "EGY"], [], ["exercises"],
      name="next edition", mechanism=EOC, location=L(None, "CHN")),
    E("other", "held", "background", ["EGY", "CHN"], [], ["defence_industry"],
      name="15th China International Aviation and Aerospace Exhibition (Airshow China)", mechanism="Airshow China",
      ordinal=15, date="2024-11", location=L("Zhuhai", "CHN")),
])

# ---------------------------------------------------------------- ex79
doc("ex79_hurriyet_tr_exports_no_engagement", "2014-01-03", "", [])

# ---------------------------------------------------------------- ex80
jaber = P("Jaber Mubarak Al-Hamad Al-Sabah", "KWT", "Deputy Prime Minister and Minister of Defense", None,
          "Ministry of Defense")
guillaud = P("Edouard Guillaud", "FRA", "Chief of Defense Staff", "Admiral", None)
ahmad = P("Ahmad Al-Khaled Al-Sabah", "KWT", "Chief of General Staff", "Lieutenant General", "Kuwaiti Army")
garnier = P("Jean-Paul Garnier", "FRA", "Ambassador to Kuwait", None, None)
mutairi = P("Khaled Al-Mutairi", "KWT", "Assistant Chief of General Staff for Operations and Planning",
            "Major General", None)
durand = P("Philippe Durand", "FRA", "Deputy Head of International Relations", "Rear Admiral", "French Defense Staff")
KWFR = "Kuwait-France Joint Military Committee"
doc("ex80_kuna_kw_fr_military_committee", "2010-11-16", "2010-11-16", [
    E("bilateral_meeting", "held", "main", ["KWT", "FRA"], [jaber, guillaud, ahmad, garnier],
      ["training_education", "exercises", "logistics"], date="2010-11-16", location=L("Kuwait City", "KWT")),
    E("visit", "held", "main", ["FRA", "KWT"], [guillaud], [],
      date="2010-11-15", end_date="2010-11-16", location=L(None, "KWT")),
    E("bilateral_meeting", "held", "main", ["FRA", "KWT"], [guillaud, ahmad], ["service_to_service"],
      date="2010-11-15", location=L("Kuwait City", "KWT")),
    E("policy_dialogue", "held", "main", ["KWT", "FRA"], [mutairi, durand],
      ["training_education", "exercises", "logistics"],
      name="sixth session of the Kuwaiti-French Joint Military Committee", mechanism=KWFR, ordinal=6,
      date="2010-11-15", end_date="2010-11-16", location=L("Kuwait City", "KWT")),
    E("signing", "held", "main", ["KWT", "FRA"], [mutairi, durand],
      ["training_education", "high_level_exchange", "exercises"],
      name="2011 program of military cooperation", date="2010-11-16", location=L("Kuwait City", "KWT")),
    E("exercise", "planned", "main", ["KWT", "FRA"], [], ["exercises"],
      name="third \"Pearl of the West\" joint exercise", mechanism="Pearl of the West", ordinal=3,
      date="2011-03", location=L(None, "KWT")),
    E("policy_dialogue", "held", "background", ["KWT", "FRA"], [], [],
      name="fifth session of the committee", mechanism=KWFR, ordinal=5, date="2009-10", location=L("Paris", "FRA")),
    E("signing", "held", "background", ["KWT", "FRA"], [], [],
      name="defense cooperation agreement", date="1992", location=None),
])

# ---------------------------------------------------------------- ex81
hodge = P("Rachel Hodge", "GBR", "Commanding Officer", "Commander", "Royal Navy")
suwarno = P("Suwarno", "IDN", None, "Colonel", "1st Fleet Command")
jermey = P("Dominic Jermey", "GBR", "Ambassador to Indonesia", None, None)
wibisono = P("Haryo Wibisono", "IDN", "Commander of the 1st Fleet", "Rear Admiral", "Indonesian Navy")
doc("ex81_royalnavy_gb_id_tamar_jakarta", "2024-10-17", "2024-10-14", [
    E("visit", "held", "main", ["GBR", "IDN"], [hodge, suwarno, jermey], ["naval"],
      date="2024-10-14", end_date="2024-10-18", location=L("Jakarta", "IDN")),
    E("bilateral_meeting", "held", "main", ["GBR", "IDN"], [hodge, wibisono],
      ["maritime_security", "transnational_crime", "naval"], date="2024-10-15", location=L("Jakarta", "IDN")),
    E("exercise", "planned", "main", ["GBR", "IDN"], [], ["exercises", "naval", "search_and_rescue"],
      name="passage exercise", date="2024-10-18", location=None),
    E("exercise", "held", "background", ["GBR", "PHL", "USA"], [], ["exercises", "naval"],
      name="Exercise Sama Sama", mechanism="Sama Sama", date="2024-10", location=L(None, "PHL")),
    E("visit", "held", "background", ["GBR", "IDN"], [], ["naval"], date="2013", location=L("Jakarta", "IDN")),
])

# ---------------------------------------------------------------- ex82
henare = P("Peeni Henare", "NZL", "Defence Minister", None, None)
seruiratu = P("Inia Seruiratu", "FJI", "Defence Minister", None, None)
kalouniwai = P("Jone Kalouniwai", "FJI", "Commander", "Major General", "Republic of Fiji Military Forces")
short = P("Kevin Short", "NZL", "Chief of Defence Force", "Air Marshal", None)
ardern = P("Jacinda Ardern", "NZL", "Prime Minister", None, None)
doc("ex82_rnz_nz_fj_video_call", "2022-07-14", "2022-07-13", [
    E("call", "held", "main", ["NZL", "FJI"], [henare, seruiratu],
      ["maritime_security", "hadr", "peacekeeping", "exercises", "naval"], date="2022-07-13", location=None),
    E("exercise", "planned", "main", ["NZL", "FJI"], [], ["exercises", "naval", "maritime_security"],
      name="joint patrol", date="2022-08", location=L(None, "FJI")),
    E("visit", "planned", "main", ["NZL", "FJI"], [henare], [], date="2022", location=L(None, "FJI")),
    E("visit", "held", "background", ["FJI", "NZL"], [kalouniwai], [], date="2022-05", location=L("Wellington", "NZL")),
    E("bilateral_meeting", "held", "background", ["FJI", "NZL"], [kalouniwai, short], [],
      date="2022-05", location=L("Wellington", "NZL")),
    E("multilateral_meeting", "held", "background", ["FJI", "NZL"], [ardern], [],
      name="Pacific Islands Forum Leaders Meeting", mechanism="Pacific Islands Forum Leaders Meeting",
      date="2022-07", location=L("Suva", "FJI"), groups=["Pacific Islands Forum"]),
])


if __name__ == "__main__":
    GOLD.write(ROOT)
