#!/usr/bin/env bash
# Fusion end to end through the extractor on the cross-report set's articles: which document pairs end
# up sharing an occasion, against the gold records. Prints precision and recall; fails if fusion on
# extracted records merges wrongly (precision < 0.9) or if recall drops below RECALL_FLOOR (the figure
# measured last (1.00 = 30 of 30 pairs, 2026-12-07); raise it as extraction or fusion improves, never lower it).
set -uo pipefail
bin=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 - "$src/tests/fuse/groups" "$tmp/groups.jsonl" <<'PY'
import json, glob, sys
with open(sys.argv[2], "w") as out:
    for f in sorted(glob.glob(sys.argv[1] + "/g*/*.json")):
        r = json.load(open(f))
        out.write(json.dumps({"id": r["doc"], "text": open(f[:-5] + ".txt").read(), "published": r["published"]}) + "\n")
PY
"$bin" ingest --db "$tmp/e2e.db" "$tmp/groups.jsonl" 2>/dev/null || { echo "FAIL: ingest"; exit 1; }
# The same articles in reverse order, one a batch: incremental fusion must reach every report an
# engagement can be fused with (reports naming fewer parties included), so the export is identical.
tac "$tmp/groups.jsonl" > "$tmp/reversed.jsonl"
"$bin" ingest --db "$tmp/batched.db" --batch 1 "$tmp/reversed.jsonl" 2>/dev/null || { echo "FAIL: batched ingest"; exit 1; }
"$bin" ingest --db "$tmp/gold.db" --records "$src/tests/fuse/groups" 2>/dev/null || { echo "FAIL: gold ingest"; exit 1; }
"$bin" export --db "$tmp/gold.db" > "$tmp/gold.jsonl"
"$bin" export --db "$tmp/e2e.db" > "$tmp/e2e.jsonl"
"$bin" export --db "$tmp/batched.db" | cmp -s - "$tmp/e2e.jsonl" || { echo "FAIL: batched ingest exports differently"; exit 1; }
RECALL_FLOOR=1.00
python3 - "$tmp/gold.jsonl" "$tmp/e2e.jsonl" "$RECALL_FLOOR" <<'PY'
import itertools, json, sys
def pairs(path):
    s = set()
    for line in open(path):
        o = json.loads(line)
        s |= set(itertools.combinations(sorted({r["doc"] for r in o["reports"]}), 2))
    return s
g, e = pairs(sys.argv[1]), pairs(sys.argv[2])
tp = len(g & e)
p = tp / len(e) if e else 1.0
r = tp / len(g)
print(f"end to end: document-pair precision {p:.2f} recall {r:.2f} (tp {tp}, fp {len(e - g)}, fn {len(g - e)})")
if p < 0.9:
    print("FAIL: wrong merges:", sorted(e - g)); sys.exit(1)
if r < float(sys.argv[3]) - 1e-9:
    print(f"FAIL: recall {r:.2f} below the floor {sys.argv[3]}; missed pairs:", sorted(g - e)); sys.exit(1)
PY
