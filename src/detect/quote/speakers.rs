//! Who a cue's subject is: the actor its head names, the person or group a pronoun stands
//! for, the issuer of a statement noun, or the country a body or government speaks for.

use super::*;

impl Quotes {
    /// The speaker of the cue `h`: the subject of its frame in the clause layer (for a plain
    /// frame, one that starts at or after `floor`), resolved by [`speaker_of`](Self::speaker_of).
    pub(super) fn subject_before(&self, ctx: &Ctx, h: &Hit, floor: usize) -> Option<usize> {
        let f = ctx.reading.frame(h.span)?;
        let subject = f.subject?;
        if f.shape != Shape::Participle && subject.span.start < floor {
            return None;
        }
        self.speaker_of(ctx, subject, f.apposition)
    }

    /// The actor a subject phrase names: the actor its head names; for a pronoun, the person or
    /// group it stands for; for a statement noun ("the statement said", "a Beijing readout"),
    /// whoever issued it; for a description with a named apposition ("Ma's spokesman, Charles
    /// Chen,"), the person named. A phrase headed by a noun or a name we do not know ("US
    /// carmaker Acme", "Jane Doe of France") names no known speaker.
    pub(super) fn speaker_of(
        &self,
        ctx: &Ctx,
        np: NounPhrase,
        apposition: Option<NounPhrase>,
    ) -> Option<usize> {
        if let Some(p) = np.pronoun {
            return self.resolve_pronoun(ctx, np.head, p);
        }
        // A named apposition beats a description ("Ma's spokesman, Charles Chen, said"), even
        // one that is an anonymous source of its own.
        let named = apposition
            .and_then(|p| p.head_actor)
            .filter(|&a| !ctx.cast.actors[a].anonymous);
        // A lower-case head is a description even when resolution found who holds the role
        // ("Russia's ambassador to Poland, Sergei Andreyev,": not the ambassador it knows).
        let described = np.head_actor.is_none_or(|a| ctx.cast.actors[a].anonymous)
            || between(ctx.text, np.head.start, np.head.end)
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
        if let (Some(a), true) = (named, described) {
            return Some(a);
        }
        if let Some(a) = np
            .head_actor
            .or_else(|| apposition.and_then(|p| p.head_actor))
        {
            return Some(a);
        }
        let k = locate(ctx.hits, np.head.start, |x| x.span.start);
        let statement_noun = ctx.hits[k..]
            .iter()
            .take_while(|x| x.span.start == np.head.start)
            .any(|x| self.cue(x) == Some(Cue::Noun));
        if statement_noun {
            // "the Kremlin spokesman said": the body speaks through its spokesman.
            if between(ctx.text, np.head.start, np.head.end).starts_with("spokes") {
                if let Some(a) = np.last_actor {
                    return Some(a);
                }
            }
            return self.source_before(ctx, np.head.start).or(np.last_actor);
        }
        // "Myanmar's junta said", "the Burundian government said": a body of the possessor, or
        // of the country a demonym in the phrase names, speaks for it.
        let head = between(ctx.text, np.head.start, np.head.end);
        let owner = || np.possessor.or_else(|| demonym_in(ctx, np.span));
        if self.government.contains(head) {
            // "Trump's administration said": a leader's government speaks for the country.
            let owner = owner()?;
            let actor = &ctx.cast.actors[owner];
            if actor.kind != ActorKind::Person {
                return Some(owner);
            }
            // The country when the article names it, else the leader.
            let country = actor.country.as_deref().and_then(|code| {
                ctx.cast.actors.iter().position(|a| {
                    a.kind == ActorKind::Country && a.country.as_deref() == Some(code)
                })
            });
            return country.or(Some(owner));
        }
        if self.body.contains(head) {
            return owner();
        }
        None
    }

    pub(super) fn resolve_pronoun(&self, ctx: &Ctx, at: Span, p: Agreement) -> Option<usize> {
        let (gender, plural) = (p.gender, p.plural);
        // "they" reaches back one sentence only; "he" and "she" a few more.
        let back = if plural { 1 } else { PRONOUN_SENTENCES };
        let i = sentence_of(ctx.sentences, at.start);
        let floor = ctx
            .sentences
            .get(i.saturating_sub(back))
            .map_or(0, |s| s.span.start);
        if !plural {
            // News keeps "he said" for the person already speaking: the last named speaker of
            // that gender wins over a person merely mentioned since.
            let i = ctx.speakers.partition_point(|&(p, _)| p < at.start);
            let speaker = ctx.speakers[..i]
                .iter()
                .rev()
                .take_while(|&&(p, _)| p >= floor)
                .map(|&(_, a)| a)
                .find(|&a| ctx.cast.agrees(a, gender));
            if speaker.is_some() {
                return speaker;
            }
        }
        // Else the subject of the sentence before, the most salient entity there ("Cyril
        // Ramaphosa was speaking at a news conference with X. "...," he said."), when it
        // agrees.
        // Sentences inside a quotation are the speaker's words, not the narrative: skip them.
        let prev_subject = (i.saturating_sub(PRONOUN_SENTENCES)..i)
            .rev()
            .map(|j| ctx.sentences[j])
            .find(|s| {
                // A sentence that opens with the quote mark is inside the quotation too.
                let at = s.span.start + 1;
                !in_quote(&ctx.quotes, Span::new(at, at))
            })
            .and_then(|s| ctx.reading.subject_between(s.span.start, s.span.end))
            .and_then(|np| np.head_actor)
            .filter(|&a| {
                let actor = &ctx.cast.actors[a];
                if plural {
                    actor.kind != ActorKind::Person || actor.anonymous
                } else {
                    actor.kind == ActorKind::Person && ctx.cast.agrees(a, gender)
                }
            });
        if prev_subject.is_some() {
            return prev_subject;
        }
        if plural {
            // "they": a country or organisation, or a group of unnamed officials.
            return ctx.cast.antecedent_where(at.start, floor, |a| {
                a.kind != ActorKind::Person || (a.anonymous && a.name.ends_with('s'))
            });
        }
        ctx.cast.antecedent(at.start, floor, gender, plural)
    }

    /// The speaker of the sentence part `lo..end`: its subject.
    pub(super) fn sentence_subject(&self, ctx: &Ctx, lo: usize, end: usize) -> Option<usize> {
        let np = ctx.reading.subject_between(lo, end)?;
        self.speaker_of(ctx, np, None)
    }
}

/// The country actor a demonym inside `span` names ("the Burundian government").
fn demonym_in(ctx: &Ctx, span: Span) -> Option<usize> {
    let k = locate(ctx.hits, span.start, |h| h.span.start);
    ctx.hits[k..]
        .iter()
        .take_while(|h| h.span.start < span.end)
        .find_map(|h| match h.tag {
            Tag::Entry {
                entry,
                form: Form::Demonym,
            } => ctx.cast.demonyms.get(&entry).copied(),
            _ => None,
        })
}
