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
    db = os.path.join(a.out, f"big-{a.occasions}.db")
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
        date = f"{y}-{m:02d}-{d:02d}"
        kind = rnd.choice(KINDS)
        status = "held" if rnd.random() < 0.8 else "planned"
        mech = rnd.choice(mechs) if rnd.random() < 0.3 else None
        ordinal = rnd.randint(1, 30) if mech else None
        area = rnd.choice(AREAS)
        person = f"p-{rnd.randrange(n_persons):016x}"
        text = " ".join(rnd.choice(WORDS) for _ in range(12)) + f" w{rnd.randrange(50000)}"
        body = json.dumps({"id": oid, "kind": kind, "status": status, "date": date, "countries": [c1, c2],
                           "mechanism": mech, "ordinal": ordinal, "areas": [area], "participants": [], "reports": []})
        batch.append((oid, kind, status, mech, mech, ordinal, date, date, body, c1, c2, area, person, text))
        if len(batch) == 50000 or i == a.occasions - 1:
            con.executemany("INSERT INTO occasions VALUES (?,?,?,?,?,?,?,?,?, 'h')", [r[:9] for r in batch])
            con.executemany("INSERT OR IGNORE INTO occasion_countries VALUES (?,?,?)",
                            [(r[9], r[6], r[0]) for r in batch] + [(r[10], r[6], r[0]) for r in batch])
            con.executemany("INSERT INTO occasion_areas VALUES (?,?,?)", [(r[11], r[6], r[0]) for r in batch])
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
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    res = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "machine": os.uname().nodename,
           "cpus": os.cpu_count()}
    if not a.skip_ingest:
        res["ingest"] = ingest_rate(a)
        print(json.dumps(res["ingest"], indent=1), flush=True)
    t0 = time.monotonic()
    db = build_big_store(a)
    res["store"] = {"occasions": a.occasions, "build_s": time.monotonic() - t0, "bytes": os.path.getsize(db)}
    res["queries"] = query_latency(a, db)
    print(json.dumps(res, indent=1))
    json.dump(res, open(os.path.join(a.out, "results.json"), "w"), indent=1)

main()
