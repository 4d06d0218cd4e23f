//! One real-world event, one record: raw mentions of the same meeting or refusal merge, and
//! the records take their public form.

use super::*;

impl<'a> Ctx<'a> {
    /// Whether two actors can stand for one party: the same actor, or a country and one of its
    /// people or bodies.
    pub(super) fn compatible_actor(&self, a: usize, b: usize) -> bool {
        if a == b {
            return true;
        }
        let (x, y) = (&self.cast.actors[a], &self.cast.actors[b]);
        let person = |v: &crate::model::Actor| v.kind == ActorKind::Person && !v.anonymous;
        x.country.is_some() && x.country == y.country && !(person(x) && person(y))
    }

    pub(super) fn compatible(&self, a: &[usize], b: &[usize]) -> bool {
        a.iter()
            .all(|&x| b.iter().any(|&y| self.compatible_actor(x, y)))
            && b.iter()
                .all(|&y| a.iter().any(|&x| self.compatible_actor(x, y)))
    }

    /// Merges the raw records into one record per event.
    pub(super) fn finish(
        &self,
        raws: Vec<Raw>,
        refs: Vec<RawRefusal>,
    ) -> (Vec<Meeting>, Vec<Refusal>) {
        let mut merged: Vec<Raw> = Vec::new();
        let mut evid: Vec<Vec<Span>> = Vec::new();
        let mut of_raw: Vec<usize> = Vec::with_capacity(raws.len());
        for r in raws {
            let lo = merged.len().saturating_sub(MERGE_WINDOW);
            let same = (lo..merged.len()).find(|&j| {
                let m = &merged[j];
                let same_parts = {
                    let (mut a, mut b) = (m.parts.clone(), r.parts.clone());
                    a.sort_unstable();
                    b.sort_unstable();
                    a == b
                };
                // Held (or not held) contacts recur: a country standing for its people only
                // merges nearby. A proposal or a refusal is one however far apart.
                let near = same_parts
                    || !matches!(r.status, MeetingStatus::Held | MeetingStatus::NotHeld)
                    || r.sent <= m.sent + NEAR_SENTENCES;
                // "will not travel for talks with X, rejecting X's proposal for a meeting":
                // a contact not held and a refused one in one sentence are one event.
                let refused_here = r.sent == m.sent
                    && matches!(
                        (m.status, r.status),
                        (MeetingStatus::Refused, MeetingStatus::NotHeld)
                            | (MeetingStatus::NotHeld, MeetingStatus::Refused)
                    );
                // "was scheduled to meet Y. The two leaders met": a plan told in the past and
                // its outcome within a sentence or two are one event, which ends on the
                // outcome ("would meet ... The two did shake hands" are two).
                let outcome = r.sent <= m.sent + ANSWER_SENTENCES
                    && m.past_plan
                    && matches!(r.status, MeetingStatus::Held | MeetingStatus::NotHeld);
                // "failed attempts to speak with Xu ... Austin wanted to talk to Xu": a
                // proposal and its refusal between the same parties are one event.
                let answered = same_parts
                    && matches!(
                        (m.status, r.status),
                        (MeetingStatus::Refused, MeetingStatus::Proposed)
                            | (MeetingStatus::Proposed, MeetingStatus::Refused)
                    );
                // "Oman hosted talks between X and Y": the talks between X and Y are the
                // hosted ones; in one sentence, a contact whose parties all take part in a
                // hosting with the same status is that one.
                let within = r.sent == m.sent
                    && m.status == r.status
                    && (m.part == Part::Host || r.part == Part::Host)
                    && (r.parts.iter().all(|p| m.parts.contains(p))
                        || m.parts.iter().all(|p| r.parts.contains(p)));
                (m.status == r.status || refused_here || outcome || answered)
                    && near
                    && (self.compatible(&m.parts, &r.parts) || within)
                    && !matches!((&m.date, &r.date), (Some(x), Some(y)) if x.value != y.value)
            });
            match same {
                Some(j) => {
                    let m = &mut merged[j];
                    if matches!(
                        r.status,
                        MeetingStatus::Refused | MeetingStatus::Held | MeetingStatus::NotHeld
                    ) && m.status != MeetingStatus::Refused
                    {
                        m.status = r.status;
                    }
                    // The more specific party wins: a person over their country.
                    for p in m.parts.iter_mut() {
                        if self.cast.actors[*p].kind != ActorKind::Person {
                            if let Some(&q) = r.parts.iter().find(|&&q| {
                                self.cast.actors[q].kind == ActorKind::Person
                                    && !self.cast.actors[q].anonymous
                                    && self.compatible_actor(*p, q)
                            }) {
                                *p = q;
                            }
                        }
                    }
                    // Parties the hosting adds ("Oman" of "Oman hosted talks").
                    if r.sent == m.sent && (m.part == Part::Host || r.part == Part::Host) {
                        for &p in &r.parts {
                            if !m.parts.iter().any(|&q| self.compatible_actor(p, q)) {
                                m.parts.push(p);
                            }
                        }
                    }
                    let mut seen = Vec::with_capacity(m.parts.len());
                    m.parts.retain(|&p| {
                        let new = !seen.contains(&p);
                        seen.push(p);
                        new
                    });
                    if m.format == MeetingFormat::Unknown {
                        m.format = r.format;
                    }
                    if m.date.is_none() {
                        m.date = r.date;
                    }
                    if m.location.is_none() {
                        m.location = r.location;
                    }
                    if matches!(m.part, Part::Verb | Part::Noun | Part::Topic) {
                        m.part = r.part;
                    }
                    m.sent = m.sent.max(r.sent);
                    evid[j].push(r.evidence);
                    of_raw.push(j);
                }
                None => {
                    evid.push(vec![r.evidence]);
                    of_raw.push(merged.len());
                    merged.push(r);
                }
            }
        }
        // Refusals.
        let mut out_refs: Vec<(RawRefusal, Vec<Span>)> = Vec::new();
        let mut ref_of: Vec<Option<usize>> = Vec::with_capacity(refs.len());
        for mut r in refs {
            r.meeting = r.meeting.map(|m| of_raw[m]);
            let target = r
                .same_as
                .and_then(|o| ref_of.get(o).copied().flatten())
                .or_else(|| {
                    let lo = out_refs.len().saturating_sub(MERGE_WINDOW);
                    (lo..out_refs.len()).find(|&j| {
                        let o = &out_refs[j].0;
                        self.same_side(o.refuser, r.refuser)
                            && (o.meeting.is_some() && o.meeting == r.meeting
                                || self.same_refused(o, &r))
                    })
                });
            match target {
                Some(j) => {
                    let o = &mut out_refs[j];
                    o.1.push(r.evidence);
                    if o.0.requester.is_none() {
                        o.0.requester = r.requester;
                    }
                    if o.0.meeting.is_none() {
                        o.0.meeting = r.meeting;
                    }
                    if o.0.date.is_none() {
                        o.0.date = r.date;
                    }
                    if o.0.object.is_empty() {
                        o.0.object = r.object;
                    }
                    o.0.contact |= r.contact;
                    ref_of.push(Some(j));
                }
                None if r.bare && r.meeting.is_none() => ref_of.push(None),
                None => {
                    ref_of.push(Some(out_refs.len()));
                    let e = r.evidence;
                    out_refs.push((r, vec![e]));
                }
            }
        }
        // The public records.
        let meetings: Vec<Meeting> = merged
            .into_iter()
            .zip(evid)
            .map(|(m, ev)| self.meeting(m, ev))
            .collect();
        let refusals = out_refs
            .into_iter()
            .map(|(r, ev)| Refusal {
                refuser: Some(self.cast.actors[r.refuser].id.clone()),
                requester: r.requester.map(|a| self.cast.actors[a].id.clone()),
                object: self.text[r.object.range()].to_string(),
                meeting: r.meeting,
                date: r.date,
                evidence: ev.into_iter().map(|s| Excerpt::new(self.text, s)).collect(),
                cameo: if r.contact {
                    Cameo::RejectProposalToMeet
                } else {
                    Cameo::Reject
                },
                plover: Plover::Reject,
            })
            .collect();
        (meetings, refusals)
    }

    pub(super) fn meeting(&self, m: Raw, ev: Vec<Span>) -> Meeting {
        let place_country = m.location.and_then(|l| {
            self.cast
                .within(l)
                .first()
                .and_then(|x| self.cast.actors[x.actor].country.clone())
        });
        let visit = m.part == Part::Visit
            || m.part == Part::Host
            || place_country
                .as_deref()
                .is_some_and(|c| m.parts.iter().any(|&p| self.country(p) == Some(c)));
        let (cameo, plover, mode) = match m.status {
            MeetingStatus::Refused => (Cameo::RejectProposalToMeet, Plover::Reject, None),
            MeetingStatus::Planned | MeetingStatus::Proposed => {
                (Cameo::ExpressIntentToMeet, Plover::Consult, None)
            }
            _ => {
                let mode = if matches!(m.format, MeetingFormat::Phone | MeetingFormat::Video) {
                    Some(PloverMode::Phone)
                } else if m.parts.len() >= 3 {
                    Some(PloverMode::Multilateral)
                } else if visit {
                    Some(PloverMode::Visit)
                } else if m.location.is_some() {
                    Some(PloverMode::ThirdParty)
                } else {
                    None
                };
                let cameo = match (m.format, m.part) {
                    (MeetingFormat::Phone | MeetingFormat::Video, _) => Cameo::DiscussByTelephone,
                    (_, Part::Host) => Cameo::HostVisit,
                    _ if visit => Cameo::MakeVisit,
                    _ if m.location.is_some() => Cameo::MeetAtThirdLocation,
                    _ => Cameo::Consult,
                };
                (cameo, Plover::Consult, mode)
            }
        };
        Meeting {
            participants: m
                .parts
                .iter()
                .map(|&p| self.cast.actors[p].id.clone())
                .collect(),
            status: m.status,
            format: m.format,
            date: m.date,
            location: m.location.map(|l| Excerpt::new(self.text, l)),
            evidence: ev.into_iter().map(|s| Excerpt::new(self.text, s)).collect(),
            cameo,
            plover,
            plover_mode: mode,
        }
    }
}
