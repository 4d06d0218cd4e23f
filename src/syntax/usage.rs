//! How words stand in their sentence, read on its tokens, for a detector that must tell a
//! word's use from its look:
//!
//! - [`Reading::word_use`]: a word is a noun, an infinitive, negated, a gerund or a verb, by
//!   the token before it ("the claims", "in remarks", "to say", "not say", "by saying",
//!   "China claims").
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::resolve::MentionRef;
    use crate::knowledge::lexicon::Lexicon;
    use crate::syntax::segment::Sentence;
    use crate::syntax::words::WordClasses;

    /// Runs `f` on a reading of `text` as one sentence whose `names` are actor mentions.
    fn with_reading<T>(text: &str, names: &[&str], f: impl FnOnce(&Reading) -> T) -> T {
        let words = WordClasses::new(&Lexicon::bundled());
        let sentences = [Sentence {
            span: Span::new(0, text.len()),
            paragraph: 0,
        }];
        let mentions: Vec<MentionRef> = names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let s = text.find(n).unwrap();
                MentionRef {
                    span: Span::new(s, s + n.len()),
                    actor: i,
                }
            })
            .collect();
        f(&Reading::new(text, &sentences, &mentions, &words))
    }

    /// The span of the last occurrence of `word` in `text`.
    fn at(text: &str, word: &str) -> Span {
        let s = text.rfind(word).unwrap();
        Span::new(s, s + word.len())
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
}
