//! The shared reading of an article's language, built once per article and read by every
//! detector:
//!
//! - [`segment`]: sentences and paragraphs, at the scan's candidate positions;
//! - [`words`]: coarse word classes from the lexicon (determiners, auxiliaries, prepositions...);
//! - [`tokens`]: a sentence's tokens, the resolved actors' mentions one token each;
//! - [`phrases`]: noun phrases with their head and possessor;
//! - [`clauses`]: verb groups and their frames (subject, shape, negation, modality);
//! - [`complement`]: what a verb governs after it (its object, where its reported clause
//!   starts), and the verb a participle hangs on.
//!
//! A detector hands [`Reading::frame`] the span of a verb it cares about ("said", "met") and
//! gets the verb's frame: what its subject is (an actor, a pronoun with its agreement, or a
//! noun we do not know as an actor), whether the verb is a participle, coordinated or
//! inverted, negated or modal. The layer knows word classes only, never a detector's cues.
//! A sentence is tokenised the first time a detector asks about it, so sentences without a cue
//! cost nothing.

pub(crate) mod clauses;
pub(crate) mod complement;
pub(crate) mod phrases;
pub(crate) mod segment;
pub(crate) mod tokens;
pub(crate) mod usage;
pub(crate) mod words;

use std::cell::{Cell, OnceCell, RefCell};

use crate::actors::resolve::MentionRef;
use crate::model::Span;
use crate::syntax::clauses::Shape;
use crate::syntax::phrases::{Conjunct, Phrase};
use crate::syntax::segment::Sentence;
use crate::syntax::tokens::{Kind, Token};
use crate::syntax::words::{Agreement, Classes, WordClasses};
use crate::util::locate;

/// Tokens past which a sentence keeps the tokeniser's buffer rather than a copy of it.
const LONG_SENTENCE: usize = 4096;

/// One article's reading: its sentences, and their tokens once asked for.
pub(crate) struct Reading<'a> {
    text: &'a str,
    sentences: &'a [Sentence],
    mentions: &'a [MentionRef],
    words: &'a WordClasses,
    tokens: Vec<OnceCell<Vec<Token>>>,
    /// Emptied token vectors a sentence is tokenised into while they last.
    spare: RefCell<Vec<Vec<Token>>>,
    /// Once they are used up, the buffer a sentence is tokenised into before it keeps an
    /// exact copy (a long text's thousands of sentences hold no more room than they use; a
    /// very long sentence keeps the buffer itself).
    scratch: RefCell<Vec<Token>>,
    /// The sentence [`Reading::sentence_at`] found last.
    last_sentence: Cell<usize>,
}

/// The vectors one reading held, emptied for the next one (see [`Reading::with_buffers`]): a
/// reading tokenises a dozen sentences of an article, each into a vector of its own, and
/// asking the allocator for them article after article cost more than the copies they saved
/// (most are over 512 bytes, past the allocator's per-size caches).
#[derive(Default)]
pub(crate) struct TokenBuffers {
    /// The per-sentence cells, empty.
    cells: Vec<OnceCell<Vec<Token>>>,
    /// Empty token vectors, with their room.
    spare: Vec<Vec<Token>>,
    /// The tokeniser's buffer for sentences past the spare vectors.
    scratch: Vec<Token>,
}

impl TokenBuffers {
    /// At most this many spare vectors are kept.
    const MAX_SPARE: usize = 64;
    /// At most this much room, in tokens, is kept in all spare vectors together (512 KiB).
    const MAX_ROOM: usize = 1 << 14;

    /// Sentences' cells past which the cells' vector is not kept either.
    const MAX_CELLS: usize = 1 << 14;

    /// Whether these are small enough to keep for the thread's next reading.
    pub(crate) fn small(&self) -> bool {
        self.cells.capacity() <= Self::MAX_CELLS && self.scratch.capacity() <= Self::MAX_ROOM
    }
}

/// A noun phrase as detectors see it: spans and what it refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct NounPhrase {
    pub(crate) span: Span,
    pub(crate) head: Span,
    /// The actor the head names ("Jordanian Foreign Minister Ayman Safadi").
    pub(crate) head_actor: Option<usize>,
    /// The last actor named inside the phrase ("the Pentagon" in "the Pentagon statement").
    pub(crate) last_actor: Option<usize>,
    /// The actor named as possessor ("Colombia" in "Colombia's ambassador").
    pub(crate) possessor: Option<usize>,
    /// For a subject pronoun ("he", "they"): its agreement.
    pub(crate) pronoun: Option<Agreement>,
    /// A possessive pronoun opening the phrase ("his request"): its agreement.
    pub(crate) owner: Option<Agreement>,
    /// The head is a capitalised word that names no known actor ("US carmaker Acme").
    pub(crate) unknown_name: bool,
}

/// A verb's frame, as detectors see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Frame {
    /// From the first auxiliary or adverb of the verb group to the verb's end.
    pub(crate) group: Span,
    pub(crate) shape: Shape,
    pub(crate) subject: Option<NounPhrase>,
    pub(crate) apposition: Option<NounPhrase>,
    pub(crate) negated: bool,
    pub(crate) modal: bool,
    /// "will", "would", "won't" in the group: with a negation, a refusal of intent ("would
    /// not pay"), not an inability ("could not pay").
    pub(crate) volition: bool,
    /// A past auxiliary in the group: "was scheduled to meet" is a plan told in the past.
    pub(crate) past: bool,
    /// "was rejected", "has been turned down": the subject is what the verb acts on.
    pub(crate) passive: bool,
    /// "Lula to visit China": an infinitive right after its subject with no verb governing
    /// it, a headline's future.
    pub(crate) bare_to: bool,
    /// Where the whole frame starts: its subject, or the reporter before it in "the agency
    /// cited a source as saying", or the verb group of an inverted frame.
    pub(crate) start: usize,
    /// "Japan" in "Japan invited Xi to visit": who wants the infinitive's subject to act.
    pub(crate) controller: Option<NounPhrase>,
}

/// A member of a coordination: its phrase, and whether it is an alternative ("or Y").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Member {
    pub(crate) phrase: NounPhrase,
    pub(crate) alternative: bool,
}

/// What follows a verb or a noun in its clause (see [`Reading::complements`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Complements {
    /// The object and the phrases coordinated with it ("met [X] and [Y]").
    pub(crate) object: Vec<Member>,
    /// Each preposition and the coordination it governs ("[between] [X] and [Y]").
    pub(crate) preps: Vec<(Span, Vec<Member>)>,
    /// A second noun phrase follows the object ("called [Petro] [a terrorist]").
    pub(crate) double: bool,
}

impl Complements {
    /// The first prepositional phrase whose preposition is one of `preps`: which one (an
    /// index into `preps`) and the members it governs.
    pub(crate) fn after(&self, text: &str, preps: &[&str]) -> Option<(usize, &[Member])> {
        self.preps.iter().find_map(|(s, l)| {
            let w = text.get(s.range())?;
            preps
                .iter()
                .position(|p| p.eq_ignore_ascii_case(w))
                .map(|k| (k, l.as_slice()))
        })
    }
}

/// A verb's complement clause, as detectors see it (see [`Reading::complement`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Complement {
    /// The object between the verb and its clause: a listener ("told [reporters] that"), or
    /// whom a "that" clause is addressed to ("warned [Washington] that").
    pub(crate) object: Option<NounPhrase>,
    /// Where the clause starts: after "that", its first word, or the object of an infinitive
    /// ("told [Iran] to stop").
    pub(crate) start: usize,
    /// The clause opens like one ("that", a subject pronoun) or holds an auxiliary in its first
    /// words ("growth would stagnate"), unlike a plain object ("146,000 jobs").
    pub(crate) finite: bool,
}

impl<'a> Reading<'a> {
    #[cfg(test)]
    pub(crate) fn new(
        text: &'a str,
        sentences: &'a [Sentence],
        mentions: &'a [MentionRef],
        words: &'a WordClasses,
    ) -> Reading<'a> {
        Reading::with_buffers(text, sentences, mentions, words, TokenBuffers::default())
    }

    /// A reading of one article that tokenises its sentences into the vectors of `buffers`
    /// while they last: a caller that reads article after article passes the ones
    /// [`Reading::into_buffers`] gave back.
    pub(crate) fn with_buffers(
        text: &'a str,
        sentences: &'a [Sentence],
        mentions: &'a [MentionRef],
        words: &'a WordClasses,
        buffers: TokenBuffers,
    ) -> Reading<'a> {
        let mut tokens = buffers.cells;
        tokens.clear();
        tokens.resize_with(sentences.len(), OnceCell::new);
        Reading {
            text,
            sentences,
            mentions,
            words,
            tokens,
            spare: RefCell::new(buffers.spare),
            scratch: RefCell::new(buffers.scratch),
            last_sentence: Cell::new(0),
        }
    }

    /// The vectors this reading tokenised into, emptied for the next reading: as many as
    /// [`TokenBuffers`] keeps, the rest freed.
    pub(crate) fn into_buffers(self) -> TokenBuffers {
        let mut spare = self.spare.into_inner();
        let mut room: usize = spare.iter().map(Vec::capacity).sum();
        let mut cells = self.tokens;
        for mut v in cells.iter_mut().filter_map(OnceCell::take) {
            if spare.len() < TokenBuffers::MAX_SPARE
                && room + v.capacity() <= TokenBuffers::MAX_ROOM
            {
                room += v.capacity();
                v.clear();
                spare.push(v);
            }
        }
        cells.clear();
        TokenBuffers {
            cells,
            spare,
            scratch: self.scratch.into_inner(),
        }
    }

    /// The article's text.
    pub(crate) fn text(&self) -> &'a str {
        self.text
    }

    /// The article's sentences.
    pub(crate) fn sentences(&self) -> &'a [Sentence] {
        self.sentences
    }

    /// The index of the sentence holding byte `pos`.
    pub(crate) fn sentence_at(&self, pos: usize) -> Option<usize> {
        // Detectors ask about one sentence several times in a row: try the last answer first.
        let last = self.last_sentence.get();
        let holds = |s: &Sentence| s.span.start <= pos && pos < s.span.end;
        if self.sentences.get(last).is_some_and(holds) {
            return Some(last);
        }
        let i = locate(self.sentences, pos + 1, |s| s.span.end);
        let found = self
            .sentences
            .get(i)
            .filter(|s| s.span.start <= pos)
            .map(|_| i);
        if let Some(i) = found {
            self.last_sentence.set(i);
        }
        found
    }

    /// The tokens of sentence `i`, tokenised on first use.
    fn tokens(&self, i: usize) -> &[Token] {
        self.tokens[i].get_or_init(|| {
            let span = self.sentences[i].span;
            if let Some(mut v) = self.spare.borrow_mut().pop() {
                tokens::tokenize_into(self.text, span, self.mentions, self.words, &mut v);
                return v;
            }
            let mut scratch = self.scratch.borrow_mut();
            tokens::tokenize_into(self.text, span, self.mentions, self.words, &mut scratch);
            if scratch.len() > LONG_SENTENCE {
                // A sentence of thousands of tokens (a text without punctuation) keeps the
                // buffer itself: a copy would hold its tokens twice at the peak.
                std::mem::take(&mut *scratch)
            } else {
                scratch.to_vec()
            }
        })
    }

    /// The frame of the verb at `verb` (a span inside one sentence; several words for a cue
    /// such as "told reporters"). `None` when `verb` lies outside every sentence.
    pub(crate) fn frame(&self, verb: Span) -> Option<Frame> {
        let si = self.sentence_at(verb.start)?;
        let toks = self.tokens(si);
        let v = toks.partition_point(|t| t.span.start < verb.start);
        let ve = toks.partition_point(|t| t.span.start < verb.end).max(v + 1);
        if v >= toks.len() {
            return None;
        }
        let mut f = clauses::frame(self.text, toks, v, ve);
        // A participle shares the subject of the verb it hangs on.
        if f.shape == Shape::Participle {
            let host = complement::participle_host(toks, f.group)
                .map(|h| clauses::frame(self.text, toks, h, h + 1))
                .filter(|h| h.subject.is_some());
            if let Some(h) = host {
                (f.subject, f.apposition) = (h.subject, h.apposition);
            }
        }
        let group = toks[f.group].span.start;
        let start = match (f.start, f.shape, f.subject) {
            (Some(i), _, _) => toks[i].span.start,
            (None, Shape::Inverted, _) | (None, _, None) => group,
            (None, _, Some(p)) => toks[p.start].span.start.min(group),
        };
        Some(Frame {
            start,
            group: Span::new(toks[f.group].span.start, verb.end),
            shape: f.shape,
            subject: f.subject.map(|p| self.view(toks, p)),
            apposition: f.apposition.map(|p| self.view(toks, p)),
            negated: f.negated,
            modal: f.modal,
            volition: f.volition,
            past: f.past,
            passive: f.passive,
            bare_to: f.bare_to,
            controller: f.controller.map(|p| self.view(toks, p)),
        })
    }

    /// The clause the verb at `verb` reports, read from the end of `verb` (which may take in a
    /// date: "said on Friday"). `listener`: the verb takes a listener before its clause
    /// ("told reporters that"). `None` when no clause follows (an object, an auxiliary, a
    /// preposition with no "that" after it).
    pub(crate) fn complement(&self, verb: Span, listener: bool) -> Option<Complement> {
        let si = self.sentence_at(verb.start)?;
        let toks = self.tokens(si);
        let from = toks.partition_point(|t| t.span.start < verb.end);
        let c = complement::complement(self.text, toks, from, listener)?;
        Some(Complement {
            object: c.object.map(|p| self.view(toks, p)),
            start: toks.get(c.start)?.span.start,
            finite: c.finite,
        })
    }

    /// Whether the verb at `verb` stands in an inverted frame (`," said Blinken`, "..., says
    /// the ministry."). Only a verb right after a comma, a closing quote mark or a dash can
    /// invert, so the sentence is tokenised only then.
    pub(crate) fn inverted(&self, verb: Span) -> bool {
        let Some(si) = self.sentence_at(verb.start) else {
            return false;
        };
        let lead = self
            .text
            .get(self.sentences[si].span.start..verb.start)
            .unwrap_or("");
        lead.trim_end().ends_with([
            ',', '"', '\u{201D}', '\'', '\u{2019}', '-', '\u{2013}', '\u{2014}',
        ]) && self.frame(verb).is_some_and(|f| f.shape == Shape::Inverted)
    }

    /// The subject of the sentence part from `lo` to `hi` (bytes): its first noun phrase after
    /// an introductory phrase.
    pub(crate) fn subject_between(&self, lo: usize, hi: usize) -> Option<NounPhrase> {
        let si = self.sentence_at(lo.max(hi.saturating_sub(1)))?;
        let toks = self.tokens(si);
        let a = toks.partition_point(|t| t.span.start < lo);
        let b = toks.partition_point(|t| t.span.end <= hi);
        clauses::main_subject(self.text, toks, a, b).map(|p| self.view(toks, p))
    }

    /// The noun phrase that starts at the first token at or after byte `pos` in its sentence
    /// ("according to [the Palestinian Health Ministry]").
    pub(crate) fn phrase_at(&self, pos: usize) -> Option<NounPhrase> {
        let si = self.sentence_at(pos)?;
        let toks = self.tokens(si);
        let i = toks.partition_point(|t| t.span.start < pos);
        phrases::starting_at(toks, i).map(|p| self.view(toks, p))
    }

    /// The actor named at the end of the noun phrase that starts at byte `pos`, taking in
    /// its prepositional modifiers ("Kremlin Deputy Chief of Staff [Dmitry Kozak]"), when
    /// that is not the phrase's first token: what a name at `pos` modifies.
    pub(crate) fn modified_name(&self, pos: usize) -> Option<usize> {
        let si = self.sentence_at(pos)?;
        let toks = self.tokens(si);
        let i = toks.partition_point(|t| t.span.start < pos);
        let p = phrases::starting_at(toks, i).filter(|p| toks[p.start].span.start == pos)?;
        // "A Hamas delegation led by X": a past form inside makes it a clause, not a title.
        if toks[p.start..p.end].iter().any(|t| t.is(Classes::PAST)) {
            return None;
        }
        let (end, _) = phrases::modifiers_after(toks, p);
        (end > p.start + 1).then(|| toks[end - 1].actor()).flatten()
    }

    /// A noun phrase set off by a comma or dash right after `np` and closed by one (or by the
    /// clause's end): what it is called ("ASEAN special envoy, [Brunei's Second Foreign
    /// Minister Erywan Yusof],").
    pub(crate) fn apposition_after(&self, np: NounPhrase) -> Option<NounPhrase> {
        let si = self.sentence_at(np.span.start)?;
        let toks = self.tokens(si);
        let e = toks.partition_point(|t| t.span.end <= np.span.end);
        let mark = toks.get(e)?;
        if !(mark.punct() == Some(',') || mark.is_dash()) {
            return None;
        }
        let p = phrases::starting_at(toks, e + 1)?;
        let closed = toks.get(p.end).is_none_or(|t| {
            matches!(t.punct(), Some(',' | '.' | ';' | ')')) || t.is_dash() || t.is_quote()
        });
        closed.then(|| self.view(toks, p))
    }

    /// The noun phrase whose last token ends at byte `end` ("a Beijing readout"), and the word
    /// that governs it: the token before it, or before its preposition ("released [a
    /// statement]", "said in [a statement]").
    pub(crate) fn phrase_ending_at(&self, end: usize) -> Option<(NounPhrase, Option<Span>)> {
        let si = self.sentence_at(end.saturating_sub(1))?;
        let toks = self.tokens(si);
        let e = toks.partition_point(|t| t.span.end <= end);
        if e == 0 || toks[e - 1].span.end != end {
            return None;
        }
        let p = phrases::ending_at(toks, e)?;
        let mut g = p.start.checked_sub(1);
        if let Some(i) = g.filter(|&i| toks[i].is(Classes::PREP)) {
            g = i.checked_sub(1);
        }
        let governor = g
            .map(|i| toks[i])
            .filter(|t| t.kind == Kind::Word && !t.cap)
            .map(|t| t.span);
        Some((self.view(toks, p), governor))
    }

    /// Whether the text from `lo` to `hi` (one sentence) is a noun phrase with one or two
    /// prepositional modifiers and nothing else ("Spokesman for the Indian External Affairs"):
    /// a description, not a clause. Without a modifier the words may be a clause whose verb we
    /// cannot tell from a noun ("The hotline remains unused"), so they are not taken for one.
    pub(crate) fn is_noun_phrase(&self, lo: usize, hi: usize) -> bool {
        let Some(si) = self.sentence_at(lo) else {
            return false;
        };
        let toks = self.tokens(si);
        let a = toks.partition_point(|t| t.span.start < lo);
        let b = toks.partition_point(|t| t.span.end <= hi);
        let Some(p) = phrases::starting_at(&toks[..b], a) else {
            return false;
        };
        let (end, modifiers) = phrases::modifiers_after(&toks[..b], p);
        modifiers > 0 && end >= b
    }

    /// What follows the word at `word` (a verb, or a noun such as "talks") in its clause:
    /// its object with the phrases coordinated with it, and its prepositional phrases.
    pub(crate) fn complements(&self, word: Span) -> Complements {
        let Some(si) = self.sentence_at(word.start) else {
            return Complements::default();
        };
        let toks = self.tokens(si);
        let from = toks.partition_point(|t| t.span.start < word.end);
        let c = clauses::complements(self.text, toks, from);
        let members = |l: &[Conjunct]| {
            l.iter()
                .map(|c| Member {
                    phrase: self.view(toks, c.phrase),
                    alternative: c.alternative,
                })
                .collect::<Vec<_>>()
        };
        Complements {
            object: members(&c.object),
            preps: c
                .preps
                .iter()
                .map(|(i, l)| (toks[*i].span, members(l)))
                .collect(),
            double: c.double,
        }
    }

    /// The phrases coordinated with `np` before it in its clause, nearest first ("[X], [Y]
    /// and np met").
    pub(crate) fn conjuncts_before(&self, np: NounPhrase) -> Vec<NounPhrase> {
        let Some(si) = self.sentence_at(np.span.start) else {
            return Vec::new();
        };
        let toks = self.tokens(si);
        let a = toks.partition_point(|t| t.span.start < np.span.start);
        let b = toks.partition_point(|t| t.span.end <= np.span.end);
        if a >= b {
            return Vec::new();
        }
        let p = Phrase::new(toks, a, b);
        let lo = clauses::clause_begin(toks, a);
        phrases::conjuncts_before(self.text, toks, p, lo)
            .into_iter()
            .map(|q| self.view(toks, q))
            .collect()
    }

    /// The frame of the last verb before byte `pos` in its clause ("Biden [would make] the
    /// trip ... during meetings with X"): what a noun inside a later phrase hangs on.
    pub(crate) fn last_frame(&self, pos: usize) -> Option<Frame> {
        let si = self.sentence_at(pos)?;
        let toks = self.tokens(si);
        let at = toks.partition_point(|t| t.span.start < pos);
        let lo = clauses::clause_begin(toks, at.min(toks.len().saturating_sub(1)));
        // "before an audience with X": a word that can open a clause may open a phrase, so
        // with no verb after it the verb before it is the one.
        let v = clauses::last_verb(toks, lo, at).or_else(|| clauses::last_verb(toks, 0, at))?;
        self.frame(toks[v].span)
    }

    /// The preposition before the token at byte `pos`, past determiners ("[from] the US"),
    /// and the word or name before that preposition ("chiefs [from]"), if there is one.
    pub(crate) fn preposition_before(&self, pos: usize) -> Option<(Span, Option<Span>)> {
        let si = self.sentence_at(pos)?;
        let toks = self.tokens(si);
        let mut j = toks.partition_point(|t| t.span.start < pos);
        while j > 0 && toks[j - 1].is(Classes::DET) {
            j -= 1;
        }
        let prep = toks
            .get(j.checked_sub(1)?)
            .filter(|t| t.is(Classes::PREP))?;
        let before = j
            .checked_sub(2)
            .map(|i| &toks[i])
            .filter(|t| matches!(t.kind, Kind::Word | Kind::Name(_)))
            .map(|t| t.span);
        Some((prep.span, before))
    }

    /// The verb group whose subject is the noun at `noun` with its complements ("A summit
    /// between X and Y [is scheduled] for", "the talks [were postponed]"): its auxiliaries,
    /// adverbs and negation and the lower-case word after them. `None` when no verb follows.
    pub(crate) fn predicate_after(&self, noun: Span) -> Option<Span> {
        let si = self.sentence_at(noun.start)?;
        let toks = self.tokens(si);
        let from = toks.partition_point(|t| t.span.start < noun.end);
        // "The talks collapsed": a past form right after the noun is its verb, not an object.
        if let Some(t) = toks.get(from) {
            if t.kind == Kind::Word
                && !t.cap
                && t.is(Classes::PAST.or(Classes::VERB))
                && !t.is(Classes::GROUP)
            {
                return Some(t.span);
            }
        }
        let c = clauses::complements(self.text, toks, from);
        let end = c
            .preps
            .last()
            .and_then(|(_, l)| l.last())
            .or(c.object.last())
            .map_or(from, |m| m.phrase.end);
        let mut i = end;
        while toks.get(i).is_some_and(|t| t.is(Classes::GROUP)) {
            i += 1;
        }
        let verb = toks.get(i).filter(|t| t.kind == Kind::Word && !t.cap)?;
        (i > end || verb.is(Classes::VERB.or(Classes::PAST)))
            .then(|| Span::new(toks[end].span.start, verb.span.end))
    }

    /// The rest of the clause from byte `pos`: up to the next comma, "but", the clause's end
    /// or the sentence's closing mark ("rejected [the plan to deploy troops], saying ...").
    /// Empty at `pos` when nothing follows.
    pub(crate) fn rest_of_clause(&self, pos: usize) -> Span {
        let Some(si) = self.sentence_at(pos) else {
            return Span::new(pos, pos);
        };
        let toks = self.tokens(si);
        let a = toks.partition_point(|t| t.span.start < pos);
        let Some(first) = toks.get(a) else {
            return Span::new(pos, pos);
        };
        let b = clauses::clause_end(toks, a).min(toks.len());
        let stop = (a..b)
            .find(|&i| {
                let t = &toks[i];
                matches!(
                    t.punct(),
                    Some(',' | '.' | '!' | '?' | ';' | ':' | '(' | ')')
                ) || t.is_quote()
                    || (t.is(Classes::CONJ)
                        && ["but", "yet"]
                            .iter()
                            .any(|w| w.eq_ignore_ascii_case(&self.text[t.span.range()])))
            })
            .unwrap_or(b);
        match stop.checked_sub(1).filter(|&e| e >= a) {
            Some(e) => Span::new(first.span.start, toks[e].span.end),
            None => Span::new(first.span.start, first.span.start),
        }
    }

    /// The clause holding byte `pos`: from after the last subordinator, relative word,
    /// semicolon, colon or quote mark before it to the next one after it (bounded).
    pub(crate) fn clause(&self, pos: usize) -> Option<Span> {
        let si = self.sentence_at(pos)?;
        let toks = self.tokens(si);
        let sent = self.sentences[si].span;
        let at = toks.partition_point(|t| t.span.end <= pos);
        if at >= toks.len() {
            return Some(Span::new(pos, pos));
        }
        let a = clauses::clause_begin(toks, at);
        let b = clauses::clause_end(toks, at);
        let start = toks.get(a).map_or(sent.start, |t| t.span.start).min(pos);
        let end = toks.get(b).map_or(sent.end, |t| t.span.start).max(pos);
        Some(Span::new(start, end))
    }

    fn view(&self, toks: &[Token], p: Phrase) -> NounPhrase {
        let head = &toks[p.head];
        let word = &self.text[head.span.range()];
        NounPhrase {
            span: Span::new(toks[p.start].span.start, toks[p.end - 1].span.end),
            head: head.span,
            head_actor: head.actor(),
            last_actor: toks[p.start..p.end].iter().rev().find_map(Token::actor),
            possessor: p.possessor.and_then(|i| toks[i].actor()),
            pronoun: head
                .is(Classes::PRONOUN)
                .then(|| self.words.agreement(word))
                .flatten(),
            owner: {
                let first = &toks[p.start];
                first
                    .is(Classes::POSSESSIVE)
                    .then(|| self.words.owner_agreement(&self.text[first.span.range()]))
                    .flatten()
            },
            unknown_name: head.kind == Kind::Word && head.cap && !head.is(Classes::PRONOUN),
        }
    }
}

/// For tests: one sentence spanning `text`, and a mention of actor `i` at the first
/// `names[i]`.
#[cfg(test)]
pub(crate) fn sentence_with(text: &str, names: &[&str]) -> ([Sentence; 1], Vec<MentionRef>) {
    let sentences = [Sentence {
        span: Span::new(0, text.len()),
        paragraph: 0,
    }];
    let mut mentions: Vec<MentionRef> = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let s = text.find(n).unwrap();
            MentionRef {
                span: Span::new(s, s + n.len()),
                actor: i,
            }
        })
        .collect();
    mentions.sort_by_key(|m| m.span.start);
    (sentences, mentions)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::gazetteer::Gender;
    use crate::knowledge::lexicon::Lexicon;

    /// (sentence, verb, shape, subject text, apposition text)
    fn frame_of(text: &str, verb: &str, names: &[&str]) -> (Shape, String, String) {
        let words = WordClasses::new(&Lexicon::bundled());
        let (sentences, mentions) = sentence_with(text, names);
        let r = Reading::new(text, &sentences, &mentions, &words);
        let at = text.rfind(verb).unwrap();
        let f = r.frame(Span::new(at, at + verb.len())).unwrap();
        let show =
            |p: Option<NounPhrase>| p.map_or(String::new(), |p| text[p.span.range()].to_string());
        (f.shape, show(f.subject), show(f.apposition))
    }

    /// Sentences of `text` split at each ". ", one paragraph.
    fn split(text: &str) -> Vec<Sentence> {
        let mut out = Vec::new();
        let mut start = 0;
        for (i, _) in text.match_indices(". ") {
            out.push(Sentence {
                span: Span::new(start, i + 1),
                paragraph: 0,
            });
            start = i + 2;
        }
        out.push(Sentence {
            span: Span::new(start, text.len()),
            paragraph: 0,
        });
        out
    }

    #[test]
    fn recycled_token_vectors_read_like_new_ones_and_stay_bounded() {
        let words = WordClasses::new(&Lexicon::bundled());
        let first = "Blinken met Wang on Friday. They spoke for an hour. ".repeat(60);
        let second = "Ukraine's foreign minister said talks would resume, he added. No.";
        let mut buffers = TokenBuffers::default();
        for text in [first.as_str(), second, first.as_str(), ""] {
            let sentences = split(text);
            let fresh = Reading::new(text, &sentences, &[], &words);
            let reused = Reading::with_buffers(text, &sentences, &[], &words, buffers);
            // Every sentence, in an order other than the text's: the vectors are handed out as
            // sentences are asked for.
            for i in (0..sentences.len()).rev() {
                assert_eq!(fresh.tokens(i), reused.tokens(i), "{text:?} sentence {i}");
            }
            buffers = reused.into_buffers();
            assert!(buffers.cells.is_empty());
            assert!(buffers.spare.iter().all(Vec::is_empty));
            assert!(
                buffers.spare.len() <= TokenBuffers::MAX_SPARE,
                "{}",
                buffers.spare.len()
            );
            let room: usize = buffers.spare.iter().map(Vec::capacity).sum();
            assert!(room <= TokenBuffers::MAX_ROOM, "{room}");
            if sentences.len() > 1 {
                assert!(!buffers.spare.is_empty(), "{text:?}: no vector kept");
            }
            assert!(buffers.small());
        }
    }

    #[test]
    fn frames_of_speech_verbs() {
        use Shape::*;
        for (text, verb, names, shape, subject, apposition) in [
            (
                "Blinken said the talks were useful.",
                "said",
                &["Blinken"][..],
                Plain,
                "Blinken",
                "",
            ),
            (
                "South Africa's president said on Thursday",
                "said",
                &["South Africa"],
                Plain,
                "South Africa's president",
                "",
            ),
            // A word between a subject pronoun and its verb is an adverb.
            ("They last spoke in May.", "spoke", &[], Plain, "They", ""),
            ("He bitterly said so.", "said", &[], Plain, "He", ""),
            (
                "Blinken, speaking alongside Wang, said it",
                "said",
                &["Blinken", "Wang"],
                Plain,
                "Blinken",
                "",
            ),
            (
                "Ma's spokesman, Charles Chen, said on Tuesday",
                "said",
                &["Charles Chen"],
                Plain,
                "Ma's spokesman",
                "Charles Chen",
            ),
            (
                "Kerry -- who arrived in Kiev on Tuesday -- smiled and said it",
                "said",
                &["Kerry", "Kiev"],
                Coordinated,
                "Kerry",
                "",
            ),
            (
                "Erdogan, in his opening remarks, thanked Putin and said the ties grew",
                "said",
                &["Erdogan", "Putin"],
                Coordinated,
                "Erdogan",
                "",
            ),
            (
                "Mark Esper spoke with Wei, calling for greater transparency",
                "calling",
                &["Mark Esper", "Wei"],
                Participle,
                "Mark Esper",
                "",
            ),
            (
                "Speaking from Cairo, the four foreign ministers said they would",
                "said",
                &[],
                Plain,
                "the four foreign ministers",
                "",
            ),
            (
                "Diplomatic sources in Brussels said the meeting",
                "said",
                &["Brussels"],
                Plain,
                "Diplomatic sources in Brussels",
                "",
            ),
            (
                "\"We will go,\" said the minister.",
                "said",
                &[],
                Inverted,
                "the minister",
                "",
            ),
            (
                "The talks failed, says Jane Smith, a lecturer.",
                "says",
                &["Jane Smith"],
                Inverted,
                "Jane Smith",
                "",
            ),
            (
                "He has also repeatedly said it",
                "said",
                &[],
                Plain,
                "He",
                "",
            ),
            (
                "In a Monday interview, Erdogan said it",
                "said",
                &["Erdogan"],
                Plain,
                "Erdogan",
                "",
            ),
            (
                "Lloyd Austin, who praised China, was unable to speak with them",
                "speak",
                &["Lloyd Austin", "China"],
                Plain,
                "Lloyd Austin",
                "",
            ),
            (
                "\"We will not play,\" his spokesman Jan Bauer said late on Monday, adding it",
                "adding",
                &["Jan Bauer"],
                Participle,
                "his spokesman Jan Bauer",
                "",
            ),
            (
                "Joe Biden, who criticised China, met Xi Jinping.",
                "met",
                &["Joe Biden", "China", "Xi Jinping"],
                Plain,
                "Joe Biden",
                "",
            ),
            (
                "Li has agreed to meet Austin",
                "meet",
                &["Li", "Austin"],
                Plain,
                "Li",
                "",
            ),
            (
                "\"We will talk,\" adding that",
                "adding",
                &[],
                Participle,
                "",
                "",
            ),
            (
                "Officials quoted by the paper said",
                "said",
                &[],
                Plain,
                "Officials quoted by the paper",
                "",
            ),
        ] {
            let got = frame_of(text, verb, names);
            assert_eq!(
                got,
                (shape, subject.to_string(), apposition.to_string()),
                "{text}"
            );
        }
    }

    #[test]
    fn subjects_of_sentence_parts() {
        let words = WordClasses::new(&Lexicon::bundled());
        let text = "Yet, in a statement, Erdogan rejected it, saying so.";
        let sentences = [Sentence {
            span: Span::new(0, text.len()),
            paragraph: 0,
        }];
        let m = [MentionRef {
            span: Span::new(21, 28),
            actor: 7,
        }];
        let r = Reading::new(text, &sentences, &m, &words);
        let s = r.subject_between(0, 40).unwrap();
        assert_eq!(s.head_actor, Some(7));
        assert!(r.frame(Span::new(200, 204)).is_none());
    }

    fn reading_of<'a>(
        text: &'a str,
        words: &'a WordClasses,
        sentences: &'a [Sentence],
    ) -> Reading<'a> {
        Reading::new(text, sentences, &[], words)
    }

    #[test]
    fn passives_and_owners() {
        let words = WordClasses::new(&Lexicon::bundled());
        // (sentence, verb, passive)
        for (text, verb, passive) in [
            ("The proposal was rejected by China.", "rejected", true),
            ("The offer has not been turned down yet.", "turned", true),
            ("The request was quickly denied.", "denied", true),
            ("China rejected the proposal.", "rejected", false),
            ("China has rejected the proposal.", "rejected", false),
            ("He is expected to meet Xi.", "meet", false),
        ] {
            let (sentences, _) = sentence_with(text, &[]);
            let r = reading_of(text, &words, &sentences);
            let at = text.find(verb).unwrap();
            let f = r.frame(Span::new(at, at + verb.len())).unwrap();
            assert_eq!(f.passive, passive, "{text}");
        }
        let text = "China rejected his request and their offer.";
        let (sentences, _) = sentence_with(text, &[]);
        let r = reading_of(text, &words, &sentences);
        let his = r.phrase_at(text.find("his").unwrap()).unwrap();
        assert_eq!(&text[his.span.range()], "his request");
        assert_eq!(his.owner.and_then(|a| a.gender), Some(Gender::Male));
        let their = r.phrase_at(text.find("their").unwrap()).unwrap();
        assert!(their.owner.is_some_and(|a| a.plural));
        let china = r.phrase_at(0).unwrap();
        assert_eq!(china.owner, None);
    }

    #[test]
    fn the_rest_of_a_clause() {
        let words = WordClasses::new(&Lexicon::bundled());
        // (sentence, from, rest)
        for (text, from, rest) in [
            (
                "China rejected the plan to deploy troops, saying no.",
                "the plan",
                "the plan to deploy troops",
            ),
            ("It has not agreed to that.", "to that", "to that"),
            (
                "He declined the offer but said he would call.",
                "the offer",
                "the offer",
            ),
            (
                "Russia rejected requests that envoys meet him.",
                "requests",
                "requests",
            ),
            ("He turned it down: “No.”", ": ", ""),
            ("It refused (again) on Monday.", "(again)", ""),
        ] {
            let (sentences, _) = sentence_with(text, &[]);
            let r = reading_of(text, &words, &sentences);
            let got = r.rest_of_clause(text.find(from).unwrap());
            assert_eq!(&text[got.range()], rest, "{text}");
        }
    }

    #[test]
    fn verb_groups_say_will_past_and_headline_futures() {
        let words = WordClasses::new(&Lexicon::bundled());
        // (sentence, verb, names, volition, past, bare_to)
        for (text, verb, names, volition, past, bare_to) in [
            (
                "Mexico would not pay.",
                "pay",
                &["Mexico"][..],
                true,
                false,
                false,
            ),
            (
                "Mexico could not pay.",
                "pay",
                &["Mexico"],
                false,
                false,
                false,
            ),
            ("Mexico won't pay.", "pay", &["Mexico"], true, false, false),
            (
                "Ruto was expected to meet Museveni.",
                "meet",
                &["Ruto"],
                false,
                true,
                false,
            ),
            (
                "Ruto will meet Museveni.",
                "meet",
                &["Ruto"],
                true,
                false,
                false,
            ),
            (
                "Lula to Visit China Next Month",
                "Visit",
                &["Lula", "China"],
                false,
                false,
                true,
            ),
            (
                "Xi went to Moscow to meet Putin.",
                "meet",
                &["Xi", "Moscow"],
                false,
                false,
                false,
            ),
            // Object control, not a headline: "invited" is the verb.
            (
                "Japan invited Xi to visit.",
                "visit",
                &["Japan", "Xi"],
                false,
                false,
                false,
            ),
        ] {
            let (sentences, mentions) = sentence_with(text, names);
            let r = Reading::new(text, &sentences, &mentions, &words);
            let at = text.rfind(verb).unwrap();
            let f = r.frame(Span::new(at, at + verb.len())).unwrap();
            assert_eq!(
                (f.volition, f.past, f.bare_to),
                (volition, past, bare_to),
                "{text}"
            );
        }
    }

    #[test]
    fn the_predicate_of_a_noun_and_participles_before_it() {
        let words = WordClasses::new(&Lexicon::bundled());
        // (sentence, noun, predicate)
        for (text, noun, predicate) in [
            (
                "A summit between the two leaders is scheduled for May.",
                "summit",
                Some("is scheduled"),
            ),
            (
                "The talks were postponed again.",
                "talks",
                Some("were postponed"),
            ),
            ("The talks collapsed.", "talks", Some("collapsed")),
            ("He called off the talks.", "talks", None),
        ] {
            let (sentences, _) = sentence_with(text, &[]);
            let r = reading_of(text, &words, &sentences);
            let at = text.find(noun).unwrap();
            let got = r.predicate_after(Span::new(at, at + noun.len()));
            assert_eq!(got.map(|p| &text[p.range()]), predicate, "{text}");
        }
        // "called off [a planned summit]": the participle is inside the phrase, and the verb
        // before it governs.
        let text = "Japan called off a planned summit.";
        let (sentences, _) = sentence_with(text, &[]);
        let r = reading_of(text, &words, &sentences);
        let (np, gov) = r
            .phrase_ending_at(text.find(" summit").unwrap() + 7)
            .unwrap();
        assert_eq!(&text[np.span.range()], "a planned summit");
        assert_eq!(gov.map(|g| &text[g.range()]), Some("off"));
    }

    #[test]
    fn names_modifying_other_names() {
        let words = WordClasses::new(&Lexicon::bundled());
        // (sentence, names, at, modified)
        for (text, names, at, modified) in [
            (
                "Kremlin Deputy Chief of Staff Dmitry Kozak said so.",
                &["Kremlin", "Dmitry Kozak"][..],
                "Kremlin",
                Some(1),
            ),
            (
                "China's foreign affairs chief Wang Yi met him.",
                &["China", "Wang Yi"],
                "China",
                Some(1),
            ),
            ("China and Japan met.", &["China", "Japan"], "China", None),
            (
                "A Hamas delegation led by Khalil al-Hayya met.",
                &["Hamas", "Khalil al-Hayya"],
                "Hamas",
                None,
            ),
            ("US carmakers met.", &["US"], "US", None),
        ] {
            let (sentences, mentions) = sentence_with(text, names);
            let r = Reading::new(text, &sentences, &mentions, &words);
            assert_eq!(r.modified_name(text.find(at).unwrap()), modified, "{text}");
        }
    }
}
