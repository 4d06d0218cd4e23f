//! Full extraction: short, median and long articles, scaling from 1 to 8 MiB (linear time), and
//! pathological inputs, each beside the bare aho-corasick `find_iter` baseline over the same
//! bytes and patterns measured in the same run. Memory is measured by `benches/memory.rs`, whose
//! counting allocator would slow the timings here.
//!
//! Text as in `benches/matcher.rs`: `DEMARCHE_CORPUS`, else the BBC corpus in `../shared/corpus`,
//! else generated text. Run: `cargo bench --bench extract`.

mod common;

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use demarche::{__bench, Extractor};

fn articles() -> Vec<String> {
    common::articles_or_generated()
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
