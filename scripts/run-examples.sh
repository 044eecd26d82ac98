#!/usr/bin/env bash
# The main job on the bundled examples: installs what is missing, builds, extracts every article in
# examples/ (with its publication date from examples/published.tsv), writes the records to
# out/examples.jsonl, prints a readable summary, and scores them against examples/gold.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/setup.sh
bash scripts/build.sh "$root/build" >/dev/null
mkdir -p out
bin="$root/build/attache"
# Articles as JSON Lines, each with its publication date (the plain .txt files carry none).
"$bin" pack --published-tsv examples/published.tsv examples/*.txt > out/examples.input.jsonl
"$bin" extract out/examples.input.jsonl > out/examples.jsonl
"$bin" show out/examples.jsonl
echo
echo "Records written to out/examples.jsonl"
echo
"$bin" eval --gold examples/gold out/examples.jsonl | head -16
# The other sets (examples/more, fresh, fresh2, fresh3, fresh4, fresh5 and fresh6: development; examples/heldout,
# heldout2, heldout3, heldout4, heldout5, heldout6 and heldout7: never tuned on):
# headline only.
for set in more heldout heldout2 heldout3 heldout4 heldout5 heldout6 heldout7 fresh fresh2 fresh3 fresh4 fresh5 fresh6; do
  "$bin" pack --published-tsv "examples/$set/published.tsv" "examples/$set"/*.txt > "out/examples-$set.input.jsonl"
  "$bin" extract "out/examples-$set.input.jsonl" > "out/examples-$set.jsonl" 2>/dev/null
  echo
  echo "examples/$set:"
  "$bin" eval --gold "examples/$set/gold" "out/examples-$set.jsonl" | sed -n '3,5p'
done
