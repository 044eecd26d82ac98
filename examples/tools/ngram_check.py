#!/usr/bin/env python3
"""8-gram overlap of one example set's articles with the seeds and earlier readable sets ("nothing copied").

Run from anywhere:
    python3 examples/tools/ngram_check.py examples/fresh4 --against . more fresh fresh2 fresh3

SET is the set's folder; --against names folders under examples/ ("." is examples/ itself) whose articles, with the
seeds' (ATTACHE_SEEDS, default ../shared/data/seeds beside the repository), are the references. Prints each
article's shared 8-grams (lower-cased word tokens) and the total; exits 0 (a report, not a verdict).
"""
import argparse
import collections
import glob
import os
import re

EXAMPLES = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO = os.path.dirname(EXAMPLES)
N = 8


def toks(s):
    return re.findall(r"[\w']+", s.lower())


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set", help="the set's folder")
    ap.add_argument("--against", nargs="+", default=["."], help="folders under examples/ to compare with")
    args = ap.parse_args()
    seeds = os.environ.get("ATTACHE_SEEDS", os.path.join(os.path.dirname(REPO), "shared", "data", "seeds"))
    refs = glob.glob(os.path.join(seeds, "*.txt"))
    for sub in args.against:
        refs += glob.glob(os.path.join(EXAMPLES, sub, "*.txt"))
    here = os.path.abspath(args.set)
    refs = [r for r in refs if os.path.dirname(os.path.abspath(r)) != here]
    index = collections.defaultdict(set)
    for r in refs:
        t = toks(open(r, encoding="utf-8").read())
        for i in range(len(t) - N + 1):
            index[tuple(t[i:i + N])].add(os.path.basename(r))
    print(len(refs), "reference files")
    total = 0
    for f in sorted(glob.glob(os.path.join(here, "*.txt"))):
        t = toks(open(f, encoding="utf-8").read())
        hits = [(" ".join(t[i:i + N]), sorted(index[tuple(t[i:i + N])])[:2])
                for i in range(len(t) - N + 1) if tuple(t[i:i + N]) in index]
        total += len(hits)
        print(os.path.basename(f), len(hits))
        for h in hits:
            print("   ", h)
    print("total", total)


if __name__ == "__main__":
    main()
