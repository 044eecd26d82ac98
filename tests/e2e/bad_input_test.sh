#!/usr/bin/env bash
# Bad input through the CLI: each is reported on stderr with the file and reason, the good inputs
# still come out, exit code 1; usage errors exit 2.
set -uo pipefail
bin=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

printf 'Defence Minister General Phan Van Giang received Japanese Defence Minister Kihara Minoru in Hanoi on Monday.\n' > "$tmp/good.txt"
: > "$tmp/empty.txt"
printf 'Valid start \xff\xfe then bad bytes.\n' > "$tmp/bad_utf8.txt"
{
  printf '{"id":"a","text":"General Phan Van Giang met Admiral Kim Myung-soo in Seoul on June 3.","published":"2024-06-05"}\n'
  printf '{"id":"b","text": broken json\n'
  printf '{"id":"c","text":42}\n'
  printf '{"id":"d","text":"Nothing here.","published":"2024-06-05"}\n'
} > "$tmp/mixed.jsonl"

"$bin" extract "$tmp/good.txt" "$tmp/missing.txt" > "$tmp/out1" 2> "$tmp/err1"; rc=$?
[ $rc -eq 1 ] || fail "missing file: exit $rc"
grep -q "missing.txt" "$tmp/err1" || fail "missing file not named"
[ "$(wc -l < "$tmp/out1")" -eq 1 ] || fail "good file lost next to a missing one"

"$bin" extract "$tmp/mixed.jsonl" > "$tmp/out2" 2> "$tmp/err2"; rc=$?
[ $rc -eq 1 ] || fail "malformed line: exit $rc"
grep -q "mixed.jsonl:2" "$tmp/err2" || fail "malformed line not reported with its line number"
grep -q '"doc":"a"' "$tmp/out2" || fail "good line a lost"
grep -q '"doc":"d"' "$tmp/out2" || fail "good line d lost"

"$bin" extract "$tmp/bad_utf8.txt" > "$tmp/out3" 2> "$tmp/err3"
grep -qi "utf-8" "$tmp/err3" || fail "invalid UTF-8 not reported"
[ "$(wc -l < "$tmp/out3")" -eq 1 ] || fail "document with bad bytes dropped"

"$bin" extract "$tmp/empty.txt" > "$tmp/out4" 2> "$tmp/err4"
grep -qi "empty" "$tmp/err4" || fail "empty file not reported"

# a folder of mixed files, recursively
mkdir -p "$tmp/dir/sub"; cp "$tmp/good.txt" "$tmp/dir/sub/"; head -c 3000 /dev/urandom > "$tmp/dir/junk.bin"
"$bin" extract "$tmp/dir" > "$tmp/out5" 2> "$tmp/err5"
grep -q '"doc":"good"' "$tmp/out5" || fail "file in a sub-folder not read"

# a 50 MB document: read, bounded, no crash
python3 -c "
import sys
para = 'The two navies held a joint search and rescue drill off Da Nang on Tuesday. ' * 20 + '\n\n'
with open(sys.argv[1], 'w') as f:
    while f.tell() < 50 * 1024 * 1024: f.write(para)
" "$tmp/big.txt"
"$bin" extract --published 2024-05-02 "$tmp/big.txt" > "$tmp/out6" 2> "$tmp/err6"; rc=$?
[ $rc -le 1 ] || fail "50 MB file: exit $rc"
[ "$(wc -l < "$tmp/out6")" -eq 1 ] || fail "50 MB file gave no record"

# usage errors
"$bin" extract > /dev/null 2>&1; [ $? -eq 2 ] || fail "no input is not a usage error"
"$bin" extract --published notadate "$tmp/good.txt" > /dev/null 2>&1; [ $? -eq 2 ] || fail "bad --published is not a usage error"
"$bin" nosuchcommand > /dev/null 2>&1; [ $? -eq 2 ] || fail "unknown command is not a usage error"
"$bin" extract --help > /dev/null || fail "--help fails"
echo "bad input: all reported"
