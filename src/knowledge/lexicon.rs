//! The cue-word lexicon: speech cues, pronouns, meeting triggers, status and refusal cues.
//!
//! This module owns `data/lexicon.tsv` (embedded with `include_str!`) and its parser. Rows are
//! `CLASS <TAB> TAG <TAB> form|form|...`; each detector reads the rows of its own classes by
//! index, so the words live in data, not code.

use crate::error::Error;
use crate::knowledge::gazetteer::Gender;
use crate::util::WordList;

/// The bundled lexicon.
const DEFAULT: &str = include_str!("../../data/lexicon.tsv");

/// One lexicon row: a class, a tag, and the surface forms that carry it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Row {
    pub(crate) class: String,
    pub(crate) tag: String,
    pub(crate) forms: Vec<String>,
}

/// Classes whose words a detector reads around a hit it already has, rather than from the scan:
/// very common words ("the", "to") would flood the scan with matches nobody looks up.
const LOCAL_CLASSES: &[&str] = &["abbrev", "speech_frame", "function", "name_word", "word"];

impl Row {
    /// Whether the scan should look for this row's forms.
    pub(crate) fn scanned(&self) -> bool {
        !LOCAL_CLASSES.contains(&self.class.as_str())
    }
}

impl Row {
    /// For a pronoun row, subject or oblique form ("he", "his"): its gender, `None` for a
    /// plural. `None` for any other row.
    pub(crate) fn pronoun_gender(&self) -> Option<Option<Gender>> {
        match (self.class.as_str(), self.tag.as_str()) {
            ("pronoun" | "pronoun_oblique", "m") => Some(Some(Gender::Male)),
            ("pronoun" | "pronoun_oblique", "f") => Some(Some(Gender::Female)),
            ("pronoun" | "pronoun_oblique", _) => Some(None),
            _ => None,
        }
    }
}

/// The parsed lexicon.
#[derive(Clone, Debug)]
pub(crate) struct Lexicon {
    pub(crate) rows: Vec<Row>,
}

impl Lexicon {
    /// The bundled lexicon. It is checked by a unit test, so parsing cannot fail at run time.
    pub(crate) fn bundled() -> Lexicon {
        Lexicon::parse("data/lexicon.tsv", DEFAULT).expect("the bundled lexicon parses")
    }

    /// The forms of every row of `class` tagged `tag`, as a word list.
    pub(crate) fn words(&self, class: &str, tag: &str) -> WordList {
        WordList::new(
            self.rows
                .iter()
                .filter(|r| r.class == class && r.tag == tag)
                .flat_map(|r| r.forms.iter()),
        )
    }

    pub(crate) fn parse(file: &str, text: &str) -> Result<Lexicon, Error> {
        let mut rows = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 3 || f.iter().any(|s| s.trim().is_empty()) {
                return Err(Error::data(file, i + 1, "expected CLASS<TAB>TAG<TAB>forms"));
            }
            rows.push(Row {
                class: f[0].to_string(),
                tag: f[1].to_string(),
                forms: f[2]
                    .split('|')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect(),
            });
        }
        Ok(Lexicon { rows })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_parses_with_every_class() {
        let lex = Lexicon::bundled();
        for class in [
            "speech",
            "pronoun",
            "pronoun_oblique",
            "meeting",
            "status",
            "refusal",
            "refused_thing",
            "function",
            "speech_frame",
            "abbrev",
        ] {
            assert!(lex.rows.iter().any(|r| r.class == class), "{class}");
        }
        assert!(lex.rows.len() < usize::from(u16::MAX));
        // Every (class, tag) row a stage reads is there: a row removed from the data while
        // code still reads it would be read as an empty list without a word.
        for (class, tag) in [
            ("speech_frame", "aux_before"),
            ("speech_frame", "body"),
            ("speech_frame", "government"),
            ("speech_frame", "silent_gerund"),
            ("speech_frame", "title_small"),
            ("name_word", "particle"),
            ("name_word", "family_first"),
            ("name_word", "apposition_open"),
            ("name_word", "org_stop"),
            ("pronoun", "m"),
            ("pronoun", "f"),
            ("pronoun", "plural"),
            ("pronoun_oblique", "m"),
            ("pronoun_oblique", "f"),
            ("pronoun_oblique", "plural"),
            ("function", "not_refused_action"),
            ("function", "planned_after"),
            ("meeting_invited", "invited"),
            ("meeting_invited", "despite"),
        ] {
            assert!(!lex.words(class, tag).is_empty(), "{class} {tag}");
        }
        // The function-word lists each module reads are all there.
        for tag in [
            "phrase_determiner",
            "phrase_word",
            "phrase_stop",
            "locative",
            "name_stop",
            "not_first_name",
            "place_prep",
            "possessive",
            "not_place",
        ] {
            assert!(!lex.words("function", tag).is_empty(), "{tag}");
        }
        assert!(lex.words("function", "locative").contains("In"));
        assert!(!lex.words("function", "locative").contains("to"));
    }

    #[test]
    fn malformed_rows_are_errors() {
        let err = Lexicon::parse("x.tsv", "# ok\nspeech\tverb").unwrap_err();
        assert_eq!(err.to_string(), "x.tsv:2: expected CLASS<TAB>TAG<TAB>forms");
    }
}
