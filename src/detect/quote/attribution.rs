//! The cue of a direct quotation: after it (`," Blinken said`, a cue closing the sentence),
//! before it (`Blinken said: "..."`), in the sentence before that ends in a colon, or relayed
//! by an earlier frame of its sentence.

use super::*;

impl Quotes {
    /// `," Blinken said`, `," he said`, `," said Blinken`, `," the statement said`, and a cue
    /// closing the sentence after more words (`" following talks, the statement said.`).
    pub(super) fn attribution_after(&self, ctx: &Ctx, qi: usize) -> Option<(Option<usize>, Span)> {
        let text = ctx.text;
        let q = &ctx.quotes[qi];
        let end = ctx
            .sentences
            .get(q.end_sent)
            .map_or(text.len(), |s| s.span.end)
            .max(q.outer.end);
        // Up to the next quotation in the sentence: its cue is its own.
        let limit = ctx
            .quotes
            .get(qi + 1)
            .map_or(end, |n| n.outer.start.clamp(q.outer.end, end));
        // A mark glued to the closing one ends the quotation's sentence or phrase: `"...".`
        let glued = ctx
            .reading
            .mark_after(q.outer.end)
            .is_some_and(|(c, s)| c != ',' && s.start == q.outer.end && s.start < limit);
        if glued {
            return None;
        }
        let hits = ctx.hits;
        let i = locate(hits, q.outer.end, |h| h.span.start);
        let near_end = (q.outer.end + NEAR_AFTER).min(limit);
        let near = hits[i..]
            .iter()
            .take_while(|h| h.span.end <= near_end)
            .find(|h| ctx.verb(h).is_some() || self.cue(h) == Some(Cue::Prep));
        let cue_hit = match near {
            Some(h) => h,
            None => {
                // A cue closing the sentence: ", the statement said." with only a few words after.
                let j = locate(hits, limit, |h| h.span.start);
                let h = hits[i..j]
                    .iter()
                    .rev()
                    .take_while(|h| h.span.start + SUBJECT_WINDOW >= limit)
                    .find(|h| ctx.verb(h).is_some())?;
                if short_tail(ctx, h.span.end, limit).is_none_or(|t| t.commas > 0) {
                    return None;
                }
                // Its frame follows the quotation (`," Roy Asher, chief economist at X, told
                // Reuters.`) or opens after a comma past it (`" following talks, the statement
                // said.`).
                let f = ctx.reading.frame(h.span)?;
                let follows = || {
                    let gap = ctx.reading.words_between(q.outer.end, f.start, 0);
                    gap.count == 0 && !gap.quote
                };
                if f.start < q.outer.end
                    || (ctx.reading.punct_before(f.start) != Some(',') && !follows())
                {
                    return None;
                }
                h
            }
        };
        let cue = cue_hit.span;
        if self.cue(cue_hit) == Some(Cue::Prep) {
            return Some((self.after_prep(ctx, cue, limit), cue));
        }
        // Speaker between the quote and the cue, or right after an inverted cue.
        let speaker = self.subject_before(ctx, cue_hit, q.outer.end);
        Some((speaker, cue))
    }

    /// The cue of the sentence before sentence `si` when that sentence ends in a colon and its
    /// last speech verb's frame names a speaker: it introduces the quotation opening `si`.
    pub(super) fn introduced(&self, ctx: &Ctx, si: usize) -> Option<(Option<usize>, Span)> {
        let prev = ctx.sentences.get(si.checked_sub(1)?)?.span;
        if ctx.reading.punct_before(prev.end) != Some(':') {
            return None;
        }
        let a = locate(ctx.hits, prev.start, |h| h.span.start);
        let b = locate(ctx.hits, prev.end, |h| h.span.start);
        let h = ctx.hits[a..b]
            .iter()
            .rev()
            .find(|h| ctx.verb(h).is_some())?;
        let speaker = self.subject_before(ctx, h, prev.start)?;
        Some((Some(speaker), h.span))
    }

    /// The speaker after "according to": the actor named there, or the issuer of the statement
    /// described there.
    pub(super) fn after_prep(&self, ctx: &Ctx, cue: Span, limit: usize) -> Option<usize> {
        let np = ctx
            .reading
            .phrase_at(cue.end)
            .filter(|p| p.span.end <= limit)?;
        self.speaker_of(ctx, np, None)
    }

    /// For a cue that names no speaker after an earlier speech frame of its sentence ("Hoffman
    /// said ... and the SecDef called on China to "...""), the speaker of that frame, who relays
    /// the words.
    pub(super) fn relayed_by(&self, ctx: &Ctx, cue: Span) -> Option<usize> {
        let sent = sentence_span(ctx, cue.start);
        let lo = sent.start.max(cue.start.saturating_sub(FRAME_WINDOW));
        let a = locate(ctx.hits, lo, |h| h.span.start);
        let b = locate(ctx.hits, cue.start, |h| h.span.start);
        ctx.hits[a..b]
            .iter()
            .rev()
            .filter(|h| ctx.verb(h).is_some() && !in_quote(&ctx.quotes, h.span))
            .take(MAX_RELAYS)
            .find_map(|h| self.subject_before(ctx, h, sent.start))
    }

    /// `Blinken said: "..."`, `He added: "..."`, `A Chinese spokeswoman said "..."`.
    pub(super) fn attribution_before(&self, ctx: &Ctx, qi: usize) -> Option<(Option<usize>, Span)> {
        let q = &ctx.quotes[qi];
        let sent = ctx.sentences.get(q.sent)?.span;
        let prev_end = qi
            .checked_sub(1)
            .map_or(0, |p| ctx.quotes[p].outer.end)
            .max(sent.start)
            .max(q.outer.start.saturating_sub(SUBJECT_WINDOW))
            // A quote opening inside a stripped dateline starts before its sentence.
            .min(q.outer.start);
        let hits = ctx.hits;
        let a = locate(hits, prev_end, |h| h.span.start);
        let b = locate(hits, q.outer.start, |h| h.span.start);
        let cue_hit = hits[a..b]
            .iter()
            .rev()
            .find(|h| ctx.verb(h).is_some() || self.cue(h) == Some(Cue::Prep))?;
        let cue = cue_hit.span;
        // The cue must be close to the quote: only a few words between.
        let gap = ctx
            .reading
            .words_between(cue.end, q.outer.start, MAX_GAP_WORDS);
        if gap.count > MAX_GAP_WORDS {
            return None;
        }
        if self.cue(cue_hit) == Some(Cue::Prep) {
            // `According to the Pentagon, "..."`
            return Some((self.after_prep(ctx, cue, q.outer.start), cue));
        }
        Some((self.subject_before(ctx, cue_hit, sent.start), cue))
    }
}
