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

use std::collections::HashMap;

use crate::gazetteer::{Entry, EntryKind, Gazetteer, Gender};
use crate::model::{Actor, ActorKind, Day, Excerpt, Span};
use crate::scan::{Form, Hit, Tag};
use crate::util::{is_capitalized, slug};

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
}

impl Cast {
    /// Mentions lying inside `span`.
    pub(crate) fn within(&self, span: Span) -> &[MentionRef] {
        let a = self.mentions.partition_point(|m| m.span.start < span.start);
        let b = self.mentions.partition_point(|m| m.span.start < span.end);
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
        let end = self.mentions.partition_point(|m| m.span.end <= pos);
        self.mentions[..end]
            .iter()
            .rev()
            .take_while(|m| m.span.start >= floor)
            .find(|m| {
                let a = &self.actors[m.actor];
                if plural {
                    a.kind != ActorKind::Person
                } else {
                    a.kind == ActorKind::Person
                        && (gender.is_none()
                            || self.genders[m.actor].is_none()
                            || self.genders[m.actor] == gender)
                }
            })
            .map(|m| m.actor)
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
        let end = self.mentions.partition_point(|m| m.span.end <= pos);
        self.mentions[..end]
            .iter()
            .rev()
            .take_while(|m| m.span.start >= floor)
            .find(|m| accept(&self.actors[m.actor]))
            .map(|m| m.actor)
    }
}

/// What resolution needs from the gazetteer, indexed once at build time.
#[derive(Clone, Debug)]
pub(crate) struct Resolver {
    /// How many entries share each short form.
    short_owners: HashMap<String, usize>,
    /// country code -> the entry index of the country.
    countries: HashMap<String, usize>,
}

impl Resolver {
    pub(crate) fn new(g: &Gazetteer) -> Resolver {
        let mut short_owners: HashMap<String, usize> = HashMap::new();
        let mut countries = HashMap::new();
        for (i, e) in g.entries.iter().enumerate() {
            for s in &e.shorts {
                *short_owners.entry(s.clone()).or_default() += 1;
            }
            if e.kind == EntryKind::Country {
                if let Some(c) = &e.country {
                    countries.entry(c.clone()).or_insert(i);
                }
            }
        }
        Resolver {
            short_owners,
            countries,
        }
    }

    /// Resolves the gazetteer hits of one article.
    pub(crate) fn resolve(
        &self,
        text: &str,
        hits: &[Hit],
        g: &Gazetteer,
        anchor: Option<Day>,
    ) -> Cast {
        let mut b = CastBuilder::default();
        let mut seen_full: Vec<bool> = Vec::new();
        seen_full.resize(g.entries.len(), false);
        // Group hits by span: one span may carry several tags.
        let mut i = 0;
        let mut covered = 0;
        while i < hits.len() {
            let span = hits[i].span;
            let mut j = i;
            while j < hits.len() && hits[j].span == span {
                j += 1;
            }
            let group = &hits[i..j];
            i = j;
            if span.start < covered {
                continue;
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
                    seen_full[e] = true;
                    b.mention(entry_key(e), || actor_of(entry), entry.gender, span, text);
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
                cands.iter().copied().find(|&e| seen_full[e]).or_else(|| {
                    let e = cands[0];
                    (cands.len() == 1 && self.short_owners.get(&text[span.range()]) == Some(&1))
                        .then_some(e)
                })
            });
            if let Some(e) = short {
                let entry = &g.entries[e];
                b.mention(entry_key(e), || actor_of(entry), entry.gender, span, text);
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
            }
        }
        b.finish()
    }

    /// Handles a title hit at `span` (hits from `next` on follow it). Returns how far it consumed.
    #[allow(clippy::too_many_arguments)]
    fn title(
        &self,
        text: &str,
        hits: &[Hit],
        next: usize,
        t: usize,
        span: Span,
        g: &Gazetteer,
        anchor: Option<Day>,
        b: &mut CastBuilder,
    ) -> usize {
        let entry = &g.entries[t];
        let title_text = &text[span.range()];
        // The country the phrase names: a country/demonym hit just before the title (or a
        // country-specific title).
        let before = phrase_start(text, span.start);
        let country = hits[..next]
            .iter()
            .rev()
            .take_while(|h| h.span.start >= before)
            .find_map(|h| match h.tag {
                Tag::Entry { entry, .. } => {
                    let e = &g.entries[entry as usize];
                    matches!(e.kind, EntryKind::Country | EntryKind::Org)
                        .then(|| e.country.clone())
                        .flatten()
                }
                _ => None,
            })
            .or_else(|| entry.roles.iter().find_map(|r| r.country.clone()));
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
        if let Some(name) = unlisted_name(text, span.end, hits.get(next).map(|h| h.span.start)) {
            {
                let id = slug(&text[name.range()]);
                let title = Some(title_text.to_string());
                let c = country.clone();
                let gender = entry.gender;
                b.mention(
                    Key::Named(id.clone()),
                    || Actor {
                        id,
                        name: text[name.range()].to_string(),
                        kind: ActorKind::Person,
                        country: c,
                        anonymous: false,
                        title,
                        mentions: Vec::new(),
                    },
                    gender,
                    name,
                    text,
                );
                return name.end;
            }
        }
        if entry.generic {
            // "a senior US defence official": an anonymous source.
            let start = phrase_start(text, span.start);
            let phrase = Span::new(start, span.end);
            let words: Vec<&str> = text[phrase.range()].split_whitespace().collect();
            let has_det = words.first().is_some_and(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "a" | "an"
                        | "the"
                        | "another"
                        | "one"
                        | "two"
                        | "three"
                        | "several"
                        | "some"
                        | "senior"
                )
            });
            if !has_det && country.is_none() {
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
            let c = country.clone();
            b.mention(
                Key::Named(format!("anon:{id}")),
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
                let holder = g.entries.iter().position(|p| {
                    p.kind == EntryKind::Person
                        && p.roles.iter().any(|r| {
                            r.role == role && r.country.as_deref() == Some(cc) && r.held_on(day)
                        })
                });
                if let Some(p) = holder {
                    let start = phrase_start(text, span.start);
                    let lead = text[start..span.start]
                        .split_whitespace()
                        .next()
                        .unwrap_or("");
                    if matches!(lead.to_ascii_lowercase().as_str(), "the") {
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
        let _ = &self.countries;
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
struct CastBuilder {
    index: HashMap<Key, usize>,
    cast: Cast,
    /// A title seen right before a listed person: (entry, title).
    pending_title: Option<(usize, String)>,
}

impl CastBuilder {
    fn mention(
        &mut self,
        key: Key,
        make: impl FnOnce() -> Actor,
        gender: Option<Gender>,
        span: Span,
        text: &str,
    ) {
        let n = self.cast.actors.len();
        let a = *self.index.entry(key.clone()).or_insert(n);
        if a == n {
            self.cast.actors.push(make());
            self.cast.genders.push(gender);
        }
        if let (Key::Entry(e), Some((pe, title))) = (&key, self.pending_title.take()) {
            if *e == pe && self.cast.actors[a].title.is_none() {
                self.cast.actors[a].title = Some(title);
            }
        }
        self.cast.actors[a].mentions.push(Excerpt::new(text, span));
        self.cast.mentions.push(MentionRef { span, actor: a });
    }

    fn finish(mut self) -> Cast {
        self.cast
            .mentions
            .sort_by_key(|m| (m.span.start, m.span.end));
        // Unique ids: an unlisted or anonymous actor never takes a listed actor's id.
        let mut seen: HashMap<String, usize> = HashMap::new();
        for a in &mut self.cast.actors {
            let n = seen.entry(a.id.clone()).or_insert(0);
            *n += 1;
            if *n > 1 {
                a.id = format!("{}-{}", a.id, n);
            }
        }
        self.cast
    }
}

/// Where the noun phrase ending at `end` starts: back over capitalised words, demonyms, "senior",
/// articles, possessives; stops at punctuation or a lower-case verb.
fn phrase_start(text: &str, end: usize) -> usize {
    let mut start = end;
    let mut count = 0;
    let head = &text[..end];
    for (off, w) in head.rsplit(' ').scan(end, |pos, w| {
        let s = *pos - w.len();
        *pos = s.saturating_sub(1);
        Some((s, w))
    }) {
        if off == end && w.is_empty() {
            continue;
        }
        if count == 0 && w.is_empty() {
            continue;
        }
        let clean = w
            .trim_end_matches(['\u{2019}', '\''])
            .trim_end_matches("s\u{2019}");
        let lw = clean.to_ascii_lowercase();
        let ok = !w.is_empty()
            && !w.ends_with([',', '.', ';', ':', '"', '\u{201D}', ')'])
            && (is_capitalized(w)
                || matches!(
                    lw.as_str(),
                    "a" | "an"
                        | "the"
                        | "another"
                        | "senior"
                        | "top"
                        | "former"
                        | "deputy"
                        | "chief"
                        | "military"
                        | "defense"
                        | "defence"
                        | "foreign"
                        | "government"
                        | "ministry"
                        | "administration"
                        | "one"
                        | "two"
                        | "three"
                        | "several"
                        | "some"
                        | "high-ranking"
                        | "unnamed"
                        | "said"
                        | "state"
                        | "affairs"
                        | "national"
                        | "security"
                ));
        if !ok || count >= 6 {
            break;
        }
        if matches!(lw.as_str(), "said") {
            break;
        }
        start = off;
        count += 1;
        if matches!(lw.as_str(), "a" | "an" | "the" | "another") {
            break;
        }
    }
    start
}

/// A capitalised name of one to three words right after a title, not itself a known hit.
fn unlisted_name(text: &str, after: usize, next_hit: Option<usize>) -> Option<Span> {
    let rest = &text[after..];
    let lead = rest.len() - rest.trim_start_matches(' ').len();
    if lead != 1 {
        return None;
    }
    let start = after + lead;
    if next_hit == Some(start) {
        return None;
    }
    let mut end = start;
    let mut words = 0;
    for w in text[start..].split(' ') {
        let core = w
            .trim_end_matches([',', '.', ';', ':', ')', '\u{2019}', '\''])
            .trim_end_matches("'s")
            .trim_end_matches("\u{2019}s");
        if core.is_empty()
            || !is_capitalized(core)
            || !core.chars().all(|c| c.is_alphabetic() || c == '-')
            || words == 3
        {
            break;
        }
        if matches!(
            core,
            "The" | "He" | "She" | "It" | "They" | "On" | "In" | "And" | "But" | "Said"
        ) {
            break;
        }
        end = start + (w.as_ptr() as usize - text[start..].as_ptr() as usize) + core.len();
        words += 1;
        if core.len() != w.len() {
            break;
        }
    }
    // A single word could be a place or an organisation; require two words.
    (words >= 2).then(|| Span::new(start, end))
}
