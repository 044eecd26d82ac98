#!/usr/bin/env bash
# A commitment (planned or proposed occasion) is open, overdue once its stated time has passed
# (relative to the newest publication date stored, or --as-of), and fulfilled when the held report
# arrives -- in either arrival order, with the same result.
bin=$1; src=$2
source "$src/tests/store/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
g=$src/tests/fuse/groups/g14
status() { "$bin" commitments --db "$1" --format jsonl "${@:2}" | python3 -c "import json,sys; print(' '.join(json.loads(l)['status'] for l in sys.stdin))"; }

"$bin" ingest --db "$tmp/a.db" --records "$g/g14a.json" 2>/dev/null || fail "ingest plan"
[ "$(status "$tmp/a.db")" = "open" ] || fail "plan alone not open: $(status "$tmp/a.db")"
[ "$(status "$tmp/a.db" --as-of 2026-01-15)" = "overdue" ] || fail "not overdue after its year"
[ "$("$bin" commitments --db "$tmp/a.db" --overdue --as-of 2026-01-15 --format jsonl | wc -l)" = 1 ] || fail "--overdue filter"
[ "$("$bin" commitments --db "$tmp/a.db" --open --as-of 2026-01-15 --format jsonl | wc -l)" = 0 ] || fail "--open filter"
"$bin" ingest --db "$tmp/a.db" --records "$g/g14b.json" --records "$g/g14c.json" 2>/dev/null || fail "ingest held"
[ "$(status "$tmp/a.db" --as-of 2026-01-15)" = "fulfilled" ] || fail "held report did not fulfil it"

"$bin" ingest --db "$tmp/b.db" --records "$g/g14c.json" --records "$g/g14b.json" 2>/dev/null || fail "ingest held first"
"$bin" ingest --db "$tmp/b.db" --records "$g/g14a.json" 2>/dev/null || fail "ingest plan later"
[ "$(status "$tmp/b.db")" = "fulfilled" ] || fail "plan after the held report not fulfilled"
cmp <("$bin" commitments --db "$tmp/a.db" --format jsonl) <("$bin" commitments --db "$tmp/b.db" --format jsonl) \
  || fail "arrival order changed the commitment"
cmp <("$bin" export --db "$tmp/a.db") <("$bin" export --db "$tmp/b.db") || fail "arrival order changed the export"

# The whole set: the seeds' Vietnam-Malaysia first dialogue (planned in 000 and 001) is fulfilled by g15.
mapfile -t files < <(records_list)
"$bin" ingest --db "$tmp/all.db" "${files[@]/#/--records=}" 2>/dev/null || fail "ingest all"
"$bin" commitments --db "$tmp/all.db" --fulfilled --format jsonl > "$tmp/f"
python3 - "$tmp/f" <<'PY' || fail "Vietnam-Malaysia commitment not fulfilled by g15"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
my = [r for r in rows if r["ordinal"] == 1 and "Malaysia" in (r["mechanism"] or "")]
assert len(my) == 1, rows
docs = {c["doc"][:3] for c in my[0]["committed_in"]}
assert docs == {"000", "001"}, docs
assert {h["doc"] for h in my[0]["held_in"]} == {"g15a", "g15b"}
PY
echo "ok"
