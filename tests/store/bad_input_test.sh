#!/usr/bin/env bash
# Stores that cannot be used: each gives a clear message, exit 3, and nothing half-written.
bin=$1; src=$2
source "$src/tests/store/lib.sh"
tmp=$(mktemp -d); trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
g=$src/tests/fuse/groups
"$bin" ingest --db "$tmp/s.db" --records "$g/g01" 2>/dev/null || fail "ingest"
"$bin" export --db "$tmp/s.db" > "$tmp/ref.jsonl"

# A store from a newer schema: refused, untouched.
cp "$tmp/s.db" "$tmp/new.db"
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('insert into schema_version values (99, \"x\")'); c.commit()" "$tmp/new.db"
"$bin" ingest --db "$tmp/new.db" --records "$g/g02" 2>"$tmp/err"; rc=$?
[ $rc -eq 3 ] || fail "newer schema: exit $rc"
grep -q "schema version 99, newer" "$tmp/err" || fail "newer schema: message: $(cat "$tmp/err")"
"$bin" export --db "$tmp/new.db" 2>"$tmp/err" && fail "export of a newer schema worked"
[ "$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from documents').fetchone()[0])" "$tmp/new.db")" = 3 ] \
  || fail "newer schema store was written to"

# A full disk (the store capped at its current size): the batch is rolled back.
cp "$tmp/s.db" "$tmp/full.db"
pages=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('pragma page_count').fetchone()[0])" "$tmp/full.db")
"$bin" ingest --db "$tmp/full.db" --max-pages "$pages" --batch 1000 --records "$g" 2>"$tmp/err"; rc=$?
[ $rc -eq 3 ] || fail "full disk: exit $rc"
grep -q "disk is full" "$tmp/err" || fail "full disk: message: $(cat "$tmp/err")"
"$bin" export --db "$tmp/full.db" | cmp -s - "$tmp/ref.jsonl" || fail "full disk: store changed"
[ "$(integrity "$tmp/full.db")" = ok ] || fail "full disk: integrity"

# A store locked by another writer: a clear message after the busy timeout, store unchanged.
cp "$tmp/s.db" "$tmp/locked.db"
python3 - "$tmp/locked.db" "$tmp/ready" <<'PY' &
import sqlite3, sys, time, pathlib
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("begin exclusive")
pathlib.Path(sys.argv[2]).touch()
time.sleep(4)
c.execute("rollback")
PY
locker=$!
for _ in $(seq 50); do [ -f "$tmp/ready" ] && break; sleep 0.1; done
"$bin" ingest --db "$tmp/locked.db" --busy-timeout 300 --records "$g/g02" 2>"$tmp/err"; rc=$?
wait $locker
[ $rc -eq 3 ] || fail "locked: exit $rc"
grep -q "another process holds the store" "$tmp/err" || fail "locked: message: $(cat "$tmp/err")"
"$bin" export --db "$tmp/locked.db" | cmp -s - "$tmp/ref.jsonl" || fail "locked: store changed"

# A read-only store: the file is not writable by the user running attache.
mkdir "$tmp/ro"; cp "$tmp/s.db" "$tmp/ro/s.db"
if [ "$(id -u)" = 0 ] && command -v runuser > /dev/null; then
  chmod 755 "$tmp" "$tmp/ro"; chmod 644 "$tmp/ro/s.db"
  runuser -u nobody -- "$bin" ingest --db "$tmp/ro/s.db" --records "$g/g02" 2>"$tmp/err"; rc=$?
else
  chmod 555 "$tmp/ro"; chmod 444 "$tmp/ro/s.db"
  "$bin" ingest --db "$tmp/ro/s.db" --records "$g/g02" 2>"$tmp/err"; rc=$?
fi
[ $rc -eq 3 ] || fail "read-only: exit $rc ($(cat "$tmp/err"))"
grep -qi "read-only\|readonly\|unable to open" "$tmp/err" || fail "read-only: message: $(cat "$tmp/err")"
"$bin" export --db "$tmp/ro/s.db" | cmp -s - "$tmp/ref.jsonl" || fail "read-only: store changed"

# An unreachable PostgreSQL server.
"$bin" ingest --db "postgresql://attache:secret@127.0.0.1:1/attache?connect_timeout=3" --records "$g/g02" 2>"$tmp/err"; rc=$?
[ $rc -eq 3 ] || fail "unreachable postgres: exit $rc"
grep -q "cannot connect to PostgreSQL store postgresql://attache@127.0.0.1:1" "$tmp/err" || fail "postgres: message: $(cat "$tmp/err")"
grep -q secret "$tmp/err" && fail "password printed"

# No store at all, for a reading command.
"$bin" query --db "$tmp/none.db" 2>"$tmp/err"; rc=$?
[ $rc -eq 3 ] && grep -q "no store at" "$tmp/err" || fail "missing store: exit $rc, $(cat "$tmp/err")"
[ -f "$tmp/none.db" ] && fail "query created a store"
echo ok
