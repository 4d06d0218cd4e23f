//! The extraction API: [`Extractor`], its [`ExtractorBuilder`], and the [`Article`] input.
//!
//! This module owns the pipeline's order. Building loads the data once (gazetteer, lexicons) and
//! compiles the one automaton; extracting runs, in one direction: scan → segment → dates →
//! actors → statements → meetings and refusals → the [`Extraction`].

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::actors::resolve::Resolver;
use crate::detect::event::Events;
use crate::detect::quote::Quotes;
use crate::detect::temporal::Temporal;
use crate::error::Error;
use crate::knowledge::gazetteer::{self, Gazetteer};
use crate::knowledge::lexicon::Lexicon;
use crate::knowledge::phoenix;
use crate::model::{Anchor, AnchorSource, Day, Extraction};
use crate::scan::{Form, Matcher, PatternSet, Scan, Tag};
use crate::syntax::segment::{self, Abbreviations, Sentence};
use crate::syntax::words::WordClasses;
use crate::syntax::{Reading, TokenBuffers};
use crate::util::FxSet;

/// One article to extract from: its text and, where known, its publication date.
///
/// A `&str` converts into an `Article` with no publication date.
///
/// # Example
///
/// ```
/// use demarche::{Article, Day, Extractor};
///
/// let ex = Extractor::new();
/// let text = "Japan and India met on Tuesday.";
/// let with_date = ex.extract(Article::new(text).published(Day::new(2024, 4, 18).unwrap()));
/// assert_eq!(with_date.dates[0].value.as_deref(), Some("2024-04-16"));
/// let without = ex.extract(text);
/// assert_eq!(without.dates[0].value, None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Article<'a> {
    text: &'a str,
    published: Option<Day>,
}

impl<'a> Article<'a> {
    /// An article with no publication date.
    ///
    /// ```
    /// use demarche::Article;
    /// assert_eq!(Article::new("text").text(), "text");
    /// ```
    pub fn new(text: &'a str) -> Article<'a> {
        Article {
            text,
            published: None,
        }
    }

    /// Sets the publication date, the anchor for relative dates. Default: none, in which case a
    /// dateline in the text is used if there is one.
    ///
    /// ```
    /// use demarche::{Article, Day};
    /// let day = Day::new(2023, 6, 3).unwrap();
    /// assert_eq!(Article::new("x").published(day).publication_date(), Some(day));
    /// ```
    pub fn published(self, day: Day) -> Article<'a> {
        Article {
            published: Some(day),
            ..self
        }
    }

    /// The text.
    ///
    /// ```
    /// use demarche::Article;
    /// assert_eq!(Article::new("abc").text(), "abc");
    /// ```
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The publication date, if set.
    ///
    /// ```
    /// use demarche::Article;
    /// assert_eq!(Article::new("abc").publication_date(), None);
    /// ```
    pub fn publication_date(&self) -> Option<Day> {
        self.published
    }
}

impl<'a> From<&'a str> for Article<'a> {
    fn from(text: &'a str) -> Article<'a> {
        Article::new(text)
    }
}

impl<'a> From<&'a String> for Article<'a> {
    fn from(text: &'a String) -> Article<'a> {
        Article::new(text)
    }
}

/// Extracts actors, statements, meetings, refusals and dates from article text.
///
/// Build one with [`Extractor::new`] (the bundled data) or [`Extractor::builder`] (your own data
/// too), then call [`Extractor::extract`] as often as you like. An `Extractor` is `Send + Sync`
/// and cloning it is cheap (the data is shared), so one instance serves many threads.
///
/// Extraction never fails and never panics: any `&str` gives an [`Extraction`], possibly empty.
///
/// # Example
///
/// ```
/// use demarche::Extractor;
///
/// let ex = Extractor::new();
/// let doc = ex.extract("Beijing rejected the request, China's foreign ministry said.");
/// assert_eq!(doc.refusals[0].refuser.as_deref(), Some("china"));
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    gazetteer: Gazetteer,
    matcher: Matcher,
    abbreviations: Abbreviations,
    words: WordClasses,
    temporal: Temporal,
    resolver: Resolver,
    quotes: Quotes,
    events: Events,
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor with the bundled default data.
    ///
    /// The bundled data is checked by the crate's tests, so this does not fail.
    ///
    /// ```
    /// use demarche::Extractor;
    /// let doc = Extractor::new().extract("NATO said so.");
    /// assert_eq!(doc.actors[0].id, "nato");
    /// ```
    pub fn new() -> Extractor {
        Extractor::builder()
            .build()
            .expect("the bundled data is valid")
    }

    /// A builder, to add or replace gazetteer data.
    ///
    /// ```
    /// use demarche::Extractor;
    /// let ex = Extractor::builder()
    ///     .gazetteer_text("mine.tsv", "person\tAda Example\tcountry=GBR\tshort=Example")
    ///     .build()
    ///     .unwrap();
    /// let doc = ex.extract("Ada Example spoke. Example left.");
    /// assert_eq!(doc.actor("ada-example").unwrap().mentions.len(), 2);
    /// ```
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// Extracts every record from one article.
    ///
    /// Takes a `&str` (no publication date) or an [`Article`].
    ///
    /// ```
    /// use demarche::Extractor;
    /// let doc = Extractor::new().extract("");
    /// assert!(doc.actors.is_empty() && doc.dates.is_empty());
    /// ```
    pub fn extract<'a>(&self, article: impl Into<Article<'a>>) -> Extraction {
        let article = article.into();
        let text = article.text;
        let inner = &*self.inner;
        let buffers = BUFFERS.with(Cell::take).unwrap_or_default();
        let scan = inner.matcher.scan_into(text, buffers.scan);
        let mut sentences = buffers.sentences;
        segment::sentences_into(text, &scan.stops, &inner.abbreviations, &mut sentences);
        let anchor = match article.published {
            Some(day) => Some(Anchor {
                day,
                source: AnchorSource::Published,
            }),
            None => inner
                .temporal
                .dateline(text, &scan.hits, &sentences)
                .map(|day| Anchor {
                    day,
                    source: AnchorSource::Dateline,
                }),
        };
        let anchor_day = anchor.map(|a| a.day);
        let dates = inner
            .temporal
            .detect(text, &scan.hits, &sentences, anchor_day, text.len());
        let cast =
            inner
                .resolver
                .resolve(text, &scan.hits, &sentences, &inner.gazetteer, anchor_day);
        let reading = Reading::with_buffers(
            text,
            &sentences,
            &cast.mentions,
            &inner.words,
            buffers.tokens,
        );
        let statements = inner
            .quotes
            .statements(text, &scan, &sentences, &cast, &dates, &reading);
        let (meetings, refusals) = inner
            .events
            .detect(&scan, &cast, &dates, &reading, &statements);
        let tokens = reading.into_buffers();
        Buffers {
            scan,
            sentences,
            tokens,
        }
        .keep();
        // The ids some record names, collected once: asking every record about every actor
        // would grow with their product on a long text.
        let mut referenced: FxSet<&str> = FxSet::with_capacity_and_hasher(
            statements.len() + 2 * (meetings.len() + refusals.len()),
            Default::default(),
        );
        referenced.extend(statements.iter().filter_map(|s| s.speaker.as_deref()));
        referenced.extend(
            meetings
                .iter()
                .flat_map(|m| m.participants.iter().map(String::as_str)),
        );
        referenced.extend(
            refusals
                .iter()
                .flat_map(|r| [r.refuser.as_deref(), r.requester.as_deref()])
                .flatten(),
        );
        let actors = cast.into_actors(|id| referenced.contains(id));
        Extraction {
            published: article.published,
            anchor,
            actors,
            statements,
            meetings,
            refusals,
            dates,
            ..Extraction::default()
        }
    }

    pub(crate) fn patterns(&self) -> Vec<String> {
        self.inner.matcher.patterns().to_vec()
    }

    pub(crate) fn scan_only(&self, text: &str) -> usize {
        self.inner.matcher.scan(text).hits.len()
    }

    pub(crate) fn segment_only(&self, text: &str) -> usize {
        let scan = self.inner.matcher.scan(text);
        segment::sentences(text, &scan.stops, &self.inner.abbreviations).len()
    }

    /// The number of surface forms the scan matches (names, titles, cue words, ...).
    ///
    /// ```
    /// use demarche::Extractor;
    /// assert!(Extractor::new().pattern_count() > 100);
    /// ```
    pub fn pattern_count(&self) -> usize {
        self.inner.matcher.patterns_len()
    }

    /// Heap memory held by the matcher, in bytes (the largest part of an extractor).
    ///
    /// ```
    /// use demarche::Extractor;
    /// assert!(Extractor::new().memory_usage() > 0);
    /// ```
    pub fn memory_usage(&self) -> usize {
        self.inner.matcher.memory_usage()
    }
}

/// Configures and builds an [`Extractor`].
///
/// # Example
///
/// ```
/// use demarche::Extractor;
///
/// // Only your own data, no bundled gazetteer.
/// let ex = Extractor::builder()
///     .default_gazetteer(false)
///     .gazetteer_text("tiny.tsv", "country\tFreedonia\tcode=FRE")
///     .build()
///     .unwrap();
/// let doc = ex.extract("Freedonia and China talked.");
/// assert_eq!(doc.actors.len(), 1);
/// ```
#[derive(Clone, Debug)]
pub struct ExtractorBuilder {
    default_gazetteer: bool,
    sources: Vec<Source>,
}

#[derive(Clone, Debug)]
enum Source {
    Text {
        name: String,
        text: String,
        format: Format,
    },
    File {
        path: PathBuf,
        format: Format,
    },
}

/// How a data source is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// The bundled tab-separated format, or JSON when the text starts with `[` or `{`.
    Gazetteer,
    /// A PETRARCH/Phoenix `.actors` dictionary.
    Phoenix,
}

impl Default for ExtractorBuilder {
    fn default() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }
}

impl ExtractorBuilder {
    /// A builder with the defaults: the bundled gazetteer and no extra data.
    ///
    /// ```
    /// use demarche::ExtractorBuilder;
    /// assert!(ExtractorBuilder::new().build().is_ok());
    /// ```
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder {
            default_gazetteer: true,
            sources: Vec::new(),
        }
    }

    /// Whether to load the bundled gazetteer. Default: `true`.
    ///
    /// ```
    /// use demarche::Extractor;
    /// let ex = Extractor::builder().default_gazetteer(false).build().unwrap();
    /// assert!(ex.extract("China said so.").actors.is_empty());
    /// ```
    pub fn default_gazetteer(mut self, yes: bool) -> ExtractorBuilder {
        self.default_gazetteer = yes;
        self
    }

    /// Adds gazetteer entries from text in the bundled format, or in JSON (an array of entries or
    /// JSON Lines, with the same keys; needs the default `json` feature) when the text starts
    /// with `[` or `{`. `name` names the text in errors. Entries whose id is already present
    /// replace the earlier entry. Default: none.
    ///
    /// ```
    /// use demarche::Extractor;
    /// // Give China a different canonical name.
    /// let ex = Extractor::builder()
    ///     .gazetteer_text("fix.tsv", "country\tPRC\tid=china\tcode=CHN\tmetonym=Beijing")
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(ex.extract("Beijing said no.").actor("china").unwrap().name, "PRC");
    /// ```
    pub fn gazetteer_text(
        mut self,
        name: impl Into<String>,
        text: impl Into<String>,
    ) -> ExtractorBuilder {
        self.sources.push(Source::Text {
            name: name.into(),
            text: text.into(),
            format: Format::Gazetteer,
        });
        self
    }

    /// Adds the actors of a PETRARCH/Phoenix (TABARI) `.actors` dictionary given as text: entry
    /// lines, `+SYNONYM` lines and `[CODE DATES]` role lines. Names are imported capitalised, ids
    /// prefixed `phx-`; entries with dated roles are people, entries with a bare three-letter
    /// code are countries, the rest organisations. Default: none.
    ///
    /// ```
    /// use demarche::Extractor;
    /// let dict = "HAMID_KARZAI_\n+PRESIDENT_KARZAI_\n\t[AFGGOV >011222]\nAFGHANISTAN_ [AFG]\n";
    /// let ex = Extractor::builder().phoenix_text("karzai.actors", dict).build().unwrap();
    /// let doc = ex.extract("President Karzai visited Afghanistan's north.");
    /// let karzai = doc.actor("phx-hamid-karzai").unwrap();
    /// assert_eq!(karzai.country.as_deref(), Some("AFG"));
    /// ```
    pub fn phoenix_text(
        mut self,
        name: impl Into<String>,
        text: impl Into<String>,
    ) -> ExtractorBuilder {
        self.sources.push(Source::Text {
            name: name.into(),
            text: text.into(),
            format: Format::Phoenix,
        });
        self
    }

    /// Adds the actors of a PETRARCH/Phoenix `.actors` dictionary file, read when [`build`]
    /// runs (see [`phoenix_text`](ExtractorBuilder::phoenix_text) for the import rules).
    /// Default: none.
    ///
    /// [`build`]: ExtractorBuilder::build
    ///
    /// ```
    /// use demarche::Extractor;
    /// let err = Extractor::builder().phoenix_file("/no/such/Phoenix.actors.txt").build().unwrap_err();
    /// assert_eq!(err.file(), Some("/no/such/Phoenix.actors.txt"));
    /// ```
    pub fn phoenix_file(mut self, path: impl AsRef<Path>) -> ExtractorBuilder {
        self.sources.push(Source::File {
            path: path.as_ref().to_path_buf(),
            format: Format::Phoenix,
        });
        self
    }

    /// Adds gazetteer entries from a file in the bundled format or in JSON (see
    /// [`gazetteer_text`](ExtractorBuilder::gazetteer_text)), read when [`build`] runs.
    /// Default: none.
    ///
    /// [`build`]: ExtractorBuilder::build
    ///
    /// ```
    /// use demarche::Extractor;
    /// let path = std::env::temp_dir().join("demarche-doc-gazetteer.tsv");
    /// std::fs::write(&path, "org\tFreedonian Navy\tcountry=USA\n").unwrap();
    /// let ex = Extractor::builder().gazetteer_file(&path).build().unwrap();
    /// assert!(ex.extract("The Freedonian Navy sailed.").actor("freedonian-navy").is_some());
    /// ```
    pub fn gazetteer_file(mut self, path: impl AsRef<Path>) -> ExtractorBuilder {
        self.sources.push(Source::File {
            path: path.as_ref().to_path_buf(),
            format: Format::Gazetteer,
        });
        self
    }

    /// Loads the data and compiles the matcher.
    ///
    /// # Errors
    ///
    /// When a gazetteer file cannot be read, or a line of any gazetteer is malformed: the error
    /// names the file, the line and the problem.
    ///
    /// ```
    /// use demarche::Extractor;
    /// let err = Extractor::builder().gazetteer_text("bad.tsv", "\ncountry\tNowhere").build().unwrap_err();
    /// assert_eq!(err.to_string(), "bad.tsv:2: a country needs code=ISO 3166-1 alpha-3");
    /// ```
    pub fn build(&self) -> Result<Extractor, Error> {
        let mut gazetteer = Gazetteer::default();
        if self.default_gazetteer {
            for (name, text) in gazetteer::DEFAULT {
                gazetteer.extend(name, Gazetteer::parse(name, text)?, true)?;
            }
        }
        for source in &self.sources {
            let (name, text, format) = match source {
                Source::Text { name, text, format } => (
                    name.clone(),
                    std::borrow::Cow::Borrowed(text.as_str()),
                    *format,
                ),
                Source::File { path, format } => {
                    let bytes = std::fs::read(path).map_err(|e| Error::io(path.clone(), e))?;
                    let name = path.display().to_string();
                    let text = gazetteer::decode(&name, bytes)?;
                    (name, std::borrow::Cow::Owned(text), *format)
                }
            };
            let entries = match format {
                Format::Gazetteer => Gazetteer::parse_any(&name, &text)?,
                Format::Phoenix => phoenix::parse(
                    &name,
                    gazetteer::strip_bom(&text),
                    &gazetteer.country_codes(),
                )?,
            };
            gazetteer.extend(&name, entries, format == Format::Gazetteer)?;
        }
        let lexicon = Lexicon::bundled();
        let temporal = Temporal::new();
        let mut set = PatternSet::default();
        for (i, e) in gazetteer.entries.iter().enumerate() {
            let entry = i as u32;
            set.add(
                &e.name,
                Tag::Entry {
                    entry,
                    form: Form::Name,
                },
            );
            for a in &e.aliases {
                set.add(
                    a,
                    Tag::Entry {
                        entry,
                        form: Form::Alias,
                    },
                );
            }
            for (list, form) in [
                (&e.metonyms, Form::Metonym),
                (&e.demonyms, Form::Demonym),
                (&e.shorts, Form::Short),
            ] {
                for s in list {
                    set.add(s, Tag::Entry { entry, form });
                }
            }
        }
        for (i, row) in lexicon.rows.iter().enumerate() {
            if !row.scanned() {
                continue;
            }
            for f in &row.forms {
                set.add(f, Tag::Word(i as u16));
            }
        }
        for name in crate::actors::names::given_names() {
            set.add(name, Tag::Given);
        }
        temporal.register(&mut set);
        let matcher = Matcher::build(set)?;
        let abbreviations = Abbreviations::from_lexicon(&lexicon);
        let words = WordClasses::new(&lexicon);
        let resolver = Resolver::new(&gazetteer, &lexicon);
        let quotes = Quotes::new(&lexicon);
        let events = Events::new(&lexicon, &gazetteer);
        Ok(Extractor {
            inner: Arc::new(Inner {
                gazetteer,
                matcher,
                abbreviations,
                words,
                temporal,
                resolver,
                quotes,
                events,
            }),
        })
    }
}

/// The working vectors of one extraction that no record keeps (the scan's hits, quote marks and
/// sentence-end candidates, the sentences and their token vectors), kept per thread for the
/// next call. Asking the allocator anew for these a few KiB each article costs a short article
/// more than some of its stages: the request is too large for the allocator's per-size caches,
/// and makes it merge the small blocks the last article freed.
#[derive(Default)]
struct Buffers {
    scan: Scan,
    sentences: Vec<Sentence>,
    tokens: TokenBuffers,
}

thread_local! {
    static BUFFERS: Cell<Option<Buffers>> = const { Cell::new(None) };
}

impl Buffers {
    /// Elements a kept vector may hold room for: a long text's vectors are freed, not kept.
    const KEEP: usize = 1 << 14;

    /// Keeps these for the thread's next extraction, unless one is too large to hold on to.
    fn keep(self) {
        let small = self.scan.hits.capacity() <= Self::KEEP
            && self.scan.stops.capacity() <= Self::KEEP
            && self.scan.quotes.capacity() <= Self::KEEP
            && self.sentences.capacity() <= Self::KEEP
            && self.tokens.small();
        if small {
            BUFFERS.with(|b| b.set(Some(self)));
        }
    }
}
