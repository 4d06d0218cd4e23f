//! Meetings and refusals: who met, talked to or refused whom, whether it happened, when, where.
//!
//! This module owns contact events. It starts at the scan's cue words (rows of
//! `data/lexicon.tsv`: meeting triggers, modes, status cues, refusal cues and the acts that
//! refuse under "will not", refused things, "the two", group nouns, "counterpart", light verbs)
//! and reads everything else from the shared clause layer ([`Reading`]): frames, verb groups,
//! noun phrases, coordination and complements. Every query reads a bounded stretch of tokens,
//! so the work is linear in the input. The stages, one file each:
//!
//! - `parties`: a trigger's **participants** from its frame: the subject and the phrases
//!   coordinated with it ("Austin and Li Shangfu shook hands"), the object or the "with" /
//!   "between" phrase ("met China's foreign affairs chief Wang Yi", "talks between X and Y"),
//!   the subject of a light verb ("held talks"), the controller of an infinitive ("Japan
//!   invited Xi to visit"). A phrase stands for the actor it names, a pronoun's antecedent ("I"
//!   and "we" in a quotation are its speaker), "the two" for the last two people named, "his
//!   Chinese counterpart" for the other side's person, "top Chinese generals" for China.
//! - `details`: the **status** from the verb group (tense, modality, negation, will: "will
//!   meet" planned, "did not meet" not held, "will not meet" refused), from the verb that
//!   governs a meeting noun ("called off a planned summit") or the one it is the subject of ("a
//!   summit ... is scheduled"); the **format**, **date** and **place** from the clause.
//! - `refusal`: a refusal cue's refuser (its subject), what was refused (its object, or the
//!   passive's subject), and the requester the refused thing's phrase names ("the Ukrainian
//!   president's proposal", "an invitation from Washington", "his request"); a meeting named in
//!   the object is refused with it.
//! - `travel`: a visit noun's sides ("Ruto postponed a visit to China") and the country an
//!   arrival for talks is in ("arrived in Minsk for talks").
//! - `merge`: one event, one record. Mentions of the same meeting merge (compatible
//!   participants, no conflicting dates; a plan told in the past and its outcome; a contact not
//!   held and a refused one in one sentence), and so do mentions of the same refusal, each
//!   keeping every evidence span.

use crate::actors::resolve::Cast;
use crate::knowledge::gazetteer::{EntryKind, Gazetteer, Gender};
use crate::knowledge::lexicon::Lexicon;
use crate::model::{
    ActorKind, Cameo, Date, DateKind, Excerpt, Meeting, MeetingFormat, MeetingStatus, Plover,
    PloverMode, Refusal, Span, Statement, StatementKind,
};
use crate::scan::{Form, Hit, Scan, Tag};
use crate::syntax::segment::title_case;
use crate::syntax::usage::Use;
use crate::syntax::{Complements, Member, NounPhrase, Reading};
use crate::util::{
    between, contains_any, gallop, is_capitalized, locate, word_count, FxMap, FxSet, WordList,
};

/// How far (in bytes) a clause reaches from a cue, either way.
mod details;
mod merge;
mod parties;
mod refusal;
mod travel;

use details::time_of_day;

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
    /// A person named by their relation to the phrase's possessor ("Austin's predecessors").
    Relation,
    /// "asked if": the clause it opens asks about a contact.
    Question,
    /// "invited", "summoned": a contact not held despite it was refused. True for a phrase
    /// that says so itself ("despite an invitation", lexicon tag `despite`); a verb must be
    /// passive ("had been invited").
    Invited(bool),
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
    /// Subject pronouns for a country or body ("it").
    neuter: WordList,
    /// Contact nouns hosted by the country of their place ("summit").
    venue_host: WordList,
    /// Plan cues that accept an offer: a proposal cue just after one is a plan ("accepted an
    /// invitation").
    accept: WordList,
    /// Verbs after "declined to" that refuse no request ("comment", "be named").
    not_refused_action: WordList,
    /// Words opening a condition ("if", "unless").
    condition: WordList,
    /// Words before "if" that make it no condition ("even if", "asked if").
    not_condition: WordList,
    /// Plan cues that make a contact named just before them planned ("talks scheduled for
    /// Monday").
    planned_after: WordList,
    /// Number words by value ("four" is 4).
    numbers: Vec<String>,
    /// Group nouns for countries' leaders ("leaders").
    leader_group: WordList,
    /// Titles, or words opening a name, of a country's leader ("President", "King").
    leader_title: WordList,
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
                    "refused" => MeetingStatus::Refused,
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
                "meeting_relation" => Some(Cue::Relation),
                "meeting_question" => Some(Cue::Question),
                "meeting_invited" => Some(Cue::Invited(r.tag == "despite")),
                _ => None,
            })
            .collect();
        let w = |tag| lex.words("function", tag);
        Events {
            cues,
            place_prep: w("place_prep"),
            not_place: w("not_place"),
            possessive: w("possessive"),
            neuter: w("neuter"),
            venue_host: w("venue_host"),
            accept: w("accept"),
            not_refused_action: w("not_refused_action"),
            numbers: lex
                .rows
                .iter()
                .filter(|r| r.class == "function" && r.tag == "number")
                .flat_map(|r| r.forms.iter().cloned())
                .collect(),
            leader_group: w("leader_group"),
            condition: w("condition"),
            not_condition: w("not_condition"),
            planned_after: w("planned_after"),
            leader_title: w("leader_title"),
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
        // Every record starts at a meeting or refusal cue: a sentence without one is not read.
        let triggers: Vec<usize> = scan
            .hits
            .iter()
            .filter(|h| matches!(self.cue(h), Some(Cue::Meeting(..) | Cue::Refuse | Cue::Act)))
            .map(|h| h.span.start)
            .collect();
        if triggers.is_empty() {
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
        let mut next = 0;
        for (si, s) in sentences.iter().enumerate() {
            while triggers.get(next).is_some_and(|&t| t < s.span.start) {
                next += 1;
            }
            if triggers.get(next).is_some_and(|&t| t < s.span.end) {
                cx.sentence(si, s.span, &mut raws, &mut refs);
            }
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
    /// Indices of `dates` of kind date (or a time of a known day), by start.
    date_order: Vec<usize>,
    /// The spans of all temporal expressions, by start.
    time_spans: Vec<Span>,
    /// Gazetteer entry -> the cast actor it names (demonyms find their country through it).
    entry_actor: FxMap<u32, usize>,
    /// Country code -> the cast's country actor.
    country_actor: FxMap<&'a str, usize>,
    /// The statements, by start.
    voices: Vec<Voice>,
    /// Country code -> the one person the article names as its leader (their title, or the
    /// first word of a mention, is a leader's: "President Abbas", "King Abdullah II"); `None`
    /// when several are.
    leaders: FxMap<&'a str, Option<usize>>,
    /// (country code, lower-case title) -> the one person the article names with that title
    /// ("foreign minister" of PAK); `None` when several are.
    titled: FxMap<(&'a str, String), Option<usize>>,
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
        // The mentions are in text order: the hits at each are found by walking on from the
        // last one's.
        let mut a = 0;
        for m in &cast.mentions {
            a += gallop(&hits[a..], |h| h.span.start < m.span.start);
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
        // Dates, and times of a known day ("Thursday evening"): a meeting is dated by its day.
        let mut leaders: FxMap<&str, Option<usize>> = FxMap::default();
        let mut titled: FxMap<(&str, String), Option<usize>> = FxMap::default();
        for (i, x) in cast.actors.iter().enumerate() {
            let Some(c) = x.country.as_deref() else {
                continue;
            };
            if let (ActorKind::Person, false, Some(t)) = (x.kind, x.anonymous, &x.title) {
                titled
                    .entry((c, t.to_lowercase()))
                    .and_modify(|l| *l = None)
                    .or_insert(Some(i));
            }
            let leader = x.kind == ActorKind::Person
                && !x.anonymous
                && (x
                    .title
                    .as_deref()
                    .is_some_and(|t| ev.leader_title.contains(t))
                    || x.mentions.iter().any(|m| {
                        let first = m.text.split_whitespace().next().unwrap_or("");
                        first != m.text && ev.leader_title.contains(first)
                    }));
            if leader {
                leaders
                    .entry(c)
                    .and_modify(|l| *l = None)
                    .or_insert(Some(i));
            }
        }
        let mut date_order: Vec<usize> = (0..dates.len())
            .filter(|&i| dates[i].kind == DateKind::Date || time_of_day(&dates[i]).is_some())
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
            leaders,
            titled,
        }
    }

    fn hits_in(&self, a: usize, b: usize) -> &'a [Hit] {
        let i = locate(self.hits, a, |h| h.span.start);
        let j = locate(self.hits, b, |h| h.span.start);
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

    /// Whether a group noun ("officials", "foreign ministers") ends at `end`.
    fn is_group_word_at(&self, start: usize, end: usize) -> bool {
        self.hits_in(start.saturating_sub(24), end)
            .iter()
            .any(|h| h.span.end == end && (self.cue(h) == Some(Cue::Group) || self.plural_title(h)))
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
        // Sentence properties, read once (a sentence of cues stays linear).
        let mut conditions: Option<(bool, Vec<usize>)> = None;
        let mut invited: Option<bool> = None;
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
            // A report's clause starts where the report does ("The Kremlin said [Putin had no
            // plans to meet Zelensky]"): its subject is the report's, not the speaker.
            let report = self
                .voice_at(trig)
                .filter(|v| v.reported && v.span.start > cl.start && v.span.end >= trig.end)
                .map(|v| v.span.start);
            let (ca, cb) = (report.unwrap_or(cl.start), cl.end.max(trig.end));
            // The generic cue may sit past a quote mark: 'dialogue ... is "essential"'.
            if self.generic(trig, ca, sent.end) || self.asked(trig, sent) {
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
                // or takes its format; so does a noun set off after a comma ("held talks with
                // Lavrov, a phone call on Tuesday"). A verb cue used as a noun counts ("The
                // call").
                let noun = part == Part::Noun || self.reading.word_use(trig) == Use::Noun;
                let appositive = noun
                    && self
                        .reading
                        .phrase_ending_at(trig.end)
                        .is_some_and(|(np, _)| {
                            self.reading.punct_before(np.span.start) == Some(',')
                        });
                if !noun || !(self.definite(trig) || appositive) {
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
            let mut status = self.status(trig, part, ca, sent);
            // "did not attend despite being summoned", "did not visit the ministry, where he
            // had been invited": a contact its party was invited to and did not hold was
            // refused.
            if status == MeetingStatus::NotHeld
                && *invited.get_or_insert_with(|| self.invited(sent))
            {
                status = MeetingStatus::Refused;
            }
            // "will only meet Erdogan if Turkey withdraws", "If Kim agrees, Trump would meet
            // him": a plan under a condition is a proposal.
            if status == MeetingStatus::Planned
                && self.conditional(
                    trig,
                    conditions.get_or_insert_with(|| self.conditions(sent)),
                )
            {
                status = MeetingStatus::Proposed;
            }
            // "any dialogue with Pakistan is meaningless": any such contact is none in
            // particular, unless denied ("did not hold any talks").
            if part == Part::Noun
                && matches!(status, MeetingStatus::Held | MeetingStatus::Planned)
                && self.any_phrase(trig)
            {
                continue;
            }
            // "discussed the war in Ukraine": after a topic verb, "in X" belongs to the topic
            // unless it follows the verb directly ("talked in Beijing").
            let place = self.location(trig, ca, cb).filter(|l| {
                part != Part::Topic || between(self.text, trig.end, l.start).trim() == "in"
            });
            let format = self.format(fmt, ca, cb, place.is_some());
            // The date in the trigger's clause, else for a held contact the nearest one before
            // the clause in its sentence, which sets the scene for all of it ("Early Monday,
            // Blinken met Wang Yi before an audience with Xi"); a date after the clause
            // belongs to another, and a plan is not dated by the day it was told ("Earlier
            // in the day, Dodon wrote that he would pay a visit").
            let date = self
                .date(trig, ca, cb)
                .or_else(|| {
                    (status == MeetingStatus::Held)
                        .then(|| self.date(trig, sent.start.max(ca.saturating_sub(REACH)), ca))
                        .flatten()
                })
                // "On Monday, Dodon said he would meet Putin": a date before the speech verb
                // that reports a plan is the speech's.
                .filter(|d| {
                    !(matches!(status, MeetingStatus::Planned | MeetingStatus::Proposed)
                        && d.span.end <= trig.start
                        && self.speech_between(d.span.end, trig.start))
                });
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
        // "Sheinbaum accepted the invitation": an offer named before and accepted now makes the
        // contact it offered planned (an offer with its contact after it was read above).
        for h in sh {
            if self.cue(h) != Some(Cue::Status(MeetingStatus::Proposed))
                || !self.definite(h.span)
                || !self.accepted(h.span)
            {
                continue;
            }
            let end = self.reading.rest_of_clause(h.span.end).end;
            let names_contact = sh.iter().any(|t| {
                matches!(self.cue(t), Some(Cue::Meeting(..)))
                    && t.span.start >= h.span.end
                    && t.span.start < end
            });
            let lo = first_raw.saturating_sub(MERGE_WINDOW);
            let offered = (lo..first_raw).rev().find(|&m| {
                raws[m].sent + ANSWER_SENTENCES >= si && raws[m].status == MeetingStatus::Proposed
            });
            if let (false, Some(m)) = (names_contact, offered) {
                raws[m].status = MeetingStatus::Planned;
                let mut again = raws[m].clone();
                again.evidence = h.span;
                again.sent = si;
                raws.push(again);
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
}
