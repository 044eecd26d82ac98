#!/usr/bin/env bash
# `attache ingest --errors FILE`: every failed or skipped record is written with its path, real line
# and reason, the end summary counts agree with the file, and threads 1 and 2 give the same file.
set -euo pipefail
bin=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
rep='Navy chief Admiral Tove Rask received the visiting air force commander of Ghana at the naval staff in Bergen on Tuesday, and both agreed on joint pilot training.'
{
  printf '{"id":"n1","text":"%s","published":"2025-04-02"}\n' "$rep"
  printf '{"id":"n2","text": oops\n'                                   # malformed, line 2
  printf '\n'                                                          # blank line still counts
  printf '{"id":"n3","text":"  "}\n'                                   # empty, line 4
  printf '{"id":"n4","text":"Der Verteidigungsminister traf am Montag in Berlin seinen Amtskollegen, um über die Ausbildung von Offizieren und die Zusammenarbeit der Marine zu sprechen."}\n'
} > "$tmp/in.jsonl"
for t in 1 2; do
  "$bin" ingest --db "$tmp/db$t.sqlite" --threads "$t" --errors "$tmp/e$t.jsonl" "$tmp/in.jsonl" \
    > /dev/null 2> "$tmp/err$t" && fail "an input error should give a non-zero exit"
done
cmp "$tmp/e1.jsonl" "$tmp/e2.jsonl" || fail "errors file differs between 1 and 2 threads"
e=$tmp/e1.jsonl
grep -q '"path":"[^"]*in.jsonl","line":2,"severity":"error".*"reason":"malformed"' "$e" || { cat "$e"; fail "malformed line"; }
grep -q '"line":4,.*"reason":"empty"' "$e" || { cat "$e"; fail "empty record"; }
grep -q '"line":5,.*"reason":"language"' "$e" || { cat "$e"; fail "non-English record"; }
[ "$(grep -c . "$e")" -eq 3 ] || { cat "$e"; fail "expected exactly 3 lines"; }
sum=$(grep '^attache ingest: 1 input' "$tmp/err1") || fail "no summary line"
[[ $sum == *"3 documents read: 1 cleaned, 2 skipped (empty 1, language 1)"* ]] || fail "summary: $sum"
[[ $sum == *" engagements, 1 error,"* ]] || fail "summary: $sum"
echo "ingest --errors: positions, reasons and summary agree"
