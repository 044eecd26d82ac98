#!/usr/bin/env bash
# The benchmark runs end to end on a ~1 MB corpus: corpus generation, timings, the JSON result,
# and its checks (threads give identical output, the pre-filter loses no record of a relevant
# article, memory does not grow with input). No timing is asserted.
set -euo pipefail
bin=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
py=/usr/bin/python3; [ -x "$py" ] || py=python3
"$py" "$src/bench/run_bench.py" --attache "$bin" --out "$tmp" --mb 1 --runs 1 > "$tmp/report.txt"
cat "$tmp/report.txt"
grep -q "^mixed " "$tmp/report.txt"
grep -q "^relevant " "$tmp/report.txt"
"$py" - "$tmp/latest.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
c = r["checks"]
assert not c["failures"], c["failures"]
assert c["prefilter_recall_mixed_equals_relevant"] and c["prefilter_recall_relevant_same_with_prefilter_off"]
# the corpus is what it claims: some relevant articles, most of them giving records
assert r["corpus"]["relevant_documents"] > 10, r["corpus"]
assert c["relevant_documents_with_records"] >= 0.8 * r["corpus"]["relevant_documents"], c
for name in ("mixed", "relevant"):
    e = r["corpora"][name]
    assert e["bytes"] > 0 and e["wc_w_seconds"] > 0
    for t, x in e["extract"].items():
        assert x["mb_per_s"] > 0 and x["peak_rss_mb"] > 0 and x["output_identical_to_1_thread"], (name, t, x)
print("bench smoke: ok")
PY
