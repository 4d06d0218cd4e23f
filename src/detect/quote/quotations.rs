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
    // Per sentence: the end of its paragraph and the start of its paragraph's first sentence.
    let n = sentences.len();
    let mut para_end = vec![text.len(); n];
    let mut para_first = vec![0usize; n];
    for i in (0..n).rev() {
        para_end[i] = match sentences.get(i + 1) {
            Some(s) if s.paragraph == sentences[i].paragraph => para_end[i + 1],
            _ => sentences[i].span.end,
        };
    }
    for i in 0..n {
        para_first[i] = match i.checked_sub(1) {
            Some(p) if sentences[p].paragraph == sentences[i].paragraph => para_first[p],
            _ => sentences[i].span.start,
        };
    }
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
        let pend = para_end
            .get(si)
            .copied()
            .unwrap_or(text.len())
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
            paragraph_start: para_first.get(si) == Some(&open.pos()),
            closed: close.is_some(),
            sent: si,
            end_sent,
        });
    }
    out
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
