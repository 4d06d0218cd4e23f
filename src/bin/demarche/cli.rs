//! The command-line tool, shared by the `demarche` binary and the `extract` example (the
//! evaluation's entry point, which prints exactly the JSON it always has: no `file` key).
//!
//! Everything here is plain std plus the library and serde_json: no argument-parser crate, so
//! `cargo install` builds nothing but the library's own dependencies.

use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::ops::ControlFlow;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use demarche::{Article, Day, Extraction, Extractor};
use serde::Serialize;

/// Which program is running: the installed tool, or the evaluation's `extract` example.
#[allow(dead_code)] // each program constructs only its own variant
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Program {
    /// `demarche`: every output object names its file (and line, with `--jsonl`).
    Demarche,
    /// `extract`: the evaluation's contract, one `Extraction` (plus `id` with `--jsonl`).
    Extract,
}

impl Program {
    fn name(self) -> &'static str {
        match self {
            Program::Demarche => "demarche",
            Program::Extract => "extract",
        }
    }
}

const USAGE: &str =
    "usage: PROG [OPTIONS] FILE...        one article per file (- is standard input)
       PROG [OPTIONS] --jsonl FILE...  JSON Lines feeds {\"id\", \"published\", \"text\"}";

const HELP: &str = "
Extracts actors, statements, meetings, refusals and dates from English diplomacy and defence
news, and writes one JSON object per article to standard output.

Options:
  --published YYYY-MM-DD  publication date: the anchor for relative dates (\"on Tuesday\");
                          with --jsonl, the default for records without one
  --jsonl                 inputs are JSON Lines feeds: one {\"id\", \"published\", \"text\"}
                          object a line (\"id\" any JSON value, optional; \"published\"
                          YYYY-MM-DD or null, optional); output keeps input order
  --gazetteer FILE        add gazetteer entries (tab-separated or JSON; see the README's Data
                          section); repeatable, later files win
  --phoenix FILE          add the actors of a PETRARCH/Phoenix .actors dictionary; repeatable
  --no-default-gazetteer  use only the --gazetteer and --phoenix files
  --threads N             worker threads (default 0: one per core; at most 256)
  --format json|text      json (default): one JSON object per article, one per line;
                          text: a readable summary (who met whom, when, status; who said what)
  --pretty                indent the JSON (objects then span several lines)
  --progress              show progress on standard error: articles, rate, and percent and
                          ETA when the input size is known
  -h, --help              this help
  -V, --version           the version
  --                      the arguments after it are files, even when they start with -

Output (--format json): one object per article, the serde form of demarche::Extraction:
  {\"file\", [\"line\", \"id\",] \"published\", \"anchor\", \"actors\", \"statements\",
   \"meetings\", \"refusals\", \"dates\"}
\"file\" is the input file (- for standard input); with --jsonl, \"line\" is the line of the
feed and \"id\" the record's id. Every record has byte spans into the article text. The fields
are a public contract (see the README): they may be extended, never renamed or removed.

Errors (an unreadable file, invalid UTF-8, a malformed JSON line, a bad date, an article the
extractor failed on) are reported on standard error with the file and line, and every other
input is still processed. Output stops quietly when standard output is closed.

Exit status: 0 all inputs processed; 1 some input reported as an error; 2 usage error (bad
option, bad date or thread count, unreadable or malformed gazetteer).";

/// The options of one run.
struct Options {
    published: Option<Day>,
    jsonl: bool,
    threads: usize,
    progress: bool,
    pretty: bool,
    text: bool,
    gazetteers: Vec<(bool, String)>,
    default_gazetteer: bool,
    files: Vec<String>,
}

/// What the run stops with, other than finishing.
enum Stop {
    /// A usage error: message, then exit 2.
    Usage(String),
    /// `--help` or `--version`: print this, exit 0.
    Print(String),
}

fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Options, Stop> {
    let mut o = Options {
        published: None,
        jsonl: false,
        threads: 0,
        progress: false,
        pretty: false,
        text: false,
        gazetteers: Vec::new(),
        default_gazetteer: true,
        files: Vec::new(),
    };
    let mut args = args.into_iter();
    let mut only_files = false;
    while let Some(arg) = args.next() {
        if only_files || arg == "-" || !arg.starts_with('-') {
            o.files.push(arg);
            continue;
        }
        // --opt=value and --opt value are the same.
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |what: &str| -> Result<String, Stop> {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| Stop::Usage(format!("{flag} needs {what}")))
        };
        match flag.as_str() {
            "--" => only_files = true,
            "--published" => {
                let v = value("a date, YYYY-MM-DD")?;
                let day = v
                    .parse()
                    .map_err(|e| Stop::Usage(format!("--published: {e}")))?;
                o.published = Some(day);
            }
            "--threads" => {
                let v = value("a number")?;
                o.threads = match v.trim().parse::<usize>() {
                    Ok(n) if n <= Extractor::MAX_THREADS => n,
                    Ok(_) | Err(_)
                        if !v.trim().is_empty() && v.trim().bytes().all(|b| b.is_ascii_digit()) =>
                    {
                        return Err(Stop::Usage(format!(
                            "--threads: {v} is more than the {} threads allowed",
                            Extractor::MAX_THREADS
                        )))
                    }
                    _ => {
                        return Err(Stop::Usage(format!(
                            "--threads: {v:?} is not a number of threads (0 = one per core)"
                        )))
                    }
                };
            }
            "--gazetteer" => o.gazetteers.push((false, value("a file")?)),
            "--phoenix" => o.gazetteers.push((true, value("a file")?)),
            "--format" => {
                o.text = match value("json or text")?.as_str() {
                    "json" => false,
                    "text" => true,
                    other => {
                        return Err(Stop::Usage(format!(
                            "--format: {other:?} is not json or text"
                        )))
                    }
                }
            }
            "--jsonl"
            | "--progress"
            | "--pretty"
            | "--no-default-gazetteer"
            | "--help"
            | "--version"
                if inline.is_some() =>
            {
                return Err(Stop::Usage(format!("{flag} takes no value")))
            }
            "--jsonl" => o.jsonl = true,
            "--progress" => o.progress = true,
            "--pretty" => o.pretty = true,
            "--no-default-gazetteer" => o.default_gazetteer = false,
            "-h" | "--help" => return Err(Stop::Print(String::new())),
            "-V" | "--version" => {
                return Err(Stop::Print(format!("{}\n", env!("CARGO_PKG_VERSION"))))
            }
            _ => return Err(Stop::Usage(format!("unknown option {arg}"))),
        }
    }
    if o.files.is_empty() {
        return Err(Stop::Usage(
            "no input (give FILE..., or - for standard input)".into(),
        ));
    }
    Ok(o)
}

/// Runs the program on the process's arguments and standard streams.
pub fn main(program: Program) -> ExitCode {
    let name = program.name();
    let usage = USAGE.replace("PROG", name);
    let o = match parse_args(std::env::args().skip(1)) {
        Ok(o) => o,
        Err(Stop::Print(s)) if s.is_empty() => {
            println!("{usage}\n{HELP}");
            return ExitCode::SUCCESS;
        }
        Err(Stop::Print(s)) => {
            print!("{name} {s}");
            return ExitCode::SUCCESS;
        }
        Err(Stop::Usage(msg)) => {
            eprintln!("{name}: {msg}\n{usage}\n(--help for the options)");
            return ExitCode::from(2);
        }
    };
    let mut builder = Extractor::builder().default_gazetteer(o.default_gazetteer);
    for (phoenix, file) in &o.gazetteers {
        builder = if *phoenix {
            builder.phoenix_file(file)
        } else {
            builder.gazetteer_file(file)
        };
    }
    let extractor = match builder.build() {
        Ok(ex) => ex,
        Err(e) => {
            eprintln!("{name}: {e}");
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut run = Run {
        program,
        o: &o,
        ex: &extractor,
        out: io::BufWriter::with_capacity(1 << 16, stdout.lock()),
        failed: false,
        closed: false,
    };
    if o.jsonl {
        for file in &o.files {
            run.jsonl(file);
            if run.closed {
                break;
            }
        }
    } else {
        run.files();
    }
    if !run.closed {
        if let Err(e) = run.out.flush() {
            run.write_failed(e);
        }
    }
    if run.failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// One input article, or what is wrong with it, with where it came from.
struct Item {
    /// The file as given (`-` for standard input).
    file: Arc<str>,
    /// The line of a JSON Lines feed.
    line: Option<usize>,
    /// Input bytes consumed up to and including this item, for progress.
    done: u64,
    what: Result<Record, String>,
}

struct Record {
    id: Option<serde_json::Value>,
    text: String,
    published: Option<Day>,
}

impl Item {
    fn article(&self) -> Article<'_> {
        match &self.what {
            Ok(r) => {
                let a = Article::new(&r.text);
                match r.published {
                    Some(d) => a.published(d),
                    None => a,
                }
            }
            Err(_) => Article::new(""),
        }
    }

    /// `file` or `file:line`, for messages.
    fn place(&self) -> String {
        let file = if &*self.file == "-" {
            "<stdin>"
        } else {
            &self.file
        };
        match self.line {
            Some(n) => format!("{file}:{n}"),
            None => file.to_string(),
        }
    }
}

/// The JSON written for one article.
#[derive(Serialize)]
struct Output<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a serde_json::Value>,
    #[serde(flatten)]
    doc: &'a Extraction,
}

struct Run<'a, W: Write> {
    program: Program,
    o: &'a Options,
    ex: &'a Extractor,
    out: W,
    /// Some input was reported as an error.
    failed: bool,
    /// Standard output is gone (or failed): write nothing more.
    closed: bool,
}

impl<W: Write> Run<'_, W> {
    fn report(&mut self, msg: std::fmt::Arguments<'_>) {
        eprintln!("{}: {msg}", self.program.name());
        self.failed = true;
    }

    /// A write failed: stop. A closed pipe (`| head`) is the reader's choice, not an error.
    fn write_failed(&mut self, e: io::Error) {
        self.closed = true;
        if e.kind() != io::ErrorKind::BrokenPipe {
            self.report(format_args!("writing output: {e}"));
        }
    }

    /// Writes one item's outcome; `Break` once output is closed.
    fn emit(&mut self, item: Item, doc: Result<Extraction, demarche::Error>) -> ControlFlow<()> {
        let record = match (&item.what, doc) {
            (Err(why), _) => {
                self.report(format_args!("{}: {why}", item.place()));
                return ControlFlow::Continue(());
            }
            (Ok(_), Err(e)) => {
                self.report(format_args!("{}: {e}", item.place()));
                return ControlFlow::Continue(());
            }
            (Ok(r), Ok(doc)) => (r, doc),
        };
        let (r, doc) = record;
        let written = if self.o.text {
            write_text(&mut self.out, &item, &r.text, &doc)
        } else {
            let named = self.program == Program::Demarche;
            let output = Output {
                file: named.then_some(&*item.file),
                line: if named { item.line } else { None },
                id: r.id.as_ref(),
                doc: &doc,
            };
            // Straight to the writer: no whole line is built in memory.
            let json = if self.o.pretty {
                serde_json::to_writer_pretty(&mut self.out, &output)
            } else {
                serde_json::to_writer(&mut self.out, &output)
            };
            json.map_err(io::Error::from)
                .and_then(|()| self.out.write_all(b"\n"))
        };
        match written {
            Ok(()) => ControlFlow::Continue(()),
            Err(e) => {
                self.write_failed(e);
                ControlFlow::Break(())
            }
        }
    }

    /// Plain-text articles, one per file, extracted on all cores, written in order.
    fn files(&mut self) {
        let files = self.o.files.clone();
        let total: u64 = files
            .iter()
            .filter(|f| *f != "-")
            .filter_map(|f| std::fs::metadata(f).ok())
            .map(|m| m.len())
            .sum();
        let mut progress = Progress::new(
            self.o.progress,
            (!files.iter().any(|f| f == "-")).then_some(total),
        );
        let published = self.o.published;
        let mut done = 0u64;
        let items = files.into_iter().map(|file| {
            let bytes = if file == "-" {
                let mut b = Vec::new();
                io::stdin().lock().read_to_end(&mut b).map(|_| b)
            } else {
                std::fs::read(&file)
            };
            done += bytes.as_ref().map_or(0, |b| b.len() as u64);
            let what = match bytes {
                Err(e) => Err(e.to_string()),
                Ok(b) => String::from_utf8(b)
                    .map(|text| Record {
                        id: None,
                        text,
                        published,
                    })
                    .map_err(|e| format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to())),
            };
            Item {
                file: file.into(),
                line: None,
                done,
                what,
            }
        });
        let (ex, article) = (self.ex, article_fn());
        ex.try_extract_batch(items, self.o.threads, article, |item, doc| {
            progress.update(item.done);
            self.emit(item, doc)
        });
        progress.finish();
    }

    /// A JSON Lines feed from a file or `-`, streamed through the extractor on all cores and
    /// written in input order.
    fn jsonl(&mut self, file: &str) {
        let (reader, total): (Box<dyn BufRead>, Option<u64>) = if file == "-" {
            (Box::new(io::stdin().lock()), None)
        } else {
            match std::fs::File::open(file) {
                Ok(f) => {
                    let size = f.metadata().ok().filter(|m| m.is_file()).map(|m| m.len());
                    (Box::new(io::BufReader::with_capacity(1 << 16, f)), size)
                }
                Err(e) => {
                    self.report(format_args!("{file}: {e}"));
                    return;
                }
            }
        };
        let name: Arc<str> = file.into();
        let published = self.o.published;
        let mut progress = Progress::new(self.o.progress, total);
        let mut read_error = None;
        let mut done = 0u64;
        let items = reader
            .split(b'\n')
            .enumerate()
            .map_while(|(i, line)| match line {
                Ok(bytes) => Some((i + 1, bytes)),
                Err(e) => {
                    read_error = Some(format!("{}:{}: {e}", item_file(&name), i + 1));
                    None
                }
            })
            .filter_map(|(n, bytes)| {
                done += bytes.len() as u64 + 1;
                // A byte-order mark before the first record is an editor's, not an error.
                let bytes = match (n, bytes.strip_prefix(b"\xef\xbb\xbf")) {
                    (1, Some(rest)) => rest,
                    _ => &bytes[..],
                };
                if bytes.iter().all(u8::is_ascii_whitespace) {
                    return None;
                }
                let what = match std::str::from_utf8(bytes) {
                    Err(e) => Err(format!("invalid UTF-8 at column {}", e.valid_up_to() + 1)),
                    Ok(line) => parse_record(line, published),
                };
                Some(Item {
                    file: name.clone(),
                    line: Some(n),
                    done,
                    what,
                })
            });
        let (ex, article) = (self.ex, article_fn());
        ex.try_extract_batch(items, self.o.threads, article, |item, doc| {
            progress.update(item.done);
            self.emit(item, doc)
        });
        progress.finish();
        if let Some(e) = read_error {
            self.report(format_args!("{e}"));
        }
    }
}

/// The function from an item to its article. For the tests only, the environment variable
/// `DEMARCHE_TEST_PANIC_ON` names a text whose extraction panics, standing in for an extractor bug
/// (extraction never panics by contract, so nothing else can show that a panicking article is
/// reported and the rest still processed).
fn article_fn() -> impl Fn(&Item) -> Article<'_> + Sync {
    let panic_on = std::env::var("DEMARCHE_TEST_PANIC_ON").ok();
    move |item: &Item| {
        if let (Some(p), Ok(r)) = (&panic_on, &item.what) {
            assert!(r.text != *p, "DEMARCHE_TEST_PANIC_ON");
        }
        item.article()
    }
}

fn item_file(name: &str) -> &str {
    if name == "-" {
        "<stdin>"
    } else {
        name
    }
}

fn parse_record(line: &str, default_published: Option<Day>) -> Result<Record, String> {
    let v: serde_json::Value = serde_json::from_str(line).map_err(|e| {
        // serde_json says "at line 1 column N" of the one line it saw; the line is ours to say.
        let msg = e.to_string();
        let msg = msg
            .strip_suffix(&format!(" at line {} column {}", e.line(), e.column()))
            .unwrap_or(&msg);
        format!("malformed JSON at column {}: {msg}", e.column())
    })?;
    let serde_json::Value::Object(mut obj) = v else {
        return Err("expected a JSON object".into());
    };
    let text = match obj.remove("text") {
        Some(serde_json::Value::String(t)) => t,
        _ => return Err("missing \"text\" string".into()),
    };
    let published = match obj.get("published") {
        None | Some(serde_json::Value::Null) => default_published,
        Some(serde_json::Value::String(s)) => Some(
            s.parse::<Day>()
                .map_err(|e| format!("\"published\": {e}"))?,
        ),
        Some(_) => return Err("\"published\" must be a YYYY-MM-DD string or null".into()),
    };
    Ok(Record {
        id: obj.remove("id"),
        text,
        published,
    })
}

/// A readable summary of one article: who met whom, when, status; who refused what; who said
/// what; the dates.
fn write_text(out: &mut impl Write, item: &Item, text: &str, doc: &Extraction) -> io::Result<()> {
    let _ = text;
    write!(out, "== {}", item.place())?;
    if let Some(id) = item.what.as_ref().ok().and_then(|r| r.id.as_ref()) {
        write!(out, " (id {id})")?;
    }
    match doc.anchor {
        Some(a) => writeln!(out, " · dates relative to {} ({})", a.day, a.source)?,
        None => writeln!(out)?,
    }
    let name = |id: &Option<String>| match id.as_deref() {
        Some(id) => doc.actor(id).map_or(id, |a| a.name.as_str()).to_string(),
        None => "(unknown)".to_string(),
    };
    if !doc.actors.is_empty() {
        writeln!(out, "Actors:")?;
        for a in &doc.actors {
            write!(out, "  {} ({}", a.name, a.kind)?;
            if let Some(c) = &a.country {
                write!(out, ", {c}")?;
            }
            if let Some(t) = &a.title {
                write!(out, ", {t}")?;
            }
            writeln!(out, "), {} mention(s)", a.mentions.len())?;
        }
    }
    if !doc.meetings.is_empty() {
        writeln!(out, "Meetings:")?;
        for m in &doc.meetings {
            let who: Vec<&str> = doc.participants(m).map(|a| a.name.as_str()).collect();
            write!(out, "  {}: {} ({}", who.join(" + "), m.status, m.format)?;
            if let Some(v) = m.date.as_ref() {
                write!(out, ", {}", v.value.as_deref().unwrap_or(&v.text))?;
            }
            if let Some(l) = &m.location {
                write!(out, ", in {}", l.text)?;
            }
            writeln!(out, ") [CAMEO {} {}]", m.cameo, m.plover)?;
        }
    }
    if !doc.refusals.is_empty() {
        writeln!(out, "Refusals:")?;
        for r in &doc.refusals {
            write!(out, "  {} refused", name(&r.refuser))?;
            if r.requester.is_some() {
                write!(out, " {}'s", name(&r.requester))?;
            }
            writeln!(out, " {:?} [CAMEO {}]", r.object, r.cameo)?;
        }
    }
    if !doc.statements.is_empty() {
        writeln!(out, "Statements:")?;
        for s in &doc.statements {
            writeln!(out, "  {} ({}): {:?}", name(&s.speaker), s.kind, s.text)?;
        }
    }
    if !doc.dates.is_empty() {
        writeln!(out, "Dates:")?;
        for d in &doc.dates {
            let v = d.value.as_deref().unwrap_or("?");
            writeln!(out, "  {:?} = {v} ({})", d.text, d.kind)?;
        }
    }
    writeln!(out)
}

/// Progress on standard error: a line redrawn in place on a terminal (count, rate, and percent
/// and ETA when the input size is known), a plain line every ten seconds elsewhere.
struct Progress {
    on: bool,
    tty: bool,
    start: Instant,
    last: Instant,
    total: Option<u64>,
    done: u64,
    count: u64,
}

impl Progress {
    fn new(on: bool, total: Option<u64>) -> Progress {
        let now = Instant::now();
        Progress {
            on,
            tty: io::stderr().is_terminal(),
            start: now,
            last: now,
            total: total.filter(|&t| t > 0),
            done: 0,
            count: 0,
        }
    }

    fn update(&mut self, done: u64) {
        self.count += 1;
        self.done = done;
        let every = if self.tty {
            Duration::from_millis(200)
        } else {
            Duration::from_secs(10)
        };
        if self.on && self.last.elapsed() >= every {
            self.last = Instant::now();
            self.draw(false);
        }
    }

    fn draw(&self, last: bool) {
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        let mut line = format!(
            "{} articles, {:.0}/s, {:.1} MiB/s",
            self.count,
            self.count as f64 / secs,
            self.done as f64 / secs / 1048576.0
        );
        if let Some(total) = self.total {
            let frac = (self.done as f64 / total as f64).min(1.0);
            line += &format!(", {:.0}%", frac * 100.0);
            if !last && frac > 0.0 {
                let eta = (secs / frac - secs).max(0.0) as u64;
                line += &format!(", ETA {}:{:02}:{:02}", eta / 3600, eta / 60 % 60, eta % 60);
            }
        }
        if last {
            line += &format!(" in {secs:.1} s");
        }
        let mut err = io::stderr().lock();
        let _ = if self.tty {
            write!(err, "\r\x1b[K{line}{}", if last { "\n" } else { "" })
        } else {
            writeln!(err, "{line}")
        };
    }

    fn finish(&self) {
        if self.on && self.count > 0 {
            self.draw(true);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer that remembers its largest single write.
    #[derive(Default)]
    struct Largest {
        total: usize,
        largest: usize,
    }

    impl Write for Largest {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.total += buf.len();
            self.largest = self.largest.max(buf.len());
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// Issue 17, item 7: one record's JSON is streamed to the writer, not built whole in memory
    /// first (before, the whole line went out in one write of its full size).
    #[test]
    fn a_record_is_streamed_to_the_writer() {
        let o = args(&["x"]).ok().unwrap();
        let ex = Extractor::new();
        let mut run = Run {
            program: Program::Demarche,
            o: &o,
            ex: &ex,
            out: Largest::default(),
            failed: false,
            closed: false,
        };
        let text = "NATO met China on Friday. ".repeat(3000);
        let item = Item {
            file: "big.txt".into(),
            line: None,
            done: 0,
            what: Ok(Record {
                id: None,
                text,
                published: None,
            }),
        };
        let doc = ex.extract(item.article());
        assert!(run.emit(item, Ok(doc)).is_continue());
        assert!(run.out.total > 400_000, "{}", run.out.total);
        assert!(
            run.out.largest < 1000,
            "largest write {} bytes",
            run.out.largest
        );
    }

    fn args(a: &[&str]) -> Result<Options, Stop> {
        parse_args(a.iter().map(|s| s.to_string()))
    }

    #[test]
    fn thread_counts_the_os_cannot_give_are_usage_errors() {
        for n in [
            "100000",
            "1000000000",
            "18446744073709551615",
            "99999999999999999999999",
        ] {
            assert!(
                matches!(args(&["--threads", n, "x"]), Err(Stop::Usage(_))),
                "{n}"
            );
        }
        assert!(matches!(
            args(&["--threads", "-1", "x"]),
            Err(Stop::Usage(_))
        ));
        assert_eq!(args(&["--threads=256", "x"]).ok().unwrap().threads, 256);
    }
}
