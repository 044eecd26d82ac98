#!/usr/bin/env bash
# Configures and builds attache into a build folder (default: build/).
#   scripts/build.sh [BUILD_DIR] [extra cmake args...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-$root/build}
shift || true
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S "$root" -B "$dir" -G Ninja -DATTACHE_WERROR=ON "$@" >/dev/null
cmake --build "$dir" -j"$jobs"
