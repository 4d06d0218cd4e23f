//! Reported speech: "X said (that) CLAUSE", "X told Y that CLAUSE", "CLAUSE, X said" and
//! "according to X", with where each clause starts and ends.

use super::*;

impl Quotes {
    /// Reported speech: "X said (that) CLAUSE", "X told Y that CLAUSE" and "CLAUSE, X said".
    pub(super) fn reported(
        &self,
        ctx: &Ctx,
        direct: &[Span],
        used_after: &[Span],
        out: &mut Vec<Statement>,
    ) {
        let text = ctx.text;
        // Reported clauses do not overlap: a cue inside an emitted clause is part of it.
        let mut consumed = 0usize;
        for (k, h) in ctx.hits.iter().enumerate() {
            if h.span.start < consumed {
                continue;
            }
            if self.cue(h) == Some(Cue::Prep) && !in_quote(&ctx.quotes, h.span) {
                if let Some(st) = self.according_to(ctx, h, direct, consumed) {
                    consumed = st.span.end.max(h.span.end);
                    out.push(st);
                }
                continue;
            }
            if self.cue(h).is_none_or(|c| !c.is_verb()) || in_quote(&ctx.quotes, h.span) {
                continue;
            }
            let s_ix = sentence_of(ctx.sentences, h.span.start);
            let Some(sent) = ctx
                .sentences
                .get(s_ix)
                .map(|s| s.span)
                .filter(|s| s.contains(h.span))
            else {
                continue;
            };
            if ctx.headline.get(s_ix).copied().unwrap_or(false) {
                continue;
            }
            let Some(cue) = ctx.verb(h) else {
                continue;
            };
            let after_quote = used_after
                .binary_search_by_key(&h.span.start, |s| s.start)
                .is_ok();
            let date_after = ctx
                .dates
                .get(locate(&ctx.dates, h.span.end, |d| d.span.start))
                .filter(|d| {
                    d.span.start <= h.span.end + 4
                        && d.span.end <= sent.end
                        && between(text, h.span.end, d.span.start)
                            .split_whitespace()
                            .all(|w| w == "on" || w == "late" || w == "early")
                })
                .map(|d| d.span.end);
            let inverted = ctx.reading.inverted(h.span);
            if !after_quote && !inverted {
                if let Some(st) = self.clause_after(ctx, k, cue, sent, date_after, direct) {
                    consumed = st.span.end;
                    out.push(st);
                    continue;
                }
            }
            if let Some(st) =
                self.clause_before(ctx, h, sent, date_after, direct, consumed, inverted)
            {
                consumed = h.span.end;
                out.push(st);
            }
        }
    }

    /// "According to X, CLAUSE." and "CLAUSE, according to X.": the clause is X's, when X is
    /// an actor (or the issuer of a statement named there).
    pub(super) fn according_to(
        &self,
        ctx: &Ctx,
        h: &Hit,
        direct: &[Span],
        consumed: usize,
    ) -> Option<Statement> {
        let text = ctx.text;
        let s_ix = sentence_of(ctx.sentences, h.span.start);
        let sent = ctx
            .sentences
            .get(s_ix)
            .map(|s| s.span)
            .filter(|s| s.contains(h.span))?;
        if ctx.headline.get(s_ix).copied().unwrap_or(false) {
            return None;
        }
        let np = ctx.reading.phrase_at(h.span.end)?;
        let speaker = self.speaker_of(ctx, np, None)?;
        // "According to X, CLAUSE." after at most a connective ("But", "However,"): words too
        // few to be a clause of their own, and no comma but the one that may close them.
        let lead = ctx
            .reading
            .words_between(sent.start, h.span.start, MIN_CLAUSE_WORDS);
        let comma = ctx
            .reading
            .mark_before(h.span.start)
            .filter(|&(c, _)| c == ',');
        let clause = if lead.count < MIN_CLAUSE_WORDS && lead.commas <= usize::from(comma.is_some())
        {
            Span::new(ctx.reading.after_comma(np.span.end)?, sent.end)
        } else {
            // "CLAUSE, according to X." with at most a few words or a relative clause about X
            // after it ("according to a senior official who was involved").
            if short_tail(ctx, np.span.end, sent.end).is_none()
                && ctx.reading.punct_after(np.span.end) != Some(',')
                && !ctx.reading.relative_at(np.span.end)
            {
                return None;
            }
            Span::new(sent.start, comma?.1.start)
        };
        if clause.start < consumed {
            return None;
        }
        let body = between(text, clause.start, clause.end)
            .trim_end_matches(['.', '!', '?', ' ', ',', ';', ':', '\n']);
        if word_count(body, MIN_CLAUSE_WORDS) < MIN_CLAUSE_WORDS
            || body.len() > MAX_CLAUSE_BYTES
            || overlaps(direct, Span::new(clause.start, clause.start + body.len()))
            || !quotes_inside(
                &ctx.quotes,
                Span::new(clause.start, clause.start + body.len()),
            )
        {
            return None;
        }
        let span = Span::new(clause.start, clause.start + body.len());
        Some(reported_statement(ctx, speaker, span, h.span, sent))
    }

    /// "X said (that) CLAUSE", "X told reporters CLAUSE", "X told Y that CLAUSE": the clause
    /// starts where the clause layer reads the cue's complement.
    pub(super) fn clause_after(
        &self,
        ctx: &Ctx,
        k: usize,
        cue: Cue,
        sent: Span,
        date_after: Option<usize>,
        direct: &[Span],
    ) -> Option<Statement> {
        let text = ctx.text;
        let h = &ctx.hits[k];
        let verb = Span::new(h.span.start, date_after.unwrap_or(h.span.end));
        let complement = ctx.reading.complement(verb, cue == Cue::Tell)?;
        // "added 146,000 jobs", "announced new sanctions": an object, not a clause.
        if cue == Cue::ObjectVerb && !complement.finite {
            return None;
        }
        let start = complement.start;
        if start >= sent.end {
            return None;
        }
        // Stop where a direct quote starts, and before a second frame ("..., but Austin told").
        let mut end = sent.end;
        let d = direct.partition_point(|s| s.end <= start);
        if let Some(q) = direct.get(d).filter(|q| q.start < end) {
            if q.start <= start {
                return None;
            }
            end = q.start;
        }
        let j = crate::util::gallop(&ctx.hits[k + 1..], |x| x.span.start < start) + k + 1;
        let frame_end = end.min(start + FRAME_WINDOW);
        if let Some(next) = ctx.hits[j..]
            .iter()
            .take_while(|x| x.span.start < frame_end)
            .find(|x| ctx.verb(x).is_some())
        {
            // The last "; ", ", but", ", while" before it.
            if let Some(c) = ctx.reading.last_clause_join(start, next.span.start) {
                end = c;
            }
        }
        let clause = between(text, start, end)
            .trim_end_matches(['.', '!', '?', ' ', ',', ':', ';', '\n'])
            .trim_end_matches([' ', ',', ':', '-', '\u{2013}', '\u{2014}']);
        if word_count(clause, MIN_CLAUSE_WORDS) < MIN_CLAUSE_WORDS {
            return None;
        }
        let speaker = self.subject_before(ctx, h, sent.start)?;
        let span = Span::new(start, start + clause.len());
        Some(reported_statement(ctx, speaker, span, h.span, sent))
    }

    /// "CLAUSE, X said." and "CLAUSE, X told Y."
    #[allow(clippy::too_many_arguments)]
    pub(super) fn clause_before(
        &self,
        ctx: &Ctx,
        h: &Hit,
        sent: Span,
        date_after: Option<usize>,
        direct: &[Span],
        consumed: usize,
        inverted: bool,
    ) -> Option<Statement> {
        let text = ctx.text;
        if consumed > sent.start {
            return None;
        }
        let from = date_after.unwrap_or(h.span.end);
        let tail_ok = inverted
            || ctx.reading.punct_after(from) == Some(',')
            || short_tail(ctx, from, sent.end).is_some_and(|t| t.commas == 0 && !t.quote);
        if !tail_ok {
            return None;
        }
        // The clause ends at the comma right before the frame: before the subject phrase
        // ("CLAUSE, the ministry said") or before the verb of an inverted frame ("CLAUSE, said
        // the ministry"). A description before a named apposition ("Spokesman for X, Jane
        // Doe, said") is no clause: the subject phrase starts there.
        let f = ctx.reading.frame(h.span)?;
        if !matches!(f.shape, Shape::Plain | Shape::Inverted | Shape::QuotedAs) {
            return None;
        }
        // The comma may stand inside the closing mark of a partial quote ending the clause
        // (`and discussed "issues between the countries," Kishida said`): the clause keeps it.
        let clause_end = match ctx.reading.mark_before(f.start)? {
            (',', comma) => comma.start,
            ('"' | '\u{201D}', mark) if ctx.reading.punct_before(mark.start) == Some(',') => {
                mark.end
            }
            _ => return None,
        };
        if clause_end <= sent.start
            || matches!(
                ctx.reading.punct_after(sent.start),
                Some('"' | '\u{201C}' | '\'' | '\u{2018}')
            )
        {
            return None;
        }
        let clause = between(text, sent.start, clause_end);
        // "Speaking at an event in Brasilia, X said": an introductory phrase, not a clause;
        // "Spokesman for the ministry, X said": a description.
        if ctx.reading.participle_at(sent.start)
            || ctx.reading.is_noun_phrase(sent.start, clause_end)
        {
            return None;
        }
        if clause.len() > MAX_CLAUSE_BYTES
            || word_count(clause, MIN_CLAUSE_WORDS) < MIN_CLAUSE_WORDS
            || overlaps(direct, Span::new(sent.start, clause_end))
            || !quotes_inside(&ctx.quotes, Span::new(sent.start, clause_end))
        {
            return None;
        }
        let speaker = self.subject_before(ctx, h, clause_end)?;
        let span = Span::new(sent.start, clause_end);
        Some(reported_statement(ctx, speaker, span, h.span, sent))
    }
}

/// The reported statement of actor `speaker` whose words are `text[span]`, reported by the cue
/// at `cue` in the sentence `sent`.
fn reported_statement(ctx: &Ctx, speaker: usize, span: Span, cue: Span, sent: Span) -> Statement {
    Statement {
        speaker: Some(ctx.cast.actors[speaker].id.clone()),
        kind: StatementKind::Indirect,
        text: ctx.text[span.range()].to_string(),
        span,
        cue: Some(Excerpt::new(ctx.text, cue)),
        date: date_near(ctx.text, &ctx.dates, cue, sent),
    }
}
