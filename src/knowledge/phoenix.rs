//! The importer for PETRARCH/Phoenix (TABARI) `.actors` dictionaries.
//!
//! This module owns turning an event-data actor dictionary into gazetteer entries, so that
//! dictionaries built for PETRARCH and the Phoenix pipeline can be reused as they are. The format:
//!
//! ```text
//! HAMID_KARZAI_  # a comment
//! +KARZAI_
//! +PRESIDENT_KARZAI_
//!     [AFGELI 750101-000101]
//!     [AFGGOV >011222]
//! AFGHANISTAN_  [AFG]
//! ```
//!
//! A line that starts with a letter (or digit or quote) opens an entry: its name, words joined by
//! `_`, optionally followed by `[CODE]`. `+NAME` lines add synonyms. `[CODE DATES]` lines give
//! roles: `CODE` is a CAMEO actor code whose first three letters are usually the country
//! (`AFGGOV`: the Afghan government), `DATES` is `FROM-TO`, `>FROM` or `<TO`, each `YYMMDD`
//! or `YYYYMMDD`. Names are upper case in these files; they are imported capitalised ("Hamid
//! Karzai"), and short all-capital names are kept as acronyms too ("UN", "ANSF").
//!
//! An entry with a three-letter country code only is a country; an entry with dated roles is a
//! person; any other entry is an organisation. Imported ids are prefixed `phx-` so they never
//! replace bundled entries. A date restriction that cannot be read (the published files have a
//! handful, such as `2004017`) leaves that end of the role open rather than failing the whole
//! import; a structural error (a synonym or role before any entry, an unclosed `[`) is an error
//! naming the file, line and problem.

use std::collections::HashSet;

use crate::error::Error;
use crate::knowledge::gazetteer::{Entry, EntryKind, Role};
use crate::model::Day;
use crate::util::slug;

/// Small words kept lower case inside capitalised names.
const PARTICLES: &[&str] = &[
    "of", "the", "and", "for", "de", "del", "la", "le", "al", "bin", "ul", "van", "von", "on", "in",
];

/// Parses a Phoenix `.actors` file. `known` are ISO alpha-3 codes already known as countries; the
/// file's own three-letter codes (`AFGHANISTAN_ [AFG]`) are added to them. A CAMEO code's first
/// three letters count as a country only when they are one of these.
pub(crate) fn parse(file: &str, text: &str, known: &HashSet<String>) -> Result<Vec<Entry>, Error> {
    let mut out: Vec<Pending> = Vec::new();
    let mut current: Option<Pending> = None;
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let line = raw.split('#').next().unwrap_or("").trim_end();
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            continue;
        }
        let err = |p: &str| Error::data(file, n, p);
        if let Some(syn) = trimmed.strip_prefix('+') {
            let (name, code) = split_code(syn).map_err(|p| err(&p))?;
            let cur = current
                .as_mut()
                .ok_or_else(|| err("a synonym (+) before any entry"))?;
            cur.synonyms.push(name);
            if let Some(c) = code {
                cur.codes.push((c, None, None));
            }
        } else if trimmed.starts_with('[') {
            let cur = current
                .as_mut()
                .ok_or_else(|| err("a role ([CODE]) before any entry"))?;
            cur.codes.push(parse_role(trimmed).map_err(|p| err(&p))?);
        } else {
            if let Some(p) = current.take() {
                out.push(p);
            }
            let (name, code) = split_code(trimmed).map_err(|p| err(&p))?;
            if name.is_empty() {
                return Err(err("an entry with no name"));
            }
            current = Some(Pending {
                name,
                synonyms: Vec::new(),
                codes: code.into_iter().map(|c| (c, None, None)).collect(),
            });
        }
    }
    if let Some(p) = current.take() {
        out.push(p);
    }
    let mut countries = known.clone();
    for p in &out {
        for (c, _, _) in &p.codes {
            if c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()) {
                countries.insert(c.clone());
            }
        }
    }
    Ok(out.into_iter().map(|p| p.finish(&countries)).collect())
}

struct Pending {
    name: String,
    synonyms: Vec<String>,
    codes: Vec<(String, Option<Day>, Option<Day>)>,
}

impl Pending {
    fn finish(self, countries: &HashSet<String>) -> Entry {
        let dated = self
            .codes
            .iter()
            .any(|(_, f, t)| f.is_some() || t.is_some());
        let country_of = |code: &str| -> Option<String> {
            let cc = code.get(..3)?;
            countries.contains(cc).then(|| cc.to_string())
        };
        let only_country = self.codes.len() == 1
            && self.codes[0].0.len() == 3
            && country_of(&self.codes[0].0).is_some();
        let kind = if only_country {
            EntryKind::Country
        } else if dated {
            EntryKind::Person
        } else {
            EntryKind::Org
        };
        let name = display(&self.name);
        let mut aliases: Vec<String> = Vec::new();
        let mut add = |s: &str| {
            for form in forms(s) {
                if form != name && !aliases.contains(&form) {
                    aliases.push(form);
                }
            }
        };
        add(&self.name);
        for s in &self.synonyms {
            add(s);
        }
        let roles = self
            .codes
            .iter()
            .filter(|(c, _, _)| c.len() > 3)
            .map(|(c, from, to)| Role {
                role: format!("cameo_{}", c.get(3..).unwrap_or("").to_ascii_lowercase()),
                country: country_of(c),
                from: *from,
                to: *to,
            })
            .collect();
        Entry {
            kind,
            id: format!("phx-{}", slug(&name)),
            country: self.codes.iter().find_map(|(c, _, _)| country_of(c)),
            name,
            aliases,
            metonyms: Vec::new(),
            demonyms: Vec::new(),
            shorts: Vec::new(),
            gender: None,
            roles,
            generic: false,
            extend: false,
            line: 0,
        }
    }
}

/// `NAME_WORDS_ [CODE]` → ("NAME_WORDS_", Some("CODE")).
fn split_code(s: &str) -> Result<(String, Option<String>), String> {
    match s.find('[') {
        None => Ok((s.trim().to_string(), None)),
        Some(i) => {
            let close = s[i..].find(']').ok_or("unclosed [")?;
            let code = s[i + 1..i + close]
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_string();
            Ok((
                s[..i].trim().to_string(),
                (!code.is_empty()).then_some(code),
            ))
        }
    }
}

/// `[AFGGOV 750101-000101]`, `[AFGGOV >011222]`, `[IGOUNO]`.
fn parse_role(s: &str) -> Result<(String, Option<Day>, Option<Day>), String> {
    let inner = s
        .strip_prefix('[')
        .and_then(|r| r.split(']').next().filter(|_| r.contains(']')))
        .ok_or("unclosed [")?;
    let mut parts = inner.split_whitespace();
    let code = parts.next().ok_or("an empty role []")?.to_string();
    let dates: String = parts.collect();
    let (from, to) = if let Some(d) = dates.strip_prefix('>') {
        (day(d), None)
    } else if let Some(d) = dates.strip_prefix('<') {
        (None, day(d))
    } else if let Some((a, b)) = dates.split_once('-') {
        (day(a), day(b))
    } else {
        (None, None)
    };
    Ok((code, from, to))
}

/// `YYMMDD` (years 30–99 are 19xx) or `YYYYMMDD`; `None` when unreadable.
fn day(s: &str) -> Option<Day> {
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (y, rest) = match s.len() {
        6 => {
            let yy: i32 = s[..2].parse().ok()?;
            (if yy >= 30 { 1900 + yy } else { 2000 + yy }, &s[2..])
        }
        8 => (s[..4].parse().ok()?, &s[4..]),
        _ => return None,
    };
    Day::new(y, rest[..2].parse().ok()?, rest[2..].parse().ok()?).ok()
}

/// The words of a dictionary name: `_` to spaces, parenthesised parts dropped.
fn words(raw: &str) -> Vec<String> {
    let mut s = String::new();
    let mut depth = 0;
    for c in raw.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = (depth as i32 - 1).max(0) as usize,
            _ if depth > 0 => {}
            '_' => s.push(' '),
            _ => s.push(c),
        }
    }
    s.split_whitespace().map(String::from).collect()
}

/// "HAMID_KARZAI_" → "Hamid Karzai"; "SECRETARY_OF_STATE" → "Secretary of State"; a single word of
/// up to three letters is an acronym and stays as written ("UN").
fn display(raw: &str) -> String {
    let w = words(raw);
    if let [one] = w.as_slice() {
        if one.chars().count() <= 3 {
            return one.clone();
        }
    }
    w.iter()
        .enumerate()
        .map(|(i, word)| {
            let lower = word.to_lowercase();
            if i > 0 && PARTICLES.contains(&lower.as_str()) {
                lower
            } else if word.contains('.') {
                word.clone()
            } else {
                capitalise(&lower)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "mazar-i-sharif" → "Mazar-I-Sharif"; "o'brien" → "O'Brien".
fn capitalise(lower: &str) -> String {
    let mut out = String::with_capacity(lower.len());
    let mut up = true;
    for c in lower.chars() {
        if up {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        up = matches!(c, '-' | '\'' | ' ');
    }
    out
}

/// The surface forms a dictionary name gives: capitalised, and as written when it is a single
/// all-capital word of up to five letters, which may be an acronym ("ANSF", "NATO").
fn forms(raw: &str) -> Vec<String> {
    let mut out = vec![display(raw)];
    let w = words(raw);
    if w.len() == 1
        && w[0].chars().count() <= 5
        && w[0].chars().all(|c| c.is_ascii_uppercase() || c == '.')
    {
        out.push(w[0].clone());
    }
    out.retain(|f| !f.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes() -> HashSet<String> {
        ["USA"].iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn entries_synonyms_and_roles() {
        let text = "# header\nHAMID_KARZAI_  # CountryInfo.txt\n+KARZAI_\n+PRESIDENT_KARZAI_\n\t[AFGELI 750101-000101]\n\t[AFGGOV >011222]\n\nAFGHANISTAN_  [AFG]\n+KABUL_\nUN_ [IGOUNO]\n";
        let e = parse("p.txt", text, &codes()).unwrap();
        assert_eq!(e.len(), 3);
        let karzai = &e[0];
        assert_eq!(karzai.kind, EntryKind::Person);
        assert_eq!(karzai.name, "Hamid Karzai");
        assert_eq!(karzai.id, "phx-hamid-karzai");
        assert_eq!(karzai.aliases, ["Karzai", "President Karzai"]);
        assert_eq!(karzai.country.as_deref(), Some("AFG"));
        assert_eq!(karzai.roles.len(), 2);
        assert_eq!(karzai.roles[0].from, Day::new(1975, 1, 1).ok());
        assert_eq!(karzai.roles[0].to, Day::new(2000, 1, 1).ok());
        assert_eq!(karzai.roles[1].from, Day::new(2001, 12, 22).ok());
        assert_eq!(karzai.roles[1].role, "cameo_gov");
        assert_eq!(e[1].kind, EntryKind::Country);
        assert_eq!(e[1].aliases, ["Kabul", "KABUL"]); // five capitals may be an acronym
        assert_eq!(e[2].kind, EntryKind::Org);
        assert_eq!(e[2].name, "UN");
        assert!(e[2].aliases.is_empty());
        assert_eq!(e[2].country, None);
    }

    #[test]
    fn unreadable_dates_leave_the_role_open() {
        let e = parse("p", "X_Y\n\t[USAGOV 2004017-20061201]\n", &codes()).unwrap();
        assert_eq!(e[0].roles[0].from, None);
        assert_eq!(e[0].roles[0].to, Day::new(2006, 12, 1).ok());
    }

    #[test]
    fn structural_errors_name_the_line() {
        for (text, line, needle) in [
            ("+KARZAI_", 1, "synonym (+) before any entry"),
            ("# c\n[AFGGOV]", 2, "role ([CODE]) before any entry"),
            ("A_B\n\t[AFGGOV 750101", 2, "unclosed ["),
            ("A_B [AFG", 1, "unclosed ["),
        ] {
            let err = parse("p.txt", text, &codes()).unwrap_err();
            assert_eq!(err.line(), Some(line), "{text:?}");
            assert!(err.to_string().contains(needle), "{err}");
        }
    }

    #[test]
    fn display_names() {
        for (raw, want) in [
            ("SECRETARY_OF_STATE_", "Secretary of State"),
            ("U.N._", "U.N."),
            ("MAZAR-I-SHARIF_", "Mazar-I-Sharif"),
            ("ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_", "Aden Abyan Islamic Army"),
            ("OSAMA_BIN_LADEN", "Osama bin Laden"),
            ("UN_", "UN"),
            ("NATO", "Nato"),
        ] {
            assert_eq!(display(raw), want);
        }
    }
}
