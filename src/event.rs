//! Meetings and refusals: who met, talked to or refused whom, whether it happened, when, where.
//!
//! This module owns contact events. It reads the scan's meeting triggers ("met", "held talks",
//! "video call"), status cues ("will", "invited", "canceled", "unable") and refusal cues
//! ("rejected", "declined", "turned down") sentence by sentence, takes participants from the
//! actor mentions around the trigger, the status from the cues before it, the format from the
//! trigger, the date from the sentence's date expressions and the location from "in PLACE".
//! Records of the same contact merge: one event, one record, with every evidence span.

use crate::lexicon::Lexicon;
use crate::model::{
    ActorKind, Date, DateKind, Excerpt, Meeting, MeetingFormat, MeetingStatus, Refusal, Span,
};
use crate::resolve::Cast;
use crate::scan::{Hit, Scan, Tag};
use crate::segment::Sentence;
use crate::util::between;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    Meeting(MeetingFormat),
    Status(MeetingStatus),
    Refuse,
    Thing,
}

/// The event detector: what each lexicon row means to it.
#[derive(Clone, Debug)]
pub(crate) struct Events {
    cues: Vec<Option<Cue>>,
}

impl Events {
    pub(crate) fn new(lex: &Lexicon) -> Events {
        let cues = lex
            .rows
            .iter()
            .map(|r| match r.class.as_str() {
                "meeting" => Some(Cue::Meeting(match r.tag.split('.').next() {
                    Some("video") => MeetingFormat::Video,
                    Some("phone") => MeetingFormat::Phone,
                    _ => MeetingFormat::InPerson,
                })),
                "status" => Some(Cue::Status(match r.tag.as_str() {
                    "planned" => MeetingStatus::Planned,
                    "proposed" => MeetingStatus::Proposed,
                    "cancelled" => MeetingStatus::Cancelled,
                    _ => MeetingStatus::NotHeld,
                })),
                "refusal" => Some(Cue::Refuse),
                "refused_thing" => Some(Cue::Thing),
                _ => None,
            })
            .collect();
        Events { cues }
    }

    fn cue(&self, h: &Hit) -> Option<Cue> {
        match h.tag {
            Tag::Word(i) => self.cues[usize::from(i)],
            _ => None,
        }
    }

    pub(crate) fn detect(
        &self,
        text: &str,
        scan: &Scan,
        sentences: &[Sentence],
        cast: &Cast,
        dates: &[Date],
    ) -> (Vec<Meeting>, Vec<Refusal>) {
        let mut meetings: Vec<Meeting> = Vec::new();
        let mut refusals: Vec<Refusal> = Vec::new();
        let hits = &scan.hits;
        for s in sentences {
            let a = hits.partition_point(|h| h.span.start < s.span.start);
            let b = hits.partition_point(|h| h.span.start < s.span.end);
            let sh = &hits[a..b];
            // Refusals first: a refused meeting takes the refused status.
            let mut refused_here = None;
            for (k, h) in sh.iter().enumerate() {
                if self.cue(h) != Some(Cue::Refuse) {
                    continue;
                }
                if let Some(r) = self.refusal(text, sh, k, s.span, cast, dates) {
                    refused_here = Some(refusals.len());
                    refusals.push(r);
                    break;
                }
            }
            // The first meeting trigger of the sentence.
            let Some(k) = sh
                .iter()
                .position(|h| matches!(self.cue(h), Some(Cue::Meeting(_))))
            else {
                continue;
            };
            let trig = sh[k].span;
            let mut format = MeetingFormat::Unknown;
            for h in sh {
                if let Some(Cue::Meeting(f)) = self.cue(h) {
                    if f != MeetingFormat::InPerson || format == MeetingFormat::Unknown {
                        format = f;
                    }
                }
            }
            let mut status = MeetingStatus::Held;
            for h in &sh[..k] {
                if let Some(Cue::Status(st)) = self.cue(h) {
                    if h.span.start + 40 >= trig.start {
                        status = st;
                    }
                }
            }
            if sh
                .iter()
                .any(|h| self.cue(h) == Some(Cue::Status(MeetingStatus::Cancelled)))
            {
                status = MeetingStatus::Cancelled;
            }
            if refused_here.is_some() {
                status = MeetingStatus::Refused;
            }
            let participants = participants(text, cast, s.span, trig);
            if participants.len() < 2 {
                continue;
            }
            let date = dates
                .iter()
                .filter(|d| d.kind == DateKind::Date && s.span.contains(d.span))
                .min_by_key(|d| d.span.start.abs_diff(trig.start))
                .cloned();
            let location = location_after(text, trig.end, s.span.end);
            let evidence = Excerpt::new(text, trig);
            let mut sorted = participants.clone();
            sorted.sort();
            let same = meetings.iter_mut().find(|m| {
                let mut p = m.participants.clone();
                p.sort();
                p == sorted && m.status == status
            });
            match same {
                Some(m) => {
                    m.evidence.push(evidence);
                    if m.date.is_none() {
                        m.date = date;
                    }
                }
                None => {
                    if let Some(r) = refused_here {
                        refusals[r].meeting = Some(meetings.len());
                    }
                    meetings.push(Meeting {
                        participants,
                        status,
                        format,
                        date,
                        location: location.map(|l| text[l.range()].to_string()),
                        location_span: location,
                        evidence: vec![evidence],
                    });
                }
            }
        }
        (meetings, refusals)
    }

    /// A refusal at cue `k` of the sentence hits `sh`.
    fn refusal(
        &self,
        text: &str,
        sh: &[Hit],
        k: usize,
        sent: Span,
        cast: &Cast,
        dates: &[Date],
    ) -> Option<Refusal> {
        let cue = sh[k].span;
        // The object: after the cue up to the clause end.
        let rest = text.get(cue.end..sent.end)?;
        let stop = rest
            .find([',', '.', ';', ':', '\u{201C}', '"'])
            .into_iter()
            .chain(
                [" as ", " but ", " because ", " after "]
                    .iter()
                    .filter_map(|w| rest.find(w)),
            )
            .min()
            .unwrap_or(rest.len());
        let obj_raw = &rest[..stop];
        let obj = obj_raw.trim();
        let obj_start = cue.end + (obj_raw.len() - obj_raw.trim_start().len());
        let obj_span = Span::new(obj_start, obj_start + obj.len());
        let thing = sh
            .iter()
            .any(|h| self.cue(h) == Some(Cue::Thing) && obj_span.contains(h.span));
        let verb = &text[cue.range()];
        let self_contained =
            verb.contains(" down") || verb.contains("agreed") || verb.contains("no to");
        if !thing && !self_contained {
            return None;
        }
        let refuser = cast
            .within(Span::new(sent.start, cue.start))
            .iter()
            .rev()
            .map(|m| m.actor)
            .next()?;
        let requester = cast
            .within(obj_span)
            .iter()
            .map(|m| m.actor)
            .find(|&a| a != refuser && cast.actors[a].country != cast.actors[refuser].country);
        let date = dates
            .iter()
            .find(|d| d.kind == DateKind::Date && sent.contains(d.span))
            .cloned();
        Some(Refusal {
            refuser: Some(cast.actors[refuser].id.clone()),
            requester: requester.map(|a| cast.actors[a].id.clone()),
            object: obj.to_string(),
            meeting: None,
            date,
            evidence: vec![Excerpt::new(text, cue)],
        })
    }
}

/// The participants of a contact triggered at `trig` in sentence `sent`: the subject before the
/// trigger (with "X and Y") and the object after it ("with X", "between X and Y"). Places ("in
/// Singapore") and modifiers of a following name ("China's foreign affairs chief Wang Yi") are not
/// participants.
fn participants(text: &str, cast: &Cast, sent: Span, trig: Span) -> Vec<String> {
    let ments = cast.within(sent);
    let usable = |i: usize| -> bool {
        let m = ments[i];
        let a = &cast.actors[m.actor];
        if a.anonymous || (a.kind == ActorKind::Organization && a.country.is_none()) {
            return false;
        }
        let before = between(text, sent.start, m.span.start).trim_end();
        let prep = before.rsplit(' ').next().unwrap_or("");
        if matches!(
            prep,
            "in" | "at" | "to" | "from" | "of" | "for" | "In" | "At"
        ) {
            return false;
        }
        // A country or organisation directly modifying the next mention is not a party itself.
        if a.kind != ActorKind::Person {
            if let Some(next) = ments.get(i + 1) {
                let gap = between(text, m.span.end, next.span.start);
                if gap.split_whitespace().count() <= 4
                    && !gap.contains([',', ';'])
                    && !gap.contains(" and ")
                    && !gap.contains(" with ")
                {
                    return false;
                }
            }
        }
        true
    };
    let mut out: Vec<String> = Vec::new();
    let mut push = |i: usize| {
        let id = &cast.actors[ments[i].actor].id;
        if !out.contains(id) {
            out.push(id.clone());
        }
    };
    // Subject: the nearest usable mention before the trigger, with "X and Y" before it.
    let before: Vec<usize> = (0..ments.len())
        .filter(|&i| ments[i].span.end <= trig.start && usable(i))
        .collect();
    if let Some(&last) = before.last() {
        let mut group = vec![last];
        for w in before.windows(2).rev() {
            let gap = between(text, ments[w[0]].span.end, ments[w[1]].span.start);
            if group.contains(&w[1])
                && (gap.trim() == "and" || gap.trim() == "," || gap.trim() == ", and")
            {
                group.push(w[0]);
            } else {
                break;
            }
        }
        group.sort_unstable();
        for i in group {
            push(i);
        }
    }
    // Object: the first usable mention after the trigger (and "Y" of "X and Y").
    let after: Vec<usize> = (0..ments.len())
        .filter(|&i| ments[i].span.start >= trig.end && usable(i))
        .collect();
    if let Some(&first) = after.first() {
        push(first);
        if let Some(&second) = after.get(1) {
            let gap = between(text, ments[first].span.end, ments[second].span.start);
            if gap.trim() == "and" {
                push(second);
            }
        }
    }
    out
}

/// "in Singapore", "in Alaska": a capitalised place right after " in " following the trigger.
fn location_after(text: &str, from: usize, end: usize) -> Option<Span> {
    let rest = &text[from..end];
    let i = rest.find(" in ")?;
    if rest[..i].split_whitespace().count() > 8 {
        return None;
    }
    let s = from + i + 4;
    let word_len = text[s..end]
        .find(|c: char| !(c.is_alphabetic() || c == '-'))
        .unwrap_or(end - s);
    let w = &text[s..s + word_len];
    let cap = w.chars().next().is_some_and(char::is_uppercase);
    let month = matches!(
        w,
        "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "The"
    );
    (cap && !month && word_len > 1).then(|| Span::new(s, s + word_len))
}
