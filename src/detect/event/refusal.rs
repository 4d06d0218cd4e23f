//! Refusals: the refuser, the requester and what was refused, read from the refusal cue's
//! frame, its object and the refused thing's noun phrase; a meeting named in the object is
//! refused with it.

use super::*;

impl<'a> Ctx<'a> {
    /// A refusal at cue `cue` of sentence `sent`; a meeting its object names is pushed to
    /// `raws` and its trigger span to `claimed`. `act`: the cue is an act that refuses only
    /// under a negated modal of will ("would not pay for the wall").
    pub(super) fn refusal(
        &self,
        si: usize,
        sent: Span,
        cue: Span,
        act: bool,
        raws: &mut Vec<Raw>,
        claimed: &mut Vec<Span>,
    ) -> Option<RawRefusal> {
        let frame = self.reading.frame(cue);
        if act && !frame.is_some_and(|f| f.negated && f.volition && !f.passive) {
            return None;
        }
        let ca = self
            .reading
            .clause(cue.start)
            .map_or(sent.start, |c| c.start);
        // "Japan's proposal was rejected by China": the refused thing is the subject.
        if frame.is_some_and(|f| f.passive) {
            return self.passive_refusal(si, ca, cue, frame?.subject?);
        }
        // The object: the rest of the cue's clause; for an act, the act itself ("pay for the
        // wall").
        let mut obj_span = self.reading.rest_of_clause(cue.end);
        if act {
            obj_span.start = cue.start;
        }
        // "rejected on Thursday Lebanon's proposed changes": the date is no part of the object.
        let at = self
            .time_spans
            .partition_point(|t| t.start < obj_span.start);
        let date = self.time_spans[at..]
            .iter()
            .take_while(|t| t.start <= obj_span.start + 3)
            .find(|t| {
                t.end < obj_span.end
                    && (t.start == obj_span.start
                        || self.text.get(obj_span.start..t.start) == Some("on "))
            });
        if let Some(d) = date {
            obj_span = self.reading.rest_of_clause(d.end);
        }
        // "rebuffed requests that an envoy meet Suu Kyi": a request's content clause is what
        // was refused.
        if let Some(end) = self.content_clause_end(obj_span) {
            obj_span.end = end;
        }
        let obj = &self.text[obj_span.range()];
        let oh = self.hits_in(obj_span.start, obj_span.end);
        let verb = &self.text[cue.range()];
        // "turned him down", "has not agreed": the cue says what was refused. "turned down"
        // with an object still needs a refused thing ("turned down such treatment" is not one).
        let with_pronoun = [" him ", " her ", " them ", " us "]
            .iter()
            .any(|p| verb.contains(p));
        let self_contained = act
            || with_pronoun
            || verb.contains("agree")
            || verb.contains(" no ")
            || (verb.contains(" down") && obj.is_empty());
        let bare = obj.is_empty() && !self_contained;
        // The object's first word, lower-cased when it is ASCII ("it", "to", "in").
        let first_word = self
            .reading
            .first_word(obj_span.start, obj_span.end)
            .map(|w| self.text[w.range()].to_ascii_lowercase())
            .unwrap_or_default();
        let first_word = first_word.as_str();
        let infinitive = first_word == "to";
        // "the treaty he had rejected in peace talks": the refused thing came before the cue.
        if first_word != "to" && self.ev.place_prep.contains(first_word) && !self_contained {
            return None;
        }
        // The meeting refused, unless it only qualifies a term ("the agenda for the summit").
        let trigger = oh
            .iter()
            .take_while(|h| self.cue(h) != Some(Cue::Thing(false)))
            .find(|h| matches!(self.cue(h), Some(Cue::Meeting(..))))
            .filter(|h| !infinitive || h.span.start <= obj_span.start + 12);
        let thing = oh
            .iter()
            .find(|h| matches!(self.cue(h), Some(Cue::Thing(_))));
        // "declined to sign the ceasefire": refusing to act is a refusal; "declined to
        // comment" or "to be named" refuses nothing.
        let action = infinitive
            && trigger.is_none()
            && obj
                .split_whitespace()
                .nth(1)
                .is_some_and(|v| !self.ev.not_refused_action.contains(v));
        if infinitive && trigger.is_none() && !self_contained && !action {
            return None;
        }
        if thing.is_none() && trigger.is_none() && !self_contained && !bare && !action {
            return None;
        }
        // The refuser: the cue's subject; "Russia said it had rejected": the speaker when the
        // clause names no one.
        let refuser = frame
            .and_then(|f| f.subject)
            .and_then(|np| self.subject_parties(np, cue).last().copied())
            .or_else(|| {
                let lo = sent.start.max(ca.saturating_sub(REACH));
                let last = self
                    .parties(lo, cue.start, cue)
                    .last()?
                    .actors
                    .first()
                    .copied();
                last
            })?;
        // The requester: who the refused thing's phrase names.
        let mut requester = thing.and_then(|t| self.requester(t.span, cue));
        // "turned him down".
        if requester.is_none() && (verb.contains(" him ") || verb.contains(" her ")) {
            let g = if verb.contains(" him ") {
                Gender::Male
            } else {
                Gender::Female
            };
            requester = self.cast.antecedent(
                cue.start,
                cue.start.saturating_sub(LOOKBACK),
                Some(g),
                false,
            );
        }
        let mut requester = requester.filter(|&r| self.apart(r, refuser));
        // "rejected the proposal" (a thing named before), "rejected it": the object refers
        // back.
        let anaphoric = !act
            && (first_word == "the"
                && trigger.is_none()
                && thing.is_some_and(|t| t.span.start <= obj_span.start + 4)
                || matches!(first_word, "that" | "it" | "this")
                || self_contained);
        let date = self.date(cue, ca, obj_span.end.max(cue.end));
        // A meeting named in the object.
        let mut meeting = None;
        if let Some(t) = trigger {
            let Some(Cue::Meeting(fmt, part)) = self.cue(t) else {
                return None;
            };
            let mut parts: Vec<usize> = Vec::new();
            // "requests that ASEAN's envoy meet Suu Kyi": a contact verb with a subject of its
            // own inside the object has that subject's side.
            if !infinitive && matches!(part, Part::Verb | Part::Visit) {
                let own = self
                    .reading
                    .frame(t.span)
                    .and_then(|f| f.subject)
                    .filter(|np| np.span.start >= obj_span.start);
                if let Some(np) = own {
                    parts.extend(self.subject_parties(np, t.span));
                }
            }
            let other = self.other_side(t.span, part, obj_span.end);
            // "will not attend the summit" names no other side: the summit is not the
            // refusal's meeting.
            if infinitive || act && !other.is_empty() {
                // "refused to meet Xi" names the other side; "declined to discuss details"
                // refuses no contact.
                if other.is_empty() && !self_contained {
                    return None;
                }
                parts.push(refuser);
            }
            parts.extend(other);
            let mut parts = self.normalise(parts);
            for extra in [requester, Some(refuser)].into_iter().flatten() {
                if parts.len() < 2 && parts.iter().all(|&p| self.apart(p, extra)) {
                    parts.push(extra);
                }
            }
            claimed.push(obj_span);
            let place = self.location(t.span, t.span.end, obj_span.end);
            // "boycotted talks in Ethiopia hosted by IGAD": who hosts the refused meeting
            // asked for it, and is the other side.
            let host = self
                .hosted_by(t.span.end, obj_span.end)
                .filter(|&h| self.apart(h, refuser));
            if let Some(h) = host {
                requester = requester.or(Some(h));
                if parts.len() < 2 && parts.iter().all(|&p| self.apart(p, h)) {
                    parts.push(h);
                }
            }
            // "will boycott the G8 summit in Sochi": a summit refused with no other side
            // named is with its host, the country of its place ("talks in Ethiopia" are only
            // housed there).
            let summit = self
                .ev
                .venue_host
                .contains(&self.text[t.span.range()].to_lowercase());
            if parts.len() < 2 && summit {
                let host = place
                    .and_then(|l| self.cast.within(l).first().map(|m| m.actor))
                    .and_then(|a| self.country(a))
                    .filter(|&c| self.country(refuser) != Some(c))
                    .and_then(|c| self.country_actor.get(c).copied());
                if let Some(h) = host {
                    parts.push(h);
                }
            }
            if parts.len() >= 2 {
                meeting = Some(raws.len());
                raws.push(Raw {
                    parts,
                    status: MeetingStatus::Refused,
                    format: self.format(fmt, t.span.start, obj_span.end, place.is_some()),
                    part,
                    // "on Tuesday declined an offer to discuss tariffs": an infinitive contact
                    // under a refusal has no time of its own but the refusal's; a contact noun
                    // ("a request for a meeting") has its own, which may be unknown.
                    date: self.date(t.span, t.span.end, obj_span.end).or_else(|| {
                        self.reading
                            .after_to(t.span)
                            .then(|| date.clone())
                            .flatten()
                    }),
                    location: place,
                    evidence: t.span,
                    sent: si,
                    past_plan: false,
                });
            }
        }
        let contact = trigger.is_some()
            || thing.is_some_and(|t| self.contact_thing(t))
            || thing.is_some_and(|t| self.cue(t) == Some(Cue::Thing(true)))
                && oh.iter().any(|h| self.contact_thing(h));
        Some(RawRefusal {
            refuser,
            requester,
            object: obj_span,
            contact,
            meeting,
            same_as: None,
            bare,
            anaphoric,
            date,
            evidence: cue,
            sent: si,
        })
    }

    /// Who made the request, proposal or offer whose noun is at `thing`: its possessor
    /// ("Washington's request", "his request"), an actor or demonym inside its phrase ("a US
    /// request", "a Ukrainian proposal"), or its "by"/"from" phrase ("an invitation from
    /// Washington").
    pub(super) fn requester(&self, thing: Span, cue: Span) -> Option<usize> {
        let by = self.reading.complements(thing);
        if let Some(a) = by
            .after(self.text, &["by", "from"])
            .and_then(|(_, l)| self.first_named(l))
        {
            return Some(a);
        }
        let (np, _) = self.reading.phrase_ending_at(thing.end)?;
        if let Some(a) = np.possessor.or(np.last_actor) {
            return Some(self.stand_for(a));
        }
        let demonym = self.demonym_in(np.span.start, thing.start);
        if demonym.is_some() {
            return demonym;
        }
        let owner = np.owner?;
        let back = cue.start.saturating_sub(LOOKBACK);
        self.cast
            .antecedent(cue.start, back, owner.gender, owner.plural)
    }

    /// "Japan's proposal was rejected by China": the refused thing is the passive's subject
    /// (with the phrase it modifies: "the US request for a meeting"), the refuser the "by"
    /// phrase.
    pub(super) fn passive_refusal(
        &self,
        si: usize,
        ca: usize,
        cue: Span,
        subject: NounPhrase,
    ) -> Option<RawRefusal> {
        let by = self.reading.complements(cue);
        let (_, l) = by.after(self.text, &["by"])?;
        let refuser = self.first_named(l)?;
        let mut object = subject.span;
        if let Some((_, Some(w))) = self.reading.preposition_before(subject.span.start) {
            if let Some((outer, _)) = self.reading.phrase_ending_at(w.end) {
                object.start = outer.span.start;
            }
        }
        let things = self.hits_in(object.start, object.end);
        if !things
            .iter()
            .any(|h| matches!(self.cue(h), Some(Cue::Thing(_))))
        {
            return None;
        }
        let requester = self
            .cast
            .within(object)
            .iter()
            .map(|m| self.stand_for(m.actor))
            .find(|&a| self.apart(a, refuser));
        let end = l.last().map_or(cue.end, |m| m.phrase.span.end);
        Some(RawRefusal {
            refuser,
            requester,
            object,
            contact: things.iter().any(|h| self.contact_thing(h)),
            meeting: None,
            same_as: None,
            bare: false,
            anaphoric: true,
            date: self.date(cue, ca, end),
            evidence: cue,
            sent: si,
        })
    }

    /// Who the first phrase of a "by" / "from" list names, as a party ("by China", "from
    /// the Pentagon's chief"), or the named apposition of a description ("by the regional
    /// bloc, IGAD").
    fn first_named(&self, l: &[Member]) -> Option<usize> {
        let m = l.first()?;
        m.phrase
            .head_actor
            .or(m.phrase.last_actor)
            .or_else(|| {
                self.reading
                    .apposition_after(m.phrase)
                    .and_then(|p| p.head_actor.or(p.last_actor))
            })
            .map(|a| self.stand_for(a))
    }

    /// Where the content clause of a request ends when the object `obj` ends on the request
    /// noun and "that" follows ("requests [that a special envoy meet Suu Kyi]").
    fn content_clause_end(&self, obj: Span) -> Option<usize> {
        let ends_on_ask = self
            .hits_in(obj.start, obj.end)
            .iter()
            .any(|h| h.span.end == obj.end && self.cue(h) == Some(Cue::Thing(true)));
        let rest = self.text.get(obj.end..)?;
        let that = rest.len() - rest.trim_start().len();
        let opens = rest[that..]
            .get(..5)
            .is_some_and(|w| w.eq_ignore_ascii_case("that "));
        if !(ends_on_ask && opens && obj.start < obj.end) {
            return None;
        }
        // A subject after "that" opens a content clause; a verb, a relative clause ("an
        // offer that could have eased").
        let clause = self.reading.rest_of_clause(obj.end + that + 5);
        let subject = self
            .reading
            .phrase_at(clause.start)
            .is_some_and(|np| np.span.start == clause.start);
        (subject && clause.end > clause.start).then_some(clause.end)
    }

    /// The host a hosting participle names between `from` and `end` ("talks in Ethiopia
    /// hosted by IGAD").
    fn hosted_by(&self, from: usize, end: usize) -> Option<usize> {
        self.hits_in(from, end)
            .iter()
            .filter(|h| matches!(self.cue(h), Some(Cue::Meeting(_, Part::Host))))
            .find_map(|h| {
                let comp = self.reading.complements(h.span);
                let (_, l) = comp.after(self.text, &["by"])?;
                self.first_named(l)
            })
    }

    /// Whether a refused thing or trigger is a contact ("meeting", "call", "talks", "visit").
    pub(super) fn contact_thing(&self, h: &Hit) -> bool {
        let w = self.text[h.span.range()].to_ascii_lowercase();
        matches!(self.cue(h), Some(Cue::Meeting(..)))
            || ["meeting", "call", "talks", "channel", "visit"]
                .iter()
                .any(|k| w.starts_with(k))
    }

    /// Whether two refusals by one side refuse the same thing: their requesters agree and
    /// their objects share a contact word or an act ("boycott the G8 summit" and
    /// "would not participate in a G8 summit"; "would not pay for the wall" twice).
    pub(super) fn same_refused(&self, a: &RawRefusal, b: &RawRefusal) -> bool {
        if let (Some(x), Some(y)) = (a.requester, b.requester) {
            if !self.same_side(x, y) {
                return false;
            }
        }
        let keys = |r: &RawRefusal| {
            // A contact word counts only as the refused thing itself, not as a modifier
            // after it ("South Africa's agenda for the summit").
            self.hits_in(r.object.start, r.object.end)
                .iter()
                .take_while(|h| !matches!(self.cue(h), Some(Cue::Thing(_))))
                .filter(|h| matches!(self.cue(h), Some(Cue::Meeting(..) | Cue::Act)))
                .map(|h| self.text[h.span.range()].to_lowercase())
                .collect::<Vec<String>>()
        };
        let ka = keys(a);
        !ka.is_empty() && keys(b).iter().any(|k| ka.contains(k))
    }
}
