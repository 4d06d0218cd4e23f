#!/usr/bin/env python3
"""Build data/names/given.txt and data/names/given.tsv: given (first) names from every region,
for recognising people the gazetteer does not list.

Sources (see data/README.md for licences and how to get them):

* US Census 1990 first-name frequency lists `dist.male.first` and `dist.female.first` (public
  domain; as shipped in the `names` package on PyPI): Anglo, Hispanic and other US names.
* Wikidata office-holders (CC0 1.0) as tabulated by the EveryPolitician scrapers
  (`html/holders21.csv` of github.com/every-politician-scrapers/<country>): ministers, heads of
  state, ambassadors, judges and officials of some 180 countries, with gender.
* The Phoenix/PETRARCH country actor dictionary `Phoenix.Countries.actors.txt` (MIT): the
  CountryInfo office-holders of every country (names with a country code).

A given name is taken from a full name: the first word, except where the family name comes first
(China, Taiwan, both Koreas: the word after it, for two-word names; Vietnam: the last word).
A name found only in Phoenix (upper-case, noisier) must be carried by at least two people.

Filter (documented in data/README.md):
* letters only (with inner hyphens or apostrophes), at least two letters, Latin script;
* not a name particle or title (al, bin, de, van, Sheikh, General, ...);
* not a country, capital, demonym or organisation of the gazetteer, nor a month or weekday;
* not a common lower-case English word: in the BBC news corpus the lower-case form occurs at
  least 3 times and more than twice as often as the capitalised form inside a sentence ("Will",
  "May", "Art", "Rose", "Hope" go); a name whose lower-case form occurs at least 3 times but is
  not dominant is kept and marked `word` in given.tsv ("Mark", "Grace", "Bill", "Frank").

Usage:
  scripts/build_given_names.py --census DIR --holders DIR --phoenix FILE --corpus FILE.jsonl
Writes data/names/given.txt and data/names/given.tsv. Python 3 standard library only.
"""

import argparse
import collections
import csv
import glob
import json
import os
import re
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "names")

FAMILY_FIRST = {"CHN", "TWN", "KOR", "PRK"}
GIVEN_LAST = {"VNM"}
PARTICLES = {
    "al", "el", "bin", "bint", "ibn", "ben", "abu", "abd", "de", "da", "do", "dos", "das", "del",
    "della", "van", "von", "der", "den", "la", "le", "di", "du", "ould", "ag", "wa", "y", "e",
    "i", "arap", "ul", "ter", "ten", "mc", "mac", "st", "san", "santa", "jr", "sr",
}
TITLES = {
    "sir", "dame", "dr", "sheikh", "shaikh", "sheik", "prince", "princess", "king", "queen",
    "general", "gen", "lord", "lady", "ayatollah", "datuk", "dato", "datin", "tan", "sri",
    "pehin", "haji", "hajji", "hajj", "mr", "mrs", "ms", "mme", "prof", "professor", "emir",
    "sultan", "sayyid", "seyed", "sayed", "mullah", "maulana", "tun", "tunku", "tengku", "raja",
    "pengiran", "awang", "dayang", "chief", "colonel", "col", "major", "captain", "admiral",
    "marshal", "brigadier", "lieutenant", "field", "amb", "ambassador", "hon", "rev", "father",
    "bishop", "cardinal", "imam", "justice", "judge", "president", "minister", "senator",
    "honorable", "honourable", "excellency", "his", "her", "saint", "crown", "acting", "deputy",
}
REPO_COUNTRY = {
    "congo-kinshasa": "COD", "congo-brazzaville": "COG", "ivory-coast": "CIV", "uae": "ARE",
    "us": "USA", "united-kingdom": "GBR", "czech": "CZE", "cabo-verde": "CPV",
    "bosnia-herzegovina": "BIH", "solomons": "SLB", "st-lucia": "LCA",
    "st-kitts-and-nevis": "KNA", "st-vincent-and-the-grenadines": "VCT",
    "sao-tome-and-principe": "STP", "timor-leste": "TLS", "antigua-barbuda": "ATG",
    "swiss": "CHE", "micronesia": "FSM", "marshall-islands": "MHL", "saudi": "SAU",
    "south-korea": "KOR", "north-korea": "PRK",
}
SUFFIXES = ("-ministers", "-cabinet", "-federal-council")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", fold(s).lower()).strip("-")


def latin(s):
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in s)


def display(tok):
    """Title case for an all-caps or all-lower token, else as written."""
    if tok.isupper() or tok.islower():
        return "-".join("'".join(p[:1].upper() + p[1:].lower() for p in part.split("'"))
                        for part in tok.split("-"))
    return tok


def given_of(words, country):
    words = [w for w in words if w.lower().strip(".") not in TITLES]
    if len(words) < 2:
        return []
    if country in FAMILY_FIRST:
        return words[1:2] if len(words) == 2 else []
    if country in GIVEN_LAST:
        return [words[-1]]
    return [words[0]]


def gazetteer_words():
    words = set()
    for fname in ("countries.tsv", "organizations.tsv"):
        with open(os.path.join(ROOT, "data", "gazetteer", fname), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                parts = line.rstrip("\n").split("\t")
                vals = [parts[1]]
                for p in parts[2:]:
                    k, _, v = p.partition("=")
                    if k in ("alias", "metonym", "demonym"):
                        vals.extend(v.split("|"))
                words.update(fold(v).lower() for v in vals)
    with open(os.path.join(ROOT, "data", "temporal.tsv"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if parts[0] in ("month", "weekday") and len(parts) > 2:
                words.update(v.lower().strip(".") for v in parts[2].split("|"))
    return words


def corpus_counts(path):
    lower, inner_cap = collections.Counter(), collections.Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text", "")
            for m in re.finditer(r"(?<![\w'])([A-Za-z][a-z]+)(?![\w'])", text):
                w = m.group(1)
                if w[0].islower():
                    lower[w] += 1
                else:
                    before = text[max(0, m.start() - 3):m.start()]
                    if not re.search(r"[.!?:\"\n]\s*$|^\s*$", before):
                        inner_cap[w.lower()] += 1
    return lower, inner_cap


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--census", required=True)
    ap.add_argument("--holders", required=True)
    ap.add_argument("--phoenix", required=True)
    ap.add_argument("--corpus", required=True)
    args = ap.parse_args()

    countries = {}
    with open(os.path.join(ROOT, "data", "gazetteer", "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("country"):
                parts = line.rstrip("\n").split("\t")
                code = re.search(r"code=(\w+)", line).group(1)
                alias = re.search(r"alias=([^\t]*)", line)
                for n in [parts[1]] + (alias.group(1).split("|") if alias else []):
                    countries[slug(n)] = code

    # name (folded lower) -> data
    gender = collections.defaultdict(lambda: [0.0, 0.0])  # [male, female] weight
    forms = collections.defaultdict(collections.Counter)
    census, wd_people, phx_people = set(), collections.defaultdict(set), collections.defaultdict(set)
    regions = collections.defaultdict(set)

    for fname, gi in (("dist.male.first", 0), ("dist.female.first", 1)):
        with open(os.path.join(args.census, fname), encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) < 2:
                    continue
                name = display(parts[0])
                key = name.lower()
                census.add(key)
                forms[key][name] += 1
                gender[key][gi] += float(parts[1])
                regions[key].add("USA")

    for path in glob.glob(os.path.join(args.holders, "*.csv")):
        repo = os.path.basename(path)[:-4]
        base = repo
        for suf in SUFFIXES:
            if base.endswith(suf):
                base = base[: -len(suf)]
        country = REPO_COUNTRY.get(base) or countries.get(base)
        if not country:
            continue
        with open(path, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                label = re.sub(r"\s*\([^)]*\)", "", r.get("person", "")).strip()
                if not label or not latin(label) or re.match(r"^Q\d+$", label):
                    continue
                g = {"male": 0, "female": 1}.get((r.get("gender") or "").lower())
                for tok in given_of(label.split(), country):
                    key = tok.lower()
                    pid = r.get("personID") or label
                    if pid in wd_people[key]:
                        continue
                    wd_people[key].add(pid)
                    forms[key][tok] += 1
                    regions[key].add(country)
                    if g is not None:
                        gender[key][g] += 0.001

    # Phoenix: a CountryInfo name line, then its role lines; the first role gives the country.
    with open(args.phoenix, encoding="utf-8") as f:
        name = None
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            if not line.startswith(("+", "\t", " ")):
                name = line.split("#")[0].strip().strip("_").replace("_", " ") \
                    if "CountryInfo" in line else None
                continue
            m = re.match(r"^\s*\[([A-Z]{3})", line)
            if name and m:
                code = m.group(1)
                for tok in given_of(name.split(), code):
                    key = tok.lower()
                    phx_people[key].add(name)
                    forms[key][display(tok)] += 1
                    regions[key].add(code)
                name = None

    lower, inner_cap = corpus_counts(args.corpus)
    blocked = gazetteer_words()

    out = []
    dropped = collections.Counter()
    for key in set(forms):
        n_wd, n_phx = len(wd_people.get(key, ())), len(phx_people.get(key, ()))
        if not (key in census or n_wd >= 1 or n_phx >= 2):
            dropped["one person only"] += 1
            continue
        name = forms[key].most_common(1)[0][0]
        name = display(name)
        if not re.match(r"^[^\W\d_]{2,}(?:['’-][^\W\d_]+)*$", name) or not latin(name):
            dropped["not a plain name"] += 1
            continue
        fk = fold(key)
        if fk in PARTICLES or fk.strip(".") in TITLES:
            dropped["particle or title"] += 1
            continue
        if fk in blocked:
            dropped["place, organisation, month or weekday"] += 1
            continue
        lo, cap = lower.get(key, 0), inner_cap.get(key, 0)
        if lo >= 3 and lo > 2 * cap:
            dropped["common lower-case word"] += 1
            continue
        flags = ["word"] if lo >= 3 else []
        m, fe = gender[key]
        g = "u"
        if m + fe > 0:
            share = m / (m + fe)
            g = "m" if share >= 0.8 else "f" if share <= 0.2 else "u"
        out.append((name, g, flags))

    out.sort(key=lambda t: (fold(t[0]).lower(), t[0]))
    # One line per spelling (accents kept), no duplicates.
    seen, rows = set(), []
    for name, g, flags in out:
        if name in seen:
            continue
        seen.add(name)
        rows.append((name, g, flags))
    os.makedirs(OUT, exist_ok=True)
    head = HEADER.strip("\n")
    with open(os.path.join(OUT, "given.txt"), "w", encoding="utf-8") as f:
        f.write(head + "\n# One name a line.\n")
        for name, _, _ in rows:
            f.write(name + "\n")
    with open(os.path.join(OUT, "given.tsv"), "w", encoding="utf-8") as f:
        f.write(head + "\n# NAME<TAB>GENDER (m, f, u: unknown or both)<TAB>FLAGS (word: also a"
                " lower-case English word)\n")
        for name, g, flags in rows:
            f.write(f"{name}\t{g}\t{','.join(flags)}\n")
    print(f"names: {len(rows)}; dropped: {dict(dropped)}")
    print("gender: " + str(collections.Counter(g for _, g, _ in rows)))
    print("flagged word: " + str(sum(1 for r in rows if r[2])))


HEADER = """
# demarche given-name list. GENERATED by scripts/build_given_names.py; see data/README.md.
# Sources: US Census 1990 first names (public domain); Wikidata office-holders (CC0 1.0) via the
# EveryPolitician holders tables; Phoenix/PETRARCH CountryInfo actors (MIT, (c) 2014 Open Event
# Data Alliance). Filtered: no particles or titles, no gazetteer places, months or weekdays, no
# common lower-case English words (BBC news counts).
"""

if __name__ == "__main__":
    main()
