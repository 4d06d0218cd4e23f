//! The throughput budget, measured so that the shared machine's swings cannot decide it: full
//! extraction of 1 MiB of news with the default extractor against a bare leftmost-longest
//! aho-corasick `find_iter` over the same bytes with the names-34k patterns (as in
//! `benches/matcher.rs`), the two interleaved round by round in one process. Criterion measures
//! one function for seconds, then the other; on this machine the speed of the same work swings by
//! a third from one second to the next, so its ratios move with the swings. Interleaving puts
//! both sides of every round under the same conditions; the minimum and the median over the
//! rounds are reported. The budget is a ratio of at least 1/3.
//!
//! Text and names as in `benches/matcher.rs` (the names file is needed; without it the
//! benchmark says so and stops). Run: `cargo bench --bench budget` (`-- ROUNDS`, default 21).

mod common;

use std::time::Instant;

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::black_box;
use demarche::{__bench, Extractor};

fn main() {
    let rounds: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(21)
        .max(1);
    let mut text = String::new();
    for t in common::articles_or_generated() {
        text.push_str(&t);
        text.push_str("\n\n");
        if text.len() >= 1 << 20 {
            break;
        }
    }
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
    let baseline = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(__bench::patterns(&large))
        .expect("the baseline builds");
    let ex = Extractor::new();
    let (mut scan, mut extract) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        let t = Instant::now();
        black_box(baseline.find_iter(black_box(&text)).count());
        scan.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        black_box(ex.extract(black_box(text.as_str())).actors.len());
        extract.push(t.elapsed().as_secs_f64());
    }
    scan.sort_by(f64::total_cmp);
    extract.sort_by(f64::total_cmp);
    let mib = text.len() as f64 / f64::from(1 << 20);
    for (what, i) in [("min", 0), ("median", rounds / 2)] {
        println!(
            "budget/{what} of {rounds}: names-34k scan {:.1} MiB/s, extraction {:.1} MiB/s, ratio {:.3}",
            mib / scan[i],
            mib / extract[i],
            scan[i] / extract[i]
        );
    }
}
