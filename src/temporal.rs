//! Temporal expressions: finding dates, times and durations and normalising them TIMEX3-style.
//!
//! This module owns `data/temporal.tsv` (month and weekday names, units, relative words, number
//! words, modifiers, tense cues) and the [`Temporal`] detector. Its words go into the one scan;
//! the detector walks the scan's month, weekday, unit, relative-word and year hits in order, reads
//! a few bytes around each (a day number, a year, "last", "nearly") and resolves the expression
//! against the anchor: the caller's publication date, failing that a dateline, failing that
//! nothing (values stay underspecified, `XXXX-06-03`).

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::lexicon::Lexicon;
use crate::model::{Date, DateKind, DateMod, Day, DayRange, Span};
use crate::scan::{Hit, PatternSet, Tag};
use crate::segment::Sentence;

const DATA: &str = include_str!("../data/temporal.tsv");

/// What a temporal lexicon row means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Word {
    Month(u32),
    Weekday(u32),
    /// Days from the anchor: today 0, yesterday -1.
    Rel(i64),
    Unit(Unit),
    /// A future-tense cue.
    Future,
    /// Days from the last date the narrative established.
    Narrative(i64),
    /// Rows that are read locally, not scanned (numbers, shifts, modifiers).
    Local,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Year,
    Month,
    Week,
    Day,
    Hour,
    Minute,
    Decade,
}

/// The temporal detector: its lexicon, read once when the extractor is built.
#[derive(Clone, Debug)]
pub(crate) struct Temporal {
    lex: Lexicon,
    words: Vec<Word>,
    numbers: HashMap<String, u32>,
    shifts: HashMap<String, i32>,
    modifiers: Vec<(String, DateMod)>,
}

impl Temporal {
    pub(crate) fn new() -> Temporal {
        let lex =
            Lexicon::parse("data/temporal.tsv", DATA).expect("the bundled temporal lexicon parses");
        let mut numbers = HashMap::new();
        let mut shifts = HashMap::new();
        let mut modifiers = Vec::new();
        let words = lex
            .rows
            .iter()
            .map(|r| {
                let n: i64 = r.tag.parse().unwrap_or(0);
                match r.class.as_str() {
                    "month" => Word::Month(n as u32),
                    "weekday" => Word::Weekday(n as u32),
                    "rel" => Word::Rel(n),
                    "narrative" => Word::Narrative(n),
                    "tense" => Word::Future,
                    "unit" => Word::Unit(match r.tag.as_str() {
                        "year" => Unit::Year,
                        "month" => Unit::Month,
                        "week" => Unit::Week,
                        "day" => Unit::Day,
                        "hour" => Unit::Hour,
                        "minute" => Unit::Minute,
                        _ => Unit::Decade,
                    }),
                    class => {
                        for f in &r.forms {
                            match class {
                                "number" => {
                                    numbers.insert(f.to_lowercase(), n as u32);
                                }
                                "shift" => {
                                    shifts.insert(f.to_lowercase(), n as i32);
                                }
                                "modifier" => {
                                    let m = match r.tag.as_str() {
                                        "APPROX" => DateMod::Approx,
                                        "MORE_THAN" => DateMod::MoreThan,
                                        "LESS_THAN" => DateMod::LessThan,
                                        "START" => DateMod::Start,
                                        "MID" => DateMod::Mid,
                                        _ => DateMod::End,
                                    };
                                    modifiers.push((f.to_lowercase(), m));
                                }
                                _ => {}
                            }
                        }
                        Word::Local
                    }
                }
            })
            .collect();
        // Longest modifier first, so "more than" wins over a shorter prefix.
        modifiers.sort_by_key(|(f, _)| std::cmp::Reverse(f.len()));
        Temporal {
            lex,
            words,
            numbers,
            shifts,
            modifiers,
        }
    }

    /// Adds the scanned temporal words and the years 1800–2199 to the pattern set.
    pub(crate) fn register(&self, set: &mut PatternSet) {
        for (i, row) in self.lex.rows.iter().enumerate() {
            if self.words[i] == Word::Local {
                continue;
            }
            for f in &row.forms {
                set.add(f, Tag::Time(i as u16));
            }
        }
        for y in 1800u16..2200 {
            set.add(&y.to_string(), Tag::Year(y));
        }
    }

    /// A dateline anchor: a full date (ISO or "June 3, 2023") before the first sentence ends.
    pub(crate) fn dateline(&self, text: &str, hits: &[Hit], sentences: &[Sentence]) -> Option<Day> {
        let limit = sentences
            .first()
            .map_or(text.len(), |s| s.span.end)
            .min(200);
        let dates = self.detect(text, hits, sentences, None, limit);
        dates.iter().find_map(|d| {
            let v = d.value.as_deref()?;
            (v.len() == 10).then(|| v.parse().ok()).flatten()
        })
    }

    /// Every temporal expression in `text` (up to byte `limit`), resolved against `anchor`.
    pub(crate) fn detect(
        &self,
        text: &str,
        hits: &[Hit],
        sentences: &[Sentence],
        anchor: Option<Day>,
        limit: usize,
    ) -> Vec<Date> {
        let mut out: Vec<Date> = Vec::new();
        let mut covered = 0usize;
        // The last day-precise date, for "the night before".
        let mut narrative: Option<NaiveDate> = anchor.map(|d| d.0);
        let mut sentence_ix = 0;
        for (k, hit) in hits.iter().enumerate() {
            if hit.span.start >= limit {
                break;
            }
            if hit.span.start < covered {
                continue;
            }
            let word = match hit.tag {
                Tag::Time(i) => self.words[usize::from(i)],
                Tag::Year(_) => Word::Local,
                _ => continue,
            };
            while sentence_ix + 1 < sentences.len()
                && sentences[sentence_ix].span.end <= hit.span.start
            {
                sentence_ix += 1;
            }
            let sentence = sentences
                .get(sentence_ix)
                .map_or(Span::new(0, text.len()), |s| s.span);
            let ctx = Ctx {
                text,
                anchor: anchor.map(|d| d.0),
            };
            let found = match (hit.tag, word) {
                (Tag::Year(y), _) => ctx.year(hit.span, i32::from(y)),
                (_, Word::Month(m)) => ctx.month(hit.span, m, self),
                (_, Word::Weekday(w)) => {
                    let future = self.future_before(hits, k, sentence);
                    ctx.weekday(hit.span, w, future, self)
                }
                (_, Word::Rel(n)) => ctx.relative_day(hit.span, n),
                (_, Word::Unit(u)) => ctx.unit(hit.span, u, self),
                (_, Word::Narrative(n)) => narrative.map(|d| {
                    let day = d + Duration::days(n);
                    (
                        hit.span,
                        DateKind::Date,
                        Some(day_value(day)),
                        None,
                        Some(range(day, day)),
                    )
                }),
                _ => None,
            };
            if let Some((span, kind, value, modifier, range)) = found {
                if span.start < covered || span.end > text.len() {
                    continue;
                }
                if let Some(r) = range {
                    if r.first == r.last {
                        narrative = Some(r.first.0);
                    }
                }
                covered = span.end;
                out.push(Date {
                    text: text[span.range()].to_string(),
                    span,
                    kind,
                    value,
                    modifier,
                    range,
                });
            }
        }
        out
    }

    /// Whether a future-tense cue stands in the sentence before hit `k`.
    fn future_before(&self, hits: &[Hit], k: usize, sentence: Span) -> bool {
        hits[..k]
            .iter()
            .rev()
            .take_while(|h| h.span.start >= sentence.start)
            .any(|h| matches!(h.tag, Tag::Time(i) if self.words[usize::from(i)] == Word::Future))
    }

    /// A modifier ("nearly", "more than", "late") ending right before byte `start`.
    fn modifier_before(&self, text: &str, start: usize) -> Option<(usize, DateMod)> {
        let before = text[..start].trim_end_matches([' ', '-']);
        if start - before.len() > 2 {
            return None;
        }
        for (f, m) in &self.modifiers {
            let Some(s) = before.len().checked_sub(f.len()) else {
                continue;
            };
            if text.is_char_boundary(s)
                && before[s..].eq_ignore_ascii_case(f)
                && crate::util::is_boundary(text, s)
            {
                return Some((s, *m));
            }
        }
        None
    }
}

type Found = (
    Span,
    DateKind,
    Option<String>,
    Option<DateMod>,
    Option<DayRange>,
);

struct Ctx<'t> {
    text: &'t str,
    anchor: Option<NaiveDate>,
}

impl Ctx<'_> {
    /// A standalone year, or an ISO date starting with it.
    fn year(&self, span: Span, y: i32) -> Option<Found> {
        let rest = &self.text[span.end..];
        let b = rest.as_bytes();
        if b.len() >= 6
            && b[0] == b'-'
            && rest.get(1..3).is_some_and(digits)
            && b[3] == b'-'
            && rest.get(4..6).is_some_and(digits)
        {
            let (m, d) = (rest[1..3].parse().ok()?, rest[4..6].parse().ok()?);
            if b.get(6).is_some_and(u8::is_ascii_digit) {
                return None;
            }
            let day = NaiveDate::from_ymd_opt(y, m, d)?;
            return Some((
                Span::new(span.start, span.end + 6),
                DateKind::Date,
                Some(day_value(day)),
                None,
                Some(range(day, day)),
            ));
        }
        // Not part of a larger number or an amount.
        let prev = self.text[..span.start].chars().next_back();
        let next = rest.chars().next();
        if matches!(prev, Some('$' | '€' | '£' | '.' | ',' | '-' | '/'))
            || matches!(next, Some('%' | '-' | '/'))
            || (matches!(next, Some(',' | '.'))
                && rest[1..].starts_with(|c: char| c.is_ascii_digit()))
        {
            return None;
        }
        let first = NaiveDate::from_ymd_opt(y, 1, 1)?;
        let last = NaiveDate::from_ymd_opt(y, 12, 31)?;
        Some((
            span,
            DateKind::Date,
            Some(y.to_string()),
            None,
            Some(range(first, last)),
        ))
    }

    /// "June 3, 2023", "3 June 2023", "June 3", "June 2023", "in February".
    fn month(&self, span: Span, m: u32, t: &Temporal) -> Option<Found> {
        let text = self.text;
        let mut start = span.start;
        let mut end = span.end;
        let mut day = None;
        let mut year = None;
        // Day after: " 3", " 3rd", then ", 2023" or " 2023".
        if let Some((d, len)) = day_number(&text[end..]) {
            day = Some(d);
            end += len;
        } else if let Some((d, s)) = day_before(text, start) {
            day = Some(d);
            start = s;
        }
        if let Some((y, len)) = year_after(&text[end..]) {
            year = Some(y);
            end += len;
        }
        let mut modifier = None;
        if day.is_none() {
            if let Some((s, md)) = t.modifier_before(text, start) {
                if matches!(md, DateMod::Start | DateMod::Mid | DateMod::End) {
                    start = s;
                    modifier = Some(md);
                }
            }
        }
        if day.is_none() && year.is_none() && modifier.is_none() {
            // A bare month: "May" and "March" are also common words; the rest stand alone after
            // a preposition or at a clause edge.
            let prev = prev_word(text, span.start)
                .unwrap_or("")
                .to_ascii_lowercase();
            let preps = [
                "in", "since", "until", "till", "by", "of", "from", "to", "before", "after",
                "through", "during", "last", "next", "this", "early", "late", "mid", "and",
            ];
            if !preps.contains(&prev.as_str()) {
                return None;
            }
        }
        let y = year.or_else(|| self.anchor.map(|a| nearest_year(a, m, day.unwrap_or(15))));
        let (value, rng) = match (y, day) {
            (Some(y), Some(d)) => {
                let date = NaiveDate::from_ymd_opt(y, m, d)?;
                (day_value(date), Some(range(date, date)))
            }
            (Some(y), None) => (format!("{y:04}-{m:02}"), month_range(y, m)),
            (None, Some(d)) => (format!("XXXX-{m:02}-{d:02}"), None),
            (None, None) => (format!("XXXX-{m:02}"), None),
        };
        Some((
            Span::new(start, end),
            DateKind::Date,
            Some(value),
            modifier,
            rng,
        ))
    }

    /// "Tuesday", "Saturday (June 3)", "late Friday", "last Friday".
    fn weekday(&self, span: Span, w: u32, future: bool, t: &Temporal) -> Option<Found> {
        let text = self.text;
        let mut start = span.start;
        let mut end = span.end;
        let mut explicit = None;
        // "(June 3)" or ", June 3" right after.
        let rest = &text[end..];
        let trimmed = rest.trim_start_matches([' ', ',']);
        let open = trimmed.starts_with('(');
        let inner = trimmed.trim_start_matches('(');
        if let Some((m, mlen)) = month_name(t, inner) {
            if let Some((d, dlen)) = day_number(&inner[mlen..]) {
                let mut e = end + (rest.len() - inner.len()) + mlen + dlen;
                let mut year = None;
                if let Some((y, ylen)) = year_after(&text[e..]) {
                    year = Some(y);
                    e += ylen;
                }
                if open && text[e..].starts_with(')') {
                    e += 1;
                }
                if !open || text[..e].ends_with(')') {
                    explicit = Some((m, d, year));
                    end = e;
                }
            }
        }
        let mut modifier = None;
        let mut shift = None;
        if let Some(prev) = prev_word(text, start) {
            let lower = prev.to_ascii_lowercase();
            if let Some(&s) = t.shifts.get(&lower) {
                shift = Some(s);
                start -= text[..start].len() - text[..start].trim_end().len() + prev.len();
            } else if lower == "early" || lower == "late" {
                modifier = Some(if lower == "early" {
                    DateMod::Start
                } else {
                    DateMod::End
                });
                start -= text[..start].len() - text[..start].trim_end().len() + prev.len();
            }
        }
        let weekday = Weekday::try_from((w - 1) as u8).ok()?;
        let date = match (explicit, self.anchor) {
            (Some((m, d, Some(y))), _) => NaiveDate::from_ymd_opt(y, m, d),
            (Some((m, d, None)), Some(a)) => year_for_weekday(a, m, d, weekday),
            (Some((m, d, None)), None) => {
                let v = format!("XXXX-{m:02}-{d:02}");
                return Some((
                    Span::new(start, end),
                    DateKind::Date,
                    Some(v),
                    modifier,
                    None,
                ));
            }
            (None, Some(a)) => Some(match shift {
                Some(-1) => last_weekday(a - Duration::days(1), weekday),
                Some(1) => next_weekday(a + Duration::days(1), weekday),
                _ if future => next_weekday(a, weekday),
                _ => last_weekday(a, weekday),
            }),
            (None, None) => None,
        };
        let value = date.map(day_value);
        Some((
            Span::new(start, end),
            DateKind::Date,
            value,
            modifier,
            date.map(|d| range(d, d)),
        ))
    }

    fn relative_day(&self, span: Span, n: i64) -> Option<Found> {
        let day = self.anchor.map(|a| a + Duration::days(n));
        Some((
            span,
            DateKind::Date,
            day.map(day_value),
            None,
            day.map(|d| range(d, d)),
        ))
    }

    /// "last week", "later this month", "nearly 18 months", "a week ago", "two-day".
    fn unit(&self, span: Span, u: Unit, t: &Temporal) -> Option<Found> {
        let text = self.text;
        let prev = prev_word(text, span.start)?;
        let lower = prev.to_ascii_lowercase();
        let prev_start = span.start
            - (text[..span.start].len() - text[..span.start].trim_end_matches([' ', '-']).len())
            - prev.len();
        let plural = text[span.range()].ends_with('s');
        if let Some(&shift) = t.shifts.get(&lower) {
            if plural || lower == "past" {
                return None;
            }
            let mut start = prev_start;
            let mut modifier = None;
            if let Some((s, m)) = t.modifier_before(text, start) {
                start = s;
                modifier = Some(m);
            }
            let (value, rng) = match self.anchor {
                Some(a) => shifted(a, u, shift)?,
                None => (
                    match u {
                        Unit::Year => "XXXX".to_string(),
                        Unit::Month => "XXXX-XX".to_string(),
                        Unit::Week => "XXXX-WXX".to_string(),
                        _ => return None,
                    },
                    None,
                ),
            };
            return Some((
                Span::new(start, span.end),
                DateKind::Date,
                Some(value),
                modifier,
                rng,
            ));
        }
        let n = if let Ok(n) = prev.parse::<u32>() {
            n
        } else {
            *t.numbers.get(&lower).or(match lower.as_str() {
                "a" | "an" => Some(&1),
                _ => None,
            })?
        };
        let mut start = prev_start;
        let mut modifier = None;
        if let Some((s, m)) = t.modifier_before(text, start) {
            start = s;
            modifier = Some(m);
        }
        let mut end = span.end;
        let after = &text[end..];
        if let Some(a) = self.anchor.filter(|_| after.starts_with(" ago")) {
            end += 4;
            let day = match u {
                Unit::Day => a - Duration::days(i64::from(n)),
                Unit::Week => a - Duration::weeks(i64::from(n)),
                _ => return None,
            };
            return Some((
                Span::new(start, end),
                DateKind::Date,
                Some(day_value(day)),
                None,
                Some(range(day, day)),
            ));
        }
        let value = match u {
            Unit::Year => format!("P{n}Y"),
            Unit::Month => format!("P{n}M"),
            Unit::Week => format!("P{n}W"),
            Unit::Day => format!("P{n}D"),
            Unit::Hour => format!("PT{n}H"),
            Unit::Minute => format!("PT{n}M"),
            Unit::Decade => format!("P{}Y", n * 10),
        };
        Some((
            Span::new(start, end),
            DateKind::Duration,
            Some(value),
            modifier,
            None,
        ))
    }
}

/// The value and range of "last/this/next UNIT" relative to `a`.
fn shifted(a: NaiveDate, u: Unit, shift: i32) -> Option<(String, Option<DayRange>)> {
    Some(match u {
        Unit::Year => {
            let y = a.year() + shift;
            (
                y.to_string(),
                Some(range(
                    NaiveDate::from_ymd_opt(y, 1, 1)?,
                    NaiveDate::from_ymd_opt(y, 12, 31)?,
                )),
            )
        }
        Unit::Month => {
            let months = a.year() * 12 + a.month0() as i32 + shift;
            let (y, m) = (months.div_euclid(12), months.rem_euclid(12) as u32 + 1);
            (format!("{y:04}-{m:02}"), month_range(y, m))
        }
        Unit::Week => {
            let d = a + Duration::weeks(i64::from(shift));
            let w = d.iso_week();
            let monday = d - Duration::days(i64::from(d.weekday().num_days_from_monday()));
            (
                format!("{:04}-W{:02}", w.year(), w.week()),
                Some(range(monday, monday + Duration::days(6))),
            )
        }
        Unit::Day => {
            let d = a + Duration::days(i64::from(shift));
            (day_value(d), Some(range(d, d)))
        }
        _ => return None,
    })
}

fn day_value(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn range(a: NaiveDate, b: NaiveDate) -> DayRange {
    DayRange {
        first: Day(a),
        last: Day(b),
    }
}

fn month_range(y: i32, m: u32) -> Option<DayRange> {
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)?
    };
    Some(range(first, next - Duration::days(1)))
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// " 3", " 3rd", " 21st" at the start of `s`: the day and the bytes read.
fn day_number(s: &str) -> Option<(u32, usize)> {
    let t = s.strip_prefix(' ')?;
    let n = t.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 2 {
        return None;
    }
    let d: u32 = t[..n].parse().ok()?;
    let mut len = 1 + n;
    let rest = &t[n..];
    for suf in ["st", "nd", "rd", "th"] {
        if rest.starts_with(suf) {
            len += 2;
            break;
        }
    }
    if s[len..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    (1..=31).contains(&d).then_some((d, len))
}

/// "3 " or "3rd " before byte `start`: the day and where it starts.
fn day_before(text: &str, start: usize) -> Option<(u32, usize)> {
    let before = text[..start].strip_suffix(' ')?;
    let before = before.trim_end_matches(|c: char| c.is_ascii_alphabetic() && c.is_lowercase());
    let n = before.bytes().rev().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 2 {
        return None;
    }
    let s = before.len() - n;
    if s > 0 && text[..s].ends_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let d: u32 = before[s..].parse().ok()?;
    (1..=31).contains(&d).then_some((d, s))
}

/// ", 2023" or " 2023" at the start of `s`.
fn year_after(s: &str) -> Option<(i32, usize)> {
    let t = s.strip_prefix(',').unwrap_or(s);
    let t2 = t.strip_prefix(' ')?;
    let lead = s.len() - t2.len();
    let four = t2.get(..4).filter(|d| digits(d))?;
    if t2[4..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let y: i32 = four.parse().ok()?;
    (1800..2200).contains(&y).then_some((y, lead + 4))
}

/// The month name at the start of `s`, by the lexicon, and its length.
fn month_name(t: &Temporal, s: &str) -> Option<(u32, usize)> {
    for (i, row) in t.lex.rows.iter().enumerate() {
        if let Word::Month(m) = t.words[i] {
            for f in &row.forms {
                if s.starts_with(f.as_str())
                    && !s[f.len()..].starts_with(|c: char| c.is_alphabetic())
                {
                    return Some((m, f.len()));
                }
            }
        }
    }
    None
}

/// The word right before byte `start`, skipping spaces and one hyphen.
fn prev_word(text: &str, start: usize) -> Option<&str> {
    let before = text[..start].trim_end_matches([' ', '-']);
    if start - before.len() > 3 {
        return None;
    }
    let w = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .filter(|w| !w.is_empty())?;
    Some(w)
}

/// The year that puts month `m` day `d` nearest to `a`.
fn nearest_year(a: NaiveDate, m: u32, d: u32) -> i32 {
    let mut best = a.year();
    let mut best_gap = i64::MAX;
    for y in [a.year() - 1, a.year(), a.year() + 1] {
        if let Some(c) = NaiveDate::from_ymd_opt(y, m, d.min(28)) {
            let gap = (c - a).num_days().abs();
            if gap < best_gap {
                best_gap = gap;
                best = y;
            }
        }
    }
    best
}

/// The year near `a` in which month `m` day `d` falls on `w`, else the nearest year.
fn year_for_weekday(a: NaiveDate, m: u32, d: u32, w: Weekday) -> Option<NaiveDate> {
    let near = nearest_year(a, m, d);
    for y in [near, near - 1, near + 1] {
        if let Some(c) = NaiveDate::from_ymd_opt(y, m, d) {
            if c.weekday() == w {
                return Some(c);
            }
        }
    }
    NaiveDate::from_ymd_opt(near, m, d)
}

fn last_weekday(a: NaiveDate, w: Weekday) -> NaiveDate {
    let back = (7 + a.weekday().num_days_from_monday() - w.num_days_from_monday()) % 7;
    a - Duration::days(i64::from(back))
}

fn next_weekday(a: NaiveDate, w: Weekday) -> NaiveDate {
    let fwd = (7 + w.num_days_from_monday() - a.weekday().num_days_from_monday()) % 7;
    a + Duration::days(i64::from(fwd))
}

#[cfg(test)]
mod tests {
    use crate::{Article, Day, Extractor};

    fn dates(text: &str, published: &str) -> Vec<(String, Option<String>)> {
        let day: Day = published.parse().unwrap();
        Extractor::new()
            .extract(Article::new(text).published(day))
            .dates
            .into_iter()
            .map(|d| (d.text, d.value))
            .collect()
    }

    #[test]
    fn table() {
        type Case<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);
        let cases: &[Case] = &[
            (
                "He spoke on Saturday (June 3).",
                "2023-06-03",
                &[("Saturday (June 3)", "2023-06-03")],
            ),
            (
                "They met on Tuesday.",
                "2024-04-18",
                &[("Tuesday", "2024-04-16")],
            ),
            (
                "He will leave late Friday.",
                "2023-06-14",
                &[("late Friday", "2023-06-16")],
            ),
            (
                "It happened on June 3, 2021.",
                "2023-06-03",
                &[("June 3, 2021", "2021-06-03")],
            ),
            (
                "It happened on 3 June 2021.",
                "2023-06-03",
                &[("3 June 2021", "2021-06-03")],
            ),
            (
                "Talks were held in February.",
                "2023-06-16",
                &[("February", "2023-02")],
            ),
            ("Sanctions came in 2018.", "2023-06-03", &[("2018", "2018")]),
            (
                "It rose last week.",
                "2023-06-03",
                &[("last week", "2023-W21")],
            ),
            (
                "It fell last week.",
                "2024-01-02",
                &[("last week", "2023-W52")],
            ),
            (
                "It fell last month.",
                "2023-01-10",
                &[("last month", "2022-12")],
            ),
            (
                "Late last year they met.",
                "2021-05-21",
                &[("Late last year", "2020")],
            ),
            (
                "It lasted nearly 18 months.",
                "2024-04-16",
                &[("nearly 18 months", "P18M")],
            ),
            (
                "It took more than a year.",
                "2024-04-16",
                &[("more than a year", "P1Y")],
            ),
            ("a two-day trip", "2024-04-16", &[("two-day", "P2D")]),
            (
                "He came a week ago.",
                "2024-03-01",
                &[("a week ago", "2024-02-23")],
            ),
            (
                "date 2023-06-03 text",
                "2023-06-03",
                &[("2023-06-03", "2023-06-03")],
            ),
            (
                "They met yesterday.",
                "2024-03-01",
                &[("yesterday", "2024-02-29")],
            ),
            ("It may rain. You may go.", "2024-03-01", &[]),
            ("He paid $2018 for it.", "2024-03-01", &[]),
        ];
        for (text, published, want) in cases {
            let got = dates(text, published);
            let want: Vec<(String, Option<String>)> = want
                .iter()
                .map(|(t, v)| (t.to_string(), Some(v.to_string())))
                .collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn no_anchor_leaves_values_underspecified() {
        let doc = Extractor::new().extract("They met on June 3.");
        assert_eq!(doc.dates[0].value.as_deref(), Some("XXXX-06-03"));
        assert!(doc.anchor.is_none());
    }

    #[test]
    fn narrative_dates() {
        let got = dates(
            "Saturday (June 3) he spoke. They met the night before.",
            "2023-06-03",
        );
        assert_eq!(
            got[1],
            (
                "the night before".to_string(),
                Some("2023-06-02".to_string())
            )
        );
    }
}
