//! The command-line contract of the `demarche` binary and of the `extract` example (the
//! evaluation's entry point, the same code without the `file` key): output shape, error reports,
//! exit status. `cargo test` builds both.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

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
    run_bin(extract_bin(), args, stdin)
}

fn demarche(args: &[&str], stdin: &[u8]) -> Output {
    run_bin(PathBuf::from(env!("CARGO_BIN_EXE_demarche")), args, stdin)
}

fn run_bin(bin: PathBuf, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(bin)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cargo test builds the binary and the example");
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

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn the_example_output_has_no_file_key() {
    let a = tmp("plain.txt", b"China met Japan on Friday.");
    let docs = lines(&run(&[&a], b""));
    assert!(docs[0].get("file").is_none() && docs[0].get("actors").is_some());
}

#[test]
fn each_output_object_names_its_file_and_line() {
    let a = tmp("named-a.txt", b"China met Japan on Friday.");
    let out = demarche(&["--published", "2024-03-08", &a, "-"], b"NATO said no.");
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = lines(&out);
    assert_eq!(docs[0]["file"], a.as_str());
    assert_eq!(docs[0]["dates"][0]["value"], "2024-03-08");
    assert_eq!(docs[1]["file"], "-");
    assert_eq!(docs[1]["actors"][0]["id"], "nato");
    let feed = b"{\"id\": \"x\", \"text\": \"NATO said no.\"}\n\n{\"text\": \"China said so.\"}\n";
    let docs = lines(&demarche(&["--jsonl", "-"], feed));
    assert_eq!(
        (&docs[0]["file"], &docs[0]["line"], &docs[0]["id"]),
        (&"-".into(), &1.into(), &"x".into())
    );
    assert_eq!((&docs[1]["line"], docs[1].get("id")), (&3.into(), None));
}

#[test]
fn help_documents_every_option_the_output_and_the_exit_codes() {
    let out = demarche(&["--help"], b"");
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "--published",
        "--jsonl",
        "--gazetteer",
        "--phoenix",
        "--threads",
        "--progress",
        "--pretty",
        "--format",
        "--no-default-gazetteer",
        "--version",
        "--help",
        "\n  --  ",
        "\"file\"",
        "Exit status",
        "2 usage error",
    ] {
        assert!(help.contains(needle), "--help lacks {needle}");
    }
    assert_eq!(help.matches("usage:").count(), 1);
}

#[test]
fn user_gazetteers_pretty_and_text_output() {
    let g = tmp(
        "mine.tsv",
        b"\xef\xbb\xbfperson\tAda Example\tcountry=GBR\tshort=Example\n",
    );
    let a = tmp(
        "ada.txt",
        b"Ada Example met Lloyd Austin on Friday. \"Fine,\" Example said.",
    );
    let out = demarche(&["--gazetteer", &g, "--pretty", &a], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().count() > 10, "pretty JSON spans lines");
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["actors"][0]["id"], "ada-example");
    let out = demarche(
        &[
            "--gazetteer",
            &g,
            "--format",
            "text",
            "--published",
            "2024-03-08",
            &a,
        ],
        b"",
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Ada Example + Lloyd Austin: held (in_person, 2024-03-08)"),
        "{text}"
    );
    assert!(text.contains("Ada Example (direct): \"Fine,\""), "{text}");
    // A malformed gazetteer is a usage error naming the file and line.
    let bad = tmp("bad.tsv", b"person\tA\ncountry\tX\n");
    let out = demarche(&["--gazetteer", &bad, &a], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("bad.tsv:2: a country needs code="),
        "{}",
        stderr(&out)
    );
}

#[test]
fn json_errors_give_the_column_not_serde_line_1() {
    let out = demarche(&["--jsonl", "-"], b"{\"text\": \"ok\"}\n{\"text\": tru}\n");
    let err = stderr(&out);
    assert!(err.contains("<stdin>:2: malformed JSON at column"), "{err}");
    assert!(!err.contains("line 1"), "{err}");
}

/// Issue 17, item 2: a record whose extraction panics is reported with its line and the feed
/// carries on (before, `extract_batch` hung forever with two threads or more).
#[test]
fn jsonl_reports_a_panicking_record_and_carries_on() {
    let feed = (1..=40)
        .map(|i| {
            format!(
                "{{\"id\": {i}, \"text\": \"{}\"}}\n",
                if i == 7 { "BOOM" } else { "NATO said no." }
            )
        })
        .collect::<String>();
    for threads in ["1", "2", "4"] {
        let start = Instant::now();
        let mut child = Command::new(env!("CARGO_BIN_EXE_demarche"))
            .args(["--threads", threads, "--jsonl", "-"])
            .env("DEMARCHE_TEST_PANIC_ON", "BOOM")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(feed.as_bytes())
            .unwrap();
        while child.try_wait().unwrap().is_none() {
            if start.elapsed() > Duration::from_secs(60) {
                child.kill().unwrap();
                panic!("hung with {threads} threads");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert!(
            stderr(&out).contains("<stdin>:7: internal error in the extractor"),
            "{}",
            stderr(&out)
        );
        let ids: Vec<_> = lines(&out)
            .iter()
            .map(|d| d["id"].as_u64().unwrap())
            .collect();
        assert_eq!(
            ids,
            (1..=40).filter(|&i| i != 7).collect::<Vec<_>>(),
            "{threads} threads"
        );
    }
}

/// Issue 17, item 4: with standard output closed (`| head -1`) the tool stops at the first
/// failed write, quietly, instead of processing the whole feed and printing one "Broken pipe" a
/// record.
#[test]
fn a_closed_stdout_stops_the_run_quietly() {
    let record =
        "{\"text\": \"Lloyd Austin met Dong Jun in Singapore on Friday. NATO said no.\"}\n";
    let feed = tmp("big.jsonl", record.repeat(200_000).as_bytes());
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_demarche"))
        .args(["--jsonl", &feed])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with('{'));
    // The reader is dropped here: the pipe is closed, like `head -1` exiting.
    let out = child.wait_with_output().unwrap();
    let elapsed = start.elapsed();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    // All 200,000 records take well over ten seconds in a debug build; stopping takes none.
    assert!(elapsed < Duration::from_secs(10), "{elapsed:?}");
}

/// Issue 17, item 6: thread counts the OS cannot give are a usage error (exit 2), not a panic
/// or an abort.
#[test]
fn impossible_thread_counts_are_usage_errors() {
    let a = tmp("t.txt", b"NATO said no.");
    for n in [
        "100000",
        "1000000000",
        "18446744073709551615",
        "184467440737095516150",
        "x",
    ] {
        let out = demarche(&["--threads", n, &a], b"");
        assert_eq!(
            out.status.code(),
            Some(2),
            "--threads {n}: {}",
            stderr(&out)
        );
        assert!(stderr(&out).contains("--threads"), "{}", stderr(&out));
    }
    let out = demarche(&["--threads", "256", &a], b"");
    assert!(out.status.success(), "{}", stderr(&out));
}

/// Issue 17, item 8: a byte-order mark before the first JSON Lines record is skipped.
#[test]
fn a_bom_on_the_first_jsonl_line_is_skipped() {
    let out = demarche(
        &["--jsonl", "-"],
        b"\xef\xbb\xbf{\"id\": 1, \"text\": \"NATO said no.\"}\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(lines(&out)[0]["id"], 1);
    let out = run(
        &["--jsonl", "-"],
        b"\xef\xbb\xbf{\"id\": 1, \"text\": \"NATO said no.\"}\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn progress_reports_count_rate_and_share_of_a_known_input_size() {
    let feed = tmp(
        "progress.jsonl",
        "{\"text\": \"NATO said no.\"}\n".repeat(50).as_bytes(),
    );
    let out = demarche(&["--progress", "--jsonl", &feed], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("50 articles, ") && err.contains("/s") && err.contains("100%"),
        "{err}"
    );
    assert_eq!(lines(&out).len(), 50);
}
