#!/usr/bin/env bash
# `attache annotate --data DIR`: a rank, an office word and a city added in a user folder are recognised.
set -euo pipefail
bin=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/data"
printf 'rank\tvariants\nWing Commodore\tWing Commodore|W/Cdre\n' > "$tmp/data/ranks.tsv"
printf 'word\trole\nQuartermaster\thead\n' > "$tmp/data/offices.tsv"
printf 'name\tcountry\ttype\taliases\nPort Qelvara\tPNG\tcity\tQelvara Port\n' > "$tmp/data/places.tsv"
cat > "$tmp/article.txt" <<'TXT'
Ships call at Port Qelvara

Wing Commodore Tobias Renner, Quartermaster of the Joint Logistics Command, arrived in Port Qelvara on Monday.
TXT
# without the folder: neither the rank nor the city is known
"$bin" annotate --json "$tmp/article.txt" > "$tmp/plain.json"
"$bin" annotate --json --data "$tmp/data" "$tmp/article.txt" > "$tmp/with.json"
python3 - "$tmp/plain.json" "$tmp/with.json" <<'PY'
import json, sys
plain = json.loads(open(sys.argv[1]).readline())
with_ = json.loads(open(sys.argv[2]).readline())
def person(doc):
    return next((p for p in doc["people"] if p["name"] == "Tobias Renner"), None)
def places(doc):
    return {m["id"] for m in doc["mentions"] if m["type"] == "place"}
p = person(with_)
assert p is not None, with_["people"]
assert p["rank"] == "Wing Commodore", p
assert p["title"] == "Quartermaster of the Joint Logistics Command", p
assert "Port Qelvara" in places(with_), places(with_)
assert "Port Qelvara" not in places(plain), places(plain)
q = person(plain)
assert q is None or q["rank"] != "Wing Commodore", q
print("ok")
PY
