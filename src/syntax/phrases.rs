//! Noun phrases over a sentence's tokens: where one starts and ends, its head (the last
//! token), and its possessor ("Colombia's ambassador": head "ambassador", possessor
//! "Colombia").
//!
//! Phrases are read on demand, backward from a verb group (its subject) or forward from a
//! position (an object, an inverted subject), at most [`MAX_PHRASE`] tokens.

use crate::syntax::tokens::{Kind, Token};
use crate::syntax::words::Classes;

/// The longest noun phrase read, in tokens.
pub(crate) const MAX_PHRASE: usize = 10;

/// How many prepositional modifiers a phrase may carry ("officials of X in Y").
pub(crate) const MAX_MODIFIERS: usize = 2;

/// A noun phrase: token indices into its sentence's tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Phrase {
    /// First token.
    pub(crate) start: usize,
    /// One past the last token.
    pub(crate) end: usize,
    /// The head: the last token.
    pub(crate) head: usize,
    /// The token before the phrase's last possessive ending, if any ("Colombia" in
    /// "Colombia's ambassador").
    pub(crate) possessor: Option<usize>,
}

impl Phrase {
    pub(crate) fn new(toks: &[Token], start: usize, end: usize) -> Phrase {
        let possessor = (start..end)
            .rev()
            .find(|&i| toks[i].kind == Kind::Possessive)
            .and_then(|i| i.checked_sub(1))
            .filter(|&i| i >= start);
        Phrase {
            start,
            end,
            head: end - 1,
            possessor,
        }
    }
}

/// Whether `t` can stand inside a noun phrase (not as its opener).
fn nominal(t: &Token) -> bool {
    match t.kind {
        Kind::Name(_) | Kind::Possessive => true,
        Kind::Punct(_) => false,
        Kind::Word => !t.classes.any(Classes::NOT_NOMINAL.or(Classes::PRONOUN)),
    }
}

/// Whether `t` opens a noun phrase and ends the backward reading ("the", "his").
fn opener(t: &Token) -> bool {
    t.is(Classes::DET.or(Classes::POSSESSIVE))
}

/// The noun phrase that ends just before token `end` (exclusive), if one does.
pub(crate) fn ending_at(toks: &[Token], end: usize) -> Option<Phrase> {
    let last = toks.get(end.checked_sub(1)?)?;
    if last.is(Classes::PRONOUN) {
        return Some(Phrase::new(toks, end - 1, end));
    }
    if !nominal(last) || opener(last) || last.kind == Kind::Possessive {
        return None;
    }
    // "Saudi Arabia's foreign minister [hosted]": a past form right after a noun or name is
    // its verb, no head ("the [detained]" and "a [planned] summit" stay nominal).
    if last.is(Classes::PAST)
        && !last.cap
        && end >= 2
        && nominal(&toks[end - 2])
        && !opener(&toks[end - 2])
        && toks[end - 2].kind != Kind::Possessive
    {
        return None;
    }
    let mut start = end - 1;
    while start > 0 && end - start < MAX_PHRASE {
        let t = &toks[start - 1];
        if opener(t) {
            start -= 1;
            break;
        }
        // "will [hold] technical talks": the word after a modal or a negation is a verb, and
        // so is a past form after a name ("Japan [invited] China").
        let verb = start >= 2
            && t.kind == Kind::Word
            && !t.cap
            && (toks[start - 2].is(Classes::MODAL.or(Classes::NEG))
                || (t.is(Classes::PAST) && toks[start - 2].cap));
        if verb {
            break;
        }
        // "a [planned] summit": a participle between a determiner and a noun modifies it.
        let modifier = t.is(Classes::PAST)
            && start >= 2
            && opener(&toks[start - 2])
            && end - start < MAX_PHRASE - 1;
        if !nominal(t) && !modifier {
            break;
        }
        start -= 1;
    }
    Some(Phrase::new(toks, start, end))
}

/// The noun phrase that starts at token `start`, if one does.
pub(crate) fn starting_at(toks: &[Token], start: usize) -> Option<Phrase> {
    let first = toks.get(start)?;
    if first.is(Classes::PRONOUN) {
        return Some(Phrase::new(toks, start, start + 1));
    }
    let mut end = start;
    if opener(first) {
        end += 1;
    }
    while end < toks.len() && end - start < MAX_PHRASE && nominal(&toks[end]) {
        // A determiner after a noun opens the next phrase ("called [Petro] [a terrorist]").
        if end > start && opener(&toks[end]) && !opener(&toks[end - 1]) {
            break;
        }
        // A past form after a name is its verb ("[Japan] triggered ...").
        if end > start && toks[end - 1].cap && toks[end].is(Classes::PAST) {
            break;
        }
        end += 1;
    }
    // A phrase ends on a word or name, never on a possessive ending.
    while end > start && toks[end - 1].kind == Kind::Possessive {
        end -= 1;
    }
    (end > start && !opener(&toks[end - 1])).then(|| Phrase::new(toks, start, end))
}

/// Where phrase `p` ends with the prepositional modifiers that follow it in `toks`
/// ("Spokesman [for the Indian External Affairs]"), at most [`MAX_MODIFIERS`], and how many
/// there are.
pub(crate) fn modifiers_after(toks: &[Token], p: Phrase) -> (usize, usize) {
    let mut end = p.end;
    let mut n = 0;
    while n < MAX_MODIFIERS && toks.get(end).is_some_and(|t| t.is(Classes::PREP)) {
        match starting_at(toks, end + 1) {
            Some(q) => end = q.end,
            None => break,
        }
        n += 1;
    }
    (end, n)
}

/// The most phrases one coordination joins ("X, Y and Z").
pub(crate) const MAX_CONJUNCTS: usize = 8;

/// One member of a coordination, and whether it is an alternative to the ones before it
/// ("X or Y") rather than joined to them ("X and Y").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Conjunct {
    pub(crate) phrase: Phrase,
    pub(crate) alternative: bool,
}

/// Whether token `t` joins coordinated phrases: `Some(false)` for "and", "&", "as well as"'s
/// last word; `Some(true)` for "or"; `None` for anything else.
fn joiner(text: &str, t: &Token) -> Option<bool> {
    match t.kind {
        Kind::Punct('&') => Some(false),
        Kind::Word if t.is(Classes::CONJ) => {
            let w = &text[t.span.range()];
            if w.eq_ignore_ascii_case("and") {
                Some(false)
            } else if w.eq_ignore_ascii_case("or") {
                Some(true)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// The phrases coordinated with `p` after it, before token `hi`: "X and Y", "X, Y and Z",
/// "X or Y". Comma-joined phrases count only once the list closes with "and" or "or", so
/// an apposition ("X, China's foreign minister, said") is never a conjunct.
pub(crate) fn conjuncts_after(text: &str, toks: &[Token], p: Phrase, hi: usize) -> Vec<Conjunct> {
    let hi = hi.min(toks.len());
    let mut out = Vec::new();
    let mut pending: Vec<Phrase> = Vec::new();
    let mut i = p.end;
    while i < hi && out.len() + pending.len() < MAX_CONJUNCTS {
        let t = &toks[i];
        let comma = t.punct() == Some(',');
        // ", and": the joiner after a list's last comma.
        let (j, alt) = match (comma, toks.get(i + 1).filter(|_| i + 1 < hi)) {
            (true, Some(n)) if joiner(text, n).is_some() => (i + 2, joiner(text, n)),
            (true, _) => (i + 1, None),
            (false, _) => match joiner(text, t) {
                Some(a) => (i + 1, Some(a)),
                None => break,
            },
        };
        let Some(q) = starting_at(&toks[..hi], j) else {
            break;
        };
        match alt {
            None => pending.push(q),
            Some(alternative) => {
                out.extend(pending.drain(..).map(|phrase| Conjunct {
                    phrase,
                    alternative,
                }));
                out.push(Conjunct {
                    phrase: q,
                    alternative,
                });
            }
        }
        i = q.end;
    }
    out
}

/// The phrases coordinated with `p` before it, from token `lo` on, nearest first: "X and [p]",
/// "X, Y and [p]".
pub(crate) fn conjuncts_before(text: &str, toks: &[Token], p: Phrase, lo: usize) -> Vec<Phrase> {
    let mut out = Vec::new();
    let mut i = p.start;
    // The joiner right before `p` ("and", ", and"), then commas.
    let Some(j) = i.checked_sub(1).filter(|&j| j > lo) else {
        return out;
    };
    if joiner(text, &toks[j]).is_none() {
        return out;
    }
    i = j;
    if i > lo + 1 && toks[i - 1].punct() == Some(',') {
        i -= 1;
    }
    while i > lo && out.len() < MAX_CONJUNCTS {
        let Some(q) = ending_at(toks, i).filter(|q| q.start >= lo) else {
            break;
        };
        out.push(q);
        i = q.start;
        if i > lo + 1 && toks[i - 1].punct() == Some(',') {
            i -= 1;
        } else {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::lexicon::Lexicon;
    use crate::model::Span;
    use crate::syntax::tokens::tokenize;
    use crate::syntax::words::WordClasses;

    fn text_of(text: &str, toks: &[Token], a: usize, b: usize) -> String {
        text[toks[a].span.start..toks[b - 1].span.end].to_string()
    }

    #[test]
    fn phrases_back_and_forward() {
        let w = WordClasses::new(&Lexicon::bundled());
        // (text, token index, backward phrase ending there, forward phrase starting there)
        for (text, at, back, fwd, possessor) in [
            (
                "the four foreign ministers said",
                4,
                "the four foreign ministers",
                "",
                None,
            ),
            (
                "South Africa's president said it",
                4,
                "South Africa's president",
                "",
                None,
            ),
            (
                "South Africa's president said it",
                0,
                "",
                "South Africa's president",
                Some("Africa"),
            ),
            ("Kerry smiled and said", 1, "Kerry", "", None),
            // The word after a modal is its verb; a participle after "a" is an adjective.
            (
                "they will hold technical talks",
                5,
                "technical talks",
                "",
                None,
            ),
            (
                "he called off a planned summit",
                6,
                "a planned summit",
                "",
                None,
            ),
            ("and he said", 2, "he", "", None),
            (
                "met the Chinese defense minister in Beijing",
                1,
                "",
                "the Chinese defense minister",
                None,
            ),
            ("the the", 2, "", "", None),
            // A past form right after a noun is its verb, not the phrase's head.
            ("the foreign minister hosted", 4, "", "", None),
            ("the detained", 2, "the detained", "", None),
        ] {
            let toks = tokenize(text, Span::new(0, text.len()), &[], &w);
            let b = ending_at(&toks, at).map(|p| text_of(text, &toks, p.start, p.end));
            assert_eq!(b.unwrap_or_default(), back, "{text} <- {at}");
            let f = starting_at(&toks, at);
            let fs = f.map(|p| text_of(text, &toks, p.start, p.end));
            assert_eq!(fs.unwrap_or_default(), fwd, "{text} -> {at}");
            let got = f
                .and_then(|p| p.possessor)
                .map(|i| &text[toks[i].span.range()]);
            assert_eq!(got, possessor, "{text}");
        }
    }
}
