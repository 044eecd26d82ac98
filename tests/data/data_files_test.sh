#!/usr/bin/env bash
# Checks the knowledge files in data/ (countries, places, groups, area phrases): TSV shape, ISO codes,
# area ids, duplicate keys, forms that would lead to two countries. $1 = attache binary (unused),
# $2 = source dir. Fails (non-zero) on any problem, printing file:line: what.
set -euo pipefail
src="${2:?usage: data_files_test.sh BINARY SOURCE_DIR}"
python3 "$src/tests/data/check_data.py" "$src/data" "$src/../shared/spec/areas.tsv"
