//! The throughput budget, measured so that the shared machine's swings cannot decide it: full
//! extraction against bare leftmost-longest aho-corasick `find_iter` scans over the same bytes,
//! interleaved round by round in one process. Criterion measures one function for seconds,
//! then the other; on this machine the speed of the same work swings by a third from one
//! second to the next, so its ratios move with the swings. Interleaving puts every side of a
//! round under the same conditions. Three figures are reported: the ratio of the minimum times,
//! the ratio of the median times, and the median of the rounds' own ratios (`paired`), each
//! round's scan and extraction measured a few milliseconds apart. The minimum favours the
//! shorter task (a quiet stretch as long as the scan comes more often than one as long as the
//! extraction); the paired median does not. The budget is a ratio of at least 1/3.
//!
//! Two extractors: the default one (`default extraction`), and the one built with the names
//! file (`with the names`), which `benches/matcher.rs`'s `names34k` group has always measured
//! against the first baseline below.
//!
//! Two workloads over the same first MiB of the corpus: the articles joined into one text, and
//! the articles one call each (what a pipeline does). Two baselines:
//!
//! - `names-34k scan`: the patterns of an extractor built with the names file, that is the
//!   bundled data's 29,000 surfaces and the 34,000 names, as in `benches/matcher.rs`'s
//!   `names34k` group;
//! - `34k names only`: the names file's names and nothing else, an automaton with almost no
//!   lower-case patterns, which stays in its start state through lower-case text and so runs
//!   about two and a half times faster.
//!
//! Text and names as in `benches/matcher.rs` (the names file is needed; without it the
//! benchmark says so and stops). Run: `cargo bench --bench budget` (`-- ROUNDS`, default 21).

mod common;

use std::time::Instant;

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::black_box;
use demarche::{__bench, Extractor};

/// Minimum and median of some timings, in seconds.
fn summary(mut times: Vec<f64>) -> [f64; 2] {
    times.sort_by(f64::total_cmp);
    [times[0], times[times.len() / 2]]
}

fn main() {
    let rounds: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(21)
        .max(1);
    let mut articles = Vec::new();
    let mut bytes = 0;
    for t in common::articles_or_generated() {
        bytes += t.len();
        articles.push(t);
        if bytes >= 1 << 20 {
            break;
        }
    }
    let joined = articles.join("\n\n");
    let (path, tsv) = match common::large_dictionary() {
        Ok(x) => x,
        Err(path) => {
            eprintln!("budget: {} not found; skipped", path.display());
            return;
        }
    };
    let large = Extractor::builder()
        .gazetteer_text(path.display().to_string(), tsv)
        .build()
        .expect("the names file builds");
    let build = |patterns: Vec<String>| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(patterns)
            .expect("the baseline builds")
    };
    let names = build(
        std::fs::read_to_string(&path)
            .expect("the names file was read")
            .lines()
            .map(str::trim)
            .filter(|n| !n.is_empty() && !n.contains('\t'))
            .map(String::from)
            .collect(),
    );
    let baselines = [
        ("names-34k scan", build(__bench::patterns(&large))),
        ("34k names only", names),
    ];
    // The extractors: the default one, and the one built with the names, whose scan is the
    // first baseline.
    let extractors = [
        ("default extraction", Extractor::new()),
        ("with the names", large),
    ];
    let one = [joined.as_str()];
    let each: Vec<&str> = articles.iter().map(String::as_str).collect();
    let mib = joined.len() as f64 / f64::from(1 << 20);
    for (workload, texts) in [("joined", &one[..]), ("per article", &each[..])] {
        let mut scans = vec![Vec::new(); baselines.len()];
        let mut extracts = vec![Vec::new(); extractors.len()];
        for _ in 0..rounds {
            for ((_, ac), times) in baselines.iter().zip(&mut scans) {
                let t = Instant::now();
                for text in texts {
                    black_box(ac.find_iter(black_box(*text)).count());
                }
                times.push(t.elapsed().as_secs_f64());
            }
            for ((_, ex), times) in extractors.iter().zip(&mut extracts) {
                let t = Instant::now();
                for text in texts {
                    black_box(ex.extract(black_box(*text)).actors.len());
                }
                times.push(t.elapsed().as_secs_f64());
            }
        }
        for ((extractor, _), times) in extractors.iter().zip(&extracts) {
            let extract = summary(times.clone());
            for ((name, _), scan_times) in baselines.iter().zip(&scans) {
                let scan = summary(scan_times.clone());
                for (what, i) in [("min", 0), ("median", 1)] {
                    println!(
                        "budget/{workload}/{what} of {rounds}: {name} {:.1} MiB/s, {extractor} {:.1} MiB/s, ratio {:.3}",
                        mib / scan[i],
                        mib / extract[i],
                        scan[i] / extract[i]
                    );
                }
                // Each round's own ratio, then their median.
                let paired = summary(scan_times.iter().zip(times).map(|(s, e)| s / e).collect());
                println!(
                    "budget/{workload}/paired median of {rounds}: {name}, {extractor}, ratio {:.3}",
                    paired[1]
                );
            }
        }
    }
}
