#!/usr/bin/env bash
# Throughput benchmark: installs what is missing, builds (RelWithDebInfo), generates the seeded
# corpora under out/bench/ (200 MB mixed + its relevant articles; kept for later runs), and runs
# bench/run_bench.py: MB/s and documents/s of `attache extract` on 1, 2 and all threads against
# `wc -w` on the same bytes, peak memory, and the determinism, pre-filter recall and streaming checks.
# Results: out/bench/latest.json (and out/bench/results/ for comparing commits).
# Options are passed on: bash scripts/bench.sh --mb 50 --runs 5
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/setup.sh
bash scripts/build.sh "$root/build" >/dev/null
py=/usr/bin/python3; [ -x "$py" ] || py=python3
exec "$py" bench/run_bench.py --attache "$root/build/attache" --out "$root/out/bench" "$@"
