#!/usr/bin/env bash
# Schema migrations: a store written by an older attache (schema version 1: no date-span columns, no
# incremental-fusion tables) is refused by read-only commands with a clear message, and migrated by
# the next ingest, after which its export and every query-suite answer equal a fresh store's.
bin=$1; src=$2
source "$src/tests/store/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mapfile -t files < <(records_list)
"$bin" ingest --db "$tmp/new.db" "${files[@]/#/--records=}" 2>/dev/null || fail "ingest"
"$bin" export --db "$tmp/new.db" > "$tmp/new.jsonl" || fail "export"
"$bin" export --db "$tmp/new.db" --what persons > "$tmp/new.persons" || fail "export persons"
bash "$src/tests/store/query_suite.sh" "$bin" "$tmp/new.db" > "$tmp/qnew"

# Turn a copy into a version-1 store: what version 1 had, nothing more.
cp "$tmp/new.db" "$tmp/old.db"
python3 - "$tmp/old.db" <<'PY' || fail "could not build a version-1 store"
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
for stmt in ["DROP INDEX occasions_span", "DROP INDEX occasions_span_days",
             "DROP INDEX occasion_countries_range", "DROP INDEX occasion_areas_range",
             "ALTER TABLE occasion_countries DROP COLUMN date_end", "ALTER TABLE occasion_areas DROP COLUMN date_end",
             "DROP INDEX occasions_kind", "DROP INDEX occasions_status",
             "CREATE INDEX occasions_kind ON occasions (kind, date_sort)",
             "CREATE INDEX occasions_status ON occasions (status, date_sort)",
             "ALTER TABLE occasions DROP COLUMN span_days", "ALTER TABLE occasions DROP COLUMN span_class",
             "DROP TABLE blocks", "DROP TABLE doc_blocks", "DROP TABLE item_persons", "DROP TABLE person_map", "DROP TABLE roles",
             "DROP TABLE meta", "ALTER TABLE persons DROP COLUMN info",
             "DELETE FROM schema_version", "INSERT INTO schema_version VALUES (1, '2026-01-01T00:00:00Z')"]:
    c.execute(stmt)
c.commit()
PY
"$bin" query --db "$tmp/old.db" --country VNM 2>"$tmp/err" >/dev/null; rc=$?
[ $rc -eq 3 ] || fail "query on a version-1 store: exit $rc"
grep -q "schema version 1, older than this attache's" "$tmp/err" || fail "message: $(cat "$tmp/err")"

# The next ingest (here: nothing new) migrates it and re-fuses once.
"$bin" ingest --db "$tmp/old.db" "${files[@]/#/--records=}" 2>"$tmp/err" || fail "migrating ingest: $(cat "$tmp/err")"
v=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select max(version) from schema_version').fetchone()[0])" "$tmp/old.db")
[ "$v" = 4 ] || fail "schema version after migration: $v"
[ "$(integrity "$tmp/old.db")" = ok ] || fail "integrity after migration"
"$bin" export --db "$tmp/old.db" | cmp - "$tmp/new.jsonl" || fail "export differs after migration"
"$bin" export --db "$tmp/old.db" --what persons | cmp - "$tmp/new.persons" || fail "persons differ after migration"
bash "$src/tests/store/query_suite.sh" "$bin" "$tmp/old.db" > "$tmp/qold"
diff "$tmp/qnew" "$tmp/qold" > "$tmp/qd" || { head "$tmp/qd"; fail "query answers differ after migration"; }
# and it goes on incrementally from there: a second run is a no-op
"$bin" ingest --db "$tmp/old.db" "${files[@]/#/--records=}" 2>"$tmp/err" || fail "second ingest"
grep -q "0 added, 0 replaced" "$tmp/err" && grep -q "0 created, 0 updated" "$tmp/err" || fail "not a no-op: $(cat "$tmp/err")"

# A version-3 store (blocking keys in a rowid table with a (doc, idx) index, no doc_blocks) is migrated
# and re-fused once by the next ingest, with the same export and keys.
cp "$tmp/new.db" "$tmp/v3.db"
python3 - "$tmp/v3.db" <<'PY' || fail "could not build a version-3 store"
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
for stmt in ["DROP TABLE blocks", "DROP TABLE doc_blocks",
             "CREATE TABLE blocks (key TEXT NOT NULL, doc TEXT NOT NULL, idx INTEGER NOT NULL, PRIMARY KEY (key, doc, idx))",
             "CREATE INDEX blocks_item ON blocks (doc, idx)",
             "DELETE FROM schema_version", "INSERT INTO schema_version VALUES (3, '2026-01-01T00:00:00Z')"]:
    c.execute(stmt)
c.commit()
PY
"$bin" ingest --db "$tmp/v3.db" "${files[@]/#/--records=}" 2>"$tmp/err" || fail "migrating ingest from 3: $(cat "$tmp/err")"
grep -q "whole store" "$tmp/err" || fail "version-3 store not re-fused: $(cat "$tmp/err")"
[ "$(integrity "$tmp/v3.db")" = ok ] || fail "integrity after migration from 3"
"$bin" export --db "$tmp/v3.db" | cmp - "$tmp/new.jsonl" || fail "export differs after migration from 3"
python3 -c "import sqlite3,sys; q='select key, doc, idx from blocks order by 1,2,3'; r='select doc, keys from doc_blocks order by 1'; a,b=sqlite3.connect(sys.argv[1]),sqlite3.connect(sys.argv[2]); sys.exit(a.execute(q).fetchall() != b.execute(q).fetchall() or a.execute(r).fetchall() != b.execute(r).fetchall())" "$tmp/v3.db" "$tmp/new.db" || fail "blocking keys differ after migration from 3"

# A store fused under older fusion rules (no `fusion` row in meta, or another version) has blocking
# keys and occasions those rules gave: the next ingest re-fuses it whole, once.
cp "$tmp/new.db" "$tmp/rules.db"
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"UPDATE meta SET value='1' WHERE key='fusion'\"); c.execute(\"DELETE FROM blocks WHERE substr(key, 1, 1) IN ('u', 'U', 'n', 'N')\"); c.commit()" "$tmp/rules.db" || fail "could not age the fusion rules"
"$bin" ingest --db "$tmp/rules.db" "${files[@]/#/--records=}" 2>"$tmp/err" || fail "ingest after a rules change: $(cat "$tmp/err")"
grep -q "whole store" "$tmp/err" || fail "not re-fused after a rules change: $(cat "$tmp/err")"
fusion=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"select value from meta where key='fusion'\").fetchone()[0])" "$tmp/rules.db")
[ "$fusion" != 1 ] || fail "fusion rules version not updated"
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); a=c.execute('select key, doc, idx from blocks order by 1,2,3').fetchall(); b=sqlite3.connect(sys.argv[2]).execute('select key, doc, idx from blocks order by 1,2,3').fetchall(); sys.exit(a != b)" "$tmp/rules.db" "$tmp/new.db" || fail "blocking keys differ after re-fusion"
"$bin" export --db "$tmp/rules.db" | cmp - "$tmp/new.jsonl" || fail "export differs after a rules change"
"$bin" ingest --db "$tmp/rules.db" "${files[@]/#/--records=}" 2>"$tmp/err" || fail "second ingest after a rules change"
grep -q "whole store" "$tmp/err" && fail "re-fused twice: $(cat "$tmp/err")"
echo "ok: version 1 -> 4 and 3 -> 4, identical export, persons and query answers; re-fused once after a rules change"
