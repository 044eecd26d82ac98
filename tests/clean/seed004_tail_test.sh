#!/usr/bin/env bash
# Seed 004 ends with a run of unrelated headline teasers after the "-VNA" sign-off. Checks,
# through the real binary, that cleaning leaves the tail out of the body and that no evidence
# span of any extracted engagement falls inside it.
set -euo pipefail
bin=$1
src=$2
seed="$src/../shared/data/seeds/004_94dd0ddd8f9914c9.txt"
[[ -f $seed ]] || { echo "missing seed $seed" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$bin" clean --json "$seed" >"$tmp/clean.jsonl"
"$bin" extract "$seed" >"$tmp/extract.jsonl"

python3 - "$seed" "$tmp/clean.jsonl" "$tmp/extract.jsonl" <<'PY'
import json, sys
seed, clean_path, extract_path = sys.argv[1:4]
text = open(seed, "rb").read()
tail = text.find(b"Vietnam treasures the sound development")
signoff = text.find(b"-VNA")
assert 0 < signoff < tail, "seed 004 layout changed"

doc = json.loads(open(clean_path).readline())
body = doc["body"]
assert body, "cleaning marked no body for seed 004"
for start, end in body:
    assert end <= signoff, f"body span {start}-{end} runs into the sign-off/tail at {signoff}"

spans = []
for line in open(extract_path):
    rec = json.loads(line)
    for e in rec.get("engagements", []):
        spans += [(s["start"], s["end"]) for s in e.get("evidence", [])]
assert spans, "no evidence spans extracted from seed 004"
bad = [(s, e) for s, e in spans if e > tail or s >= tail]
assert not bad, f"evidence inside the teaser tail (starts at {tail}): {bad}"
print(f"ok: {len(spans)} evidence spans, all before the tail at byte {tail}")
PY
