#!/usr/bin/env bash
# The same store on PostgreSQL 15 (a private cluster started by scripts/pg.sh in a temporary folder):
# the export and every answer of the query suite are byte-identical to SQLite's; replaying shuffled
# batches is idempotent there too; a changed document replaces its records.
bin=$1; src=$2
source "$src/tests/store/lib.sh"
tmp=$(mktemp -d)
pgdir="$tmp/pg"
cleanup() { "$src/scripts/pg.sh" stop "$pgdir" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
url=$("$src/scripts/pg.sh" start "$pgdir") || fail "could not start PostgreSQL"
mapfile -t files < <(records_list)

"$bin" ingest --db "$tmp/s.db" "${files[@]/#/--records=}" 2>/dev/null || fail "sqlite ingest"
# PostgreSQL: shuffled, in batches of 5, each twice.
for round in 1 2; do
  mapfile -t sh < <(printf '%s\n' "${files[@]}" | shuf --random-source=<(yes $round))
  "$bin" ingest --db "$url" --batch 5 "${sh[@]/#/--records=}" 2>"$tmp/err" || fail "postgres ingest: $(cat "$tmp/err")"
done
"$bin" export --db "$tmp/s.db" > "$tmp/s.jsonl"
"$bin" export --db "$url" > "$tmp/p.jsonl" || fail "postgres export"
cmp "$tmp/s.jsonl" "$tmp/p.jsonl" || fail "exports differ between SQLite and PostgreSQL"

bash "$src/tests/store/query_suite.sh" "$bin" "$tmp/s.db" > "$tmp/qs"
bash "$src/tests/store/query_suite.sh" "$bin" "$url" > "$tmp/qp"
diff "$tmp/qs" "$tmp/qp" > "$tmp/qd" || { head -20 "$tmp/qd"; fail "query suite answers differ"; }
[ "$(grep -c '^## exit 0' "$tmp/qp")" = 23 ] || fail "some queries failed on PostgreSQL"

# A changed document replaces its records on PostgreSQL too.
python3 - "$src/tests/fuse/groups/g17/g17a.json" "$tmp/g17a.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1])); a["engagements"] = []; json.dump(a, open(sys.argv[2], "w"))
PY
"$bin" ingest --db "$url" --records "$tmp/g17a.json" 2>/dev/null || fail "changed ingest"
"$bin" ingest --db "$tmp/s.db" --records "$tmp/g17a.json" 2>/dev/null || fail "changed ingest sqlite"
"$bin" export --db "$url" | grep -q '"doc":"g17a"' && fail "g17a still reported on PostgreSQL"
cmp <("$bin" export --db "$tmp/s.db") <("$bin" export --db "$url") || fail "exports differ after the change"
"$bin" changes --db "$url" | grep -q '"change":"retracted"' || fail "no retraction in the PostgreSQL feed"

# A newer schema is refused there too.
"$bin" ingest --db "$url" --records "$src/tests/fuse/groups/g01" 2>/dev/null
psql_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/psql
runas=""; [ "$(id -u)" = 0 ] && runas="runuser -u postgres --"
$runas "$psql_bin" "$url" -qc "insert into schema_version values (7, 'x')" || fail "psql"
"$bin" export --db "$url" 2>"$tmp/err"; rc=$?
[ $rc -eq 3 ] && grep -q "schema version 7, newer" "$tmp/err" || fail "newer schema on PostgreSQL: $rc $(cat "$tmp/err")"
echo ok
