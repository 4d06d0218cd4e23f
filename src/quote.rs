//! Statements: direct quotes and reported speech, with their speakers.
//!
//! This module owns who said what. It pairs the scan's quote marks into quotations (straight,
//! curly and mismatched pairs such as `"essential'`; an unclosed quote runs to the end of its
//! paragraph), finds the speech cue of each ("said", "told", "according to") after or before it
//! in its sentence, and takes the speaker from the cue's frame: a named actor, a pronoun resolved
//! to the nearest compatible actor, or an unnamed source. A quotation with no cue of its own
//! continues the previous quotation's speaker. Short quotations inside a sentence (scare quotes,
//! titles) are not statements. A cue outside any quotation gives reported speech: "X said (that)
//! CLAUSE" and "CLAUSE, X said".

use crate::gazetteer::Gender;
use crate::lexicon::Lexicon;
use crate::model::{Date, Excerpt, Span, Statement, StatementKind};
use crate::resolve::Cast;
use crate::scan::{Hit, QuoteKind, QuoteMark, Scan, Tag};
use crate::segment::Sentence;

/// A quotation shorter than this many words, inside a sentence, is a scare quote or a title.
const MIN_QUOTE_WORDS: usize = 5;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    Verb,
    Prep,
    Noun,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pronoun {
    Male,
    Female,
    Plural,
}

/// The statement detector: which lexicon rows are speech cues and pronouns.
#[derive(Clone, Debug)]
pub(crate) struct Quotes {
    cues: Vec<Option<Cue>>,
    pronouns: Vec<Option<Pronoun>>,
}

/// A paired quotation: the content span (without marks) and the span with its marks.
#[derive(Clone, Copy, Debug)]
struct Quotation {
    content: Span,
    outer: Span,
    paragraph_start: bool,
}

impl Quotes {
    pub(crate) fn new(lex: &Lexicon) -> Quotes {
        let cues = lex
            .rows
            .iter()
            .map(|r| match (r.class.as_str(), r.tag.as_str()) {
                ("speech", "verb") => Some(Cue::Verb),
                ("speech", "prep") => Some(Cue::Prep),
                ("speech", "noun") => Some(Cue::Noun),
                _ => None,
            })
            .collect();
        let pronouns = lex
            .rows
            .iter()
            .map(|r| match (r.class.as_str(), r.tag.as_str()) {
                ("pronoun", "m") => Some(Pronoun::Male),
                ("pronoun", "f") => Some(Pronoun::Female),
                ("pronoun", "plural") => Some(Pronoun::Plural),
                _ => None,
            })
            .collect();
        Quotes { cues, pronouns }
    }

    fn cue(&self, h: &Hit) -> Option<Cue> {
        match h.tag {
            Tag::Word(i) => self.cues[usize::from(i)],
            _ => None,
        }
    }

    fn pronoun(&self, h: &Hit) -> Option<Pronoun> {
        match h.tag {
            Tag::Word(i) => self.pronouns[usize::from(i)],
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
    ) -> Vec<Statement> {
        let quotes = pair_quotes(text, &scan.quotes, sentences);
        let mut out = Vec::new();
        let mut last_speaker: Option<(usize, u32)> = None;
        let hits = &scan.hits;
        for q in &quotes {
            let words = text[q.content.range()].split_whitespace().count();
            let sent_ix = sentence_of(sentences, q.outer.start);
            let sent = sentences
                .get(sent_ix)
                .map_or(Span::new(0, text.len()), |s| s.span);
            let para = sentences.get(sent_ix).map_or(0, |s| s.paragraph);
            // Context after the quote: up to the end of the sentence holding its close.
            let end_ix = sentence_of(sentences, q.outer.end.saturating_sub(1));
            let after_end = sentences
                .get(end_ix)
                .map_or(text.len(), |s| s.span.end)
                .max(q.outer.end);
            let after = Span::new(q.outer.end, after_end);
            let before = Span::new(sent.start.min(q.outer.start), q.outer.start);
            let found = self
                .attribution_after(text, hits, after, cast)
                .or_else(|| self.attribution_before(text, hits, before, cast));
            let standalone = q.paragraph_start || found.is_some();
            if words < MIN_QUOTE_WORDS && !(standalone && found.is_some()) {
                continue;
            }
            let (speaker, cue) = match found {
                Some((speaker, cue)) => (speaker, Some(cue)),
                None if q.paragraph_start => (
                    last_speaker.filter(|&(_, p)| p + 1 >= para).map(|(a, _)| a),
                    None,
                ),
                None => (None, None),
            };
            if !q.paragraph_start && found.is_none() {
                continue;
            }
            if let Some(s) = speaker {
                last_speaker = Some((s, para));
            }
            let date = cue.and_then(|c| date_near(dates, c, sent));
            out.push(Statement {
                speaker: speaker.map(|a| cast.actors[a].id.clone()),
                kind: StatementKind::Direct,
                text: text[q.content.range()].to_string(),
                span: q.content,
                cue: cue.map(|c| Excerpt::new(text, c)),
                date,
            });
        }
        self.reported(text, hits, sentences, cast, dates, &quotes, &mut out);
        out.sort_by_key(|s| s.span.start);
        out
    }

    /// `," Blinken said`, `," he said`, `," said Blinken`, `," the statement said`.
    fn attribution_after(
        &self,
        text: &str,
        hits: &[Hit],
        after: Span,
        cast: &Cast,
    ) -> Option<(Option<usize>, Span)> {
        let head = &text[after.range()];
        let lead = head.trim_start_matches([' ', ',']);
        if lead.len() == head.len()
            && !head.is_empty()
            && !head.starts_with(['\n'])
            && !lead.starts_with(|c: char| c.is_alphabetic())
        {
            return None;
        }
        let i = hits.partition_point(|h| h.span.start < after.start);
        // The cue must come within a few words.
        let window = Span::new(after.start, (after.start + 60).min(after.end));
        let cue_hit = hits[i..]
            .iter()
            .take_while(|h| h.span.start < window.end)
            .find(|h| self.cue(h) == Some(Cue::Verb) || self.cue(h) == Some(Cue::Prep))?;
        let cue = cue_hit.span;
        // Speaker between the quote and the cue, or right after an inverted cue.
        let between = Span::new(after.start, cue.start);
        let speaker = self
            .subject_in(text, hits, between, cast, after.start)
            .or_else(|| {
                let inv = Span::new(cue.end, (cue.end + 40).min(after.end));
                cast.within(inv).first().map(|m| m.actor)
            });
        Some((speaker, cue))
    }

    /// `Blinken said: "..."`, `He added: "..."`, `A Chinese spokeswoman said "..."`.
    fn attribution_before(
        &self,
        text: &str,
        hits: &[Hit],
        before: Span,
        cast: &Cast,
    ) -> Option<(Option<usize>, Span)> {
        let a = hits.partition_point(|h| h.span.start < before.start);
        let b = hits.partition_point(|h| h.span.start < before.end);
        let cue_hit = hits[a..b]
            .iter()
            .rev()
            .find(|h| self.cue(h) == Some(Cue::Verb))?;
        let cue = cue_hit.span;
        // The cue must be close to the quote: only a few words between.
        let gap = &text[cue.end..before.end];
        if gap.split_whitespace().count() > 6 {
            return None;
        }
        let speaker = self.subject_in(
            text,
            hits,
            Span::new(before.start, cue.start),
            cast,
            before.start,
        );
        Some((speaker, cue))
    }

    /// The nearest actor or pronoun in `span` (nearest to its end): the cue's subject.
    fn subject_in(
        &self,
        text: &str,
        hits: &[Hit],
        span: Span,
        cast: &Cast,
        floor: usize,
    ) -> Option<usize> {
        let _ = text;
        let ments = cast.within(span);
        let a = hits.partition_point(|h| h.span.start < span.start);
        let b = hits.partition_point(|h| h.span.start < span.end);
        let pronoun = hits[a..b]
            .iter()
            .rev()
            .find_map(|h| self.pronoun(h).map(|p| (h.span, p)));
        let mention = ments.last();
        match (mention, pronoun) {
            (Some(m), Some((ps, _))) if m.span.start > ps.start => Some(m.actor),
            (_, Some((ps, p))) => {
                let _ = floor;
                let (gender, plural) = match p {
                    Pronoun::Male => (Some(Gender::Male), false),
                    Pronoun::Female => (Some(Gender::Female), false),
                    Pronoun::Plural => (None, true),
                };
                cast.antecedent(ps.start, 0, gender, plural)
            }
            (Some(m), None) => Some(m.actor),
            (None, None) => None,
        }
    }

    /// Reported speech: "X said (that) CLAUSE" and "CLAUSE, X said".
    #[allow(clippy::too_many_arguments)]
    fn reported(
        &self,
        text: &str,
        hits: &[Hit],
        sentences: &[Sentence],
        cast: &Cast,
        dates: &[Date],
        quotes: &[Quotation],
        out: &mut Vec<Statement>,
    ) {
        let used: Vec<Span> = out
            .iter()
            .filter_map(|s| s.cue.as_ref().map(Excerpt::span))
            .collect();
        for h in hits {
            if self.cue(h) != Some(Cue::Verb) || used.contains(&h.span) {
                continue;
            }
            if quotes.iter().any(|q| q.outer.contains(h.span)) {
                continue;
            }
            let s_ix = sentence_of(sentences, h.span.start);
            let Some(sent) = sentences
                .get(s_ix)
                .map(|s| s.span)
                .filter(|s| s.contains(h.span))
            else {
                continue;
            };
            // "X said (that) CLAUSE"
            let mut start = h.span.end;
            let rest = &text[start..sent.end];
            let skip_date = dates
                .iter()
                .find(|d| {
                    d.span.start >= start && d.span.start <= start + 4 && d.span.end <= sent.end
                })
                .map(|d| d.span.end);
            if let Some(e) = skip_date {
                start = e;
            }
            let mut clause = text[start..sent.end].trim_start_matches([' ', ',', ':']);
            if let Some(c) = clause.strip_prefix("that ") {
                clause = c;
            }
            let cstart = sent.end - clause.len();
            let clause = clause.trim_end_matches(['.', '!', '?', ' ']);
            let speaker = self.subject_in(
                text,
                hits,
                Span::new(sent.start, h.span.start),
                cast,
                sent.start,
            );
            let starts_quote = clause.starts_with(['"', '\u{201C}']);
            if speaker.is_some()
                && !starts_quote
                && clause.split_whitespace().count() >= 3
                && !rest.starts_with(',')
            {
                let span = Span::new(cstart, cstart + clause.len());
                out.push(Statement {
                    speaker: speaker.map(|a| cast.actors[a].id.clone()),
                    kind: StatementKind::Indirect,
                    text: text[span.range()].to_string(),
                    span,
                    cue: Some(Excerpt::new(text, h.span)),
                    date: date_near(dates, h.span, sent),
                });
                continue;
            }
            // "CLAUSE, X said."
            let tail = text[h.span.end..sent.end].trim_start();
            let tail_ok = tail.is_empty()
                || tail.starts_with(['.', ','])
                || skip_date.is_some_and(|e| text[e..sent.end].trim().len() <= 1);
            if let Some(comma) = text[sent.start..h.span.start].rfind(", ") {
                let clause_end = sent.start + comma;
                let speaker = self.subject_in(
                    text,
                    hits,
                    Span::new(clause_end, h.span.start),
                    cast,
                    clause_end,
                );
                let clause = &text[sent.start..clause_end];
                if tail_ok
                    && speaker.is_some()
                    && clause.split_whitespace().count() >= 3
                    && !clause.contains(['"', '\u{201C}', '\u{201D}'])
                {
                    let span = Span::new(sent.start, clause_end);
                    out.push(Statement {
                        speaker: speaker.map(|a| cast.actors[a].id.clone()),
                        kind: StatementKind::Indirect,
                        text: clause.to_string(),
                        span,
                        cue: Some(Excerpt::new(text, h.span)),
                        date: date_near(dates, h.span, sent),
                    });
                }
            }
        }
    }
}

/// The index of the sentence holding byte `pos` (or the last one before it).
fn sentence_of(sentences: &[Sentence], pos: usize) -> usize {
    sentences
        .partition_point(|s| s.span.end <= pos)
        .min(sentences.len().saturating_sub(1))
}

/// The date right after a cue in its sentence ("said on Saturday").
fn date_near(dates: &[Date], cue: Span, sentence: Span) -> Option<Date> {
    dates
        .iter()
        .find(|d| {
            d.span.start >= cue.end && d.span.start <= cue.end + 5 && d.span.end <= sentence.end
        })
        .or_else(|| {
            dates.iter().find(|d| {
                d.span.end <= cue.start
                    && d.span.end + 5 >= cue.start
                    && d.span.start >= sentence.start
            })
        })
        .cloned()
}

/// Pairs quote marks into quotations, paragraph by paragraph.
fn pair_quotes(text: &str, marks: &[QuoteMark], sentences: &[Sentence]) -> Vec<Quotation> {
    let mut out = Vec::new();
    let para_end = |pos: usize| -> usize {
        let i = sentence_of(sentences, pos);
        let p = sentences.get(i).map(|s| s.paragraph);
        sentences[i..]
            .iter()
            .take_while(|s| Some(s.paragraph) == p)
            .last()
            .map_or(text.len(), |s| s.span.end)
    };
    let para_start = |pos: usize| -> bool {
        let i = sentence_of(sentences, pos);
        let Some(s) = sentences.get(i) else {
            return true;
        };
        let first = sentences[..=i]
            .iter()
            .rev()
            .take_while(|x| x.paragraph == s.paragraph)
            .last()
            .unwrap_or(s);
        text[first.span.start..pos].trim().is_empty()
    };
    let mut i = 0;
    while i < marks.len() {
        let open = marks[i];
        i += 1;
        let opens = match open.kind {
            QuoteKind::Open => true,
            QuoteKind::Straight => {
                // An opening straight quote is not glued to a preceding word.
                !text[..open.pos].ends_with(|c: char| c.is_alphanumeric())
            }
            _ => false,
        };
        if !opens {
            continue;
        }
        let pend = para_end(open.pos).max(open.pos + open.kind.len());
        let cstart = open.pos + open.kind.len();
        let mut close = None;
        let mut j = i;
        while j < marks.len() && marks[j].pos < pend {
            let m = marks[j];
            let fits = matches!(
                (open.kind, m.kind),
                (QuoteKind::Open, QuoteKind::Close | QuoteKind::Straight)
                    | (QuoteKind::Straight, QuoteKind::Straight | QuoteKind::Close)
            );
            if fits {
                close = Some(j);
                break;
            }
            if open.kind == QuoteKind::Open && m.kind == QuoteKind::Open {
                break;
            }
            j += 1;
        }
        if close.is_none() && open.kind == QuoteKind::Straight {
            // A mismatched close: `"essential'` — a single quote after a word, before a space.
            close = (i..marks.len())
                .take_while(|&j| marks[j].pos < pend)
                .find(|&j| {
                    let m = marks[j];
                    matches!(m.kind, QuoteKind::SingleStraight | QuoteKind::SingleClose)
                        && text[..m.pos].ends_with(|c: char| c.is_alphanumeric())
                        && !text[m.pos + m.kind.len()..].starts_with(|c: char| c.is_alphanumeric())
                });
        }
        let (cend, oend) = match close {
            Some(j) => {
                i = j + 1;
                (marks[j].pos, marks[j].pos + marks[j].kind.len())
            }
            None => {
                while i < marks.len() && marks[i].pos < pend {
                    i += 1;
                }
                (pend, pend)
            }
        };
        if cend <= cstart {
            continue;
        }
        let raw = &text[cstart..cend];
        let lead = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            continue;
        }
        out.push(Quotation {
            content: Span::new(cstart + lead, cstart + lead + trimmed.len()),
            outer: Span::new(open.pos, oend),
            paragraph_start: para_start(open.pos),
        });
    }
    out
}
