//! The typed records an extraction returns.
//!
//! This module owns the public data model: [`Extraction`] (the document) and the records it holds,
//! [`Actor`], [`Statement`], [`Meeting`], [`Refusal`] and [`Date`], plus the small value types they
//! share ([`Span`], [`Excerpt`], [`Day`]). Every record is plain data: `Clone`, `Debug`,
//! `PartialEq`, serde-serialisable, and carries byte spans into the article so that
//! `&text[span.range()]` is the text the record was read from.
//!
//! The serde form of [`Extraction`] is the JSON contract of the `extract` example (see the README):
//! fields may be added, never renamed or removed.

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// A public unit enum whose names are its serde form: the enum (`#[non_exhaustive]`, `Copy`,
/// serde), `ALL`, `as_str`, `Display` and `FromStr`, all from one list of `Variant = "name"`, so
/// that `x.to_string().parse()` and `serde_json::to_string(&x)` always agree. The literal after
/// the enum's name says what it is, for parse errors ("\"x\" is not a meeting status").
macro_rules! named_enum {
    (
        $(#[$meta:meta])*
        pub enum $ty:ident($what:literal) {
            $(#[$first_doc:meta])* $first:ident = $first_name:literal,
            $($(#[$doc:meta])* $v:ident = $name:literal,)*
        }
    ) => {
        $(#[$meta])*
        #[non_exhaustive]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $ty {
            $(#[$first_doc])*
            #[serde(rename = $first_name)]
            $first,
            $($(#[$doc])* #[serde(rename = $name)] $v,)*
        }

        impl $ty {
            /// Every value, in declaration order.
            ///
            #[doc = concat!("```\nuse demarche::", stringify!($ty), ";\nassert_eq!(", stringify!($ty), "::ALL[0], ", stringify!($ty), "::", stringify!($first), ");\nfor v in ", stringify!($ty), "::ALL {\n    assert_eq!(v.to_string().parse::<", stringify!($ty), ">().unwrap(), *v);\n}\n```")]
            pub const ALL: &'static [$ty] = &[$ty::$first, $($ty::$v),*];

            /// The name, as serde writes it, `Display` prints it and `str::parse` reads it.
            ///
            #[doc = concat!("```\nuse demarche::", stringify!($ty), ";\nassert_eq!(", stringify!($ty), "::", stringify!($first), ".as_str(), \"", $first_name, "\");\nassert_eq!(\"", $first_name, "\".parse::<", stringify!($ty), ">().unwrap(), ", stringify!($ty), "::", stringify!($first), ");\n```")]
            pub fn as_str(self) -> &'static str {
                match self {
                    $ty::$first => $first_name,
                    $($ty::$v => $name,)*
                }
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $ty {
            type Err = crate::Error;

            /// Parses the name [`as_str`](Self::as_str) gives (the serde name); anything else is
            /// an error of kind [`ErrorKind::UnknownName`](crate::ErrorKind::UnknownName).
            fn from_str(s: &str) -> Result<$ty, crate::Error> {
                match s {
                    $first_name => Ok($ty::$first),
                    $($name => Ok($ty::$v),)*
                    _ => Err(crate::Error::unknown_name(s, $what, &[$first_name, $($name),*])),
                }
            }
        }
    };
}

/// A half-open byte range `start..end` into the article text.
///
/// Both ends lie on UTF-8 character boundaries, so slicing never panics.
///
/// # Example
///
/// ```
/// use demarche::Span;
///
/// let text = "Austin met Li.";
/// let span = Span::new(0, 6);
/// assert_eq!(&text[span.range()], "Austin");
/// assert_eq!(span.len(), 6);
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`. `end` is clamped to be at least `start`.
    ///
    /// ```
    /// use demarche::Span;
    /// assert_eq!(Span::new(5, 3), Span::new(5, 5));
    /// ```
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// The span as a `Range`, for slicing: `&text[span.range()]`.
    ///
    /// ```
    /// use demarche::Span;
    /// assert_eq!(&"Beijing said"[Span::new(0, 7).range()], "Beijing");
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The length in bytes.
    ///
    /// ```
    /// use demarche::Span;
    /// assert_eq!(Span::new(2, 9).len(), 7);
    /// ```
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    ///
    /// ```
    /// use demarche::Span;
    /// assert!(Span::new(4, 4).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies wholly inside `self`.
    ///
    /// ```
    /// use demarche::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 5)));
    /// assert!(!Span::new(0, 10).contains(Span::new(8, 12)));
    /// ```
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

/// A piece of the article: where it is ([`Span`]) and what it says.
///
/// Actor mentions, speech cues, meeting locations and evidence are excerpts. Like a
/// [`Statement`] and a [`Date`], an excerpt has a `text` and a `span`, and
/// `&article[x.span.range()]` is `x.text`: that is the one way every record points into the
/// article. It serialises flat, as `{"start", "end", "text"}`.
///
/// # Example
///
/// ```
/// use demarche::{Excerpt, Span};
///
/// let text = "China declined.";
/// let e = Excerpt::new(text, Span::new(0, 5));
/// assert_eq!(e.text, "China");
/// assert_eq!(&text[e.span.range()], e.text);
/// assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"start":0,"end":5,"text":"China"}"#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(from = "FlatExcerpt<String>")]
pub struct Excerpt {
    /// Where it is.
    pub span: Span,
    /// `&article[span.range()]`.
    pub text: String,
}

impl Excerpt {
    /// The excerpt of `text` at `span`.
    ///
    /// # Panics
    ///
    /// When `span` is out of bounds or not on character boundaries (the library only builds
    /// excerpts from spans it found, which always are).
    ///
    /// ```
    /// use demarche::{Excerpt, Span};
    /// assert_eq!(Excerpt::new("in Singapore", Span::new(3, 12)).text, "Singapore");
    /// ```
    pub fn new(text: &str, span: Span) -> Excerpt {
        Excerpt {
            span,
            text: text[span.range()].to_string(),
        }
    }

    /// The text, as a `&str`: handy for optional excerpts
    /// (`m.location.as_ref().map(Excerpt::as_str)`).
    ///
    /// ```
    /// use demarche::{Excerpt, Extractor};
    /// let doc = Extractor::new().extract("Antony Blinken met Wang Yi in Beijing.");
    /// assert_eq!(doc.meetings[0].location.as_ref().map(Excerpt::as_str), Some("Beijing"));
    /// ```
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

/// The JSON layout of an [`Excerpt`]: the span's ends beside the text, as the contract has always
/// had it.
#[derive(Serialize, Deserialize)]
#[serde(rename = "Excerpt")]
struct FlatExcerpt<T> {
    start: usize,
    end: usize,
    text: T,
}

impl From<FlatExcerpt<String>> for Excerpt {
    fn from(f: FlatExcerpt<String>) -> Excerpt {
        Excerpt {
            span: Span::new(f.start, f.end),
            text: f.text,
        }
    }
}

impl Serialize for Excerpt {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        FlatExcerpt {
            start: self.span.start,
            end: self.span.end,
            text: self.text.as_str(),
        }
        .serialize(s)
    }
}

/// A calendar day in the proleptic Gregorian calendar, such as an article's publication date.
///
/// Serialised as `"YYYY-MM-DD"`. Parse one with [`str::parse`] or build one with [`Day::new`].
///
/// # Example
///
/// ```
/// use demarche::Day;
///
/// let day: Day = "2023-06-03".parse().unwrap();
/// assert_eq!(day, Day::new(2023, 6, 3).unwrap());
/// assert_eq!(day.to_string(), "2023-06-03");
/// assert!("2023-02-30".parse::<Day>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub(crate) chrono::NaiveDate);

impl Day {
    /// The day `year-month-day`, or an error of kind [`ErrorKind::BadDate`](crate::ErrorKind::BadDate)
    /// when there is no such day (February 30, month 13), as parsing gives.
    ///
    /// ```
    /// use demarche::{Day, ErrorKind};
    /// assert_eq!(Day::new(2024, 2, 29)?.to_string(), "2024-02-29");
    /// let err = Day::new(2023, 2, 29).unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::BadDate);
    /// assert_eq!(err.to_string(), "bad date \"2023-02-29\": no such day in the calendar");
    /// # Ok::<(), demarche::Error>(())
    /// ```
    pub fn new(year: i32, month: u32, day: u32) -> Result<Day, crate::Error> {
        chrono::NaiveDate::from_ymd_opt(year, month, day)
            .map(Day)
            .ok_or_else(|| {
                crate::Error::bad_date(
                    &format!("{year:04}-{month:02}-{day:02}"),
                    "no such day in the calendar",
                )
            })
    }

    /// The year.
    ///
    /// ```
    /// use demarche::Day;
    /// assert_eq!(Day::new(2023, 6, 3).unwrap().year(), 2023);
    /// ```
    pub fn year(&self) -> i32 {
        chrono::Datelike::year(&self.0)
    }

    /// The month, 1 to 12.
    ///
    /// ```
    /// use demarche::Day;
    /// assert_eq!(Day::new(2023, 6, 3).unwrap().month(), 6);
    /// ```
    pub fn month(&self) -> u32 {
        chrono::Datelike::month(&self.0)
    }

    /// The day of the month, 1 to 31.
    ///
    /// ```
    /// use demarche::Day;
    /// assert_eq!(Day::new(2023, 6, 3).unwrap().day(), 3);
    /// ```
    pub fn day(&self) -> u32 {
        chrono::Datelike::day(&self.0)
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl FromStr for Day {
    type Err = crate::Error;

    /// Parses `YYYY-MM-DD`; the error names the text and what is wrong with it.
    fn from_str(s: &str) -> Result<Day, crate::Error> {
        let t = s.trim();
        let parts: Vec<&str> = t.split('-').collect();
        let ok_shape = parts.len() == 3
            && parts[0].len() == 4
            && parts[1].len() == 2
            && parts[2].len() == 2
            && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
        if !ok_shape {
            return Err(crate::Error::bad_date(s, "expected YYYY-MM-DD"));
        }
        let (y, m, d) = (
            parts[0].parse().unwrap_or(0),
            parts[1].parse().unwrap_or(0),
            parts[2].parse().unwrap_or(0),
        );
        Day::new(y, m, d).map_err(|_| crate::Error::bad_date(s, "no such day in the calendar"))
    }
}

impl Serialize for Day {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Day, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

named_enum! {
    /// What kind of thing an [`Actor`] is.
    ///
    /// ```
    /// use demarche::ActorKind;
    /// assert_eq!(serde_json::to_string(&ActorKind::Organization).unwrap(), "\"organization\"");
    /// ```
    pub enum ActorKind("actor kind") {
        /// A person, named or anonymous ("a senior US defence official").
        Person = "person",
        /// A country or territory, also when named by its capital ("Beijing said").
        Country = "country",
        /// An organisation: an international body, a ministry, an armed force.
        Organization = "organization",
    }
}

/// A person, country or organisation the article names.
///
/// One actor is one record however often and however it is named: "Lloyd Austin", "Austin" and
/// "the U.S. defense secretary" are mentions of one actor.
///
/// # Example
///
/// ```
/// use demarche::{ActorKind, Extractor};
///
/// let doc = Extractor::new().extract("China said it would respond. Beijing gave no details.");
/// let china = doc.actors.iter().find(|a| a.id == "china").unwrap();
/// assert_eq!(china.kind, ActorKind::Country);
/// assert_eq!(china.country.as_deref(), Some("CHN"));
/// assert_eq!(china.mentions.len(), 2);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Actor {
    /// A stable identifier, a slug of the canonical name ("lloyd-austin", "china").
    pub id: String,
    /// The canonical name.
    pub name: String,
    /// Person, country or organisation.
    pub kind: ActorKind,
    /// ISO 3166-1 alpha-3 code of the actor's country, where known.
    pub country: Option<String>,
    /// Whether this is an unnamed source ("a senior US defence official").
    pub anonymous: bool,
    /// The title or role the actor holds in this article, where known ("Secretary of Defense").
    pub title: Option<String>,
    /// Every place the article names the actor, in text order.
    pub mentions: Vec<Excerpt>,
}

named_enum! {
    /// Whether a [`Statement`] quotes its speaker's words or reports them.
    ///
    /// ```
    /// use demarche::StatementKind;
    /// assert_eq!(serde_json::to_string(&StatementKind::Indirect).unwrap(), "\"indirect\"");
    /// ```
    pub enum StatementKind("statement kind") {
        /// The speaker's own words inside quotation marks.
        Direct = "direct",
        /// The speaker's words reported by the writer ("Austin said (that) ...").
        Indirect = "indirect",
    }
}

/// Something an actor said, quoted or reported.
///
/// # Example
///
/// ```
/// use demarche::{Extractor, StatementKind};
///
/// let text = r#""We want dialogue," Lloyd Austin said."#;
/// let doc = Extractor::new().extract(text);
/// let s = &doc.statements[0];
/// assert_eq!(s.kind, StatementKind::Direct);
/// assert_eq!(s.text, "We want dialogue,");
/// assert_eq!(&text[s.span.range()], s.text);
/// assert_eq!(s.speaker.as_deref(), Some("lloyd-austin"));
/// assert_eq!(s.cue.as_ref().map(|c| c.text.as_str()), Some("said"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Statement {
    /// The [`Actor::id`] of the speaker, or `None` where no speaker was found.
    pub speaker: Option<String>,
    /// Direct quote or reported speech.
    pub kind: StatementKind,
    /// The quoted or reported words: `&article[span]`.
    pub text: String,
    /// Where the words are.
    pub span: Span,
    /// The speech cue ("said", "told", "according to"), where there is one.
    pub cue: Option<Excerpt>,
    /// The date the cue is attached to ("said on Saturday"), where the article gives one.
    pub date: Option<Date>,
}

named_enum! {
    /// Whether a [`Meeting`] took place.
    ///
    /// ```
    /// use demarche::MeetingStatus;
    /// assert_eq!(serde_json::to_string(&MeetingStatus::NotHeld).unwrap(), "\"not_held\"");
    /// ```
    pub enum MeetingStatus("meeting status") {
        /// It happened ("met", "held talks").
        Held = "held",
        /// It is expected to happen ("will meet", "is scheduled to").
        Planned = "planned",
        /// Someone asked for it or hoped for it ("invited", "requested").
        Proposed = "proposed",
        /// A party refused it; a [`Refusal`] links to it.
        Refused = "refused",
        /// It was called off or postponed.
        Cancelled = "cancelled",
        /// It did not happen ("did not hold", "was unable to speak with").
        NotHeld = "not_held",
    }
}

named_enum! {
    /// How a [`Meeting`] was held.
    ///
    /// ```
    /// use demarche::MeetingFormat;
    /// assert_eq!(serde_json::to_string(&MeetingFormat::InPerson).unwrap(), "\"in_person\"");
    /// ```
    pub enum MeetingFormat("meeting format") {
        /// Face to face: a meeting, visit, summit, handshake.
        InPerson = "in_person",
        /// A video call or videoconference.
        Video = "video",
        /// A phone call.
        Phone = "phone",
        /// The article does not say.
        Unknown = "unknown",
    }
}

named_enum! {
    /// A CAMEO event code, as [`Meeting::cameo`] and [`Refusal::cameo`] carry it: the codes this crate
    /// gives. It prints, parses and serialises as the code's string (`"040"`).
    ///
    /// ```
    /// use demarche::Cameo;
    /// assert_eq!("044".parse::<Cameo>().unwrap(), Cameo::MeetAtThirdLocation);
    /// assert_eq!(serde_json::to_string(&Cameo::Consult).unwrap(), "\"040\"");
    /// ```
    pub enum Cameo("CAMEO code") {
        /// 036: express intent to meet or negotiate (a planned or proposed meeting).
        ExpressIntentToMeet = "036",
        /// 040: consult.
        Consult = "040",
        /// 041: discuss by telephone (or video).
        DiscussByTelephone = "041",
        /// 042: make a visit.
        MakeVisit = "042",
        /// 043: host a visit.
        HostVisit = "043",
        /// 044: meet at a "third" location.
        MeetAtThirdLocation = "044",
        /// 120: reject.
        Reject = "120",
        /// 125: reject a proposal to meet, discuss or negotiate.
        RejectProposalToMeet = "125",
    }
}

named_enum! {
    /// A PLOVER event category, as [`Meeting::plover`] and [`Refusal::plover`] carry it. It prints,
    /// parses and serialises as the category's name (`"CONSULT"`).
    ///
    /// ```
    /// use demarche::Plover;
    /// assert_eq!(Plover::Reject.to_string(), "REJECT");
    /// ```
    pub enum Plover("PLOVER category") {
        /// Meet, talk or call.
        Consult = "CONSULT",
        /// Refuse.
        Reject = "REJECT",
    }
}

named_enum! {
    /// The PLOVER mode of a `CONSULT`, as [`Meeting::plover_mode`] carries it. It prints, parses and
    /// serialises as the mode's name (`"third-party"`).
    ///
    /// ```
    /// use demarche::PloverMode;
    /// assert_eq!("third-party".parse::<PloverMode>().unwrap(), PloverMode::ThirdParty);
    /// ```
    pub enum PloverMode("PLOVER mode") {
        /// By phone (also video calls).
        Phone = "phone",
        /// A visit to the other side.
        Visit = "visit",
        /// At a place that is neither side's.
        ThirdParty = "third-party",
        /// Three or more parties.
        Multilateral = "multilateral",
    }
}

/// A contact between actors: a meeting, talks, a call or a visit, held or not.
///
/// # Example
///
/// ```
/// use demarche::{Cameo, Extractor, MeetingFormat, MeetingStatus, Plover, PloverMode};
///
/// let text = "Antony Blinken met Wang Yi in Beijing.";
/// let doc = Extractor::new().extract(text);
/// let m = &doc.meetings[0];
/// assert_eq!(m.status, MeetingStatus::Held);
/// assert_eq!(m.format, MeetingFormat::InPerson);
/// assert_eq!(m.participants, ["antony-blinken", "wang-yi"]);
/// let place = m.location.as_ref().unwrap();
/// assert_eq!(place.text, "Beijing");
/// assert_eq!(&text[place.span.range()], "Beijing");
/// assert_eq!((m.cameo, m.plover), (Cameo::MakeVisit, Plover::Consult));
/// assert_eq!(m.plover_mode, Some(PloverMode::Visit));
/// assert_eq!(m.cameo.as_str(), "042");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(from = "MeetingRepr")]
#[non_exhaustive]
pub struct Meeting {
    /// The [`Actor::id`]s of the participants, in order of first mention.
    pub participants: Vec<String>,
    /// Whether it happened.
    pub status: MeetingStatus,
    /// In person, by video or by phone.
    pub format: MeetingFormat,
    /// When, where the article says.
    pub date: Option<Date>,
    /// Where, as written ("Singapore"), and where the article says it. In JSON it is two keys,
    /// `"location"` (the text) and `"location_span"` (`{"start", "end"}`), as the contract has
    /// always had it.
    pub location: Option<Excerpt>,
    /// The trigger words ("met", "video call") of every mention of this meeting.
    pub evidence: Vec<Excerpt>,
    /// The CAMEO event code: [`Cameo::Consult`] (040), [`Cameo::DiscussByTelephone`] (041, also
    /// video), [`Cameo::MakeVisit`] (042), [`Cameo::HostVisit`] (043),
    /// [`Cameo::MeetAtThirdLocation`] (044), [`Cameo::ExpressIntentToMeet`] (036, planned or
    /// proposed), [`Cameo::RejectProposalToMeet`] (125, refused). JSON has the code's string,
    /// `"040"`.
    pub cameo: Cameo,
    /// The PLOVER event category: [`Plover::Consult`], or [`Plover::Reject`] when the meeting was
    /// refused. JSON has `"CONSULT"` or `"REJECT"`.
    pub plover: Plover,
    /// The PLOVER mode of a `CONSULT`, where the text says: by phone (also video calls), a visit,
    /// at a third party's place, or multilateral (three or more parties). JSON has `"phone"`,
    /// `"visit"`, `"third-party"` or `"multilateral"`.
    pub plover_mode: Option<PloverMode>,
}

/// A [`Meeting`] as JSON has it, to read one: the location's text and span are two keys.
#[derive(Deserialize)]
struct MeetingRepr {
    participants: Vec<String>,
    status: MeetingStatus,
    format: MeetingFormat,
    date: Option<Date>,
    location: Option<String>,
    location_span: Option<Span>,
    evidence: Vec<Excerpt>,
    cameo: Cameo,
    plover: Plover,
    plover_mode: Option<PloverMode>,
}

impl From<MeetingRepr> for Meeting {
    fn from(r: MeetingRepr) -> Meeting {
        Meeting {
            participants: r.participants,
            status: r.status,
            format: r.format,
            date: r.date,
            location: r.location.map(|text| Excerpt {
                span: r.location_span.unwrap_or_default(),
                text,
            }),
            evidence: r.evidence,
            cameo: r.cameo,
            plover: r.plover,
            plover_mode: r.plover_mode,
        }
    }
}

/// Writes the keys `MeetingRepr` reads, in the contract's order.
impl Serialize for Meeting {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut m = s.serialize_struct("Meeting", 10)?;
        m.serialize_field("participants", &self.participants)?;
        m.serialize_field("status", &self.status)?;
        m.serialize_field("format", &self.format)?;
        m.serialize_field("date", &self.date)?;
        m.serialize_field("location", &self.location.as_ref().map(Excerpt::as_str))?;
        m.serialize_field("location_span", &self.location.as_ref().map(|l| l.span))?;
        m.serialize_field("evidence", &self.evidence)?;
        m.serialize_field("cameo", &self.cameo)?;
        m.serialize_field("plover", &self.plover)?;
        m.serialize_field("plover_mode", &self.plover_mode)?;
        m.end()
    }
}

/// An actor declining or rejecting another's request, invitation or proposal.
///
/// # Example
///
/// ```
/// use demarche::{Cameo, Extractor, Plover};
///
/// let doc = Extractor::new().extract("China rejected a US request for a meeting.");
/// let r = &doc.refusals[0];
/// assert_eq!(r.refuser.as_deref(), Some("china"));
/// assert_eq!(r.requester.as_deref(), Some("united-states"));
/// assert_eq!(r.object, "a US request for a meeting");
/// assert_eq!((r.cameo, r.plover), (Cameo::RejectProposalToMeet, Plover::Reject));
/// assert_eq!((r.cameo.as_str(), r.plover.as_str()), ("125", "REJECT"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Refusal {
    /// The [`Actor::id`] of who refused, where found.
    pub refuser: Option<String>,
    /// The [`Actor::id`] of who asked, where the article says.
    pub requester: Option<String>,
    /// What was refused, in the article's words.
    pub object: String,
    /// Index into [`Extraction::meetings`] of the refused meeting, where there is one.
    pub meeting: Option<usize>,
    /// When, where the article says.
    pub date: Option<Date>,
    /// The refusal cue ("rejected", "declined") of every mention of this refusal.
    pub evidence: Vec<Excerpt>,
    /// The CAMEO event code: [`Cameo::RejectProposalToMeet`] (125) for a proposal to meet,
    /// discuss or negotiate (a meeting, talks, a call or a channel), else [`Cameo::Reject`] (120).
    /// JSON has the code's string, `"125"`.
    pub cameo: Cameo,
    /// The PLOVER event category: always [`Plover::Reject`] (`"REJECT"` in JSON).
    pub plover: Plover,
}

named_enum! {
    /// The TIMEX3 type of a [`Date`].
    ///
    /// ```
    /// use demarche::DateKind;
    /// assert_eq!(serde_json::to_string(&DateKind::Duration).unwrap(), "\"duration\"");
    /// ```
    pub enum DateKind("date kind") {
        /// A calendar date or period: "June 3", "last month", "2018".
        Date = "date",
        /// A time of day: "late Friday night", "3 p.m.".
        Time = "time",
        /// A length of time: "nearly 18 months", "seven hours".
        Duration = "duration",
        /// A recurrence: "every week", "annually".
        Set = "set",
    }
}

named_enum! {
    /// The TIMEX3 `mod` of a [`Date`]: how the value is qualified.
    ///
    /// ```
    /// use demarche::DateMod;
    /// assert_eq!(serde_json::to_string(&DateMod::MoreThan).unwrap(), "\"MORE_THAN\"");
    /// ```
    pub enum DateMod("date modifier") {
        /// "about", "nearly", "some".
        Approx = "APPROX",
        /// "more than", "over".
        MoreThan = "MORE_THAN",
        /// "less than", "under".
        LessThan = "LESS_THAN",
        /// "early", "the start of".
        Start = "START",
        /// "mid-".
        Mid = "MID",
        /// "late", "the end of".
        End = "END",
    }
}

/// The first and last day a date expression covers ("June 2023": June 1 to June 30).
///
/// ```
/// use demarche::{Day, DayRange};
///
/// let r = DayRange { first: Day::new(2023, 6, 1).unwrap(), last: Day::new(2023, 6, 30).unwrap() };
/// assert!(r.first <= r.last);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DayRange {
    /// The first day covered.
    pub first: Day,
    /// The last day covered (inclusive).
    pub last: Day,
}

/// A temporal expression: a date, time, duration or set, normalised TIMEX3-style.
///
/// # Example
///
/// ```
/// use demarche::{Article, DateKind, Day, Extractor};
///
/// let text = "Austin spoke on Saturday (June 3).";
/// let published = Day::new(2023, 6, 3).unwrap();
/// let doc = Extractor::new().extract(Article::new(text).published(published));
/// let d = &doc.dates[0];
/// assert_eq!(d.text, "Saturday (June 3)");
/// assert_eq!(d.value.as_deref(), Some("2023-06-03"));
/// assert_eq!(d.kind, DateKind::Date);
/// assert_eq!(&text[d.span.range()], d.text);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Date {
    /// The expression as written.
    pub text: String,
    /// Where it is.
    pub span: Span,
    /// Date, time, duration or set.
    pub kind: DateKind,
    /// The TIMEX3 value: `2023-06-03`, `2023-06`, `2023`, `2023-W21`, `P18M`, `PRESENT_REF`,
    /// `XXXX-06-03` where the year cannot be known, or `None` where no value can be given.
    pub value: Option<String>,
    /// The TIMEX3 modifier, where the text qualifies the value.
    #[serde(rename = "mod")]
    pub modifier: Option<DateMod>,
    /// The days a date covers, where the value is a resolved calendar date.
    pub range: Option<DayRange>,
}

named_enum! {
    /// Where the anchor for relative dates came from.
    ///
    /// ```
    /// use demarche::AnchorSource;
    /// assert_eq!(serde_json::to_string(&AnchorSource::Dateline).unwrap(), "\"dateline\"");
    /// ```
    pub enum AnchorSource("anchor source") {
        /// The publication date the caller gave.
        Published = "published",
        /// A dateline in the text ("WASHINGTON, June 16 (Reuters) -", "date 2023-06-03").
        Dateline = "dateline",
    }
}

/// The day relative dates ("on Tuesday", "last month") were resolved against.
///
/// ```
/// use demarche::{Anchor, AnchorSource, Day};
/// let a = Anchor { day: Day::new(2023, 6, 3).unwrap(), source: AnchorSource::Published };
/// assert_eq!(a.day.year(), 2023);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Anchor {
    /// The anchor day.
    pub day: Day,
    /// Where it came from.
    pub source: AnchorSource,
}

/// Everything extracted from one article.
///
/// Records are in text order of their first evidence; identifiers in statements, meetings and
/// refusals refer to [`Actor::id`]s in [`Extraction::actors`].
///
/// # Example
///
/// ```
/// use demarche::Extractor;
///
/// let doc = Extractor::new().extract("NATO met on Tuesday.");
/// assert!(doc.actor("nato").is_some());
/// let json = serde_json::to_string(&doc).unwrap();
/// assert!(json.contains("\"actors\""));
/// ```
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Extraction {
    /// The publication date the caller gave, if any.
    pub published: Option<Day>,
    /// The day relative dates were resolved against, and where it came from.
    pub anchor: Option<Anchor>,
    /// The people, countries and organisations named.
    pub actors: Vec<Actor>,
    /// Who said what.
    pub statements: Vec<Statement>,
    /// Who met or talked with whom.
    pub meetings: Vec<Meeting>,
    /// Who refused whose request.
    pub refusals: Vec<Refusal>,
    /// Every temporal expression, in text order.
    pub dates: Vec<Date>,
    /// Actor id to position in `actors`, built on the first lookup.
    #[serde(skip)]
    pub(crate) index: ActorIndex,
}

impl fmt::Debug for Extraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Extraction")
            .field("published", &self.published)
            .field("anchor", &self.anchor)
            .field("actors", &self.actors)
            .field("statements", &self.statements)
            .field("meetings", &self.meetings)
            .field("refusals", &self.refusals)
            .field("dates", &self.dates)
            .finish()
    }
}

/// A lazily built map from actor id to its position in [`Extraction::actors`]. It is a cache:
/// it never takes part in equality, and a lookup checks what it finds (the fields are public, so
/// the actors may have changed since it was built).
#[derive(Clone, Default)]
pub(crate) struct ActorIndex(OnceLock<std::collections::HashMap<String, usize>>);

impl PartialEq for ActorIndex {
    fn eq(&self, _: &ActorIndex) -> bool {
        true
    }
}

impl Eq for ActorIndex {}

impl Extraction {
    /// The actor with this id.
    ///
    /// ```
    /// use demarche::Extractor;
    /// let doc = Extractor::new().extract("Japan and India met.");
    /// assert_eq!(doc.actor("japan").unwrap().name, "Japan");
    /// assert!(doc.actor("peru").is_none());
    /// ```
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        let index = self.index.0.get_or_init(|| {
            let mut map = std::collections::HashMap::with_capacity(self.actors.len());
            for (i, a) in self.actors.iter().enumerate() {
                map.entry(a.id.clone()).or_insert(i);
            }
            map
        });
        match index.get(id).and_then(|&i| self.actors.get(i)) {
            Some(a) if a.id == id => Some(a),
            // The actors were changed after the index was built: look the slow way.
            _ if index.len() != self.actors.len() || index.get(id).is_some() => {
                self.actors.iter().find(|a| a.id == id)
            }
            _ => None,
        }
    }

    /// The actor who made a statement, where a speaker was found.
    ///
    /// ```
    /// use demarche::Extractor;
    /// let doc = Extractor::new().extract(r#""We want dialogue," Lloyd Austin said."#);
    /// let speaker = doc.speaker(&doc.statements[0]).unwrap();
    /// assert_eq!(speaker.name, "Lloyd Austin");
    /// ```
    pub fn speaker(&self, statement: &Statement) -> Option<&Actor> {
        self.actor(statement.speaker.as_deref()?)
    }

    /// The actors who took part in a meeting, in the order of [`Meeting::participants`].
    ///
    /// ```
    /// use demarche::Extractor;
    /// let doc = Extractor::new().extract("Antony Blinken met Wang Yi in Beijing.");
    /// let names: Vec<&str> = doc.participants(&doc.meetings[0]).map(|a| a.name.as_str()).collect();
    /// assert_eq!(names, ["Antony Blinken", "Wang Yi"]);
    /// ```
    pub fn participants<'a>(
        &'a self,
        meeting: &'a Meeting,
    ) -> impl Iterator<Item = &'a Actor> + 'a {
        meeting.participants.iter().filter_map(|id| self.actor(id))
    }

    /// The actor who refused, where found.
    ///
    /// ```
    /// use demarche::Extractor;
    /// let doc = Extractor::new().extract("China rejected a US request for a meeting.");
    /// assert_eq!(doc.refuser(&doc.refusals[0]).unwrap().name, "China");
    /// assert_eq!(doc.requester(&doc.refusals[0]).unwrap().name, "United States");
    /// ```
    pub fn refuser(&self, refusal: &Refusal) -> Option<&Actor> {
        self.actor(refusal.refuser.as_deref()?)
    }

    /// The actor whose request was refused, where the article says.
    ///
    /// ```
    /// use demarche::Extractor;
    /// let doc = Extractor::new().extract("China declined a US request for talks.");
    /// assert_eq!(doc.requester(&doc.refusals[0]).map(|a| a.id.as_str()), Some("united-states"));
    /// ```
    pub fn requester(&self, refusal: &Refusal) -> Option<&Actor> {
        self.actor(refusal.requester.as_deref()?)
    }

    /// The meeting a refusal refused, where there is one.
    ///
    /// ```
    /// use demarche::{Extractor, MeetingStatus};
    /// let doc = Extractor::new().extract("China rejected a US request for a meeting.");
    /// let refused = doc.refused_meeting(&doc.refusals[0]).unwrap();
    /// assert_eq!(refused.status, MeetingStatus::Refused);
    /// ```
    pub fn refused_meeting(&self, refusal: &Refusal) -> Option<&Meeting> {
        self.meetings.get(refusal.meeting?)
    }
}
