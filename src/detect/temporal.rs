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
//!   what they compare with: the reporting period, else the narrative's date, else the anchor.
//!   They do not move the narrative. The reporting period is the last quarter or half the text
//!   named that is over at the anchor and not earlier than the one before (a forecast "fourth
//!   quarter" or a look back at "a flat second quarter" does not move it); "the nine months"
//!   make it the year for that sentence and the next.
//! - `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`, `PXY`-style unspecified durations, times of day
//!   (`2023-06-09TNI`, `T12:00`) and sets (`P1W`, `XXXX-WXX-2`) follow TimeBank's conventions.

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};

use crate::knowledge::lexicon::Lexicon;
use crate::model::{Date, DateKind, DateMod, Day, DayRange, Span};
use crate::scan::{Hit, PatternSet, Tag};
use crate::syntax::segment::Sentence;
use crate::util::{is_boundary, locate, FxMap};

const DATA: &str = include_str!("../../data/temporal.tsv");

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
    /// A time zone ("GMT", "ET"): it joins the clock time before it.
    Zone,
    /// A decade in words ("the nineties"): the decade's digit in the 1900s.
    Decades(u32),
    /// A year in words ("nineteen ninety-six"): the century it starts with.
    Spelled(u32),
    /// A holiday ("Easter", "Christmas"); the tag says how to find its day.
    Feast,
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
    Second,
    Decade,
    Century,
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
            Unit::Second => format!("PT{}S", count(1)),
            Unit::Century => match n {
                Some(n) => format!("P{}Y", u64::from(n) * 100),
                None => "PXC".to_string(),
            },
            Unit::Decade => match n {
                Some(n) => format!("P{}Y", u64::from(n) * 10),
                None => "PXE".to_string(),
            },
        }
    }
}

impl Unit {
    /// The TIMEX3 value for `n` and a half units ("2 1/2 years" `P2Y6M`), for units whose half
    /// is a whole number of the next unit down.
    fn duration_and_half(self, n: u32) -> Option<String> {
        Some(match self {
            Unit::Year => format!("P{n}Y6M"),
            Unit::Day => format!("P{n}DT12H"),
            Unit::Hour => format!("PT{n}H30M"),
            Unit::Minute => format!("PT{n}M30S"),
            _ => return None,
        })
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
    /// The year the date falls in.
    fn year(self) -> i32 {
        match self {
            Gran::Day(d) | Gran::Week(d) => d.year(),
            Gran::Month(y, _) | Gran::Quarter(y, _) | Gran::Half(y, _) | Gran::Year(y) => y,
        }
    }

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
            Unit::Year | Unit::Decade | Unit::Century => Gran::Year(a.year()),
            Unit::Quarter => Gran::Quarter(a.year(), a.month0() / 3 + 1),
            Unit::Month => Gran::Month(a.year(), a.month()),
            Unit::Week => Gran::Week(monday(a)?),
            Unit::Day => Gran::Day(a),
            Unit::Hour | Unit::Minute | Unit::Second => return None,
        })
    }

    /// The year and month it ends in.
    fn last_month(self) -> (i32, u32) {
        match self {
            Gran::Day(d) | Gran::Week(d) => (d.year(), d.month()),
            Gran::Month(y, m) => (y, m),
            Gran::Quarter(y, q) => (y, 3 * q),
            Gran::Half(y, h) => (y, 6 * h),
            Gran::Year(y) => (y, 12),
        }
    }

    /// Whether the quarter or half-year is over on day `a` (other dates count as over).
    fn ended_by(self, a: NaiveDate) -> bool {
        if !matches!(self, Gran::Quarter(..) | Gran::Half(..)) {
            return true;
        }
        let (y, m) = self.last_month();
        months_range(y, m, 1).is_some_and(|r| r.last.0 < a)
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
            Unit::Century => 1200 * n,
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
    /// Whether some month form starts with this byte: most words a month name is looked for
    /// at are none, and are refused without a comparison per form.
    month_first: [bool; 256],
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
                    "zone" => Word::Zone,
                    "decadeword" => Word::Decades(n as u32),
                    "spelled" => Word::Spelled(n as u32),
                    "feast" => Word::Feast,
                    "unit" => Word::Unit(match r.tag.as_str() {
                        "year" => Unit::Year,
                        "quarter" => Unit::Quarter,
                        "month" => Unit::Month,
                        "week" => Unit::Week,
                        "day" => Unit::Day,
                        "hour" => Unit::Hour,
                        "minute" => Unit::Minute,
                        "second" => Unit::Second,
                        "century" => Unit::Century,
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
            .collect::<Vec<(String, u32)>>();
        let mut month_first = [false; 256];
        for (f, _) in &months {
            if let Some(&b) = f.as_bytes().first() {
                month_first[usize::from(b)] = true;
            }
        }
        Temporal {
            lex,
            words,
            modifiers,
            locals,
            months,
            month_first,
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
        let n = locate(hits, limit, |h| h.span.start);
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
        // The reporting period before "the nine months" made it a year, and the sentence that
        // did: it comes back after the next sentence.
        let mut ytd: Option<(Option<Gran>, usize)> = None;
        let mut covered = 0usize;
        // The last date the narrative established, and where: "the night before", "a year
        // earlier", "the quarter" resolve against it.
        let mut last: Option<(Gran, usize)> = anchor.map(|d| (Gran::Day(d.0), 0));
        let mut future_at: Option<usize> = None;
        // The last year written out in digits or words, and where its date ends.
        let mut year_mark: Option<(i32, usize)> = None;
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
            if let Some((p, ix)) = ytd {
                if sentence_ix > ix + 1 {
                    period_ref = p;
                    ytd = None;
                }
            }
            let row = match hit.tag {
                Tag::Time(i) => usize::from(i),
                _ => 0,
            };
            let tag = self.lex.rows.get(row).map_or("", |r| r.tag.as_str());
            let future = future_at.is_some_and(|p| p >= sentence.start);
            // The year a date earlier in this clause wrote out ("in 2011 he left; in May").
            let sentence_year = |mark: Option<(i32, usize)>| match mark {
                Some((y, end))
                    if end >= sentence.start
                        && text.get(end..hit.span.start).is_some_and(|between| {
                            !between.contains([',', ';', ':', '(', ')'])
                        }) =>
                {
                    Some(y)
                }
                _ => None,
            };
            let run = |last: Option<(Gran, usize)>,
                       period_ref: Option<Gran>,
                       prev: Option<&Date>| {
                let ctx = Ctx {
                    text,
                    t: self,
                    anchor: anchor.map(|d| d.0),
                    future,
                    last: last.map(|(g, _)| g),
                    sentence_year: sentence_year(year_mark),
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
                    (_, Word::Zone) => ctx.zone(hit.span),
                    (_, Word::Decades(d)) => ctx.decade_word(hit.span, d),
                    (_, Word::Spelled(c)) => ctx.spelled(hit.span, c),
                    (_, Word::Feast) => ctx.feast(hit.span, tag),
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
                    if written_year(&text[span.range()]) {
                        year_mark = Some((g.year(), span.end));
                    }
                    // A quarter still running at the time of writing is a forecast ("will
                    // result in a fourth-quarter charge"), not the period reported on.
                    // Nor does an earlier one the story looks back at ("after a flat second
                    // quarter"): the period reported on only moves forward.
                    if matches!(g, Gran::Quarter(..) | Gran::Half(..))
                        && anchor.is_none_or(|a| g.ended_by(a.0))
                        && period_ref.is_none_or(|p| g.last_month() >= p.last_month())
                    {
                        period_ref = Some(g);
                        ytd = None;
                    }
                }
            }
            // "For the nine months, ... a year earlier": results so far this year; what compares
            // with them is the year before.
            // It holds for that sentence and the next.
            if f.kind == DateKind::Duration && year_to_date(text, span, f.value.as_deref()) {
                let y = period_ref
                    .map(Gran::year)
                    .or_else(|| anchor.map(|a| a.0.year()));
                if ytd.is_none() {
                    ytd = Some((period_ref, sentence_ix));
                }
                period_ref = y.map(Gran::Year);
            }
            if let Some(x) = f.extra.take() {
                // The first of two dates read together ("1957-58", "12 to 18 months").
                if x.span.start >= covered && x.span.end <= span.start && valid(text, x.span) {
                    before.push((last, period_ref));
                    out.push(Date {
                        text: text[x.span.range()].to_string(),
                        span: x.span,
                        kind: x.kind,
                        value: x.value,
                        modifier: x.modifier,
                        range: x.range,
                    });
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
        let gap = gap_before(text.get(..start)?, 2);
        if gap > 2 {
            return None;
        }
        let before = &text[..start - gap];
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
        let gap = gap_before(text.get(..start)?, 2);
        if gap == 0 || gap > 2 {
            return None;
        }
        let before = &text[..start - gap];
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

    /// A part of the day ("afternoon") ending one space before byte `start`: where it starts
    /// and its TIMEX3 suffix.
    fn daypart_before(&self, text: &str, start: usize) -> Option<(usize, &str)> {
        let before = text.get(..start)?.strip_suffix(' ')?;
        self.lex
            .rows
            .iter()
            .zip(&self.words)
            .filter(|(_, w)| **w == Word::DayPart)
            .find_map(|(r, _)| {
                r.forms.iter().find_map(|f| {
                    let s = before.len().checked_sub(f.len())?;
                    (before.get(s..)?.eq_ignore_ascii_case(f) && is_boundary(text, s))
                        .then_some((s, r.tag.as_str()))
                })
            })
    }

    /// The number a word names ("ninety" 90), by the lexicon's number rows.
    fn number_word(&self, w: &str) -> Option<u32> {
        let lower = w.to_ascii_lowercase();
        let local = self.locals.get("number")?;
        local
            .forms
            .iter()
            .find(|(f, _)| *f == lower)
            .and_then(|(_, tag)| tag.parse().ok())
    }

    /// A year in words starting at byte `at`: "nineteen ninety-six", "nineteen eighty",
    /// "two thousand", "two thousand and one": the year and where it ends.
    fn spelled_year(&self, text: &str, at: usize) -> Option<(i32, usize)> {
        let rest = text.get(at..)?;
        let word_end = |s: &str| {
            s.find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(s.len())
        };
        if rest
            .get(..8)
            .is_some_and(|w| w.eq_ignore_ascii_case("nineteen"))
        {
            // " ninety-six", " ninety six", " eighty", " oh five", " twelve".
            let r = rest.get(8..)?.strip_prefix(' ')?;
            let n1 = word_end(r);
            let tens = self.number_word(&r[..n1])?;
            let mut end = at + 9 + n1;
            let mut yy = tens;
            if tens >= 20 && tens % 10 == 0 {
                let r2 = &r[n1..];
                if let Some(u) = r2.strip_prefix(['-', ' ']) {
                    let n2 = word_end(u);
                    if let Some(unit) = self.number_word(&u[..n2]).filter(|u| (1..=9).contains(u)) {
                        yy += unit;
                        end += 1 + n2;
                    }
                }
            } else if !(10..20).contains(&tens) {
                return None;
            }
            if !is_boundary(text, end) || yy >= 100 {
                return None;
            }
            return Some((1900 + i32::try_from(yy).ok()?, end));
        }
        if rest
            .get(..12)
            .is_some_and(|w| w.eq_ignore_ascii_case("two thousand"))
        {
            let mut end = at + 12;
            let r = rest.get(12..)?;
            let r2 = r.strip_prefix(" and ").or_else(|| r.strip_prefix(' '));
            let mut y = 2000;
            if let Some(u) = r2 {
                let n = word_end(u);
                if let Some(unit) = self.number_word(&u[..n]).filter(|u| (1..=19).contains(u)) {
                    if u[..n].eq_ignore_ascii_case("a") || u[..n].eq_ignore_ascii_case("an") {
                        return Some((y, end));
                    }
                    y += i32::try_from(unit).ok()?;
                    end += (r.len() - u.len()) + n;
                }
            }
            return is_boundary(text, end).then_some((y, end));
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
    /// A date read together with this one and written before it: "1957" in "1957-58", "12"
    /// in "between 12 and 18 months".
    extra: Option<Box<Found>>,
}

fn found(span: Span, kind: DateKind, value: Option<String>) -> Found {
    Found {
        span,
        kind,
        value,
        modifier: None,
        range: None,
        anchors: true,
        extra: None,
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
        extra: None,
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
    /// The year of a date named earlier in the same sentence.
    sentence_year: Option<i32>,
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
            if let Some(f) = self.year_range(span, y) {
                return Some(f);
            }
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
                extra: None,
            });
        }
        // "the 1988 quarter", "the 1989 period": the reporting period in that year.
        if modifier.is_none() && start == span.start {
            if let Some((e, g)) = self.period_in(span, y) {
                let mut f = found_gran(Span::new(t.with_article(text, start), e), Some(g));
                // A comparison: it does not move the narrative or the reporting period.
                f.anchors = false;
                return Some(f);
            }
        }
        let mut f = found_gran(Span::new(start, span.end), Some(Gran::Year(y)));
        f.modifier = modifier;
        Some(f)
    }

    /// "the 1988 quarter", "the 1989 period" after `span` (the year `y`): where the phrase ends
    /// and the reporting period's quarter or half in that year (for "period" without one, the
    /// year).
    fn period_in(&self, span: Span, y: i32) -> Option<(usize, Gran)> {
        let text = self.text;
        self.t.before(text, span.start, "article")?;
        let rest = text.get(span.end..)?;
        let (word, quarter) = [(" quarter", true), (" period", false)]
            .into_iter()
            .find(|(w, _)| rest.starts_with(w))?;
        let e = span.end + word.len();
        if !is_boundary(text, e) || rest[word.len()..].starts_with('-') {
            return None;
        }
        let g = match self.period {
            Some(Gran::Quarter(_, q)) => Gran::Quarter(y, q),
            Some(Gran::Half(_, h)) if !quarter => Gran::Half(y, h),
            _ if !quarter => Gran::Year(y),
            _ => return None,
        };
        Some((e, g))
    }

    /// "2009-2010", "1957-58", "2012-13": two years, the second found with the first before it.
    fn year_range(&self, span: Span, y: i32) -> Option<Found> {
        let text = self.text;
        let rest = text.get(span.end..)?.strip_prefix('-')?;
        let n = rest.bytes().take_while(u8::is_ascii_digit).count();
        if !(n == 2 || n == 4) || !is_boundary(text, span.end + 1 + n) {
            return None;
        }
        if text
            .get(..span.start)?
            .ends_with(|c: char| c.is_alphanumeric() || c == '-')
        {
            return None;
        }
        // Not a phone number or a page range going on ("2009-2010-2011").
        let tail = text.get(span.end + 1 + n..)?;
        if tail.starts_with(['-', '/', '.'])
            && tail
                .get(1..)
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        {
            return None;
        }
        let second: i32 = rest.get(..n)?.parse().ok()?;
        let second = if n == 4 {
            second
        } else {
            let c = y - y.rem_euclid(100) + second;
            if c <= y {
                c + 100
            } else {
                c
            }
        };
        if second <= y || second - y > 100 {
            return None;
        }
        let mut f = found_gran(
            Span::new(span.end + 1, span.end + 1 + n),
            Some(Gran::Year(second)),
        );
        f.extra = Some(Box::new(found_gran(span, Some(Gran::Year(y)))));
        Some(f)
    }

    /// "the nineties", "the late eighties": a decade of the 1900s.
    fn decade_word(&self, span: Span, d: u32) -> Option<Found> {
        let t = self.t;
        let mut start = span.start;
        let mut modifier = None;
        if let Some((s, md)) = t.modifier_before(self.text, start) {
            if matches!(md, DateMod::Start | DateMod::Mid | DateMod::End) {
                start = s;
                modifier = Some(md);
            }
        }
        let (s, _) = t.before(self.text, start, "article")?;
        let y = 1900 + 10 * i32::try_from(d).ok()?;
        Some(Found {
            span: Span::new(s, span.end),
            kind: DateKind::Date,
            value: Some(format!("{}", y / 10)),
            modifier,
            range: Some(range(
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y + 9, 12, 31)?,
            )),
            anchors: true,
            extra: None,
        })
    }

    /// "nineteen ninety-six", "the year two thousand": a year written in words.
    fn spelled(&self, span: Span, c: u32) -> Option<Found> {
        let (y, end) = self.t.spelled_year(self.text, span.start)?;
        let start = self
            .text
            .get(..span.start)
            .and_then(|b| {
                let b = b.strip_suffix(' ')?;
                let b = b.strip_suffix("year")?.strip_suffix(' ')?;
                self.t
                    .before(self.text, b.len() + 1, "article")
                    .map(|(s, _)| s)
            })
            .unwrap_or(span.start);
        // "two thousand" alone is a number unless "the year" or "in" comes before it.
        if c == 20
            && start == span.start
            && !prev_word(self.text, span.start).is_some_and(|w| w.eq_ignore_ascii_case("in"))
        {
            return None;
        }
        Some(found_gran(Span::new(start, end), Some(Gran::Year(y))))
    }

    /// "Easter", "Palm Sunday", "Christmas", "Easter 2024": a holiday's day in the year the
    /// text means (tense, "last", "next" or a year written after it).
    fn feast(&self, span: Span, tag: &str) -> Option<Found> {
        let text = self.text;
        let t = self.t;
        if tag == "-" {
            let mut f = found(span, DateKind::Date, None);
            f.anchors = false;
            return Some(f);
        }
        // "H9": the Islamic month 9 (Ramadan); "H10-1": its day 1 (Eid al-Fitr).
        let islamic = tag.strip_prefix('H').and_then(|h| {
            let (m, d) = h.split_once('-').unwrap_or((h, ""));
            Some((m.parse::<u32>().ok()?, d.parse::<u32>().ok()))
        });
        let on = |y: i32| -> Option<NaiveDate> {
            if let Some((m, d)) = islamic {
                return hijri_in_year(y, m, d.unwrap_or(1));
            }
            if let Some(n) = tag.strip_prefix('E') {
                return add_days(easter(y)?, n.parse().ok()?);
            }
            if tag == "T" {
                let first = NaiveDate::from_ymd_opt(y, 11, 1)?;
                return add_days(next_weekday(first, Weekday::Thu)?, 21);
            }
            let (m, d) = tag.split_once('-')?;
            NaiveDate::from_ymd_opt(y, m.parse().ok()?, d.parse().ok()?)
        };
        let mut start = span.start;
        let mut end = span.end;
        let mut shift = None;
        if let Some((s, tag)) = t.before(text, start, "shift") {
            shift = tag.parse::<i32>().ok();
            start = s;
        }
        let day = if let Some((y, len)) = year_after(text.get(end..)?) {
            end += len;
            on(y)
        } else if let Some(a) = self.anchor {
            let y = a.year();
            // The feast's days around the anchor, in order: one a year, or for an Islamic
            // feast every one (a Gregorian year can hold two).
            let mut days: Vec<NaiveDate> = match islamic {
                Some((m, d)) => {
                    let h0 = (i64::from(y) - 622) * 33 / 32;
                    (h0 - 2..=h0 + 2)
                        .filter_map(|h| hijri(i32::try_from(h).ok()?, m, d.unwrap_or(1)))
                        .collect()
                }
                None => [on(y - 1), on(y), on(y + 1)]
                    .into_iter()
                    .flatten()
                    .collect(),
            };
            days.sort_unstable();
            let past = days.iter().rev().copied().find(|&d| d <= a);
            let coming = days.iter().copied().find(|&d| d >= a);
            let ahead = self.future || t.before(text, start, "futureprep").is_some();
            match shift {
                Some(s) if s < 0 => days.iter().rev().copied().find(|&d| d < a),
                Some(s) if s > 0 => days.iter().copied().find(|&d| d > a),
                _ if ahead => coming,
                _ => match (past, coming) {
                    (Some(p), Some(c)) if (c - a).num_days() <= 45 && (c - a) < (a - p) => Some(c),
                    (Some(p), _) => Some(p),
                    (None, c) => c,
                },
            }
        } else {
            None
        };
        if let Some((m, d)) = islamic {
            // The tabular calendar can be a day off the sighted moon: the year is the value and
            // the days (the month, or the feast day) are the range.
            let last = match d {
                Some(_) => day,
                None => day.and_then(|s| add_days(hijri_after(s, m)?, -1)),
            };
            let mut f = found(
                Span::new(start, end),
                DateKind::Date,
                Some(day.map_or("XXXX".to_string(), |d| format!("{:04}", d.year()))),
            );
            f.range = day.zip(last).map(|(a, b)| range(a, b));
            f.anchors = false;
            return Some(f);
        }
        Some(found_gran(Span::new(start, end), day.map(Gran::Day)))
    }

    /// "GMT", "ET" after a clock time: part of it ("15:00 GMT", "8:33 a.m. ET").
    fn zone(&self, span: Span) -> Option<Found> {
        let text = self.text;
        if let Some(p) = self.prev {
            if p.kind == DateKind::Time && text.get(p.span.end..span.start) == Some(" ") {
                let mut f = found(
                    Span::new(p.span.start, span.end),
                    DateKind::Time,
                    p.value.clone(),
                );
                f.range = p.range;
                f.anchors = false;
                return Some(f);
            }
        }
        // A 24-hour time before: "15:00 GMT".
        let before = text.get(..span.start)?.strip_suffix(' ')?;
        let n = before
            .bytes()
            .rev()
            .take_while(|b| b.is_ascii_digit() || *b == b':')
            .count();
        let start = before.len() - n;
        let (h, m) = before.get(start..)?.split_once(':')?;
        if !is_boundary(text, start) || h.is_empty() || h.len() > 2 || m.len() != 2 {
            return None;
        }
        let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
        if h > 23 || m > 59 {
            return None;
        }
        Some(self.time_at(Span::new(start, span.end), &format!("{h:02}:{m:02}")))
    }

    /// A clock time on the narrative's day.
    fn time_at(&self, span: Span, time: &str) -> Found {
        let day = match self.last {
            Some(Gran::Day(d)) => Some(d),
            _ => self.anchor,
        };
        let mut f = found(
            span,
            DateKind::Time,
            Some(match day {
                Some(d) => format!("{}T{time}", day_value(d)),
                None => format!("XXXX-XX-XXT{time}"),
            }),
        );
        f.anchors = false;
        f
    }

    /// A clock time right before `start` ("5 p.m. EST ", "noon, "): it joins the date that
    /// follows, which gives it its day.
    fn time_before(&self, start: usize) -> Option<(&Date, String)> {
        let p = self.prev?;
        let gap = self.text.get(p.span.end..start)?;
        if p.kind != DateKind::Time || !(gap == " " || gap == ", ") {
            return None;
        }
        let v = p.value.as_deref()?;
        Some((p, v[v.find('T')?..].to_string()))
    }

    /// Whether the sentence points ahead at byte `start`: a future cue, or "until", "postponed
    /// to" right before.
    fn ahead(&self, start: usize) -> bool {
        self.t.before(self.text, start, "futureprep").is_some()
            || (self.future && self.t.before(self.text, start, "pastprep").is_none())
    }

    /// Whether a past-tense verb stands right before byte `start` ("arrived on Wednesday",
    /// "met Tuesday"), not a passive or planned one ("will be held on", "scheduled for").
    fn past_verb_before(&self, start: usize) -> bool {
        let t = self.t;
        let text = self.text;
        let mut s = start;
        if let Some((b, _)) = t.before(text, s, "on") {
            s = b;
            // "arrived in Washington on Wednesday": skip the place (up to three capitalised
            // words) and its preposition.
            let mut k = s;
            for _ in 0..3 {
                match prev_word(text, k) {
                    Some(w)
                        if w.starts_with(|c: char| c.is_uppercase())
                            && text[..k].ends_with(' ') =>
                    {
                        k -= w.len() + 1;
                    }
                    _ => break,
                }
            }
            if k < s {
                if let Some((b, _)) = t.before(text, k, "placeprep") {
                    s = b;
                }
            }
        }
        let Some(w) = prev_word(text, s) else {
            return false;
        };
        if !text.get(..s).is_some_and(|b| b.ends_with(' ')) {
            return false;
        }
        let lower = w.to_ascii_lowercase();
        let b = s - w.len() - 1;
        let past = t.before(text, s, "pastverb").is_some()
            || (lower.len() >= 5
                && lower.ends_with("ed")
                && w.starts_with(|c: char| c.is_ascii_lowercase())
                && t.before(text, s, "notpast").is_none());
        past && t.before(text, b, "futureaux").is_none()
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
        } else if let Some((y, e)) = text
            .get(end..)
            .and_then(|r| r.strip_prefix(' '))
            .and_then(|_| t.spelled_year(text, end + 1))
        {
            // "January nineteen ninety-seven".
            year = Some(y);
            end = e;
        } else if day.is_none() {
            // "January of 2011", "that January day in 2011": the story's own time.
            let r = text.get(end..)?;
            let skip = [" of", " day in", " day of"]
                .iter()
                .find(|p| r.starts_with(*p))
                .map_or(0, |p| p.len());
            if skip > 0 {
                if let Some((y, len)) = year_after(&r[skip..]) {
                    year = Some(y);
                    end += skip + len;
                }
            }
        }
        if year.is_none() && day.is_none() {
            // "each July", "every January": a set.
            if let Some((s, _)) = t.before(text, start, "quant") {
                return Some(found(
                    Span::new(s, end),
                    DateKind::Set,
                    Some(format!("XXXX-{m:02}")),
                ));
            }
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
        // "Mar-a-Lago", "Jan-Erik": a name, not a month.
        if text
            .get(span.end..)
            .is_some_and(|r| r.starts_with('-') && r[1..].starts_with(char::is_alphabetic))
        {
            return None;
        }
        // A short form without its dot ("Mar", "Oct") is a month only with a day or a year.
        let word = text.get(span.range()).unwrap_or("");
        // The lexicon lists each month's full name first.
        let full = t
            .months
            .iter()
            .find(|(_, k)| *k == m)
            .map_or(0, |(f, _)| f.len());
        if day.is_none() && year.is_none() && word.len() < full && !word.ends_with('.') {
            return None;
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
                // "by February": a deadline, near the time of writing and mostly ahead.
                None if t.before(text, start, "deadline").is_some() => match day {
                    Some(d) => nearest_year(a, m, d),
                    None => a.year() + i32::from(m < a.month()),
                },
                None if t.before(text, start, "futureprep").is_some() => {
                    a.year() + i32::from(key < now)
                }
                // "the year ended Jan. 31", "shares issued July 1": the last one, even where
                // the sentence looks ahead ("will buy shares issued July 1").
                None if self.past_verb_before(start) => a.year() - i32::from(key > now),
                None if self.ahead(start) => a.year() + i32::from(key < now),
                // A year named earlier in the sentence: "In 2011 ... in May".
                None if self.sentence_year.is_some() && modifier.is_none() => {
                    self.sentence_year.unwrap_or(a.year())
                }
                None => past_leaning_year(a, m, day),
            })
        });
        if let (Some(y), Some(d), true) = (y, day, year.is_some()) {
            // "Mar 14, 2017 12:10:54": a dateline's date and 24-hour time.
            if let Some((time, len)) = clock_after(text.get(end..)?) {
                let date = NaiveDate::from_ymd_opt(y, m, d)?;
                let mut f = found(
                    Span::new(start, end + len),
                    DateKind::Time,
                    Some(format!("{}T{time}", day_value(date))),
                );
                f.range = Some(range(date, date));
                return Some(f);
            }
        }
        if let (Some(y), Some(d)) = (y, day) {
            // "5 p.m. EST Nov. 9": the time on that day.
            if let Some((p, time)) = self.time_before(start) {
                let date = NaiveDate::from_ymd_opt(y, m, d)?;
                let mut f = found(
                    Span::new(p.span.start, end),
                    DateKind::Time,
                    Some(format!("{}{time}", day_value(date))),
                );
                f.range = Some(range(date, date));
                return Some(f);
            }
        }
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
            extra: None,
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
        let day_first = (!open)
            .then(|| {
                // "Saturday 22 Nov 2014", "Saturday, 22 November".
                // A day number is two digits: read a short window, never a copy of the rest
                // of the text (that made a text of many weekdays quadratic).
                let head = crate::util::window_after(inner, 0, 8);
                let (d, dlen) = day_number(&format!(" {head}"))?;
                let after = inner.get(dlen - 1..)?.strip_prefix(' ')?;
                let (m, mlen) = month_name(t, after)?;
                Some((m, d, dlen + mlen))
            })
            .flatten();
        if let Some((m, d, len)) = day_first {
            let mut e = end + (rest.len() - inner.len()) + len;
            let mut year = None;
            if let Some((y, ylen)) = year_after(text.get(e..)?) {
                year = Some(y);
                e += ylen;
            }
            explicit = Some((m, d, year));
            end = e;
        } else if let Some((m, mlen)) = month_name(t, inner) {
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
        // "Sun", "Sat", "Wed" without a date are words, not days.
        if explicit.is_none() && !text.get(span.range())?.ends_with(['y', '.']) {
            return None;
        }
        if explicit.is_none() {
            if let Some((s, _)) = t.before(text, start, "quant") {
                return Some(found(
                    Span::new(s, end),
                    DateKind::Set,
                    Some(format!("XXXX-WXX-{w}")),
                ));
            }
            // "Tuesday nights", and "Monday" in "Monday and Tuesday nights": every one.
            let after = text.get(end..)?;
            let joined = [" and ", " or "]
                .iter()
                .find_map(|c| after.strip_prefix(c))
                .and_then(|r| {
                    let w = r.split(' ').next()?;
                    let day = w.len() > 5
                        && w.ends_with("day")
                        && matches!(
                            w.get(..3),
                            Some("Mon" | "Tue" | "Wed" | "Thu" | "Fri" | "Sat" | "Sun")
                        );
                    day.then(|| plural_daypart(&r[w.len()..]))?
                });
            if let Some((part, len)) = plural_daypart(after) {
                return Some(found(
                    Span::new(start, end + len),
                    DateKind::Set,
                    Some(format!("XXXX-WXX-{w}T{part}")),
                ));
            } else if let Some((part, _)) = joined {
                return Some(found(
                    Span::new(start, end),
                    DateKind::Set,
                    Some(format!("XXXX-WXX-{w}T{part}")),
                ));
            }
        }
        let mut modifier = None;
        let mut shift = None;
        let mut previous = false;
        if let Some((s, tag)) = t.before(text, start, "shift") {
            shift = tag.parse::<i32>().ok();
            previous = text
                .get(s..start)
                .is_some_and(|w| w.to_ascii_lowercase().starts_with("previous"));
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
                // "the previous Friday": the one before the narrative's day.
                Some(s) if s < 0 && previous => {
                    let day = match self.last {
                        Some(Gran::Day(d)) => d,
                        _ => a,
                    };
                    add_days(day, -1).and_then(|d| last_weekday(d, weekday))
                }
                Some(s) if s < 0 => add_days(a, -1).and_then(|d| last_weekday(d, weekday)),
                Some(s) if s > 0 => add_days(a, 1).and_then(|d| next_weekday(d, weekday)),
                // "postponed until Friday": ahead whatever the tense.
                _ if t.before(text, start, "futureprep").is_some() => next_weekday(a, weekday),
                // "said Friday", "arrived on Wednesday": the report is past.
                _ if self.future
                    && !self.reported_before(start)
                    && !self.past_verb_before(start)
                    && t.before(text, start, "pastprep").is_none() =>
                {
                    next_weekday(a, weekday)
                }
                _ => last_weekday(a, weekday),
            },
            (None, None) => None,
        };
        if let (Some((p, time)), Some(d)) = (self.time_before(start), date) {
            // "noon Thursday", "10 p.m. Wednesday", "15:00 GMT Saturday".
            let mut f = found(
                Span::new(p.span.start, end),
                DateKind::Time,
                Some(format!("{}{time}", day_value(d))),
            );
            f.range = Some(range(d, d));
            return Some(f);
        }
        if let (Some((_, _, Some(_))), Some(d)) = (explicit, date) {
            // "Tue Mar 14, 2017 12:10:54": a dateline's date and 24-hour time.
            if let Some((time, len)) = clock_after(text.get(end..)?) {
                let mut f = found(
                    Span::new(start, end + len),
                    DateKind::Time,
                    Some(format!("{}T{time}", day_value(d))),
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
        let word = text.get(span.range())?;
        let glued = word.bytes().take_while(u8::is_ascii_digit).count();
        let time = if let Some(add) = tag.strip_prefix('+') {
            // An hour (and minutes) before: "10 ", "7:15 "; or written together: "8pm",
            // "9:7AM".
            let before = if glued > 0 {
                text.get(..start + glued)?
            } else {
                text.get(..start)?.strip_suffix(' ')?
            };
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
                Some((h, m)) if m.len() == 2 || (glued > 0 && m.len() == 1) => {
                    (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?)
                }
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
        if n == 0 && self.generic_today(span) {
            let mut f = found(span, DateKind::Date, Some("PRESENT_REF".to_string()));
            f.anchors = false;
            return Some(f);
        }
        let day = self.anchor.and_then(|a| add_days(a, n));
        // "mid-afternoon yesterday", "early morning today": that part of the day.
        if let Some((s, part)) = self.t.daypart_before(self.text, span.start) {
            let (s, modifier) = match self.t.modifier_before(self.text, s) {
                Some((b, md)) if matches!(md, DateMod::Start | DateMod::Mid | DateMod::End) => {
                    (b, Some(md))
                }
                _ => (s, None),
            };
            let mut f = found(
                Span::new(s, span.end),
                DateKind::Time,
                Some(match day {
                    Some(d) => format!("{}T{part}", day_value(d)),
                    None => format!("XXXX-XX-XXT{part}"),
                }),
            );
            f.modifier = modifier;
            f.range = day.map(|d| range(d, d));
            return Some(f);
        }
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

    /// Whether "today" means nowadays: "the Europe of today", or a sentence opened by "And
    /// today," / "But today," that states how things are ("is equal to", "are scarce") with no
    /// past or future verb before it.
    fn generic_today(&self, span: Span) -> bool {
        let text = self.text;
        let Some(before) = text.get(..span.start) else {
            return false;
        };
        if before.ends_with(" of ") {
            // "the Europe of today", not "the events of today's summit".
            return prev_word(text, span.start - 4).is_some()
                && !text.get(span.end..).is_some_and(|r| r.starts_with("'s"));
        }
        let Some(head) = ["And ", "But ", "Yet "]
            .iter()
            .find_map(|o| before.strip_suffix(o))
        else {
            return false;
        };
        let head = head.trim_end();
        let sentence_start = head.is_empty() || head.ends_with(['.', '!', '?', '"', '\n']);
        if !sentence_start || !text.get(span.end..).is_some_and(|r| r.starts_with(", ")) {
            return false;
        }
        // The clause, read in a short window up to its stop.
        let clause = crate::util::window_after(text, span.end + 2, 120);
        let clause = clause.split(['.', ';', '!', '?']).next().unwrap_or("");
        let words: Vec<&str> = clause.split_whitespace().collect();
        let Some(i) = words.iter().position(|w| *w == "is" || *w == "are") else {
            return false;
        };
        // "is expected to", "are meeting", "is in Paris": an event or a whereabouts of the day.
        let next = words.get(i + 1).copied().unwrap_or("");
        let eventful = next.ends_with("ed")
            || next.ends_with("ing")
            || ["to", "due", "set", "in", "at", "on", "not"].contains(&next);
        let tensed = words[..i].iter().any(|w| {
            let lower = w.to_ascii_lowercase();
            lower.ends_with("ed")
                || ["will", "would", "was", "were", "had"].contains(&lower.as_str())
        });
        !eventful && !tensed
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
            extra: None,
        };
        if tonight {
            return Some(time(span.start, self.anchor, None));
        }
        // "every morning", "each night": a set.
        if let Some((s, _)) = t.before(text, span.start, "quant") {
            return Some(found(
                Span::new(s, span.end),
                DateKind::Set,
                Some(format!("XXXX-XX-XXT{part}")),
            ));
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
        } else if let Some((s, md)) = t.modifier_before(text, span.start) {
            // "by mid afternoon", "until late evening": that part of the story's day.
            let day = match self.last {
                Some(Gran::Day(d)) => d,
                _ => return None,
            };
            if !matches!(md, DateMod::Start | DateMod::Mid | DateMod::End)
                || t.before(text, s, "seasonprep").is_none()
            {
                return None;
            }
            return Some(time(s, Some(day), Some(md)));
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
        // "every summer", "each winter": a set.
        if let Some((b, _)) = t.before(text, span.start, "quant") {
            return Some(found(
                Span::new(b, span.end),
                DateKind::Set,
                Some(format!("XXXX-{s}")),
            ));
        }
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
            } else if let Some((y, e)) = t.spelled_year(text, end + 4) {
                // "the winter of nineteen ninety-four".
                year = Some(y);
                end = e;
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
            extra: None,
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
            extra: None,
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
        // "the last half of the '80s": part of a decade, read as the decade.
        if year.is_none()
            && text.get(end..).is_some_and(|r| {
                r.strip_prefix(" of the ").is_some_and(|d| {
                    let d = d
                        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
                        .find(|w| !w.is_empty())
                        .unwrap_or("");
                    d.ends_with('s')
                        && (d.starts_with('\'')
                            || d.starts_with(|c: char| c.is_ascii_digit())
                            || d.ends_with("ties"))
                })
            })
        {
            return None;
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
            } else if let Some(e) = year_back_after(text, end) {
                // "the third quarter a year earlier", "the second half last year".
                yshift = -1;
                end = e;
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
        // "the corresponding period last year", "the quarter a year ago".
        let mut end = span.end;
        if yshift.is_none() {
            if let Some(e) = year_back_after(text, end) {
                yshift = Some(-1);
                end = e;
            }
        }
        let base = match (self.last, self.anchor) {
            // After "the nine months" the reporting period is a year; "the latest quarter" is
            // still the last one over.
            (_, Some(a)) if quarter && matches!(self.period, Some(Gran::Year(_))) => {
                Gran::at(a, Unit::Quarter)?.shift(Unit::Quarter, -1)
            }
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
        let mut f = found_gran(Span::new(start, end), g);
        f.anchors = yshift.unwrap_or(0) == 0;
        Some(f)
    }

    /// "now", "recently", "the future". An adjective reference ("current", "the past") followed
    /// by a unit is swallowed when the longer expression ("the current year", "the past two
    /// months") is read.
    fn reference(&self, span: Span, value: &str) -> Option<Found> {
        // "the then current price": the present of a past moment.
        if value == "PRESENT_REF" {
            if let Some(b) = self.text.get(..span.start) {
                if b.ends_with("then ") && is_boundary(self.text, span.start - 5) {
                    let mut f = found(
                        Span::new(span.start - 5, span.end),
                        DateKind::Date,
                        Some("PAST_REF".to_string()),
                    );
                    f.anchors = false;
                    return Some(f);
                }
            }
        }
        Some(found(span, DateKind::Date, Some(value.to_string())))
    }

    /// "last week", "later this month", "nearly 18 months", "a week ago", "two-day",
    /// "the past two months", "a year earlier", "every week", "recent years".
    fn unit(&self, span: Span, u: Unit) -> Option<Found> {
        let text = self.text;
        let t = self.t;
        let word = text.get(span.range())?;
        let plural = word.ends_with('s');
        // "quarter-to-quarter", "year-over-year", "day-to-day": comparisons and manners, not
        // dates.
        let joined = |s: &str| ["to-", "over-", "on-"].iter().any(|j| s.starts_with(j));
        if text
            .get(span.end..)
            .and_then(|r| r.strip_prefix('-'))
            .is_some_and(joined)
            || text
                .get(..span.start)
                .is_some_and(|b| ["-to-", "-over-", "-on-"].iter().any(|j| b.ends_with(j)))
        {
            return None;
        }
        if u == Unit::Century && !plural {
            if let Some(f) = self.century(span) {
                return Some(f);
            }
        }
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
                if matches!(u, Unit::Hour | Unit::Minute | Unit::Second) {
                    return None;
                }
                // "over the last month", "during the next decade": a stretch of time.
                let with = t.with_article(text, s);
                if shift != 0 && with < s && t.before(text, with, "spanprep").is_some() {
                    return Some(found(
                        Span::new(with, span.end),
                        DateKind::Duration,
                        Some(u.duration(Some(1))),
                    ));
                }
                if u == Unit::Century {
                    // "this century", "the last century": "20", "19".
                    let c = self
                        .anchor
                        .map(|a| i64::from(a.year()).div_euclid(100) + shift);
                    let value = c.map_or("XX".to_string(), |c| format!("{c:02}"));
                    return Some(found(
                        Span::new(with, span.end),
                        DateKind::Date,
                        Some(value),
                    ));
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
        // "for the second day", "on a third straight day", "today is the eighth day of": the
        // story's day, the Nth of an event.
        if u == Unit::Day && !plural && !self.future {
            let at = t
                .before(text, span.start, "countword")
                .map_or(span.start, |(s, _)| s);
            if let Some((o, _)) = t.before(text, at, "ordinal") {
                let art = t
                    .before(text, o, "article")
                    .or_else(|| t.before(text, o, "number").filter(|(_, n)| *n == "1"));
                if let (Some((a, _)), Some(Gran::Day(d))) = (art, self.last) {
                    // "for the second day", "It's the second day of", "was the eighth day".
                    if ["for", "on", "is", "was", "s"]
                        .iter()
                        .any(|p| prev_word(text, a).is_some_and(|w| w.eq_ignore_ascii_case(p)))
                    {
                        return Some(found_gran(Span::new(a, span.end), Some(Gran::Day(d))));
                    }
                }
            }
        }
        // A count: "18 months", "two-day", "a year", "several years", "a few days".
        let hyphen = text.get(..span.start)?.ends_with('-');
        // "20 more years", "eight trading days": a word between the count and its unit.
        let head = match t.before(text, span.start, "countword") {
            Some((s, _)) if !hyphen => s,
            _ => span.start,
        };
        let digits_before = prev_word(text, head)
            .filter(|w| w.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|w| Some((w.parse::<u32>().ok()?, w.len())));
        let (n, num_start) = if let (Some((s, _)), false) = (t.before(text, head, "vague"), hyphen)
        {
            (None, s)
        } else if let Some((n, len)) = digits_before {
            let gap = text[..head].len() - text[..head].trim_end_matches([' ', '-']).len();
            (Some(n), head - gap - len)
        } else if let Some((s, tag)) = t.before(text, head, "number") {
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
        // "the 1988 quarter": a year, not a count.
        if u == Unit::Quarter && n.is_some_and(|n| (1800..2200).contains(&n)) {
            return None;
        }
        // "three-quarters of", "a quarter of the vote": fractions, not periods.
        if u == Unit::Quarter
            && (hyphen || text.get(span.end..).is_some_and(|r| r.starts_with(" of ")))
        {
            return None;
        }
        // "his 22-year-old son", "children ages 6 months", "a sub-five-minute mile": ages and
        // sizes, not stretches of time.
        if (hyphen && text.get(span.end..).is_some_and(|r| r.starts_with("-old")))
            || t.before(text, num_start, "agenoun").is_some()
        {
            return None;
        }
        // "Mr. Reupke, 52 years old": an age.
        if !hyphen
            && text
                .get(span.end..)
                .is_some_and(|r| r.starts_with(" old") && is_boundary(text, span.end + 4))
        {
            return None;
        }
        let numeral = text.get(num_start..span.start).unwrap_or("");
        // "$2 million a year", "700 seats a week": a rate, not a stretch of time.
        if n == Some(1)
            && !plural
            && t.before(text, num_start, "freq").is_none()
            && t.after(text, span.end, "ago").is_none()
            && t.after(text, span.end, "after").is_none()
            && rate_before(text, num_start, numeral, t)
        {
            return None;
        }
        // "vowed to one day take it", "will one day be": a vague future, not a duration.
        if u == Unit::Day
            && !plural
            && numeral.trim_end().eq_ignore_ascii_case("one")
            && t.before(text, num_start, "modal").is_some()
            && text
                .get(span.end..)
                .and_then(|r| r.strip_prefix(' '))
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()))
        {
            let mut f = found(
                span_from(num_start, span),
                DateKind::Date,
                Some("FUTURE_REF".into()),
            );
            f.anchors = false;
            return Some(f);
        }
        // "twice a week", "three times a year": a set.
        if n == Some(1) && !plural {
            if let Some((s, _)) = t.before(text, num_start, "freq") {
                return Some(found(
                    Span::new(s, span.end),
                    DateKind::Set,
                    Some(u.duration(Some(1))),
                ));
            }
        }
        // "between 12 and 18 months", "two to three years", "12-18 months": the first number
        // shares the unit.
        let extra = self.first_of_pair(num_start, u);
        let mut start = num_start;
        let mut modifier = None;
        if let Some((s, m)) = t.modifier_before(text, start) {
            start = s;
            modifier = Some(m);
        }
        let mut end = span.end;
        // "a week ago": back from the anchor; "a year earlier": from the narrative.
        if !hyphen {
            // "a week or so ago": about a week.
            let or_so = text
                .get(end..)
                .is_some_and(|r| r.starts_with(" or so") && is_boundary(text, end + 6));
            let end = if or_so { end + 6 } else { end };
            if let Some((e, _)) = t.after(text, end, "ago") {
                if or_so {
                    modifier = Some(DateMod::Approx);
                }
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
            // "a month earlier than usual": a duration.
            let than = t
                .after(text, end, "after")
                .is_some_and(|(e, _)| text.get(e..).is_some_and(|r| r.starts_with(" than ")));
            if let (Some((e, tag)), Some(n), false) = (t.after(text, end, "after"), n, than) {
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
        // "2 1/2 years", "a minute and a half": half a unit more.
        let mut value = u.duration(n);
        if let (Some(n), false) = (n, hyphen) {
            let whole = text
                .get(..num_start)
                .and_then(|b| b.strip_suffix("1/"))
                .filter(|_| n == 2)
                .and_then(|b| {
                    let b = b.strip_suffix(' ')?;
                    let k = b.bytes().rev().take_while(u8::is_ascii_digit).count();
                    let w: u32 = b.get(b.len() - k..)?.parse().ok()?;
                    (k > 0 && is_boundary(text, b.len() - k)).then_some((w, b.len() - k))
                });
            let and_half = text
                .get(end..)
                .is_some_and(|r| r.starts_with(" and a half"))
                && is_boundary(text, end + " and a half".len());
            let (count, s) = match whole {
                Some((w, s)) => (Some(w), Some(s)),
                None if and_half => (Some(n), None),
                None => (None, None),
            };
            if let Some(v) = count.and_then(|c| u.duration_and_half(c)) {
                value = v;
                if let Some(s) = s {
                    start = start.min(s);
                } else {
                    end += " and a half".len();
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
            value: Some(value),
            modifier,
            range: None,
            anchors: true,
            extra: extra.filter(|x| x.span.end < start).map(Box::new),
        })
    }

    /// The first number of "12 to 18 months", "between 12 and 18", "two or three", "12-18"
    /// ending before the second one at `num_start`: a duration of the same unit.
    fn first_of_pair(&self, num_start: usize, u: Unit) -> Option<Found> {
        let text = self.text;
        let before = text.get(..num_start)?;
        let b = [" to ", " and ", " or ", "-"]
            .iter()
            .find_map(|j| before.strip_suffix(j))?;
        let n = b.bytes().rev().take_while(u8::is_ascii_digit).count();
        let (count, s) = if n > 0 {
            (b.get(b.len() - n..)?.parse::<u32>().ok()?, b.len() - n)
        } else {
            let w = b.rsplit(|c: char| !c.is_ascii_alphabetic()).next()?;
            let count = self.t.number_word(w).filter(|_| w.len() > 2)?;
            (count, b.len() - w.len())
        };
        if !is_boundary(text, s) || text.get(..s)?.ends_with(['-', '.', ',', '$']) {
            return None;
        }
        // "between 12 and 18" only with "between"; "12 and 18 months" may list two things.
        if before.ends_with(" and ")
            && !prev_word(text, s).is_some_and(|w| w.eq_ignore_ascii_case("between"))
        {
            return None;
        }
        Some(found(
            Span::new(s, b.len()),
            DateKind::Duration,
            Some(u.duration(Some(count))),
        ))
    }

    /// "the year", "for the full year", "that year", "earlier in the year": the narrative's
    /// year; "year-end", "year's end": its end.
    fn the_year(&self, span: Span) -> Option<Found> {
        let text = self.text;
        let t = self.t;
        let before = text.get(..span.start)?;
        let ends = ["-end", " end", "'s end", "’s end"]
            .iter()
            .find(|e| text.get(span.end..).is_some_and(|r| r.starts_with(*e)))
            .map(|e| span.end + e.len())
            .filter(|&e| is_boundary(text, e));
        let (s, det) = if let Some(b) = before.strip_suffix("the full ") {
            (b.len(), "the")
        } else if let Some(b) = before.strip_suffix("that ") {
            (b.len(), "that")
        } else if let Some(b) = before
            .strip_suffix("the ")
            .or_else(|| before.strip_suffix("The "))
        {
            (b.len(), "the")
        } else if ends.is_some() {
            (span.start, "")
        } else {
            return None;
        };
        if !is_boundary(text, s) || t.after(text, span.end, "ending").is_some() {
            return None;
        }
        // "the end of the year" is read with its modifier elsewhere.
        if ends.is_none() && t.modifier_before(text, s).is_some() {
            return None;
        }
        // "that year": the year the narrative is in; "the year": the story's.
        let year = match (det, self.last) {
            ("that", Some(g)) => Some(g.year()),
            ("that", None) => return None,
            _ => self
                .last
                .filter(|_| self.sentence_year.is_some())
                .map(Gran::year)
                .or_else(|| self.anchor.map(|a| a.year())),
        };
        if let Some(e) = ends {
            // "year-end", "by year's end".
            let start = if det.is_empty() { span.start } else { s };
            let mut f = found_gran(Span::new(start, e), year.map(Gran::Year));
            f.modifier = Some(DateMod::End);
            f.anchors = false;
            return Some(f);
        }
        let mut start = s;
        let mut modifier = None;
        if let Some(b) = text.get(..s).and_then(|b| b.strip_suffix("in ")) {
            // "earlier in the year", "late in the year".
            if let Some((m, md)) = t.modifier_before(text, b.len()) {
                if matches!(md, DateMod::Start | DateMod::Mid | DateMod::End) {
                    start = m;
                    modifier = Some(md);
                }
            }
        }
        // "for the year", "of the year": the story's reporting year, as TimeML reads it. A
        // bare "the year" elsewhere ("the year of the dragon") is left alone.
        if modifier.is_none()
            && det == "the"
            && t.before(text, s, "spanprep").is_none()
            && t.before(text, s, "yearprep").is_none()
            && prev_word(text, s).is_none_or(|w| w != "of")
        {
            return None;
        }
        let mut f = found_gran(Span::new(start, span.end), year.map(Gran::Year));
        f.modifier = modifier;
        f.anchors = false;
        Some(f)
    }

    /// "the 20th century", "the early nineteenth century": the century's first two digits
    /// ("19", "18").
    fn century(&self, span: Span) -> Option<Found> {
        let text = self.text;
        let t = self.t;
        let (s, n) = t.before(text, span.start, "ordinal")?;
        let n: i64 = n.parse().ok()?;
        let mut start = s;
        let mut modifier = None;
        if let Some((b, md)) = t.modifier_before(text, start) {
            if matches!(md, DateMod::Start | DateMod::Mid | DateMod::End) {
                start = b;
                modifier = Some(md);
            }
        }
        start = t.with_article(text, start);
        let first = i32::try_from((n - 1) * 100).ok()?;
        let mut f = found(
            Span::new(start, span.end),
            DateKind::Date,
            Some(format!("{:02}", n - 1)),
        );
        f.modifier = modifier;
        f.range = Some(range(
            NaiveDate::from_ymd_opt(first.max(1), 1, 1)?,
            NaiveDate::from_ymd_opt(first + 99, 12, 31)?,
        ));
        Some(f)
    }

    /// A unit with no count: "recent years" (PXY), "the quarter", "weeks or months".
    fn uncounted(&self, span: Span, u: Unit, plural: bool) -> Option<Found> {
        let text = self.text;
        let t = self.t;
        if !plural {
            if u == Unit::Quarter {
                return self.period(span, true);
            }
            if u == Unit::Year {
                if let Some(f) = self.the_year(span) {
                    return Some(f);
                }
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
        // "in the weeks ahead": an unspecified stretch to come.
        if let Some(r) = text.get(span.end..) {
            let e = span.end + " ahead".len();
            if r.starts_with(" ahead") && is_boundary(text, e) {
                if let Some((s, _)) = t.before(text, span.start, "article") {
                    return Some(found(
                        Span::new(s, e),
                        DateKind::Duration,
                        Some(u.duration(None)),
                    ));
                }
            }
        }
        // "days before", "minutes later", "months ago": an unspecified count.
        if t.before(text, span.start, "lead").is_none() {
            let after = t
                .after(text, span.end, "ago")
                .or_else(|| t.after(text, span.end, "after"))
                .map(|(e, _)| e)
                .or_else(|| {
                    let r = text.get(span.end..)?;
                    let e = span.end + " before".len();
                    (r.starts_with(" before") && is_boundary(text, e)).then_some(e)
                });
            if let Some(e) = after {
                if !text.get(..span.start)?.ends_with('-') {
                    return Some(found(
                        Span::new(span.start, e),
                        DateKind::Duration,
                        Some(u.duration(None)),
                    ));
                }
            }
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

/// Whether "a" (the `numeral` at `num_start`) before a unit makes a rate: an amount right
/// before it ("$2 million a year", "358,000 a month", "$1.76 a year") or a counted plural
/// ("700 seats a week", "four flights a week").
fn rate_before(text: &str, num_start: usize, numeral: &str, t: &Temporal) -> bool {
    let numeral = numeral.trim_end();
    if !(numeral.eq_ignore_ascii_case("a") || numeral.eq_ignore_ascii_case("an")) {
        return false;
    }
    let Some(w) = prev_word(text, num_start) else {
        return false;
    };
    let before = text[..num_start].trim_end();
    let amount = |w: &str| {
        w.ends_with(|c: char| c.is_ascii_digit())
            || [
                "million", "billion", "trillion", "thousand", "hundred", "cents", "percent",
            ]
            .contains(&w.to_ascii_lowercase().as_str())
            || t.number_word(w).is_some_and(|n| n > 1)
    };
    // The word must end right before "a" (a comma or a stop breaks it).
    if !before.ends_with(w) {
        return false;
    }
    if amount(w) {
        return true;
    }
    // A plural after a count: "seats" in "700 seats a week".
    let plural = w.len() > 3 && w.ends_with('s') && w.starts_with(char::is_lowercase);
    plural
        && prev_word(text, before.len() - w.len())
            .is_some_and(|c| amount(c) && text[..before.len() - w.len()].ends_with(' '))
}

/// A plural part of the day at the start of `s` (" nights"): its TIMEX3 code and length.
fn plural_daypart(s: &str) -> Option<(&'static str, usize)> {
    [
        (" mornings", "MO"),
        (" afternoons", "AF"),
        (" evenings", "EV"),
        (" nights", "NI"),
    ]
    .iter()
    .find(|(w, _)| s.starts_with(w) && !s[w.len()..].starts_with(char::is_alphanumeric))
    .map(|&(w, code)| (code, w.len()))
}

/// " a year ago", " a year earlier", " last year" right after byte `end` of a period ("the
/// quarter a year ago"): where it ends.
fn year_back_after(text: &str, end: usize) -> Option<usize> {
    let rest = text.get(end..)?;
    [
        " a year ago",
        " a year earlier",
        " a year before",
        " last year",
        " the year before",
        " the previous year",
        " the prior year",
    ]
    .iter()
    .find(|p| rest.starts_with(*p) && is_boundary(text, end + p.len()))
    .map(|p| end + p.len())
}

/// Whether a duration is a stretch of the year so far that results are reported for: "the nine
/// months", "the first six months" (not "nine months", any nine months, nor "the six months
/// ended Dec. 31", a half-year).
fn year_to_date(text: &str, span: Span, value: Option<&str>) -> bool {
    let Some(w) = text.get(span.range()) else {
        return false;
    };
    let the = w.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("the "));
    match value {
        Some("P9M") => the,
        Some("P6M") => {
            the && w
                .get(4..10)
                .is_some_and(|w| w.eq_ignore_ascii_case("first "))
        }
        _ => false,
    }
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

/// Whether a date's text writes its year out ("2011", "nineteen ninety-six"), rather than
/// reaching it from the anchor ("Friday", "last month").
fn written_year(s: &str) -> bool {
    s.as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit))
        || s.to_ascii_lowercase().contains("nineteen")
        || s.to_ascii_lowercase().contains("two thousand")
}

/// " 12:10" or " 12:10:54" (24-hour, not followed by "a.m." or "PM") at the start of `s`: the
/// TIMEX3 time and the bytes read.
fn clock_after(s: &str) -> Option<(String, usize)> {
    let t = s.strip_prefix(' ')?;
    let b = t.as_bytes();
    let n = b
        .iter()
        .take_while(|c| c.is_ascii_digit() || **c == b':')
        .count();
    let parts: Vec<&str> = t[..n].split(':').collect();
    if !(2..=3).contains(&parts.len()) || parts.iter().skip(1).any(|p| p.len() != 2) {
        return None;
    }
    let h: u32 = parts[0].parse().ok()?;
    let m: u32 = parts[1].parse().ok()?;
    let sec: Option<u32> = parts.get(2).map(|p| p.parse()).transpose().ok()?;
    if parts[0].is_empty() || parts[0].len() > 2 || h > 23 || m > 59 || sec.is_some_and(|x| x > 59)
    {
        return None;
    }
    let rest = &t[n..];
    if rest.starts_with(|c: char| c.is_alphanumeric())
        || rest.strip_prefix(' ').is_some_and(|r| {
            r.starts_with(['a', 'p', 'A', 'P'])
                && r.len() > 1
                && r[1..].starts_with(['.', 'm', 'M'])
        })
    {
        return None;
    }
    let time = match sec {
        Some(x) => format!("{h:02}:{m:02}:{x:02}"),
        None => format!("{h:02}:{m:02}"),
    };
    Some((time, 1 + n))
}

/// The span from `start` to the end of `span`.
fn span_from(start: usize, span: Span) -> Span {
    Span::new(start, span.end)
}

/// Western Easter Sunday of year `y` (the anonymous Gregorian computus).
/// Day `d` of month `m` of Islamic year `h` in the tabular (arithmetical) calendar, civil epoch:
/// within a day or so of the sighted calendar.
fn hijri(h: i32, m: u32, d: u32) -> Option<NaiveDate> {
    if h < 1 || !(1..=12).contains(&m) || !(1..=30).contains(&d) {
        return None;
    }
    let (h, m, d) = (i64::from(h), i64::from(m), i64::from(d));
    // ceil(29.5 * (m - 1)) days before the month, 354 a year and 11 leap days in 30 years.
    let n = d + (59 * (m - 1) + 1) / 2 + 354 * (h - 1) + (3 + 11 * h) / 30 - 1;
    NaiveDate::from_ymd_opt(622, 7, 19)?.checked_add_signed(Duration::try_days(n)?)
}

/// The first day `d` of Islamic month `m` that falls in Gregorian year `y` (the earlier one in
/// the rare year that holds two).
fn hijri_in_year(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    // 33 Islamic years to 32 Gregorian ones.
    let h0 = (i64::from(y) - 622) * 33 / 32;
    (h0 - 1..=h0 + 2)
        .filter_map(|h| hijri(i32::try_from(h).ok()?, m, d))
        .find(|day| day.year() == y)
}

/// The first day of the Islamic month after month `m` that starts on `start`.
fn hijri_after(start: NaiveDate, m: u32) -> Option<NaiveDate> {
    // Months are 29 or 30 days: the next one starts 29 or 30 days on.
    let next = if m == 12 { 1 } else { m + 1 };
    [29, 30]
        .into_iter()
        .filter_map(|k| add_days(start, k))
        .find(|d| {
            let y = d.year();
            [y - 1, y]
                .into_iter()
                .any(|y| hijri_in_year(y, next, 1) == Some(*d))
        })
}

fn easter(y: i32) -> Option<NaiveDate> {
    let y = i64::from(y);
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(
        i32::try_from(y).ok()?,
        u32::try_from(month).ok()?,
        u32::try_from(day).ok()?,
    )
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
    if !t.month_first[usize::from(*s.as_bytes().first()?)] {
        return None;
    }
    t.months.iter().find_map(|(f, m)| {
        (s.starts_with(f.as_str()) && !s[f.len()..].starts_with(|c: char| c.is_alphabetic()))
            .then_some((*m, f.len()))
    })
}

/// The word right before byte `start`, skipping spaces and one hyphen.
fn prev_word(text: &str, start: usize) -> Option<&str> {
    let gap = gap_before(text.get(..start)?, 3);
    if gap > 3 {
        return None;
    }
    let before = &text[..start - gap];
    let w = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .filter(|w| !w.is_empty())?;
    Some(w)
}

/// How many spaces and hyphens end `s`, counted up to `max + 1`: the length
/// `trim_end_matches([' ', '-'])` takes off, wherever that is at most `max`. Read by bytes (both
/// are ASCII), and no further back than a gap a caller accepts.
fn gap_before(s: &str, max: usize) -> usize {
    s.bytes()
        .rev()
        .take(max + 1)
        .take_while(|&b| b == b' ' || b == b'-')
        .count()
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
/// when it is near and nearer than the past one, else the past one. A day ahead is near within
/// about three months (schedules: "payable Jan. 2"); a bare month within about six weeks, as
/// a bare month is more often the story's past ("the jet downed in November").
fn past_leaning_year(a: NaiveDate, m: u32, d: Option<u32>) -> i32 {
    let on = |y: i32| NaiveDate::from_ymd_opt(y, m, d.unwrap_or(15).min(28));
    let this = a.year();
    let same_month = d.is_none() && m == a.month();
    match (on(this), on(this - 1), on(this + 1)) {
        _ if same_month => this,
        (Some(c), Some(prev), Some(next)) => {
            let (back, fwd) = if c <= a { (c, next) } else { (prev, c) };
            let (gb, gf) = ((a - back).num_days(), (fwd - a).num_days());
            let near = if d.is_some() { 100 } else { 45 };
            if gf <= near && gf < gb {
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
    fn islamic_feasts_by_the_tabular_calendar() {
        use super::{hijri, hijri_after, hijri_in_year};
        use chrono::NaiveDate;
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        // 1 Ramadan 1445, 10 Dhu al-Hijja 1445 (a leap day of the tabular calendar's years falls
        // in that month), 1 Muharram 1.
        assert_eq!(hijri(1445, 9, 1), day(2024, 3, 11));
        assert_eq!(hijri(1445, 12, 10), day(2024, 6, 17));
        assert_eq!(hijri(1, 1, 1), day(622, 7, 19));
        assert_eq!(hijri(0, 1, 1), None);
        assert_eq!(hijri(1445, 13, 1), None);
        // 1997 holds two Ramadans: the first is the year's.
        assert_eq!(hijri_in_year(1997, 9, 1), day(1997, 1, 10));
        assert_eq!(hijri(1418, 9, 1), day(1997, 12, 31));
        // Ramadan 1445 has 30 days; the month after Dhu al-Hijja is the next year's Muharram.
        assert_eq!(hijri_after(hijri(1445, 9, 1).unwrap(), 9), day(2024, 4, 10));
        assert_eq!(
            hijri_after(hijri(1445, 12, 1).unwrap(), 12),
            hijri(1446, 1, 1)
        );
        // Far ends of the calendar give nothing, never a panic.
        assert_eq!(hijri_in_year(i32::MAX, 9, 1), None);
        assert_eq!(hijri_in_year(i32::MIN, 9, 1), None);
    }

    #[test]
    fn easter_by_the_computus() {
        use super::easter;
        use chrono::NaiveDate;
        for (y, m, d) in [
            (1818, 3, 22), // the earliest possible
            (1943, 4, 25), // the latest possible
            (2000, 4, 23), // a leap year
            (2024, 3, 31),
            (2025, 4, 20),
            (2038, 4, 25),
        ] {
            assert_eq!(easter(y), NaiveDate::from_ymd_opt(y, m, d), "{y}");
        }
        // Outside the calendar: no day, no panic.
        assert_eq!(easter(i32::MAX), None);
    }

    #[test]
    fn clock_after_a_date() {
        use super::clock_after;
        for (s, want) in [
            (" 12:10:54", Some(("12:10:54", 9))),
            (" 09:33", Some(("09:33", 6))),
            (" 9:33 AM", None),
            (" 9:33 p.m.", None),
            (" 24:00", None),
            (" 12:60", None),
            (" 12:1", None),
            (" 1230", None),
            ("12:30", None),
        ] {
            let got = clock_after(s);
            assert_eq!(got.as_ref().map(|(t, n)| (t.as_str(), *n)), want, "{s:?}");
        }
    }

    #[test]
    fn years_in_words() {
        let t = super::Temporal::new();
        for (s, want) in [
            ("nineteen ninety-six", Some((1996, 19))),
            ("Nineteen eighty four", Some((1984, 20))),
            ("nineteen seventy", Some((1970, 16))),
            ("nineteen twelve", Some((1912, 15))),
            ("two thousand and one", Some((2001, 20))),
            ("two thousand", Some((2000, 12))),
            ("nineteen soldiers", None),
            ("nineteen —", None),
            ("two thousandth", None),
        ] {
            assert_eq!(t.spelled_year(s, 0), want, "{s:?}");
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
            // A bare month ahead only within about six weeks; a day within about three months.
            ("1989-10-26", 1, None, 1989),
            ("1989-10-26", 12, None, 1988),
            ("1989-11-20", 12, None, 1989),
            ("1989-10-26", 1, Some(2), 1990),
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
    fn the_reporting_period() {
        // Published 2023-11-02: the third quarter is over, the fourth still running.
        let cases: &[(&str, &[(&str, &str)])] = &[
            // A forecast quarter does not become the period "the latest quarter" means.
            (
                "Third-quarter profit rose from a year ago. A fourth-quarter charge looms. \
                 In the latest quarter, sales grew from a year earlier.",
                &[
                    ("Third-quarter", "2023-Q3"),
                    ("a year ago", "2022-Q3"),
                    ("fourth-quarter", "2023-Q4"),
                    ("the latest quarter", "2023-Q3"),
                    ("a year earlier", "2022-Q3"),
                ],
            ),
            // An earlier quarter looked back at does not move the period.
            (
                "Third-quarter profit rose after a weak second quarter. The year-earlier period \
                 was weaker.",
                &[
                    ("Third-quarter", "2023-Q3"),
                    ("second quarter", "2023-Q2"),
                    ("The year-earlier period", "2022-Q3"),
                ],
            ),
            // The nine months compare with the year before, for that sentence and the next.
            (
                "Third-quarter profit rose. For the nine months, profit rose from a year \
                 earlier. Costs fell. Prices held. Revenue rose from a year ago.",
                &[
                    ("Third-quarter", "2023-Q3"),
                    ("the nine months", "P9M"),
                    ("a year earlier", "2022"),
                    ("a year ago", "2022-Q3"),
                ],
            ),
            (
                "Third-quarter profit rose from the 2022 quarter. In the 2023 period, costs fell.",
                &[
                    ("Third-quarter", "2023-Q3"),
                    ("the 2022 quarter", "2022-Q3"),
                    ("the 2023 period", "2023-Q3"),
                ],
            ),
            (
                "Third-quarter profit beat the corresponding period last year and the quarter a \
                 year ago.",
                &[
                    ("Third-quarter", "2023-Q3"),
                    ("the corresponding period last year", "2022-Q3"),
                    ("the quarter a year ago", "2022-Q3"),
                ],
            ),
            (
                "Third-quarter sales grew; the quarter-to-quarter and year-over-year gains held.",
                &[("Third-quarter", "2023-Q3")],
            ),
            (
                "Losses run through the first two quarters of 2025, as in the last half of the \
                 '80s.",
                &[
                    ("the first two quarters of 2025", "2025-H1"),
                    ("the '80s", "198"),
                ],
            ),
        ];
        for (text, want) in cases {
            let got = dates(text, "2023-11-02");
            let want: Vec<(String, Option<String>)> = want
                .iter()
                .map(|(t, v)| (t.to_string(), Some(v.to_string())))
                .collect();
            assert_eq!(got, want, "{text:?}");
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
            ("Output rose in recent years.", &[("recent years", "PXY")]),
            (
                "Tensions may rise in the weeks ahead.",
                &[("the weeks ahead", "PXW")],
            ),
            (
                "The lease runs 20 more years and shares fell for eight trading days.",
                &[("20 more years", "P20Y"), ("eight trading days", "P8D")],
            ),
            (
                "Holders may buy at the then current price.",
                &[("then current", "PAST_REF")],
            ),
            (
                "The envoy left a week or so ago.",
                &[("a week or so ago", "2023-05-27")],
            ),
            (
                "By mid afternoon the shelling stopped.",
                &[("mid afternoon", "2023-06-03TAF")],
            ),
            (
                "It's the second day of the strike.",
                &[("the second day", "2023-06-03")],
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
