//! The patterns' first runs of ASCII letters and digits ("U" of "U.S.", "al" of "al-Sisi",
//! "Blair"), for the scan to look a word up by before it walks the automaton.
//!
//! A pattern matching at a word start has the text's run there as its own first run: a match
//! ends at a word boundary, and no boundary lies inside a run. So the run decides where the
//! walk stands once it has read it, and a run no pattern starts with starts no match.
//! A [`Table`] holds this in two structures, both keyed by one hash of the run ([`hash`]):
//!
//! - a [`RunFilter`], a bit table of up to 32 KiB. About three words in five of news fail it
//!   and are skipped after one probe.
//! - an exact table from each run to the automaton state after it, whether the run is a whole
//!   pattern, and what follows it in the patterns that go on past it ([`follows`]). A word that
//!   passes the filter is looked up there; the walk, when there is one, starts after the run
//!   instead of at its first byte, and a word that only patterns of one word start with, or
//!   whose next word no longer pattern goes on with, needs no walk.
//!
//! [`FirstRuns`] keeps two tables. The runs that start with a lower-case letter are a few
//! hundred cue and function words ("said", "the", "met"), yet three in four of the words found
//! in a table: their small table (48 KiB for the bundled data, with a 4 KiB filter) stays in
//! the cache from one article's scan to the next, where a single table of all runs (0.75 MiB)
//! was cold again at every article. Names and the other runs have the large one.
//!
//! A third structure, a second [`RunFilter`], holds the patterns' first two runs where a space
//! joins them ("Li Shangfu", "held talks"). For the same reason as the first, a match that goes
//! on past a space has the text's next run as its own second run, so a pair the filter refuses
//! needs no walk: "Prime Minister Tony" walks, "Tony Blair's" walks only if some pattern starts
//! "Tony Blair", and "New Labour" does not when none starts so.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::Anchored;

use crate::util::{alnum_end, low_bytes, ALNUM};

/// The hash of the run `b[s..e]`: a multiplicative hash of its length and its bytes, eight at a
/// time (the last eight zero-padded). A run of up to eight bytes (nearly every word) is one load
/// and a mask.
#[inline]
fn hash(b: &[u8], s: usize, e: usize) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let n = e - s;
    let mut h = (n as u64).wrapping_mul(K);
    let last = match b.get(s..s + 8) {
        Some(_) if n <= 8 => key(b, s, e),
        _ => {
            // Every whole eight bytes before the last one to eight.
            let full = n.saturating_sub(1) / 8 * 8;
            for c in b[s..s + full].chunks_exact(8) {
                let mut a = [0u8; 8];
                a.copy_from_slice(c);
                h = (h ^ u64::from_le_bytes(a)).wrapping_mul(K).rotate_left(23);
            }
            let mut a = [0u8; 8];
            for (x, &y) in a.iter_mut().zip(&b[s + full..e]) {
                *x = y;
            }
            u64::from_le_bytes(a)
        }
    };
    (h ^ last).wrapping_mul(K)
}

/// The first eight bytes of `b[s..e]`, zero-padded: the whole run when it is no longer. Runs
/// hold no zero byte, so two runs of up to eight bytes have equal keys only when they are equal.
#[inline]
fn key(b: &[u8], s: usize, e: usize) -> u64 {
    low_bytes(b, s, (e - s).min(8))
}

/// A one-sided filter: a bit per [`hash`] of a run, set for every pattern's first run. A clear
/// bit proves no pattern starts with the run; a set one may be another run's. About two words
/// in five of news pass (function words, cue words, names, and a few whose bit another run
/// set).
#[derive(Clone)]
struct RunFilter {
    bits: Box<[u64]>,
}

impl std::fmt::Debug for RunFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let set: u32 = self.bits.iter().map(|w| w.count_ones()).sum();
        write!(f, "RunFilter({set} of {} bits set)", self.bits.len() * 64)
    }
}

impl RunFilter {
    /// The most bits a filter has: 32 KiB.
    const MAX_LOG_BITS: u32 = 18;

    /// A filter of `2^log_bits` bits, at least 64.
    fn new(log_bits: u32) -> RunFilter {
        RunFilter {
            bits: vec![0; 1 << (log_bits.max(6) - 6)].into_boxed_slice(),
        }
    }

    /// A filter for `n` runs: about 32 bits a run (one run in thirty passes another's bit),
    /// at most [`RunFilter::MAX_LOG_BITS`].
    fn for_runs(n: usize) -> RunFilter {
        let log_bits = (n.max(2) * 32).next_power_of_two().trailing_zeros();
        RunFilter::new(log_bits.min(Self::MAX_LOG_BITS))
    }

    /// The bit of a run with hash `h`: its top bits (at most [`RunFilter::MAX_LOG_BITS`], so
    /// they lie above the table's index, [`Table::index`]).
    #[inline]
    fn bit(&self, h: u64) -> usize {
        (h >> (64 - self.bits.len().trailing_zeros() - 6)) as usize
    }

    fn insert(&mut self, h: u64) {
        let i = self.bit(h);
        self.bits[i >> 6] |= 1 << (i & 63);
    }

    /// False only when no inserted run has hash `h`'s bit.
    #[inline]
    fn may_contain(&self, h: u64) -> bool {
        let i = self.bit(h);
        self.bits[i >> 6] & (1 << (i & 63)) != 0
    }

    /// Heap memory held, in bytes.
    fn memory_usage(&self) -> usize {
        self.bits.len() * 8
    }
}

/// What the automaton knows once it has read a pattern's first run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Run {
    /// The anchored walk's state after the run.
    pub(super) state: StateID,
    /// The pattern that is the run and nothing more, if any.
    pub(super) whole: Option<usize>,
    /// What follows the run in the patterns that go on past it, as [`follows`] bits.
    next: u64,
    /// The run's [`hash`], for the pair filter.
    hash: u64,
}

/// The [`follows`] bits of a space and an ASCII letter or digit.
const SPACE_ALNUM: u64 = (1 << 62) - 1;

/// The hash of a pair of runs joined by a space: the first run's [`hash`] `h` and the second
/// run `b[s..e]`.
#[inline]
fn pair_hash(h: u64, b: &[u8], s: usize, e: usize) -> u64 {
    (h.rotate_left(29) ^ hash(b, s, e)).wrapping_mul(0xD6E8_FEB8_6659_FD93)
}

/// A bit for what follows a run ending at byte `k` of `b`: a space and the ASCII letter or
/// digit after it (a bit each), a space and anything else, or any other byte. Nothing at all
/// sets no bit. A word that only patterns of one word start with, or whose next word starts
/// with a letter no pattern's second word starts with ("said the", "the president"), needs no
/// walk past its run.
#[inline]
fn follows(b: &[u8], k: usize) -> u64 {
    match b.get(k) {
        None => 0,
        Some(b' ') => match b.get(k + 1) {
            Some(&d) if d.is_ascii_digit() => 1 << (d - b'0'),
            Some(&d) if d.is_ascii_uppercase() => 1 << (d - b'A' + 10),
            Some(&d) if d.is_ascii_lowercase() => 1 << (d - b'a' + 36),
            _ => 1 << 62,
        },
        Some(_) => 1 << 63,
    }
}

/// One slot: the run's [`key`], its state, a pattern starting with it plus flags, and what
/// follows it in the patterns that go on past it ([`follows`]).
#[derive(Clone, Copy, Default)]
struct Slot {
    key: u64,
    state: u32,
    info: u32,
    next: u64,
}

impl Slot {
    /// The run is longer than its key: [`Table::get`] compares its pattern's bytes.
    const LONG: u32 = 1 << 29;
    /// The pattern is the run itself.
    const WHOLE: u32 = 1 << 30;
    const PATTERN: u32 = Self::LONG - 1;
}

/// Runs looked up exactly behind a [`RunFilter`] of the same runs: an open-addressing table of
/// [`Slot`]s at most two thirds full, probed linearly from a slice of the run's [`hash`] below
/// the filter's bits.
#[derive(Clone)]
struct Table {
    filter: RunFilter,
    slots: Box<[Slot]>,
}

/// One run of a pattern, before the table is built: its bytes, its [`Slot`] flags and pattern,
/// and its [`follows`] bits.
type Entry<'a> = (&'a [u8], u32, u64);

impl Table {
    /// The table of `runs`, sorted by their bytes (a run's patterns side by side, the one that
    /// is the run first), with the states `nfa` reaches after them.
    fn new(nfa: &NFA, start: StateID, runs: &[Entry]) -> Table {
        let distinct = runs.windows(2).filter(|w| w[0].0 != w[1].0).count() + 1;
        let size = (distinct + distinct / 2).next_power_of_two().max(16);
        let mut slots = vec![Slot::default(); size].into_boxed_slice();
        let mut filter = RunFilter::for_runs(distinct);
        let mut i = 0;
        while i < runs.len() {
            let run = runs[i].0;
            let info = runs[i].1;
            let mut next = runs[i].2;
            while i + 1 < runs.len() && runs[i + 1].0 == run {
                i += 1;
                next |= runs[i].2;
            }
            i += 1;
            let mut state = start;
            for &y in run {
                state = nfa.next_state(Anchored::Yes, state, y);
            }
            let h = hash(run, 0, run.len());
            filter.insert(h);
            let mut at = Self::index(h, size);
            while slots[at].key != 0 {
                at = (at + 1) & (size - 1);
            }
            slots[at] = Slot {
                key: key(run, 0, run.len()),
                state: state.as_u32(),
                info,
                next,
            };
        }
        Table { filter, slots }
    }

    /// Where the probe for hash `h` starts: bits below the filter's.
    #[inline]
    fn index(h: u64, size: usize) -> usize {
        (h >> 20) as usize & (size - 1)
    }

    /// Heap memory held, in bytes.
    fn memory_usage(&self) -> usize {
        self.filter.memory_usage() + self.slots.len() * std::mem::size_of::<Slot>()
    }

    /// See [`FirstRuns::get`]; `h` is the run's [`hash`].
    #[inline]
    fn get(&self, h: u64, b: &[u8], s: usize, e: usize, patterns: &[String]) -> Option<Run> {
        if !self.filter.may_contain(h) {
            return None;
        }
        let k = key(b, s, e);
        let long = e - s > 8;
        let size = self.slots.len();
        let mut at = Self::index(h, size);
        loop {
            let slot = self.slots[at];
            if slot.key == 0 {
                return None;
            }
            if slot.key == k && (slot.info & Slot::LONG != 0) == long {
                let pattern = (slot.info & Slot::PATTERN) as usize;
                // A long run is its pattern's first run when the bytes agree and the
                // pattern's run ends where this one does.
                let n = e - s;
                let p = patterns[pattern].as_bytes();
                let same = !long
                    || (p.get(..n) == Some(&b[s..e])
                        && p.get(n).is_none_or(|&y| !ALNUM[usize::from(y)]));
                if same {
                    return Some(Run {
                        state: StateID::new(slot.state as usize).ok()?,
                        whole: (slot.info & Slot::WHOLE != 0).then_some(pattern),
                        next: slot.next,
                        hash: h,
                    });
                }
            }
            at = (at + 1) & (size - 1);
        }
    }
}

/// Every pattern's first run, in two [`Table`]s: the runs that start with a lower-case letter
/// (a few hundred cue and function words, "said", "the", "met", that are three in four of the
/// words looked up) in a small one that stays in the cache between one article's scan and the
/// next, and the others (names, mostly) in a large one. Beside them, the filter of the first
/// two runs of the patterns that go on past a space ([`pair_hash`]).
#[derive(Clone)]
pub(super) struct FirstRuns {
    lower: Table,
    other: Table,
    pairs: RunFilter,
}

impl std::fmt::Debug for FirstRuns {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let used = |t: &Table| t.slots.iter().filter(|s| s.key != 0).count();
        write!(
            f,
            "FirstRuns(lower case: {} runs in {} slots; others: {} runs in {} slots)",
            used(&self.lower),
            self.lower.slots.len(),
            used(&self.other),
            self.other.slots.len()
        )
    }
}

impl FirstRuns {
    /// The most patterns the table can name (29 bits of a slot).
    pub(super) const MAX_PATTERNS: usize = Slot::PATTERN as usize + 1;

    /// The tables of `patterns`' first runs, with the states `nfa` reaches after them.
    /// Patterns that do not start with an ASCII letter or digit have no run and are not in
    /// them.
    pub(super) fn new(nfa: &NFA, start: StateID, patterns: &[String]) -> FirstRuns {
        debug_assert!(patterns.len() <= Self::MAX_PATTERNS);
        let mut runs: Vec<Entry> = Vec::new();
        let mut pairs = RunFilter::new(RunFilter::MAX_LOG_BITS);
        for (pid, p) in patterns.iter().enumerate() {
            let b = p.as_bytes();
            if b.first().is_some_and(|&y| ALNUM[usize::from(y)]) {
                let n = alnum_end(b, 1);
                let bit = follows(b, n);
                if bit & SPACE_ALNUM != 0 {
                    // A space and a second run: the pair goes into the pair filter.
                    let e = alnum_end(b, n + 2);
                    pairs.insert(pair_hash(hash(b, 0, n), b, n + 1, e));
                }
                let mut info = pid as u32;
                if n > 8 {
                    info |= Slot::LONG;
                }
                let next = match bit {
                    // A pattern ending in a space (none does: surfaces are trimmed) may go on
                    // with anything.
                    _ if b.len() == n + 1 && b[n] == b' ' => u64::MAX,
                    0 => {
                        info |= Slot::WHOLE;
                        0
                    }
                    bit => bit,
                };
                runs.push((&b[..n], info, next));
            }
        }
        // One slot a run: the flags of all its patterns, and the pattern that is the run when
        // there is one. Lower-case runs sort first (their bytes are the largest, so reversed).
        runs.sort_unstable_by(|a, b| {
            b.0[0]
                .is_ascii_lowercase()
                .cmp(&a.0[0].is_ascii_lowercase())
                .then(a.0.cmp(b.0))
                .then((b.1 & Slot::WHOLE).cmp(&(a.1 & Slot::WHOLE)))
        });
        let split = runs.partition_point(|r| r.0[0].is_ascii_lowercase());
        FirstRuns {
            lower: Table::new(nfa, start, &runs[..split]),
            other: Table::new(nfa, start, &runs[split..]),
            pairs,
        }
    }

    /// Heap memory held, in bytes.
    pub(super) fn memory_usage(&self) -> usize {
        self.lower.memory_usage() + self.other.memory_usage() + self.pairs.memory_usage()
    }

    /// What the automaton knows after the run `b[s..e]`, if a pattern starts with it: the
    /// filter of its table refuses most runs after one probe, and the table answers for the
    /// others. `patterns` are the surfaces the tables were built from.
    #[inline]
    pub(super) fn get(&self, b: &[u8], s: usize, e: usize, patterns: &[String]) -> Option<Run> {
        let table = if b[s].is_ascii_lowercase() {
            &self.lower
        } else {
            &self.other
        };
        table.get(hash(b, s, e), b, s, e, patterns)
    }
}

impl FirstRuns {
    /// Whether a pattern may go on past `run` where the text's run ends at byte `k`: the same
    /// bytes follow the run in the pattern and in the text, so they set the same [`follows`]
    /// bit; and after a space and a letter or digit, the text's next run is the pattern's
    /// second, so the pair filter must pass it.
    #[inline]
    pub(super) fn goes_on(&self, run: &Run, b: &[u8], k: usize) -> bool {
        let bit = follows(b, k);
        if run.next & bit == 0 {
            return false;
        }
        if bit & SPACE_ALNUM == 0 {
            return true;
        }
        let e = alnum_end(b, k + 2);
        self.pairs.may_contain(pair_hash(run.hash, b, k + 1, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::MatchKind;

    fn table(words: &[&str]) -> (NFA, StateID, FirstRuns, Vec<String>) {
        let patterns: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        let nfa = NFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .unwrap();
        let start = nfa.start_state(Anchored::Yes).unwrap();
        let runs = FirstRuns::new(&nfa, start, &patterns);
        (nfa, start, runs, patterns)
    }

    fn get(runs: &FirstRuns, patterns: &[String], w: &str) -> Option<Run> {
        let b = w.as_bytes();
        runs.get(b, 0, b.len(), patterns)
    }

    #[test]
    fn a_run_is_read_alike_wherever_it_ends() {
        // The same run hashed and keyed with bytes after it (one load) and at the text's end
        // (byte by byte) gives the same hash and key, for every length.
        let word = "abcdefghijklmnopqrstuvwxyz0123";
        for n in 1..=word.len() {
            let alone = &word.as_bytes()[..n];
            let followed = format!("{} and more", &word[..n]);
            assert_eq!(hash(alone, 0, n), hash(followed.as_bytes(), 0, n), "{n}");
            assert_eq!(key(alone, 0, n), key(followed.as_bytes(), 0, n), "{n}");
        }
    }

    #[test]
    fn the_filter_passes_every_pattern_start() {
        let words = ["U.S.", "al-Sisi", "Blair", "Li Shangfu", "2004", "said"];
        let mut f = RunFilter::new(RunFilter::MAX_LOG_BITS);
        for w in words {
            let b = w.as_bytes();
            f.insert(hash(b, 0, crate::util::alnum_end(b, 1)));
        }
        for w in words {
            let b = w.as_bytes();
            assert!(
                f.may_contain(hash(b, 0, crate::util::alnum_end(b, 1))),
                "{w}"
            );
        }
        // Runs no pattern starts with (checked to fall on clear bits).
        for w in ["Blai", "Blairs", "Sisi", "Shangfu", "sai"] {
            assert!(!f.may_contain(hash(w.as_bytes(), 0, w.len())), "{w}");
        }
    }

    #[test]
    fn the_table_knows_each_run_and_what_follows_it() {
        let words = [
            "U.S.",
            "US",
            "Blair",
            "Li",
            "Li Shangfu",
            "said",
            "Commonwealth",
            "Commonwealth of Nations",
            "Commonwealths",
            "Commonwealtx",
        ];
        let (nfa, start, runs, patterns) = table(&words);
        let run = |w: &str| get(&runs, &patterns, w);
        // Whether a pattern may go on past the run, given the text after it.
        let goes_on = |r: Run, after: &str| {
            let b = format!("{}{after}", "x".repeat(4));
            runs.goes_on(&r, b.as_bytes(), 4)
        };
        // "U" only starts a longer pattern, which goes on with a point.
        let u = run("U").unwrap();
        assert_eq!(u.whole, None);
        assert_eq!(u.state, nfa.next_state(Anchored::Yes, start, b'U'));
        assert!(goes_on(u, ".S."));
        assert!(!goes_on(u, " S"));
        assert!(!goes_on(u, ""));
        // "US" is a pattern and starts none.
        let us = run("US").unwrap();
        assert_eq!(us.whole, Some(1));
        assert!(!goes_on(us, ".") && !goes_on(us, " S"));
        // "Li" is one and starts "Li Shangfu": a walk only before the word "Shangfu", which
        // the pair filter tells from other words in "S" (and from words that only start so).
        let li = run("Li").unwrap();
        assert_eq!(li.whole, Some(3));
        assert!(goes_on(li, " Shangfu") && goes_on(li, " Shangfu said"));
        assert!(goes_on(li, " Shangfu's") && goes_on(li, " Shangfu-led"));
        for after in [
            " S",
            " Shang",
            " Shangfus",
            " Sh4ngfu",
            " said",
            " Peng",
            ", 4",
        ] {
            assert!(!goes_on(li, after), "{after}");
        }
        assert_eq!(run("said").map(|r| r.whole), Some(Some(5)));
        // Long runs compare their bytes, not only the first eight.
        let c = run("Commonwealth").unwrap();
        assert_eq!(c.whole, Some(6));
        assert!(goes_on(c, " of") && goes_on(c, " of Nations"));
        assert!(!goes_on(c, " Games") && !goes_on(c, " off") && !goes_on(c, " o"));
        assert_eq!(run("Commonwealths").map(|r| r.whole), Some(Some(8)));
        assert_eq!(run("Commonwealtx").map(|r| r.whole), Some(Some(9)));
        for w in [
            "Commonwealthy",
            "Commonwe",
            "Commonwealthss",
            "Bla",
            "Blairs",
            "S",
            "sai",
        ] {
            assert_eq!(run(w), None, "{w}");
        }
    }

    #[test]
    fn lower_case_runs_have_their_own_small_table() {
        let (_, _, runs, patterns) = table(&["said", "Said", "met with", "US", "2004"]);
        let used = |t: &Table| t.slots.iter().filter(|s| s.key != 0).count();
        assert_eq!(used(&runs.lower), 2);
        assert_eq!(used(&runs.other), 3);
        for w in ["said", "Said", "met", "US", "2004"] {
            assert!(get(&runs, &patterns, w).is_some(), "{w}");
        }
        assert_eq!(get(&runs, &patterns, "Met"), None);
        assert_eq!(get(&runs, &patterns, "us"), None);
        // A filter's size follows its runs, up to 32 KiB.
        assert_eq!(RunFilter::for_runs(2).memory_usage(), 8);
        assert_eq!(RunFilter::for_runs(742).memory_usage(), 4096);
        assert_eq!(RunFilter::for_runs(1 << 20).memory_usage(), 32768);
    }

    #[test]
    fn a_table_of_no_runs_finds_nothing() {
        let (_, _, runs, patterns) = table(&["'s", "\u{e9}"]);
        assert_eq!(get(&runs, &patterns, "s"), None);
    }
}
