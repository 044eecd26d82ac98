#!/usr/bin/env bash
# `attache extract` on many threads: workers parse raw JSON lines, an ordered writer keeps the output.
# Checks, on awkward inputs (bad lines, blank and CRLF lines, duplicates, missing ids, a text file, a
# folder, standard input), that
#   - stdout and stderr are byte-identical on 1, 2 and 5 threads;
#   - they are byte-identical to the reference reader (ATTACHE_EXTRACT_READER=walk: every input read
#     by ingest::read_inputs on one thread, as before the pipeline);
#   - line numbers and fallback ids name the real line.
set -euo pipefail
bin=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

py=/usr/bin/python3; [ -x "$py" ] || py=python3
"$py" - "$tmp" <<'PY'
import json, os, sys
d = sys.argv[1]
import random
rnd = random.Random(7)
first = ["Rowan", "Ilse", "Tariq", "Mele", "Oskar", "Ayla", "Bruno", "Chidi", "Dana", "Emil"]
last = ["Pellow", "Marten", "Quist", "Harlow", "Veddi", "Sorensen", "Okafor", "Lindqvist", "Moreau", "Tanaka"]
countries = [("Norway", "Oslo"), ("Chile", "Santiago"), ("Kenya", "Nairobi"), ("Peru", "Lima"), ("Japan", "Tokyo")]
topics = ["maritime security", "peacekeeping training", "cyber defence", "military medicine", "search and rescue"]
days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
def report():
    c, city = rnd.choice(countries)
    a = f"{rnd.choice(first)} {rnd.choice(last)}"
    b = f"{rnd.choice(first)} {rnd.choice(last)}"
    return (f"Defence Minister {a} met General {b}, chief of the armed forces of {c}, in {city} on "
            f"{rnd.choice(days)}. The two sides discussed {rnd.choice(topics)} and {rnd.choice(topics)}. "
            f"{a} said the visit of {rnd.randint(2, 9)} officers would follow in {rnd.choice(days)}'s talks.")
def other(i):
    return (f"The {rnd.choice(last)} council approved budget line {i * 37 + rnd.randint(0, 99)} for "
            f"{rnd.choice(['road', 'bridge', 'school', 'park'])} repairs near {rnd.choice(last)} street.")
met = ("Defence Minister Rowan Pellow met his counterpart General Ilse Marten of {c} in {city} on {day} "
       "to discuss maritime security and defence industry cooperation.")
lines = []
for i in range(60):
    text = report() if i % 3 == 0 else other(i)
    rec = {"id": f"r{i}", "text": text, "published": "2025-03-0%d" % (1 + i % 9)}
    if i % 7 == 0:
        del rec["id"]                      # fallback id: stem:line
    if i % 11 == 0:
        rec["id"] = None                   # null id: fallback too
    lines.append(json.dumps(rec))
lines.insert(5, "")                        # blank line (counts as a line)
lines.insert(9, '{"id": "bad", "text": broken')   # malformed
lines.insert(14, '{"id": "n", "text": 42}')       # wrong type
lines.insert(20, '{"id": 7, "text": "Numeric id line about harbour tolls.", "published": 20250101}')
lines.append(lines[1])                     # exact duplicate of an earlier record (other id below)
lines.append(lines[1].replace('"r1"', '"r1-copy"'))
lines.append('{"id": "fr", "text": "Le ministre de la D\\u00e9fense a rencontr\\u00e9 son homologue \\u00e0 Paris lundi pour parler de coop\\u00e9ration navale et de formation des officiers."}')
with open(os.path.join(d, "a.jsonl"), "w", newline="") as f:
    for k, l in enumerate(lines):
        f.write(l + ("\r\n" if k % 5 == 4 else "\n"))
with open(os.path.join(d, "b.jsonl"), "w") as f:
    f.write("\n".join(lines[:12]))         # no final newline; duplicates of a.jsonl's records
os.makedirs(os.path.join(d, "dir", "sub"))
with open(os.path.join(d, "dir", "sub", "note.txt"), "w") as f:
    f.write(met.format(c="Peru", city="Lima", day="Friday") + "\n")
with open(os.path.join(d, "dir", "z.jsonl"), "w") as f:
    f.write("\n".join(lines[30:40]) + "\n")
PY

run() {  # run NAME THREADS [env...] -- extract args
  local name=$1 threads=$2; shift 2
  env "$@" "$bin" extract --threads "$threads" --published 2025-01-01 --errors "$tmp/$name.errors" \
    "$tmp/a.jsonl" "$tmp/b.jsonl" "$tmp/dir" "$tmp/missing.jsonl" > "$tmp/$name.out" 2> "$tmp/$name.all" || true
  # the summary line carries timings: compared apart
  grep -v '^attache extract: ' "$tmp/$name.all" > "$tmp/$name.err" || true
  grep '^attache extract: ' "$tmp/$name.all" | sed 's/, [0-9.]* MB in .*//' > "$tmp/$name.sum"
}
run one 1 X=1
run two 2 X=1
run five 5 X=1
run ref 1 ATTACHE_EXTRACT_READER=walk
run ref3 3 ATTACHE_EXTRACT_READER=walk

for n in two five ref ref3; do
  cmp "$tmp/one.out" "$tmp/$n.out" || fail "stdout of $n differs from 1 thread"
  cmp "$tmp/one.err" "$tmp/$n.err" || { diff "$tmp/one.err" "$tmp/$n.err" | head; fail "stderr of $n differs"; }
  cmp "$tmp/one.errors" "$tmp/$n.errors" || { diff "$tmp/one.errors" "$tmp/$n.errors" | head; fail "errors file of $n differs"; }
  cmp "$tmp/one.sum" "$tmp/$n.sum" || fail "summary of $n differs: $(cat "$tmp/$n.sum")"
done

# --errors: each failed or skipped record with its reason and real position; the summary agrees
ef=$tmp/one.errors
has() { grep -q "$1" "$ef" || { cat "$ef"; fail "errors file lacks $1"; }; }
has '"path":"[^"]*a.jsonl","line":10,"severity":"error".*"reason":"malformed"'
has '"path":"[^"]*a.jsonl","line":15,.*"reason":"bad-value\|"path":"[^"]*a.jsonl","line":15,'
has '"reason":"duplicate"'
has '"reason":"language"'
has '"path":"[^"]*missing.jsonl".*"reason":"io"'
grep '"line":' "$ef" | grep -q '"line":0,' && fail "a record placed on line 0"
sum=$(cat "$tmp/one.sum")
errs=$(grep -c '"severity":"error"' "$ef"); skips=$(grep -c '"severity":"warning"' "$ef")
dups=$(grep -c '"reason":"duplicate"' "$ef")
recs=$(grep -c . "$tmp/one.out")
[[ $sum == *" $((recs + skips)) documents read: $recs cleaned, $skips skipped ("* ]] || fail "summary counts '$sum' vs $recs records, $skips skips"
[[ $sum == *", $dups duplicates"* ]] || fail "summary duplicates '$sum' vs $dups"
[[ $sum == *", $errs errors"* || $sum == *", $errs error" ]] || fail "summary errors '$sum' vs $errs"
[[ $sum == *" engagements"* ]] || fail "summary lacks engagements: $sum"

# an empty document (JSON Lines with blank text) and an empty input are skipped with reason empty
printf '{"id":"e1","text":"   "}\n' > "$tmp/empty.jsonl"; : > "$tmp/nothing.txt"
"$bin" extract --threads 2 --errors "$tmp/empty.errors" "$tmp/empty.jsonl" "$tmp/nothing.txt" >/dev/null 2>&1 || true
grep -q '"path":"[^"]*empty.jsonl","line":1,.*"reason":"empty"' "$tmp/empty.errors" || { cat "$tmp/empty.errors"; fail "empty document not in the errors file"; }
grep -q '"path":"[^"]*nothing.txt".*"reason":"empty"' "$tmp/empty.errors" || fail "empty input not in the errors file"


# what the output says: real line numbers, fallback ids, duplicates skipped
grep -q 'a.jsonl:10: error' "$tmp/one.err" || { cat "$tmp/one.err"; fail "malformed line not placed on line 10"; }
grep -q '"doc":"a:1"' "$tmp/one.out" || fail "fallback id of line 1 missing"
grep -q '"doc":"a:9"' "$tmp/one.out" || fail "fallback id of line 9 missing"
grep -q '"doc":"7"' "$tmp/one.out" || fail "numeric id lost"
grep -q "exact duplicate of 'r1'" "$tmp/one.err" || fail "duplicate not reported"
grep -q "missing.jsonl" "$tmp/one.err" || fail "missing input not reported"
grep -q '"doc":"note"' "$tmp/one.out" || fail "text file in a folder not read"
[ "$(grep -c . "$tmp/one.out")" -gt 50 ] || fail "too few records"
grep -q "near duplicate" "$tmp/one.err" && fail "test texts are near duplicates of one another"
grep -q '"engagements":\[{' "$tmp/one.out" || fail "no engagement extracted at all"

# standard input, JSON Lines and plain text
"$bin" extract --threads 2 - < "$tmp/a.jsonl" > "$tmp/stdin.out" 2> "$tmp/stdin.err" || true
ATTACHE_EXTRACT_READER=walk "$bin" extract --threads 1 - < "$tmp/a.jsonl" > "$tmp/stdin_ref.out" 2> "$tmp/stdin_ref.err" || true
cmp "$tmp/stdin.out" "$tmp/stdin_ref.out" || fail "stdin output differs from the reference reader"
sed -i '/^attache extract: /d' "$tmp/stdin.err" "$tmp/stdin_ref.err"
cmp "$tmp/stdin.err" "$tmp/stdin_ref.err" || fail "stdin diagnostics differ from the reference reader"
grep -q '"doc":"stdin:1"' "$tmp/stdin.out" || fail "stdin fallback id"
"$bin" extract --threads 2 --published 2025-01-01 - < "$tmp/dir/sub/note.txt" > "$tmp/txt.out" 2>/dev/null
grep -q '"doc":"stdin"' "$tmp/txt.out" || fail "plain text on stdin not read"
echo "extract pipeline: identical on 1, 2, 5 threads and to the reference reader"
