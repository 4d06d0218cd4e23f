//! The detectors: dates ([`temporal`]), statements ([`quote`]), and meetings and refusals
//! ([`event`]). Each reads the shared layers (scan hits, sentences, actors) and emits records.

pub(crate) mod event;
pub(crate) mod quote;
pub(crate) mod temporal;
