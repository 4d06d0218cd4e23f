//! Actor resolution: from gazetteer and title hits to one [`Actor`] per person, country or
//! organisation.
//!
//! This module owns who is who in an article. It reads the scan's gazetteer hits in order and
//! decides what each names:
//!
//! - a name, alias or metonym ("Beijing") is a mention of its entry;
//! - a short form ("Austin", "Li") is a mention once the full name was used earlier in the
//!   article, or when only one entry in the gazetteer has that short form and it is not a
//!   common word; an ambiguous surname with no earlier full mention stays unresolved;
//! - a title followed by a capitalised name the data does not list ("Chinese Defense Ministry
//!   spokesman Wu Qian") is a new person, with that title and the country before it;
//! - a title with a country and no name ("the U.S. defense secretary") is whoever held the role
//!   on the anchor date, where the data says;
//! - an article and a generic title ("a senior US defence official", "A Chinese spokeswoman")
//!   is an anonymous person of the country named in the phrase.
//!
//! The result is the actor list (in order of first mention) and a position-sorted index of
//! mentions that later stages query: "which actor is named here", "who is the nearest person
//! before this pronoun".

use crate::actors::names::{role_phrase_start, Candidate, Evidence, NameKind, Names};
use crate::knowledge::gazetteer::{Entry, EntryKind, Gazetteer, Gender};
use crate::knowledge::lexicon::Lexicon;
use crate::model::{Actor, ActorKind, Day, Excerpt, Span};
use crate::scan::{groups, Form, Hit, Tag};
use crate::syntax::segment::Sentence;
use crate::util::{
    is_capitalized, locate, slug, trim_suffix, window_before, FxMap, FxSet, WordList,
};

/// How many mentions back a pronoun looks for its antecedent.
const ANTECEDENT_WINDOW: usize = 40;

/// One mention of a resolved actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MentionRef {
    pub(crate) span: Span,
    pub(crate) actor: usize,
}

/// The actors of one article and where they are named.
#[derive(Clone, Debug, Default)]
pub(crate) struct Cast {
    pub(crate) actors: Vec<Actor>,
    /// Gender per actor, where known.
    pub(crate) genders: Vec<Option<Gender>>,
    /// Every mention, sorted by position.
    pub(crate) mentions: Vec<MentionRef>,
    /// Per actor: named only as a place ("in Singapore"). Later stages still see the mentions
    /// (a meeting's location is in a country), but the actor is reported only if a record
    /// refers to it.
    pub(crate) place_only: Vec<bool>,
    /// Country entries named by a demonym ("Japanese and Philippine ministers"), and their
    /// actor. A country named only so is an actor with no mention to read frames by (like a
    /// place, it is reported only if a record refers to it), so events can still take it as a
    /// party ("Japanese and Philippine officials met").
    pub(crate) demonyms: FxMap<u32, usize>,
}

impl Cast {
    /// The actors to report: all but those named only as places that no record refers to.
    pub(crate) fn into_actors(self, referenced: impl Fn(&str) -> bool) -> Vec<Actor> {
        self.actors
            .into_iter()
            .zip(self.place_only)
            .filter(|(a, place)| !place || referenced(&a.id))
            .map(|(a, _)| a)
            .collect()
    }

    /// Mentions lying inside `span`.
    pub(crate) fn within(&self, span: Span) -> &[MentionRef] {
        let a = locate(&self.mentions, span.start, |m| m.span.start);
        let b = locate(&self.mentions, span.end, |m| m.span.start);
        &self.mentions[a..b.max(a)]
    }

    /// The most recent person (or, for plural pronouns, any actor) mentioned before `pos` and at
    /// or after `floor`, compatible with `gender`.
    pub(crate) fn antecedent(
        &self,
        pos: usize,
        floor: usize,
        gender: Option<Gender>,
        plural: bool,
    ) -> Option<usize> {
        self.nearest_before(pos, floor, |i| {
            let a = &self.actors[i];
            if plural {
                a.kind != ActorKind::Person
            } else {
                a.kind == ActorKind::Person && self.agrees(i, gender)
            }
        })
    }

    /// Whether actor `a` can be meant by a word of `gender` (`None`: any): its gender is that
    /// one or unknown.
    pub(crate) fn agrees(&self, a: usize, gender: Option<Gender>) -> bool {
        let g = self.genders.get(a).copied().flatten();
        gender.is_none() || g.is_none() || g == gender
    }

    /// The most recent actor mentioned before `pos` and at or after `floor` that `accept`
    /// takes (a query for callers with their own notion of compatibility, such as "they" for
    /// a group of anonymous officials).
    pub(crate) fn antecedent_where(
        &self,
        pos: usize,
        floor: usize,
        accept: impl Fn(&Actor) -> bool,
    ) -> Option<usize> {
        self.nearest_before(pos, floor, |i| accept(&self.actors[i]))
    }

    /// The actor of the nearest mention ending by `pos`, starting at or after `floor`, that
    /// `accept` takes; at most [`ANTECEDENT_WINDOW`] mentions back, so the cost is bounded.
    fn nearest_before(
        &self,
        pos: usize,
        floor: usize,
        accept: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let end = self.mentions.partition_point(|m| m.span.end <= pos);
        self.mentions[..end]
            .iter()
            .rev()
            .take_while(|m| m.span.start >= floor)
            .take(ANTECEDENT_WINDOW)
            .find(|m| accept(m.actor))
            .map(|m| m.actor)
    }
}

/// A term in a role: the gazetteer entry of the person, and its first and last day.
type Term = (usize, Option<Day>, Option<Day>);

/// What resolution needs from the gazetteer, indexed once at build time.
#[derive(Clone, Debug)]
pub(crate) struct Resolver {
    /// How many entries share each short form.
    short_owners: FxMap<String, usize>,
    /// (role, country) → the people who held it, with their terms: for "the U.S. defense
    /// secretary" and counterparts.
    holders: FxMap<(String, String), Vec<Term>>,
    /// Lexicon rows that are the word "counterpart".
    counterpart: Vec<bool>,
    /// Lexicon rows that are personal pronouns, with their gender.
    pronoun: Vec<Option<Gender>>,
    /// The function words read around names (lexicon class `function`).
    words: Words,
    /// Lexicon rows that name a kind of body ("the defense ministry"), by the role key its
    /// gazetteer entries carry.
    institution: Vec<Option<String>>,
    /// (role, country) → the org entry that is that body ("defense_ministry", "CHN").
    bodies: FxMap<(String, String), usize>,
    /// The reader of names the gazetteer does not list.
    names: Names,
}

/// The function words the resolver reads around names.
#[derive(Clone, Debug)]
struct Words {
    phrase_determiner: WordList,
    phrase_word: WordList,
    phrase_stop: WordList,
    locative: WordList,
    not_first_name: WordList,
}

impl Words {
    fn new(lex: &Lexicon) -> Words {
        let w = |tag| lex.words("function", tag);
        Words {
            phrase_determiner: w("phrase_determiner"),
            phrase_word: w("phrase_word"),
            phrase_stop: w("phrase_stop"),
            locative: w("locative"),
            not_first_name: w("not_first_name"),
        }
    }
}

impl Resolver {
    pub(crate) fn new(g: &Gazetteer, lex: &Lexicon) -> Resolver {
        let mut short_owners: FxMap<String, usize> = FxMap::default();
        for e in &g.entries {
            for s in &e.shorts {
                *short_owners.entry(s.clone()).or_default() += 1;
            }
        }
        let mut holders: FxMap<(String, String), Vec<Term>> = FxMap::default();
        for (i, e) in g.entries.iter().enumerate() {
            if e.kind != EntryKind::Person {
                continue;
            }
            for r in &e.roles {
                if let Some(c) = &r.country {
                    holders
                        .entry((r.role.clone(), c.clone()))
                        .or_default()
                        .push((i, r.from, r.to));
                }
            }
        }
        let mut bodies: FxMap<(String, String), usize> = FxMap::default();
        for (i, e) in g.entries.iter().enumerate() {
            if e.kind != EntryKind::Org {
                continue;
            }
            for r in &e.roles {
                if let Some(c) = r.country.as_ref().or(e.country.as_ref()) {
                    bodies.insert((r.role.clone(), c.clone()), i);
                }
            }
        }
        let institution = lex
            .rows
            .iter()
            .map(|r| (r.class == "institution").then(|| r.tag.clone()))
            .collect();
        let counterpart = lex.rows.iter().map(|r| r.class == "counterpart").collect();
        let pronoun = lex
            .rows
            .iter()
            .map(|r| r.pronoun_gender().flatten())
            .collect();
        Resolver {
            short_owners,
            holders,
            counterpart,
            pronoun,
            words: Words::new(lex),
            institution,
            bodies,
            names: Names::new(lex),
        }
    }

    /// The person holding `role` for `country` on `day`; where the data lists several (an
    /// open-ended term nobody closed), the one whose term started last.
    fn holder(&self, role: &str, country: &str, day: Day) -> Option<usize> {
        self.holders
            .get(&(role.to_string(), country.to_string()))?
            .iter()
            .filter(|(_, from, to)| from.is_none_or(|f| f <= day) && to.is_none_or(|t| day <= t))
            .max_by_key(|(_, from, _)| *from)
            .map(|(e, _, _)| *e)
    }

    /// Resolves the gazetteer hits of one article.
    pub(crate) fn resolve(
        &self,
        text: &str,
        hits: &[Hit],
        sentences: &[Sentence],
        g: &Gazetteer,
        anchor: Option<Day>,
    ) -> Cast {
        let mut b = CastBuilder::default();
        // Names the gazetteer does not list, in text order: each is taken when the loop reaches
        // its start, unless a title before it takes it first.
        let cands = self.names.find(text, hits, sentences, g);
        b.cands = cands;
        b.cast.mentions.reserve(hits.len() / 2);
        // Room for the actors an article of this many hits usually has, in every table kept per
        // actor: growing them one doubling at a time was a reallocation (and for the index a
        // rehash) each.
        let actors = hits.len() / 8 + 2;
        b.cast.actors.reserve(actors);
        b.cast.genders.reserve(actors);
        b.entry_of.reserve(actors);
        b.index.reserve(actors);
        // Entries already named in full, for short forms: a set, not a flag per gazetteer entry
        // (which would cost every article the size of the gazetteer).
        let mut seen_full: FxSet<usize> = FxSet::default();
        // Short forms that name someone the gazetteer does not list ("Gordon Brown").
        let mut other_names: FxMap<&str, Span> = FxMap::default();
        // Group hits by span: one span may carry several tags.
        let mut covered = 0;
        for (at, group) in groups(hits) {
            let span = group[0].span;
            // The index of the first hit after this group.
            let i = at + group.len();
            if b.cands
                .get(b.next_cand)
                .is_some_and(|c| c.span.start <= span.start)
            {
                covered = self.take_names(text, hits, g, span.start, covered, &mut b);
            }
            if span.start < covered {
                continue;
            }
            // "his Chinese counterpart": the other country's holder of the same role.
            if group
                .iter()
                .any(|h| matches!(h.tag, Tag::Word(w) if self.counterpart[usize::from(w)]))
            {
                if let Some(end) = self.counterpart(text, hits, i, span, g, anchor, &mut b) {
                    covered = end;
                }
                continue;
            }
            for h in group {
                if let Tag::Entry {
                    entry,
                    form: Form::Demonym,
                } = h.tag
                {
                    let e = entry as usize;
                    if g.entries[e].kind == EntryKind::Country
                        && !b.demonyms.iter().any(|&(x, _)| x == e)
                    {
                        b.demonyms.push((e, span));
                    }
                }
            }
            // A gazetteer mention: name, alias or metonym first, then a short form.
            let full = group.iter().find_map(|h| match h.tag {
                Tag::Entry {
                    entry,
                    form: Form::Name | Form::Alias | Form::Metonym,
                } => Some(entry as usize),
                _ => None,
            });
            if let Some(e) = full {
                let entry = &g.entries[e];
                if entry.kind != EntryKind::Title {
                    seen_full.insert(e);
                    let a = b.mention(entry_key(e), || actor_of(entry), entry.gender, span, text);
                    // A listed person without a short form ("John Kerry"): the surname alone
                    // later in the article is this person too.
                    if entry.kind == EntryKind::Person && entry.shorts.is_empty() {
                        let name = &text[span.range()];
                        if let Some((_, last)) = name.rsplit_once(' ') {
                            if last.len() > 2 && last.chars().next().is_some_and(char::is_uppercase)
                            {
                                b.surnames.entry(last).or_insert(a);
                            }
                        }
                    }
                    covered = span.end;
                    continue;
                }
            }
            let short = group.iter().find_map(|h| match h.tag {
                Tag::Entry {
                    entry,
                    form: Form::Short,
                } => Some(entry as usize),
                _ => None,
            });
            // "Mr Blair" after "Tony Blair", whom the gazetteer does not list: that person.
            if short.is_some() {
                if let Some(&a) = b.surnames.get(&text[span.range()]) {
                    b.mention_of(a, span, text);
                    covered = span.end;
                    continue;
                }
            }
            // An unlisted person the short form names instead: (their full name, this mention).
            let mut other: Option<(Span, Span)> = None;
            let short = short.and_then(|_| {
                // Prefer an entry whose full name came earlier; else a unique short form.
                let cands: Vec<usize> = group
                    .iter()
                    .filter_map(|h| match h.tag {
                        Tag::Entry {
                            entry,
                            form: Form::Short,
                        } => Some(entry as usize),
                        _ => None,
                    })
                    .collect();
                cands
                    .iter()
                    .copied()
                    .find(|e| seen_full.contains(e))
                    .or_else(|| {
                        let e = cands[0];
                        let short = &text[span.range()];
                        if let Some(&full) = other_names.get(short) {
                            other = Some((full, span));
                            return None;
                        }
                        // "Gordon Brown": a first name we do not know makes the short form
                        // someone else, here and in the rest of the article ("Mr Brown").
                        let prev_hit = (i > group.len())
                            .then(|| &hits[i - group.len() - 1])
                            .filter(|h| h.span.end + 1 >= span.start);
                        let own = |w: &str| {
                            let entry = &g.entries[e];
                            std::iter::once(&entry.name)
                                .chain(&entry.aliases)
                                .any(|n| n.split(' ').next() == Some(w))
                        };
                        let first = first_name_before(text, span.start, &self.words.not_first_name)
                            .filter(|w| prev_hit.is_none() && !own(w));
                        if let Some(w) = first {
                            let full = Span::new(span.start - 1 - w.len(), span.end);
                            other_names.insert(short, full);
                            other = Some((full, full));
                            return None;
                        }
                        (cands.len() == 1 && self.short_owners.get(short) == Some(&1)).then_some(e)
                    })
            });
            if let Some(e) = short {
                let entry = &g.entries[e];
                b.mention(entry_key(e), || actor_of(entry), entry.gender, span, text);
                covered = span.end;
                continue;
            }
            if let Some((full, at)) = other {
                let name = &text[full.range()];
                b.mention(
                    Key::Named(slug(name)),
                    || unlisted_person(name, None, None),
                    None,
                    at,
                    text,
                );
                covered = span.end;
                continue;
            }
            // A title: an unlisted named person after it, an anonymous source, or a role holder.
            let title = group.iter().find_map(|h| match h.tag {
                Tag::Entry { entry, .. } if g.entries[entry as usize].kind == EntryKind::Title => {
                    Some(entry as usize)
                }
                _ => None,
            });
            if let Some(t) = title {
                let end = self.title(text, hits, i, t, span, g, anchor, &mut b);
                covered = covered.max(end);
                continue;
            }
            // "the defense ministry": that body of the country the phrase or the text names.
            let role = group.iter().find_map(|h| match h.tag {
                Tag::Word(w) => self.institution.get(usize::from(w))?.as_deref(),
                _ => None,
            });
            if let Some(role) = role {
                self.institution(text, hits, i - group.len(), role, span, g, &mut b);
                covered = span.end;
            }
        }
        self.take_names(text, hits, g, usize::MAX, covered, &mut b);
        b.repeat_surnames(text, hits);
        // Countries named only by a demonym: an actor evidenced by the demonym, with no mention.
        for (e, span) in std::mem::take(&mut b.demonyms) {
            if !b.index.contains_key(&entry_key(e)) {
                let n = b.cast.actors.len();
                b.index.insert(entry_key(e), n);
                let mut actor = actor_of(&g.entries[e]);
                actor.mentions.push(Excerpt::new(text, span));
                b.cast.actors.push(actor);
                b.cast.genders.push(None);
                b.entry_of.push(Some(e));
                b.latent.push(n);
            }
            b.demonyms.push((e, span));
        }
        b.finish(text, &self.words.locative)
    }

    /// Takes the name candidates that start at or before `upto` and were not taken by a title:
    /// each becomes a mention of a new or already named actor. Returns how far the text is
    /// covered.
    fn take_names<'t>(
        &self,
        text: &'t str,
        hits: &[Hit],
        g: &Gazetteer,
        upto: usize,
        mut covered: usize,
        b: &mut CastBuilder<'t>,
    ) -> usize {
        while let Some(&c) = b.cands.get(b.next_cand) {
            if c.span.start > upto {
                break;
            }
            b.next_cand += 1;
            if c.span.start < covered {
                continue;
            }
            let taken = match c.kind {
                NameKind::Person => {
                    // The country of the role's phrase: a possessive or demonym before the
                    // role ("Russia's ambassador to Poland, ..."), else one inside it.
                    // The country the role's phrase names ("her Ugandan counterpart"), else
                    // one just before a bare title ("Haitian police spokeswoman").
                    let country = c.role.and_then(|r| {
                        country_within(text, hits, r, g).or_else(|| {
                            let k = locate(hits, r.start, |h| h.span.start);
                            let start = role_phrase_start(text, r.start);
                            phrase_country(&hits[..k], start, g, &[EntryKind::Country])
                        })
                    });
                    self.person(text, &c, country, None, None, b)
                }
                NameKind::Org => self.organisation(text, hits, g, &c, b),
            };
            if taken {
                covered = c.span.end;
            }
        }
        covered
    }

    /// A person candidate: a mention of the person whose surname it repeats, or of a new
    /// person. Returns whether it was taken.
    fn person<'t>(
        &self,
        text: &'t str,
        c: &Candidate,
        country: Option<String>,
        title: Option<String>,
        gender: Option<Gender>,
        b: &mut CastBuilder<'t>,
    ) -> bool {
        let name = &text[c.span.range()];
        if let Some(&a) = b.surnames.get(name) {
            b.mention_of(a, c.span, text);
            return true;
        }
        if c.evidence == Evidence::Repeat && title.is_none() {
            return false;
        }
        // The id is the key's name: one slug for both.
        let id = slug(name);
        let key = Key::Named(id.clone());
        let a = b.mention(
            key,
            || named_person(id, name, country, title),
            gender,
            c.span,
            text,
        );
        let short = &text[c.short.range()];
        if c.short != c.span && short.len() > 2 {
            b.surnames.entry(short).or_insert(a);
        }
        true
    }

    /// An organisation candidate: a new organisation, unless the phrase is a listed body
    /// ("the Chinese Foreign Ministry" is China's, when the gazetteer lists it). Returns whether
    /// it was taken.
    fn organisation(
        &self,
        text: &str,
        hits: &[Hit],
        g: &Gazetteer,
        c: &Candidate,
        b: &mut CastBuilder,
    ) -> bool {
        let k = locate(hits, c.span.start, |h| h.span.start);
        let inside = hits[k..]
            .iter()
            .take_while(|h| h.span.end <= c.span.end || h.span.start < c.span.end);
        let mut country = None;
        for h in inside.clone() {
            if let Tag::Entry { entry, form } = h.tag {
                let e = &g.entries[entry as usize];
                if h.span == c.span && e.kind != EntryKind::Title && c.role.is_none() {
                    return false;
                }
                if e.kind == EntryKind::Country && country.is_none() && form != Form::Short {
                    country = e.country.clone();
                }
            }
        }
        // "Armenia's Security Council": the country of the possessive before it.
        if country.is_none() {
            let j = hits[..k].partition_point(|h| h.span.end + 3 < c.span.start);
            country = hits[j..k].iter().find_map(|h| hit_country(h, g));
        }
        // A kind of body every country has ("Foreign Ministry", "Armed Forces"): the listed
        // body of the country, or one actor per country and kind however it is written.
        let role = inside.clone().find_map(|h| match h.tag {
            Tag::Word(w) => self.institution.get(usize::from(w))?.as_deref(),
            _ => None,
        });
        if let (Some(role), Some(cc)) = (role, country.as_deref()) {
            if self
                .bodies
                .contains_key(&(role.to_string(), cc.to_string()))
            {
                return false;
            }
        }
        let name = text[c.span.range()].to_string();
        // "the Coast Guard" after "China Coast Guard": the end of a listed body's name named
        // earlier is that body.
        let n = b.cast.actors.len();
        let earlier = (n.saturating_sub(RECENT_ACTORS)..n).rev().find(|&a| {
            let actor = &b.cast.actors[a];
            actor.kind == ActorKind::Organization
                && b.entry_of[a].is_some()
                && actor.name.len() > name.len()
                && actor.name.ends_with(&name)
                && actor.name[..actor.name.len() - name.len()].ends_with(' ')
        });
        if let Some(e) = earlier.and_then(|a| b.entry_of[a]) {
            b.mention(entry_key(e), || actor_of(&g.entries[e]), None, c.span, text);
            return true;
        }
        let (id, key) = match (role, country.as_deref()) {
            (Some(role), Some(cc)) => {
                let id = slug(&format!("{cc} {role}"));
                (id.clone(), format!("body:{id}"))
            }
            _ => {
                let id = slug(&name);
                (id.clone(), format!("org:{id}"))
            }
        };
        b.mention(
            Key::Named(key),
            || Actor {
                id,
                name,
                kind: ActorKind::Organization,
                country,
                anonymous: false,
                title: None,
                mentions: Vec::new(),
            },
            None,
            c.span,
            text,
        );
        true
    }

    /// Resolves a generic body ("the defense ministry", "China's foreign ministry") at `span`
    /// (the hit at index `at`) to the gazetteer entry with `role` in the country its phrase names,
    /// or else in the country mentioned last before it, not as a place, within
    /// `INSTITUTION_REACH` bytes.
    #[allow(clippy::too_many_arguments)]
    fn institution(
        &self,
        text: &str,
        hits: &[Hit],
        at: usize,
        role: &str,
        span: Span,
        g: &Gazetteer,
        b: &mut CastBuilder,
    ) {
        let start = phrase_start(text, span.start, &self.words);
        let named = phrase_country(&hits[..at], start, g, &[EntryKind::Country]);
        let floor = span.start.saturating_sub(INSTITUTION_REACH);
        let country = named.or_else(|| {
            b.cast
                .mentions
                .iter()
                .rev()
                .take_while(|m| m.span.end > floor)
                .filter(|m| {
                    m.span.end <= start && !is_locative(text, m.span.start, &self.words.locative)
                })
                .map(|m| &b.cast.actors[m.actor])
                .find(|a| a.kind == ActorKind::Country)
                .and_then(|a| a.country.clone())
        });
        let Some(country) = country else {
            return;
        };
        let Some(e) = self.bodies.get(&(role.to_string(), country.clone())) else {
            // A body the gazetteer does not list for this country ("Khartoum's foreign
            // ministry", "Poland's armed forces"): an organisation of that country, named by
            // its phrase.
            let lead = text[start..span.end]
                .strip_prefix("the ")
                .or_else(|| text[start..span.end].strip_prefix("The "))
                .map_or(start, |rest| span.end - rest.len());
            let phrase = Span::new(lead, span.end);
            let name = text[phrase.range()].to_string();
            let id = slug(&format!("{country} {role}"));
            b.mention(
                Key::Named(format!("body:{id}")),
                || Actor {
                    id,
                    name,
                    kind: ActorKind::Organization,
                    country: Some(country.clone()),
                    anonymous: false,
                    title: None,
                    mentions: Vec::new(),
                },
                None,
                phrase,
                text,
            );
            return;
        };
        let entry = &g.entries[*e];
        b.mention(
            entry_key(*e),
            || actor_of(entry),
            None,
            Span::new(start, span.end),
            text,
        );
    }

    /// Resolves "his Chinese counterpart" at `span` (hits from `next` on follow it): the holder,
    /// on the anchor date, of the role the referenced person holds, in the country the phrase
    /// names. A name right after ("his Chinese counterpart Dong Jun") resolves by itself.
    #[allow(clippy::too_many_arguments)]
    fn counterpart(
        &self,
        text: &str,
        hits: &[Hit],
        next: usize,
        span: Span,
        g: &Gazetteer,
        anchor: Option<Day>,
        b: &mut CastBuilder,
    ) -> Option<usize> {
        let day = anchor?;
        if hits.get(next).is_some_and(|h| h.span.start <= span.end + 1) {
            return None;
        }
        let start = phrase_start(text, span.start, &self.words);
        let before = &hits[..hits.partition_point(|h| h.span.start < span.start)];
        let in_phrase = || before.iter().rev().take_while(|h| h.span.start >= start);
        // The country: a demonym or country name in the phrase, or "counterpart in China".
        let country_of = |h: &Hit| hit_country(h, g);
        let after_in = hits
            .get(next)
            .filter(|h| text.get(span.end..h.span.start) == Some(" in "))
            .and_then(&country_of);
        let country = in_phrase().find_map(&country_of).or(after_in.clone())?;
        // The person referred to: the pronoun's antecedent, else the most recent person.
        let gender = in_phrase().find_map(|h| match h.tag {
            Tag::Word(w) => self.pronoun[usize::from(w)],
            _ => None,
        });
        let reference = b.cast.antecedent(start, 0, gender, false)?;
        let entry = b.entry_of.get(reference).copied().flatten()?;
        let roles: Vec<&str> = g.entries[entry]
            .roles
            .iter()
            .filter(|r| r.held_on(day) && r.country.as_deref() != Some(country.as_str()))
            .map(|r| r.role.as_str())
            .collect();
        let holder = roles.iter().find_map(|r| self.holder(r, &country, day))?;
        let pe = &g.entries[holder];
        let end = if after_in.is_some() {
            hits[next].span.end
        } else {
            span.end
        };
        b.mention(
            entry_key(holder),
            || actor_of(pe),
            pe.gender,
            Span::new(start, end),
            text,
        );
        Some(end)
    }

    /// Handles a title hit at `span` (hits from `next` on follow it). Returns how far it consumed.
    #[allow(clippy::too_many_arguments)]
    fn title<'t>(
        &self,
        text: &'t str,
        hits: &[Hit],
        next: usize,
        t: usize,
        span: Span,
        g: &Gazetteer,
        anchor: Option<Day>,
        b: &mut CastBuilder<'t>,
    ) -> usize {
        let entry = &g.entries[t];
        let title_text = &text[span.range()];
        // The country the phrase names: a country/demonym hit just before the title (or a
        // country-specific title).
        let before = phrase_start(text, span.start, &self.words);
        let country = phrase_country(
            &hits[..next],
            before,
            g,
            &[EntryKind::Country, EntryKind::Org],
        )
        .or_else(|| entry.roles.iter().find_map(|r| r.country.clone()))
        .or_else(|| {
            // "Bolivian coca grower leader": a demonym further back in the role's phrase.
            let start = role_phrase_start(text, span.start);
            phrase_country(&hits[..next], start, g, &[EntryKind::Country])
        });
        // A named person right after: known (listed) people are handled by their own hits.
        let next_hit = hits.get(next).filter(|h| h.span.start <= span.end + 1);
        if let Some(h) = next_hit {
            if let Tag::Entry { entry: e, .. } = h.tag {
                if g.entries[e as usize].kind == EntryKind::Person {
                    b.pending_title = Some((e as usize, title_text.to_string()));
                    return span.end;
                }
            }
        }
        // An unlisted name right after the title ("Foreign Minister Dr. Barnaba Marial Benjamin").
        let next_name = b.cands.get(b.next_cand).copied().filter(|c| {
            c.kind == NameKind::Person
                && c.span.start > span.end
                && c.span.start <= span.end + 6
                && {
                    // Only space, or an honorific ("Minister Dr. Barnaba Marial Benjamin").
                    let between = text[span.end..c.span.start].trim();
                    between.is_empty()
                        || (between.len() <= 5
                            && between.chars().next().is_some_and(char::is_uppercase)
                            && between.chars().all(|ch| ch.is_alphabetic() || ch == '.'))
                }
        });
        if let Some(c) = next_name {
            b.next_cand += 1;
            let title = text[span.range()].to_string();
            let gender = entry.gender;
            self.person(text, &c, country.clone(), Some(title), gender, b);
            return c.span.end;
        }
        if entry.generic {
            // "a senior US defence official": an anonymous source.
            let start = phrase_start(text, span.start, &self.words);
            let phrase = Span::new(start, span.end);
            let words: Vec<&str> = text[phrase.range()].split_whitespace().collect();
            // An indefinite source ("a senior official", "another official", "officials") is a
            // new anonymous actor; a definite one ("the two diplomats") refers back, and is an
            // actor only where the phrase names its country ("the Defense Department official").
            let det = words
                .first()
                .map(|w| w.to_ascii_lowercase())
                .unwrap_or_default();
            // A bare noun ("officials said", "diplomatic sources in Brussels") is indefinite
            // too: only a definite determiner refers back.
            let indefinite = !matches!(
                det.as_str(),
                "the"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "our"
                    | "my"
                    | "your"
                    | "both"
            );
            let plural = title_text.ends_with('s');
            if !indefinite && country.is_none() {
                // "the official said": the last unnamed source of that title and number.
                let earlier = b
                    .last_source
                    .get(&t)
                    .filter(|(_, p)| *p == plural)
                    .and_then(|(k, _)| b.index.get(k).copied());
                if let Some(a) = earlier {
                    b.add_mention(a, phrase, text);
                }
                return span.end;
            }
            let core: Vec<&str> = words
                .iter()
                .copied()
                .filter(|w| {
                    !matches!(
                        w.to_ascii_lowercase().as_str(),
                        "a" | "an" | "the" | "another"
                    )
                })
                .collect();
            let name = core.join(" ");
            let id = slug(&name);
            b.retract_orgs_within(phrase);
            let c = country.clone();
            let key = Key::Named(format!("anon:{id}"));
            b.last_source.insert(t, (key.clone(), plural));
            b.mention(
                key,
                || Actor {
                    id,
                    name,
                    kind: ActorKind::Person,
                    country: c,
                    anonymous: true,
                    title: Some(title_text.to_string()),
                    mentions: Vec::new(),
                },
                entry.gender,
                phrase,
                text,
            );
            return span.end;
        }
        // "the U.S. defense secretary": the holder of the role on the anchor date.
        if let (Some(day), Some(cc)) = (anchor, country.as_deref()) {
            let role = entry.roles.first().map(|r| r.role.as_str());
            if let Some(role) = role {
                let holder = self.holder(role, cc, day);
                if let Some(p) = holder {
                    let start = phrase_start(text, span.start, &self.words);
                    let lead = text[start..span.start]
                        .split_whitespace()
                        .next()
                        .unwrap_or("");
                    // Definite: "the U.S. defense secretary", "Turkey's foreign minister".
                    let definite = lead.eq_ignore_ascii_case("the")
                        || lead.ends_with("'s")
                        || lead.ends_with("\u{2019}s");
                    if definite {
                        let pe = &g.entries[p];
                        b.mention(
                            entry_key(p),
                            || actor_of(pe),
                            pe.gender,
                            Span::new(start, span.end),
                            text,
                        );
                    }
                }
            }
        }
        span.end
    }
}

/// Identity of an actor within one article.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Key {
    Entry(usize),
    Named(String),
}

fn entry_key(e: usize) -> Key {
    Key::Entry(e)
}

fn actor_of(e: &Entry) -> Actor {
    Actor {
        id: e.id.clone(),
        name: e.name.clone(),
        kind: e.kind.actor_kind().unwrap_or(ActorKind::Organization),
        country: e.country.clone(),
        anonymous: false,
        title: None,
        mentions: Vec::new(),
    }
}

#[derive(Default)]
struct CastBuilder<'t> {
    index: FxMap<Key, usize>,
    /// The gazetteer entry of each actor, where it has one.
    entry_of: Vec<Option<usize>>,
    cast: Cast,
    /// A title seen right before a listed person: (entry, title).
    pending_title: Option<(usize, String)>,
    /// Country entries seen as demonyms: (entry, the first demonym's span).
    demonyms: Vec<(usize, Span)>,
    /// Actors made for a demonym alone (reported only when a record refers to them).
    latent: Vec<usize>,
    /// The names the gazetteer does not list, and the next one not yet taken.
    cands: Vec<Candidate>,
    next_cand: usize,
    /// Surnames of the unlisted people named so far, to the person: "Nzobonariba said" after
    /// "Philippe Nzobonariba".
    surnames: FxMap<&'t str, usize>,
    /// Per generic title entry ("official", "source"): the last anonymous source named with it
    /// and whether its title was plural, so that "the official" refers back to "a US official".
    last_source: FxMap<usize, (Key, bool)>,
}

impl<'t> CastBuilder<'t> {
    /// A mention at `span` of the actor `key` names, made by `make` if the cast does not hold
    /// it yet. Returns the actor's index.
    fn mention(
        &mut self,
        key: Key,
        make: impl FnOnce() -> Actor,
        gender: Option<Gender>,
        span: Span,
        text: &str,
    ) -> usize {
        let n = self.cast.actors.len();
        let entry = match key {
            Key::Entry(e) => Some(e),
            Key::Named(_) => None,
        };
        let a = *self.index.entry(key).or_insert(n);
        if a == n {
            self.cast.actors.push(make());
            self.cast.genders.push(gender);
            self.entry_of.push(entry);
        }
        self.mention_of(a, span, text);
        a
    }

    /// A mention of actor `a`, already in the cast, at `span`: [`CastBuilder::mention`] for an
    /// actor found by index (a surname's person). A title seen right before a listed person
    /// becomes the title of the actor mentioned next, if that is the person.
    fn mention_of(&mut self, a: usize, span: Span, text: &str) {
        if let (Some(e), Some((pe, title))) = (self.entry_of[a], self.pending_title.take()) {
            if e == pe && self.cast.actors[a].title.is_none() {
                self.cast.actors[a].title = Some(title);
            }
        }
        self.add_mention(a, span, text);
    }

    /// Records a mention of actor `a`, already in the cast, at `span`.
    fn add_mention(&mut self, a: usize, span: Span, text: &str) {
        self.cast.actors[a].mentions.push(Excerpt::new(text, span));
        self.cast.mentions.push(MentionRef { span, actor: a });
    }

    /// Takes back the organisation mentions inside `span`: in "U.S. military officials" the
    /// organisation only qualifies an unnamed source.
    ///
    /// Mentions are pushed in the order of the hits that made them, and every mention ends after
    /// the start of its hit, so an organisation inside `span` (whose hit starts in `span`) lies
    /// after the last mention that ends before `span`: the look-back stops there, and the cost is
    /// the few mentions in the phrase, not every mention so far.
    fn retract_orgs_within(&mut self, span: Span) {
        let actors = &mut self.cast.actors;
        let mentions = &mut self.cast.mentions;
        let mut i = mentions.len();
        while i > 0 {
            i -= 1;
            let m = mentions[i];
            if m.span.end <= span.start {
                break;
            }
            if span.contains(m.span) && actors[m.actor].kind == ActorKind::Organization {
                let own = &mut actors[m.actor].mentions;
                if let Some(k) = own.iter().rposition(|e| e.span == m.span) {
                    own.remove(k);
                }
                mentions.remove(i);
            }
        }
    }

    /// Later mentions of an unlisted person by surname alone ("Somertag said" after "Apostolic
    /// Nuncio Waldemar Somertag"), anywhere after the full name: a word-bounded, capitalised
    /// occurrence that no hit or mention covers. One memchr-speed search per surname, over the
    /// text after the person's first mention.
    fn repeat_surnames(&mut self, text: &str, hits: &[Hit]) {
        if self.surnames.is_empty() {
            return;
        }
        let mut taken: Vec<Span> = self.cast.mentions.iter().map(|m| m.span).collect();
        taken.sort_by_key(|s| s.start);
        // (surname's rank by its text, person, span): applied in that order, as the output has
        // always had it.
        let mut found: Vec<(usize, usize, Span)> = Vec::new();
        let mut surnames: Vec<(&str, usize)> =
            self.surnames.iter().map(|(s, a)| (*s, *a)).collect();
        surnames.sort_by(|x, y| x.0.cmp(y.0));
        // Each surname's search starts after its person's first mention, and the searches run
        // in text order: on a long text, one search's bytes are still in the cache for the
        // next one, where in order of the surnames' text each read a cold stretch.
        let mut searches: Vec<(usize, usize, &str, usize)> = surnames
            .iter()
            .enumerate()
            .map(|(rank, &(short, a))| {
                let from = self.cast.actors[a]
                    .mentions
                    .first()
                    .map_or(0, |m| m.span.end);
                (from, rank, short, a)
            })
            .collect();
        searches.sort_unstable_by_key(|s| (s.0, s.1));
        for (from, rank, short, a) in searches {
            // An article refers back to a person within a few thousand words: the search is
            // bounded, so a long text with many people stays linear.
            let to = text.len().min(from + SURNAME_REACH);
            // Each place the surname's first byte occurs, then the rest compared: building a
            // substring searcher for every surname costs more than the search over a few
            // thousand bytes it would save.
            let (needle, hay) = (short.as_bytes(), &text.as_bytes()[from..to]);
            let Some(&first) = needle.first() else {
                continue;
            };
            let mut next = 0;
            for off in memchr::memchr_iter(first, hay) {
                if off < next || !hay[off..].starts_with(needle) {
                    continue;
                }
                next = off + needle.len();
                let span = Span::new(from + off, from + off + short.len());
                if !crate::util::is_boundary(text, span.start)
                    || !crate::util::is_boundary(text, span.end)
                {
                    continue;
                }
                let overlaps = |spans: &[Span]| {
                    let i = spans.partition_point(|s| s.end <= span.start);
                    spans.get(i).is_some_and(|s| s.start < span.end)
                };
                let h = locate(hits, span.start + 1, |h| h.span.end);
                let hit_over = hits.get(h).is_some_and(|x| x.span.start < span.end);
                if overlaps(&taken) || hit_over {
                    continue;
                }
                found.push((rank, a, span));
            }
        }
        found.sort_unstable_by_key(|f| (f.0, f.2.start));
        for (_, a, span) in found {
            self.mention_of(a, span, text);
        }
    }

    fn finish(mut self, text: &str, locative: &WordList) -> Cast {
        let cast = &mut self.cast;
        cast.mentions
            .retain(|m| !cast.actors[m.actor].mentions.is_empty());
        // Drop actors left without mentions, renumbering the rest.
        let mut new_index = vec![usize::MAX; cast.actors.len()];
        let mut kept = 0;
        for (i, a) in cast.actors.iter().enumerate() {
            if !a.mentions.is_empty() {
                new_index[i] = kept;
                kept += 1;
            }
        }
        let mut i = 0;
        cast.genders.retain(|_| {
            i += 1;
            new_index[i - 1] != usize::MAX
        });
        cast.actors.retain(|a| !a.mentions.is_empty());
        for m in &mut cast.mentions {
            m.actor = new_index[m.actor];
        }
        cast.mentions.sort_by_key(|m| (m.span.start, m.span.end));
        // A country or organisation named only as a place ("in Singapore", "at NATO") is
        // where something happened, not an actor.
        cast.place_only = cast
            .actors
            .iter()
            .map(|a| {
                a.kind != ActorKind::Person
                    && a.mentions
                        .iter()
                        .all(|m| is_locative(text, m.span.start, locative))
            })
            .collect();
        for &a in &self.latent {
            if let Some(p) = new_index.get(a).and_then(|&n| cast.place_only.get_mut(n)) {
                *p = true;
            }
        }
        for &(e, _) in &self.demonyms {
            let actor = self
                .index
                .get(&entry_key(e))
                .and_then(|&a| new_index.get(a))
                .filter(|&&n| n != usize::MAX);
            if let (Ok(e), Some(&n)) = (u32::try_from(e), actor) {
                cast.demonyms.insert(e, n);
            }
        }
        // Unique ids: an unlisted or anonymous actor never takes a listed actor's id.
        // Counted by hash first, so that the usual article, with no clash, copies no id.
        let mut seen: FxMap<&str, usize> =
            FxMap::with_capacity_and_hasher(cast.actors.len(), Default::default());
        let mut renames: Vec<(usize, usize)> = Vec::new();
        for (i, a) in cast.actors.iter().enumerate() {
            let n = seen.entry(a.id.as_str()).or_insert(0);
            *n += 1;
            if *n > 1 {
                renames.push((i, *n));
            }
        }
        for (i, n) in renames {
            let a = &mut cast.actors[i];
            a.id = format!("{}-{}", a.id, n);
        }
        self.cast
    }
}

/// How far after a person's first mention their surname alone is looked for, in bytes.
const SURNAME_REACH: usize = 8 * 1024;

/// How many of the most recent actors an organisation's short name is matched against.
const RECENT_ACTORS: usize = 64;

/// Whether the mention starting at `start` follows a locative preposition ("in Singapore", "at
/// the Pentagon"). "to" and "from" are not counted: "spoke to China", "a request from China",
/// "according to China" name actors.
fn is_locative(text: &str, start: usize, locative: &WordList) -> bool {
    let (_, before) = window_before(text, start, 16);
    let prev = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    locative.contains(prev)
}

/// How far back [`phrase_start`] looks, in bytes.
const PHRASE_LOOKBACK: usize = 120;

/// Where the noun phrase ending at `end` starts: back over capitalised words, demonyms, "senior",
/// articles, possessives; stops at punctuation or a lower-case verb.
fn phrase_start(text: &str, end: usize, words: &Words) -> usize {
    let mut start = end;
    let mut count = 0;
    // A noun phrase is a few words: look back a bounded window so the cost stays constant.
    let (_, head) = window_before(text, end, PHRASE_LOOKBACK);
    for (off, w) in head.rsplit([' ', '\n', '\t', '\r']).scan(end, |pos, w| {
        let s = pos.saturating_sub(w.len());
        *pos = s.saturating_sub(1);
        Some((s, w))
    }) {
        if off == end && w.is_empty() {
            continue;
        }
        if count == 0 && w.is_empty() {
            continue;
        }
        let clean = trim_suffix(w.trim_end_matches(['\u{2019}', '\'']), "s\u{2019}");
        let ok = !w.is_empty()
            && !w.ends_with([',', ';', ':', '"', '\u{201D}', ')'])
            // A final "." ends a sentence unless the word is an abbreviation ("U.S.", "Gen.").
            && (!w.ends_with('.') || w[..w.len() - 1].contains('.') || (w.len() <= 4 && is_capitalized(w)))
            && (is_capitalized(w)
                || words.phrase_determiner.contains(clean)
                || words.phrase_word.contains(clean)
                || words.phrase_stop.contains(clean));
        if !ok || count >= 6 {
            break;
        }
        if words.phrase_stop.contains(clean) {
            break;
        }
        start = off;
        count += 1;
        if words.phrase_determiner.contains(clean) {
            break;
        }
    }
    start
}

/// The capitalised word that could be a first name right before byte `start`, one space away
/// ("Gordon Brown"): not a word of `not_first` (sentence openers, honorifics).
fn first_name_before<'t>(text: &'t str, start: usize, not_first: &WordList) -> Option<&'t str> {
    let (_, before) = window_before(text, start, 24);
    let before = before.strip_suffix(' ')?;
    let w = before
        .rsplit(|c: char| !(c.is_alphabetic() || c == '-'))
        .next()
        .unwrap_or("");
    (w.len() > 1
        && w.split('-').all(|p| {
            p.chars().next().is_some_and(char::is_uppercase)
                && p.chars().skip(1).all(char::is_lowercase)
        })
        && !not_first.contains(w))
    .then_some(w)
}

/// The country of the last entry of one of `kinds` among `hits` that starts at or after `start`:
/// the country a phrase before a title or body names ("the Chinese defense minister", "China's
/// foreign ministry").
fn phrase_country(
    hits: &[Hit],
    start: usize,
    g: &Gazetteer,
    kinds: &[EntryKind],
) -> Option<String> {
    hits.iter()
        .rev()
        .take_while(|h| h.span.start >= start)
        .find_map(|h| match h.tag {
            Tag::Entry { entry, .. } => {
                let e = &g.entries[entry as usize];
                kinds.contains(&e.kind).then(|| e.country.clone()).flatten()
            }
            _ => None,
        })
}

/// How far back a generic body ("the defense ministry") looks for the country it belongs to, in
/// bytes, when its phrase names none.
const INSTITUTION_REACH: usize = 600;

/// The country a hit names, when it is a country's name, alias, metonym or demonym.
fn hit_country(h: &Hit, g: &Gazetteer) -> Option<String> {
    match h.tag {
        Tag::Entry { entry, .. } => {
            let e = &g.entries[entry as usize];
            (e.kind == EntryKind::Country)
                .then(|| e.country.clone())
                .flatten()
        }
        _ => None,
    }
}

/// A person the gazetteer does not list, with the id `slug(name)`. Also the actor handed to
/// [`CastBuilder::mention`] for a key already in the cast, where it is never built.
fn unlisted_person(name: &str, country: Option<String>, title: Option<String>) -> Actor {
    named_person(slug(name), name, country, title)
}

/// [`unlisted_person`] with its id, `slug(name)`, made already.
fn named_person(id: String, name: &str, country: Option<String>, title: Option<String>) -> Actor {
    Actor {
        id,
        name: name.to_string(),
        kind: ActorKind::Person,
        country,
        anonymous: false,
        title,
        mentions: Vec::new(),
    }
}

/// The country a phrase names: the first country name, alias or demonym among the hits inside
/// `span` ("the Burundian government spokesman").
fn country_within(text: &str, hits: &[Hit], span: Span, g: &Gazetteer) -> Option<String> {
    let k = locate(hits, span.start, |h| h.span.start);
    hits[k..]
        .iter()
        .take_while(|h| h.span.start < span.end)
        .find_map(|h| match h.tag {
            Tag::Entry { entry, form }
                if matches!(form, Form::Name | Form::Alias | Form::Demonym)
                    && !is_locative_at(text, h.span.start) =>
            {
                let e = &g.entries[entry as usize];
                (e.kind == EntryKind::Country)
                    .then(|| e.country.clone())
                    .flatten()
            }
            _ => None,
        })
}

/// Whether the word before `pos` is "in" or "at": a place, not a nationality ("a student in
/// Lima").
fn is_locative_at(text: &str, pos: usize) -> bool {
    let (_, before) = window_before(text, pos, 4);
    before.ends_with(" in ") || before.ends_with(" at ")
}

#[cfg(test)]
mod tests {
    use crate::{Article, Day, Extractor};

    /// (text, publication date) → actor ids with the mention texts, in order.
    fn cast(text: &str, published: &str) -> Vec<(String, Vec<String>)> {
        let day: Day = published.parse().unwrap();
        Extractor::new()
            .extract(Article::new(text).published(day))
            .actors
            .into_iter()
            .map(|a| (a.id, a.mentions.into_iter().map(|m| m.text).collect()))
            .collect()
    }

    fn ids(text: &str, published: &str) -> Vec<String> {
        cast(text, published)
            .into_iter()
            .map(|(id, _)| id)
            .collect()
    }

    #[test]
    fn counterparts_resolve_by_role_country_and_date() {
        let cases: &[(&str, &str, &[&str])] = &[
            // Austin's Chinese counterpart in June 2023 was Li Shangfu; in April 2024 Dong Jun.
            (
                "Lloyd Austin met his Chinese counterpart on Friday.",
                "2023-06-03",
                &["lloyd-austin", "li-shangfu"],
            ),
            (
                "Lloyd Austin met his Chinese counterpart on Friday.",
                "2024-04-16",
                &["lloyd-austin", "dong-jun"],
            ),
            // "his counterpart in China" is one mention of the counterpart.
            (
                "Lloyd Austin spoke with his counterpart in China.",
                "2024-04-16",
                &["lloyd-austin", "dong-jun"],
            ),
            // A name right after the phrase resolves by itself.
            (
                "Lloyd Austin met his Chinese counterpart Dong Jun.",
                "2024-04-16",
                &["lloyd-austin", "dong-jun"],
            ),
            // No country in the phrase: not guessed.
            (
                "Lloyd Austin met his counterpart.",
                "2024-04-16",
                &["lloyd-austin"],
            ),
        ];
        for (text, day, want) in cases {
            assert_eq!(ids(text, day), *want, "{text:?} on {day}");
        }
    }

    #[test]
    fn places_and_qualifiers_are_not_actors() {
        let cases: &[(&str, &[&str])] = &[
            // Named only as a place.
            ("The ministers met in Singapore.", &[]),
            ("Ministers gathered in Brussels.", &[]),
            // "to" and "from" do not make a place: "spoke to China" names an actor.
            ("The minister spoke to China.", &["china"]),
            // Named as a place and as an actor: an actor.
            (
                "Singapore said it would host talks in Singapore.",
                &["singapore"],
            ),
            // An organisation that only qualifies an unnamed source.
            (
                "U.S. military officials said so.",
                &["us-military-officials"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(ids(text, "2024-01-10"), *want, "{text:?}");
        }
    }

    #[test]
    fn unnamed_sources_take_the_country_of_their_qualifier() {
        let doc = Extractor::new()
            .extract("U.S. military officials said so. A Chinese spokeswoman disagreed.");
        let anon: Vec<_> = doc
            .actors
            .iter()
            .filter(|a| a.anonymous)
            .map(|a| (a.id.as_str(), a.country.as_deref()))
            .collect();
        assert_eq!(
            anon,
            [
                ("us-military-officials", Some("USA")),
                ("chinese-spokeswoman", Some("CHN"))
            ]
        );
    }

    #[test]
    fn short_forms_and_possessives() {
        let got = cast(
            "Li Shangfu arrived. Li’s aides and China's envoy waited. Li spoke.",
            "2023-06-03",
        );
        assert_eq!(
            got[0],
            (
                "li-shangfu".to_string(),
                vec!["Li Shangfu".into(), "Li".into(), "Li".into()]
            )
        );
        assert_eq!(got[1].0, "china");
        // "Li" alone is shared by many listed people: unresolved.
        assert!(ids("Li spoke.", "2023-06-03").is_empty());
    }

    #[test]
    fn a_first_name_we_do_not_list_makes_a_short_form_someone_else() {
        for (text, want) in [
            // Another Blair, here and in the rest of the article: a person we do not list.
            ("Tony Blair spoke. Mr Blair left.", vec!["tony-blair"]),
            // Sentence openers, honorifics and titles are no first names.
            (
                "When Austin met Dong Jun, they talked.",
                vec!["lloyd-austin", "dong-jun"],
            ),
            ("Secretary Austin spoke.", vec!["lloyd-austin"]),
            ("Mr Austin spoke.", vec!["lloyd-austin"]),
            // The person's own first name, by name or alias.
            ("Joseph Biden spoke.", vec!["joe-biden"]),
            ("Lloyd Austin spoke. Austin left.", vec!["lloyd-austin"]),
        ] {
            assert_eq!(ids(text, "2023-06-03"), want, "{text}");
        }
    }

    #[test]
    fn first_names_before_a_position() {
        let not_first =
            crate::knowledge::lexicon::Lexicon::bundled().words("function", "not_first_name");
        for (text, want) in [
            ("Gordon Brown", Some("Gordon")),
            ("said Jean-Yves Brown", Some("Jean-Yves")),
            ("When Brown", None),
            ("Mr Brown", None),
            ("U.S. Brown", None),
            ("BBC Brown", None),
            ("Brown", None),
            ("Gordon  Brown", None),
        ] {
            let at = text.rfind("Brown").unwrap();
            assert_eq!(
                super::first_name_before(text, at, &not_first),
                want,
                "{text}"
            );
        }
    }
}
