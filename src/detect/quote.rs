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
//! The frame words live in `data/lexicon.tsv` (classes `speech`, `speech_frame`, `pronoun`).
//! Every look-up is by position (binary search over the sorted hits, mentions, quotations and
//! dates) inside a bounded window, so the detector is linear in the input.

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
use crate::util::{between, contains_any, word_count, WordList};

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

    /// `," Blinken said`, `," he said`, `," said Blinken`, `," the statement said`, and a cue
    /// closing the sentence after more words (`" following talks, the statement said.`).
    fn attribution_after(&self, ctx: &Ctx, qi: usize) -> Option<(Option<usize>, Span)> {
        let text = ctx.text;
        let q = &ctx.quotes[qi];
        let end = ctx
            .sentences
            .get(q.end_sent)
            .map_or(text.len(), |s| s.span.end)
            .max(q.outer.end);
        // Up to the next quotation in the sentence: its cue is its own.
        let limit = ctx
            .quotes
            .get(qi + 1)
            .map_or(end, |n| n.outer.start.clamp(q.outer.end, end));
        // A mark glued to the closing one ends the quotation's sentence or phrase: `"...".`
        let glued = ctx
            .reading
            .mark_after(q.outer.end)
            .is_some_and(|(c, s)| c != ',' && s.start == q.outer.end && s.start < limit);
        if glued {
            return None;
        }
        let hits = ctx.hits;
        let i = hits.partition_point(|h| h.span.start < q.outer.end);
        let near_end = (q.outer.end + NEAR_AFTER).min(limit);
        let near = hits[i..]
            .iter()
            .take_while(|h| h.span.end <= near_end)
            .find(|h| ctx.verb(h).is_some() || self.cue(h) == Some(Cue::Prep));
        let cue_hit = match near {
            Some(h) => h,
            None => {
                // A cue closing the sentence: ", the statement said." with only a few words after.
                let j = hits.partition_point(|h| h.span.start < limit);
                let h = hits[i..j]
                    .iter()
                    .rev()
                    .take_while(|h| h.span.start + SUBJECT_WINDOW >= limit)
                    .find(|h| ctx.verb(h).is_some())?;
                if short_tail(ctx, h.span.end, limit).is_none_or(|t| t.commas > 0) {
                    return None;
                }
                // Its frame follows the quotation (`," Roy Asher, chief economist at X, told
                // Reuters.`) or opens after a comma past it (`" following talks, the statement
                // said.`).
                let f = ctx.reading.frame(h.span)?;
                let follows = || {
                    let gap = ctx.reading.words_between(q.outer.end, f.start, 0);
                    gap.count == 0 && !gap.quote
                };
                if f.start < q.outer.end
                    || (ctx.reading.punct_before(f.start) != Some(',') && !follows())
                {
                    return None;
                }
                h
            }
        };
        let cue = cue_hit.span;
        if self.cue(cue_hit) == Some(Cue::Prep) {
            return Some((self.after_prep(ctx, cue, limit), cue));
        }
        // Speaker between the quote and the cue, or right after an inverted cue.
        let speaker = self.subject_before(ctx, cue_hit, q.outer.end);
        Some((speaker, cue))
    }

    /// The cue of the sentence before sentence `si` when that sentence ends in a colon and its
    /// last speech verb's frame names a speaker: it introduces the quotation opening `si`.
    fn introduced(&self, ctx: &Ctx, si: usize) -> Option<(Option<usize>, Span)> {
        let prev = ctx.sentences.get(si.checked_sub(1)?)?.span;
        if ctx.reading.punct_before(prev.end) != Some(':') {
            return None;
        }
        let a = ctx.hits.partition_point(|h| h.span.start < prev.start);
        let b = ctx.hits.partition_point(|h| h.span.start < prev.end);
        let h = ctx.hits[a..b]
            .iter()
            .rev()
            .find(|h| ctx.verb(h).is_some())?;
        let speaker = self.subject_before(ctx, h, prev.start)?;
        Some((Some(speaker), h.span))
    }

    /// The speaker after "according to": the actor named there, or the issuer of the statement
    /// described there.
    fn after_prep(&self, ctx: &Ctx, cue: Span, limit: usize) -> Option<usize> {
        let np = ctx
            .reading
            .phrase_at(cue.end)
            .filter(|p| p.span.end <= limit)?;
        self.speaker_of(ctx, np, None)
    }

    /// For a cue that names no speaker after an earlier speech frame of its sentence ("Hoffman
    /// said ... and the SecDef called on China to "...""), the speaker of that frame, who relays
    /// the words.
    fn relayed_by(&self, ctx: &Ctx, cue: Span) -> Option<usize> {
        let sent = sentence_span(ctx, cue.start);
        let lo = sent.start.max(cue.start.saturating_sub(FRAME_WINDOW));
        let a = ctx.hits.partition_point(|h| h.span.start < lo);
        let b = ctx.hits.partition_point(|h| h.span.start < cue.start);
        ctx.hits[a..b]
            .iter()
            .rev()
            .filter(|h| ctx.verb(h).is_some() && !in_quote(&ctx.quotes, h.span))
            .take(MAX_RELAYS)
            .find_map(|h| self.subject_before(ctx, h, sent.start))
    }

    /// `Blinken said: "..."`, `He added: "..."`, `A Chinese spokeswoman said "..."`.
    fn attribution_before(&self, ctx: &Ctx, qi: usize) -> Option<(Option<usize>, Span)> {
        let q = &ctx.quotes[qi];
        let sent = ctx.sentences.get(q.sent)?.span;
        let prev_end = qi
            .checked_sub(1)
            .map_or(0, |p| ctx.quotes[p].outer.end)
            .max(sent.start)
            .max(q.outer.start.saturating_sub(SUBJECT_WINDOW))
            // A quote opening inside a stripped dateline starts before its sentence.
            .min(q.outer.start);
        let hits = ctx.hits;
        let a = hits.partition_point(|h| h.span.start < prev_end);
        let b = hits.partition_point(|h| h.span.start < q.outer.start);
        let cue_hit = hits[a..b]
            .iter()
            .rev()
            .find(|h| ctx.verb(h).is_some() || self.cue(h) == Some(Cue::Prep))?;
        let cue = cue_hit.span;
        // The cue must be close to the quote: only a few words between.
        let gap = ctx
            .reading
            .words_between(cue.end, q.outer.start, MAX_GAP_WORDS);
        if gap.count > MAX_GAP_WORDS {
            return None;
        }
        if self.cue(cue_hit) == Some(Cue::Prep) {
            // `According to the Pentagon, "..."`
            return Some((self.after_prep(ctx, cue, q.outer.start), cue));
        }
        Some((self.subject_before(ctx, cue_hit, sent.start), cue))
    }

    /// The speaker of the cue `h`: the subject of its frame in the clause layer (for a plain
    /// frame, one that starts at or after `floor`), resolved by [`speaker_of`](Self::speaker_of).
    fn subject_before(&self, ctx: &Ctx, h: &Hit, floor: usize) -> Option<usize> {
        let f = ctx.reading.frame(h.span)?;
        let subject = f.subject?;
        if f.shape != Shape::Participle && subject.span.start < floor {
            return None;
        }
        self.speaker_of(ctx, subject, f.apposition)
    }

    /// The actor a subject phrase names: the actor its head names; for a pronoun, the person or
    /// group it stands for; for a statement noun ("the statement said", "a Beijing readout"),
    /// whoever issued it; for a description with a named apposition ("Ma's spokesman, Charles
    /// Chen,"), the person named. A phrase headed by a noun or a name we do not know ("US
    /// carmaker Acme", "Jane Doe of France") names no known speaker.
    fn speaker_of(
        &self,
        ctx: &Ctx,
        np: NounPhrase,
        apposition: Option<NounPhrase>,
    ) -> Option<usize> {
        if let Some(p) = np.pronoun {
            return self.resolve_pronoun(ctx, np.head, p);
        }
        // A named apposition beats a description ("Ma's spokesman, Charles Chen, said"), even
        // one that is an anonymous source of its own.
        let named = apposition
            .and_then(|p| p.head_actor)
            .filter(|&a| !ctx.cast.actors[a].anonymous);
        // A lower-case head is a description even when resolution found who holds the role
        // ("Russia's ambassador to Poland, Sergei Andreyev,": not the ambassador it knows).
        let described = np.head_actor.is_none_or(|a| ctx.cast.actors[a].anonymous)
            || between(ctx.text, np.head.start, np.head.end)
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
        if let (Some(a), true) = (named, described) {
            return Some(a);
        }
        if let Some(a) = np
            .head_actor
            .or_else(|| apposition.and_then(|p| p.head_actor))
        {
            return Some(a);
        }
        let k = ctx.hits.partition_point(|x| x.span.start < np.head.start);
        let statement_noun = ctx.hits[k..]
            .iter()
            .take_while(|x| x.span.start == np.head.start)
            .any(|x| self.cue(x) == Some(Cue::Noun));
        if statement_noun {
            // "the Kremlin spokesman said": the body speaks through its spokesman.
            if between(ctx.text, np.head.start, np.head.end).starts_with("spokes") {
                if let Some(a) = np.last_actor {
                    return Some(a);
                }
            }
            return self.source_before(ctx, np.head.start).or(np.last_actor);
        }
        // "Myanmar's junta said", "the Burundian government said": a body of the possessor, or
        // of the country a demonym in the phrase names, speaks for it.
        let head = between(ctx.text, np.head.start, np.head.end);
        let owner = || np.possessor.or_else(|| demonym_in(ctx, np.span));
        if self.government.contains(head) {
            // "Trump's administration said": a leader's government speaks for the country.
            let owner = owner()?;
            let actor = &ctx.cast.actors[owner];
            if actor.kind != ActorKind::Person {
                return Some(owner);
            }
            // The country when the article names it, else the leader.
            let country = actor.country.as_deref().and_then(|code| {
                ctx.cast.actors.iter().position(|a| {
                    a.kind == ActorKind::Country && a.country.as_deref() == Some(code)
                })
            });
            return country.or(Some(owner));
        }
        if self.body.contains(head) {
            return owner();
        }
        None
    }

    fn resolve_pronoun(&self, ctx: &Ctx, at: Span, p: Agreement) -> Option<usize> {
        let (gender, plural) = (p.gender, p.plural);
        // "they" reaches back one sentence only; "he" and "she" a few more.
        let back = if plural { 1 } else { PRONOUN_SENTENCES };
        let i = sentence_of(ctx.sentences, at.start);
        let floor = ctx
            .sentences
            .get(i.saturating_sub(back))
            .map_or(0, |s| s.span.start);
        if !plural {
            // News keeps "he said" for the person already speaking: the last named speaker of
            // that gender wins over a person merely mentioned since.
            let i = ctx.speakers.partition_point(|&(p, _)| p < at.start);
            let speaker = ctx.speakers[..i]
                .iter()
                .rev()
                .take_while(|&&(p, _)| p >= floor)
                .map(|&(_, a)| a)
                .find(|&a| ctx.cast.agrees(a, gender));
            if speaker.is_some() {
                return speaker;
            }
        }
        // Else the subject of the sentence before, the most salient entity there ("Cyril
        // Ramaphosa was speaking at a news conference with X. "...," he said."), when it
        // agrees.
        // Sentences inside a quotation are the speaker's words, not the narrative: skip them.
        let prev_subject = (i.saturating_sub(PRONOUN_SENTENCES)..i)
            .rev()
            .map(|j| ctx.sentences[j])
            .find(|s| {
                // A sentence that opens with the quote mark is inside the quotation too.
                let at = s.span.start + 1;
                !in_quote(&ctx.quotes, Span::new(at, at))
            })
            .and_then(|s| ctx.reading.subject_between(s.span.start, s.span.end))
            .and_then(|np| np.head_actor)
            .filter(|&a| {
                let actor = &ctx.cast.actors[a];
                if plural {
                    actor.kind != ActorKind::Person || actor.anonymous
                } else {
                    actor.kind == ActorKind::Person && ctx.cast.agrees(a, gender)
                }
            });
        if prev_subject.is_some() {
            return prev_subject;
        }
        if plural {
            // "they": a country or organisation, or a group of unnamed officials.
            return ctx.cast.antecedent_where(at.start, floor, |a| {
                a.kind != ActorKind::Person || (a.anonymous && a.name.ends_with('s'))
            });
        }
        ctx.cast.antecedent(at.start, floor, gender, plural)
    }

    /// The speaker of the sentence part `lo..end`: its subject.
    fn sentence_subject(&self, ctx: &Ctx, lo: usize, end: usize) -> Option<usize> {
        let np = ctx.reading.subject_between(lo, end)?;
        self.speaker_of(ctx, np, None)
    }

    /// Reported speech: "X said (that) CLAUSE", "X told Y that CLAUSE" and "CLAUSE, X said".
    fn reported(&self, ctx: &Ctx, direct: &[Span], used_after: &[Span], out: &mut Vec<Statement>) {
        let text = ctx.text;
        // Reported clauses do not overlap: a cue inside an emitted clause is part of it.
        let mut consumed = 0usize;
        for (k, h) in ctx.hits.iter().enumerate() {
            if h.span.start < consumed {
                continue;
            }
            if self.cue(h) == Some(Cue::Prep) && !in_quote(&ctx.quotes, h.span) {
                if let Some(st) = self.according_to(ctx, h, direct, consumed) {
                    consumed = st.span.end.max(h.span.end);
                    out.push(st);
                }
                continue;
            }
            if self.cue(h).is_none_or(|c| !c.is_verb()) || in_quote(&ctx.quotes, h.span) {
                continue;
            }
            let s_ix = sentence_of(ctx.sentences, h.span.start);
            let Some(sent) = ctx
                .sentences
                .get(s_ix)
                .map(|s| s.span)
                .filter(|s| s.contains(h.span))
            else {
                continue;
            };
            if ctx.headline.get(s_ix).copied().unwrap_or(false) {
                continue;
            }
            let Some(cue) = ctx.verb(h) else {
                continue;
            };
            let after_quote = used_after
                .binary_search_by_key(&h.span.start, |s| s.start)
                .is_ok();
            let date_after = ctx
                .dates
                .get(ctx.dates.partition_point(|d| d.span.start < h.span.end))
                .filter(|d| {
                    d.span.start <= h.span.end + 4
                        && d.span.end <= sent.end
                        && between(text, h.span.end, d.span.start)
                            .split_whitespace()
                            .all(|w| w == "on" || w == "late" || w == "early")
                })
                .map(|d| d.span.end);
            let inverted = ctx.reading.inverted(h.span);
            if !after_quote && !inverted {
                if let Some(st) = self.clause_after(ctx, k, cue, sent, date_after, direct) {
                    consumed = st.span.end;
                    out.push(st);
                    continue;
                }
            }
            if let Some(st) =
                self.clause_before(ctx, h, sent, date_after, direct, consumed, inverted)
            {
                consumed = h.span.end;
                out.push(st);
            }
        }
    }

    /// "According to X, CLAUSE." and "CLAUSE, according to X.": the clause is X's, when X is
    /// an actor (or the issuer of a statement named there).
    fn according_to(
        &self,
        ctx: &Ctx,
        h: &Hit,
        direct: &[Span],
        consumed: usize,
    ) -> Option<Statement> {
        let text = ctx.text;
        let s_ix = sentence_of(ctx.sentences, h.span.start);
        let sent = ctx
            .sentences
            .get(s_ix)
            .map(|s| s.span)
            .filter(|s| s.contains(h.span))?;
        if ctx.headline.get(s_ix).copied().unwrap_or(false) {
            return None;
        }
        let np = ctx.reading.phrase_at(h.span.end)?;
        let speaker = self.speaker_of(ctx, np, None)?;
        // "According to X, CLAUSE." after at most a connective ("But", "However,"): words too
        // few to be a clause of their own, and no comma but the one that may close them.
        let lead = ctx
            .reading
            .words_between(sent.start, h.span.start, MIN_CLAUSE_WORDS);
        let comma = ctx
            .reading
            .mark_before(h.span.start)
            .filter(|&(c, _)| c == ',');
        let clause = if lead.count < MIN_CLAUSE_WORDS && lead.commas <= usize::from(comma.is_some())
        {
            Span::new(ctx.reading.after_comma(np.span.end)?, sent.end)
        } else {
            // "CLAUSE, according to X." with at most a few words or a relative clause about X
            // after it ("according to a senior official who was involved").
            if short_tail(ctx, np.span.end, sent.end).is_none()
                && ctx.reading.punct_after(np.span.end) != Some(',')
                && !ctx.reading.relative_at(np.span.end)
            {
                return None;
            }
            Span::new(sent.start, comma?.1.start)
        };
        if clause.start < consumed {
            return None;
        }
        let body = between(text, clause.start, clause.end)
            .trim_end_matches(['.', '!', '?', ' ', ',', ';', ':', '\n']);
        if word_count(body, MIN_CLAUSE_WORDS) < MIN_CLAUSE_WORDS
            || body.len() > MAX_CLAUSE_BYTES
            || overlaps(direct, Span::new(clause.start, clause.start + body.len()))
            || !quotes_inside(
                &ctx.quotes,
                Span::new(clause.start, clause.start + body.len()),
            )
        {
            return None;
        }
        let span = Span::new(clause.start, clause.start + body.len());
        Some(Statement {
            speaker: Some(ctx.cast.actors[speaker].id.clone()),
            kind: StatementKind::Indirect,
            text: body.to_string(),
            span,
            cue: Some(Excerpt::new(text, h.span)),
            date: date_near(text, &ctx.dates, h.span, sent),
        })
    }

    /// "X said (that) CLAUSE", "X told reporters CLAUSE", "X told Y that CLAUSE": the clause
    /// starts where the clause layer reads the cue's complement.
    fn clause_after(
        &self,
        ctx: &Ctx,
        k: usize,
        cue: Cue,
        sent: Span,
        date_after: Option<usize>,
        direct: &[Span],
    ) -> Option<Statement> {
        let text = ctx.text;
        let h = &ctx.hits[k];
        let verb = Span::new(h.span.start, date_after.unwrap_or(h.span.end));
        let complement = ctx.reading.complement(verb, cue == Cue::Tell)?;
        // "added 146,000 jobs", "announced new sanctions": an object, not a clause.
        if cue == Cue::ObjectVerb && !complement.finite {
            return None;
        }
        let start = complement.start;
        if start >= sent.end {
            return None;
        }
        // Stop where a direct quote starts, and before a second frame ("..., but Austin told").
        let mut end = sent.end;
        let d = direct.partition_point(|s| s.end <= start);
        if let Some(q) = direct.get(d).filter(|q| q.start < end) {
            if q.start <= start {
                return None;
            }
            end = q.start;
        }
        let j = ctx.hits[k + 1..].partition_point(|x| x.span.start < start) + k + 1;
        let frame_end = end.min(start + FRAME_WINDOW);
        if let Some(next) = ctx.hits[j..]
            .iter()
            .take_while(|x| x.span.start < frame_end)
            .find(|x| ctx.verb(x).is_some())
        {
            // The last "; ", ", but", ", while" before it.
            if let Some(c) = ctx.reading.last_clause_join(start, next.span.start) {
                end = c;
            }
        }
        let clause = between(text, start, end)
            .trim_end_matches(['.', '!', '?', ' ', ',', ':', ';', '\n'])
            .trim_end_matches([' ', ',', ':', '-', '\u{2013}', '\u{2014}']);
        if word_count(clause, MIN_CLAUSE_WORDS) < MIN_CLAUSE_WORDS {
            return None;
        }
        let speaker = self.subject_before(ctx, h, sent.start)?;
        let span = Span::new(start, start + clause.len());
        Some(Statement {
            speaker: Some(ctx.cast.actors[speaker].id.clone()),
            kind: StatementKind::Indirect,
            text: clause.to_string(),
            span,
            cue: Some(Excerpt::new(text, h.span)),
            date: date_near(text, &ctx.dates, h.span, sent),
        })
    }

    /// "CLAUSE, X said." and "CLAUSE, X told Y."
    #[allow(clippy::too_many_arguments)]
    fn clause_before(
        &self,
        ctx: &Ctx,
        h: &Hit,
        sent: Span,
        date_after: Option<usize>,
        direct: &[Span],
        consumed: usize,
        inverted: bool,
    ) -> Option<Statement> {
        let text = ctx.text;
        if consumed > sent.start {
            return None;
        }
        let from = date_after.unwrap_or(h.span.end);
        let tail_ok = inverted
            || ctx.reading.punct_after(from) == Some(',')
            || short_tail(ctx, from, sent.end).is_some_and(|t| t.commas == 0 && !t.quote);
        if !tail_ok {
            return None;
        }
        // The clause ends at the comma right before the frame: before the subject phrase
        // ("CLAUSE, the ministry said") or before the verb of an inverted frame ("CLAUSE, said
        // the ministry"). A description before a named apposition ("Spokesman for X, Jane
        // Doe, said") is no clause: the subject phrase starts there.
        let f = ctx.reading.frame(h.span)?;
        if !matches!(f.shape, Shape::Plain | Shape::Inverted | Shape::QuotedAs) {
            return None;
        }
        // The comma may stand inside the closing mark of a partial quote ending the clause
        // (`and discussed "issues between the countries," Kishida said`): the clause keeps it.
        let clause_end = match ctx.reading.mark_before(f.start)? {
            (',', comma) => comma.start,
            ('"' | '\u{201D}', mark) if ctx.reading.punct_before(mark.start) == Some(',') => {
                mark.end
            }
            _ => return None,
        };
        if clause_end <= sent.start
            || matches!(
                ctx.reading.punct_after(sent.start),
                Some('"' | '\u{201C}' | '\'' | '\u{2018}')
            )
        {
            return None;
        }
        let clause = between(text, sent.start, clause_end);
        // "Speaking at an event in Brasilia, X said": an introductory phrase, not a clause;
        // "Spokesman for the ministry, X said": a description.
        if ctx.reading.participle_at(sent.start)
            || ctx.reading.is_noun_phrase(sent.start, clause_end)
        {
            return None;
        }
        if clause.len() > MAX_CLAUSE_BYTES
            || word_count(clause, MIN_CLAUSE_WORDS) < MIN_CLAUSE_WORDS
            || overlaps(direct, Span::new(sent.start, clause_end))
            || !quotes_inside(&ctx.quotes, Span::new(sent.start, clause_end))
        {
            return None;
        }
        let speaker = self.subject_before(ctx, h, clause_end)?;
        Some(Statement {
            speaker: Some(ctx.cast.actors[speaker].id.clone()),
            kind: StatementKind::Indirect,
            text: clause.to_string(),
            span: Span::new(sent.start, clause_end),
            cue: Some(Excerpt::new(text, h.span)),
            date: date_near(text, &ctx.dates, h.span, sent),
        })
    }
}

/// The words from `from` to `to` when they are few enough to close a sentence after a cue
/// ("said [on Friday].", "told [reporters in Washington].").
fn short_tail(ctx: &Ctx, from: usize, to: usize) -> Option<Words> {
    Some(ctx.reading.words_between(from, to, MAX_TAIL_WORDS)).filter(|t| t.count <= MAX_TAIL_WORDS)
}

/// The country actor a demonym inside `span` names ("the Burundian government").
fn demonym_in(ctx: &Ctx, span: Span) -> Option<usize> {
    let k = ctx.hits.partition_point(|h| h.span.start < span.start);
    ctx.hits[k..]
        .iter()
        .take_while(|h| h.span.start < span.end)
        .find_map(|h| match h.tag {
            Tag::Entry {
                entry,
                form: Form::Demonym,
            } => ctx.cast.demonyms.get(&entry).copied(),
            _ => None,
        })
}

/// Whether every word of a quotation is capitalised: a title ("The Art of War"), not speech.
fn is_title(content: &str, small: &WordList) -> bool {
    let mut n = 0;
    for w in content.split_whitespace() {
        n += 1;
        let small = w.starts_with(|c: char| c.is_ascii_lowercase()) && small.contains(w);
        if !small && !w.starts_with(|c: char| c.is_uppercase() || c.is_numeric()) {
            return false;
        }
        if n > 12 {
            return false;
        }
    }
    n > 1
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
    let i = quotes.partition_point(|q| q.outer.end <= span.start);
    quotes[i..]
        .iter()
        .take_while(|q| q.outer.start < span.end)
        .all(|q| span.start <= q.outer.start && q.outer.end <= span.end)
}

/// Whether `span` lies inside a quotation (marks included).
fn in_quote(quotes: &[Quotation], span: Span) -> bool {
    let i = quotes.partition_point(|q| q.outer.end <= span.start);
    quotes
        .get(i)
        .is_some_and(|q| q.outer.start < span.start && span.end <= q.outer.end)
}

/// The index of the sentence holding byte `pos` (or the last one before it).
fn sentence_of(sentences: &[Sentence], pos: usize) -> usize {
    sentences
        .partition_point(|s| s.span.end <= pos)
        .min(sentences.len().saturating_sub(1))
}

/// The span of the sentence holding byte `pos` (the whole text when there are none).
fn sentence_span(ctx: &Ctx, pos: usize) -> Span {
    ctx.sentences
        .get(sentence_of(ctx.sentences, pos))
        .map_or(Span::new(0, ctx.text.len()), |s| s.span)
}

/// Per sentence: whether it is a headline or caption, alone in its paragraph with no closing
/// punctuation.
fn headlines(text: &str, sentences: &[Sentence]) -> Vec<bool> {
    (0..sentences.len())
        .map(|i| {
            let s = sentences[i];
            let alone = i
                .checked_sub(1)
                .and_then(|p| sentences.get(p))
                .map(|p| p.paragraph)
                != Some(s.paragraph)
                && sentences.get(i + 1).map(|n| n.paragraph) != Some(s.paragraph);
            let body = between(text, s.span.start, s.span.end);
            alone
                && !body.ends_with([
                    '.', '!', '?', '"', '\'', '\u{201D}', '\u{2019}', ':', ')', '\u{2026}',
                ])
        })
        .collect()
}

/// The date attached to a cue in its sentence: right after it ("said on Saturday") or right
/// before it ("on Friday emphasized").
fn date_near(text: &str, dates: &[&Date], cue: Span, sentence: Span) -> Option<Date> {
    // A comma between them puts the date in another phrase ("came to office last year, said").
    let apart = |a: usize, b: usize| contains_any(between(text, a, b), [',', ';', '(', ')']);
    let i = dates.partition_point(|d| d.span.start < cue.end);
    let after = dates.get(i).filter(|d| {
        d.span.start <= cue.end + 5 && d.span.end <= sentence.end && !apart(cue.end, d.span.start)
    });
    let before = || {
        let j = dates.partition_point(|d| d.span.start < cue.start);
        dates[..j].iter().rev().take(4).find(|d| {
            d.span.end <= cue.start
                && d.span.end + 5 >= cue.start
                && d.span.start >= sentence.start
                && !apart(d.span.end, cue.start)
        })
    };
    after.or_else(before).map(|d| (*d).clone())
}

/// Pairs quote marks into quotations, paragraph by paragraph.
fn pair_quotes(text: &str, marks: &[QuoteMark], sentences: &[Sentence]) -> Vec<Quotation> {
    if marks.is_empty() {
        return Vec::new();
    }
    // Per sentence: the end of its paragraph and the start of its paragraph's first sentence.
    let n = sentences.len();
    let mut para_end = vec![text.len(); n];
    let mut para_first = vec![0usize; n];
    for i in (0..n).rev() {
        para_end[i] = match sentences.get(i + 1) {
            Some(s) if s.paragraph == sentences[i].paragraph => para_end[i + 1],
            _ => sentences[i].span.end,
        };
    }
    for i in 0..n {
        para_first[i] = match i.checked_sub(1) {
            Some(p) if sentences[p].paragraph == sentences[i].paragraph => para_first[p],
            _ => sentences[i].span.start,
        };
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < marks.len() {
        let open = marks[i];
        i += 1;
        let opens = match open.kind() {
            QuoteKind::Open => true,
            QuoteKind::Straight => {
                // An opening straight quote is glued to the word after it, not to one before:
                // `," he said` closes, ` "We` opens.
                !between(text, 0, open.pos()).ends_with(|c: char| c.is_alphanumeric())
                    && between(text, open.pos() + 1, text.len())
                        .starts_with(|c: char| !c.is_whitespace())
            }
            _ => false,
        };
        if !opens {
            continue;
        }
        let si = sentence_of(sentences, open.pos());
        let pend = para_end
            .get(si)
            .copied()
            .unwrap_or(text.len())
            .max(open.pos() + open.kind().len());
        let cstart = open.pos() + open.kind().len();
        let mut close = None;
        let mut j = i;
        while j < marks.len() && marks[j].pos() < pend {
            let m = marks[j];
            let fits = matches!(
                (open.kind(), m.kind()),
                (QuoteKind::Open, QuoteKind::Close | QuoteKind::Straight)
                    | (QuoteKind::Straight, QuoteKind::Straight | QuoteKind::Close)
            );
            if fits {
                close = Some(j);
                break;
            }
            if open.kind() == QuoteKind::Open && m.kind() == QuoteKind::Open {
                break;
            }
            j += 1;
        }
        if close.is_none() && open.kind() == QuoteKind::Straight {
            // A mismatched close: `"essential'` — a single quote after a word, before a space.
            close = (i..marks.len())
                .take_while(|&j| marks[j].pos() < pend)
                .find(|&j| {
                    let m = marks[j];
                    matches!(m.kind(), QuoteKind::SingleStraight | QuoteKind::SingleClose)
                        && between(text, 0, m.pos()).ends_with(|c: char| c.is_alphanumeric())
                        && !between(text, m.pos() + m.kind().len(), text.len())
                            .starts_with(|c: char| c.is_alphanumeric())
                });
        }
        let (cend, oend) = match close {
            Some(j) => {
                i = j + 1;
                (marks[j].pos(), marks[j].pos() + marks[j].kind().len())
            }
            None => {
                while i < marks.len() && marks[i].pos() < pend {
                    i += 1;
                }
                (pend, pend)
            }
        };
        if cend <= cstart {
            continue;
        }
        let raw = between(text, cstart, cend);
        let lead = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            continue;
        }
        let end_sent = sentence_of(sentences, oend.saturating_sub(1));
        out.push(Quotation {
            content: Span::new(cstart + lead, cstart + lead + trimmed.len()),
            outer: Span::new(open.pos(), oend),
            paragraph_start: para_first.get(si) == Some(&open.pos()),
            closed: close.is_some(),
            sent: si,
            end_sent,
        });
    }
    out
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
