/*!
`demarche` reads English news text about diplomacy and defence and returns typed records: the
**actors** (people, countries, organisations), their **statements** (who said what, quoted or
reported), **meetings** (who met or talked with whom, when, where, how, and whether it happened),
**refusals** (who declined whose request) and **dates** (every temporal expression, normalised
TIMEX3-style against the publication date).

Every record carries byte spans into the article, so each answer can be shown in the text it came
from. Extraction is one cheap pass over the bytes (an Aho-Corasick automaton over every known
name and cue word, memchr for punctuation) followed by detectors that only read what that pass
found, so it runs in time linear in the input and never fails: any `&str` gives a result.

# Example

```
use demarche::{Article, Day, Extractor, MeetingStatus};

let text = "US Defense Secretary Lloyd Austin met his Chinese counterpart Dong Jun in \
            Singapore on Friday. \"We need to talk,\" Austin said.";
let published = Day::new(2024, 6, 1).unwrap();

let extractor = Extractor::new();
let doc = extractor.extract(Article::new(text).published(published));

let austin = doc.actor("lloyd-austin").unwrap();
assert_eq!(austin.country.as_deref(), Some("USA"));
assert_eq!(austin.mentions.len(), 2);

let quote = &doc.statements[0];
assert_eq!(quote.text, "We need to talk,");
assert_eq!(quote.speaker.as_deref(), Some("lloyd-austin"));

let meeting = &doc.meetings[0];
assert_eq!(meeting.status, MeetingStatus::Held);
assert_eq!(meeting.participants, ["lloyd-austin", "dong-jun"]);
assert_eq!(meeting.location.as_ref().unwrap().text, "Singapore");
assert_eq!(meeting.date.as_ref().and_then(|d| d.value.as_deref()), Some("2024-05-31"));

// Every record points back into the text the same way: a `text` and its `span`.
let d = &doc.dates[0];
assert_eq!(&text[d.span.range()], d.text);
let place = meeting.location.as_ref().unwrap();
assert_eq!(&text[place.span.range()], place.text);
```

# Overview

- [`Extractor`] does the work; [`Extractor::new`] uses the bundled data,
  [`Extractor::builder`] adds or replaces gazetteer entries. It is `Send + Sync` and cheap to
  clone.
- [`Article`] is the input: text and an optional publication date ([`Day`]).
- [`Extraction`] is the output: [`Actor`]s, [`Statement`]s, [`Meeting`]s, [`Refusal`]s and
  [`Date`]s, plus the [`Anchor`] relative dates were resolved against. It serialises with serde;
  that JSON is the `demarche` tool's output contract (see the README).
- [`Span`] is where something is in the text: `&text[span.range()]`. Everything that points into
  the text (a [`Statement`], a [`Date`], and the [`Excerpt`]s that are mentions, speech cues,
  meeting locations and evidence) has a `text` and a `span: Span`, and
  `&text[x.span.range()] == x.text`.
- [`Error`] is what building can fail with (a malformed gazetteer line, with file, line and
  problem, or an unreadable file), and what [`Day::new`], parsing a [`Day`] or an enum's name
  give; [`Error::kind`] gives an [`ErrorKind`] to match on.
- [`Extractor::extract_batch`] and [`Extractor::try_extract_batch`] run many articles on all
  cores, in input order.
- [`Extraction::actor`], [`Extraction::participants`], [`Extraction::speaker`] and their kin
  follow a record's actor ids to the [`Actor`]s.

# The pipeline

text → **scan** (one Aho-Corasick pass; memchr for quote marks and sentence ends) → **segment**
(sentences, at candidate positions only) → **temporal** (dates) → **names** (people and
organisations the gazetteer does not list, read around the scan's evidence: given names, titles,
role nouns, appositions, verbs of saying and meeting, organisation heads) → **resolve** (actors:
short names and surnames, titles, roles by date, anonymous sources) → **quote** (statements) →
**event** (meetings and refusals) → the [`Extraction`]. No stage after the scan re-reads the text
byte by byte.

People the gazetteer does not list are actors too:

```
use demarche::{ActorKind, Extractor};

let text = "Philippe Nzobonariba, the Burundian government spokesman, said the talks were over. \
            Nzobonariba added that Burundi would not attend.";
let doc = Extractor::new().extract(text);
let p = doc.actor("philippe-nzobonariba").unwrap();
assert_eq!(p.kind, ActorKind::Person);
assert_eq!(p.country.as_deref(), Some("BDI"));
assert_eq!(p.mentions.len(), 2);
```

# Data

The bundled gazetteer (the `.tsv` files in `data/gazetteer/`) and cue-word lexicons (`data/lexicon.tsv`,
`data/temporal.tsv`) are plain tab-separated text, embedded at compile time. The gazetteer
format is documented in [`gazetteer_format`]; load your own with
[`ExtractorBuilder::gazetteer_file`], to add entries, extend bundled ones or replace them.

# The command-line tool

The crate installs a `demarche` binary (`cargo install demarche`; `demarche --help`): articles
or JSON Lines feeds in, one JSON object per article out (this [`Extraction`]'s serde form, with
the input's `file`), or a readable summary with `--format text`.
*/

#![deny(missing_docs)]
#![forbid(unsafe_code)]

// The pipeline, stage by stage: `scan` (one Aho-Corasick pass over names and cue words, memchr
// for punctuation) → `syntax` (sentences) → `actors` (names and who is who) → `detect` (dates,
// statements, meetings and refusals), with `knowledge` (gazetteer, lexicon, importers) built once
// per extractor and `model` for the records.
mod actors;
mod batch;
mod detect;
mod error;
mod extractor;
pub mod gazetteer_format;
mod knowledge;
mod model;
mod scan;
mod syntax;
mod util;

pub use crate::error::{Error, ErrorKind};
pub use crate::extractor::{Article, Extractor, ExtractorBuilder};
pub use crate::model::{
    Actor, ActorKind, Anchor, AnchorSource, Cameo, Date, DateKind, DateMod, Day, DayRange, Excerpt,
    Extraction, Meeting, MeetingFormat, MeetingStatus, Plover, PloverMode, Refusal, Span,
    Statement, StatementKind,
};

/// Hooks for the crate's own benchmarks. Not part of the public API: no semver guarantees.
#[doc(hidden)]
pub mod __bench {
    use crate::Extractor;

    /// Every surface form the scan matches.
    pub fn patterns(ex: &Extractor) -> Vec<String> {
        ex.patterns()
    }

    /// Runs only the scan (the Aho-Corasick pass with word boundaries, quote marks and
    /// sentence-end candidates) and returns the number of hits.
    pub fn scan(ex: &Extractor, text: &str) -> usize {
        ex.scan_only(text)
    }

    /// Runs the scan and sentence segmentation; returns the number of sentences.
    pub fn segment(ex: &Extractor, text: &str) -> usize {
        ex.segment_only(text)
    }
}

/// The README's Rust examples, compiled and run as doctests so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
