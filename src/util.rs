//! Small private helpers shared by the stages: slugs, word boundaries, character stepping, word
//! lists and a fast hasher for the per-article maps.

use std::hash::{BuildHasherDefault, Hasher};

/// A lower-case ASCII slug of a name: "Lloyd Austin" → "lloyd-austin", "Côte d'Ivoire" → "cote-d-ivoire".
pub(crate) fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    for c in name.chars() {
        let c = fold_accent(c);
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else if c != '.' {
            dash = true;
        }
    }
    if out.is_empty() {
        // No Latin letters: transliterate Cyrillic ("Сергей Шойгу": "sergey-shoygu"); names in
        // other scripts get a hash of the name, so that distinct names get distinct ids.
        let mut latin = String::with_capacity(name.len());
        let mut untransliterated = false;
        for c in name.chars() {
            match cyrillic_to_latin(c) {
                "" => {
                    untransliterated |= c.is_alphanumeric() && !matches!(c, 'ъ' | 'Ъ' | 'ь' | 'Ь');
                    latin.push(c);
                }
                l => latin.push_str(l),
            }
        }
        if latin != name {
            out = slug(&latin);
        }
        if out.is_empty() {
            out.push_str("actor");
        }
        if untransliterated {
            out = format!("{out}-{:012x}", fnv1a(name) >> 16);
        }
    }
    out
}

/// The Latin spelling of a Russian, Ukrainian or Belarusian Cyrillic letter (lower case), the
/// empty string for anything else.
fn cyrillic_to_latin(c: char) -> &'static str {
    match c.to_lowercase().next().unwrap_or(c) {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ґ' => "g",
        'д' => "d",
        'е' => "e",
        'ё' => "yo",
        'є' => "ye",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' => "i",
        'ї' => "yi",
        'й' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ў' => "w",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ы' => "y",
        'э' => "e",
        'ю' => "yu",
        'я' => "ya",
        _ => "",
    }
}

/// The 64-bit FNV-1a hash of `s`: small, stable across platforms and releases.
fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The ASCII letter a common Latin accented letter is written without.
fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' => 'A',
        'ç' | 'č' | 'ć' => 'c',
        'Ç' | 'Č' | 'Ć' => 'C',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ě' => 'e',
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' => 'E',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'Ì' | 'Í' | 'Î' | 'Ï' => 'I',
        'ñ' | 'ń' => 'n',
        'Ñ' => 'N',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'O',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
        'Ù' | 'Ú' | 'Û' | 'Ü' => 'U',
        'ý' | 'ÿ' => 'y',
        'š' | 'ś' | 'ş' => 's',
        'Š' | 'Ś' | 'Ş' => 'S',
        'ž' | 'ź' | 'ż' => 'z',
        'Ž' | 'Ź' | 'Ż' => 'Z',
        _ => c,
    }
}

/// Whether `c` continues a word: letters and digits of any script.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The character ending at byte `i` of `text`, if any.
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// The character starting at byte `i` of `text`, if any.
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// Whether a word boundary lies at byte `i`: the characters on either side are not both word
/// characters.
#[inline]
pub(crate) fn is_boundary(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    // ASCII on both sides (nearly every call): no decoding.
    if let (Some(&x), Some(&y)) = (i.checked_sub(1).and_then(|j| b.get(j)), b.get(i)) {
        if x.is_ascii() && y.is_ascii() {
            return !(x.is_ascii_alphanumeric() && y.is_ascii_alphanumeric());
        }
    }
    !(char_before(text, i).is_some_and(is_word_char) && char_at(text, i).is_some_and(is_word_char))
}

/// The byte offset of the next character boundary after `i` (or `text.len()`).
pub(crate) fn next_char(text: &str, i: usize) -> usize {
    let mut j = i + 1;
    while j < text.len() && !text.is_char_boundary(j) {
        j += 1;
    }
    j.min(text.len())
}

/// The largest character boundary at or before byte `i` (clamped to the text).
pub(crate) fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest character boundary at or after byte `i` (clamped to the text).
pub(crate) fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// `text[from..]` cut to at most `len` bytes, on a character boundary.
pub(crate) fn window_after(text: &str, from: usize, len: usize) -> &str {
    let from = floor_boundary(text, from);
    &text[from..floor_boundary(text, from.saturating_add(len))]
}

/// `text[..to]` cut to its last `len` bytes at most, on a character boundary: returns the start
/// offset and the slice.
pub(crate) fn window_before(text: &str, to: usize, len: usize) -> (usize, &str) {
    let to = floor_boundary(text, to);
    let mut from = to.saturating_sub(len);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    (from, &text[from..to])
}

/// Where the run of ASCII letters and digits from `j` ends in `room`: eight bytes a step, each
/// step one load and a few word-wide operations ([`non_alnum`]), so a word of news is one or
/// two steps; the last bytes one table look-up each. Inlined: its constants then stay in the
/// caller's loop instead of being set up (and registers saved) at every call, about a third of
/// the instructions of a word's look-up.
#[inline]
pub(crate) fn alnum_end(room: &[u8], mut j: usize) -> usize {
    while let Some(w) = room.get(j..j + 8) {
        let mut a = [0u8; 8];
        a.copy_from_slice(w);
        let m = non_alnum(u64::from_le_bytes(a));
        if m != 0 {
            return j + (m.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    while j < room.len() && ALNUM[usize::from(room[j])] {
        j += 1;
    }
    j
}

/// The high bit of each byte of `x` (little-endian) that is not an ASCII letter or digit. Each
/// range test adds to the low seven bits of every byte at once without a carry between bytes.
#[inline]
fn non_alnum(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = x & !HIGH;
    // The high bit of `y + ONES * (0x80 - a)` is set where `y >= a`; that of
    // `y + ONES * (0x7f - b)` where `y > b`.
    let within = |y: u64, a: u8, b: u8| {
        (y + ONES * u64::from(0x80 - a)) & !(y + ONES * u64::from(0x7f - b)) & HIGH
    };
    // `| 0x20` makes capitals lower case and moves no other byte into a-z.
    let alnum = (within(low, b'0', b'9') | within(low | (ONES * 0x20), b'a', b'z')) & !x;
    !alnum & HIGH
}

/// The `n` bytes of `b` from byte `i` (`n` from 1 to 8) as one little-endian word, zero above
/// them: one eight-byte load and a mask where the slice goes on that far, else a copy.
#[inline]
pub(crate) fn low_bytes(b: &[u8], i: usize, n: usize) -> u64 {
    debug_assert!((1..=8).contains(&n));
    let mut a = [0u8; 8];
    match b.get(i..i + 8) {
        Some(w) => a.copy_from_slice(w),
        None => a[..n].copy_from_slice(&b[i..i + n]),
    }
    u64::from_le_bytes(a) & (u64::MAX >> (64 - 8 * n))
}

/// The bytes of ASCII letters and digits.
pub(crate) static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// `slice.partition_point(|x| key(x) < target)` for a slice sorted by `key` whose keys are text
/// positions (hits, mentions, sentences, dates): the search reads where `target` would lie if
/// the keys were spread evenly, twice (the second time between the first guess and the nearer
/// end), and gallops from there, so a lookup in a long text reads a few neighbouring elements,
/// not cache lines all over the slice.
pub(crate) fn locate<T>(slice: &[T], target: usize, key: impl Fn(&T) -> usize) -> usize {
    let n = slice.len();
    let (Some(first), Some(last)) = (slice.first(), slice.last()) else {
        return 0;
    };
    let (mut klo, mut khi) = (key(first), key(last));
    if target <= klo {
        return 0;
    }
    if target > khi {
        return n;
    }
    let pred = |x: &T| key(x) < target;
    // klo < target <= khi: the answer lies in lo + 1..=hi.
    let (mut lo, mut hi) = (0, n - 1);
    let mut above = false;
    for _ in 0..2 {
        if hi - lo <= 8 {
            break;
        }
        // In lo + 1..=hi, as (target - klo) / (khi - klo) is in (0, 1].
        let guess = lo + interpolate(target - klo, hi - lo, khi - klo);
        let k = key(&slice[guess]);
        above = k >= target;
        if above {
            (hi, khi) = (guess, k);
        } else {
            (lo, klo) = (guess, k);
        }
    }
    if !above {
        lo + 1 + gallop(&slice[lo + 1..hi], pred)
    } else {
        // The answer is at or before `hi`: gallop backwards, down to `lo + 1`.
        let (mut top, mut step) = (hi, 1);
        loop {
            let m = top.saturating_sub(step).max(lo);
            if m == lo || pred(&slice[m]) {
                return m + 1 + slice[m + 1..top].partition_point(pred);
            }
            top = m;
            step *= 2;
        }
    }
}

/// `a * b / c`, rounded down, for `a <= c`.
fn interpolate(a: usize, b: usize, c: usize) -> usize {
    match a.checked_mul(b) {
        // A division of machine words: one of 128 bits is a call costing tens of cycles.
        Some(x) => x / c,
        None => (a as u128 * b as u128 / c as u128) as usize,
    }
}

/// `slice.partition_point(pred)` for a predicate that turns false near the slice's start: an
/// exponential search from the front reads a few neighbouring elements, where a binary search
/// over a long text's hits reads cache lines all over it.
pub(crate) fn gallop<T>(slice: &[T], mut pred: impl FnMut(&T) -> bool) -> usize {
    let (mut lo, mut step) = (0, 1);
    loop {
        let hi = lo + step;
        match slice.get(hi) {
            Some(x) if pred(x) => {
                lo = hi + 1;
                step *= 2;
            }
            Some(_) => return lo + slice[lo..hi].partition_point(pred),
            None => return lo + slice[lo.min(slice.len())..].partition_point(pred),
        }
    }
}

/// The text between byte `a` and byte `b`, or `""` when they are out of order, out of bounds or
/// not on character boundaries (mentions may overlap).
pub(crate) fn between(text: &str, a: usize, b: usize) -> &str {
    text.get(a..b).unwrap_or("")
}

/// `s.trim_end_matches(suffix)` for a string suffix, without setting up a substring searcher
/// for every call (`trim_end_matches` with a `&str` pattern builds one, costly next to a few
/// words' comparison).
pub(crate) fn trim_suffix<'a>(mut s: &'a str, suffix: &str) -> &'a str {
    if suffix.is_empty() {
        return s;
    }
    while let Some(rest) = s.strip_suffix(suffix) {
        s = rest;
    }
    s
}

/// Whether a word starts with an upper-case letter.
pub(crate) fn is_capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// How many whitespace-separated words `s` has, counting no further than `limit`: the same as
/// `s.split_whitespace().take(limit).count()`, without decoding ASCII text.
pub(crate) fn word_count(s: &str, limit: usize) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for &b in s.as_bytes() {
        if !b.is_ascii() {
            // Unicode spaces exist beyond ASCII: count this string the slow way.
            return s.split_whitespace().take(limit).count();
        }
        // `char::is_whitespace` on ASCII: tab, line feed, vertical tab, form feed, return, space.
        let space = matches!(b, b'\t'..=b'\r' | b' ');
        if !space && !in_word {
            if n == limit {
                return n;
            }
            n += 1;
        }
        in_word = !space;
    }
    n
}

/// Whether `s` contains one of `chars`: `s.contains(chars)`, but with memchr over the chars'
/// first bytes when there are at most three of them (the usual punctuation sets).
pub(crate) fn contains_any<const N: usize>(s: &str, chars: [char; N]) -> bool {
    if s.len() < 16 {
        // Too short for memchr's setup to pay.
        return s.contains(chars);
    }
    let mut firsts = [0u8; 3];
    let mut n = 0;
    for c in chars {
        let mut buf = [0u8; 4];
        let b = c.encode_utf8(&mut buf).as_bytes()[0];
        if !firsts[..n].contains(&b) {
            if n == firsts.len() {
                if chars.iter().all(char::is_ascii) {
                    // Any number of ASCII chars: one pass over the bytes, no decoding.
                    return s.bytes().any(|b| chars.contains(&char::from(b)));
                }
                return s.contains(chars);
            }
            firsts[n] = b;
            n += 1;
        }
    }
    let hit = |i: usize| s[i..].starts_with(chars);
    let b = s.as_bytes();
    match n {
        0 => false,
        1 => memchr::memchr_iter(firsts[0], b).any(hit),
        2 => memchr::memchr2_iter(firsts[0], firsts[1], b).any(hit),
        _ => memchr::memchr3_iter(firsts[0], firsts[1], firsts[2], b).any(hit),
    }
}

/// A small set of lower-case words (a lexicon class read by a detector), looked up
/// ASCII-case-insensitively and without allocating: "Said", "said" and "SAID" are all "said".
#[derive(Clone, Debug, Default)]
pub(crate) struct WordList {
    /// Lower-case words of up to seven bytes, packed into integers (see `pack`), sorted.
    short: Vec<u64>,
    /// Longer lower-case words' bytes.
    long: FxSet<Vec<u8>>,
    /// A filter over both, by `head_key`, sixteen bits a word: most words not in the list stop
    /// at one bit test, however long the list.
    filter: Vec<u64>,
    /// 64 minus the filter's size in bits (a power of two).
    shift: u32,
    /// The longest word's length: longer input is never in the list.
    longest: usize,
}

impl WordList {
    pub(crate) fn new<S: AsRef<str>>(words: impl IntoIterator<Item = S>) -> WordList {
        let mut list = WordList::default();
        let mut keys = Vec::new();
        for w in words {
            let w = w.as_ref().to_lowercase().into_bytes();
            if w.is_empty() {
                continue;
            }
            list.longest = list.longest.max(w.len());
            keys.push(head_key(&w));
            match pack(&w) {
                Some(k) => list.short.push(k),
                None => {
                    list.long.insert(w);
                }
            }
        }
        list.short.sort_unstable();
        list.short.dedup();
        let bits = (keys.len() * 16).next_power_of_two().max(64);
        list.filter = vec![0; bits / 64];
        list.shift = 64 - bits.trailing_zeros();
        for k in keys {
            let b = list.filter_bit(k);
            list.filter[b / 64] |= 1 << (b % 64);
        }
        list
    }

    /// Which bit of the filter a key sets.
    #[inline]
    fn filter_bit(&self, k: u64) -> usize {
        (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// Whether the list has no words.
    #[cfg(test)]
    pub(crate) fn is_empty(&self) -> bool {
        self.short.is_empty() && self.long.is_empty()
    }

    /// Whether `w` is in the list, ignoring ASCII case. The empty word never is.
    pub(crate) fn contains(&self, w: &str) -> bool {
        if w.is_empty() || w.len() > self.longest {
            return false;
        }
        let k = head_key(w.as_bytes());
        let b = self.filter_bit(k);
        if self.filter[b / 64] & 1 << (b % 64) == 0 {
            return false;
        }
        if w.len() <= 7 {
            // Packed in a register (as `pack` does), lower-cased on the way: no stack buffer,
            // whose byte stores a word-sized load would stall on.
            return self.short.binary_search(&k).is_ok();
        }
        // Lower-cased into a stack buffer: no allocation per look-up.
        let mut buf = [0u8; 32];
        match buf.get_mut(..w.len()) {
            Some(low) => {
                low.copy_from_slice(w.as_bytes());
                low.make_ascii_lowercase();
                self.long.contains(&*low)
            }
            None => self.long.contains(w.to_ascii_lowercase().as_bytes()),
        }
    }
}

/// A word's length and first seven bytes, ASCII-lower-cased, as one integer: for words of up
/// to seven bytes the same as `pack` of the lower-cased word.
fn head_key(w: &[u8]) -> u64 {
    w.iter()
        .take(7)
        .rev()
        .fold(0u64, |k, b| k << 8 | u64::from(b.to_ascii_lowercase()))
        | (w.len() as u64) << 56
}

/// Up to seven bytes and their length as one integer: distinct for distinct byte strings.
fn pack(b: &[u8]) -> Option<u64> {
    if b.len() > 7 {
        return None;
    }
    let mut w = [0u8; 8];
    w[..b.len()].copy_from_slice(b);
    w[7] = b.len() as u8;
    Some(u64::from_le_bytes(w))
}

/// FxHash (as in rustc): a multiply-rotate hasher for the small integer and short string keys of
/// the per-article maps, where SipHash's flood resistance buys nothing and costs a lot.
#[derive(Clone, Copy, Default)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        // The last up to seven bytes as one word, not one multiplication a byte.
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w) ^ (rest.len() as u64) << 56);
        }
    }
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

impl FxHasher {
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// A `HashMap` with [`FxHasher`].
pub(crate) type FxMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A `HashSet` with [`FxHasher`].
pub(crate) type FxSet<T> = std::collections::HashSet<T, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alnum_end_agrees_with_the_table_for_every_byte_anywhere() {
        // Every byte value at every place of a word of letters, at lengths that end inside
        // and after the eight-byte steps.
        for n in [1, 7, 8, 9, 16, 19] {
            for at in 0..n {
                for y in 0..=255u8 {
                    let mut w = vec![b'x'; n];
                    w[at] = y;
                    let slow = (0..n).find(|&i| !ALNUM[usize::from(w[i])]).unwrap_or(n);
                    assert_eq!(alnum_end(&w, 0), slow, "{n} {at} {y}");
                }
            }
        }
        assert_eq!(alnum_end(b"", 0), 0);
        assert_eq!(alnum_end(b"ab", 2), 2);
    }

    #[test]
    fn low_bytes_reads_a_word_alike_wherever_the_slice_ends() {
        let b = b"abcdefghij";
        for i in 0..b.len() {
            for n in 1..=8.min(b.len() - i) {
                let mut want = [0u8; 8];
                want[..n].copy_from_slice(&b[i..i + n]);
                // One load (the slice goes on) and a copy (it ends within eight bytes) agree.
                assert_eq!(low_bytes(b, i, n), u64::from_le_bytes(want), "{i} {n}");
                assert_eq!(
                    low_bytes(&b[..i + n], i, n),
                    u64::from_le_bytes(want),
                    "{i} {n}"
                );
            }
        }
    }

    #[test]
    fn locate_is_partition_point() {
        // Sorted keys with runs, gaps and clusters, as positions in a text are.
        let mut seed = 7u64;
        for n in (0..60usize).chain([100, 257, 1000]) {
            let mut v = Vec::with_capacity(n);
            let mut k = 0usize;
            for _ in 0..n {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                k += [0, 1, 1, 2, 5, 40][(seed >> 33) as usize % 6];
                v.push(k);
            }
            for t in 0..k + 3 {
                assert_eq!(
                    locate(&v, t, |&x| x),
                    v.partition_point(|&x| x < t),
                    "n={n} t={t} v={v:?}"
                );
            }
        }
    }

    #[test]
    fn locate_keeps_to_partition_point_when_the_guess_needs_wide_arithmetic() {
        // Keys so far apart that the guess's product overflows a machine word.
        let v: Vec<usize> = (0..9).map(|i| i * (usize::MAX / 9)).collect();
        for t in v.iter().flat_map(|&k| [k.saturating_sub(1), k, k + 1]) {
            assert_eq!(locate(&v, t, |&x| x), v.partition_point(|&x| x < t), "{t}");
        }
    }

    #[test]
    fn gallop_is_partition_point() {
        for n in 0..40usize {
            let v: Vec<usize> = (0..n).map(|i| i * 3).collect();
            for t in 0..n * 3 + 2 {
                assert_eq!(
                    gallop(&v, |&x| x < t),
                    v.partition_point(|&x| x < t),
                    "n={n} t={t}"
                );
            }
        }
    }

    #[test]
    fn slugs() {
        for (name, want) in [
            ("Lloyd Austin", "lloyd-austin"),
            ("U.S. Department of Defense", "us-department-of-defense"),
            ("Côte d'Ivoire", "cote-d-ivoire"),
            ("  ", "actor"),
            ("Li Shangfu", "li-shangfu"),
            ("Сергей Шойгу", "sergey-shoygu"),
            ("习近平", "actor-d6bd20e79e16"),
        ] {
            assert_eq!(slug(name), want);
        }
    }

    #[test]
    fn windows_respect_char_boundaries() {
        let t = "a£b£c";
        assert_eq!(window_after(t, 0, 2), "a");
        assert_eq!(window_after(t, 1, 3), "£b");
        assert_eq!(window_after(t, 2, 9), "£b£c"); // 2 is inside '£': floored to 1
        assert_eq!(window_before(t, t.len(), 2), (6, "c"));
        assert_eq!(window_before(t, 4, 3), (1, "£b"));
        assert_eq!(floor_boundary(t, 100), t.len());
        assert_eq!((floor_boundary(t, 2), ceil_boundary(t, 2)), (1, 3));
    }

    #[test]
    fn word_counts_match_split_whitespace() {
        for s in [
            "",
            "   ",
            "one",
            " one  two\tthree\nfour ",
            "a\u{b}b\u{c}c\rd",
            "non\u{a0}breaking space é",
            "x,y z",
        ] {
            for limit in 0..6 {
                let want = s.split_whitespace().take(limit).count();
                assert_eq!(word_count(s, limit), want, "{s:?} {limit}");
            }
        }
    }

    #[test]
    fn trim_suffix_matches_trim_end_matches() {
        for s in [
            "",
            "s",
            "'s",
            "Blair's",
            "Blair's's",
            "Blair'ss",
            "People\u{2019}s",
            "'",
            "x's'",
        ] {
            for suffix in ["'s", "\u{2019}s", "s\u{2019}", "s", ""] {
                assert_eq!(
                    trim_suffix(s, suffix),
                    s.trim_end_matches(suffix),
                    "{s:?} {suffix:?}"
                );
            }
        }
    }

    #[test]
    fn contains_any_matches_str_contains() {
        let sets: [&[char]; 5] = [
            &[',', '.'],
            &[',', ';', '(', '.'],
            &['"', '\u{201C}', '\u{201D}'],
            &[',', '"', '\u{201C}', '\u{201D}'],
            &['é'],
        ];
        let short = [
            "",
            "plain words",
            "a, b",
            "\u{201C}quoted\u{201D}",
            "caf\u{e9}",
            "\u{2019}s",
            "x.\"",
        ];
        // Long enough for the memchr path too.
        let long: Vec<String> = short
            .iter()
            .map(|s| format!("{}{s}", "padding ".repeat(3)))
            .collect();
        for s in short.into_iter().chain(long.iter().map(String::as_str)) {
            for set in sets {
                let want = s.contains(set);
                let got = match set.len() {
                    1 => contains_any(s, [set[0]]),
                    2 => contains_any(s, [set[0], set[1]]),
                    3 => contains_any(s, [set[0], set[1], set[2]]),
                    _ => contains_any(s, [set[0], set[1], set[2], set[3]]),
                };
                assert_eq!(got, want, "{s:?} {set:?}");
            }
        }
    }

    #[test]
    fn word_lists_ignore_ascii_case() {
        let long = "an organisation of the united nations and of nobody else";
        let l = WordList::new(["said", "Told", "according to", "a", "nineteen", long]);
        for (w, want) in [
            ("According To", true),
            ("according to ", false),
            ("according_to", false),
            (
                "An Organisation of the United Nations and of Nobody Else",
                true,
            ),
            (
                "an organisation of the united nations and of nobody els",
                false,
            ),
            ("said", true),
            ("Said", true),
            ("SAID", true),
            ("told", true),
            ("according to", true),
            ("sai", false),
            ("saids", false),
            ("a", true),
            ("a\0", false),
            ("A", true),
            ("Nineteen", true),
            ("nineteen\0", false),
            ("", false),
        ] {
            assert_eq!(l.contains(w), want, "{w}");
        }
    }

    #[test]
    fn fx_map_works_as_a_map() {
        let mut m: FxMap<(String, u32), usize> = FxMap::default();
        for i in 0..100u32 {
            m.insert((format!("k{i}"), i), i as usize);
        }
        assert_eq!(m.len(), 100);
        assert_eq!(m.get(&("k42".to_string(), 42)), Some(&42));
        assert_eq!(m.get(&("k42".to_string(), 41)), None);
    }

    #[test]
    fn boundaries() {
        let t = "China's élan";
        assert!(is_boundary(t, 0));
        assert!(is_boundary(t, 5));
        assert!(!is_boundary(t, 2));
        assert!(is_boundary(t, t.len()));
        assert!(!is_boundary(t, 10)); // inside "élan" (é is two bytes)
        assert_eq!(next_char(t, 8), 10);
        // ASCII fast path and the decoding path agree at mixed-script edges.
        let m = "aé b1,é";
        let want = [
            true, false, false, true, true, false, true, true, false, true,
        ];
        for (i, w) in want.iter().enumerate().take(m.len() + 1) {
            if m.is_char_boundary(i) {
                assert_eq!(is_boundary(m, i), *w, "at {i}");
            }
        }
    }
}
