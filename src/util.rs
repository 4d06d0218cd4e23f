//! Small private helpers shared by the stages: slugs, word boundaries, character stepping.

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
        out.push_str("actor");
    }
    out
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
pub(crate) fn is_boundary(text: &str, i: usize) -> bool {
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

/// The text between byte `a` and byte `b`, or `""` when they are out of order, out of bounds or
/// not on character boundaries (mentions may overlap).
pub(crate) fn between(text: &str, a: usize, b: usize) -> &str {
    text.get(a..b).unwrap_or("")
}

/// Whether a word starts with an upper-case letter.
pub(crate) fn is_capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        for (name, want) in [
            ("Lloyd Austin", "lloyd-austin"),
            ("U.S. Department of Defense", "us-department-of-defense"),
            ("Côte d'Ivoire", "cote-d-ivoire"),
            ("  ", "actor"),
            ("Li Shangfu", "li-shangfu"),
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
    fn boundaries() {
        let t = "China's élan";
        assert!(is_boundary(t, 0));
        assert!(is_boundary(t, 5));
        assert!(!is_boundary(t, 2));
        assert!(is_boundary(t, t.len()));
        assert!(!is_boundary(t, 10)); // inside "élan" (é is two bytes)
        assert_eq!(next_char(t, 8), 10);
    }
}
