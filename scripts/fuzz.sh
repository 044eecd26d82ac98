#!/usr/bin/env bash
# Runs every libFuzzer target (fuzz/*_fuzzer.cpp) for a bounded time each.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 60 seconds, every target)
#
# Builds with clang (-fsanitize=fuzzer,address) into build-fuzz/ (ATTACHE_FUZZ_BUILD overrides).
# Each target starts from its committed seed and regression inputs in fuzz/corpus/<target>/ and
# grows a working corpus under the build folder, so the repository is not touched. A crash,
# leak or timeout leaves its input in build-fuzz/artifacts/; fix the bug, then copy the input
# into fuzz/corpus/<target>/ so that every later run replays it. Exit status 1 if any target failed.
set -euo pipefail

per_target=${1:-60}
shift || true
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ATTACHE_FUZZ_BUILD:-$root/build-fuzz}
jobs=${JOBS:-2}

if ! command -v clang++ >/dev/null; then
  echo "fuzz: clang++ not found (run scripts/setup.sh)" >&2
  exit 2
fi

targets=("$@")
if ((${#targets[@]} == 0)); then
  for f in "$root"/fuzz/*_fuzzer.cpp; do targets+=("$(basename "$f" .cpp)"); done
fi

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DATTACHE_FUZZ=ON -DATTACHE_TESTS=OFF -DATTACHE_WERROR=OFF >/dev/null
cmake --build "$build" -j"$jobs" --target "${targets[@]}"

mkdir -p "$build/artifacts"
failed=()
for t in "${targets[@]}"; do
  seeds="$root/fuzz/corpus/$t"
  work="$build/corpus/$t"
  mkdir -p "$seeds" "$work"
  # The HTML targets also start from the team's test pages (tests/clean/pages), rather than copies.
  extra=()
  [[ $t == html_* ]] && extra=("$root/tests/clean/pages")
  echo "fuzz: $t for ${per_target}s" >&2
  # Seeds and regression inputs are read from $seeds; new inputs go to $work only.
  if ! "$build/$t" -max_total_time="$per_target" -timeout=20 -rss_limit_mb=2560 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix="$build/artifacts/$t-" "$work" "$seeds" "${extra[@]}" \
      2>"$build/$t.log"; then
    failed+=("$t")
    echo "fuzz: $t FAILED; see $build/$t.log and $build/artifacts/" >&2
    tail -n 30 "$build/$t.log" >&2
  else
    grep -E "stat::number_of_executed_units|stat::new_units_added" "$build/$t.log" | sed "s/^/fuzz: $t: /" >&2 || true
  fi
done

if ((${#failed[@]} > 0)); then
  echo "fuzz: failed: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: all ${#targets[@]} targets ran ${per_target}s without a crash" >&2
