//! Quotations and the sentences around them: quote marks paired into quotations, titles
//! told from speech, headlines told from body text.

use super::*;

/// Pairs quote marks into quotations, paragraph by paragraph.
pub(super) fn pair_quotes(
    text: &str,
    marks: &[QuoteMark],
    sentences: &[Sentence],
) -> Vec<Quotation> {
    if marks.is_empty() {
        return Vec::new();
    }
    let mut paragraphs = Paragraphs::new(sentences);
    let mut out = Vec::new();
    let mut i = 0;
    while i < marks.len() {
        let open = marks[i];
        i += 1;
        let opens = match open.kind() {
            QuoteKind::Open => true,
            QuoteKind::Straight => {
                // An opening straight quote is glued to the word after it, not to one before:
                // `," he said` closes, ` "We` opens.
                !between(text, 0, open.pos()).ends_with(|c: char| c.is_alphanumeric())
                    && between(text, open.pos() + 1, text.len())
                        .starts_with(|c: char| !c.is_whitespace())
            }
            _ => false,
        };
        if !opens {
            continue;
        }
        let si = sentence_of(sentences, open.pos());
        let para = paragraphs.around(si);
        let pend = para
            .map_or(text.len(), |p| p.end)
            .max(open.pos() + open.kind().len());
        let cstart = open.pos() + open.kind().len();
        let mut close = None;
        let mut j = i;
        while j < marks.len() && marks[j].pos() < pend {
            let m = marks[j];
            let fits = matches!(
                (open.kind(), m.kind()),
                (QuoteKind::Open, QuoteKind::Close | QuoteKind::Straight)
                    | (QuoteKind::Straight, QuoteKind::Straight | QuoteKind::Close)
            );
            if fits {
                close = Some(j);
                break;
            }
            if open.kind() == QuoteKind::Open && m.kind() == QuoteKind::Open {
                break;
            }
            j += 1;
        }
        if close.is_none() && open.kind() == QuoteKind::Straight {
            // A mismatched close: `"essential'` — a single quote after a word, before a space.
            close = (i..marks.len())
                .take_while(|&j| marks[j].pos() < pend)
                .find(|&j| {
                    let m = marks[j];
                    matches!(m.kind(), QuoteKind::SingleStraight | QuoteKind::SingleClose)
                        && between(text, 0, m.pos()).ends_with(|c: char| c.is_alphanumeric())
                        && !between(text, m.pos() + m.kind().len(), text.len())
                            .starts_with(|c: char| c.is_alphanumeric())
                });
        }
        let (cend, oend) = match close {
            Some(j) => {
                i = j + 1;
                (marks[j].pos(), marks[j].pos() + marks[j].kind().len())
            }
            None => {
                while i < marks.len() && marks[i].pos() < pend {
                    i += 1;
                }
                (pend, pend)
            }
        };
        if cend <= cstart {
            continue;
        }
        let raw = between(text, cstart, cend);
        let lead = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            continue;
        }
        let end_sent = sentence_of(sentences, oend.saturating_sub(1));
        out.push(Quotation {
            content: Span::new(cstart + lead, cstart + lead + trimmed.len()),
            outer: Span::new(open.pos(), oend),
            paragraph_start: para.is_some_and(|p| p.start == open.pos()),
            closed: close.is_some(),
            sent: si,
            end_sent,
        });
    }
    out
}

/// The paragraph around one sentence after another, in text order (a paragraph being a run of
/// sentences with one paragraph number): from its first sentence's start to its last one's
/// end. Asked in text order, each sentence is read at most twice in all, where a table of
/// every sentence's paragraph cost an article two allocations and two passes.
struct Paragraphs<'s> {
    sentences: &'s [Sentence],
    /// The last paragraph found: its first and last sentence.
    last: Option<(usize, usize)>,
}

impl<'s> Paragraphs<'s> {
    fn new(sentences: &'s [Sentence]) -> Paragraphs<'s> {
        Paragraphs {
            sentences,
            last: None,
        }
    }

    /// The span of sentence `si`'s paragraph; `None` when there is no such sentence.
    fn around(&mut self, si: usize) -> Option<Span> {
        let s = self.sentences;
        let p = s.get(si)?.paragraph;
        let (a, b) = match self.last {
            Some((a, b)) if a <= si && si <= b => (a, b),
            _ => {
                let mut a = si;
                while a > 0 && s[a - 1].paragraph == p {
                    a -= 1;
                }
                let mut b = si;
                while s.get(b + 1).is_some_and(|n| n.paragraph == p) {
                    b += 1;
                }
                self.last = Some((a, b));
                (a, b)
            }
        };
        Some(Span::new(s[a].span.start, s[b].span.end))
    }
}

/// Whether every word of a quotation is capitalised: a title ("The Art of War"), not speech.
pub(super) fn is_title(content: &str, small: &WordList) -> bool {
    let mut n = 0;
    for w in content.split_whitespace() {
        n += 1;
        let small = w.starts_with(|c: char| c.is_ascii_lowercase()) && small.contains(w);
        if !small && !w.starts_with(|c: char| c.is_uppercase() || c.is_numeric()) {
            return false;
        }
        if n > 12 {
            return false;
        }
    }
    n > 1
}

/// Per sentence: whether it is a headline or caption, alone in its paragraph with no closing
/// punctuation.
pub(super) fn headlines(text: &str, sentences: &[Sentence]) -> Vec<bool> {
    (0..sentences.len())
        .map(|i| {
            let s = sentences[i];
            let alone = i
                .checked_sub(1)
                .and_then(|p| sentences.get(p))
                .map(|p| p.paragraph)
                != Some(s.paragraph)
                && sentences.get(i + 1).map(|n| n.paragraph) != Some(s.paragraph);
            let body = between(text, s.span.start, s.span.end);
            alone
                && !body.ends_with([
                    '.', '!', '?', '"', '\'', '\u{201D}', '\u{2019}', ':', ')', '\u{2026}',
                ])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sentences two bytes apart, with these paragraph numbers.
    fn numbered(paragraphs: &[u32]) -> Vec<Sentence> {
        paragraphs
            .iter()
            .enumerate()
            .map(|(i, &paragraph)| Sentence {
                span: Span::new(3 * i, 3 * i + 2),
                paragraph,
            })
            .collect()
    }

    #[test]
    fn paragraphs_span_their_runs_of_sentences() {
        for paragraphs in [
            &[][..],
            &[0],
            &[0, 0, 0],
            &[0, 1, 2],
            &[0, 0, 1, 1, 1, 2, 5, 5],
            // A number met again after another is another run.
            &[0, 1, 0, 0],
        ] {
            let s = numbered(paragraphs);
            // Each sentence's run, read off the numbers.
            let want = |i: usize| {
                let p = s[i].paragraph;
                let a = (0..=i).rev().take_while(|&k| s[k].paragraph == p).last()?;
                let b = (i..s.len()).take_while(|&k| s[k].paragraph == p).last()?;
                Some(Span::new(s[a].span.start, s[b].span.end))
            };
            // In text order, as pair_quotes asks, with repeats.
            let mut p = Paragraphs::new(&s);
            for i in (0..s.len()).flat_map(|i| [i, i]) {
                assert_eq!(p.around(i), want(i), "{paragraphs:?} sentence {i}");
            }
            assert_eq!(p.around(s.len()), None);
        }
    }
}
