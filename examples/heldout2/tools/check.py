#!/usr/bin/env python3
"""Checks the gold of examples/heldout2. Exit status 1 on any error.

- each gold file validates against shared/spec/engagement.schema.json (jsonschema if installed,
  else a manual check of the same constraints), with "evidence": [] added to every engagement;
- area ids are in shared/spec/areas.tsv; country codes are ISO 3166-1 alpha-3 codes known to this script;
- doc and published agree with published.tsv, and every .txt has a gold file and a tsv row;
- main_event_date is the date of a held main engagement (empty only when the gold has no engagement);
- every participant has the five keys, a country listed in the engagement's countries, and a name
  found in the article text;
- every exercise has the area "exercises";
- no held engagement has a date after published (end_date may lie after it: an ongoing visit);
- end_date is not before date;
- each article has 120-900 words (the short wire brief ex69 has about 130).
"""
import copy
import csv
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPEC = os.environ.get("ATTACHE_SPEC", "/work/shared/spec")

ISO3 = set("""
AFG ARE ARG ARM AUS AUT AZE BEL BGD BGR BHR BLR BRA BRN BTN CAN CHE CHL CHN COL CZE DEU DJI DNK EGY ESP EST ETH FIN
FJI FRA GBR GEO GHA GRC HUN IDN IND IRL IRN IRQ ISR ITA JOR JPN KAZ KEN KGZ KHM KIR KOR KWT LAO LBN LKA LTU LVA MDV
MEX MMR MNG MOZ MYS NGA NLD NOR NPL NZL OMN PAK PER PHL PNG POL PRK PRT QAT ROU RUS SAU SGP SLB SWE SYR THA TJK TKM
TLS TON TUR TWN TZA UKR USA UZB VNM VUT WSM YEM ZAF
BEN CIV MAR TGO URY SYC SEN MLI NER BFA CMR
""".split())

errors = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def date_key(s):
    """'2024', '2024-05', '2024-05-06' -> tuple of ints."""
    return tuple(int(x) for x in s.split("-"))


def cmp_dates(a, b):
    """Compare two partial dates at their common precision: -1, 0, 1."""
    ka, kb = date_key(a), date_key(b)
    n = min(len(ka), len(kb))
    return (ka[:n] > kb[:n]) - (ka[:n] < kb[:n])


def manual_validate(doc, schema, inst):
    """Enough of the schema for the gold when jsonschema is missing."""
    date_re = re.compile(schema["properties"]["published"]["pattern"])
    if not isinstance(inst.get("doc"), str):
        err(doc, "doc missing or not a string")
    if inst.get("published") is not None and not date_re.match(inst["published"]):
        err(doc, "published does not match the date pattern")
    item = schema["properties"]["engagements"]["items"]
    props = item["properties"]
    for i, e in enumerate(inst.get("engagements", [])):
        for k in item["required"]:
            if k not in e:
                err(doc, f"engagement {i}: missing {k}")
        for k in e:
            if k not in props:
                err(doc, f"engagement {i}: unknown key {k}")
        for k in ("kind", "status", "salience"):
            if k in e and e[k] not in props[k]["enum"]:
                err(doc, f"engagement {i}: bad {k} {e[k]!r}")
        for k in ("date", "end_date"):
            if e.get(k) is not None and not date_re.match(e[k]):
                err(doc, f"engagement {i}: bad {k} {e[k]!r}")
        if e.get("ordinal") is not None and (not isinstance(e["ordinal"], int) or e["ordinal"] < 1):
            err(doc, f"engagement {i}: bad ordinal")
        loc = e.get("location")
        if loc is not None and not isinstance(loc, dict):
            err(doc, f"engagement {i}: location not an object")
        for arr in ("countries", "groups", "areas"):
            v = e.get(arr, [])
            if len(v) != len(set(v)):
                err(doc, f"engagement {i}: duplicate items in {arr}")
        for c in e.get("countries", []):
            if not re.match(r"^[A-Z]{3}$", c):
                err(doc, f"engagement {i}: bad country code {c}")
        for p in e.get("participants", []):
            if "name" not in p:
                err(doc, f"engagement {i}: participant without name")


def main():
    schema = json.load(open(os.path.join(SPEC, "engagement.schema.json"), encoding="utf-8"))
    try:
        import jsonschema
        validator = jsonschema.Draft202012Validator(schema)
    except Exception:  # jsonschema missing or too old
        validator = None
    areas = set()
    with open(os.path.join(SPEC, "areas.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            areas.add(row["id"])

    tsv = {}
    with open(os.path.join(ROOT, "published.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header != ["doc", "published", "main_event_date"]:
            err("published.tsv", f"bad header {header}")
        for line in f:
            if not line.strip():
                continue
            doc_id, published, med = (line.rstrip("\n").split("\t") + ["", ""])[:3]
            tsv[doc_id] = (published, med)

    texts = sorted(glob.glob(os.path.join(ROOT, "*.txt")))
    n_eng = 0
    for path in texts:
        doc_id = os.path.splitext(os.path.basename(path))[0]
        text = open(path, encoding="utf-8").read()
        words = len(text.split())
        if not 120 <= words <= 900:
            err(doc_id, f"{words} words, outside 120-900")
        gpath = os.path.join(ROOT, "gold", doc_id + ".json")
        if not os.path.exists(gpath):
            err(doc_id, "no gold file")
            continue
        gold = json.load(open(gpath, encoding="utf-8"))
        inst = copy.deepcopy(gold)
        for e in inst.get("engagements", []):
            e.setdefault("evidence", [])
        if validator is not None:
            for v in validator.iter_errors(inst):
                err(doc_id, f"schema: {v.message} at {list(v.absolute_path)}")
        else:
            manual_validate(doc_id, schema, inst)
        if gold.get("doc") != doc_id:
            err(doc_id, f"doc field {gold.get('doc')!r}")
        if doc_id not in tsv:
            err(doc_id, "not in published.tsv")
            continue
        published, med = tsv[doc_id]
        if gold.get("published") != published:
            err(doc_id, f"published {gold.get('published')!r} != tsv {published!r}")
        engs = gold.get("engagements", [])
        n_eng += len(engs)
        held_main_dates = {e.get("date") for e in engs if e["status"] == "held" and e.get("salience") == "main"}
        if engs and med not in held_main_dates:
            err(doc_id, f"main_event_date {med!r} is not the date of a held main engagement")
        if not engs and med:
            err(doc_id, "main_event_date given for a document without engagements")
        for i, e in enumerate(engs):
            tag = f"engagement {i} ({e['kind']}/{e['status']})"
            for a in e.get("areas", []):
                if a not in areas:
                    err(doc_id, f"{tag}: unknown area {a}")
            for c in e.get("countries", []):
                if c not in ISO3:
                    err(doc_id, f"{tag}: country {c} not a known ISO alpha-3 code")
            loc = e.get("location")
            if loc and loc.get("country") and loc["country"] not in ISO3:
                err(doc_id, f"{tag}: location country {loc['country']} unknown")
            if e["kind"] == "exercise" and "exercises" not in e.get("areas", []):
                err(doc_id, f"{tag}: exercise without the area 'exercises'")
            for p in e.get("participants", []):
                for k in ("name", "country", "title", "rank", "organization"):
                    if k not in p:
                        err(doc_id, f"{tag}: participant {p.get('name')} lacks {k}")
                if p.get("country") and p["country"] not in e.get("countries", []):
                    err(doc_id, f"{tag}: participant {p['name']} country {p['country']} not in countries")
                if p.get("name") and p["name"] not in text:
                    err(doc_id, f"{tag}: participant name {p['name']!r} not found in the text")
            d, ed = e.get("date"), e.get("end_date")
            if e["status"] == "held" and d and cmp_dates(d, published) > 0:
                err(doc_id, f"{tag}: held but dated {d}, after published {published}")
            if d and ed and cmp_dates(ed, d) < 0:
                err(doc_id, f"{tag}: end_date {ed} before date {d}")
            if ed and not d:
                err(doc_id, f"{tag}: end_date without date")
    for doc_id in tsv:
        if not os.path.exists(os.path.join(ROOT, doc_id + ".txt")):
            err(doc_id, "in published.tsv but no .txt")
    for gpath in glob.glob(os.path.join(ROOT, "gold", "*.json")):
        doc_id = os.path.splitext(os.path.basename(gpath))[0]
        if not os.path.exists(os.path.join(ROOT, doc_id + ".txt")):
            err(doc_id, "gold file without article")

    print(f"{len(texts)} articles, {n_eng} gold engagements, validator: "
          f"{'jsonschema' if validator is not None else 'manual'}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
