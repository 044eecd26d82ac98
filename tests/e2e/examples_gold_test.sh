#!/usr/bin/env bash
# Every example set's gold is valid: schema, area ids, ISO codes, published dates, participants named in
# the text (examples/tools/check_gold.py). And the checker does catch a broken gold file.
set -euo pipefail
src=$2
py=/usr/bin/python3; [ -x "$py" ] || py=python3
export ATTACHE_SPEC="$src/../shared/spec"
sets=()
for d in "$src/examples" "$src"/examples/*/; do
  [ -f "$d/published.tsv" ] && sets+=("${d%/}")
done
[ "${#sets[@]}" -ge 5 ]
"$py" "$src/examples/tools/check_gold.py" "${sets[@]}"

# a set whose gold is written as data (tools/build_gold.py, on examples/tools/gold_builder.py) regenerates it unchanged
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for d in "$src"/examples/*/; do
  [ -f "$d/tools/build_gold.py" ] || continue
  name=$(basename "$d")
  mkdir -p "$tmp/regen/examples" && cp -r "$src/examples/tools" "$tmp/regen/examples/" && cp -r "$d" "$tmp/regen/examples/$name"
  rm -rf "$tmp/regen/examples/$name/gold" "$tmp/regen/examples/$name/published.tsv"
  "$py" "$tmp/regen/examples/$name/tools/build_gold.py" > /dev/null
  diff -r "$d/gold" "$tmp/regen/examples/$name/gold"
  cmp "$d/published.tsv" "$tmp/regen/examples/$name/published.tsv"
done

# a copy of one set with a wrong area id, a country that is no ISO code and a name absent from the text
cp -r "$src/examples/heldout" "$tmp/set"
g=$(ls "$tmp/set/gold/"*.json | head -1)
"$py" - "$g" <<'PY'
import json, sys
p = sys.argv[1]; d = json.load(open(p))
e = d["engagements"][0]
e["areas"].append("underwater_basket_weaving")
e["countries"].append("XYZ")
e["participants"].append({"name": "Nobody Innarticle", "country": None, "title": None, "rank": None, "organization": None})
json.dump(d, open(p, "w"))
PY
if "$py" "$src/examples/tools/check_gold.py" "$tmp/set" > "$tmp/out.txt"; then
  echo "check_gold.py accepted a broken gold file"; exit 1
fi
grep -q "unknown area underwater_basket_weaving" "$tmp/out.txt"
grep -q "country XYZ is no ISO" "$tmp/out.txt"
grep -q "'Nobody Innarticle' not found" "$tmp/out.txt"
echo "example gold: valid; broken gold rejected"
