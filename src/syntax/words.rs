//! Coarse word classes from the lexicon's `word` rows: the closed classes (determiners,
//! pronouns, auxiliaries, prepositions, ...) that noun phrases, verb groups and clause limits
//! are read from. Open-class words (nouns, verbs, adjectives) are told apart by position, by
//! capitalisation and by the small `verb` row, not by a tagger.

use crate::knowledge::gazetteer::Gender;
use crate::knowledge::lexicon::Lexicon;
use crate::util::{low_bytes, FxMap, WordList};

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
    /// A lower-case word ending in "-ed": a past form or participle, set by the tokeniser
    /// from the word's shape, not by the lexicon. It may still stand in a noun phrase ("the
    /// detained journalist").
    pub(crate) const PAST: Classes = Classes(1 << 12);
    /// A form of "be" ("was", "been"): with a participle after it, a passive.
    pub(crate) const BE: Classes = Classes(1 << 13);
    /// A modal of will or intent ("will", "would", "won't"), unlike one of ability or
    /// permission ("can", "may"): "would not pay" is a refusal, "could not pay" is not.
    pub(crate) const WILL: Classes = Classes(1 << 14);
    /// An auxiliary in the past tense ("was", "had", "didn't").
    pub(crate) const PAST_AUX: Classes = Classes(1 << 15);

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

/// The word classes, built once per extractor: one table look-up per word.
#[derive(Clone, Debug)]
pub(crate) struct WordClasses {
    /// Lower-case ASCII words of up to sixteen bytes, packed into an integer -> their classes.
    short: ShortTable,
    /// Other lower-case words -> their classes.
    map: FxMap<Box<str>, Classes>,
    /// The longest word in `map`, in bytes: longer words have no class.
    longest: usize,
    /// A filter over the ASCII words of `short`: by the low five bits of a word's first and
    /// last bytes (the same in either case), the lengths of words that may be in the table.
    /// Most words of running text have no class and stop at this one test.
    shape: Box<[u32; 1024]>,
    male: WordList,
    female: WordList,
    /// Possessive and object forms ("his", "her", "their"), by agreement.
    owner_male: WordList,
    owner_female: WordList,
    owner_plural: WordList,
    plural: WordList,
}

/// Up to sixteen ASCII bytes, lower-cased and packed into one integer, the first byte lowest
/// (words hold no NUL, so zero padding keeps keys distinct).
fn pack(b: &[u8]) -> Option<u128> {
    if b.len() > 16 {
        return None;
    }
    let (lo, hi) = b.split_at(b.len().min(8));
    // Folded from the last byte down: shifts of one register, no stack buffer.
    let half = |b: &[u8]| b.iter().rev().fold(0u64, |k, &c| k << 8 | u64::from(c));
    lower(u128::from(half(hi)) << 64 | u128::from(half(lo)))
}

/// The slot of [`WordClasses::shape`] for a word's first and last bytes.
#[inline(always)]
fn shape_slot(first: u8, last: u8) -> usize {
    usize::from(first & 31) << 5 | usize::from(last & 31)
}

/// Packed bytes lower-cased, if all are ASCII.
fn lower(k: u128) -> Option<u128> {
    const HIGH: u128 = u128::from_ne_bytes([0x80; 16]);
    if k & HIGH != 0 {
        return None;
    }
    // Lower-case all bytes at once: a byte's top bit, after adding 0x3f, says it is at least
    // 'A'; after adding 0x25, that it is past 'Z'. Bytes are below 0x80, so no sum carries into
    // the next byte.
    let at_least_a = k.wrapping_add(u128::from_ne_bytes([0x3f; 16]));
    let past_z = k.wrapping_add(u128::from_ne_bytes([0x25; 16]));
    let upper = at_least_a & !past_z & HIGH;
    Some(k | upper >> 2)
}

/// An open-addressing table from packed words (never zero) to their classes: a multiply, a
/// shift and usually one probe, where a general hash map costs several times that on the
/// tokeniser's every word.
#[derive(Clone, Debug)]
struct ShortTable {
    /// Packed words; zero marks an empty slot.
    keys: Box<[u128]>,
    classes: Box<[Classes]>,
    /// 64 minus the table's size in bits.
    shift: u32,
    /// The classes of the key zero (the empty word), which cannot be stored in a slot.
    zero: Classes,
}

impl ShortTable {
    fn new(entries: &[(u128, Classes)]) -> ShortTable {
        // At most half full, so probe runs stay short.
        let size = (entries.len() * 2).next_power_of_two().max(16);
        let mut t = ShortTable {
            keys: vec![0; size].into_boxed_slice(),
            classes: vec![Classes::default(); size].into_boxed_slice(),
            shift: 64 - size.trailing_zeros(),
            zero: Classes::default(),
        };
        for &(k, c) in entries {
            if k == 0 {
                t.zero = t.zero.or(c);
                continue;
            }
            let mut s = t.slot(k);
            while t.keys[s] != 0 && t.keys[s] != k {
                s = (s + 1) & (size - 1);
            }
            t.keys[s] = k;
            t.classes[s] = t.classes[s].or(c);
        }
        t
    }

    fn slot(&self, k: u128) -> usize {
        let x = (k as u64) ^ ((k >> 64) as u64).wrapping_mul(0x517C_C1B7_2722_0A95);
        (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    fn get(&self, k: u128) -> Classes {
        if k == 0 {
            return self.zero;
        }
        let mask = self.keys.len() - 1;
        let mut s = self.slot(k);
        loop {
            match self.keys[s] {
                x if x == k => return self.classes[s],
                0 => return Classes::default(),
                _ => s = (s + 1) & mask,
            }
        }
    }
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
            ("be", Classes::BE),
            ("will", Classes::WILL),
            ("past_aux", Classes::PAST_AUX),
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
        let short: Vec<(u128, Classes)> = map
            .iter()
            .filter_map(|(k, &c)| pack(k.as_bytes()).map(|p| (p, c)))
            .collect();
        let mut shape = Box::new([0u32; 1024]);
        for k in map.keys().map(|k| k.as_bytes()) {
            if let (Some(&f), Some(&l), true) = (k.first(), k.last(), (1..=16).contains(&k.len())) {
                shape[shape_slot(f, l)] |= 1 << k.len();
            }
        }
        let short = ShortTable::new(&short);
        WordClasses {
            shape,
            longest: map.keys().map(|k| k.len()).max().unwrap_or(0),
            short,
            map,
            male: lex.words("pronoun", "m"),
            female: lex.words("pronoun", "f"),
            plural: lex.words("pronoun", "plural"),
            owner_male: lex.words("pronoun_oblique", "m"),
            owner_female: lex.words("pronoun_oblique", "f"),
            owner_plural: lex.words("pronoun_oblique", "plural"),
        }
    }

    /// The classes of `word` (any case).
    #[cfg_attr(not(test), allow(dead_code))] // the tokeniser reads words in place
    pub(crate) fn of(&self, word: &str) -> Classes {
        self.of_word_at(word, 0, word.len())
    }

    /// The classes of the word `text[i..j]`, read in place: a word of up to eight bytes is one
    /// load, a mask and a lower-casing of all its bytes at once.
    #[inline(always)]
    pub(crate) fn of_word_at(&self, text: &str, i: usize, j: usize) -> Classes {
        let n = j - i;
        if n > self.longest {
            return Classes::default();
        }
        let b = text.as_bytes();
        // A word of up to eight bytes (nearly every word): one load; an ASCII word whose shape
        // no listed word has is refused before it is lower-cased and hashed.
        if (1..=8).contains(&n) {
            let k = low_bytes(b, i, n);
            if k & 0x8080_8080_8080_8080 == 0 {
                let (f, l) = (b[i], b[j - 1]);
                if self.shape[shape_slot(f, l)] & 1 << n == 0 {
                    return Classes::default();
                }
                return lower(u128::from(k)).map_or_else(Classes::default, |k| self.short.get(k));
            }
        }
        match b.get(i..j).and_then(pack) {
            Some(k) => self.short.get(k),
            None => self.of_other(&text[i..j]),
        }
    }

    /// The classes of a word [`pack`] does not take: longer than sixteen bytes, or not ASCII.
    #[cold]
    #[inline(never)]
    fn of_other(&self, word: &str) -> Classes {
        self.map
            .get(word.to_lowercase().as_str())
            .copied()
            .unwrap_or_default()
    }

    /// For a subject pronoun that can name a speaker or party ("he", "she", "they"), its
    /// agreement.
    pub(crate) fn agreement(&self, word: &str) -> Option<Agreement> {
        Self::agree(word, [&self.male, &self.female, &self.plural])
    }

    /// For a possessive pronoun ("his request", "their counterparts"), its agreement.
    pub(crate) fn owner_agreement(&self, word: &str) -> Option<Agreement> {
        Self::agree(
            word,
            [&self.owner_male, &self.owner_female, &self.owner_plural],
        )
    }

    fn agree(word: &str, [male, female, plural]: [&WordList; 3]) -> Option<Agreement> {
        if male.contains(word) {
            Some(Agreement {
                gender: Some(Gender::Male),
                plural: false,
            })
        } else if female.contains(word) {
            Some(Agreement {
                gender: Some(Gender::Female),
                plural: false,
            })
        } else if plural.contains(word) {
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
        // In place, as the tokeniser reads them: mid-text, at the text's end, longer than eight
        // bytes, not ASCII.
        let text = "The Ministry SUBSEQUENTLY said its Ébauche would Not";
        let mut at = 0;
        for word in text.split(' ') {
            let c = w.of_word_at(text, at, at + word.len());
            assert_eq!(c, w.of(&word.to_lowercase()), "{word}");
            at += word.len() + 1;
        }
        assert!(w.of_word_at(text, 13, 25).any(Classes::ADVERB));
        assert!(w
            .of_word_at(text, text.len() - 3, text.len())
            .any(Classes::NEG));
        assert_eq!(
            w.agreement("She").and_then(|a| a.gender),
            Some(Gender::Female)
        );
        assert!(w.agreement("they").is_some_and(|a| a.plural));
        assert!(w.agreement("it").is_none());
    }
}
