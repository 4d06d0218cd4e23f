//! Coarse word classes from the lexicon's `word` rows: the closed classes (determiners,
//! pronouns, auxiliaries, prepositions, ...) that noun phrases, verb groups and clause limits
//! are read from. Open-class words (nouns, verbs, adjectives) are told apart by position, by
//! capitalisation and by the small `verb` row, not by a tagger.

use crate::knowledge::gazetteer::Gender;
use crate::knowledge::lexicon::Lexicon;
use crate::util::{FxMap, WordList};

/// A set of word classes, one bit each: a word may be in several ("that", "as").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Classes(u16);

impl Classes {
    pub(crate) const DET: Classes = Classes(1);
    pub(crate) const POSSESSIVE: Classes = Classes(1 << 1);
    pub(crate) const PRONOUN: Classes = Classes(1 << 2);
    pub(crate) const AUX: Classes = Classes(1 << 3);
    pub(crate) const MODAL: Classes = Classes(1 << 4);
    pub(crate) const NEG: Classes = Classes(1 << 5);
    pub(crate) const ADVERB: Classes = Classes(1 << 6);
    pub(crate) const PREP: Classes = Classes(1 << 7);
    pub(crate) const CONJ: Classes = Classes(1 << 8);
    pub(crate) const SUB: Classes = Classes(1 << 9);
    pub(crate) const REL: Classes = Classes(1 << 10);
    pub(crate) const VERB: Classes = Classes(1 << 11);

    /// Whether any class of `other` is in `self`.
    pub(crate) fn any(self, other: Classes) -> bool {
        self.0 & other.0 != 0
    }

    /// The classes of both.
    pub(crate) const fn and_not(self, other: Classes) -> Classes {
        Classes(self.0 & !other.0)
    }

    pub(crate) const fn or(self, other: Classes) -> Classes {
        Classes(self.0 | other.0)
    }

    /// Words that may stand inside a verb group: "has also not yet said".
    pub(crate) const GROUP: Classes = Classes::AUX
        .or(Classes::MODAL)
        .or(Classes::NEG)
        .or(Classes::ADVERB);
    /// Words that are never part of a noun phrase.
    pub(crate) const NOT_NOMINAL: Classes = Classes::GROUP
        .or(Classes::PREP)
        .or(Classes::CONJ)
        .or(Classes::SUB)
        .or(Classes::REL)
        .or(Classes::VERB);
}

/// The word classes, built once per extractor: one hash look-up per word.
#[derive(Clone, Debug)]
pub(crate) struct WordClasses {
    /// Lower-case ASCII words of up to eight bytes, packed into an integer -> their classes.
    short: FxMap<u64, Classes>,
    /// Other lower-case words -> their classes.
    map: FxMap<Box<str>, Classes>,
    /// The longest word in `map`, in bytes: longer words have no class.
    longest: usize,
    male: WordList,
    female: WordList,
    plural: WordList,
}

/// Up to eight ASCII bytes, lower-cased and packed into one integer (words hold no NUL, so
/// zero padding keeps keys distinct).
fn pack(b: &[u8]) -> Option<u64> {
    if b.len() > 8 || !b.is_ascii() {
        return None;
    }
    Some(
        b.iter()
            .rev()
            .fold(0u64, |k, &c| k << 8 | u64::from(c.to_ascii_lowercase())),
    )
}

/// A subject pronoun's agreement: gender for "he"/"she", plural for "they".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Agreement {
    pub(crate) gender: Option<Gender>,
    pub(crate) plural: bool,
}

impl WordClasses {
    pub(crate) fn new(lex: &Lexicon) -> WordClasses {
        let table = [
            ("det", Classes::DET),
            ("possessive", Classes::POSSESSIVE),
            ("pronoun", Classes::PRONOUN),
            ("aux", Classes::AUX),
            ("modal", Classes::MODAL),
            ("neg", Classes::NEG),
            ("adverb", Classes::ADVERB),
            ("prep", Classes::PREP),
            ("conj", Classes::CONJ),
            ("sub", Classes::SUB),
            ("rel", Classes::REL),
            ("verb", Classes::VERB),
        ];
        let mut map: FxMap<Box<str>, Classes> = FxMap::default();
        for &(tag, c) in &table {
            for row in lex
                .rows
                .iter()
                .filter(|r| r.class == "word" && r.tag == tag)
            {
                for f in &row.forms {
                    let k = map.entry(f.to_lowercase().into_boxed_str()).or_default();
                    *k = k.or(c);
                }
            }
        }
        let short = map
            .iter()
            .filter_map(|(k, &c)| pack(k.as_bytes()).map(|p| (p, c)))
            .collect();
        WordClasses {
            longest: map.keys().map(|k| k.len()).max().unwrap_or(0),
            short,
            map,
            male: lex.words("pronoun", "m"),
            female: lex.words("pronoun", "f"),
            plural: lex.words("pronoun", "plural"),
        }
    }

    /// The classes of `word` (any case).
    pub(crate) fn of(&self, word: &str) -> Classes {
        if word.len() > self.longest {
            return Classes::default();
        }
        if let Some(k) = pack(word.as_bytes()) {
            return self.short.get(&k).copied().unwrap_or_default();
        }
        // Longer ASCII words lower-case into a stack buffer: no allocation per word.
        let mut buf = [0u8; 32];
        if word.is_ascii() && word.len() <= buf.len() {
            let b = &mut buf[..word.len()];
            b.copy_from_slice(word.as_bytes());
            b.make_ascii_lowercase();
            return std::str::from_utf8(b)
                .ok()
                .and_then(|k| self.map.get(k))
                .copied()
                .unwrap_or_default();
        }
        self.map
            .get(word.to_lowercase().as_str())
            .copied()
            .unwrap_or_default()
    }

    /// For a subject pronoun that can name a speaker or party ("he", "she", "they"), its
    /// agreement.
    pub(crate) fn agreement(&self, word: &str) -> Option<Agreement> {
        if self.male.contains(word) {
            Some(Agreement {
                gender: Some(Gender::Male),
                plural: false,
            })
        } else if self.female.contains(word) {
            Some(Agreement {
                gender: Some(Gender::Female),
                plural: false,
            })
        } else if self.plural.contains(word) {
            Some(Agreement {
                gender: None,
                plural: true,
            })
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_from_the_bundled_lexicon() {
        let w = WordClasses::new(&Lexicon::bundled());
        for (word, class, yes) in [
            ("the", Classes::DET, true),
            ("The", Classes::DET, true),
            ("his", Classes::POSSESSIVE, true),
            ("has", Classes::AUX, true),
            ("would", Classes::MODAL, true),
            ("not", Classes::NEG, true),
            ("also", Classes::ADVERB, true),
            ("of", Classes::PREP, true),
            ("and", Classes::CONJ, true),
            ("that", Classes::SUB, true),
            ("who", Classes::REL, true),
            ("smiled", Classes::VERB, true),
            ("minister", Classes::NOT_NOMINAL, false),
            ("Kerry", Classes::NOT_NOMINAL, false),
        ] {
            assert_eq!(w.of(word).any(class), yes, "{word}");
        }
        assert_eq!(
            w.agreement("She").and_then(|a| a.gender),
            Some(Gender::Female)
        );
        assert!(w.agreement("they").is_some_and(|a| a.plural));
        assert!(w.agreement("it").is_none());
    }
}
