//! `demarche._demarche`: the PyO3 extension behind the `demarche` Python package.
//!
//! It wraps the root crate's public API only: `Extractor` (built with `ExtractorBuilder`),
//! `Extractor::extract` and `Extractor::try_extract_batch`. Results are converted to plain
//! Python objects with `pythonize` straight from the serde form of `Extraction`, so the Python
//! output is the JSON contract field for field, and a field added to the Rust model appears in
//! Python with no change here.
//!
//! Errors are raised as the classes in `python/package/demarche/_errors.py` (looked up by name when raised).

use std::ops::ControlFlow;
use std::path::PathBuf;
use std::sync::{mpsc, Mutex};

use demarche::{Article, Day, Error as CoreError, ErrorKind, Extraction, Extractor};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

/// Reads English diplomacy and defence news and returns its actors, statements, meetings,
/// refusals and dates.
///
/// ``Extractor()`` uses the bundled gazetteer; ``Extractor.from_files(...)`` adds (or, with
/// ``default_gazetteer=False``, uses only) your own gazetteer and Phoenix dictionary files.
/// Building takes a moment (it compiles one automaton over every known name); build once and
/// reuse. An extractor is immutable and safe to share between threads; extraction releases the
/// GIL.
#[pyclass(module = "demarche._demarche", name = "Extractor", frozen)]
struct PyExtractor {
    inner: Extractor,
    gazetteer: Vec<PathBuf>,
    phoenix: Vec<PathBuf>,
    default_gazetteer: bool,
}

#[pymethods]
impl PyExtractor {
    /// An extractor with the bundled gazetteer and lexicons.
    #[new]
    fn py_new(py: Python<'_>) -> PyResult<Self> {
        Self::build(py, Vec::new(), Vec::new(), true)
    }

    /// An extractor that also loads gazetteer files (tab-separated or JSON, see the README's
    /// Data section) and PETRARCH/Phoenix ``.actors`` dictionaries.
    ///
    /// ``gazetteer`` and ``phoenix`` are a path or a list of paths (``str`` or ``os.PathLike``).
    /// Gazetteer files are loaded in order (later entries with the same id win), then the Phoenix
    /// dictionaries. With ``default_gazetteer=False`` only these files are used.
    ///
    /// Raises ``GazetteerError`` (with ``file`` and ``line``) for a malformed line and
    /// ``GazetteerFileError`` (also an ``OSError``) for a file that cannot be read.
    #[classmethod]
    #[pyo3(signature = (gazetteer = None, phoenix = None, *, default_gazetteer = true))]
    fn from_files(
        _cls: &Bound<'_, pyo3::types::PyType>,
        py: Python<'_>,
        gazetteer: Option<&Bound<'_, PyAny>>,
        phoenix: Option<&Bound<'_, PyAny>>,
        default_gazetteer: bool,
    ) -> PyResult<Self> {
        let gazetteer = paths(gazetteer, "gazetteer")?;
        let phoenix = paths(phoenix, "phoenix")?;
        Self::build(py, gazetteer, phoenix, default_gazetteer)
    }

    /// Extracts every record from one article.
    ///
    /// ``published`` is the publication date, the anchor for relative dates ("on Tuesday"): a
    /// ``datetime.date`` (a ``datetime`` gives its date) or a ``"YYYY-MM-DD"`` string. Without
    /// it a dateline in the text is used, if there is one. Raises ``DateError`` for a string that
    /// is not a calendar day.
    ///
    /// Returns a dict with the JSON contract's keys: ``published``, ``anchor``, ``actors``,
    /// ``statements``, ``meetings``, ``refusals``, ``dates``. Spans are byte offsets into the
    /// UTF-8 encoded text.
    #[pyo3(signature = (text, published = None))]
    fn extract<'py>(
        &self,
        py: Python<'py>,
        text: PyBackedStr,
        published: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let published = day(published)?;
        let ex = &self.inner;
        let doc = py.detach(|| ex.extract(article(&text, published)));
        to_python(py, &doc)
    }

    /// Extracts from many articles on several threads, without the GIL, and returns a list of
    /// dicts (as ``extract`` gives) in input order.
    ///
    /// Each item is a text, a ``(text, published)`` pair, or a mapping with a ``"text"`` key and
    /// an optional ``"published"`` key (other keys are ignored). ``published`` is the default
    /// publication date for items without one. ``threads`` is the number of worker threads
    /// (``None`` or 0: one per core). Converting results to Python objects runs on the calling
    /// thread while the workers extract.
    ///
    /// Raises ``TypeError`` for an item of another shape and ``DateError`` for a bad date (the
    /// message gives the item's index) before any extraction starts.
    #[pyo3(signature = (items, threads = None, *, published = None))]
    fn extract_many<'py>(
        &self,
        py: Python<'py>,
        items: &Bound<'py, PyAny>,
        threads: Option<usize>,
        published: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyList>> {
        let default = day(published)?;
        let mut inputs: Vec<(PyBackedStr, Option<Day>)> = Vec::new();
        for (i, item) in items.try_iter()?.enumerate() {
            inputs.push(read_item(&item?, default).map_err(|e| at_item(py, e, i))?);
        }
        let threads = threads.unwrap_or(0).min(Extractor::MAX_THREADS);
        let out = PyList::empty(py);
        let ex = &self.inner;
        let (tx, rx) = mpsc::sync_channel::<Result<Extraction, CoreError>>(64);
        let inputs = &inputs;
        std::thread::scope(|scope| -> PyResult<()> {
            // Owned by this closure, so it is dropped when the closure returns (an error,
            // Ctrl-C), before the scope joins the batch thread: the batch then stops at its next
            // send instead of blocking on a full channel. A Receiver is Send but not Sync, and
            // `detach` needs a Sync borrow: hence the Mutex.
            let rx = Mutex::new(rx);
            scope.spawn(move || {
                ex.try_extract_batch(
                    inputs.iter(),
                    threads,
                    |(text, day)| article(text, *day),
                    // The receiver hangs up when the caller stops (an error, Ctrl-C): stop too.
                    |_, doc| match tx.send(doc) {
                        Ok(()) => ControlFlow::Continue(()),
                        Err(_) => ControlFlow::Break(()),
                    },
                );
            });
            for i in 0..inputs.len() {
                // Take a result that is ready with the GIL held; wait for one without it.
                let ready = rx.lock().ok().and_then(|rx| rx.try_recv().ok());
                let (doc, waited) = match ready {
                    Some(doc) => (doc, false),
                    None => match py.detach(|| {
                        rx.lock()
                            .map_err(|_| ())
                            .and_then(|rx| rx.recv().map_err(|_| ()))
                    }) {
                        Ok(doc) => (doc, true),
                        Err(()) => break,
                    },
                };
                let doc = doc.map_err(|e| extraction_error(py, &e, i))?;
                out.append(to_python(py, &doc)?)?;
                if !waited {
                    // When the workers stay ahead, results are always ready and this loop
                    // would hold the GIL for the whole batch. Letting go of it once an item
                    // hands it to another Python thread that has waited for it a switch
                    // interval (CPython switches then); with no thread waiting, it is a
                    // release and a take of an uncontended lock.
                    py.detach(|| ());
                }
                if i % 256 == 255 {
                    py.check_signals()?;
                }
            }
            Ok(())
        })?;
        Ok(out)
    }

    /// The extraction as the JSON text the Rust tool writes (``serde_json``), for comparison:
    /// ``bench.py`` measures this plus ``json.loads`` against ``extract``'s direct conversion.
    /// Not part of the API.
    #[pyo3(signature = (text, published = None))]
    fn _extract_json(
        &self,
        py: Python<'_>,
        text: PyBackedStr,
        published: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<String> {
        let published = day(published)?;
        let ex = &self.inner;
        py.detach(|| serde_json::to_string(&ex.extract(article(&text, published))))
            .map_err(|e| PyValueError::new_err(e.to_string()))
    }

    /// Rebuilds from the same files when unpickled (the files must exist where it is loaded).
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let this = slf.get();
        let ctor = py
            .import("demarche._demarche")?
            .getattr("_rebuild_extractor")?;
        let args = (
            this.gazetteer.clone(),
            this.phoenix.clone(),
            this.default_gazetteer,
        );
        PyTuple::new(py, [ctor, args.into_pyobject(py)?.into_any()])
    }

    fn __repr__(&self) -> String {
        if self.gazetteer.is_empty() && self.phoenix.is_empty() && self.default_gazetteer {
            return "Extractor()".to_string();
        }
        let list = |v: &[PathBuf]| -> String {
            let items: Vec<String> = v
                .iter()
                .map(|p| format!("{:?}", p.display().to_string()))
                .collect();
            format!("[{}]", items.join(", "))
        };
        format!(
            "Extractor.from_files(gazetteer={}, phoenix={}, default_gazetteer={})",
            list(&self.gazetteer),
            list(&self.phoenix),
            if self.default_gazetteer {
                "True"
            } else {
                "False"
            }
        )
    }
}

impl PyExtractor {
    fn build(
        py: Python<'_>,
        gazetteer: Vec<PathBuf>,
        phoenix: Vec<PathBuf>,
        default_gazetteer: bool,
    ) -> PyResult<Self> {
        let mut builder = Extractor::builder().default_gazetteer(default_gazetteer);
        for p in &gazetteer {
            builder = builder.gazetteer_file(p);
        }
        for p in &phoenix {
            builder = builder.phoenix_file(p);
        }
        let inner = py
            .detach(|| builder.build())
            .map_err(|e| core_error(py, &e))?;
        Ok(PyExtractor {
            inner,
            gazetteer,
            phoenix,
            default_gazetteer,
        })
    }
}

/// The unpickling constructor `__reduce__` names.
#[pyfunction]
fn _rebuild_extractor(
    py: Python<'_>,
    gazetteer: Vec<PathBuf>,
    phoenix: Vec<PathBuf>,
    default_gazetteer: bool,
) -> PyResult<PyExtractor> {
    PyExtractor::build(py, gazetteer, phoenix, default_gazetteer)
}

fn article(text: &str, published: Option<Day>) -> Article<'_> {
    match published {
        Some(d) => Article::new(text).published(d),
        None => Article::new(text),
    }
}

/// The serde form of an extraction as Python dicts, lists, strings, ints, bools and None.
fn to_python<'py>(py: Python<'py>, doc: &Extraction) -> PyResult<Bound<'py, PyAny>> {
    pythonize::pythonize(py, doc).map_err(PyErr::from)
}

/// `None`, a path, or an iterable of paths.
fn paths(obj: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Vec<PathBuf>> {
    let Some(obj) = obj else {
        return Ok(Vec::new());
    };
    if obj.is_none() {
        return Ok(Vec::new());
    }
    if let Ok(p) = obj.extract::<PathBuf>() {
        return Ok(vec![p]);
    }
    let Ok(iter) = obj.try_iter() else {
        return Err(PyTypeError::new_err(format!(
            "{what}: expected a path or a list of paths, got {}",
            obj.get_type().name()?
        )));
    };
    iter.map(|p| {
        let p = p?;
        p.extract::<PathBuf>().map_err(|_| {
            PyTypeError::new_err(format!(
                "{what}: expected paths (str or os.PathLike), got {}",
                p.get_type()
                    .name()
                    .map(|n| n.to_string())
                    .unwrap_or_default()
            ))
        })
    })
    .collect()
}

/// A publication date: None, a `YYYY-MM-DD` string, or a `datetime.date` (or `datetime`).
fn day(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Day>> {
    let Some(obj) = obj else {
        return Ok(None);
    };
    if obj.is_none() {
        return Ok(None);
    }
    let py = obj.py();
    if let Ok(s) = obj.cast::<PyString>() {
        let s = s.to_cow()?;
        return s.parse::<Day>().map(Some).map_err(|e| core_error(py, &e));
    }
    let date_type = py.import("datetime")?.getattr("date")?;
    if obj.is_instance(&date_type)? {
        let y: i32 = obj.getattr("year")?.extract()?;
        let m: u32 = obj.getattr("month")?.extract()?;
        let d: u32 = obj.getattr("day")?.extract()?;
        // Through the text form, which every version of the crate's API parses the same way.
        return format!("{y:04}-{m:02}-{d:02}")
            .parse::<Day>()
            .map(Some)
            .map_err(|e| core_error(py, &e));
    }
    Err(PyTypeError::new_err(format!(
        "published: expected None, a datetime.date or a 'YYYY-MM-DD' string, got {}",
        obj.get_type().name()?
    )))
}

/// One `extract_many` item: a text, a `(text, published)` pair, or a mapping with `"text"`.
fn read_item(
    item: &Bound<'_, PyAny>,
    default: Option<Day>,
) -> PyResult<(PyBackedStr, Option<Day>)> {
    if let Ok(s) = item.cast::<PyString>() {
        return Ok((s.clone().try_into()?, default));
    }
    if let Ok(t) = item.cast::<PyTuple>() {
        if t.len() == 2 {
            let text: PyBackedStr = t
                .get_item(0)?
                .extract()
                .map_err(|_| PyTypeError::new_err("a (text, published) pair needs a str text"))?;
            let d = day(Some(&t.get_item(1)?))?;
            return Ok((text, d.or(default)));
        }
    }
    if let Ok(d) = item.cast::<PyDict>() {
        return read_mapping(d.get_item("text")?, d.get_item("published")?, default);
    }
    if item.hasattr("keys")? && item.hasattr("__getitem__")? {
        // Any other mapping (a Spark Row is not one; pass row.asDict()).
        let get = |k: &str| -> PyResult<Option<Bound<'_, PyAny>>> {
            match item.call_method1("get", (k,)) {
                Ok(v) if v.is_none() => Ok(None),
                Ok(v) => Ok(Some(v)),
                Err(e) => Err(e),
            }
        };
        return read_mapping(get("text")?, get("published")?, default);
    }
    Err(PyTypeError::new_err(format!(
        "expected a str, a (text, published) pair or a mapping with a \"text\" key, got {}",
        item.get_type().name()?
    )))
}

fn read_mapping(
    text: Option<Bound<'_, PyAny>>,
    published: Option<Bound<'_, PyAny>>,
    default: Option<Day>,
) -> PyResult<(PyBackedStr, Option<Day>)> {
    let Some(text) = text else {
        return Err(PyTypeError::new_err("a mapping item needs a \"text\" key"));
    };
    let text: PyBackedStr = text
        .extract()
        .map_err(|_| PyTypeError::new_err("\"text\" must be a str"))?;
    let d = day(published.as_ref())?;
    Ok((text, d.or(default)))
}

/// Says which item an error is about, keeping its class and attributes.
fn at_item(py: Python<'_>, err: PyErr, index: usize) -> PyErr {
    let value = err.value(py);
    let msg = value
        .str()
        .map(|s| s.to_string())
        .unwrap_or_else(|_| String::new());
    let new = format!("item {index}: {msg}");
    // Rewrite args[0] so str(e) names the item; the exception's other attributes stay.
    if let Ok(args) = PyTuple::new(py, [new.clone()]) {
        let _ = value.setattr("args", args);
    }
    err
}

/// An exception class of `demarche._errors`.
fn error_class<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("demarche._errors")?.getattr(name)
}

/// A root-crate error as the matching Python exception.
fn core_error(py: Python<'_>, e: &CoreError) -> PyErr {
    let msg = e.to_string();
    let made = (|| -> PyResult<PyErr> {
        let file = e.file().map(str::to_string);
        let line = e.line();
        let obj = match e.kind() {
            ErrorKind::Data => {
                let prefix = match (&file, line) {
                    (Some(f), Some(l)) => Some(format!("{f}:{l}: ")),
                    (Some(f), None) => Some(format!("{f}: ")),
                    _ => None,
                };
                let problem = prefix
                    .and_then(|p| msg.strip_prefix(p.as_str()).map(str::to_string))
                    .unwrap_or_else(|| msg.clone());
                error_class(py, "GazetteerError")?.call1((msg.clone(), file, line, problem))?
            }
            ErrorKind::Io => {
                let io =
                    std::error::Error::source(e).and_then(|s| s.downcast_ref::<std::io::Error>());
                let errno = io.and_then(|io| io.raw_os_error());
                let strerror = io.map(|io| {
                    // "No such file or directory (os error 2)" → "No such file or directory"
                    let s = io.to_string();
                    match s.rfind(" (os error ") {
                        Some(i) => s[..i].to_string(),
                        None => s,
                    }
                });
                let problem = strerror.clone();
                error_class(py, "GazetteerFileError")?.call1((
                    msg.clone(),
                    file,
                    line,
                    problem,
                    errno,
                    strerror,
                ))?
            }
            ErrorKind::BadDate => {
                let text = msg
                    .strip_prefix("bad date ")
                    .and_then(|rest| rest.split_once(": "))
                    .and_then(|(quoted, _)| quoted.strip_prefix('"')?.strip_suffix('"'))
                    .map(str::to_string);
                error_class(py, "DateError")?.call1((msg.clone(), text))?
            }
            _ => error_class(py, "DemarcheError")?.call1((msg.clone(),))?,
        };
        Ok(PyErr::from_value(obj))
    })();
    made.unwrap_or_else(|err| err)
}

/// A batch item whose extraction failed inside the extractor (a bug).
fn extraction_error(py: Python<'_>, e: &CoreError, index: usize) -> PyErr {
    match error_class(py, "ExtractionError")
        .and_then(|c| c.call1((format!("item {index}: {e}"), index)))
    {
        Ok(obj) => PyErr::from_value(obj),
        Err(err) => err,
    }
}

/// The extension module. Use it through the `demarche` package.
#[pymodule]
fn _demarche(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyExtractor>()?;
    m.add_function(wrap_pyfunction!(_rebuild_extractor, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
