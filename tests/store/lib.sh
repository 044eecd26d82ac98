# Shared by the store's shell tests: the test set's record files and helpers.
# shellcheck shell=bash
set -uo pipefail
fail() { echo "FAIL: $*"; exit 1; }
records_list() {  # every record file of the cross-report set and the seeds, one per line
  ls "$src"/tests/fuse/groups/g*/*.json "$src"/../shared/data/seeds/gold/*.json
}
integrity() {  # prints "ok" for a clean SQLite file
  python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute('pragma integrity_check').fetchone()[0])" "$1"
}
