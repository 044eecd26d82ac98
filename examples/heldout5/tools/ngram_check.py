#!/usr/bin/env python3
"""8-gram overlap of this set's articles with the seeds and the earlier readable example sets.

Run from anywhere: python3 examples/heldout5/tools/ngram_check.py
"""
import collections
import glob
import os
import re

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.dirname(HERE)
SEEDS = os.environ.get("ATTACHE_SEEDS", "/work/shared/data/seeds")
N = 8


def toks(s):
    return re.findall(r"[\w']+", s.lower())


refs = glob.glob(os.path.join(SEEDS, "*.txt"))
for sub in ("", "more", "fresh", "fresh2", "fresh3"):
    refs += glob.glob(os.path.join(EXAMPLES, sub, "*.txt"))
index = collections.defaultdict(set)
for r in refs:
    t = toks(open(r, encoding="utf-8").read())
    for i in range(len(t) - N + 1):
        index[tuple(t[i:i + N])].add(os.path.basename(r))
print(len(refs), "reference files")
total = 0
for f in sorted(glob.glob(os.path.join(HERE, "*.txt"))):
    t = toks(open(f, encoding="utf-8").read())
    hits = [(" ".join(t[i:i + N]), sorted(index[tuple(t[i:i + N])])[:2])
            for i in range(len(t) - N + 1) if tuple(t[i:i + N]) in index]
    total += len(hits)
    print(os.path.basename(f), len(hits))
    for h in hits:
        print("   ", h)
print("total", total)
