//! Who is who: proper names the gazetteer does not list ([`names`]), and the resolver that turns
//! gazetteer hits and those names into one actor per person, country or organisation
//! ([`resolve`]).

pub(crate) mod names;
pub(crate) mod resolve;
