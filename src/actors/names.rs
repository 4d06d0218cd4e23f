//! Proper names the gazetteer does not list: people and organisations, found by the evidence
//! around them.
//!
//! This module owns the reading of capitalised name phrases. It never re-reads the article: it
//! starts only from the scan's hits that are evidence of a name, and reads a bounded window of
//! words next to each:
//!
//! - a given name from the bundled list (`data/names/given.txt`) opens a person's name ("Oleh
//!   Hryhorov");
//! - a title, an honorific or a role noun comes before one ("Apostolic Nuncio Waldemar
//!   Somertag", "Dr. Riek Machar", "regional governor Oleh Hryhorov", "President Kiir");
//! - an apposition with a role word follows one ("Philippe Nzobonariba, the Burundian government
//!   spokesman,") or precedes it ("The Colombian ambassador in Buenos Aires, Camilo Romero,");
//! - a speech or contact verb has one as its subject or object ("... Puoch Riek Deng said",
//!   "talked to Puoch Riek Deng", "according to Luis Rosadilla");
//! - a capitalised organisation head ("Ministry", "Council", "Movement") ends an organisation's
//!   name, read back over its capitalised words and demonyms ("the Colombian Foreign Ministry",
//!   "Sudan People's Liberation Movement-in Opposition") and forward over "of ..." ("Ministry of
//!   Health").
//!
//! A name is a run of name-shaped words: capitalised, not a function word, not a word another
//! pattern claims (a country, a month, a cue), with particles from every tradition inside it
//! ("al-", "bin", "de", "van der"). One word is a name only after a title or honorific
//! ("President Kiir", "Mr Tan"); otherwise it may only repeat a name the article introduced,
//! which the resolver links. Title Case headlines give no names from a given name alone.
//!
//! The result is a list of [`Candidate`]s in text order, none overlapping another; the resolver
//! turns them into actors beside the gazetteer's.

use std::cell::Cell;

use crate::knowledge::gazetteer::{EntryKind, Gazetteer};
use crate::knowledge::lexicon::Lexicon;
use crate::model::Span;
use crate::scan::{groups, Form, Hit, Tag};
use crate::syntax::segment::{title_case, Sentence};
use crate::util::{gallop, locate, trim_suffix, window_after, window_before, WordList};

/// The bundled given-name list: one name a line, `#` comments.
const GIVEN: &str = include_str!("../../data/names/given.txt");

/// The given names of the bundled list, for the scan.
pub(crate) fn given_names() -> impl Iterator<Item = &'static str> {
    GIVEN
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// What a candidate names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameKind {
    Person,
    Org,
}

/// How strong the evidence for a candidate is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Evidence {
    /// A single word with no title: only a repetition of a name already introduced.
    Repeat,
    /// A name the context shows.
    Named,
}

/// A proper name found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Candidate {
    /// The name as written: no title, honorific or leading article.
    pub(crate) span: Span,
    pub(crate) kind: NameKind,
    pub(crate) evidence: Evidence,
    /// The title, role or apposition phrase that shows the name, whose country words give the
    /// actor's country ("the Burundian government spokesman").
    pub(crate) role: Option<Span>,
    /// The part later mentions repeat: the surname, or the family name of a name written
    /// family name first ("Wang" of "Wang Jiamin").
    pub(crate) short: Span,
}

/// What a lexicon row means to this module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    /// A reporting verb: a name before it is its subject, one after it an inverted subject.
    Speech,
    /// "according to": a name follows.
    Source,
    /// A contact verb or noun: names before and after it are parties.
    Contact,
    /// "Mr", "Dr.": a name of one word or more follows.
    Honorific,
    /// A lower-case role noun ("businessman", "governor"): a name of two words or more follows
    /// or stands in apposition.
    Role,
    /// A capitalised head of an organisation's name ("Ministry", "Council").
    OrgHead,
    /// Anything else.
    None,
}

/// The readers' word lists and lexicon classes, built once.
#[derive(Clone, Debug)]
pub(crate) struct Names {
    /// Per lexicon row: what it means here.
    cue: Vec<Cue>,
    /// Lower-case particles inside names ("bin", "de", "van").
    particle: WordList,
    /// Family names written first ("Wang Jiamin", "Kim Soo-hyun").
    family_first: WordList,
    /// Capitalised words that are never part of a name ("The", "He", month names).
    not_name: WordList,
    /// Words between a subject and its verb ("has", "also").
    aux: WordList,
    /// Words that open an apposition ("the", "a", "his").
    apposition_open: WordList,
    /// Capitalised words that are no part of an organisation's name ("The", "In").
    org_stop: WordList,
}

impl Names {
    pub(crate) fn new(lex: &Lexicon) -> Names {
        let cue = lex
            .rows
            .iter()
            .map(|r| match (r.class.as_str(), r.tag.as_str()) {
                ("speech", "prep") => Cue::Source,
                ("speech", "verb" | "verb_object" | "tell") => Cue::Speech,
                ("meeting", t) if t.ends_with(".verb") || t.ends_with(".visit") => Cue::Contact,
                ("meeting", t) if t.ends_with(".host") => Cue::Contact,
                ("name_cue", "honorific") => Cue::Honorific,
                ("name_cue", "role") | ("counterpart", _) => Cue::Role,
                ("name_cue", "org_head") | ("institution", _) => Cue::OrgHead,
                _ => Cue::None,
            })
            .collect();
        let w = |tag| lex.words("name_word", tag);
        let mut not_name: Vec<String> = Vec::new();
        for tag in ["not_first_name", "name_stop"] {
            for r in lex
                .rows
                .iter()
                .filter(|r| r.class == "function" && r.tag == tag)
            {
                not_name.extend(r.forms.iter().cloned());
            }
        }
        for r in lex
            .rows
            .iter()
            .filter(|r| r.class == "name_word" && r.tag == "not_name")
        {
            not_name.extend(r.forms.iter().cloned());
        }
        Names {
            cue,
            particle: w("particle"),
            family_first: w("family_first"),
            not_name: WordList::new(not_name),
            aux: lex.words("speech_frame", "aux_before"),
            apposition_open: w("apposition_open"),
            org_stop: w("org_stop"),
        }
    }

    /// The names in an article, in text order, none overlapping another.
    pub(crate) fn find(
        &self,
        text: &str,
        hits: &[Hit],
        sentences: &[Sentence],
        g: &Gazetteer,
    ) -> Vec<Candidate> {
        let r = Reader {
            text,
            hits,
            g,
            names: self,
            memo: std::array::from_fn(|_| Cell::new((usize::MAX, None))),
            cursor: Cell::new(0),
        };
        let mut out: Vec<Candidate> = Vec::new();
        for (_, group) in groups(hits) {
            r.at(group, group[0].span, sentences, &mut out);
        }
        // In text order; of two that overlap, the stronger evidence, then the longer, wins.
        out.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
        let mut kept: Vec<Candidate> = Vec::with_capacity(out.len());
        for c in out {
            match kept.last_mut() {
                Some(last) if c.span.start < last.span.end => {
                    let better = (c.evidence, c.span.len()) > (last.evidence, last.span.len());
                    if better {
                        *last = c;
                    } else if c.span == last.span
                        && c.role.map_or(0, |r| r.len()) > last.role.map_or(0, |r| r.len())
                    {
                        // Of two readings of one name, the longer role phrase says more
                        // ("Dr" beside "a South African epidemiologist").
                        last.role = c.role;
                    }
                }
                _ => kept.push(c),
            }
        }
        kept
    }
}

/// One word of a name phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Word {
    span: Span,
    /// A lower-case particle ("bin", "de"): never first or last.
    particle: bool,
    /// A given name from the list.
    given: bool,
    /// The listed person whose surname (short form) this word is.
    listed: Option<u32>,
}

/// Reads names around one article's hits.
struct Reader<'a> {
    text: &'a str,
    hits: &'a [Hit],
    g: &'a Gazetteer,
    names: &'a Names,
    /// The words read so far, by position modulo [`MEMO`]: one name is read from its given
    /// name, its title, the verb after it and the name coordinated with it, so most words are
    /// asked for more than once.
    memo: [Cell<(usize, Option<Word>)>; MEMO],
    /// The last answer of [`Reader::first_hit_at`]: the readers ask about positions near each
    /// other, so the next answer is a short gallop from it.
    cursor: Cell<usize>,
}

/// How many of the last words read [`Reader::word_at`] keeps, by position modulo this. The
/// readers ask about words a few dozen bytes apart around one hit, and a slot another word took
/// costs only a second reading; the memo is set up for every article, and at 256 slots setting
/// it up cost more than the readings it saved.
const MEMO: usize = 64;

/// How many words a name may have, particles included.
const MAX_WORDS: usize = 6;

/// The words of a name phrase, kept in place: a reader reads one or two phrases at most every
/// hit that is evidence of a name, and a vector each would be an allocation each. Room for a
/// phrase read forward with the one before it prepended.
#[derive(Clone, Copy)]
struct Words {
    buf: [Word; 2 * MAX_WORDS],
    len: usize,
}

impl Words {
    const NONE: Word = Word {
        span: Span { start: 0, end: 0 },
        particle: false,
        given: false,
        listed: None,
    };

    fn new() -> Words {
        Words {
            buf: [Self::NONE; 2 * MAX_WORDS],
            len: 0,
        }
    }

    /// Adds `w` at the end (a full phrase keeps its words: a reader stops at `MAX_WORDS`).
    fn push(&mut self, w: Word) {
        if let Some(slot) = self.buf.get_mut(self.len) {
            *slot = w;
            self.len += 1;
        }
    }

    fn pop(&mut self) {
        self.len = self.len.saturating_sub(1);
    }

    fn clear(&mut self) {
        self.len = 0;
    }

    /// Drops the first word.
    fn remove_first(&mut self) {
        if self.len > 0 {
            self.buf.copy_within(1..self.len, 0);
            self.len -= 1;
        }
    }

    /// Puts `words` before these, as far as there is room.
    fn prepend(&mut self, words: &[Word]) {
        let n = words.len().min(self.buf.len() - self.len);
        self.buf.copy_within(0..self.len, n);
        self.buf[..n].copy_from_slice(&words[words.len() - n..]);
        self.len += n;
    }
}

impl std::ops::Deref for Words {
    type Target = [Word];
    fn deref(&self) -> &[Word] {
        &self.buf[..self.len]
    }
}

impl std::ops::DerefMut for Words {
    fn deref_mut(&mut self) -> &mut [Word] {
        &mut self.buf[..self.len]
    }
}
/// Where the phrase of a role word at `pos` starts: back over up to five words, none of them
/// ending in punctuation, to an article or the clause's start ("Bolivian coca grower" before
/// "leader", "Haitian police" before "spokeswoman").
pub(crate) fn role_phrase_start(text: &str, pos: usize) -> usize {
    let (from, before) = window_before(text, pos, 64);
    let mut start = pos;
    let mut at = before.len();
    for _ in 0..5 {
        let b = before[..at].trim_end_matches(' ');
        if b.len() + 1 != at && at != before.len() {
            break;
        }
        let w_start = b
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '"' | '\u{201C}'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let w = &b[w_start..];
        if w.is_empty() || w.ends_with([',', '.', ';', ':', ')', '"', '\u{201D}']) {
            break;
        }
        start = from + w_start;
        at = w_start;
        if matches!(
            w,
            "the" | "The" | "a" | "A" | "an" | "An" | "his" | "her" | "its" | "their"
        ) {
            break;
        }
    }
    start
}

/// How far an apposition may reach from its comma to its role word, in bytes.
const APPOSITION_REACH: usize = 90;

impl Reader<'_> {
    /// The candidates a group of hits at `span` gives evidence for.
    fn at(&self, group: &[Hit], span: Span, sentences: &[Sentence], out: &mut Vec<Candidate>) {
        let first = out.len();
        let mut cue = Cue::None;
        let mut title = false;
        let mut given = false;
        let mut org: Option<Option<&str>> = None;
        for h in group {
            match h.tag {
                Tag::Word(w) => {
                    let c = self.names.cue.get(usize::from(w)).copied();
                    if let Some(c) = c.filter(|c| *c != Cue::None) {
                        cue = c;
                    }
                }
                Tag::Given => given = true,
                Tag::Entry { entry, form } => {
                    let e = &self.g.entries[entry as usize];
                    match e.kind {
                        EntryKind::Title => title = true,
                        EntryKind::Org if matches!(form, Form::Name | Form::Alias) => {
                            org = Some(e.country.as_deref());
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        if cue == Cue::None && !title && !given && org.is_none() {
            // Most hits (dates, other cue words, listed names) are no evidence of a name.
            return;
        }
        let text = self.text;
        let capital = text[span.range()]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        if given && !self.claimed(span) {
            let mut words = self.forward(span.start);
            // "Pham Thi Mai": given and family names just before the given name belong to it.
            let before = self.backward(span.start);
            if let Some(k) = before.iter().rposition(|w| !self.name_like(w)) {
                words.prepend(&before[k + 1..]);
            } else {
                words.prepend(&before);
            }
            if words.len() >= 2 && !headline(text, span.start, sentences) {
                out.extend(self.person(&words, None, Evidence::Named));
            }
        }
        if title || cue == Cue::Honorific || cue == Cue::Role {
            // "Foreign Minister Dr. Barnaba Marial Benjamin", "regional governor Oleh Hryhorov".
            let after = self.skip_honorific(span.end);
            let mut words = self.forward_after(after);
            // "Minister Thanked Voters For Support": in a Title Case headline, only a name
            // that opens with a given name follows a title.
            if words.first().is_some_and(|w| !w.given) && headline(text, span.start, sentences) {
                words.clear();
            }
            let one_word = title && capital || cue == Cue::Honorific;
            if words.len() >= 2 || (words.len() == 1 && one_word) {
                out.extend(self.person(&words, Some(span), Evidence::Named));
            }
            if title || cue == Cue::Role {
                // "..., the Burundian government spokesman": the name before the comma.
                if let Some(c) = self.apposition_before(span) {
                    out.push(c);
                }
                // "The Colombian ambassador in Buenos Aires, Camilo Romero,".
                if let Some(c) = self.apposition_after(span) {
                    out.push(c);
                }
            }
        }
        match cue {
            Cue::Speech | Cue::Contact => {
                if let Some(c) = self.subject(span) {
                    out.push(c);
                }
                let after = self.skip_preposition(span.end);
                let words = self.forward_after(after);
                if words.len() >= 2 {
                    out.extend(self.person(&words, None, Evidence::Named));
                } else if words.len() == 1 {
                    out.extend(self.person(&words, None, Evidence::Repeat));
                }
            }
            Cue::Source => {
                let words = self.forward_after(span.end);
                if words.len() >= 2 {
                    out.extend(self.person(&words, None, Evidence::Named));
                }
            }
            Cue::OrgHead if capital => out.extend(self.organisation(span, None)),
            _ => {}
        }
        for k in first..out.len() {
            let c = out[k];
            if c.kind == NameKind::Person && c.evidence == Evidence::Named {
                if let Some(more) = self.coordinated(&c) {
                    out.push(more);
                }
            }
        }
        if let (Some(country), true) = (org, capital) {
            // "Armenia's Security Council", "AU Peace and Security Council": another body than
            // the listed one whose name ends the phrase.
            out.extend(self.organisation(span, Some(country)));
        }
    }

    /// Whether a word is itself a name: a given name, a family name written first, or a
    /// listed person's surname.
    fn name_like(&self, w: &Word) -> bool {
        w.given
            || w.listed.is_some()
            || self.names.family_first.contains(&self.text[w.span.range()])
    }

    /// "X and Y": the names coordinated after a person's name.
    fn coordinated(&self, c: &Candidate) -> Option<Candidate> {
        let rest = window_after(self.text, c.span.end, 8);
        let skip = [" and ", ", and ", " & "]
            .iter()
            .find(|p| rest.starts_with(**p))?
            .len();
        let words = self.forward(c.span.end + skip);
        (words.len() >= 2)
            .then(|| self.person(&words, None, Evidence::Named))
            .flatten()
    }

    /// A person candidate from a run of words.
    fn person(&self, words: &[Word], role: Option<Span>, evidence: Evidence) -> Option<Candidate> {
        let first = words.first()?;
        let last = words.last()?;
        if words.iter().any(|w| self.is_org_head(w.span)) {
            return None;
        }
        // A role from an aside names no one by itself ("Name" of one word is a repetition).
        let role = role.filter(|_| words.len() >= 2 || evidence == Evidence::Named);
        // A listed person's surname alone ("Mr. Trump"), or with their own first name in
        // another spelling ("Lloyd J. Austin", "Wei Fenge"), is that person: the gazetteer's
        // hits resolve it. A first name of someone else makes someone else ("Gordon Brown").
        for w in words.iter().filter(|w| w.listed.is_some()) {
            let e = &self.g.entries[w.listed.unwrap_or_default() as usize];
            let mut others = words
                .iter()
                .filter(|o| o.span != w.span && !o.particle)
                .map(|o| &self.text[o.span.range()]);
            let same = others.all(|o| {
                let initial = o.len() == 2 && o.ends_with('.');
                initial
                    || std::iter::once(&e.name)
                        .chain(&e.aliases)
                        .flat_map(|n| n.split([' ', '-']))
                        .any(|n| n.chars().take(3).eq(o.chars().take(3)))
            });
            if same {
                return None;
            }
        }
        let family_first = (2..=3).contains(&words.len())
            && self
                .names
                .family_first
                .contains(&self.text[first.span.range()]);
        if credit(self.text, Span::new(first.span.start, last.span.end)) {
            return None;
        }
        let evidence = if words.len() == 1 && role.is_none() {
            Evidence::Repeat
        } else {
            evidence
        };
        Some(Candidate {
            span: Span::new(first.span.start, last.span.end),
            kind: NameKind::Person,
            evidence,
            role,
            short: if family_first { first.span } else { last.span },
        })
    }

    /// The name that is the subject of the cue at `cue`: right before it, past auxiliaries
    /// ("has also said") and an apposition ("X, the ... spokesman, said").
    fn subject(&self, cue: Span) -> Option<Candidate> {
        let text = self.text;
        let mut end = cue.start;
        // Skip auxiliaries and adverbs: "has also said", "further emphasized".
        for _ in 0..3 {
            let (from, before) = window_before(text, end, 24);
            let trimmed = before.trim_end();
            let w_start = after_last(trimmed, |c| !c.is_alphabetic());
            let w = &trimmed[w_start..];
            if w.is_empty() || !(self.names.aux.contains(w) || is_adverb(w)) {
                break;
            }
            end = from + w_start;
        }
        let mut role = None;
        let mut words = self.backward(end);
        if words.is_empty() {
            // "Name, a member of parliament, said", "Name, 24, a reservist, said", "The head of
            // the board, Name, said": past up to two asides between commas.
            let mut at = end;
            for _ in 0..2 {
                let Some((open, close)) = aside_before(text, at) else {
                    break;
                };
                let inside = self.backward(close);
                if inside
                    .first()
                    .is_some_and(|w| text[open..w.span.start].trim().is_empty())
                    && inside.len() >= 2
                {
                    // The aside is the name itself; the words before it are its role.
                    let (from, before) = window_before(text, open, APPOSITION_REACH);
                    let lead = after_last(before, |c| matches!(c, '.' | ';' | '\n' | '"'));
                    role = Some(Span::new(from + lead, open));
                    words = inside;
                    break;
                }
                role = Some(Span::new(open + 1, close));
                words = self.backward(open);
                if !words.is_empty() {
                    break;
                }
                at = open + 1;
            }
            if words.len() < 2 {
                return None;
            }
        }
        if !words.is_empty() {
            let ev = if words.len() >= 2 {
                Evidence::Named
            } else {
                Evidence::Repeat
            };
            return self.person(&words, role, ev);
        }
        None
    }

    /// "Name, (age,) the/a ... ROLE": the name before the comma that opens the apposition
    /// holding the role at `role`.
    fn apposition_before(&self, role: Span) -> Option<Candidate> {
        let text = self.text;
        let (from, before) = window_before(text, role.start, APPOSITION_REACH);
        let comma = before.rfind(',')?;
        let inside = &before[comma + 1..];
        if inside.contains(['.', ';', ':', '(', ')', '"', '\u{201C}', '\u{201D}']) {
            return None;
        }
        // An apposition opens with an article, a possessive, a demonym or a modifier; a verb
        // or a name would make it a clause or a list.
        let first = inside.split_whitespace().next().unwrap_or("");
        let opens = self.names.apposition_open.contains(first)
            || first.ends_with("'s")
            || first.ends_with("\u{2019}s")
            || first.chars().next().is_some_and(char::is_lowercase)
            || self.is_country(from + comma + 1 + (inside.len() - inside.trim_start().len()));
        if !opens {
            return None;
        }
        // The role's phrase runs to the comma that closes the apposition ("a spokeswoman for
        // the Serbian government,").
        let rest = window_after(text, role.end, 60);
        let role_end = rest
            .find([',', '.', ';'])
            .filter(|&i| rest.as_bytes()[i] == b',')
            .map_or(role.end, |i| role.end + i);
        let mut at = from + comma;
        // "Maria Lopes, 54, a farmer": an age between name and apposition.
        let (f2, b2) = window_before(text, at, 8);
        if let Some(c2) = b2.rfind(',') {
            let age = b2[c2 + 1..].trim();
            if !age.is_empty() && age.len() <= 3 && age.bytes().all(|b| b.is_ascii_digit()) {
                at = f2 + c2;
            }
        }
        let words = self.backward(at);
        (words.len() >= 2)
            .then(|| {
                self.person(
                    &words,
                    Some(Span::new(from + comma + 1, role_end)),
                    Evidence::Named,
                )
            })
            .flatten()
    }

    /// "ROLE (in Place), Name,": the name after the comma that closes the role's phrase.
    fn apposition_after(&self, role: Span) -> Option<Candidate> {
        let text = self.text;
        let window = window_after(text, role.end, 60);
        let comma = window.find(',')?;
        let between = &window[..comma];
        if between.contains(['.', ';', ':', '(', ')', '"', '\u{201C}', '\u{201D}']) {
            return None;
        }
        // Only qualifier words between ("in Buenos Aires", "of Ethiopia's electoral board"),
        // no verb of saying or meeting, at most eight; a capitalised word only after a
        // preposition or possessive (a name between would make the phrase a list).
        if between.split_whitespace().count() > 8
            || self.cue_within(Span::new(role.end, role.end + comma))
        {
            return None;
        }
        let mut after_prep = false;
        for w in between.split_whitespace() {
            if matches!(w, "in" | "of" | "to" | "at" | "for" | "from" | "on") {
                after_prep = true;
            } else if w.chars().next().is_some_and(char::is_uppercase) {
                if !after_prep {
                    return None;
                }
            } else {
                after_prep = false;
            }
        }
        let start = role.end + comma + 1;
        let words = self.forward_after(start);
        let last = words.last()?;
        // The name is closed by a comma or followed by its verb.
        let next = text[last.span.end..].chars().next();
        if words.len() >= 2 && matches!(next, Some(',') | Some(' ')) {
            return self.person(
                &words,
                Some(Span::new(
                    role_phrase_start(text, role.start),
                    role.end + comma,
                )),
                Evidence::Named,
            );
        }
        None
    }

    /// An organisation whose name ends with the head at `head`, or with the listed body at
    /// `head` (`listed` holds its country then).
    fn organisation(&self, head: Span, listed: Option<Option<&str>>) -> Option<Candidate> {
        let text = self.text;
        // Back over capitalised words, "and", and possessives inside the name ("People's").
        let mut start = head.start;
        let mut count = 0;
        let mut country_before = None;
        let mut joined_last = false;
        loop {
            let (from, before) = window_before(text, start, 40);
            let Some(b) = before.strip_suffix(' ') else {
                break;
            };
            let w_start = after_last(b, |c| matches!(c, ' ' | '\n' | '\t' | '('));
            let w = &b[w_start..];
            let at = from + w_start;
            let core = trim_suffix(trim_suffix(w, "'s"), "\u{2019}s");
            let joined = matches!(w, "and" | "&") && count < 4 && !joined_last;
            // "China-sceptic", "U.S.-led": a compound adjective, no part of a name.
            let adjective = core
                .split('-')
                .skip(1)
                .any(|p| p.chars().next().is_some_and(char::is_lowercase));
            let capital = core.chars().next().is_some_and(char::is_uppercase)
                && core
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
                && !adjective
                && !self.names.org_stop.contains(core);
            if !(joined || capital) || count >= 5 {
                break;
            }
            if core.len() != w.len() && self.is_country(at) {
                // "Armenia's Security Council": a possessive country is no part of the name.
                country_before = self.country_at(at);
                break;
            }
            if core.len() != w.len() && self.entity_ending_at(at + core.len()) {
                // "the African Union's Peace and Security Council": a listed body's possessive
                // names its owner, not a part of the name.
                break;
            }
            // "X and Y Council" joins two words of one name, not two bodies ("the Pentagon and
            // China's Ministry").
            if joined_last && self.is_entity(at) {
                break;
            }
            joined_last = joined;
            start = at;
            count += 1;
        }
        if joined_last {
            start = head
                .start
                .min(start + text[start..].find(' ').map_or(0, |i| i + 1));
        }
        // A listed body named as itself ("China's Ministry of National Defense" when the
        // gazetteer lists it for China) is left to the gazetteer.
        if listed.is_some() && start == head.start && country_before.as_deref() == listed.flatten()
        {
            return None;
        }
        // A phrase may not start with a joining word.
        while let Some(rest) = ["and ", "of ", "for ", "& "]
            .iter()
            .find_map(|j| text[start..head.end].strip_prefix(j))
        {
            start = head.end - rest.len();
        }
        // Forward: "of Health", "for Democratic Change", "and Trade", "-in Opposition".
        let mut end = head.end;
        for _ in 0..3 {
            let rest = window_after(text, end, 60);
            let joined = [" of the ", " of ", " for the ", " for ", " and "]
                .iter()
                .find(|j| rest.starts_with(**j));
            if let Some(j) = joined {
                let words = capital_run(&rest[j.len()..], &self.names.org_stop);
                if words == 0 {
                    break;
                }
                end += j.len() + words;
            } else if let Some(r) = rest.strip_prefix('-') {
                let w = r.split([' ', ',', '.', ';']).next().unwrap_or("");
                if w.is_empty() || !w.chars().all(char::is_alphabetic) {
                    break;
                }
                end += 1 + w.len();
                let more = capital_run(r[w.len()..].trim_start_matches(' '), &self.names.org_stop);
                if more > 0 {
                    end += 1 + more;
                }
            } else {
                break;
            }
        }
        let words = text[start..end].split_whitespace().count();
        if words < 2 && country_before.is_none() {
            return None;
        }
        if start == head.start && end == head.end && country_before.is_none() {
            return None;
        }
        let span = Span::new(start, end);
        Some(Candidate {
            span,
            kind: NameKind::Org,
            evidence: Evidence::Named,
            // A possessive country before the name: this country's body, even where the name
            // is a listed body's ("Israel's National Security Council").
            role: country_before.map(|_| Span::new(start.saturating_sub(1), start)),
            short: span,
        })
    }

    /// Name words forward from `pos`, where a word starts.
    fn forward(&self, pos: usize) -> Words {
        let mut out = Words::new();
        let mut at = pos;
        while out.len() < MAX_WORDS {
            let Some(w) = self.word_at(at) else { break };
            let end = w.span.end;
            out.push(w);
            let rest = &self.text[end..];
            // A name goes on only over one space; a possessive or punctuation ends it.
            if !rest.starts_with(' ') || rest.starts_with("  ") {
                break;
            }
            at = end + 1;
        }
        while out.last().is_some_and(|w| w.particle) {
            out.pop();
        }
        if out.first().is_some_and(|w| w.particle) {
            out.clear();
        }
        out
    }

    /// Name words starting one space after `pos`.
    fn forward_after(&self, pos: usize) -> Words {
        match self.text.get(pos..) {
            Some(rest) if rest.starts_with(' ') && !rest.starts_with("  ") => self.forward(pos + 1),
            _ => Words::new(),
        }
    }

    /// Name words ending one space before `end`, in text order.
    fn backward(&self, end: usize) -> Words {
        let text = self.text;
        let mut out = Words::new();
        let mut at = end;
        while out.len() < MAX_WORDS {
            let (from, before) = window_before(text, at, 48);
            // The last word may end at `end` itself ("Name, the ..."); before each other word
            // there is one space.
            let b = match before.strip_suffix(' ') {
                Some(b) => b,
                None if out.is_empty() => before,
                None => break,
            };
            if b.ends_with(' ') || b.is_empty() {
                break;
            }
            let w_start = after_last(b, |c| {
                matches!(c, ' ' | '\n' | '\t' | '(' | '"' | '\u{201C}')
            });
            if w_start == 0 && from > 0 {
                break;
            }
            let Some(w) = self.word_at(from + w_start) else {
                break;
            };
            if w.span.end != from + b.len() {
                break;
            }
            out.push(w);
            at = from + w_start;
        }
        out.reverse();
        while out.first().is_some_and(|w| w.particle) {
            out.remove_first();
        }
        if out.last().is_some_and(|w| w.particle) {
            out.clear();
        }
        // A capitalised word right before the run makes it part of a longer phrase, unless it
        // opens the sentence ("The", "Opposition leader ...").
        out
    }

    /// The name word starting at `pos`, if the text has one there.
    fn word_at(&self, pos: usize) -> Option<Word> {
        let text = self.text;
        // Fast refusal by bytes: a name word starts with a capital or a non-ASCII letter; a
        // lower-case word is a name's particle only when short ("bin", "della", "al-Harbi").
        let b = text.as_bytes();
        match b.get(pos) {
            Some(c) if c.is_ascii_uppercase() || !c.is_ascii() => {}
            Some(c) if c.is_ascii_lowercase() => {
                let n = b[pos..]
                    .iter()
                    .take(7)
                    .take_while(|c| c.is_ascii_lowercase())
                    .count();
                if n > 5 {
                    return None;
                }
            }
            _ => return None,
        }
        let slot = &self.memo[pos % MEMO];
        match slot.get() {
            (at, w) if at == pos => w,
            _ => {
                let w = self.read_word(pos);
                slot.set((pos, w));
                w
            }
        }
    }

    /// [`Reader::word_at`] past its refusal by the first bytes.
    fn read_word(&self, pos: usize) -> Option<Word> {
        let text = self.text;
        let rest = window_after(text, pos, 40);
        let raw = &rest[..word_end(rest)];
        // Possessives and a final full stop end the word (and the name).
        let mut core = raw
            .strip_suffix("'s")
            .or_else(|| raw.strip_suffix("\u{2019}s"))
            .unwrap_or(raw);
        let initial = core.len() == 2
            && core.ends_with('.')
            && core.chars().next().is_some_and(|c| c.is_ascii_uppercase());
        if !initial {
            // As `trim_end_matches(['.', '\'', '\u{2019}'])`, a byte test a character.
            loop {
                if core.ends_with(['.', '\'']) {
                    core = &core[..core.len() - 1];
                } else if core.ends_with('\u{2019}') {
                    core = &core[..core.len() - 3];
                } else {
                    break;
                }
            }
        }
        if core.is_empty() {
            return None;
        }
        let span = Span::new(pos, pos + core.len());
        if self.names.particle.contains(core) {
            return Some(Word {
                span,
                particle: true,
                given: false,
                listed: None,
            });
        }
        let body = core
            .strip_prefix("al-")
            .or_else(|| core.strip_prefix("el-"))
            .or_else(|| core.strip_prefix("ad-"))
            .unwrap_or(core);
        let first_upper = body.chars().next().is_some_and(char::is_uppercase);
        let shaped = first_upper
            && (initial
                || if body.is_ascii() {
                    let b = body.as_bytes();
                    b.iter().any(u8::is_ascii_lowercase)
                        && b.iter()
                            .all(|c| c.is_ascii_alphabetic() || matches!(c, b'-' | b'\''))
                } else {
                    body.chars().any(char::is_lowercase)
                        && body
                            .chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}'))
                });
        if !shaped || self.names.not_name.contains(core) {
            return None;
        }
        // A word another pattern claims (a country, a month, a cue) is no name; given names and
        // listed people's surnames are.
        let mut given = false;
        let mut listed = None;
        for h in self.hits_at(pos) {
            if h.span.end < span.end {
                // "Yusuf" of "Yusuf-Gwarzo": a shorter word inside this one names nothing.
                continue;
            }
            match h.tag {
                Tag::Given => given = true,
                Tag::Entry {
                    entry,
                    form: Form::Short,
                } if self.g.entries[entry as usize].kind == EntryKind::Person && h.span == span => {
                    listed = listed.or(Some(entry));
                }
                _ => return None,
            }
        }
        Some(Word {
            span,
            particle: false,
            given,
            listed,
        })
    }

    /// Whether a hit at `span` is also another pattern's word, so a given name there names
    /// no one by itself ("Georgia" the country, "Austin" a listed surname).
    fn claimed(&self, span: Span) -> bool {
        self.hits_at(span.start).any(|h| {
            !matches!(
                h.tag,
                Tag::Given
                    | Tag::Entry {
                        form: Form::Short,
                        ..
                    }
            )
        })
    }

    /// The hits that start at byte `pos`.
    fn hits_at(&self, pos: usize) -> impl Iterator<Item = &Hit> {
        let k = self.first_hit_at(pos);
        self.hits[k..]
            .iter()
            .take_while(move |h| h.span.start == pos)
    }

    /// The index of the first hit starting at or after `pos` (as `partition_point`), galloping
    /// from the last answer in either direction.
    fn first_hit_at(&self, pos: usize) -> usize {
        let hits = self.hits;
        let before = |h: &Hit| h.span.start < pos;
        let h = self.cursor.get().min(hits.len());
        let k = if hits.get(h).is_some_and(before) {
            h + 1 + gallop(&hits[h + 1..], before)
        } else if h > 0 && !before(&hits[h - 1]) {
            // Backwards: the last hit before `pos`, searched from the cursor down.
            let (mut hi, mut step) = (h - 1, 1);
            loop {
                let lo = hi.saturating_sub(step);
                if lo == 0 || before(&hits[lo - 1]) {
                    break lo + hits[lo..hi].partition_point(before);
                }
                hi = lo;
                step *= 2;
            }
        } else {
            return h;
        };
        self.cursor.set(k);
        k
    }

    /// Whether a country (name, alias or demonym) starts at `pos`.
    fn is_country(&self, pos: usize) -> bool {
        self.hits_at(pos).any(|h| match h.tag {
            Tag::Entry { entry, .. } => self.g.entries[entry as usize].kind == EntryKind::Country,
            _ => false,
        })
    }

    /// The country (name, alias or demonym) starting at `pos`.
    fn country_at(&self, pos: usize) -> Option<String> {
        self.hits_at(pos).find_map(|h| match h.tag {
            Tag::Entry { entry, .. } => {
                let e = &self.g.entries[entry as usize];
                (e.kind == EntryKind::Country)
                    .then(|| e.country.clone())
                    .flatten()
            }
            _ => None,
        })
    }

    /// Whether a listed country, organisation or person starts at `pos`.
    fn is_entity(&self, pos: usize) -> bool {
        self.hits_at(pos).any(|h| match h.tag {
            Tag::Entry { entry, .. } => self.g.entries[entry as usize].kind != EntryKind::Title,
            _ => false,
        })
    }

    /// Whether a listed country, organisation or person's name ends at `end`.
    fn entity_ending_at(&self, end: usize) -> bool {
        let k = self.hits.partition_point(|h| h.span.start + 64 < end);
        self.hits[k..]
            .iter()
            .take_while(|h| h.span.start < end)
            .any(|h| {
                h.span.end == end
                    && matches!(h.tag, Tag::Entry { entry, .. }
                        if self.g.entries[entry as usize].kind != EntryKind::Title)
            })
    }

    /// Whether a speech or contact cue lies within `span`.
    fn cue_within(&self, span: Span) -> bool {
        let k = locate(self.hits, span.start, |h| h.span.start);
        self.hits[k..]
            .iter()
            .take_while(|h| h.span.start < span.end)
            .any(|h| {
                matches!(h.tag, Tag::Word(w) if matches!(
                    self.names.cue.get(usize::from(w)),
                    Some(Cue::Speech | Cue::Contact | Cue::Source)
                ))
            })
    }

    /// Whether the word at `span` is an organisation head ("Ministry").
    fn is_org_head(&self, span: Span) -> bool {
        self.hits_at(span.start)
            .any(|h| matches!(h.tag, Tag::Word(w) if self.names.cue.get(usize::from(w)) == Some(&Cue::OrgHead)))
    }

    /// Past an honorific right after a title: "Minister Dr. Barnaba".
    fn skip_honorific(&self, end: usize) -> usize {
        let k = locate(self.hits, end + 1, |h| h.span.start);
        match self.hits.get(k) {
            Some(h)
                if h.span.start == end + 1
                    && matches!(h.tag, Tag::Word(w) if self.names.cue.get(usize::from(w)) == Some(&Cue::Honorific)) =>
            {
                h.span.end
            }
            _ => end,
        }
    }

    /// Past "with", "to" or "between" after a contact or speech cue.
    fn skip_preposition(&self, end: usize) -> usize {
        let rest = window_after(self.text, end, 10);
        for p in [" with", " to", " between"] {
            if rest.starts_with(p) && rest[p.len()..].starts_with(' ') {
                return end + p.len();
            }
        }
        end
    }
}

/// How many bytes a run of capitalised words at the start of `s` takes (0 for none): "Foreign
/// Affairs" of "Foreign Affairs said".
fn capital_run(s: &str, not_name: &WordList) -> usize {
    let mut end = 0;
    let mut off = 0;
    for w in s.split(' ') {
        let core = w.trim_end_matches([',', '.', ';', ':', ')']);
        if core.is_empty()
            || !core.chars().next().is_some_and(char::is_uppercase)
            || !core.chars().all(|c| c.is_alphabetic() || c == '-')
            || not_name.contains(core)
        {
            break;
        }
        end = off + core.len();
        off += w.len() + 1;
        if core.len() != w.len() {
            break;
        }
    }
    end
}

/// Whether the name at `span` stands in a byline or a photo credit ("By Jane Roe", "Photo:
/// Reuters/John Doe", "John Doe/AFP"): the writer or photographer, not an actor of the story.
fn credit(text: &str, span: Span) -> bool {
    let (_, before) = window_before(text, span.start, 80);
    let line = &before[memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |i| i + 1)..];
    let lead = line.trim_start();
    let lower = |s: &str, p: &str| {
        s.len() >= p.len() && s.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
    };
    let by_line = lower(lead, "by ") && lead.len() <= 40;
    let credit_word = ["photo", "credit", "image", "picture", "file photo", "video"]
        .iter()
        .any(|w| lower(lead, w));
    let slash = line.ends_with('/') || text[span.end..].starts_with('/');
    // "(Reporting by X; Editing by Y)", "Additional reporting by X".
    let tail = line.trim_end();
    let reporting = tail.len() >= 3
        && tail.as_bytes()[tail.len() - 3..].eq_ignore_ascii_case(b" by")
        && [
            "report", "edit", "writ", "compil", "photo", "video", "graphic",
        ]
        .iter()
        .any(|w| {
            let t = &tail.as_bytes()[tail.len().saturating_sub(30)..];
            t.windows(w.len())
                .any(|x| x.eq_ignore_ascii_case(w.as_bytes()))
        });
    by_line || credit_word || slash || reporting
}

/// The aside ending in a comma right before `end` (", a reservist, said"): the byte offsets of
/// its opening and closing commas. An aside holds no sentence punctuation and is short.
fn aside_before(text: &str, end: usize) -> Option<(usize, usize)> {
    let (from, before) = window_before(text, end, APPOSITION_REACH + 2);
    let b = before.trim_end();
    let close = b.strip_suffix(',')?.len();
    let open = b[..close].rfind(',')?;
    let inside = &b[open + 1..close];
    if inside.trim().is_empty()
        || inside.contains(['.', ';', ':', '(', ')', '"', '\u{201C}', '\u{201D}', '\n'])
    {
        return None;
    }
    Some((from + open, from + close))
}

/// The byte offset just past the last character of `s` that `f` takes (0 for none).
/// The length of the word that opens `s`: up to its first white space or punctuation that
/// ends a name word (`,` `;` `:` `(` `)` `/` `!` `?` and double quote marks). ASCII is tested a
/// byte at a time.
fn word_end(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii() {
            if matches!(
                c,
                b'\t'..=b'\r' | b' ' | b',' | b';' | b':' | b'(' | b')' | b'"' | b'/' | b'!' | b'?'
            ) {
                return i;
            }
            i += 1;
            continue;
        }
        let Some(ch) = s[i..].chars().next() else {
            break;
        };
        if ch.is_whitespace() || matches!(ch, '\u{201C}' | '\u{201D}') {
            return i;
        }
        i += ch.len_utf8();
    }
    b.len()
}

fn after_last(s: &str, f: impl Fn(char) -> bool) -> usize {
    s.char_indices()
        .rev()
        .find(|&(_, c)| f(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// An adverb between a subject and its verb ("further", "repeatedly").
fn is_adverb(w: &str) -> bool {
    w == "further"
        || (w.len() > 4 && w.ends_with("ly") && w.chars().all(|c| c.is_ascii_lowercase()))
}

/// Whether the sentence holding `pos` is a Title Case headline (see [`title_case`]).
fn headline(text: &str, pos: usize, sentences: &[Sentence]) -> bool {
    let i = locate(sentences, pos + 1, |s| s.span.end);
    sentences.get(i).is_some_and(|s| title_case(text, s.span))
}

#[cfg(test)]
mod gallop {
    use super::*;
    use crate::knowledge::lexicon::Lexicon;

    #[test]
    fn first_hit_at_is_partition_point() {
        let starts = [0, 0, 3, 3, 3, 7, 9, 9, 12, 20, 20, 21, 40, 41, 41, 41, 60];
        let hits: Vec<Hit> = starts
            .iter()
            .map(|&s| Hit {
                span: Span::new(s, s + 1),
                tag: Tag::Given,
            })
            .collect();
        let g = Gazetteer::default();
        let names = Names::new(&Lexicon::bundled());
        let r = Reader {
            text: "",
            hits: &hits,
            g: &g,
            names: &names,
            memo: std::array::from_fn(|_| Cell::new((usize::MAX, None))),
            cursor: Cell::new(0),
        };
        let mut x: u64 = 7;
        for _ in 0..2000 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let pos = (x >> 33) as usize % 70;
            let want = hits.partition_point(|h| h.span.start < pos);
            assert_eq!(r.first_hit_at(pos), want, "{pos}");
        }
    }
}
