//! What a contact's clause says about it besides its parties: status from the verb group and
//! the status cues around the trigger, format, date and place.

use super::*;

impl<'a> Ctx<'a> {
    /// Whether an accepting verb stands at most three words before the offer at `offer`
    /// ("accepted [the] invitation", "accepts Kim's offer").
    pub(super) fn accepted(&self, offer: Span) -> bool {
        self.hits_in(offer.start.saturating_sub(48), offer.start)
            .iter()
            .any(|h| {
                h.span.end <= offer.start
                    && self.ev.accept.contains(&self.text[h.span.range()])
                    && word_count(between(self.text, h.span.end, offer.start), 4) <= 3
            })
    }

    /// The status of the meeting triggered at `trig`.
    pub(super) fn status(
        &self,
        trig: Span,
        part: Part,
        clause_start: usize,
        sent: Span,
    ) -> MeetingStatus {
        let lo = clause_start.max(trig.start.saturating_sub(STATUS_REACH));
        let mut status = MeetingStatus::Held;
        let mut prev_end: Option<(MeetingStatus, usize)> = None;
        for h in self.hits_in(lo, trig.start) {
            if h.span.end <= trig.start {
                if let Some(Cue::Status(st)) = self.cue(h) {
                    // "is not expected to meet": a negated plan or wish is no meeting.
                    let negated = matches!(prev_end, Some((MeetingStatus::NotHeld, e))
                        if word_count(between(self.text, e, h.span.start), 2) <= 1);
                    // "accepted an invitation from Kim to visit": an offer accepted is a plan.
                    let accepted = st == MeetingStatus::Proposed && self.accepted(h.span);
                    status = if negated
                        && matches!(st, MeetingStatus::Planned | MeetingStatus::Proposed)
                    {
                        MeetingStatus::NotHeld
                    } else if accepted {
                        MeetingStatus::Planned
                    } else {
                        st
                    };
                    prev_end = Some((st, h.span.end));
                }
            }
        }
        // The verb that governs a noun's phrase beats an adjective inside it: "called off a
        // planned summit" is cancelled, "requested an urgent meeting" proposed.
        let head_phrase = self.trigger_phrase(trig);
        if let Some((np, Some(g))) = head_phrase {
            let gov = self
                .hits_in(g.start.saturating_sub(24), np.span.start)
                .iter()
                .filter(|h| h.span.end == g.end || h.span.start == g.start)
                .find_map(|h| match self.cue(h) {
                    Some(Cue::Status(st)) if st != MeetingStatus::NotHeld => Some(st),
                    _ => None,
                });
            // "accepted the invitation for a meeting": the offer governing it was accepted.
            let gov = gov.map(|st| match st {
                MeetingStatus::Proposed if self.accepted(g) => MeetingStatus::Planned,
                _ => st,
            });
            if let Some(st) = gov {
                // "is not expected to meet": a negated plan or wish is no meeting.
                let negated = self.reading.frame(g).is_some_and(|f| f.negated);
                status = match st {
                    MeetingStatus::Planned | MeetingStatus::Proposed if negated => {
                        MeetingStatus::NotHeld
                    }
                    _ => st,
                };
            }
        }
        // The verb group the trigger's phrase is the subject of: "A summit between X and Y is
        // scheduled for", "the talks were postponed".
        if part == Part::Noun {
            if let Some(p) = self.reading.predicate_after(trig) {
                let st = self
                    .hits_in(p.start, p.end)
                    .iter()
                    .find_map(|h| match self.cue(h) {
                        Some(Cue::Status(st)) => Some(st),
                        _ => None,
                    });
                // "cancelled the meeting ... scheduled for": a participle after the phrase
                // does not undo the verb that governs it.
                if let Some(st) = st.filter(|_| status != MeetingStatus::Cancelled) {
                    status = st;
                }
            }
        }
        let hi = sent.end.min(trig.end + REACH);
        for h in self.hits_in(trig.end, hi) {
            match self.cue(h) {
                Some(Cue::Status(MeetingStatus::Cancelled)) => return MeetingStatus::Cancelled,
                Some(Cue::Status(MeetingStatus::Planned))
                    if h.span.start <= trig.end + 24
                        && self.ev.planned_after.contains(&self.text[h.span.range()]) =>
                {
                    status = MeetingStatus::Planned;
                }
                _ => {}
            }
        }
        // "returned to Jeddah to resume negotiations with X": a contact noun governed by an
        // infinitive is yet to be held.
        if status == MeetingStatus::Held && part == Part::Noun {
            // The light verb before the noun ("to resume [direct] negotiations").
            let governor = head_phrase.and_then(|(_, g)| g);
            let governed_by_infinitive = self
                .hits_in(trig.start.saturating_sub(40), trig.start)
                .iter()
                .filter(|h| self.cue(h) == Some(Cue::Light) && h.span.end < trig.start)
                .filter(|h| {
                    let gap = between(self.text, h.span.end, trig.start);
                    word_count(gap, 3) <= 2 && !contains_any(gap, [',', ';', '.'])
                })
                .any(|h| {
                    let before = self.text[..h.span.start].trim_end();
                    self.reading.after_to(h.span)
                        && !self.after_status(before.len())
                        // The light verb governs the noun's phrase: in "to have attended a
                        // meeting" the verb of the noun is "attended", a perfect, not a plan.
                        && governor.is_none_or(|g| g.start == h.span.start)
                });
            if governed_by_infinitive {
                status = MeetingStatus::Planned;
            }
        }
        // The verb group itself: "may meet" is a plan, "hasn't met" none, "will not meet" a
        // refusal.
        if matches!(status, MeetingStatus::Held | MeetingStatus::NotHeld) {
            if let Some(f) = self.reading.frame(trig) {
                if f.negated && f.volition {
                    status = MeetingStatus::Refused;
                } else if status == MeetingStatus::Held && f.bare_to {
                    status = MeetingStatus::Planned;
                } else if status == MeetingStatus::Held && f.negated {
                    status = MeetingStatus::NotHeld;
                } else if status == MeetingStatus::Held && f.modal {
                    status = MeetingStatus::Planned;
                }
            }
        }
        status
    }

    /// Whether a status cue ends at `end` ("agreed to", "failed to"): it, not the infinitive
    /// after it, says how the contact stands.
    fn after_status(&self, end: usize) -> bool {
        self.hits_in(end.saturating_sub(24), end)
            .iter()
            .any(|h| h.span.end == end && matches!(self.cue(h), Some(Cue::Status(_))))
    }

    /// The format: a video or phone mode cue in the clause, else the trigger's, else an
    /// in-person cue or a place.
    pub(super) fn format(
        &self,
        trig_format: MeetingFormat,
        a: usize,
        b: usize,
        place: bool,
    ) -> MeetingFormat {
        let mut in_person = false;
        for h in self.hits_in(a, b) {
            if let Some(Cue::Mode(f)) = self.cue(h) {
                match f {
                    MeetingFormat::Video | MeetingFormat::Phone => return f,
                    MeetingFormat::InPerson => in_person = true,
                    _ => {}
                }
            }
        }
        match trig_format {
            MeetingFormat::Unknown if in_person || place => MeetingFormat::InPerson,
            f => f,
        }
    }

    /// Whether a speech verb ends just before `pos` ("said Friday", "said on Saturday").
    /// Never across a sentence's end ("Peskov said on Thursday. Earlier in the day, ...").
    pub(super) fn after_speech(&self, pos: usize) -> bool {
        self.hits_in(pos.saturating_sub(24), pos).iter().any(|h| {
            let gap = between(self.text, h.span.end, pos);
            self.cue(h) == Some(Cue::Speech)
                && gap.split_whitespace().count() <= 2
                && !contains_any(gap, ['.', '!', '?', '\n'])
        })
    }

    /// Whether a speech verb stands in `a..b`.
    pub(super) fn speech_between(&self, a: usize, b: usize) -> bool {
        self.hits_in(a.max(b.saturating_sub(REACH)), b)
            .iter()
            .any(|h| h.span.end <= b && self.cue(h) == Some(Cue::Speech))
    }

    /// The date of an event at `trig` in the clause `a..b`: the first date after it, else the
    /// nearest before; none attached to a speech verb.
    pub(super) fn date(&self, trig: Span, a: usize, b: usize) -> Option<Date> {
        let i = self
            .date_order
            .partition_point(|&d| self.dates[d].span.start < a);
        let mut best_before: Option<usize> = None;
        for &d in &self.date_order[i..] {
            let s = self.dates[d].span;
            if s.end > b {
                break;
            }
            // "(Sputnik - 19th November, 2020) Putin is not planning to meet": a date in an
            // aside closed before the trigger is the aside's.
            if self.after_speech(s.start)
                || (s.end <= trig.start
                    && between(self.text, s.end, trig.start)
                        .trim_start()
                        .starts_with(')'))
            {
                continue;
            }
            if s.start >= trig.end {
                return Some(self.meeting_day(d));
            }
            if s.end <= trig.start {
                best_before = Some(d);
            }
        }
        best_before.map(|d| self.meeting_day(d))
    }

    /// The date `d` as a meeting's date: a time of a known day ("Thursday evening",
    /// `2014-09-25TEV`) dates the meeting by its day.
    fn meeting_day(&self, d: usize) -> Date {
        let mut out = self.dates[d].clone();
        if let Some(day) = time_of_day(&out) {
            out.value = Some(day.to_string());
            out.kind = DateKind::Date;
        }
        out
    }

    /// "in Singapore": a capitalised place after " in " in the clause (after the trigger first).
    pub(super) fn location(&self, trig: Span, a: usize, b: usize) -> Option<Span> {
        let after = between(self.text, trig.end, b);
        let mut off = 0;
        for _ in 0..4 {
            let Some(i) = after[off..].find(" in ") else {
                break;
            };
            let s = trig.end + off + i + 4;
            if let Some(sp) = self.place(s, b) {
                return Some(sp);
            }
            off += i + 4;
        }
        // "a summit scheduled for Sochi": a plan's place.
        let at = self.hits_in(trig.end, b).iter().find_map(|h| {
            let rest = self.text.get(h.span.end..b)?;
            (self.cue(h) == Some(Cue::Status(MeetingStatus::Planned))
                && h.span.start <= trig.end + 24
                && rest.starts_with(" for "))
            .then(|| h.span.end + 5)
        });
        // Only a known name: "scheduled for Monday" names a day.
        let known = at.and_then(|s| {
            let i = self.cast.mentions.partition_point(|m| m.span.start < s);
            self.cast
                .mentions
                .get(i)
                .filter(|m| m.span.start == s && m.span.end <= b)
                .map(|m| m.span)
        });
        if let Some(sp) = known {
            return Some(sp);
        }
        let before = between(self.text, a, trig.start);
        let i = before.rfind(" in ")?;
        // "his counterpart in China" names a side, not a place.
        let side = self
            .hits_in(a, a + i + 1)
            .iter()
            .any(|h| h.span.end == a + i && self.cue(h) == Some(Cue::Counterpart));
        if side {
            return None;
        }
        self.place(a + i + 4, trig.start)
    }

    /// The place named at `s`: a whole gazetteer name ("New Delhi", "South Korea"), else a
    /// capitalised word that is not a demonym ("in Indian-administered Kashmir" names none).
    pub(super) fn place(&self, s: usize, end: usize) -> Option<Span> {
        let i = locate(&self.cast.mentions, s, |m| m.span.start);
        if let Some(m) = self.cast.mentions.get(i) {
            if m.span.start == s && m.span.end <= end {
                return Some(m.span);
            }
        }
        let demonym = self.hits_in(s, s + 1).iter().any(|h| {
            matches!(
                h.tag,
                Tag::Entry {
                    form: Form::Demonym,
                    ..
                }
            )
        });
        if demonym {
            return None;
        }
        place_at(self.text, s, end, &self.ev.not_place)
    }

    /// Whether the trigger is in a clause a question cue opens ("when asked if Putin plans a
    /// meeting with Dodon").
    pub(super) fn asked(&self, trig: Span, sent: Span) -> bool {
        let lo = sent.start.max(trig.start.saturating_sub(REACH));
        self.hits_in(lo, trig.start).iter().any(|h| {
            self.cue(h) == Some(Cue::Question)
                && trig.end <= self.reading.rest_of_clause(h.span.end).end
        })
    }

    /// Whether the sentence says someone had been invited or summoned ("where he had been
    /// invited", "despite being summoned", "despite an invitation").
    pub(super) fn invited(&self, sent: Span) -> bool {
        self.hits_in(sent.start, sent.end)
            .iter()
            .any(|h| match self.cue(h) {
                Some(Cue::Invited(despite)) => {
                    despite || self.reading.frame(h.span).is_some_and(|f| f.passive)
                }
                _ => false,
            })
    }

    /// The conditions of a sentence ("if Turkey withdraws", "unless Moscow reverses"; not
    /// "even if" or "asked if"): whether one opens it, and where the others start.
    pub(super) fn conditions(&self, sent: Span) -> (bool, Vec<usize>) {
        let mut prev = "";
        let mut opens = false;
        let mut at = Vec::new();
        let body = &self.text[sent.range()];
        let mut first = true;
        for (off, w) in body
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - body.as_ptr() as usize, w))
        {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            if self.ev.condition.contains(w) && !self.ev.not_condition.contains(prev) {
                if first {
                    opens = true;
                } else {
                    at.push(sent.start + off);
                }
            }
            first &= w.is_empty();
            prev = w;
        }
        (opens, at)
    }

    /// Whether a plan at `trig` is under a condition: one opening its sentence ("If Kim
    /// agrees, Trump would meet him"), or one after it in its clause with no comma between
    /// ("will only meet Erdogan if Turkey withdraws").
    pub(super) fn conditional(&self, trig: Span, conditions: &(bool, Vec<usize>)) -> bool {
        let (opens, at) = conditions;
        if *opens {
            return true;
        }
        let i = at.partition_point(|&p| p < trig.end);
        at.get(i).is_some_and(|&p| {
            p <= trig.end + REACH && !contains_any(between(self.text, trig.end, p), [',', ';'])
        })
    }

    /// The noun phrase a trigger heads, and the verb governing it: a trigger of several words
    /// ("meeting with") heads its phrase with its first.
    fn trigger_phrase(&self, trig: Span) -> Option<(NounPhrase, Option<Span>)> {
        let head_end = self.text[trig.range()]
            .find(' ')
            .map_or(trig.end, |i| trig.start + i);
        self.reading.phrase_ending_at(head_end)
    }

    /// Whether the noun trigger's phrase opens with "any" ("any dialogue with Pakistan").
    pub(super) fn any_phrase(&self, trig: Span) -> bool {
        self.trigger_phrase(trig)
            .and_then(|(np, _)| self.text[np.span.range()].split_whitespace().next())
            .is_some_and(|w| w.eq_ignore_ascii_case("any"))
    }

    /// Whether a generic cue ("it is important to talk") governs the trigger.
    pub(super) fn generic(&self, trig: Span, a: usize, b: usize) -> bool {
        self.hits_in(a.max(trig.start.saturating_sub(60)), b.min(trig.end + 60))
            .iter()
            .any(|h| self.cue(h) == Some(Cue::Generic))
    }
}

/// The day of a time whose day is known ("Thursday evening": `2014-09-25TEV` -> `2014-09-25`).
pub(super) fn time_of_day(d: &Date) -> Option<&str> {
    if d.kind != DateKind::Time {
        return None;
    }
    let v = d.value.as_deref()?;
    let day = v.get(..10)?;
    let b = day.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    (v.as_bytes().get(10) == Some(&b'T')
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10))
    .then_some(day)
}

/// A capitalised place name starting at `s` (before `end`): one or more capitalised words,
/// not a month.
pub(super) fn place_at(text: &str, s: usize, end: usize, not_place: &WordList) -> Option<Span> {
    let rest = text.get(s..end)?;
    let word = |r: &str| {
        let n = r
            .find(|c: char| !(c.is_alphabetic() || c == '-'))
            .unwrap_or(r.len());
        let w = &r[..n];
        (is_capitalized(w) && !not_place.contains(w) && n > 1).then_some(n)
    };
    let mut len = word(rest)?;
    // "San Francisco", "Kuala Lumpur": up to three capitalised words joined by single spaces.
    for _ in 1..MAX_PLACE_WORDS {
        let Some(next) = rest[len..].strip_prefix(' ') else {
            break;
        };
        match word(next) {
            Some(n) => len += 1 + n,
            None => break,
        }
    }
    Some(Span::new(s, s + len))
}

/// The most capitalised words a place read from the text alone spans.
const MAX_PLACE_WORDS: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places() {
        let cases: &[(&str, Option<&str>)] = &[
            ("in Singapore on", Some("Singapore")),
            ("in March", None),
            ("in the city", None),
            ("in Bali-Nusa now", Some("Bali-Nusa")),
            ("in San Francisco.", Some("San Francisco")),
            ("in Kuala Lumpur in May", Some("Kuala Lumpur")),
            ("in Kazan The", Some("Kazan")),
            ("in é", None),
        ];
        let not_place = Lexicon::bundled().words("function", "not_place");
        for (t, want) in cases {
            let got = place_at(t, 3, t.len(), &not_place).map(|s| &t[s.range()]);
            assert_eq!(got, *want, "{t}");
        }
        assert!(place_at("in", 5, 9, &not_place).is_none());
    }
}
