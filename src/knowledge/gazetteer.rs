//! The gazetteer: the countries, organisations, people and titles the extractor knows by name.
//!
//! This module owns the data format and its parser. The bundled default lives in
//! `data/gazetteer/` (countries, organisations, people, titles; embedded with `include_str!`);
//! users add or replace entries with files in the same format (see [`ExtractorBuilder::gazetteer_file`](crate::ExtractorBuilder::gazetteer_file)).
//!
//! The format is documented for users in [`crate::gazetteer_format`]; keep the two in step.

use std::collections::HashMap;

use crate::error::Error;
use crate::model::{ActorKind, Day};
use crate::util::slug;

/// The bundled default gazetteer: (file name for error messages, contents).
pub(crate) const DEFAULT: [(&str, &str); 5] = [
    (
        "data/gazetteer/countries.tsv",
        include_str!("../../data/gazetteer/countries.tsv"),
    ),
    (
        "data/gazetteer/organizations.tsv",
        include_str!("../../data/gazetteer/organizations.tsv"),
    ),
    (
        "data/gazetteer/people-world.tsv",
        include_str!("../../data/gazetteer/people-world.tsv"),
    ),
    (
        "data/gazetteer/people.tsv",
        include_str!("../../data/gazetteer/people.tsv"),
    ),
    (
        "data/gazetteer/titles.tsv",
        include_str!("../../data/gazetteer/titles.tsv"),
    ),
];

/// What a gazetteer entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum EntryKind {
    Country,
    Org,
    Person,
    Title,
}

impl EntryKind {
    /// The actor kind of an entry, `None` for titles (which are not actors).
    pub(crate) fn actor_kind(self) -> Option<ActorKind> {
        match self {
            EntryKind::Country => Some(ActorKind::Country),
            EntryKind::Org => Some(ActorKind::Organization),
            EntryKind::Person => Some(ActorKind::Person),
            EntryKind::Title => None,
        }
    }
}

/// A role held for a time: `defense_minister@USA:2021-01-22..`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Role {
    pub(crate) role: String,
    pub(crate) country: Option<String>,
    pub(crate) from: Option<Day>,
    pub(crate) to: Option<Day>,
}

impl Role {
    /// Whether the role was held on `day`.
    pub(crate) fn held_on(&self, day: Day) -> bool {
        self.from.is_none_or(|f| f <= day) && self.to.is_none_or(|t| day <= t)
    }
}

/// One gazetteer entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    pub(crate) kind: EntryKind,
    pub(crate) id: String,
    pub(crate) name: String,
    /// ISO alpha-3: the country itself for countries, the affiliation otherwise.
    pub(crate) country: Option<String>,
    pub(crate) aliases: Vec<String>,
    pub(crate) metonyms: Vec<String>,
    pub(crate) demonyms: Vec<String>,
    pub(crate) shorts: Vec<String>,
    pub(crate) gender: Option<Gender>,
    pub(crate) roles: Vec<Role>,
    pub(crate) generic: bool,
    /// `extend=yes`: add to the earlier entry with this id instead of replacing it.
    pub(crate) extend: bool,
    /// The line the entry is on in its file (0 where there is none), for errors found later.
    pub(crate) line: usize,
}

/// Grammatical gender, for pronoun resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Gender {
    Male,
    Female,
}

/// A parsed gazetteer: its entries, in order, with later ids replacing earlier ones.
#[derive(Clone, Debug, Default)]
pub(crate) struct Gazetteer {
    pub(crate) entries: Vec<Entry>,
    by_id: HashMap<String, usize>,
}

impl Gazetteer {
    /// Parses `text`; `file` names it in error messages.
    pub(crate) fn parse(file: &str, text: &str) -> Result<Vec<Entry>, Error> {
        let text = strip_bom(text);
        let mut out = Vec::new();
        let mut ids = UniqueIds::default();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let mut e = parse_line(line).map_err(|p| Error::data(file, i + 1, p))?;
            e.line = i + 1;
            ids.check(&e, i + 1)
                .map_err(|p| Error::data(file, i + 1, p))?;
            out.push(e);
        }
        Ok(out)
    }

    /// Parses `text` in whichever format it is in: JSON when it starts with `[` or `{` (and the
    /// `json` feature is on), else the tab-separated format.
    pub(crate) fn parse_any(file: &str, text: &str) -> Result<Vec<Entry>, Error> {
        let text = strip_bom(text);
        if text.trim_start().starts_with(['[', '{']) {
            #[cfg(feature = "json")]
            return parse_json(file, text);
            #[cfg(not(feature = "json"))]
            return Err(Error::data(
                file,
                1,
                "JSON gazetteers need the `json` feature",
            ));
        }
        Gazetteer::parse(file, text)
    }

    /// The ISO alpha-3 codes of the countries present.
    pub(crate) fn country_codes(&self) -> std::collections::HashSet<String> {
        self.entries
            .iter()
            .filter(|e| e.kind == EntryKind::Country)
            .filter_map(|e| e.country.clone())
            .collect()
    }

    /// Adds the entries of `file`: an entry whose id is already present replaces it in place, or
    /// with `extend=yes` adds to it. With `check_codes`, every country code an entry gives must
    /// be a country's (one present already, or given in `file`); Phoenix dictionaries are not
    /// checked, as their codes are CAMEO actor codes that need not name a listed country.
    pub(crate) fn extend(
        &mut self,
        file: &str,
        entries: Vec<Entry>,
        check_codes: bool,
    ) -> Result<(), Error> {
        let mut codes = self.country_codes();
        codes.extend(
            entries
                .iter()
                .filter(|e| e.kind == EntryKind::Country)
                .filter_map(|e| e.country.clone()),
        );
        for e in entries {
            let unknown = e
                .country
                .iter()
                .chain(e.roles.iter().filter_map(|r| r.country.as_ref()))
                .find(|c| !codes.contains(*c) && e.kind != EntryKind::Country);
            if let Some(c) = unknown.filter(|_| check_codes) {
                return Err(Error::data(
                    file,
                    e.line,
                    format!("country {c:?} is not the code of any country in the gazetteer"),
                ));
            }
            let key = format!("{:?}:{}", e.kind == EntryKind::Title, e.id);
            match self.by_id.get(&key) {
                Some(&i) if e.extend => merge(&mut self.entries[i], e),
                Some(&i) => self.entries[i] = e,
                None if e.extend => {
                    return Err(Error::data(
                        file,
                        e.line,
                        format!("extend=yes, but no earlier entry has the id {:?}", e.id),
                    ))
                }
                None => {
                    self.by_id.insert(key, self.entries.len());
                    self.entries.push(e);
                }
            }
        }
        Ok(())
    }
}

/// Adds `more` to `base` (`extend=yes`): lists are appended without repeats, and what `more`
/// gives of the single-valued keys overrides.
fn merge(base: &mut Entry, more: Entry) {
    fn append(to: &mut Vec<String>, from: Vec<String>) {
        for s in from {
            if !to.contains(&s) {
                to.push(s);
            }
        }
    }
    if more.name != base.name {
        append(&mut base.aliases, vec![more.name]);
    }
    append(&mut base.aliases, more.aliases);
    append(&mut base.metonyms, more.metonyms);
    append(&mut base.demonyms, more.demonyms);
    append(&mut base.shorts, more.shorts);
    base.roles.extend(more.roles);
    if more.country.is_some() && base.kind != EntryKind::Country {
        base.country = more.country;
    }
    if more.gender.is_some() {
        base.gender = more.gender;
    }
    base.generic |= more.generic;
}

/// The text without a leading byte-order mark (editors on Windows write one).
pub(crate) fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Decodes a data file's bytes as UTF-8; an invalid byte is an error naming its line.
pub(crate) fn decode(file: &str, bytes: Vec<u8>) -> Result<String, Error> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let before = &e.as_bytes()[..at];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let column = 1 + before.iter().rev().take_while(|&&b| b != b'\n').count();
        Error::data(
            file,
            line,
            format!("invalid UTF-8 at column {column} (byte {at} of the file)"),
        )
    })
}

/// The ids one file has given so far: two distinct names with one id in the same file are a
/// mistake (a later file replacing an earlier one's entry is not), so it is reported.
#[derive(Default)]
struct UniqueIds(HashMap<(bool, String), (String, usize)>);

impl UniqueIds {
    fn check(&mut self, e: &Entry, line: usize) -> Result<(), String> {
        let key = (e.kind == EntryKind::Title, e.id.clone());
        match self.0.get(&key) {
            Some((name, first)) if *name != e.name => Err(format!(
                "id {:?} of {:?} is already the id of {name:?} on line {first}; give one of them \
                 its own id=",
                e.id, e.name
            )),
            Some(_) => Ok(()),
            None => {
                self.0.insert(key, (e.name.clone(), line));
                Ok(())
            }
        }
    }
}

fn parse_line(line: &str) -> Result<Entry, String> {
    let mut fields = line.split('\t');
    let kind = fields.next().unwrap_or("");
    let name = fields.next().unwrap_or("");
    let pairs = fields
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .map(|field| {
            field
                .split_once('=')
                .map(|(k, v)| (k.trim().to_string(), v.to_string()))
                .ok_or_else(|| format!("field {field:?} is not key=value"))
        });
    build_entry(kind, name, pairs)
}

/// Builds an entry from its kind, name and `key=value` fields (list values `|`-separated): the
/// one set of rules both the tab-separated and the JSON formats go through.
fn build_entry(
    kind: &str,
    name: &str,
    fields: impl Iterator<Item = Result<(String, String), String>>,
) -> Result<Entry, String> {
    let kind = match kind.trim() {
        "country" => EntryKind::Country,
        "org" => EntryKind::Org,
        "person" => EntryKind::Person,
        "title" => EntryKind::Title,
        other => {
            return Err(format!(
                "unknown kind {other:?} (expected country, org, person or title)"
            ))
        }
    };
    let name = name.trim();
    if name.is_empty() {
        return Err("missing name (fields are separated by tabs)".into());
    }
    let mut e = Entry {
        kind,
        id: slug(name),
        name: name.to_string(),
        country: None,
        aliases: Vec::new(),
        metonyms: Vec::new(),
        demonyms: Vec::new(),
        shorts: Vec::new(),
        gender: None,
        roles: Vec::new(),
        generic: false,
        extend: false,
        line: 0,
    };
    let mut code = None;
    for field in fields {
        let (key, value) = field?;
        let value = value.as_str();
        let list = || {
            value
                .split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
        };
        match key.as_str() {
            "id" => {
                if value.is_empty()
                    || !value
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                {
                    return Err(format!(
                        "id {value:?} must be lower-case letters, digits and -"
                    ));
                }
                e.id = value.to_string();
            }
            "code" => code = Some(iso3(value)?),
            "country" => e.country = Some(iso3(value)?),
            "alias" => e.aliases.extend(list()),
            "metonym" => e.metonyms.extend(list()),
            "demonym" => e.demonyms.extend(list()),
            "short" => e.shorts.extend(list()),
            "gender" => {
                e.gender = Some(match value {
                    "m" => Gender::Male,
                    "f" => Gender::Female,
                    _ => return Err(format!("gender {value:?} must be m or f")),
                })
            }
            "role" => {
                for r in list() {
                    e.roles.push(parse_role(&r)?);
                }
            }
            "extend" => {
                e.extend = match value {
                    "yes" => true,
                    "no" => false,
                    _ => return Err(format!("extend {value:?} must be yes or no")),
                }
            }
            "generic" => {
                e.generic = match value {
                    "yes" => true,
                    "no" => false,
                    _ => return Err(format!("generic {value:?} must be yes or no")),
                }
            }
            other => return Err(format!("unknown key {other:?}")),
        }
    }
    if kind == EntryKind::Country {
        e.country = match code {
            Some(c) => Some(c),
            // Extending an entry keeps its code.
            None if e.extend => None,
            None => return Err("a country needs code=ISO 3166-1 alpha-3".into()),
        };
    } else if code.is_some() {
        return Err("code= is for countries; use country= for affiliation".into());
    }
    Ok(e)
}

/// Parses a JSON gazetteer: an array of entry objects, or one object a line (JSON Lines). An
/// object has `kind` and `name` and the tab-separated format's keys, each a string, a list of
/// strings, or (for `generic`) a boolean: `{"kind": "person", "name": "Lloyd Austin",
/// "country": "USA", "short": ["Austin"]}`.
#[cfg(feature = "json")]
fn parse_json(file: &str, text: &str) -> Result<Vec<Entry>, Error> {
    use serde_json::value::RawValue;
    let line_of = |offset: usize| 1 + text[..offset.min(text.len())].matches('\n').count();
    let mut out = Vec::new();
    let mut ids = UniqueIds::default();
    let mut push = |mut e: Entry, line: usize| -> Result<(), Error> {
        e.line = line;
        ids.check(&e, line)
            .map_err(|p| Error::data(file, line, p))?;
        out.push(e);
        Ok(())
    };
    if text.trim_start().starts_with('[') {
        let items: Vec<&RawValue> = serde_json::from_str(text)
            .map_err(|e| Error::data(file, e.line(), format!("malformed JSON: {e}")))?;
        for raw in items {
            let offset = raw.get().as_ptr() as usize - text.as_ptr() as usize;
            let line = line_of(offset);
            let v: serde_json::Value = serde_json::from_str(raw.get())
                .map_err(|e| Error::data(file, line, format!("malformed JSON: {e}")))?;
            push(
                entry_from_json(&v).map_err(|p| Error::data(file, line, p))?,
                line,
            )?;
        }
    } else {
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v: serde_json::Value = serde_json::from_str(line)
                .map_err(|e| Error::data(file, i + 1, format!("malformed JSON: {e}")))?;
            push(
                entry_from_json(&v).map_err(|p| Error::data(file, i + 1, p))?,
                i + 1,
            )?;
        }
    }
    Ok(out)
}

#[cfg(feature = "json")]
fn entry_from_json(v: &serde_json::Value) -> Result<Entry, String> {
    use serde_json::Value;
    let obj = v.as_object().ok_or("an entry must be a JSON object")?;
    let text = |k: &str| -> Result<&str, String> {
        obj.get(k)
            .and_then(Value::as_str)
            .ok_or_else(|| format!("missing \"{k}\" string"))
    };
    let (kind, name) = (text("kind")?, text("name")?);
    let pairs = obj
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "kind" | "name"))
        .map(|(k, v)| {
            let value = match v {
                Value::String(s) => s.clone(),
                Value::Bool(b) => (if *b { "yes" } else { "no" }).to_string(),
                Value::Array(items) => items
                    .iter()
                    .map(|i| {
                        i.as_str()
                            .map(String::from)
                            .ok_or_else(|| format!("\"{k}\" must list strings"))
                    })
                    .collect::<Result<Vec<_>, _>>()?
                    .join("|"),
                _ => return Err(format!("\"{k}\" must be a string or a list of strings")),
            };
            Ok((k.clone(), value))
        });
    build_entry(kind, name, pairs)
}

fn iso3(v: &str) -> Result<String, String> {
    if v.len() == 3 && v.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(v.to_string())
    } else {
        Err(format!(
            "{v:?} is not an ISO 3166-1 alpha-3 code (three capitals)"
        ))
    }
}

fn parse_role(r: &str) -> Result<Role, String> {
    let bad = || format!("role {r:?} is not ROLE[@CCC][:FROM..TO]");
    let (head, dates) = r.split_once(':').unwrap_or((r, ".."));
    let (role, cc) = match head.split_once('@') {
        Some((role, cc)) => (role, Some(iso3(cc)?)),
        None => (head, None),
    };
    let (from, to) = dates.split_once("..").ok_or_else(bad)?;
    let day = |s: &str| -> Result<Option<Day>, String> {
        if s.is_empty() {
            Ok(None)
        } else {
            s.parse().map(Some).map_err(|e| format!("role {r:?}: {e}"))
        }
    };
    if role.is_empty() || !role.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
        return Err(bad());
    }
    Ok(Role {
        role: role.to_string(),
        country: cc,
        from: day(from)?,
        to: day(to)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_data_parses() {
        let mut entries = Vec::new();
        for (name, text) in DEFAULT {
            entries.extend(Gazetteer::parse(name, text).unwrap());
        }
        assert!(entries
            .iter()
            .any(|e| e.id == "china" && e.country.as_deref() == Some("CHN")));
        assert!(entries.iter().any(|e| e.kind == EntryKind::Person));
        assert!(entries.iter().any(|e| e.kind == EntryKind::Title));
    }

    #[test]
    fn errors_name_line_and_problem() {
        let cases = [
            ("bogus\tX", 1, "unknown kind"),
            ("country\tX", 1, "needs code="),
            ("# c\n\ncountry\tX\tcode=xx", 3, "not an ISO"),
            ("person\t", 1, "missing name"),
            ("person\tA B\tfoo", 1, "not key=value"),
            ("person\tA B\tcolour=red", 1, "unknown key"),
            ("person\tA B\trole=Minister", 1, "not ROLE"),
            ("person\tA B\trole=minister:2020", 1, "not ROLE"),
            (
                "person\tA B\trole=minister@USA:2023-02-30..",
                1,
                "no such day",
            ),
            ("person\tA B\tgender=x", 1, "must be m or f"),
            ("org\tA B\tcode=USA", 1, "use country="),
        ];
        for (text, line, needle) in cases {
            let err = Gazetteer::parse("t.tsv", text).unwrap_err();
            assert_eq!(err.line(), Some(line), "{text:?}");
            let msg = err.to_string();
            assert!(msg.starts_with(&format!("t.tsv:{line}: ")), "{msg}");
            assert!(msg.contains(needle), "{text:?}: {msg}");
        }
    }

    #[test]
    fn fields_parse() {
        let e = Gazetteer::parse(
            "t",
            "person\tLloyd Austin\tcountry=USA\tshort=Austin\tgender=m\trole=defense_minister@USA:2021-01-22..2025-01-20",
        )
        .unwrap()
        .remove(0);
        assert_eq!(e.id, "lloyd-austin");
        assert_eq!(e.shorts, ["Austin"]);
        assert_eq!(e.gender, Some(Gender::Male));
        let r = &e.roles[0];
        assert!(r.held_on(Day::new(2023, 6, 3).unwrap()));
        assert!(!r.held_on(Day::new(2025, 6, 3).unwrap()));
    }

    #[cfg(feature = "json")]
    #[test]
    fn json_array_and_lines() {
        let array = "[\n {\"kind\": \"person\", \"name\": \"Ada Example\", \"short\": [\"Example\"], \"gender\": \"f\"},\n {\"kind\": \"title\", \"name\": \"envoy\", \"generic\": true}\n]";
        let e = Gazetteer::parse_any("g.json", array).unwrap();
        assert_eq!(e[0].shorts, ["Example"]);
        assert!(e[1].generic);
        let lines = "{\"kind\": \"country\", \"name\": \"Freedonia\", \"code\": \"FRE\"}\n\n{\"kind\": \"org\", \"name\": \"Navy\", \"country\": \"FRE\"}";
        assert_eq!(Gazetteer::parse_any("g.jsonl", lines).unwrap().len(), 2);
        for (text, line, needle) in [
            ("[\n{\"kind\": \"person\", \"name\": \"A\"},\n{\"kind\": \"country\", \"name\": \"B\"}\n]", 3, "needs code="),
            ("{\"kind\": \"person\"}", 1, "missing \"name\""),
            ("{\"kind\": \"person\", \"name\": \"A\"}\n{oops", 2, "malformed JSON"),
            ("[\n{\"kind\": \"person\", \"name\": \"A\", \"alias\": [1]}]", 2, "must list strings"),
            ("[{\"kind\": \"person\", \"name\": \"A\"},\n\n 7]", 3, "must be a JSON object"),
        ] {
            let err = Gazetteer::parse_any("g.json", text).unwrap_err();
            assert_eq!(err.line(), Some(line), "{text:?}: {err}");
            assert!(err.to_string().contains(needle), "{err}");
        }
    }

    #[test]
    fn later_id_replaces_earlier() {
        let mut g = Gazetteer::default();
        g.extend(
            "a",
            Gazetteer::parse("a", "country\tFoo\tcode=FOO").unwrap(),
            true,
        )
        .unwrap();
        g.extend(
            "b",
            Gazetteer::parse("b", "country\tFoo\tcode=FOX").unwrap(),
            true,
        )
        .unwrap();
        assert_eq!(g.entries.len(), 1);
        assert_eq!(g.entries[0].country.as_deref(), Some("FOX"));
    }
}
