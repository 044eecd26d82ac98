#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what is missing, builds with warnings as
# errors, runs every test, then builds again under AddressSanitizer + UndefinedBehaviorSanitizer
# and runs the suite once more. This is what .ci/run calls.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/setup.sh

echo "== build (release, -Werror)"
bash scripts/build.sh "$root/build"
echo "== tests"
ctest --test-dir "$root/build" --output-on-failure -j2

echo "== build (ASan + UBSan)"
bash scripts/build.sh "$root/build-asan" -DCMAKE_BUILD_TYPE=Debug -DATTACHE_SANITIZE=ON
echo "== tests under sanitizers"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir "$root/build-asan" --output-on-failure -j2 -LE slow
