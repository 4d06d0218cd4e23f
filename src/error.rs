//! The error type: what can go wrong when building an extractor, making a day or parsing a name.
//!
//! Extraction itself never fails; only loading data (a malformed gazetteer, an unreadable file),
//! making a [`Day`](crate::Day) (with [`Day::new`](crate::Day::new) or by parsing) and parsing an
//! enum's name can, plus a batch item whose extraction panicked
//! ([`Extractor::try_extract_batch`](crate::Extractor::try_extract_batch)). [`Error`]'s message
//! names what was wrong and where (file, line); [`Error::kind`] says which kind of failure it is,
//! for programs that match on it.

use std::fmt;
use std::path::PathBuf;

/// An error building an [`Extractor`](crate::Extractor), making a [`Day`](crate::Day) or parsing
/// an enum's name.
///
/// The message names the file, line and problem where there is one.
///
/// # Example
///
/// ```
/// use demarche::{ErrorKind, Extractor};
///
/// let err = Extractor::builder()
///     .gazetteer_text("extra.tsv", "persn\tLloyd Austin\n")
///     .build()
///     .unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Data);
/// assert_eq!(err.file(), Some("extra.tsv"));
/// assert_eq!(err.line(), Some(1));
/// assert!(err.to_string().starts_with("extra.tsv:1: unknown kind \"persn\""));
/// ```
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct Error(Box<Repr>);

/// The kind of an [`Error`], for matching (like `std::io::ErrorKind`).
///
/// ```
/// use demarche::{Day, ErrorKind};
///
/// let err = "2023-02-30".parse::<Day>().unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::BadDate);
/// assert_eq!(ErrorKind::BadDate.to_string(), "bad date");
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// A data file (gazetteer, Phoenix dictionary) has a malformed line; [`Error::file`] and
    /// [`Error::line`] say where.
    Data,
    /// A file could not be read; [`Error::file`] names it.
    Io,
    /// A day not in the calendar ([`Day::new`](crate::Day::new)`(2023, 2, 30)`), or text that is
    /// not a `YYYY-MM-DD` calendar day.
    BadDate,
    /// Extracting one batch item panicked (a bug: please report the input); the batch carried on.
    Internal,
    /// A name that is not one of an enum's ([`MeetingStatus`](crate::MeetingStatus) and the
    /// like) when parsing it with `str::parse`.
    UnknownName,
}

impl ErrorKind {
    /// A short lower-case description: `"data"`, `"i/o"`, `"bad date"`, `"internal"`,
    /// `"unknown name"`.
    ///
    /// ```
    /// assert_eq!(demarche::ErrorKind::Io.as_str(), "i/o");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Data => "data",
            ErrorKind::Io => "i/o",
            ErrorKind::BadDate => "bad date",
            ErrorKind::Internal => "internal",
            ErrorKind::UnknownName => "unknown name",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, thiserror::Error)]
enum Repr {
    #[error("{file}:{line}: {problem}")]
    Data {
        file: String,
        line: usize,
        problem: String,
    },
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("bad date {text:?}: {why}")]
    BadDate { text: String, why: &'static str },
    #[error("internal error in the extractor (please report this input): {message}")]
    Internal { message: String },
    #[error("{text:?} is not a {what} (expected one of: {expected})")]
    UnknownName {
        text: String,
        what: &'static str,
        expected: String,
    },
}

impl Error {
    pub(crate) fn data(file: &str, line: usize, problem: impl Into<String>) -> Error {
        Error(Box::new(Repr::Data {
            file: file.to_string(),
            line,
            problem: problem.into(),
        }))
    }

    pub(crate) fn io(path: PathBuf, source: std::io::Error) -> Error {
        Error(Box::new(Repr::Io { path, source }))
    }

    pub(crate) fn bad_date(text: &str, why: &'static str) -> Error {
        Error(Box::new(Repr::BadDate {
            text: text.to_string(),
            why,
        }))
    }

    pub(crate) fn internal(message: String) -> Error {
        Error(Box::new(Repr::Internal { message }))
    }

    pub(crate) fn unknown_name(text: &str, what: &'static str, names: &[&str]) -> Error {
        Error(Box::new(Repr::UnknownName {
            text: text.to_string(),
            what,
            expected: names.join(", "),
        }))
    }

    /// What kind of failure this is.
    ///
    /// ```
    /// use demarche::{ErrorKind, Extractor};
    /// let err = Extractor::builder().gazetteer_file("/no/such/file.tsv").build().unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::Io);
    /// ```
    pub fn kind(&self) -> ErrorKind {
        match &*self.0 {
            Repr::Data { .. } => ErrorKind::Data,
            Repr::Io { .. } => ErrorKind::Io,
            Repr::BadDate { .. } => ErrorKind::BadDate,
            Repr::Internal { .. } => ErrorKind::Internal,
            Repr::UnknownName { .. } => ErrorKind::UnknownName,
        }
    }

    /// The data file the error is in, where it is about one.
    ///
    /// ```
    /// use demarche::Extractor;
    /// let err = Extractor::builder().gazetteer_file("/no/such/file.tsv").build().unwrap_err();
    /// assert_eq!(err.file(), Some("/no/such/file.tsv"));
    /// assert_eq!(err.line(), None);
    /// ```
    pub fn file(&self) -> Option<&str> {
        match &*self.0 {
            Repr::Data { file, .. } => Some(file),
            Repr::Io { path, .. } => path.to_str(),
            _ => None,
        }
    }

    /// The 1-based line the error is on, where it is about a line of a data file.
    ///
    /// ```
    /// use demarche::Extractor;
    /// let err = Extractor::builder()
    ///     .gazetteer_text("mine.tsv", "# comment\ncountry\tX\n")
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(err.line(), Some(2));
    /// ```
    pub fn line(&self) -> Option<usize> {
        match &*self.0 {
            Repr::Data { line, .. } => Some(*line),
            _ => None,
        }
    }
}
