#!/usr/bin/env bash
# A private PostgreSQL cluster for the store tests and benchmarks, in a folder, on a Unix socket only.
#   scripts/pg.sh start DIR   -> initdb + pg_ctl start; prints the postgresql:// URL of database "attache"
#   scripts/pg.sh stop DIR    -> stops it (the folder is left for the caller to remove)
# PostgreSQL refuses to run as root: when run as root, the server runs as the `postgres` user (created
# by Debian's postgresql package), else as `nobody`. Nothing listens on TCP; authentication is trust,
# which is safe because the socket lives in DIR.
set -euo pipefail
cmd=${1:?usage: pg.sh start|stop DIR}
dir=${2:?usage: pg.sh start|stop DIR}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bindir" ] || { echo "pg.sh: PostgreSQL server not installed (scripts/setup.sh installs it)" >&2; exit 1; }
user=""
if [ "$(id -u)" = 0 ]; then
  if id postgres > /dev/null 2>&1; then user=postgres; else user=nobody; fi
fi
as() { if [ -n "$user" ]; then runuser -u "$user" -- "$@"; else "$@"; fi; }

case $cmd in
  start)
    mkdir -p "$dir"
    if [ -n "$user" ]; then
      chown "$user" "$dir"
      # The server user must be able to reach DIR (mktemp -d makes private folders).
      chmod a+x "$(dirname "$dir")"
    fi
    as "$bindir/initdb" -D "$dir/data" -U attache --auth=trust -E UTF8 --locale=C > "$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -k $dir -p 5432 -c fsync=off -c synchronous_commit=off" start > /dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    as "$bindir/createdb" -h "$dir" -p 5432 -U attache attache
    echo "postgresql:///attache?host=$dir&port=5432&user=attache"
    ;;
  stop)
    as "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop > /dev/null
    ;;
  *)
    echo "usage: pg.sh start|stop DIR" >&2
    exit 2
    ;;
esac
