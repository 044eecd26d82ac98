#!/usr/bin/env bash
# `attache eval` end to end: exit codes, JSON output, the seed gold scored against itself.
# $1 = attache binary, $2 = source dir.
set -euo pipefail
bin=$1
seeds=$2/../shared/data/seeds/gold
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# A data folder of our own, so the test does not depend on data/countries.tsv's contents.
mkdir -p "$tmp/data"
printf 'code\tname\taliases\tdemonyms\nUSA\tUnited States\tUS\tAmerican\n' >"$tmp/data/countries.tsv"
export ATTACHE_DATA=$tmp/data

# Seed gold against itself: every figure 1.0, exit 0.
"$bin" eval --gold "$seeds" "$seeds" --json >"$tmp/self.json" || fail "self-score exit $?"
python3 - "$tmp/self.json" <<'PY' || fail "self-score is not perfect"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["documents"]["gold"] == 5, r["documents"]
for k in ("slots", "engagements", "participants", "countries", "areas", "groups"):
    assert r[k]["f1"] == 1.0, (k, r[k])
for k, v in list(r["fields"].items()) + list(r["participant_attributes"].items()):
    assert v["accuracy"] == 1.0, (k, v)
assert all(d["slots"]["f1"] == 1.0 for d in r["per_document"])
assert r["problems"] == []
PY

# JSON Lines predictions with a malformed line: scored, reported with file:line, exit 1.
python3 - "$seeds" "$tmp/pred.jsonl" <<'PY'
import json, os, sys
files = sorted(f for f in os.listdir(sys.argv[1]) if f.endswith(".json"))
lines = [json.dumps(json.load(open(os.path.join(sys.argv[1], f)))) for f in files]
lines.insert(2, '{"doc": "broken", "engagements": [')
open(sys.argv[2], "w").write("\n".join(lines) + "\n")
PY
set +e
"$bin" eval --gold "$seeds" "$tmp/pred.jsonl" >"$tmp/table.txt" 2>"$tmp/err.txt"
rc=$?
set -e
[[ $rc == 1 ]] || fail "malformed line: exit $rc, expected 1"
grep -q "pred.jsonl:3: error" "$tmp/err.txt" || fail "no file:line for the malformed line: $(cat "$tmp/err.txt")"
grep -Eq "^slots \(headline\) +550 +550 +550 +1\.000 +1\.000 +1\.000" "$tmp/table.txt" || fail "table: $(cat "$tmp/table.txt")"

# Verbose: a diff per document.
"$bin" eval --gold "$seeds" "$seeds" --verbose >"$tmp/verbose.txt"
grep -q "^== 000_6ff3011f77843652: slot F1 1.000" "$tmp/verbose.txt" || fail "verbose diff"

# Usage errors: exit 2. --help: exit 0.
set +e
"$bin" eval "$seeds" >/dev/null 2>&1; rc=$?
[[ $rc == 2 ]] || fail "missing --gold: exit $rc"
"$bin" eval --gold "$seeds" "$tmp/nonexistent.jsonl" >/dev/null 2>&1; rc=$?
[[ $rc == 2 ]] || fail "missing predictions: exit $rc"
"$bin" eval --gold "$tmp" "$seeds" >/dev/null 2>&1; rc=$?
[[ $rc == 2 ]] || fail "gold folder without records: exit $rc"
set -e
"$bin" eval --help >"$tmp/help.txt"
grep -q -- "--verbose" "$tmp/help.txt" || fail "--help"
echo "eval_cli_test: ok"
