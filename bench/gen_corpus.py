#!/usr/bin/env python3
"""Seeded generator of a news-like benchmark corpus for `attache extract`.

Writes two JSON Lines files (one document a line: id, text, published):
  <out>/mixed.jsonl     about --mb megabytes; --relevant-share of the articles (default 10%) are
                        defence-diplomacy reports, the rest ordinary news on other subjects (markets,
                        sport, weather, health, technology, culture, city politics, trade visits).
  <out>/relevant.jsonl  the defence-diplomacy reports of mixed.jsonl alone, same ids, same order.
and <out>/manifest.json with the parameters and counts. Same seed and size -> same bytes.

All templates and vocabulary are written for this benchmark (invented people, generic phrasing).
Some ordinary-news templates deliberately carry words the relevance pre-filter looks at (a trade
minister "met" a counterpart in a named country; a museum's "military" history) so that the
pre-filter is exercised on near misses, not only on easy negatives.
"""

import argparse
import json
import os
import random
import sys

# ---------------------------------------------------------------------------------------------
# Vocabulary (invented names; real country and city names, which the engine needs to recognise)

COUNTRIES = [
    # name, demonym, capital, other city, given names, family names, ministry wording
    ("Vietnam", "Vietnamese", "Hanoi", "Da Nang", ["Van Minh", "Duc Thanh", "Quoc Bao", "Huu Tai", "Thi Lan"],
     ["Nguyen", "Tran", "Pham", "Le", "Vo"], "Ministry of National Defence"),
    ("Japan", "Japanese", "Tokyo", "Yokosuka", ["Kenji", "Haruto", "Daisuke", "Satoshi", "Emiko"],
     ["Morita", "Kanebo", "Ishikura", "Tanabe", "Oshiro"], "Ministry of Defense"),
    ("Thailand", "Thai", "Bangkok", "Sattahip", ["Somchai", "Prasert", "Niran", "Kittipong", "Suda"],
     ["Chanwong", "Sukprasert", "Thongdee", "Wattana", "Boonmee"], "Ministry of Defence"),
    ("Malaysia", "Malaysian", "Kuala Lumpur", "Lumut", ["Azlan", "Faizal", "Rashid", "Hakim", "Nurul"],
     ["Ismail", "Hamzah", "Osman", "Rahman", "Yusof"], "Ministry of Defence"),
    ("Indonesia", "Indonesian", "Jakarta", "Surabaya", ["Budi", "Agus", "Eko", "Hendra", "Sari"],
     ["Santoso", "Wibowo", "Kusuma", "Prasetyo", "Hidayat"], "Ministry of Defence"),
    ("Philippines", "Filipino", "Manila", "Subic Bay", ["Ramon", "Eduardo", "Jose", "Marites", "Carlo"],
     ["Dela Rosa", "Villanueva", "Santiago", "Bautista", "Mendoza"], "Department of National Defense"),
    ("Singapore", "Singaporean", "Singapore", "Changi", ["Wei Ming", "Kok Leong", "Boon Hwee", "Mei Ling"],
     ["Tan", "Lim", "Goh", "Ong", "Chua"], "Ministry of Defence"),
    ("Cambodia", "Cambodian", "Phnom Penh", "Ream", ["Sokha", "Vannak", "Dara", "Sophal", "Bopha"],
     ["Chea", "Sok", "Kong", "Meas", "Prak"], "Ministry of National Defence"),
    ("Laos", "Lao", "Vientiane", "Luang Prabang", ["Khamphet", "Somphone", "Bounmy", "Vilay"],
     ["Phommachanh", "Sisavath", "Keomany", "Inthavong"], "Ministry of National Defence"),
    ("Australia", "Australian", "Canberra", "Darwin", ["Andrew", "Michelle", "Peter", "Karen", "Liam"],
     ["Whitford", "Carrington", "Mallory", "Dunstan", "Pryce"], "Department of Defence"),
    ("India", "Indian", "New Delhi", "Visakhapatnam", ["Arvind", "Sunil", "Rakesh", "Meera", "Vikram"],
     ["Sharma", "Nair", "Reddy", "Malhotra", "Iyer"], "Ministry of Defence"),
    ("South Korea", "South Korean", "Seoul", "Busan", ["Min-jun", "Ji-hoon", "Seo-yeon", "Dong-hyun"],
     ["Kim", "Park", "Choi", "Jung", "Kang"], "Ministry of National Defense"),
    ("United States", "American", "Washington", "Honolulu", ["Michael", "Laura", "Robert", "Denise", "Travis"],
     ["Hollister", "Brennan", "Garver", "Stanton", "Whitaker"], "Department of Defense"),
    ("France", "French", "Paris", "Toulon", ["Laurent", "Camille", "Olivier", "Helene", "Thierry"],
     ["Moreau", "Delacroix", "Fournier", "Lambert", "Girard"], "Ministry of the Armed Forces"),
    ("New Zealand", "New Zealand", "Wellington", "Auckland", ["Hamish", "Aroha", "Callum", "Tui"],
     ["McAllister", "Te Rangi", "Fairbairn", "Holloway"], "Ministry of Defence"),
    ("Brunei", "Bruneian", "Bandar Seri Begawan", "Muara", ["Hazmi", "Rosli", "Aminah", "Zulkifli"],
     ["Abdullah", "Bakar", "Jaafar", "Salleh"], "Ministry of Defence"),
    ("Canada", "Canadian", "Ottawa", "Halifax", ["Graham", "Nathalie", "Owen", "Isabelle"],
     ["Thibodeau", "MacLeod", "Ferguson", "Bouchard"], "Department of National Defence"),
    ("Germany", "German", "Berlin", "Kiel", ["Matthias", "Katrin", "Jonas", "Ulrike"],
     ["Brandt", "Hoffmeister", "Keller", "Vogt"], "Federal Ministry of Defence"),
]

OFFICES = [
    ("Defence Minister", ["General", "Senior General", ""]),
    ("Deputy Defence Minister", ["Senior Lieutenant General", "Lieutenant General", ""]),
    ("Chief of the General Staff", ["General", "Lieutenant General"]),
    ("Chief of Defence Force", ["General", "Admiral", "Air Chief Marshal"]),
    ("Navy Chief", ["Admiral", "Vice Admiral"]),
    ("Army Chief", ["General", "Lieutenant General"]),
    ("Permanent Secretary for Defence", [""]),
    ("Director General of the Defence Foreign Affairs Department", ["Major General", "Senior Colonel"]),
    ("Defence Secretary", [""]),
]

MECH_TYPES = ["Defence Policy Dialogue", "Defence Strategic Dialogue", "Security Dialogue",
              "Defence Cooperation Committee", "Maritime Dialogue", "Defence Dialogue"]
MULTI_MECHS = ["ADMM-Plus", "ADMM", "ADSOM", "ADSOM-Plus", "ASEAN Chiefs of Defence Forces Meeting"]

AREAS = [
    "maritime security", "UN peacekeeping", "search and rescue", "humanitarian assistance and disaster relief",
    "defence industry", "military medicine", "training and education", "cyber security", "counter-terrorism",
    "mine clearance", "the settlement of war legacies", "border management", "naval cooperation",
    "intelligence sharing", "military education", "logistics support", "English language training",
]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# ---------------------------------------------------------------------------------------------
# Defence-diplomacy reports


class Person:
    def __init__(self, rng, country):
        self.country = country
        office, ranks = rng.choice(OFFICES)
        self.office = office
        self.rank = rng.choice(ranks)
        given = rng.choice(country[4])
        family = rng.choice(country[5])
        # East Asian order for a few countries: family name first
        if country[0] in ("Vietnam", "Cambodia", "South Korea"):
            self.full = f"{family} {given}"
            self.short = given.split()[-1] if country[0] == "Vietnam" else family
        else:
            self.full = f"{given} {family}"
            self.short = family

    def intro(self, rng):
        rank = f"{self.rank} " if self.rank else ""
        form = rng.randrange(3)
        if form == 0:
            return f"{self.country[1]} {self.office} {rank}{self.full}"
        if form == 1:
            return f"{self.office} of {self.country[0]} {rank}{self.full}"
        return f"{rank}{self.full}, {self.country[1]} {self.office}"


def relevant_article(rng, year):
    a, b = rng.sample(COUNTRIES, 2)
    host = rng.choice((a, b))
    guest = b if host is a else a
    pa, pb = Person(rng, a), Person(rng, b)
    day = rng.choice(WEEKDAYS)
    month = rng.randrange(12)
    date_phrase = rng.choice([f"on {day}", f"on {MONTHS[month]} {rng.randint(1, 28)}", "on Wednesday morning",
                              f"on {day} afternoon"])
    city = rng.choice((host[2], host[3]))
    areas = rng.sample(AREAS, rng.randint(2, 5))
    n = rng.randint(2, 19)
    kind = rng.randrange(5)
    mech_type = rng.choice(MECH_TYPES)
    multi = rng.choice(MULTI_MECHS)
    paras = []
    if kind == 0:  # numbered bilateral dialogue
        title = f"{a[0]}, {b[0]} hold {ordinal(n)} {mech_type.lower()} in {city}"
        paras.append(f"{city.upper()} — {pa.intro(rng)} and {pb.intro(rng)} co-chaired the {ordinal(n)} "
                     f"{a[0]}-{b[0]} {mech_type} in {city} {date_phrase}.")
    elif kind == 1:  # courtesy call / bilateral meeting
        title = f"{a[1]} defence chief receives {b[1]} delegation"
        paras.append(f"{city} ({rng.choice(['AP', 'staff', 'wire', 'press office'])}) – {pa.intro(rng)} received "
                     f"{pb.intro(rng)}, who is on an official visit to {host[0]}, in {city} {date_phrase}.")
    elif kind == 2:  # meeting on the sidelines of a multilateral meeting
        title = f"Defence leaders meet on sidelines of {multi}"
        paras.append(f"{pa.intro(rng)} met {pb.intro(rng)} on the sidelines of the {multi} in {city} "
                     f"{date_phrase}, the {a[6]} said in a statement.")
    elif kind == 3:  # joint exercise / port call
        title = f"{a[0]} and {b[0]} navies open joint exercise"
        paras.append(f"The navies of {a[0]} and {b[0]} began a joint maritime exercise off {city} {date_phrase}, "
                     f"with {pa.intro(rng)} and {pb.intro(rng)} attending the opening ceremony.")
    else:  # phone call / video call
        title = f"{a[1]}, {b[1]} defence ministers hold phone talks"
        paras.append(f"{pa.intro(rng)} held a telephone conversation with {pb.intro(rng)} {date_phrase}, "
                     f"according to the {a[6]}.")
    body_pool = [
        f"Opening the talks, {pa.short} said the relationship between {a[0]} and {b[0]} had grown steadily, "
        f"with defence cooperation one of its most reliable pillars.",
        f"{pb.short} thanked the host for the warm reception and said {b[0]} valued the frank exchanges that "
        f"the annual meeting made possible.",
        f"The two sides reviewed the outcomes of previous meetings and briefed each other on the regional "
        f"security situation, including developments in the {rng.choice(['South China Sea', 'Indian Ocean', 'Pacific', 'Mekong region'])}.",
        f"They agreed to strengthen cooperation in {', '.join(areas[:-1])} and {areas[-1]}.",
        f"{pa.short} proposed that the two militaries expand delegation exchanges at all levels and step up "
        f"cooperation in {rng.choice(areas)}.",
        f"According to the {b[6]}, the delegation also visited a {rng.choice(['naval base', 'military academy', 'training centre', 'defence factory'])} "
        f"in {rng.choice((host[2], host[3]))} during the {rng.randint(2, 5)}-day trip.",
        f"{pb.short} expressed support for {a[0]}'s position on resolving disputes through peaceful means "
        f"in line with international law.",
        f"The {rng.choice(ORD)} session of the dialogue was held in {guest[2]} in {year - 1}.",
        f"Both sides agreed to hold the {ordinal(n + 1)} dialogue in {guest[0]} next year.",
        f"Later the same day, {pb.short} paid a courtesy call on the {a[1]} {rng.choice(['Prime Minister', 'Deputy Prime Minister', 'Foreign Minister'])}.",
        f"The two ministries signed a memorandum of understanding on {rng.choice(areas)} at the end of the meeting.",
        f"Officers from both sides will meet again at the {multi} in {rng.choice(MONTHS)}.",
        f"Analysts said the meeting reflected a broader effort by {a[0]} to diversify its security partners "
        f"at a time of uncertainty in the region.",
        f"{pa.short} also invited {pb.short} to attend the defence exhibition that {a[0]} will host in {year + 1}.",
    ]
    rng.shuffle(body_pool)
    paras.extend(body_pool[: rng.randint(9, 14)])
    paras.extend(ordinary_filler(rng, rng.randint(5, 10)))
    return title + "\n\n" + "\n\n".join(paras)


# ---------------------------------------------------------------------------------------------
# Ordinary news

COMPANIES = ["Larkfield Holdings", "Orbis Foods", "Meridian Textiles", "Crestline Motors", "Halvorsen Shipping",
             "Brightwater Energy", "Tamsin Retail", "Quillon Software", "Pelham Cement", "Norwick Pharma"]
TEAMS = ["Riverside United", "Northgate Rovers", "Harbour City", "Eastfield Athletic", "Kingsbridge Wanderers",
         "Port Arlen FC", "Valemont Rangers", "Summerhill Town"]
PEOPLE = ["Anna Rowley", "David Okafor", "Priya Raman", "Tom Castell", "Lucia Ferraz", "Marcus Lindqvist",
          "Sophie Marchetti", "Kwame Mensah", "Elena Novak", "Hiro Takada", "Grace Whitmore", "Omar Haddad"]
FOODS = ["rice", "coffee", "palm oil", "wheat", "sugar", "rubber", "shrimp", "durian"]
DISEASES = ["dengue fever", "seasonal influenza", "measles", "hand, foot and mouth disease"]


def ordinary_filler(rng, k):
    pool = [
        f"Prices of {rng.choice(FOODS)} rose {rng.randint(1, 9)}.{rng.randint(0, 9)} percent last month, "
        f"the statistics office said.",
        f"Traffic on the main ring road was slow throughout the morning because of roadworks near the "
        f"{rng.choice(['central station', 'airport exit', 'river bridge', 'port gate'])}.",
        f"The weather service expects {rng.choice(['light rain', 'clear skies', 'strong winds', 'high humidity'])} "
        f"for the rest of the week, with temperatures between {rng.randint(18, 24)} and {rng.randint(25, 36)} degrees.",
        f"Local officials said the new bus line would open in {rng.choice(MONTHS)} after a delay of several weeks.",
        f"Shares of {rng.choice(COMPANIES)} closed {rng.choice(['higher', 'lower', 'flat'])} on the day.",
        f"Tickets for the weekend concert sold out within {rng.randint(2, 50)} minutes of going on sale.",
        f"A spokesperson for the city council said residents could comment on the plan until the end of the month.",
        f"The museum will stay open late on Fridays during the summer, its director said.",
        f"Police closed {rng.randint(2, 9)} streets in the old quarter for a night market that drew large crowds.",
        f"The university announced scholarships for {rng.randint(20, 300)} students from rural provinces.",
        f"Water supply will be cut in parts of the {rng.choice(['northern', 'western', 'southern'])} district on "
        f"{rng.choice(WEEKDAYS)} for pipe repairs, the utility said.",
        f"The airport handled {rng.randint(1, 9)}.{rng.randint(0, 9)} million passengers in the first half of the year.",
        f"A new cycling path along the canal is due to be finished before the rainy season.",
        f"Fishermen reported a good catch after several days of calm seas.",
        f"The central bank kept its main interest rate at {rng.randint(1, 6)}.{rng.choice(['0', '25', '5', '75'])} percent.",
        f"Organisers of the book fair said {rng.randint(100, 400)} publishers had registered, a record.",
    ]
    return rng.sample(pool, min(k, len(pool)))


def market_article(rng, year):
    co = rng.choice(COMPANIES)
    p = rng.choice(PEOPLE)
    return "\n\n".join([
        f"{co} reports {rng.choice(['higher', 'lower', 'steady'])} quarterly profit",
        f"{co} said on {rng.choice(WEEKDAYS)} that net profit for the quarter reached {rng.randint(10, 900)} million "
        f"dollars, {rng.choice(['up', 'down'])} {rng.randint(1, 40)} percent from a year earlier.",
        f"Chief executive {p} told analysts that demand had {rng.choice(['recovered', 'softened', 'held up'])} in its "
        f"main markets and that the company expected to hire about {rng.randint(50, 900)} people next year.",
        f"Revenue rose to {rng.randint(1, 20)}.{rng.randint(0, 9)} billion dollars, helped by "
        f"{rng.choice(['online sales', 'new stores', 'lower energy costs', 'a weaker currency'])}.",
        f"The board proposed a dividend of {rng.randint(5, 90)} cents a share, to be paid in {rng.choice(MONTHS)}.",
        f"Analysts had expected a smaller increase, and the shares rose {rng.randint(1, 12)} percent in early trading.",
        f"The company plans to open a second factory in {rng.choice(['the north', 'the coastal province', 'an industrial park near the port'])} "
        f"by {year + rng.randint(1, 3)}, {p} said.",
    ] + ordinary_filler(rng, rng.randint(10, 16)))


def sport_article(rng, year):
    t1, t2 = rng.sample(TEAMS, 2)
    p = rng.choice(PEOPLE)
    g1, g2 = rng.randint(0, 4), rng.randint(0, 4)
    return "\n\n".join([
        f"{t1} {g1}-{g2} {t2}: late drama at the stadium",
        f"{t1} and {t2} drew a crowd of {rng.randint(8, 60)},000 on {rng.choice(WEEKDAYS)} night for a match that was "
        f"decided only in the final minutes.",
        f"{p} opened the scoring after {rng.randint(3, 40)} minutes with a header from a corner.",
        f"The visitors pressed after the break and the goalkeeper made several saves before the equaliser.",
        f"When the two sides met last season, {t2} won {rng.randint(1, 4)}-0.",
        f"The coach said afterwards that the team had shown character and would now prepare for the cup tie next week.",
        f"{t1} remain {ORD[rng.randrange(10)]} in the table, {rng.randint(1, 12)} points behind the leaders.",
        f"Supporters will travel by special train to the away match in {rng.choice(MONTHS)}.",
    ] + ordinary_filler(rng, rng.randint(10, 16)))


def health_article(rng, year):
    d = rng.choice(DISEASES)
    return "\n\n".join([
        f"Health authorities warn of rise in {d} cases",
        f"The provincial health department recorded {rng.randint(100, 5000)} cases of {d} in the past week, "
        f"{rng.randint(5, 60)} percent more than in the previous week.",
        f"Doctors urged parents to keep children with fever at home and to seek care early.",
        f"Hospitals have added beds in their paediatric wards and extended outpatient hours.",
        f"Dr {rng.choice(PEOPLE)}, who heads the infectious diseases unit at the city hospital, said most patients "
        f"recovered within a week.",
        f"Volunteers will spray insecticide in {rng.randint(3, 30)} districts this weekend and remove standing water.",
        f"The department said vaccination coverage had reached {rng.randint(70, 98)} percent in urban areas.",
    ] + ordinary_filler(rng, rng.randint(10, 16)))


def tech_article(rng, year):
    co = rng.choice(COMPANIES)
    return "\n\n".join([
        f"{co} unveils new data centre and cloud service",
        f"{co} opened a data centre on the outskirts of the capital on {rng.choice(WEEKDAYS)}, its largest so far.",
        f"The facility will host cloud services for banks, retailers and government agencies, the company said.",
        f"It runs on {rng.randint(20, 100)} percent renewable power and uses sea water for cooling.",
        f"Cybersecurity experts welcomed the investment but said smaller firms still lacked basic protection "
        f"against ransomware.",
        f"The company expects the site to employ {rng.randint(100, 800)} people when fully operational in {year + 1}.",
        f"A software update for its accounting product will be released in {rng.choice(MONTHS)}.",
    ] + ordinary_filler(rng, rng.randint(10, 16)))


def culture_article(rng, year):
    p = rng.choice(PEOPLE)
    return "\n\n".join([
        f"Exhibition traces two centuries of city life",
        f"A new exhibition at the city museum follows the growth of the old port from a fishing village to a "
        f"trading hub, curator {p} said.",
        f"Among the objects on show are maps, shop signs, a restored tram and uniforms from the museum's "
        f"military history collection.",
        f"Visitors can listen to recordings of residents describing the markets of the 1960s.",
        f"The exhibition runs until {rng.choice(MONTHS)} {year + 1}; entry is free for students.",
        f"The museum said it had received {rng.randint(10, 90)},000 visitors since reopening after renovation.",
    ] + ordinary_filler(rng, rng.randint(10, 16)))


def trade_article(rng, year):
    # A near miss: ministers meet, named countries, no defence or diplomacy vocabulary.
    a, b = rng.sample(COUNTRIES, 2)
    p1, p2 = rng.sample(PEOPLE, 2)
    good = rng.choice(FOODS)
    return "\n\n".join([
        f"{a[0]} and {b[0]} aim to double trade in {good}",
        f"{a[1]} Trade Minister {p1} met {b[1]} Commerce Minister {p2} in {b[2]} on {rng.choice(WEEKDAYS)} to "
        f"discuss tariffs on {good} and farm machinery.",
        f"Two-way trade reached {rng.randint(2, 40)} billion dollars last year, according to customs figures.",
        f"The ministers agreed to simplify inspections at the border and to set up a working group of exporters.",
        f"Business groups from both countries will hold a fair in {a[2]} in {rng.choice(MONTHS)}.",
        f"{p2} said farmers would benefit from lower costs for fertiliser and transport.",
    ] + ordinary_filler(rng, rng.randint(10, 16)))


def city_article(rng, year):
    p = rng.choice(PEOPLE)
    return "\n\n".join([
        f"Council approves budget for flood defences and schools",
        f"The city council on {rng.choice(WEEKDAYS)} approved a budget of {rng.randint(100, 900)} million for the "
        f"coming year, with the largest share going to flood defences along the river.",
        f"Mayor {p} said the plan would protect {rng.randint(10, 90)},000 homes from seasonal flooding.",
        f"Opposition councillors criticised the delay to a new school in the eastern district.",
        f"The budget also funds {rng.randint(20, 200)} new buses and the repair of {rng.randint(5, 40)} bridges.",
        f"Residents met council officials at a public hearing last month to discuss the plan.",
    ] + ordinary_filler(rng, rng.randint(10, 16)))


ORDINARY = [market_article, sport_article, health_article, tech_article, culture_article, trade_article,
            city_article]


# ---------------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="output folder")
    ap.add_argument("--mb", type=float, default=200.0, help="size of the mixed corpus in megabytes (1e6 bytes)")
    ap.add_argument("--relevant-share", type=float, default=0.10, help="share of defence-diplomacy articles")
    ap.add_argument("--seed", type=int, default=20261123)
    args = ap.parse_args()

    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    target = int(args.mb * 1e6)
    written = 0
    docs = relevant = 0
    relevant_bytes = 0
    with open(os.path.join(args.out, "mixed.jsonl"), "w", encoding="utf-8") as mixed, \
            open(os.path.join(args.out, "relevant.jsonl"), "w", encoding="utf-8") as rel:
        while written < target:
            year = rng.randint(2018, 2026)
            published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            is_relevant = rng.random() < args.relevant_share
            text = relevant_article(rng, year) if is_relevant else rng.choice(ORDINARY)(rng, year)
            line = json.dumps({"id": f"a{docs:07d}", "text": text, "published": published}, ensure_ascii=False) + "\n"
            mixed.write(line)
            size = len(line.encode("utf-8"))
            written += size
            docs += 1
            if is_relevant:
                rel.write(line)
                relevant += 1
                relevant_bytes += size
    manifest = {"seed": args.seed, "mb": args.mb, "relevant_share": args.relevant_share, "documents": docs,
                "bytes": written, "relevant_documents": relevant, "relevant_bytes": relevant_bytes}
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    print(json.dumps(manifest), file=sys.stderr)


if __name__ == "__main__":
    main()
