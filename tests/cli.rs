//! The `extract` example's command-line contract: output shape, error reports, exit status.
//! `cargo test` builds the examples, so the binary sits beside this test's directory.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn extract_bin() -> PathBuf {
    let mut dir = std::env::current_exe().unwrap();
    dir.pop(); // the test binary
    if dir.ends_with("deps") {
        dir.pop();
    }
    dir.join("examples")
        .join(format!("extract{}", std::env::consts::EXE_SUFFIX))
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(extract_bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the extract example is built by cargo test");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn tmp(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("demarche-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.to_string_lossy().into_owned()
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

#[test]
fn one_json_line_per_file() {
    let a = tmp("a.txt", b"China met Japan on Friday.");
    let b = tmp("b.txt", b"NATO said no.");
    let out = run(&["--published", "2024-03-08", &a, &b], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = lines(&out);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["published"], "2024-03-08");
    assert_eq!(docs[0]["dates"][0]["value"], "2024-03-08");
    assert_eq!(docs[1]["actors"][0]["id"], "nato");
}

#[test]
fn bad_files_are_reported_and_valid_ones_still_processed() {
    let good = tmp("good.txt", b"China said so.");
    let bad = tmp("bad.txt", b"caf\xff");
    let out = run(&[&bad, "/nonexistent/x.txt", &good], b"");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.txt: invalid UTF-8 at byte 3"), "{err}");
    assert!(err.contains("/nonexistent/x.txt:"), "{err}");
    assert_eq!(lines(&out).len(), 1);
}

#[test]
fn bad_published_date_is_a_usage_error() {
    let a = tmp("c.txt", b"text");
    let out = run(&["--published", "2023-02-30", &a], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such day"));
    assert!(out.stdout.is_empty());
}

#[test]
fn jsonl_keeps_ids_and_reports_bad_lines() {
    let input = concat!(
        "{\"id\": \"a1\", \"published\": \"2023-06-03\", \"text\": \"Austin spoke on Saturday.\"}\n",
        "not json\n",
        "\n",
        "{\"id\": 7, \"published\": \"2023-02-30\", \"text\": \"x\"}\n",
        "{\"id\": \"a4\", \"published\": null, \"text\": \"China said so.\"}\n",
        "{\"id\": \"a5\"}\n",
    );
    let out = run(&["--jsonl", "-"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let docs = lines(&out);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["id"], "a1");
    assert_eq!(docs[0]["dates"][0]["value"], "2023-06-03");
    assert_eq!(docs[1]["id"], "a4");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("<stdin>:2: malformed JSON"), "{err}");
    assert!(err.contains("<stdin>:4: \"published\""), "{err}");
    assert!(err.contains("<stdin>:6: missing \"text\""), "{err}");
}

#[test]
fn usage_errors() {
    assert_eq!(run(&[], b"").status.code(), Some(2));
    assert_eq!(run(&["--bogus", "x"], b"").status.code(), Some(2));
    assert!(run(&["--help"], b"").status.success());
}
