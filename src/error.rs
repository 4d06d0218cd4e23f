//! The error type: what can go wrong when building an extractor or parsing a date.
//!
//! Extraction itself never fails; only loading data (a malformed gazetteer, an unreadable file)
//! and parsing a [`Day`](crate::Day) can. [`Error`] is opaque: its message names what was wrong
//! and where (file, line), and its accessors expose the location for programs.

use std::path::PathBuf;

/// An error building an [`Extractor`](crate::Extractor) or parsing a [`Day`](crate::Day).
///
/// The message names the file, line and problem where there is one.
///
/// # Example
///
/// ```
/// use demarche::Extractor;
///
/// let err = Extractor::builder()
///     .gazetteer_text("extra.tsv", "persn\tLloyd Austin\n")
///     .build()
///     .unwrap_err();
/// assert_eq!(err.file(), Some("extra.tsv"));
/// assert_eq!(err.line(), Some(1));
/// assert!(err.to_string().starts_with("extra.tsv:1: unknown kind \"persn\""));
/// ```
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct Error(Box<ErrorKind>);

#[derive(Debug, thiserror::Error)]
enum ErrorKind {
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
}

impl Error {
    pub(crate) fn data(file: &str, line: usize, problem: impl Into<String>) -> Error {
        Error(Box::new(ErrorKind::Data {
            file: file.to_string(),
            line,
            problem: problem.into(),
        }))
    }

    pub(crate) fn io(path: PathBuf, source: std::io::Error) -> Error {
        Error(Box::new(ErrorKind::Io { path, source }))
    }

    pub(crate) fn bad_date(text: &str, why: &'static str) -> Error {
        Error(Box::new(ErrorKind::BadDate {
            text: text.to_string(),
            why,
        }))
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
            ErrorKind::Data { file, .. } => Some(file),
            ErrorKind::Io { path, .. } => path.to_str(),
            ErrorKind::BadDate { .. } => None,
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
            ErrorKind::Data { line, .. } => Some(*line),
            _ => None,
        }
    }
}
