//! Meetings and refusals: who met, talked to or refused whom, whether it happened, when, where.
//!
//! This module owns contact events. It reads the scan's cue words (rows of `data/lexicon.tsv`:
//! meeting triggers, modes, status cues, refusal cues, refused things, "the two", group nouns,
//! "counterpart", light verbs and clause boundaries) sentence by sentence, and looks only at a
//! bounded window of text around each cue, so the work is linear in the input.
//!
//! For a meeting trigger it takes the **participants** from the trigger's frame: the subject of
//! its clause ("Austin and Li Shangfu shook hands", "the duo did not hold", "senior U.S. and
//! Chinese defense officials held talks", "Defense chiefs from China and US met"), its direct
//! object or "with X" ("met China's foreign affairs chief Wang Yi", "spoke with his Chinese
//! counterpart Dong Jun"), or "between X and Y"; pronouns resolve through the [`Cast`], "the two"
//! stands for the last two people named, "both countries" for the last two countries, "his Chinese
//! counterpart" for the nearest person of that country, "top Chinese generals" for China. The
//! **status** comes from the nearest status cue before the trigger in its clause ("will",
//! "invited", "unable", "did not"), a cancellation later in the sentence, or a refusal of it; the
//! **format** from the trigger or a mode cue ("via video teleconference", "arrived in"); the
//! **date** from the first date expression after the trigger in its clause, else the nearest
//! before (never one attached to a speech verb: "officials said Friday"); the **location** from
//! "in PLACE".
//!
//! A refusal cue ("rejected", "declined", "turned down") with a request, invitation, proposal,
//! meeting, call or channel as its object (or no object: "However, China declined.") makes a
//! refusal: the refuser is the cue's subject, the requester comes from "a request by X", "X's
//! request", "his request" or the earlier invitation it answers, and a meeting named in the
//! object ("a request for a meeting with Li Shangfu") or proposed just before becomes a refused
//! meeting linked to it.
//!
//! One event, one record: mentions of the same meeting (same status, compatible participants, no
//! conflicting dates: a country stands for its own people) merge, and so do mentions of the same
//! refusal, each keeping every evidence span.

use crate::actors::resolve::Cast;
use crate::knowledge::gazetteer::{EntryKind, Gazetteer, Gender};
use crate::knowledge::lexicon::Lexicon;
use crate::model::{
    ActorKind, Cameo, Date, DateKind, Excerpt, Meeting, MeetingFormat, MeetingStatus, Plover,
    PloverMode, Refusal, Span, Statement, StatementKind,
};
use crate::scan::{Form, Hit, Scan, Tag};
use crate::syntax::segment::title_case;
use crate::syntax::{Complements, Member, NounPhrase, Reading};
use crate::util::{between, contains_any, is_capitalized, word_count, FxMap, FxSet, WordList};

/// How far (in bytes) a clause reaches from a cue, either way.
const REACH: usize = 240;
/// How far before a trigger a status cue may be.
const STATUS_REACH: usize = 90;
/// How far back pronouns, "the two" and "counterpart" look for who they stand for.
const LOOKBACK: usize = 2000;
/// How far ahead "his Chinese counterpart" looks for a name.
const LOOKAHEAD: usize = 1200;
/// How many records a new record is compared with when merging.
const MERGE_WINDOW: usize = 32;
/// How many sentences apart a held contact of a country and one of that country's people merge.
const NEAR_SENTENCES: usize = 8;
/// How many sentences back an answer ("However, China declined.") looks for what it answers.
const ANSWER_SENTENCES: usize = 2;

/// How a meeting trigger takes its participants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    /// A verb: subject plus direct object or "with X".
    Verb,
    /// A noun: "with X", "between X and Y", and the clause subject after a light verb.
    Noun,
    /// A contact verb whose direct object is a topic ("discussed Taiwan"): subject and "with X".
    Topic,
    /// A visit (CAMEO 042).
    Visit,
    /// Hosting a visit (CAMEO 043).
    Host,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    Meeting(MeetingFormat, Part),
    Mode(MeetingFormat),
    Status(MeetingStatus),
    Refuse,
    /// An act that refuses only under a negated modal of will: "would not pay".
    Act,
    /// Something that can be refused: a request or offer (`true`), or a term or agreement.
    Thing(bool),
    Speech,
    Pronoun(Option<Gender>, bool),
    Pair(bool),
    Group,
    Counterpart,
    Generic,
    Light,
    Boundary,
}

fn format_of(tag: &str) -> MeetingFormat {
    match tag.split('.').next() {
        Some("video") => MeetingFormat::Video,
        Some("phone") => MeetingFormat::Phone,
        Some("in_person") => MeetingFormat::InPerson,
        _ => MeetingFormat::Unknown,
    }
}

/// The event detector: what each lexicon row means to it.
#[derive(Clone, Debug)]
pub(crate) struct Events {
    cues: Vec<Option<Cue>>,
    /// Prepositions after which a name is a place or a modifier, not a party.
    place_prep: WordList,
    /// Capitalised words that start no place name.
    not_place: WordList,
    /// Possessive pronouns, never parties themselves ("his counterpart").
    possessive: WordList,
    /// Verbs after "declined to" that refuse no request ("comment", "be named").
    not_refused_action: WordList,
    /// Gazetteer entries that are titles: in the plural ("defence ministers") they are group
    /// nouns, like "officials".
    titles: FxSet<u32>,
}

impl Events {
    pub(crate) fn new(lex: &Lexicon, g: &Gazetteer) -> Events {
        let cues = lex
            .rows
            .iter()
            .map(|r| match r.class.as_str() {
                "meeting" => Some(Cue::Meeting(
                    format_of(&r.tag),
                    match r.tag.split('.').nth(1) {
                        Some("noun") => Part::Noun,
                        Some("visit") => Part::Visit,
                        Some("host") => Part::Host,
                        Some("topic") => Part::Topic,
                        _ => Part::Verb,
                    },
                )),
                "meeting_mode" => Some(Cue::Mode(format_of(&r.tag))),
                "status" => Some(Cue::Status(match r.tag.as_str() {
                    "planned" => MeetingStatus::Planned,
                    "proposed" => MeetingStatus::Proposed,
                    "cancelled" => MeetingStatus::Cancelled,
                    _ => MeetingStatus::NotHeld,
                })),
                "refusal" if r.tag == "negated" => Some(Cue::Act),
                "refusal" => Some(Cue::Refuse),
                "refused_thing" => Some(Cue::Thing(r.tag == "ask")),
                "speech" if r.tag == "verb" => Some(Cue::Speech),
                "pronoun" | "pronoun_oblique" => {
                    r.pronoun_gender().map(|g| Cue::Pronoun(g, g.is_none()))
                }
                "meeting_pair" => Some(Cue::Pair(r.tag == "persons")),
                "meeting_group" => Some(Cue::Group),
                "counterpart" => Some(Cue::Counterpart),
                "meeting_generic" => Some(Cue::Generic),
                "meeting_light" => Some(Cue::Light),
                "clause" => Some(Cue::Boundary),
                _ => None,
            })
            .collect();
        let w = |tag| lex.words("function", tag);
        Events {
            cues,
            place_prep: w("place_prep"),
            not_place: w("not_place"),
            possessive: w("possessive"),
            not_refused_action: w("not_refused_action"),
            titles: g
                .entries
                .iter()
                .enumerate()
                .filter(|(_, e)| e.kind == EntryKind::Title)
                .filter_map(|(i, _)| u32::try_from(i).ok())
                .collect(),
        }
    }

    fn cue(&self, h: &Hit) -> Option<Cue> {
        match h.tag {
            Tag::Word(i) => self.cues.get(usize::from(i)).copied().flatten(),
            _ => None,
        }
    }

    /// The meetings and refusals of the article `reading` reads.
    pub(crate) fn detect(
        &self,
        scan: &Scan,
        cast: &Cast,
        dates: &[Date],
        reading: &Reading,
        statements: &[Statement],
    ) -> (Vec<Meeting>, Vec<Refusal>) {
        // Every record starts at a meeting or refusal cue: without one, there is nothing to read.
        let triggered = scan
            .hits
            .iter()
            .any(|h| matches!(self.cue(h), Some(Cue::Meeting(..) | Cue::Refuse | Cue::Act)));
        if !triggered {
            return (Vec::new(), Vec::new());
        }
        let (text, sentences) = (reading.text(), reading.sentences());
        let mut cx = Ctx::new(self, text, &scan.hits, cast, dates, reading);
        // Who speaks in each quote: "I" and "we" inside it are the speaker.
        let by_id: FxMap<&str, usize> = cast
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_str(), i))
            .collect();
        cx.voices = statements
            .iter()
            .filter_map(|st| {
                Some(Voice {
                    span: st.span,
                    speaker: *by_id.get(st.speaker.as_deref()?)?,
                    reported: st.kind == StatementKind::Indirect,
                })
            })
            .collect();
        cx.voices
            .sort_unstable_by_key(|v| (v.span.start, v.span.end));
        let mut raws: Vec<Raw> = Vec::new();
        let mut refs: Vec<RawRefusal> = Vec::new();
        for (si, s) in sentences.iter().enumerate() {
            cx.sentence(si, s.span, &mut raws, &mut refs);
        }
        cx.finish(raws, refs)
    }
}

/// A party in a trigger's frame: a mention, a pronoun, "the two", a counterpart or a group.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Party {
    span: Span,
    actors: Vec<usize>,
}

/// One mention of a meeting, before merging.
#[derive(Clone, Debug)]
struct Raw {
    parts: Vec<usize>,
    status: MeetingStatus,
    format: MeetingFormat,
    part: Part,
    date: Option<Date>,
    location: Option<Span>,
    evidence: Span,
    /// The sentence it is in.
    sent: usize,
    /// A plan told in the past ("was scheduled to meet"), whose outcome may follow.
    past_plan: bool,
}

/// One mention of a refusal, before merging.
#[derive(Clone, Debug)]
struct RawRefusal {
    refuser: usize,
    requester: Option<usize>,
    object: Span,
    /// Whether it refuses a meeting, talks, a call or a channel (CAMEO 125).
    contact: bool,
    meeting: Option<usize>,
    same_as: Option<usize>,
    /// An answer without an object ("China declined."), kept only when it answers something.
    bare: bool,
    /// Whether the object refers back ("the request", "that").
    anaphoric: bool,
    date: Option<Date>,
    evidence: Span,
    sent: usize,
}

struct Ctx<'a> {
    ev: &'a Events,
    text: &'a str,
    /// The clause layer: a trigger's frame gives its subject.
    reading: &'a Reading<'a>,
    hits: &'a [Hit],
    cast: &'a Cast,
    dates: &'a [Date],
    /// Indices of `dates` of kind date, by start.
    date_order: Vec<usize>,
    /// The spans of all temporal expressions, by start.
    time_spans: Vec<Span>,
    /// Gazetteer entry -> the cast actor it names (demonyms find their country through it).
    entry_actor: FxMap<u32, usize>,
    /// Country code -> the cast's country actor.
    country_actor: FxMap<&'a str, usize>,
    /// The statements, by start.
    voices: Vec<Voice>,
}

/// A statement as the meeting reader sees it: who speaks where.
struct Voice {
    span: Span,
    speaker: usize,
    /// Reported speech ("Vucic stated that he would not ..."), not a quotation.
    reported: bool,
}

impl<'a> Ctx<'a> {
    fn new(
        ev: &'a Events,
        text: &'a str,
        hits: &'a [Hit],
        cast: &'a Cast,
        dates: &'a [Date],
        reading: &'a Reading<'a>,
    ) -> Ctx<'a> {
        let mut entry_actor = FxMap::default();
        for m in &cast.mentions {
            let a = hits.partition_point(|h| h.span.start < m.span.start);
            for h in hits[a..]
                .iter()
                .take_while(|h| h.span.start == m.span.start)
            {
                if let Tag::Entry { entry, form } = h.tag {
                    if h.span == m.span && form != Form::Demonym {
                        entry_actor.entry(entry).or_insert(m.actor);
                    }
                }
            }
        }
        // A country named only by its demonym is still the actor its demonym stands for.
        for (&e, &a) in &cast.demonyms {
            entry_actor.entry(e).or_insert(a);
        }
        let mut country_actor = FxMap::default();
        for (i, a) in cast.actors.iter().enumerate() {
            if a.kind == ActorKind::Country {
                if let Some(c) = &a.country {
                    country_actor.entry(c.as_str()).or_insert(i);
                }
            }
        }
        let mut date_order: Vec<usize> = (0..dates.len())
            .filter(|&i| dates[i].kind == DateKind::Date)
            .collect();
        date_order.sort_by_key(|&i| dates[i].span.start);
        let mut time_spans: Vec<Span> = dates.iter().map(|d| d.span).collect();
        time_spans.sort_unstable();
        Ctx {
            ev,
            text,
            reading,
            hits,
            cast,
            dates,
            date_order,
            time_spans,
            entry_actor,
            country_actor,
            voices: Vec::new(),
        }
    }

    fn hits_in(&self, a: usize, b: usize) -> &'a [Hit] {
        let i = self.hits.partition_point(|h| h.span.start < a);
        let j = self.hits.partition_point(|h| h.span.start < b);
        &self.hits[i..j.max(i)]
    }

    fn cue(&self, h: &Hit) -> Option<Cue> {
        self.ev.cue(h)
    }

    fn country(&self, a: usize) -> Option<&'a str> {
        self.cast.actors.get(a).and_then(|x| x.country.as_deref())
    }

    /// What an actor stands for as a party: an anonymous official stands for the country.
    fn stand_for(&self, a: usize) -> usize {
        let actor = &self.cast.actors[a];
        if actor.anonymous {
            if let Some(&c) = actor
                .country
                .as_deref()
                .and_then(|c| self.country_actor.get(c))
            {
                return c;
            }
        }
        a
    }

    /// Whether `h` is a title in the plural ("defence ministers"): a group noun.
    fn plural_title(&self, h: &Hit) -> bool {
        matches!(h.tag, Tag::Entry { entry, .. } if self.ev.titles.contains(&entry))
            && self.text[h.span.range()].ends_with('s')
    }

    fn is_group_word_at(&self, start: usize, end: usize) -> bool {
        self.hits_in(start, end)
            .iter()
            .any(|h| h.span.end == end && self.cue(h) == Some(Cue::Group))
    }

    /// Whether the mention at global index `i` can be a party of a frame around `trig`.
    fn usable(&self, i: usize, trig: Span) -> bool {
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
    fn parties(&self, a: usize, b: usize, trig: Span) -> Vec<Party> {
        let mut out: Vec<Party> = Vec::new();
        let i0 = self.cast.mentions.partition_point(|m| m.span.start < a);
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
                    let actors = self.pair(h.span.start, persons);
                    if actors.len() == 2 {
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
    fn dated(&self, s: Span) -> bool {
        let i = self.time_spans.partition_point(|t| t.start < s.end);
        self.time_spans[..i]
            .iter()
            .rev()
            .take(4)
            .any(|t| t.end > s.start)
    }

    fn inside_mention(&self, s: Span) -> bool {
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
    fn pair(&self, pos: usize, persons: bool) -> Vec<usize> {
        let end = self.cast.mentions.partition_point(|m| m.span.end <= pos);
        let floor = pos.saturating_sub(LOOKBACK);
        let mut out: Vec<usize> = Vec::new();
        let mut codes: Vec<&str> = Vec::new();
        for m in self.cast.mentions[..end]
            .iter()
            .rev()
            .take_while(|m| m.span.start >= floor)
        {
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

    /// "his Chinese counterpart", "his counterpart in China": the nearest person of the other
    /// side. None when a name follows ("his counterpart Dong Jun": the name is the party).
    fn counterpart(&self, h: &Hit, trig: Span) -> Option<Party> {
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
        let i = self
            .cast
            .mentions
            .partition_point(|m| m.span.start < h.span.end);
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
    fn may_have_parties(&self, sent: Span) -> bool {
        let m = self
            .cast
            .mentions
            .partition_point(|m| m.span.start < sent.start);
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
    fn np_parties(&self, np: &NounPhrase, trig: Span) -> Vec<usize> {
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
        self.parties_in(np.span.start, np.span.end, trig)
    }

    /// The innermost statement around `s`, if any.
    fn voice_at(&self, s: Span) -> Option<&Voice> {
        let i = self.voices.partition_point(|v| v.span.start <= s.start);
        self.voices[..i]
            .iter()
            .rev()
            .take(4)
            .find(|v| v.span.end >= s.end)
    }

    /// The actors of the parties named in `a..b`, each once, in text order.
    fn parties_in(&self, a: usize, b: usize, trig: Span) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for p in self.parties(a, b, trig) {
            extend_unique(&mut out, p.actors);
        }
        out
    }

    /// The parties of a subject and the phrases coordinated before it ("Senior Japanese and
    /// Indian officials", "X, Y and Z met"), in text order.
    fn subject_parties(&self, np: NounPhrase, trig: Span) -> Vec<usize> {
        let before = self.reading.conjuncts_before(np);
        let Some(first) = before.last() else {
            return self.np_parties(&np, trig);
        };
        self.parties_in(first.span.start, np.span.end, trig)
    }

    /// The trigger's "between" (0) or "with" (1) phrase among its prepositional phrases, not
    /// past one that holds another trigger ("met X before an audience with Y": "with Y" is
    /// the audience's).
    fn partner_phrase<'c>(&self, comp: &'c Complements) -> Option<(usize, &'c [Member])> {
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
    fn member_parties(&self, members: &[Member], trig: Span) -> Vec<Vec<usize>> {
        let mut alts: Vec<Vec<usize>> = vec![Vec::new()];
        for m in members {
            let ps = self.np_parties(&m.phrase, trig);
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
        alts
    }

    /// The parties of the trigger at `trig`: its subject's (and those coordinated with it),
    /// and the alternatives for the other side, from its object or its "with" / "between"
    /// phrase. `None` when the frame names nobody to meet.
    fn participants(
        &self,
        trig: Span,
        fmt: MeetingFormat,
        part: Part,
        clause_start: usize,
    ) -> Option<(Vec<usize>, Vec<Vec<usize>>)> {
        let form = self.text.get(trig.range())?;
        let comp = self.reading.complements(trig);
        // "Erdogan's visit to Iraq", "Lula's call with Xi": a possessor before the trigger
        // is its subject, and "to", "with" or "between" names the other side.
        let own = self
            .reading
            .phrase_ending_at(trig.end)
            .map(|(np, _)| np)
            .filter(|np| np.head.end == trig.end && np.head.start <= trig.start);
        if let Some(who) = own.and_then(|np| np.possessor) {
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
            needs_subject = alts.first().is_none_or(|g| g.len() < 2);
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
                    if fmt == MeetingFormat::Phone && comp.double {
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
            // "They last met in Kyiv": a plural pronoun meeting nobody named is the last two
            // people (or countries) named.
            let reciprocal = part != Part::Noun
                && np.is_some_and(|np| np.pronoun.is_some_and(|a| a.plural))
                && alts.iter().all(Vec::is_empty);
            if let (true, Some(np)) = (reciprocal, np) {
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
        }
        if subj.is_empty() && alts.is_empty() {
            return None;
        }
        if alts.is_empty() {
            alts.push(Vec::new());
        }
        Some((subj, alts))
    }

    /// The other side of a trigger inside a refused thing, before byte `end`: its object, or
    /// its "with" / "between" phrase ("refused to meet [Xi]", "a request for a meeting [with
    /// Li Shangfu]").
    fn other_side(&self, t: Span, part: Part, end: usize) -> Vec<usize> {
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
    fn definite(&self, trig: Span) -> bool {
        let lead = self.text[..trig.start].trim_end();
        let w = lead.rsplit(char::is_whitespace).next().unwrap_or("");
        ["the", "this", "that"]
            .iter()
            .any(|d| d.eq_ignore_ascii_case(w))
    }

    /// The status of the meeting triggered at `trig`.
    fn status(&self, trig: Span, part: Part, clause_start: usize, sent: Span) -> MeetingStatus {
        let lo = clause_start.max(trig.start.saturating_sub(STATUS_REACH));
        let mut status = MeetingStatus::Held;
        let mut prev_end: Option<(MeetingStatus, usize)> = None;
        for h in self.hits_in(lo, trig.start) {
            if h.span.end <= trig.start {
                if let Some(Cue::Status(st)) = self.cue(h) {
                    // "is not expected to meet": a negated plan or wish is no meeting.
                    let negated = matches!(prev_end, Some((MeetingStatus::NotHeld, e))
                        if word_count(between(self.text, e, h.span.start), 2) <= 1);
                    status = if negated
                        && matches!(st, MeetingStatus::Planned | MeetingStatus::Proposed)
                    {
                        MeetingStatus::NotHeld
                    } else {
                        st
                    };
                    prev_end = Some((st, h.span.end));
                }
            }
        }
        // The verb that governs a noun's phrase beats an adjective inside it: "called off a
        // planned summit" is cancelled, "requested an urgent meeting" proposed. A trigger of
        // several words ("meeting with") heads its phrase with its first.
        let head_end = self.text[trig.range()]
            .find(' ')
            .map_or(trig.end, |i| trig.start + i);
        if let Some((np, Some(g))) = self.reading.phrase_ending_at(head_end) {
            let gov = self
                .hits_in(g.start.saturating_sub(24), np.span.start)
                .iter()
                .filter(|h| h.span.end == g.end || h.span.start == g.start)
                .find_map(|h| match self.cue(h) {
                    Some(Cue::Status(st)) if st != MeetingStatus::NotHeld => Some(st),
                    _ => None,
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
                if let Some(st) = st {
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
                        && self.text[h.span.range()].starts_with("sched") =>
                {
                    status = MeetingStatus::Planned;
                }
                _ => {}
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

    /// The format: a video or phone mode cue in the clause, else the trigger's, else an
    /// in-person cue or a place.
    fn format(&self, trig_format: MeetingFormat, a: usize, b: usize, place: bool) -> MeetingFormat {
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
    fn after_speech(&self, pos: usize) -> bool {
        self.hits_in(pos.saturating_sub(24), pos).iter().any(|h| {
            self.cue(h) == Some(Cue::Speech)
                && between(self.text, h.span.end, pos)
                    .split_whitespace()
                    .count()
                    <= 2
        })
    }

    /// The date of an event at `trig` in the clause `a..b`: the first date after it, else the
    /// nearest before; none attached to a speech verb.
    fn date(&self, trig: Span, a: usize, b: usize) -> Option<Date> {
        let i = self
            .date_order
            .partition_point(|&d| self.dates[d].span.start < a);
        let mut best_before: Option<usize> = None;
        for &d in &self.date_order[i..] {
            let s = self.dates[d].span;
            if s.end > b {
                break;
            }
            if self.after_speech(s.start) {
                continue;
            }
            if s.start >= trig.end {
                return Some(self.dates[d].clone());
            }
            if s.end <= trig.start {
                best_before = Some(d);
            }
        }
        best_before.map(|d| self.dates[d].clone())
    }

    /// "in Singapore": a capitalised place after " in " in the clause (after the trigger first).
    fn location(&self, trig: Span, a: usize, b: usize) -> Option<Span> {
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
    fn place(&self, s: usize, end: usize) -> Option<Span> {
        let i = self.cast.mentions.partition_point(|m| m.span.start < s);
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

    /// Whether a generic cue ("it is important to talk") governs the trigger.
    fn generic(&self, trig: Span, a: usize, b: usize) -> bool {
        self.hits_in(a.max(trig.start.saturating_sub(60)), b.min(trig.end + 60))
            .iter()
            .any(|h| self.cue(h) == Some(Cue::Generic))
    }

    /// Detects the meetings and refusals of one sentence.
    fn sentence(&self, si: usize, sent: Span, raws: &mut Vec<Raw>, refs: &mut Vec<RawRefusal>) {
        let sh = self.hits_in(sent.start, sent.end);
        // Refusals first: a meeting named in the object is built with them.
        let mut claimed: Vec<Span> = Vec::new();
        let first_ref = refs.len();
        for h in sh {
            let act = match self.cue(h) {
                Some(Cue::Refuse) => false,
                Some(Cue::Act) => true,
                _ => continue,
            };
            if let Some(r) = self.refusal(si, sent, h.span, act, raws, &mut claimed) {
                // Two cues by one refuser in one sentence are one refusal.
                let lo = first_ref.max(refs.len().saturating_sub(MERGE_WINDOW));
                let same = (lo..refs.len()).find(|&o| {
                    self.same_side(refs[o].refuser, r.refuser) && refs[o].same_as.is_none()
                });
                let mut r = r;
                r.same_as = same;
                refs.push(r);
            }
        }
        // Meetings.
        let first_raw = raws.len();
        // The clause layer reads a sentence only when something in it can be a party.
        let mut partyless: Option<bool> = None;
        let mut headline: Option<bool> = None;
        for h in sh {
            let Some(Cue::Meeting(fmt, part)) = self.cue(h) else {
                continue;
            };
            let nobody = *partyless.get_or_insert_with(|| !self.may_have_parties(sent));
            let trig = h.span;
            if claimed.iter().rev().take(4).any(|c| c.contains(trig)) {
                continue;
            }
            // A capitalised trigger inside the sentence is part of a name ("Shangri-La
            // Dialogue"), unless the whole line is in Title Case (a headline).
            let w = &self.text[trig.range()];
            let inside = between(self.text, sent.start, trig.start)
                .chars()
                .any(char::is_alphanumeric);
            if is_capitalized(w)
                && inside
                && !*headline.get_or_insert_with(|| title_case(self.text, sent))
            {
                continue;
            }
            let cl = if nobody {
                sent
            } else {
                self.reading.clause(trig.start).unwrap_or(sent)
            };
            let (ca, cb) = (cl.start, cl.end.max(trig.end));
            // The generic cue may sit past a quote mark: 'dialogue ... is "essential"'.
            if self.generic(trig, ca, sent.end) {
                continue;
            }
            let found = if nobody {
                None
            } else {
                self.participants(trig, fmt, part, ca)
            };
            let Some((subj, alts)) = found else {
                // "The meeting was postponed", "The call lasted an hour": a definite noun with
                // nobody named updates the meeting just before it, which ends on the new status
                // or takes its format.
                if part != Part::Noun || !self.definite(trig) {
                    continue;
                }
                let lo = raws.len().saturating_sub(MERGE_WINDOW);
                let planned = (lo..raws.len()).rev().find(|&m| {
                    raws[m].sent + NEAR_SENTENCES >= si
                        && matches!(
                            raws[m].status,
                            MeetingStatus::Planned | MeetingStatus::Proposed
                        )
                });
                let st = self.status(trig, part, ca, sent);
                let moved = planned.filter(|&m| {
                    st == MeetingStatus::Cancelled
                        || (raws[m].status == MeetingStatus::Proposed
                            && st == MeetingStatus::Planned)
                });
                let last = (lo..raws.len())
                    .next_back()
                    .filter(|&m| raws[m].sent + ANSWER_SENTENCES >= si);
                // Only a mode says how a contact went ("the call"): "the summit" may be another.
                let formed = last.filter(|&m| {
                    raws[m].format == MeetingFormat::Unknown
                        && matches!(fmt, MeetingFormat::Phone | MeetingFormat::Video)
                });
                if let Some(m) = moved.or(formed) {
                    if moved.is_some() {
                        raws[m].status = st;
                    }
                    if formed.is_some() {
                        raws[m].format = fmt;
                    }
                    let mut again = raws[m].clone();
                    again.evidence = trig;
                    again.sent = si;
                    raws.push(again);
                }
                continue;
            };
            let status = self.status(trig, part, ca, sent);
            // "discussed the war in Ukraine": after a topic verb, "in X" belongs to the topic
            // unless it follows the verb directly ("talked in Beijing").
            let place = self.location(trig, ca, cb).filter(|l| {
                part != Part::Topic || between(self.text, trig.end, l.start).trim() == "in"
            });
            let format = self.format(fmt, ca, cb, place.is_some());
            let date = self.date(trig, ca, cb);
            let past_plan = matches!(status, MeetingStatus::Planned | MeetingStatus::Proposed)
                && self.reading.frame(trig).is_some_and(|f| f.past);
            for alt in alts {
                let mut parts = subj.clone();
                parts.extend(alt);
                let parts = self.normalise(parts);
                if parts.len() < 2 {
                    continue;
                }
                raws.push(Raw {
                    parts,
                    status,
                    format,
                    part,
                    date: date.clone(),
                    location: place,
                    evidence: trig,
                    sent: si,
                    past_plan,
                });
            }
        }
        // Refusals answering something: link them to their meeting or an earlier refusal.
        for r in first_ref..refs.len() {
            if refs[r].meeting.is_some() || refs[r].same_as.is_some() {
                continue;
            }
            let cue = refs[r].evidence;
            // A meeting of this sentence before the cue ("did not hold a meeting as China
            // rejected the request").
            let lo = first_raw.max(raws.len().saturating_sub(MERGE_WINDOW));
            let here: Vec<usize> = (lo..raws.len())
                .filter(|&m| {
                    raws[m].evidence.end <= cue.start
                        && raws[m].status != MeetingStatus::Held
                        && raws[m].evidence.end + REACH >= cue.start
                })
                .collect();
            let earlier = || {
                (0..first_raw).rev().take(MERGE_WINDOW).find(|&m| {
                    raws[m].sent + ANSWER_SENTENCES >= si
                        && matches!(
                            raws[m].status,
                            MeetingStatus::Proposed | MeetingStatus::Planned
                        )
                })
            };
            let link = here.last().copied().or_else(|| {
                if refs[r].anaphoric || refs[r].bare {
                    earlier()
                } else {
                    None
                }
            });
            if let Some(m) = link {
                if refs[r].object.is_empty() {
                    refs[r].object = raws[m].evidence;
                }
                for &h in &here {
                    raws[h].status = MeetingStatus::Refused;
                }
                raws[m].status = MeetingStatus::Refused;
                refs[r].meeting = Some(m);
                refs[r].contact = true;
                if refs[r].requester.is_none() {
                    let rc = self.country(refs[r].refuser);
                    refs[r].requester = raws[m]
                        .parts
                        .iter()
                        .copied()
                        .find(|&p| self.country(p) != rc && p != refs[r].refuser);
                }
            } else if refs[r].anaphoric || refs[r].bare {
                // "China rejected the request" right after "China denied a request ...".
                let back = (0..first_ref).rev().take(MERGE_WINDOW).find(|&o| {
                    refs[o].sent + 1 >= si && self.same_side(refs[o].refuser, refs[r].refuser)
                });
                refs[r].same_as = back;
            }
        }
    }

    /// Whether two actors are the same side for a refusal: one actor or one country.
    fn same_side(&self, a: usize, b: usize) -> bool {
        a == b || (self.country(a).is_some() && self.country(a) == self.country(b))
    }

    /// Participants without duplicates; a country goes when someone of it is named.
    fn normalise(&self, parts: Vec<usize>) -> Vec<usize> {
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

    /// A refusal at cue `cue` of sentence `sent`; a meeting its object names is pushed to
    /// `raws` and its trigger span to `claimed`. `act`: the cue is an act that refuses only
    /// under a negated modal of will ("would not pay for the wall").
    fn refusal(
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
        if let Some(d) = self.time_spans.iter().find(|t| {
            t.end < obj_span.end
                && (t.start == obj_span.start
                    || self.text.get(obj_span.start..t.start) == Some("on "))
        }) {
            obj_span = self.reading.rest_of_clause(d.end);
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
        let infinitive = obj.starts_with("to ");
        // "the treaty he had rejected in peace talks": the refused thing came before the cue.
        let first_word = obj.split_whitespace().next().unwrap_or("");
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
        let requester = requester.filter(|&r| !self.same_side(r, refuser));
        let anaphoric = !act && {
            let l = obj.to_ascii_lowercase();
            l.starts_with("the ")
                && trigger.is_none()
                && thing.is_some_and(|t| t.span.start <= obj_span.start + 4)
                || l.starts_with("that")
                || l.starts_with("it")
                || l.starts_with("this")
                || self_contained
        };
        let date = self.date(cue, ca, obj_span.end.max(cue.end));
        // A meeting named in the object.
        let mut meeting = None;
        if let Some(t) = trigger {
            let Some(Cue::Meeting(fmt, part)) = self.cue(t) else {
                return None;
            };
            let mut parts: Vec<usize> = Vec::new();
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
                if parts.len() < 2
                    && !parts.iter().any(|&p| {
                        p == extra
                            || self.country(p).is_some() && self.country(p) == self.country(extra)
                    })
                {
                    parts.push(extra);
                }
            }
            claimed.push(obj_span);
            if parts.len() >= 2 {
                let place = self.location(t.span, t.span.end, obj_span.end);
                meeting = Some(raws.len());
                raws.push(Raw {
                    parts,
                    status: MeetingStatus::Refused,
                    format: self.format(fmt, t.span.start, obj_span.end, place.is_some()),
                    part,
                    date: self.date(t.span, t.span.end, obj_span.end),
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
    fn requester(&self, thing: Span, cue: Span) -> Option<usize> {
        let by = self.reading.complements(thing);
        if let Some((_, l)) = by.after(self.text, &["by", "from"]) {
            if let Some(a) = l
                .first()
                .and_then(|m| m.phrase.head_actor.or(m.phrase.last_actor))
            {
                return Some(self.stand_for(a));
            }
        }
        let (np, _) = self.reading.phrase_ending_at(thing.end)?;
        if let Some(a) = np.possessor.or(np.last_actor) {
            return Some(self.stand_for(a));
        }
        let demonym = self
            .hits_in(np.span.start, thing.start)
            .iter()
            .rev()
            .find_map(|d| match d.tag {
                Tag::Entry {
                    entry,
                    form: Form::Demonym,
                } => self.entry_actor.get(&entry).copied(),
                _ => None,
            });
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
    fn passive_refusal(
        &self,
        si: usize,
        ca: usize,
        cue: Span,
        subject: NounPhrase,
    ) -> Option<RawRefusal> {
        let by = self.reading.complements(cue);
        let (_, l) = by.after(self.text, &["by"])?;
        let refuser = l
            .first()
            .and_then(|m| m.phrase.head_actor.or(m.phrase.last_actor))
            .map(|a| self.stand_for(a))?;
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
            .find(|&a| !self.same_side(a, refuser));
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

    /// Whether a refused thing or trigger is a contact ("meeting", "call", "talks", "visit").
    fn contact_thing(&self, h: &Hit) -> bool {
        let w = self.text[h.span.range()].to_ascii_lowercase();
        matches!(self.cue(h), Some(Cue::Meeting(..)))
            || ["meeting", "call", "talks", "channel", "visit"]
                .iter()
                .any(|k| w.starts_with(k))
    }

    /// Whether two refusals by one side refuse the same thing: their requesters agree and
    /// their objects share a contact word or an act ("boycott the G8 summit" and
    /// "would not participate in a G8 summit"; "would not pay for the wall" twice).
    fn same_refused(&self, a: &RawRefusal, b: &RawRefusal) -> bool {
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

    /// Whether two actors can stand for one party: the same actor, or a country and one of its
    /// people or bodies.
    fn compatible_actor(&self, a: usize, b: usize) -> bool {
        if a == b {
            return true;
        }
        let (x, y) = (&self.cast.actors[a], &self.cast.actors[b]);
        let person = |v: &crate::model::Actor| v.kind == ActorKind::Person && !v.anonymous;
        x.country.is_some() && x.country == y.country && !(person(x) && person(y))
    }

    fn compatible(&self, a: &[usize], b: &[usize]) -> bool {
        a.iter()
            .all(|&x| b.iter().any(|&y| self.compatible_actor(x, y)))
            && b.iter()
                .all(|&y| a.iter().any(|&x| self.compatible_actor(x, y)))
    }

    /// Merges the raw records into one record per event.
    fn finish(&self, raws: Vec<Raw>, refs: Vec<RawRefusal>) -> (Vec<Meeting>, Vec<Refusal>) {
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
                (m.status == r.status || refused_here || outcome)
                    && near
                    && self.compatible(&m.parts, &r.parts)
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

    fn meeting(&self, m: Raw, ev: Vec<Span>) -> Meeting {
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

/// The preposition a trigger's form ends with ("meet with", "talk to", "call between"): its
/// object follows directly.
fn cue_preposition(form: &str) -> Option<&'static str> {
    ["between", "with", "to"].into_iter().find(|p| {
        form.len() > p.len() + 1
            && form.ends_with(p)
            && form.as_bytes()[form.len() - p.len() - 1] == b' '
    })
}

/// Appends the items of `more` that `out` does not hold yet.
fn extend_unique(out: &mut Vec<usize>, more: impl IntoIterator<Item = usize>) {
    for a in more {
        if !out.contains(&a) {
            out.push(a);
        }
    }
}

/// A capitalised place name starting at `s` (before `end`): one or more capitalised words,
/// not a month.
fn place_at(text: &str, s: usize, end: usize, not_place: &WordList) -> Option<Span> {
    let rest = text.get(s..end)?;
    let word_len = rest
        .find(|c: char| !(c.is_alphabetic() || c == '-'))
        .unwrap_or(rest.len());
    let w = &rest[..word_len];
    (is_capitalized(w) && !not_place.contains(w) && word_len > 1)
        .then(|| Span::new(s, s + word_len))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Article, Day, Extraction, Extractor};

    fn run(text: &str) -> Extraction {
        let day = Day::new(2023, 6, 3).unwrap();
        Extractor::new().extract(Article::new(text).published(day))
    }

    fn meetings(doc: &Extraction) -> Vec<(Vec<String>, MeetingStatus, MeetingFormat)> {
        doc.meetings
            .iter()
            .map(|m| (m.participants.clone(), m.status, m.format))
            .collect()
    }

    #[test]
    fn frames_statuses_and_formats() {
        use MeetingFormat::*;
        use MeetingStatus::*;
        type Want<'a> = &'a [(&'a [&'a str], MeetingStatus, MeetingFormat)];
        let cases: &[(&str, Want)] = &[
            (
                "Joe Biden held a phone call with Xi Jinping on Thursday.",
                &[(&["joe-biden", "xi-jinping"], Held, Phone)],
            ),
            (
                "Antony Blinken is scheduled to meet Wang Yi in Jakarta.",
                &[(&["antony-blinken", "wang-yi"], Planned, InPerson)],
            ),
            (
                "Russia and Ukraine held talks on Tuesday.",
                &[(&["russia", "ukraine"], Held, Unknown)],
            ),
            (
                "India and Pakistan did not hold talks this year.",
                &[(&["india", "pakistan"], NotHeld, Unknown)],
            ),
            (
                "The meeting between Antony Blinken and Qin Gang was postponed.",
                &[(&["antony-blinken", "qin-gang"], Cancelled, InPerson)],
            ),
            (
                "Japan invited Lloyd Austin to visit Tokyo.",
                &[(&["japan", "lloyd-austin"], Proposed, InPerson)],
            ),
            (
                "Lloyd Austin spoke with Dong Jun via video link.",
                &[(&["lloyd-austin", "dong-jun"], Held, Video)],
            ),
            // Generic talk about contacts is no meeting.
            ("It is important for Japan and China to talk.", &[]),
            // A capitalised trigger inside a sentence is a name.
            ("Japan attended the Raisina Dialogue with India.", &[]),
            // One party is no meeting.
            ("Lloyd Austin met reporters.", &[]),
            // "called" is a call only to a person.
            ("Japan called China's claims absurd.", &[]),
            ("Japan called on China to talk.", &[]),
        ];
        for (text, want) in cases {
            let doc = run(text);
            let got = meetings(&doc);
            let want: Vec<(Vec<String>, MeetingStatus, MeetingFormat)> = want
                .iter()
                .map(|(p, s, f)| (p.iter().map(|x| x.to_string()).collect(), *s, *f))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn a_topics_place_is_not_the_meetings() {
        let doc = run("Antony Blinken and Wang Yi discussed the war in Ukraine.");
        assert_eq!(doc.meetings[0].location, None);
        let doc = run("Antony Blinken and Wang Yi talked in Beijing about trade.");
        assert_eq!(
            doc.meetings[0].location.as_ref().map(Excerpt::as_str),
            Some("Beijing")
        );
    }

    #[test]
    fn counterpart_without_a_role_on_the_date_is_the_other_sides_person_named_nearby() {
        // Austin held no role in 2019, so resolution cannot name his counterpart; the Chinese
        // person the article names next is taken instead.
        let text =
            "Lloyd Austin praised China. He met his Chinese counterpart on Friday. Dong Jun said.";
        let doc =
            Extractor::new().extract(Article::new(text).published(Day::new(2019, 6, 3).unwrap()));
        assert_eq!(doc.meetings[0].participants, ["lloyd-austin", "dong-jun"]);
    }

    #[test]
    fn parties_from_pairs_groups_and_counterparts() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Lloyd Austin praised Li Shangfu. The two met on Friday.",
                &["lloyd-austin", "li-shangfu"],
            ),
            (
                "Japan and India signed a pact. Diplomats from both countries met in May.",
                &["japan", "india"],
            ),
            // Resolution knows the counterpart by role and date (Li Shangfu in June 2023)...
            (
                "Lloyd Austin praised China. He met his Chinese counterpart on Friday.",
                &["lloyd-austin", "li-shangfu"],
            ),

            (
                "Lloyd Austin, who praised China, was unable to speak with top Chinese generals.",
                &["lloyd-austin", "china"],
            ),
            (
                "Officials from Japan and India met in Delhi.",
                &["japan", "india"],
            ),
            (
                "Antony Blinken met China's top diplomat Wang Yi before an audience with Xi Jinping.",
                &["antony-blinken", "wang-yi"],
            ),
        ];
        for (text, want) in cases {
            let doc = run(text);
            let first = doc.meetings.first().map(|m| m.participants.clone());
            assert_eq!(
                first.as_deref(),
                Some(*want)
                    .map(|w| w.iter().map(|s| s.to_string()).collect::<Vec<_>>())
                    .as_deref(),
                "{text}"
            );
        }
        // The second trigger of a sentence keeps the subject of the first.
        let doc = run(
            "Antony Blinken met China's top diplomat Wang Yi before an audience with Xi Jinping.",
        );
        assert_eq!(
            doc.meetings[1].participants,
            ["antony-blinken", "xi-jinping"]
        );
    }

    #[test]
    fn refusals_link_and_merge() {
        // An answer refuses the proposal before it; both mentions are one refusal.
        let doc = run(
            "China rejected a meeting between Lloyd Austin and his Chinese counterpart. \
             Li Shangfu spoke at dinner. The US had invited Li Shangfu to meet in June. \
             However, China declined.",
        );
        assert_eq!(doc.refusals.len(), 1, "{:?}", doc.refusals);
        let r = &doc.refusals[0];
        assert_eq!(r.refuser.as_deref(), Some("china"));
        assert_eq!(r.evidence.len(), 2);
        let m = &doc.meetings[r.meeting.unwrap()];
        assert_eq!(m.status, MeetingStatus::Refused);
        assert_eq!(m.participants, ["lloyd-austin", "li-shangfu"]);
        assert_eq!(m.cameo, Cameo::RejectProposalToMeet);

        // The requester from "a request by X" and "his request".
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "Beijing denied a request by Pentagon for talks.",
                "china",
                Some("us-department-of-defense"),
            ),
            (
                "Lloyd Austin spoke. China rejected his request for a meeting.",
                "china",
                Some("lloyd-austin"),
            ),
            (
                "Japan turned down a US offer.",
                "japan",
                Some("united-states"),
            ),
            (
                "The US request for talks was turned down by Beijing.",
                "china",
                Some("united-states"),
            ),
            (
                "Japan's proposal was rejected by China.",
                "china",
                Some("japan"),
            ),
            (
                "Antony Blinken said Beijing had turned him down.",
                "china",
                Some("antony-blinken"),
            ),
        ];
        for (text, refuser, requester) in cases {
            let doc = run(text);
            let r = doc.refusals.first().unwrap_or_else(|| panic!("{text}"));
            assert_eq!(r.refuser.as_deref(), Some(*refuser), "{text}");
            assert_eq!(r.requester.as_deref(), *requester, "{text}");
        }
        // Not refusals of contact.
        for text in [
            "An official, who declined to be named, spoke.",
            "China declined to comment.",
            "Japan denied the report.",
            "China declined.",
            "Iraq accepted a treaty it had rejected in earlier talks.",
            "He declined to discuss details of the meeting.",
            "The White House turned down such treatment for watches.",
        ] {
            assert!(run(text).refusals.is_empty(), "{text}");
        }
    }

    #[test]
    fn dates_skip_speech_and_prefer_the_event() {
        let doc = run("Lloyd Austin met Dong Jun on Thursday, officials said Friday.");
        let d = doc.meetings[0].date.as_ref().and_then(|d| d.value.clone());
        assert_eq!(d.as_deref(), Some("2023-06-01"));
        let doc = run("Lloyd Austin spoke with Dong Jun, officials said Friday.");
        assert!(doc.meetings[0].date.is_none());
    }

    #[test]
    fn places() {
        let cases: &[(&str, Option<&str>)] = &[
            ("in Singapore on", Some("Singapore")),
            ("in March", None),
            ("in the city", None),
            ("in Bali-Nusa now", Some("Bali-Nusa")),
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
