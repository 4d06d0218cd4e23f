//! Verb groups and their frames: for a verb the caller points at, its auxiliaries, negation
//! and modality, the shape of its clause, and its subject.
//!
//! - plain: the noun phrase right before the verb group, past an aside set off by commas,
//!   dashes or brackets ("Blinken, speaking alongside X, said"), and past a prepositional
//!   modifier ("diplomatic sources in Brussels said", "Jane Doe of France said");
//! - participle (", saying"): the subject of the main clause;
//! - coordinated ("smiled and said", "declined to share it, but said"): the subject of the
//!   clause the first verb heads;
//! - inverted (`," said Blinken`, "..., says the ministry."): the noun phrase after the verb,
//!   when it ends the sentence or an apposition follows it.

use crate::syntax::phrases::{self, Conjunct, Phrase};
use crate::syntax::tokens::{Kind, Token};
use crate::syntax::words::Classes;

/// How far back an aside's opening mark is looked for, in tokens.
const MAX_ASIDE: usize = 24;
/// How many infinitives a verb group may chain ("is expected to agree to meet").
const MAX_CHAIN: usize = 3;
/// How far a clause's start or its subject is looked for, in tokens: every query reads a
/// bounded stretch, so a sentence a megabyte long costs time linear in its length.
const MAX_CLAUSE: usize = 80;

/// How the verb stands in its clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// "X said", "X, the ..., said".
    Plain,
    /// ", saying": a participle after a comma; the subject is the main clause's.
    Participle,
    /// "X smiled and said": the second verb of a coordination.
    Coordinated,
    /// `," said X`, "..., says X.": the subject follows the verb.
    Inverted,
    /// "quoted X as saying", "X was quoted as saying": X speaks.
    QuotedAs,
}

/// A verb's frame in token indices (see [`Reading::frame`](super::Reading::frame) for the
/// byte-level view detectors read).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TokenFrame {
    /// The first token of the verb group (an auxiliary, adverb or the verb itself).
    pub(crate) group: usize,
    pub(crate) shape: Shape,
    pub(crate) subject: Option<Phrase>,
    /// A noun phrase set off between the subject and the verb ("Ma's spokesman, Charles
    /// Chen, said").
    pub(crate) apposition: Option<Phrase>,
    pub(crate) negated: bool,
    pub(crate) modal: bool,
    /// A modal of will or intent in the group ("will", "would", "won't").
    pub(crate) volition: bool,
    /// A past auxiliary in the group ("was scheduled to meet", "had planned to visit").
    pub(crate) past: bool,
    /// A form of "be" before a participle: "was rejected", "has not been turned down".
    pub(crate) passive: bool,
    /// "Lula to visit China": "to" right after the subject, with no verb governing it.
    pub(crate) bare_to: bool,
    /// The first token of the whole frame when it starts before the subject: "[the agency]
    /// cited a source as saying".
    pub(crate) start: Option<usize>,
    /// In "Japan invited [Xi] to visit", where the infinitive's subject is the object of the
    /// verb before it: that verb's subject ("Japan").
    pub(crate) controller: Option<Phrase>,
}

/// The frame of the verb spanning tokens `v..ve` of a sentence's tokens.
pub(crate) fn frame(text: &str, toks: &[Token], v: usize, ve: usize) -> TokenFrame {
    let mut g = v;
    let (mut negated, mut modal, mut volition) = (false, false, false);
    let (mut bare_to, mut past) = (false, false);
    for _ in 0..MAX_CHAIN {
        while g > 0 && toks[g - 1].is(Classes::GROUP) {
            negated |= toks[g - 1].is(Classes::NEG);
            modal |= toks[g - 1].is(Classes::MODAL);
            volition |= toks[g - 1].is(Classes::WILL);
            past |= toks[g - 1].is(Classes::PAST_AUX);
            g -= 1;
        }
        // "They [last] spoke": a word between a subject pronoun and the verb is an adverb (a
        // pronoun takes no noun after it).
        if g >= 2
            && toks[g - 1].kind == Kind::Word
            && !toks[g - 1].cap
            && !toks[g - 1].is(Classes::NOT_NOMINAL.or(Classes::PAST))
            && toks[g - 2].is(Classes::PRONOUN)
        {
            g -= 1;
        }
        // An infinitive under a verb or a predicate: "agreed to meet", "was unable to speak",
        // "is expected to attend".
        let to = g
            .checked_sub(1)
            .filter(|&i| text[toks[i].span.range()].eq_ignore_ascii_case("to"));
        let Some(to) = to else {
            break;
        };
        // "[Lula] to visit": a name or noun before "to" that opens the sentence.
        let subject = phrases::ending_at(toks, to).filter(|p| {
            p.start == 0
                && g == v
                && matches!(toks[p.head].kind, Kind::Name(_))
                && !toks[p.start..p.end].iter().any(|t| t.is(Classes::PAST))
        });
        if subject.is_some() {
            bare_to = true;
            g = to;
            break;
        }
        let governs = to.checked_sub(1).filter(|&w| {
            let t = &toks[w];
            let word = &text[t.span.range()];
            t.kind == Kind::Word
                && !t.cap
                && (t.is(Classes::VERB)
                    || word.ends_with("ed")
                    || (word.ends_with("ing") && word.len() > 4)
                    || w.checked_sub(1)
                        .is_some_and(|a| toks[a].is(Classes::AUX.or(Classes::NEG))))
        });
        match governs {
            Some(w) => g = w,
            None => break,
        }
    }
    let verb = toks.get(v).map_or("", |t| &text[t.span.range()]);
    let prev = g.checked_sub(1).map(|i| &toks[i]);
    let passive = toks.get(v).is_some_and(|t| t.is(Classes::PAST))
        && (g..v)
            .rev()
            .find(|&i| !toks[i].is(Classes::ADVERB.or(Classes::NEG)))
            .is_some_and(|i| toks[i].is(Classes::BE));
    let mut out = TokenFrame {
        group: g,
        shape: Shape::Plain,
        subject: None,
        apposition: None,
        negated,
        modal,
        volition,
        past,
        passive,
        bare_to,
        start: None,
        controller: None,
    };
    // "quoted a U.S. official as saying": the phrase before "as".
    if verb.ends_with("ing") && prev.is_some_and(|t| t.is(Classes::PREP) && t.span.len() == 2) {
        let as_ = &text[toks[g - 1].span.range()];
        if as_.eq_ignore_ascii_case("as") {
            // "X was quoted as saying": the passive's subject; "X was quoted by state media
            // as saying": past the agent phrase.
            let mut j = g - 1;
            let by = phrases::ending_at(toks, j)
                .and_then(|p| p.start.checked_sub(1))
                .filter(|&b| text[toks[b].span.range()].eq_ignore_ascii_case("by"));
            let k = by.unwrap_or(j);
            let passive = k >= 2
                && text[toks[k - 1].span.range()].ends_with("ed")
                && toks[k - 2].is(Classes::AUX);
            if passive {
                j = k - 1;
                while j > 0 && toks[j - 1].is(Classes::GROUP) {
                    j -= 1;
                }
            }
            out.subject = phrases::ending_at(toks, j);
            out.shape = Shape::QuotedAs;
            // "the agency cited a source as saying": the frame starts at the reporter.
            out.start = out.subject.and_then(|p| {
                let verb = p.start.checked_sub(1)?;
                (!passive && toks[verb].kind == Kind::Word && !toks[verb].cap)
                    .then(|| phrases::ending_at(toks, verb).map(|r| r.start))
                    .flatten()
            });
            return out;
        }
    }
    // ", saying", `...," adding`, "while adding": the main clause's subject.
    let participle = prev.is_some_and(|t| {
        t.punct() == Some(',')
            || t.is_quote()
            || (t.is(Classes::SUB.or(Classes::PREP))
                && !text[t.span.range()].eq_ignore_ascii_case("as"))
    });
    if verb.ends_with("ing") && participle {
        out.shape = Shape::Participle;
        out.subject = main_subject(text, toks, 0, g - 1);
        return out;
    }
    if prev.is_some_and(|t| t.is(Classes::CONJ)) {
        out.shape = Shape::Coordinated;
        let start = clause_start(toks, g - 1);
        out.subject = main_subject(text, toks, start, g - 1);
        return out;
    }
    let after_mark = prev.is_none_or(|t| t.punct() == Some(',') || t.is_quote() || t.is_dash());
    // An inverted verb stands alone after the mark: "was unable to speak" never inverts.
    if after_mark && g == v && !verb.ends_with("ing") {
        let after = phrases::starting_at(toks, ve).filter(|p| !toks[p.head].is(Classes::PRONOUN));
        if let Some(p) = after {
            let next = toks.get(p.end);
            let closes =
                next.is_none_or(|t| matches!(t.punct(), Some(',' | '.' | ';' | '!' | '?')));
            // "Blinken, speaking alongside X, said the visit ...", "Biden, who criticised
            // China, met Xi.": a verb after an aside that follows a phrase never inverts.
            let aside = prev.is_some_and(|t| t.punct() == Some(',') || t.is_dash())
                && aside_before(toks, g).is_some();
            if closes && !aside {
                out.shape = Shape::Inverted;
                out.subject = Some(p);
                return out;
            }
        }
    }
    let mut k = g;
    for _ in 0..2 {
        let Some((open, inner)) = aside_before(toks, k) else {
            break;
        };
        if out.apposition.is_none() {
            out.apposition = phrases::starting_at(toks, open + 1).filter(|p| p.end == inner);
        }
        k = open;
    }
    // "invited Xi to visit": the object before "to" is the infinitive's subject, and the
    // subject of the verb before it controls it.
    if g == k && prev.is_some_and(|t| text[t.span.range()].eq_ignore_ascii_case("to")) {
        // The backward reading may take the verb in ("invited Xi"): a lower-case word in
        // "-ed" opening it is the verb.
        let object = phrases::ending_at(toks, g - 1).map(|p| {
            let verb = (p.start..p.head).rev().find(|&i| {
                let t = &toks[i];
                t.kind == Kind::Word && !t.cap && text[t.span.range()].ends_with("ed")
            });
            match verb {
                Some(i) => Phrase::new(toks, i + 1, p.end),
                None => p,
            }
        });
        let verb = object.and_then(|p| p.start.checked_sub(1));
        if let (Some(p), Some(w)) = (object, verb) {
            let t = &toks[w];
            if t.kind == Kind::Word && !t.cap && !t.is(Classes::NOT_NOMINAL.and_not(Classes::VERB))
            {
                let mut c = w;
                while c > 0 && toks[c - 1].is(Classes::GROUP) {
                    c -= 1;
                }
                out.subject = Some(p);
                out.controller = phrases::ending_at(toks, c).map(|q| modified(text, toks, q));
                return out;
            }
        }
    }
    out.subject = phrases::ending_at(toks, k).map(|p| modified(text, toks, p));
    out
}

/// An aside that ends just before token `k` (its closing comma, dash or bracket at `k - 1`):
/// the index of its opening mark and of its closing mark. The opening mark must follow a
/// noun phrase, which the aside describes.
fn aside_before(toks: &[Token], k: usize) -> Option<(usize, usize)> {
    let close = toks.get(k.checked_sub(1)?)?;
    let c = close.punct()?;
    let opens = |t: &Token| match c {
        ',' => t.punct() == Some(','),
        ')' => t.punct() == Some('('),
        _ if close.is_dash() => t.is_dash(),
        _ => false,
    };
    if !(c == ',' || c == ')' || close.is_dash()) {
        return None;
    }
    let lo = (k - 1).saturating_sub(MAX_ASIDE);
    let open = (lo..k - 1).rev().find(|&i| {
        opens(&toks[i]) || matches!(toks[i].punct(), Some(';' | ':')) || toks[i].is_quote()
    })?;
    if !opens(&toks[open]) || open == 0 {
        return None;
    }
    phrases::ending_at(toks, open)?;
    Some((open, k - 1))
}

/// A subject with its prepositional modifiers: "sources in Brussels" heads on "sources",
/// "Jane Doe of France" on "Doe", "Antony Blinken on Monday" on "Blinken". A phrase that holds
/// more than a name ("Secretary of Defense Lloyd Austin") is the subject itself, and the
/// reading stops at a phrase headed by a name.
fn modified(text: &str, toks: &[Token], mut p: Phrase) -> Phrase {
    for _ in 0..phrases::MAX_MODIFIERS {
        let Some(prep) = p.start.checked_sub(1) else {
            break;
        };
        let name_only = (p.start..p.head).all(|i| toks[i].is(Classes::DET));
        // A subordinator ("after", "since") opens a clause, not a modifier.
        let modifier = toks[prep].is(Classes::PREP) && !toks[prep].is(Classes::SUB);
        if !modifier || (toks[p.head].actor().is_some() && !name_only) {
            break;
        }
        // A reduced relative clause: "officials quoted by the paper".
        let mut j = prep;
        if j > 0 && toks[j - 1].kind == Kind::Word && text[toks[j - 1].span.range()].ends_with("ed")
        {
            j -= 1;
        }
        let Some(outer) = phrases::ending_at(toks, j) else {
            break;
        };
        p = Phrase {
            start: outer.start,
            end: p.end,
            head: outer.head,
            possessor: outer.possessor,
        };
        if toks[p.head].actor().is_some() {
            break;
        }
    }
    p
}

/// Where the clause holding token `at` starts: after the nearest subordinator, relative word
/// or semicolon before it, jumping over asides set off by dashes or brackets.
fn clause_start(toks: &[Token], at: usize) -> usize {
    let floor = at.saturating_sub(MAX_CLAUSE);
    let mut i = at;
    while i > floor {
        let t = &toks[i - 1];
        if t.punct() == Some(')') || t.is_dash() {
            let open = (floor..i - 1)
                .rev()
                .take(MAX_ASIDE)
                .find(|&j| toks[j].punct() == Some('(') || toks[j].is_dash());
            if let Some(o) = open {
                i = o;
                continue;
            }
        }
        if t.punct() == Some(';') || t.is(Classes::REL) || (t.is(Classes::SUB) && !t.cap) {
            return i;
        }
        i -= 1;
    }
    floor
}

/// The subject of the clause from `lo` to `hi` (token indices): its first noun phrase, past
/// leading conjunctions, adverbs and an introductory phrase set off by a comma ("Speaking from
/// Cairo, the four ministers ...", "In a Monday interview, Erdogan ...").
pub(crate) fn main_subject(text: &str, toks: &[Token], lo: usize, hi: usize) -> Option<Phrase> {
    let hi = hi.min(lo + MAX_CLAUSE);
    let mut i = lo;
    let mut skipped_intro = false;
    while i < hi {
        let t = &toks[i];
        if t.is(Classes::CONJ.or(Classes::ADVERB)) || t.punct() == Some(',') {
            i += 1;
            continue;
        }
        // A quotation opening the sentence: `"...," the spokesman said, adding ...`.
        if t.is_quote() {
            match (i + 1..hi).find(|&j| toks[j].is_quote()) {
                Some(j) => {
                    i = j + 1;
                    continue;
                }
                None => return None,
            }
        }
        let intro = t.is(Classes::PREP.or(Classes::SUB)) || is_participle(text, t);
        if intro && !skipped_intro {
            skipped_intro = true;
            match (i..hi).find(|&j| toks[j].punct() == Some(',')) {
                Some(c) => {
                    i = c + 1;
                    continue;
                }
                None => return None,
            }
        }
        break;
    }
    let first = phrases::starting_at(&toks[..hi], i)?;
    // "Opposition leader in the Senate, Sherry Rehman took to Twitter": a description, its
    // modifiers and a comma before a name make the name the subject.
    if toks[first.head].actor().is_none() {
        let (j, _) = phrases::modifiers_after(&toks[..hi], first);
        if j < hi && toks[j].punct() == Some(',') {
            if let Some(p) = phrases::starting_at(&toks[..hi], j + 1) {
                if toks[p.head].actor().is_some() {
                    return Some(p);
                }
            }
        }
    }
    Some(first)
}

/// "Speaking", "adding": a word ending in "-ing" that is no noun-phrase word we know.
fn is_participle(text: &str, t: &Token) -> bool {
    t.kind == Kind::Word && t.span.len() > 4 && text[t.span.range()].ends_with("ing")
}

/// How many prepositional phrases after a verb or noun are read as its complements.
const MAX_PREPS: usize = 4;

/// What follows a verb or a noun in its clause: its object (a coordination, each member
/// with its alternative flag) and its prepositional phrases ("with X", "between X and Y").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct TokenComplements {
    pub(crate) object: Vec<Conjunct>,
    /// Each preposition's token and the coordination it governs.
    pub(crate) preps: Vec<(usize, Vec<Conjunct>)>,
    /// A second noun phrase follows the object ("called [Petro] [a terrorist]").
    pub(crate) double: bool,
}

/// The complements of the word ending before token `from`: adverbs skipped, an object noun
/// phrase with the phrases coordinated with it, then up to [`MAX_PREPS`] prepositional
/// phrases ("met [Xi] [in Beijing] [on Monday]", "talks [between X and Y]").
pub(crate) fn complements(text: &str, toks: &[Token], from: usize) -> TokenComplements {
    let hi = toks.len().min(from + MAX_CLAUSE);
    let mut out = TokenComplements::default();
    let mut i = from;
    let skip = |mut i: usize| {
        while i < hi && toks[i].is(Classes::ADVERB) {
            i += 1;
        }
        i
    };
    i = skip(i);
    let list = |p: Phrase| {
        let mut v = vec![Conjunct {
            phrase: p,
            alternative: false,
        }];
        v.extend(phrases::conjuncts_after(text, toks, p, hi));
        v
    };
    if let Some(p) = phrases::starting_at(&toks[..hi], i) {
        out.object = list(p);
        i = out.object.last().map_or(p.end, |c| c.phrase.end);
        out.double = phrases::starting_at(&toks[..hi], i).is_some();
    }
    while out.preps.len() < MAX_PREPS {
        i = skip(i);
        if i >= hi || !toks[i].is(Classes::PREP) {
            break;
        }
        let Some(p) = phrases::starting_at(&toks[..hi], i + 1) else {
            break;
        };
        let l = list(p);
        let end = l.last().map_or(p.end, |c| c.phrase.end);
        out.preps.push((i, l));
        i = end;
    }
    out
}

/// Where the clause holding token `at` ends (exclusive): at the next semicolon, colon, quote
/// mark or bracket, or the next subordinator or relative word, at most [`MAX_CLAUSE`] tokens on.
pub(crate) fn clause_end(toks: &[Token], at: usize) -> usize {
    let hi = toks.len().min(at + MAX_CLAUSE);
    (at + 1..hi)
        .find(|&i| {
            let t = &toks[i];
            matches!(t.punct(), Some(';' | ':' | '(' | ')'))
                || t.is_quote()
                || t.is(Classes::REL)
                // "agreed to that.": a subordinator opens a clause only with a word after it.
                || (t.is(Classes::SUB)
                    && !t.cap
                    && toks.get(i + 1).is_some_and(|n| n.punct().is_none()))
        })
        .unwrap_or(hi)
}

/// Where the clause holding token `at` starts (see [`clause_start`]), also after a colon or a
/// quote mark.
pub(crate) fn clause_begin(toks: &[Token], at: usize) -> usize {
    let start = clause_start(toks, at);
    (start..at)
        .rev()
        .find(|&i| toks[i].punct() == Some(':') || toks[i].is_quote())
        .map_or(start, |i| i + 1)
}

/// The last verb before token `at`, from token `lo` on: a word the lexicon knows as a verb,
/// or the word after an auxiliary, modal or negation ("would [make]", "has not [agreed]").
pub(crate) fn last_verb(toks: &[Token], lo: usize, at: usize) -> Option<usize> {
    let lo = lo.max(at.saturating_sub(MAX_CLAUSE));
    (lo..at).rev().find(|&i| {
        let t = &toks[i];
        t.kind == Kind::Word
            && !t.cap
            && !t.is(Classes::GROUP.or(Classes::PREP).or(Classes::DET))
            && (t.is(Classes::VERB)
                || i.checked_sub(1).is_some_and(|p| {
                    toks[p].is(Classes::AUX.or(Classes::MODAL).or(Classes::NEG))
                        // "Ruto [postponed] a visit": a past form after a name.
                        || (t.is(Classes::PAST) && matches!(toks[p].kind, Kind::Name(_)))
                }))
    })
}
