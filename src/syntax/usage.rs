//! How words stand in their sentence, read on its tokens, for a detector that must tell a
//! word's use from its look:
//!
//! - [`Reading::word_use`]: a word is a noun, an infinitive, negated, a gerund or a verb, by
//!   the token before it ("the claims", "in remarks", "to say", "not say", "by saying",
//!   "China claims");
//! - [`Reading::words_between`]: the words of a sentence part and the marks among them ("said
//!   [on Friday].": a verb that closes its sentence);
//! - [`Reading::punct_before`], [`Reading::mark_before`], [`Reading::punct_after`],
//!   [`Reading::mark_after`], [`Reading::after_comma`]: the punctuation next to a position (a frame set off by a
//!   comma, a sentence that ends in a colon, the comma after "according to X");
//! - [`Reading::last_clause_join`]: where a clause joined to the one before starts ("...,
//!   [but] X told");
//! - [`Reading::relative_at`], [`Reading::participle_at`]: what opens a sentence part (a
//!   relative clause, an introductory participle).
//!
//! Like the rest of the layer it knows word classes only, never a detector's cues.

use crate::model::Span;
use crate::syntax::tokens::{Kind, Token};
use crate::syntax::words::Classes;
use crate::syntax::Reading;

/// How a word is used, read from the token before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Use {
    /// A verb, or a word nothing before it marks otherwise: "Blinken said", "who said", "both
    /// said" (a determiner standing alone before a known verb), "as saying" (a subordinator
    /// opens a clause).
    Verb,
    /// An "-ing" form after the preposition at `prep`: "by saying", "short of saying". What
    /// the preposition makes of it is the caller's to say.
    Gerund { prep: Span },
    /// In a noun phrase: after a determiner, a possessive or a possessive ending ("the claims",
    /// "his calls for calm", "China's warning"), or after a preposition ("in remarks", "on
    /// reports").
    Noun,
    /// After "to": "declined to say".
    Infinitive,
    /// After a negation: "did not say", "never said", "cannot say".
    Negated,
}

/// The words of a sentence part (see [`Reading::words_between`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Words {
    /// Words and names, a name counting once, read no further than the caller's limit plus
    /// one: more than the limit means "too many".
    pub(crate) count: usize,
    /// How many commas stand among them.
    pub(crate) commas: usize,
    /// A quote mark stands among them.
    pub(crate) quote: bool,
}

/// "-ing" on a word longer than four bytes: a participle or gerund ("saying", "Speaking"),
/// not "king" or "sing".
fn ing_form(text: &str, t: &Token) -> bool {
    t.kind == Kind::Word && t.span.len() > 4 && text[t.span.range()].ends_with("ing")
}

impl Reading<'_> {
    /// The tokens of the sentence holding byte `pos`, and the index of the first token that
    /// starts at or after `pos`.
    fn tokens_from(&self, pos: usize) -> Option<(&[Token], usize)> {
        let si = self.sentence_at(pos)?;
        let toks = self.tokens(si);
        Some((toks, toks.partition_point(|t| t.span.start < pos)))
    }

    /// How the word at `word` is used (see [`Use`]). A word outside every sentence is a
    /// [`Use::Verb`].
    pub(crate) fn word_use(&self, word: Span) -> Use {
        let Some((toks, w)) = self.tokens_from(word.start) else {
            return Use::Verb;
        };
        let (Some(prev), Some(this)) = (w.checked_sub(1).map(|p| &toks[p]), toks.get(w)) else {
            return Use::Verb;
        };
        if prev.kind == Kind::Possessive {
            return Use::Noun;
        }
        if prev.is(Classes::NEG) {
            return Use::Negated;
        }
        if prev.kind == Kind::Word && self.text[prev.span.range()].eq_ignore_ascii_case("to") {
            return Use::Infinitive;
        }
        // "both said", "many said": a determiner before a known verb stands alone.
        if prev.is(Classes::DET.or(Classes::POSSESSIVE)) && !this.is(Classes::VERB) {
            return Use::Noun;
        }
        // "a planned visit", "his postponed trip": a participle between a determiner and the
        // word modifies a noun.
        if prev.is(Classes::PAST)
            && !this.is(Classes::VERB)
            && w >= 2
            && toks[w - 2].is(Classes::DET.or(Classes::POSSESSIVE))
        {
            return Use::Noun;
        }
        // "in remarks", "by saying"; but "as saying", "after saying": a subordinator opens a
        // clause.
        if prev.is(Classes::PREP) && !prev.is(Classes::SUB) {
            return if ing_form(self.text, this) {
                Use::Gerund { prep: prev.span }
            } else {
                Use::Noun
            };
        }
        Use::Verb
    }

    /// The first word (or name) from byte `from` to byte `to` in the sentence holding `from`.
    pub(crate) fn first_word(&self, from: usize, to: usize) -> Option<Span> {
        let (toks, a) = self.tokens_from(from)?;
        toks[a..]
            .iter()
            .take_while(|t| t.span.end <= to)
            .find(|t| matches!(t.kind, Kind::Word | Kind::Name(_)))
            .map(|t| t.span)
    }

    /// Whether "to" stands right before the word at `word`: of a verb, an infinitive ("agreed
    /// to meet", "failed attempts to speak"); of a noun, the object of the preposition ("to
    /// Jeddah"). [`Reading::word_use`] reads it among the other uses as [`Use::Infinitive`]; a
    /// detector that knows the word for a verb asks only this.
    pub(crate) fn after_to(&self, word: Span) -> bool {
        self.word_use(word) == Use::Infinitive
    }

    /// The words from byte `from` to byte `to` in the sentence holding `from`, read no further
    /// than `limit` words past the first (`count` is then `limit + 1`), and the commas and
    /// quote marks among the words read. Punctuation other than commas and quote marks
    /// counts for nothing ("on Friday.").
    pub(crate) fn words_between(&self, from: usize, to: usize, limit: usize) -> Words {
        let mut out = Words::default();
        let Some((toks, a)) = self.tokens_from(from) else {
            return out;
        };
        for t in toks[a..].iter().take_while(|t| t.span.end <= to) {
            match t.kind {
                Kind::Word | Kind::Name(_) => {
                    if out.count > limit {
                        break;
                    }
                    out.count += 1;
                }
                Kind::Punct(',') => out.commas += 1,
                _ if t.is_quote() => out.quote = true,
                _ => {}
            }
        }
        out
    }

    /// The punctuation mark of the last token that ends at or before byte `pos` in the
    /// sentence holding byte `pos - 1`, if that token is one: the comma before a frame
    /// (`", the statement said`), the colon that ends a sentence.
    pub(crate) fn punct_before(&self, pos: usize) -> Option<char> {
        self.mark_before(pos).map(|(c, _)| c)
    }

    /// [`punct_before`](Self::punct_before) with the mark's span.
    pub(crate) fn mark_before(&self, pos: usize) -> Option<(char, Span)> {
        let si = self.sentence_at(pos.checked_sub(1)?)?;
        let toks = self.tokens(si);
        let i = toks.partition_point(|t| t.span.end <= pos);
        let t = toks.get(i.checked_sub(1)?)?;
        Some((t.punct()?, t.span))
    }

    /// Where the first token after the first comma at or after byte `pos` in its sentence
    /// starts ("according to X, [the talks] failed").
    pub(crate) fn after_comma(&self, pos: usize) -> Option<usize> {
        let (toks, i) = self.tokens_from(pos)?;
        let c = (i..toks.len()).find(|&k| toks[k].punct() == Some(','))?;
        toks.get(c + 1).map(|t| t.span.start)
    }

    /// The punctuation mark of the first token at or after byte `pos` in its sentence, if that
    /// token is one ("said, adding").
    pub(crate) fn punct_after(&self, pos: usize) -> Option<char> {
        self.mark_after(pos).map(|(c, _)| c)
    }

    /// [`punct_after`](Self::punct_after) with the mark's span.
    pub(crate) fn mark_after(&self, pos: usize) -> Option<(char, Span)> {
        let (toks, i) = self.tokens_from(pos)?;
        let t = toks.get(i)?;
        Some((t.punct()?, t.span))
    }

    /// The byte position of the last semicolon, or comma before a conjunction or a
    /// subordinator ("..., but", "..., while"), between byte `from` and byte `to` in the
    /// sentence holding `from`: where a clause joined to the one before may start.
    pub(crate) fn last_clause_join(&self, from: usize, to: usize) -> Option<usize> {
        let (toks, a) = self.tokens_from(from)?;
        let b = a + toks[a..].partition_point(|t| t.span.end <= to);
        (a..b)
            .rev()
            .find(|&i| match toks[i].punct() {
                Some(';') => true,
                Some(',') => toks[a..b]
                    .get(i + 1 - a)
                    .is_some_and(|n| n.is(Classes::CONJ.or(Classes::SUB))),
                _ => false,
            })
            .map(|i| toks[i].span.start)
    }

    /// Whether a relative word opens what follows byte `pos` ("according to a senior official
    /// [who] was involved").
    pub(crate) fn relative_at(&self, pos: usize) -> bool {
        self.tokens_from(pos)
            .and_then(|(toks, i)| toks.get(i))
            .is_some_and(|t| t.is(Classes::REL))
    }

    /// Whether a participle opens what follows byte `pos` ("[Speaking] at an event, X said").
    /// A name ("Beijing") is no participle.
    pub(crate) fn participle_at(&self, pos: usize) -> bool {
        self.tokens_from(pos)
            .and_then(|(toks, i)| toks.get(i))
            .is_some_and(|t| ing_form(self.text, t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::lexicon::Lexicon;
    use crate::syntax::words::WordClasses;

    /// Runs `f` on a reading of `text` as one sentence whose `names` are actor mentions.
    fn with_reading<T>(text: &str, names: &[&str], f: impl FnOnce(&Reading) -> T) -> T {
        let words = WordClasses::new(&Lexicon::bundled());
        let (sentences, mentions) = crate::syntax::sentence_with(text, names);
        f(&Reading::new(text, &sentences, &mentions, &words))
    }

    /// The span of the last occurrence of `word` in `text`.
    fn at(text: &str, word: &str) -> Span {
        let s = text.rfind(word).unwrap();
        Span::new(s, s + word.len())
    }

    #[test]
    fn first_words() {
        for (text, from, want) in [
            ("He rejected it outright.", "it", Some("it")),
            ("He rejected Italy's offer.", "Italy", Some("Italy")),
            ("He rejected, again, the offer.", ", again", Some("again")),
            ("He said no.", ".", None),
        ] {
            let got = with_reading(text, &[], |r| {
                let s = text.find(from).unwrap();
                r.first_word(s, text.len())
                    .map(|w| text[w.range()].to_string())
            });
            assert_eq!(got.as_deref(), want, "{text}");
        }
    }

    #[test]
    fn words_after_to() {
        for (text, word, want) in [
            ("He returned to Jeddah to resume talks.", "resume", true),
            ("He returned to Jeddah to resume talks.", "Jeddah", true),
            ("He returned to Jeddah to resume talks.", "returned", false),
            (
                "After failed attempts to speak with Xu, he left.",
                "speak",
                true,
            ),
            ("He spoke to reporters.", "reporters", true),
            ("He spoke to reporters.", "spoke", false),
            ("TO MEET: the two sides agreed.", "MEET", true),
            ("They met in Paris.", "met", false),
        ] {
            assert_eq!(
                with_reading(text, &[], |r| r.after_to(at(text, word))),
                want,
                "{text} / {word}"
            );
        }
    }

    #[test]
    fn uses_of_words() {
        // (sentence, word, names, use; a gerund shows its preposition)
        for (text, word, names, want) in [
            (
                "China said the talks failed.",
                "said",
                &["China"][..],
                "Verb",
            ),
            ("He issued a call for calm.", "call", &[], "Noun"),
            // A participle between a determiner and the word modifies a noun.
            ("He postponed a planned visit.", "visit", &[], "Noun"),
            ("He said the detained men said so.", "men", &[], "Noun"),
            ("They call for calm.", "call", &[], "Verb"),
            ("His calls for calm went unheard.", "calls", &[], "Noun"),
            ("China calls for calm.", "calls", &["China"], "Verb"),
            ("In his statement, he said no.", "statement", &[], "Noun"),
            ("The statement said the talks failed.", "said", &[], "Verb"),
            ("The claims were false.", "claims", &[], "Noun"),
            (
                "China's warning went unheeded.",
                "warning",
                &["China"],
                "Noun",
            ),
            ("He said in remarks that it failed.", "remarks", &[], "Noun"),
            ("There were no reports of a deal.", "reports", &[], "Noun"),
            (
                "He declined to say whether it failed.",
                "say",
                &[],
                "Infinitive",
            ),
            ("He did not say whether it failed.", "say", &[], "Negated"),
            ("He never said so.", "said", &[], "Negated"),
            ("He cannot say.", "say", &[], "Negated"),
            ("He didn't say.", "say", &[], "Negated"),
            ("The two leaders both said it failed.", "said", &[], "Verb"),
            (
                "He responded by saying it failed.",
                "saying",
                &[],
                "Gerund by",
            ),
            (
                "He stopped short of saying when.",
                "saying",
                &[],
                "Gerund of",
            ),
            ("He left after saying it failed.", "saying", &[], "Verb"),
            (
                "Xi was quoted as saying it failed.",
                "saying",
                &["Xi"],
                "Verb",
            ),
            (
                "Blinken, who said it failed, left.",
                "said",
                &["Blinken"],
                "Verb",
            ),
            ("Said he would go.", "Said", &[], "Verb"),
        ] {
            let got = with_reading(text, names, |r| match r.word_use(at(text, word)) {
                Use::Gerund { prep } => format!("Gerund {}", &text[prep.range()]),
                u => format!("{u:?}"),
            });
            assert_eq!(got, want, "{text}");
        }
        // Outside every sentence: nothing marks it.
        let got = with_reading("He said.", &[], |r| r.word_use(Span::new(40, 44)));
        assert_eq!(got, Use::Verb);
    }

    #[test]
    fn words_that_close_a_sentence() {
        // (sentence, after, names, limit, (count, comma, quote))
        for (text, after, names, limit, want) in [
            ("\"We go,\" he said.", "said", &[][..], 5, (0, false, false)),
            (
                "\"We go,\" he said on Friday.",
                "said",
                &[],
                5,
                (2, false, false),
            ),
            // A name counts once however many words it has.
            (
                "\"We go,\" he told the House Foreign Affairs Committee.",
                "told",
                &["House Foreign Affairs Committee"],
                5,
                (2, false, false),
            ),
            // Not sentence-final: a comma and a clause follow.
            (
                "\"We go,\" he said, adding that they would stay.",
                "said",
                &[],
                5,
                (5, true, false),
            ),
            (
                "He said the talks failed and the envoys went home.",
                "said",
                &[],
                5,
                (6, false, false),
            ),
            ("He said \"no\" twice.", "said", &[], 5, (2, false, true)),
        ] {
            let got = with_reading(text, names, |r| {
                r.words_between(at(text, after).end, text.len(), limit)
            });
            assert_eq!((got.count, got.commas > 0, got.quote), want, "{text}");
        }
        // Only up to `to`.
        let text = "He said on Friday that it failed.";
        let got = with_reading(text, &[], |r| r.words_between(3, 17, 5));
        assert_eq!(got.count, 3);
    }

    #[test]
    fn where_joined_clauses_start() {
        // (sentence, the part read, the text from the join on)
        for (text, upto, want) in [
            (
                "It failed, but Austin told them so.",
                "Austin",
                Some(", but Austin"),
            ),
            (
                "It failed; Austin told them so.",
                "Austin",
                Some("; Austin"),
            ),
            (
                "It failed, the talks ended, while Austin told them so.",
                "Austin",
                Some(", while Austin"),
            ),
            // A comma before a noun phrase joins no clause.
            ("It failed, Austin told them so.", "Austin", None),
            // Only up to the limit.
            ("It failed, and Austin told them so.", "failed", None),
        ] {
            let got = with_reading(text, &["Austin"], |r| {
                r.last_clause_join(0, at(text, upto).start)
            });
            let want = want.map(|w| text.find(w).unwrap());
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn marks_and_openers() {
        let text = "Speaking in Beijing, the statement said: no.";
        with_reading(text, &["Beijing"], |r| {
            assert_eq!(r.punct_before(at(text, "the").start), Some(','));
            assert_eq!(r.punct_before(at(text, "statement").start), None);
            assert_eq!(r.punct_after(at(text, "said").end), Some(':'));
            assert_eq!(r.punct_after(at(text, "Speaking").end), None);
            let colon = text.find(':').unwrap();
            assert_eq!(
                r.mark_after(at(text, "said").end),
                Some((':', Span::new(colon, colon + 1)))
            );
            assert_eq!(r.punct_before(text.len()), Some('.'));
            assert_eq!(r.punct_before(0), None);
            assert!(r.participle_at(0));
            assert!(!r.participle_at(at(text, "Beijing").start));
            assert!(!r.relative_at(0));
        });
        let text = "It failed, according to an official who was there.";
        with_reading(text, &[], |r| {
            let comma = text.find(',').unwrap();
            let cue = at(text, "according");
            assert_eq!(
                r.mark_before(cue.start),
                Some((',', Span::new(comma, comma + 1)))
            );
            assert_eq!(r.after_comma(0), Some(cue.start));
            assert_eq!(r.after_comma(cue.start), None);
            assert!(r.relative_at(at(text, "official").end));
            assert!(!r.relative_at(at(text, "an").end));
        });
        // A name ending in "-ing" opens no participle; "King" is too short to be one.
        let text = "King Xing will go.";
        with_reading(text, &["Xing"], |r| {
            assert!(!r.participle_at(0));
            assert!(!r.participle_at(5));
        });
    }
}
