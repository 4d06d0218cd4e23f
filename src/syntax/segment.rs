//! Sentence and paragraph segmentation at candidate positions.
//!
//! This module owns where sentences end. The scan hands it the offsets of `.`, `!`, `?` and
//! newlines (found with memchr); only there does it look at the text: a newline ends a paragraph,
//! and a terminator ends a sentence when the Unicode sentence rules (UAX #29, run on a small
//! window around the candidate) put a boundary after it and the word before it is not an
//! abbreviation ("U.S.", "Gen.", "Jan. 14", "Lloyd J. Austin"). Running UAX #29 only at
//! candidates keeps segmentation far cheaper than a full pass over every byte.

use unicode_segmentation::UnicodeSegmentation;

use crate::knowledge::lexicon::Lexicon;
use crate::model::Span;
use crate::util::{ceil_boundary, floor_boundary, window_after, window_before, FxMap, FxSet};

/// A sentence: its trimmed span and the index of its paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub(crate) span: Span,
    pub(crate) paragraph: u32,
}

/// Abbreviations that do not end a sentence, by kind.
#[derive(Clone, Debug, Default)]
pub(crate) struct Abbreviations {
    /// Each title, month or other abbreviation and its kinds (one bit each: [`TITLE`],
    /// [`MONTH`], [`OTHER`]): one look-up for the word before a full stop.
    kinds: FxMap<String, u8>,
    /// Sentence-opening words: after one, an `other` abbreviation ends its sentence.
    opener: FxSet<String>,
    /// The longest title, month or other abbreviation, in bytes (at least 4, an initial's most).
    longest: usize,
}

/// Kinds of abbreviation ("Gen.", "Jan.", "U.S.").
const TITLE: u8 = 1;
const MONTH: u8 = 2;
const OTHER: u8 = 4;

impl Abbreviations {
    pub(crate) fn from_lexicon(lex: &Lexicon) -> Abbreviations {
        let mut a = Abbreviations::default();
        for row in lex.rows.iter().filter(|r| r.class == "abbrev") {
            let kind = match row.tag.as_str() {
                "title" => TITLE,
                "month" => MONTH,
                "opener" => {
                    a.opener.extend(row.forms.iter().cloned());
                    continue;
                }
                _ => OTHER,
            };
            for f in &row.forms {
                *a.kinds.entry(f.clone()).or_default() |= kind;
            }
        }
        a.longest = a
            .kinds
            .keys()
            .map(String::len)
            .chain([4])
            .max()
            .unwrap_or(4);
        a
    }
}

/// How far around a candidate the UAX #29 check looks, in bytes.
const WINDOW: usize = 24;
/// How far into a paragraph a dateline may run, in bytes.
const DATELINE_MAX: usize = 60;
/// How far back from a `.` the abbreviation check looks, in bytes.
const LOOKBACK: usize = 24;

/// Whether the sentence at `span` is a Title Case headline: no closing punctuation, and at
/// least three of its first words of four letters or more, three in four of them capitalised.
pub(crate) fn title_case(text: &str, span: Span) -> bool {
    let body = text.get(span.range()).unwrap_or("");
    // A headline has no closing punctuation.
    if body
        .trim_end()
        .ends_with(['.', '!', '?', '"', '\u{201D}', ':', ')'])
    {
        return false;
    }
    let (mut words, mut caps) = (0, 0);
    for w in body.split_whitespace().take(12) {
        if w.len() < 4 {
            continue;
        }
        words += 1;
        if w.chars().next().is_some_and(char::is_uppercase) {
            caps += 1;
        }
    }
    words >= 3 && caps * 4 >= words * 3
}

/// Splits `text` into sentences at the candidate offsets `stops` (sorted).
pub(crate) fn sentences(text: &str, stops: &[usize], abbr: &Abbreviations) -> Vec<Sentence> {
    let mut out = Vec::new();
    sentences_into(text, stops, abbr, &mut out);
    out
}

/// [`sentences`] into `out` (cleared first): a caller that splits article after article
/// reuses one vector.
pub(crate) fn sentences_into(
    text: &str,
    stops: &[usize],
    abbr: &Abbreviations,
    out: &mut Vec<Sentence>,
) {
    out.clear();
    // Most candidates end a sentence, but a sentence holds some words: text made of
    // punctuation ("....", blank lines) has far more candidates than sentences, and reserving
    // one per candidate would cost 24 bytes per byte of it.
    out.reserve(stops.len().min(text.len() / 24) + 1);
    let mut start = 0;
    let mut paragraph = 0u32;
    let b = text.as_bytes();
    let mut i = 0;
    while i < stops.len() {
        let p = stops[i];
        i += 1;
        if p < start {
            continue;
        }
        if b[p] == b'\n' {
            push(text, Span::new(start, p), paragraph, out);
            start = p + 1;
            // A blank line or any newline starts a new paragraph.
            paragraph += 1;
            continue;
        }
        // Extend over a run of terminators and closing quotes/brackets: `?!`, `."`, `.)`, `.”`.
        let mut end = p + 1;
        loop {
            let rest = &text[end..];
            let c = rest.chars().next();
            match c {
                Some('.' | '!' | '?' | '"' | '\'' | ')' | ']' | '\u{201D}' | '\u{2019}') => {
                    end += c.map_or(1, char::len_utf8)
                }
                _ => break,
            }
        }
        while i < stops.len() && stops[i] < end {
            i += 1;
        }
        if b[p] == b'.' && is_abbreviation(text, p, abbr) {
            continue;
        }
        if !uax29_boundary(text, p, end) {
            continue;
        }
        push(text, Span::new(start, end), paragraph, out);
        start = end;
    }
    push(text, Span::new(start, text.len()), paragraph, out);
}

fn push(text: &str, span: Span, paragraph: u32, out: &mut Vec<Sentence>) {
    let s = &text[span.range()];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if trimmed.is_empty() {
        return;
    }
    let mut start = span.start + lead;
    let end = start + trimmed.len();
    // A paragraph's first sentence may open with a dateline, which is not part of it.
    if out.last().is_none_or(|p| p.paragraph != paragraph) {
        start += dateline_len(trimmed)
            .filter(|&n| start + n < end)
            .unwrap_or(0);
    }
    out.push(Sentence {
        span: Span::new(start, end),
        paragraph,
    });
}

/// How far a dateline runs at the start of `s`, through the dash and the space after it:
/// "WASHINGTON –", "ISTANBUL (AA) – ", "WASHINGTON, June 16 (Reuters) - ". A dateline opens with
/// a place in capitals and ends at a spaced dash within a few words.
fn dateline_len(s: &str) -> Option<usize> {
    // Its first word is two capitals or more: an ASCII byte that is not one, among the first
    // two, refuses it ("The", "A ").
    let b = s.as_bytes();
    if b.iter()
        .take(2)
        .any(|c| c.is_ascii() && !c.is_ascii_uppercase())
    {
        return None;
    }
    let first = s.split(|c: char| !c.is_alphabetic()).next()?;
    if first.chars().count() < 2 || !first.chars().all(|c| c.is_uppercase()) {
        return None;
    }
    let head = &s[..floor_boundary(s, DATELINE_MAX)];
    let (i, dash) = [" - ", " \u{2013} ", " \u{2014} ", " -- "]
        .iter()
        .filter_map(|d| head.find(d).map(|i| (i, d.len())))
        .min()?;
    // No sentence inside a dateline.
    if head[..i].contains(['.', '!', '?', '"', '\u{201C}']) && !head[..i].contains('(') {
        return None;
    }
    Some(i + dash)
}

/// Whether UAX #29 puts a sentence boundary between `end` and the next non-space character.
fn uax29_boundary(text: &str, p: usize, end: usize) -> bool {
    let lo = floor_boundary(text, p.saturating_sub(WINDOW));
    let hi = ceil_boundary(text, end + WINDOW);
    let rest = &text[end..hi];
    let next = end + (rest.len() - rest.trim_start().len());
    if next >= text.len() {
        return true;
    }
    // `"Go!" he said.`: a lower-case continuation never starts a sentence.
    if text[next..].starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    // "3.5", "U.S": a terminator glued to a letter or digit never ends a sentence.
    if next == end && text[next..].starts_with(char::is_alphanumeric) {
        return false;
    }
    // The common case, where UAX #29 is certain to break: a terminator, space, then an ASCII
    // capital (after an opening quote or bracket, perhaps). Only other contexts pay for the
    // Unicode rules.
    if next > end {
        let mut cs = text[next..].chars();
        let first = cs.next();
        let opens = matches!(first, Some('"' | '\u{201C}' | '\'' | '\u{2018}' | '('));
        if first.is_some_and(|c| c.is_ascii_uppercase())
            || (opens && cs.next().is_some_and(|c| c.is_ascii_uppercase()))
        {
            return true;
        }
    }
    text[lo..hi]
        .split_sentence_bound_indices()
        .any(|(i, _)| (end..=next).contains(&(lo + i)) && lo + i > p)
}

/// Whether the `.` at `p` closes an abbreviation rather than a sentence.
fn is_abbreviation(text: &str, p: usize, abbr: &Abbreviations) -> bool {
    // Only the last few bytes matter: an abbreviation is short.
    let (_, before) = window_before(text, p, LOOKBACK);
    // The word before the dot, found by bytes while they are ASCII.
    let bb = before.as_bytes();
    let stop = bb
        .iter()
        .rposition(|&c| !c.is_ascii() || c.is_ascii_whitespace() || c == b'(' || c == b'"');
    let word_start = match stop {
        Some(i) if bb[i].is_ascii() => i + 1,
        _ => before
            .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '\u{201C}')
            .map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            }),
    };
    let word = &before[word_start..];
    // Longer than every listed abbreviation and not an initial: a sentence end.
    if word.len() > abbr.longest {
        return false;
    }
    // A single capital letter: an initial ("Lloyd J. Austin").
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true;
    }
    let kinds = abbr.kinds.get(word).copied().unwrap_or(0);
    if kinds & TITLE != 0 {
        return true;
    }
    if kinds == 0 {
        return false;
    }
    let next_word = window_after(text, p + 1, LOOKBACK).trim_start();
    if kinds & MONTH != 0 {
        return next_word.chars().next().is_some_and(|c| c.is_ascii_digit());
    }
    // An other abbreviation: "the U.S. Defense Secretary" goes on; "... with the U.S. The
    // talks" ends: a following sentence-opening function word ends the sentence.
    let end = next_word
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(next_word.len());
    !abbr.opener.contains(&next_word[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let abbr = Abbreviations::from_lexicon(&Lexicon::bundled());
        let stops: Vec<usize> = text
            .bytes()
            .enumerate()
            .filter(|(_, b)| matches!(b, b'.' | b'!' | b'?' | b'\n'))
            .map(|(i, _)| i)
            .collect();
        sentences(text, &stops, &abbr)
            .iter()
            .map(|s| &text[s.span.range()])
            .collect()
    }

    #[test]
    fn splits() {
        let cases: &[(&str, &[&str])] = &[
            ("He met Li. They talked.", &["He met Li.", "They talked."]),
            (
                "The U.S. Defense Secretary met Li.",
                &["The U.S. Defense Secretary met Li."],
            ),
            (
                "It met the U.S. The talks ended.",
                &["It met the U.S.", "The talks ended."],
            ),
            (
                "Gen. Li Shangfu spoke. Dr. No left.",
                &["Gen. Li Shangfu spoke.", "Dr. No left."],
            ),
            (
                "On Jan. 14 they met. Lloyd J. Austin spoke.",
                &["On Jan. 14 they met.", "Lloyd J. Austin spoke."],
            ),
            (
                "\"Go!\" he said. Why? No.",
                &["\"Go!\" he said.", "Why?", "No."],
            ),
            ("It is 3.5 percent. Next.", &["It is 3.5 percent.", "Next."]),
            ("line one\nline two", &["line one", "line two"]),
            ("", &[]),
            ("no punctuation at all", &["no punctuation at all"]),
            ("“Stop.” Then he left.", &["“Stop.”", "Then he left."]),
            // Datelines are not part of the first sentence.
            (
                "WASHINGTON – Talks began. BEIJING – no.",
                &["Talks began.", "BEIJING – no."],
            ),
            ("ISTANBUL (AA) – Blinken spoke.", &["Blinken spoke."]),
            (
                "WASHINGTON, June 16 (Reuters) - He met Li.",
                &["He met Li."],
            ),
            (
                "In 2020 - a hard year - they met.",
                &["In 2020 - a hard year - they met."],
            ),
            ("The talks - long - ended.", &["The talks - long - ended."]),
        ];
        for (text, want) in cases {
            assert_eq!(split(text), *want, "{text:?}");
        }
    }

    #[test]
    fn a_reused_vector_splits_like_a_new_one() {
        let abbr = Abbreviations::from_lexicon(&Lexicon::bundled());
        let stops_of = |text: &str| -> Vec<usize> {
            text.bytes()
                .enumerate()
                .filter(|(_, b)| matches!(b, b'.' | b'!' | b'?' | b'\n'))
                .map(|(i, _)| i)
                .collect()
        };
        let long = "He met Li. They talked.\n\nWASHINGTON - It ended. ".repeat(40);
        let mut out = Vec::new();
        for text in [
            long.as_str(),
            "A b.\n\nC d. E f.",
            "",
            "No stop at all",
            &long,
        ] {
            let stops = stops_of(text);
            sentences_into(text, &stops, &abbr, &mut out);
            assert_eq!(out, sentences(text, &stops, &abbr), "{text:?}");
        }
    }

    #[test]
    fn paragraphs_count_newlines() {
        let text = "A b.\n\nC d. E f.";
        let abbr = Abbreviations::default();
        let stops = [3, 4, 5, 9, 14];
        let s = sentences(text, &stops, &abbr);
        assert_eq!(s.len(), 3);
        assert!(s[0].paragraph < s[1].paragraph);
        assert_eq!(s[1].paragraph, s[2].paragraph);
    }
}
