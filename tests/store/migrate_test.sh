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

# Version-3 layout of a store (what version 4 changed): rowid link and key tables with their indexes,
# blocking keys in a rowid table indexed by (doc, idx), no doc_blocks.
cat > "$tmp/to_v3.py" <<'PY'
import sqlite3
def to_v3(c):
    c.execute("DROP TABLE blocks"); c.execute("DROP TABLE doc_blocks")
    c.execute("CREATE TABLE blocks (key TEXT NOT NULL, doc TEXT NOT NULL, idx INTEGER NOT NULL, PRIMARY KEY (key, doc, idx))")
    c.execute("CREATE INDEX blocks_item ON blocks (doc, idx)")
    for t, cols, key, idx in [
            ("occasion_countries", "country TEXT NOT NULL, date_sort TEXT NOT NULL, occasion TEXT NOT NULL, date_end TEXT", "country, date_sort, occasion", ["occasion_countries_occ (occasion)", "occasion_countries_range (country, date_sort, occasion, date_end)"]),
            ("occasion_areas", "area TEXT NOT NULL, date_sort TEXT NOT NULL, occasion TEXT NOT NULL, date_end TEXT", "area, date_sort, occasion", ["occasion_areas_occ (occasion)", "occasion_areas_range (area, date_sort, occasion, date_end)"]),
            ("occasion_persons", "person TEXT NOT NULL, date_sort TEXT NOT NULL, occasion TEXT NOT NULL", "person, date_sort, occasion", ["occasion_persons_occ (occasion)"]),
            ("engagements", "doc TEXT NOT NULL, idx INTEGER NOT NULL, occasion TEXT NOT NULL", "doc, idx", ["engagements_occasion (occasion)"]),
            ("item_persons", "doc TEXT NOT NULL, idx INTEGER NOT NULL, pos INTEGER NOT NULL, pkey TEXT NOT NULL, name TEXT NOT NULL", "doc, idx, pos", ["item_persons_by_key (pkey)"]),
            ("occasion_aliases", "alias TEXT NOT NULL, occasion TEXT NOT NULL", "alias, occasion", ["occasion_aliases_occ (occasion)"]),
            ("person_names", "key TEXT NOT NULL, person TEXT NOT NULL", "key, person", [])]:
        c.execute(f"CREATE TABLE {t}_old ({cols}, PRIMARY KEY ({key}))")
        c.execute(f"INSERT INTO {t}_old SELECT * FROM {t}")
        c.execute(f"DROP TABLE {t}"); c.execute(f"ALTER TABLE {t}_old RENAME TO {t}")
        for i in idx: c.execute(f"CREATE INDEX {i.split()[0]} ON {t} {i.split(' ', 1)[1]}")
    c.execute("DELETE FROM schema_version"); c.execute("INSERT INTO schema_version VALUES (3, '2026-01-01T00:00:00Z')")
PY

# Turn a copy into a version-1 store: what version 1 had, nothing more.
cp "$tmp/new.db" "$tmp/old.db"
python3 - "$tmp/old.db" "$tmp" <<'PY' || fail "could not build a version-1 store"
import sqlite3, sys
sys.path.insert(0, sys.argv[2]); from to_v3 import to_v3
c = sqlite3.connect(sys.argv[1])
to_v3(c)
for stmt in ["DROP INDEX occasions_span", "DROP INDEX occasions_span_days",
             "DROP INDEX occasion_countries_range", "DROP INDEX occasion_areas_range",
             "ALTER TABLE occasion_countries DROP COLUMN date_end", "ALTER TABLE occasion_areas DROP COLUMN date_end",
             "DROP INDEX occasions_kind", "DROP INDEX occasions_status",
             "CREATE INDEX occasions_kind ON occasions (kind, date_sort)",
             "CREATE INDEX occasions_status ON occasions (status, date_sort)",
             "ALTER TABLE occasions DROP COLUMN span_days", "ALTER TABLE occasions DROP COLUMN span_class",
             "DROP TABLE blocks", "DROP TABLE item_persons", "DROP TABLE person_map", "DROP TABLE roles",
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

# A version-3 store is migrated (its link and key tables rebuilt) and re-fused once by the next ingest,
# with the same export, query answers and keys.
cp "$tmp/new.db" "$tmp/v3.db"
python3 - "$tmp/v3.db" "$tmp" <<'PY' || fail "could not build a version-3 store"
import sqlite3, sys
sys.path.insert(0, sys.argv[2]); from to_v3 import to_v3
c = sqlite3.connect(sys.argv[1])
to_v3(c)
c.commit()
PY
"$bin" ingest --db "$tmp/v3.db" "${files[@]/#/--records=}" 2>"$tmp/err" || fail "migrating ingest from 3: $(cat "$tmp/err")"
grep -q "whole store" "$tmp/err" || fail "version-3 store not re-fused: $(cat "$tmp/err")"
[ "$(integrity "$tmp/v3.db")" = ok ] || fail "integrity after migration from 3"
"$bin" export --db "$tmp/v3.db" | cmp - "$tmp/new.jsonl" || fail "export differs after migration from 3"
bash "$src/tests/store/query_suite.sh" "$bin" "$tmp/v3.db" > "$tmp/qv3"
diff "$tmp/qnew" "$tmp/qv3" > "$tmp/qd" || { head "$tmp/qd"; fail "query answers differ after migration from 3"; }
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
