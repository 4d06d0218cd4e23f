//! Statements: direct quotes and reported speech, with their speakers.
//!
//! This module owns who said what. It pairs the scan's quote marks into quotations (straight,
//! curly and mismatched pairs such as `"essential'`; a straight mark followed by a space only
//! closes; an unclosed quote runs to the end of its paragraph, and the next paragraph opening a
//! quote continues it), finds the speech cue of each ("said", "told", "according to") after or
//! before it in its sentence, or closing the sentence (`" following talks, the statement said.`),
//! and takes the speaker from the cue's frame:
//!
//! - a named actor, skipping asides (`Blinken, speaking alongside X, said`), never a name that
//!   only modifies an unknown subject (`US carmaker Acme said`, `Jane Doe of France said`);
//! - an inverted frame (`," said Blinken`, `..., says the ministry`);
//! - a pronoun: "he"/"she" the last named speaker of that gender, else the nearest person;
//!   "they" a country, organisation or group of unnamed officials one sentence back;
//! - a description ("the statement said", "the defense ministry readout said") resolved to
//!   whoever issued the last statement or readout ("the Pentagon said in a statement", "a
//!   Beijing readout");
//! - a participle (", saying") the sentence's subject.
//!
//! A quotation with no cue continues the previous quotation's speaker when it opens the next
//! paragraph or sentence or shares its sentence (`"...," he said. "..."`); an unclosed quote
//! paragraph takes the speaker of the paragraph where the quote ends; a longer partial quote
//! inside a sentence ("He took aim at Beijing for "..."") belongs to the sentence's subject.
//! Short quotations that are not utterances (scare quotes, titles) are not statements.
//!
//! A cue that names nobody inside another frame's reported clause ("Hoffman said ... and the
//! SecDef called on China to "..."") gives the words to that frame's speaker, who relays them.
//!
//! A cue outside any quotation gives reported speech: "X said (that) CLAUSE", "X told Y that
//! CLAUSE" and "CLAUSE, X said", where the clause layer reads where the clause starts (past a
//! listener, adjuncts and asides: `Reading::complement`). A participle after a quotation
//! (`He said "...," adding that ...`) reports a clause of its own. A partial quote may stand
//! inside a reported clause, even at its end with the comma inside its closing mark. A reported
//! clause stops where a direct quote of the same frame starts (`Austin said it was important
//! ... and make sure "..."`) and before a second frame (`..., but Austin told ...`); a cue
//! inside an emitted clause is part of it. Headlines, noun uses ("in remarks"), infinitives and
//! negations ("unable to say") and relative clauses ("what the U.S. says was ...") give no
//! statement. "According to X" may follow a connective ("However, according to X, CLAUSE") or
//! end the sentence with a relative clause about X. A statement's date is the date next to its
//! cue in the same phrase ("said on Saturday").
//!
//! The module's files: this one pairs each quotation with its cue and speaker;
//! `quotations` pairs quote marks and tells titles and headlines; `attribution` finds a
//! quotation's cue; `speakers` resolves a cue's subject to an actor; `reported` reads
//! reported speech. Subjects, clause limits and word uses come from the clause layer
//! (`crate::syntax`).
//!
//! The frame words live in `data/lexicon.tsv` (classes `speech`, `speech_frame`, `pronoun`).
//! Every look-up is by position (binary search over the sorted hits, mentions, quotations and
//! dates) inside a bounded window, so the detector is linear in the input.

mod attribution;
mod quotations;
mod reported;
mod speakers;

use std::cell::OnceCell;

use crate::actors::resolve::Cast;
use crate::knowledge::lexicon::Lexicon;
use crate::model::{ActorKind, Date, Excerpt, Span, Statement, StatementKind};
use crate::scan::{Form, Hit, QuoteKind, QuoteMark, Scan, Tag};
use crate::syntax::clauses::Shape;
use crate::syntax::segment::Sentence;
use crate::syntax::usage::{Use, Words};
use crate::syntax::words::Agreement;
use crate::syntax::{NounPhrase, Reading};
use crate::util::{between, contains_any, locate, word_count, WordList};

use quotations::{headlines, is_title, pair_quotes};

/// A quotation shorter than this many words is a statement only when it reads as an utterance.
const MIN_QUOTE_WORDS: usize = 5;
/// A short quotation ending in sentence punctuation ("wanton smears and attacks.") needs this many.
const MIN_UTTERANCE_WORDS: usize = 3;
/// A partial quote in a cue's frame with a known speaker needs this many words.
const MIN_PARTIAL_WORDS: usize = 3;
/// How far after a quotation its cue may start, in bytes (`," the Pentagon said`).
const NEAR_AFTER: usize = 60;
/// How many words may lie between a cue and the quotation it introduces.
const MAX_GAP_WORDS: usize = 6;
/// How far back from a cue its subject is looked for, in bytes.
const SUBJECT_WINDOW: usize = 160;
/// How far back from a participle cue (", saying") the sentence subject is looked for.
const PARTICIPLE_WINDOW: usize = 320;
/// How many words may follow a closing cue before the sentence ends ("said on Friday").
const MAX_TAIL_WORDS: usize = 5;
/// How many sentences back "he" or "she" looks for the person meant.
const PRONOUN_SENTENCES: usize = 4;
/// A reported clause needs at least this many words.
const MIN_CLAUSE_WORDS: usize = 3;
/// A reported clause before its cue ("CLAUSE, X said") is at most this long, in bytes.
const MAX_CLAUSE_BYTES: usize = 1200;
/// How many earlier frames of its sentence a cue that names nobody looks through for the
/// speaker who relays its words.
const MAX_RELAYS: usize = 3;
/// How far a reported clause is searched for a second frame, in bytes.
const FRAME_WINDOW: usize = 400;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    Verb,
    /// A reporting verb that also takes a plain object ("added 146,000 jobs").
    ObjectVerb,
    Tell,
    Prep,
    Noun,
}

impl Cue {
    fn is_verb(self) -> bool {
        matches!(self, Cue::Verb | Cue::ObjectVerb | Cue::Tell)
    }
}

/// The statement detector: which lexicon rows are speech cues and pronouns, and the frame words.
#[derive(Clone, Debug)]
pub(crate) struct Quotes {
    cues: Vec<Option<Cue>>,
    /// Prepositions after which a speech verb's "-ing" form says nothing ("short of saying").
    silent_gerund: WordList,
    /// Nouns for a body that speaks for its possessor ("Myanmar's junta").
    body: WordList,
    /// Nouns for a government: a leader's speaks for the leader's country ("Trump's
    /// administration").
    government: WordList,
    /// Small words a title may keep in lower case ("The Art of War").
    title_small: WordList,
}

/// A paired quotation: the content span (without marks) and the span with its marks.
#[derive(Clone, Copy, Debug)]
struct Quotation {
    content: Span,
    outer: Span,
    /// The quotation opens its paragraph.
    paragraph_start: bool,
    /// A closing mark was found (an unclosed quotation runs to the end of its paragraph).
    closed: bool,
    /// The sentence holding the opening mark and the one holding the end.
    sent: usize,
    end_sent: usize,
}

/// Everything one article's statements are read from.
struct Ctx<'a> {
    text: &'a str,
    /// The clause layer: frames of cue verbs, noun phrases.
    reading: &'a Reading<'a>,
    hits: &'a [Hit],
    sentences: &'a [Sentence],
    cast: &'a Cast,
    dates: Vec<&'a Date>,
    quotes: Vec<Quotation>,
    /// Statement nouns with the actor that issued them ("a Beijing readout"), by position.
    sources: Vec<(usize, usize)>,
    /// Speech cues with a named person as subject ("Straw said"), by position: whom a later
    /// "he said" most likely means.
    speakers: Vec<(usize, usize)>,
    /// Per sentence: the sentence is a headline or caption (alone in its paragraph, unpunctuated).
    headline: Vec<bool>,
    /// Per hit: its speech-verb cue, if it is one.
    verbs: Vec<Option<Cue>>,
    /// Per hit: whether the cue is used as a verb (see `Quotes::said`), read on first ask, so
    /// a sentence no other reading needs is never tokenised for it.
    said: Vec<OnceCell<bool>>,
    silent_gerund: &'a WordList,
}

impl Ctx<'_> {
    /// The speech-verb cue of `h`, which must be one of `self.hits`, if it is used as a verb.
    fn verb(&self, h: &Hit) -> Option<Cue> {
        let i = (h as *const Hit as usize).wrapping_sub(self.hits.as_ptr() as usize)
            / std::mem::size_of::<Hit>();
        debug_assert!(std::ptr::eq(&self.hits[i], h));
        let c = self.verbs.get(i).copied().flatten()?;
        self.said[i]
            .get_or_init(|| said(self.reading, self.silent_gerund, h))
            .then_some(c)
    }
}

/// Whether the cue `h` is used as a verb, as the clause layer reads its use: not as a noun ("in
/// remarks", "the claims"), an infinitive ("to say"), negated ("not say") or a gerund that says
/// nothing (after one of `silent`: "stopped short of saying"; but "responded by saying").
fn said(reading: &Reading, silent: &WordList, h: &Hit) -> bool {
    match reading.word_use(h.span) {
        Use::Verb => true,
        Use::Gerund { prep } => !silent.contains(between(reading.text(), prep.start, prep.end)),
        Use::Noun | Use::Infinitive | Use::Negated => false,
    }
}

/// The last direct statement: its speaker, the sentence it ends in and that sentence's paragraph.
#[derive(Clone, Copy, Debug)]
struct Last {
    speaker: Option<usize>,
    end_sent: usize,
    paragraph: u32,
}

impl Quotes {
    pub(crate) fn new(lex: &Lexicon) -> Quotes {
        let cues = lex
            .rows
            .iter()
            .map(|r| match (r.class.as_str(), r.tag.as_str()) {
                ("speech", "verb") => Some(Cue::Verb),
                ("speech", "verb_object") => Some(Cue::ObjectVerb),
                ("speech", "tell") => Some(Cue::Tell),
                ("speech", "prep") => Some(Cue::Prep),
                ("speech", "noun") => Some(Cue::Noun),
                _ => None,
            })
            .collect();
        let words = |tag: &str| lex.words("speech_frame", tag);
        Quotes {
            cues,
            silent_gerund: words("silent_gerund"),
            body: words("body"),
            government: words("government"),
            title_small: words("title_small"),
        }
    }

    fn cue(&self, h: &Hit) -> Option<Cue> {
        match h.tag {
            Tag::Word(i) => self.cues.get(usize::from(i)).copied().flatten(),
            _ => None,
        }
    }

    pub(crate) fn statements(
        &self,
        text: &str,
        scan: &Scan,
        sentences: &[Sentence],
        cast: &Cast,
        dates: &[Date],
        reading: &Reading,
    ) -> Vec<Statement> {
        let mut sorted_dates: Vec<&Date> = dates.iter().collect();
        sorted_dates.sort_by_key(|d| (d.span.start, d.span.end));
        let mut ctx = Ctx {
            text,
            reading,
            hits: &scan.hits,
            sentences,
            cast,
            dates: sorted_dates,
            quotes: pair_quotes(text, &scan.quotes, sentences),
            sources: Vec::new(),
            speakers: Vec::new(),
            headline: headlines(text, sentences),
            verbs: scan
                .hits
                .iter()
                .map(|h| self.cue(h).filter(|c| c.is_verb()))
                .collect(),
            said: scan.hits.iter().map(|_| OnceCell::new()).collect(),
            silent_gerund: &self.silent_gerund,
        };
        ctx.sources = self.sources(&ctx);
        ctx.speakers = self.named_speakers(&ctx);
        let mut out: Vec<Statement> = Vec::new();
        // Quotations that became statements, and the cues after a quotation that it used.
        let mut direct: Vec<Span> = Vec::new();
        let mut used_after: Vec<Span> = Vec::new();
        let mut last: Option<Last> = None;
        // Unclosed quote paragraphs still waiting for the cue of a later paragraph of the quote.
        let mut pending: Vec<usize> = Vec::new();
        let mut found_before = None;
        for (qi, q) in ctx.quotes.iter().enumerate() {
            let content = between(text, q.content.start, q.content.end);
            let words = word_count(content, MIN_QUOTE_WORDS);
            let Some(sent) = sentences.get(q.sent) else {
                continue;
            };
            let para = sentences
                .get(q.end_sent)
                .map_or(sent.paragraph, |s| s.paragraph);
            // The cue after the quotation, unless it names nobody or is a participle that goes
            // on to a clause of its own, and one before it names someone (`He said "...",
            // adding "..."`, `saying, "...," while adding`, `He said "...," adding that ...`).
            let mut after = self.attribution_after(&ctx, qi);
            let participle = |cue: Span| {
                ctx.reading
                    .frame(cue)
                    .is_some_and(|f| f.shape == Shape::Participle)
            };
            if after.is_some_and(|(speaker, cue)| speaker.is_none() || participle(cue)) {
                if let Some(before) = self
                    .attribution_before(&ctx, qi)
                    .filter(|(speaker, _)| speaker.is_some())
                {
                    after = None;
                    found_before = Some(before);
                }
            }
            let found = after
                .or(found_before.take())
                .or_else(|| self.attribution_before(&ctx, qi))
                .map(|(speaker, cue)| (speaker.or_else(|| self.relayed_by(&ctx, cue)), cue));
            // A partial quote in a cue's frame that names its speaker ("called for a halt to
            // "all hostile acts"") is that speaker's words.
            let partial = found.is_some_and(|(speaker, _)| speaker.is_some())
                && words >= MIN_PARTIAL_WORDS
                && !is_title(content, &self.title_small);
            let utterance = partial
                || content.ends_with(['.', '!', '?', ',', '\u{2026}'])
                    && !is_title(content, &self.title_small)
                    && (words >= MIN_UTTERANCE_WORDS || found.is_some());
            if words < MIN_QUOTE_WORDS && !utterance {
                continue;
            }
            // A quote paragraph introduced by the sentence before, ending in a colon ("A
            // diplomatic source told ITV News:").
            let found = found.or_else(|| {
                q.paragraph_start
                    .then(|| self.introduced(&ctx, q.sent))
                    .flatten()
            });
            let (speaker, cue) = match found {
                Some((speaker, cue)) => (speaker, Some(cue)),
                None => {
                    let prev_sent = q.sent.checked_sub(1).and_then(|i| sentences.get(i));
                    let continues = last.filter(|l| {
                        // A paragraph opening a quote after a quote paragraph.
                        (q.paragraph_start && prev_sent.is_some_and(|p| p.paragraph == l.paragraph))
                            // "...," he said. "...": the next sentence opens a quote.
                            || (q.outer.start == sent.span.start && l.end_sent + 1 == q.sent)
                            // `"...," and "..."`: a second quotation in the same sentence.
                            || l.end_sent == q.sent
                    });
                    match continues {
                        Some(l) => (l.speaker, None),
                        None if q.paragraph_start => (None, None),
                        None => match self.sentence_subject(
                            &ctx,
                            sent.span
                                .start
                                .max(q.outer.start.saturating_sub(PARTICIPLE_WINDOW)),
                            q.outer.start,
                        ) {
                            Some(s) => (Some(s), None),
                            None => continue,
                        },
                    }
                }
            };
            if after.is_some() {
                if let Some(c) = cue {
                    used_after.push(c);
                }
            }
            // A multi-paragraph quote takes its speaker from the paragraph that has the cue.
            let prev_para = q
                .sent
                .checked_sub(1)
                .and_then(|i| sentences.get(i))
                .map(|p| p.paragraph);
            let chained = q.paragraph_start
                && last.is_some_and(|l| Some(l.paragraph) == prev_para)
                && !pending.is_empty();
            if !chained {
                pending.clear();
            }
            if let (true, Some(a)) = (chained, speaker) {
                for &k in &pending {
                    out[k].speaker = Some(ctx.cast.actors[a].id.clone());
                }
                pending.clear();
            }
            if speaker.is_none() && cue.is_none() && !q.closed {
                pending.push(out.len());
            }
            last = Some(Last {
                speaker,
                end_sent: q.end_sent,
                paragraph: para,
            });
            // A partial quote stays inside the reported clause around it: it does not end it.
            if !(partial && words < MIN_QUOTE_WORDS) {
                direct.push(q.outer);
            }
            let cue_sent = cue.map_or(sent.span, |c| sentence_span(&ctx, c.start));
            out.push(Statement {
                speaker: speaker.map(|a| ctx.cast.actors[a].id.clone()),
                kind: StatementKind::Direct,
                text: content.to_string(),
                span: q.content,
                cue: cue.map(|c| Excerpt::new(text, c)),
                date: cue.and_then(|c| date_near(text, &ctx.dates, c, cue_sent)),
            });
        }
        used_after.sort_by_key(|s| s.start);
        self.reported(&ctx, &direct, &used_after, &mut out);
        out.sort_by_key(|s| s.span.start);
        out
    }

    /// Statement nouns and who issued them: "a Beijing readout", "the Pentagon's statement",
    /// "the Pentagon said in a statement".
    fn sources(&self, ctx: &Ctx) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for h in ctx.hits {
            if self.cue(h) != Some(Cue::Noun) {
                continue;
            }
            let Some((np, governor)) = ctx.reading.phrase_ending_at(h.span.end) else {
                continue;
            };
            // An actor in the noun's own phrase: "a Beijing readout", "the Pentagon's
            // statement".
            let named = np.possessor.or(np.last_actor);
            // "X said in a statement", "X released a statement": the governing verb's subject.
            let framed = || {
                let v = governor?;
                let f = ctx.reading.frame(v)?;
                let subject = f.subject.filter(|s| s.span.end <= np.span.start)?;
                self.speaker_of(ctx, subject, f.apposition)
            };
            if let Some(a) = named.or_else(framed) {
                out.push((h.span.start, a));
            }
        }
        out
    }

    /// Persons named as the subject of a speech cue outside quotations.
    fn named_speakers(&self, ctx: &Ctx) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for h in ctx.hits {
            if self.cue(h).is_none_or(|c| !c.is_verb()) || in_quote(&ctx.quotes, h.span) {
                continue;
            }
            let sent = sentence_span(ctx, h.span.start);
            let lo = h.span.start.saturating_sub(SUBJECT_WINDOW).max(sent.start);
            let window = ctx.cast.within(Span::new(lo, h.span.start));
            let is_person = |a: usize| ctx.cast.actors[a].kind == ActorKind::Person;
            // Only a person named in the window qualifies: without one, skip the frame reading.
            if !window.iter().any(|m| is_person(m.actor)) || ctx.verb(h).is_none() {
                continue;
            }
            let Some(a) = self.subject_before(ctx, h, sent.start) else {
                continue;
            };
            if is_person(a) && window.iter().any(|m| m.actor == a) {
                out.push((h.span.start, a));
            }
        }
        out
    }

    /// The issuer of the statement a description ("the statement", "the readout") at `pos`
    /// refers to: the statement noun there or the last one before it with a known issuer.
    fn source_before(&self, ctx: &Ctx, pos: usize) -> Option<usize> {
        let i = ctx.sources.partition_point(|&(p, _)| p <= pos);
        i.checked_sub(1).map(|i| ctx.sources[i].1)
    }
}

/// Whether `span` overlaps one of the sorted, disjoint `spans`.
fn overlaps(spans: &[Span], span: Span) -> bool {
    let i = spans.partition_point(|s| s.end <= span.start);
    spans.get(i).is_some_and(|s| s.start < span.end)
}

/// Whether every quotation that overlaps `span` lies inside it: a partial quote within a
/// reported clause (`noted "insufficient progress" in ...`), not a clause cut through a
/// quotation.
fn quotes_inside(quotes: &[Quotation], span: Span) -> bool {
    let i = locate(quotes, span.start + 1, |q| q.outer.end);
    quotes[i..]
        .iter()
        .take_while(|q| q.outer.start < span.end)
        .all(|q| span.start <= q.outer.start && q.outer.end <= span.end)
}

/// Whether `span` lies inside a quotation (marks included).
fn in_quote(quotes: &[Quotation], span: Span) -> bool {
    let i = locate(quotes, span.start + 1, |q| q.outer.end);
    quotes
        .get(i)
        .is_some_and(|q| q.outer.start < span.start && span.end <= q.outer.end)
}

/// The index of the sentence holding byte `pos` (or the last one before it).
fn sentence_of(sentences: &[Sentence], pos: usize) -> usize {
    locate(sentences, pos + 1, |s| s.span.end).min(sentences.len().saturating_sub(1))
}

/// The span of the sentence holding byte `pos` (the whole text when there are none).
fn sentence_span(ctx: &Ctx, pos: usize) -> Span {
    ctx.sentences
        .get(sentence_of(ctx.sentences, pos))
        .map_or(Span::new(0, ctx.text.len()), |s| s.span)
}

/// The words from `from` to `to` when they are few enough to close a sentence after a cue
/// ("said [on Friday].", "told [reporters in Washington].").
fn short_tail(ctx: &Ctx, from: usize, to: usize) -> Option<Words> {
    Some(ctx.reading.words_between(from, to, MAX_TAIL_WORDS)).filter(|t| t.count <= MAX_TAIL_WORDS)
}

/// The date attached to a cue in its sentence: right after it ("said on Saturday") or right
/// before it ("on Friday emphasized").
fn date_near(text: &str, dates: &[&Date], cue: Span, sentence: Span) -> Option<Date> {
    // A comma between them puts the date in another phrase ("came to office last year, said").
    let apart = |a: usize, b: usize| contains_any(between(text, a, b), [',', ';', '(', ')']);
    let i = locate(dates, cue.end, |d| d.span.start);
    let after = dates.get(i).filter(|d| {
        d.span.start <= cue.end + 5 && d.span.end <= sentence.end && !apart(cue.end, d.span.start)
    });
    let before = || {
        let j = locate(dates, cue.start, |d| d.span.start);
        dates[..j].iter().rev().take(4).find(|d| {
            d.span.end <= cue.start
                && d.span.end + 5 >= cue.start
                && d.span.start >= sentence.start
                && !apart(d.span.end, cue.start)
        })
    };
    after.or_else(before).map(|d| (*d).clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::{Matcher, PatternSet};
    use crate::syntax::segment::{sentences, Abbreviations};

    fn quotations(text: &str) -> Vec<(String, bool)> {
        let scan = Matcher::build(PatternSet::default()).unwrap().scan(text);
        let sents = sentences(text, &scan.stops, &Abbreviations::default());
        pair_quotes(text, &scan.quotes, &sents)
            .iter()
            .map(|q| (text[q.content.range()].to_string(), q.paragraph_start))
            .collect()
    }

    #[test]
    fn pairing() {
        let cases: &[(&str, &[(&str, bool)])] = &[
            ("\"Go,\" he said.", &[("Go,", true)]),
            ("He said “go now” twice.", &[("go now", false)]),
            // A mismatched pair.
            ("It is \"essential' to talk.", &[("essential", false)]),
            // Nested single quotes stay inside.
            (
                "\"They said 'no' to us,\" she said.",
                &[("They said 'no' to us,", true)],
            ),
            // An unclosed quote runs to the end of its paragraph; the next one opens anew.
            (
                "“One more thing.\n\n“And another,” he said.",
                &[("One more thing.", true), ("And another,", true)],
            ),
            // A straight quote glued to a word does not open.
            ("The 6\" gun.", &[]),
            // A straight quote before a space closes: a stray one does not turn pairs inside out.
            (
                "A stray \" mark. He said \"we will go\" today.",
                &[("we will go", false)],
            ),
            ("", &[]),
            ("\"\"\"", &[]),
        ];
        for (text, want) in cases {
            let got = quotations(text);
            let want: Vec<(String, bool)> = want.iter().map(|(s, b)| (s.to_string(), *b)).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn helpers() {
        for (s, want) in [
            ("The Art of War", true),
            ("Shangri-La Dialogue", true),
            ("trust", false),
            ("Trust", false),
            ("we will not back down", false),
        ] {
            let small = Lexicon::bundled().words("speech_frame", "title_small");
            assert_eq!(is_title(s, &small), want, "{s:?}");
        }
        let spans = [Span::new(0, 5), Span::new(10, 20)];
        for (s, want) in [
            ((5, 10), false),
            ((4, 6), true),
            ((19, 30), true),
            ((20, 30), false),
        ] {
            assert_eq!(overlaps(&spans, Span::new(s.0, s.1)), want, "{s:?}");
        }
    }

    /// (kind, speaker, words) of each statement the extractor finds in `text`.
    fn statements(text: &str) -> Vec<(StatementKind, Option<String>, String)> {
        let day = crate::Day::new(2023, 6, 3).unwrap();
        crate::Extractor::new()
            .extract(crate::Article::new(text).published(day))
            .statements
            .into_iter()
            .map(|s| (s.kind, s.speaker, s.text))
            .collect()
    }

    #[test]
    fn frames() {
        use StatementKind::{Direct as D, Indirect as I};
        let austin = Some("lloyd-austin");
        type Want<'a> = &'a [(StatementKind, Option<&'a str>, &'a str)];
        let cases: &[(&str, Want)] = &[
            // Inverted cue.
            (
                "\"We will keep the channels open,\" said Lloyd Austin.",
                &[(D, austin, "We will keep the channels open,")],
            ),
            // "in remarks" is not a second cue.
            (
                "Lloyd Austin said in remarks on Friday that the talks were useful.",
                &[(I, austin, "the talks were useful")],
            ),
            // A relative clause is not reported speech.
            (
                "Lloyd Austin arrived. It was what the Pentagon says was a routine flight.",
                &[],
            ),
            // A scare quote is no statement of its own.
            (
                "Lloyd Austin said China wants more \"trust\" between the two.",
                &[(I, austin, "China wants more \"trust\" between the two")],
            ),
        ];
        for (text, want) in cases {
            let want: Vec<_> = want
                .iter()
                .map(|(k, s, t)| (*k, s.map(str::to_string), t.to_string()))
                .collect();
            assert_eq!(statements(text), want, "{text:?}");
        }
    }
}
