#!/usr/bin/env python3
"""Checks the knowledge files in data/ (countries, places, groups, area phrases).

Usage: check_data.py DATA_DIR AREAS_TSV [ISO_3166_1_JSON]

Verifies TSV shape (UTF-8, NFC, header, column count, no stray white space or empty list items),
that every country code is an ISO 3166-1 alpha-3 code of iso-codes and every ISO code has a row,
that every area id is one of AREAS_TSV, that keys are not repeated, and that no name, alias or
demonym leads to two different countries (or places, or groups). Forms are compared the way the
engine compares them (CountryTable::lookup_key: diacritics and case folded, "." dropped, "-" and
white space made one space). Prints every problem as file:line: what, and exits 1 if there is one.
Python 3 standard library only.
"""

import json
import os
import sys
import unicodedata

ISO_DEFAULT = "/usr/share/iso-codes/json/iso_3166-1.json"
PLACE_TYPES = {"capital", "city", "province", "state", "region", "base", "island"}
GROUP_KINDS = {"bloc", "organization", "secretariat"}
MIN_PHRASES_PER_AREA = 10

# Letters that do not decompose but are read as their base letter (mirrors normalize::fold).
_FOLD_EXTRA = {
    "\u0110": "d", "\u0111": "d", "\u00d0": "d", "\u00f0": "d", "\u0141": "l", "\u0142": "l",
    "\u00d8": "o", "\u00f8": "o", "\u0131": "i",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
}

problems = []


def problem(where, what):
    problems.append(f"{where}: {what}")


def strip_marks(s):
    s = "".join(_FOLD_EXTRA.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def key(form):
    """The lookup key of a name: folded, dots dropped, '-' and white space runs made one space."""
    folded = strip_marks(form).casefold().replace(".", "")
    for sep in "-\t":
        folded = folded.replace(sep, " ")
    return " ".join(folded.split())


def phrase_key(phrase):
    """The key of an area phrase: folded, white space collapsed; hyphens and dots are kept, because
    "search-and-rescue" and "search and rescue" are both listed for matchers that split on '-'."""
    return " ".join(strip_marks(phrase).casefold().split())


def split_list(cell):
    return [x.strip() for x in cell.split("|")] if cell.strip() else []


def read_tsv(path, columns):
    """Yields (line number, cells) of the data rows; records shape problems."""
    name = os.path.basename(path)
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        problem(name, f"cannot read: {e}")
        return
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        problem(name, f"not UTF-8 ({e})")
        return
    if "\r" in text:
        problem(name, "has CR characters (use LF line ends)")
    header_seen = False
    for lineno, line in enumerate(text.split("\n"), 1):
        where = f"{name}:{lineno}"
        if not line.strip() or line.startswith("#"):
            continue
        if not unicodedata.is_normalized("NFC", line):
            problem(where, "not in Unicode NFC")
        cells = line.split("\t")
        if not header_seen:
            header_seen = True
            if cells != columns:
                problem(where, f"header must be {'<TAB>'.join(columns)}, found {'<TAB>'.join(cells)}")
                return
            continue
        if len(cells) != len(columns):
            problem(where, f"expected {len(columns)} tab-separated columns, found {len(cells)}")
            continue
        bad = False
        for col, cell in zip(columns, cells):
            if cell != cell.strip():
                problem(where, f"column {col}: leading or trailing white space")
                bad = True
            if cell.strip() and any(not item for item in split_list(cell)):
                problem(where, f"column {col}: empty item in a `|` list")
                bad = True
        if not bad:
            yield lineno, cells
    if not header_seen:
        problem(name, "no header line")


def load_iso(path):
    with open(path, encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]
    return {e["alpha_3"]: [e[k] for k in ("name", "common_name", "official_name") if e.get(k)] for e in entries}


def check_countries(data_dir, iso):
    """Returns {form key: code} of every country form (ISO names included)."""
    path = os.path.join(data_dir, "countries.tsv")
    form_owner = {}  # key -> (code, where)
    for code, names in iso.items():
        for n in names:
            form_owner.setdefault(key(n), (code, "iso-codes"))
    seen = {}
    for lineno, (code, name, aliases, demonyms) in read_tsv(path, ["code", "name", "aliases", "demonyms"]):
        where = f"countries.tsv:{lineno}"
        if code not in iso:
            problem(where, f"unknown ISO 3166-1 alpha-3 code {code!r}")
            continue
        if code in seen:
            problem(where, f"duplicate row for {code} (first at line {seen[code]})")
        seen[code] = lineno
        if not name:
            problem(where, f"{code}: empty name")
        for form in [name] + split_list(aliases) + split_list(demonyms):
            if "*" in form:
                problem(where, f"{form!r}: '*' is only for area phrases")
            k = key(form)
            owner = form_owner.get(k)
            if owner and owner[0] != code:
                problem(where, f"{form!r} of {code} is already a form of {owner[0]} ({owner[1]})")
            else:
                form_owner[k] = (code, where)
    for code in iso:
        if code not in seen:
            problem("countries.tsv", f"no row for ISO code {code}")
    return {k: v[0] for k, v in form_owner.items()}


def check_places(data_dir, iso, country_forms):
    path = os.path.join(data_dir, "places.tsv")
    by_key = {}  # (key, country) -> where
    rows = 0
    for lineno, (name, country, ptype, aliases) in read_tsv(path, ["name", "country", "type", "aliases"]):
        where = f"places.tsv:{lineno}"
        rows += 1
        if country not in iso:
            problem(where, f"unknown ISO 3166-1 alpha-3 code {country!r}")
        if ptype not in PLACE_TYPES:
            problem(where, f"type {ptype!r} is not one of {'|'.join(sorted(PLACE_TYPES))}")
        if not name:
            problem(where, "empty name")
            continue
        if strip_marks(name) != name:
            problem(where, f"name {name!r} has diacritics (put that form in aliases)")
        for form in [name] + [a[1:] if a.startswith("=") else a for a in split_list(aliases)]:
            if "*" in form:
                problem(where, f"{form!r}: '*' is only for area phrases")
            k = key(form)
            first = by_key.get((k, country))
            if first and first != where:  # the same row may spell a form twice (diacritics, hyphens)
                problem(where, f"{form!r} already names a place of {country} ({first})")
            else:
                by_key[(k, country)] = where
            owner = country_forms.get(k)
            if owner and owner != country:
                problem(where, f"{form!r} ({country}) is a name of the country {owner}")
    return rows


def check_groups(data_dir, country_forms):
    path = os.path.join(data_dir, "groups.tsv")
    by_key = {}
    rows = 0
    for lineno, (name, aliases, kind) in read_tsv(path, ["name", "aliases", "kind"]):
        where = f"groups.tsv:{lineno}"
        rows += 1
        if kind not in GROUP_KINDS:
            problem(where, f"kind {kind!r} is not one of {'|'.join(sorted(GROUP_KINDS))}")
        if not name:
            problem(where, "empty name")
            continue
        for form in [name] + split_list(aliases):
            k = key(form)
            if k in by_key and by_key[k] != where:
                problem(where, f"{form!r} already names a group ({by_key[k]})")
            else:
                by_key[k] = where
            if k in country_forms:
                problem(where, f"{form!r} is a name of the country {country_forms[k]}")
    return rows


def check_area_phrases(data_dir, areas_path):
    area_ids = set()
    for lineno, cells in read_tsv(areas_path, ["id", "label", "what it covers (examples of wording seen in reports)"]):
        area_ids.add(cells[0])
    if not area_ids:
        problem(areas_path, "no area ids read")
        return 0
    path = os.path.join(data_dir, "area_phrases.tsv")
    by_key = {}  # key -> (area, where)
    count = {a: 0 for a in area_ids}
    rows = 0
    for lineno, (area, phrase) in read_tsv(path, ["area", "phrase"]):
        where = f"area_phrases.tsv:{lineno}"
        rows += 1
        if area not in area_ids and area != "-":  # "-": no area, a phrase that blocks shorter ones
            problem(where, f"unknown area id {area!r} (not in areas.tsv)")
            continue
        if not phrase:
            problem(where, "empty phrase")
            continue
        if "|" in phrase:
            problem(where, "one phrase per row (no `|` lists)")
        tokens = phrase.split()
        if any("*" in t and t != "*" for t in tokens):
            problem(where, f"{phrase!r}: '*' must be a whole token")
        if tokens and (tokens[0] == "*" or tokens[-1] == "*"):
            problem(where, f"{phrase!r}: '*' may not start or end a phrase")
        k = phrase_key(phrase)
        first = by_key.get(k)
        if first:
            if first[0] == area:
                problem(where, f"{phrase!r} repeated for {area} ({first[1]})")
            else:
                problem(where, f"{phrase!r} maps to {area} and to {first[0]} ({first[1]})")
        else:
            by_key[k] = (area, where)
        if area in count:
            count[area] += 1
    for area, n in sorted(count.items()):
        if n < MIN_PHRASES_PER_AREA:
            problem("area_phrases.tsv", f"area {area} has {n} phrases (at least {MIN_PHRASES_PER_AREA} expected)")
    return rows


def check_rank_abbreviations(data_dir):
    """A rank written with an abbreviation dot ("RAdm.", "Commo.") must not end a sentence: every such
    word of ranks.tsv must be listed in abbreviations.txt (the segmenter's list)."""
    listed = set()
    with open(os.path.join(data_dir, "abbreviations.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                listed.add(line.lower())
    for n, cells in read_tsv(os.path.join(data_dir, "ranks.tsv"), ["rank", "variants"]):
        for variant in [cells[0]] + split_list(cells[1] if len(cells) > 1 else ""):
            for word in variant.split():
                core = word[:-1]
                if word.endswith(".") and len(core) > 1 and "." not in core and core.lower() not in listed:
                    problem(f"ranks.tsv:{n}", f"'{word}' ends in a dot but '{core}' is not in abbreviations.txt")


def main(argv):
    if len(argv) not in (3, 4):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    data_dir, areas_path = argv[1], argv[2]
    iso_path = argv[3] if len(argv) == 4 else ISO_DEFAULT
    try:
        iso = load_iso(iso_path)
    except (OSError, ValueError, KeyError) as e:
        print(f"{iso_path}: cannot read ISO 3166-1 codes: {e}", file=sys.stderr)
        return 1
    country_forms = check_countries(data_dir, iso)
    places = check_places(data_dir, iso, country_forms)
    groups = check_groups(data_dir, country_forms)
    phrases = check_area_phrases(data_dir, areas_path)
    check_rank_abbreviations(data_dir)
    for p in problems:
        print(p, file=sys.stderr)
    print(f"check_data: {places} places, {groups} groups, {phrases} area phrases; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
