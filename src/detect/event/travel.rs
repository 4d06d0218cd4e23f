//! Travel: a visit noun's parties ("Ruto postponed a visit to China", "his visit to Ghana")
//! and the talks an arrival is for ("arrived in Minsk on Monday for talks").

use super::parties::Sides;
use super::*;
use crate::syntax::usage::Use;

impl<'a> Ctx<'a> {
    /// The parties of a visit noun with no possessor (`own` is the phrase it heads): the
    /// subject of the verb it hangs on ("Ruto postponed a visit"), or a singular possessive
    /// pronoun's antecedent ("his visit"), and the other side its "to" phrase names. `None`
    /// when the trigger is no such noun; `Some(None)` when it is one that names no two sides.
    pub(super) fn visit_noun(
        &self,
        trig: Span,
        part: Part,
        own: Option<NounPhrase>,
        comp: &Complements,
    ) -> Option<Option<Sides>> {
        // "a state visit": the head of a phrase opened by a lower-case word is a noun too.
        let modified = own.is_some_and(|np| {
            np.span.start < trig.start && self.text[np.span.range()].starts_with(char::is_lowercase)
        });
        if !(part == Part::Visit
            && own.is_some_and(|np| np.possessor.is_none())
            && (modified || self.reading.word_use(trig) == Use::Noun))
        {
            return None;
        }
        let np = own?;
        let who = match np.owner {
            // "their last three visits to Stade de France": a plural owner is too loose.
            Some(agr) if agr.plural => None,
            Some(agr) => self
                .cast
                .antecedent(
                    np.span.start,
                    np.span.start.saturating_sub(LOOKBACK),
                    agr.gender,
                    agr.plural,
                )
                .map(|a| vec![self.stand_for(a)]),
            None => self
                .reading
                .last_frame(np.span.start)
                .and_then(|f| f.subject)
                .filter(|s| s.span.end <= np.span.start)
                .map(|s| self.subject_parties(s, trig)),
        }
        .unwrap_or_default();
        // "to China", "to the US", not "to support Tory hopefuls" (an infinitive).
        let alts = match comp.after(self.text, &["to"]) {
            Some((_, l))
                if l.first().is_some_and(|m| {
                    let w = &self.text[m.phrase.span.range()];
                    w.starts_with(char::is_uppercase) || w.starts_with("the ")
                }) =>
            {
                // "to Washington next month": a date closing the phrase is no head.
                let mut alts = self.member_parties(l, trig);
                if alts.is_empty() {
                    let m = l[0].phrase;
                    let dated = m.head_actor.is_none() && self.dated(m.head);
                    if let Some(a) = m.last_actor.filter(|_| dated) {
                        alts.push(vec![self.stand_for(a)]);
                    }
                }
                alts
            }
            _ => Vec::new(),
        };
        if who.is_empty() || alts.is_empty() {
            return Some(None);
        }
        Some(Some((who, alts)))
    }

    /// For a contact noun after "for" in the clause of an arrival ("arrived in Minsk on Monday
    /// for talks", "travelled to Beijing for consultations"): the country arrived in.
    pub(super) fn arrived_for(&self, trig: Span) -> Option<usize> {
        let (prep, _) = self.reading.preposition_before(trig.start)?;
        if !self.text[prep.range()].eq_ignore_ascii_case("for") {
            return None;
        }
        let f = self.reading.last_frame(trig.start)?;
        let arrives = self
            .hits_in(f.group.start, f.group.end)
            .iter()
            .any(|h| self.cue(h) == Some(Cue::Mode(MeetingFormat::InPerson)));
        if !arrives {
            return None;
        }
        self.cast
            .within(Span::new(f.group.end, prep.start))
            .iter()
            .find_map(|m| {
                let (p, _) = self.reading.preposition_before(m.span.start)?;
                let w = &self.text[p.range()];
                let into = ["in", "to", "into"]
                    .iter()
                    .any(|x| x.eq_ignore_ascii_case(w));
                into.then(|| self.country(m.actor))
                    .flatten()
                    .and_then(|c| self.country_actor.get(c).copied())
            })
    }
}
