#!/usr/bin/env bash
# The query suite on SQLite: expected answers for the cross-report set (series with gaps, dyads,
# spellings of mechanisms and people, text search, commitments).
bin=$1; src=$2
source "$src/tests/store/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mapfile -t files < <(records_list)
"$bin" ingest --db "$tmp/s.db" "${files[@]/#/--records=}" 2>/dev/null || fail "ingest"
bash "$src/tests/store/query_suite.sh" "$bin" "$tmp/s.db" > "$tmp/out"
grep -c "^## exit 0" "$tmp/out" | grep -qx 23 || fail "some queries failed: $(grep -B3 '^## exit [^0]' "$tmp/out" | head)"
python3 - "$tmp/out" <<'PY' || fail "unexpected answers"
import json, sys
blocks, cur = {}, None
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("## ") and not line.startswith("## exit"):
        cur = line[3:]; blocks[cur] = []
    elif not line.startswith("## exit"):
        blocks[cur].append(line)
def js(k): return [json.loads(l) for l in blocks[k]]
series = js('series Vietnam-Japan Defence Policy Dialogue --format jsonl')
assert [s.get("ordinal") for s in series] == [4, 5, 6, 7, 8, 9, 10, 11], series
assert [s["type"] for s in series] == ["session"] + ["gap"] * 5 + ["session", "session"]
assert series[0]["date"] == "2016-11-29" and series[0]["location"]["city"] == "Tokyo"
assert series[6]["date"] == "2024-02-27" and series[6]["location"]["city"] == "Hanoi"
us = js('series US-Viet Nam defense policy dialogue --format jsonl')
assert len(us) == 1 and len(us[0]["reports"]) == 3, us
th = js('series Thailand-Vietnam Defense Policy Dialogue --format jsonl')
assert th[0]["flags"] == ["conflicting date"], th
dyad = js('query --country VNM --partner Japan --format jsonl')
assert all("JPN" in o["countries"] and "VNM" in o["countries"] for o in dyad) and len(dyad) >= 5
mech = js('query --mechanism japan-vietnam defense policy dialogue --format jsonl')
assert sorted(o["ordinal"] for o in mech) == [4, 10, 11]
chien = blocks['query --person Hoàng Xuân Chiến --format csv']
assert chien == blocks['query --person general chien --format csv'] and len(chien) >= 7, chien
assert len(blocks['query --country IND --limit 2 --format csv']) == 3  # header + 2
p = js('person Hoang Xuan Chien --format jsonl')
assert len(p) == 1 and "Chien" in p[0]["names"], p
over = blocks['commitments --overdue --as-of 2026-06-01 --format csv']
assert len(over) > 1 and not any("g15" in l for l in over)
text = blocks['query --text Bangkok --country THA --format csv']
assert len(text) == 2 and "Thailand" in text[1], text
PY
echo ok
