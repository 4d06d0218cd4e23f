//! Full extraction: short, median and long articles, scaling from 1 to 8 MiB (linear time), and
//! pathological inputs, each beside the bare aho-corasick `find_iter` baseline over the same
//! bytes and patterns measured in the same run. Also prints memory: the extractor's matcher and
//! the peak working memory of one extraction (a counting allocator).
//!
//! Text as in `benches/matcher.rs`: `DEMARCHE_CORPUS`, else the BBC corpus in `../shared/corpus`,
//! else generated text. Run: `cargo bench --bench extract`.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use demarche::{__bench, Extractor};

/// Counts live and peak heap bytes, to report per-article working memory.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(l) };
        if !p.is_null() {
            let now = LIVE.fetch_add(l.size(), Ordering::Relaxed) + l.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        unsafe { System.dealloc(p, l) };
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn articles() -> Vec<String> {
    match common::articles() {
        Ok((path, v)) => {
            eprintln!("bench text: {} articles from {}", v.len(), path.display());
            v
        }
        Err(path) => {
            eprintln!(
                "bench text: {} not found; using generated articles",
                path.display()
            );
            (0..400)
                .map(|i| {
                    let s = "U.S. Defense Secretary Lloyd Austin met his Chinese counterpart on Friday (June 3) in Singapore. \"We need open lines of communication,\" Austin told reporters. China rejected a request for a formal meeting, a senior US defence official said. ";
                    s.repeat(1 + i % 12)
                })
                .collect()
        }
    }
}

fn baseline(ex: &Extractor) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(__bench::patterns(ex))
        .unwrap()
}

fn bench_articles(c: &mut Criterion) {
    let ex = Extractor::new();
    let ac = baseline(&ex);
    let mut docs = articles();
    docs.sort_by_key(String::len);
    let picks = [
        ("short", docs[docs.len() / 20].clone()),
        ("median", docs[docs.len() / 2].clone()),
        ("long", docs[docs.len() - 1].clone()),
    ];
    let mut g = c.benchmark_group("article");
    for (name, text) in &picks {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("baseline_find_iter", name),
            text,
            |b, t| b.iter(|| ac.find_iter(black_box(t.as_str())).count()),
        );
        g.bench_with_input(BenchmarkId::new("extract", name), text, |b, t| {
            b.iter(|| ex.extract(black_box(t.as_str())).actors.len())
        });
    }
    g.finish();

    // Memory: the matcher, and the peak working memory of one extraction of the median article.
    let median = &picks[1].1;
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let doc = ex.extract(median.as_str());
    let peak = PEAK.load(Ordering::Relaxed) - before;
    drop(doc);
    eprintln!(
        "memory: matcher {:.2} MiB ({} patterns); extracting the median article ({} bytes) peaks at {:.1} KiB",
        ex.memory_usage() as f64 / (1 << 20) as f64,
        ex.pattern_count(),
        median.len(),
        peak as f64 / 1024.0
    );
}

fn bench_scaling(c: &mut Criterion) {
    let ex = Extractor::new();
    let ac = baseline(&ex);
    let docs = articles();
    let mut all = String::new();
    while all.len() < 8 << 20 {
        for d in &docs {
            all.push_str(d);
            all.push_str("\n\n");
            if all.len() >= 8 << 20 {
                break;
            }
        }
    }
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10);
    for mib in [1usize, 2, 4, 8] {
        let mut end = mib << 20;
        while !all.is_char_boundary(end) {
            end -= 1;
        }
        let text = &all[..end];
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("baseline_find_iter", format!("{mib}MiB")),
            text,
            |b, t| b.iter(|| ac.find_iter(black_box(t)).count()),
        );
        g.bench_with_input(
            BenchmarkId::new("extract", format!("{mib}MiB")),
            text,
            |b, t| b.iter(|| ex.extract(black_box(t)).actors.len()),
        );
    }
    g.finish();
}

fn bench_pathological(c: &mut Criterion) {
    let ex = Extractor::new();
    let ac = baseline(&ex);
    let mib = 1 << 20;
    let cases = [
        ("quote_marks", "\"".repeat(mib)),
        ("curly_quotes", "\u{201C}".repeat(mib / 3)),
        ("one_name", "Lloyd Austin ".repeat(mib / 13)),
        (
            "no_punctuation",
            "the minister met officials and talked about trade ".repeat(mib / 50),
        ),
        ("said_said", "said ".repeat(mib / 5)),
        ("weekdays", "Friday (June 3) ".repeat(mib / 16)),
    ];
    let mut g = c.benchmark_group("pathological");
    g.sample_size(10);
    for (name, text) in &cases {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("baseline_find_iter", name),
            text,
            |b, t| b.iter(|| ac.find_iter(black_box(t.as_str())).count()),
        );
        g.bench_with_input(BenchmarkId::new("extract", name), text, |b, t| {
            b.iter(|| ex.extract(black_box(t.as_str())).actors.len())
        });
    }
    g.finish();
}

criterion_group!(benches, bench_articles, bench_scaling, bench_pathological);
criterion_main!(benches);
