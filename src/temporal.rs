//! Temporal expressions: finding dates, times, durations and sets and normalising them
//! TIMEX3-style.
//!
//! This module owns `data/temporal.tsv` (month and weekday names, units, quarters, seasons, parts
//! of the day, reference words, relative words, number words, modifiers, tense cues) and the
//! [`Temporal`] detector. Its scanned words go into the one scan; the detector walks the scan's
//! hits in order, reads a few bytes around each (a day number, a year, "last", "nearly", "the")
//! and resolves the expression against the anchor: the caller's publication date, failing that a
//! dateline, failing that nothing (values stay underspecified, `XXXX-06-03`). Expressions
//! relative to the story ("the night before", "a year earlier", "the quarter") resolve against
//! the last date the narrative established, at that date's granularity.
//!
//! A longer expression found later swallows the shorter ones it covers ("the past" then "the past
//! two months"), so outputs never overlap and the longest reading wins.
//!
//! Resolution rules, in brief:
//! - Weekdays, seasons and quarters follow tense as HeidelTime does: with a future cue earlier in
//!   the sentence ("will", "is due to"; not "had been due to") the next one on or after the anchor,
//!   else the most recent one on or before it; "said Friday" is always past. A weekday written
//!   with its date picks the nearby year whose calendar agrees.
//! - A month without a year takes the coming instance only when it is near (about three months)
//!   and nearer than the past one; "last May" is the most recent May before this month.
//! - Comparisons ("a year earlier", "a year ago", "the year-ago quarter") keep the granularity of
//!   what they compare with: the reporting period (the last quarter or half the text named),
//!   else the narrative's date, else the anchor. They do not move the narrative.
//! - `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`, `PXY`-style unspecified durations, times of day
//!   (`2023-06-09TNI`, `T12:00`) and sets (`P1W`, `XXXX-WXX-2`) follow TimeBank's conventions.

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};

use crate::lexicon::Lexicon;
use crate::model::{Date, DateKind, DateMod, Day, DayRange, Span};
use crate::scan::{Hit, PatternSet, Tag};
use crate::segment::Sentence;
use crate::util::{is_boundary, FxMap};

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
    /// A part of the day ("morning"); the row's tag is the TIMEX3 suffix (`MO`).
    DayPart,
    /// "tonight": this night.
    Tonight,
    /// A season; the tag is the TIMEX3 suffix (`SU`).
    Season,
    /// "weekend".
    Weekend,
    /// A quarter (1-4) or half (5-6) of a year.
    Quarter(u32),
    /// A reference word ("now", "recently"); the tag is the value (`PRESENT_REF`).
    Ref,
    /// A recurrence word ("annually"); the tag is the value.
    Set,
    /// "period": a date only after "the latest", "the year-earlier" and the like.
    Period,
    /// A clock time: "noon" (tag `12:00`), or "p.m." after an hour (tag `+12`).
    Clock,
    /// Rows that are read locally, not scanned (numbers, shifts, modifiers, articles).
    Local,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Year,
    Quarter,
    Month,
    Week,
    Day,
    Hour,
    Minute,
    Decade,
}

impl Unit {
    /// The TIMEX3 duration value for `n` units (`None`: an unspecified count, `PXY`).
    fn duration(self, n: Option<u32>) -> String {
        let count = |k: u64| n.map_or("X".to_string(), |n| (u64::from(n) * k).to_string());
        match self {
            Unit::Year => format!("P{}Y", count(1)),
            Unit::Quarter => format!("P{}Q", count(1)),
            Unit::Month => format!("P{}M", count(1)),
            Unit::Week => format!("P{}W", count(1)),
            Unit::Day => format!("P{}D", count(1)),
            Unit::Hour => format!("PT{}H", count(1)),
            Unit::Minute => format!("PT{}M", count(1)),
            Unit::Decade => match n {
                Some(n) => format!("P{}Y", u64::from(n) * 10),
                None => "PXE".to_string(),
            },
        }
    }
}

/// The granularity and value of a resolved calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gran {
    Day(NaiveDate),
    /// An ISO week, by its Monday.
    Week(NaiveDate),
    Month(i32, u32),
    Quarter(i32, u32),
    Half(i32, u32),
    Year(i32),
}

impl Gran {
    /// Reads a TIMEX3 calendar value back: `2023-06-03`, `2023-W21`, `2023-06`, `2023-Q3`,
    /// `2023-H1`, `2023`.
    fn parse(v: &str) -> Option<Gran> {
        let b = v.as_bytes();
        let y: i32 = v.get(..4).filter(|s| digits(s))?.parse().ok()?;
        if b.len() == 4 {
            return Some(Gran::Year(y));
        }
        if b.get(4) != Some(&b'-') {
            return None;
        }
        match (b.len(), b.get(5)) {
            (7, Some(b'Q')) => {
                let q: u32 = v.get(6..)?.parse().ok()?;
                (1..=4).contains(&q).then_some(Gran::Quarter(y, q))
            }
            (7, Some(b'H')) => {
                let h: u32 = v.get(6..)?.parse().ok()?;
                (1..=2).contains(&h).then_some(Gran::Half(y, h))
            }
            (7, _) => {
                let m: u32 = v.get(5..7).filter(|s| digits(s))?.parse().ok()?;
                (1..=12).contains(&m).then_some(Gran::Month(y, m))
            }
            (8, Some(b'W')) => {
                let w: u32 = v.get(6..8).filter(|s| digits(s))?.parse().ok()?;
                NaiveDate::from_isoywd_opt(y, w, Weekday::Mon).map(Gran::Week)
            }
            (10, _) => {
                let m = v.get(5..7).filter(|s| digits(s))?.parse().ok()?;
                let d = v.get(8..10).filter(|s| digits(s))?.parse().ok()?;
                NaiveDate::from_ymd_opt(y, m, d).map(Gran::Day)
            }
            _ => None,
        }
    }

    /// The date around `a` at the granularity of `u`.
    fn at(a: NaiveDate, u: Unit) -> Option<Gran> {
        Some(match u {
            Unit::Year | Unit::Decade => Gran::Year(a.year()),
            Unit::Quarter => Gran::Quarter(a.year(), a.month0() / 3 + 1),
            Unit::Month => Gran::Month(a.year(), a.month()),
            Unit::Week => Gran::Week(monday(a)?),
            Unit::Day => Gran::Day(a),
            Unit::Hour | Unit::Minute => return None,
        })
    }

    /// The value and the days covered.
    fn value(self) -> (String, Option<DayRange>) {
        match self {
            Gran::Day(d) => (day_value(d), Some(range(d, d))),
            Gran::Week(m) => {
                let w = m.iso_week();
                (
                    format!("{:04}-W{:02}", w.year(), w.week()),
                    add_days(m, 6).map(|s| range(m, s)),
                )
            }
            Gran::Month(y, m) => (format!("{y:04}-{m:02}"), months_range(y, m, 1)),
            Gran::Quarter(y, q) => (format!("{y:04}-Q{q}"), months_range(y, 3 * q - 2, 3)),
            Gran::Half(y, h) => (format!("{y:04}-H{h}"), months_range(y, 6 * h - 5, 6)),
            Gran::Year(y) => (format!("{y:04}"), months_range(y, 1, 12)),
        }
    }

    /// Shifted by `n` units, keeping its own granularity; `None` when the unit is finer than it.
    fn shift(self, u: Unit, n: i64) -> Option<Gran> {
        let months = match u {
            Unit::Decade => 120 * n,
            Unit::Year => 12 * n,
            Unit::Quarter => 3 * n,
            Unit::Month => n,
            _ => 0,
        };
        let days = match u {
            Unit::Week => 7 * n,
            Unit::Day => n,
            _ => 0,
        };
        let add = |d: NaiveDate| -> Option<NaiveDate> {
            let k = Months::new(u32::try_from(months.unsigned_abs()).ok()?);
            if months >= 0 {
                d.checked_add_months(k)
            } else {
                d.checked_sub_months(k)
            }
        };
        let ym = |y: i32, m: u32, step: i64| -> Option<(i32, u32)> {
            if months % step != 0 || months == 0 {
                return None;
            }
            let total = i64::from(y) * 12 + i64::from(m) - 1 + months;
            Some((
                i32::try_from(total.div_euclid(12)).ok()?,
                u32::try_from(total.rem_euclid(12)).ok()? + 1,
            ))
        };
        match self {
            Gran::Day(d) if months != 0 => add(d).map(Gran::Day),
            Gran::Day(d) if days != 0 => add_days(d, days).map(Gran::Day),
            Gran::Week(m) if months != 0 => add(m).and_then(monday).map(Gran::Week),
            Gran::Week(m) if days != 0 && days % 7 == 0 => add_days(m, days).map(Gran::Week),
            Gran::Month(y, m) => ym(y, m, 1).map(|(y, m)| Gran::Month(y, m)),
            Gran::Quarter(y, q) => {
                ym(y, 3 * q - 2, 3).map(|(y, m)| Gran::Quarter(y, m.div_ceil(3)))
            }
            Gran::Half(y, h) => ym(y, 6 * h - 5, 6).map(|(y, m)| Gran::Half(y, m.div_ceil(6))),
            Gran::Year(y) => ym(y, 1, 12).map(|(y, _)| Gran::Year(y)),
            _ => None,
        }
    }
}

/// The temporal detector: its lexicon, read once when the extractor is built.
#[derive(Clone, Debug)]
pub(crate) struct Temporal {
    lex: Lexicon,
    words: Vec<Word>,
    modifiers: Vec<(String, DateMod)>,
    /// Locally read rows by class: (lower-case form, tag), longest form first.
    locals: FxMap<String, Local>,
    /// Month forms and their numbers, in lexicon order.
    months: Vec<(String, u32)>,
}

/// One locally read class: its (lower-case form, tag) pairs, longest first, and their indices
/// ordered by last and by first byte (longest first within a byte), so a look-up compares only
/// the forms that can match.
#[derive(Clone, Debug, Default)]
struct Local {
    forms: Vec<(String, String)>,
    by_last: Vec<(u8, usize)>,
    by_first: Vec<(u8, usize)>,
}

impl Local {
    fn new(mut forms: Vec<(String, String)>) -> Local {
        // Longest form first, so "more than" wins over a shorter prefix.
        forms.sort_by_key(|(f, _)| std::cmp::Reverse(f.len()));
        let keyed = |pick: fn(&[u8]) -> Option<&u8>| {
            let mut v: Vec<(u8, usize)> = forms
                .iter()
                .enumerate()
                .filter_map(|(i, (f, _))| pick(f.as_bytes()).map(|&b| (b, i)))
                .collect();
            v.sort_by_key(|&(b, _)| b); // stable: longest first within a byte
            v
        };
        let by_last = keyed(<[u8]>::last);
        let by_first = keyed(<[u8]>::first);
        Local {
            forms,
            by_last,
            by_first,
        }
    }

    /// The forms whose byte picked by `index` is `b`, longest first.
    fn with(index: &[(u8, usize)], b: u8) -> impl Iterator<Item = usize> + '_ {
        let lo = index.partition_point(|&(x, _)| x < b);
        index[lo..]
            .iter()
            .take_while(move |&&(x, _)| x == b)
            .map(|&(_, i)| i)
    }
}

impl Temporal {
    pub(crate) fn new() -> Temporal {
        let lex =
            Lexicon::parse("data/temporal.tsv", DATA).expect("the bundled temporal lexicon parses");
        let mut modifiers = Vec::new();
        let mut locals: FxMap<String, Vec<(String, String)>> = FxMap::default();
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
                    "daypart" => Word::DayPart,
                    "tonight" => Word::Tonight,
                    "season" => Word::Season,
                    "weekend" => Word::Weekend,
                    "quarter" => Word::Quarter(n as u32),
                    "ref" => Word::Ref,
                    "set" => Word::Set,
                    "period" => Word::Period,
                    "clock" => Word::Clock,
                    "unit" => Word::Unit(match r.tag.as_str() {
                        "year" => Unit::Year,
                        "quarter" => Unit::Quarter,
                        "month" => Unit::Month,
                        "week" => Unit::Week,
                        "day" => Unit::Day,
                        "hour" => Unit::Hour,
                        "minute" => Unit::Minute,
                        _ => Unit::Decade,
                    }),
                    class => {
                        for f in &r.forms {
                            let lower = f.to_lowercase();
                            if class == "modifier" {
                                let m = match r.tag.as_str() {
                                    "APPROX" => DateMod::Approx,
                                    "MORE_THAN" => DateMod::MoreThan,
                                    "LESS_THAN" => DateMod::LessThan,
                                    "START" => DateMod::Start,
                                    "MID" => DateMod::Mid,
                                    _ => DateMod::End,
                                };
                                modifiers.push((lower.clone(), m));
                            }
                            locals
                                .entry(class.to_string())
                                .or_default()
                                .push((lower, r.tag.clone()));
                        }
                        Word::Local
                    }
                }
            })
            .collect();
        // Longest form first, so "more than" wins over a shorter prefix.
        modifiers.sort_by_key(|(f, _)| std::cmp::Reverse(f.len()));
        let locals = locals
            .into_iter()
            .map(|(class, forms)| (class, Local::new(forms)))
            .collect();
        let months = lex
            .rows
            .iter()
            .zip(&words)
            .filter_map(|(r, &w)| match w {
                Word::Month(m) => Some(r.forms.iter().map(move |f| (f.clone(), m))),
                _ => None,
            })
            .flatten()
            .collect();
        Temporal {
            lex,
            words,
            modifiers,
            locals,
            months,
        }
    }

    /// Adds the scanned temporal words, the years 1800–2199 and their decades ("1990s", "'90s")
    /// to the pattern set.
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
            if y % 10 == 0 {
                set.add(&format!("{y}s"), Tag::Year(y));
            }
        }
        for d in (0u16..100).step_by(10) {
            set.add(&format!("'{d:02}s"), Tag::Year(1900 + d));
        }
    }

    /// A dateline anchor: a full date (ISO or "June 3, 2023") before the first sentence ends.
    pub(crate) fn dateline(&self, text: &str, hits: &[Hit], sentences: &[Sentence]) -> Option<Day> {
        let limit = sentences
            .first()
            .map_or(text.len(), |s| s.span.end)
            .min(200);
        let n = hits.partition_point(|h| h.span.start < limit);
        if !hits[..n]
            .iter()
            .any(|h| matches!(h.tag, Tag::Time(_) | Tag::Year(_)))
        {
            return None;
        }
        let dates = self.detect(text, &hits[..n], sentences, None, limit);
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
        // About one date per sixteen hits in news text.
        let guess = hits.len() / 16 + 2;
        let mut out: Vec<Date> = Vec::with_capacity(guess);
        // `before[i]`: the narrative date before `out[i]` was found.
        let mut before: Vec<Story> = Vec::with_capacity(guess);
        let mut period_ref: Option<Gran> = None;
        let mut covered = 0usize;
        // The last date the narrative established, and where: "the night before", "a year
        // earlier", "the quarter" resolve against it.
        let mut last: Option<(Gran, usize)> = anchor.map(|d| (Gran::Day(d.0), 0));
        let mut future_at: Option<usize> = None;
        let mut sentence_ix = 0;
        for hit in hits {
            if hit.span.start >= limit {
                break;
            }
            let word = match hit.tag {
                Tag::Time(i) => self.words[usize::from(i)],
                Tag::Year(_) => Word::Local,
                _ => continue,
            };
            if word == Word::Future {
                // "had been scheduled to", "was due to": a future seen from the past.
                if self.before(text, hit.span.start, "pastaux").is_none() {
                    future_at = Some(hit.span.start);
                }
                continue;
            }
            if hit.span.start < covered {
                continue;
            }
            while sentence_ix + 1 < sentences.len()
                && sentences[sentence_ix].span.end <= hit.span.start
            {
                sentence_ix += 1;
            }
            let sentence = sentences
                .get(sentence_ix)
                .map_or(Span::new(0, text.len()), |s| s.span);
            let row = match hit.tag {
                Tag::Time(i) => usize::from(i),
                _ => 0,
            };
            let tag = self.lex.rows.get(row).map_or("", |r| r.tag.as_str());
            let future = future_at.is_some_and(|p| p >= sentence.start);
            let run = |last: Option<(Gran, usize)>,
                       period_ref: Option<Gran>,
                       prev: Option<&Date>| {
                let ctx = Ctx {
                    text,
                    t: self,
                    anchor: anchor.map(|d| d.0),
                    future,
                    last: last.map(|(g, _)| g),
                    period: period_ref,
                    prev,
                };
                match (hit.tag, word) {
                    (Tag::Year(y), _) => ctx.year(hit.span, i32::from(y)),
                    (_, Word::Month(m)) => ctx.month(hit.span, m),
                    (_, Word::Weekday(w)) => ctx.weekday(hit.span, w),
                    (_, Word::Rel(n)) => ctx.relative_day(hit.span, n),
                    (_, Word::Unit(u)) => ctx.unit(hit.span, u),
                    (_, Word::Narrative(n)) => ctx.narrative(hit.span, n),
                    (_, Word::DayPart) => ctx.day_part(hit.span, tag, false),
                    (_, Word::Tonight) => ctx.day_part(hit.span, tag, true),
                    (_, Word::Season) => ctx.season(hit.span, tag),
                    (_, Word::Weekend) => ctx.weekend(hit.span),
                    (_, Word::Quarter(q)) => ctx.quarter(hit.span, q),
                    (_, Word::Period) => ctx.period(hit.span, false),
                    (_, Word::Ref) => ctx.reference(hit.span, tag),
                    (_, Word::Set) => Some(found(hit.span, DateKind::Set, Some(tag.to_string()))),
                    (_, Word::Clock) => ctx.clock(hit.span, tag),
                    _ => None,
                }
            };
            let Some(mut f) = run(last, period_ref, out.last()) else {
                continue;
            };
            if !valid(text, f.span) {
                continue;
            }
            if f.span.start < covered {
                // A longer expression swallows the earlier ones it covers; a partial overlap
                // loses. It is read again as if they had not been found.
                let start = f.span.start;
                let keep = out.partition_point(|d| d.span.start < start);
                if keep == out.len()
                    || out[keep..].iter().any(|d| d.span.end > f.span.end)
                    || (keep > 0 && out[keep - 1].span.end > start)
                {
                    continue;
                }
                let restored = before[keep];
                let Some(g) = run(restored.0, restored.1, out.last()) else {
                    continue;
                };
                if !valid(text, g.span) || g.span.start > start || g.span.end < f.span.end {
                    continue;
                }
                out.truncate(keep);
                before.truncate(keep);
                (last, period_ref) = restored;
                f = g;
            }
            let span = f.span;
            before.push((last, period_ref));
            if f.anchors {
                let v = match f.kind {
                    DateKind::Date => f.value.as_deref(),
                    DateKind::Time => f.value.as_deref().and_then(|v| v.get(..10)),
                    _ => None,
                };
                if let Some(g) = v.and_then(Gran::parse) {
                    last = Some((g, span.start.max(1)));
                    if matches!(g, Gran::Quarter(..) | Gran::Half(..)) {
                        period_ref = Some(g);
                    }
                }
            }
            covered = covered.max(span.end);
            out.push(Date {
                text: text[span.range()].to_string(),
                span,
                kind: f.kind,
                value: f.value,
                modifier: f.modifier,
                range: f.range,
            });
        }
        out
    }

    /// A modifier ("nearly", "more than", "late") ending right before byte `start`.
    fn modifier_before(&self, text: &str, start: usize) -> Option<(usize, DateMod)> {
        let before = text.get(..start)?.trim_end_matches([' ', '-']);
        if start - before.len() > 2 {
            return None;
        }
        let last = before.as_bytes().last()?.to_ascii_lowercase();
        for (f, m) in &self.modifiers {
            if f.as_bytes().last() != Some(&last) {
                continue;
            }
            let Some(s) = before.len().checked_sub(f.len()) else {
                continue;
            };
            if before.get(s..).is_some_and(|w| w.eq_ignore_ascii_case(f)) && is_boundary(text, s) {
                return Some((s, *m));
            }
        }
        None
    }

    /// A form of local class `class` ending right before byte `start` (one or two spaces or a
    /// hyphen between): where it starts and its tag.
    fn before(&self, text: &str, start: usize, class: &str) -> Option<(usize, &str)> {
        let before = text.get(..start)?.trim_end_matches([' ', '-']);
        let gap = start - before.len();
        if gap == 0 || gap > 2 {
            return None;
        }
        let last = before.as_bytes().last()?.to_ascii_lowercase();
        let local = self.locals.get(class)?;
        for i in Local::with(&local.by_last, last) {
            let (f, tag) = &local.forms[i];
            let Some(s) = before.len().checked_sub(f.len()) else {
                continue;
            };
            if before.get(s..).is_some_and(|w| w.eq_ignore_ascii_case(f)) && is_boundary(text, s) {
                return Some((s, tag.as_str()));
            }
        }
        None
    }

    /// A form of local class `class` starting right after byte `end` (after one space): where
    /// it ends and its tag.
    fn after(&self, text: &str, end: usize, class: &str) -> Option<(usize, &str)> {
        let rest = text.get(end..)?.strip_prefix(' ')?;
        let at = end + 1;
        let first = rest.as_bytes().first()?.to_ascii_lowercase();
        let local = self.locals.get(class)?;
        for i in Local::with(&local.by_first, first) {
            let (f, tag) = &local.forms[i];
            let e = at + f.len();
            if rest
                .get(..f.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(f))
                && is_boundary(text, e)
            {
                return Some((e, tag.as_str()));
            }
        }
        None
    }

    /// Extends `start` over an article ("the") right before it.
    fn with_article(&self, text: &str, start: usize) -> usize {
        self.before(text, start, "article")
            .map_or(start, |(s, _)| s)
    }
}

/// What the narrative had established: its last date (and where), and its reporting period.
type Story = (Option<(Gran, usize)>, Option<Gran>);

/// Whether `span` is a non-empty slice of `text` on character boundaries.
fn valid(text: &str, span: Span) -> bool {
    span.start < span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

/// What a handler found.
struct Found {
    span: Span,
    kind: DateKind,
    value: Option<String>,
    modifier: Option<DateMod>,
    range: Option<DayRange>,
    /// Whether the narrative moves to this date. A comparison ("a year earlier", "the
    /// year-ago quarter") does not: the next one compares with the same date again.
    anchors: bool,
}

fn found(span: Span, kind: DateKind, value: Option<String>) -> Found {
    Found {
        span,
        kind,
        value,
        modifier: None,
        range: None,
        anchors: true,
    }
}

fn found_gran(span: Span, g: Option<Gran>) -> Found {
    let (value, range) = match g {
        Some(g) => {
            let (v, r) = g.value();
            (Some(v), r)
        }
        None => (None, None),
    };
    Found {
        span,
        kind: DateKind::Date,
        value,
        modifier: None,
        range,
        anchors: true,
    }
}

struct Ctx<'t> {
    text: &'t str,
    t: &'t Temporal,
    anchor: Option<NaiveDate>,
    /// A future-tense cue stands earlier in the sentence.
    future: bool,
    /// The last date the narrative established.
    last: Option<Gran>,
    /// The last quarter or half-year the text established: the reporting period that "a year
    /// ago" and "the year-earlier period" compare with.
    period: Option<Gran>,
    /// The previous expression found.
    prev: Option<&'t Date>,
}

impl Ctx<'_> {
    /// A standalone year, "mid-2022", "fiscal 1989", "the 1990s", or an ISO date starting with a
    /// year.
    fn year(&self, span: Span, y: i32) -> Option<Found> {
        let text = self.text;
        let t = self.t;
        let rest = text.get(span.end..)?;
        let b = rest.as_bytes();
        if b.len() >= 6
            && b[0] == b'-'
            && digits(rest.get(1..3)?)
            && b[3] == b'-'
            && digits(rest.get(4..6)?)
        {
            let (m, d) = (rest[1..3].parse().ok()?, rest[4..6].parse().ok()?);
            if b.get(6).is_some_and(u8::is_ascii_digit) {
                return None;
            }
            let day = NaiveDate::from_ymd_opt(y, m, d)?;
            return Some(found_gran(
                Span::new(span.start, span.end + 6),
                Some(Gran::Day(day)),
            ));
        }
        let decade = text.get(span.range())?.ends_with('s');
        let mut start = span.start;
        let mut modifier = None;
        if let Some((s, md)) = t.modifier_before(text, start) {
            if matches!(md, DateMod::Start | DateMod::Mid | DateMod::End) {
                start = s;
                modifier = Some(md);
            }
        }
        if modifier.is_none() {
            // Not part of a larger number or an amount.
            let prev = text.get(..span.start)?.chars().next_back();
            let next = rest.chars().next();
            if matches!(prev, Some('$' | '€' | '£' | '.' | ',' | '-' | '/'))
                || matches!(next, Some('%' | '-' | '/'))
                || (matches!(next, Some(',' | '.'))
                    && rest[1..].starts_with(|c: char| c.is_ascii_digit()))
            {
                return None;
            }
            if let Some((s, _)) = t.before(text, start, "fiscal") {
                start = s;
            } else if is_count(text, span, t) {
                return None;
            }
        }
        if decade || modifier.is_some() {
            start = t.with_article(text, start);
        }
        if decade {
            let first = NaiveDate::from_ymd_opt(y, 1, 1)?;
            let last = NaiveDate::from_ymd_opt(y + 9, 12, 31)?;
            return Some(Found {
                span: Span::new(start, span.end),
                kind: DateKind::Date,
                value: Some(format!("{}", y / 10)),
                modifier,
                range: Some(range(first, last)),
                anchors: true,
            });
        }
        let mut f = found_gran(Span::new(start, span.end), Some(Gran::Year(y)));
        f.modifier = modifier;
        Some(f)
    }

    /// "June 3, 2023", "3 June 2023", "June 3", "June 2023", "in February", "last May",
    /// "the end of November".
    fn month(&self, span: Span, m: u32) -> Option<Found> {
        let text = self.text;
        let t = self.t;
        let mut start = span.start;
        let mut end = span.end;
        let mut day = None;
        let mut year = None;
        // Day after: " 3", " 3rd", then ", 2023" or " 2023".
        if let Some((d, len)) = day_number(text.get(end..)?) {
            day = Some(d);
            end += len;
        } else if let Some((d, s)) = day_before(text, start) {
            day = Some(d);
            start = s;
        }
        if let Some((y, len)) = year_after(text.get(end..)?) {
            year = Some(y);
            end += len;
        }
        let mut shift = None;
        // "June last year", "January this year".
        if year.is_none() {
            if let Some((e, tag)) = t.after(text, end, "shift") {
                if let Some((e2, _)) = t.after(text, e, "yearword") {
                    shift = tag.parse::<i32>().ok();
                    if let (Some(a), Some(n)) = (self.anchor, shift) {
                        year = Some(a.year() + n);
                    }
                    end = e2;
                }
            }
        }
        let mut modifier = None;
        if day.is_none() && shift.is_none() {
            if let Some((s, tag)) = t.before(text, start, "shift") {
                if text.get(s..start).is_some_and(|w| !w.contains('-')) {
                    shift = tag.parse::<i32>().ok();
                    start = s;
                }
            }
            if let Some((s, md)) = t.modifier_before(text, start) {
                if matches!(md, DateMod::Start | DateMod::Mid | DateMod::End) {
                    start = t.with_article(text, s);
                    modifier = Some(md);
                }
            }
        }
        if day.is_none() && year.is_none() && modifier.is_none() && shift.is_none() {
            // A bare month: "May" and "March" are also common words and stand alone only after
            // a preposition; the rest too unless a name follows ("June Smith").
            let name = text.get(span.range()).unwrap_or("").to_lowercase();
            let ambiguous = t
                .locals
                .get("ambiguous")
                .is_some_and(|v| v.forms.iter().any(|(f, _)| *f == name));
            let named = text
                .get(end..)
                .and_then(|r| r.strip_prefix(' '))
                .is_some_and(|r| r.starts_with(char::is_uppercase));
            if (ambiguous || named) && t.before(text, span.start, "prep").is_none() {
                return None;
            }
        }
        let y = year.or_else(|| {
            let a = self.anchor?;
            let key = (m, day.unwrap_or(0));
            let now = (a.month(), if day.is_some() { a.day() } else { 0 });
            Some(match shift {
                Some(0) => a.year(),
                Some(s) if s < 0 => a.year() - i32::from(m >= a.month()),
                Some(_) => a.year() + i32::from(m <= a.month()),
                None if self.future && t.before(text, start, "pastprep").is_none() => {
                    a.year() + i32::from(key < now)
                }
                None => past_leaning_year(a, m, day),
            })
        });
        let (value, rng) = match (y, day) {
            (Some(y), Some(d)) => {
                let date = NaiveDate::from_ymd_opt(y, m, d)?;
                (day_value(date), Some(range(date, date)))
            }
            (Some(y), None) => (format!("{y:04}-{m:02}"), months_range(y, m, 1)),
            (None, Some(d)) => (format!("XXXX-{m:02}-{d:02}"), None),
            (None, None) => (format!("XXXX-{m:02}"), None),
        };
        Some(Found {
            span: Span::new(start, end),
            kind: DateKind::Date,
            value: Some(value),
            modifier,
            range: rng,
            anchors: true,
        })
    }

    /// "Tuesday", "Saturday (June 3)", "late Friday", "last Friday", "each Thursday".
    fn weekday(&self, span: Span, w: u32) -> Option<Found> {
        let text = self.text;
        let t = self.t;
        let mut start = span.start;
        let mut end = span.end;
        let mut explicit = None;
        // "(June 3)" or ", June 3" right after.
        let rest = text.get(end..)?;
        let trimmed = rest.trim_start_matches([' ', ',']);
        let open = trimmed.starts_with('(');
        let inner = trimmed.trim_start_matches('(');
        if let Some((m, mlen)) = month_name(t, inner) {
            if let Some((d, dlen)) = day_number(inner.get(mlen..)?) {
                let mut e = end + (rest.len() - inner.len()) + mlen + dlen;
                let mut year = None;
                if let Some((y, ylen)) = year_after(text.get(e..)?) {
                    year = Some(y);
                    e += ylen;
                }
                if open && text.get(e..)?.starts_with(')') {
                    e += 1;
                }
                if !open || text.get(..e)?.ends_with(')') {
                    explicit = Some((m, d, year));
                    end = e;
                }
            }
        }
        if explicit.is_none() {
            if let Some((s, _)) = t.before(text, start, "quant") {
                return Some(found(
                    Span::new(s, end),
                    DateKind::Set,
                    Some(format!("XXXX-WXX-{w}")),
                ));
            }
        }
        let mut modifier = None;
        let mut shift = None;
        if let Some((s, tag)) = t.before(text, start, "shift") {
            shift = tag.parse::<i32>().ok();
            start = t.with_article(text, s);
        } else if let Some((s, md)) = t.modifier_before(text, start) {
            if matches!(md, DateMod::Start | DateMod::End) && !text[s..start].contains('-') {
                modifier = Some(md);
                start = s;
            }
        }
        let weekday = Weekday::try_from((w - 1) as u8).ok()?;
        let date = match (explicit, self.anchor) {
            (Some((m, d, Some(y))), _) => NaiveDate::from_ymd_opt(y, m, d),
            (Some((m, d, None)), Some(a)) => year_for_weekday(a, m, d, weekday),
            (Some((m, d, None)), None) => {
                let mut f = found(
                    Span::new(start, end),
                    DateKind::Date,
                    Some(format!("XXXX-{m:02}-{d:02}")),
                );
                f.modifier = modifier;
                return Some(f);
            }
            (None, Some(a)) => match shift {
                Some(s) if s < 0 => add_days(a, -1).and_then(|d| last_weekday(d, weekday)),
                Some(s) if s > 0 => add_days(a, 1).and_then(|d| next_weekday(d, weekday)),
                // "said Friday", "told reporters on Friday": the report is past.
                _ if self.future
                    && !self.reported_before(start)
                    && t.before(text, start, "pastprep").is_none() =>
                {
                    next_weekday(a, weekday)
                }
                _ => last_weekday(a, weekday),
            },
            (None, None) => None,
        };
        if let (Some(p), Some(d)) = (self.prev, date) {
            // "noon Thursday", "10 p.m. Wednesday".
            let time = p
                .value
                .as_deref()
                .and_then(|v| v.find('T').map(|i| &v[i..]));
            if let (DateKind::Time, Some(time), Some(" ")) =
                (p.kind, time, text.get(p.span.end..start))
            {
                let mut f = found(
                    Span::new(p.span.start, end),
                    DateKind::Time,
                    Some(format!("{}{time}", day_value(d))),
                );
                f.range = Some(range(d, d));
                return Some(f);
            }
        }
        let mut f = found_gran(Span::new(start, end), date.map(Gran::Day));
        f.modifier = modifier;
        Some(f)
    }

    /// "noon", "midnight", "10 p.m.", "7:15 a.m.": on the narrative's day.
    fn clock(&self, span: Span, tag: &str) -> Option<Found> {
        let text = self.text;
        let mut start = span.start;
        let time = if let Some(add) = tag.strip_prefix('+') {
            // An hour (and minutes) before: "10 ", "7:15 ".
            let before = text.get(..start)?.strip_suffix(' ')?;
            let n = before
                .bytes()
                .rev()
                .take_while(|b| b.is_ascii_digit() || *b == b':')
                .count();
            let num = before.get(before.len() - n..)?;
            start = before.len() - n;
            if n == 0 || !is_boundary(text, start) {
                return None;
            }
            let (h, m) = match num.split_once(':') {
                Some((h, m)) if m.len() == 2 => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
                Some(_) => return None,
                None => (num.parse::<u32>().ok()?, 0),
            };
            if !(1..=12).contains(&h) || m > 59 {
                return None;
            }
            let add: u32 = add.parse().unwrap_or(0);
            let h = h % 12 + add;
            format!("{h:02}:{m:02}")
        } else {
            tag.to_string()
        };
        let day = match self.last {
            Some(Gran::Day(d)) => Some(d),
            _ => self.anchor,
        };
        let mut f = found(
            Span::new(start, span.end),
            DateKind::Time,
            Some(match day {
                Some(d) => format!("{}T{time}", day_value(d)),
                None => format!("XXXX-XX-XXT{time}"),
            }),
        );
        f.anchors = false;
        Some(f)
    }

    /// Whether a reporting verb ("said", "told reporters") stands right before byte `start`,
    /// skipping "on" and one object word.
    fn reported_before(&self, start: usize) -> bool {
        let t = self.t;
        let mut s = start;
        if let Some((b, _)) = t.before(self.text, s, "on") {
            s = b;
        }
        if t.before(self.text, s, "saidverb").is_some() {
            return true;
        }
        prev_word(self.text, s)
            .map(|w| s - w.len() - 1)
            .and_then(|b| t.before(self.text, b, "saidverb"))
            .is_some()
    }

    /// "today", "yesterday", "late yesterday".
    fn relative_day(&self, span: Span, n: i64) -> Option<Found> {
        let day = self.anchor.and_then(|a| add_days(a, n));
        let mut start = span.start;
        let mut modifier = None;
        if let Some((s, md)) = self.t.modifier_before(self.text, start) {
            if matches!(md, DateMod::Start | DateMod::End) && !self.text[s..start].contains('-') {
                modifier = Some(md);
                start = s;
            }
        }
        let mut f = found_gran(Span::new(start, span.end), day.map(Gran::Day));
        f.modifier = modifier;
        Some(f)
    }

    /// "the night before", "the next day": relative to the last day the narrative established.
    fn narrative(&self, span: Span, n: i64) -> Option<Found> {
        // "the eve of the summit" is relative to the summit, not to the narrative.
        if self
            .t
            .after(self.text, span.end, "prep")
            .is_some_and(|(e, _)| {
                self.text
                    .get(span.end..e)
                    .is_some_and(|w| w.trim().eq_ignore_ascii_case("of"))
            })
        {
            return None;
        }
        let day = match self.last? {
            Gran::Day(d) => d,
            _ => self.anchor?,
        };
        Some(found_gran(span, add_days(day, n).map(Gran::Day)))
    }

    /// "this morning", "last night", "tonight", "Tuesday night", "yesterday afternoon".
    fn day_part(&self, span: Span, part: &str, tonight: bool) -> Option<Found> {
        let text = self.text;
        let t = self.t;
        let time = |start: usize, d: Option<NaiveDate>, modifier: Option<DateMod>| Found {
            span: Span::new(start, span.end),
            kind: DateKind::Time,
            value: d.map(|d| format!("{}T{part}", day_value(d))),
            modifier,
            range: d.map(|d| range(d, d)),
            anchors: true,
        };
        if tonight {
            return Some(time(span.start, self.anchor, None));
        }
        // A day written right before: "Tuesday night", "yesterday morning".
        if let Some(p) = self.prev {
            if text.get(p.span.end..span.start) == Some(" ") {
                if let Some(Gran::Day(d)) = p.value.as_deref().and_then(Gran::parse) {
                    return Some(time(p.span.start, Some(d), p.modifier));
                }
            }
        }
        let (mut start, day) = if let Some((s, tag)) = t.before(text, span.start, "shift") {
            let a = self.anchor;
            match tag {
                "0" => (s, a),
                "-1" if part == "NI" => (s, a.and_then(|a| add_days(a, -1))),
                _ => return None,
            }
        } else if let Some((s, _)) = t.before(text, span.start, "article") {
            match self.last {
                Some(Gran::Day(d)) => (s, Some(d)),
                _ => return None,
            }
        } else {
            return None;
        };
        let mut modifier = None;
        if let Some((s, md)) = t.modifier_before(text, start) {
            if matches!(md, DateMod::Start | DateMod::Mid | DateMod::End) {
                modifier = Some(md);
                start = s;
            }
        }
        Some(time(start, day, modifier))
    }

    /// "this summer", "last winter", "the spring of 1994", "summer 2020".
    fn season(&self, span: Span, s: &str) -> Option<Found> {
        let text = self.text;
        let t = self.t;
        let start_month = match s {
            "SP" => 3,
            "SU" => 6,
            "FA" => 9,
            _ => 12,
        };
        let mut start = span.start;
        let mut end = span.end;
        let mut year = None;
        if let Some((y, len)) = year_after(text.get(end..)?) {
            year = Some(y);
            end += len;
        } else if let Some(rest) = text.get(end..).and_then(|r| r.strip_prefix(" of")) {
            if let Some((y, len)) = year_after(rest) {
                year = Some(y);
                end += 3 + len;
            }
        }
        let mut shift = None;
        if let Some((b, tag)) = t.before(text, start, "shift") {
            shift = tag.parse::<i32>().ok();
            start = b;
        }
        let mut modifier = None;
        if let Some((b, md)) = t.modifier_before(text, start) {
            if matches!(md, DateMod::Start | DateMod::Mid | DateMod::End) {
                modifier = Some(md);
                start = b;
            }
        }
        let article = t.before(text, start, "article");
        if let Some((b, _)) = article {
            start = b;
        }
        let weak = year.is_none() && shift.is_none() && modifier.is_none();
        if weak && article.is_none() && t.before(text, start, "seasonprep").is_none() {
            return None;
        }
        // "the fall of the city": a noun, not the season.
        if weak
            && text
                .get(end..)
                .is_some_and(|r| r.starts_with(" of ") || r.starts_with(" in "))
        {
            return None;
        }
        let first = |y: i32| NaiveDate::from_ymd_opt(y, start_month, 1);
        let last = |y: i32| {
            first(y)
                .and_then(|d| d.checked_add_months(Months::new(3)))
                .and_then(|d| add_days(d, -1))
        };
        let y = match (year, self.anchor) {
            (Some(y), _) => Some(y),
            (None, Some(a)) => {
                let ys = [a.year() - 1, a.year(), a.year() + 1];
                let pick = |ok: &dyn Fn(i32) -> bool, rev: bool| {
                    let mut it: Vec<i32> = ys.to_vec();
                    if rev {
                        it.reverse();
                    }
                    it.into_iter().find(|&y| ok(y))
                };
                match shift {
                    Some(0) => Some(a.year() - i32::from(start_month == 12 && a.month() <= 2)),
                    Some(n) if n < 0 => pick(&|y| last(y).is_some_and(|l| l < a), true),
                    Some(_) => pick(&|y| first(y).is_some_and(|f| f > a), false),
                    None if self.future => pick(&|y| last(y).is_some_and(|l| l >= a), false),
                    None => pick(&|y| first(y).is_some_and(|f| f <= a), true),
                }
            }
            (None, None) => None,
        };
        Some(Found {
            span: Span::new(start, end),
            kind: DateKind::Date,
            value: Some(match y {
                Some(y) => format!("{y:04}-{s}"),
                None => format!("XXXX-{s}"),
            }),
            modifier,
            range: y.and_then(|y| Some(range(first(y)?, last(y)?))),
            anchors: true,
        })
    }

    /// "the weekend", "last weekend", "this weekend".
    fn weekend(&self, span: Span) -> Option<Found> {
        let text = self.text;
        let t = self.t;
        let (mut start, shift) = match t.before(text, span.start, "shift") {
            Some((s, tag)) => (s, tag.parse::<i32>().ok()),
            None => (t.before(text, span.start, "article")?.0, None),
        };
        start = t.with_article(text, start);
        let sat = self.anchor.and_then(|a| match shift {
            Some(n) if n < 0 => add_days(a, -1).and_then(|d| last_weekday(d, Weekday::Sat)),
            Some(n) if n > 0 => add_days(a, 2).and_then(|d| next_weekday(d, Weekday::Sat)),
            _ if self.future => next_weekday(a, Weekday::Sat),
            _ => last_weekday(a, Weekday::Sat),
        });
        let value = match sat {
            Some(d) => {
                let w = d.iso_week();
                format!("{:04}-W{:02}-WE", w.year(), w.week())
            }
            None => "XXXX-WXX-WE".to_string(),
        };
        Some(Found {
            span: Span::new(start, span.end),
            kind: DateKind::Date,
            value: Some(value),
            modifier: None,
            range: sat.and_then(|d| Some(range(d, add_days(d, 1)?))),
            anchors: true,
        })
    }

    /// "the third quarter", "third-quarter", "the fourth quarter of 1990", "the 1988 second
    /// quarter", "the year-earlier third quarter", "the first half".
    fn quarter(&self, span: Span, q: u32) -> Option<Found> {
        let text = self.text;
        let t = self.t;
        let mut start = span.start;
        let mut end = span.end;
        let mut year = None;
        // " of 1990", " of fiscal 1990".
        if let Some(rest) = text.get(end..).and_then(|r| r.strip_prefix(" of")) {
            let (skip, r) = match r_strip_fiscal(rest) {
                Some(r) => (rest.len() - r.len(), r),
                None => (0, rest),
            };
            if let Some((y, len)) = year_after(r) {
                year = Some(y);
                end += 3 + skip + len;
            }
        }
        // "1988 " or "fiscal 1988 " before.
        if year.is_none() {
            if let Some((y, s)) = year_before(text, start) {
                year = Some(y);
                start = t.before(text, s, "fiscal").map_or(s, |(f, _)| f);
            }
        }
        let mut yshift = 0i32;
        if year.is_none() {
            if let Some((s, tag)) = t.before(text, start, "yearshift") {
                yshift = tag.parse().unwrap_or(0);
                start = s;
            }
        }
        let mut modifier = None;
        if let Some((s, md)) = t.modifier_before(text, start) {
            if matches!(md, DateMod::Start | DateMod::Mid | DateMod::End) {
                modifier = Some(md);
                start = s;
            }
        }
        // "the third-quarter profit": a hyphenated adjective leaves the article to its noun.
        if start < span.start || !text.get(span.range()).is_some_and(|w| w.contains('-')) {
            start = t.with_article(text, start);
        }
        let half = q > 4;
        let n = if half { q - 4 } else { q };
        let first_month = if half { 6 * n - 5 } else { 3 * n - 2 };
        let y = year.or_else(|| {
            let a = self.anchor?;
            let begins = |y: i32| NaiveDate::from_ymd_opt(y, first_month, 1);
            let y = if self.future {
                nearest_year(a, first_month + if half { 3 } else { 1 }, 15)
            } else {
                (a.year() - 1..=a.year())
                    .rev()
                    .find(|&y| begins(y).is_some_and(|b| b <= a))?
            };
            Some(y + yshift)
        });
        let g = y.map(|y| {
            if half {
                Gran::Half(y, n)
            } else {
                Gran::Quarter(y, n)
            }
        });
        let mut f = match g {
            Some(g) => found_gran(Span::new(start, end), Some(g)),
            None => found(
                Span::new(start, end),
                DateKind::Date,
                Some(if half {
                    format!("XXXX-H{n}")
                } else {
                    format!("XXXX-Q{n}")
                }),
            ),
        };
        f.modifier = modifier;
        f.anchors = yshift == 0;
        Some(f)
    }

    /// "the quarter", "the latest quarter", "the year-earlier period": the quarter (or period)
    /// the narrative is about.
    fn period(&self, span: Span, quarter: bool) -> Option<Found> {
        let text = self.text;
        let t = self.t;
        let mut start = span.start;
        let mut yshift = None;
        if let Some((s, tag)) = t.before(text, start, "yearshift") {
            yshift = tag.parse::<i64>().ok();
            start = s;
        }
        let latest = t.before(text, start, "latest");
        if let Some((s, _)) = latest {
            start = s;
        }
        let strong = yshift.is_some() || latest.is_some_and(|(_, tag)| tag == "ref");
        if !(strong || quarter && latest.is_some()) {
            return None;
        }
        start = t.with_article(text, start);
        let base = match (self.last, self.anchor) {
            _ if self.period.is_some() => self.period,
            (Some(g @ (Gran::Month(..) | Gran::Year(_))), _) if !quarter => Some(g),
            (_, Some(a)) if quarter => Gran::at(a, Unit::Quarter)?.shift(Unit::Quarter, -1),
            _ => None,
        };
        let g = match yshift {
            Some(n) if n != 0 => base.and_then(|g| g.shift(Unit::Year, n)),
            _ => base,
        };
        if g.is_none() && !quarter {
            return None;
        }
        let mut f = found_gran(Span::new(start, span.end), g);
        f.anchors = yshift.unwrap_or(0) == 0;
        Some(f)
    }

    /// "now", "recently", "the future". An adjective reference ("current", "the past") followed
    /// by a unit is swallowed when the longer expression ("the current year", "the past two
    /// months") is read.
    fn reference(&self, span: Span, value: &str) -> Option<Found> {
        Some(found(span, DateKind::Date, Some(value.to_string())))
    }

    /// "last week", "later this month", "nearly 18 months", "a week ago", "two-day",
    /// "the past two months", "a year earlier", "every week", "recent years".
    fn unit(&self, span: Span, u: Unit) -> Option<Found> {
        let text = self.text;
        let t = self.t;
        let word = text.get(span.range())?;
        let plural = word.ends_with('s');
        // "year-earlier", "year-ago": the narrative's period a year back.
        if u == Unit::Year && !plural {
            if let Some(rest) = text.get(span.end..) {
                for suffix in ["-earlier", "-ago"] {
                    if rest.starts_with(suffix) && is_boundary(text, span.end + suffix.len()) {
                        // "the year-earlier quarter" is the quarter's; the word alone is a date.
                        let g = self
                            .period
                            .or(self.last)
                            .or_else(|| self.anchor.map(|a| Gran::Year(a.year())))
                            .and_then(|g| g.shift(Unit::Year, -1));
                        let g = g.map(|g| match g {
                            Gran::Day(d) | Gran::Week(d) => Gran::Year(d.year()),
                            g => g,
                        });
                        let mut f = found_gran(Span::new(span.start, span.end + suffix.len()), g);
                        f.anchors = false;
                        return Some(f);
                    }
                }
            }
        }
        // "every week", "each month".
        if !plural {
            if let Some((s, _)) = t.before(text, span.start, "quant") {
                return Some(found(
                    Span::new(s, span.end),
                    DateKind::Set,
                    Some(u.duration(Some(1))),
                ));
            }
        }
        // "last week", "this month", "the following year", "earlier this year".
        if !plural {
            // The shift may be part of the scanned surface ("next week" is also an event cue).
            let inner = word.split_once(' ').and_then(|(head, _)| {
                let lower = head.to_ascii_lowercase();
                t.locals
                    .get("shift")?
                    .forms
                    .iter()
                    .find(|(f, _)| *f == lower)
                    .map(|(_, tag)| (span.start, tag.as_str()))
            });
            let shifted = if let Some((s, tag)) =
                inner.or_else(|| t.before(text, span.start, "shift"))
            {
                let shift: i64 = tag.parse().unwrap_or(0);
                let g = self.anchor.map(|a| {
                    Gran::at(a, u).and_then(|g| {
                        if shift == 0 {
                            Some(g)
                        } else {
                            g.shift(u, shift)
                        }
                    })
                });
                Some((s, g, shift))
            } else if let Some((s, tag)) = t.before(text, span.start, "narrshift") {
                let shift: i64 = tag.parse().unwrap_or(1);
                let g = self.last.and_then(|l| {
                    let base = match (l, u) {
                        (Gran::Day(d) | Gran::Week(d), _) => Gran::at(d, u),
                        (Gran::Month(y, m), _) => {
                            NaiveDate::from_ymd_opt(y, m, 1).and_then(|d| Gran::at(d, u))
                        }
                        (Gran::Quarter(y, _) | Gran::Half(y, _) | Gran::Year(y), Unit::Year) => {
                            Some(Gran::Year(y))
                        }
                        (g @ Gran::Quarter(..), Unit::Quarter) => Some(g),
                        _ => None,
                    }?;
                    base.shift(u, shift)
                });
                Some((s, Some(g), shift))
            } else {
                None
            };
            if let Some((s, g, shift)) = shifted {
                if matches!(u, Unit::Hour | Unit::Minute) {
                    return None;
                }
                if u == Unit::Decade {
                    // "the last decade": the decade before the anchor's, "199".
                    let start = t.with_article(text, s);
                    let d = self
                        .anchor
                        .map(|a| i64::from(a.year()).div_euclid(10) + shift);
                    let value = d.map_or("XXX".to_string(), |d| d.to_string());
                    let rng = d.and_then(|d| {
                        let y = i32::try_from(d * 10).ok()?;
                        Some(range(
                            NaiveDate::from_ymd_opt(y, 1, 1)?,
                            NaiveDate::from_ymd_opt(y + 9, 12, 31)?,
                        ))
                    });
                    let mut f = found(Span::new(start, span.end), DateKind::Date, Some(value));
                    f.range = rng;
                    return Some(f);
                }
                let mut start = t.with_article(text, s);
                let mut modifier = None;
                if let Some((b, m)) = t.modifier_before(text, start) {
                    start = t.with_article(text, b);
                    modifier = Some(m);
                }
                let mut f = match g {
                    Some(g) => found_gran(Span::new(start, span.end), g),
                    None => found(
                        Span::new(start, span.end),
                        DateKind::Date,
                        match u {
                            Unit::Year => Some("XXXX".to_string()),
                            Unit::Quarter => Some("XXXX-QX".to_string()),
                            Unit::Month => Some("XXXX-XX".to_string()),
                            Unit::Week => Some("XXXX-WXX".to_string()),
                            _ => None,
                        },
                    ),
                };
                f.modifier = modifier;
                return Some(f);
            }
        }
        // A count: "18 months", "two-day", "a year", "several years", "a few days".
        let hyphen = text.get(..span.start)?.ends_with('-');
        let digits_before = prev_word(text, span.start)
            .filter(|w| w.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|w| Some((w.parse::<u32>().ok()?, w.len())));
        let (n, num_start) =
            if let (Some((s, _)), false) = (t.before(text, span.start, "vague"), hyphen) {
                (None, s)
            } else if let Some((n, len)) = digits_before {
                let gap = text[..span.start].len()
                    - text[..span.start].trim_end_matches([' ', '-']).len();
                (Some(n), span.start - gap - len)
            } else if let Some((s, tag)) = t.before(text, span.start, "number") {
                let n: u32 = tag.parse().unwrap_or(1);
                // "twenty-five", "forty two".
                match t.before(text, s, "number") {
                    Some((s2, tens))
                        if n < 10 && tens.parse::<u32>().is_ok_and(|x| x >= 20 && x % 10 == 0) =>
                    {
                        (Some(n + tens.parse::<u32>().unwrap_or(0)), s2)
                    }
                    _ => (Some(n), s),
                }
            } else {
                return self.uncounted(span, u, plural);
            };
        // "three-quarters of", "a quarter of the vote": fractions, not periods.
        if u == Unit::Quarter
            && (hyphen || text.get(span.end..).is_some_and(|r| r.starts_with(" of ")))
        {
            return None;
        }
        let mut start = num_start;
        let mut modifier = None;
        if let Some((s, m)) = t.modifier_before(text, start) {
            start = s;
            modifier = Some(m);
        }
        let mut end = span.end;
        // "a week ago": back from the anchor; "a year earlier": from the narrative.
        if !hyphen {
            if let Some((e, _)) = t.after(text, end, "ago") {
                let base = match (self.period, self.anchor) {
                    (Some(g), Some(_)) if matches!(u, Unit::Year | Unit::Quarter) => Some(g),
                    // "a week ago" is a day, as "seven days ago" is.
                    (_, Some(a)) if u == Unit::Week => Some(Gran::Day(a)),
                    (_, Some(a)) => Gran::at(a, u),
                    _ => None,
                };
                let g = match n {
                    Some(n) => base.and_then(|b| b.shift(u, -i64::from(n))),
                    None => None,
                };
                if n.is_none() {
                    let mut f = found(
                        Span::new(start, e),
                        DateKind::Date,
                        Some("PAST_REF".to_string()),
                    );
                    f.modifier = modifier.filter(|m| *m == DateMod::Approx);
                    f.anchors = false;
                    return Some(f);
                }
                if g.is_some() || base.is_none() {
                    let mut f = found_gran(Span::new(start, e), g);
                    f.modifier = modifier.filter(|m| *m == DateMod::Approx);
                    f.anchors = false;
                    return Some(f);
                }
            }
            if let (Some((e, tag)), Some(n)) = (t.after(text, end, "after"), n) {
                let dir: i64 = tag.parse().unwrap_or(-1);
                let base = match self.period {
                    Some(g) if matches!(u, Unit::Year | Unit::Quarter) => Some(g),
                    _ => self.last.or_else(|| self.anchor.map(Gran::Day)),
                };
                if let Some(g) = base.and_then(|b| b.shift(u, dir * i64::from(n))) {
                    let mut f = found_gran(Span::new(start, e), Some(g));
                    f.modifier = modifier.filter(|m| *m == DateMod::Approx);
                    f.anchors = dir > 0;
                    return Some(f);
                }
            }
        }
        // "the past two months", "the first nine months", "the nine months".
        if !hyphen && modifier.is_none() {
            if let Some((s, _)) = t.before(text, start, "lead") {
                start = s;
            }
            start = t.with_article(text, start);
        } else if hyphen {
            end = span.end;
        }
        Some(Found {
            span: Span::new(start, end),
            kind: DateKind::Duration,
            value: Some(u.duration(n)),
            modifier,
            range: None,
            anchors: true,
        })
    }

    /// A unit with no count: "recent years" (PXY), "the quarter", "weeks or months".
    fn uncounted(&self, span: Span, u: Unit, plural: bool) -> Option<Found> {
        let text = self.text;
        let t = self.t;
        if !plural {
            if u == Unit::Quarter {
                return self.period(span, true);
            }
            let (s, _) = t.before(text, span.start, "article")?;
            // "the year ended Sept. 30": a reporting year, a duration.
            if t.after(text, span.end, "ending").is_some() {
                return Some(found(
                    Span::new(s, span.end),
                    DateKind::Duration,
                    Some(u.duration(Some(1))),
                ));
            }
            // "the end of the year", "the beginning of the month": the anchor's.
            let (b, md) = t.modifier_before(text, s)?;
            if !matches!(md, DateMod::Start | DateMod::Mid | DateMod::End) {
                return None;
            }
            let g = Gran::at(self.anchor?, u)?;
            let mut f = found_gran(Span::new(t.with_article(text, b), span.end), Some(g));
            f.modifier = Some(md);
            return Some(f);
        }
        // "for years", "within weeks": an unspecified count.
        if t.before(text, span.start, "lead").is_none() {
            t.before(text, span.start, "vagueprep")?;
            return Some(found(span, DateKind::Duration, Some(u.duration(None))));
        }
        // "recent years", "the past weeks" point at the past; "coming months" at the future.
        let (s, tag) = t.before(text, span.start, "lead")?;
        let start = t.with_article(text, s);
        Some(if tag.ends_with("_REF") {
            found(
                Span::new(start, span.end),
                DateKind::Date,
                Some(tag.to_string()),
            )
        } else {
            found(
                Span::new(start, span.end),
                DateKind::Duration,
                Some(u.duration(None)),
            )
        })
    }
}

/// Whether a year-like number is a count: "has 2000 tanks" (a lower-case plural after it and a
/// lower-case word before it that is not a preposition or determiner that takes a year).
fn is_count(text: &str, span: Span, t: &Temporal) -> bool {
    // The next word: a lower-case plural ("tanks", "troops"), as counts take.
    let next_lower = text
        .get(span.end..)
        .and_then(|r| r.strip_prefix(' '))
        .and_then(|r| r.split(|c: char| !c.is_alphabetic()).next())
        .is_some_and(|w| w.len() > 2 && w.starts_with(char::is_lowercase) && w.ends_with('s'));
    let prev_lower = prev_word(text, span.start)
        .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
        && text.get(..span.start).is_some_and(|b| b.ends_with(' '));
    next_lower && prev_lower && t.before(text, span.start, "yearprep").is_none()
}

/// "fiscal " at the start of `s` (after one space): the rest.
fn r_strip_fiscal(s: &str) -> Option<&str> {
    let r = s.strip_prefix(' ')?;
    let head = r.get(..7)?;
    head.eq_ignore_ascii_case("fiscal ").then(|| &r[6..])
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

/// `count` months from month `m` of year `y`.
fn months_range(y: i32, m: u32, count: u32) -> Option<DayRange> {
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    let next = first.checked_add_months(Months::new(count))?;
    Some(range(first, add_days(next, -1)?))
}

/// The Monday of `d`'s week; `None` past the calendar's first day.
fn monday(d: NaiveDate) -> Option<NaiveDate> {
    add_days(d, -i64::from(d.weekday().num_days_from_monday()))
}

/// `d` moved by `n` days; `None` outside the calendar, never a panic.
fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(Duration::try_days(n)?)
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
    if s.get(len..)?.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    (1..=31).contains(&d).then_some((d, len))
}

/// "3 " or "3rd " before byte `start`: the day and where it starts.
fn day_before(text: &str, start: usize) -> Option<(u32, usize)> {
    let before = text.get(..start)?.strip_suffix(' ')?;
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

/// "1988 " right before byte `start`: the year and where it starts.
fn year_before(text: &str, start: usize) -> Option<(i32, usize)> {
    let before = text.get(..start)?.strip_suffix(' ')?;
    let before = before.strip_suffix("'s").unwrap_or(before);
    let s = before.len().checked_sub(4)?;
    let y = before.get(s..).filter(|w| digits(w))?;
    if !is_boundary(text, s) {
        return None;
    }
    let y: i32 = y.parse().ok()?;
    (1800..2200).contains(&y).then_some((y, s))
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
    t.months.iter().find_map(|(f, m)| {
        (s.starts_with(f.as_str()) && !s[f.len()..].starts_with(|c: char| c.is_alphabetic()))
            .then_some((*m, f.len()))
    })
}

/// The word right before byte `start`, skipping spaces and one hyphen.
fn prev_word(text: &str, start: usize) -> Option<&str> {
    let before = text.get(..start)?.trim_end_matches([' ', '-']);
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

/// The year of month `m` (day `d`) in a text written on `a` with no tense cue: the coming one
/// when it is near (within about three months) and nearer than the past one, else the past one.
fn past_leaning_year(a: NaiveDate, m: u32, d: Option<u32>) -> i32 {
    let on = |y: i32| NaiveDate::from_ymd_opt(y, m, d.unwrap_or(15).min(28));
    let this = a.year();
    let same_month = d.is_none() && m == a.month();
    match (on(this), on(this - 1), on(this + 1)) {
        _ if same_month => this,
        (Some(c), Some(prev), Some(next)) => {
            let (back, fwd) = if c <= a { (c, next) } else { (prev, c) };
            let (gb, gf) = ((a - back).num_days(), (fwd - a).num_days());
            if gf <= 100 && gf < gb {
                fwd.year()
            } else {
                back.year()
            }
        }
        _ => this,
    }
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

/// The last `w` on or before `a`.
fn last_weekday(a: NaiveDate, w: Weekday) -> Option<NaiveDate> {
    let back = (7 + a.weekday().num_days_from_monday() - w.num_days_from_monday()) % 7;
    add_days(a, -i64::from(back))
}

/// The next `w` on or after `a`.
fn next_weekday(a: NaiveDate, w: Weekday) -> Option<NaiveDate> {
    let fwd = (7 + w.num_days_from_monday() - a.weekday().num_days_from_monday()) % 7;
    add_days(a, i64::from(fwd))
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

    fn day(s: &str) -> chrono::NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn granularities_parse_print_and_shift() {
        use super::{Gran, Unit};
        let cases: &[(&str, Unit, i64, Option<&str>)] = &[
            ("2024-02-29", Unit::Year, -1, Some("2023-02-28")),
            ("2024-02-29", Unit::Day, 1, Some("2024-03-01")),
            ("2024-01-31", Unit::Month, 1, Some("2024-02-29")),
            ("2023-W52", Unit::Week, 1, Some("2024-W01")),
            ("2020-W53", Unit::Week, -1, Some("2020-W52")),
            ("2023-12", Unit::Month, 1, Some("2024-01")),
            ("2023-01", Unit::Year, -1, Some("2022-01")),
            ("1989-Q1", Unit::Quarter, -1, Some("1988-Q4")),
            ("1989-Q3", Unit::Year, -1, Some("1988-Q3")),
            ("1989-H2", Unit::Year, 1, Some("1990-H2")),
            ("2023", Unit::Year, 1, Some("2024")),
            ("2023", Unit::Day, 1, None),
            ("1989-Q3", Unit::Month, 1, None),
        ];
        for (v, u, n, want) in cases {
            let g = Gran::parse(v).unwrap();
            assert_eq!(g.value().0, *v, "round trip {v}");
            assert_eq!(
                g.shift(*u, *n).map(|g| g.value().0).as_deref(),
                *want,
                "{v} {u:?} {n}"
            );
        }
        for bad in [
            "",
            "20",
            "2023-13",
            "2023-02-30",
            "2023-W99",
            "PXY",
            "PRESENT_REF",
            "20é3",
        ] {
            assert_eq!(Gran::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn months_without_a_year_lean_to_the_past() {
        // (anchor, month, day, year)
        let cases: &[(&str, u32, Option<u32>, i32)] = &[
            ("1989-10-26", 12, Some(7), 1989),
            ("1989-10-26", 1, None, 1990),
            ("1989-10-26", 3, None, 1989),
            ("1989-10-26", 10, None, 1989),
            ("1989-10-26", 10, Some(31), 1989),
            ("2024-01-02", 12, Some(20), 2023),
            ("2024-02-29", 2, Some(29), 2024),
        ];
        for (a, m, d, want) in cases {
            assert_eq!(
                super::past_leaning_year(day(a), *m, *d),
                *want,
                "{a} {m} {d:?}"
            );
        }
    }

    #[test]
    fn year_like_counts() {
        let t = super::Temporal::new();
        let cases = [
            ("The army has 2000 tanks.", "2000", true),
            ("His 1996 campaign failed.", "1996", false),
            ("In 2018 troops left.", "2018", false),
            ("The 2000 elections were close.", "2000", false),
            ("2018 was a hard year.", "2018", false),
        ];
        for (text, y, want) in cases {
            let s = text.find(y).unwrap();
            let span = crate::model::Span::new(s, s + 4);
            assert_eq!(super::is_count(text, span, &t), want, "{text:?}");
        }
    }

    #[test]
    fn longer_expressions_swallow_shorter_ones() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Prices rose in the past two months.",
                &[("the past two months", "P2M")],
            ),
            (
                "Sales in the current year fell.",
                &[("the current year", "2023")],
            ),
            (
                "It ended yesterday morning.",
                &[("yesterday morning", "2023-06-02TMO")],
            ),
            (
                "Output rose in recent years.",
                &[("recent years", "PAST_REF")],
            ),
        ];
        for (text, want) in cases {
            let got = dates(text, "2023-06-03");
            let want: Vec<(String, Option<String>)> = want
                .iter()
                .map(|(t, v)| (t.to_string(), Some(v.to_string())))
                .collect();
            assert_eq!(got, want, "{text:?}");
        }
    }
}
