#!/usr/bin/env python3
"""Build data/gazetteer/people-world.tsv: heads of state and government, foreign and defence
ministers, national security advisers, military chiefs and spokespeople of every country that
has an EveryPolitician "holders" table, plus the leaders of the main international bodies.

Sources (see data/README.md for licences and how to get them):

* EveryPolitician per-country office-holder tables (`html/holders21.csv` in the
  github.com/every-politician-scrapers/<country> repositories): position, person, Wikidata id,
  start, end (and gender in most). The data is Wikidata's (CC0 1.0).
* A short hand-written table of international bodies (INTERNATIONAL below): public facts.

The hand-curated data/gazetteer/people.tsv wins: anyone whose name or alias (accents and case
ignored) is already there is skipped.

Usage: scripts/build_people.py HOLDERS_DIR [--corpus FILE.jsonl] > data/gazetteer/people-world.tsv
where HOLDERS_DIR holds one `<repo-name>.csv` per repository (e.g. `kenya.csv`,
`france-cabinet.csv`, `world.csv`). Python 3 standard library only.
"""

import argparse
import collections
import csv
import glob
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZ = os.path.join(ROOT, "data", "gazetteer")
SINCE = "2000-01-01"

# Repository names whose country is not found by name in countries.tsv.
REPO_COUNTRY = {
    "congo-kinshasa": "COD",
    "congo-brazzaville": "COG",
    "ivory-coast": "CIV",
    "uae": "ARE",
    "us": "USA",
    "united-kingdom": "GBR",
    "czech": "CZE",
    "cabo-verde": "CPV",
    "bosnia-herzegovina": "BIH",
    "solomons": "SLB",
    "st-lucia": "LCA",
    "st-kitts-and-nevis": "KNA",
    "st-vincent-and-the-grenadines": "VCT",
    "sao-tome-and-principe": "STP",
    "timor-leste": "TLS",
    "antigua-barbuda": "ATG",
    "swiss": "CHE",
    "micronesia": "FSM",
    "marshall-islands": "MHL",
    "saudi": "SAU",
    "south-korea": "KOR",
    "north-korea": "PRK",
    "world": None,
}
REPO_SUFFIXES = ("-ministers", "-cabinet", "-federal-council")

# Position labels (exact, case-insensitive) -> role. Labels are those of the country's own
# table, so "President" is the president of that country.
HEAD_OF_STATE = {
    "president", "king", "monarch", "emir", "sultan", "supreme leader", "captain regent",
    "chairman of the presidency", "druk gyalpo (king)", "ngwenyama (king)",
    "yang di_pertuan agong (monarch)", "beretitenti (president)",
    "chairman of the sovereignty council", "chairman of the transitional military council",
    "president of the federal council",
}
HEAD_OF_GOVERNMENT = {
    "prime minister", "premier of the state council", "federal chancellor", "taoiseach",
    "chairman of the council of ministers", "chairman of the cabinet of ministers (prime minister)",
}
FOREIGN_RE = re.compile(
    r"^(federal )?(minister|secretary)( of| for| with responsibility for)( europe and)?"
    r" (foreign|external)( and european)? affairs\b(?!.*\b(trade|minister)\b$)"
    r"|^minister of foreign affairs(,| and)"
    r"|^secretary of state for foreign and commonwealth affairs$"
    r"|^secretary of state for foreign, commonwealth and development affairs$"
    r"|^foreign secretary$",
    re.I,
)
DEFENCE_RE = re.compile(
    r"^(federal )?(minister|secretary)( of| for) (national )?defen[cs]e"
    r"( and (military veterans|veterans affairs|national security|armed forces logistics"
    r"|border security))?$"
    r"|^(minister|secretary) (of|for) (the )?armed forces$"
    r"|^secretary of state for defence$",
    re.I,
)
CHIEF_OF_DEFENCE_RE = re.compile(
    r"^(chief of (the )?defen[cs]e (staff|forces?)|chief of defen[cs]e|chairman of the joint chiefs"
    r"( of staff)?|chief of staff of the (armed|defence) forces|commander of the (armed|defence)"
    r" forces?|chief of the (national defence force|armed forces joint staff|joint staff of the"
    r" armed forces|armed forces)|head of the (armed|defence) forces?|chief of the national"
    r" defence general staff|commander of the estonian defence forces)$",
    re.I,
)
GENERAL_STAFF_RE = re.compile(r"^chief of (the )?general staff( of the armed forces)?$", re.I)
SPOKES_RE = re.compile(
    r"^(government spokesperson|foreign ministry spoke(s)?person|presidential spokesperson"
    r"|spokesperson of the (president|government))$",
    re.I,
)
SECURITY_ADVISER = {"national security advisor", "national security adviser"}
# The US cabinet's labels lack the "of Foreign Affairs" form.
US_ROLES = {"secretary of state": "foreign_minister", "secretary of defense": "defense_minister"}

# world.csv (international offices) -> role, no country.
WORLD_ROLES = {
    "secretary-general of the united nations": "un_secretary_general",
    "deputy secretary-general of the united nations": "un_deputy_secretary_general",
    "president of the united nations general assembly": "un_general_assembly_president",
    "director-general of the world trade organization": "wto_director_general",
}

# International bodies: (name, role, from, to, gender). Public facts, hand-written; days that
# are not known are the first of the month or year.
INTERNATIONAL = [
    ("Kofi Annan", "un_secretary_general", "1997-01-01", "2006-12-31", "m"),
    ("Alpha Oumar Konaré", "au_commission_chair", "2003-09-16", "2008-04-28", "m"),
    ("Jean Ping", "au_commission_chair", "2008-04-28", "2012-10-15", "m"),
    ("Nkosazana Dlamini-Zuma", "au_commission_chair", "2012-10-15", "2017-03-14", "f"),
    ("Moussa Faki Mahamat", "au_commission_chair", "2017-03-14", "2025-03-13", "m"),
    ("Mahamoud Ali Youssouf", "au_commission_chair", "2025-03-13", "", "m"),
    ("Ong Keng Yong", "asean_secretary_general", "2003-01-01", "2007-12-31", "m"),
    ("Surin Pitsuwan", "asean_secretary_general", "2008-01-01", "2012-12-31", "m"),
    ("Le Luong Minh", "asean_secretary_general", "2013-01-01", "2017-12-31", "m"),
    ("Lim Jock Hoi", "asean_secretary_general", "2018-01-01", "2022-12-31", "m"),
    ("Kao Kim Hourn", "asean_secretary_general", "2023-01-01", "", "m"),
    ("Mahboub Maalim", "igad_executive_secretary", "2008-06-01", "2019-11-29", "m"),
    ("Workneh Gebeyehu", "igad_executive_secretary", "2019-11-29", "", "m"),
    ("Abdul Rahman bin Hamad Al Attiyah", "gcc_secretary_general", "2002-04-01", "2011-03-31", "m"),
    ("Abdullatif bin Rashid Al Zayani", "gcc_secretary_general", "2011-04-01", "2020-01-31", "m"),
    ("Nayef Falah Al-Hajraf", "gcc_secretary_general", "2020-02-01", "2023-03-31", "m"),
    ("Jasem Mohamed Albudaiwi", "gcc_secretary_general", "2023-04-01", "", "m"),
    ("José Miguel Insulza", "oas_secretary_general", "2005-05-26", "2015-05-25", "m"),
    ("Luis Almagro", "oas_secretary_general", "2015-05-26", "2025-05-25", "m"),
    ("Albert Ramdin", "oas_secretary_general", "2025-05-26", "", "m"),
    ("Zhang Deguang", "sco_secretary_general", "2004-01-01", "2006-12-31", "m"),
    ("Bolat Nurgaliyev", "sco_secretary_general", "2007-01-01", "2009-12-31", "m"),
    ("Muratbek Imanaliyev", "sco_secretary_general", "2010-01-01", "2012-12-31", "m"),
    ("Dmitry Mezentsev", "sco_secretary_general", "2013-01-01", "2015-12-31", "m"),
    ("Rashid Alimov", "sco_secretary_general", "2016-01-01", "2018-12-31", "m"),
    ("Vladimir Norov", "sco_secretary_general", "2019-01-01", "2021-12-31", "m"),
    ("Zhang Ming", "sco_secretary_general", "2022-01-01", "2024-12-31", "m"),
    ("Nurlan Yermekbayev", "sco_secretary_general", "2025-01-01", "", "m"),
    ("Jaap de Hoop Scheffer", "nato_secretary_general", "2004-01-01", "2009-07-31", "m"),
    ("Anders Fogh Rasmussen", "nato_secretary_general", "2009-08-01", "2014-09-30", "m"),
    ("Jens Stoltenberg", "nato_secretary_general", "2014-10-01", "2024-09-30", "m"),
    ("Mark Rutte", "nato_secretary_general", "2024-10-01", "", "m"),
    ("Romano Prodi", "commission_president", "1999-09-16", "2004-11-21", "m"),
    ("José Manuel Barroso", "commission_president", "2004-11-22", "2014-10-31", "m"),
    ("Jean-Claude Juncker", "commission_president", "2014-11-01", "2019-11-30", "m"),
    ("Herman Van Rompuy", "european_council_president", "2009-12-01", "2014-11-30", "m"),
    ("Donald Tusk", "european_council_president", "2014-12-01", "2019-11-30", "m"),
    ("Charles Michel", "european_council_president", "2019-12-01", "2024-11-30", "m"),
    ("Javier Solana", "eu_foreign_policy_chief", "1999-10-18", "2009-11-30", "m"),
    ("Catherine Ashton", "eu_foreign_policy_chief", "2009-12-01", "2014-10-31", "f"),
    ("Federica Mogherini", "eu_foreign_policy_chief", "2014-11-01", "2019-11-30", "f"),
]

# Words that stand before names as titles, not surnames ("Mohamed Yusuf Haji").
HONORIFICS = {"haji", "hajji", "sheikh", "shaikh", "sheik", "sayed", "sayyid", "seyed", "mullah",
              "datuk", "dato", "tun", "tunku", "tengku", "raja", "pehin", "awang", "khan"}
# Home countries of the international office-holders, for their short forms.
INTL_HOME = {"Zhang Deguang": "CHN", "Zhang Ming": "CHN", "Le Luong Minh": "VNM",
             "Ong Keng Yong": "CHN", "Lim Jock Hoi": "CHN", "Kao Kim Hourn": "KHM"}
# Family name first: the short form is the first word. Vietnamese: the last (given) name.
FAMILY_FIRST = {"CHN", "TWN", "KOR", "PRK", "KHM"}
GIVEN_LAST_SHORT = {"VNM"}
# Given name used alone (patronymic systems, Thai and Indonesian usage); no short in Myanmar.
GIVEN_FIRST_SHORT = {"ETH", "ERI", "ISL", "IDN", "THA"}
NO_SHORT = {"MMR"}
# Compound (two-surname) naming: the last word alone is not the usual short form.
COMPOUND_SURNAME = {
    "ARG", "BOL", "CHL", "COL", "CRI", "CUB", "DOM", "ECU", "ESP", "GTM", "HND", "MEX", "NIC",
    "PAN", "PER", "PRY", "SLV", "URY", "VEN", "BRA", "PRT", "AGO", "MOZ", "CPV", "STP", "GNQ",
    "TLS", "GNB",
}
PARTICLES = {"bin", "bint", "ibn", "al", "el", "de", "da", "do", "dos", "das", "del", "van",
             "von", "der", "den", "la", "le", "di", "du", "abu", "ould", "ag", "wa", "y", "e", "i",
             "arap", "ul", "ter", "ten", "van der", "bte", "binti", "bin."}
HONORIFIC_RE = re.compile(r"^(Sir|Dame|Dr\.?|Sheikh|Shaikh|Prince|Princess|General|Gen\.|Lord|"
                          r"Lady|Ayatollah|Datuk|Dato'?|Tan Sri|Mr\.?|Mrs\.?|Ms\.?) ", re.I)


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o") \
        .replace("Ø", "O").replace("đ", "d").replace("Đ", "D").replace("ß", "ss") \
        .replace("’", "'")


def norm(s):
    return re.sub(r"\s+", " ", fold(s).casefold().replace("-", " ").replace(".", "")).strip()


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", fold(s).lower()).strip("-")


def read_gazetteer(path):
    """Yield (kind, name, {key: [values]}) for each line of a gazetteer file."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            keys = collections.defaultdict(list)
            for p in parts[2:]:
                if "=" in p:
                    k, v = p.split("=", 1)
                    keys[k].extend(x for x in v.split("|") if x)
            yield parts[0], parts[1], keys


def date(s):
    """'2019', '2019-05', '2019-05-03' -> 'YYYY-MM-DD' (first of the period), or ''."""
    s = (s or "").strip()
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", s)
    if not m:
        return ""
    y, mo, d = m.group(1), m.group(2) or "01", m.group(3) or "01"
    return f"{y}-{mo}-{d}"


def role_for(label, country, has_chief_of_defence):
    low = label.strip().lower()
    if country == "USA" and low in US_ROLES:
        return US_ROLES[low]
    if low in HEAD_OF_STATE:
        return "head_of_state"
    if low in HEAD_OF_GOVERNMENT:
        return "head_of_government"
    if country == "CHE" and low == "president of the federal council":
        return "head_of_state"
    if FOREIGN_RE.search(label) and "trade" not in low.split("affairs", 1)[-1]:
        return "foreign_minister"
    if DEFENCE_RE.search(label):
        return "defense_minister"
    if low in SECURITY_ADVISER:
        return "national_security_adviser"
    if CHIEF_OF_DEFENCE_RE.search(label):
        return "military_chief"
    if GENERAL_STAFF_RE.search(label) and not has_chief_of_defence:
        return "military_chief"
    if SPOKES_RE.search(label):
        return "spokesperson"
    return None


def corpus_stats(corpus):
    """From a news corpus: the words seen in lower case at least 3 times (and at least a quarter
    as often as capitalised), the count of each capitalised word, and the whole text."""
    lower, upper, texts = collections.Counter(), collections.Counter(), []
    if not corpus:
        return set(), upper, ""
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text", "")
            texts.append(text)
            for w in re.findall(r"[A-Z][a-z]*'[A-Z][a-z]+|[A-Za-z][a-z]+", text):
                if w[0].islower():
                    lower[w] += 1
                else:
                    upper[w] += 1
    common = {w for w, n in lower.items() if n >= 3 and n >= upper[w.capitalize()] / 4}
    return common, upper, "\n".join(texts)


def clean_name(label):
    name = re.sub(r"\s*\([^)]*\)\s*$", "", label).strip()
    name = re.sub(r",\s*(Baron|Baroness|Lord|Lady|Sir|Earl|Viscount)\b.*$", "", name)
    # Monarchs: "Harald V of Norway" -> "Harald V"; without a numeral the bare name is ambiguous.
    m = re.match(r"^(.+?) ((?:[IVX]+)) of (the )?[A-Z][\w ]+$", name)
    if m:
        return m.group(1) + " " + m.group(2)
    if re.search(r" of (the )?[A-Z]", name):
        return ""
    name = re.sub(r",\s*(Jr\.?|Sr\.?|[A-Z]{2,4}|[A-Z]\w+ of \w+.*)$", "", name)
    name = HONORIFIC_RE.sub("", name)
    return re.sub(r"\s+", " ", name).strip()


def plausible(name):
    if not name or re.search(r"[\d()/@,;:\"]", name) or re.match(r"^Q\d+$", name):
        return False
    if any(c.isalpha() and not ("LATIN" in unicodedata.name(c, "")) for c in name):
        return False
    words = name.split()
    if len(words) > 7:
        return False
    for w in words:
        core = w.strip("'.-’")
        if not core:
            return False
        if core.lower() in PARTICLES or re.match(r"^(al|el|ul|ad|as|ar|at|an)-|^d'", core, re.I):
            continue
        if re.match(r"^[IVX]+$", core):
            continue
        if not core[0].isupper():
            return False
        if len(core) > 3 and core.isupper():
            return False
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("holders", help="directory of <repo>.csv holders tables")
    ap.add_argument("--leaders", help="world-leaders-2021 data/wikidata.csv versions (newest "
                    "first by name order is not assumed: LATEST names the newest)", nargs="*",
                    default=[])
    ap.add_argument("--surnames", help="US Census 1990 dist.all.last: the commonest surnames are "
                    "not used as short forms")
    ap.add_argument("--corpus", help="news JSON Lines to learn common lower-case words from")
    args = ap.parse_args()

    countries, place_words, taken, taken_ids, taken_shorts = {}, set(), set(), set(), []
    for kind, name, keys in read_gazetteer(os.path.join(GAZ, "countries.tsv")):
        code = keys["code"][0]
        for n in [name] + keys["alias"]:
            countries[slug(n)] = code
        for n in [name] + keys["alias"] + keys["metonym"] + keys["demonym"]:
            place_words.add(norm(n))
    for fname in ("organizations.tsv", "titles.tsv", "people.tsv"):
        for kind, name, keys in read_gazetteer(os.path.join(GAZ, fname)):
            taken_ids.add(keys["id"][0] if keys["id"] else slug(name))
            if kind == "person":
                for n in [name] + keys["alias"]:
                    taken.add(norm(n))
                for s in keys["short"]:
                    taken_shorts.append((norm(s), (keys["country"] or [None])[0]))
            else:
                for n in [name] + keys["alias"]:
                    place_words.add(norm(n))
    common, capitalised, corpus_text = corpus_stats(args.corpus)
    after_the = set(re.findall(r"\b[Tt]he ([A-Z][\w'’-]*)", corpus_text))
    # Short forms that many other people share: common US surnames (the first 5,000 of the
    # Census list: Castillo, Thomson, Ward...) and given names (data/names/given.txt).
    frequent = set()
    if args.surnames:
        with open(args.surnames, encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i >= 5000:
                    break
                frequent.add(norm(line.split()[0]))
    given_path = os.path.join(ROOT, "data", "names", "given.txt")
    if os.path.exists(given_path):
        with open(given_path, encoding="utf-8") as f:
            frequent.update(norm(x) for x in f if not x.startswith("#"))

    def repo_country(repo):
        if repo in REPO_COUNTRY:
            return REPO_COUNTRY[repo]
        for suf in REPO_SUFFIXES:
            if repo.endswith(suf) and repo[: -len(suf)] in REPO_COUNTRY:
                return REPO_COUNTRY[repo[: -len(suf)]]
        base = repo
        for suf in REPO_SUFFIXES:
            if base.endswith(suf):
                base = base[: -len(suf)]
        return countries.get(base, "?")

    people = {}  # wikidata id -> dict
    for path in sorted(glob.glob(os.path.join(args.holders, "*.csv"))):
        repo = os.path.basename(path)[:-4]
        country = repo_country(repo)
        if country == "?":
            print(f"skipped {repo}: no country", file=sys.stderr)
            continue
        with open(path, encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        labels = {r.get("position", "") for r in rows}
        has_cod = any(CHIEF_OF_DEFENCE_RE.search(lab) for lab in labels)
        for r in rows:
            label = r.get("position", "")
            if country is None:
                role = WORLD_ROLES.get(label.lower())
            else:
                role = role_for(label, country, has_cod)
            if not role:
                continue
            start, end = date(r.get("start")), date(r.get("end"))
            if end and end < SINCE:
                continue
            qid = r.get("personID") or r.get("person")
            p = people.setdefault(qid, {"label": r.get("person", ""), "roles": [],
                                         "countries": collections.Counter(), "gender": ""})
            g = (r.get("gender") or "").lower()
            p["gender"] = p["gender"] or {"male": "m", "female": "f"}.get(g, "")
            if country:
                p["countries"][country] += 1
            at = f"@{country}" if country else ""
            rng = f":{start}..{end}" if (start or end) else ""
            spec = f"{role}{at}{rng}"
            if spec not in p["roles"]:
                p["roles"].append(spec)
    # Heads of state and government of countries that no holders table covers, from the
    # world-leaders-2021 query results (years only). The first file given is the newest.
    covered = {c for p in people.values() for c in p["countries"]
               if any(r.startswith("head_of_") for r in p["roles"])}
    lead = {}  # (qid, role, country) -> [start, end, in_latest]
    for i, path in enumerate(args.leaders):
        with open(path, encoding="utf-8") as f:
            for r in csv.reader(f):
                if len(r) < 8 or r[0] in ("country", "countryid", "continent"):
                    continue
                code = countries.get(slug(r[1])) or countries.get(slug(re.sub(
                    r"^(Kingdom of (the )?|Federated States of )", "", r[1])))
                if not code or code in covered:
                    continue
                low = r[3].lower()
                if re.match(r"^(president|king|emir|sultan|prince|monarch|supreme leader)\b", low):
                    role = "head_of_state"
                elif re.match(r"^(prime minister|federal chancellor|minister of state of monaco"
                              r"|state counsellor)", low):
                    role = "head_of_government"
                else:
                    continue
                if not re.match(r"^Q\d+$", r[4]) or re.match(r"^Q\d+$", r[5]):
                    continue
                key = (r[4], role, code)
                cur = lead.setdefault(key, [r[6], r[7], False, r[5]])
                cur[0] = min(cur[0], r[6]) if r[6] else cur[0]
                cur[1] = max(cur[1], r[7])
                cur[2] = cur[2] or (i == 0 and not r[7])
    for (qid, role, code), (start, end, latest, label) in lead.items():
        if not end and not latest:
            continue
        if end and end < SINCE[:4]:
            continue
        p = people.setdefault(qid, {"label": label, "roles": [],
                                    "countries": collections.Counter(), "gender": ""})
        p["countries"][code] += 1
        spec = f"{role}@{code}:{date(start)}..{'' if latest else date(end)}"
        if spec not in p["roles"]:
            p["roles"].append(spec)

    by_label = {norm(p["label"]): k for k, p in people.items()}
    for name, role, start, end, gender in INTERNATIONAL:
        p = people.setdefault(by_label.get(norm(name), "intl:" + name), {"label": name, "roles": [],
                                               "countries": collections.Counter(),
                                               "gender": gender})
        p["roles"].append(f"{role}:{start}..{end}")

    # Wikidata sometimes has a term twice, once without its end: keep the closed one.
    for p in people.values():
        closed = {r.rsplit("..", 1)[0] for r in p["roles"] if not r.endswith("..")}
        p["roles"] = [r for r in p["roles"] if not (r.endswith("..") and r[:-2] in closed)]

    # Names and ambiguity.
    entries, skipped = [], collections.Counter()
    for qid, p in people.items():
        name = clean_name(p["label"])
        if not plausible(name):
            skipped["implausible name"] += 1
            print(f"implausible: {p['label']!r}", file=sys.stderr)
            continue
        n = norm(name)
        if n in taken or norm(fold(name)) in taken:
            skipped["already in people.tsv"] += 1
            continue
        if n in place_words or (len(name.split()) == 1 and name.lower() in common):
            skipped["place or common word"] += 1
            continue
        country = p["countries"].most_common(1)[0][0] if p["countries"] else None
        intl = any(not re.match(r"^[a-z_]+@", r) for r in p["roles"])
        entries.append({"name": name, "country": None if intl else country,
                        "home": country or INTL_HOME.get(name), "roles": p["roles"], "gender": p["gender"]})

    # One entry per name: two people with one name get ids with their country.
    by_name = collections.defaultdict(list)
    for e in entries:
        by_name[norm(e["name"])].append(e)
    for group in by_name.values():
        if len(group) > 1:
            used = collections.Counter()
            for e in group:
                base = slug(e["name"]) + "-" + (e["home"] or "intl").lower()
                used[base] += 1
                e["id"] = base if used[base] == 1 else f"{base}-{used[base]}"
        else:
            e = group[0]
            if slug(e["name"]) in taken_ids:
                e["id"] = slug(e["name"]) + "-" + (e["home"] or "intl").lower()

    # Short forms: the surname, unless common, a place, or shared by two people.
    def short_of(e):
        words = e["name"].split()
        if len(words) < 2:
            return []
        home = e["home"]
        if home in NO_SHORT:
            return []
        if home in FAMILY_FIRST or home in GIVEN_FIRST_SHORT:
            cands = [words[0]]
        elif home in GIVEN_LAST_SHORT:
            cands = [words[-1]]
        elif home in COMPOUND_SURNAME and len(words) >= 3:
            return []
        elif words[-2].lower() in PARTICLES or words[-1].lower() in ("jr", "jr.", "ii", "iii"):
            return []
        else:
            cands = [words[-1]]
            m = re.match(r"^(al|el|Al|El)-(\w.*)$", words[-1])
            if m:
                cands.append(m.group(2))
        return [c for c in cands if len(c) >= 3 and "." not in c]

    # A short form shared by two people is kept: the extractor resolves it only to the one whose
    # full name the article used. One that news uses for something or someone else (capitalised
    # in the corpus where the person's full name never occurs, or after "the": "Liverpool",
    # "O'Neill", "the Hague") is left out, since a unique short form resolves without the full
    # name.
    def elsewhere(e, s):
        if s in after_the or fold(s) in after_the:
            return True  # "the Hague", "the Nimrod": a place or a thing
        if capitalised[fold(s)] + (capitalised[s] if fold(s) != s else 0) < 1:
            return False
        return e["name"] not in corpus_text and fold(e["name"]) not in corpus_text

    # A short form that a person of another country in people.tsv already has is kept whatever
    # its frequency: leaving it out would hand this person's mentions to the other ("Mr Blair"
    # after "Tony Blair" is not Bill Blair). Within one country (Hafez and Bashar al-Assad) the
    # curated person keeps it alone.
    curated = collections.defaultdict(set)
    for s, c in taken_shorts:
        curated[s].add(c)

    def keep(e, s):
        if norm(s) in place_words or norm(s) in taken or norm(s) in HONORIFICS:
            return False
        if s.lower() in common or fold(s).lower() in common:
            return False
        if norm(s) in curated:
            return e["home"] not in curated[norm(s)]
        return norm(fold(s)) not in frequent and not elsewhere(e, s)

    for e in entries:
        cands = short_of(e)
        cands += [fold(x) for x in cands if fold(x) != x and fold(x) not in cands]
        e["shorts"] = [s for s in cands if keep(e, s)]

    seen_ids = set()
    out = []
    for e in sorted(entries, key=lambda e: (e["home"] or "", fold(e["name"]).lower())):
        fields = ["person", e["name"]]
        pid = e.get("id")
        if pid:
            assert pid not in seen_ids, pid
            seen_ids.add(pid)
            fields.append(f"id={pid}")
        else:
            assert slug(e["name"]) not in seen_ids, e["name"]
            seen_ids.add(slug(e["name"]))
        if e["country"]:
            fields.append(f"country={e['country']}")
        folded = fold(e["name"])
        if folded != e["name"]:
            fields.append(f"alias={folded}")
        shorts = e["shorts"]
        if shorts:
            fields.append("short=" + "|".join(shorts))
        if e["gender"]:
            fields.append(f"gender={e['gender']}")
        fields.append("role=" + "|".join(e["roles"]))
        out.append("\t".join(fields))

    counts = collections.Counter()
    for e in entries:
        for r in {re.split(r"[@:]", r)[0] for r in e["roles"]}:
            counts[r] += 1
    print(HEADER.strip("\n"))
    print("\n".join(out))
    print(f"people: {len(out)}; skipped: {dict(skipped)}", file=sys.stderr)
    print("by role: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()), file=sys.stderr)


HEADER = """
# demarche bundled gazetteer: world office-holders since 2000. GENERATED by
# scripts/build_people.py; do not edit by hand (correct data/gazetteer/people.tsv, which wins).
# Sources: Wikidata office-holder data (CC0 1.0) as tabulated by the EveryPolitician scrapers
# (html/holders21.csv of github.com/every-politician-scrapers/<country>), and a hand-written table
# of international bodies (AU, ASEAN, IGAD, GCC, OAS, SCO, NATO, EU). See data/README.md.
# Roles: head_of_state, head_of_government, foreign_minister, defense_minister,
# national_security_adviser, military_chief, spokesperson (@CCC: the country); international
# offices carry no @CCC and their holders no country=. Dates known only to the year or month
# are the first of that year or month. short = the surname, left out where it is a common
# lower-case word in news, a place, a common surname or given name, or a word news uses for
# something else; a short form two people share resolves only after the full name.
"""

if __name__ == "__main__":
    main()
