#!/usr/bin/env bash
# Idempotence: the same documents ingested at once, shuffled file by file, in batches, and twice
# give a byte-identical export (and so the same ids: a rebuilt store has the same ids).
bin=$1; src=$2
source "$src/tests/store/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mapfile -t files < <(records_list)
[ "${#files[@]}" -ge 40 ] || fail "test set not found (${#files[@]} files)"

"$bin" ingest --db "$tmp/a.db" "${files[@]/#/--records=}" 2>"$tmp/err" || { cat "$tmp/err"; fail "ingest a"; }
"$bin" export --db "$tmp/a.db" > "$tmp/a.jsonl" || fail "export a"
[ "$(wc -l < "$tmp/a.jsonl")" -ge 40 ] || fail "too few occasions"

# shuffled, one file per run, batch size 3, each file twice
for round in 1 2; do
  for f in $(printf '%s\n' "${files[@]}" | shuf --random-source=<(yes $round)); do
    "$bin" ingest --db "$tmp/b.db" --batch 3 --records "$f" 2>>"$tmp/err" || fail "ingest b $f"
  done
done
"$bin" export --db "$tmp/b.db" > "$tmp/b.jsonl"
cmp "$tmp/a.jsonl" "$tmp/b.jsonl" || { diff "$tmp/a.jsonl" "$tmp/b.jsonl" | head -5; fail "shuffled replay differs"; }
# persons are assembled incrementally from stored roles: the same objects whatever the order
"$bin" export --db "$tmp/a.db" --what persons > "$tmp/a.persons"
"$bin" export --db "$tmp/b.db" --what persons | cmp - "$tmp/a.persons" || fail "shuffled replay: persons differ"
"$bin" export --db "$tmp/b.db" --what commitments | cmp - <("$bin" export --db "$tmp/a.db" --what commitments) \
  || fail "shuffled replay: commitments differ"

# reverse order, batches of 7, in one run
mapfile -t rev < <(printf '%s\n' "${files[@]}" | tac)
"$bin" ingest --db "$tmp/c.db" --batch 7 "${rev[@]/#/--records=}" 2>>"$tmp/err" || fail "ingest c"
"$bin" export --db "$tmp/c.db" > "$tmp/c.jsonl"
cmp "$tmp/a.jsonl" "$tmp/c.jsonl" || fail "reverse replay differs"
"$bin" export --db "$tmp/c.db" --what persons | cmp - "$tmp/a.persons" || fail "reverse replay: persons differ"
# one document at a time, in a third order: every batch re-fuses only what it touches
mapfile -t third < <(printf '%s\n' "${files[@]}" | shuf --random-source=<(yes 7))
"$bin" ingest --db "$tmp/d.db" --batch 1 "${third[@]/#/--records=}" 2>>"$tmp/err" || fail "ingest d"
"$bin" export --db "$tmp/d.db" | cmp - "$tmp/a.jsonl" || fail "one-by-one replay differs"
"$bin" export --db "$tmp/d.db" --what persons | cmp - "$tmp/a.persons" || fail "one-by-one replay: persons differ"

# a second ingest of everything changes nothing, and logs nothing
before=$("$bin" changes --db "$tmp/a.db" | wc -l)
"$bin" ingest --db "$tmp/a.db" "${files[@]/#/--records=}" 2>"$tmp/err2" || fail "re-ingest"
grep -q "0 added, 0 replaced" "$tmp/err2" || fail "re-ingest was not a no-op: $(cat "$tmp/err2")"
after=$("$bin" changes --db "$tmp/a.db" | wc -l)
[ "$before" = "$after" ] || fail "re-ingest logged changes"
"$bin" export --db "$tmp/a.db" | cmp - "$tmp/a.jsonl" || fail "re-ingest changed the export"

# end to end through the extractor: the seed articles, twice in different orders
seeds=("$src"/../shared/data/seeds/*.txt)
"$bin" ingest --db "$tmp/e1.db" "${seeds[@]}" 2>/dev/null || fail "extract ingest 1"
mapfile -t seeds_rev < <(printf '%s\n' "${seeds[@]}" | tac)
for s in "${seeds_rev[@]}"; do "$bin" ingest --db "$tmp/e2.db" "$s" 2>/dev/null || fail "extract ingest $s"; done
"$bin" export --db "$tmp/e1.db" > "$tmp/e1.jsonl"
"$bin" export --db "$tmp/e2.db" | cmp - "$tmp/e1.jsonl" || fail "extract replay differs"
echo "ok: $(wc -l < "$tmp/a.jsonl") occasions, identical across 4 replays"
