#!/usr/bin/env bash
# A document that comes again with the same id and changed content replaces its earlier version:
# its old engagements are retracted and the occasions re-fused; the feed says what happened; putting
# the original back restores the original export.
bin=$1; src=$2
source "$src/tests/store/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mapfile -t files < <(records_list)
db="$tmp/s.db"

# The full-text rows follow the occasions: one per occasion, sharing its rowid, and FTS5's own check
# passes (text rows are written at the end of each batch, after rowids were freed and reused).
check_text() {
  python3 - "$db" <<'PY' || fail "full-text rows out of step with the occasions ($1)"
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("INSERT INTO occasion_text(occasion_text) VALUES('integrity-check')")
occ = c.execute("SELECT count(*) FROM occasions").fetchone()[0]
txt = c.execute("SELECT count(*) FROM occasion_text").fetchone()[0]
both = c.execute("SELECT count(*) FROM occasion_text t JOIN occasions o ON o.rowid = t.rowid AND o.id = t.occasion").fetchone()[0]
assert occ == txt == both, (occ, txt, both)
PY
}
"$bin" ingest --db "$db" "${files[@]/#/--records=}" 2>/dev/null || fail "ingest"
"$bin" export --db "$db" > "$tmp/ref.jsonl"
grep -q '"doc":"g17a"' "$tmp/ref.jsonl" || fail "g17a not in export"
mark=$(python3 -c "import datetime; print(datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S'))")
sleep 1

# g17a now reports nothing (a correction), g17c now reports the March visit instead of September's.
mkdir "$tmp/new"
python3 - "$src/tests/fuse/groups" "$tmp/new" <<'PY'
import json, sys
src, out = sys.argv[1], sys.argv[2]
a = json.load(open(f"{src}/g17/g17a.json")); a["engagements"] = []
json.dump(a, open(f"{out}/g17a.json", "w"))
c = json.load(open(f"{src}/g17/g17c.json"))
c["engagements"][0]["date"] = "2025-03-05"; c["engagements"][0]["location"] = {"city": "Jakarta", "country": "IDN"}
json.dump(c, open(f"{out}/g17c.json", "w"))
PY
"$bin" ingest --db "$db" --records "$tmp/new" 2>"$tmp/err" || fail "changed ingest"
grep -q "2 replaced" "$tmp/err" || fail "documents not replaced: $(cat "$tmp/err")"
check_text "after the change"
"$bin" export --db "$db" > "$tmp/new.jsonl"
# The re-fused occasion is found by a word of its (rewritten) text.
word=$(python3 -c "import json,sys
for l in open(sys.argv[1]):
  o = json.loads(l)
  if any(r['doc'] == 'g17c' for r in o['reports']): print(max((o.get('name') or o['kind']).split(), key=len))" "$tmp/new.jsonl")
[ -n "$word" ] || fail "no word to search"
"$bin" query --db "$db" --text "$word" --format jsonl | grep -q '"doc":"g17c"' || fail "--text $word does not find g17c's occasion"
grep -q '"doc":"g17a"' "$tmp/new.jsonl" && fail "g17a's old engagement still in an occasion"
python3 - "$tmp/new.jsonl" <<'PY' || fail "g17c not re-fused into its own March occasion"
import json, sys
occ = [json.loads(l) for l in open(sys.argv[1])]
c = [o for o in occ if any(r["doc"] == "g17c" for r in o["reports"])]
b = [o for o in occ if any(r["doc"] == "g17b" for r in o["reports"])]
assert len(c) == 1 and c[0]["date"] == "2025-03-05" and c[0]["location"]["city"] == "Jakarta", c
assert len(b) == 1 and [r["doc"] for r in b[0]["reports"]] == ["g17b"], b
PY
"$bin" changes --db "$db" --since "$mark" > "$tmp/feed"
grep -q '"change":"retracted"' "$tmp/feed" || grep -q '"change":"merged"' "$tmp/feed" || fail "no retraction in feed: $(cat "$tmp/feed")"
grep -q '"change":"updated"\|"change":"created"' "$tmp/feed" || fail "no update in feed"

# The originals back: the original export, byte for byte.
"$bin" ingest --db "$db" --records "$src/tests/fuse/groups/g17/g17a.json" --records "$src/tests/fuse/groups/g17/g17c.json" 2>/dev/null || fail "restore"
"$bin" export --db "$db" | cmp -s - "$tmp/ref.jsonl" || fail "restoring the originals did not restore the export"
check_text "after the restore"
echo "ok"
