#!/usr/bin/env python3
"""Knowledge-base benchmark: ingest cost over extraction alone, and query latency at scale.

1. Ingest rate. bench/gen_corpus.py writes a seeded corpus; its relevant-only part is extracted
   (`attache extract`, output discarded) and ingested into a fresh SQLite store (`attache ingest`,
   which extracts too), both on the same thread count. Reported: documents/s, MB/s and the CPU-time
   (user+sys) ratio ingest / extract (target <= 1.25).
2. Query latency. A store of --occasions synthetic occasions (default 1,000,000; schema created by
   attache itself, rows bulk-loaded with the same layout the store writes) is queried with each
   `attache query` filter; attache runs each query --repeat times in-process and reports p50/p99
   (target < 50 ms).
Usage: bench_store.py --attache BUILD/attache [--out out/bench-store] [--mb 5] [--occasions 1000000]
"""
import argparse, json, os, random, re, resource, sqlite3, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))

def cpu_run(cmd, **kw):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    subprocess.run(cmd, check=True, **kw)
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

def ingest_rate(a):
    corpus = os.path.join(a.out, "corpus")
    if not os.path.exists(os.path.join(corpus, "relevant.jsonl")):
        subprocess.run([sys.executable, os.path.join(HERE, "..", "gen_corpus.py"), "--out", corpus, "--mb", str(a.mb)],
                       check=True)
    rel = os.path.join(corpus, "relevant.jsonl")
    size = os.path.getsize(rel)
    docs = sum(1 for _ in open(rel, encoding="utf-8"))
    res = {"documents": docs, "mb": size / 1e6, "threads": a.threads}
    thr = ["--threads", str(a.threads)]
    runs = []
    for _ in range(a.runs):
        w, c = cpu_run([a.attache, "extract", rel] + thr, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        db = os.path.join(a.out, "ingest.db")
        for ext in ("", "-wal", "-shm"):
            if os.path.exists(db + ext): os.remove(db + ext)
        w2, c2 = cpu_run([a.attache, "ingest", "--db", db, "--batch", "256", rel] + thr, stderr=subprocess.DEVNULL)
        runs.append((w, c, w2, c2))
    runs.sort(key=lambda r: r[3] / r[1])
    w, c, w2, c2 = runs[len(runs) // 2]
    res.update({"extract_wall_s": w, "extract_cpu_s": c, "ingest_wall_s": w2, "ingest_cpu_s": c2,
                "extract_docs_per_s": docs / w, "ingest_docs_per_s": docs / w2,
                "extract_mb_per_s": size / 1e6 / w, "ingest_mb_per_s": size / 1e6 / w2,
                "cpu_ratio": c2 / c, "wall_ratio": w2 / w})
    return res

COUNTRIES = ["VNM", "JPN", "THA", "MYS", "IDN", "PHL", "SGP", "LAO", "KHM", "IND", "AUS", "USA", "CHN", "KOR",
             "RUS", "FRA", "GBR", "DEU", "NZL", "CAN"] + [f"X{i:02d}" for i in range(60)]
KINDS = ["policy_dialogue", "bilateral_meeting", "multilateral_meeting", "visit", "call", "signing", "exercise", "other"]
AREAS = ["high_level_exchange", "maritime_security", "peacekeeping", "defence_industry", "training_education",
         "naval", "search_and_rescue", "war_legacy", "border_management", "cybersecurity"]
WORDS = "dialogue talks navy exercise visit cooperation training border maritime patrol industry medical rescue".split()

def build_big_store(a):
    db = os.path.join(a.out, f"big-v3-{a.occasions}.db")  # schema 3 layout
    if os.path.exists(db):
        return db
    seed = os.path.join(a.out, "seed.json")
    json.dump({"doc": "seed", "published": "2025-01-01", "engagements": []}, open(seed, "w"))
    subprocess.run([a.attache, "ingest", "--db", db + ".tmp", "--records", seed], check=True, stderr=subprocess.DEVNULL)
    rnd = random.Random(20261123)
    con = sqlite3.connect(db + ".tmp")
    con.execute("PRAGMA journal_mode=OFF"); con.execute("PRAGMA synchronous=OFF")
    n_persons = a.occasions // 10
    mechs = [f"{COUNTRIES[i]} {COUNTRIES[j]} defence dialogue policy" for i in range(20) for j in range(i + 1, 20)]
    batch = []
    for i in range(a.occasions):
        oid = f"occ-{i:016x}"
        c1, c2 = rnd.sample(COUNTRIES, 2) if rnd.random() < 0.5 else (rnd.choice(COUNTRIES[:20]), rnd.choice(COUNTRIES))
        y, m, d = rnd.randint(1995, 2025), rnd.randint(1, 12), rnd.randint(1, 28)
        # Mostly full dates; some reports give only the month or the year, some span several days.
        r = rnd.random()
        if r < 0.05:
            date, end, span, cls = f"{y}", f"{y}-12-31", 364, 1
        elif r < 0.15:
            last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
            date, end, span, cls = f"{y}-{m:02d}", f"{y}-{m:02d}-{last}", last - 1, 0
        elif r < 0.25:
            date, end, span, cls = f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}-{d + 2:02d}", 2, 0
        else:
            date = end = f"{y}-{m:02d}-{d:02d}"
            span, cls = 0, 0
        kind = rnd.choice(KINDS)
        status = "held" if rnd.random() < 0.8 else "planned"
        mech = rnd.choice(mechs) if rnd.random() < 0.3 else None
        ordinal = rnd.randint(1, 30) if mech else None
        area = rnd.choice(AREAS)
        person = f"p-{rnd.randrange(n_persons):016x}"
        text = " ".join(rnd.choice(WORDS) for _ in range(12)) + f" w{rnd.randrange(50000)}"
        body = json.dumps({"id": oid, "kind": kind, "status": status, "date": date, "countries": [c1, c2],
                           "mechanism": mech, "ordinal": ordinal, "areas": [area], "participants": [], "reports": []})
        batch.append((oid, kind, status, mech, mech, ordinal, date, end, body, c1, c2, area, person, text, span, cls))
        if len(batch) == 50000 or i == a.occasions - 1:
            con.executemany("INSERT INTO occasions (id, kind, status, mechanism, mechanism_key, ordinal, date_sort, "
                            "date_end, body, hash, span_days, span_class) VALUES (?,?,?,?,?,?,?,?,?,'h',?,?)",
                            [r[:9] + r[14:16] for r in batch])
            con.executemany("INSERT OR IGNORE INTO occasion_countries VALUES (?,?,?,?)",
                            [(r[9], r[6], r[0], r[7]) for r in batch] + [(r[10], r[6], r[0], r[7]) for r in batch])
            con.executemany("INSERT INTO occasion_areas VALUES (?,?,?,?)", [(r[11], r[6], r[0], r[7]) for r in batch])
            con.executemany("INSERT INTO occasion_persons VALUES (?,?,?)", [(r[12], r[6], r[0]) for r in batch])
            con.executemany("INSERT INTO occasion_text (occasion, body) VALUES (?,?)", [(r[0], r[13]) for r in batch])
            batch.clear()
    con.executemany("INSERT INTO person_names VALUES (?,?)",
                    [(f"name{k} person", f"p-{k:016x}") for k in range(n_persons)])
    con.commit()
    con.execute("ANALYZE")
    con.close()
    os.rename(db + ".tmp", db)
    return db

PG_FILL = """
SELECT setseed(0.20261123);
CREATE TEMP TABLE g AS
SELECT i, 'occ-' || lpad(to_hex(i), 16, '0') AS id,
       (ARRAY['policy_dialogue','bilateral_meeting','multilateral_meeting','visit','call','signing','exercise','other'])[1 + floor(random() * 8)::int] AS kind,
       CASE WHEN random() < 0.8 THEN 'held' ELSE 'planned' END AS status,
       CASE WHEN random() < 0.3 THEN 'M' || floor(random() * 190)::int ELSE NULL END AS mech,
       date '1995-01-01' + floor(random() * 11300)::int AS d0, random() AS prec,
       c[1 + floor(random() * 20)::int] AS c1, c[1 + floor(random() * 80)::int] AS c2,
       (ARRAY['high_level_exchange','maritime_security','peacekeeping','defence_industry','training_education','naval','search_and_rescue','war_legacy','border_management','cybersecurity'])[1 + floor(random() * 10)::int] AS area,
       'p-' || lpad(to_hex(floor(random() * {persons})::int), 16, '0') AS person,
       'dialogue talks navy exercise visit cooperation training border maritime patrol industry medical w' || floor(random() * 50000)::int AS text
FROM generate_series(0, {n} - 1) AS i,
     (SELECT ARRAY['VNM','JPN','THA','MYS','IDN','PHL','SGP','LAO','KHM','IND','AUS','USA','CHN','KOR','RUS','FRA','GBR','DEU','NZL','CAN'] ||
             ARRAY(SELECT 'X' || lpad(k::text, 2, '0') FROM generate_series(0, 59) k) AS c) cs;
ALTER TABLE g ADD COLUMN ds text, ADD COLUMN de text, ADD COLUMN span int, ADD COLUMN cls int;
UPDATE g SET
  ds = CASE WHEN prec < 0.05 THEN to_char(d0, 'YYYY') WHEN prec < 0.15 THEN to_char(d0, 'YYYY-MM') ELSE to_char(d0, 'YYYY-MM-DD') END,
  de = CASE WHEN prec < 0.05 THEN to_char(d0, 'YYYY') || '-12-31'
            WHEN prec < 0.15 THEN to_char((date_trunc('month', d0) + interval '1 month - 1 day')::date, 'YYYY-MM-DD')
            WHEN prec < 0.25 THEN to_char(d0 + 2, 'YYYY-MM-DD') ELSE to_char(d0, 'YYYY-MM-DD') END;
UPDATE g SET span = de::date - (CASE WHEN length(ds) = 4 THEN ds || '-01-01' WHEN length(ds) = 7 THEN ds || '-01' ELSE ds END)::date;
UPDATE g SET cls = CASE WHEN span <= 31 THEN 0 WHEN span <= 366 THEN 1 ELSE 2 END;
INSERT INTO occasions (id, kind, status, mechanism, mechanism_key, ordinal, date_sort, date_end, body, hash, span_days, span_class)
  SELECT id, kind, status, mech, mech, CASE WHEN mech IS NULL THEN NULL ELSE 1 + floor(random() * 30)::int END, ds, de,
         json_build_object('id', id, 'kind', kind, 'status', status, 'date', ds, 'countries', json_build_array(c1, c2), 'areas', json_build_array(area))::text,
         'h', span, cls FROM g;
INSERT INTO occasion_countries SELECT c1, ds, id, de FROM g ON CONFLICT DO NOTHING;
INSERT INTO occasion_countries SELECT c2, ds, id, de FROM g ON CONFLICT DO NOTHING;
INSERT INTO occasion_areas SELECT area, ds, id, de FROM g;
INSERT INTO occasion_persons SELECT person, ds, id FROM g;
INSERT INTO occasion_text (occasion, body) SELECT id, text FROM g;
INSERT INTO person_names SELECT 'name' || k || ' person', 'p-' || lpad(to_hex(k), 16, '0') FROM generate_series(0, {persons} - 1) k;
ANALYZE;
"""

def build_big_pg(a):
    """The same kind of store on a private PostgreSQL cluster (scripts/pg.sh), filled server-side."""
    pgdir = os.path.abspath(os.path.join(a.out, "pg"))
    script = os.path.join(HERE, "..", "..", "scripts", "pg.sh")
    subprocess.run([script, "stop", pgdir], stderr=subprocess.DEVNULL)
    subprocess.run(["rm", "-rf", pgdir], check=True)
    url = subprocess.run([script, "start", pgdir], check=True, capture_output=True, text=True).stdout.strip()
    seed = os.path.join(a.out, "seed.json")
    json.dump({"doc": "seed", "published": "2025-01-01", "engagements": []}, open(seed, "w"))
    subprocess.run([a.attache, "ingest", "--db", url, "--records", seed], check=True, stderr=subprocess.DEVNULL)
    psql = sorted(os.popen("ls -d /usr/lib/postgresql/*/bin").read().split())[-1] + "/psql"
    runas = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
    sql = PG_FILL.replace("{n}", str(a.occasions)).replace("{persons}", str(a.occasions // 10))
    subprocess.run(runas + [psql, url, "-q", "-v", "ON_ERROR_STOP=1", "-c", sql], check=True)
    return url, pgdir, script

QUERIES = [
    ("country", ["--country", "VNM"]),
    ("dyad", ["--country", "VNM", "--partner", "JPN"]),
    ("mechanism", ["--mechanism", "VNM-JPN defence policy dialogue"]),
    ("kind", ["--kind", "policy_dialogue"]),
    ("status", ["--status", "planned"]),
    ("area", ["--area", "peacekeeping"]),
    ("person", ["--person", "name77 person"]),
    ("dates", ["--from", "2024-03-01", "--to", "2024-03-31"]),
    ("text", ["--text", "w12345"]),
    ("country+kind+dates", ["--country", "THA", "--kind", "visit", "--from", "2020", "--to", "2021"]),
    ("area+dates", ["--area", "naval", "--from", "2010-06", "--to", "2010-12"]),
    ("kind+dates", ["--kind", "signing", "--from", "2018", "--to", "2018"]),
    ("to", ["--to", "2001-02-03"]),
]

def query_latency(a, db):
    out = {}
    for name, args in QUERIES:
        p = subprocess.run([a.attache, "query", "--db", db, "--format", "jsonl", "--limit", "100", "--repeat",
                            str(a.repeat)] + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        m = re.search(r"(\d+) rows; latency ms p50 ([\d.e+-]+) p99 ([\d.e+-]+)", p.stderr)
        if not m:
            out[name] = {"error": p.stderr.strip()}
            continue
        out[name] = {"rows": int(m.group(1)), "p50_ms": float(m.group(2)), "p99_ms": float(m.group(3))}
    return out

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--attache", required=True)
    ap.add_argument("--out", default="out/bench-store")
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--occasions", type=int, default=1000000)
    ap.add_argument("--repeat", type=int, default=50)
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--skip-queries", action="store_true")
    ap.add_argument("--pg", action="store_true", help="also measure queries on PostgreSQL (scripts/pg.sh cluster)")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    res = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "machine": os.uname().nodename,
           "cpus": os.cpu_count()}
    if not a.skip_ingest:
        res["ingest"] = ingest_rate(a)
        print(json.dumps(res["ingest"], indent=1), flush=True)
    if a.skip_queries:
        json.dump(res, open(os.path.join(a.out, "results.json"), "w"), indent=1)
        return
    t0 = time.monotonic()
    db = build_big_store(a)
    res["store"] = {"occasions": a.occasions, "build_s": time.monotonic() - t0, "bytes": os.path.getsize(db)}
    res["queries"] = query_latency(a, db)
    print(json.dumps(res, indent=1), flush=True)
    json.dump(res, open(os.path.join(a.out, "results.json"), "w"), indent=1)
    if a.pg:
        t0 = time.monotonic()
        url, pgdir, script = build_big_pg(a)
        res["pg_store"] = {"occasions": a.occasions, "build_s": time.monotonic() - t0}
        try:
            res["pg_queries"] = query_latency(a, url)
        finally:
            subprocess.run([script, "stop", pgdir])
    print(json.dumps(res, indent=1))
    json.dump(res, open(os.path.join(a.out, "results.json"), "w"), indent=1)

main()
