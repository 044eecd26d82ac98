#!/usr/bin/env bash
# Installs every system package attache needs to build, test and benchmark, through apt-get.
# Idempotent: packages already present are left alone, and apt is not touched at all when
# nothing is missing (so a second run costs well under a second).
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang clang-format libclang-rt-14-dev
  # libraries the engine links
  nlohmann-json3-dev libsimdjson-dev libre2-dev libcli11-dev libicu-dev
  libsqlite3-dev libpq-dev libxml2-dev zlib1g-dev libuchardet-dev libcld2-dev
  # knowledge base server for the PostgreSQL store tests
  postgresql
  # knowledge packages (ISO 3166 names and codes)
  iso-codes
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev python3 python3-jsonschema hyperfine time
  # profiling (bench/README.md): perf sampling, or valgrind where perf counters are not available
  linux-perf valgrind
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "setup: installing ${missing[*]}" >&2
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
