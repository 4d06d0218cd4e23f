//! Memory: what the default extractor holds, and the peak working memory of extracting a short,
//! a median and a long article and a mebibyte of news, measured with a counting allocator (kept
//! out of the timing benchmarks, where its atomic counters would slow every allocation).
//!
//! Text as in `benches/extract.rs`. Run: `cargo bench --bench memory`.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use demarche::Extractor;

/// Counts live and peak heap bytes and the number of allocations.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static COUNT: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(l) };
        if !p.is_null() {
            COUNT.fetch_add(1, Ordering::Relaxed);
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

/// Runs `f` and returns its result with the peak heap growth over the bytes live before it and
/// the number of allocations it made.
fn measure<T>(f: impl FnOnce() -> T) -> (T, usize, usize) {
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let count = COUNT.load(Ordering::Relaxed);
    let out = f();
    let peak = PEAK.load(Ordering::Relaxed) - before;
    (out, peak, COUNT.load(Ordering::Relaxed) - count)
}

fn kib(n: usize) -> f64 {
    n as f64 / 1024.0
}

fn main() {
    // `cargo bench` passes criterion-style arguments; a filter (a word not after a `--option`
    // that takes a value) that names another benchmark skips this one.
    let args: Vec<String> = std::env::args().skip(1).collect();
    let filter = args.iter().enumerate().find_map(|(i, a)| {
        let value = i > 0 && args[i - 1].starts_with("--") && args[i - 1] != "--bench";
        (!a.starts_with('-') && !value).then_some(a.clone())
    });
    if filter.is_some_and(|f| !"memory".contains(f.as_str())) {
        return;
    }
    let t = Instant::now();
    let (ex, held, _) = measure(Extractor::new);
    println!(
        "memory/extractor: built in {:.0} ms; holds {:.2} MiB ({:.2} MiB in the matcher, {} patterns)",
        t.elapsed().as_secs_f64() * 1e3,
        held as f64 / (1 << 20) as f64,
        ex.memory_usage() as f64 / (1 << 20) as f64,
        ex.pattern_count()
    );
    let mut docs = common::articles_or_generated();
    docs.sort_by_key(String::len);
    let mut mib = String::new();
    for d in &docs {
        if mib.len() >= 1 << 20 {
            break;
        }
        mib.push_str(d);
        mib.push_str("\n\n");
    }
    let picks = [
        ("short article", &docs[docs.len() / 20]),
        ("median article", &docs[docs.len() / 2]),
        ("long article", &docs[docs.len() - 1]),
        ("1 MiB of news", &mib),
    ];
    for (name, text) in picks {
        let (doc, peak, count) = measure(|| ex.extract(text.as_str()));
        println!(
            "memory/{name} ({} bytes): peak {:.1} KiB ({:.1}x the text), {} allocations, {} records",
            text.len(),
            kib(peak),
            peak as f64 / text.len() as f64,
            count,
            doc.actors.len() + doc.statements.len() + doc.meetings.len() + doc.refusals.len() + doc.dates.len()
        );
    }
}
