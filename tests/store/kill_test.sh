#!/usr/bin/env bash
# Crash safety: an ingest killed with SIGKILL at random moments (at least 20 kills) leaves a store
# that opens and passes integrity_check, and that the same command completes to the export of an
# uninterrupted run.
bin=$1; src=$2
source "$src/tests/store/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mapfile -t files < <(records_list)
args=("${files[@]/#/--records=}")
started=$(date +%s%N)
"$bin" ingest --db "$tmp/ref.db" --batch 1 "${args[@]}" 2>/dev/null || fail "reference ingest"
# Kill moments are drawn within the time a whole ingest takes on this machine (a fixed range would
# miss every run once ingest gets faster than it, or hit only the start on a slow sanitizer build).
run_ms=$(( ($(date +%s%N) - started) / 1000000 ))
[ "$run_ms" -ge 20 ] || run_ms=20
"$bin" export --db "$tmp/ref.db" > "$tmp/ref.jsonl"

killed=0
attempts=0
while [ "$killed" -lt 20 ] && [ "$attempts" -lt 100 ]; do
  attempts=$((attempts + 1))
  db="$tmp/k.db"
  rm -f "$db" "$db-wal" "$db-shm"
  # A first run that is killed, a second one killed again (it resumes a partial store), then a full one.
  for attempt in 1 2; do
    "$bin" ingest --db "$db" --batch 1 "${args[@]}" 2>/dev/null &
    pid=$!
    at_ms=$(( run_ms * (2 + RANDOM % 90) / 100 ))
    sleep "$(printf '%d.%03d' $((at_ms / 1000)) $((at_ms % 1000)))"
    if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); fi
    wait "$pid" 2>/dev/null
    if [ -f "$db" ]; then
      [ "$(integrity "$db")" = "ok" ] || fail "attempt $attempts: integrity_check failed after kill"
    fi
  done
  "$bin" ingest --db "$db" --batch 1 "${args[@]}" 2>/dev/null || fail "attempt $attempts: re-run failed"
  "$bin" export --db "$db" | cmp -s - "$tmp/ref.jsonl" || fail "attempt $attempts: export after re-run differs"
done
[ "$killed" -ge 20 ] || fail "only $killed ingests were still running when killed"
echo "ok: $killed kills in $attempts rounds, every store clean and completed identically"
