#!/usr/bin/env python3
"""The gold of examples/heldout5 written as data. Regenerates gold/<id>.json and published.tsv.

Run from anywhere: python3 examples/heldout5/tools/build_gold.py
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), "tools"))
from gold_builder import E, L, P, GoldSet  # noqa: E402

GOLD = GoldSet()
doc = GOLD.doc


# ---------------------------------------------------------------- ex123
salcedo = P("Ronaldo Salcedo", "PHL", "Commanding Officer", "Captain", "Philippine Navy")
tuan = P("Pham Van Tuan", "VNM", "Deputy Commander", "Senior Colonel", "Naval Region 2")
padua = P("Mary Anne Padua", "PHL", "Consul General", None, None)
liem = P("Nguyen Thanh Liem", "VNM", "Vice Chairman", None, "Ho Chi Minh City People's Committee")
HCMC = L("Ho Chi Minh City", "VNM")
doc("ex123_tuoitrenews_vn_ph_frigate_hcmc", "2016-05-18", "2016-05-17", [
    E("visit", "held", "main", ["PHL", "VNM"], [salcedo, tuan, padua], ["naval", "maritime_security"],
      date="2016-05-17", end_date="2016-05-21", location=HCMC),
    E("bilateral_meeting", "held", "main", ["PHL", "VNM"], [salcedo, liem], ["search_and_rescue", "maritime_security"],
      date="2016-05-18", location=HCMC),
    E("bilateral_meeting", "planned", "main", ["PHL", "VNM"], [salcedo], [],
      date="2016-05-19", location=HCMC),
    E("exercise", "planned", "main", ["PHL", "VNM"], [], ["exercises", "naval", "search_and_rescue"],
      name="passing exercise", date="2016-05-21", location=L(None, "VNM")),
    E("policy_dialogue", "held", "background", ["VNM", "PHL"], [], ["naval"],
      name="navy-to-navy staff talks", mechanism="Vietnam-Philippines Navy Staff Talks",
      date="2015-11", location=L("Hanoi", "VNM")),
    E("visit", "held", "background", ["VNM", "PHL"], [], ["naval"], ordinal=1,
      date="2015-04", location=L("Manila", "PHL")),
])

# ---------------------------------------------------------------- ex124
chien124 = P("Hoang Xuan Chien", "VNM", "Deputy Minister of National Defence", "Senior Lieutenant General",
             "Ministry of National Defence")
phanuwat = P("Phanuwat Chaiyakul", "THA", "Permanent Secretary for Defence", "General", None)
giang124 = P("Phan Van Giang", "VNM", "Minister of National Defence", "General", "Ministry of National Defence")
VNTH = "Vietnam-Thailand Defence Policy Dialogue"
HAN = L("Hanoi", "VNM")
doc("ex124_nhandan_vn_th_policy_dialogue", "2026-03-26", "2026-03-25", [
    E("policy_dialogue", "held", "main", ["VNM", "THA"], [chien124, phanuwat],
      ["high_level_exchange", "naval", "service_to_service", "training_education", "military_medicine",
       "maritime_security", "dialogue_consultation", "defence_industry", "war_legacy", "exercises",
       "search_and_rescue"],
      name="seventh Vietnam-Thailand Defence Policy Dialogue", mechanism=VNTH, ordinal=7,
      date="2026-03-25", location=HAN),
    E("visit", "held", "main", ["THA", "VNM"], [phanuwat], [],
      date="2026-03-24", end_date="2026-03-27", location=L(None, "VNM")),
    E("policy_dialogue", "held", "background", ["VNM", "THA"], [], [],
      name="sixth dialogue", mechanism=VNTH, ordinal=6, date="2025-03", location=L("Bangkok", "THA")),
    E("exercise", "proposed", "main", ["VNM", "THA"], [], ["exercises", "search_and_rescue", "naval"],
      name="first bilateral search and rescue exercise", ordinal=1),
    E("policy_dialogue", "planned", "main", ["VNM", "THA"], [], [],
      name="eighth Vietnam-Thailand Defence Policy Dialogue", mechanism=VNTH, ordinal=8,
      date="2027", location=L(None, "THA")),
    E("other", "planned", "main", ["VNM", "THA"], [], ["defence_industry"],
      name="third Vietnam International Defence Expo", mechanism="Vietnam International Defence Expo", ordinal=3,
      date="2026-12", location=HAN),
    E("bilateral_meeting", "held", "main", ["VNM", "THA"], [giang124, phanuwat],
      ["high_level_exchange", "multilateral_support"], date="2026-03-25", location=HAN),
])

# ---------------------------------------------------------------- ex125
yamada = P("Yamada Takio", "JPN", "Ambassador to Vietnam", None, None)
chien125 = P("Hoang Xuan Chien", "VNM", "Deputy Defense Minister", "Senior Lieutenant General", None)
kishi = P("Kishi Nobuo", "JPN", "Defense Minister", None, None)
giang125 = P("Phan Van Giang", "VNM", "Defense Minister", "General", None)
suga = P("Suga Yoshihide", "JPN", "Prime Minister", None, None)
phuc = P("Nguyen Xuan Phuc", "VNM", "Prime Minister", None, None)
doc("ex125_nikkei_jp_vn_equipment_transfer", "2021-09-11", "2021-09-11", [
    E("signing", "held", "main", ["JPN", "VNM"], [yamada, chien125], ["defence_industry"],
      name="Agreement concerning the Transfer of Defense Equipment and Technology",
      date="2021-09-11", location=HAN),
    E("bilateral_meeting", "held", "main", ["JPN", "VNM"], [kishi, giang125],
      ["defence_industry", "maritime_security", "cybersecurity", "military_medicine", "peacekeeping",
       "war_legacy", "dialogue_consultation"],
      date="2021-09-11", location=HAN),
    E("policy_dialogue", "planned", "main", ["JPN", "VNM"], [], ["defence_industry"],
      name="first meeting of a new joint working group on defense equipment",
      mechanism="Japan-Vietnam Joint Working Group on Defense Equipment", ordinal=1,
      date="2021", location=L("Tokyo", "JPN")),
    E("visit", "held", "background", ["JPN", "VNM"], [suga], [], date="2020-10", location=L(None, "VNM")),
    E("bilateral_meeting", "held", "background", ["JPN", "VNM"], [suga, phuc], ["defence_industry"],
      date="2020-10", location=HAN),
    E("call", "held", "background", ["JPN", "VNM"], [kishi, giang125], ["defence_industry"],
      date="2021-05", location=None),
])

# ---------------------------------------------------------------- ex126
wei = P("Wei Fenghe", "CHN", "Minister of National Defense", None, "Ministry of National Defense")
hayat = P("Zubair Mahmood Hayat", "PAK", "Chairman", "General", "Joint Chiefs of Staff Committee")
heng = P("Heng Chee How", "SGP", "Senior Minister of State for Defense", None, None)
sbragia = P("Chad Sbragia", "USA", "Deputy Assistant Secretary of Defense for China", None, None)
teabanh = P("Tea Banh", "KHM", "Deputy Prime Minister and Minister of National Defense", "General",
            "Ministry of National Defense")
vinh = P("Nguyen Chi Vinh", "VNM", "Deputy Minister of National Defense", "Senior Lieutenant General",
         "Ministry of National Defense")
fomin = P("Alexander Fomin", "RUS", "Deputy Defense Minister", "Colonel General", None)
BJ = L("Beijing", "CHN")
XSF = "Beijing Xiangshan Forum"
doc("ex126_chinadaily_xiangshan_forum_sidelines", "2019-10-22", "2019-10-20", [
    E("multilateral_meeting", "held", "main", ["CHN", "PAK", "SGP", "USA", "KHM", "VNM", "RUS"],
      [wei, hayat, heng, sbragia, teabanh, vinh, fomin], ["maritime_security"],
      name="ninth Beijing Xiangshan Forum", mechanism=XSF, ordinal=9,
      date="2019-10-20", end_date="2019-10-22", location=BJ),
    E("bilateral_meeting", "held", "main", ["CHN", "KHM"], [wei, teabanh],
      ["training_education", "logistics", "exercises", "hadr", "transnational_crime"],
      date="2019-10-20", location=BJ),
    E("exercise", "planned", "main", ["CHN", "KHM"], [], ["exercises", "hadr", "transnational_crime"],
      name="Golden Dragon 2020", mechanism="Golden Dragon", date="2020-03", location=L(None, "KHM")),
    E("visit", "proposed", "main", ["CHN", "KHM"], [wei], [], location=L(None, "KHM")),
    E("bilateral_meeting", "held", "main", ["CHN", "VNM"], [wei, vinh],
      ["border_management", "dialogue_consultation", "multilateral_support"],
      date="2019-10-21", location=BJ),
    E("other", "planned", "main", ["CHN", "VNM"], [], ["border_management"],
      name="seventh China-Vietnam border defense friendship exchange",
      mechanism="Vietnam-China Border Defence Friendship Exchange", ordinal=7, date="2020", location=L(None, "VNM")),
    E("bilateral_meeting", "held", "main", ["CHN", "RUS"], [wei, fomin],
      ["defence_industry", "training_education", "exercises"], date="2019-10-20", location=BJ),
    E("exercise", "held", "background", ["CHN", "RUS"], [], ["exercises"],
      name="first joint strategic air patrol", ordinal=1, date="2019-07", location=None),
    E("multilateral_meeting", "held", "background", [], [], [],
      name="Last year's edition, the eighth", mechanism=XSF, ordinal=8, date="2018-10", location=BJ),
])

# ---------------------------------------------------------------- ex127
lorenzana127 = P("Delfin Lorenzana", "PHL", "Defense Secretary", None, None)
jeong = P("Jeong Kyeong-doo", "KOR", "Minister of National Defense", None, "Ministry of National Defense")
doc("ex127_gmanews_ph_kr_phone_call", "2020-07-16", "2020-07-15", [
    E("call", "held", "main", ["PHL", "KOR"], [lorenzana127, jeong],
      ["defence_industry", "logistics", "dialogue_consultation", "training_education"],
      date="2020-07-15", location=None),
    E("policy_dialogue", "planned", "main", ["PHL", "KOR"], [], [],
      name="sixth Philippines-Korea Defense Policy Dialogue", mechanism="Philippines-South Korea Defence Policy Dialogue",
      ordinal=6, date="2020-09", location=None),
    E("visit", "proposed", "main", ["PHL", "KOR"], [lorenzana127], [], location=L("Seoul", "KOR")),
    E("multilateral_meeting", "held", "background", ["PHL", "KOR"], [lorenzana127, jeong], [],
      name="ASEAN Defense Ministers' Meeting-Plus", mechanism="ADMM-Plus",
      date="2019-11", location=L("Bangkok", "THA"), groups=["ASEAN"]),
    E("bilateral_meeting", "held", "background", ["PHL", "KOR"], [lorenzana127, jeong], [],
      date="2019-11", location=L("Bangkok", "THA")),
    E("other", "held", "background", ["KOR", "PHL"], [], ["naval"],
      date="2019-08", location=L("Jinhae", "KOR")),
])

# ---------------------------------------------------------------- ex128
bambang = P("Bambang Sriyono", "IDN", "Commander", "Major General",
            "Tanjungpura Military Regional Command (Kodam XII/Tanjungpura)")
rodzi = P("Ahmad Rodzi Mat Saad", "MYS", "Commander", "Major General", "1st Infantry Division")
hendra = P("Hendra Halim", "IDN", "Consul in Kuching", None, None)
morshidi = P("Mohamad Morshidi Abdul Ghani", "MYS", "Sarawak State Secretary", None, None)
RBC = "Malaysia-Indonesia Regional Border Committee"
KCH = L("Kuching", "MYS")
doc("ex128_borneopost_my_id_border_courtesy_call", "2012-08-15", "2012-08-14", [
    E("bilateral_meeting", "held", "main", ["IDN", "MYS"], [bambang, rodzi, hendra],
      ["border_management", "transnational_crime", "exercises", "hadr", "high_level_exchange",
       "dialogue_consultation"],
      date="2012-08-14", location=KCH),
    E("exercise", "proposed", "main", ["IDN", "MYS"], [], ["exercises", "border_management", "transnational_crime"],
      name="coordinated patrols"),
    E("visit", "proposed", "main", ["MYS", "IDN"], [rodzi], [], date="2012", location=L("Pontianak", "IDN")),
    E("policy_dialogue", "planned", "main", ["MYS", "IDN"], [], ["border_management", "exercises"],
      name="next meeting of the Malaysia-Indonesia Regional Border Committee (RBC) for Sarawak and West Kalimantan",
      mechanism=RBC, date="2012-11", location=L("Pontianak", "IDN")),
    E("policy_dialogue", "held", "background", ["MYS", "IDN"], [rodzi], ["border_management"],
      name="previous RBC meeting", mechanism=RBC, date="2012-03", location=KCH),
    E("bilateral_meeting", "planned", "main", ["IDN", "MYS"], [bambang, morshidi], [],
      date="2012-08-15", location=KCH),
])

# ---------------------------------------------------------------- ex129
sakchai = P("Sakchai Thongkam", "THA", "Exercise Director", "Air Marshal", "Royal Thai Air Force")
tan = P("Tan Boon Kiat", "SGP", "Exercise Director", "Brigadier General", "Republic of Singapore Air Force")
harrell = P("Thomas K. Harrell", "USA", "Exercise Director", "Brigadier General", "U.S. Air Force")
chandler = P("Carrol H. Chandler", "USA", "Commander", "General", "Pacific Air Forces")
itthaporn = P("Itthaporn Subhawong", "THA", "Commander-in-Chief", "Air Chief Marshal", "Royal Thai Air Force")
doc("ex129_stripes_cope_tiger_2009", "2009-03-21", "2009-03-09", [
    E("exercise", "held", "main", ["USA", "THA", "SGP"], [sakchai, tan, harrell], ["exercises", "search_and_rescue"],
      name="Cope Tiger 09", mechanism="Cope Tiger", ordinal=15,
      date="2009-03-09", end_date="2009-03-20", location=L(None, "THA")),
    E("bilateral_meeting", "held", "main", ["USA", "THA"], [chandler, itthaporn], ["exercises", "training_education"],
      date="2009-03-18", location=L("Korat", "THA")),
    E("exercise", "held", "background", ["THA", "USA"], [], ["exercises"],
      name="Cobra Gold", mechanism="Cobra Gold", date="2009-02", location=L(None, "THA")),
    E("exercise", "planned", "main", ["THA", "SGP", "USA"], [], ["exercises"],
      name="Cope Tiger 10", mechanism="Cope Tiger", date="2010-03", location=L(None, "THA")),
])

# ---------------------------------------------------------------- ex130
mubarak = P("Mohammed bin Mubarak bin Fadhel Al Mazrouei", "ARE", "Minister of State for Defence Affairs", None, None)
khaled = P("Mohamed Khaled Nordin", "MYS", "Minister of Defence", None, "Ministry of Defence")
dhaheri = P("Matar Salem Ali Al Dhaheri", "ARE", "Under-Secretary", None, "Ministry of Defence")
azman = P("Azman Mohd Isa", "MYS", "Ambassador to the UAE", None, None)
essa = P("Essa Saif bin Ablan Al Mazrouei", "ARE", "Chief of Staff", "Lieutenant General", "UAE Armed Forces")
rahman = P("Mohammad Ab Rahman", "MYS", "Chief of Defence Force", "General", None)
AUH = L("Abu Dhabi", "ARE")
doc("ex130_gulfnews_ae_my_official_visit", "2024-10-09", "2024-10-08", [
    E("visit", "held", "main", ["MYS", "ARE"], [khaled, rahman], ["defence_industry"],
      date="2024-10-07", end_date="2024-10-09", location=L(None, "ARE")),
    E("bilateral_meeting", "held", "main", ["ARE", "MYS"], [mubarak, khaled, dhaheri, azman],
      ["training_education", "defence_industry", "maritime_security", "dialogue_consultation", "exercises", "naval"],
      date="2024-10-08", location=AUH),
    E("policy_dialogue", "planned", "main", ["ARE", "MYS"], [], [],
      name="joint defence cooperation committee", mechanism="UAE-Malaysia Joint Defence Cooperation Committee",
      ordinal=1, date="2025", location=L("Kuala Lumpur", "MYS")),
    E("exercise", "proposed", "main", ["ARE", "MYS"], [], ["exercises", "naval", "maritime_security"]),
    E("other", "planned", "main", ["MYS", "ARE"], [], ["defence_industry"],
      name="Defence Services Asia (DSA) exhibition", mechanism="Defence Services Asia",
      date="2026-04", location=L("Kuala Lumpur", "MYS")),
    E("bilateral_meeting", "held", "main", ["MYS", "ARE"], [khaled, essa], ["training_education", "peacekeeping"],
      date="2024-10-07", location=AUH),
    E("other", "held", "background", ["ARE", "MYS"], [khaled, mubarak], ["defence_industry"],
      name="International Defence Exhibition and Conference (IDEX)", mechanism="IDEX",
      date="2023-02", location=AUH),
    E("bilateral_meeting", "held", "background", ["ARE", "MYS"], [khaled, mubarak], [],
      date="2023-02", location=AUH),
])

# ---------------------------------------------------------------- ex131
doc("ex131_mizzima_mm_defence_budget_no_engagement", "2018-03-13", "", [])

# ---------------------------------------------------------------- ex132
ryamizard = P("Ryamizard Ryacudu", "IDN", "Defense Minister", None, None)
hisham = P("Hishammuddin Hussein", "MYS", "Defense Minister", None, None)
lorenzana132 = P("Delfin Lorenzana", "PHL", "Defense Secretary", None, None)
gatot = P("Gatot Nurmantyo", "IDN", "Commander", "General", "Indonesian Military (TNI)")
affandi = P("Raja Mohamed Affandi Raja Mohamed Noor", "MYS", "Chief", "General", "Malaysian Armed Forces")
ano = P("Eduardo Año", "PHL", "Chief of Staff", "General", "Armed Forces of the Philippines")
maliki = P("Maliki Osman", "SGP", "Senior Minister of State for Defense", None, None)
aziz = P("Abdul Aziz Mohd Tamit", "BRN", "Deputy Minister of Defense", None, "Ministry of Defense")
TRK = L("Tarakan", "IDN")
TRI = "Indonesia-Malaysia-Philippines Trilateral Defence Ministers' Meeting"
doc("ex132_jakartaglobe_id_my_ph_trilateral_patrol", "2017-06-20", "2017-06-19", [
    E("exercise", "held", "main", ["IDN", "MYS", "PHL", "SGP", "BRN"],
      [ryamizard, hisham, lorenzana132, gatot, affandi, ano, maliki, aziz],
      ["exercises", "naval", "maritime_security", "transnational_crime", "dialogue_consultation"],
      name="Trilateral Maritime Patrol", mechanism="Trilateral Maritime Patrol",
      date="2017-06-19", location=TRK),
    E("multilateral_meeting", "held", "main", ["IDN", "MYS", "PHL"], [ryamizard, hisham, lorenzana132],
      ["exercises", "maritime_security", "transnational_crime"],
      name="fourth trilateral meeting", mechanism=TRI, ordinal=4, date="2017-06-19", location=TRK),
    E("exercise", "planned", "main", ["IDN", "MYS", "PHL"], [], ["exercises", "maritime_security"],
      name="coordinated air patrols", date="2017-10", location=L("Subang", "MYS")),
    E("exercise", "proposed", "main", ["IDN", "MYS", "PHL"], [], ["exercises", "transnational_crime"],
      name="joint land exercise", date="2018"),
    E("multilateral_meeting", "held", "background", ["IDN", "MYS", "PHL"], [ryamizard, hisham, lorenzana132],
      ["maritime_security"],
      name="The ministers' previous meeting", mechanism=TRI, date="2016-08", location=L("Nusa Dua", "IDN")),
    E("signing", "held", "background", ["IDN", "MYS", "PHL"], [], ["maritime_security", "exercises"],
      name="framework arrangement", date="2016-07", location=L("Jakarta", "IDN")),
    E("bilateral_meeting", "held", "main", ["IDN", "PHL"], [ryamizard, lorenzana132],
      ["hadr", "transnational_crime", "dialogue_consultation"], date="2017-06-19", location=TRK),
])


if __name__ == "__main__":
    GOLD.write(ROOT)
