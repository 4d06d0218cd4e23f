//! The `extract` command, the evaluation's entry point: articles in, one JSON document per
//! article out, exactly the `demarche::Extraction` serde form (plus the record's `"id"` with
//! `--jsonl`).
//!
//! ```text
//! extract [--published YYYY-MM-DD] FILE...     one JSON line per file
//! extract [--published YYYY-MM-DD] [--threads N] [--progress] --jsonl FILE|-
//! ```
//!
//! It is the `demarche` binary's code (`src/bin/demarche/cli.rs`, so the two never drift) with
//! one difference: the output objects carry no `"file"` or `"line"` keys, so the evaluation
//! sees the same bytes as it always has. Install and use `demarche` for everything else
//! (`demarche --help`).

#[path = "../src/bin/demarche/cli.rs"]
mod cli;

fn main() -> std::process::ExitCode {
    cli::main(cli::Program::Extract)
}
