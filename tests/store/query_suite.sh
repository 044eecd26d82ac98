#!/usr/bin/env bash
# The query suite: the same questions to any store; prints every answer (JSON Lines), so two backends
# can be compared byte for byte. Usage: query_suite.sh BIN DB
bin=$1; db=$2
q() { echo "## $*"; "$bin" "$@" --db "$db" 2>&1; echo "## exit $?"; }
q query --format jsonl
q query --country VNM --partner Japan --format jsonl
q query --country "Viet Nam" --kind policy_dialogue --format csv
q query --mechanism "japan-vietnam defense policy dialogue" --format jsonl
q query --mechanism "ADMM Plus" --format csv
q query --status planned --format jsonl
q query --status held --from 2025-06 --to 2025-09-30 --format csv
q query --area peacekeeping --format csv
q query --person "Hoàng Xuân Chiến" --format csv
q query --person "general chien" --format csv
q query --text peacekeeping --format csv
q query --text "Bangkok" --country THA --format csv
q query --country IND --limit 2 --format csv
q series "Vietnam-Japan Defence Policy Dialogue" --format jsonl
q series "US-Viet Nam defense policy dialogue" --format jsonl
q series "Thailand-Vietnam Defense Policy Dialogue" --format jsonl
q commitments --format jsonl
q commitments --overdue --as-of 2026-06-01 --format csv
q commitments --fulfilled --format csv
q person "Hoang Xuan Chien" --format jsonl
q person "Lokman Hakim" --format jsonl
q export
q export --what persons
