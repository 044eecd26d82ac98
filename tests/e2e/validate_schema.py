#!/usr/bin/env python3
"""Validates every JSON line of a file against the engagement schema. Usage: validate_schema.py SCHEMA FILE [MIN_LINES]"""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1]))
validator = jsonschema.Draft202012Validator(schema)
count = 0
bad = 0
for n, line in enumerate(open(sys.argv[2], encoding="utf-8"), 1):
    if not line.strip():
        continue
    count += 1
    record = json.loads(line)
    errors = list(validator.iter_errors(record))
    for e in errors:
        print(f"{sys.argv[2]}:{n}: {'/'.join(map(str, e.path))}: {e.message}")
    bad += bool(errors)
minimum = int(sys.argv[3]) if len(sys.argv) > 3 else 1
if count < minimum:
    print(f"{sys.argv[2]}: {count} records, expected at least {minimum}")
    sys.exit(1)
sys.exit(1 if bad else 0)
