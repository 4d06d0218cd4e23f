//! The `extract` command: articles in, one JSON document per article out.
//!
//! ```text
//! extract [--published YYYY-MM-DD] FILE...     one JSON line per file
//! extract [--published YYYY-MM-DD] --jsonl FILE|-
//!                                              JSON Lines {"id", "published", "text"} in,
//!                                              one JSON line per input out, carrying its "id"
//! ```
//!
//! The output is the serde form of `demarche::Extraction` (see the README for the contract).
//! Unreadable files, invalid UTF-8, bad dates and malformed JSON lines are reported on standard
//! error with the file and line; every valid input still gets its output; the exit status is 1
//! when anything was reported and 2 for a usage error.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use demarche::{Article, Day, Extraction, Extractor};
use serde::Serialize;

const USAGE: &str = "usage: extract [--published YYYY-MM-DD] FILE...\n       extract [--published YYYY-MM-DD] --jsonl FILE|-";

#[derive(Serialize)]
struct Output<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a serde_json::Value>,
    #[serde(flatten)]
    doc: &'a Extraction,
}

fn main() -> ExitCode {
    let mut published: Option<Day> = None;
    let mut jsonl = false;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--published" => {
                let Some(v) = args.next() else {
                    eprintln!("extract: --published needs a date\n{USAGE}");
                    return ExitCode::from(2);
                };
                match v.parse() {
                    Ok(d) => published = Some(d),
                    Err(e) => {
                        eprintln!("extract: --published: {e}");
                        return ExitCode::from(2);
                    }
                }
            }
            "--jsonl" => jsonl = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            s if s.starts_with("--") => {
                eprintln!("extract: unknown option {s}\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => files.push(a),
        }
    }
    if files.is_empty() {
        eprintln!("extract: no input\n{USAGE}");
        return ExitCode::from(2);
    }
    let extractor = Extractor::new();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    for file in &files {
        let ok = if jsonl {
            run_jsonl(&extractor, file, published, &mut out)
        } else {
            run_file(&extractor, file, published, &mut out)
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
    match extract_guarded(ex, article) {
        Some(doc) => emit(out, None, &doc),
        None => {
            eprintln!(
                "extract: {file}: internal error in the extractor (please report this input)"
            );
            false
        }
    }
}

/// Extraction never panics by contract; if a bug breaks that, one bad input must not stop a
/// feed: the panic is caught and reported, and the run goes on.
fn extract_guarded(ex: &Extractor, article: Article<'_>) -> Option<Extraction> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| ex.extract(article))).ok()
}

/// JSON Lines `{"id", "published", "text"}` from a file or `-` (standard input).
fn run_jsonl(
    ex: &Extractor,
    file: &str,
    default_published: Option<Day>,
    out: &mut impl Write,
) -> bool {
    let reader: Box<dyn BufRead> = if file == "-" {
        Box::new(io::stdin().lock())
    } else {
        match std::fs::File::open(file) {
            Ok(f) => Box::new(io::BufReader::new(f)),
            Err(e) => {
                eprintln!("extract: {file}: {e}");
                return false;
            }
        }
    };
    let name = if file == "-" { "<stdin>" } else { file };
    let mut ok = true;
    for (i, line) in reader.split(b'\n').enumerate() {
        let n = i + 1;
        let bytes = match line {
            Ok(b) => b,
            Err(e) => {
                eprintln!("extract: {name}:{n}: {e}");
                return false;
            }
        };
        let Ok(line) = std::str::from_utf8(&bytes) else {
            eprintln!("extract: {name}:{n}: invalid UTF-8");
            ok = false;
            continue;
        };
        if line.trim().is_empty() {
            continue;
        }
        match parse_record(line, default_published) {
            Ok((id, text, published)) => {
                let mut article = Article::new(&text);
                if let Some(d) = published {
                    article = article.published(d);
                }
                match extract_guarded(ex, article) {
                    Some(doc) => ok &= emit(out, id.as_ref(), &doc),
                    None => {
                        eprintln!("extract: {name}:{n}: internal error in the extractor (please report this input)");
                        ok = false;
                    }
                }
            }
            Err(why) => {
                eprintln!("extract: {name}:{n}: {why}");
                ok = false;
            }
        }
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
