//! Throughput of the scan, segmentation and full extraction, each beside its baseline measured in
//! the same run: a plain leftmost-longest aho-corasick `find_iter` over the same bytes and the
//! same patterns. Report figures as ratios to that baseline (the machine is shared and noisy).
//!
//! Text: the BBC news corpus (JSON Lines, `{"text": ...}` per line) from `DEMARCHE_CORPUS`, else
//! `../shared/corpus/bbc-news-2004-2005.jsonl` where it exists, else generated text (said so on
//! standard error). Large dictionary: `DEMARCHE_NAMES` or `../shared/data/phoenix/names-34k.txt`,
//! one name a line; skipped when absent.
//!
//! Run: `cargo bench --bench matcher`.

mod common;

use std::time::Instant;

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use demarche::{__bench, Extractor};

/// How much corpus text the throughput benchmarks read.
const CORPUS_BYTES: usize = 1 << 20;

fn corpus() -> String {
    match common::articles() {
        Ok((path, articles)) => {
            let mut text = String::new();
            for t in articles {
                text.push_str(&t);
                text.push_str("\n\n");
                if text.len() >= CORPUS_BYTES {
                    break;
                }
            }
            eprintln!("bench text: {} bytes from {}", text.len(), path.display());
            text
        }
        Err(path) => {
            eprintln!(
                "bench text: {} not found; using generated text",
                path.display()
            );
            generated(CORPUS_BYTES)
        }
    }
}

/// News-like text the project makes itself, for plain clones without the corpus.
fn generated(bytes: usize) -> String {
    let sentences = [
        "U.S. Defense Secretary Lloyd Austin met his Chinese counterpart on Friday (June 3) in Singapore. ",
        "\"We need open lines of communication,\" Austin told reporters, adding that talks would continue next week. ",
        "China rejected a request for a formal meeting, a senior US defence official said. ",
        "The company reported profits of $1.2bn for the three months to December, up 7% on last year. ",
        "Ministers from the European Union will hold a video call with NATO officials later this month.\n\n",
    ];
    let mut s = String::with_capacity(bytes + 200);
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(sentences[i % sentences.len()]);
        i += 1;
    }
    s
}

fn baseline(patterns: &[String]) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(patterns)
        .unwrap()
}

fn bench_bundled(c: &mut Criterion) {
    let text = corpus();
    let ex = Extractor::new();
    let patterns = __bench::patterns(&ex);
    let ac = baseline(&patterns);
    let mut g = c.benchmark_group("bundled");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(20);
    g.bench_function("baseline_find_iter", |b| {
        b.iter(|| ac.find_iter(black_box(&text)).count())
    });
    g.bench_function("scan", |b| b.iter(|| __bench::scan(&ex, black_box(&text))));
    g.bench_function("scan_segment", |b| {
        b.iter(|| __bench::segment(&ex, black_box(&text)))
    });
    g.bench_function("extract", |b| {
        b.iter(|| ex.extract(black_box(text.as_str())).actors.len())
    });
    g.finish();
}

fn bench_large_dictionary(c: &mut Criterion) {
    let (path, tsv) = match common::large_dictionary() {
        Ok(x) => x,
        Err(path) => {
            eprintln!("large dictionary: {} not found; skipped", path.display());
            return;
        }
    };
    let t = Instant::now();
    let ex = Extractor::builder()
        .gazetteer_text(path.display().to_string(), tsv)
        .build()
        .unwrap();
    eprintln!(
        "large dictionary: {} patterns, built in {:.0} ms, matcher {:.1} MiB",
        ex.pattern_count(),
        t.elapsed().as_secs_f64() * 1e3,
        ex.memory_usage() as f64 / (1 << 20) as f64
    );
    let text = corpus();
    let ac = baseline(&__bench::patterns(&ex));
    let mut g = c.benchmark_group("names34k");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("baseline_find_iter", |b| {
        b.iter(|| ac.find_iter(black_box(&text)).count())
    });
    g.bench_function("scan", |b| b.iter(|| __bench::scan(&ex, black_box(&text))));
    g.bench_function("extract", |b| {
        b.iter(|| ex.extract(black_box(text.as_str())).actors.len())
    });
    g.finish();
}

fn bench_build(c: &mut Criterion) {
    let mut g = c.benchmark_group("build");
    g.sample_size(10);
    g.bench_function("default_extractor", |b| b.iter(Extractor::new));
    g.finish();
}

criterion_group!(benches, bench_bundled, bench_large_dictionary, bench_build);
criterion_main!(benches);
