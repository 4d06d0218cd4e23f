//! Tokens of one sentence: words with their coarse classes, numbers, punctuation, and the
//! resolved actors' mentions, each one token however many words it spans ("Jordanian Foreign
//! Minister Ayman Safadi" may be one or two, as the resolver named them).

use crate::actors::resolve::MentionRef;
use crate::model::Span;
use crate::syntax::words::{Classes, WordClasses};
use crate::util::{alnum_end, locate, ALNUM};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A word: letters, digits, and `-`, `'` or `.` inside ("U.S", "al-Sisi", "don't").
    Word,
    /// A mention of the resolved actor with this index (32 bits keep a token at 32 bytes).
    Name(u32),
    /// A possessive ending after a name or noun: "'s", "’s".
    Possessive,
    /// One punctuation character: `,` `;` `:` `(` `)` quote marks, dashes.
    Punct(char),
}

/// One token: its span, kind, word classes and whether it starts with a capital letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub(crate) span: Span,
    pub(crate) kind: Kind,
    pub(crate) classes: Classes,
    pub(crate) cap: bool,
}

impl Token {
    pub(crate) fn is(&self, c: Classes) -> bool {
        self.kind == Kind::Word && self.classes.any(c)
    }

    pub(crate) fn punct(&self) -> Option<char> {
        match self.kind {
            Kind::Punct(c) => Some(c),
            _ => None,
        }
    }

    pub(crate) fn actor(&self) -> Option<usize> {
        match self.kind {
            Kind::Name(a) => usize::try_from(a).ok(),
            _ => None,
        }
    }

    /// A closing or opening quote mark.
    pub(crate) fn is_quote(&self) -> bool {
        matches!(
            self.punct(),
            Some('"' | '\u{201C}' | '\u{201D}' | '\u{2018}' | '\u{2019}' | '\'')
        )
    }

    /// A dash that sets off an aside: " -- ", "–", "—" (a spaced hyphen too).
    pub(crate) fn is_dash(&self) -> bool {
        matches!(self.punct(), Some('-' | '\u{2013}' | '\u{2014}'))
    }
}

/// The tokens of `text[span]` in a vector of their own (see [`tokenize_into`]).
#[cfg(test)]
pub(crate) fn tokenize(
    text: &str,
    span: Span,
    mentions: &[MentionRef],
    words: &WordClasses,
) -> Vec<Token> {
    let mut out = Vec::with_capacity(span.len() / 5 + 1);
    tokenize_into(text, span, mentions, words, &mut out);
    out
}

/// Splits `text[span]` into tokens in `out` (cleared first: a reader that tokenises sentence
/// after sentence reuses one buffer); `mentions` (sorted by start) become one token each.
///
/// ASCII, nearly all of news text, is read a byte at a time without decoding; other characters
/// take the general path. The mentions are looked at only where one starts: the words between
/// two mentions are read by [`step`] with no look-up per token.
#[inline(never)] // one loop with its own registers, apart from its callers
pub(crate) fn tokenize_into(
    text: &str,
    span: Span,
    mentions: &[MentionRef],
    words: &WordClasses,
    out: &mut Vec<Token>,
) {
    out.clear();
    out.reserve(span.len() / 5 + 1);
    let end = span.end.min(text.len());
    let mut i = span.start;
    let mut m = locate(mentions, span.start, |x| x.span.start);
    while i < end {
        // Skip mentions that start before this point (overlaps).
        while mentions.get(m).is_some_and(|x| x.span.start < i) {
            m += 1;
        }
        // The first mention at or after this point: words stop at it.
        let next_mention = mentions.get(m).map_or(end, |x| x.span.start.min(end));
        if next_mention == i {
            // Of the mentions starting here, the longest ("Turkey's foreign minister", not
            // "Turkey").
            let longest = mentions[m..]
                .iter()
                .take_while(|x| x.span.start == i)
                .filter(|x| x.span.end <= end)
                .max_by_key(|x| x.span.end)
                .and_then(|x| Some((x, u32::try_from(x.actor).ok()?)));
            if let Some((x, actor)) = longest {
                out.push(Token {
                    span: x.span,
                    kind: Kind::Name(actor),
                    classes: Classes::default(),
                    cap: true,
                });
                i = x.span.end;
            } else {
                // No mention here fits the span: one token, which stops at the mention.
                i = step(text, i, next_mention, end, words, out);
            }
            continue;
        }
        while i < next_mention {
            i = step(text, i, next_mention, end, words, out);
        }
    }
}

/// Reads the token (or the run of white space) at byte `i` into `out`, a word going no
/// further than `stop` (the next mention); returns where the next one starts. `end` is the
/// span's end.
#[inline(always)]
fn step(
    text: &str,
    i: usize,
    stop: usize,
    end: usize,
    words: &WordClasses,
    out: &mut Vec<Token>,
) -> usize {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if b == b' ' {
        // No mention starts before `stop`: skip the whole run of spaces.
        let room = &bytes[..stop.min(bytes.len())];
        let mut i = i + 1;
        while i < room.len() && room[i] == b' ' {
            i += 1;
        }
        return i;
    }
    if ALNUM[usize::from(b)] {
        // An ASCII letter or digit: no decoding.
        return word(
            text,
            i,
            i + 1,
            stop,
            end,
            b.is_ascii_uppercase(),
            words,
            out,
        );
    }
    let c = if b.is_ascii() {
        char::from(b)
    } else {
        match text[i..].chars().next() {
            Some(c) => c,
            None => return end,
        }
    };
    if c.is_whitespace() {
        return i + c.len_utf8();
    }
    if c.is_alphanumeric() {
        return word(
            text,
            i,
            i + c.len_utf8(),
            stop,
            end,
            c.is_uppercase(),
            words,
            out,
        );
    }
    let len = c.len_utf8();
    if matches!(c, '\'' | '\u{2019}')
        && bytes.get(i + len) == Some(&b's')
        && !alphanumeric_at(text, i + len + 1)
        && out.last().is_some_and(|t: &Token| t.span.end == i)
    {
        // "'s" after a pronoun is "is"/"has"; after a name or noun it is possessive.
        let pronoun = out.last().is_some_and(|t| t.is(Classes::PRONOUN));
        out.push(Token {
            span: Span::new(i, i + len + 1),
            kind: if pronoun {
                Kind::Word
            } else {
                Kind::Possessive
            },
            classes: if pronoun {
                Classes::AUX
            } else {
                Classes::default()
            },
            cap: false,
        });
        return i + len + 1;
    }
    // "--" is one dash.
    let mut j = i + len;
    if c == '-' {
        while bytes.get(j) == Some(&b'-') {
            j += 1;
        }
    }
    out.push(Token {
        span: Span::new(i, j),
        kind: Kind::Punct(c),
        classes: Classes::default(),
        cap: false,
    });
    j
}

/// Reads the word that starts at byte `i` with a letter or digit (`upper`: a capital) and goes
/// on at byte `j`, into `out`; returns where it ends.
#[allow(clippy::too_many_arguments)] // one reader's state, passed in registers
#[inline(always)]
fn word(
    text: &str,
    i: usize,
    mut j: usize,
    stop: usize,
    end: usize,
    upper: bool,
    words: &WordClasses,
    out: &mut Vec<Token>,
) -> usize {
    let bytes = text.as_bytes();
    // The bytes the word may take: bounds known once, not at every byte.
    let room = &bytes[..stop.min(bytes.len())];
    loop {
        j = alnum_end(room, j);
        if j >= room.len() {
            break;
        }
        let d = room[j];
        let d = if d.is_ascii() {
            char::from(d)
        } else {
            match text[j..].chars().next() {
                Some(d) if d.is_alphanumeric() => {
                    j += d.len_utf8();
                    continue;
                }
                Some(d) => d,
                None => break,
            }
        };
        // Joiners inside a word: "al-Sisi", "U.S", "don't".
        if !matches!(d, '-' | '.' | '\'' | '\u{2019}') {
            break;
        }
        let after = j + d.len_utf8();
        let joined = after < stop && alphanumeric_at(text, after);
        // "'s" is a token of its own.
        let possessive = matches!(d, '\'' | '\u{2019}')
            && bytes.get(after) == Some(&b's')
            && !alphanumeric_at(text, after + 1);
        if joined && !possessive {
            j = after;
        } else {
            break;
        }
    }
    // A short capitalised abbreviation before a name keeps its point: "Mr. Pena Nieto", "Gen.
    // Milley".
    if upper
        && j - i <= 4
        && bytes.get(j) == Some(&b'.')
        && bytes.get(j + 1) == Some(&b' ')
        && text[(j + 2).min(end)..end]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        && text[i..j].chars().all(char::is_alphabetic)
    {
        j += 1;
    }
    let mut classes = words.of_word_at(text, i, j);
    // A lower-case word in "-ed" may be a past form ("triggered", "invited").
    if !upper && j - i > 4 && bytes[j - 2..j] == *b"ed" {
        classes = classes.or(Classes::PAST);
    }
    out.push(Token {
        span: Span::new(i, j),
        kind: Kind::Word,
        classes,
        cap: upper,
    });
    j
}

/// Whether the character starting at byte `i` (a character boundary, or the text's end) is a
/// letter or digit.
fn alphanumeric_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => text[i..].chars().next().is_some_and(char::is_alphanumeric),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::lexicon::Lexicon;

    fn show(text: &str, mentions: &[MentionRef]) -> Vec<String> {
        let w = WordClasses::new(&Lexicon::bundled());
        tokenize(text, Span::new(0, text.len()), mentions, &w)
            .iter()
            .map(|t| match t.kind {
                Kind::Name(a) => format!("<{a}:{}>", &text[t.span.range()]),
                Kind::Possessive => "'s".to_string(),
                _ => text[t.span.range()].to_string(),
            })
            .collect()
    }

    #[test]
    fn words_names_and_punctuation() {
        let m = |s, e, a| MentionRef {
            span: Span::new(s, e),
            actor: a,
        };
        for (text, mentions, want) in [
            (
                "Kerry -- who arrived -- smiled.",
                vec![m(0, 5, 0)],
                "<0:Kerry>|--|who|arrived|--|smiled|.",
            ),
            (
                "South Africa's president said",
                vec![m(0, 12, 3)],
                "<3:South Africa>|'s|president|said",
            ),
            (
                "the U.S. official's al-Sisi don't",
                vec![],
                "the|U.S|.|official|'s|al-Sisi|don't",
            ),
            ("Mr. Pena said. Yes", vec![], "Mr.|Pena|said|.|Yes"),
            ("he's “here”, now", vec![], "he|'s|“|here|”|,|now"),
            ("", vec![], ""),
        ] {
            assert_eq!(show(text, &mentions).join("|"), want, "{text}");
        }
    }

    #[test]
    fn any_text_tokenizes_without_panic() {
        let w = WordClasses::new(&Lexicon::bundled());
        for text in [
            "'",
            "’",
            "a'",
            "'s",
            "x’s",
            "--",
            "é’s\u{301}",
            "\u{0}\u{7f}",
            "日本's",
        ] {
            let toks = tokenize(text, Span::new(0, text.len()), &[], &w);
            for t in toks {
                assert!(text.get(t.span.range()).is_some(), "{text:?}");
            }
        }
    }
}

#[cfg(test)]
mod size {
    /// A token is 32 bytes: a sentence of a megabyte holds about 200,000 of them, and peak
    /// memory is bounded by a multiple of the input (`tests/memory.rs`).
    #[test]
    fn a_token_is_32_bytes() {
        assert_eq!(std::mem::size_of::<super::Token>(), 32);
    }
}
