//! What a verb governs around it, read on a sentence's tokens: the clause it reports after it
//! and the object before that clause, and for a participle the verb it hangs on.
//!
//! - a clause opened by "that": right after the verb ("added that"), after an object ("told
//!   reporters that", "warned Washington that", "told a news conference in Beijing that"), or
//!   after adjuncts and asides ("said in remarks on Friday that", "wrote on Facebook, after
//!   talks with X, that", "said meanwhile as he met X that"). A relative "that" ("ties that
//!   were severed") opens no complement;
//! - a bare clause right after the verb ("said the talks were useful"), or after the listener
//!   of a verb that takes one ("told Reuters the talks ...");
//! - an infinitive about the listener ("told Iran to stop"): the clause takes the object in;
//! - a participle after a comma or a quotation (", adding that") hangs on the last verb before
//!   it outside quotation marks ("Chen, said on Tuesday, adding"), whose subject it shares.
//!
//! Every reading walks forward or back at most [`MAX_COMPLEMENT`] tokens.

use crate::syntax::phrases::{self, Phrase};
use crate::syntax::tokens::{Kind, Token};
use crate::syntax::words::Classes;

/// How far after a verb its complement clause may start, and how far back a participle's verb
/// is looked for, in tokens.
pub(crate) const MAX_COMPLEMENT: usize = 48;
/// How many words of a bare clause are read for an auxiliary that shows it is a clause
/// ("growth would stagnate") rather than a plain object ("146,000 jobs").
const FINITE_WORDS: usize = 6;
/// The longest object read before a "that" clause of a verb that takes no listener ("warned
/// [Washington] that"), in tokens.
const MAX_BARE_OBJECT: usize = 3;

/// A verb's complement clause, in token indices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TokenComplement {
    /// The object between the verb and the clause ("reporters", "the BBC", "Iran").
    pub(crate) object: Option<Phrase>,
    /// The clause's first token: after "that", the first word of a bare clause, or the object
    /// of an infinitive ("[Iran] to stop").
    pub(crate) start: usize,
    /// The clause opens like one: with "that" or a subject pronoun, or an auxiliary or modal
    /// stands in its first words.
    pub(crate) finite: bool,
}

/// Whether `t` is the word `w` (any case).
fn word(text: &str, t: &Token, w: &str) -> bool {
    t.kind == Kind::Word && text[t.span.range()].eq_ignore_ascii_case(w)
}

/// Whether token `i` is a complementizer "that": not a relative or demonstrative one, which a
/// verb, an auxiliary or punctuation follows ("ties that were severed", "that was all").
fn complementizer(text: &str, toks: &[Token], i: usize) -> bool {
    let next = |n: &Token| match n.kind {
        Kind::Word => !n.is(Classes::AUX
            .or(Classes::MODAL)
            .or(Classes::NEG)
            .or(Classes::VERB)),
        Kind::Name(_) => true,
        Kind::Punct(_) => n.is_quote(),
        Kind::Possessive => false,
    };
    toks.get(i).is_some_and(|t| word(text, t, "that")) && toks.get(i + 1).is_some_and(next)
}

/// Whether token `i` can open a bare clause: a noun phrase, a pronoun or a quotation mark.
fn opens_clause(toks: &[Token], i: usize) -> bool {
    toks.get(i).is_some_and(|t| {
        t.is_quote()
            || t.is(Classes::PRONOUN.or(Classes::DET).or(Classes::POSSESSIVE))
            || phrases::starting_at(toks, i).is_some()
    })
}

/// Whether the clause starting at token `i` looks finite (see [`TokenComplement::finite`]).
fn finite(toks: &[Token], i: usize) -> bool {
    if toks.get(i).is_some_and(|t| t.is(Classes::PRONOUN)) {
        return true;
    }
    toks[i.min(toks.len())..]
        .iter()
        .take_while(|t| t.punct() != Some(','))
        .filter(|t| t.kind != Kind::Possessive)
        .take(FINITE_WORDS)
        .any(|t| t.is(Classes::AUX.or(Classes::MODAL)))
}

/// The object that starts at token `i`: a noun phrase that stops before a second determiner or
/// possessive ("told [Reuters] the talks", "told [him] his").
fn object_at(toks: &[Token], i: usize) -> Option<Phrase> {
    let p = phrases::starting_at(toks, i)?;
    let end = (p.start + 1..p.end)
        .find(|&k| toks[k].is(Classes::DET.or(Classes::POSSESSIVE)))
        .unwrap_or(p.end);
    Some(Phrase {
        start: p.start,
        end,
        head: end - 1,
        possessor: p.possessor.filter(|&k| k < end),
    })
}

/// The complement clause of the verb whose tokens end before token `from` (after any date
/// the caller counts to the verb). `listener`: the verb takes a listener before its clause
/// ("told", "assured"). `None` when no clause follows: an object, an auxiliary ("what the U.S.
/// says was ..."), a preposition with no "that" after it, the end of the sentence.
pub(crate) fn complement(
    text: &str,
    toks: &[Token],
    from: usize,
    listener: bool,
) -> Option<TokenComplement> {
    let hi = toks.len().min(from + MAX_COMPLEMENT);
    let toks = &toks[..hi];
    let mut i = from;
    while toks.get(i).is_some_and(|t| t.punct() == Some(':')) {
        i += 1;
    }
    let marked = |start: usize, object: Option<Phrase>| {
        Some(TokenComplement {
            object,
            start,
            finite: true,
        })
    };
    let bare = |start: usize, object: Option<Phrase>| {
        opens_clause(toks, start).then(|| TokenComplement {
            object,
            start,
            finite: finite(toks, start),
        })
    };
    if complementizer(text, toks, i) {
        return marked(i + 1, None);
    }
    let first = toks.get(i)?;
    let object = object_at(toks, i).filter(|p| !toks[p.head].is(Classes::PRONOUN));
    if let Some(p) = object {
        if listener {
            return listened(text, toks, p);
        }
        // "warned Washington that": a name or a one-word object before "that".
        let short = p.end - p.start == 1 || toks[p.head].actor().is_some();
        if short && p.end - p.start <= MAX_BARE_OBJECT && complementizer(text, toks, p.end) {
            return marked(p.end + 1, Some(p));
        }
    }
    if first.punct() == Some(',') || first.is(Classes::PREP) && !first.is(Classes::SUB) {
        return adjuncts(text, toks, i, None);
    }
    if first.is(Classes::ADVERB) {
        // "said also that", else "said later the talks ...".
        let k = (i..toks.len())
            .find(|&k| !toks[k].is(Classes::ADVERB))
            .unwrap_or(toks.len());
        return adjuncts(text, toks, i, None).or_else(|| bare(k, None));
    }
    if first.is(Classes::SUB) {
        // "said meanwhile as he met X that ...", else a clause it opens ("said if X, Y").
        return adjuncts(text, toks, i, None).or_else(|| {
            Some(TokenComplement {
                object: None,
                start: i,
                finite: finite(toks, i + 1),
            })
        });
    }
    bare(i, None)
}

/// The clause after the listener `p` of a verb that takes one: "that" after it and its
/// modifiers ("told a news conference in Beijing that"), an infinitive about it ("told Iran
/// to stop"), a bare clause ("told Reuters the talks ..."), or "that" after adjuncts.
fn listened(text: &str, toks: &[Token], p: Phrase) -> Option<TokenComplement> {
    let marked = |start: usize| {
        Some(TokenComplement {
            object: Some(p),
            start,
            finite: true,
        })
    };
    let (e, _) = phrases::modifiers_after(toks, p);
    if complementizer(text, toks, e) {
        return marked(e + 1);
    }
    if complementizer(text, toks, p.end) {
        return marked(p.end + 1);
    }
    let to = toks.get(p.end).is_some_and(|t| word(text, t, "to"));
    let verb = toks.get(p.end + 1).is_some_and(|t| {
        t.kind == Kind::Word
            && !t.cap
            && !t.is(Classes::DET.or(Classes::POSSESSIVE).or(Classes::PRONOUN))
    });
    if to && verb {
        return marked(p.start);
    }
    let bare = |start: usize, object: Phrase| {
        opens_clause(toks, start).then(|| TokenComplement {
            object: Some(object),
            start,
            finite: finite(toks, start),
        })
    };
    if let Some(c) = bare(p.end, p).or_else(|| adjuncts(text, toks, p.end, Some(p))) {
        return Some(c);
    }
    // "told Reuters talks were ...", "told Fox News focused on ...": the name alone is the
    // listener.
    let name_end = (p.start..p.end).find(|&k| !toks[k].cap).unwrap_or(p.end);
    if name_end > p.start && name_end < p.end {
        let name = Phrase {
            start: p.start,
            end: name_end,
            head: name_end - 1,
            possessor: None,
        };
        return bare(name.end, name);
    }
    None
}

/// A "that" clause after adjuncts and asides that start at token `i` ("in remarks on Friday
/// that", ", after talks with X, that"). The reading stops at a semicolon, colon, bracket or
/// quotation mark, at a participle after a comma (", adding"), and at an auxiliary outside a
/// subordinate or relative clause ("in a statement the talks were useful and that").
fn adjuncts(
    text: &str,
    toks: &[Token],
    i: usize,
    object: Option<Phrase>,
) -> Option<TokenComplement> {
    let mut embedded = false;
    for j in i..toks.len() {
        let t = &toks[j];
        if complementizer(text, toks, j) {
            return Some(TokenComplement {
                object,
                start: j + 1,
                finite: true,
            });
        }
        if matches!(t.punct(), Some(';' | ':' | '(' | '.' | '!' | '?')) || t.is_quote() {
            return None;
        }
        let after_comma = j > i && toks[j - 1].punct() == Some(',');
        if after_comma && is_participle(text, t) {
            return None;
        }
        if t.is(Classes::SUB.or(Classes::REL)) || word(text, t, "that") {
            embedded = true;
        }
        if t.is(Classes::AUX.or(Classes::MODAL)) && !embedded {
            return None;
        }
        // "said on Facebook he would go": a subject pronoun after the adjuncts.
        if t.is(Classes::PRONOUN) && !embedded && j > i && !toks[j - 1].is(Classes::PREP) {
            return Some(TokenComplement {
                object,
                start: j,
                finite: true,
            });
        }
    }
    None
}

/// "adding", "saying": a lower-case word ending in "-ing".
fn is_participle(text: &str, t: &Token) -> bool {
    t.kind == Kind::Word && !t.cap && t.span.len() > 4 && text[t.span.range()].ends_with("ing")
}

/// The verb a participle at token `g` hangs on: the last token of the `verb` class before it
/// in its clause (back to a semicolon), outside quotation marks ("Erdogan said "...," adding";
/// "Chen, said on Tuesday, adding").
pub(crate) fn participle_host(toks: &[Token], g: usize) -> Option<usize> {
    let lo = g.saturating_sub(MAX_COMPLEMENT);
    let mut quoted = false;
    for j in (lo..g).rev() {
        let t = &toks[j];
        if t.is_quote() {
            quoted = !quoted;
            continue;
        }
        if t.punct() == Some(';') {
            return None;
        }
        if !quoted && t.is(Classes::VERB) && !t.is(Classes::AUX) {
            return Some(j);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::lexicon::Lexicon;
    use crate::model::Span;
    use crate::syntax::tokens::tokenize;
    use crate::syntax::words::WordClasses;

    /// (object text, clause text from its start to the sentence end, finite) after the first
    /// occurrence of `verb`.
    fn read(text: &str, verb: &str, listener: bool) -> Option<(String, String, bool)> {
        let w = WordClasses::new(&Lexicon::bundled());
        let toks = tokenize(text, Span::new(0, text.len()), &[], &w);
        let at = text.find(verb).unwrap() + verb.len();
        let from = toks.partition_point(|t| t.span.start < at);
        let c = complement(text, &toks, from, listener)?;
        let object = c.object.map_or(String::new(), |p| {
            text[toks[p.start].span.start..toks[p.end - 1].span.end].to_string()
        });
        Some((
            object,
            text[toks[c.start].span.start..].to_string(),
            c.finite,
        ))
    }

    #[test]
    fn complements() {
        let some = |o: &str, c: &str, f: bool| Some((o.to_string(), c.to_string(), f));
        for (text, verb, listener, want) in [
            (
                "He said the talks were useful.",
                "said",
                false,
                some("", "the talks were useful.", true),
            ),
            (
                "He added that it rained.",
                "added",
                false,
                some("", "it rained.", true),
            ),
            (
                "He said: the talks failed.",
                "said",
                false,
                some("", "the talks failed.", false),
            ),
            (
                "He said in remarks on Friday that the talks failed.",
                "said",
                false,
                some("", "the talks failed.", true),
            ),
            (
                "He wrote on Facebook, after talks with the envoy, that he would go.",
                "wrote",
                false,
                some("", "he would go.", true),
            ),
            (
                "He said meanwhile as he met the envoy that gaps remain.",
                "said",
                false,
                some("", "gaps remain.", true),
            ),
            // A relative "that" is passed over for the complementizer after it.
            (
                "He said in March, after ties that were cut, that he would go.",
                "said",
                false,
                some("", "he would go.", true),
            ),
            (
                "She told the BBC Burmese section that \"interference\" grew.",
                "told",
                true,
                some("the BBC Burmese section", "\"interference\" grew.", true),
            ),
            (
                "She told a news conference in Beijing that ties grew.",
                "told",
                true,
                some("a news conference", "ties grew.", true),
            ),
            (
                "She told them the talks failed.",
                "told",
                true,
                some("them", "the talks failed.", false),
            ),
            (
                "She told Fox News focused talks failed.",
                "told",
                true,
                some("Fox News", "focused talks failed.", false),
            ),
            (
                "She told Iran to stop the drills.",
                "told",
                true,
                some("Iran", "Iran to stop the drills.", true),
            ),
            (
                "He warned Washington that it would pay.",
                "warned",
                false,
                some("Washington", "it would pay.", true),
            ),
            (
                "He added 146,000 jobs in May.",
                "added",
                false,
                some("", "146,000 jobs in May.", false),
            ),
            (
                "It predicted growth would stagnate.",
                "predicted",
                false,
                some("", "growth would stagnate.", true),
            ),
            // No clause: an auxiliary, a bare preposition, an aside with no "that", a participle.
            (
                "It is what the U.S. says was a balloon.",
                "says",
                false,
                None,
            ),
            (
                "He said in a statement the talks were useful.",
                "said",
                false,
                None,
            ),
            ("He said, adding that it rained.", "said", false, None),
            ("He said to reporters.", "said", false, None),
            ("He said.", "said", false, None),
        ] {
            assert_eq!(read(text, verb, listener), want, "{text}");
        }
    }

    #[test]
    fn participle_hosts() {
        let w = WordClasses::new(&Lexicon::bundled());
        for (text, want) in [
            ("Erdogan said \"you are wrong,\" adding that", Some("said")),
            (
                "Chen, the spokesman, said on Tuesday, adding that",
                Some("said"),
            ),
            ("Esper spent an hour on the phone, calling for", None),
            ("Esper said it; the envoy walked out, adding that", None),
        ] {
            let toks = tokenize(text, Span::new(0, text.len()), &[], &w);
            let g = toks.len() - 2;
            let got = participle_host(&toks, g).map(|j| &text[toks[j].span.range()]);
            assert_eq!(got, want, "{text}");
        }
    }
}
