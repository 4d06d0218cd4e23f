//! The `extract` command: articles in, one JSON document per article out.
//!
//! ```text
//! extract [--published YYYY-MM-DD] FILE...     one JSON line per file
//! extract [--published YYYY-MM-DD] [--threads N] [--progress] --jsonl FILE|-
//!                                              JSON Lines {"id", "published", "text"} in,
//!                                              one JSON line per input out, carrying its "id"
//! ```
//!
//! The output is the serde form of `demarche::Extraction` (see the README for the contract).
//! `--jsonl` streams: it reads a line at a time, extracts on all cores (`--threads N` to choose,
//! default one per core), and writes in input order, so a feed of any size runs in bounded memory.
//! Progress (a count and rate) goes to standard error when it is a terminal or with `--progress`.
//! Unreadable files, invalid UTF-8, bad dates and malformed JSON lines are reported on standard
//! error with the file and line; every valid input still gets its output; the exit status is 1
//! when anything was reported and 2 for a usage error.

use std::io::{self, BufRead, BufWriter, IsTerminal, Write};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use demarche::{Article, Day, Extraction, Extractor};
use serde::Serialize;

const USAGE: &str = "usage: extract [--published YYYY-MM-DD] FILE...
       extract [--published YYYY-MM-DD] [--threads N] [--progress] --jsonl FILE|-";

#[derive(Serialize)]
struct Output<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a serde_json::Value>,
    #[serde(flatten)]
    doc: &'a Extraction,
}

struct Options {
    published: Option<Day>,
    jsonl: bool,
    threads: usize,
    progress: bool,
    files: Vec<String>,
}

fn parse_args() -> Result<Options, ExitCode> {
    let mut o = Options {
        published: None,
        jsonl: false,
        threads: 0,
        progress: io::stderr().is_terminal(),
        files: Vec::new(),
    };
    let usage = |msg: String| {
        eprintln!("extract: {msg}\n{USAGE}");
        ExitCode::from(2)
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--published" => {
                let v = args
                    .next()
                    .ok_or_else(|| usage("--published needs a date".into()))?;
                o.published = Some(v.parse().map_err(|e| usage(format!("--published: {e}")))?);
            }
            "--threads" => {
                let v = args
                    .next()
                    .ok_or_else(|| usage("--threads needs a number".into()))?;
                o.threads = v
                    .parse()
                    .map_err(|_| usage(format!("--threads: {v:?} is not a number")))?;
            }
            "--jsonl" => o.jsonl = true,
            "--progress" => o.progress = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Err(ExitCode::SUCCESS);
            }
            s if s.starts_with("--") => return Err(usage(format!("unknown option {s}"))),
            _ => o.files.push(a),
        }
    }
    if o.files.is_empty() {
        return Err(usage("no input".into()));
    }
    Ok(o)
}

fn main() -> ExitCode {
    let o = match parse_args() {
        Ok(o) => o,
        Err(code) => return code,
    };
    let extractor = Extractor::new();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    for file in &o.files {
        let ok = if o.jsonl {
            run_jsonl(&extractor, file, &o, &mut out)
        } else {
            run_file(&extractor, file, o.published, &mut out)
        };
        failed |= !ok;
    }
    if let Err(e) = out.flush() {
        eprintln!("extract: writing output: {e}");
        return ExitCode::FAILURE;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn emit(out: &mut impl Write, id: Option<&serde_json::Value>, doc: &Extraction) -> bool {
    let line = serde_json::to_string(&Output { id, doc }).expect("extractions serialise");
    if let Err(e) = writeln!(out, "{line}") {
        eprintln!("extract: writing output: {e}");
        return false;
    }
    true
}

/// One plain-text article per file.
fn run_file(ex: &Extractor, file: &str, published: Option<Day>, out: &mut impl Write) -> bool {
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("extract: {file}: {e}");
            return false;
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            eprintln!(
                "extract: {file}: invalid UTF-8 at byte {}",
                e.utf8_error().valid_up_to()
            );
            return false;
        }
    };
    let mut article = Article::new(&text);
    if let Some(d) = published {
        article = article.published(d);
    }
    // Extraction never panics by contract; should a bug break that, say which input did it.
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| ex.extract(article))) {
        Ok(doc) => emit(out, None, &doc),
        Err(_) => {
            eprintln!(
                "extract: {file}: internal error in the extractor (please report this input)"
            );
            false
        }
    }
}

/// One input line: a record to extract from, or what is wrong with it.
enum Item {
    Record {
        id: Option<serde_json::Value>,
        text: String,
        published: Option<Day>,
    },
    Bad {
        line: usize,
        why: String,
    },
}

impl Item {
    fn article(&self) -> Article<'_> {
        match self {
            Item::Record {
                text, published, ..
            } => {
                let a = Article::new(text);
                match published {
                    Some(d) => a.published(*d),
                    None => a,
                }
            }
            Item::Bad { .. } => Article::new(""),
        }
    }
}

/// JSON Lines `{"id", "published", "text"}` from a file or `-` (standard input), streamed through
/// the extractor on all cores, written in input order.
fn run_jsonl(ex: &Extractor, file: &str, o: &Options, out: &mut impl Write) -> bool {
    let reader: Box<dyn BufRead> = if file == "-" {
        Box::new(io::stdin().lock())
    } else {
        match std::fs::File::open(file) {
            Ok(f) => Box::new(io::BufReader::with_capacity(1 << 16, f)),
            Err(e) => {
                eprintln!("extract: {file}: {e}");
                return false;
            }
        }
    };
    let name = if file == "-" { "<stdin>" } else { file };
    let mut ok = true;
    let mut read_error = None;
    let items = reader
        .split(b'\n')
        .enumerate()
        .map_while(|(i, line)| match line {
            Ok(bytes) => Some((i + 1, bytes)),
            Err(e) => {
                read_error = Some(format!("extract: {name}:{}: {e}", i + 1));
                None
            }
        })
        .filter(|(_, bytes)| !bytes.iter().all(u8::is_ascii_whitespace))
        .map(|(n, bytes)| match std::str::from_utf8(&bytes) {
            Err(_) => Item::Bad {
                line: n,
                why: "invalid UTF-8".into(),
            },
            Ok(line) => match parse_record(line, o.published) {
                Ok((id, text, published)) => Item::Record {
                    id,
                    text,
                    published,
                },
                Err(why) => Item::Bad { line: n, why },
            },
        });
    let start = Instant::now();
    let mut last_report = start;
    let mut count = 0usize;
    ex.extract_batch(items, o.threads, Item::article, |item, doc| {
        match item {
            Item::Record { id, .. } => ok &= emit(out, id.as_ref(), &doc),
            Item::Bad { line, why } => {
                eprintln!("extract: {name}:{line}: {why}");
                ok = false;
            }
        }
        count += 1;
        if o.progress && last_report.elapsed() >= Duration::from_secs(1) {
            last_report = Instant::now();
            let rate = count as f64 / start.elapsed().as_secs_f64();
            eprint!("\rextract: {name}: {count} articles, {rate:.0}/s ");
        }
    });
    if o.progress && count > 0 {
        let rate = count as f64 / start.elapsed().as_secs_f64().max(1e-9);
        eprintln!("\rextract: {name}: {count} articles, {rate:.0}/s ");
    }
    if let Some(e) = read_error {
        eprintln!("{e}");
        ok = false;
    }
    ok
}

type Record = (Option<serde_json::Value>, String, Option<Day>);

fn parse_record(line: &str, default_published: Option<Day>) -> Result<Record, String> {
    let v: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("malformed JSON: {e}"))?;
    let obj = v.as_object().ok_or("expected a JSON object")?;
    let text = obj
        .get("text")
        .and_then(|t| t.as_str())
        .ok_or("missing \"text\" string")?
        .to_string();
    let published = match obj.get("published") {
        None | Some(serde_json::Value::Null) => default_published,
        Some(serde_json::Value::String(s)) => Some(
            s.parse::<Day>()
                .map_err(|e| format!("\"published\": {e}"))?,
        ),
        Some(_) => return Err("\"published\" must be a YYYY-MM-DD string or null".into()),
    };
    Ok((obj.get("id").cloned(), text, published))
}
