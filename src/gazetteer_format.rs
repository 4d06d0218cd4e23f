//! The gazetteer format: how to write the data files that
//! [`ExtractorBuilder::gazetteer_file`](crate::ExtractorBuilder::gazetteer_file) and
//! [`gazetteer_text`](crate::ExtractorBuilder::gazetteer_text) load (this module holds only this
//! page).
//!
//! The bundled gazetteer (`data/gazetteer/*.tsv` in the crate) is written in it, so it is also
//! the place to look for examples.
//!
//! # Tab-separated
//!
//! One entry a line; fields separated by tabs; `#` starts a comment line; blank lines are
//! ignored; a byte-order mark at the start of the file is skipped. The file must be UTF-8 (an
//! invalid byte is an error naming its line and column).
//!
//! ```text
//! KIND <TAB> NAME <TAB> key=value <TAB> key=value ...
//! ```
//!
//! | kind      | what it is                                   | required keys |
//! |-----------|----------------------------------------------|---------------|
//! | `country` | a country or territory                       | `code`        |
//! | `org`     | an organisation                              |               |
//! | `person`  | a person                                     |               |
//! | `title`   | a title or role word ("Defense Secretary")   |               |
//!
//! | key       | meaning                                                                  |
//! |-----------|--------------------------------------------------------------------------|
//! | `id`      | the actor id, lower-case letters, digits and `-` (default: a slug of NAME: "Lloyd Austin" is `lloyd-austin`; Cyrillic is transliterated, "Сергей Шойгу" is `sergey-shoygu`; a name in another script without Latin letters gets `actor-` and a hash of the name) |
//! | `code`    | a country's ISO 3166-1 alpha-3 code                                      |
//! | `country` | the ISO alpha-3 code of an organisation's, person's or title's country; it must be the `code` of a country in the gazetteer |
//! | `alias`   | other names, `\|`-separated ("PRC\|People's Republic of China")        |
//! | `metonym` | names that stand for it in context only ("Beijing", "the Kremlin")       |
//! | `demonym` | adjectives ("Chinese"): used for titles and unnamed sources, not mentions |
//! | `short`   | short forms that refer to it once the full name was used ("Austin")      |
//! | `gender`  | `m` or `f`, for pronouns                                                 |
//! | `role`    | roles, `\|`-separated `ROLE[@CCC][:FROM..TO]` (dates `YYYY-MM-DD`, open ends allowed); on an `org`, the kind of body it is in its country (`defense_ministry`), so that "the defense ministry" can resolve to it |
//! | `generic` | `yes` for titles that name an unnamed source ("official", "spokeswoman") |
//! | `extend`  | `yes` to add to the earlier entry with the same id instead of replacing it |
//!
//! ```text
//! country	China	code=CHN	alias=People's Republic of China|PRC	metonym=Beijing	demonym=Chinese
//! org	U.S. Department of Defense	id=us-department-of-defense	country=USA	alias=Pentagon
//! person	Lloyd Austin	country=USA	short=Austin	gender=m	role=defense_minister@USA:2021-01-22..2025-01-20
//! title	spokeswoman	generic=yes	gender=f
//! ```
//!
//! # Ids, replacing and extending
//!
//! Files load in order, the bundled data first. An entry whose id an earlier file already gave
//! replaces that entry, so a file of your own can correct the bundled data; with `extend=yes` it
//! is added to it instead: its aliases, metonyms, demonyms, short forms and roles are appended
//! (its NAME, when different, becomes an alias) and the `country` or `gender` it gives override.
//! Within one file, two distinct names with one id are an error (give one of them its own `id=`).
//!
//! ```
//! use demarche::Extractor;
//!
//! let ex = Extractor::builder()
//!     .gazetteer_text("mine.tsv", "country\tIran\textend=yes\talias=Persia")
//!     .build()
//!     .unwrap();
//! let doc = ex.extract("Persia said no. Tehran agreed.");
//! let iran = doc.actor("iran").unwrap();
//! assert_eq!(iran.mentions.len(), 2); // the new alias and the bundled metonym
//!
//! let err = Extractor::builder()
//!     .gazetteer_text("bad.tsv", "person\tAda Example\tcountry=ZZZ")
//!     .build()
//!     .unwrap_err();
//! assert_eq!(err.line(), Some(1));
//! ```
//!
//! # JSON
//!
//! With the default `json` feature, a file that starts with `[` or `{` is JSON: an array of entry
//! objects, or one object a line (JSON Lines). An object has `kind` and `name` and the keys
//! above, each a string, a list of strings (for the `|`-separated keys), or a boolean (for
//! `generic` and `extend`):
//!
//! ```json
//! [{"kind": "person", "name": "Lloyd Austin", "country": "USA", "short": ["Austin"]},
//!  {"kind": "title", "name": "envoy", "generic": true}]
//! ```
//!
//! # PETRARCH/Phoenix dictionaries
//!
//! [`ExtractorBuilder::phoenix_file`](crate::ExtractorBuilder::phoenix_file) imports the actors
//! of a PETRARCH/Phoenix (TABARI) `.actors` dictionary: entry lines, `+SYNONYM` lines and
//! `[CODE DATES]` role lines. Names are imported capitalised, ids prefixed `phx-`.
//!
//! # Errors
//!
//! Every format reports the first malformed line as an [`Error`](crate::Error) of kind
//! [`ErrorKind::Data`](crate::ErrorKind::Data) whose message names the file, the line and the
//! problem (`bad.tsv:2: a country needs code=ISO 3166-1 alpha-3`).

// The examples above show the real tab characters a file has between its fields.
#![allow(clippy::tabs_in_doc_comments)]
