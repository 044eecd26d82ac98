#!/usr/bin/env python3
"""Checks the gold of one or more example sets; exit status 1 on any error.

    check_gold.py [--spec DIR] [--words MIN-MAX] SET_DIR...

A set folder holds <doc>.txt articles, gold/<doc>.json and published.tsv (doc, published,
main_event_date). For each set:
- each gold file validates against engagement.schema.json, with "evidence": [] added to every
  engagement (the gold carries no spans);
- area ids are in areas.tsv; country codes are ISO 3166-1 alpha-3 codes of Debian's iso-codes;
- doc and published agree with published.tsv; every .txt has a gold file and a row, and back;
- main_event_date is the date of a held main engagement (empty only when there is none);
- every participant has the five keys, a country listed in the engagement's countries, and a name
  found in the article text;
- every exercise has the area "exercises";
- no held engagement is dated after published (end_date may be: an ongoing visit); end_date is
  not before date and not given without date;
- each article's word count lies within --words.
"""
import argparse
import copy
import csv
import glob
import json
import os
import sys

import jsonschema

ISO_3166 = "/usr/share/iso-codes/json/iso_3166-1.json"


def date_key(s):
    return tuple(int(x) for x in s.split("-"))


def cmp_dates(a, b):
    """Compares two partial dates at their common precision: -1, 0 or 1."""
    ka, kb = date_key(a), date_key(b)
    n = min(len(ka), len(kb))
    return (ka[:n] > kb[:n]) - (ka[:n] < kb[:n])


class Checker:
    def __init__(self, spec, words):
        schema = json.load(open(os.path.join(spec, "engagement.schema.json"), encoding="utf-8"))
        self.validator = jsonschema.Draft202012Validator(schema)
        with open(os.path.join(spec, "areas.tsv"), encoding="utf-8") as f:
            self.areas = {row["id"] for row in csv.DictReader(f, delimiter="\t")}
        with open(ISO_3166, encoding="utf-8") as f:
            self.iso3 = {c["alpha_3"] for c in json.load(f)["3166-1"]}
        self.words = words
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def check_set(self, root):
        tsv = {}
        with open(os.path.join(root, "published.tsv"), encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            if header != ["doc", "published", "main_event_date"]:
                self.err(f"{root}/published.tsv", f"bad header {header}")
            for line in f:
                if line.strip():
                    doc_id, published, med = (line.rstrip("\n").split("\t") + ["", ""])[:3]
                    tsv[doc_id] = (published, med)
        texts = sorted(glob.glob(os.path.join(root, "*.txt")))
        n_eng = 0
        for path in texts:
            doc_id = os.path.splitext(os.path.basename(path))[0]
            n_eng += self.check_doc(root, doc_id, open(path, encoding="utf-8").read(), tsv)
        for doc_id in tsv:
            if not os.path.exists(os.path.join(root, doc_id + ".txt")):
                self.err(doc_id, "in published.tsv but no .txt")
        for gpath in glob.glob(os.path.join(root, "gold", "*.json")):
            doc_id = os.path.splitext(os.path.basename(gpath))[0]
            if not os.path.exists(os.path.join(root, doc_id + ".txt")):
                self.err(doc_id, "gold file without article")
        print(f"{root}: {len(texts)} articles, {n_eng} gold engagements")

    def check_doc(self, root, doc_id, text, tsv):
        words = len(text.split())
        if not self.words[0] <= words <= self.words[1]:
            self.err(doc_id, f"{words} words, outside {self.words[0]}-{self.words[1]}")
        gpath = os.path.join(root, "gold", doc_id + ".json")
        if not os.path.exists(gpath):
            self.err(doc_id, "no gold file")
            return 0
        gold = json.load(open(gpath, encoding="utf-8"))
        inst = copy.deepcopy(gold)
        for e in inst.get("engagements", []):
            e.setdefault("evidence", [])
        for v in self.validator.iter_errors(inst):
            self.err(doc_id, f"schema: {v.message} at {list(v.absolute_path)}")
        if gold.get("doc") != doc_id:
            self.err(doc_id, f"doc field {gold.get('doc')!r}")
        if doc_id not in tsv:
            self.err(doc_id, "not in published.tsv")
            return 0
        published, med = tsv[doc_id]
        if gold.get("published") != published:
            self.err(doc_id, f"published {gold.get('published')!r} != tsv {published!r}")
        engs = gold.get("engagements", [])
        held_main_dates = {e.get("date") for e in engs if e.get("status") == "held" and e.get("salience") == "main"}
        if engs and med not in held_main_dates:
            self.err(doc_id, f"main_event_date {med!r} is not the date of a held main engagement")
        if not engs and med:
            self.err(doc_id, "main_event_date given for a document without engagements")
        for i, e in enumerate(engs):
            self.check_engagement(doc_id, f"engagement {i} ({e.get('kind')}/{e.get('status')})", e, text, published)
        return len(engs)

    def check_engagement(self, doc_id, tag, e, text, published):
        for a in e.get("areas", []):
            if a not in self.areas:
                self.err(doc_id, f"{tag}: unknown area {a}")
        for c in e.get("countries", []):
            if c not in self.iso3:
                self.err(doc_id, f"{tag}: country {c} is no ISO 3166-1 alpha-3 code")
        loc = e.get("location")
        if loc and loc.get("country") and loc["country"] not in self.iso3:
            self.err(doc_id, f"{tag}: location country {loc['country']} is no ISO 3166-1 alpha-3 code")
        if e.get("kind") == "exercise" and "exercises" not in e.get("areas", []):
            self.err(doc_id, f"{tag}: exercise without the area 'exercises'")
        for p in e.get("participants", []):
            for k in ("name", "country", "title", "rank", "organization"):
                if k not in p:
                    self.err(doc_id, f"{tag}: participant {p.get('name')} lacks {k}")
            if p.get("country") and p["country"] not in e.get("countries", []):
                self.err(doc_id, f"{tag}: participant {p['name']} country {p['country']} not in countries")
            if p.get("name") and p["name"].casefold() not in text.casefold():
                self.err(doc_id, f"{tag}: participant name {p['name']!r} not found in the text")
        d, ed = e.get("date"), e.get("end_date")
        if e.get("status") == "held" and d and published and cmp_dates(d, published) > 0:
            self.err(doc_id, f"{tag}: held but dated {d}, after published {published}")
        if d and ed and cmp_dates(ed, d) < 0:
            self.err(doc_id, f"{tag}: end_date {ed} before date {d}")
        if ed and not d:
            self.err(doc_id, f"{tag}: end_date without date")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", help="example set folders")
    ap.add_argument("--spec", default=os.environ.get("ATTACHE_SPEC", "/work/shared/spec"))
    ap.add_argument("--words", default="100-1500", help="allowed article length in words, MIN-MAX")
    args = ap.parse_args()
    lo, hi = (int(x) for x in args.words.split("-"))
    checker = Checker(args.spec, (lo, hi))
    for root in args.sets:
        checker.check_set(root)
    for e in checker.errors:
        print("ERROR", e)
    print("OK" if not checker.errors else f"{len(checker.errors)} error(s)")
    return 1 if checker.errors else 0


if __name__ == "__main__":
    sys.exit(main())
