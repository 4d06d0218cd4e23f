//! The shared reading of an article's language, built once per article and read by every later
//! stage: sentences (segmentation at the scan's candidates).

pub(crate) mod segment;
