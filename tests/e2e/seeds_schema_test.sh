#!/usr/bin/env bash
# The binary on the seed articles, as JSON Lines with their publication dates and as bare .txt files:
# every output line must be valid against the shared schema, and eval must score it.
set -euo pipefail
bin=$1; src=$2
seeds="$src/../shared/data/seeds"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
py=/usr/bin/python3; [ -x "$py" ] || py=python3

"$bin" pack --published-tsv "$seeds/published.tsv" "$seeds"/*.txt > "$tmp/seeds.jsonl"
"$bin" extract "$tmp/seeds.jsonl" > "$tmp/pred.jsonl"
"$py" "$src/tests/e2e/validate_schema.py" "$src/../shared/spec/engagement.schema.json" "$tmp/pred.jsonl" 5
# every document carries its publication date
[ "$(grep -c '"published":"20' "$tmp/pred.jsonl")" -eq 5 ]

"$bin" extract "$seeds"/*.txt > "$tmp/bare.jsonl"
"$py" "$src/tests/e2e/validate_schema.py" "$src/../shared/spec/engagement.schema.json" "$tmp/bare.jsonl" 5
# without a publication date nothing relative is resolved: no engagement is dated by "on Tuesday"
grep -q '"doc":"000_6ff3011f77843652","published":null' "$tmp/bare.jsonl"

# folder input and --threads give the same bytes as one thread
"$bin" extract --threads 1 "$tmp/seeds.jsonl" > "$tmp/one.jsonl"
"$bin" extract --threads 2 "$tmp/seeds.jsonl" > "$tmp/two.jsonl"
cmp "$tmp/one.jsonl" "$tmp/two.jsonl"

"$bin" eval --gold "$seeds/gold" "$tmp/pred.jsonl" > "$tmp/eval.txt"
grep -q "slots (headline)" "$tmp/eval.txt"
echo "seeds: schema-valid, scored"
