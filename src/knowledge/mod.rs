//! What the extractor knows before it reads an article: the gazetteer of countries,
//! organisations, people and titles, the cue-word lexicon, and importers for other actor
//! dictionaries (PETRARCH/Phoenix).
//!
//! Everything here is built once, when an [`Extractor`](crate::Extractor) is built; reading an
//! article only looks things up.

pub(crate) mod gazetteer;
pub(crate) mod lexicon;
pub(crate) mod phoenix;
