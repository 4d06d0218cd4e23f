//! Coarse word classes from the lexicon's `word` rows: the closed classes (determiners,
//! pronouns, auxiliaries, prepositions, ...) that noun phrases, verb groups and clause limits
//! are read from. Open-class words (nouns, verbs, adjectives) are told apart by position, by
//! capitalisation and by the small `verb` row, not by a tagger.

use crate::knowledge::gazetteer::Gender;
use crate::knowledge::lexicon::Lexicon;
use crate::util::WordList;

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

/// The word-class lists, built once per extractor.
#[derive(Clone, Debug)]
pub(crate) struct WordClasses {
    lists: Vec<(Classes, WordList)>,
    male: WordList,
    female: WordList,
    plural: WordList,
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
        WordClasses {
            lists: table
                .iter()
                .map(|&(tag, c)| (c, lex.words("word", tag)))
                .collect(),
            male: lex.words("pronoun", "m"),
            female: lex.words("pronoun", "f"),
            plural: lex.words("pronoun", "plural"),
        }
    }

    /// The classes of `word` (any case).
    pub(crate) fn of(&self, word: &str) -> Classes {
        self.lists
            .iter()
            .filter(|(_, l)| l.contains(word))
            .fold(Classes::default(), |acc, &(c, _)| acc.or(c))
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
