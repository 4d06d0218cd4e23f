//! Who takes part in a contact: the trigger's frame on the clause layer (subject, object,
//! "with" and "between" phrases, coordination), and what a phrase stands for (a named actor,
//! a pronoun's antecedent, "the two", a counterpart, a group of a country's officials).

use super::*;

/// A contact's sides: the subject's parties, and the alternatives for the other side.
pub(super) type Sides = (Vec<usize>, Vec<Vec<usize>>);

impl<'a> Ctx<'a> {
    /// Whether the mention at global index `i` can be a party of a frame around `trig`.
    pub(super) fn usable(&self, i: usize, trig: Span) -> bool {
        let m = self.cast.mentions[i];
        let a = &self.cast.actors[m.actor];
        if a.anonymous && a.country.is_none() {
            return false;
        }
        let floor = m.span.start.saturating_sub(60);
        if let Some((prep, before)) = self.reading.preposition_before(m.span.start) {
            let w = &self.text[prep.range()];
            if self.ev.place_prep.contains(w) && prep.end != trig.end {
                // "chiefs from China and US": a group noun before "from"/"of" makes them parties.
                let ok = (w.eq_ignore_ascii_case("from") || w.eq_ignore_ascii_case("of"))
                    && before.is_some_and(|b| self.is_group_word_at(b.start, b.end));
                if !ok {
                    return false;
                }
            }
        }
        // Compounds: "US-China relations".
        if self
            .text
            .get(m.span.end..)
            .is_some_and(|t| t.starts_with('-'))
            || between(self.text, floor, m.span.start).ends_with('-')
        {
            return false;
        }
        // A country or organisation modifying a name in its phrase is not a party itself:
        // "China's foreign affairs chief Wang Yi", "US Defense Secretary Lloyd Austin".
        if a.kind != ActorKind::Person {
            let head = self.reading.modified_name(m.span.start);
            if head.is_some_and(|h| h != m.actor) {
                return false;
            }
        }
        true
    }

    /// The parties named in `a..b`, in text order. `trig` is the trigger they are read for.
    pub(super) fn parties(&self, a: usize, b: usize, trig: Span) -> Vec<Party> {
        let mut out: Vec<Party> = Vec::new();
        let i0 = locate(&self.cast.mentions, a, |m| m.span.start);
        let mut i = i0;
        while let Some(m) = self.cast.mentions.get(i) {
            if m.span.start >= b {
                break;
            }
            if m.span.end <= b && self.usable(i, trig) {
                out.push(Party {
                    span: m.span,
                    actors: vec![self.stand_for(m.actor)],
                });
            }
            i += 1;
        }
        let covered = |s: Span| {
            out.iter()
                .any(|p| p.span.start < s.end && s.start < p.span.end)
        };
        let hs = self.hits_in(a, b);
        let mut extra: Vec<Party> = Vec::new();
        for (k, h) in hs.iter().enumerate() {
            if h.span.end > b {
                continue;
            }
            match (self.cue(h), h.tag) {
                (Some(Cue::Pronoun(g, plural)), _) => {
                    let w = &self.text[h.span.range()];
                    if self.ev.possessive.contains(w) {
                        continue;
                    }
                    // "her counterpart", "her request": possessive.
                    if w.eq_ignore_ascii_case("her")
                        && hs.get(k + 1).is_some_and(|n| {
                            n.span.start <= h.span.end + 12
                                && matches!(self.cue(n), Some(Cue::Counterpart | Cue::Thing(_)))
                        })
                    {
                        continue;
                    }
                    if covered(h.span) {
                        continue;
                    }
                    let floor = h.span.start.saturating_sub(LOOKBACK);
                    if let Some(x) = self.cast.antecedent(h.span.start, floor, g, plural) {
                        extra.push(Party {
                            span: h.span,
                            actors: vec![self.stand_for(x)],
                        });
                    }
                }
                // "the two" (not "the two weeks", a date).
                (Some(Cue::Pair(persons)), _) if !self.dated(h.span) => {
                    // "the four countries": the last list of four countries named.
                    let n = self.pair_size(h.span);
                    let actors = if n > 2 {
                        self.listed(h.span.start, n)
                    } else {
                        self.pair(h.span.start, persons)
                    };
                    if actors.len() == n {
                        extra.push(Party {
                            span: h.span,
                            actors,
                        });
                    }
                }
                (Some(Cue::Counterpart), _) => {
                    if let Some(p) = self.counterpart(h, trig) {
                        extra.push(p);
                    }
                }
                (
                    _,
                    Tag::Entry {
                        entry,
                        form: Form::Demonym,
                    },
                ) => {
                    if covered(h.span) || self.inside_mention(h.span) {
                        continue;
                    }
                    let group = hs[k + 1..].iter().take(8).find(|n| {
                        (self.cue(n) == Some(Cue::Group) || self.plural_title(n)) && {
                            let gap = between(self.text, h.span.end, n.span.start);
                            word_count(gap, 4) <= 3 && !contains_any(gap, [',', ';', '.'])
                        }
                    });
                    let actor = self.entry_actor.get(&entry).copied();
                    if let (Some(_), Some(x)) = (group, actor) {
                        extra.push(Party {
                            span: h.span,
                            actors: vec![self.stand_for(x)],
                        });
                    }
                }
                _ => {}
            }
        }
        for p in extra {
            if !out
                .iter()
                .any(|q| q.span.start < p.span.end && p.span.start < q.span.end)
            {
                out.push(p);
            } else if p.actors.len() == 2 {
                // "The two officials": the pair wins over an anonymous mention.
                out.retain(|q| !(q.span.start < p.span.end && p.span.start < q.span.end));
                out.push(p);
            }
        }
        out.sort_by_key(|p| (p.span.start, p.span.end));
        out
    }

    /// Whether a temporal expression of any kind overlaps `s`.
    pub(super) fn dated(&self, s: Span) -> bool {
        let i = self.time_spans.partition_point(|t| t.start < s.end);
        self.time_spans[..i]
            .iter()
            .rev()
            .take(4)
            .any(|t| t.end > s.start)
    }

    pub(super) fn inside_mention(&self, s: Span) -> bool {
        let i = self
            .cast
            .mentions
            .partition_point(|m| m.span.end <= s.start);
        self.cast.mentions[i..]
            .iter()
            .take(4)
            .any(|m| m.span.start <= s.start && s.end <= m.span.end)
    }

    /// "the two" (persons) or "both countries": the last two people or countries named before
    /// `pos`.
    pub(super) fn pair(&self, pos: usize, persons: bool) -> Vec<usize> {
        let end = self.cast.mentions.partition_point(|m| m.span.end <= pos);
        let floor = pos.saturating_sub(LOOKBACK);
        let mut out: Vec<usize> = Vec::new();
        let mut codes: Vec<&str> = Vec::new();
        for m in self.cast.mentions[..end]
            .iter()
            .rev()
            .take_while(|m| m.span.start >= floor)
        {
            // "in Singapore" is where, not who.
            let place = self
                .reading
                .preposition_before(m.span.start)
                .is_some_and(|(p, _)| {
                    let w = &self.text[p.range()];
                    w.eq_ignore_ascii_case("in") || w.eq_ignore_ascii_case("at")
                });
            if place {
                continue;
            }
            let a = &self.cast.actors[m.actor];
            if persons {
                if a.kind == ActorKind::Person && !a.anonymous && !out.contains(&m.actor) {
                    out.push(m.actor);
                }
            } else if let Some(c) = a.country.as_deref() {
                if !codes.contains(&c) {
                    codes.push(c);
                    out.push(self.country_actor.get(c).copied().unwrap_or(m.actor));
                }
            }
            if out.len() == 2 {
                break;
            }
        }
        out.reverse();
        out
    }

    /// How many a pair cue counts: its number word ("the four countries"), else two.
    pub(super) fn pair_size(&self, h: Span) -> usize {
        self.text[h.range()]
            .split_whitespace()
            .find_map(|w| {
                self.ev
                    .numbers
                    .iter()
                    .position(|n| n.eq_ignore_ascii_case(w))
            })
            .filter(|&n| n >= 2)
            .unwrap_or(2)
    }

    /// The countries of the last list of exactly `n` countries named before `pos` ("Saudi
    /// Arabia, Egypt, the United Arab Emirates and Bahrain"): names joined only by commas,
    /// "and" and "the".
    pub(super) fn listed(&self, pos: usize, n: usize) -> Vec<usize> {
        let end = self.cast.mentions.partition_point(|m| m.span.end <= pos);
        let floor = pos.saturating_sub(LOOKBACK);
        let joined = |gap: &str| {
            gap.split(|c: char| c == ',' || c.is_whitespace())
                .filter(|w| !w.is_empty())
                .all(|w| w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("the"))
        };
        let mut run: Vec<usize> = Vec::new();
        let mut next_start: Option<usize> = None;
        for m in self.cast.mentions[..end]
            .iter()
            .rev()
            .take_while(|m| m.span.start >= floor)
        {
            let linked = next_start
                .is_some_and(|s| s >= m.span.end && joined(between(self.text, m.span.end, s)));
            if !linked {
                if run.len() == n {
                    break;
                }
                run.clear();
            }
            next_start = Some(m.span.start);
            let Some(c) = self.country(m.actor) else {
                run.clear();
                continue;
            };
            let a = self.country_actor.get(c).copied().unwrap_or(m.actor);
            if !run.contains(&a) {
                run.push(a);
            }
        }
        if run.len() != n {
            return Vec::new();
        }
        run.reverse();
        run
    }

    /// "his Chinese counterpart", "his counterpart in China": the nearest person of the other
    /// side. None when a name follows ("his counterpart Dong Jun": the name is the party).
    pub(super) fn counterpart(&self, h: &Hit, trig: Span) -> Option<Party> {
        // Resolution may already know who it is (the other country's holder of the owner's role
        // on the article's date): that beats the nearest person.
        let i = self
            .cast
            .mentions
            .partition_point(|m| m.span.end < h.span.end);
        if let Some(m) = self
            .cast
            .mentions
            .get(i)
            .filter(|m| m.span.contains(h.span))
        {
            return Some(Party {
                span: m.span,
                actors: vec![m.actor],
            });
        }
        // The owner: "his"/"her"/"their" or "X's" opening the phrase.
        let (np, _) = self.reading.phrase_ending_at(h.span.end)?;
        let owner_pos = np.span.start;
        let back = owner_pos.saturating_sub(LOOKBACK);
        let owner = match (np.possessor, np.owner) {
            (Some(a), _) => a,
            (None, Some(agr)) => self
                .cast
                .antecedent(owner_pos, back, agr.gender, agr.plural)?,
            (None, None) => return None,
        };
        let owner_c = self.country(owner);
        // A name right after is the counterpart itself ("his counterpart Dong Jun").
        let i = locate(&self.cast.mentions, h.span.end, |m| m.span.start);
        if let Some(next) = self.reading.phrase_at(h.span.end) {
            let adjacent = self.text[h.span.end..next.span.start].trim().is_empty();
            let person = next
                .head_actor
                .is_some_and(|a| self.cast.actors[a].kind == ActorKind::Person);
            if adjacent && person {
                return None;
            }
        }
        // The other side: a demonym in the phrase ("his Chinese counterpart"), or "in X" /
        // "from X" after it.
        let mut target: Option<&str> = None;
        let mut span = Span::new(owner_pos, h.span.end);
        for d in self.hits_in(owner_pos, h.span.start) {
            if let Tag::Entry {
                entry,
                form: Form::Demonym,
            } = d.tag
            {
                target = self.entry_actor.get(&entry).and_then(|&a| self.country(a));
            }
        }
        if target.is_none() {
            let after = self.reading.complements(h.span);
            if let Some((_, l)) = after.after(self.text, &["in", "from"]) {
                if let Some(m) = l.first().filter(|m| m.phrase.span.start > h.span.end) {
                    target = m.phrase.head_actor.and_then(|a| self.country(a));
                    if target.is_some() {
                        span = Span::new(owner_pos, m.phrase.span.end);
                    }
                }
            }
        }
        let fits = |a: usize| {
            let x = &self.cast.actors[a];
            x.kind == ActorKind::Person
                && !x.anonymous
                && a != owner
                && match target {
                    Some(t) => x.country.as_deref() == Some(t),
                    None => x.country.is_some() && x.country.as_deref() != owner_c,
                }
        };
        // The nearest such person after (the article names them soon), else before.
        let after = self.cast.mentions[i..]
            .iter()
            .take_while(|m| m.span.start <= h.span.end + LOOKAHEAD)
            .find(|m| fits(m.actor) && m.span.start >= trig.start.min(h.span.end))
            .map(|m| m.actor);
        let before = || {
            let j = self
                .cast
                .mentions
                .partition_point(|m| m.span.end <= owner_pos);
            self.cast.mentions[..j]
                .iter()
                .rev()
                .take_while(|m| m.span.start + LOOKBACK >= owner_pos)
                .find(|m| fits(m.actor))
                .map(|m| m.actor)
        };
        // No such person named: the other side's country stands for them.
        let who = after
            .or_else(before)
            .or_else(|| target.and_then(|t| self.country_actor.get(t).copied()))?;
        Some(Party {
            span,
            actors: vec![who],
        })
    }

    /// Whether anything in `sent` can stand for a party: a resolved mention, a pronoun, "the
    /// two", a pair, a counterpart, a demonym, or a quotation whose speaker "I" or "we" is.
    pub(super) fn may_have_parties(&self, sent: Span) -> bool {
        let m = locate(&self.cast.mentions, sent.start, |m| m.span.start);
        if self
            .cast
            .mentions
            .get(m)
            .is_some_and(|m| m.span.start < sent.end)
        {
            return true;
        }
        let v = self.voices.partition_point(|v| v.span.end <= sent.start);
        if self.voices.get(v).is_some_and(|v| v.span.start < sent.end) {
            return true;
        }
        self.hits_in(sent.start, sent.end).iter().any(|h| {
            matches!(
                self.cue(h),
                Some(Cue::Pronoun(..) | Cue::Pair(_) | Cue::Counterpart)
            ) || matches!(
                h.tag,
                Tag::Entry {
                    form: Form::Demonym,
                    ..
                }
            )
        })
    }

    /// The actors a noun phrase stands for as a party: the actor it names, a pronoun's
    /// antecedent, or what is named inside it ("his Chinese counterpart", "the two leaders",
    /// "top Chinese generals", "Colombia's ambassador").
    pub(super) fn np_parties(&self, np: &NounPhrase, trig: Span) -> Vec<usize> {
        // An anonymous head of no country ("Diplomats from both countries") says nothing of
        // its own: what is named inside the phrase does.
        if let Some(a) = np
            .head_actor
            .filter(|&a| !self.cast.actors[a].anonymous || self.cast.actors[a].country.is_some())
        {
            return vec![self.stand_for(a)];
        }
        // "I will call Xi", "we will not attend" inside a quote: its speaker (for "we", the
        // speaker's country).
        let word = self.text.get(np.head.range()).unwrap_or("");
        if np.head == np.span
            && ["i", "me", "we", "us"]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(word))
        {
            return match self.voice_at(np.span).map(|v| v.speaker) {
                Some(a)
                    if ["we", "us"].iter().any(|w| w.eq_ignore_ascii_case(word))
                        && self.cast.actors[a].kind == ActorKind::Person =>
                {
                    let c = self
                        .country(a)
                        .and_then(|c| self.country_actor.get(c).copied());
                    c.into_iter().collect()
                }
                Some(a) => vec![self.stand_for(a)],
                None => Vec::new(),
            };
        }
        if np.head == np.span && self.ev.neuter.contains(word) {
            return self.neuter_antecedent(np.span).into_iter().collect();
        }
        if let Some(agr) = np.pronoun {
            // "Vucic stated that he would not participate": in reported speech, "he" is the
            // speaker when the speaker agrees with it and the report names no one else it
            // could be before it ("Chen said Ma would leave, where he will meet Xi").
            let person = |a: usize| {
                self.cast.actors[a].kind == ActorKind::Person && self.cast.agrees(a, agr.gender)
            };
            let speaker = self
                .voice_at(np.span)
                .filter(|v| v.reported && !agr.plural)
                .filter(|v| {
                    !self
                        .cast
                        .within(Span::new(v.span.start, np.span.start))
                        .iter()
                        .any(|m| m.actor != v.speaker && person(m.actor))
                })
                .map(|v| v.speaker)
                .filter(|&a| person(a));
            if let Some(a) = speaker {
                return vec![self.stand_for(a)];
            }
            let floor = np.span.start.saturating_sub(LOOKBACK);
            return self
                .cast
                .antecedent(np.span.start, floor, agr.gender, agr.plural)
                .map(|a| vec![self.stand_for(a)])
                .unwrap_or_default();
        }
        // "Austin's predecessors": people named by their relation to the possessor are not
        // the possessor.
        if self
            .hits_in(np.head.start, np.head.end)
            .iter()
            .any(|h| h.span == np.head && self.cue(h) == Some(Cue::Relation))
        {
            return Vec::new();
        }
        // "Kremlin Deputy Chief of Staff Dmitry Kozak": a title whose "of" modifiers end on a
        // person is that person.
        if self.text[np.head.range()].starts_with(char::is_uppercase) {
            let person = self.reading.modified_name(np.span.start).filter(|&a| {
                let x = &self.cast.actors[a];
                x.kind == ActorKind::Person && !x.anonymous
            });
            if let Some(a) = person {
                return vec![a];
            }
        }
        let inside = self.parties_in(np.span.start, np.span.end, trig);
        // "the leaders of Jordan, Egypt and Palestine": a group noun stands for the countries
        // and bodies its "of" / "from" phrase names.
        if inside.is_empty() && self.is_group_word_at(np.head.start, np.head.end) {
            let comp = self.reading.complements(np.head);
            if let Some((_, l)) = comp.after(self.text, &["of", "from"]) {
                let leaders = self.ev.leader_group.contains(&self.text[np.head.range()]);
                let mut out = Vec::new();
                extend_unique(
                    &mut out,
                    l.iter()
                        .filter_map(|m| m.phrase.head_actor)
                        .filter(|&a| self.cast.actors[a].kind != ActorKind::Person)
                        .map(|a| {
                            // "the leaders of Jordan": the one leader of Jordan the article
                            // names ("King Abdullah II") stands for it.
                            let leader = leaders.then(|| self.leader_of(a)).flatten();
                            leader.unwrap_or_else(|| self.stand_for(a))
                        }),
                );
                return out;
            }
        }
        inside
    }

    /// What "it" at `at` stands for as a party: in a report, its speaker when that is a
    /// country or body and nothing of that kind is named between them ("Russia said it would
    /// not attend"); else the last country or body named in this or the last sentence as a
    /// noun phrase of its own, not as a place or a modifier ("talks [in Saudi Arabia]", "[US]
    /// bank Wells Fargo").
    fn neuter_antecedent(&self, at: Span) -> Option<usize> {
        let body = |a: usize| self.cast.actors[a].kind != ActorKind::Person;
        if let Some(v) = self.voice_at(at).filter(|v| v.reported && body(v.speaker)) {
            let between = self.cast.within(Span::new(v.span.start, at.start));
            if !between
                .iter()
                .any(|m| m.actor != v.speaker && body(m.actor))
            {
                return Some(self.stand_for(v.speaker));
            }
        }
        let floor = self
            .reading
            .sentence_at(at.start)
            .and_then(|i| i.checked_sub(1))
            .map_or(0, |j| self.reading.sentences()[j].span.start);
        self.cast
            .within(Span::new(floor, at.start))
            .iter()
            .rev()
            .filter(|m| body(m.actor) && m.span.end <= at.start)
            .find(|m| {
                let after_prep = self
                    .reading
                    .preposition_before(m.span.start)
                    .is_some_and(|(p, _)| !self.text[p.range()].eq_ignore_ascii_case("by"));
                let heads = self
                    .reading
                    .phrase_at(m.span.start)
                    .is_some_and(|np| np.head_actor == Some(m.actor));
                !after_prep && heads
            })
            .map(|m| self.stand_for(m.actor))
    }

    /// The one person the article names as the leader of country `a` ("President Abbas",
    /// "King Abdullah II"), if there is exactly one.
    pub(super) fn leader_of(&self, a: usize) -> Option<usize> {
        self.leaders.get(self.country(a)?).copied().flatten()
    }

    /// The innermost statement around `s`, if any.
    pub(super) fn voice_at(&self, s: Span) -> Option<&Voice> {
        let i = self.voices.partition_point(|v| v.span.start <= s.start);
        self.voices[..i]
            .iter()
            .rev()
            .take(4)
            .find(|v| v.span.end >= s.end)
    }

    /// The actors of the parties named in `a..b`, each once, in text order.
    pub(super) fn parties_in(&self, a: usize, b: usize, trig: Span) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for p in self.parties(a, b, trig) {
            extend_unique(&mut out, p.actors);
        }
        out
    }

    /// The parties of a subject and the phrases coordinated before it ("Senior Japanese and
    /// Indian officials", "X, Y and Z met"), in text order.
    pub(super) fn subject_parties(&self, np: NounPhrase, trig: Span) -> Vec<usize> {
        let before = self.reading.conjuncts_before(np);
        let Some(first) = before.last() else {
            return self.np_parties(&np, trig);
        };
        self.parties_in(first.span.start, np.span.end, trig)
    }

    /// The trigger's "between" (0) or "with" (1) phrase among its prepositional phrases, not
    /// past one that holds another trigger ("met X before an audience with Y": "with Y" is
    /// the audience's).
    pub(super) fn partner_phrase<'c>(
        &self,
        comp: &'c Complements,
    ) -> Option<(usize, &'c [Member])> {
        for (prep, l) in &comp.preps {
            let w = self.text.get(prep.range()).unwrap_or("");
            if w.eq_ignore_ascii_case("between") {
                return Some((0, l));
            }
            if w.eq_ignore_ascii_case("with") {
                return Some((1, l));
            }
            let other = l.iter().any(|m| {
                self.hits_in(m.phrase.span.start, m.phrase.span.end)
                    .iter()
                    .any(|h| matches!(self.cue(h), Some(Cue::Meeting(..))))
            });
            if other {
                return None;
            }
        }
        None
    }

    /// The parties of a coordination, as alternatives: members joined by "and" are one
    /// group, each "or" member its own. A group noun with no party of its own takes the
    /// "of"/"from" list after it ("the foreign ministers of Egypt, Ethiopia and Sudan").
    /// Whether a phrase's head is a lower-case word that is no actor and no group, counterpart
    /// or pair cue ("requirements", "expectations"): the phrase names no one, whatever its
    /// modifiers name ("US requirements").
    fn names_no_one(&self, np: NounPhrase) -> bool {
        np.head_actor.is_none()
            && self.text[np.head.range()].starts_with(char::is_lowercase)
            && !self.hits_in(np.head.start, np.head.end).iter().any(|h| {
                matches!(
                    self.cue(h),
                    Some(Cue::Group | Cue::Counterpart | Cue::Pair(_))
                )
            })
    }

    pub(super) fn member_parties(&self, members: &[Member], trig: Span) -> Vec<Vec<usize>> {
        let mut alts: Vec<Vec<usize>> = vec![Vec::new()];
        for m in members {
            // "ASEAN special envoy, Brunei's Second Foreign Minister Erywan Yusof,": a
            // description's named apposition is the person.
            let described = self.text[m.phrase.head.range()].starts_with(char::is_lowercase);
            let named = described
                .then(|| self.reading.apposition_after(m.phrase))
                .flatten()
                .and_then(|p| p.head_actor)
                .filter(|&a| {
                    let x = &self.cast.actors[a];
                    x.kind == ActorKind::Person && !x.anonymous
                });
            let ps = match named {
                Some(a) => vec![a],
                None => self.np_parties(&m.phrase, trig),
            };
            if ps.is_empty() {
                continue;
            }
            if m.alternative && alts.last().is_some_and(|g| !g.is_empty()) {
                alts.push(ps);
            } else if let Some(g) = alts.last_mut() {
                g.extend(ps);
            }
        }
        alts.retain(|g| !g.is_empty());
        // "Pakistan and India foreign ministers": a plural title closing the list stands, per
        // country, for the one person of that country the article names with that title.
        if let Some(title) = members.last().and_then(|m| self.plural_title_of(m.phrase)) {
            for g in &mut alts {
                for a in g.iter_mut() {
                    if let Some(holder) = self.title_holder(*a, &title) {
                        *a = holder;
                    }
                }
            }
        }
        alts
    }

    /// The singular of a plural title heading `np` ("Foreign Ministers" -> "foreign minister").
    fn plural_title_of(&self, np: NounPhrase) -> Option<String> {
        let h = self
            .hits_in(np.span.start, np.head.end)
            .iter()
            .find(|h| h.span.end == np.head.end && self.plural_title(h))?;
        let t = &self.text[h.span.range()];
        Some(t[..t.len() - 1].to_lowercase())
    }

    /// The one person of country actor `a`'s country the article names with `title`.
    fn title_holder(&self, a: usize, title: &str) -> Option<usize> {
        if self.cast.actors[a].kind != ActorKind::Country {
            return None;
        }
        let c = self.country(a)?;
        self.titled.get(&(c, title.to_string())).copied().flatten()
    }

    /// In "invited Maduro to a meeting" or "asked Li for talks", the object of the status
    /// verb the meeting noun's "to" / "for" phrase hangs on.
    pub(super) fn invitee(&self, trig: Span) -> Option<NounPhrase> {
        let (prep, before) = self.reading.preposition_before(trig.start)?;
        let w = &self.text[prep.range()];
        if !(w.eq_ignore_ascii_case("to") || w.eq_ignore_ascii_case("for")) {
            return None;
        }
        let (object, governor) = self.reading.phrase_ending_at(before?.end)?;
        let g = governor?;
        let asks = self.hits_in(g.start, g.end).iter().any(|h| {
            h.span == g
                && matches!(
                    self.cue(h),
                    Some(Cue::Status(
                        MeetingStatus::Proposed | MeetingStatus::Planned
                    ))
                )
        });
        asks.then_some(object)
    }

    /// The parties of the trigger at `trig`: its subject's (and those coordinated with it),
    /// and the alternatives for the other side, from its object or its "with" / "between"
    /// phrase. `None` when the frame names nobody to meet.
    pub(super) fn participants(
        &self,
        trig: Span,
        fmt: MeetingFormat,
        part: Part,
        clause_start: usize,
    ) -> Option<Sides> {
        let form = self.text.get(trig.range())?;
        let comp = self.reading.complements(trig);
        // "Erdogan's visit to Iraq", "Lula's call with Xi": a possessor before the trigger
        // is its subject, and "to", "with" or "between" names the other side.
        let own = self
            .reading
            .phrase_ending_at(trig.end)
            .map(|(np, _)| np)
            .filter(|np| np.head.end == trig.end && np.head.start <= trig.start);
        if let Some(found) = self.visit_noun(trig, part, own, &comp) {
            return found;
        }
        // "Kuwaiti mediation between X and Y": a demonym modifying the noun is its subject
        // too.
        let demonym = || own.and_then(|np| self.demonym_in(np.span.start, trig.start));
        let owner = own.and_then(|np| np.possessor).or_else(|| {
            (part == Part::Noun)
                .then(demonym)
                .flatten()
                .filter(|_| comp.after(self.text, &["between", "with"]).is_some())
        });
        if let Some(who) = owner {
            let subj = vec![self.stand_for(who)];
            let mut alts = match comp.after(self.text, &["between", "with", "to"]) {
                Some((_, l)) => self.member_parties(l, trig),
                None => Vec::new(),
            };
            if alts.is_empty() {
                alts.push(Vec::new());
            }
            return Some((subj, alts));
        }
        let with_of = |members: &[Member]| {
            let mut alts = self.member_parties(members, trig);
            if alts.is_empty() && !members.is_empty() {
                if let Some((_, l)) = comp.after(self.text, &["of", "from"]) {
                    alts = self.member_parties(l, trig);
                }
            }
            alts
        };
        let mut alts: Vec<Vec<usize>>;
        let mut needs_subject = part != Part::Noun;
        let own_prep = cue_preposition(form);
        if own_prep == Some("between") {
            alts = with_of(&comp.object);
            // "Turkey mediated between Somalia and Ethiopia": a verb's subject acts between
            // them and takes part; a noun's pair is whole ("a call between X and Y").
            needs_subject = part != Part::Noun || alts.first().is_none_or(|g| g.len() < 2);
        } else if own_prep.is_some() {
            alts = with_of(&comp.object);
            needs_subject = true;
        } else {
            match self.partner_phrase(&comp) {
                Some((0, l)) => {
                    alts = self.member_parties(l, trig);
                    needs_subject = alts.first().is_none_or(|g| g.len() < 2);
                }
                Some((_, l)) => {
                    alts = self.member_parties(l, trig);
                    needs_subject = true;
                }
                None if matches!(part, Part::Verb | Part::Visit | Part::Host) => {
                    alts = with_of(&comp.object);
                    // "Biden called Xi" is a call; "Japan called China's claims" and "called
                    // Petro a terrorist" are not.
                    // "called Milei's remarks offensive": a call goes to whom its object's
                    // head names, not to a possessor inside it.
                    let thing = comp.object.first().is_some_and(|m| {
                        m.phrase.possessor.is_some() && self.names_no_one(m.phrase)
                    });
                    if fmt == MeetingFormat::Phone && (comp.double || thing) {
                        return None;
                    }
                    if fmt == MeetingFormat::Phone {
                        alts.retain(|g| {
                            g.iter().any(|&x| {
                                let a = &self.cast.actors[x];
                                a.kind == ActorKind::Person && !a.anonymous
                            })
                        });
                        if alts.is_empty() {
                            return None;
                        }
                    }
                }
                None if part == Part::Topic => alts = Vec::new(),
                None => {
                    // "looked forward to meeting Dong Jun": a gerund with its object.
                    alts = Vec::new();
                    if form.ends_with("ing") {
                        alts = self.member_parties(&comp.object, trig);
                        needs_subject = !alts.is_empty();
                    }
                    // "a meeting of Pakistan and India foreign ministers": a contact noun's
                    // "of" phrase names who takes part.
                    if alts.is_empty() && part == Part::Noun {
                        if let Some((_, l)) = comp.after(self.text, &["of"]) {
                            alts = self.member_parties(l, trig);
                            alts.retain(|g| g.len() >= 2);
                        }
                    }
                    // "Petro invited Maduro to a meeting": the object of the status verb the
                    // noun's "to" phrase hangs on is the other side.
                    if alts.is_empty() {
                        if let Some(invitee) = self.invitee(trig) {
                            alts = vec![self.np_parties(&invitee, trig)];
                            alts.retain(|g| !g.is_empty());
                            needs_subject = !alts.is_empty();
                        }
                    }
                }
            }
        }
        // A noun trigger before another noun modifies it ("bilateral trade", "trilateral
        // summit": the later noun is the head).
        if part == Part::Noun && !matches!(own_prep, Some("with" | "between")) {
            if let Some(first) = comp.object.first() {
                let s = first.phrase.span;
                let lower = self.text[s.range()].starts_with(|c: char| c.is_lowercase());
                if lower
                    && between(self.text, trig.end, s.start).trim().is_empty()
                    && !self.dated(s)
                {
                    return None;
                }
            }
        }
        // A noun with nobody after it has the subject of the light verb that governs it
        // ("the two leaders held talks").
        let mut governor = None;
        if part == Part::Noun {
            governor = self
                .reading
                .phrase_ending_at(trig.end)
                .and_then(|(_, g)| g)
                .filter(|g| {
                    self.hits_in(g.start, g.end)
                        .iter()
                        .any(|h| h.span == *g && self.cue(h) == Some(Cue::Light))
                });
            // "arrived in Minsk on Monday for talks": talks an arrival is for are with the
            // country arrived in.
            if alts.is_empty() && governor.is_none() {
                alts = self
                    .arrived_for(trig)
                    .into_iter()
                    .map(|c| vec![c])
                    .collect();
                needs_subject = true;
            }
            if alts.is_empty() && governor.is_none() {
                return None;
            }
            needs_subject |= governor.is_some();
        }
        let mut subj: Vec<usize> = Vec::new();
        if needs_subject {
            let np = if part == Part::Noun {
                // The light verb's subject, else that of the verb the noun's phrase hangs on
                // ("did not rule out talks with X", "during meetings with X").
                governor
                    .and_then(|g| self.reading.frame(g))
                    .or_else(|| self.reading.last_frame(trig.start))
                    .and_then(|f| f.subject)
                    .or_else(|| self.reading.subject_between(clause_start, trig.start))
                    // "Dodon wrote, after holding talks with Kozak, that": a gerund without a
                    // subject has the subject of the clause it modifies.
                    .or_else(|| {
                        governor
                            .filter(|g| self.text[g.range()].ends_with("ing"))
                            .and_then(|_| self.reading.last_frame(clause_start))
                            .and_then(|f| f.subject)
                    })
            } else {
                let f = self.reading.frame(trig);
                // "Japan had invited Xi to visit Tokyo": the inviter is a party too.
                if let Some(c) = f.and_then(|f| f.controller) {
                    subj = self.subject_parties(c, trig);
                }
                // "Austin had an opportunity to meet with Wei": an infinitive under a noun
                // has the clause's subject.
                f.and_then(|f| f.subject)
                    .or_else(|| self.reading.subject_between(clause_start, trig.start))
            };
            let np = np.filter(|np| np.span.end <= trig.start);
            // "Ushakov and Lavrov, both of whom have taken part in talks": a pair right before
            // the clause is its subject.
            let pair_before = self
                .hits_in(clause_start.saturating_sub(24), clause_start)
                .iter()
                .filter(|h| {
                    matches!(self.cue(h), Some(Cue::Pair(true)))
                        && h.span.end <= clause_start
                        && between(self.text, h.span.end, clause_start)
                            .trim()
                            .is_empty()
                })
                .map(|h| self.pair(h.span.start, true))
                .find(|p| p.len() == 2);
            // "They last met in Kyiv": a plural pronoun meeting nobody named is the last two
            // people (or countries) named.
            let reciprocal = part != Part::Noun
                && np.is_some_and(|np| np.pronoun.is_some_and(|a| a.plural))
                && alts.iter().all(Vec::is_empty);
            if let Some(pair) = pair_before {
                subj.extend(pair);
            } else if let (true, Some(np)) = (reciprocal, np) {
                let mut pair = self.pair(np.span.start, true);
                if pair.len() < 2 {
                    pair = self.pair(np.span.start, false);
                }
                if pair.len() == 2 {
                    subj.extend(pair);
                }
            } else if let Some(np) = np {
                extend_unique(&mut subj, self.subject_parties(np, trig));
            }
            // "requested a call after failed attempts to speak with Xu": an infinitive or
            // gerund whose clause names no party has the subject of the clause it modifies.
            let nonfinite =
                part != Part::Noun && (self.reading.after_to(trig) || form.ends_with("ing"));
            // Not when the object's head names no one ("unwilling to meet US requirements":
            // the requirements are met, not the US).
            let thing_met = comp
                .object
                .first()
                .is_some_and(|m| self.names_no_one(m.phrase));
            if subj.is_empty() && nonfinite && !thing_met {
                let outer = self
                    .reading
                    .last_frame(clause_start)
                    .and_then(|f| f.subject)
                    .or_else(|| self.reading.subject_between(0, clause_start))
                    .filter(|np| np.span.end <= trig.start);
                if let Some(np) = outer {
                    extend_unique(&mut subj, self.subject_parties(np, trig));
                }
            }
            // "After meeting Anwar Ibrahim in Kuala Lumpur, Marcos flew on": a participle
            // opening its sentence has the subject of the clause after its comma.
            if subj.is_empty() && !thing_met && form.ends_with("ing") {
                if let Some(np) = self.main_subject_after(trig) {
                    extend_unique(&mut subj, self.subject_parties(np, trig));
                }
            }
        }
        if subj.is_empty() && alts.is_empty() {
            return None;
        }
        if alts.is_empty() {
            alts.push(Vec::new());
        }
        Some((subj, alts))
    }

    /// The actor of the last demonym from `a` to `b` ("a [Ukrainian] proposal").
    pub(super) fn demonym_in(&self, a: usize, b: usize) -> Option<usize> {
        self.hits_in(a, b).iter().rev().find_map(|d| match d.tag {
            Tag::Entry {
                entry,
                form: Form::Demonym,
            } => self.entry_actor.get(&entry).copied(),
            _ => None,
        })
    }

    /// The subject of the main clause after the introductory phrase holding `trig`, when that
    /// phrase opens its sentence with no noun phrase before `trig` and ends in a comma.
    fn main_subject_after(&self, trig: Span) -> Option<NounPhrase> {
        let sent = self.reading.sentences()[self.reading.sentence_at(trig.start)?].span;
        if self
            .reading
            .subject_between(sent.start, trig.start)
            .is_some()
        {
            return None;
        }
        let intro = self.reading.rest_of_clause(trig.end);
        let comma = match self.reading.mark_after(intro.end)? {
            (',', comma) => comma,
            _ => return None,
        };
        self.reading
            .subject_between(comma.end, sent.end)
            .filter(|np| np.span.start >= comma.end)
    }

    /// The other side of a trigger inside a refused thing, before byte `end`: its object, or
    /// its "with" / "between" phrase ("refused to meet [Xi]", "a request for a meeting [with
    /// Li Shangfu]").
    pub(super) fn other_side(&self, t: Span, part: Part, end: usize) -> Vec<usize> {
        let comp = self.reading.complements(t);
        let form = self.text.get(t.range()).unwrap_or("");
        let members: &[Member] = if cue_preposition(form).is_some() {
            &comp.object
        } else if let Some((_, l)) = comp.after(self.text, &["between", "with"]) {
            l
        } else if matches!(part, Part::Topic | Part::Noun) {
            &[]
        } else {
            &comp.object
        };
        let inside: Vec<Member> = members
            .iter()
            .filter(|m| m.phrase.span.end <= end)
            .copied()
            .collect();
        self.member_parties(&inside, t)
            .into_iter()
            .next()
            .unwrap_or_default()
    }

    /// Whether the trigger noun at `trig` opens with "the" or "this" ("The meeting was
    /// postponed"): it refers back.
    pub(super) fn definite(&self, trig: Span) -> bool {
        let lead = self.text[..trig.start].trim_end();
        let w = lead.rsplit(char::is_whitespace).next().unwrap_or("");
        ["the", "this", "that"]
            .iter()
            .any(|d| d.eq_ignore_ascii_case(w))
    }

    /// Whether two actors are the same side for a refusal: one actor or one country.
    pub(super) fn same_side(&self, a: usize, b: usize) -> bool {
        a == b || (self.country(a).is_some() && self.country(a) == self.country(b))
    }

    /// Whether `b` may stand on the other side of `a` in one refusal or refused contact: not
    /// the same actor, nor a country and one of its own people or bodies. Two bodies or people
    /// of one country may be opposite sides ("Sudan's army rejected talks with the RSF").
    pub(super) fn apart(&self, a: usize, b: usize) -> bool {
        let country = |x: usize| self.cast.actors[x].kind == ActorKind::Country;
        !(a == b || (self.same_side(a, b) && (country(a) || country(b))))
    }

    /// Participants without duplicates; a country goes when someone of it is named.
    pub(super) fn normalise(&self, parts: Vec<usize>) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for p in parts {
            if !out.contains(&p) {
                out.push(p);
            }
        }
        let keep: Vec<bool> = out
            .iter()
            .map(|&p| {
                self.cast.actors[p].kind != ActorKind::Country
                    || !out.iter().any(|&q| {
                        q != p
                            && self.cast.actors[q].kind != ActorKind::Country
                            && self.country(q) == self.country(p)
                    })
            })
            .collect();
        out.into_iter()
            .zip(keep)
            .filter_map(|(p, k)| k.then_some(p))
            .collect()
    }
}

/// The preposition a trigger's form ends with ("meet with", "talk to", "call between"): its
/// object follows directly.
pub(super) fn cue_preposition(form: &str) -> Option<&'static str> {
    ["between", "with", "to"].into_iter().find(|p| {
        form.len() > p.len() + 1
            && form.ends_with(p)
            && form.as_bytes()[form.len() - p.len() - 1] == b' '
    })
}

/// Appends the items of `more` that `out` does not hold yet.
pub(super) fn extend_unique(out: &mut Vec<usize>, more: impl IntoIterator<Item = usize>) {
    for a in more {
        if !out.contains(&a) {
            out.push(a);
        }
    }
}
