#!/usr/bin/env bash
# `attache clean` through the binary on a folder of good and bad inputs: the good articles come
# out, every failed or skipped input gets one JSON line in --errors FILE (path, offset, reason),
# the end-of-run summary counts them (skipped by reason, duplicates, errors, MB/s), --progress
# prints plain lines when stderr is not a terminal, and the run exits 1 (input errors) not 0/crash.
set -uo pipefail
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
in="$tmp/in"
mkdir -p "$in"

article='The defence ministers of the two countries met in the capital on Monday and agreed to expand
training, search and rescue cooperation and exchanges of young officers over the coming two years.'
printf '%s\n' "$article" >"$in/01_good.txt"
printf 'ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00' >"$in/02_junk.html"
: >"$in/03_empty.warc"
printf '%s\n' '{"id":"ok","text":"A naval delegation visited the port city on Friday for talks on maritime safety and a joint search and rescue drill."}' \
  '{"id":5.5,"text":["not","a","string"]}' '{not json' >"$in/04_feed.jsonl"
printf '%s\n' "$article" | gzip | gzip | gzip | gzip >"$in/05_deep.txt.gz"
printf '%s\n' "$article" >"$in/06_copy.txt"  # an exact duplicate of 01

"$bin" clean --progress --errors "$tmp/errors.jsonl" "$in" >"$tmp/out.txt" 2>"$tmp/err.txt"
rc=$?
fail() {
  echo "FAIL: $*" >&2
  echo "--- stdout" >&2
  cat "$tmp/out.txt" >&2
  echo "--- stderr" >&2
  cat "$tmp/err.txt" >&2
  echo "--- errors.jsonl" >&2
  cat "$tmp/errors.jsonl" >&2
  exit 1
}
[[ $rc == 1 ]] || fail "exit code $rc, want 1 (input errors)"
grep -q "agreed to expand" "$tmp/out.txt" || fail "good text article missing"
grep -q "naval delegation visited" "$tmp/out.txt" || fail "good JSON line missing"

python3 - "$tmp/errors.jsonl" <<'PY' || fail "error log"
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
by_file = {}
for r in recs:
    assert r.get("path") and r.get("reason") and r.get("message"), r
    by_file.setdefault(r["path"].rsplit("/", 1)[-1], []).append(r)
want = {"02_junk.html", "03_empty.warc", "04_feed.jsonl", "05_deep.txt.gz", "06_copy.txt"}
assert set(by_file) == want, sorted(by_file)
assert len(by_file["04_feed.jsonl"]) == 2, by_file["04_feed.jsonl"]
assert sorted(r["line"] for r in by_file["04_feed.jsonl"]) == [2, 3], by_file["04_feed.jsonl"]
assert by_file["06_copy.txt"][0]["reason"] == "duplicate", by_file["06_copy.txt"]
print("ok:", len(recs), "error-log lines")
PY

summary=$(grep "^attache clean: " "$tmp/err.txt" | tail -1)
[[ -n $summary ]] || fail "no summary line"
for want in "6 inputs" "4 documents read: 2 cleaned" "duplicate 1" "1 duplicates" "MB/s"; do
  [[ $summary == *"$want"* ]] || fail "summary lacks '$want': $summary"
done
grep -q "^progress: done: " "$tmp/err.txt" || fail "no progress line"
echo "ok: $summary"
