//! Extraction on arbitrary bytes (lossily decoded): it must never panic, and every span must
//! slice the text to its record's text.
#![no_main]

use std::sync::OnceLock;

use demarche::{Article, Day, Extractor};
use libfuzzer_sys::fuzz_target;

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::new)
}

fuzz_target!(|data: &[u8]| {
    // The first byte picks a publication date (or none), so relative dates are exercised too.
    let (day, rest) = match data.split_first() {
        Some((b, rest)) if b % 2 == 0 => {
            let day = Day::new(2000 + i32::from(b % 40), u32::from(b % 12) + 1, 28);
            (day.ok(), rest)
        }
        Some((_, rest)) => (None, rest),
        None => (None, data),
    };
    let text = String::from_utf8_lossy(rest);
    let mut article = Article::new(&text);
    if let Some(d) = day {
        article = article.published(d);
    }
    let doc = extractor().extract(article);
    for a in &doc.actors {
        for m in &a.mentions {
            assert_eq!(&text[m.start..m.end], m.text);
        }
    }
    for s in &doc.statements {
        assert_eq!(&text[s.span.range()], s.text);
    }
    for d in &doc.dates {
        assert_eq!(&text[d.span.range()], d.text);
    }
    for m in &doc.meetings {
        for e in &m.evidence {
            assert_eq!(&text[e.start..e.end], e.text);
        }
    }
});
