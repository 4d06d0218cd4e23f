//! Peak working memory on pathological input stays a small multiple of the input: every stage
//! keeps at most a few machine words per byte, whatever the text is made of. Measured with a
//! counting allocator, in a test binary of its own so no other test pays for it (and no other
//! test's allocations, on other threads, count here: the cases run one after another in one
//! test).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use demarche::Extractor;

/// Counts live and peak heap bytes.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to the system allocator unchanged; the counters only watch.
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

/// The peak heap growth while `f` runs, over what was live before it.
fn peak_of(f: impl FnOnce()) -> usize {
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    f();
    PEAK.load(Ordering::Relaxed) - before
}

/// The most working memory extraction may take, as a multiple of the input's size, for text that
/// yields no records. News text takes about 5×; a text made of quote marks holds one 8-byte
/// position per byte. Counted as this allocator sees it, where a vector that grows is copied
/// (the old and new buffers are both live for a moment): the resident peak is lower.
const LIMIT: usize = 16;

#[test]
fn peak_memory_is_a_small_multiple_of_the_input() {
    let ex = Extractor::new();
    let size = 1 << 20;
    let cases = [
        ("straight quotes", "\""),
        ("single quotes", "'"),
        ("curly quotes", "\u{201C}"),
        ("closing curly quotes", "\u{2019}"),
        ("full stops", "."),
        ("newlines", "\n"),
        ("quote and space", "\" "),
        ("said", "said "),
        (
            "meeting cues",
            "the minister met officials and talked about trade ",
        ),
        ("words", "word "),
    ];
    let mut report = Vec::new();
    for (name, unit) in cases {
        let text = unit.repeat(size / unit.len());
        let peak = peak_of(|| {
            std::hint::black_box(ex.extract(text.as_str()));
        });
        let ratio = peak as f64 / text.len() as f64;
        report.push(format!("{name}: {ratio:.1}x"));
        assert!(
            peak <= LIMIT * text.len(),
            "{name}: peak {peak} bytes for {} bytes of input ({ratio:.1}x > {LIMIT}x); all: {}",
            text.len(),
            report.join(", ")
        );
    }
    eprintln!("peak working memory: {}", report.join(", "));
}
