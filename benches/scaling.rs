//! Linear time on repeated phrases: each kind of phrase that makes a stage look back at what it
//! found so far (names, anonymous sources, meeting cues, quote marks, dated parentheses, ...)
//! repeated to 1, 2, 4, 8 and 16 MiB. Each doubling of the input should about double the time;
//! a look-back over "everything so far" shows as a ratio near 4.
//!
//! Prints a table of times, the ratio per doubling and their geometric mean (the time ratio from
//! the smallest to the largest input, spread evenly over the doublings), and exits non-zero when
//! a kind's mean exceeds [`LIMIT`], so `cargo bench --bench scaling` is also a check. The mean,
//! not each single doubling, is checked: one step can be off by half on a shared machine, while a
//! look-back over everything so far moves every step towards 4. Options (after `--`):
//! `--max-mib N` (default 16), `--repeat N` (best of N runs, default 3), `--only NAME`.
//!
//! Plain `std::time` (not criterion): each input runs a few times at most, and the figure read is
//! a ratio within one run, so no statistics are needed beyond the best of a few.

use std::time::{Duration, Instant};

use demarche::Extractor;

/// The largest mean time ratio per doubling that counts as linear (2, plus headroom for caches
/// and noise; quadratic is 4).
const LIMIT: f64 = 2.6;

/// The repeated-phrase kinds: a name and the unit repeated.
const KINDS: &[(&str, &str)] = &[
    ("names", "Lloyd Austin met Li Shangfu. "),
    (
        "unlisted_names",
        "Foreign Minister Jane Okonkwo-Bello said. ",
    ),
    ("anonymous_sources", "U.S. military officials said. "),
    ("senior_official", "a senior official told reporters. "),
    ("meeting_cues", "the ministers met and held talks. "),
    (
        "meeting_no_punct",
        "the minister met officials and talked about trade ",
    ),
    ("refusals", "China declined a request to meet. "),
    ("quote_marks", "\""),
    ("quotes_with_cues", "\"We will talk,\" he said. "),
    ("dated_parentheses", "Friday (June 3) "),
    ("dates_in_sentences", "They met on Friday, June 3, 2022. "),
    ("institutions", "the defense ministry said. "),
    ("counterparts", "Lloyd Austin met his Chinese counterpart. "),
    ("pronouns", "He said she told them. "),
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opt = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let max_mib: usize = opt("--max-mib").and_then(|v| v.parse().ok()).unwrap_or(16);
    let repeat: usize = opt("--repeat").and_then(|v| v.parse().ok()).unwrap_or(3);
    let only = opt("--only");
    // `cargo bench` passes `--bench`; other libtest flags are ignored.
    let ex = Extractor::new();
    let sizes: Vec<usize> = (0..)
        .map(|k| 1usize << k)
        .take_while(|&m| m <= max_mib)
        .collect();
    print!("{:<20}", "kind");
    for m in &sizes {
        print!("{:>10}", format!("{m} MiB"));
    }
    println!("   ratio per doubling (mean)");
    let mut worst: f64 = 0.0;
    let mut failed = Vec::new();
    for (name, unit) in KINDS {
        if only.as_deref().is_some_and(|o| o != *name) {
            continue;
        }
        let times: Vec<Duration> = sizes
            .iter()
            .map(|&mib| {
                let text = unit.repeat((mib << 20) / unit.len());
                (0..repeat)
                    .map(|_| {
                        let t = Instant::now();
                        std::hint::black_box(ex.extract(std::hint::black_box(text.as_str())));
                        t.elapsed()
                    })
                    .min()
                    .unwrap_or_default()
            })
            .collect();
        print!("{name:<20}");
        for t in &times {
            print!("{:>10}", format!("{:.0} ms", t.as_secs_f64() * 1e3));
        }
        let ratios: Vec<f64> = times
            .windows(2)
            .map(|w| w[1].as_secs_f64() / w[0].as_secs_f64().max(1e-9))
            .collect();
        let shown: Vec<String> = ratios.iter().map(|r| format!("{r:.2}")).collect();
        let mean = match (times.first(), times.last()) {
            (Some(a), Some(b)) if times.len() > 1 => {
                (b.as_secs_f64() / a.as_secs_f64().max(1e-9)).powf(1.0 / (times.len() - 1) as f64)
            }
            _ => 0.0,
        };
        println!("   {} ({mean:.2})", shown.join(" "));
        worst = worst.max(mean);
        if mean > LIMIT {
            failed.push(*name);
        }
    }
    println!("worst mean ratio per doubling: {worst:.2} (limit {LIMIT})");
    if !failed.is_empty() {
        eprintln!("super-linear: {}", failed.join(", "));
        std::process::exit(1);
    }
}
